"""Cross-document checks over the compact index: like with like; pass within rounding, revision across dates, fail on one date."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

from quotecheck.cli import main
from quotecheck.parsers import Status
from quotecheck.parsers._audit import CrossFact, _key, check_group
from quotecheck.parsers._models import Context, Fact, Frequency, Period, PrintedNumber, Unit

KEY = ("002371.SZ", "cpi", "2024-03", "", "index", "")
PRICE = ("002371.SZ", "share_price", "2024-05-01", "today", "currency", "")  # a price stated for the page's own day


def fact(text: str, decimals: int, as_of: str | None, path: str, key: tuple[str, ...] = KEY) -> CrossFact:
    half = Decimal(5).scaleb(-(decimals + 1))
    v = Decimal(text)
    return CrossFact(key, v - half, v + half, decimals, text, text, as_of, path, 7, "f", "CPI")  # type: ignore[arg-type]


CASES = [  # (facts, expected status); cases are data
    pytest.param([("115.227", 3, "2024-05-01", "a"), ("115.2271", 4, "2024-06-01", "b")], Status.PASS, id="within-rounding-across-dates"),
    pytest.param([("115.227", 3, "2024-05-01", "a"), ("115.23", 2, "2024-05-01", "b")], Status.PASS, id="within-rounding-same-date"),
    pytest.param([("114.6694", 4, "2024-05-01", "a"), ("115.2271", 4, "2024-06-01", "b")], Status.WARN, id="revision-between-dates"),
    pytest.param([("114.6694", 4, "2024-05-01", "a"), ("115.2271", 4, "2024-05-01", "b")], Status.FAIL, id="contradiction-same-date"),
    pytest.param([("115.2271", 4, "2024-05-01", "a"), ("115.2271", 4, "2024-06-01", "b"), ("116.0", 1, "2024-06-01", "c")],
                 Status.FAIL, id="one-date-contradicts-even-with-a-revision-elsewhere"),
    # Two pages that print no date may be captures of different days: a revised row is no proof (round-33 ghm F1)
    pytest.param([("114.6694", 4, None, "a"), ("115.2271", 4, None, "b")], Status.WARN, id="revision-between-undated-pages"),
    pytest.param([("114.6694", 4, None, "a"), ("115.2271", 4, "2024-05-01", "b")], Status.WARN, id="revision-dated-and-undated"),
    # Today's price on two pages of one day, neither printing a time: a price moves within a day, so no proof.
    pytest.param([("297.95", 2, "2024-05-01", "a", PRICE), ("277.10", 2, "2024-05-01", "b", PRICE)], Status.WARN, id="price-of-one-day-untimed"),
    pytest.param([("297.95", 2, "2024-05-01", "a", PRICE), ("297.954", 3, "2024-05-01", "b", PRICE)], Status.PASS, id="price-of-one-day-agrees"),
    pytest.param([("297.95", 2, "2024-05-01T10:00:00", "a", PRICE), ("277.10", 2, "2024-05-01T10:00:00", "b", PRICE)],
                 Status.FAIL, id="price-at-one-printed-time"),
    # One page stamps its price to the second (Longbridge's Current Price), the other prints only the day (GuruFocus):
    # one day, no common time, so the price moved within the day, never 'revised' between captures (round-43 vi F1)
    pytest.param([("297.95", 2, "2024-05-01T10:00:00.000Z", "a", PRICE), ("277.10", 2, "2024-05-01", "b", PRICE)],
                 Status.WARN, id="price-stamped-and-of-the-day"),
    # A price the page dates to a month ('for the quarter that ended in Dec. 2024') is that period's close: two pages
    # of one day that differ contradict each other; pages of two days may be a revision (round-40 gva F6)
    pytest.param([("1.395", 3, "2025-07-02", "a", PRICE[:2] + ("2024-12", "") + PRICE[4:]),
                  ("1.295", 3, "2025-07-02", "b", PRICE[:2] + ("2024-12", "") + PRICE[4:])], Status.FAIL, id="price-of-a-month-one-day"),
    pytest.param([("1.395", 3, "2025-07-02", "a", PRICE[:2] + ("2024-12", "") + PRICE[4:]),
                  ("1.295", 3, "2025-08-02", "b", PRICE[:2] + ("2024-12", "") + PRICE[4:])], Status.WARN, id="price-of-a-month-two-days"),
    # A price stated for a period's end (a table's row) is that day's close: one quantity, so a proof.
    pytest.param([("297.95", 2, "2024-06-01", "a", PRICE[:3] + ("quarterly",) + PRICE[4:]),
                  ("277.10", 2, "2024-06-01", "b", PRICE[:3] + ("quarterly",) + PRICE[4:])], Status.FAIL, id="price-of-a-period-end"),
]


@pytest.mark.parametrize(("facts", "status"), CASES)
def test_group_verdicts(facts: list[tuple[Any, ...]], status: Status) -> None:
    result = check_group([fact(*f) for f in facts])
    assert result is not None and result.status == status, result
    if status == Status.WARN:  # both values, both dates, both sources
        values, dates = {f[0] for f in facts}, {f[2] or "?" for f in facts}
        assert all(x in result.message for x in (*values, *dates, "a:7", "b:7")), result.message
        assert (None in {f[2] for f in facts}) is ("prints no date" in (result.reason or ""))
        same_day = len({(f[2] or "")[:10] for f in facts}) == 1 and facts[0][2] is not None  # one printed day
        assert ("revised from" in result.message) is not same_day
        assert ("do not both print the time of day" in (result.reason or "")) is same_day


def test_one_page_alone_is_not_compared() -> None:
    assert check_group([fact("1.0", 1, "2024-01-01", "a"), fact("2.0", 1, "2024-01-01", "a")]) is None


def test_audit_finds_exactly_the_injected_errors(small_corpus: tuple[Path, set[str]], corpus_module: ModuleType) -> None:
    corpus, expected = small_corpus
    result = CliRunner().invoke(main, ["audit", str(corpus), "--format", "jsonl"])
    lines = result.stdout.splitlines()
    found = corpus_module.found_findings(lines)
    assert found == expected
    assert json.loads(lines[-1])["summary"]["documents"] == len(list(corpus.rglob("*.txt"))) + len(list(corpus.rglob("*.md")))
    assert sum(1 for x in lines if x.startswith('{"document"')) == json.loads(lines[-1])["summary"]["documents"]


def test_audit_json_is_built_from_the_stream(small_corpus: tuple[Path, set[str]]) -> None:
    corpus, _ = small_corpus
    jsonl = CliRunner().invoke(main, ["audit", str(corpus), "--format", "jsonl"]).stdout.splitlines()
    report = json.loads(CliRunner().invoke(main, ["audit", str(corpus), "--format", "json"]).stdout)
    assert report["summary"] == json.loads(jsonl[-1])["summary"]
    assert [d["path"] for d in report["documents"]] == [json.loads(x)["document"]["path"] for x in jsonl if x.startswith('{"document"')]


@pytest.mark.parametrize(("dates", "said"), [
    ((None, None), "no page prints its date: "),
    ((None, "2024-05-01"), "only some pages print their date (2024-05-01): "),
])
def test_a_revision_says_which_pages_print_no_date(dates: tuple[str | None, str | None], said: str) -> None:
    """Round-40 tester gva F6: two undated pages were 'dated undated'."""
    result = check_group([fact("114.6694", 4, dates[0], "a"), fact("115.2271", 4, dates[1], "b")])
    assert result is not None and result.status is Status.WARN
    assert (result.reason or "").startswith(said) and "dated undated" not in result.message


@pytest.mark.parametrize(("end", "key_end", "key_freq"), [
    (None, "2024-05-01", "today"),             # the page's own day: its price moves within the day
    ("2024-05-01", "2024-05-01", "today"),     # a day the page prints ('As of today (2024-05-01)'): so does it
    ("2024-12", "2024-12", ""),                # 'for the quarter that ended in Dec. 2024': that quarter's close
])
def test_a_price_is_of_a_day_or_of_a_period_end(end: str | None, key_end: str, key_freq: str) -> None:
    """Round-40 tester gva F6: a quarter's price was keyed as the page's own day's, and two copies of it that differed
    were explained by 'a price moves within a day'."""
    period = None if end is None else Period(end=end, frequency=Frequency.TODAY if len(end) == 10 else Frequency.QUARTERLY)
    price = Fact(id="p", metric="share_price", label="share price", unit=Unit.PER_SHARE, context=Context.PROSE, line=3,
                 raw="share price was $1.395", period=period,
                 value=PrintedNumber(text="$1.395", number_text="1.395", value=Decimal("1.395"), decimals=3))
    assert _key("EOS.ASX", "2024-05-01", "share_price", price) == ("EOS.ASX", "share_price", key_end, key_freq, "per_share", "")
