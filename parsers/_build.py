"""Building models from values our own readers made, without validating them a second time.

pydantic validates at the edges: what comes in (``model_validate_json``, a user's ``Fact(...)``) and the
published schema. Inside a run, the readers and rules build a few hundred models a page from values they have
just typed themselves; validating those again cost about 20,000 machine instructions a model, about as much as
the rest of a GuruFocus page's parse. ``trusted(Model)`` returns a constructor with the model's own keyword
signature that fills the same ``__dict__`` (same fields, same order, defaults included), the same
``model_fields_set`` and the same empty extras that validation would, at about a third of the cost.

It is exact only where validation changes nothing, so ``trusted`` refuses a model with validators, constraints,
aliases, a post-init hook of its own, mutable defaults (a private attribute's too) or settings that change values;
fields that are not plain values (str, int, bool, Decimal, an enum, a model, or None) -- lists, dicts and the like --
are validated field by field, so the model gets new containers, as validation gives it. It relies on how
pydantic 2 lays out an instance; under a pydantic that lays it out otherwise, it returns the model itself. With the
environment variable ``QUOTECHECK_CHECK_BUILDS=1`` (the test suite sets it) every trusted build is also
validated the ordinary way from the same arguments and must match field for field, value types and extras
included: a difference raises ``AssertionError`` naming the model and the field, and arguments validation refuses
raise its ``ValidationError``. Without it, a wrong value in a scalar field is not noticed at run time: the
constructors' signatures are the models', so mypy checks every call.

A call site that gives the same optional fields on every call may have a builder of its own, ``trusted(Model,
always=(...))``, which sets those fields without a test of each: it must then be given them on every call.

The constructor's code is generated from the model's field names (as ``dataclasses`` does), never from page text.

>>> from decimal import Decimal
>>> from quotecheck.parsers._models import PrintedNumber
>>> number = trusted(PrintedNumber)(text="7.5", number_text="7.5", value=Decimal("7.5"), decimals=1)
>>> number == PrintedNumber(text="7.5", number_text="7.5", value=Decimal("7.5"), decimals=1)
True
>>> sorted(number.model_fields_set)
['decimals', 'number_text', 'text', 'value']
"""

from __future__ import annotations

import os
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from functools import partial
from types import UnionType
from typing import Any, ParamSpec, TypeVar, Union, cast, get_args, get_origin

from pydantic import BaseModel, TypeAdapter
from pydantic_core import PydanticUndefined

try:  # the post-init pydantic gives a model with private attributes (its defaults): a trusted build sets them itself
    from pydantic._internal._model_construction import init_private_attributes as _init_private_attributes
except ImportError:  # a pydantic that keeps it elsewhere: such models are built the validated way (see trusted)
    _init_private_attributes = None  # type: ignore[assignment]

from . import _models

P = ParamSpec("P")
M = TypeVar("M", bound=BaseModel)

_UNSET: Any = object()
_BASE = BaseModel.__dict__  # where the instance slots are described
_CHECKING = os.environ.get("QUOTECHECK_CHECK_BUILDS") == "1"


class _Checks:
    """Whether builds compiled for checking (``_CHECKING``) check now: a timed test of the product as shipped turns it
    off for its run (the double validation costs about three times the build). Without ``_CHECKING`` no build reads it."""

    on = _CHECKING


def check_builds(on: bool) -> None:
    """Turn the test suite's check of every trusted build against validation on or off (only where it was compiled)."""
    _Checks.on = on and _CHECKING
# What a pydantic 2 model instance holds. A pydantic that lays models out otherwise gets validated builds.
_LAYOUT = ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")


def trusted(model: Callable[P, M], always: tuple[str, ...] = ()) -> Callable[P, M]:
    """A constructor for ``model`` that builds it from already-typed values without validating them again; ``always``:
    optional fields every call gives (a call site's own builder), set without a test of each."""
    cls = cast(type[BaseModel], model)
    _refuse_inexact(cls)
    if getattr(BaseModel, "__slots__", None) != _LAYOUT or (cls.__private_attributes__ and _init_private_attributes is None):
        return model  # validated construction: slower, never wrong (a pydantic laid out otherwise, or whose post-init
        # of private attributes is not where this module looks: it cannot tell that post-init from a model's own)
    fields = cls.model_fields
    names = list(fields)
    unknown = set(always) - set(names)
    if unknown:
        raise TypeError(f"{cls.__name__} has no field(s) {sorted(unknown)}")
    required = [n for n, f in fields.items() if f.is_required() or n in always]
    # The new __dict__ starts as a copy of one holding every default (required fields hold None until set), so a
    # build writes only the values it is given: cheaper than a fifteen-entry dict display, and in the same order.
    prototype = {n: (None if f.is_required() or f.default_factory is not None else f.default) for n, f in fields.items()}
    params, body, namespace = [], [], dict(_new=object.__new__, _cls=cls, _UNSET=_UNSET, _prototype=prototype,
                                            _required=frozenset(required),
                                            _set_dict=_BASE["__dict__"].__set__,
                                            _set_fields=_BASE["__pydantic_fields_set__"].__set__,
                                            _set_extra=_BASE["__pydantic_extra__"].__set__,
                                            _set_private=_BASE["__pydantic_private__"].__set__,
                                            _check=_check_against_validation, _NAMES=tuple(names), _checks=_Checks,
                                            _private=_private_prototype(cls))
    if _CHECKING:  # the arguments as given, before any container is validated into a new one
        body.append(f"    _given = {{k: v for k, v in zip(_NAMES, ({''.join(n + ', ' for n in names)})) if v is not _UNSET}} "
                    "if _checks.on else None")
    body += ["    s = set(_required)", "    d = _prototype.copy()"]
    for name, info in fields.items():
        value = name
        if not _is_leaf(info.annotation):  # lists, dicts and the like: new containers, as validation makes them
            namespace[f"_adapt_{name}"] = (_container(info.annotation)
                                           or TypeAdapter(cast(Any, info.annotation)).validator.validate_python)
            value = f"_adapt_{name}({name})"
        if info.is_required() or name in always:  # a field every call gives is set without a test
            params.append(name)
            body.append(f"    d[{name!r}] = {value}")
            continue
        params.append(f"{name}=_UNSET")
        if info.default_factory is not None:
            namespace[f"_factory_{name}"] = _BUILDERS.get(info.default_factory, info.default_factory)  # a model
            # default (Document's Security) built the trusted way: what validating the model with no arguments gives
            body.append(f"    if {name} is _UNSET:\n        d[{name!r}] = _factory_{name}()\n    else:")
        else:
            body.append(f"    if {name} is not _UNSET:")
        body.append(f"        s.add({name!r})\n        d[{name!r}] = {value}")
    body += ["    m = _new(_cls)", "    _set_dict(m, d)", "    _set_fields(m, s)", "    _set_extra(m, None)",
             "    _set_private(m, None if _private is None else _private.copy())"]
    if _CHECKING:
        body.append("    if _checks.on:\n        _check(_cls, m, _given)")
    body.append("    return m")
    source = f"def build_{cls.__name__}(*, {', '.join(params)}):\n" + "\n".join(body) + "\n"
    exec(compile(source, f"<trusted {cls.__name__}>", "exec"), namespace)  # code from the field names above, never from input
    built = namespace[f"build_{cls.__name__}"]
    built.__doc__ = f"Build a {cls.__name__} from already-typed values (see quotecheck.parsers._build)."
    if not always:
        _BUILDERS.setdefault(cls, built)
    return cast(Callable[P, M], built)


_BUILDERS: dict[Any, Callable[..., Any]] = {}
"""Each model's general trusted builder, by model: a later model whose default factory is that model builds its default
with it."""


_LEAVES = (str, int, bool, Decimal, type(None))
# Model settings under which validation changes a value (strips, lower-cases, re-validates, keeps extras...).
_VALUE_CHANGING_CONFIG = ("use_enum_values", "str_strip_whitespace", "str_to_lower", "str_to_upper", "validate_default",
                          "coerce_numbers_to_str", "str_min_length", "str_max_length")


def _container(annotation: Any) -> Callable[[Any], Any] | None:
    """A copier that gives what validation gives a list or dict of leaves (``_is_leaf``) already of their types: a new
    container holding the same objects (validation hands leaves over unchanged and makes the container anew). None
    for any other annotation, which is validated. Building a TypeAdapter for each such field cost about 10 M machine
    instructions a process, and validating through it a few hundred a build."""
    args, origin = get_args(annotation), get_origin(annotation)
    if origin in (Union, UnionType):
        kept = [a for a in args if a is not type(None)]
        inner = _container(kept[0]) if len(kept) == 1 and len(args) == 2 else None
        return None if inner is None else partial(_unless_none, inner)
    if origin is list and len(args) == 1 and _is_leaf(args[0]):
        return list
    if origin is dict and len(args) == 2 and args[0] is str and (args[1] is Any or _is_leaf(args[1])):
        return dict
    if origin is dict and len(args) == 2 and args[0] is str and _leaf_or_leaf_list(args[1]):
        return _dict_of_leaves_or_lists
    return None


def _leaf_or_leaf_list(annotation: Any) -> bool:
    """A union of leaves and lists of leaves, with one list among them (``str | list[str]``): a list value is validated into
    a new list of the same leaves, a leaf handed over."""
    members = get_args(annotation) if get_origin(annotation) in (Union, UnionType) else ()
    lists = [a for a in members if get_origin(a) is list and len(get_args(a)) == 1 and _is_leaf(get_args(a)[0])]
    return len(lists) == 1 and all(a in lists or _is_leaf(a) for a in members)


def _dict_of_leaves_or_lists(value: dict[str, Any]) -> dict[str, Any]:
    """What validation gives a ``dict[str, leaf | list[leaf]]`` of its own types: a new dict, each list anew (the
    Document's front matter: a TypeAdapter for its two such fields cost 225 M instructions a process, most of them
    pydantic's plugin lookup through importlib.metadata)."""
    return {k: list(v) if type(v) is list else v for k, v in value.items()}


def _unless_none(copy: Callable[[Any], Any], value: Any) -> Any:
    return None if value is None else copy(value)


def _is_leaf(annotation: Any) -> bool:
    """True for a field validation hands over unchanged when given its own type: str, int, bool, Decimal, an enum, a model, or X | None of those."""
    args = get_args(annotation)
    if args and get_origin(annotation) in (Union, UnionType):
        return all(_is_leaf(a) for a in args)
    return isinstance(annotation, type) and (annotation in _LEAVES or issubclass(annotation, (Enum, BaseModel)))


def _refuse_inexact(cls: type[BaseModel]) -> None:
    """Raise TypeError for a model whose validation could change a value, so a trusted build would differ."""
    decorators = cls.__pydantic_decorators__
    if decorators.validators or decorators.field_validators or decorators.root_validators or decorators.model_validators:
        raise TypeError(f"{cls.__name__} has validators: build it the validated way")
    if cls.model_post_init is not BaseModel.model_post_init and (not cls.__private_attributes__ or (
            _init_private_attributes is not None and cls.model_post_init is not _init_private_attributes)):
        raise TypeError(f"{cls.__name__} has a post-init hook: build it the validated way")
    _private_prototype(cls)  # a private attribute whose default is made anew or mutable is refused
    config = cls.model_config
    changing = [k for k in _VALUE_CHANGING_CONFIG if config.get(k)]
    if changing or config.get("extra") == "allow" or config.get("revalidate_instances", "never") != "never":
        raise TypeError(f"{cls.__name__} has settings under which validation changes values ({changing or 'extra, revalidation'}): "
                        "build it the validated way")
    for name, info in cls.model_fields.items():
        if info.alias not in (None, name) or info.validation_alias is not None:
            raise TypeError(f"{cls.__name__}.{name} has an alias: build it the validated way")
        if info.metadata:
            raise TypeError(f"{cls.__name__}.{name} has constraints or validators of its own: build it the validated way")
        if info.default is not PydanticUndefined and info.default_factory is None:
            try:
                hash(info.default)
            except TypeError:
                raise TypeError(f"{cls.__name__}.{name} has a mutable default: build it the validated way") from None


_PLAIN_DEFAULTS = frozenset({type(None), bool, int, float, str, bytes, Decimal})
"""The types of a private attribute's default that a trusted build may share between models: immutable values, which
validation hands over as they are."""


def _private_prototype(cls: type[BaseModel]) -> dict[str, Any] | None:
    """What validation puts in a new model's ``__pydantic_private__``: each private attribute's default (pydantic's own
    post-init, ``init_private_attributes``, sets these and nothing else), or None for a model without any; TypeError
    for one whose default is made by a factory or is not a plain immutable value, which a copy of one dict would share
    between models."""
    if not cls.__private_attributes__:
        return None
    out = {}
    for name, attr in cls.__private_attributes__.items():
        if attr.default_factory is not None:
            raise TypeError(f"{cls.__name__}.{name} has a default factory: build it the validated way")
        if attr.default is not PydanticUndefined and type(attr.default) not in _PLAIN_DEFAULTS:  # validation gives each
            # model a deep copy of any other default (pydantic's smart_deepcopy): one copied dict would share it
            raise TypeError(f"{cls.__name__}.{name} has a mutable default (or one validation copies): build it the "
                            "validated way")
        if attr.default is not PydanticUndefined:
            out[name] = attr.default
    return out


def _check_against_validation(cls: type[BaseModel], built: BaseModel, given: dict[str, Any]) -> None:
    """Validate the arguments as given the ordinary way and require the same fields, values, value types and extras
    (QUOTECHECK_CHECK_BUILDS=1); a container argument must not be the model's own (validation makes a new one)."""
    reference = cls(**given)
    if reference.model_fields_set != built.model_fields_set:
        raise AssertionError(f"{cls.__name__}: fields set {sorted(built.model_fields_set)}, validation gives {sorted(reference.model_fields_set)}")
    if list(reference.__dict__) != list(built.__dict__):
        raise AssertionError(f"{cls.__name__}: fields {list(built.__dict__)}, validation gives {list(reference.__dict__)}")
    for name, value in reference.__dict__.items():
        if not _same(value, built.__dict__[name]):
            raise AssertionError(f"{cls.__name__}.{name}: built {built.__dict__[name]!r}, validation gives {value!r}")
        if isinstance(value, (list, dict)) and built.__dict__[name] is given.get(name):
            raise AssertionError(f"{cls.__name__}.{name}: the model holds the caller's own {type(value).__name__}")
    if (reference.__pydantic_extra__, reference.__pydantic_private__) != (built.__pydantic_extra__, built.__pydantic_private__):
        raise AssertionError(f"{cls.__name__}: extras or private attributes differ from validation's")


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same type all the way down through lists and dicts (a NaN equals a NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(v, b[k]) for k, v in a.items())
    return bool(a == b) or (a != a and b != b)


def copier(model: type[M]) -> Callable[..., M]:
    """``copy(instance, **update)``: the instance with some fields replaced, as ``trusted(model)`` builds it from the
    fields the instance has set and the replacements (the fields set: those and the replaced ones), without building
    keyword arguments of every field; for an instance whose unset fields hold their defaults, as every instance
    validation or a trusted build makes does (``model_construct`` may make one that does not). The instance's
    ``__dict__`` is copied and updated: exact for a model whose fields are all plain values (``_is_leaf``: no container
    validation would make anew) and that has no private attributes; any other model is copied through its trusted
    build. A name that is no field is a TypeError, as the build's. With ``QUOTECHECK_CHECK_BUILDS=1`` each copy is
    also built the trusted way (itself checked against validation) and must match."""
    built: Callable[..., M] = _BUILDERS.get(model) or trusted(model)  # the model's own builder where it has one: not a second compile
    fields = frozenset(model.model_fields)

    def rebuilt(instance: M, **update: Any) -> M:
        given = instance.__dict__
        return built(**{k: given[k] for k in instance.model_fields_set if k not in update}, **update)

    if built is model or model.__private_attributes__ or not all(_is_leaf(f.annotation) for f in model.model_fields.values()):
        return rebuilt
    new, set_dict, set_fields = object.__new__, _BASE["__dict__"].__set__, _BASE["__pydantic_fields_set__"].__set__
    set_extra, set_private = _BASE["__pydantic_extra__"].__set__, _BASE["__pydantic_private__"].__set__

    def copy(instance: M, **update: Any) -> M:
        if not fields.issuperset(update):
            raise TypeError(f"{model.__name__} has no field(s) {sorted(set(update) - fields)}")
        d = instance.__dict__.copy()
        d.update(update)
        fields_set = set(instance.__pydantic_fields_set__)
        fields_set.update(update)
        m = new(model)
        set_dict(m, d)
        set_fields(m, fields_set)
        set_extra(m, None)
        set_private(m, None)
        if _Checks.on:
            reference = rebuilt(instance, **update)
            if not _same(reference.__dict__, d) or reference.model_fields_set != fields_set:  # order, values, types
                raise AssertionError(f"{model.__name__}: a copy differs from its trusted build")
        return m

    return copy


def set_field(models: list[M], name: str, value: Any) -> None:
    """``m.name = value`` on each model, as pydantic's assignment of a plain field does it (``validate_assignment`` is
    off on every model here): the value in ``__dict__`` and the name in the fields set, without the Python-level
    ``__setattr__`` (about half the cost of an assignment); the suite's build check compares it with an assignment."""
    if not models:
        return
    if name not in type(models[0]).model_fields or type(models[0]).model_config.get("validate_assignment"):
        raise TypeError(f"{type(models[0]).__name__}.{name} is not a plain field: assign it")
    references = [m.model_copy() for m in models] if _Checks.on else []
    for m in models:
        m.__dict__[name] = value
        m.__pydantic_fields_set__.add(name)
    for reference, m in zip(references, models, strict=False):
        setattr(reference, name, value)
        if list(reference.__dict__.items()) != list(m.__dict__.items()) or reference.model_fields_set != m.model_fields_set:
            raise AssertionError(f"{type(m).__name__}.{name}: set_field differs from an assignment")


# The models a run builds by the hundred per page. AuditSummary (an alias) stays validated.
Fact = trusted(_models.Fact)
PrintedNumber = trusted(_models.PrintedNumber)
Period = trusted(_models.Period)
Security = trusted(_models.Security)
SeriesPoint = trusted(_models.SeriesPoint)
Series = trusted(_models.Series)
TableCell = trusted(_models.TableCell)
TableRow = trusted(_models.TableRow)
Table = trusted(_models.Table)
Operand = trusted(_models.Operand)
Step = trusted(_models.Step)
Calculation = trusted(_models.Calculation)
Section = trusted(_models.Section)
Link = trusted(_models.Link)
ChartBlock = trusted(_models.ChartBlock)
ParseNote = trusted(_models.ParseNote)
Statement = trusted(_models.Statement)
ReferencePeriods = trusted(_models.ReferencePeriods)
Document = trusted(_models.Document)
Quoted = trusted(_models.Quoted)
IntervalOut = trusted(_models.IntervalOut)
CheckResult = trusted(_models.CheckResult)
DocumentAudit = trusted(_models.DocumentAudit)

# Call sites that give the same optional fields on every call have builders of their own that set them without a test
# of each (about 150 machine instructions a field; a GuruFocus page builds some 80 such models, a Longbridge one 400).
QuotedGiven = trusted(_models.Quoted, always=("name", "text", "value", "line", "fact_id"))
"""quoted_fact's and quoted_number's Quoted."""
QuotedOnPage = trusted(_models.Quoted, always=("name", "text", "value", "line", "fact_id", "path"))
"""A cross-page check's Quoted: one per page of each group of copies."""
PrintedNumberRead = trusted(_models.PrintedNumber, always=("currency_symbol", "currency", "scale", "scale_factor", "percent", "exact"))
"""The number parse_number reads off the page."""
FactStated = trusted(_models.Fact, always=("value", "missing", "period", "period_text", "as_of", "window_years"))
"""A GuruFocus sink's fact."""
FactInTable = trusted(_models.Fact, always=("value", "text_value", "total", "missing", "as_of"))
"""A Longbridge sink's fact without a period."""
FactInTableOfPeriod = trusted(_models.Fact, always=("value", "text_value", "total", "missing", "as_of", "period", "period_text"))
"""A Longbridge sink's fact of a period."""
CheckResultOf = trusted(_models.CheckResult, always=("subject", "quoted", "inputs"))
"""The audit's results (every helper of _checks names the subject, the quoted value and the inputs)."""
PrintedNumberCopy = copier(_models.PrintedNumber)
"""``PrintedNumberCopy(number, **update)``: a PrintedNumber with some fields replaced (``_numbers.replaced``)."""
