"""Shared fixtures for the ingestion tests: a small generated corpus."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_corpus_module() -> ModuleType:
    """benchmarks/corpus.py, the corpus generator."""
    spec = importlib.util.spec_from_file_location("qc_bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def corpus_module() -> ModuleType:
    return load_corpus_module()


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory, corpus_module: ModuleType) -> tuple[Path, set[str]]:
    """About 90 pages with at least one of every injected error."""
    out = tmp_path_factory.mktemp("corpus")
    manifest = corpus_module.generate(out, 90, seed=7, rate=0.08)
    assert all(manifest[k] for k in ("moved", "stale", "revised_cpi")), manifest
    return out, corpus_module.expected_findings(manifest)
