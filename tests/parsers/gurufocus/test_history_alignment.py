"""History rows align from the right: the last value belongs to the last period; hidden cells are premium-only."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Missing, parse_file, parse_text

SEEDS = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "seeds"
REAL = SEEDS.parent / "realpages"

CASES = [
    # (page, series id, period, value text or missing reason)  -- from reading the rows by eye
    (SEEDS / "001_39c86e187c513272.txt", "history.annual", "Dec23", "16.05"),
    (SEEDS / "001_39c86e187c513272.txt", "history.annual", "Dec19", "14.35"),
    (SEEDS / "001_39c86e187c513272.txt", "history.annual", "Dec18", "premium_only"),
    (SEEDS / "001_39c86e187c513272.txt", "history.quarterly", "Mar24", "18.67"),
    (SEEDS / "001_39c86e187c513272.txt", "history.quarterly", "Mar23", "21.11"),
    (SEEDS / "004_953c4a038b52c2f5.txt", "history.quarterly", "Sep22", "-1.75"),
    (SEEDS / "004_953c4a038b52c2f5.txt", "history.annual", "Dec18", "-2.02"),
    (REAL / "gurufocus_cyclically-adjusted-pb-ratio_CBUDY.txt", "history.semi_annual", "Jun22", "2.62"),
    (REAL / "gurufocus_cyclically-adjusted-pb-ratio_CBUDY.txt", "history.semi_annual", "Dec23", "dash"),
    (REAL / "gurufocus_cyclically-adjusted-pb-ratio_CBUDY.txt", "history.annual", "Jun23", "1.67"),
    (REAL / "gurufocus_mscore_TSX-GURU.txt", "history.annual", "Oct20", "dash"),
    (REAL / "gurufocus_mscore_TSX-GURU.txt", "history.annual", "Oct23", "-2.86"),
    (REAL / "gurufocus_e10_GUG.txt", "history.annual", "May24", "dash"),
    (REAL / "gurufocus_e10_ADBE.txt", "history.annual", "Nov16", "1.39"),
    (REAL / "gurufocus_e10_ADBE.txt", "history.quarterly", "Aug17", "1.56"),
]


@pytest.mark.parametrize(("page", "sid", "period", "expected"), CASES,
                         ids=[f"{c[0].name[:28]}-{c[1].split('.')[1]}-{c[2]}" for c in CASES])
def test_cell_lands_on_its_period(page: Path, sid: str, period: str, expected: str) -> None:
    doc = parse_file(page)
    series = next(s for s in doc.series if s.id == sid)
    point = next(p for p in series.points if p.period_text == period)
    got = point.value.text if point.value else (point.missing.value if point.missing else None)
    assert got == expected


def test_missing_is_never_zero() -> None:
    doc = parse_file(SEEDS / "003_b9acf76c90166648.txt")
    premium = [p for s in doc.series for p in s.points if p.missing is Missing.PREMIUM_ONLY]
    assert premium and all(p.value is None for p in premium)
    assert not any(f.value is not None and f.value.value == 0 and f.context == "history" for f in doc.facts)


def test_row_cut_by_truncation_is_not_aligned() -> None:
    text = "GURUFOCUS.COM » STOCK LIST » A » B » X Co (NYSE:X) » Definitions » E10\n\nX Co (NYSE:X) E10 : $1.00 (As of Mar. 2024)\n\n" \
           "X Co Quarterly Data\nJun19 Sep19 Dec19 Mar20\nE10 Premium Member Only 1.10"
    doc = parse_text(text, source="cut.txt")
    series = doc.series[0]
    assert series.points == [] and series.note == "cut off by truncation"
