"""Calculation layouts of real GuruFocus pages: EBIT written out in prose, the Earnings Yield (Joel Greenblatt)
paragraph, a TTM sum written as a sentence with each quarter's period, and a formula block printed as table rows.

Each check is shown to pass on the page as printed and to FAIL when one printed number is changed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import audit, parse_text
from quotecheck.parsers._models import CheckResult

GF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus"
TM = GF / "realpages" / "gurufocus_ev2ebit_TM.txt"
BABA = GF / "realpages" / "gurufocus_grossmargin_BABA_2020.txt"


def _checks(path: Path, old: str = "", new: str = "") -> list[CheckResult]:
    text = path.read_text(encoding="utf-8")
    if old:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return audit(parse_text(text, source=str(path))).checks


def _at(checks: list[CheckResult], rule: str, line: int) -> list[str]:
    return [c.status for c in checks if c.rule == rule and c.quoted is not None and c.quoted.line == line]


def test_ebit_in_words_is_an_input_of_the_ev_to_ebit_paragraph() -> None:
    assert _at(_checks(TM), "gf.calc.prose", 10) == ["pass"]


def test_earnings_yield_paragraph_is_checked() -> None:
    assert _at(_checks(TM), "gf.calc.prose", 27) == ["pass"]


def test_ttm_sentence_sum_is_checked() -> None:
    assert _at(_checks(TM), "gf.calc.sum", 39) == ["pass"]


@pytest.mark.parametrize(("old", "new", "rule", "line"), [
    ("EV/EBIT ratio for today is 14.34.", "EV/EBIT ratio for today is 14.54.", "gf.calc.prose", 10),
    ("(Mar. 2017 ) = $20,472 Mil.", "(Mar. 2017 ) = $20,572 Mil.", "gf.calc.sum", 39),
    ("6473.4045936 (Jun. 2016 )", "6573.4045936 (Jun. 2016 )", "gf.calc.sum", 39),
    ("for the quarter that ended in Mar. 2017 was 6.95%.", "for the quarter that ended in Mar. 2017 was 6.75%.",
     "gf.calc.prose", 27),
    ("was $294,463 Mil.", "was $284,463 Mil.", "gf.calc.prose", 27),
], ids=["ratio", "sum-total", "sum-quarter", "yield", "yield-ev"])
def test_tm_mutation_fails(old: str, new: str, rule: str, line: int) -> None:
    assert _at(_checks(TM, old, new), rule, line) == ["fail"]


def test_quarter_end_enterprise_value_is_not_todays() -> None:
    """EV 'for the quarter that ended in Mar. 2017' ($294,463 Mil.) and today's ($293,596 Mil.) are different quantities."""
    assert not [c for c in _checks(TM) if c.rule == "gf.restated" and c.subject and "enterprise_value" in c.subject
                and c.status == "fail"]


def test_pipe_table_block_is_checked() -> None:
    checks = _checks(BABA)
    assert _at(checks, "gf.calc.arithmetic", 23) == ["pass"]
    assert _at(checks, "gf.calc.step", 23) == ["pass"]


@pytest.mark.parametrize(("old", "new", "rule"), [
    ("= | 44.60 % |", "= | 45.60 % |", "gf.calc.arithmetic"),
    ("= | 32382.9 | / |", "= | 33382.9 | / |", "gf.calc.arithmetic"),
    ("= | (72603.233387935 - 40220.354675593) |", "= | (72603.233387935 - 41220.354675593) |", "gf.calc.step"),
], ids=["result", "gross-profit", "cogs"])
def test_pipe_table_mutation_fails(old: str, new: str, rule: str) -> None:
    assert "fail" in _at(_checks(BABA, old, new), rule, 23)


def test_pipe_operands_carry_their_span() -> None:
    doc = parse_text(BABA.read_text(encoding="utf-8"), source=str(BABA))
    facts = {f.id: f for f in doc.facts if f.line == 20}
    gp = facts["calc.gross_margin_a_mar_2020.gross_profit"]
    assert gp.period is not None and (gp.period.end, gp.period.frequency) == ("2020-03", "annual")


def test_ttm_sentence_that_goes_on_is_not_a_sum() -> None:
    text = TM.read_text(encoding="utf-8").replace(
        "was $20,472 Mil. Therefore,", "was $20,472 Mil. + 3 Therefore, x = y.", 1)
    doc = parse_text(text, source=str(TM))
    assert [c.result_line for c in doc.calculations if c.kind == "sum"] == [39]


_TCL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


@pytest.mark.parametrize(("name", "result"), [("gurufocus_total-current-liabilities_TGT_2019.txt", "15,014"),
                                              ("gurufocus_total-current-liabilities_XMAD-END.txt", "1.62")])
def test_a_formula_printed_in_two_halves_is_one_step(name: str, result: str) -> None:
    """'=11595+1218', '+Other Current Liabilities+Current Deferred Liabilities', '=2201+0', '=15,014': the second
    '=' line is the substituted second half of the formula, not a step of its own (four false FAILs a page)."""
    from quotecheck.parsers import Status, audit, parse_file

    checks = audit(parse_file(_TCL / name)).checks
    assert not [c for c in checks if c.status is Status.FAIL], [(c.rule, c.message) for c in checks if c.status is Status.FAIL]
    assert [c for c in checks if c.rule == "gf.calc.arithmetic" and c.status is Status.PASS and c.quoted and c.quoted.text == result]


def test_a_misprinted_total_of_a_two_half_formula_still_fails() -> None:
    """Synthetic: the total made 15,114, which 11595 + 1218 + 2201 + 0 cannot give."""
    from quotecheck.parsers import Status, audit, parse_text

    page = _TCL / "gurufocus_total-current-liabilities_TGT_2019.txt"
    text = page.read_text(encoding="utf-8").replace("=2201+0\n=15,014", "=2201+0\n=15,114", 1)
    assert "=15,114" in text
    checks = audit(parse_text(text, source="synthetic")).checks
    assert [c.status for c in checks if c.rule == "gf.calc.arithmetic" and c.quoted and c.quoted.text == "15,114"] == [Status.FAIL]


def test_a_sentence_amount_without_mil_is_the_headlines_millions() -> None:
    """TGT line 10 '… for the quarter that ended in Jul. 2019 was $14,364' (no 'Mil', GuruFocus's template) under the
    headline '$14,364 Mil': in millions, so its copies agree (it had been a false gf.restated FAIL)."""
    from quotecheck.parsers import Status, audit, parse_file

    doc = parse_file(_TCL / "gurufocus_total-current-liabilities_TGT_2019.txt")
    stated = next(f for f in doc.facts if f.line == 10 and f.metric == "current_liabilities")
    assert stated.value is not None and stated.value.text == "$14,364" and stated.value.scale_factor == 10**6
    restated = [c for c in audit(doc).checks if c.rule == "gf.restated" and "current_liabilities (2019-07" in (c.subject or "")]
    assert restated and all(c.status is Status.PASS for c in restated)


CBS = GF / "realpages" / "gurufocus_RateOfReturn_NYSE-CBS_template.txt"
FORWARD = "= 0 / + 0 = 0 %"
# (the substituted expression and result of the Forward Rate of Return line, status, what the check says): the real
# template leaves the price blank; the filled variants (synthetic) add a free cash flow yield (a ratio) to a growth rate
# printed in percent, as Yacktman's definition on the page does
FORWARD_CASES = [
    (FORWARD, "skip", "is blank (nothing between '/' and '+'"),
    ("= 1.2 / + 4.5 = 5.7 %", "skip", "is blank (nothing between '/' and '+'"),
    ("= 1.2 / 25.00 + 4.5 = 9.3 %", "pass", "its ratio in percent"),  # 4.8 + 4.5
    ("= 1.2 / 25.00 + 4.5 = 7.3 %", "warn", "neither reading"),  # neither 9.3 nor 454.8: no proof, the units are unprinted
]


@pytest.mark.parametrize(("printed", "status", "said"), FORWARD_CASES, ids=["real-blank-price", "synthetic-blank-price",
                                                                             "synthetic-filled", "synthetic-off"])
def test_a_ratio_plus_a_percent_and_a_blank_operand(printed: str, status: str, said: str) -> None:
    """NYSE:CBS's template (round-17 gfx #1) line 22: 'Forward Rate of Return = Normalized Free Cash Flow / Price +
    5-Year EBITDA Growth Rate = 0 / + 0 = 0 %'. A '+' where the price goes is a blank input, not a unary plus (which
    had made the growth rate the divisor: a FAIL once filled); a percent result of a ratio plus a number is not the
    whole sum as a fraction (which had made 9.3 % a FAIL against 454.8)."""
    (check,) = [c for c in _checks(CBS, FORWARD, printed) if c.rule == "gf.calc.arithmetic"]
    assert check.status == status and said in check.message, check.message
