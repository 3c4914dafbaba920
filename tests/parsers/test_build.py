"""Trusted builds (quotecheck.parsers._build) give the very model validation gives, and the suite checks every one."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest
from golden import FIXTURES
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from quotecheck.parsers import _build as build
from quotecheck.parsers import _models as models
from quotecheck.parsers._build import trusted

NUMBER = models.PrintedNumber(text="¥7,041 Mil.", number_text="7,041", value=Decimal(7041), decimals=0, currency="CNY", scale="Mil.",
                              scale_factor=Decimal(1_000_000))

# (model, keyword arguments): required fields only, some defaults overridden, containers given.
CASES: list[tuple[str, dict[str, Any]]] = [
    ("PrintedNumber", {"text": "7.5", "number_text": "7.5", "value": Decimal("7.5"), "decimals": 1}),
    ("PrintedNumber", {"text": "28.27%", "number_text": "28.27", "value": Decimal("28.27"), "decimals": 2, "percent": True,
                       "scale_factor": Decimal(1)}),
    ("Period", {"end": "2024-03", "frequency": models.Frequency.QUARTERLY}),
    ("Fact", {"id": "headline", "metric": "e10", "label": "E10", "value": NUMBER, "unit": models.Unit.CURRENCY_AMOUNT,
              "context": models.Context.HEADLINE, "line": 3,
              "raw": "E10: ¥7,041 Mil."}),
    ("TableCell", {"text": "-", "missing": models.Missing.BLANK}),
    ("TableRow", {"cells": [models.TableCell(text="a")], "line": 4}),
    ("Security", {"id": "002371.SZ", "symbols": {"gurufocus": "SZSE:002371"}}),
    ("Document", {"site": models.Site.GURUFOCUS, "kind": models.PageKind.TERM_PAGE}),
    ("Quoted", {"name": "E10", "text": "7.5", "line": None}),
    ("CheckResult", {"rule": "gf.e10", "status": models.Status.PASS, "message": "ok", "inputs": [models.Quoted(text="1")]}),
    ("Step", {"text": "=1.2/3", "lines": [7], "operands": [models.Operand(number=NUMBER, line=7)]}),
    ("Step", {"text": "=A/B", "lines": [5, 6], "symbolic": True}),
]


def _same_model(a: BaseModel, b: BaseModel) -> None:
    assert type(a) is type(b)
    assert list(a.__dict__) == list(b.__dict__)
    for name, value in a.__dict__.items():
        assert type(b.__dict__[name]) is type(value), name
        assert b.__dict__[name] == value, name
    assert a.model_fields_set == b.model_fields_set
    assert a.__pydantic_extra__ == b.__pydantic_extra__ and a.__pydantic_private__ == b.__pydantic_private__
    assert a.model_dump_json() == b.model_dump_json()
    assert a == b


@pytest.mark.parametrize(("name", "kwargs"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_a_trusted_build_is_the_validated_model(name: str, kwargs: dict[str, Any]) -> None:
    validated = getattr(models, name)(**kwargs)
    built = getattr(build, name)(**kwargs)
    _same_model(validated, built)


def test_a_private_attribute_is_the_models_own() -> None:
    """A Step keeps its expression tree in ``__pydantic_private__``: each build has a dict of its own, as validation
    gives each model, so setting one step's tree leaves every other step's as it was."""
    one, two = (build.Step(text="=1", lines=[1]) for _ in range(2))
    assert one.__pydantic_private__ == {"_tree": None} and one.__pydantic_private__ is not two.__pydantic_private__
    one.with_tree("tree")
    assert (one.tree, two.tree) == ("tree", None) and one == two  # the tree is a cache, not a field (Step.__eq__)


@pytest.mark.parametrize("update", [{"scale": "Mil (implied)", "scale_factor": Decimal(10) ** 6}, {"currency": "CNY"},
                                    {"exact": True}, {"text": "(7.5)", "value": Decimal("-7.5"), "number_text": "-7.5"}, {}])
def test_a_copy_is_the_validated_model_of_the_fields_set_and_the_update(update: dict[str, Any]) -> None:
    number = models.PrintedNumber(text="7.5", number_text="7.5", value=Decimal("7.5"), decimals=1, places=2)
    given = {k: number.__dict__[k] for k in number.model_fields_set if k not in update}
    copy = build.PrintedNumberCopy(number, **update)
    _same_model(models.PrintedNumber(**given, **update), copy)
    assert copy is not number and number.scale is None and number.currency is None  # the original is as it was


def test_a_copy_refuses_a_name_that_is_no_field() -> None:
    with pytest.raises(TypeError, match="no field"):
        build.PrintedNumberCopy(NUMBER, scale_facor=Decimal(1))


def test_a_pydantic_without_the_known_private_post_init_gets_validated_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where pydantic keeps its post-init of private attributes elsewhere, a model with private attributes (Step) is
    built the validated way: its post-init cannot be told from a model's own, and an import must not fail on it."""
    monkeypatch.setattr(build, "_init_private_attributes", None)
    assert trusted(models.Step) is models.Step
    assert trusted(models.PrintedNumber) is not models.PrintedNumber  # the models without one keep their builds
    with pytest.raises(TypeError, match="post-init hook"):
        trusted(_PostInitNoPrivate)


class _PostInitNoPrivate(BaseModel):
    x: int = 0

    def model_post_init(self, context: Any, /) -> None:
        pass


def test_a_model_default_is_built_the_trusted_way_and_is_the_validated_one() -> None:
    """Document's Security and ReferencePeriods defaults (a Longbridge page fills its security later) come from their
    trusted builders: equal to validation's, fields set included, and one of each per document."""
    one, two = (build.Document(site=models.Site.LONGBRIDGE, kind=models.PageKind.QUOTE_PAGE) for _ in range(2))
    validated = models.Document(site=models.Site.LONGBRIDGE, kind=models.PageKind.QUOTE_PAGE)
    _same_model(validated.security, one.security)
    _same_model(validated.periods, one.periods)
    assert one.security is not two.security and one.periods is not two.periods
    assert build._BUILDERS[models.Security] is build.Security


def test_containers_are_copied_and_defaults_are_fresh() -> None:
    cells = [models.TableCell(text="a")]
    row = build.TableRow(cells=cells, line=1)
    assert row.cells == cells and row.cells is not cells  # validation copies a list; so does the trusted build
    assert type(build.TableRow(cells=tuple(cells), line=1).cells) is list  # type: ignore[arg-type]  # and makes one of a tuple
    one, two = (build.Document(site=models.Site.LONGBRIDGE, kind=models.PageKind.QUOTE_PAGE) for _ in range(2))
    one.facts.append(build.Fact(id="x", metric="m", label="l", unit=models.Unit.RATIO, context=models.Context.HEADLINE, line=1, raw="r"))
    assert two.facts == []


def test_nested_and_optional_containers_are_new_as_validation_makes_them() -> None:
    data = {"a": [1]}
    assert build.ChartBlock(kind="k", line=1, end_line=2, raw="", data=data).data is not data
    frontmatter: dict[str, str | list[str]] = {"tags": ["a"]}
    doc = build.Document(site=models.Site.LONGBRIDGE, kind=models.PageKind.QUOTE_PAGE, frontmatter=frontmatter)
    assert doc.frontmatter == frontmatter and doc.frontmatter["tags"] is not frontmatter["tags"]


def test_containers_are_validated_even_without_checking() -> None:
    with pytest.raises(ValidationError):
        build.Table(id="t", title="T", columns="abc", rows=[], line=1)  # type: ignore[arg-type]


def test_the_suite_checks_every_trusted_build() -> None:
    assert build._CHECKING, "tests/conftest.py sets QUOTECHECK_CHECK_BUILDS=1 before quotecheck is imported"


@pytest.mark.parametrize(("call", "field"), [
    (lambda: build.PrintedNumber(text="1", number_text="1", value=Decimal(1), decimals=0, scale_factor=1000), "scale_factor"),  # type: ignore[arg-type]
    (lambda: build.TableCell(text="", missing="blank"), "missing"),  # type: ignore[arg-type]
    (lambda: build.PrintedNumber(text="7.5", number_text="7.5", value=7.5, decimals=1), "value"),  # type: ignore[arg-type]
    (lambda: build.Quoted(line=True), "line"),
])
def test_checking_names_a_value_validation_would_change(call: Any, field: str) -> None:
    with pytest.raises(AssertionError, match=rf"\.{field}: built"):
        call()


def test_checking_raises_what_validation_refuses() -> None:
    with pytest.raises(ValidationError):
        build.Period(end=5)  # type: ignore[arg-type]


class _Checked(BaseModel):
    x: int

    @field_validator("x")
    @classmethod
    def _positive(cls, v: int) -> int:
        return abs(v)


class _Constrained(BaseModel):
    n: int = Field(0, ge=0)


class _Stripping(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)
    s: str


class _KeepsExtras(BaseModel):
    model_config = ConfigDict(extra="allow")
    s: str


class _MutableDefault(BaseModel):
    xs: list[int] = Field(default=[1])


class _PrivateMutable(BaseModel):
    x: int = 0
    _seen: list[int] = PrivateAttr(default=[])


class _PrivateFactory(BaseModel):
    x: int = 0
    _seen: list[int] = PrivateAttr(default_factory=list)


class _Box:
    """A mutable object that hashes by identity: validation gives each model a copy of such a default."""


class _PrivateBox(BaseModel):
    x: int = 0
    _box: _Box = PrivateAttr(default=_Box())


class _PostInit(BaseModel):
    x: int = 0
    _tree: Any = PrivateAttr(default=None)

    def model_post_init(self, context: Any, /) -> None:
        self._tree = self.x


@pytest.mark.parametrize(("model", "why"), [
    (_PrivateMutable, "mutable default"),
    (_PrivateFactory, "default factory"),
    (_PrivateBox, "mutable default"),
    (_PostInit, "post-init hook"),
    (models.AuditSummary, "alias"),
    (_Checked, "validators"),
    (_MutableDefault, "mutable default"),
    (_Constrained, "constraints"),
    (_Stripping, "str_strip_whitespace"),
    (_KeepsExtras, "extra"),
])
def test_models_validation_could_change_are_refused(model: type[BaseModel], why: str) -> None:
    with pytest.raises(TypeError, match=why):
        trusted(model)


def test_the_audit_is_the_same_with_and_without_checking() -> None:
    pages = [str(p) for p in sorted((FIXTURES / "gurufocus" / "seeds").glob("*.txt"))] + [str(FIXTURES / "longbridge" / "seed_002371.SZ.md")]
    outputs = []
    for checking in ("1", "0"):
        env = {**os.environ, "QUOTECHECK_CHECK_BUILDS": checking}
        done = subprocess.run([sys.executable, "-m", "quotecheck", "audit", *pages, "--format", "json", "--show-passes"],
                              capture_output=True, env=env, check=False)
        assert done.returncode in (0, 1), done.stderr[-2000:]
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] and b'"checks"' in outputs[0]


def test_an_unknown_pydantic_layout_falls_back_to_validated_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BaseModel, "__slots__", ("__dict__", "__pydantic_fields_set__"), raising=False)
    assert trusted(models.TableCell) is models.TableCell


def test_a_timed_run_can_turn_the_build_check_off_and_on() -> None:
    """The suite checks every trusted build against validation; the hostile corpus's timed children turn that off
    (their budget is the product's), and it comes back on."""
    from decimal import Decimal

    import pytest

    from quotecheck.parsers import _build

    wrong = {"text": "7.5", "number_text": "7.5", "value": "7.5", "decimals": 1}  # validation would make a Decimal
    with pytest.raises(AssertionError):
        _build.PrintedNumber(**wrong)
    _build.check_builds(False)
    try:
        assert _build.PrintedNumber(**wrong).value == "7.5"  # unchecked: the build trusts its caller
    finally:
        _build.check_builds(True)
    with pytest.raises(AssertionError):
        _build.PrintedNumber(**wrong)
    assert _build.PrintedNumber(text="7.5", number_text="7.5", value=Decimal("7.5"), decimals=1).decimals == 1


@pytest.mark.parametrize("value", ["/pages/a.txt", None])
def test_set_field_is_an_assignment(value: str | None) -> None:
    """``set_field`` leaves each model as ``m.path = value`` would: the same fields, values, order and fields set."""
    made = [build.CheckResult(rule="r", status=models.Status.PASS, message="m"),
            build.CheckResult(rule="s", status=models.Status.FAIL, message="n", path="/old")]
    assigned = [m.model_copy() for m in made]
    for m in assigned:
        m.path = value
    build.set_field(made, "path", value)
    for m, a in zip(made, assigned, strict=True):
        assert list(m.__dict__.items()) == list(a.__dict__.items()) and m.model_fields_set == a.model_fields_set


def test_set_field_refuses_what_is_not_a_field() -> None:
    with pytest.raises(TypeError, match="not a plain field"):
        build.set_field([build.CheckResult(rule="r", status=models.Status.PASS, message="m")], "paths", "x")


# (call-site builder, the model it builds, keyword arguments with every field it always gives, some at their default)
ALWAYS: list[tuple[str, str, dict[str, Any]]] = [
    ("QuotedGiven", "Quoted", {"name": "E10", "text": None, "value": None, "line": 3, "fact_id": "headline"}),
    ("PrintedNumberRead", "PrintedNumber", {"text": "7.5", "number_text": "7.5", "value": Decimal("7.5"), "decimals": 1,
                                            "currency_symbol": None, "currency": None, "scale": None,
                                            "scale_factor": Decimal(1), "percent": False, "exact": False}),
    ("FactStated", "Fact", {"id": "h", "metric": "e10", "label": "E10", "value": None, "missing": None, "period": None,
                            "period_text": None, "as_of": None, "window_years": None, "unit": models.Unit.RATIO,
                            "context": models.Context.HEADLINE, "line": 3, "raw": "E10"}),
    ("CheckResultOf", "CheckResult", {"rule": "r", "status": models.Status.SKIP, "message": "m", "subject": None,
                                      "quoted": None, "inputs": []}),
]


@pytest.mark.parametrize(("builder", "name", "kwargs"), ALWAYS, ids=[b for b, _, _ in ALWAYS])
def test_a_call_site_builder_is_the_validated_model(builder: str, name: str, kwargs: dict[str, Any]) -> None:
    """A builder that always sets some optional fields builds what validation gives the same arguments: those fields are
    in the fields set even at their defaults, as validation puts every field it is given there."""
    validated = getattr(models, name)(**kwargs)
    built = getattr(build, builder)(**kwargs)
    _same_model(validated, built)
    assert built.model_fields_set == set(kwargs)


def test_a_call_site_builder_of_a_field_the_model_lacks_is_refused() -> None:
    with pytest.raises(TypeError, match="no field"):
        trusted(models.Quoted, always=("name", "colour"))
