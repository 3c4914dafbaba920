"""Every compiled pattern of the parser modules, and adversarial lines built from each pattern's own text."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

import quotecheck.parsers

FILLERS = (" ", "\t", "a", "A", "1", ".", ",", "(", ")", ":", "|", "*", "-", "'", "=", "_", "/", "%", "$", "»", "\n")
"""Characters a long run of which has stalled one pattern or another."""
SPACES = (" ", "\t", "a", ".", ":")
"""Fillers tried between a pattern's own literal pieces (the costly combinations)."""

_SYNTAX = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\(\?[:=!<>]{1,2}|\\[A-Za-z]|\[[^\]]*\]|\{\d*,?\d*\}")
_LITERAL = re.compile(r"[^\\()\[\]{}?*+|^$.]{2,}")


def parser_patterns() -> Iterator[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    """(module.name, pattern) for every re.Pattern in the globals of every parser module (also inside tuples)."""
    package = quotecheck.parsers
    names = [package.__name__] + [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
    seen: set[int] = set()
    for module_name in sorted(names):
        module = importlib.import_module(module_name)
        for attr, value in sorted(vars(module).items()):
            values = value if isinstance(value, tuple | list | frozenset) else (value,)
            for index, item in enumerate(values):
                if isinstance(item, re.Pattern) and id(item) not in seen:
                    seen.add(id(item))
                    suffix = f"[{index}]" if values is value else ""
                    yield f"{module_name.removeprefix('quotecheck.parsers.')}.{attr}{suffix}", item


def fragments(pattern: str) -> list[str]:
    """Literal pieces of a pattern's source (words, punctuation), the stuff a hostile line repeats."""
    bare = _SYNTAX.sub("\x00", pattern)
    found = [f for f in _LITERAL.findall(bare.replace("\x00", "|")) if f.strip()]
    return list(dict.fromkeys(found))[:8]


def adversarial_lines(pattern: str, size: int) -> Iterator[tuple[str, str]]:
    """(label, line) pairs of about ``size`` characters that make a backtracking pattern slow."""
    pieces = fragments(pattern)
    for c in FILLERS:
        yield f"run {c!r}", c * size
        yield f"run {c!r} + end", c * size + "\x01"
    for prefix in ("a", "A", "1"):
        for c in SPACES:
            yield f"{prefix!r} + run {c!r} + b", prefix + c * size + "b"
    for p in pieces:
        reps = max(1, size // (len(p) + 1))
        yield f"repeat {p!r}", (p + " ") * reps
        yield f"repeat {p!r} tight", p * reps
        for c in FILLERS:
            yield f"{p!r} + run {c!r}", p + c * size + "\x01"
        for c in SPACES:
            yield f"{p!r} + run {c!r} + a", p + " a" + c * size + "x"
        for prefix in ("A", "a ", "(A:B) "):
            for c in SPACES:
                yield f"{prefix!r} + {p!r} + run {c!r} + x", prefix + p + c * size + "x"
    if pieces:
        whole = " ".join(pieces) + " 1 "
        yield "all fragments repeated", whole * max(1, size // len(whole))
        rest = " ".join(pieces[1:]) + " 1 "
        yield "first fragment, then the rest repeated", pieces[0] + " " + rest * max(1, size // len(rest))
        digits = "1. ".join(pieces) + " 1. "
        yield "fragments with numbers", digits * max(1, size // len(digits))


def adversarial_line(pattern: str, size: int, label: str) -> str:
    """The adversarial line of ``size`` characters that ``adversarial_lines`` yields under ``label``."""
    return next(line for found, line in adversarial_lines(pattern, size) if found == label)
