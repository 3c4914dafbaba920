"""Non-pages are refused with the typed error (or are their own kind), never read as a term or quote page.

The corpus is generated here from the repository's own files (README, golden JSON),
small notes that quote a headline, other sites' pages, plus the real non-pages
in ``real/`` (two GuruFocus definition pages, a Longbridge news article, and the text of two Longbridge quote pages'
HTML renderings, 01211.HK and 601658.SH on the .cn host, from the tool library's search store).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck.parsers import parse_text
from quotecheck.parsers._errors import UnknownPageKind

ROOT = Path(__file__).resolve().parents[3]
REAL = Path(__file__).resolve().parent / "real"

NOTES = {
    "headline_note": "E10 : $4.51 (As of Jun. 2016)\nchecked this on the train\nlooks cheap?\n-- me\n",
    "note_with_url": "url: https://www.gurufocus.com/term/e10/KO\n\nE10 : $4.51 (As of Jun. 2016)\nto do: compare\n",
    "headline_and_today": "E10 : $4.51 (As of Jun. 2016)\nAs of today, KO's current stock price is $42.\n",
    "breadcrumb_quote_in_prose": "The current layout starts with `GURUFOCUS.COM » STOCK LIST » …` and a title.\n"
                                 "Older ones start with `Switch to:`.\n",
    "csv": "period,e10,price\n2016-06,4.51,42.96\n2016-09,4.55,43.10\n",
    "other_site_html": "<!DOCTYPE html><html><head><title>Yahoo Finance</title></head><body><p>KO 42.96</p>"
                       "<p>P/E (TTM) 24.14</p></body></html>",
    "other_site_markdown": "# Coca-Cola (KO) stock quote\n\n## Summary\n\n| Field | Value |\n|---|---|\n| Price | 42.96 |\n",
    "longbridge_link_only": "See https://longbridge.com/en/quote/00700.HK.md for the quote.\nPrice: 300 HKD\n",
    "longbridge_topic": "url: https://longbridge.com/en/topics/123456\n\nMarket chat\n\nTencent looks strong today.\n",
    "json_list": '[{"id": "headline", "text": "$4.51"}]',
    "markdown_note_bare_headline": "# Debt-to-Asset\n\n: 0.35 As of Mar. 2024\nchecked this on the train\n",
    "alert_with_exchange_alone": "NYSE:KO has been successfully added to your Stock Email Alerts list.\nthanks\n",
    "pasted_breadcrumb_in_a_note": "My notes on value investing\n\nGURUFOCUS.COM » STOCK LIST » Technology » Hardware » "
                                   "Apple Inc (NAS:AAPL) » Definitions » PE Ratio\nI copied the line above from a site. "
                                   "Here is what I think about the PE Ratio:\nIt was 30.5 last year and 28.1 this year.\n",
}


def _repo_files() -> dict[str, str]:
    golden = ROOT / "fixtures" / "gurufocus" / "seeds" / "001_39c86e187c513272.txt.golden.json"
    lb_golden = ROOT / "fixtures" / "longbridge" / "seed_002371.SZ.md.golden.json"
    return {
        "README": (ROOT / "README.md").read_text(encoding="utf-8"),
        "realpages_README": (ROOT / "fixtures" / "gurufocus" / "realpages" / "README.md").read_text(encoding="utf-8"),
        "golden_json": golden.read_text(encoding="utf-8"),
        "golden_json_longbridge": lb_golden.read_text(encoding="utf-8"),
        "golden_json_compact": json.dumps(json.loads(golden.read_text(encoding="utf-8"))),
    }


CORPUS = {**NOTES, **_repo_files()}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_non_page_is_refused(name: str) -> None:
    with pytest.raises(UnknownPageKind) as err:
        parse_text(CORPUS[name], source=f"{name}.txt")
    assert err.value.source == f"{name}.txt" and err.value.line is not None


@pytest.mark.parametrize(("name", "kind_words"), [
    ("gurufocus_peter-lynch-fair-value_DEFINITION_2026.txt", "GuruFocus definition page"),
    ("gurufocus_penri_DEFINITION_what-is_2026.txt", "GuruFocus definition page"),  # opens on 'What Is PE Ratio without NRI?'
    ("longbridge_news_210202895.txt", "Longbridge news"),
    ("longbridge_quote_html_01211.HK.txt", "Longbridge quote page's HTML rendering"),
    ("longbridge_quote_html_cn_601658.SH.txt", "Longbridge quote page's HTML rendering"),  # the .cn host's
])
def test_real_non_page_is_refused_by_its_kind(name: str, kind_words: str) -> None:
    path = REAL / name
    with pytest.raises(UnknownPageKind) as err:
        parse_text(path.read_text(encoding="utf-8"), source=str(path))
    assert kind_words in err.value.message and err.value.source == str(path)


def test_cli_exits_2_on_a_note(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(NOTES["headline_note"], encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "quotecheck.cli", "audit", str(note)], capture_output=True, text=True,
                         check=False)
    assert out.returncode == 2, (out.stdout, out.stderr)
    said = out.stdout + out.stderr
    assert "note.txt:1" in said and "UnknownPageKind" in said and "Traceback" not in said
