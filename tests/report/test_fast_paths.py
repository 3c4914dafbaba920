"""The audit loop's fast paths against the plain forms they replace: same rows, same counts, same bytes."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import click

from quotecheck._ingest._index import FactIndex, from_row, from_stored, groups, to_row
from quotecheck._report._json import _item
from quotecheck._report._run import Tally
from quotecheck.parsers import audit, collect_pages, parse_file
from quotecheck.parsers._audit import CrossFact, compact_facts, comparable_key
from quotecheck.parsers._checks import fact_interval
from quotecheck.parsers._models import CheckResult, Document, Quoted, Status

FIX = Path(__file__).resolve().parents[2] / "fixtures"


def _docs() -> list[Document]:
    return [parse_file(p) for p in collect_pages([FIX / "gurufocus" / "seeds", FIX / "longbridge"])]


def _plain_compact_facts(doc: Document) -> list[CrossFact]:
    """compact_facts as it was: comparable_key asked of every fact."""
    out = []
    for f in doc.facts:
        key = comparable_key(doc, f)
        if key is None or f.value is None:
            continue
        iv = fact_interval(f)
        out.append(CrossFact(key, iv.lo, iv.hi, f.value.decimals, f.value.text, format(f.value.value, "f"), doc.as_of,
                             doc.path, f.line, f.id, f.label))
    return out


def test_compact_facts_skips_only_facts_comparable_key_refuses() -> None:
    docs = _docs()
    rows = [compact_facts(d) for d in docs]
    assert rows == [_plain_compact_facts(d) for d in docs]
    assert sum(map(len, rows)) > 100
    nameless = docs[0].model_copy(update={"security": docs[0].security.model_copy(update={"id": None})})
    assert compact_facts(nameless) == _plain_compact_facts(nameless) == []


def test_rows_read_back_from_the_index_equal_the_general_reader() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    index = FactIndex(conn)
    docs = _docs()
    for i, doc in enumerate(docs):  # with and without a document id: both inserts
        index.add(map(to_row, compact_facts(doc)), document_id=i if i % 2 else None)
    stored = conn.execute("SELECT security, metric, period_end, frequency, unit, window, lo, hi, decimals, text, value, "
                          "as_of, path, line, fact_id, label FROM cross_index").fetchall()
    assert len(stored) == sum(len(compact_facts(d)) for d in docs)
    for row in stored:
        fast, general = from_stored(row), from_row(row)
        assert fast == general and [type(x) for x in fast] == [type(x) for x in general]
    written = sorted((f for d in docs for f in compact_facts(d)), key=lambda f: (f.key, f.as_of or "", f.path or "", f.line))
    read = [f for group in groups(conn) for f in group]
    assert read and all(f in written for f in read)


def test_tally_counts_as_counting_each_status_value() -> None:
    audits = [audit(d) for d in _docs()]
    tally = Tally()
    for a in audits:
        tally.add(a)
    extra = CheckResult(rule="cross.restated", status=Status.FAIL, message="m")
    tally.add_cross(extra)
    checks = [c for a in audits for c in a.checks] + [extra]
    problems = (Status.ERROR, Status.FAIL, Status.WARN)
    assert tally.counts() == Counter(c.status.value for c in checks)
    assert list(tally.flagged.items()) == list(Counter(c.rule for c in checks if c.status in problems).items())
    assert tally.flagged and tally.documents == len(audits)


def test_json_items_hold_no_ansi_escape_for_click_to_strip() -> None:
    check = CheckResult(rule="r", status=Status.WARN, message="\x1b[31mred\x1b[0m", quoted=Quoted(text="\x1b[1m"))
    text = _item(check)
    assert "\x1b" not in text and click.unstyle(text) == text
    assert text == check.model_dump_json(indent=2, exclude_none=True).replace("\n", "\n    ")
