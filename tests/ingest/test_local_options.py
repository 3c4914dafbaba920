"""The Dask executor's options given to a local ingest are refused, not ignored (round-36 new user NU5-7: 'ingest --out
DIR' wrote ./quotecheck.db and made no DIR, with exit 0)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck.cli import main

PAGE = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "seeds" / "003_b9acf76c90166648.txt"


@pytest.mark.parametrize(("options", "named"), [
    (["--out", "shards"], "--out is for --executor dask"),
    (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler is for --executor dask"),
    (["--shard-size", "5", "--out", "shards"], "--out, --shard-size are for --executor dask"),
    (["--executor", "local", "--out", "shards"], "--out is for --executor dask"),
], ids=["out", "scheduler", "two", "local-named"])
def test_a_dask_option_without_dask_is_refused_before_anything_is_written(tmp_path: Path, options: list[str], named: str) -> None:
    store = tmp_path / "q.db"
    res = CliRunner().invoke(main, ["ingest", str(PAGE), "--store", str(store), *options])
    assert res.exit_code == 2 and named in res.output, res.output
    assert not store.exists() and not (tmp_path / "shards").exists()


@pytest.mark.parametrize(("options", "named"), [
    (["--store", "q.db"], "--store is for the local executor"),
    (["--workers", "3"], "--workers is for the local executor"),
    (["--reparse"], "--reparse is for the local executor"),
], ids=["store", "workers", "reparse"])
def test_a_local_option_with_dask_is_refused(tmp_path: Path, options: list[str], named: str) -> None:
    """The second read of round 36: --executor dask ignored --store and --workers and exited 0."""
    res = CliRunner().invoke(main, ["ingest", str(PAGE), "--executor", "dask", "--out", str(tmp_path / "shards"), *options])
    assert res.exit_code == 2 and named in res.output, res.output
    assert not (tmp_path / "shards").exists()
