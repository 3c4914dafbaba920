"""Normalized models of what a page states and what the audit found.

Models are data: parsing lives in the site packages, recomputing in
``_recompute``. Every printed number is kept as a ``PrintedNumber``: its exact
text, its ``Decimal`` value and the precision it was printed with. Floats are
only ever derived (``PrintedNumber.as_float``). Every fact, row and formula
carries the 1-based ``line`` it came from.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    field_serializer,
    field_validator,
    model_serializer,
    model_validator,
)

from ._errors import QuotecheckParseError, printable_path
from ._interval import EXACT, Interval
from ._plain_getattr import plain_getattr
from ._regex_cache import compiled


class _Model(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=False, use_enum_values=False)

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
        """pydantic's ``model_validate``, but for ``extra="allow"``: the published schema has no extra fields."""
        return super().model_validate(obj, **_no_extras(cls, kwargs))

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        """pydantic's ``model_validate_json``, but for ``extra="allow"``: the published schema has no extra fields."""
        return super().model_validate_json(json_data, **_no_extras(cls, kwargs))

    @classmethod
    def model_validate_strings(cls, obj: Any, **kwargs: Any) -> Self:
        """pydantic's ``model_validate_strings``, but for ``extra="allow"``: the published schema has no extra fields."""
        return super().model_validate_strings(obj, **_no_extras(cls, kwargs))


def _no_extras(cls: type[BaseModel], kwargs: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of a validation, refused where they ask to keep extra fields (pydantic 2.12's per-call
    ``extra="allow"``): quotecheck's models forbid them, and read attributes without pydantic's hook for them
    (``_plain_getattr``), so an extra kept would be stored but not readable as an attribute."""
    if kwargs.get("extra") == "allow":
        raise ValueError(f"{cls.__name__} forbids extra fields (quotecheck's published schema has none): "
                         "extra='allow' is not supported")
    return kwargs


class Site(StrEnum):
    """Which site a page comes from."""

    GURUFOCUS = "gurufocus"
    LONGBRIDGE = "longbridge"


class PageKind(StrEnum):
    """The kind of page within a site."""

    TERM_PAGE = "term_page"
    QUOTE_PAGE = "quote_page"
    QUOTE_LLMS_TXT = "quote_llms_txt"


class Unit(StrEnum):
    """What a number measures."""

    CURRENCY_AMOUNT = "currency_amount"
    PER_SHARE = "per_share"
    RATIO = "ratio"
    PERCENT = "percent"
    COUNT = "count"
    INDEX = "index"
    RANK = "rank"
    GRADE = "grade"
    SCORE = "score"


class Missing(StrEnum):
    """Why a value the layout has a place for is not there. Never a zero."""

    PREMIUM_ONLY = "premium_only"
    DASH = "dash"
    BLANK = "blank"
    NOT_AVAILABLE = "not_available"
    TRUNCATED = "truncated"
    UNFILLED = "unfilled"
    """The site printed its unfilled template where the value goes (GuruFocus: ``0.00 (As of . 20)``): no data."""
    AT_LOSS = "at_loss"
    """The site printed its at-loss marker where a ratio goes (GuruFocus: ``0 (At Loss)``, ``At Loss``): the ratio is
    not stated because its base is a loss; the 0 beside the marker is no value."""
    NEGATIVE_EQUITY = "negative_equity"
    """The site printed its negative-equity marker where a ratio over equity goes (GuruFocus: ``Negative Equity%``):
    the ratio is not stated because the equity it divides by is negative."""
    UNREADABLE = "unreadable"
    """The site printed something with digits that is no number (``128.1.9``, ``Rp1,84,2374 Mil``): a value is there
    but cannot be read, which is not a blank."""


class Frequency(StrEnum):
    """What span a value covers: a fiscal year, half, quarter, trailing twelve months, a month, or a point in time."""

    ANNUAL = "annual"
    SEMI_ANNUAL = "semi_annual"
    QUARTERLY = "quarterly"
    TTM = "ttm"
    MONTHLY = "monthly"
    TODAY = "today"


class Period(_Model):
    """When a value applies: the period's end and its frequency.

    An annual value for the fiscal year ending Sep 2023 and the quarterly value
    for Sep 2023 share ``end`` but not ``frequency``: they are different facts.
    """

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    end: str = Field(description="'YYYY-MM' or 'YYYY-MM-DD'.")
    frequency: Frequency | None = Field(default=None, description="None when the page does not say.")

    def __str__(self) -> str:
        return f"{self.end} ({self.frequency.value})" if self.frequency else self.end


class Context(StrEnum):
    """Where on a page a fact is stated: the same value stated in two contexts is two statements of it."""

    HEADLINE = "headline"
    TODAY = "today"
    PROSE = "prose"
    STATEMENT = "statement"
    RANGE = "range"
    INDUSTRY = "industry"
    GROWTH = "growth"
    HISTORY = "history"
    TABLE = "table"
    TTM = "ttm"
    CALCULATION = "calculation"
    VERDICT = "verdict"
    ZONE = "zone"
    WIDGET = "widget"
    SIGN = "sign"
    HEADING = "heading"
    CHART = "chart"
    SCORE = "score"
    ANALYSTS = "analysts"
    TARGETS = "targets"
    PEERS = "peers"


CONTEXT_BY_VALUE: dict[str, Context] = {c.value: c for c in Context}
"""Context by its value: a dict lookup where ``Context(value)`` goes through the enum machinery (once per fact)."""


class CalculationKind(StrEnum):
    """How a printed calculation is written."""

    FORMULA = "formula"
    SUM = "sum"


class PrintedNumber(_Model):
    """A number exactly as printed, with its Decimal value and printed precision.

    ``value`` is in the printed unit: ``¥7,041 Mil`` has value 7041 and scale
    "Mil" (in "… was ¥7,041 Mil." the dot ends the sentence: no part of text or scale); ``28.27%`` has value 28.27
    and ``percent=True``.
    """

    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)

    text: str = Field(description="The number's text as printed, with symbol and scale.")
    number_text: str = Field(description="Only the numeric part as printed, e.g. '7,041' or '-0.65'.")
    value: Decimal
    decimals: int = Field(description="Digits after the decimal point that the value carries: those printed, less the "
                          "zeros a site pads a column to (Longbridge prints every EPS at 4 places, '0.1100' for a value "
                          "reported at 2: decimals 2); the printed text is in 'text'.")
    currency_symbol: str | None = None
    currency: str | None = Field(default=None, description="ISO 4217 code, when known.")
    scale: str | None = Field(default=None, description="Scale word as printed, e.g. 'Mil', 'B'.")
    scale_factor: Decimal = Decimal(1)
    percent: bool = False
    exact: bool = Field(default=False, description="True for counts and defined constants.")
    places: int | None = Field(default=None, description="The decimal places the site rounded the value to where it prints "
                               "fewer, stripping trailing zeros (GuruFocus's range box prints 1.10 as 'Current: 1.1'); "
                               "None: as many as it prints (decimals).")

    @field_serializer("value", "scale_factor")
    def _dec(self, v: Decimal) -> str:
        return format(v, "f")

    def interval(self) -> Interval:
        """The closed interval of values this printed text stands for (printed unit)."""
        if self.exact:
            return Interval.exact(self.value)
        return Interval.around(self.value, self.decimals if self.places is None else self.places)

    def _interval_in_run(self) -> Interval:
        """``interval()`` for the library's own runs, in their decimal context (``Interval._around_in_run``)."""
        if self.exact:
            return Interval.exact(self.value)
        return Interval._around_in_run(self.value, self.decimals if self.places is None else self.places)

    def normalized_interval(self) -> Interval:
        """The interval in base units: scale applied, percent as a ratio."""
        return self._normalized(self.interval())

    def _normalized(self, own: Interval) -> Interval:
        """``own`` (this number's ``interval()``, which the audit's memo may already hold) in base units."""
        return own.scale(EXACT.divide(self.scale_factor, 100 if self.percent else 1))  # never the caller's context

    @property
    def normalized(self) -> Decimal:
        """The value in base units (scale applied, percent as a ratio)."""
        return EXACT.divide(EXACT.multiply(self.value, self.scale_factor), 100 if self.percent else 1)  # never the
        # caller's context (round-48 library user L3)

    @property
    def as_float(self) -> float:
        """A float copy of the normalized value, for derived computations only."""
        return float(self.normalized)


class Security(_Model):
    """The security a page is about, and how each site writes its symbol."""

    id: str | None = Field(default=None, description="Canonical id, the same on every site, e.g. '002371.SZ' for SZSE:002371.")
    name: str | None = None
    legal_name: str | None = None
    printed_name: str | None = Field(default=None, description="The name as the page printed it, where that is a "
                                     "garbled form of the legal name and ``name`` is the repaired one.")
    exchange: str | None = None
    ticker: str | None = None
    currency: str | None = Field(default=None, description="ISO 4217 code of the currency the security trades in, when "
                                 "known: its exchange's, else the currency of the share price the page prints.")
    symbols: dict[str, str] = Field(default_factory=dict, description="Symbol as each site writes it.")
    industry: str | None = None
    sector: str | None = None
    line: int | None = None


class Fact(_Model):
    """One quoted value: a metric, its printed number, unit, period and source line."""

    id: str = Field(description="Unique within the document, e.g. 'headline' or 'history.quarterly.2024-03'.")
    metric: str = Field(description="Metric id from the metric registry, e.g. 'e10', 'share_price'.")
    label: str = Field(description="The label as printed.")
    value: PrintedNumber | None = None
    text_value: str | None = Field(default=None, description="Non-numeric values such as grades.")
    total: PrintedNumber | None = Field(default=None, description="For ranks '13/63': the 63.")
    missing: Missing | None = None
    unit: Unit
    period: Period | None = Field(default=None, description="When the value applies: end and frequency.")
    period_text: str | None = None
    as_of: str | None = None
    window_years: int | None = Field(default=None, description="For highs, lows and medians: the years they span.")
    context: Context = Field(description="Where on the page the fact is stated.")
    line: int
    raw: str = Field(description="The source line's text (trimmed, at most 500 characters).")

    @property
    def currency(self) -> str | None:
        """ISO currency of the value, when it has one."""
        return self.value.currency if self.value else None

    @property
    def decimals(self) -> int | None:
        """Decimals printed, when a number was printed."""
        return self.value.decimals if self.value else None


class SeriesPoint(_Model):
    """One cell of a history row, aligned to its period."""

    period_text: str
    period: str | None = None  # optional, as the JSON without nulls leaves it out (round-48 library user L2)
    value: PrintedNumber | None = None
    missing: Missing | None = None


class Series(_Model):
    """A history row: one metric over periods (annual, semi-annual, quarterly)."""

    id: str
    metric: str
    label: str
    frequency: Frequency
    points: list[SeriesPoint]
    header_line: int
    line: int
    note: str | None = None


class TableCell(_Model):
    """A table cell's text and, when numeric, its printed number."""

    text: str
    number: PrintedNumber | None = None
    missing: Missing | None = None


class TableRow(_Model):
    """One table row with its line."""

    cells: list[TableCell]
    line: int
    key: str | None = Field(default=None, description="The row's label or period, normalized.")


class Table(_Model):
    """A table as printed: title, columns and rows."""

    id: str
    title: str
    columns: list[str]
    rows: list[TableRow]
    line: int
    note: str | None = None


class Operand(_Model):
    """A number substituted into a printed formula, and what it stands for."""

    name: str | None = Field(default=None, description="The symbol it replaces, e.g. 'Receivables_t'.")
    metric: str | None = Field(default=None, description="The metric the symbol refers to, when known.")
    period_hint: str | None = None
    number: PrintedNumber
    line: int


class Step(_Model):
    """One '=...' line (or joined lines) of a printed calculation.

    The parser keeps the expression tree it built (``tree``), so the rules
    evaluate it without parsing the text again. The tree is not serialised: a
    Step loaded from JSON has none, and a rule parses ``text`` then.
    """

    text: str
    lines: list[int]
    symbolic: bool = False
    operands: list[Operand] = Field(default_factory=list)
    _tree: Any = PrivateAttr(default=None)

    def with_tree(self, tree: Any) -> Step:
        """Keep the parsed expression of this step (its numbers carry their exactness)."""
        self._tree = tree
        return self

    @property
    def tree(self) -> Any:
        """The expression tree the parser built, or None."""
        return self._tree

    def __eq__(self, other: object) -> bool:
        """Steps are equal when their fields are: the tree is a cache of ``text``, so a parsed step equals the same step
        read back from JSON, which has none (pydantic compares private attributes: round-37 new user NU6-9)."""
        if not isinstance(other, Step):
            return NotImplemented
        return type(self) is type(other) and self.__dict__ == other.__dict__ and self.__pydantic_extra__ == other.__pydantic_extra__

    __hash__ = None  # type: ignore[assignment]  # as BaseModel: a mutable model is not hashable


class Calculation(_Model):
    """A formula as printed, its substituted numbers and its printed result."""

    id: str
    name: str = Field(description="What is computed, e.g. 'DSRI' or 'Revenue (This Year TTM)'.")
    metric: str | None = None
    kind: CalculationKind = Field(description="'formula' (X=A/B / =n/m / =r) or 'sum' (a + b + c = X).")
    formula: str | None = Field(default=None, description="The symbolic formula as printed.")
    formula_lines: list[int] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)
    result: PrintedNumber | None = None
    result_line: int | None = None
    period: Period | None = None
    note: str | None = None


class Section(_Model):
    """A section of the page kept as text (unrecognised sections are never dropped)."""

    title: str
    line: int
    end_line: int
    text: str
    recognised: bool = True


class Link(_Model):
    """A link the page prints."""

    text: str
    url: str
    line: int


class ChartBlock(_Model):
    """A ```chart-data:<kind>``` block: its raw JSON and, when valid, its data."""

    kind: str
    line: int
    end_line: int
    raw: str
    data: dict[str, Any] | None = None
    known_kind: bool = True
    error: str | None = None


class ParseNote(_Model):
    """Something the parser noticed: truncation, unknown section, odd value."""

    code: str
    message: str
    line: int | None = None


class StatementKind(StrEnum):
    """What a method or verdict sentence of a page states."""

    DIVISOR = "divisor"
    YEARS = "years"
    MSCORE_ZONE = "mscore_zone"
    VERDICT = "verdict"
    DISCLAIMER = "disclaimer"
    UPDATED = "updated"
    AS_OF = "as_of"
    METHOD = "method"
    TREND = "trend"


class Statement(_Model):
    """A sentence that states how a value was computed, or what it means, with its line.

    ``divide 10`` is a DIVISOR with value ``10``; ``divide the count`` one with
    value ``the count``; ``here we use 10 years`` YEARS ``10``; the M-score's
    ``higher than -1.78 … likely manipulator`` a VERDICT with qualifier
    ``higher than`` and value ``likely manipulator``; ``declined from Sep. 2023
    (¥547.79 Mil) to Dec. 2023 (¥486.72 Mil)`` a TREND with value ``declined``,
    qualifier ``from Sep. 2023 to Dec. 2023`` and the two points' fact ids.
    """

    kind: StatementKind
    value: str
    qualifier: str | None = None
    subject: str | None = Field(default=None, description="What it is about, e.g. 'financial_score'.")
    line: int | None = None
    facts: list[str] = Field(default_factory=list, description="The ids of the facts it speaks of: a trend's two points.")

    @property
    def key(self) -> str:
        """A readable name: 'financial_score.updated', or the kind alone."""
        return f"{self.subject}.{self.kind.value}" if self.subject else self.kind.value


class ReferencePeriods(_Model):
    """The periods a page refers to without repeating them: today, the current fiscal period, TTM t and t-1."""

    today: str | None = Field(default=None, description="'YYYY-MM-DD' of 'As of today', or of a dated headline.")
    today_sentence_date: str | None = Field(default=None, description="The date the 'As of today' sentence prints.")
    current: str | None = Field(default=None, description="'YYYY-MM' of the term's current fiscal period.")
    ttm_this: str | None = Field(default=None, description="'YYYY-MM' ending the TTM of year t.")
    ttm_last: str | None = Field(default=None, description="'YYYY-MM' ending the TTM of year t-1.")


class Provenance(_Model):
    """Where a page came from."""

    site: Site | None = None
    url: str | None = Field(default=None, description="The page's http(s) address.")
    date: str | None = Field(default=None, description="The capture's date, 'YYYY-MM-DD' or 'YYYY-MM'.")
    synthetic: bool = False
    source: str | None = None

    @field_validator("url")
    @classmethod
    def _web_address(cls, url: str | None) -> str | None:
        """An http(s) address, or none ('' is none): the parser reads the security from it (round-35 new user NU4-9:
        'javascript:…' was the page's url)."""
        if url is not None and not url.strip():
            return None
        if url is not None and not url.lower().startswith(("http://", "https://")):
            raise ValueError("not an http(s) address")
        return url

    @field_validator("date")
    @classmethod
    def _a_date(cls, text: str | None) -> str | None:
        """A real day or month, or a moment of a real day ('2030-13-45' was taken, NU4-9), or none ('' is none)."""
        if text is None or not text.strip():
            return None
        if not _DATE_TEXT.fullmatch(text):
            raise ValueError("not a date 'YYYY-MM-DD', a month 'YYYY-MM' or a moment 'YYYY-MM-DDThh:mm:ss'")
        try:
            date.fromisoformat(text[:10] if len(text) > 7 else text + "-01")
        except ValueError:
            raise ValueError(f"{text[:10]!r} is no day of the calendar") from None
        return text


_DATE_TEXT = compiled(r"\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?")
"""A sidecar's date as captures write it: a month, a day, or a moment of a day."""


class Document(_Model):
    """Everything one page states, normalized."""

    site: Site
    kind: PageKind
    path: str | None = None
    url: str | None = None
    as_of: str | None = Field(default=None, description="The page's date: 'YYYY-MM-DD' when printed.")
    locale: str | None = None
    layout: str | None = None
    term: str | None = None
    term_metric: str | None = None
    security: Security = Field(default_factory=Security)
    facts: list[Fact] = Field(default_factory=list)
    series: list[Series] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    calculations: list[Calculation] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    chart_blocks: list[ChartBlock] = Field(default_factory=list)
    frontmatter: dict[str, str | list[str]] = Field(default_factory=dict)
    profile: dict[str, str | list[str]] = Field(default_factory=dict, description="Description, address, executives, website...")
    statements: list[Statement] = Field(default_factory=list, description="Method and verdict sentences, with their lines.")
    periods: ReferencePeriods = Field(default_factory=ReferencePeriods)
    notes: list[ParseNote] = Field(default_factory=list)
    truncated: bool = False
    truncated_at_line: int | None = None
    line_count: int = Field(default=0, description="The lines of the file: of the HTML source for an HTML page, as every "
                            "line cited is.")

    def facts_for(self, metric: str) -> list[Fact]:
        """All facts of one metric, in page order."""
        return [f for f in self.facts if f.metric == metric]

    def fact(self, fact_id: str) -> Fact | None:
        """The fact with this id, or None."""
        return next((f for f in self.facts if f.id == fact_id), None)

    def statements_of(self, kind: StatementKind, subject: str | None = None) -> list[Statement]:
        """The statements of one kind (and subject, when given), in page order."""
        return [s for s in self.statements if s.kind is kind and (subject is None or s.subject == subject)]

    def statement(self, kind: StatementKind, subject: str | None = None) -> Statement | None:
        """The first statement of one kind (and subject), or None."""
        found = self.statements_of(kind, subject)
        return found[0] if found else None


class Status(StrEnum):
    """A check's verdict. ``error`` means the rule itself crashed: never a silent skip."""

    PASS = "pass"
    FAIL = "fail"
    WARN = "warn"
    SKIP = "skip"
    ERROR = "error"


class Quoted(_Model):
    """A printed value a check looks at, with its line."""

    name: str | None = None
    text: str | None = None
    value: str | None = None
    line: int | None = Field(default=None, description="None for a constant of the formula itself, such as the 1 in (1 - x).")
    fact_id: str | None = None
    path: str | None = Field(default=None, description="The page, when a check spans several pages.")


class IntervalOut(_Model):
    """A recomputed interval, serialised as strings."""

    lo: str
    hi: str

    @classmethod
    def of(cls, iv: Interval) -> IntervalOut:
        """Serialise an Interval."""
        return cls(lo=format(iv.lo.normalize() or Decimal(0), "f"), hi=format(iv.hi.normalize() or Decimal(0), "f"))


class CheckResult(_Model):
    """The verdict of one rule on one quoted value, with its derivation."""

    rule: str
    status: Status
    message: str
    subject: str | None = Field(default=None, description="What is checked, e.g. 'E10' or 'DSRI (line 117)'.")
    quoted: Quoted | None = None
    recomputed: IntervalOut | None = None
    inputs: list[Quoted] = Field(default_factory=list)
    reason: str | None = Field(default=None, description="Why the check was skipped, or what a warning means.")
    source: str | None = Field(default=None, description="Where the formula comes from.")
    path: str | None = None

    def lines(self) -> list[int]:
        """Every line the check cites."""
        out = [self.quoted.line] if self.quoted and self.quoted.line else []
        out += [q.line for q in self.inputs if q.line]
        return sorted(set(out))


class DocumentAudit(_Model):
    """All check results for one document."""

    path: str | None = None  # optional: a page parsed from text has none, and the JSON without nulls leaves it out
    site: Site
    kind: PageKind
    term: str | None = None
    security: Security
    checks: list[CheckResult]
    notes: list[ParseNote] = Field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Number of checks per status."""
        out = {s.value: 0 for s in Status}
        for c in self.checks:
            out[c.status.value] += 1
        return out


class InputError(_Model):
    """An input that could not be used, with the file and line it concerns."""

    path: str
    line: int | None = Field(default=None, description="None when the error concerns the whole file.")
    error: str = Field(description="The error's type name, e.g. 'UnknownPageKind'.")
    message: str

    @classmethod
    def of(cls, exc: QuotecheckParseError, source: str | None = None) -> InputError:
        """The record of a parse error (its own source unless another is given)."""
        return cls(path=printable_path(source or exc.source or "<input>"), line=exc.line, error=type(exc).__name__,
                   message=exc.message)


class AuditSummary(_Model):
    """Totals of an audit run."""

    documents: int
    errors: int
    checks: int
    pass_: int = Field(alias="pass")
    fail: int
    warn: int
    skip: int
    error: int = 0

    model_config = ConfigDict(defer_build=True, extra="forbid", populate_by_name=True, serialize_by_alias=True)

    @classmethod
    def of(cls, documents: int, errors: int, counts: Mapping[str, int]) -> AuditSummary:
        """The totals from the number of documents and unusable inputs and the checks counted per status."""
        return cls(documents=documents, errors=errors, checks=sum(counts.values()), **{"pass": counts.get("pass", 0)},
                   fail=counts.get("fail", 0), warn=counts.get("warn", 0), skip=counts.get("skip", 0),
                   error=counts.get("error", 0))


class AuditReport(_Model):
    """The audit of several documents, plus checks across documents and the inputs that could not be used.

    ``summary`` is recomputed from the rest whenever the report is built or validated (a summary given with it is
    replaced: one read back with 'fail': 999 kept it, round-48 library user L10) and whenever it is serialised (the
    lists may have been changed since).
    """

    documents: list[DocumentAudit]
    cross_checks: list[CheckResult] = Field(default_factory=list)
    errors: list[InputError] = Field(default_factory=list)
    interrupted: bool | None = Field(default=None, description="True when the run was stopped (Ctrl-C) before every input was "
                                     "audited: the lists and the summary cover only what was done. Absent for a complete run.")
    summary: AuditSummary | None = None

    def totals(self) -> AuditSummary:
        """Totals by status, plus documents and unusable inputs."""
        counts = {s.value: 0 for s in Status}
        for d in self.documents:
            for k, v in d.counts().items():
                counts[k] += v
        for c in self.cross_checks:
            counts[c.status.value] += 1
        return AuditSummary.of(len(self.documents), len(self.errors), counts)

    @model_validator(mode="after")
    def _summary_of_the_rest(self) -> AuditReport:
        self.summary = self.totals()
        return self

    @model_serializer(mode="wrap")
    def _with_summary(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        out: dict[str, Any] = handler(self)
        out["summary"] = self.totals().model_dump()
        return out


class AuditLine(_Model):
    """One line of the ``--format jsonl`` stream: exactly one of its first four fields is set.

    A run prints a line per document as soon as it is audited, then the checks
    across documents, the unusable inputs and, last, the summary (with
    ``interrupted`` when the run was stopped).
    """

    document: DocumentAudit | None = None
    cross_check: CheckResult | None = None
    error: InputError | None = None
    summary: AuditSummary | None = None
    interrupted: bool | None = Field(default=None, description="On the summary line: True when the run was stopped "
                                     "(Ctrl-C) before every input was audited; absent from a complete run.")


for _model in [m for m in list(globals().values()) if isinstance(m, type) and issubclass(m, _Model) and m is not _Model]:
    plain_getattr(_model)  # pydantic's __getattr__ can only raise for these: attribute reads without its hook
