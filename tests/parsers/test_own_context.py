"""The library reads and audits in its own decimal context, and takes any iterable and any bytes-like input: what a
caller's program does around it does not change a verdict (round-47 library user L1, L2, L4)."""

from __future__ import annotations

import decimal
from decimal import Decimal
from pathlib import Path

import pytest

import quotecheck

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
PAGES = [FIXTURES / "gurufocus" / "seeds" / "001_39c86e187c513272.txt", FIXTURES / "longbridge" / "seed_002371.SZ.md",
         FIXTURES / "gurufocus" / "realpages" / "gurufocus_mktcap_ANZBY.txt"]


def _verdicts(paths: list[Path]) -> list[tuple[str, str | None, str]]:
    return [(c.rule, c.subject, c.status.value) for p in paths for c in quotecheck.audit(quotecheck.parse_file(p)).checks]


@pytest.mark.parametrize("prec", [4, 6, 12])
def test_a_callers_precision_changes_no_value_and_no_verdict(prec: int) -> None:
    pages = [p for p in PAGES if p.exists()]
    assert len(pages) == 3
    expected = _verdicts(pages)
    with decimal.localcontext() as ctx:
        ctx.prec = prec
        ctx.clear_flags()  # a local context starts with the flags the thread's had (earlier tests' arithmetic)
        assert quotecheck.parse_number("-13,248.36").value == Decimal("-13248.36")
        assert quotecheck.parse_number("(3.4)").value == Decimal("-3.4")
        assert _verdicts(pages) == expected
        assert ctx.prec == prec and not ctx.flags[decimal.Inexact]  # the caller's context as it was, flags untouched


def test_audit_documents_reads_a_generator_once_for_both_its_parts() -> None:
    pages = [FIXTURES / "gurufocus" / "seeds" / "003_b9acf76c90166648.txt",
             FIXTURES / "gurufocus" / "synthetic" / "e10_seed_with_wrong_adjusted_row.txt"]
    from_list = quotecheck.audit_documents([quotecheck.parse_file(p) for p in pages])
    from_generator = quotecheck.audit_documents(quotecheck.parse_file(p) for p in pages)
    assert from_list.cross_checks and from_generator.model_dump() == from_list.model_dump()


@pytest.mark.parametrize("wrap", [bytes, bytearray, memoryview])
def test_parse_bytes_takes_any_bytes_like_input(wrap: type) -> None:
    data = PAGES[0].read_bytes()
    assert quotecheck.parse_bytes(wrap(data)).model_dump() == quotecheck.parse_bytes(data).model_dump()


def test_a_parse_in_a_worker_thread_leaves_the_collector_alone() -> None:
    """Round-47 library user L5: parses in worker threads turned the process's collector off while any of them ran,
    and a thread's resume undid the main thread's own gc.disable(). Only the main thread pauses it now."""
    import gc
    import threading

    seen: list[bool] = []

    def work() -> None:
        for _ in range(3):
            quotecheck.audit(quotecheck.parse_file(PAGES[0]))
            seen.append(gc.isenabled())

    assert gc.isenabled()
    gc.disable()  # the caller's own choice, made before the workers start
    try:
        threads = [threading.Thread(target=work) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not gc.isenabled() and seen == [False] * 6  # never turned back on by a worker
    finally:
        gc.enable()
    gc_on: list[bool] = []
    worker = threading.Thread(target=lambda: gc_on.append(quotecheck.parse_file(PAGES[0]) is not None and gc.isenabled()))
    worker.start()
    worker.join()
    assert gc_on == [True]


@pytest.mark.parametrize(("page", "url", "code"), [
    (PAGES[1], "https://www.gurufocus.com/term/e10/SZSE:002371", "url_other_site"),
    (PAGES[0], "https://longbridge.com/en/quote/002371.SZ.md", "url_other_site"),
    (PAGES[1], "https://longbridge.com/en/quote/AAPL.US.md", "url_symbol_mismatch"),
    (PAGES[1], "https://longbridge.com/en/quote/002371.SZ.md", None),
])
def test_an_address_that_is_not_the_pages_is_said(page: Path, url: str, code: str | None) -> None:
    """Round-47 library user L6: parse_text(url=...) kept another site's address, or another security's, in silence."""
    doc = quotecheck.parse_text(page.read_text(encoding="utf-8"), url=url)
    said = [n.code for n in doc.notes if n.code in ("url_other_site", "url_symbol_mismatch")]
    assert said == ([code] if code else [])
    assert doc.security.id in ("002371.SZ",) or page == PAGES[0]  # the page is read as what it prints


def _interval_work() -> tuple[object, ...]:
    """What a library user may ask of the public Interval and PrintedNumber helpers directly."""
    from quotecheck.parsers import parse_number
    from quotecheck.parsers._interval import Interval

    a = Interval.around(Decimal("123456.789123"), 6)
    b = Interval(Decimal("18.195"), Decimal("18.205"))
    number = parse_number("-13,248.36 Mil")
    assert number is not None
    billions = parse_number("1.02B")
    assert billions is not None
    return (a, a.contains(Decimal("123456.789123")), a.mid, a.width, -a, abs(-a), a.distance(b), b.fmt(),
            Interval(Decimal("1.23456789E+20"), Decimal("1.3E+20")).fmt(), number.interval(), number.normalized,
            number.normalized_interval(), billions.normalized_interval())  # 1.02B under Emax 6 overflowed (t6 P6)


def test_intervals_are_worked_out_in_their_own_context() -> None:
    """Round-48 library user L3: under a caller's prec 5, ROUND_DOWN, Interval.around(123456.789123, 6) was
    [1.2345E+5, 1.2345E+5], which did not contain the number itself, and fmt() raised InvalidOperation."""
    expected = _interval_work()
    assert expected[1] is True
    with decimal.localcontext() as ctx:
        ctx.prec, ctx.rounding = 5, decimal.ROUND_DOWN
        ctx.traps[decimal.Inexact] = True  # any rounding in the caller's context would raise
        ctx.Emax = 6
        assert _interval_work() == expected


@pytest.mark.parametrize("entry", ["audit", "parse_text"])
def test_the_collector_pause_is_the_outermost_wrapper(entry: str) -> None:
    """The collector resumes as the call returns: under the decimal context's wrapper, its restore's allocation made the
    collector walk the caller's whole document before the caller could drop it (4% of a page's instructions)."""
    from quotecheck.parsers import _api, _audit

    fn = _audit.audit if entry == "audit" else _api._parse_str
    assert fn.__code__.co_qualname == "paused.<locals>.run"
