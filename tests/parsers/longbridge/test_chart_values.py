"""What a chart-data value may be, and how the chart is compared with the tables when it is odd (round-33 new user
NU2-7, NU2-8). Synthetic variants of the Longbridge seed, whose first indicator is '"value": "28.27%"' (Revenue YoY)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_text

SEED = (Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "seed_002371.SZ.md").read_text(encoding="utf-8")
FIRST = '"value": "28.27%"'


def _checks(page: str) -> tuple[list, list]:
    doc = parse_text(page, source="synthetic.md")
    return audit(doc).checks, doc.notes


@pytest.mark.parametrize(("value", "said"), [
    ("true", "not true or false"),                       # read as the number 1 and compared with 28.27%
    ("1e999999999", "beyond any printed value"),          # valid JSON; said to be 'empty'
    ("1" * 5000, "Exceeds the limit"),                    # Python's limit on an integer's digits: said 'ValueError'
    ("[1, 2]", "dimensions.0.indicators.0.value:"),       # the place without the union's branch ('value.str')
])
def test_a_value_no_page_prints_is_a_schema_note_not_a_comparison(value: str, said: str) -> None:
    checks, notes = _checks(SEED.replace(FIRST, f'"value": {value}', 1))
    (note,) = [n for n in notes if n.code == "chart.malformed"]
    assert said in note.message and "value.str" not in note.message, note.message
    assert not [c for c in checks if c.rule == "lb.chart_vs_table" and c.status is Status.FAIL]


def test_a_printed_value_that_is_no_number_is_not_called_empty() -> None:
    checks, _ = _checks(SEED.replace(FIRST, '"value": "-1e400%"', 1))
    (check,) = [c for c in checks if c.rule == "lb.chart_vs_table" and (c.subject or "").startswith("Revenue YoY (style")]
    assert check.status is Status.SKIP and "'-1e400%'" in (check.reason or "") and "empty" not in check.message


def test_a_repeated_dimension_is_compared_with_the_same_rows() -> None:
    """The radar's dimensions printed twice: each copy is the same table row's, not 'in the chart but not in the tables'."""
    start = SEED.index('"dimensions": [') + len('"dimensions": [')
    end = SEED.index("]\n", SEED.index('"indicators"', start))  # the first dimension's indicators
    first = SEED[start:SEED.index("}", end) + 1]
    page = SEED[:start] + first + "," + SEED[start:]
    checks, notes = _checks(page)
    assert not [n for n in notes if n.code == "chart.malformed"]
    chart = [c for c in checks if c.rule == "lb.chart_vs_table"]
    assert chart and not [c for c in chart if c.status is Status.FAIL], [c.message for c in chart if c.status is Status.FAIL]
    assert len(chart) > len([c for c in _checks(SEED)[0] if c.rule == "lb.chart_vs_table"])


TURNOVER_IN_CHART = '''        {
          "name": "Turnover",
          "value": "0.52",
          "rating": "C"
        },
'''


@pytest.mark.parametrize(("old", "new", "subject", "said"), [
    (TURNOVER_IN_CHART, "", "Turnover (multi_score)", "is in the table but not in the chart-data block"),
    ("| Turnover | 0.52 | C |\n", "", "Turnover (multi_score)", "is in the chart but not in the tables"),
    ("| Turnover | 0.52 | C |", "| Turnover | -- | C |", "Turnover (multi_score)", "one is empty"),
    ("| Turnover | 0.52 | C |", "| Turnover | 0.52 | -- |", "Turnover rating (multi_score)", "in the chart"),
])
def test_a_copy_left_out_is_a_warning_not_a_contradiction(old: str, new: str, subject: str, said: str) -> None:
    """Round-40 tester guc F4: a value the chart leaves out (or the table) failed, though one statement and one silence
    contradict nothing; a copy that differs still fails (test_lb_checks' mutations)."""
    assert old in SEED
    checks, _ = _checks(SEED.replace(old, new, 1))
    found = [c for c in checks if c.rule == "lb.chart_vs_table" and c.subject == subject]
    assert [c.status for c in found] == [Status.WARN], [(c.status, c.message) for c in found]
    assert said in found[0].message and "contradicts nothing" in found[0].message
    assert not [c for c in checks if c.rule == "lb.chart_vs_table" and c.status is Status.FAIL]


def test_a_copy_that_differs_still_fails() -> None:
    checks, _ = _checks(SEED.replace("| Turnover | 0.52 | C |", "| Turnover | 0.62 | C |", 1))
    (found,) = [c for c in checks if c.rule == "lb.chart_vs_table" and c.subject == "Turnover (multi_score)"]
    assert found.status is Status.FAIL


@pytest.mark.parametrize(("old", "new"), [
    ("| Turnover | 0.52 | C |", "| Turnover | 0.00 | C |"),
    ('"name": "Turnover",\n          "value": "0.52"', '"name": "Turnover",\n          "value": "0.00"'),
])
def test_a_zero_beside_a_value_is_a_warning(old: str, new: str) -> None:
    """Second read 13b: Longbridge prints 0.00 for a value it does not have (a REIT's P/B Ratio), so a 0.00 beside
    the other copy's 0.52 may be no value rather than another one."""
    assert old in SEED
    checks, _ = _checks(SEED.replace(old, new, 1))
    (found,) = [c for c in checks if c.rule == "lb.chart_vs_table" and c.subject == "Turnover (multi_score)"]
    assert found.status is Status.WARN and "prints 0.00 for a value it does not have" in found.message


@pytest.mark.parametrize(("old", "new"), [
    ('"name": "Turnover",\n          "value": "0.52"', '"name": "Turnover",\n          "value": "0.004"'),  # beside table 0.00
])
def test_a_zero_that_agrees_within_rounding_passes(old: str, new: str) -> None:
    """Second read of 13b: the zero rule ran before the comparison, so a table 0.00 beside a chart 0.004 warned."""
    text = SEED.replace("| Turnover | 0.52 | C |", "| Turnover | 0.00 | C |", 1).replace(old, new, 1)
    checks, _ = _checks(text)
    (found,) = [c for c in checks if c.rule == "lb.chart_vs_table" and c.subject == "Turnover (multi_score)"]
    assert found.status is Status.PASS, found.message
