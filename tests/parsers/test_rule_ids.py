"""The catalog of rule ids (parsers/_rule_ids.py) is the ids the code gives its checks, no more and no fewer: --select
and --ignore are held to it before a run, so an id the code makes but the catalog lacks could not be selected."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotecheck.parsers import QuotecheckParseError, audit, collect_pages, parse_file
from quotecheck.parsers._models import Site
from quotecheck.parsers._rule_ids import RULE_IDS
from quotecheck.parsers._site import RULE_PREFIXES
from quotecheck.parsers._sites import spec_for

ROOT = Path(__file__).resolve().parents[2]
PARSERS = ROOT / "parsers"
# a rule id as the code writes it: a literal ("lb.restated") or the GuruFocus prefix's f-string (f"{RULE}.ttm.sum")
_LITERAL = re.compile(r"""["']((?:gf|lb|cross)\.[a-z_]+(?:\.[a-z_]+)*)["']""")
_PREFIXED = re.compile(r"""f["']\{RULE\}\.([a-z_]+(?:\.[a-z_]+)*)["']""")


def _ids_in_code() -> set[str]:
    found: set[str] = set()
    for path in PARSERS.rglob("*.py"):
        if path.name == "_rule_ids.py":
            continue
        text = path.read_text(encoding="utf-8")
        found.update(m for m in _LITERAL.findall(text))
        prefix = "gf" if "gurufocus" in path.parts else None
        if prefix:
            found.update(f"{prefix}.{m}" for m in _PREFIXED.findall(text))
    return found


def test_every_id_the_code_writes_is_in_the_catalog_and_every_catalog_id_is_written() -> None:
    in_code = _ids_in_code()
    assert in_code - RULE_IDS.keys() == set(), "ids the code makes that --select would refuse"
    assert RULE_IDS.keys() - in_code == set(), "catalog ids no code makes"


def test_every_check_of_the_fixtures_carries_a_catalog_id() -> None:
    rules: set[str] = set()
    for page in collect_pages(ROOT / "fixtures"):
        try:
            rules.update(c.rule for c in audit(parse_file(page)).checks)
        except QuotecheckParseError:  # the refused pages (fixtures/nonpages) carry no checks
            continue
    assert len(rules) > 40 and rules <= RULE_IDS.keys()


@pytest.mark.parametrize("site", list(Site))
def test_a_crashed_rules_id_has_its_sites_prefix(site: Site) -> None:
    spec = spec_for(site)
    names = [spec.rule_name(rule) for rule in spec.rules]
    assert all(n.startswith(RULE_PREFIXES[site.value] + ".") for n in names)
    assert not set(names) & RULE_IDS.keys(), "a crash's id is its function's, never a check's"
