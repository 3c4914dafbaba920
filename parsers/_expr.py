"""A safe evaluator for printed formulas: tokenizer, recursive-descent parser,
interval evaluation. Page text is never passed to ``eval``.

Grammar (numbers carry their source line)::

    expr   := term (('+' | '-') term)*
    term   := unary (('*' | '/') unary)*
    unary  := ('-' | '+') unary | atom
    atom   := NUMBER | NAME | '(' expr ')'

>>> e = parse_expression([("(7040.82 / 19264.172) / (5869.285 / 13522.405)", 115)])
>>> e.evaluate({}).fmt(5)
'[0.842057, 0.842058]'
>>> [n.number.number_text for n in e.numbers()]
['7040.82', '19264.172', '5869.285', '13522.405']
>>> s = parse_expression([("(Receivables_t / Revenue_t) / (Receivables_t-1 / Revenue_t-1)", 114)])
>>> [n.name for n in s.names()]
['Receivables_t', 'Revenue_t', 'Receivables_t-1', 'Revenue_t-1']
>>> parse_expression([("1497.289 + 300.219 + -661.53 + -537.018", 93)]).evaluate({}).lo
Decimal('598.9535')
>>> parse_expression([("sqrt(22.5 * 4.38 * 6.43)", 9)]).evaluate({}).fmt(4)
'[25.121, 25.225]'

"""

from __future__ import annotations

from dataclasses import dataclass

from . import _build as build
from ._checks import number_interval
from ._errors import EvaluationError, FormulaError
from ._interval import Interval
from ._limits import MAX_EXPRESSION_CHARS, MAX_EXPRESSION_NESTING, MAX_EXPRESSION_TOKENS
from ._models import PrintedNumber
from ._numbers import count_decimals, replaced, to_decimal
from ._regex_cache import compiled

_TOKEN_RE = compiled(
    r"\s*+(?:(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
    r"|(?P<name>[A-Za-z][A-Za-z0-9_]*(?:(?<=_t)-1)?)"
    r"|(?P<op>[-+*/()×÷%|]))"
)
@dataclass
class Node:
    """An expression tree node."""

    def evaluate(self, env: dict[str, Interval]) -> Interval:  # pragma: no cover - abstract
        """The interval of this node's value."""
        raise NotImplementedError

    def leaves(self) -> list[Node]:
        """Number and name leaves, left to right."""
        return []

    def numbers(self) -> list[Num]:
        """The number leaves, left to right."""
        return [n for n in self.leaves() if isinstance(n, Num)]

    def names(self) -> list[Name]:
        """The name leaves, left to right."""
        return [n for n in self.leaves() if isinstance(n, Name)]

    def shape(self) -> str:
        """The tree's operator structure with leaves as '#'."""
        return "#"


@dataclass
class Num(Node):
    """A printed number in an expression."""

    number: PrintedNumber
    line: int
    column: int
    exact: bool = False
    percent_as_number: bool = False  # set by evaluate_percent_as_number only, for the time of one evaluation
    places: int | None = None
    """The decimals a bare integer stands for where its formula line strips trailing zeros ('0.184+1': 1.000), else
    None: the printed decimals."""

    def evaluate(self, env: dict[str, Interval]) -> Interval:
        """Its rounding interval (or the exact value for a defined constant); a number printed with '%' as a fraction."""
        iv = (Interval.exact(self.number.value) if self.exact else number_interval(self.number) if self.places is None
              else Interval._around_in_run(self.number.value, self.places))
        return self.number._normalized(iv) if self.number.percent and not self.percent_as_number else iv

    def leaves(self) -> list[Node]:
        """Itself."""
        return [self]


@dataclass
class Name(Node):
    """A symbol in a formula."""

    name: str
    line: int

    def evaluate(self, env: dict[str, Interval]) -> Interval:
        """The symbol's interval from the environment."""
        if self.name not in env:
            raise EvaluationError(f"no value for {self.name!r}")
        return env[self.name]

    def leaves(self) -> list[Node]:
        """Itself."""
        return [self]


@dataclass
class Neg(Node):
    """Unary minus."""

    operand: Node

    def evaluate(self, env: dict[str, Interval]) -> Interval:
        """Negated operand."""
        return -self.operand.evaluate(env)

    def leaves(self) -> list[Node]:
        """The operand's leaves."""
        return self.operand.leaves()

    def shape(self) -> str:
        """'-' before the operand's shape."""
        return "-" + self.operand.shape()


@dataclass
class Abs(Node):
    """The absolute value of an expression between bars, as in YoY growth's ``(a - b) / | b |``."""

    operand: Node

    def evaluate(self, env: dict[str, Interval]) -> Interval:
        """The operand's interval folded at zero."""
        return abs(self.operand.evaluate(env))

    def leaves(self) -> list[Node]:
        """The operand's leaves."""
        return self.operand.leaves()

    def shape(self) -> str:
        """Bars around the operand's shape."""
        return f"|{self.operand.shape()}|"


@dataclass
class BinOp(Node):
    """A binary operation."""

    op: str
    left: Node
    right: Node

    def evaluate(self, env: dict[str, Interval]) -> Interval:
        """Interval arithmetic on both sides."""
        a, b = self.left.evaluate(env), self.right.evaluate(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        return a / b

    def leaves(self) -> list[Node]:
        """Left leaves then right leaves."""
        return self.left.leaves() + self.right.leaves()

    def shape(self) -> str:
        """Parenthesised shape."""
        return f"({self.left.shape()}{self.op}{self.right.shape()})"


@dataclass
class Sqrt(Node):
    """The square root of an expression, as in the Graham Number's ``sqrt of (22.5 * a * b)``."""

    operand: Node

    def evaluate(self, env: dict[str, Interval]) -> Interval:
        """The root of each end, rounded outward; undefined below zero."""
        return self.operand.evaluate(env).sqrt()

    def leaves(self) -> list[Node]:
        """The operand's leaves."""
        return self.operand.leaves()

    def shape(self) -> str:
        """'sqrt' around the operand's shape."""
        return f"sqrt({self.operand.shape()})"


@dataclass
class _Tok:
    kind: str
    text: str
    line: int
    column: int
    space: str = ""
    """The white space printed before it ('37.98 %': ' ' before the '%')."""


def tokenize(parts: list[tuple[str, int]]) -> list[_Tok]:
    """Tokens of one or more (text, line) parts, each token knowing its line."""
    toks: list[_Tok] = []
    total = sum(len(t) for t, _ in parts)
    if total > MAX_EXPRESSION_CHARS:
        raise FormulaError(f"expression longer than {MAX_EXPRESSION_CHARS} characters")
    match, symbols = _TOKEN_RE.match, _ASCII_OPERATORS
    for text, line in parts:
        pos = 0
        text = text.rstrip()
        end = len(text)
        while pos < end:
            m = match(text, pos)
            if not m or m.end() == pos:
                raise FormulaError(f"line {line}: unexpected text {text[pos:pos + 12]!r}")
            kind = m.lastgroup or "op"
            value = m.group(kind)
            start = m.start(kind)
            toks.append(_Tok(kind, symbols.get(value, value), line, start, text[pos:start]))  # the match starts at pos
            pos = m.end()
            if len(toks) > MAX_EXPRESSION_TOKENS:
                raise FormulaError(f"line {line}: expression has more than {MAX_EXPRESSION_TOKENS} tokens")
    return toks


_ASCII_OPERATORS = {"×": "*", "÷": "/"}
"""The printed multiplication and division signs, as the parser reads them."""


class _Parser:
    """Recursive descent with a nesting limit, so no page can exhaust Python's stack (issue 11)."""

    def __init__(self, toks: list[_Tok]) -> None:
        self.toks, self.i, self.nesting = toks, 0, 0

    def enter(self, tok: _Tok) -> None:
        self.nesting += 1
        if self.nesting > MAX_EXPRESSION_NESTING:
            raise FormulaError(f"line {tok.line}: expression nested deeper than {MAX_EXPRESSION_NESTING} levels")

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.peek()
        if tok is None:
            raise FormulaError("expression ends too early")
        self.i += 1
        return tok

    def expr(self) -> Node:
        node = self.term()
        while (t := self.peek()) and t.kind == "op" and t.text in "+-":
            self.take()
            node = BinOp(t.text, node, self.term())
        return node

    def term(self) -> Node:
        node = self.unary()
        while (t := self.peek()) and t.kind == "op" and t.text in "*/":
            self.take()
            node = BinOp(t.text, node, self.unary())
        return node

    def unary(self) -> Node:
        t = self.peek()
        if t and t.kind == "op" and t.text in "+-":
            self.take()
            self.enter(t)
            inner = self.unary()
            self.nesting -= 1
            if t.text == "+":
                return inner
            if isinstance(inner, Num):  # a negative printed number, e.g. '+ -661.53'
                n = inner.number
                neg = replaced(n, value=-n.value, number_text="-" + n.number_text, text="-" + n.text)
                return Num(neg, inner.line, inner.column - 1)
            return Neg(inner)
        return self.atom()

    def atom(self) -> Node:
        t = self.take()
        if t.kind == "num":
            nxt = self.peek()
            if nxt is not None and nxt.text == "%":  # '( 1 - -4.66% )': a percent operand, 0.0466 (NZSE:NZL's ROC %)
                self.take()  # its text as printed: '=37.98 %*0.172' prints '37.98 %' (OTCPK:ELEK 2018's Du Pont block)
                n = build.PrintedNumber(text=f"{t.text}{nxt.space}%", number_text=t.text, value=to_decimal(t.text),
                                        decimals=count_decimals(t.text), percent=True)
                return Num(n, t.line, t.column)
            n = build.PrintedNumber(text=t.text, number_text=t.text, value=to_decimal(t.text), decimals=count_decimals(t.text))
            return Num(n, t.line, t.column)
        if t.kind == "name":
            nxt = self.peek()
            if t.text.lower() == "sqrt" and nxt is not None and nxt.text == "(":
                return Sqrt(self.atom())
            return Name(t.text, t.line)
        if t.text == "(" or t.text == "|":  # '|' opens an absolute value ('/ | 0.153 |'), which '|' closes
            self.enter(t)
            node = self.expr()
            self.nesting -= 1
            close = self.take()
            want = ")" if t.text == "(" else "|"
            if close.text != want:
                raise FormulaError(f"line {close.line}: expected {want!r} but found {close.text!r}")
            return node if want == ")" else Abs(node)
        raise FormulaError(f"line {t.line}: unexpected {t.text!r}")


def parse_expression(parts: list[tuple[str, int]]) -> Node:
    """Parse printed expression text (possibly spread over lines) into a tree."""
    toks = tokenize(parts)
    if not toks:
        raise FormulaError("empty expression")
    parser = _Parser(toks)
    node = parser.expr()
    if parser.peek() is not None:
        extra = parser.peek()
        assert extra is not None
        raise FormulaError(f"line {extra.line}: unexpected {extra.text!r} after the expression")
    return node


def evaluate_percent_as_number(tree: Node) -> Interval:
    """The tree's value with every number printed with '%' taken as its number of percent ('13.28%' as 13.28), the
    reading a page may mean where the formula multiplies by a rate (see Num.evaluate's fraction)."""
    marked = [n for n in tree.numbers() if n.number.percent]
    for n in marked:
        n.percent_as_number = True
    try:
        return tree.evaluate({})
    finally:
        for n in marked:
            n.percent_as_number = False


def split_free_names(text: str) -> list[str]:
    """Split a symbolic formula with free-text names on top-level '*' and '/'.

    >>> split_free_names("Book Value per Share/CPI of Mar. 2024 (Change)*Current CPI (Mar. 2024)")
    ['Book Value per Share', 'CPI of Mar. 2024 (Change)', 'Current CPI (Mar. 2024)']
    """
    names: list[str] = []
    depth = 0
    cur: list[str] = []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if depth == 0 and ch in "*/":
            names.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    names.append("".join(cur).strip())
    return names


def operators_of(text: str) -> list[str]:
    """The top-level '*' and '/' operators of a free-name formula, in order."""
    ops, depth = [], 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and ch in "*/":
            ops.append(ch)
    return ops


def match_subtrees(collapsed: Node, full: Node) -> list[tuple[Num, Node]] | None:
    """Pair each number of a collapsed step with the subtree of the previous step it replaces.

    ``=0.365488 / 0.434042`` collapses ``=(7040.82 / 19264.172) / (5869.285 / 13522.405)``:
    the result pairs 0.365488 with ``7040.82 / 19264.172``. Returns None when the shapes differ.
    """
    if isinstance(collapsed, Num):
        return [(collapsed, full)]
    if isinstance(collapsed, Sqrt) and isinstance(full, Sqrt):
        return match_subtrees(collapsed.operand, full.operand)
    if (isinstance(collapsed, Neg) and isinstance(full, Neg)) or (isinstance(collapsed, Abs) and isinstance(full, Abs)):
        return match_subtrees(collapsed.operand, full.operand)
    if isinstance(collapsed, BinOp) and isinstance(full, BinOp) and collapsed.op == full.op:
        left = match_subtrees(collapsed.left, full.left)
        right = match_subtrees(collapsed.right, full.right)
        if left is None or right is None:
            return None
        return left + right
    return None
