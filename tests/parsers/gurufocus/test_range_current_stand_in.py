"""A headline's 0.00 that the page's own paragraph shows is GuruFocus's stand-in (the paragraph prints 0.00% from
inputs that give another value, gf.calc.prose's warning) is not placed in the range, inside it or outside: on ASX:AHL
'0.00%' lay inside 'Min: 0 … Max: 12.45' and passed (round-43 tester va F2), where on TSE:2971 it lay outside and warned."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

REALPAGES = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"

CASES = [
    # (page, edits, the headline's gf.range.current status)
    ("gurufocus_earning-yield-greenblatt_ASX-AHL.txt", (), Status.SKIP),  # 0.00% inside 0..12.45, inputs give 11.5%
    ("gurufocus_earning-yield-greenblatt_OTCPK-NFLDF.txt", (), Status.SKIP),  # inside -37411.84..7781.37, inputs -179%
    # synthetic: an EBIT of 0 gives the 0.00%: a value, placed in the range
    ("gurufocus_earning-yield-greenblatt_ASX-AHL.txt", (("EBIT for the trailing twelve months (TTM) ended in Dec. 2023 was "
                                                        "A$11.5 Mil.", "EBIT for the trailing twelve months (TTM) ended in "
                                                        "Dec. 2023 was A$0.0 Mil."),), Status.PASS),
]


@pytest.mark.parametrize(("name", "edits", "expected"), CASES)
def test_a_stand_in_headline_is_not_placed(name: str, edits: tuple[tuple[str, str], ...], expected: Status) -> None:
    checks = checked(REALPAGES / name, *edits)
    (result,) = [c for c in checks if c.rule == "gf.range.current" and c.quoted is not None and c.quoted.line in (3, 5)]
    assert result.status is expected
    if expected is Status.SKIP:
        assert "the paragraph that works it out prints 0.00%" in (result.reason or "")
        assert "(gf.calc.prose): a stand-in is not placed in the range" in (result.reason or "")


COKEB = "gurufocus_price-to-tangible-book_GREY-COKEB.txt"
_PRICE = "share price is $0.00."
_RATIO = "Price to Tangible Book Ratio of today is 0.00."


@pytest.mark.parametrize(("edits", "placeholder"), [
    ((), True),  # round-47 tester tc F2: a price of $0.00 and the ratio over it, 0.00, beside a 13-year low of 11.31
    # synthetic: a price of $0.20 (both paragraphs') works out 0.003, which prints 0.00: a value, and no stand-in
    (((_PRICE, "share price is $0.20."), (_PRICE, "share price is $0.20.")), False),
])
def test_a_ratio_over_a_zero_price_is_a_stand_in(edits: tuple[tuple[str, str], ...], placeholder: bool) -> None:
    checks = checked(REALPAGES / COKEB, *edits)
    said = [c for c in checks if c.rule == "gf.zero_placeholder"]
    placed = [c for c in checks if c.rule == "gf.range.current" and c.quoted is not None and c.quoted.line == 5]
    if placeholder:
        (warning,) = said
        assert warning.status is Status.WARN and "printed as $0.00 on line 12: no share trades at 0" in warning.message
        assert not placed  # a stand-in is no value the range could hold or miss
        (restated,) = [c for c in checks if c.rule == "gf.restated" and c.subject == "price_to_tangible_book (today)"]
        assert restated.status is Status.SKIP and "gf.zero_placeholder" in restated.message
    else:
        assert not said
        assert [c.status for c in placed] == [Status.WARN]  # 0.00 outside 11.31..48.87, as any other value
    assert _RATIO in (REALPAGES / COKEB).read_text(encoding="utf-8")


def test_a_stand_in_of_another_metric_than_the_headlines_is_not_placed() -> None:
    """Round-47 tester tu F1: BHP's Median PS Value page (headline $55.83) prints 'Price to Median PS Value for today is
    0.00' from $57.99 / $55.83, which gf.calc.prose calls GuruFocus's stand-in; gf.range.current warned it lay outside
    the 13-year 0.79..1.10, where the stand-in was recognised only beside a headline of 0."""
    checks = checked(REALPAGES / "gurufocus_medpsvalue_NYSE-BHP_2024.txt")
    (prose,) = [c for c in checks if c.rule == "gf.calc.prose" and c.quoted is not None and c.quoted.line == 14]
    assert prose.status is Status.WARN and "no rounding makes 0" in prose.message
    (placed,) = [c for c in checks if c.rule == "gf.range.current" and c.quoted is not None and c.quoted.line == 14]
    assert placed.status is Status.SKIP and "(gf.calc.prose): a stand-in is not placed in the range" in (placed.reason or "")
    assert not [c for c in checks if c.status is Status.WARN and c.rule == "gf.range.current"]


SHAA = "gurufocus_book-value-per-share_LSE-SHAA.txt"
_SHAA_PRICE = "current price is £0.00."


@pytest.mark.parametrize(("edits", "expected"), [
    ((), Status.SKIP),  # round-49 tester u2 F1: a PB Ratio of 0.00 over a price of £0.00, beside a 5-year 0.97..2.39
    # synthetic: a price of £0.004 works out 0.0023, which prints 0.00 as well: a value, outside its range as any other
    (((_SHAA_PRICE, "current price is £0.004."),), Status.WARN),
])
def test_a_ratio_over_a_zero_price_on_another_terms_page_is_not_placed(edits: tuple[tuple[str, str], ...],
                                                                       expected: Status) -> None:
    checks = checked(REALPAGES / SHAA, *edits)
    assert _SHAA_PRICE in (REALPAGES / SHAA).read_text(encoding="utf-8")
    (placed,) = [c for c in checks if c.rule == "gf.range.current" and c.quoted is not None and c.quoted.line == 18]
    assert placed.status is expected
    assert ("worked out over today's share price, printed £0.00 (line 18)" in (placed.reason or placed.message)) is (
        expected is Status.SKIP)
    (prose,) = [c for c in checks if c.rule == "gf.calc.prose" and c.quoted is not None and c.quoted.line == 18]
    assert prose.status is Status.PASS  # the page agrees with itself either way
