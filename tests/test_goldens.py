"""Every fixture page produces exactly the facts and check outcomes in its golden JSON."""

from __future__ import annotations

import json

import pytest
from golden import ROOT, golden_pages, golden_path, payload

PAGES = golden_pages()


def test_every_fixture_has_a_golden_file() -> None:
    missing = [str(p.relative_to(ROOT)) for p in PAGES if not golden_path(p).exists()]
    assert not missing, f"fixtures without golden JSON: {missing}"


def test_every_fixture_has_provenance() -> None:
    """Each page carries site, url and date, and says whether it is synthetic."""
    lacking = []
    for p in PAGES:
        meta = p.with_name(p.name + ".meta.json")
        if not meta.exists():
            meta = p.with_suffix(".meta.json")
        if not meta.exists():
            lacking.append(str(p.relative_to(ROOT)))
            continue
        data = json.loads(meta.read_text(encoding="utf-8"))
        if not {"site", "url", "date", "synthetic"} <= data.keys():
            lacking.append(str(meta.relative_to(ROOT)))
    assert not lacking, f"fixtures without complete provenance: {lacking}"


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT / "fixtures")) for p in PAGES])
def test_fixture_matches_golden(page) -> None:
    gp = golden_path(page)
    if not gp.exists():
        pytest.fail(f"no golden file {gp.name}; run python tests/golden.py --update and review it")
    expected = json.loads(gp.read_text(encoding="utf-8"))
    assert payload(page) == expected
