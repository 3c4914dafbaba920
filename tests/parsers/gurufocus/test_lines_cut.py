"""A number the page's end cuts is no value (``_lines._without_cut_number``), whatever currency it is printed in.

The pages here are real fixtures cut short inside an amount by the test: synthetic variants, as the tester's edge
inputs (gfq e14 'was RM19' of RM194 Mil, e20 'was zł5.' of zł5.3 Mil) were. An amount printed with a letter symbol
('RM', 'zł', 'lei', an ISO code) had its cut digits kept as a whole amount with no scale: RM19 for RM194 Mil."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import parse_text
from quotecheck.parsers.gurufocus._lines import split_page

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"

CUTS = [
    # (page, the amount as printed, where the cut falls inside it)
    ("gurufocus_interest-coverage_XKLS-5264.txt", "was RM194 Mil.", "was RM19"),  # the tester's e14
    ("gurufocus_cyclically-adjusted-book_WAR-BLF.txt", "was zł0.13.", "was zł0."),
]


@pytest.mark.parametrize(("page", "whole", "cut"), CUTS, ids=[c[2] for c in CUTS])
def test_an_amount_the_page_end_cuts_is_not_read(page: str, whole: str, cut: str) -> None:
    """Synthetic: the real page cut inside the first amount of a sentence keeps no fact of the partial amount."""
    text = (REAL / page).read_text(encoding="utf-8")
    doc = parse_text(text[: text.index(whole) + len(cut)], source="synthetic")
    partial = cut.removeprefix("was ").rstrip(".")
    assert doc.truncated and doc.truncated_at_line is not None
    on_cut_line = [f for f in doc.facts if f.line == doc.truncated_at_line and f.value is not None]
    assert partial not in [f.value.text for f in on_cut_line if f.value is not None]


@pytest.mark.parametrize(("end", "kept"), [
    ("was RM19", "was"), ("was zł5.", "was"), ("was lei1.", "was"), ("was ARS48", "was"), ("was Bs.4", "was"),
    ("was CHF1,2", "was"), ("price is R2", "price is"),
    ("Trend Dec14 Dec1", "Trend Dec14 Dec1"), ("ended in Mar. 2024.", "ended in Mar. 2024."), ("is USD", "is USD"),
])
def test_a_letter_currencys_cut_amount_is_taken_off_the_last_line(end: str, kept: str) -> None:
    """Synthetic lines: a cut amount after a letter symbol or ISO code goes; a period label, a year after its month
    and a code with no digits stay."""
    assert split_page(f"x\n{end}").lines[-1] == kept


GMTNF = REAL / "gurufocus_roe_OTCPK-GMTNF_2025.txt"


@pytest.mark.parametrize("cut", ["=-10.49 %*1.6786", "=-10.49 %*1.6", "=-191.49 %*0.0548*1.6786", "=-191.49 %*0.0",
                                 "=(-4.052 / 2.116)*(2.116 / 38.58)*(38.58 / 22.9"])
def test_a_formula_step_the_page_end_cuts_is_no_result(cut: str) -> None:
    """Synthetic: OTCPK:GMTNF's ROE breakdown cut inside a step (round-47 tester tf F1). The step's first number read
    alone ('-10.49' of '=-10.49 %*1.6786', which may go on '*…') was taken for the formula's result, and gf.restated,
    gf.calc.arithmetic and gf.calc.step failed it against the page's -17.63%; the step is not on the page, and the
    formula is said to be cut off. The whole page keeps its one true finding (its own '-10.49 %*1.6786 = -17.63 %')."""
    from quotecheck.parsers import Status, audit

    text = GMTNF.read_text(encoding="utf-8")
    doc = parse_text(text[: text.index(cut) + len(cut)], source="synthetic")
    assert all(c.result is None for c in doc.calculations if c.id.startswith("calc.roe"))
    checks = audit(doc).checks
    assert not [c for c in checks if c.status is Status.FAIL]
    assert [c.reason for c in checks if c.rule == "gf.calc.arithmetic"] == ["the page is cut off inside this formula"]
    whole = audit(parse_text(text, source=str(GMTNF))).checks
    assert [(c.rule, c.quoted.line if c.quoted else None) for c in whole if c.status is Status.FAIL] == [("gf.calc.step", 34)]


@pytest.mark.parametrize(("end", "kept"), [("=-10.49 %*1.6786", ""), ("=(1.2 / 3.4", ""), ("=-17.6", ""), ("= 12", "=")])
def test_a_cut_formula_step(end: str, kept: str) -> None:
    """Synthetic lines: a step cut after a number that follows another is dropped whole; a result cut alone goes with
    its sign ('=-17.6') or leaves its '=' ('= 12'), as before."""
    assert split_page(f"x\n{end}").lines[-1] == kept
