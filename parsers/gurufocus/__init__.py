"""GuruFocus term pages: the text form (and HTML via the core converter) to a Document, and their checks."""

from .._models import Document, PageKind, Site
from .._securities import gurufocus_canonical_id
from .._site import SiteSpec
from ._detect import detect_kind
from ._rules import RULES
from ._term_page import parse_term_page


def _parse(text: str, source: str | None, url: str | None, kind: PageKind) -> Document:
    return parse_term_page(text, source=source, url=url)


SITE = SiteSpec(
    site=Site.GURUFOCUS,
    kinds=(PageKind.TERM_PAGE,),
    detect=detect_kind,
    parse=_parse,
    rules=RULES,
    canonical_id=gurufocus_canonical_id,
)
"""GuruFocus, as the engine sees it."""

__all__ = ["RULES", "SITE", "parse_term_page"]
