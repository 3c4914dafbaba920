"""A paragraph that divides by an input printed 0: its printed result is weighed against every value the input may
be (round-49 tester v2 M1: GREY:STREF's 'Enterprise Value … was $0 Mil' beside 'EBIT … was $98 Mil' and an earnings
yield of 16.29%, which no EV that prints as $0 Mil gives, was skipped as a division by a value that may be 0)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

STREF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_earning-yield-greenblatt_GREY-STREF.txt"
_EV = "Enterprise Value for the quarter that ended in Nov. 2023 was $0 Mil."
_EY = "Earnings Yield (Joel Greenblatt) for the quarter that ended in Nov. 2023 was 16.29%."

CASES = [
    # (edits, status, what the message says)
    ((), Status.WARN, "cannot come from these inputs unless Enterprise Value $0 Mil (line 12) is exactly 0"),
    # synthetic: a yield of 25,000% is what an EV of about $0.39 Mil gives, which prints as $0 Mil: no contradiction
    (((_EY, _EY.replace("16.29%", "25000.00%")),), Status.SKIP, "divides by a value that may be 0"),
    # synthetic: -19,000% is out of reach too (the least size either side of 0 is 97.5 / 0.5 = 195 = 19,500%)
    (((_EY, _EY.replace("16.29%", "-19000.00%")),), Status.WARN, "at least 19500% in size"),
    # synthetic: an EBIT that may be 0 too says nothing of the result's size
    ((("EBIT for the trailing twelve months (TTM) ended in Nov. 2023 was $98 Mil.",
       "EBIT for the trailing twelve months (TTM) ended in Nov. 2023 was $0 Mil."),), Status.SKIP,
     "divides by a value that may be 0"),
    # synthetic: on a venue whose amounts GuruFocus may convert, the warning says that doubt too (round-49 second read)
    ((("(GREY:STREF)", "(OTCPK:STREF)"),), Status.WARN, "no proof; on OTCPK GuruFocus may print amounts converted"),
    # synthetic: a printed EV the yield comes from
    (((_EV, _EV.replace("$0 Mil", "$600 Mil")),), Status.PASS, "agrees with recomputed"),
]


@pytest.mark.parametrize(("edits", "status", "said"), CASES)
def test_a_result_over_an_input_printed_0_is_weighed(edits: tuple[tuple[str, str], ...], status: Status, said: str) -> None:
    assert _EV in STREF.read_text(encoding="utf-8") and _EY in STREF.read_text(encoding="utf-8")
    (prose,) = [c for c in checked(STREF, *edits) if c.rule == "gf.calc.prose"]
    assert prose.status is status
    assert said in prose.message
    if status is Status.WARN:
        assert "no proof" in (prose.reason or "")
