"""Trend words of a quantity GuruFocus prints negative speak of its size where the page says so ('A negative number here
means the payment of dividends. When pays more dividends, the absolute value gets bigger.'): round-40 tester gua F1, four
false FAILs on PHS:DNL's Cash Flow for Dividends, one of them a payment of ₱-170 Mil that 'declined' to ₱0 Mil."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import audit, parse_text
from quotecheck.parsers._models import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
DNL = REAL / "gurufocus_dividends_PHS-DNL.txt"


@pytest.mark.parametrize(("old", "new", "fails"), [
    (None, None, 0),  # all four steps are true of the payment's size
    ("declined from Dec. 2023 (₱-170 Mil) to Mar. 2024 (₱0 Mil)", "increased from Dec. 2023 (₱-170 Mil) to Mar. 2024 (₱0 Mil)", 1),
    ("increased from Dec. 2021 (₱-1,364 Mil)", "declined from Dec. 2021 (₱-1,364 Mil)", 1),
    ("declined from Sep. 2023 (₱-1,973 Mil)", "increased from Sep. 2023 (₱-1,973 Mil)", 1),
])
def test_dividend_payments_trend_words_speak_of_their_size(old: str | None, new: str | None, fails: int) -> None:
    text = DNL.read_text(encoding="utf-8")
    if old is not None and new is not None:
        assert old in text
        text = text.replace(old, new)
    trend = [c for c in audit(parse_text(text, source=str(DNL))).checks if c.rule == "gf.trend.direction"]
    assert len(trend) == 4
    assert [c.status for c in trend].count(Status.FAIL) == fails
    assert all(c.status in (Status.PASS, Status.FAIL) for c in trend)


def test_a_word_its_sizes_refute_says_so_in_sizes() -> None:
    """Second read 4a: the FAIL printed the signed spans and said they do not rise, which they do."""
    text = DNL.read_text(encoding="utf-8").replace("declined from Sep. 2023 (₱-1,973 Mil)", "increased from Sep. 2023 (₱-1,973 Mil)")
    (failed,) = [c for c in audit(parse_text(text, source=str(DNL))).checks
                 if c.rule == "gf.trend.direction" and c.status is Status.FAIL]
    assert "([1972.5, 1973.5] to [169.5, 170.5], in size) grow" in failed.message


@pytest.mark.parametrize(("old", "new", "status"), [
    ("declined from Dec. 2023 (₱-170 Mil) to Mar. 2024 (₱0 Mil)", "declined from Dec. 2023 (₱-170 Mil) to Mar. 2024 (₱3 Mil)",
     Status.WARN),  # true of the size, false of the sign: which the words speak of, the page does not say
    ("declined from Dec. 2023 (₱-170 Mil) to Mar. 2024 (₱0 Mil)", "increased from Dec. 2023 (₱-170 Mil) to Mar. 2024 (₱300 Mil)",
     Status.PASS),  # both readings allow it
])
def test_a_step_across_zero_is_read_both_ways(old: str, new: str, status: Status) -> None:
    """Second read 4b: with one value positive the size reading was dropped, and a step it allows failed."""
    text = DNL.read_text(encoding="utf-8")
    assert old in text
    checks = [c for c in audit(parse_text(text.replace(old, new), source=str(DNL))).checks if c.rule == "gf.trend.direction"]
    (step,) = [c for c in checks if "Dec. 2023 to Mar. 2024" in (c.subject or "")]
    assert step.status is status, step.message
