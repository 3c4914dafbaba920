"""Round 10 (gfa F6, gfb F8): GuruFocus's Operating Income and EBIT are two terms (EBIT includes non-operating items),
so 'Operating Income' has its own id and the Operating Margin formula divides it. Where GuruFocus writes 'operating
income' for the EBIT a formula divides by (EV-to-EBIT, Earnings Yield (Joel Greenblatt)), the number stays that
formula's EBIT, on the formula's paragraph and on every line of such a term's page, so no quantity is split. Real pages
(Azimut MIL:AZM Operating Margin %, BHP 2014 EV/EBIT, USMO Enterprise Value, a Longbridge Financial Reports page); the
variant printing both quantities is synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import audit, parse_file, parse_text
from quotecheck.parsers._formulas import FORMULAS
from quotecheck.parsers._metrics import metric_for_label

ROOT = Path(__file__).resolve().parents[3]
GF = ROOT / "fixtures" / "gurufocus" / "realpages"
AZM = GF / "gurufocus_operating-margin_MIL-AZM.txt"


@pytest.mark.parametrize(("label", "metric"), [
    ("Operating Income", "operating_income"), ("operating income", "operating_income"), ("EBIT", "ebit"),
    ("Earnings Before Interest and Taxes (EBIT)", "ebit"),
])
def test_labels(label: str, metric: str) -> None:
    assert metric_for_label(label) == metric


def test_operating_margin_divides_operating_income() -> None:
    assert FORMULAS["operating_margin"].expression == "operating_income / revenue"


def test_operating_margin_page_states_operating_income() -> None:
    doc = parse_file(AZM)
    amounts = sorted((f.line, f.metric, f.value.text) for f in doc.facts
                     if f.value is not None and f.metric in ("ebit", "operating_income"))
    assert amounts == [(12, "operating_income", "€153 Mil"), (32, "operating_income", "€153 Mil"),
                       (32, "operating_income", "€593 Mil")]
    [calc] = [c for c in doc.calculations if c.metric == "operating_margin"]
    assert {o.metric for o in calc.steps[-1].operands} == {"operating_income", "revenue"}
    assert [c.status.value for c in audit(doc).checks if c.rule == "gf.calc.prose"] == ["pass"]


@pytest.mark.parametrize(("page", "lines"), [
    ("gurufocus_ev2ebit_BHP_2014.txt", [8, 25, 33, 37]),  # prose, Earnings Yield paragraph, calculation block, its note
    ("gurufocus_ev_USMO.txt", [8]),  # the EV-to-EBIT paragraph of an Enterprise Value page
])
def test_operating_income_of_an_ebit_formula_stays_ebit(page: str, lines: list[int]) -> None:
    doc = parse_file(GF / page)
    amounts = [f for f in doc.facts if f.metric in ("ebit", "operating_income")]
    assert sorted(f.line for f in amounts) == lines and {f.metric for f in amounts} == {"ebit"}


def test_both_quantities_are_not_compared() -> None:
    text = AZM.read_text(encoding="utf-8").replace(
        "Its Operating Income for the trailing", "Its EBIT for the three months ended in Dec. 2023 was €170 Mil. "
        "Its Operating Income for the trailing")  # synthetic: the page also prints EBIT, another quantity
    checks = [c for c in audit(parse_text(text, source="azm.txt")).checks if c.rule == "gf.restated"]
    assert [c.status.value for c in checks if c.subject.startswith("operating_income")] == ["pass"]
    assert not [c for c in checks if c.subject.startswith("ebit")]


def test_longbridge_operating_income_row() -> None:
    doc = parse_file(ROOT / "fixtures" / "longbridge" / "realpages" / "IPM.US.norm-llms.txt")
    rows = {f.metric for f in doc.facts if f.label.lower().startswith("operating income")}
    assert rows == {"operating_income"}
