"""GuruFocus term pages: the text form (and HTML via ``html_to_text``) to a Document."""

from ._term_page import parse_term_page

__all__ = ["parse_term_page"]
