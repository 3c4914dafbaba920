"""What a site is, as data: its name, page kinds, detection, parser, rules and symbol rule.

A site package builds one ``SiteSpec`` and exposes it as ``SITE``; the list of
sites is in ``_sites.py``. The engine (parse, recompute, cross-page grouping,
the CLI) reads only that list, so adding a site touches no engine code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ._models import CheckResult, Document, PageKind, Site

Rule = Callable[[Document], Iterable[CheckResult]]
"""A check: reads a Document, yields CheckResults that cite their lines."""

Detect = Callable[[str, "str | None"], "PageKind | None"]
"""(text, url) -> the page kind this site recognises in the text, or None."""

Parse = Callable[[str, "str | None", "str | None", PageKind], Document]
"""(text, source, url, kind) -> the Document; raises a QuotecheckParseError naming the line."""


@dataclass(frozen=True)
class SiteSpec:
    """One site: everything the engine needs to know about it."""

    site: Site
    kinds: tuple[PageKind, ...]
    detect: Detect
    parse: Parse
    rules: tuple[Rule, ...]
    canonical_id: Callable[[str], str | None]
    """The site's symbol as it writes it (``SZSE:002371``, ``002371.SZ``) -> the canonical security id."""

    def rule_name(self, rule: Rule) -> str:
        """The id of the error a rule that raises reports: the site's rule prefix and the rule's name (gf.ttm_sums),
        so '--select gf.' keeps it as it keeps the rule's checks."""
        return f"{RULE_PREFIXES.get(self.site.value, self.site.value)}.{getattr(rule, '__name__', 'rule')}"


RULE_PREFIXES: dict[str, str] = {"gurufocus": "gf", "longbridge": "lb"}
"""Each site's prefix of its rule ids (``parsers/_rule_ids.py``)."""
