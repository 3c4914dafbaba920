"""Every real page of shared/realpages (75) and the 8 search-corpus pages of round 5 are fixtures here; headers read as labelled by hand.

GuruFocus term pages are checked field by field in test_realpages_header.py; this module adds
the headline unit, the layout and the URL/page ticker notes for the new pages, the Longbridge
quote pages' security, and the two real non-pages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.parsers import parse_file, parse_text
from quotecheck.parsers._errors import UnknownPageKind

ROOT = Path(__file__).resolve().parents[3]
GF = ROOT / "fixtures" / "gurufocus" / "realpages"
LB = ROOT / "fixtures" / "longbridge" / "realpages"
NONPAGES = ROOT / "tests" / "parsers" / "nonpages" / "real"
GF_LABELS = sorted(GF.glob("*.header.json"))
LB_LABELS = sorted(LB.glob("*.header.json"))
UNIT_LABELS = [p for p in GF_LABELS if "unit" in json.loads(p.read_text(encoding="utf-8"))["headline"]]


def _page(label: Path) -> Path:
    return label.with_name(label.name.removesuffix(".header.json"))


def _meta(page: Path) -> Path:
    return page.with_suffix(".meta.json") if page.with_suffix(".meta.json").exists() else page.with_name(page.name + ".meta.json")


def _source(meta: dict) -> str:
    """Where a page came from: 'shared/realpages', or the search corpus for pages found since."""
    if "derived_from" in meta:  # the Longbridge pages name their shared/realpages file
        return "shared/realpages" if meta["derived_from"].startswith("shared/realpages/") else meta["derived_from"]
    return str(meta["source"])


def test_all_seventy_five_real_pages_are_here() -> None:
    """The 75 of shared/realpages, each with its provenance; pages found since (in the search corpus) say so."""
    pages = list(GF.glob("*.txt")) + [_page(p) for p in LB_LABELS]
    assert all(p.exists() and _meta(p).exists() for p in pages)
    sources = [_source(json.loads(_meta(p).read_text(encoding="utf-8"))) for p in pages]
    # the real non-pages from shared/realpages carry no sidecar; one found since in the search corpus does
    shared = sum(s == "shared/realpages" for s in sources) + sum(not _meta(p).exists() for p in NONPAGES.glob("*.txt"))
    assert shared == 75
    assert all(s == "shared/realpages" or s.startswith("search corpus (pages)") for s in sources)


@pytest.mark.parametrize("label", UNIT_LABELS, ids=[p.name.removesuffix(".header.json") for p in UNIT_LABELS])
def test_headline_unit_layout_and_line(label: Path) -> None:
    exp = json.loads(label.read_text(encoding="utf-8"))
    doc = parse_file(label.with_name(label.name.replace(".header.json", ".txt")))
    head = doc.fact("headline")
    assert head is not None and head.line == exp["headline"]["line"]
    assert head.unit.value == exp["headline"]["unit"]
    assert doc.layout == exp["layout"]


def test_the_unit_labels_are_found() -> None:
    """The 19 labels of shared/realpages' pages that state the headline's unit, at least: the test above runs on them."""
    assert len(UNIT_LABELS) >= 19


@pytest.mark.parametrize(("stem", "code"), [
    ("gurufocus_forward-dividend-yield_NYSE-HSBC", "url_ticker_mismatch"),
    ("gurufocus_fscore_MEX-TCEHY", "url_exchange_mismatch"),
])
def test_page_wins_over_url_with_a_note(stem: str, code: str) -> None:
    doc = parse_file(GF / f"{stem}.txt")
    note = next(n for n in doc.notes if n.code == code)
    assert "the page's" in note.message
    assert doc.security.ticker == {"url_ticker_mismatch": "HSBC", "url_exchange_mismatch": "TCEHY"}[code]


def test_no_url_note_when_they_agree() -> None:
    doc = parse_file(GF / "gurufocus_e10_FRA-TAH.txt")
    assert not [n for n in doc.notes if n.code.startswith("url_")]


@pytest.mark.parametrize("label", LB_LABELS, ids=[p.name.removesuffix(".header.json") for p in LB_LABELS])
def test_longbridge_security_matches_label(label: Path) -> None:
    exp = json.loads(label.read_text(encoding="utf-8"))
    doc = parse_file(_page(label))
    assert doc.kind.value == exp["kind"]
    got = doc.security
    assert (got.name, got.exchange, got.ticker) == (exp["security"]["name"], exp["security"]["exchange"],
                                                   exp["security"]["ticker"])


@pytest.mark.parametrize("name", sorted(p.name for p in NONPAGES.glob("*.txt")))
def test_real_non_pages_are_refused(name: str) -> None:
    with pytest.raises(UnknownPageKind):
        parse_text((NONPAGES / name).read_text(encoding="utf-8"), source=name)
