"""Mutation test: each number that feeds a value check, perturbed on its own beyond its rounding, is flagged on its line.

Measured twice: on the page alone, and with the other seed pages of the same
security (the audit of a folder also compares pages). Page alone: 547 of 552
(99.1%); the five misses are CPI cells of 003 whose row value is printed too
coarsely (0.020 +- 2.5%) for a 3% CPI shift to change the adjusted value. With
the sibling pages the cross-page CPI check catches them: 552 of 552. (566 before
typed periods: 14 same-month annual/quarterly pairs are no longer compared.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mutation import run, value_targets

from quotecheck.parsers import audit, parse_file
from quotecheck.parsers._api import read_provenance

SEEDS = sorted((Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "seeds").glob("*.txt"))
PAGE_ALONE_MISSES = {  # (seed, line): the five coarse-row CPI cells of 003, explained above
    ("003", 85), ("003", 86), ("003", 90), ("003", 94), ("003", 98),
}


@pytest.fixture(scope="module")
def docs():
    return {p: parse_file(p) for p in SEEDS}


@pytest.mark.parametrize("page", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_every_feeding_number_is_caught_within_the_seed_set(page: Path, docs) -> None:
    prov = read_provenance(page)
    siblings = [d for p, d in docs.items() if p != page]
    caught, missed, unplaced = run(page, prov.url if prov else None, siblings)
    assert len(caught) >= 100, "too few targets: the mutation universe is not being built"
    assert not unplaced, unplaced
    assert not missed, f"{len(missed)} of {len(caught) + len(missed)} mutations not flagged: {missed[:10]}"


@pytest.mark.parametrize("page", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_page_alone_misses_only_the_known_coarse_rows(page: Path) -> None:
    prov = read_provenance(page)
    _caught, missed, _ = run(page, prov.url if prov else None)
    assert {(page.name[:3], t.line) for t in missed} == {m for m in PAGE_ALONE_MISSES if m[0] == page.name[:3]}


def test_targets_cover_table_rows_formulas_headline_and_price() -> None:
    page = SEEDS[2]  # 003: E10
    lines = {t.line for t in value_targets(audit(parse_file(page)).checks)}
    assert {3, 12, 18, 41, 75, 76, 78, 83, 122, 138, 139}.issubset(lines)


# The common terms (issue 8 section 4): synthetic full pages (their calculation sections) and the real page
# starts whose 'Therefore' paragraphs, scores and zones are checked. Every feeding number is caught.
ROOT = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus"
TERM_PAGES = sorted((ROOT / "synthetic").glob("*_full.txt")) + [
    ROOT / "realpages" / f"gurufocus_{n}.txt" for n in (
        "ev2fcf_NYSE-BHP", "fcf-yield_NYSE-BHP", "pb_XKRX-009150", "ps_NAS-NVDA_2019", "roe-adj_LIM-AAPL",
        "fscore_HKSE-01698", "zscore_TSXV-CSOC.A")
]
TERM_MIN_TARGETS = 3


@pytest.mark.parametrize("page", TERM_PAGES, ids=[p.stem for p in TERM_PAGES])
def test_every_feeding_number_of_the_new_terms_is_caught(page: Path) -> None:
    prov = read_provenance(page)
    caught, missed, unplaced = run(page, prov.url if prov else None)
    assert len(caught) + len(missed) >= TERM_MIN_TARGETS, "too few targets: the term's checks are not citing its numbers"
    assert not unplaced, unplaced
    assert not missed, f"{len(missed)} of {len(caught) + len(missed)} mutations not flagged: {missed[:10]}"


def test_term_pages_are_synthetic_where_no_real_full_page_exists() -> None:
    import json
    for page in TERM_PAGES:
        if page.parent.name == "synthetic":
            meta = json.loads(page.with_name(page.name + ".meta.json").read_text(encoding="utf-8"))
            assert meta["synthetic"] is True and meta["source"].endswith("generate_terms.py")
