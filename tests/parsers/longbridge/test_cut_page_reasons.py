"""A skip for a part a cut page does not print says the page is cut, and where: the part may lie past the cut. A date
line the cut ends the page on is named as cut, not as absent (round-33 ghj F2). Real page in fixtures/longbridge."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_file

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "realpages" / "601688.SH.md"


@pytest.fixture(scope="module")
def skips() -> dict[str, str]:
    return {c.rule: c.reason or "" for c in audit(parse_file(PAGE)).checks if c.status is Status.SKIP}


@pytest.mark.parametrize("rule", ["lb.analysts.sum", "lb.chart_vs_table", "lb.valuation.pe", "lb.valuation.ps",
                                  "lb.valuation.pb", "lb.valuation.dividend"])
def test_a_part_past_the_cut_is_said_to_be_maybe_there(rule: str, skips: dict[str, str]) -> None:
    assert skips[rule].endswith("the page is cut off at line 36, so it may be past the cut"), skips[rule]


def test_a_date_the_cut_ends_on_is_named(skips: dict[str, str]) -> None:
    reason = skips["lb.dates"]
    assert "cut off on line 36 at its date ('> Updated: 2026-05')" in reason and "prints no" not in reason


def test_a_whole_page_says_nothing_of_a_cut() -> None:
    seed = PAGE.parents[1] / "seed_002371.SZ.md"
    assert not [c for c in audit(parse_file(seed)).checks if "past the cut" in (c.reason or "") + c.message]
