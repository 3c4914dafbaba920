"""Ingestion on Dask: shards of pages as tasks, Parquet and a completion marker per shard, one idempotent merge.

The unit of work is a shard (``--shard-size`` pages), not a page: the scheduler's
per-task cost stays negligible. A shard writes parts of ``PART_SIZE`` pages,
each part's files renamed into place before its ``.done`` marker; a relaunch
skips shards with ``_SUCCESS`` and, inside a shard, parts already done
(datatrove's completion markers). The merge writes ``merged/<table>/`` datasets
(one file per shard) and the cross-document checks, via a temporary folder
renamed into place, so running it twice gives the same result. Shards store
text; the merge types the columns as ``export`` does (``_export.KINDS``):
printed numbers as ``decimal128`` at the largest scale printed in any shard,
dates as ``date32``, so every file of a merged table has one schema.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Final

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from quotecheck.parsers import InputError

from ._cross import parallel_checks
from ._export import KINDS, MAX_SCALE, convert, decimal_type, integer_digits
from ._index import FactIndex
from ._pool import Pool, batched, default_workers
from ._sources import file_task, walk_pages
from ._work import Task, load, process

PART_SIZE: Final = 500
CROSS_ROWS_PER_GROUP: Final = 20_000  # cross checks are written as they come, this many per row group: memory does not grow with them
S, N = pa.string(), pa.int64()
SCHEMAS: Final = {
    "documents": pa.schema([("sha256", S), ("source", S), ("site", S), ("kind", S), ("term", S), ("security_id", S), ("as_of", S),
                            ("facts", N), ("checks", N)]),
    "facts": pa.schema([("sha256", S), ("fact_id", S), ("metric", S), ("label", S), ("value", S), ("text", S), ("decimals", N),
                        ("currency", S), ("unit", S), ("period_end", S), ("frequency", S), ("as_of", S), ("context", S), ("line", N),
                        ("scale_factor", N)]),
    "checks": pa.schema([("sha256", S), ("rule", S), ("status", S), ("subject", S), ("message", S), ("path", S), ("line", N), ("detail", S)]),
    "errors": pa.schema([("source", S), ("sha256", S), ("line", N), ("error", S), ("message", S)]),
    "cross_index": pa.schema([("security", S), ("metric", S), ("period_end", S), ("frequency", S), ("unit", S), ("window", S), ("lo", S),
                              ("hi", S), ("decimals", N), ("text", S), ("value", S), ("as_of", S), ("path", S), ("line", N),
                              ("fact_id", S), ("label", S)]),
}


@dataclass
class DaskResult:
    """What a Dask run did."""

    shards: int = 0
    shards_run: int = 0
    documents: int = 0
    errors: int = 0
    failed: int = 0
    cross: dict[str, int] = field(default_factory=dict)
    out: Path = Path()

    def lines(self) -> list[str]:
        """The closing summary."""
        return [f"dask: {self.shards} shards ({self.shards_run} run now, the rest already complete) into {self.out}",
                f"documents: {self.documents}; unusable inputs: {self.errors}; failed checks: {self.failed}",
                f"cross-document checks: {', '.join(f'{k} {v}' for k, v in sorted(self.cross.items())) or 'none'}"]


def shards(sources: list[Path], size: int) -> Iterator[list[str]]:
    """The page paths of the sources, in shards of ``size`` (listed lazily)."""
    pages = (str(p) for src in sources for p in walk_pages(src))
    while chunk := list(islice(pages, size)):
        yield chunk


def _rows(payload: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    h = payload["sha256"]
    if "error" in payload:
        line, error, message = payload["error"]
        return {"errors": [(payload["source"], h, line, error, message)]}
    return {
        "documents": [(h, payload["source"], payload["site"], payload["kind"], payload["term"], payload["security_id"], payload["as_of"],
                       len(payload["facts"]), len(payload["checks"]))],
        "facts": [(h, *r) for r in payload["facts"]],
        "checks": [(h, *r) for r in payload["checks"]],
        "cross_index": [tuple(r) for r in payload["cross"]],
    }


def _table(table: str, rows: list[tuple[Any, ...]]) -> pa.Table:
    schema = SCHEMAS[table]
    cols: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) if rows else [() for _ in schema]
    return pa.table([pa.array(list(c), type=f.type) for c, f in zip(cols, schema, strict=True)], schema=schema)


def _write(path: Path, table: str, rows: list[tuple[Any, ...]]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(_table(table, rows), tmp)
    tmp.replace(path)


def run_shard(shard_id: int, paths: list[str], out: Path) -> int:
    """Process one shard (resuming at its first unfinished part); return the number of parts run now."""
    folder = out / "shards" / f"shard-{shard_id:05d}"
    if (folder / "_SUCCESS").exists():
        return 0
    folder.mkdir(parents=True, exist_ok=True)
    ran = 0
    stored: set[str] = set()  # the contents this shard holds: a copy under another name is stored once, as locally
    for part, start in enumerate(range(0, len(paths), PART_SIZE)):
        marker = folder / f"part-{part:04d}.done"
        if marker.exists():  # done in an earlier run: its contents count as stored
            stored.update(pq.read_table(folder / f"documents-{part:04d}.parquet", columns=["sha256"]).column("sha256").to_pylist())
            continue
        tables: dict[str, list[tuple[Any, ...]]] = {t: [] for t in SCHEMAS}
        for p in paths[start:start + PART_SIZE]:
            task = file_task(Path(p))
            if not isinstance(task, Task):
                tables["errors"].append((task.path, "", task.line, task.error, task.message))
                continue
            if task.sha256 in stored:  # round-33 new user NU2-2: its facts and checks were stored twice
                continue
            rows_of = _rows(load(process(task)))
            if "documents" in rows_of:  # a stored document; an unusable page's copy is reported again, as locally
                stored.add(task.sha256)
            for table, rows in rows_of.items():
                tables[table] += rows
        for table, rows in tables.items():
            _write(folder / f"{table}-{part:04d}.parquet", table, rows)
        marker.write_text("ok\n")
        ran += 1
    (folder / "_SUCCESS").write_text(f"{len(paths)} pages\n")
    return ran


def _scales(done: list[Path]) -> dict[tuple[str, str], pa.DataType]:
    """The decimal type of each decimal column: the most decimals printed in any shard (so every value is exact), and
    room for its longest whole part (``decimal_type``)."""
    scales: dict[tuple[str, str], pa.DataType] = {}
    for (table, column), kind in KINDS.items():
        if kind != "decimal" or table not in SCHEMAS or column not in SCHEMAS[table].names:
            continue
        scale, whole = 0, 1
        for shard in done:
            for part in shard.glob(f"{table}-*.parquet"):
                for v in pq.read_table(part, columns=[column]).column(column).to_pylist():
                    if v:
                        whole = max(whole, integer_digits(v))
                        if "." in v:
                            scale = max(scale, len(v) - v.index(".") - 1)
        scales[(table, column)] = decimal_type(whole, min(MAX_SCALE, scale))
    return scales


def typed(table: str, data: pa.Table, scales: dict[tuple[str, str], pa.DataType]) -> pa.Table:
    """A shard table with its decimal and date columns typed as ``export`` types them."""
    for i, f in enumerate(data.schema):
        kind = KINDS.get((table, f.name))
        if kind == "decimal":
            typ: pa.DataType = scales[(table, f.name)]
        elif kind == "date":
            typ = pa.date32()
        else:
            continue
        arr = pa.array([convert(v, typ) for v in data.column(i).to_pylist()], type=typ)
        data = data.set_column(i, pa.field(f.name, typ), arr)
    return data


def _write_cross(path: Path, rows: Iterator[tuple[Any, ...]], result: DaskResult) -> None:
    """Write the cross-document checks (rows in key order) to ``path`` as they come, counting them by status into ``result``."""
    tmp = path.with_name(path.name + ".tmp")
    with pq.ParquetWriter(tmp, SCHEMAS["checks"]) as writer:
        for chunk in batched(rows, CROSS_ROWS_PER_GROUP):
            for c in chunk:
                result.cross[c[1]] = result.cross.get(c[1], 0) + 1
            writer.write_table(_table("checks", [(None, *c) for c in chunk]))
    tmp.replace(path)


def merge(out: Path) -> DaskResult:
    """Merge every complete shard into ``out/merged/<table>/`` and write the cross-document checks (idempotent)."""
    result = DaskResult(out=out / "merged")
    done = sorted(p.parent for p in (out / "shards").glob("shard-*/_SUCCESS"))
    tmp = Path(tempfile.mkdtemp(prefix="merged-", dir=out))
    seen: set[str] = set()
    kept: dict[Path, tuple[set[str], set[str]]] = {}  # each shard's documents the merge keeps: their contents and sources
    scales = _scales(done)
    with Pool(default_workers()) as pool, tempfile.TemporaryDirectory() as scratch:  # the pool first: no worker inherits the index
        db = Path(scratch) / "index.sqlite3"
        conn = sqlite3.connect(db, isolation_level=None)
        index = FactIndex(conn)
        for table in SCHEMAS:
            (tmp / table).mkdir()
            for shard in done:
                parts = sorted(shard.glob(f"{table}-*.parquet"))
                data = pa.concat_tables([pq.read_table(p) for p in parts]) if parts else SCHEMAS[table].empty_table()
                if table == "documents":  # the same content in two shards is one document
                    keep = [h not in seen and not seen.add(h) for h in data.column("sha256").to_pylist()]  # type: ignore[func-returns-value]
                    data = data.filter(pa.array(keep, type=pa.bool_()))
                    kept[shard] = (set(data.column("sha256").to_pylist()), set(data.column("source").to_pylist()))
                    result.documents += data.num_rows
                elif table in ("facts", "checks", "cross_index"):  # and its facts, checks and index rows are its first's
                    column, allowed = ("path", kept[shard][1]) if table == "cross_index" else ("sha256", kept[shard][0])
                    data = data.filter(pc.is_in(data.column(column), value_set=pa.array(sorted(allowed), type=pa.string())))
                if table == "errors":
                    result.errors += data.num_rows
                if table == "checks":
                    result.failed += sum(1 for s in data.column("status").to_pylist() if s == "fail")
                if table == "cross_index":
                    conn.execute("BEGIN")
                    index.add([tuple(r.values()) for r in data.to_pylist()])
                    conn.execute("COMMIT")
                pq.write_table(typed(table, data, scales), tmp / table / f"{shard.name}.parquet")
        _write_cross(tmp / "checks" / "cross.parquet", parallel_checks(pool, conn, db), result)
        conn.close()
    final = out / "merged"
    if final.exists():
        shutil.rmtree(final)
    tmp.replace(final)
    result.shards = len(done)
    return result


@contextmanager
def _workers_ignore_ctrl_c() -> Iterator[None]:
    """SIGINT ignored while the local cluster's processes start, so that they inherit it: a Ctrl-C at the terminal reaches
    every process of its group, and each worker printed its KeyboardInterrupt (round-33 new user NU2-3). This process
    takes it, stops the run and closes the cluster, as the local executor's pool does."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def unusable_inputs(merged: Path) -> Iterator[InputError]:
    """The inputs a merged run could not use, as the local executor lists them (``path:line: ErrorName: message``)."""
    folder = merged / "errors"
    for part in sorted(folder.glob("*.parquet")) if folder.is_dir() else ():
        for row in pq.read_table(part).to_pylist():
            yield InputError(path=row["source"] or "?", line=row["line"], error=row["error"] or "Error", message=row["message"] or "")


def run_dask(sources: list[Path], out: Path, *, scheduler: str | None = None, shard_size: int = 2000, client: Any = None) -> DaskResult:
    """Run every unfinished shard on the Dask cluster at ``scheduler`` (a local cluster when None), then merge."""
    from distributed import Client, LocalCluster

    out.mkdir(parents=True, exist_ok=True)
    own_cluster = None
    if client is None:
        if scheduler is None:
            with _workers_ignore_ctrl_c():
                own_cluster = LocalCluster(processes=True, dashboard_address=":0")  # type: ignore[no-untyped-call]
            client = Client(own_cluster)  # type: ignore[no-untyped-call]
        else:
            client = Client(scheduler)  # type: ignore[no-untyped-call]
    try:
        futures = [client.submit(run_shard, i, paths, out, key=f"quotecheck-shard-{i}", pure=False)
                   for i, paths in enumerate(shards(sources, shard_size))]
        ran = sum(1 for n in client.gather(futures) if n)
    finally:
        if own_cluster is not None:
            client.close()
            own_cluster.close()
    result = merge(out)
    result.shards_run = ran
    return result
