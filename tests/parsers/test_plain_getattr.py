"""Our models read attributes without pydantic's ``__getattr__`` hook, and nothing a user sees changes for it."""

from __future__ import annotations

import ctypes
import inspect
import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest
from golden import golden_pages
from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidationError

from quotecheck.parsers import _models as models
from quotecheck.parsers import _plain_getattr as plain

MODELS = sorted((m for m in vars(models).values() if isinstance(m, type) and issubclass(m, models._Model)
                 and m is not models._Model), key=lambda m: m.__name__)


def _slot(cls: type) -> int | None:
    return ctypes.c_void_p.from_address(id(cls) + plain._GETATTRO).value


def test_the_slot_is_found_on_this_interpreter() -> None:
    # CPython 3.11-3.13 with the GIL (CI runs 3.11): the proof of the slot's place must hold, or the speed-up is lost
    assert sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)
    assert plain._GENERIC is not None


@pytest.mark.parametrize("cls", MODELS, ids=lambda m: m.__name__)
def test_every_model_without_private_attributes_reads_plainly(cls: type[BaseModel]) -> None:
    if cls.__private_attributes__:
        assert _slot(cls) != plain._GENERIC and not plain.plain_getattr(cls)  # Step keeps the hook: its _tree needs it
    else:
        assert _slot(cls) == plain._GENERIC


def test_a_missing_attribute_says_what_pydantic_says() -> None:
    class Quoted(BaseModel):  # a model pydantic made and nobody touched: the reference
        name: str | None = None

    assert _slot(Quoted) != plain._GENERIC
    with pytest.raises(AttributeError) as ours:
        models.Quoted(name="x").nope  # noqa: B018
    with pytest.raises(AttributeError) as theirs:
        Quoted(name="x").nope  # noqa: B018
    assert str(ours.value) == str(theirs.value) == "'Quoted' object has no attribute 'nope'"
    quoted = models.Quoted(name="x")
    assert getattr(quoted, "nope", 7) == 7 and not hasattr(quoted, "nope") and quoted.name == "x"
    assert quoted.model_fields_set == {"name"} and models.Quoted.__getattr__ is BaseModel.__getattr__


def test_a_subclass_made_later_gets_pydantics_hook_back() -> None:
    class Annotated(models.Quoted):  # a user's model on ours, with a private attribute only __getattr__ can read
        _note: str = PrivateAttr(default="mine")

    assert _slot(Annotated) != plain._GENERIC
    assert Annotated(name="x")._note == "mine"
    assert not plain.plain_getattr(Annotated) and _slot(Annotated) != plain._GENERIC


def test_a_model_with_extras_keeps_the_hook() -> None:
    class Open(BaseModel):
        model_config = ConfigDict(extra="allow")
        a: int = 1

    assert not plain.plain_getattr(Open)
    assert Open(b=2).b == 2  # type: ignore[attr-defined]  # an extra, read through pydantic's __getattr__


def test_a_patched_model_still_validates_and_dumps() -> None:
    number = models.PrintedNumber(text="7.5", number_text="7.5", value=Decimal("7.5"), decimals=1)
    assert number.value == Decimal("7.5") and number.model_dump()["decimals"] == 1
    assert models.PrintedNumber.model_validate_json(number.model_dump_json()) == number


_AUDIT = """
import sys
from pathlib import Path
from quotecheck.parsers import audit, parse_file, _plain_getattr
print(_plain_getattr._GENERIC is not None)
for p in sys.argv[1:]:
    print(audit(parse_file(Path(p))).model_dump_json())
"""


def test_the_audits_are_the_same_with_and_without_it() -> None:
    pages = [str(p) for i, p in enumerate(golden_pages())  # one in seven real pages of both sites, and the seeds
             if i % 7 == 0 or "seeds" in p.parts or p.name.startswith("seed_")]
    runs = []
    for setting in ("1", "0"):
        env = {**os.environ, "QUOTECHECK_PLAIN_GETATTR": setting}
        done = subprocess.run([sys.executable, "-c", _AUDIT, *pages], capture_output=True, text=True, env=env, check=True)
        runs.append(done.stdout.splitlines())
    assert runs[0][0] == "True" and runs[1][0] == "False"
    assert len(runs[0]) == len(pages) + 1 and runs[0][1:] == runs[1][1:]


@pytest.mark.parametrize("how", ["model_validate", "model_validate_json", "model_validate_strings"])
def test_extras_kept_per_call_are_refused(how: str) -> None:
    """pydantic 2.12's per-call extra="allow" would keep an extra only pydantic's __getattr__ reads: refused, by name;
    "ignore" and "forbid" are as pydantic makes them (a pydantic without the argument refuses it itself)."""
    data = {"name": "E10", "note": "hello"}
    given = json.dumps(data) if how == "model_validate_json" else data
    validate = getattr(models.Quoted, how)
    with pytest.raises(ValueError, match="Quoted forbids extra fields"):
        validate(given, extra="allow")
    if "extra" in inspect.signature(BaseModel.model_validate).parameters:
        assert validate(given, extra="ignore") == models.Quoted(name="E10")
    with pytest.raises(ValidationError):
        validate(given)
