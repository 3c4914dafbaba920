"""The audit run's temporary index of comparable facts: one text key and one text record per fact.

The store's ``cross_index`` keeps a fact in 16 typed columns, which its views and exports read. A run's index is read
only by the checks across pages, once, and then removed: each fact is the key's six parts joined into one column (so
the key index, the grouping and each group's lookup compare one string) and the seven values no query looks at joined
into another, beside the three the groups are ordered by (capture time, path, line). On the 2,000 benchmark pages
(19,197 facts in 466 groups) the rows' insert and read-back cost about 40% fewer instructions than the 16 columns'.

The separator is a control character the parser refuses in page text (``parsers._api``), so no part of a parsed page's
fact holds it; a key or record one of whose parts did is written as JSON instead (``_JSON``), never split in the wrong
place.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal

from quotecheck._ingest._index import compact_rows
from quotecheck.parsers import Document
from quotecheck.parsers._audit import CrossFact, Key

SEP = "\x01"
"""Between the parts of a key and of a record: below every character a parsed page's part may hold (the parser refuses
U+0000 to U+0008), so joined keys sort as their parts do, one after the other (the order of the checks across pages)."""

DDL = """
CREATE TABLE run_facts (
    key    TEXT NOT NULL,
    as_of  TEXT,
    path   TEXT,
    line   INTEGER NOT NULL,
    record TEXT NOT NULL
);
"""
KEY_INDEX = "CREATE INDEX run_facts_key ON run_facts (key)"
"""Built once the rows are in: cheaper than keeping it up row by row."""

_INSERT = "INSERT INTO run_facts VALUES (?, ?, ?, ?, ?)"
_KEYS = "SELECT key FROM run_facts GROUP BY key HAVING MIN(path) < MAX(path) ORDER BY key"
"""The keys stated on two or more pages (pages are told apart by their paths, as the store's index does)."""
_GROUP = "SELECT as_of, path, line, record FROM run_facts WHERE key = ? ORDER BY as_of, path, line, rowid"
_new_tuple = tuple.__new__

Row = tuple[str, str | None, str | None, int, str]


def run_rows(doc: Document) -> list[Row]:
    """The document's comparable facts as the run's index stores them: the store's rows (``compact_rows``), each key's
    six parts and its seven other values joined."""
    rows: list[Row] = []
    for r in compact_rows(doc):  # key (6), lo, hi, decimals, text, value, as_of, path, line, fact_id, label
        key, record = r[:6], (r[6], r[7], str(r[8]), r[9], r[10], r[14], r[15])
        joined_key, joined = SEP.join(key), SEP.join(record)  # type: ignore[arg-type]  # the key's parts are str
        if joined_key.count(SEP) != 5 or _JSON in joined_key:  # each on its own: a key is one text however its
            joined_key = _JSON + json.dumps(key)  # records are written (round-49 second read P1: one key, two groups)
        if joined.count(SEP) != 6 or _JSON in joined:
            joined = _JSON + json.dumps(record)
        rows.append((joined_key, r[11], r[12], r[13], joined))  # type: ignore[arg-type]  # as_of, path, line as typed
    return rows


_JSON = "\x02"
"""Marks a key or record written as JSON because a part holds a separator or this mark (never a parsed page's: the
parser refuses both characters in page text; a document built by hand, say). JSON writes control characters escaped,
so the text after the mark holds neither; such a key sorts before every other (not in its parts' order)."""


def _parts(joined: str) -> list[str]:
    """A key's or record's parts back from its text."""
    parts: list[str] = json.loads(joined[1:]) if joined.startswith(_JSON) else joined.split(SEP)
    return parts


def create(conn: sqlite3.Connection) -> None:
    """Create the run's table (without its key index, which ``groups`` builds)."""
    conn.executescript(DDL)


def add(conn: sqlite3.Connection, rows: list[Row]) -> None:
    """Add one document's rows (the caller owns the transaction)."""
    conn.executemany(_INSERT, rows)


def groups(conn: sqlite3.Connection) -> Iterator[list[CrossFact]]:
    """Every key stated on at least two pages, in key order, its facts by capture time, path, line and insertion."""
    conn.execute(KEY_INDEX)
    for (joined,) in conn.execute(_KEYS):  # a cursor, read as the groups are: the keys of a large run are not all kept
        key: Key = tuple(_parts(joined))  # type: ignore[assignment]  # six parts, as run_rows joined them
        group = []
        for as_of, path, line, record in conn.execute(_GROUP, (joined,)):
            lo, hi, decimals, text, value, fact_id, label = _parts(record)
            group.append(_new_tuple(CrossFact, (key, Decimal(lo), Decimal(hi), int(decimals), text, value, as_of, path,
                                                line, fact_id, label)))
        yield group
