"""A 'quarter' result worked from six months' inputs its own sentence prints is kept with its doubt (round-32 ghd F2).

'Operating Income for the six months ended in Dec. 2012 was £-7.6 Mil. … Revenue for the six months ended in Dec.
2012 was £83.6 Mil. Therefore, … Operating Margin % for the quarter that ended in Dec. 2012 was -9.09%.' (LSE:LONR)
came out quarterly on pages cut before their rows, semi-annual where a 'Semi-Annual Data' header was still printed.
A quarterly reporter's page may word its quarter's inputs 'six months' too (MSFT, round 9): without rows of the
month the page does not say which span it is, so the result keeps no frequency.
Real page TSX:TDS.PR.C.PFD ('Gross Profit for the six months ended in May. 2015 … Therefore, … Gross Margin % for the
quarter that ended in May. 2015 was N/A%') and synthetic variants of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import parsed

from quotecheck.parsers import Frequency

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_grossmargin_TSX-TDS.PR.C.PFD.txt"
GP = "Gross Profit for the six months ended in May. 2015"
REVENUE = "Revenue for the six months ended in May. 2015"


def _result_frequency(*edits: tuple[str, str]) -> Frequency | None:
    doc = parsed(PAGE, *edits)
    [fact] = [f for f in doc.facts if f.id == "statement.gross_margin"]
    return fact.period.frequency if fact.period else None


@pytest.mark.parametrize(("edits", "expected"), [
    ((), None),
    # the inputs of three months: the quarter's, as the result says
    (((GP, GP.replace("six", "three")), (REVENUE, REVENUE.replace("six", "three"))), Frequency.QUARTERLY),
    # six months of another month than the result's: the sentence does not say the result is worked from them
    (((GP, GP.replace("May. 2015", "Nov. 2014")), (REVENUE, REVENUE.replace("May. 2015", "Nov. 2014"))), Frequency.QUARTERLY),
])
def test_the_results_span_follows_its_inputs(edits: tuple[tuple[str, str], ...], expected: Frequency | None) -> None:
    assert _result_frequency(*edits) is expected


# Tester gif F1: the Interest Coverage pages state their result with no 'Therefore' ('Vishnusurya Projects and Infra's
# interest coverage for the quarter that ended in Mar. 2023 was 6.29.' after Operating Income and Interest Expense for
# the six months ended in Mar. 2023, NSE:VISHNUINFR): it had been stored as the quarter's. The same rule holds for it.
VISHNU = PAGE.with_name("gurufocus_interest-coverage_NSE-VISHNUINFR_2023.txt")
CUT = "associated stock "
SEMI = CUT + "exchange currency.\n\nVishnusurya Projects and Infra Semi-Annual Data\nSep21 Mar22 Sep22 Mar23\n" \
    "Interest Coverage 1.92 5.25 4.10 6.29\n"
QUARTERS = CUT + "exchange currency.\n\nVishnusurya Projects and Infra Quarterly Data\nJun22 Sep22 Dec22 Mar23\n" \
    "Interest Coverage 1.92 5.25 4.10 6.29\n"
OI, IE = "Operating Income for the six months ended in Mar. 2023", "Interest Expense for the six months ended in Mar. 2023"


@pytest.mark.parametrize(("edits", "expected"), [
    ((), None),  # cut before its rows: which span, the page does not say
    (((CUT, SEMI),), Frequency.SEMI_ANNUAL),  # its rows of Mar. 2023 are a half-year's
    (((CUT, QUARTERS),), Frequency.QUARTERLY),  # its rows of Mar. 2023 are a quarter's
    (((OI, OI.replace("six", "three")), (IE, IE.replace("six", "three"))), Frequency.QUARTERLY),
])
def test_a_ratio_stated_without_therefore_follows_the_same_rule(edits: tuple[tuple[str, str], ...],
                                                               expected: Frequency | None) -> None:
    doc = parsed(VISHNU, *edits)
    [fact] = [f for f in doc.facts if f.id == "statement.interest_coverage"]
    assert (fact.period.end if fact.period else None, fact.period.frequency if fact.period else None) == ("2023-03", expected)
    assert fact.value is not None and fact.value.text == "6.29"
