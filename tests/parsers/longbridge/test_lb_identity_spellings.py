"""The symbol's mentions are compared as codes: an HKEX code with or without its padding zeros is one security, a
ticker spelled with another separator is a warning, any other difference a FAIL (round-39 tester gte F3).

Synthetic variants of two real pages, each with its '# Name (SYMBOL)' heading alone changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "realpages"

CASES = [
    ("00700.HK.llms.txt", "# Tencent Holdings Limited (00700.HK)", "# Tencent Holdings Limited (700.HK)", Status.PASS),
    ("00700.HK.llms.txt", "# Tencent Holdings Limited (00700.HK)", "# Tencent Holdings Limited (00701.HK)", Status.FAIL),
    ("LNC-D.US.llms.txt", "# Lincoln National Corporation (LNC-D.US)", "# Lincoln National Corporation (LNC.D.US)", Status.WARN),
    ("LNC-D.US.llms.txt", "# Lincoln National Corporation (LNC-D.US)", "# Lincoln National Corporation (LNCD.US)", Status.WARN),
    ("LNC-D.US.llms.txt", "# Lincoln National Corporation (LNC-D.US)", "# Lincoln National Corporation (LNC-E.US)", Status.FAIL),
]


@pytest.mark.parametrize(("name", "old", "new", "status"), CASES, ids=[c[2].rpartition("(")[2].rstrip(")") for c in CASES])
def test_the_headings_symbol_against_the_others(name: str, old: str, new: str, status: Status) -> None:
    text = (REAL / name).read_text(encoding="utf-8")
    assert old in text
    (check,) = [c for c in audit(parse_text(text.replace(old, new), source=name)).checks if c.rule == "lb.identity"]
    assert check.status is status, check.message


@pytest.mark.parametrize("name", ["00700.HK.llms.txt", "LNC-D.US.llms.txt"])
def test_the_real_pages_name_one_security(name: str) -> None:
    text = (REAL / name).read_text(encoding="utf-8")
    (check,) = [c for c in audit(parse_text(text, source=name)).checks if c.rule == "lb.identity"]
    assert check.status is Status.PASS
