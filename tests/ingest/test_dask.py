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


def test_merge_keeps_decimals_as_decimals_and_dates_as_dates(small_corpus: tuple[Path, set[str]], tmp_path: Path) -> None:
    from decimal import Decimal

    import pyarrow as pa

    from quotecheck._ingest._export import to_date

    corpus, _ = small_corpus
    out = tmp_path / "out"
    paths = next(_dask.shards([corpus], 30))
    _dask.run_shard(0, paths, out)
    _dask.merge(out)
    raw = pa.concat_tables([ds.dataset(p).to_table() for p in sorted((out / "shards" / "shard-00000").glob("facts-*.parquet"))])  # the shard's text
    facts = ds.dataset(out / "merged" / "facts").to_table()
    assert pa.types.is_decimal(facts.schema.field("value").type)
    assert facts.schema.field("period_end").type == pa.date32() and facts.schema.field("as_of").type == pa.date32()
    assert ds.dataset(out / "merged" / "documents").to_table().schema.field("as_of").type == pa.date32()
    assert facts.num_rows == raw.num_rows > facts.column("period_end").null_count
    scale = facts.schema.field("value").type.scale
    assert scale == max(len(v.split(".")[1]) for v in raw.column("value").to_pylist() if v and "." in v)
    for typed_row, text_row in zip(facts.to_pylist(), raw.to_pylist(), strict=True):
        assert (typed_row["value"] is None) == (text_row["value"] is None)
        if text_row["value"] is not None:
            assert isinstance(typed_row["value"], Decimal) and typed_row["value"] == Decimal(text_row["value"])
        assert typed_row["period_end"] == to_date(text_row["period_end"])
        assert typed_row["as_of"] == to_date(text_row["as_of"])


def test_a_copy_under_another_name_is_one_document_with_its_facts_once(small_corpus: tuple[Path, set[str]], tmp_path: Path) -> None:
    """The same bytes under two names, in one shard and across two: one document, and its facts, checks and index rows
    once, as the local store keeps them (round-33 new user NU2-2: each copy's facts and checks were stored again, and
    the checks across pages counted the copy as another page)."""
    import pyarrow as pa

    corpus, _ = small_corpus
    originals = sorted(corpus.rglob("*.txt"))[:6]
    pages = tmp_path / "pages"
    pages.mkdir()
    for p in originals:
        (pages / p.name).write_bytes(p.read_bytes())
    (pages / f"zz_copy_{originals[0].name}").write_bytes(originals[0].read_bytes())  # a copy, sorted last
    out = tmp_path / "out"
    paths = [str(p) for p in sorted(pages.iterdir())]
    _dask.run_shard(0, paths[:4], out)  # originals[0] and its copy in different shards ...
    _dask.run_shard(1, paths[4:], out)
    (pages / f"aa_copy_{originals[1].name}").write_bytes(originals[1].read_bytes())
    _dask.run_shard(2, [str(pages / originals[2].name), str(pages / f"aa_copy_{originals[1].name}"),
                        str(pages / originals[1].name)], out)  # ... and a copy within one shard
    result = _dask.merge(out)
    docs = ds.dataset(out / "merged" / "documents").to_table().to_pylist()
    assert result.documents == len(docs) == len({d["sha256"] for d in docs}) == 6
    facts = ds.dataset(out / "merged" / "facts").to_table()
    checks = ds.dataset(out / "merged" / "checks").to_table().filter(ds.field("sha256").is_valid())
    for d in docs:
        assert facts.filter(pa.compute.equal(facts.column("sha256"), d["sha256"])).num_rows == d["facts"], d["source"]
        assert checks.filter(pa.compute.equal(checks.column("sha256"), d["sha256"])).num_rows == d["checks"], d["source"]
    sources = {d["source"] for d in docs}
    assert set(ds.dataset(out / "merged" / "cross_index").to_table().column("path").to_pylist()) <= sources


def test_the_unusable_inputs_are_named_as_the_local_executor_names_them(small_corpus: tuple[Path, set[str]], tmp_path: Path) -> None:
    """Dask mode only counted them ('unusable inputs: 10'); each is listed as 'path:line: ErrorName: message' (NU2-3)."""
    corpus, _ = small_corpus
    pages = tmp_path / "pages"
    pages.mkdir()
    page = sorted(corpus.rglob("*.txt"))[0]
    (pages / page.name).write_bytes(page.read_bytes())
    (pages / "note.txt").write_text("not a page\n", encoding="utf-8")
    (pages / "note_copy.txt").write_text("not a page\n", encoding="utf-8")  # a copy of an unusable input is one too
    out = tmp_path / "out"
    _dask.run_shard(0, [str(p) for p in sorted(pages.iterdir())], out)
    merged = _dask.merge(out)
    got = [(Path(e.path).name, e.line, e.error) for e in _dask.unusable_inputs(merged.out)]
    assert got == [("note.txt", 1, "UnknownPageKind"), ("note_copy.txt", 1, "UnknownPageKind")]


def test_ctrl_c_at_the_terminal_stops_a_dask_run_with_130_and_no_traceback(small_corpus: tuple[Path, set[str]], tmp_path: Path) -> None:
    """Ctrl-C reaches every process of the terminal's group: the workers printed their KeyboardInterrupt, the client its
    cancelled tasks, click 'Aborted!', and the run exited 1 (round-33 new user NU2-3). The run says what it keeps and
    exits 130; run again, it finishes the rest."""
    import os
    import signal
    import subprocess
    import sys
    import time

    corpus, _ = small_corpus
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "quotecheck", "ingest", str(corpus), "--executor", "dask", "--out", str(out), "--shard-size", "5"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 90
    while not (out / "shards").exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)  # the cluster is up and shards are being written
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    text = err.decode()
    assert proc.returncode == 130 and "Traceback" not in text and "Aborted" not in text, text[-3000:]
    assert "run the same command again to resume" in text
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert again.returncode in (0, 1) and "documents:" in again.stderr, again.stderr[-2000:]


def test_merge_of_a_long_amount_beside_many_decimals_is_exact(tmp_path: Path) -> None:
    """Round-34 new user NU3-4: the merge crashed as export did (a 20-digit amount at 13 decimals is 33 digits),
    leaving a 'merged-*' temporary folder on every try."""
    from decimal import Decimal

    seed = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "seeds" / "001_39c86e187c513272.txt"
    corpus = tmp_path / "pages"
    corpus.mkdir()
    page = seed.read_text(encoding="utf-8")
    (corpus / "a.txt").write_text(page.replace("18.20", "99999999999999999999.99", 1), encoding="utf-8")
    (corpus / "b.txt").write_text(page.replace("18.20", "0.0000000000123", 1), encoding="utf-8")
    out = tmp_path / "out"
    _dask.run_shard(0, next(_dask.shards([corpus], 30)), out)
    _dask.merge(out)
    values = set(ds.dataset(out / "merged" / "facts").to_table().column("value").to_pylist())
    assert {Decimal("99999999999999999999.99"), Decimal("0.0000000000123")} <= values
    assert not list(out.glob("merged-*"))
