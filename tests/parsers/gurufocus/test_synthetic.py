"""Synthetic variants (fixtures/gurufocus/synthetic, built by generate.py): what each must show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_file

SYN = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "synthetic"

EXPECT = [
    # file, rule, status, cited line (None: any)
    ("e10_switch-to_usd_6yr_negative-eps.txt", "gf.aggregate", Status.PASS, None),
    ("e10_switch-to_usd_6yr_negative-eps.txt", "gf.method.divisor", Status.PASS, None),
    ("e10_breadcrumb_eur_negative-e10_blank-pe.txt", "gf.derived", Status.SKIP, None),
    ("e10_breadcrumb_eur_negative-e10_blank-pe.txt", "gf.aggregate", Status.PASS, None),
    ("e10_breadcrumb_gbp_annual-only.txt", "gf.aggregate", Status.PASS, None),
    ("e10_seed_with_wrong_adjusted_row.txt", "gf.row.adjusted", Status.FAIL, 91),
    ("mscore_seed_with_contradicting_verdict.txt", "gf.mscore.verdict", Status.FAIL, 199),
]


@pytest.mark.parametrize(("name", "rule", "status", "line"), EXPECT, ids=[f"{e[0][:30]}-{e[1]}" for e in EXPECT])
def test_variant_outcome(name: str, rule: str, status: Status, line: int | None) -> None:
    hits = [c for c in audit(parse_file(SYN / name)).checks if c.rule == rule and c.status == status]
    assert hits
    if line is not None:
        assert any(line in c.lines() for c in hits)


def test_every_variant_says_it_is_synthetic() -> None:
    pages = sorted(SYN.glob("*.txt"))
    # five E10/M-score variants (generate.py), seven term pages (generate_terms.py), one real page's lines shuffled
    assert len(pages) == 5 + 7 + 1  # (round-48 tester tj: pretax-income_STEI_2013_lines-shuffled.txt)
    for p in pages:
        meta = json.loads((SYN / f"{p.name}.meta.json").read_text(encoding="utf-8"))
        assert meta["synthetic"] is True and meta["exercises"]


def test_six_year_divisor_is_used() -> None:
    doc = parse_file(SYN / "e10_switch-to_usd_6yr_negative-eps.txt")
    check = next(c for c in audit(doc).checks if c.rule == "gf.aggregate")
    assert "/ 6 years" in check.message and len(check.inputs) == 24
    assert doc.layout == "switch-to" and doc.security.exchange == "NYSE"


def test_negative_values_stay_negative() -> None:
    doc = parse_file(SYN / "e10_breadcrumb_eur_negative-e10_blank-pe.txt")
    head = doc.fact("headline")
    assert head is not None and head.value is not None and head.value.value < 0 and head.value.currency == "EUR"
    assert any(f.metric == "shiller_pe_ratio" and f.missing is not None for f in doc.facts)
