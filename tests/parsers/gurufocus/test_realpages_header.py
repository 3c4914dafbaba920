"""The real GuruFocus page starts against header facts labelled by hand (fixtures/*/realpages/*.header.json).

The labels were written by reading each page, not by running the parser: they
are an independent oracle for the security, headline and price.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.parsers import parse_file
from quotecheck.parsers._views import header_view

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
LABELS = sorted(REAL.glob("*.header.json"))


def _page(label: Path) -> Path:
    return label.with_name(label.name.replace(".header.json", ".txt"))


@pytest.fixture(scope="module")
def views() -> dict[str, dict]:
    """Each page's header view, with the security's legal name (which the view leaves to the whole document)."""
    out = {}
    for label in LABELS:
        doc = parse_file(_page(label))
        view = header_view(doc)
        view["security"]["legal_name"] = doc.security.legal_name
        out[label.name] = view
    return out


def test_every_real_page_is_labelled() -> None:
    """The 59 of shared/realpages and the pages found since in the search corpus: each has its hand-written label."""
    assert len(LABELS) >= 59 and len(LABELS) == len(list(REAL.glob("*.txt")))


@pytest.mark.parametrize("label", LABELS, ids=[p.name.removesuffix(".header.json") for p in LABELS])
def test_security_matches_label(label: Path, views) -> None:
    exp = json.loads(label.read_text(encoding="utf-8"))["security"]
    got = views[label.name]["security"]
    assert (got["name"], got["exchange"], got["ticker"]) == (exp["name"], exp["exchange"], exp["ticker"])
    assert got["legal_name"] == exp.get("legal_name")


@pytest.mark.parametrize("label", LABELS, ids=[p.name.removesuffix(".header.json") for p in LABELS])
def test_headline_matches_label(label: Path, views) -> None:
    exp = json.loads(label.read_text(encoding="utf-8"))
    got = views[label.name]
    assert got["term"] == exp["term"]
    head = exp["headline"]
    assert (got["headline"]["value"], got["headline"]["as_of"]) == (head["value"], head["as_of"])
    if head["value"] is not None:
        assert got["headline"]["currency"] == head["currency"]
        assert got["headline"]["line"] == head["line"]


@pytest.mark.parametrize("label", LABELS, ids=[p.name.removesuffix(".header.json") for p in LABELS])
def test_price_matches_label(label: Path, views) -> None:
    exp = json.loads(label.read_text(encoding="utf-8"))["price"]
    got = views[label.name]["price"]
    assert (got["value"], got["date"]) == (exp["value"], exp["date"])
    if exp["value"] is not None:
        assert got["currency"] == exp["currency"]


@pytest.mark.parametrize("label", LABELS, ids=[p.name.removesuffix(".header.json") for p in LABELS])
def test_truncation_is_reported(label: Path) -> None:
    """A page cut short of its footer is said to be cut; one that reaches it (the older layouts' affiliate line,
    meta 'truncated': false) is not."""
    doc = parse_file(_page(label))
    cut = json.loads(label.with_name(label.name.replace(".header.json", ".meta.json")).read_text(encoding="utf-8"))["truncated"]
    assert doc.truncated is cut and (doc.truncated_at_line is not None) is cut
    assert any(n.code == "truncated" for n in doc.notes) is cut


@pytest.mark.parametrize("label", LABELS, ids=[p.name.removesuffix(".header.json") for p in LABELS])
def test_what_the_page_lacks_is_said(label: Path, views) -> None:
    """Every header field the label marks as lacking is reported by the parser as lacking (or blank)."""
    exp = json.loads(label.read_text(encoding="utf-8"))
    got = views[label.name]
    for item in exp["lacks"]:
        part, _, key = item.partition(".")
        if part == "security":
            assert got["security"][key] is None and key in got["lacks"], item
        elif key == "value":
            assert got[part]["value"] is None, item
