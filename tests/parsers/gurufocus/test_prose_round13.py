"""Round-13 prose findings on real pages (testers gfh and gfi): a label that kept a capture's HTML ('will get our
font class ="def_body_menu" data-url ="e10/…">E10') is the anchor's text, never a metric id built from markup.
Edited variants are synthetic and say so."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from page_edits import parsed

from quotecheck.parsers import Unit
from quotecheck.parsers.gurufocus._prose import label_text, metric_of, slug

ROOT = Path(__file__).resolve().parents[3]
REAL = ROOT / "fixtures" / "gurufocus" / "realpages"
EWC = REAL / "gurufocus_shillerpe_EWC.txt"
GOLDENS = sorted((ROOT / "fixtures").rglob("*.golden.json"))
MARKUP_IN_ID = re.compile(r"(?:^|_)(?:data_(?:url|ticker)|class|href|font|span|div)(?:_|$)")
"""What an id slugged from HTML holds: attribute and tag names ('font_class_def_body_menu_data_url_e10_…')."""


@pytest.mark.parametrize(("label", "text"), [
    ('font class ="def_body_menu" data-url ="e10/SHY/E10/iShares-1-3-Year-Treasury-Bond-ETF" data-ticker="NAS:SHY">E10',
     "E10"),
    ('<a href="/term/e10/EWC">E10</a>', "E10"),
    ('E10 <span class="def_body_menu', "E10"),
    ('data-url ="e10/DIA/E10" Cyclically Adjusted Revenue per Share', "Cyclically Adjusted Revenue per Share"),
    ("E10 Growth Rate", "E10 Growth Rate"),
])
def test_a_label_is_the_text_a_reader_sees(label: str, text: str) -> None:
    """The tag's '<' may be lost, its '>' may be cut off; what is left is the anchor's text."""
    assert label_text(label) == text


@pytest.mark.parametrize("label", [
    'font class ="def_body_menu" data-url ="e10/SHY/E10/iShares-1-3-Year-Treasury-Bond-ETF" data-ticker="NAS:SHY">E10',
    '<font class="def_body_menu" data-url="x/Y/Some New Term">Some New Term</font>',
])
def test_no_metric_id_is_built_from_markup(label: str) -> None:
    """The guard: slug (every id the registry does not know) and metric_of read the label's text, not its tags."""
    for metric in (slug(label), metric_of(label)):
        assert not MARKUP_IN_ID.search(metric), metric


@pytest.mark.parametrize("golden", GOLDENS, ids=[g.name for g in GOLDENS])
def test_no_fixture_fact_has_a_metric_id_of_markup(golden: Path) -> None:
    """Over every fixture's reviewed output: no metric id holds an HTML attribute or tag name."""
    facts = json.loads(golden.read_text(encoding="utf-8")).get("facts", [])
    assert not [f["metric"] for f in facts if MARKUP_IN_ID.search(f["metric"])]


def test_the_e10_copy_behind_markup_is_e10_per_share_in_usd() -> None:
    """gurufocus_shillerpe_EWC line 10 (as gfh's SHY and DIA pages): '… will get our font class ="def_body_menu"
    data-url ="e10/EWC/E10/…" data-ticker="ARCA:EWC">E10, which is $0.00 for the trailing ten years ended in .'"""
    facts = [f for f in parsed(EWC).facts if f.line == 10 and f.value is not None]
    assert [(f.metric, f.label, f.value.text, f.value.currency, f.unit) for f in facts] == [
        ("e10", "E10", "$0.00", "USD", Unit.PER_SHARE)]
