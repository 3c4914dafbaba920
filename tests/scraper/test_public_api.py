"""The public surface of ``scraper``: exactly these names, sorted, all importable."""

from __future__ import annotations

import ast
from pathlib import Path

import click

import quotecheck.scraper as scraper
from quotecheck import QuotecheckError

PUBLIC = {
    "Archive", "ArchiveError", "ArchivedPage", "ChallengePage", "CircuitOpen", "ConnectionFailed", "CrawlSummary",
    "DecodedText", "Failure", "FetchConfig", "FetchError", "FetchResult", "FetchTimeout", "Fetcher",
    "GuruFocusSymbol", "HTTPStatusError", "HostNotAllowed", "IncompleteResponse", "InvalidInput",
    "LONGBRIDGE_LOCALES", "LONGBRIDGE_PAGES", "LogEntry", "LongbridgeSymbol", "ResponseTooLarge",
    "RobotsDisallowed", "ScraperError", "SymbolError", "TooManyRedirects", "UnusableResponse", "crawl", "fetch_command", "gurufocus_term_url",
    "longbridge_url", "parse_gurufocus_symbol", "parse_longbridge_symbol", "to_gurufocus", "to_longbridge",
}


def test_all_is_exactly_the_public_names_and_sorted() -> None:
    assert set(scraper.__all__) == PUBLIC
    assert scraper.__all__ == sorted(scraper.__all__)
    assert len(scraper.__all__) == len(PUBLIC)
    for name in scraper.__all__:
        assert getattr(scraper, name) is not None


def test_error_tree() -> None:
    for name in PUBLIC:
        obj = getattr(scraper, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, scraper.ScraperError), name
            assert issubclass(obj, QuotecheckError), name
    assert issubclass(scraper.IncompleteResponse, scraper.ConnectionFailed)
    for not_a_fetch_failure in (scraper.ArchiveError, scraper.InvalidInput, scraper.SymbolError):
        assert not issubclass(not_a_fetch_failure, scraper.FetchError), not_a_fetch_failure
    assert issubclass(scraper.HTTPStatusError, scraper.FetchError)


def test_fetch_command_is_a_click_command_named_fetch() -> None:
    assert isinstance(scraper.fetch_command, click.Command) and scraper.fetch_command.name == "fetch"


def _public_defs(tree: ast.Module) -> list[ast.AST]:
    """Module-level functions/classes and the methods of module-level classes."""
    found: list[ast.AST] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and not node.name.startswith("_"):
            found.append(node)
            if isinstance(node, ast.ClassDef):
                found.extend(
                    item for item in node.body
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and not item.name.startswith("_")
                )
    return found


def test_every_public_function_and_class_has_a_docstring() -> None:
    package = Path(scraper.__file__).parent
    for path in sorted(package.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{path.name} has no module docstring"
        for node in _public_defs(tree):
            assert ast.get_docstring(node), f"{path.name}: {node.name} has no docstring"  # type: ignore[attr-defined]


def test_scraper_uses_only_the_error_root_decoder_and_exchange_table_of_parsers() -> None:
    allowed = {"quotecheck.parsers._errors", "quotecheck.parsers._decode", "quotecheck.parsers._securities"}
    package = Path(scraper.__file__).parent
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and "parsers" in (node.module or ""):
                assert node.module in allowed, (path.name, node.module)
