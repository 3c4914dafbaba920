"""A headline whose value is today's though its 'As of' names the last report's month (round-32 ghb 054-057).

'Shareholder Yield % : 0.54% (As of Sep. 2023)' prints today's value ('As of today, Yidu Tech's Shareholder Yield
% was 0.54%'); the Sep23 row's 0.69 is at that month's price. The headline was compared with the row and drew a
WARN blaming the term's unknown convention; it is compared with today's sentence, and the row is said to be at
another price."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status
from quotecheck.parsers._metrics import headline_is_today

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
PAGES = {"HKSE:02158": REAL / "gurufocus_shareholder-yield_HKSE-02158.txt",
         "TPE:2520": REAL / "gurufocus_shareholder-yield_TPE-2520.txt"}


def _verdicts(page: Path, *edits: tuple[str, str]) -> list[tuple[str, str, Status]]:
    return sorted((c.rule, c.subject or "", c.status) for c in checked(page, *edits)
                  if c.rule in ("gf.restated", "gf.headline_vs_latest_row"))


@pytest.mark.parametrize("symbol", sorted(PAGES))
def test_the_headline_is_todays_value(symbol: str) -> None:
    assert _verdicts(PAGES[symbol]) == [("gf.headline_vs_latest_row", "Shareholder Yield % latest row", Status.SKIP),
                                        ("gf.restated", "shareholder_yield (today)", Status.PASS)]


def test_a_headline_that_is_not_todays_value_fails() -> None:
    got = _verdicts(PAGES["HKSE:02158"], ("Shareholder Yield % : 0.54%", "Shareholder Yield % : 0.64%"))
    assert ("gf.restated", "shareholder_yield (today)", Status.FAIL) in got


def test_only_the_registered_terms_have_a_todays_headline() -> None:
    assert headline_is_today("shareholder_yield")
    assert not headline_is_today("dividend_yield") and not headline_is_today("roe") and not headline_is_today("unknown")
