"""Round 10 real Longbridge pages (fixtures/longbridge/realpages: F-D.US, IPM.US norm, 1H8.SG norm, from the tool
library's search store). Variants edit their text in the test: they are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Missing, Status, audit, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "realpages"
FD = REAL / "F-D.US.llms.txt"
IPM = REAL / "IPM.US.norm-llms.txt"
LY = REAL / "1H8.SG.norm-llms.txt"


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("symbol", "ticker"), [("F-D.US", "F-D"), ("BRK.B.US", "BRK.B"), ("BF-B.US", "BF-B")])
def test_a_ticker_with_a_class_or_series_is_a_quote_page(symbol: str, ticker: str) -> None:
    """F-D.US (a series of Ford's notes) was refused as 'not a page of a known kind'; BRK.B.US the same."""
    doc = parse_text(_text(FD).replace("F-D.US", symbol), source=symbol)
    assert doc.security.symbols["longbridge"] == symbol and doc.security.ticker == ticker


def test_the_2026_sub_score_labels_are_the_operation_and_security_scores() -> None:
    """'#### Operating Score: B | ... | Turnover | 0.67 | B |' and '#### Debt Score: E'."""
    doc = parse_text(_text(FD), source=str(FD))
    by_id = {f.id: f for f in doc.facts}
    assert by_id["multi_score.operation_score"].text_value == "B"
    assert by_id["multi_score.security_score"].text_value == "E"
    turnover = by_id["multi_score.turnover"]
    assert turnover.value is not None and turnover.value.text == "0.67" and turnover.as_of == by_id["multi_score.roe"].as_of
    assert not [n for n in doc.notes if n.code == "section.unknown"]


def test_a_zero_market_cap_or_pb_is_not_available() -> None:
    """'Market Cap | 0.00' and 'P/B Ratio | 0.00' of a listed note: Longbridge's zeros for data it lacks."""
    doc = parse_text(_text(FD), source=str(FD))
    zeros = {f.metric: f for f in doc.facts if f.metric in ("market_cap", "pb_ratio")}
    assert {m: (f.value, f.missing) for m, f in zeros.items()} == {
        "market_cap": (None, Missing.NOT_AVAILABLE), "pb_ratio": (None, Missing.NOT_AVAILABLE)}
    dividend = next(f for f in doc.facts if f.metric == "dividend_ratio")  # a 0.00% yield is a yield
    assert dividend.value is not None and dividend.value.value == 0
    priced = parse_text(_text(FD).replace("| Market Cap | 0.00 |", "| Market Cap | 2.10B |"), source="synthetic")
    cap = next(f for f in priced.facts if f.metric == "market_cap")
    assert cap.value is not None and cap.value.text == "2.10B" and cap.missing is None


def test_equal_cells_of_two_quarters_are_no_copy() -> None:
    """BVPS Q3 2025 and Leverage Q4 2025 both print 1.43 on a page whose quarters carry no end month."""
    doc = parse_text(_text(IPM), source=str(IPM))
    assert not [r for r in audit(doc).checks if r.rule == "lb.duplicate_value"]
    one_quarter = _text(IPM).replace("| BVPS | 1.93 | 1.39 |", "| BVPS | 1.93 | 1.43 |", 1)  # Q4 2025 = Leverage Q4 2025
    # ... a value both rows print anyway (BVPS 1.43-1.93 elsewhere, Leverage 1.45-1.69): no sign of a copy either
    assert not [r for r in audit(parse_text(one_quarter, source="synthetic")).checks if r.rule == "lb.duplicate_value"]
    jumped = _text(IPM).replace("| BVPS | 1.93 | 1.39 | 1.43 | 1.51 | 1.59 |", "| BVPS | 4.93 | 1.43 | 4.43 | 4.51 | 4.59 |", 1)
    (twin,) = [r for r in audit(parse_text(jumped, source="synthetic")).checks if r.rule == "lb.duplicate_value"]
    assert twin.status is Status.WARN and "rating" not in twin.message  # a statement cell has no rating


def test_the_whole_cells_of_a_cut_last_row_are_read() -> None:
    """'| Financing CF | -1.74M | -1.68M | -368012.39 | -368752.52 | -8' ends the page: four whole cells, one cut."""
    doc = parse_text(_text(LY), source=str(LY))
    financing = [f for f in doc.facts if f.metric == "cash_flow_from_financing"]
    assert [(f.value.text if f.value else None, f.period_text) for f in financing] == [
        ("-1.74M", "Q4 2025"), ("-1.68M", "Q3 2025"), ("-368012.39", "Q2 2025"), ("-368752.52", "Q1 2025")]
    row = next(r for t in doc.tables if t.id == "cash_flow" for r in t.rows if r.key == "cash_flow_from_financing")
    assert row.cells[-1].text == "-8" and row.cells[-1].missing is Missing.TRUNCATED
    note = next(n for n in doc.notes if n.code == "table.row_cut")
    assert "first 5 cells are whole" in note.message
    label_cut = parse_text(_text(LY).rstrip()[: _text(LY).rstrip().rindex("| -1.74M")], source="synthetic")
    assert not [f for f in label_cut.facts if f.metric == "cash_flow_from_financing"]


@pytest.mark.parametrize("page", sorted(REAL.glob("*.norm-llms.txt")), ids=lambda p: p.name)
def test_a_financial_reports_page_gets_no_quote_page_skips(page: Path) -> None:
    """Seven skips a page ('no printed number for ... Revenue', where the page prints quarterly Revenue) said only that
    the quote page's score, valuation and analysts sections are not on a Financial Reports page; the one skip kept
    names what the page does print (a Distribution Plan's dividend yield)."""
    doc = parse_text(_text(page), source=str(page))
    assert any(t.id in ("income_statement", "balance_sheet", "cash_flow") for t in doc.tables)
    checks = audit(doc).checks
    quote_rules = [c for c in checks if c.rule.startswith(("lb.valuation.", "lb.analysts.", "lb.chart_vs_table"))]
    assert all(c.rule == "lb.valuation.dividend" and "Distribution Plan" in c.message for c in quote_rules)


def test_a_value_both_rows_print_anyway_is_no_copy() -> None:
    """603169.SH Q1 2025: Inv & Rec and LT assets both print 2.68B, to three significant digits, where Inv & Rec runs
    2.50B-2.69B in its other quarters and LT assets 2.73B-2.82B and falling: a coincidence each row makes plausible,
    not 'likely a copy' (a round-13 tester's finding)."""
    page = REAL / "603169.SH.norm-llms.txt"
    assert "| LT assets | 2.81B | 2.82B | 2.81B | 2.73B | 2.68B |" in _text(page)
    assert not [r for r in audit(parse_text(_text(page), source=str(page))).checks if r.rule == "lb.duplicate_value"]


def test_a_skip_names_an_input_printed_as_zero() -> None:
    """F-D.US prints 'Market Cap | 0.00' and 'P/B Ratio | 0.00' (not available): the identities they feed are skipped
    saying so, not 'no printed number on the page for P/B Ratio' (a round-13 tester's finding on CDIXD.US)."""
    checks = audit(parse_text(_text(FD), source=str(FD))).checks
    (pb,) = [r for r in checks if r.rule == "lb.valuation.pb"]
    assert pb.status is Status.SKIP and "P/B Ratio (line " in pb.message and "printed as 0.00" in pb.message
    assert "P/B Ratio" not in pb.message.split(";")[0]  # not among the inputs with no printed number
