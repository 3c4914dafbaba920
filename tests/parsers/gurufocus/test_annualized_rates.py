"""Rates GuruFocus states for a quarter with their inputs are recomputed, and the headline and the 'annualized …'
sentence are one quantity (round-17 testers gfx #2, gfw #3, #9: printed results never checked, one quantity under two
ids).

Real pages (fixtures/gurufocus/realpages): OTCPK:GFCJ Net Interest Margin (Bank Only) % (line 12: $8.85 Mil over
$164.78 Mil, 5.37%), TSE:7378 Receivables Turnover (line 12: 円1,160 Mil over 円580 Mil, 2.00), NAS:AAPL ROIC % (line
10 'annualized return on invested capital (ROIC %)' 47.05% under the headline 47.05%). The variants edit the real page inside the test (synthetic).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
GFCJ = REAL / "gurufocus_net-interest-margin_GFCJ.txt"
ASIRO = REAL / "gurufocus_receivables-turnover_TSE-7378.txt"
AAPL = REAL / "gurufocus_roic_NAS-AAPL.txt"
NIM = "annualized Net Interest Margin (Bank Only) % for the quarter that ended in Dec. 2003 was 5.37%."
NII = "annualized Net Interest Income (for Banks) for the quarter that ended in Dec. 2003 was $8.85 Mil."
TURNOVER = "Receivables Turnover for the three months ended in Apr. 2024 was 2.00."

CASES = [
    (GFCJ, (), "pass", "= $8.85 Mil / $164.78 Mil"),
    (GFCJ, ((NIM, NIM.replace("5.37%", "5.47%")),), "fail", "does not agree"),  # 8.855 / 164.775 < 5.3741%
    (GFCJ, ((NII, NII.replace("$8.85", "$9.85")),), "fail", "does not agree"),
    (ASIRO, (), "pass", "= 円1,160 Mil / 円580 Mil"),
    (ASIRO, ((TURNOVER, TURNOVER.replace("2.00", "2.10")),), "fail", "does not agree"),  # 1160.5 / 579.5 < 2.0026
]


@pytest.mark.parametrize(("page", "edits", "status", "said"), CASES,
                         ids=["nim-real", "nim-synthetic-result", "nim-synthetic-input", "turnover-real", "turnover-synthetic"])
def test_a_rate_stated_for_a_quarter_is_recomputed(page: Path, edits: tuple[tuple[str, str], ...], status: str,
                                                   said: str) -> None:
    (check,) = [c for c in checked(page, *edits) if c.rule == "gf.calc.prose"]
    assert check.status == status and said in check.message, check.message


@pytest.mark.parametrize(("page", "metric", "line"), [(GFCJ, "net_interest_margin_bank_only", 12), (AAPL, "roic", 10)],
                         ids=["nim", "roic"])
def test_the_annualized_sentence_is_the_headlines_quantity(page: Path, metric: str, line: int) -> None:
    """'annualized X for the quarter that ended in …' is the headline's X (the site's quarter is annualized), so the
    two copies are one quantity that gf.restated compares, not two ids that nothing compares."""
    doc = parsed(page)
    stated = next(f for f in doc.facts if f.line == line and f.context.value == "statement" and f.value is not None
                  and f.metric.endswith(metric))
    assert stated.metric == metric
    restated = [c for c in checked(page) if c.rule == "gf.restated" and c.subject and c.subject.startswith(metric + " ")]
    assert [c.status.value for c in restated] == ["pass"]
    assert f"line {line}, statement" in restated[0].message


def test_a_contradicting_annualized_sentence_fails() -> None:
    """Synthetic: the sentence says 6.37% where the headline of the same quarter says 5.37%."""
    restated = [c for c in checked(GFCJ, (NIM, NIM.replace("5.37%", "6.37%"))) if c.rule == "gf.restated"]
    assert [c.status.value for c in restated] == ["fail"]


def test_the_ttm_roic_beside_wacc_is_a_fact_of_its_own_span() -> None:
    """NAS:AAPL line 12 "Apple's WACC % is 11.43%. Apple's ROIC % is 34.58% (calculated using TTM income statement
    data)." (round-17 gfw #4: never read): ROIC over the trailing twelve months as of the page's day, not a copy of the
    quarter's annualized 47.05% (so no check compares the two)."""
    doc = parsed(AAPL)
    (ttm,) = [f for f in doc.facts if f.line == 12 and f.metric == "roic"]
    assert ttm.value is not None and ttm.value.text == "34.58%"
    assert ttm.period is not None and (ttm.period.end, ttm.period.frequency.value) == ("2024-04-16", "ttm")
    restated = [c for c in checked(AAPL) if c.rule == "gf.restated"]
    assert [c.status.value for c in restated] == ["pass"] and "34.58" not in restated[0].message


def test_ownership_shares_are_read() -> None:
    """SHSE:688776 (round-17 gfx 012, a fixture) lines 14 and 16: 'As of today, … Insider Ownership is 0.00%.' and
    '… Institutional Ownership is 13.86%.' were not read (labels the registry lacked)."""
    doc = parsed(REAL / "gurufocus_FloatPercentageOfTSO_SHSE-688776.txt")
    got = {f.metric: (f.value.text if f.value else None, f.unit.value, f.line) for f in doc.facts if f.line in (14, 16)}
    assert got == {"insider_ownership": ("0.00%", "percent", 14), "institutional_ownership": ("13.86%", "percent", 16)}
