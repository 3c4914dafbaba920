"""The Dask executor on a LocalCluster: shards with markers, resume inside a shard, idempotent merge with cross checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from quotecheck._ingest import _dask


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_shards_markers_resume_and_merge(small_corpus: tuple[Path, set[str]], tmp_path: Path, client, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    corpus, expected = small_corpus
    pages = len(list(corpus.rglob("*.txt"))) + len(list(corpus.rglob("*.md")))
    out = tmp_path / "out"
    first = _dask.run_dask([corpus], out, shard_size=40, client=client)
    assert first.shards == -(-pages // 40) and first.shards_run == first.shards and first.documents == pages
    docs = ds.dataset(out / "merged" / "documents").to_table()
    assert docs.num_rows == pages and len(set(docs.column("sha256").to_pylist())) == pages
    cross = ds.dataset(out / "merged" / "checks").to_table().filter(ds.field("sha256").is_null()).to_pylist()
    wanted = {e for e in expected if e.startswith("cross|")}
    got = {"cross|" + "|".join(c["subject"].split(" ")[:3]).replace("(", "").replace(")", "") + f"|{c['status']}" for c in cross if c["status"] != "pass"}
    assert got == wanted

    again = _dask.run_dask([corpus], out, shard_size=40, client=client)  # every shard complete: nothing runs, same merge
    assert again.shards_run == 0 and (again.documents, again.cross) == (first.documents, first.cross)

    shard = out / "shards" / "shard-00000"  # a shard interrupted after its first part resumes inside itself
    (shard / "_SUCCESS").unlink()
    monkeypatch.setattr(_dask, "PART_SIZE", 20)
    shutil.rmtree(shard)
    shard.mkdir()
    assert _dask.run_shard(0, next(_dask.shards([corpus], 40)), out) == 2
    (shard / "_SUCCESS").unlink()
    (shard / "part-0001.done").unlink()
    assert _dask.run_shard(0, next(_dask.shards([corpus], 40)), out) == 1
    assert _dask.merge(out).documents == pages
