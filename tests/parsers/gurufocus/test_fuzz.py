"""Fuzz: random edits of the GuruFocus fixtures raise nothing but the typed parse error, and the audit never crashes."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import QuotecheckParseError, Status, audit, parse_text

FIX = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus"
PAGES = sorted(FIX.glob("seeds/*.txt")) + sorted(FIX.glob("realpages/*.txt"))[::6]
TEXTS = [p.read_text(encoding="utf-8") for p in PAGES]
PIECES = st.sampled_from(list("0123456789.,-+*/=()$¥€ :\n%»") + ["Premium Member Only", "Mil.", "(As of ", "Dec23 "])


@st.composite
def edited(draw) -> str:
    text = draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "insert", "dup_line", "drop_line", "truncate", "swap"]))
        n = len(text)
        a = draw(st.integers(0, max(0, n - 1)))
        b = min(n, a + draw(st.integers(0, 200)))
        if op == "delete":
            text = text[:a] + text[b:]
        elif op == "insert":
            text = text[:a] + "".join(draw(st.lists(PIECES, max_size=8))) + text[a:]
        elif op == "truncate":
            text = text[:a]
        else:
            lines = text.split("\n")
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            if op == "dup_line":
                lines.insert(i, lines[j])
            elif op == "drop_line":
                lines.pop(i)
            else:
                lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    return text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(edited())
def test_random_edits_raise_only_typed_errors(text: str) -> None:
    try:
        doc = parse_text(text, source="fuzz.txt")
    except QuotecheckParseError as exc:
        assert exc.source == "fuzz.txt"
        return
    for check in audit(doc).checks:
        assert check.status in set(Status)
        assert not check.message.startswith("rule ") or "could not run" not in check.message, check.message
