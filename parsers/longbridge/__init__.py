"""Longbridge quote pages (.md and llms.txt renderings): parser, chart-data blocks and checks."""

from ._detect import looks_like_longbridge
from ._quote_page import parse_quote_page

__all__ = ["looks_like_longbridge", "parse_quote_page"]
