"""The doctests in the package's modules are the specification of its leaf parsers; run them all."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest


def _modules() -> list[str]:
    """Every module of the installed packages (the folders are mapped, so walk each package's own path)."""
    names: set[str] = set()
    for package in ("quotecheck", "quotecheck.parsers", "quotecheck.scraper"):
        module = importlib.import_module(package)
        names.update(info.name for info in pkgutil.walk_packages(module.__path__, package + "."))
    names.discard("quotecheck.__main__")
    return sorted(names)


MODULES_WITH_EXAMPLES = [
    name for name in _modules()
    if doctest.DocTestFinder().find(importlib.import_module(name)) and any(
        t.examples for t in doctest.DocTestFinder().find(importlib.import_module(name))
    )
]


def test_the_doctest_modules_are_found() -> None:
    assert "quotecheck.parsers._numbers" in MODULES_WITH_EXAMPLES


@pytest.mark.parametrize("name", MODULES_WITH_EXAMPLES)
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} doctests failed in {name}"
