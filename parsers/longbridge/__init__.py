"""Longbridge quote pages (.md and llms.txt renderings): parser, chart-data blocks and checks.

Only detection is loaded with the package; the parser and the rules (``SITE``, ``RULES``, ``audit``,
``parse_quote_page``) are loaded on first use (PEP 562), so detecting that a page is not Longbridge's is cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._detect import looks_like_longbridge

if TYPE_CHECKING:
    from .._site import SiteSpec
    from ._quote_page import parse_quote_page
    from ._rules import RULES, audit

    SITE: SiteSpec

_LAZY = {"RULES": "._rules", "audit": "._rules", "parse_quote_page": "._quote_page", "SITE": "._spec"}

__all__ = ["RULES", "SITE", "audit", "looks_like_longbridge", "parse_quote_page"]


def __getattr__(name: str) -> Any:
    """The parser, the rules and ``SITE``, loaded on first use."""
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
