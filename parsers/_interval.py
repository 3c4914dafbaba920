"""Closed intervals of Decimals: the tolerance a printed number carries.

A number printed as ``297.95`` stands for any value in ``[297.945, 297.955]``.
Arithmetic on intervals takes the extremes over the endpoint combinations,
rounding outward, so a recomputed interval always contains the exact result
for every input the printed text allows (XBRL Calculations 1.1, generalised).
Every operation runs in the module's own contexts, never the caller's: a caller's
``getcontext().prec = 5`` made ``around`` round its own bounds (round-48 library user L3).

>>> a = Interval.around(Decimal("297.95"), 2); b = Interval.around(Decimal("16.37"), 2)
>>> q = a / b
>>> q.contains(Decimal("18.20")), q.contains(Decimal("18.25"))
(True, False)
>>> Interval.exact(Decimal(1)) - Interval.exact(Decimal(3))
Interval(lo=Decimal('-2'), hi=Decimal('-2'))
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Context, Decimal

from ._errors import EvaluationError, ZeroDivisor

_PREC = 40
# built once: the same settings as localcontext() with prec (and rounding) set, without a context switch per operation
EXACT = Context(prec=_PREC, rounding=ROUND_HALF_EVEN)
"""The context of this module's arithmetic, and of others' that must not be the caller's (``PrintedNumber.normalized``)."""
_FLOOR = Context(prec=_PREC, rounding=ROUND_FLOOR)
_CEIL = Context(prec=_PREC, rounding=ROUND_CEILING)
_SQUARE = Context(prec=2 * _PREC + 2)  # the square of a _PREC-digit number, unrounded
_SEVEN = Context(prec=7, rounding=ROUND_HALF_EVEN)  # fmt's seven significant digits of a bound too large for places
_RUN_PLACES = 26
"""``_around_in_run``'s operators are exact while the value's leading place plus its decimals stays below this: the
bounds then have at most 28 digits, the default context's precision."""
_HALF_UNITS = tuple(Decimal(5).scaleb(-(d + 1)) for d in range(30))
"""Half a unit in the last printed place, by decimals (a printed number has at most 28 digits)."""


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval [lo, hi] of Decimals."""

    lo: Decimal
    hi: Decimal

    @classmethod
    def exact(cls, value: Decimal) -> Interval:
        """An interval holding exactly one value."""
        return cls(value, value)

    @classmethod
    def around(cls, value: Decimal, decimals: int) -> Interval:
        """The interval a number printed with ``decimals`` decimals stands for."""
        half = _HALF_UNITS[decimals] if 0 <= decimals < len(_HALF_UNITS) else Decimal(5).scaleb(-(decimals + 1), EXACT)
        return _make(EXACT.subtract(value, half), EXACT.add(value, half))

    @staticmethod
    def _around_in_run(value: Decimal, decimals: int) -> Interval:
        """``around`` for the library's own runs (parse, audit), which are in Python's default decimal context (see
        _own_context): its operators are exact there for a printed number, and cost a third of ``around``'s context
        methods (about 0.5% of a GuruFocus page's parse and audit); a caller in a context of its own uses ``around``."""
        if not 0 <= decimals < _RUN_PLACES or value.adjusted() + decimals >= _RUN_PLACES:  # more digits than the default
            return Interval.around(value, decimals)  # context's 28 keep: the exact context's methods
        half = _HALF_UNITS[decimals]
        return _make(value - half, value + half)

    @property
    def mid(self) -> Decimal:
        """The midpoint."""
        return EXACT.divide(EXACT.add(self.lo, self.hi), 2)

    @property
    def width(self) -> Decimal:
        """hi - lo."""
        return EXACT.subtract(self.hi, self.lo)

    def contains(self, value: Decimal) -> bool:
        """True when value lies in the interval."""
        return self.lo <= value <= self.hi

    def intersects(self, other: Interval) -> bool:
        """True when the two intervals share at least one point."""
        return self.lo <= other.hi and other.lo <= self.hi

    def distance(self, other: Interval) -> Decimal:
        """The gap between two intervals (0 when they intersect)."""
        if self.intersects(other):
            return Decimal(0)
        return EXACT.subtract(other.lo, self.hi) if self.hi < other.lo else EXACT.subtract(self.lo, other.hi)

    def scale(self, factor: Decimal) -> Interval:
        """Multiply by an exact factor."""
        if _is_one(factor) and (self.lo < self.hi or self.lo is self.hi) and _fits(self.lo) and _fits(self.hi):
            return self  # x * 1 is x digit for digit when the context keeps all of x's digits; min/max keep the ends
        a, b = EXACT.multiply(self.lo, factor), EXACT.multiply(self.hi, factor)
        # self * Interval.exact(factor) without the two repeated products: what min/max of (a, a, b, b) pick
        return _make(a if a <= b else b, a if a >= b else b)

    def shifted(self, places: int) -> Interval:
        """Times ``10 ** places``, exactly: the decimal point moved, as between base units and printed ones."""
        return _make(self.lo.scaleb(places, EXACT), self.hi.scaleb(places, EXACT))

    def __add__(self, other: Interval) -> Interval:
        return _make(EXACT.add(self.lo, other.lo), EXACT.add(self.hi, other.hi))

    def __sub__(self, other: Interval) -> Interval:
        return _make(EXACT.subtract(self.lo, other.hi), EXACT.subtract(self.hi, other.lo))

    def __neg__(self) -> Interval:
        return Interval(self.hi.copy_negate(), self.lo.copy_negate())  # exact: unary minus rounds to the context

    def __abs__(self) -> Interval:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return Interval(self.hi.copy_negate(), self.lo.copy_negate())
        return Interval(Decimal(0), max(self.lo.copy_negate(), self.hi))  # straddles zero: from 0 to the larger end's size

    def __mul__(self, other: Interval) -> Interval:
        mul = EXACT.multiply
        p, q, r, t = mul(self.lo, other.lo), mul(self.lo, other.hi), mul(self.hi, other.lo), mul(self.hi, other.hi)
        return _make(min(p, q, r, t), max(p, q, r, t))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisor(f"division by an interval containing zero [{other.lo}, {other.hi}]")
        if other.lo is other.hi:  # an exact divisor: the four quotients are two, each twice; min/max pick as below
            d = other.lo
            f_lo, f_hi = _FLOOR.divide(self.lo, d), _FLOOR.divide(self.hi, d)
            c_lo, c_hi = _CEIL.divide(self.lo, d), _CEIL.divide(self.hi, d)
            return _make(f_lo if f_lo <= f_hi else f_hi, c_lo if c_lo >= c_hi else c_hi)
        lo, hi, d_lo, d_hi = self.lo, self.hi, other.lo, other.hi
        if 0 <= lo <= hi and 0 < d_lo <= d_hi and hi.is_finite() and d_hi.is_finite():  # the common case, four
            # quotients instead of eight (see _positive_quotient); an infinite end takes the general path and its error
            return _positive_quotient(lo, hi, d_lo, d_hi)
        pairs = [(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(_FLOOR.divide(a, b) for a, b in pairs), max(_CEIL.divide(a, b) for a, b in pairs))

    def sqrt(self) -> Interval:
        """The square root of each end, rounded outward; undefined below zero."""
        if self.lo < 0:
            raise EvaluationError(f"square root of an interval reaching below zero [{self.lo}, {self.hi}]")
        lo, hi = self.lo.sqrt(EXACT), self.hi.sqrt(EXACT)  # Decimal.sqrt rounds half-even whatever the context says
        if _SQUARE.multiply(lo, lo) > self.lo:
            lo = _FLOOR.next_minus(lo)
        if _SQUARE.multiply(hi, hi) < self.hi:
            hi = _CEIL.next_plus(hi)
        return Interval(lo, hi)

    def fmt(self, digits: int = 6) -> str:
        """Readable form, e.g. ``[18.197, 18.204]``: the bounds to ``digits`` significant digits, less the trailing
        zeros both print (``[4.5, 6.5]``, not ``[4.500000, 6.500000]``: round-42 testers xb F3, ya F8)."""
        lo, hi = _short(self.lo, digits), _short(self.hi, digits)
        if "E" in lo or "E" in hi:  # a bound too large for places ('1.000000E+20'): as printed
            return f"[{lo}, {hi}]"
        keep = max(len(b.rstrip("0").partition(".")[2]) for b in (lo, hi))  # the places either bound needs
        return f"[{_cut_places(lo, keep)}, {_cut_places(hi, keep)}]"


_new = object.__new__
_set_lo = Interval.__dict__["lo"].__set__
_set_hi = Interval.__dict__["hi"].__set__


def _make(lo: Decimal, hi: Decimal) -> Interval:
    """``Interval(lo, hi)`` for the hot paths: the same slots filled without the frozen ``__init__``'s two
    ``object.__setattr__`` calls by name (about a third of building an interval)."""
    iv = _new(Interval)
    _set_lo(iv, lo)
    _set_hi(iv, hi)
    return iv


def _positive_quotient(lo: Decimal, hi: Decimal, d_lo: Decimal, d_hi: Decimal) -> Interval:
    """``[lo, hi] / [d_lo, d_hi]`` for 0 <= lo <= hi and 0 < d_lo <= d_hi, as the general path picks it.

    The general path takes ``min``/``max`` over the quotients in the order (lo/d_lo, lo/d_hi, hi/d_lo, hi/d_hi),
    and both keep the first of equal values. Rounding in one direction keeps order, so hi/d_lo is never below
    lo/d_lo and hi/d_hi never below lo/d_hi: each comes later and cannot be the first minimum; likewise
    lo/d_hi and hi/d_hi cannot be the first maximum. The two that can are compared, ties to the earlier."""
    f_a, f_b = _FLOOR.divide(lo, d_lo), _FLOOR.divide(lo, d_hi)
    c_a, c_b = _CEIL.divide(lo, d_lo), _CEIL.divide(hi, d_lo)
    return _make(f_b if f_b < f_a else f_a, c_b if c_b > c_a else c_a)


def _fits(value: Decimal) -> bool:
    """True when the exact context holds every digit of value (it rounds nothing)."""
    # str() prints every digit of the coefficient, so a short text settles it without building the digit tuple
    return len(str(value)) <= _PREC or len(value.as_tuple().digits) <= _PREC


def _is_one(factor: Decimal) -> bool:
    """True when factor is 1 digit for digit (``1``, not ``1.0``): ``as_tuple() == (0, (1,), 0)``, more cheaply.

    Decimal's str() is exact (sign, digits and exponent can be read back from it), so it equals "1" just when
    the tuple does; the numeric test first turns every other factor away at the cost of one comparison."""
    return factor == 1 and str(factor) == "1"


_QUANTA = tuple(Decimal(1).scaleb(-k) for k in range(64))
"""Decimal(1).scaleb(-k), built once: the quantum _short rounds to."""


def _cut_places(text: str, keep: int) -> str:
    """A decimal's text with its places beyond ``keep`` cut (they are trailing zeros); a whole number as it is."""
    whole, dot, places = text.partition(".")
    if not dot:
        return text
    return f"{whole}.{places[:keep]}" if keep else whole


def _short(value: Decimal, digits: int) -> str:
    if value == 0:
        return "0"
    adjusted = value.adjusted()
    k = max(0, digits - adjusted)
    q = _QUANTA[k] if k < len(_QUANTA) else Decimal(1).scaleb(-k, EXACT)
    return f"{EXACT.quantize(value, q):f}" if adjusted < 15 else f"{_SEVEN.plus(value):.6E}"  # rounded first: a
    # format's own rounding is the caller's context's


def sum_intervals(items: list[Interval]) -> Interval:
    """The sum of several intervals."""
    total = Interval.exact(Decimal(0))
    for item in items:
        total = total + item
    return total
