"""History rows align from the right: the last value belongs to the last period; hidden cells are premium-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import parsed

from quotecheck.parsers import Missing, Status, audit, parse_file, parse_text

SEEDS = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "seeds"
REAL = SEEDS.parent / "realpages"

CASES = [
    # (page, series id, period, value text or missing reason)  -- from reading the rows by eye
    (SEEDS / "001_39c86e187c513272.txt", "history.annual", "Dec23", "16.05"),
    (SEEDS / "001_39c86e187c513272.txt", "history.annual", "Dec19", "14.35"),
    (SEEDS / "001_39c86e187c513272.txt", "history.annual", "Dec18", "premium_only"),
    (SEEDS / "001_39c86e187c513272.txt", "history.quarterly", "Mar24", "18.67"),
    (SEEDS / "001_39c86e187c513272.txt", "history.quarterly", "Mar23", "21.11"),
    (SEEDS / "004_953c4a038b52c2f5.txt", "history.quarterly", "Sep22", "-1.75"),
    (SEEDS / "004_953c4a038b52c2f5.txt", "history.annual", "Dec18", "-2.02"),
    (REAL / "gurufocus_cyclically-adjusted-pb-ratio_CBUDY.txt", "history.semi_annual", "Jun22", "2.62"),
    (REAL / "gurufocus_cyclically-adjusted-pb-ratio_CBUDY.txt", "history.semi_annual", "Dec23", "dash"),
    (REAL / "gurufocus_cyclically-adjusted-pb-ratio_CBUDY.txt", "history.annual", "Jun23", "1.67"),
    (REAL / "gurufocus_mscore_TSX-GURU.txt", "history.annual", "Oct20", "dash"),
    (REAL / "gurufocus_mscore_TSX-GURU.txt", "history.annual", "Oct23", "-2.86"),
    (REAL / "gurufocus_e10_GUG.txt", "history.annual", "May24", "dash"),
    (REAL / "gurufocus_e10_ADBE.txt", "history.annual", "Nov16", "1.39"),
    (REAL / "gurufocus_e10_ADBE.txt", "history.quarterly", "Aug17", "1.56"),
    # the page's last line is this complete row: 10 periods, 10 values, then a line break (gfn 038)
    (REAL / "gurufocus_DaysPayable_NAS-XRTX_2013.txt", "history.quarterly", "Nov12", "33.02"),
    (REAL / "gurufocus_DaysPayable_NAS-XRTX_2013.txt", "history.quarterly", "Nov13", "42.45"),
]


@pytest.mark.parametrize(("page", "sid", "period", "expected"), CASES,
                         ids=[f"{c[0].name[:28]}-{c[1].split('.')[1]}-{c[2]}" for c in CASES])
def test_cell_lands_on_its_period(page: Path, sid: str, period: str, expected: str) -> None:
    doc = parse_file(page)
    series = next(s for s in doc.series if s.id == sid)
    point = next(p for p in series.points if p.period_text == period)
    got = point.value.text if point.value else (point.missing.value if point.missing else None)
    assert got == expected


def test_missing_is_never_zero() -> None:
    doc = parse_file(SEEDS / "003_b9acf76c90166648.txt")
    premium = [p for s in doc.series for p in s.points if p.missing is Missing.PREMIUM_ONLY]
    assert premium and all(p.value is None for p in premium)
    assert not any(f.value is not None and f.value.value == 0 and f.context == "history" for f in doc.facts)


def test_row_cut_by_truncation_is_not_aligned() -> None:
    text = "GURUFOCUS.COM » STOCK LIST » A » B » X Co (NYSE:X) » Definitions » E10\n\nX Co (NYSE:X) E10 : $1.00 (As of Mar. 2024)\n\n" \
           "X Co Quarterly Data\nJun19 Sep19 Dec19 Mar20\nE10 Premium Member Only 1.10"
    doc = parse_text(text, source="cut.txt")
    series = doc.series[0]
    assert series.points == [] and series.note == "cut off by truncation"


PASUR = REAL / "gurufocus_net-margin_XSGO-PASUR_m.txt"


def test_a_row_whose_values_line_is_cut_by_the_pages_end_has_no_points() -> None:
    """gfi 037 lines 38-40: 'Trend Dec14 … Dec23' / 'Net Margin %' / 'Get a ' (the page ends there). The row's values
    are after the cut: a row cut off (as on a row whose values line is the cut one), never ten blank cells."""
    doc = parse_file(PASUR)
    rows = [s for s in doc.series if s.metric == "net_margin"]
    assert [(s.id, s.points, s.note) for s in rows] == [("history.annual", [], "cut off by truncation")]
    assert [(n.line, n.message) for n in doc.notes if n.code == "row_truncated"] == [
        (40, "annual row 'Net Margin %' is cut off by the page's end; values not aligned")]


def test_a_label_line_before_the_values_line_is_no_cut_when_the_page_goes_on() -> None:
    """Synthetic (gfi 037 with the page's text after 'Get a ' restored as a complete values line): the cells align."""
    text = PASUR.read_text(encoding="utf-8").replace(
        "Net Margin %\nGet a ", "Net Margin %\n1.00 2.00 3.00 4.00 5.00 6.00 7.00 8.00 9.00 10.00\n\nHeadlines\n")
    doc = parse_text(text, source=str(PASUR))
    rows = [s for s in doc.series if s.metric == "net_margin"]
    assert [p.value.text if p.value else None for p in rows[0].points][-1] == "10.00"


XTRAF = REAL / "gurufocus_mscore_OTCPK-XTRAF.txt"
XTRAF_END = "\nBeneish M-Sco"
CUT_LABELS = [
    # (page, the text its end is replaced with (None: as printed), the cut rows' (label, metric))
    # WBO:TOM ends 'ROE % Get a 7-Day Free': the row is ROE %'s, never a label of the placeholder's first words
    (REAL / "gurufocus_roe_WBO-TOM.txt", None, [("ROE %", "roe")]),
    # OTCPK:XTRAF ends inside the label: 'Beneish M-Sco' is the page's term, not an id 'beneish_m_sco' (gfo #3)
    (XTRAF, None, [("Beneish M-Sco", "beneish_m_score")]),
    # synthetic variants of XTRAF's end:
    (XTRAF, "\nBeneish M-Score Ge", [("Beneish M-Score", "beneish_m_score")]),  # whole label, cut placeholder
    (XTRAF, "\nDays Pay", [("Days Pay", "days_payable")]),  # the start of one registry term's label
    (XTRAF, "\nGet a 7-Day Free Tri", []),  # only the placeholder's start: no label, no id
    (XTRAF, "\nXtract One Tech", []),  # the start of no term's label: no id made of a cut word
]


@pytest.mark.parametrize(("page", "end", "expected"), CUT_LABELS,
                         ids=[f"{c[0].stem[10:]}-{c[1]!r}" for c in CUT_LABELS])
def test_a_row_cut_inside_its_label_is_the_terms_or_has_no_id(page: Path, end: str | None,
                                                               expected: list[tuple[str, str]]) -> None:
    """The page's end cuts a row's label: the row is the page's term, or the one registry term the label starts; a
    label that is a cut placeholder or the start of no term makes no series, and the row_truncated note stays."""
    text = page.read_text(encoding="utf-8")
    if end is not None:
        assert text.endswith(XTRAF_END)
        text = text[:-len(XTRAF_END)] + end
    doc = parse_text(text, source=str(page))
    cut = [s for s in doc.series if not s.points]
    assert [(s.label, s.metric) for s in cut] == expected
    assert all(s.note == "cut off by truncation" for s in cut)
    assert [n for n in doc.notes if n.code == "row_truncated"]


def test_a_one_word_row_label_that_is_the_terms_slug_is_the_term() -> None:
    """NAS:XRTX 2013: the rows print 'DaysPayable' (the address's spelling): they are Days Payable's, so the annual
    Nov13 38.05 meets the formula's '67.061 / 643.237 * 365 = 38.05' (line 17) in gf.restated."""
    from quotecheck.parsers import Status, audit, parse_file

    doc = parse_file(Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_DaysPayable_NAS-XRTX_2013.txt")
    assert {s.metric for s in doc.series} == {"days_payable"}
    checks = [c for c in audit(doc).checks if c.rule == "gf.restated" and c.subject == "days_payable (2013-11, annual)"]
    assert [c.status for c in checks] == [Status.PASS]


XRTX = REAL / "gurufocus_DaysPayable_NAS-XRTX_2013.txt"
XRTX_LAST = "46.42 42.45\n"
CUT_LAST_ROWS = [
    # (how the synthetic variant of XRTX's last line ends, what it shows)
    ("46.42 42.4", "the page stops inside the last value (no line break): 42.4 may be 42.45's start"),
    ("46.42\n", "the row ends after the ninth of ten values: the tenth is after the cut"),
    ("46.42 -", "the page stops after a '-', which may be a negative number's sign"),
]


@pytest.mark.parametrize(("ending", "why"), CUT_LAST_ROWS, ids=[repr(c[0]) for c in CUT_LAST_ROWS])
def test_a_last_row_the_pages_end_cuts_is_not_aligned(ending: str, why: str) -> None:
    """Synthetic (XRTX's complete last row edited so that the page's end cuts it): no point is aligned."""
    text = XRTX.read_text(encoding="utf-8")
    assert text.endswith(XRTX_LAST)
    doc = parse_text(text[:-len(XRTX_LAST)] + ending, source=str(XRTX))
    quarterly = next(s for s in doc.series if s.id == "history.quarterly")
    assert (quarterly.points, quarterly.note) == ([], "cut off by truncation"), why
    assert [n.line for n in doc.notes if n.code == "row_truncated"] == [37]


FRMO = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_DaysPayable_OTCPK-FRMO.txt"


def test_a_semi_annual_table_whose_columns_are_years_apart_is_annual() -> None:
    """OTCPK:FRMO 2014: the 'Semi-Annual Data' table's columns are a year apart (Feb00 … Feb04 May12 May13 May14) and
    repeat the annual row; its May14 1,059.56 is the twelve months' value (the six months' is 529.78, line 12), so its
    rows are annual and no gf.restated FAIL sets 1,059.56 against 529.78."""
    from quotecheck.parsers import Frequency, Status, audit

    doc = parse_file(FRMO)
    assert [(s.line, s.frequency) for s in doc.series] == [(38, Frequency.ANNUAL), (42, Frequency.ANNUAL)]
    assert not [f for f in doc.facts if f.context == "history" and f.period and f.period.frequency is Frequency.SEMI_ANNUAL]
    checks = audit(doc).checks
    assert not [c for c in checks if c.status is Status.FAIL]
    may14 = [c for c in checks if c.rule == "gf.restated" and c.subject == "days_payable (2014-05, annual)"]
    assert [c.status for c in may14] == [Status.PASS] and "line 42" in may14[0].message


@pytest.mark.parametrize(("label", "frequency"), [("Quarterly", "quarterly"), ("Semi-Annual", "annual")])
def test_only_a_semi_annual_label_gives_way_to_yearly_columns(label: str, frequency: str) -> None:
    """Synthetic (the FRMO page with its second table relabelled): a 'Quarterly Data' table whose columns are a year
    apart keeps its label, since such a quarterly row is not the annual one (MIC:ZOYA prints Dec11 45.85 under an
    annual 86.71)."""
    doc = parsed(FRMO, ("FRMO Semi-Annual Data", f"FRMO {label} Data"))
    assert doc.series[1].frequency.value == frequency


GHS = REAL / "gurufocus_roe-adj_LSE-GHS.txt"
GHS_CELLS = "48.14 4.10 -22.49 63.20 -12.46"  # the Semi-Annual row's last cells, Sep21 to Sep23
# (Mar23's cell as edited, the points Mar23 and Sep23 as read): synthetic variants of a real page (gft #1). GuruFocus's
# two-word 'No Debt' and 'At Loss' are one missing cell; a word that is no value among the cells leaves the row unread
MARKER_CELLS = [
    ("No Debt", "not_available", "-12.46"),
    ("At Loss", "at_loss", "-12.46"),
    ("0 (At Loss)", "at_loss", "-12.46"),
    ("63.2O", None, None),  # a letter O for a zero: which period each cell is of is not known
]


@pytest.mark.parametrize(("cell", "mar23", "sep23"), MARKER_CELLS, ids=[c[0] for c in MARKER_CELLS])
def test_a_word_among_a_rows_cells_never_moves_the_cells(cell: str, mar23: str | None, sep23: str | None) -> None:
    """Synthetic: Mar23's 63.20 printed as a marker; the other cells keep their periods (the row had ended at the
    marker and its cells had been aligned from the right: Sep23 read -22.49, a false FAIL against the headline)."""
    doc = parsed(GHS, (GHS_CELLS, GHS_CELLS.replace("63.20", cell)))
    (series,) = [s for s in doc.series if s.id == "history.semi_annual"]
    points = {p.period_text: p for p in series.points}
    if mar23 is None:
        assert not points and any(n.code == "row_unreadable" and "63.2O" in n.message for n in doc.notes)
    else:
        assert points["Mar23"].missing is not None and points["Mar23"].missing.value == mar23
        assert points["Sep23"].value is not None and points["Sep23"].value.text == sep23
        assert points["Sep22"].value is not None and points["Sep22"].value.text == "-22.49"
    assert not [c for c in audit(doc).checks if c.status is Status.FAIL]


GPW = REAL / "gurufocus_debt-to-equity_WAR-GPW.txt"
# (the industry line as edited, the median and the company's value as read): synthetic variants of a real page; real
# Interest Coverage pages print GuruFocus's 'No Debt' on either side (BOM:511501, SGX:S20; gft #2: the line was lost)
INDUSTRY_LINES = [
    ("Industry Median: 0.37 vs WAR:GPW: No Debt", ("0.37", None), (None, "not_available")),
    ("Industry Median: No Debt vs WAR:GPW: 0.03", (None, "not_available"), ("0.03", None)),
]


@pytest.mark.parametrize(("line", "median", "current"), INDUSTRY_LINES, ids=["company-no-debt", "median-no-debt"])
def test_no_debt_on_the_industry_line_is_one_missing_side(line: str, median: tuple[str | None, str | None],
                                                          current: tuple[str | None, str | None]) -> None:
    """The other side of the line is still read, and 'No Debt' is not available, never a number."""
    doc = parsed(GPW, ("Industry Median: 0.37 vs WAR:GPW: 0.03", line))
    got = {f.id: (f.value.text if f.value else None, f.missing.value if f.missing else None)
           for f in doc.facts if f.context == "industry" and f.id in ("industry.median", "industry.current")}
    assert got == {"industry.median": median, "industry.current": current}


FDO_ROWS = """Family Dollar Stores, Inc. Annual Data

Aug04Aug05Aug06Aug07Aug08Aug09Aug10Aug11Aug12Aug13
Short-Term Debt 0000000163116
"""


@pytest.mark.parametrize(("glued", "noted"), [(True, True), (False, False)], ids=["run-together", "spaced"])
def test_a_history_header_printed_without_spaces_is_named(glued: bool, noted: bool) -> None:
    """NYSE:FDO 2013 (round-17 gfx 019, the old switch-to layout) prints 'Aug04Aug05…Aug13' and 'Short-Term Debt
    0000000163116': the values cannot be split, and were dropped without a word. The real PRAA 2013 fixture's header
    is glued too (its row prints no values). Synthetic: PRAA's page with FDO's two lines added, and spaced."""
    page = (REAL / "gurufocus_earning_yield_greenblatt_PRAA_2013.txt").read_text(encoding="utf-8")
    assert "Dec03Dec04Dec05" in page
    rows = FDO_ROWS if glued else FDO_ROWS.replace("Aug0", " Aug0").replace("Aug1", " Aug1").replace("\n Aug04", "\nAug04")
    doc = parse_text(page.replace("Dec03Dec04Dec05Dec06Dec07Dec08Dec09Dec10Dec11Dec12", "Dec03 Dec04 Dec05 Dec06 Dec07 "
                                  "Dec08 Dec09 Dec10 Dec11 Dec12") + "\n" + rows, source="praa-fdo.txt")
    noted_lines = [n.line for n in doc.notes if n.code == "history_run_together"]
    assert bool(noted_lines) is noted and all("are not read" in n.message for n in doc.notes if n.code == "history_run_together")


def test_the_real_glued_header_is_named() -> None:
    doc = parse_file(REAL / "gurufocus_earning_yield_greenblatt_PRAA_2013.txt")
    assert [n.line for n in doc.notes if n.code == "history_run_together"] == [22]


def test_a_cut_semi_annual_row_read_as_annual_is_named_as_printed() -> None:
    """Round-42 tester xf F4: the note of a 'Semi-Annual Data' row read as the year's, cut by the page's end, called it
    an 'annual row', a heading the page does not print. The FRMO page cut inside that row's label."""
    from quotecheck.parsers import parse_text

    lines = FRMO.read_text(encoding="utf-8").split("\n")
    cut = "\n".join([*lines[:41], "Days Payable Get a 7-Day"])
    notes = [n.message for n in parse_text(cut, source=str(FRMO)).notes if n.code == "row_truncated"]
    assert notes == ["'Semi-Annual Data' row (read as annual: its columns are a year apart) 'Days Payable' is cut off by "
                     "the page's end; values not aligned"]
