"""The audit loop's fast paths against the plain forms they replace: same rows, same counts, same bytes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections import Counter
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import click
import pytest

from quotecheck._ingest._index import _COLUMNS, _KEY, FactIndex, compact_rows, from_row, from_stored, groups, to_row
from quotecheck._report._json import _item
from quotecheck._report._progress import AuditProgress
from quotecheck._report._run import Tally
from quotecheck.parsers import audit, collect_pages, parse_file
from quotecheck.parsers._audit import CrossFact, capture_time, compact_facts, comparable_key
from quotecheck.parsers._checks import fact_interval
from quotecheck.parsers._models import CheckResult, Document, Quoted, Status

FIX = Path(__file__).resolve().parents[2] / "fixtures"


def _docs() -> list[Document]:
    return [parse_file(p) for p in collect_pages([FIX / "gurufocus" / "seeds", FIX / "longbridge"])]


def _plain_compact_facts(doc: Document) -> list[CrossFact]:
    """compact_facts as it was: comparable_key asked of every fact (each dated by ``capture_time``, as the index is)."""
    out = []
    for f in doc.facts:
        key = comparable_key(doc, f)
        if key is None or f.value is None:
            continue
        iv = fact_interval(f)
        out.append(CrossFact(key, iv.lo, iv.hi, f.value.decimals, f.value.text, format(f.value.value, "f"), capture_time(doc),
                             doc.path, f.line, f.id, f.label))
    return out


def test_compact_facts_skips_only_facts_comparable_key_refuses() -> None:
    docs = _docs()
    rows = [compact_facts(d) for d in docs]
    assert rows == [_plain_compact_facts(d) for d in docs]
    assert sum(map(len, rows)) > 100
    nameless = docs[0].model_copy(update={"security": docs[0].security.model_copy(update={"id": None})})
    assert compact_facts(nameless) == _plain_compact_facts(nameless) == []
    undated = docs[0].model_copy(update={"as_of": None})  # a price without a period then has no date: not comparable
    assert compact_facts(undated) == _plain_compact_facts(undated)


def test_index_rows_straight_from_the_page_equal_rows_of_the_cross_facts() -> None:
    docs = _docs()
    rows = [compact_rows(d) for d in docs]
    assert rows == [[to_row(f) for f in compact_facts(d)] for d in docs] and sum(map(len, rows)) > 100
    assert [[type(x) for x in r] for rs in rows for r in rs] == [[type(x) for x in to_row(f)] for d in docs for f in compact_facts(d)]


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
        fast, general = from_stored(row[:6], row[6:]), from_row(row)
        assert fast == general and [type(x) for x in fast] == [type(x) for x in general]
    written = sorted((f for d in docs for f in compact_facts(d)), key=lambda f: (f.key, f.as_of or "", f.path or "", f.line))
    read = [f for group in groups(conn) for f in group]
    assert read and all(f in written for f in read)


def _counted_groups(conn: sqlite3.Connection, first: str | None = None, last: str | None = None) -> list[list[CrossFact]]:
    """What ``groups`` means, counted in Python: every key whose rows name two or more pages (a NULL page is none)."""
    where, args = ("WHERE security BETWEEN ? AND ?", (first, last)) if first is not None else ("", ())
    cur = conn.execute(f"SELECT {_COLUMNS}, coalesce(path, document_id) FROM cross_index {where} "
                       f"ORDER BY {_KEY}, as_of, path, line, rowid", args)
    out = []
    for _, rows in groupby(cur, key=itemgetter(0, 1, 2, 3, 4, 5)):
        group = list(rows)
        if len({r[16] for r in group} - {None}) > 1:
            out.append([from_row(r) for r in group])
    return out


def test_groups_are_the_keys_on_two_or_more_pages() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    index = FactIndex(conn)
    docs = _docs()
    for i, doc in enumerate(docs):  # with and without a document id, and twice over: every key on several pages
        for copy in range(2):
            rows = [to_row(f) for f in compact_facts(doc)]
            rows = [(*r[:12], f"{r[12]}#{copy}", *r[13:]) for r in rows] if copy else rows
            index.add(rows, document_id=i if i % 2 else None)
    key = ("X:ONE", "eps", "2020-12-31", "annual", "usd", "")
    lone = (*key, "1", "2", 0, "1.5", "1.5", None, None, 1, "f1", "EPS")  # no page: neither path nor document id
    index.add([lone, (*key, "1", "2", 0, "1.5", "1.5", None, "only.txt", 2, "f2", "EPS")])  # one page and a NULL: no group
    index.add([lone, lone])  # NULLs alone: no group either
    index.add([(*key[:2], "2021-12-31", *key[3:], "1", "2", 0, "1.5", "1.5", None, None, 3, "f3", "EPS")], document_id=7)
    index.add([(*key[:2], "2021-12-31", *key[3:], "1", "2", 0, "1.5", "1.5", None, "p.txt", 3, "f3", "EPS")])
    fast = list(groups(conn))
    assert fast == _counted_groups(conn) and len(fast) > 50
    assert [g[0].key for g in fast if g[0].key[0] == "X:ONE"] == [(*key[:2], "2021-12-31", *key[3:])]
    securities = [r[0] for r in conn.execute("SELECT DISTINCT security FROM cross_index ORDER BY security")]
    ranges = [(first, last) for i, first in enumerate(securities) for last in securities[i:i + 2]]
    ranged = [list(groups(conn, first, last)) for first, last in ranges]
    assert ranged == [_counted_groups(conn, first, last) for first, last in ranges]
    assert sum(0 < len(r) < len(fast) for r in ranged) >= 2


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
    text = _item(check).decode("utf-8")
    assert "\x1b" not in text and click.unstyle(text) == text
    assert text == check.model_dump_json(indent=2, exclude_none=True).replace("\n", "\n    ")


def test_progress_lines_written_plain_are_the_bytes_rich_prints(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    plain = ["quotecheck: auditing 801/2000 pages, 5.0 s", "quotecheck: auditing 7 pages, 0.0 s (a b.txt)", "x: y :", "é ✓ ]"]
    tricky = ["quotecheck: auditing 1 pages (:smile:)", "a [bold]b[/bold]", "a\rb\x07c", "a\\[b]"]
    for line in plain + tricky:
        progress = AuditProgress(None, None)
        assert not progress._terminal  # captured stderr is no tty
        progress._log(line)
        ours = capsys.readouterr().err
        assert (progress._console is None) == (line in plain)  # the plain lines took the fast path, the others rich
        Console(stderr=True, highlight=False).print(line, highlight=False, soft_wrap=True)
        assert ours == capsys.readouterr().err
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert AuditProgress(None, None)._terminal  # rich decides when the environment asks for colour


def test_an_audit_in_json_loads_no_rich(tmp_path: Path) -> None:
    """A whole `audit --format json` run, stderr no terminal and a progress line per page, never imports rich."""
    page = next((FIX / "gurufocus" / "seeds").glob("*.txt"))
    code = ("import sys\nfrom quotecheck.cli import main\ntry:\n"
            f"    main(['audit', {str(page)!r}, {str(page)!r}, '--format', 'json'], standalone_mode=False)\n"
            "finally:\n    print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'), file=sys.stderr)")
    env = {**os.environ, "QUOTECHECK_PROGRESS_EVERY": "0"}
    env.pop("FORCE_COLOR", None)
    env.pop("TTY_COMPATIBLE", None)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert '"checks"' in done.stdout and "quotecheck: auditing" in done.stderr
    assert done.stderr.rstrip().splitlines()[-1] == "[]"
