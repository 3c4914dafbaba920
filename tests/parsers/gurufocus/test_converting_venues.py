"""Which listings GuruFocus prints converted amounts for (round-35 gic F1): a mixed-rate ratio its printed inputs cannot
give is a warning there, a proof elsewhere. Brazil's BDRs are told from home shares by their tickers."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_file, parse_text
from quotecheck.parsers.gurufocus._labels import converting_venue

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
TMCO = REAL / "gurufocus_fcfyield_BSP-TMCO34.txt"


@pytest.mark.parametrize(("exchange", "ticker", "converted"), [
    ("BSP", "TMCO34", True), ("BSP", "BABA34", True), ("BSP", "AAPL34", True), ("BSP", "IVVB39", True),
    ("BSP", "M1TA34", True), ("BSP", "A1MD34", True), ("BSP", "U1BE34", True),
    ("BSP", "WTSP11B", False), ("BSP", "PETR4", False), ("BSP", "VALE3", False),
    ("OTCPK", "TDBOY", True), ("FRA", "11T", True), ("LTS", "0LEA", True), ("WBO", "NNND", True),
    ("NYSE", "TM", False), ("TSE", "7203", False), (None, "MCD", False),
])
def test_a_listing_prints_converted_amounts(exchange: str | None, ticker: str, converted: bool) -> None:
    assert converting_venue(exchange, ticker) is converted


def test_a_bdrs_mixed_rate_ratio_is_a_warning_and_a_home_shares_would_be_a_proof() -> None:
    """TMCO34's FCF Yield -1.18% against R$-17,999 Mil / R$1,567,963 Mil (-1.148%) warns; the same page under a home
    share's ticker (synthetic) fails."""
    (calc,) = [c for c in audit(parse_file(TMCO)).checks if c.rule == "gf.calc.prose"]
    assert calc.status is Status.WARN and "converted" in (calc.reason or calc.message)
    home = TMCO.read_text(encoding="utf-8").replace("TMCO34", "TMCO3")
    (calc,) = [c for c in audit(parse_text(home, source="synthetic.txt")).checks if c.rule == "gf.calc.prose"]
    assert calc.status is Status.FAIL
