"""Longbridge, as the engine sees it: the site's ``SiteSpec`` (loaded with the parser and the rules)."""

from __future__ import annotations

from .._models import Document, PageKind, Site
from .._securities import longbridge_canonical_id
from .._site import SiteSpec
from ._detect import detect_kind
from ._quote_page import parse_quote_page
from ._rules import RULES


def _parse(text: str, source: str | None, url: str | None, kind: PageKind) -> Document:
    return parse_quote_page(text, source=source, url=url)


SITE = SiteSpec(
    site=Site.LONGBRIDGE,
    kinds=(PageKind.QUOTE_PAGE, PageKind.QUOTE_LLMS_TXT),
    detect=detect_kind,
    parse=_parse,
    rules=RULES,
    canonical_id=longbridge_canonical_id,
)
"""Longbridge, as the engine sees it."""
