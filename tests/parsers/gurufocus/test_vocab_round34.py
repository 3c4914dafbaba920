"""Round-34 vocabulary: terms the prose names that were not read (real pages in fixtures/gurufocus/realpages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_file, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


@pytest.mark.parametrize(("page", "text", "derived"), [
    # ghq F3: "Pesquera ExalmarA's Cyclically Adjusted Price-to-FCF of today is 5.43." = S/.2.28 / S/.0.42
    ("gurufocus_cyclically-adjusted-fcf_LIM-EXALMC1.txt", "5.43", Status.PASS),
    ("gurufocus_cyclically-adjusted-price-to-fcf_LIM-TSLA.txt", "2,800.00", Status.PASS),
    # the ratio left blank beside a CA FCF per share of $0.00: the 0.00 is a stand-in, nothing is derived
    ("gurufocus_cyclically-adjusted-fcf_OTCPK-FONU.txt", None, Status.SKIP),
])
def test_todays_cyclically_adjusted_price_to_fcf_is_read(page: str, text: str | None, derived: Status) -> None:
    doc = parse_file(REAL / page)
    [today] = [f for f in doc.facts if f.id == "today.cyclically_adjusted_price_to_fcf"]
    assert (today.value.text if today.value else None) == text
    assert [c.status for c in audit(doc).checks if c.rule == "gf.derived"] == [derived]


@pytest.mark.parametrize("wording", ["It's Price-to-Owner-Earnings for today is",  # the 2024 wording, real
                                     "It's Price to Owner Earnings (TTM) ratio for today is"])  # 2017's (ghx F2)
def test_both_wordings_of_price_to_owner_earnings_are_recomputed(wording: str) -> None:
    """Round-34 tester ghx F2: NYSE:BRK.B 2017's 'It's Price to Owner Earnings (TTM) ratio for today is 12.25.' was never
    recomputed (182.56 / 14.90). Synthetic: SAU:4323's real 2024 sentence reworded as the 2017 page words it."""
    page = REAL / "gurufocus_price-to-owner-earnings_SAU-4323.txt"
    text = page.read_text(encoding="utf-8").replace("It's Price-to-Owner-Earnings for today is", wording)
    checks = [c for c in audit(parse_text(text, source=str(page))).checks if c.rule == "gf.calc.prose"
              and "Owner" in (c.subject or "")]
    assert [c.status for c in checks] == [Status.PASS]
