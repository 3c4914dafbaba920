"""Input that tripped the parser itself is the page's typed error, never a traceback (round-36 new user NU5-1, NU5-2).

A provenance line 'url: https://[x' (an unclosed IPv6 host: urlsplit's ValueError) and a doubled sign in a formula's
symbolic line ('M=--4.84+…': decimal.InvalidOperation) crashed every command; with the first sorted first, ingest stored
none of 300 pages, and every run again. Any other unexpected exception of a reader is now ``ParserFault``, naming the
page, so a batch goes on with the other pages. The edits are synthetic, made from a real seed page."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck import ParserFault, QuotecheckParseError, UnknownPageKind, audit, parse_text
from quotecheck.parsers.gurufocus import _term_page

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "gurufocus" / "seeds" / "004_953c4a038b52c2f5.txt"


@pytest.mark.parametrize("address", ["https://[x", "https://[::1/term/e10/X", "http://www.gurufocus.com:99999/term/e10/X"])
def test_an_address_urlsplit_refuses_is_on_no_site(address: str) -> None:
    with pytest.raises(UnknownPageKind):
        parse_text(f"url: {address}\n\nhello\n", source="x.txt")


def test_a_doubled_sign_in_a_formula_is_read_not_a_crash() -> None:
    text = SEED.read_text(encoding="utf-8").replace("\nM=-4.84+", "\nM=--4.84+", 1)
    assert "M=--4.84+" in text
    doc = parse_text(text, source="x.txt")
    assert audit(doc).checks  # audited like the page it was edited from


def test_a_readers_own_failure_is_the_pages_parser_fault(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("a reader's\nbug")

    monkeypatch.setattr(_term_page, "read_history", broken)
    with pytest.raises(ParserFault) as err:
        parse_text(SEED.read_text(encoding="utf-8"), source="page.txt")
    assert isinstance(err.value, QuotecheckParseError) and err.value.source == "page.txt"
    assert "ValueError: a reader's bug" in err.value.message and "a bug in quotecheck" in err.value.message
    assert "\n" not in str(err.value)  # one line of a report, whatever the exception printed


def test_a_batch_goes_on_past_a_page_that_tripped_the_parser(tmp_path: Path) -> None:
    (tmp_path / "a_bad.txt").write_text("url: https://[x\n\nhello\n", encoding="utf-8")
    (tmp_path / "b_good.txt").write_bytes(SEED.read_bytes())
    res = subprocess.run([sys.executable, "-c", "from quotecheck.cli import main; main()", "audit", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and "Traceback" not in res.stderr, res.stderr
    assert f"{tmp_path / 'a_bad.txt'}:1: UnknownPageKind" in res.stderr
    assert res.stdout.splitlines()[-3].startswith("1 documents, ")
