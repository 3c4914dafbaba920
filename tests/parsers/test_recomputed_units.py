"""A check's ``recomputed`` interval is in the units its quoted value is printed in.

A copy printed '28.27%' is quoted with the value 28.27, and a PASS says its interval meets the recomputed one; the
JSON report and the HTML report's plot put the two side by side. They were in different units wherever a check
compared values in base units: 0.28265..0.28275 beside 28.27, 7,040,815,000..7,040,825,000 beside '7,040.82 Mil'
(round-16 tester gfu #5; 952 checks of the corpora). For every PASS on every fixture page, the quoted value's rounding
interval must meet the recomputed interval as they are serialised.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from quotecheck.parsers import audit, parse_file

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from golden import golden_pages  # noqa: E402

PAGES = golden_pages()


def _printed(value: str) -> tuple[Decimal, Decimal]:
    """The interval a printed value stands for: half a unit in its last place either side."""
    v = Decimal(value)
    exponent = v.as_tuple().exponent
    half = Decimal(5).scaleb(int(exponent) - 1) if isinstance(exponent, int) else Decimal(0)
    return v - half, v + half


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_a_pass_meets_its_quoted_value_in_the_quoted_units(page: Path) -> None:
    for check in audit(parse_file(page)).checks:
        quoted, recomputed = check.quoted, check.recomputed
        if check.status != "pass" or quoted is None or quoted.value is None or recomputed is None:
            continue
        lo, hi = _printed(quoted.value)
        assert lo <= Decimal(recomputed.hi) and Decimal(recomputed.lo) <= hi, (check.rule, quoted.text, recomputed, check.message)
