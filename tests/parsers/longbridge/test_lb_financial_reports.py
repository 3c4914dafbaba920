"""Longbridge Financial Reports pages (/quote/X/norm) and the round-7 quote-page findings, on the real page starts."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from quotecheck.parsers import parse_file, parse_text
from quotecheck.parsers._models import Frequency, Status
from quotecheck.parsers.longbridge import audit

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "realpages"
NORM = sorted(REAL.glob("*.norm-llms.txt"))
LABELLED = sorted(REAL.glob("*.header.json"))


# Per page, what its first Revenue column shows when it is not a Chinese A-share's (CNY, Q1 2026 of a calendar year):
# the currency (the statement's title, else the market's), the column, and the period end (None: a fiscal year the
# page does not date).
FIRST_REVENUE = {"IPM.US.norm-llms.txt": ("USD", "Q1 2026", None), "1H8.SG.norm-llms.txt": ("SGD", "Q4 2025", None)}


@pytest.mark.parametrize("page", NORM, ids=[p.name for p in NORM])
def test_statement_tables_give_facts(page: Path) -> None:
    doc = parse_file(page)
    assert not [n for n in doc.notes if n.code in ("section.unknown", "table.unknown")]
    revenue = [f for f in doc.facts if f.id.startswith("income_statement.revenue.")]
    assert len(revenue) == 5
    first = revenue[0]
    currency, column, end = FIRST_REVENUE.get(page.name, ("CNY", "Q1 2026", "2026-03"))
    assert first.value is not None and first.value.currency == currency and first.value.scale in ("M", "B")
    assert first.period_text == column
    if end is None:
        assert first.period is None and any(n.code == "period.fiscal" for n in doc.notes)
    else:
        assert first.period is not None and first.period.frequency is Frequency.QUARTERLY and first.period.end == end


@pytest.mark.parametrize("page", NORM, ids=[p.name for p in NORM])
def test_a_statement_row_has_one_unit(page: Path) -> None:
    """A row's '-' cells are of its printed values' unit: ROE's and Profit Quality's dashes beside '3469.92%' are percent,
    not ratio (round-16 tester lb3 #6), so a consumer that selects by unit keeps the whole row."""
    units: dict[str, set[str]] = {}
    for f in parse_file(page).facts:
        if f.context == "table" and f.period_text:
            units.setdefault(f.id.rsplit(".", 1)[0], set()).add(f.unit.value)
    assert units and all(len(u) == 1 for u in units.values()), {k: u for k, u in units.items() if len(u) > 1}


# Synthetic: a Financial Reports .md page made for this test from the rows of 002717.SZ's (round-16 tester lb3 003).
SYNTHETIC_NORM = """---
title: "LNGF (002717.SZ) — Financial Reports"
url: "https://longbridge.com/en/quote/002717.SZ/norm.md"
symbol: "002717.SZ"
datetime: "2026-05-21T23:17:00.213Z"
---

# LNGF (002717.SZ) — Financial Reports

## Income Statement (CNY)

| Indicator | Q1 2026 | Q4 2025 | Q3 2025 | Q2 2025 | Q1 2025 |
| --- | --- | --- | --- | --- | --- |
| Revenue | 39.70M | -140.62M | 73.86M | 111.25M | 67.60M |
| Net income | -133.53M | -2.13B | -77.95M | -61.88M | -66.40M |
| Net margin | -336.32% | 1514.31% | -105.54% | -55.62% | -98.22% |
"""
REVENUE_ROW = "| Revenue | 39.70M | -140.62M | 73.86M | 111.25M | 67.60M |"


@pytest.mark.parametrize(("row", "wide"), [(REVENUE_ROW, False), (REVENUE_ROW.replace("| -140.62M |", "| 12.00M | -140.62M |"), True)],
                         ids=["as-printed", "extra-cell"])
def test_a_row_wider_than_its_header_is_named_and_not_judged(row: str, wide: bool) -> None:
    """The Revenue row with one cell too many (lb3 #2): markdown-it drops the cell past the header's, so each value
    after the extra one stands a column off. The row is named, and no net margin is judged from it (a WARN blamed
    minority interests for a shifted column)."""
    doc = parse_text(SYNTHETIC_NORM.replace(REVENUE_ROW, row), source="synthetic-002717.SZ-norm.md")
    notes = [n for n in doc.notes if n.code == "table.row_width"]
    assert bool(notes) is wide and all("7 cells" in n.message and "has 6" in n.message and n.line == 14 for n in notes)
    margins = [c for c in audit(doc) if c.rule == "lb.statement.net_margin"]
    judged = [c for c in margins if c.status is not Status.SKIP]
    assert len(margins) == 5 and (not judged) is wide
    assert all("more cells than" in c.message for c in margins) is wide


@pytest.mark.parametrize(("row", "named"), [
    (REVENUE_ROW, False),
    ("| Revenue |", True),  # its label alone (lb4 #8, on an indicators row): named, its values absent
    ("| Revenue | 39.70M | -140.62M | 73.86M |", False),  # a few cells short, as the site omits trailing blanks: padded
    ("| Revenue", False),  # cut inside (no closing '|'): the page's cut, not a row of the table
], ids=["as-printed", "label-alone", "short", "cut"])
def test_a_row_that_prints_its_label_alone_is_named(row: str, named: bool) -> None:
    """Synthetic: the Revenue row edited; a row whose values are all absent was dropped without a word."""
    doc = parse_text(SYNTHETIC_NORM.replace(REVENUE_ROW, row), source="synthetic-002717.SZ-norm.md")
    notes = [n for n in doc.notes if n.code == "table.row_width"]
    assert bool(notes) is named
    assert all("has 1 cell where" in n.message and "values are absent, not zero" in n.message and n.line == 14 for n in notes)
    assert not [f for f in doc.facts if f.metric == "revenue" and f.value is not None] or not named


@pytest.mark.parametrize("page", NORM, ids=[p.name for p in NORM])
def test_columns_are_not_restatements_and_margins_hold(page: Path) -> None:
    doc = parse_file(page)
    results = audit(doc)
    assert not [r for r in results if r.rule == "lb.restated" and r.status is Status.FAIL]
    margins = [r for r in results if r.rule == "lb.statement.net_margin"]
    printed = [f for f in doc.facts if f.metric == "net_margin" and f.value is not None]
    assert len(margins) == len(printed) and all(r.status is Status.PASS for r in margins)


def test_a_net_margin_its_inputs_cannot_give_warns() -> None:
    text = (REAL / "002726.SZ.norm-llms.txt").read_text(encoding="utf-8")
    assert "| -23.11% |" in text
    doc = parse_text(text.replace("| -23.11% |", "| -21.11% |"), source="mutated")
    bad = [r for r in audit(doc) if r.rule == "lb.statement.net_margin" and r.status is not Status.PASS]
    assert [r.subject for r in bad] == ["Net margin Q4 2025"] and bad[0].status is Status.WARN


def test_distribution_plan_yield_and_dividends() -> None:
    doc = parse_file(REAL / "605368.SH.norm-llms.txt")
    yield_ = doc.fact("distribution.dividend_yield")
    assert yield_ is not None and yield_.value is not None and yield_.value.text == "5.34"
    assert yield_.value.normalized == Decimal("0.0534")
    cash = [f for f in doc.facts if f.metric == "cash_dividend"]
    assert [(f.value.text, f.value.currency, f.period.end) for f in cash if f.value and f.period] == [
        ("0.4CNY", "CNY", "2025-09-29"), ("0.45CNY", "CNY", "2025-04-29"), ("0.45CNY", "CNY", "2024-09-20")]
    skip = next(r for r in audit(doc) if r.rule == "lb.valuation.dividend")
    assert "Distribution Plan" in skip.message and "5.34" in skip.message


@pytest.mark.parametrize("label", LABELLED, ids=[p.name for p in LABELLED])
def test_security_matches_hand_label(label: Path) -> None:
    exp = json.loads(label.read_text(encoding="utf-8"))
    doc = parse_file(label.with_name(label.name.removesuffix(".header.json")))
    assert doc.kind.value == exp["kind"] and doc.security.symbols["longbridge"] == exp["symbol"]
    sec = exp["security"]
    assert (doc.security.name, doc.security.exchange, doc.security.ticker) == (sec["name"], sec["exchange"], sec["ticker"])
    if "currency" in sec:  # labelled where the page's currency was once misread (round-48 tz F1)
        assert doc.security.currency == sec["currency"]


def test_table_whose_only_row_is_cut_keeps_its_kind() -> None:
    doc = parse_file(REAL / "601318.SH.md")
    assert not [n for n in doc.notes if n.code in ("table.layout", "table.unknown")]
    assert any(t.id == "style_score" for t in doc.tables)


def test_two_websites_are_two_links() -> None:
    doc = parse_file(REAL / "601398.SH.md")
    assert doc.profile["website"] == "https://www.icbc-ltd.com" and doc.profile["website_2"] == "http://www.icbc.com.cn"
    assert not [link for link in doc.links if ";" in link.url]


def test_a_bare_heading_marker_at_the_cut_is_named() -> None:
    text = (REAL / "605368.SH.norm-llms.txt").read_text(encoding="utf-8").rstrip() + " ####"
    doc = parse_text(text, source="cut")
    note = next(n for n in doc.notes if n.code == "truncated")
    assert "heading ''" not in note.message and "heading marker '####'" in note.message


def test_statement_rows_are_not_compared_with_another_sites_pages(tmp_path: Path) -> None:
    """A Longbridge statement's EPS and BVPS are the vendor's own figures: beside GuruFocus's seed 001 of the same
    security and date (a synthetic relabelling of a real Financial Reports page), no cross-page check compares them,
    where before the index held their quarters and five same-day FAILs came of it."""
    from quotecheck.parsers import audit_paths
    from quotecheck.parsers._audit import comparable_facts

    real = REAL / "002726.SZ.norm-llms.txt"
    text = real.read_text(encoding="utf-8").replace("002726.SZ", "002371.SZ").replace("2026-05-20T", "2024-05-10T")
    text = text.replace(" 2026 ", " 2024 ").replace(" 2025 ", " 2023 ")
    page = tmp_path / "002371.SZ.norm-llms.txt"
    page.write_text(text, encoding="utf-8")
    seed = REAL.parents[1] / "gurufocus" / "seeds" / "001_39c86e187c513272.txt"
    doc = parse_file(page)
    assert doc.security.id == "002371.SZ" and doc.as_of == "2024-05-10"
    assert {f.metric for f in doc.facts if f.value is not None} >= {"eps", "book_value_per_share"}
    # compared with the same vendor's other pages only (round-35 ghz F1): under its own metric ids, which no other
    # site's fact keys meet
    keys = {key for key, *_ in comparable_facts(doc)}
    assert keys and all(metric.startswith("longbridge.") for _, metric, *_ in keys)
    assert not keys & {key for key, *_ in comparable_facts(parse_file(seed))}
    report, _ = audit_paths([page, seed])
    assert not [c for c in report.cross_checks if c.status.value == "fail"]
    assert not [c for c in report.cross_checks if "eps" in (c.subject or "") or "book_value" in (c.subject or "")]


def test_equal_cells_of_different_periods_are_not_twins() -> None:
    """Cash & STI Q1 2025 and Inv & Rec Q2 2025 both print 1.98B: rows of one band meet in some pair of columns often
    enough that the match is no sign of a copy. In one column it is no sign either while 1.98B is a value both rows
    print anyway (synthetic edit); a row that jumps to the other's value far from its own band still warns."""
    page = REAL / "301526.SZ.norm-llms.txt"
    text = page.read_text(encoding="utf-8")
    assert "| Cash & STI | 2.06B | 1.37B | 1.24B | 1.83B | 1.98B |" in text and "| Inv & Rec | 2.08B | 1.89B | 1.92B | 1.98B |" in text
    assert not [r for r in audit(parse_file(page)) if r.rule == "lb.duplicate_value"]
    same_column = text.replace("| Inv & Rec | 2.08B | 1.89B | 1.92B | 1.98B | 1.96B |", "| Inv & Rec | 2.08B | 1.89B | 1.92B | 1.98B | 1.98B |")
    assert not [r for r in audit(parse_text(same_column, source="edited")) if r.rule == "lb.duplicate_value"]
    jumped = text.replace("| Inv & Rec | 2.08B | 1.89B | 1.92B | 1.98B | 1.96B |", "| Inv & Rec | 5.08B | 4.89B | 4.92B | 4.98B | 1.98B |")
    twins = [r for r in audit(parse_text(jumped, source="edited")) if r.rule == "lb.duplicate_value"]
    assert [(r.status, r.subject) for r in twins] == [(Status.WARN, "Inv & Rec Q1 2025 = Cash & STI Q1 2025")]


PADDED = REAL / "605368.SH.norm-llms.txt"
PADDED_ROW = "| EPS | 0.1100 | 0.0266 | 0.0785 | 0.0982 | 0.1700 |"


def test_an_eps_cell_padded_with_zeros_is_read_at_the_places_it_may_have() -> None:
    """'| EPS | 0.1100 | 0.0266 | 0.0785 | 0.0982 | 0.1700 |': Longbridge prints EPS at 4 places, and an A-share company
    reports its first-quarter EPS at 2 (round-45 tester ti F1), so '0.1100' may be 0.11 padded: it is read at 2 places,
    the cells whose last places are not zeros at 4."""
    places = {f.value.text: f.value.decimals for f in parse_file(PADDED).facts if f.metric == "eps" and f.value}
    assert places == {"0.1100": 2, "0.0266": 4, "0.0785": 4, "0.0982": 4, "0.1700": 2}


@pytest.mark.parametrize(("printed", "status"), [("0.1079", Status.PASS), ("0.1251", Status.FAIL)])
def test_a_padded_cell_against_another_capture_of_the_same_moment(printed: str, status: Status, tmp_path: Path) -> None:
    """Synthetic: a second copy of the page (the same capture time) printing the Q1 2026 EPS as 0.1079 agrees with 0.11
    (a FAIL at 4 places); 0.1251 lies outside 0.105..0.115."""
    from quotecheck.parsers import audit_paths

    text = PADDED.read_text(encoding="utf-8")
    assert PADDED_ROW in text
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace(PADDED_ROW, PADDED_ROW.replace("0.1100", printed, 1)), encoding="utf-8")
    report, _ = audit_paths(tmp_path)
    (eps,) = [c for c in report.cross_checks if "longbridge.eps (2026-03)" in c.subject]
    assert eps.status is status
