"""Helpers for the Longbridge tests: where the fixtures are, and a cached parse of each."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from quotecheck.parsers._models import Document
from quotecheck.parsers.longbridge import parse_quote_page

FIX = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge"


@cache
def parsed(name: str) -> Document:
    """The Document of a fixture (relative to fixtures/longbridge), parsed once per run; callers must not mutate it."""
    path = FIX / name
    return parse_quote_page(path.read_text(encoding="utf-8"), source=str(path))


def text_of(name: str) -> str:
    """A fixture's text."""
    return (FIX / name).read_text(encoding="utf-8")
