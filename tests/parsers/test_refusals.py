"""A text refused as no page says what is missing: under a site's address, that site's header (round-17 testers gfw
#6, gfx #10, lb4 #4: real GuruFocus pages cut before their header, or of definitions only, and a Longbridge page
without its frontmatter, were all called 'not a page of a known kind', as if the site were unknown). The cut texts are
synthetic, made from real fixture pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import UnknownPageKind, parse_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
GF_PAGE = FIXTURES / "gurufocus" / "realpages" / "gurufocus_roic_NAS-AAPL.txt"
LB_PAGE = FIXTURES / "longbridge" / "seed_002371.SZ.md"


def _url_and_tail(page: Path, keep_from: int, url: str | None = None) -> str:
    """The page's 'url:' line (or ``url``'s) and a blank, then its lines from ``keep_from`` (1-based) on: its header
    cut away."""
    lines = page.read_text(encoding="utf-8").split("\n")
    head = [f"url: {url}", ""] if url else lines[:2]
    return "\n".join(head + lines[keep_from - 1:])


@pytest.mark.parametrize(("text", "said"), [
    (_url_and_tail(GF_PAGE, 20), "a GuruFocus page's, but the text has too little of its header (breadcrumb, headline"),
    (_url_and_tail(LB_PAGE, 18, "https://longbridge.com/en/quote/002371.SZ.md"), "a Longbridge page's, but the text has too little of its header (frontmatter"),
    ("url: https://www.gurufocus.com/term/roic/NAS:AAPL\n\nsome notes on Apple\n", "a GuruFocus page's"),
    ("some notes on Apple\nand more\n", "not a page of a known kind (longbridge, gurufocus)"),
    ("url: https://example.com/x\n\nsome notes\n", "not a page of a known kind (longbridge, gurufocus)"),
    # round-35 ghz F6: the start of a real topics article (longbridge.com/en/topics/39544949.md), whose frontmatter
    # names no symbol, was said to have none
    ('url: https://longbridge.com/en/topics/39544949.md\n\n---\ntype: "Topics"\nlocale: "en"\n'
     'datetime: "2026-03-26T11:56:46.000Z"\n---\n\nDividends of China Mobile\n',
     "a Longbridge news or topics article (not a quote page: a frontmatter naming no symbol, no symbol heading"),
    ("url: https://longbridge.com/en/news/123.md\n\nMarkets rose today.\n",
     "a Longbridge news or topics article (not a quote page: no frontmatter, no symbol heading"),
    # round-36 gih F6: whole GuruFocus pages of other kinds (the 2014 per-share table, a guru-trades page; their real
    # first lines) were said to be cut before or inside a term page's header
    ("url: http://www.gurufocus.com/financials/GSH\n\nSwitch to:\nAnnual Rates (per share) 10 yrs* 5 yrs* 12 months*\n",
     "a GuruFocus page of a kind this project does not parse ('/financials/GSH': it reads a term page"),
    ("url: https://sgp.gurufocus.com/stock/STU:XST/guru-trades\n\nNew Key Statistics Module, Z-Score and F-Score\n",
     "a GuruFocus page of a kind this project does not parse ('/stock/STU:XST/guru-trades'"),
], ids=["gf-cut-before-header", "lb-no-frontmatter", "gf-address-notes", "no-address", "other-address", "lb-topics",
        "lb-news", "gf-financials", "gf-guru-trades"])
def test_a_refusal_names_what_is_missing(text: str, said: str) -> None:
    with pytest.raises(UnknownPageKind) as err:
        parse_text(text, source="x.txt")
    assert said in err.value.message and err.value.line == 1 and err.value.source == "x.txt"


# round-34 ghq F9: the start of a real unfilled GuruFocus template saved without its address (gurufocus.com/term/
# editda_5y_growth/NYSE:CGC), refused as 'not a page of a known kind' as if the site were unknown
CGC = ("Market Cap : | Enterprise Value : | P/E (TTM) : | P/B : |\n---|\n"
       "NYSE:CGC has been successfully added to your Stock Email Alerts list.\n"
       "You can manage your stock email alerts here.\n"
       "'s EBITDA per Share for the six months ended in . 20 was $0.00.\n")


def test_a_blank_template_without_its_title_is_refused_as_the_sites() -> None:
    """Round-34 ghw F7: a 2019 Median PS Value template of NYSE:CBS captured without its title (real lines)."""
    text = ("As of today (2019-12-12), 's share price is \\$. 's median P/S value is \\$0.00.\n\n"
            "For company reported semi-annually, GuruFocus uses latest annual data as the TTM data.\n")
    with pytest.raises(UnknownPageKind, match=r"the text is a GuruFocus page's \(line 3 prints") as err:
        parse_text(text, source="x.txt")
    assert err.value.line == 3


def test_the_sites_words_quoted_deep_in_a_note_do_not_make_it_the_sites() -> None:
    """A tester's report quotes 'GuruFocus uses latest annual data as the TTM data' on its line 54: not a page's."""
    note = "# Report\n\n" + "Some findings about pages.\n" * 120 + "- the page prints: GuruFocus uses latest annual data as the TTM data\n"
    with pytest.raises(UnknownPageKind, match=r"REPORT.md:1: not a page of a known kind"):
        parse_text(note, source="REPORT.md")


def test_a_text_in_the_sites_own_words_is_refused_as_the_sites() -> None:
    with pytest.raises(UnknownPageKind) as err:
        parse_text(CGC, source="x.txt")
    assert err.value.line == 3 and "the text is a GuruFocus page's (line 3 prints 'has been successfully added" in err.value.message
    assert "an unfilled template" in err.value.message


BST = FIXTURES / "gurufocus" / "realpages" / "gurufocus_debt-to-ebitda_WAR-BST.txt"
SWICH = FIXTURES / "gurufocus" / "realpages" / "gurufocus_roc_XAMS-SWICH.txt"
ELRE = FIXTURES / "gurufocus" / "realpages" / "gurufocus_e10_ELRE.txt"


def _head(page: Path, lines: int) -> str:
    return "\n".join(page.read_text(encoding="utf-8").split("\n")[:lines])


@pytest.mark.parametrize(("text", "symbol", "value"), [
    # round-18 gfz F3: the 'url:' line and the headline alone (a page cut right after it): the headline names the
    # security the address names, so the text is that page's start, not 'too little of its header'
    (_head(BST, 2) + "\n" + _head(BST, 5).split("\n")[-1], ("WAR", "BST"), "-21.53"),
    (_head(SWICH, 3), ("XAMS", "SWICH"), "-1.13%"),
    (_head(ELRE, 3), (None, "ELRE"), "$0.00"),  # 'ELRE (Yinfu Gold) E10: $0.00 (As of Dec. 2025)' under '/term/e10/ELRE'
    # an address without the exchange ('/term/debt-to-ebitda/BST') names the headline's '(WAR:BST)' too
    ((_head(BST, 2) + "\n" + _head(BST, 5).split("\n")[-1]).replace("/WAR:BST", "/BST", 1), ("WAR", "BST"), "-21.53"),
], ids=["old-headline", "2026-headline", "2026-ticker-headline", "address-without-exchange"])
def test_a_headline_naming_the_addressed_security_is_a_page(text: str, symbol: tuple[str | None, str], value: str) -> None:
    doc = parse_text(text, source="x.txt")
    assert (doc.security.exchange, doc.security.ticker) == symbol
    head = doc.fact("headline")
    assert head is not None and head.value is not None and head.value.text == value


@pytest.mark.parametrize("text", [
    # the headline of another security than the address's is no evidence that the text is the addressed page
    _head(BST, 2).replace("WAR:BST", "WAR:XYZ") + "\n" + _head(BST, 5).split("\n")[-1],
    # gfy F6 (NYSE:CBS): an unfilled template's headline names no security ('Market Cap' / ': $0.00 Mil (As of Today)')
    "url: https://www.gurufocus.com/term/mktcap/NYSE:CBS/Market-Cap/\n\nMarket Cap\n\n: \\$0.00 Mil (As of Today)\n"
    "Market cap is the total market value to buy the whole company.\n",
], ids=["other-security", "anonymous-template"])
def test_a_headline_alone_that_names_no_addressed_security_is_refused_truly(text: str) -> None:
    with pytest.raises(UnknownPageKind) as err:
        parse_text(text, source="x.txt")
    assert "too little of its header (breadcrumb, headline naming the security" in err.value.message


def _crumb_and_company_headline(symbol_in_address: str) -> str:
    """BST's 'url:' line, breadcrumb and headline, cut right after the headline, whose '(WAR:BST)' is replaced by the
    company's name as GuruFocus printed it on gga 015 ('Guaranty Bancshares (Guaranty Bancshares) Price-to-Tangible-Book
    : 1.27 (As of Apr. 30, 2024)' under '… Guaranty Bancshares Inc (NYSE:GNTY) » Definitions » …')."""
    text = _head(BST, 5).replace("Best (WAR:BST) Debt", "Best (Przedsiebiorstwo Handlowe Best) Debt")
    assert text.count("(WAR:BST)") == 1  # the breadcrumb's alone
    return text.replace("/WAR:BST", symbol_in_address, 1)


@pytest.mark.parametrize("address", ["/WAR:BST", "/BST"])
def test_a_breadcrumb_naming_the_addressed_security_makes_a_headline_cut_page_a_page(address: str) -> None:
    """Round-19 gga F2 (synthetic, from BST): the headline names the company, not its symbol; the breadcrumb above it
    names the symbol the address names, so the text is that page cut after its headline, not a refusal."""
    doc = parse_text(_crumb_and_company_headline(address), source="x.txt")
    assert (doc.security.exchange, doc.security.ticker) == ("WAR", "BST") and doc.truncated is not None
    head = doc.fact("headline")
    assert head is not None and head.value is not None and head.value.text == "-21.53"


@pytest.mark.parametrize("address", ["/WAR:XYZ", "/XYZ", "/NYSE:BST"])
def test_a_breadcrumb_naming_another_security_than_the_address_is_no_evidence(address: str) -> None:
    with pytest.raises(UnknownPageKind) as err:
        parse_text(_crumb_and_company_headline(address), source="x.txt")
    assert "too little of its header" in err.value.message


BRCM = FIXTURES / "gurufocus" / "realpages" / "gurufocus_medpsvalue_BRCM_2015.txt"


def test_an_old_page_cut_under_its_switch_to_and_headline_is_a_page() -> None:
    """Round-20 gge 016 cut at 900 characters (synthetic: its first 10 lines): 'Switch to:', the sign-up banner, the
    stacked headline 'Median PS Value' / '$0.00 (As of Today)' and its first paragraphs, under a '/term/' address."""
    doc = parse_text(_head(BRCM, 10), source="x.txt")
    assert (doc.security.ticker, doc.security.name, doc.term) == ("BRCM", "Broadcom Corp", "Median PS Value")
    assert doc.truncated is not None


@pytest.mark.parametrize("address", [None, "https://www.example.com/term/medpsvalue/BRCM", "https://www.gurufocus.com/term/medpsvalue"],
                         ids=["no-address", "another-site", "no-symbol"])
def test_a_switch_to_and_a_headline_without_a_term_pages_address_are_refused(address: str | None) -> None:
    """'Switch to:' over an '(As of …)' line is no GuruFocus page's mark on its own: the address must be a GuruFocus
    term page's naming a security (the second read of round 20 had another site's page parsed)."""
    body = "\n".join(_head(BRCM, 10).split("\n")[2:])
    with pytest.raises(UnknownPageKind):
        parse_text(f"url: {address}\n\n{body}" if address else body, source="x.txt")


def test_a_page_without_its_headline_says_the_breadcrumb_names_it() -> None:
    """lb5 e03 (synthetic: a real page's headline line deleted): the breadcrumb still prints the legal name, so the
    note says that, not that the page does not state the name."""
    lines = BST.read_text(encoding="utf-8").split("\n")
    assert lines[4].startswith("Przedsiebiorstwo Handlowe Best (WAR:BST) Debt-to-EBITDA :")
    doc = parse_text("\n".join(lines[:4] + lines[5:]), source="x.txt")
    assert doc.security.name is None and doc.security.legal_name == "Przedsiebiorstwo Handlowe Best SA"
    (note,) = [n for n in doc.notes if n.code == "lacks_name"]
    assert "legal name 'Przedsiebiorstwo Handlowe Best SA'" in note.message and "does not state" not in note.message
