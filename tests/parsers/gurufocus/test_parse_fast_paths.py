"""Issue 12, round 3: the GuruFocus readers' new fast forms give what the plain forms gave.

Readers walk ``Page.filled()`` (the non-blank lines) instead of every line, ``_may_start_row`` decides most lines
by their first character, ``replaced`` stands in for pydantic's ``model_copy`` and a formula's symbolic leaves are
read once per text; each must agree with the plain form it replaces.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.parsers import _build as build
from quotecheck.parsers._numbers import parse_number, replaced
from quotecheck.parsers.gurufocus import _labels as L
from quotecheck.parsers.gurufocus._calculations import _symbolic_leaves
from quotecheck.parsers.gurufocus._history import _may_start_row
from quotecheck.parsers.gurufocus._lines import split_page

ROOT = Path(__file__).resolve().parents[3]
PAGES = [p for p in sorted((ROOT / "fixtures").rglob("*")) if p.suffix in {".txt", ".md"}]
LINES = [line for p in PAGES for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]


def _plain_may_start_row(text: str) -> bool:
    """The row test without its first-character shortcut: 'Trend', a month ('Mar24') or an ISO month ('2024-03')."""
    head = text.lstrip()
    if head.startswith("|"):
        head = text.replace("|", " ").lstrip()
    return head.startswith("Trend") or head[:3] in L.MONTHS or L.ISO_MONTH_START.match(head) is not None


def test_filled_is_every_non_blank_line_with_its_index() -> None:
    for path in PAGES:
        page = split_page(path.read_text(encoding="utf-8", errors="replace"))
        numbered = page.numbered()
        expected = [(idx, n, text) for idx, (n, text) in enumerate(numbered) if text.strip()]
        assert page.filled() == expected, path
        assert all(not text.strip() for n, text in numbered if (n, text) not in {(m, t) for _, m, t in expected})


def test_row_start_shortcut_agrees_on_every_fixture_line() -> None:
    for line in LINES:
        assert _may_start_row(line) == _plain_may_start_row(line), line
    assert any(_may_start_row(line) for line in LINES)  # the fixtures do hold rows


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([" ", "\t", "\u3000", "\u00a0", "|", "T", "Trend", "Jan", "Dec", "Ja", "x", "S", "Sep",
                                 "2024", "ſ"]), max_size=8))
def test_row_start_shortcut_agrees_on_made_lines(parts: list[str]) -> None:
    text = "".join(parts)
    assert _may_start_row(text) == _plain_may_start_row(text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["1.5", "$1,234.50", "(3.4)", "28.27%", "¥7,041 Mil", "USD 382.73", "-0.65", "lei0.27"]),
       st.sampled_from([{"exact": True}, {"text": "x"}, {"scale": "Mil (implied)", "scale_factor": Decimal(10) ** 6},
                        {"value": Decimal("-2"), "number_text": "-2", "text": "-2"}]),
       st.booleans())
def test_replaced_is_model_copy(text: str, update: dict[str, object], trusted_source: bool) -> None:
    number = parse_number(text, exchange="NYSE")
    assert number is not None
    if not trusted_source:  # a number pydantic validated, with its own fields set
        number = type(number)(text=number.text, number_text=number.number_text, value=number.value,
                              decimals=number.decimals)
    ours, theirs = replaced(number, **update), number.model_copy(update=update)
    assert ours == theirs
    assert list(ours.__dict__) == list(theirs.__dict__)
    assert ours.model_fields_set == theirs.model_fields_set
    assert ours.model_dump_json(exclude_unset=True) == theirs.model_dump_json(exclude_unset=True)
    assert number.text == text or not trusted_source  # the source is left as it was


def test_replaced_builds_through_the_trusted_constructor() -> None:
    number = build.PrintedNumber(text="7.5", number_text="7.5", value=Decimal("7.5"), decimals=1)
    assert type(replaced(number, exact=True)) is type(number)
    assert replaced(number, exact=True).exact and not number.exact


def test_symbolic_leaves_are_read_as_parsing_gives_them() -> None:
    texts = ["Adj_EPS / Price", "(1 - Revenue_t-1) * 0.5", "sqrt(22.5 * EPS * Book)", "A +", "Sum of (EPS) / 10",
             *(line.split("=", 1)[1] for line in LINES if "=" in line and len(line) < 200)]
    for text in texts:
        assert _symbolic_leaves(text) == _symbolic_leaves.__wrapped__(text), text  # a fresh parse
        assert _symbolic_leaves(text) == _symbolic_leaves.__wrapped__(text), text  # the cached answer too
