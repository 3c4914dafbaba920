"""A formula's printed result is worked from the rounded inputs it prints: gf.restated compares the other copies with
what those inputs allow, not with the result's last digits (round 9: old-layout Shiller P/E pages, 2014)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import audit, parse_file, parse_text
from quotecheck.parsers._models import CheckResult, Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
JNJ = REAL / "gurufocus_shillerpe_JNJ_2014-6yr.txt"  # =105.10/4.64 =22.65 beside a headline of 22.63
PG = REAL / "gurufocus_shillerpe_PG_2014-6yr.txt"  # =82.81/4.23 =19.58 beside a headline of 19.40


def _today(doc_text: str | Path) -> CheckResult:
    doc = parse_file(doc_text) if isinstance(doc_text, Path) else parse_text(doc_text, source="edited.txt")
    return next(c for c in audit(doc).checks if c.rule == "gf.restated" and c.subject == "shiller_pe_ratio (today)")


# (page, edit of the formula's result or inputs, expected status): cases are data.
CASES = [
    pytest.param(JNJ, None, Status.PASS, id="result-of-rounded-inputs-agrees"),
    pytest.param(JNJ, ("=105.10/4.64\n=22.65", "=105.10/4.64\n=22.69"), Status.FAIL, id="result-its-inputs-cannot-give"),
    pytest.param(JNJ, ("=105.10/4.64\n=22.65", "=105.10/4.60\n=22.85"), Status.FAIL, id="inputs-that-exclude-the-headline"),
    pytest.param(PG, None, Status.FAIL, id="headline-the-inputs-cannot-give"),
]


@pytest.mark.parametrize(("page", "edit", "status"), CASES)
def test_copies_meet_what_the_formulas_inputs_allow(page: Path, edit: tuple[str, str] | None, status: Status) -> None:
    if edit is None:
        result = _today(page)
    else:
        text = page.read_text(encoding="utf-8")
        assert edit[0] in text
        result = _today(text.replace(edit[0], edit[1]))
    assert result.status is status, result.message


def test_the_failure_names_the_copies_the_inputs_cannot_give() -> None:
    message = _today(PG).message
    assert "allow only 19.5525 to 19.6012 (line 40), which its result fits" in message


def test_the_pass_says_why() -> None:
    result = _today(JNJ)
    assert "agrees within the rounding of the formula's printed inputs" in result.message and "22.6254 to 22.6764" in result.message


def test_an_industry_median_of_9999_is_not_available() -> None:
    """'Industry Median: 9999.00' (line 23) is GuruFocus's value for a median it does not have: missing, never 9999."""
    median = next(f for f in parse_file(JNJ).facts if f.metric == "shiller_pe_ratio.industry_median")
    assert median.line == 23 and median.value is None and median.missing is not None and median.missing.value == "not_available"
