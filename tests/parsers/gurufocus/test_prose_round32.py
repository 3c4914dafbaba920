"""Round-32 ghe: a ratio of amounts converted at different days' rates is no proof on a converting venue (F1), and the
Price-to-Operating-Cash-Flow paragraph is recomputed (F2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
EWGFF = REAL / "gurufocus_earning-yield-greenblatt_OTCPK-EWGFF.txt"
HLPPY = REAL / "gurufocus_pocf_OTCPK-HLPPY.txt"


def _prose(page: Path, *edits: tuple[str, str]) -> list[tuple[Status, str]]:
    return [(c.status, c.message) for c in checked(page, *edits) if c.rule == "gf.calc.prose"]


def test_a_quarters_value_over_twelve_months_flow_converted_is_no_proof() -> None:
    """-39.70 / 57.11 is -69.51%, not the printed -68.49%: on OTCPK the two amounts are converted at the rates of
    different days, so the miss is a WARN that says so."""
    [(status, message)] = _prose(EWGFF)
    assert status is Status.WARN
    assert "on OTCPK GuruFocus may print amounts converted from the company's own currency" in message  # a possibility (wg F4)


def test_the_same_miss_on_a_venue_that_prints_its_own_currency_is_a_proof() -> None:
    """Synthetic: the page's symbol moved to the Canadian Securities Exchange, whose amounts are the company's own."""
    [(status, _)] = _prose(EWGFF, ("(OTCPK:EWGFF)", "(XCNQ:EWG)"))
    assert status is Status.FAIL


@pytest.mark.parametrize(("edits", "expected"), [
    ((), Status.PASS),                                       # 5.22 / 0.53 allows 9.75 to 9.95: 9.91 fits
    ((("Ratio for today is 9.91", "Ratio for today is 10.91"),), Status.WARN),  # a miss, on OTCPK: no proof
])
def test_price_to_operating_cash_flow_is_recomputed(edits: tuple[tuple[str, str], ...], expected: Status) -> None:
    [(status, message)] = _prose(HLPPY, *edits)
    assert status is expected and "$5.22 / $0.53" in message
