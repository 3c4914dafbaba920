"""Check outcomes each fixture must produce: rule, subject, status, and lines the result must cite."""

from __future__ import annotations

from collections import Counter

import pytest
from _lb_support import parsed

from quotecheck.parsers import audit as engine_audit
from quotecheck.parsers._models import Status
from quotecheck.parsers.longbridge._rules import audit

P, W, F, S = Status.PASS, Status.WARN, Status.FAIL, Status.SKIP
SEED = "seed_002371.SZ.md"

# The seed's findings that are not a plain pass, with the lines each must cite.
SEED_FINDINGS = [
    ("lb.analysts.sum", "Analyst ratings: Total Analysts", W, {220, 224, 225}),  # a row left out (round-47 auditor ts F1)
    ("lb.duplicate_value", "OCF YoY = Revenue YoY", W, {74, 79, 151, 176}),
    ("lb.valuation.common_factor", "Valuation ratios", W, {57, 64, 65, 72, 199, 200, 201}),
    ("lb.valuation.pe", "PE (TTM)", W, {64, 65, 72, 199}),
    ("lb.valuation.pb", "PB", W, {57, 200}),
    ("lb.valuation.ps", "PS (TTM)", W, {64, 65, 201}),
    ("lb.range.position", "PE (TTM) current vs range", W, {199}),
    ("lb.range.position", "PB current vs range", W, {200}),
    ("lb.range.position", "PS (TTM) current vs range", W, {201}),
    ("lb.range.position", "Dividend Yield current vs range", W, {202}),
    # one vocabulary: the Financial Score's P/B Ratio (dated) and the Valuation PB (undated) are both pb_ratio;
    # 11.03 vs 11.43 is two snapshots, not a contradiction, so it is a skip with that reason, never a FAIL
    ("lb.restated", "P/B Ratio", Status.SKIP, {57, 200}),
]

# Passing checks on the seed worth naming (the 28 chart/table pairs are counted below).
SEED_PASSES = [
    ("lb.identity", "Symbol", {2, 5, 6, 11, 12, 13, 16, 208, 237}),  # the locale links, each on its own line
    ("lb.dates", "financial_score.updated", {9, 34}),
    ("lb.dates", "analyst_ratings.as_of", {9, 218}),
    ("lb.restated", "Revenue YoY", {55, 74}),
    ("lb.restated", "Net Profit YoY", {56, 75}),
    ("lb.restated", "Industry Ranking", {42, 208}),
    ("lb.grade.consistency", "Financial Score grade", {32, 36, 208}),
    ("lb.grade.consistency", "Multi Score grade", {49, 67, 132}),
    ("lb.analysts.percent", "Buy percentage", {220, 224}),
    ("lb.analysts.percent", "Overweight percentage", {220, 225}),
    ("lb.valuation.dividend", "Dividend Yield", {58, 202}),
    ("lb.range.order", "PE (TTM) range", {199}),
    ("lb.range.order", "Dividend Yield range", {202}),
    ("lb.target.order", "Target prices", {232, 233}),
    ("lb.target.current", "Current price vs targets", {231, 232, 233}),
    ("lb.rank.total", "Industry size", {42, 199, 200, 201, 202}),
    ("lb.rank.bounds", "PE (TTM) industry ranking", {199}),
    ("lb.peer.order", "Peer ranks", {208, 209, 210, 211, 212}),
    ("lb.chart_vs_table", "OCF YoY (multi_score)", {79, 176}),
    ("lb.chart_vs_table", "Market Cap (size_score)", {64, 120}),
    ("lb.chart_vs_table", "Turnover rating (multi_score)", {80, 182}),
]

# Other fixtures: (fixture, rule, subject, status) that must be present.
VARIANTS = [
    ("realpages/80700.HK.md", "lb.identity", "Symbol", P),
    ("realpages/80700.HK.md", "lb.chart_vs_table", "Chart vs tables", S),
    ("realpages/80700.HK.md", "lb.valuation.common_factor", "Valuation ratios", S),
    ("realpages/00700.HK.llms.txt", "lb.identity", "Symbol", P),
    ("realpages/00700.HK.llms.txt", "lb.rank.bounds", "Industry Ranking", P),
    # SGX banks print 'Industry Ranking | 0 / 4': 0 is Longbridge's 'not ranked', a placeholder, never a FAIL
    ("realpages/D05.SG.md", "lb.rank.bounds", "Industry Ranking", S),
    ("realpages/U11.SG.md", "lb.rank.bounds", "Industry Ranking", S),
    ("realpages/00700.HK.llms.txt", "lb.dates", "As-of dates", S),
    # a Financial Reports page dates nothing in its body: the rule says it looked (round-17 lb4 #6: no result at all)
    ("realpages/002726.SZ.norm-llms.txt", "lb.dates", "As-of dates", S),
    ("realpages/00700.HK.llms.txt", "lb.valuation.pb", "PB", S),
    ("synthetic/002371.SZ.missing-sections.md", "lb.analysts.sum", "Analyst ratings", S),
    ("synthetic/002371.SZ.missing-sections.md", "lb.valuation.ps", "PS (TTM)", S),
    ("synthetic/002371.SZ.missing-sections.md", "lb.valuation.common_factor", "Valuation ratios", S),
    ("synthetic/002371.SZ.missing-sections.md", "lb.duplicate_value", "OCF YoY = Revenue YoY", W),
    ("synthetic/002371.SZ.unknown-chart.md", "lb.analysts.sum", "Analyst ratings: Total Analysts", W),
    ("synthetic/002371.SZ.unknown-chart.md", "lb.chart_vs_table", "Revenue YoY (multi_score)", P),
    ("synthetic/002371.SZ.malformed-json.md", "lb.chart_vs_table", "Chart vs tables", S),
    ("synthetic/002371.SZ.malformed-json.md", "lb.valuation.common_factor", "Valuation ratios", W),
    ("synthetic/002371.SZ.malformed-json.md", "lb.grade.consistency", "Multi Score grade", P),
    ("synthetic/002371.SZ.empty-cells.md", "lb.valuation.pb", "PB", S),
    ("synthetic/002371.SZ.empty-cells.md", "lb.chart_vs_table", "P/B Ratio (style_score)", P),
    ("synthetic/002371.SZ.empty-cells.md", "lb.range.order", "PB range", S),
    ("synthetic/002371.SZ.empty-cells.md", "lb.range.position", "PB current vs range", S),
    ("synthetic/002371.SZ.empty-cells.md", "lb.analysts.percent", "Overweight percentage", S),
    ("synthetic/002371.SZ.empty-cells.md", "lb.target.order", "Target prices", S),
    ("synthetic/002371.SZ.empty-cells.md", "lb.valuation.common_factor", "Valuation ratios", W),
    ("synthetic/002371.SZ.negative.md", "lb.chart_vs_table", "Revenue YoY (multi_score)", P),
    ("synthetic/002371.SZ.negative.md", "lb.restated", "Revenue YoY", P),
    ("synthetic/002371.SZ.negative.md", "lb.chart_vs_table", "Net Profit YoY (style_score)", P),
    ("synthetic/002371.SZ.zh-CN.md", "lb.analysts.sum", "Analyst ratings: Total Analysts", W),
    ("synthetic/002371.SZ.zh-CN.md", "lb.valuation.common_factor", "Valuation ratios", W),
    ("synthetic/002371.SZ.zh-CN.md", "lb.duplicate_value", "经营现金流同比 = 营收同比", W),
    ("synthetic/002371.SZ.llms.txt", "lb.analysts.sum", "Analyst ratings: Total Analysts", W),
    ("synthetic/002371.SZ.llms.txt", "lb.valuation.common_factor", "Valuation ratios", W),
]


def _find(page: str, rule: str, subject: str):
    hits = [c for c in audit(parsed(page)) if c.rule == rule and c.subject == subject]
    assert len(hits) == 1, f"{rule} / {subject}: {len(hits)} results"
    return hits[0]


@pytest.mark.parametrize(("rule", "subject", "status", "lines"), SEED_FINDINGS, ids=[f"{r}:{s}" for r, s, *_ in SEED_FINDINGS])
def test_seed_finding(rule: str, subject: str, status: Status, lines: set[int]) -> None:
    check = _find(SEED, rule, subject)
    assert check.status is status
    assert lines <= set(check.lines())


@pytest.mark.parametrize(("rule", "subject", "lines"), SEED_PASSES, ids=[f"{r}:{s}" for r, s, _ in SEED_PASSES])
def test_seed_pass(rule: str, subject: str, lines: set[int]) -> None:
    check = _find(SEED, rule, subject)
    assert check.status is P
    assert lines <= set(check.lines())


def test_seed_has_no_other_finding() -> None:
    """Everything not listed in SEED_FINDINGS passes (and nothing is skipped on the complete page)."""
    expected = {(r, s) for r, s, *_ in SEED_FINDINGS}
    checks = audit(parsed(SEED))
    assert {(c.rule, c.subject) for c in checks if c.status is not P} == expected
    assert Counter(c.rule for c in checks)["lb.chart_vs_table"] == 28  # 17 values + 11 ratings


@pytest.mark.parametrize(("page", "rule", "subject", "status"), VARIANTS, ids=[f"{v[0].split('/')[-1][:22]}:{v[1]}:{v[2][:18]}" for v in VARIANTS])
def test_variant(page: str, rule: str, subject: str, status: Status) -> None:
    assert _find(page, rule, subject).status is status


@pytest.mark.parametrize(("page", "said"), [
    ("realpages/00700.HK.llms.txt", "frontmatter prints no datetime of its own to compare the body's dates with ("),
    ("realpages/002726.SZ.norm-llms.txt", "prints no 'Updated:' or 'As of' date in its body"),
], ids=["updated-without-datetime", "no-dates"])
def test_the_dates_skip_says_which_date_is_missing(page: str, said: str) -> None:
    """An old llms.txt page prints '> Updated: …' in its body but no datetime in its frontmatter: the skip said 'the page
    prints no datetime', which its body contradicts (round-17 lb4 #6)."""
    assert said in _find(page, "lb.dates", "As-of dates").message


def test_every_result_cites_lines_unless_skipped() -> None:
    for page in ("seed_002371.SZ.md", "synthetic/002371.SZ.zh-CN.md", "synthetic/002371.SZ.empty-cells.md"):
        for c in audit(parsed(page)):
            assert c.status is S or c.lines(), f"{c.rule} {c.subject} cites no line"


def test_the_engine_runs_the_same_rules() -> None:
    """The dispatcher's audit (all registered rules) gives the Longbridge results for a Longbridge page."""
    doc = parsed(SEED)
    engine = [(c.rule, c.subject, c.status) for c in engine_audit(doc).checks]
    mine = [(c.rule, c.subject, c.status) for c in audit(doc)]
    assert engine == mine


def test_collapsed_seed_gives_the_seed_outcomes() -> None:
    seed = [(c.rule, c.subject, c.status) for c in audit(parsed(SEED))]
    collapsed = [(c.rule, c.subject, c.status) for c in audit(parsed("synthetic/002371.SZ.llms.txt"))]
    assert collapsed == seed


def test_translated_page_gives_the_seed_outcomes() -> None:
    """zh-CN labels differ; rule ids and statuses, in order, must not."""
    seed = [(c.rule, c.status) for c in audit(parsed(SEED))]
    zh = [(c.rule, c.status) for c in audit(parsed("synthetic/002371.SZ.zh-CN.md"))]
    assert zh == seed


# --- what the findings say ------------------------------------------------------------------------

def test_analyst_sum_explains_the_missing_row() -> None:
    msg = _find(SEED, "lb.analysts.sum", "Analyst ratings: Total Analysts").message
    assert "recomputed [21" in msg and "printed 22" in msg
    assert "a rating row is likely missing" in msg and "Hold/Neutral" in msg
    assert "sum to 95%" in msg
    assert "not a proof: the page prints no row for Hold, Underweight, Sell" in msg


@pytest.mark.parametrize(("edits", "status"), [
    ((), Status.WARN),  # 22 beside 17 Buy + 4 Overweight and no Hold row: a row left out of the table
    # synthetic: the rows count more analysts than the total: no row left out explains it
    ((("Total Analysts: **22**", "Total Analysts: **20**"),), Status.FAIL),
])
def test_a_total_above_its_rows_is_a_proof_only_where_every_rating_has_a_row(edits: tuple[tuple[str, str], ...],
                                                                              status: Status) -> None:
    from _lb_support import FIX

    from quotecheck.parsers.longbridge import parse_quote_page

    text = (FIX / SEED).read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    (found,) = [c for c in audit(parse_quote_page(text, source=SEED)) if c.rule == "lb.analysts.sum"]
    assert found.status is status


def test_analyst_percentages_are_of_the_total() -> None:
    msg = _find(SEED, "lb.analysts.percent", "Buy percentage").message
    assert "77.27" in msg and "81.0%" in msg and "rules out" in msg


def test_common_factor_is_reported_once_with_its_factor() -> None:
    checks = audit(parsed(SEED))
    common = [c for c in checks if c.rule == "lb.valuation.common_factor"]
    assert len(common) == 1
    msg = common[0].message
    assert msg.startswith("PE (TTM), PB and PS (TTM) all imply a market value 3.6% above the quoted market cap")
    assert "factor 1.0362..1.0367" in msg and "later price" in msg and "different times" in msg
    assert "2026-05-19T04:30:08.000Z" in msg and "Dividend Yield: consistent both with this factor and with none" in msg
    assert common[0].recomputed is not None and common[0].recomputed.lo.startswith("1.03626")
    for rule in ("lb.valuation.pe", "lb.valuation.pb", "lb.valuation.ps"):
        individual = next(c for c in checks if c.rule == rule)
        assert "see lb.valuation.common_factor" in individual.message and "different times" in individual.message


def test_range_position_says_what_the_columns_could_mean() -> None:
    msg = _find(SEED, "lb.range.position", "PE (TTM) current vs range").message
    assert "80.56 (line 199) is above the High" in msg and "by 45.2% of the High" in msg
    assert "historical range of the stock's own PE (TTM)" in msg and "above its historical high" in msg
    assert "not 13/63" in msg and "does not say" in msg
    dy = _find(SEED, "lb.range.position", "Dividend Yield current vs range").message
    assert "below the Low" in dy and "below its historical low" in dy


def test_twin_values_warning_says_why() -> None:
    """OCF YoY repeats Revenue YoY on every real page that prints both (round-42 tester xa F3): the warning says it
    is Longbridge's defect, not a coincidence of this page to check by hand."""
    msg = _find(SEED, "lb.duplicate_value", "OCF YoY = Revenue YoY").message
    assert "identical to Revenue YoY (28.27%)" in msg and "on every page that shows both" in msg
    assert "a defect of its template or feed, not of this page" in msg and "coincidence" not in msg
    # the count is the authors' survey: in a run of 13 pages, '13 of 13 real pages checked' read as the run's (u3 F1)
    assert "that quotecheck's authors surveyed" in msg and "not of this run" in msg


def test_negative_page_has_no_twin_warning() -> None:
    assert not [c for c in audit(parsed("synthetic/002371.SZ.negative.md")) if c.rule == "lb.duplicate_value"]


def test_a_cut_page_says_the_valuation_inputs_may_be_past_the_cut() -> None:
    """Round-42 tester xa F2: on a page cut before its valuation section the common-factor skip said only 'only 0
    valuation identities can be computed', where its neighbours say the page is cut."""
    from pathlib import Path

    from quotecheck.parsers import parse_text

    page = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / SEED
    text = page.read_text(encoding="utf-8")
    cut = text[: text.index("## Valuation")] if "## Valuation" in text else text[:3000]
    [skip] = [c for c in engine_audit(parse_text(cut, source=str(page))).checks if c.rule == "lb.valuation.common_factor"]
    assert skip.status is Status.SKIP and "the page is cut off" in skip.message
    assert "so the identities' inputs may be past the cut" in skip.message
