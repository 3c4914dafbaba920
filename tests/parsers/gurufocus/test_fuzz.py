"""Fuzz: random edits of the GuruFocus fixtures raise nothing but the typed parse error, and the audit never crashes."""

from __future__ import annotations

from pathlib import Path

from fuzzing import edited
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.parsers import QuotecheckParseError, Status, audit, parse_text

FIX = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus"
PAGES = sorted(FIX.glob("seeds/*.txt")) + sorted(FIX.glob("realpages/*.txt"))[::6]
TEXTS = [p.read_text(encoding="utf-8") for p in PAGES]
PIECES = st.sampled_from(list("0123456789.,-+*/=()$¥€ :\n%»") + ["Premium Member Only", "Mil.", "(As of ", "Dec23 "])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(edited(TEXTS, PIECES, max_span=200))
def test_random_edits_raise_only_typed_errors(text: str) -> None:
    try:
        doc = parse_text(text, source="fuzz.txt")
    except QuotecheckParseError as exc:
        assert exc.source == "fuzz.txt"
        return
    for check in audit(doc).checks:
        assert check.status in set(Status)
        assert not check.message.startswith("rule ") or "could not run" not in check.message, check.message
