"""The audit run's index (one text key, one text record a fact) gives the groups the store's 16-column index gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quotecheck._ingest._index import FactIndex, compact_rows, groups
from quotecheck._report import _run_index
from quotecheck._report._run import CompactIndex, KeepDocuments
from quotecheck.parsers import collect_pages, parse_file
from quotecheck.parsers._audit import CrossFact
from quotecheck.parsers._checks import interval_memo
from quotecheck.parsers._models import Document

FIX = Path(__file__).resolve().parents[2] / "fixtures"


def _pages() -> list[Document]:
    """Fixture pages, each twice under two paths: every comparable key is then on two or more pages."""
    docs = [parse_file(p) for p in collect_pages([FIX / "gurufocus" / "seeds", FIX / "gurufocus" / "realpages", FIX / "longbridge"])]
    return [d.model_copy(update={"path": f"{d.path}#{copy}"}) for d in docs for copy in range(2)]


def _both(docs: list[Document]) -> tuple[list[list[CrossFact]], list[list[CrossFact]]]:
    """The groups of the store's index and of the run's, from the same documents."""
    store, run = sqlite3.connect(":memory:", isolation_level=None), sqlite3.connect(":memory:", isolation_level=None)
    index = FactIndex(store)
    _run_index.create(run)
    for doc in docs:
        index.add(compact_rows(doc))
        _run_index.add(run, _run_index.run_rows(doc))
    return list(groups(store)), list(_run_index.groups(run))


def test_the_run_index_gives_the_store_index_groups() -> None:
    stored, run = _both(_pages())
    assert len(stored) > 500 and sum(map(len, stored)) > 2 * len(stored)
    assert run == stored  # the same keys in the same order, the same facts in each in the same order
    assert [[type(x) for x in f] for g in run for f in g] == [[type(x) for x in f] for g in stored for f in g]


@pytest.mark.parametrize("mark", ["\x01", "\x02"])
def test_a_part_holding_a_separator_is_stored_whole(mark: str) -> None:
    """A document built by hand may hold what no parsed page does (the parser refuses both marks in page text): its
    key and record are written as JSON, never split in the wrong place."""
    doc = next(d for d in _pages() if d.security.id and d.site.value == "gurufocus")
    twin = doc.model_copy(update={"path": doc.path + "-twin"})
    for page in (doc, twin):
        page.facts = [f.model_copy(update={"label": f"{mark}{f.label}{mark}x", "id": f.id + mark}) for f in page.facts]
        page.security = page.security.model_copy(update={"id": f"{page.security.id}{mark}"})
    stored, run = _both([doc, twin])
    assert stored and run == stored
    assert all(f.label.startswith(mark) and f.key[0].endswith(mark) for g in run for f in g)


@pytest.mark.parametrize("mark", ["\x01", "\x02"])
def test_a_record_holding_a_separator_keeps_its_key_with_the_other_pages(mark: str) -> None:
    """One page's labels hold a mark, its twin's do not: their facts are still one key's (round-49 second read P1: the
    key was written as JSON with the record, and the twins' groups were lost)."""
    doc = next(d for d in _pages() if d.security.id and d.site.value == "gurufocus")
    twin = doc.model_copy(update={"path": doc.path + "-twin"})
    twin.facts = [f.model_copy(update={"label": f"{f.label}{mark}"}) for f in twin.facts]
    stored, run = _both([doc, twin])
    assert stored and run == stored
    assert {len({f.path for f in g}) for g in run} == {2}


def test_the_run_checks_across_pages_are_those_of_the_documents_kept_whole() -> None:
    docs = _pages()
    compact, kept = CompactIndex(), KeepDocuments()
    for doc in docs:
        with interval_memo():
            compact.add(doc)
        kept.add(doc)
    checks = list(compact.checks())
    assert len(checks) > 500 and checks == kept.checks()
