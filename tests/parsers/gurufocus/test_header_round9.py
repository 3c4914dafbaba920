"""Round 9's unseen pages: header readings that were wrong or missing (regressions named after the finding)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import parse_file, parse_text
from quotecheck.parsers._numbers import parse_number
from quotecheck.parsers._securities import gurufocus_canonical_id

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("E£-55.92 Mil.", "-55.92", "EGP"),  # CAI:CICH line 14
    ("E£294.77", "294.77", "EGP"),
    ("£294.77", "294.77", "GBP"),  # the pound alone stays sterling
])
def test_egyptian_pound_is_read(text: str, value: str, currency: str) -> None:
    num = parse_number(text)
    assert num is not None and str(num.value) == value and num.currency == currency


def test_egp_amounts_become_facts() -> None:
    doc = parse_file(REAL / "gurufocus_capex-to-operating-income_CAI-CICH.txt")
    got = {f.metric: (f.value.currency, str(f.value.value)) for f in doc.facts if f.line == 14 and f.value}
    assert got == {"capital_expenditure": ("EGP", "-55.92"), "operating_income": ("EGP", "294.77")}
    assert doc.security.id == "CICH.CAI"


def test_alert_page_term_from_trend_sentence_and_no_name_from_site_notes() -> None:
    doc = parse_file(REAL / "gurufocus_capex-to-operating-income_alerts_NYSE-CGC.txt")
    assert doc.term == "Capex-to-Operating-Income"
    assert doc.security.name is None and doc.security.ticker == "CGC"
    assert any(n.code == "lacks_name" for n in doc.notes)


def test_a_named_alert_page_keeps_its_prose_name() -> None:
    """The same alert page with its name filled in: the prose's name is read, the site's notes still are not."""
    text = (REAL / "gurufocus_capex-to-operating-income_alerts_NYSE-CGC.txt").read_text(encoding="utf-8")
    doc = parse_text(text.replace("\n's ", "\nAcme Corp's ").replace("for 's ", "for Acme Corp's "), source="acme.txt")
    assert doc.security.name == "Acme Corp" and doc.term == "Capex-to-Operating-Income"


def test_index_symbol_with_empty_exchange() -> None:
    doc = parse_file(REAL / "gurufocus_fcf-margin_INDEX-NQ.txt")
    sec = doc.security
    assert (sec.ticker, sec.exchange, sec.symbols.get("gurufocus"), sec.id) == ("^NQ", None, "^NQ", None)
    assert doc.layout == "breadcrumb" and doc.term == "FCF Margin %"
    assert not any(n.code == "title_parenthesis" for n in doc.notes)


def test_as_of_today_takes_the_date_of_the_today_sentences() -> None:
    doc = parse_file(REAL / "gurufocus_forward-dividend-yield_TSX-FTS.PR.F.PFD.txt")
    head = doc.fact("headline")
    assert head is not None and head.as_of == "2024-04-23" and head.period_text == "Today"


def test_as_of_today_stays_undated_when_the_sentences_disagree() -> None:
    lines = ["url: https://www.gurufocus.com/term/ForwardDividendYield/NYSE:ACME", "",
             "GURUFOCUS.COM » STOCK LIST » Industrials » Tools » Acme Inc (NYSE:ACME) » Definitions » Forward Dividend Yield %",
             "", "Acme (NYSE:ACME) Forward Dividend Yield % : 1.00% (As of Today)", "",
             "As of today (2024-04-23), the Forward Annual Dividend Yield of Acme is 1.00%.",
             "As of today (2024-04-24), the Trailing Annual Dividend Yield of Acme is 1.00%."]
    head = parse_text("\n".join(lines), source="acme.txt").fact("headline")
    assert head is not None and head.as_of is None


def test_preferred_ticker_is_upper_case_and_its_printed_form_kept() -> None:
    """GuruFocus prints one security's ticker in two cases (CHIX:LSEGl in the breadcrumb, CHIX:LSEGL in the title
    and URL), so the ticker and the id are case-folded to join its pages; 'NYSE:ASBpC.PFD' is kept as printed."""
    assert gurufocus_canonical_id("NYSE:ASBpC.PFD") == "ASBPC.PFD.US"
    doc = parse_file(REAL / "gurufocus_e10_CHIX-LSEGL.txt")
    assert doc.security.ticker == "LSEGL" and doc.security.symbols["gurufocus"] == "CHIX:LSEGl"
