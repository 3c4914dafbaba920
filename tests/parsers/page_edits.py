"""Synthetic variants of real pages for tests: a real page's text with a few printed values edited."""

from __future__ import annotations

from pathlib import Path

from quotecheck.parsers import CheckResult, Document, audit, parse_text


def edited(page: Path, *edits: tuple[str, str]) -> str:
    """The page's text with each (old, new) replaced once; each old text must be on the page."""
    text = page.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, f"{old!r} is not on {page.name}"
        text = text.replace(old, new, 1)
    return text


def parsed(page: Path, *edits: tuple[str, str]) -> Document:
    """The edited page, parsed under its own name."""
    return parse_text(edited(page, *edits), source=str(page))


def checked(page: Path, *edits: tuple[str, str]) -> list[CheckResult]:
    """The checks of the edited page."""
    return audit(parsed(page, *edits)).checks
