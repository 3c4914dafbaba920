"""Fuzz: random edits of the Longbridge fixtures raise nothing but typed parse errors, and the audit never crashes."""

from __future__ import annotations

from _lb_support import FIX
from fuzzing import edited
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.parsers._errors import QuotecheckParseError
from quotecheck.parsers._models import Status
from quotecheck.parsers.longbridge import looks_like_longbridge, parse_quote_page
from quotecheck.parsers.longbridge._rules import RULES

PAGES = sorted(p for p in FIX.rglob("*") if p.suffix in (".md", ".txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in PAGES]
PIECES = st.sampled_from(
    list("0123456789.,-%|*#>`{}[]\":/ \n") + ["```chart-data:radar", "```", "---", "| |", "|---|", "## ", "**",
                                             "B", "1 / 63", "\\|", "−", "Total Analysts: **", "> As of "]
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(edited(TEXTS, PIECES, max_span=300))
def test_random_edits_raise_only_typed_errors(text: str) -> None:
    looks_like_longbridge(text)
    try:
        doc = parse_quote_page(text, source="fuzz.md")
    except QuotecheckParseError as err:
        assert err.source == "fuzz.md"
        return
    for rule in RULES:  # each rule on its own: the engine would turn a crash into a skip and hide it
        for check in rule(doc):
            assert check.status in Status
            assert all(line >= 1 and line <= doc.line_count for line in check.lines())
    assert all(1 <= f.line <= doc.line_count for f in doc.facts)
