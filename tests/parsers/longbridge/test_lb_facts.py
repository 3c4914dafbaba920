"""Facts each fixture must yield, written by hand from the pages (metric, printed text, line).

The lines are 1-based file lines; on the real pages line 1 is the ``url:`` header.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from _lb_support import parsed, text_of

from quotecheck.parsers._models import Missing, PageKind, StatementKind, Unit

SEED = "seed_002371.SZ.md"
HK_MD = "realpages/80700.HK.md"
HK_LLMS = "realpages/00700.HK.llms.txt"

# (fact id, metric, printed text or grade, total of a rank, line) — read off seed_002371.SZ.md
SEED_FACTS = [
    ("financial_score.grade.heading", "financial_score.grade", "B", None, 32),
    ("financial_score.grade", "financial_score.grade", "B", None, 36),
    ("financial_score.score", "financial_score.score", "0.35", None, 36),
    ("financial_score.industry_rank", "industry_rank", "1", "63", 42),
    ("financial_score.industry_median", "industry_median_grade", "C", None, 43),
    ("financial_score.industry_average", "industry_average_grade", "C", None, 44),
    ("financial_score.style", "style", "Growth", None, 46),
    ("financial_score.scale", "scale", "Large", None, 47),
    ("multi_score.grade", "multi_score.grade", "B", None, 49),
    ("style_score.revenue_yoy", "revenue_yoy", "28.27%", None, 55),
    ("style_score.net_profit_yoy", "net_profit_yoy", "-8.04%", None, 56),
    ("style_score.pb_ratio", "pb_ratio", "11.03", None, 57),
    ("style_score.dividend_ratio", "dividend_ratio", "0.13%", None, 58),
    ("size_score.market_cap", "market_cap", "433014273033.61", None, 64),
    ("size_score.revenue", "revenue", "41430346909.94", None, 65),
    ("multi_score.grade.heading", "multi_score.grade", "B", None, 67),
    ("multi_score.roe", "roe", "15.50%", None, 71),
    ("multi_score.roe.rating", "roe.rating", "A", None, 71),
    ("multi_score.profit_margin", "profit_margin", "13.45%", None, 72),
    ("multi_score.profit_margin.rating", "profit_margin.rating", "B", None, 72),
    ("multi_score.gross_margin", "gross_margin", "40.77%", None, 73),
    ("multi_score.gross_margin.rating", "gross_margin.rating", "B", None, 73),
    ("multi_score.revenue_yoy", "revenue_yoy", "28.27%", None, 74),
    ("multi_score.revenue_yoy.rating", "revenue_yoy.rating", "A", None, 74),
    ("multi_score.net_profit_yoy", "net_profit_yoy", "-8.04%", None, 75),
    ("multi_score.net_profit_yoy.rating", "net_profit_yoy.rating", "D", None, 75),
    ("multi_score.total_assets_yoy", "total_assets_yoy", "33.43%", None, 76),
    ("multi_score.total_assets_yoy.rating", "total_assets_yoy.rating", "A", None, 76),
    ("multi_score.net_assets_yoy", "net_assets_yoy", "33.40%", None, 77),
    ("multi_score.net_assets_yoy.rating", "net_assets_yoy.rating", "A", None, 77),
    ("multi_score.cash_flow_margin", "cash_flow_margin", "82.68%", None, 78),
    ("multi_score.cash_flow_margin.rating", "cash_flow_margin.rating", "C", None, 78),
    ("multi_score.ocf_yoy", "ocf_yoy", "28.27%", None, 79),
    ("multi_score.ocf_yoy.rating", "ocf_yoy.rating", "A", None, 79),
    ("multi_score.turnover", "turnover", "0.52", None, 80),
    ("multi_score.turnover.rating", "turnover.rating", "C", None, 80),
    ("multi_score.gearing_ratio", "gearing_ratio", "50.01%", None, 81),
    ("multi_score.gearing_ratio.rating", "gearing_ratio.rating", "C", None, 81),
    # chart-data:radar (lines 83-193): each value on its "value" line, each rating on its "rating" line
    ("chart.style_score.revenue_yoy", "revenue_yoy", "28.27%", None, 94),
    ("chart.style_score.net_profit_yoy", "net_profit_yoy", "-8.04%", None, 99),
    ("chart.style_score.pb_ratio", "pb_ratio", "11.03", None, 104),
    ("chart.style_score.dividend_ratio", "dividend_ratio", "0.13%", None, 109),
    ("chart.size_score.market_cap", "market_cap", "433014273033.61", None, 120),
    ("chart.size_score.revenue", "revenue", "41430346909.94", None, 125),
    ("chart.multi_score.grade", "multi_score.grade", "B", None, 132),
    ("chart.multi_score.roe", "roe", "15.50%", None, 136),
    ("chart.multi_score.roe.rating", "roe.rating", "A", None, 137),
    ("chart.multi_score.profit_margin", "profit_margin", "13.45%", None, 141),
    ("chart.multi_score.gross_margin", "gross_margin", "40.77%", None, 146),
    ("chart.multi_score.revenue_yoy", "revenue_yoy", "28.27%", None, 151),
    ("chart.multi_score.net_profit_yoy", "net_profit_yoy", "-8.04%", None, 156),
    ("chart.multi_score.net_profit_yoy.rating", "net_profit_yoy.rating", "D", None, 157),
    ("chart.multi_score.total_assets_yoy", "total_assets_yoy", "33.43%", None, 161),
    ("chart.multi_score.net_assets_yoy", "net_assets_yoy", "33.40%", None, 166),
    ("chart.multi_score.cash_flow_margin", "cash_flow_margin", "82.68%", None, 171),
    ("chart.multi_score.ocf_yoy", "ocf_yoy", "28.27%", None, 176),
    ("chart.multi_score.turnover", "turnover", "0.52", None, 181),
    ("chart.multi_score.gearing_ratio", "gearing_ratio", "50.01%", None, 186),
    ("chart.multi_score.gearing_ratio.rating", "gearing_ratio.rating", "C", None, 187),
    # Valuation Analysis
    ("valuation.pe_ratio", "pe_ratio", "80.56", None, 199),
    ("valuation.pe_ratio.industry_rank", "pe_ratio.industry_rank", "13", "63", 199),
    ("valuation.pe_ratio.high", "pe_ratio.high", "55.50", None, 199),
    ("valuation.pe_ratio.median", "pe_ratio.median", "51.08", None, 199),
    ("valuation.pe_ratio.low", "pe_ratio.low", "39.59", None, 199),
    ("valuation.pb_ratio", "pb_ratio", "11.43", None, 200),
    ("valuation.pb_ratio.industry_rank", "pb_ratio.industry_rank", "47", "63", 200),
    ("valuation.pb_ratio.high", "pb_ratio.high", "9.69", None, 200),
    ("valuation.pb_ratio.median", "pb_ratio.median", "8.93", None, 200),
    ("valuation.pb_ratio.low", "pb_ratio.low", "7.35", None, 200),
    ("valuation.ps_ratio", "ps_ratio", "10.83", None, 201),
    ("valuation.ps_ratio.industry_rank", "ps_ratio.industry_rank", "27", "63", 201),
    ("valuation.ps_ratio.high", "ps_ratio.high", "9.53", None, 201),
    ("valuation.ps_ratio.median", "ps_ratio.median", "8.80", None, 201),
    ("valuation.ps_ratio.low", "ps_ratio.low", "7.48", None, 201),
    ("valuation.dividend_yield", "dividend_yield", "0.13%", None, 202),
    ("valuation.dividend_yield.industry_rank", "dividend_yield.industry_rank", "31", "63", 202),
    ("valuation.dividend_yield.high", "dividend_yield.high", "0.21%", None, 202),
    ("valuation.dividend_yield.median", "dividend_yield.median", "0.18%", None, 202),
    ("valuation.dividend_yield.low", "dividend_yield.low", "0.17%", None, 202),
    # Peer Comparison: the page's own row speaks for the security; the others are peers
    ("peers.002371.SZ.rank", "industry_rank", "01", None, 208),
    ("peers.002371.SZ.rating", "financial_score.grade", "B", None, 208),
    ("peers.002371.SZ.operation", "peer.operation", "C", None, 208),
    ("peers.688012.SH.rank", "peer.rank", "02", None, 209),
    ("peers.688012.SH.growth", "peer.growth", "A", None, 209),
    ("peers.688072.SH.rank", "peer.rank", "03", None, 210),
    ("peers.688072.SH.security", "peer.security", "D", None, 210),
    ("peers.300604.SZ.rank", "peer.rank", "04", None, 211),
    ("peers.300604.SZ.operation", "peer.operation", "B", None, 211),
    ("peers.688120.SH.rank", "peer.rank", "05", None, 212),
    # Institutional View
    ("analyst_ratings.total", "analysts_total", "22", None, 220),
    ("analyst_ratings.buy", "analysts.buy", "17", None, 224),
    ("analyst_ratings.buy.percent", "analysts.buy.percent", "77%", None, 224),
    ("analyst_ratings.overweight", "analysts.overweight", "4", None, 225),
    ("analyst_ratings.overweight.percent", "analysts.overweight.percent", "18%", None, 225),
    ("target_price.share_price", "share_price", "619.70", None, 231),
    ("target_price.target_high", "target_high", "700.00", None, 232),
    ("target_price.target_low", "target_low", "472.00", None, 233),
]

# The llms.txt start of 00700.HK: everything is on line 3
HK_LLMS_FACTS = [
    ("financial_score.grade", "financial_score.grade", "B", None, 3),
    ("financial_score.score", "financial_score.score", "0.36", None, 3),
    ("financial_score.industry_rank", "industry_rank", "1", "24", 3),
    ("financial_score.industry_median", "industry_median_grade", "C", None, 3),
    ("financial_score.industry_average", "industry_average_grade", "C", None, 3),
    ("financial_score.style", "style", "Blend", None, 3),
    ("financial_score.scale", "scale", "Large", None, 3),
    ("style_score.revenue_yoy", "revenue_yoy", "12.34%", None, 3),
    ("style_score.net_profit_yoy", "net_profit_yoy", "27.04%", None, 3),
    ("style_score.pb_ratio", "pb_ratio", "3.78", None, 3),
    ("style_score.dividend_ratio", "dividend_ratio", "0.85%", None, 3),
    ("size_score.market_cap", "market_cap", "4.85T", None, 3),
    ("size_score.revenue", "revenue", "788.64B", None, 3),
    ("multi_score.grade", "multi_score.grade", "B", None, 3),
    ("multi_score.profit_score", "profit_score", "A", None, 3),
]

CASES = [(SEED, *row) for row in SEED_FACTS] + [(HK_LLMS, *row) for row in HK_LLMS_FACTS]


@pytest.mark.parametrize(("page", "fact_id", "metric", "text", "total", "line"), CASES,
                         ids=[f"{c[0].split('/')[-1][:12]}:{c[1]}" for c in CASES])
def test_fact(page: str, fact_id: str, metric: str, text: str, total: str | None, line: int) -> None:
    fact = parsed(page).fact(fact_id)
    assert fact is not None, f"{fact_id} not found"
    assert (fact.metric, fact.line) == (metric, line)
    assert (fact.value.text if fact.value else fact.text_value) == text
    assert (fact.total.text if fact.total else None) == total


def test_seed_has_no_facts_beyond_the_table() -> None:
    """Every seed fact is accounted for: the table above plus the ratings and peer grades it samples."""
    doc = parsed(SEED)
    listed = {row[0] for row in SEED_FACTS}
    others = [f for f in doc.facts if f.id not in listed]
    assert all(f.unit is Unit.GRADE for f in others)
    assert len(doc.facts) == 130 and len({f.id for f in doc.facts}) == 130


def test_hk_llms_has_exactly_these_facts() -> None:
    assert [f.id for f in parsed(HK_LLMS).facts] == [row[0] for row in HK_LLMS_FACTS]


def test_every_fact_carries_its_raw_source_line() -> None:
    doc = parsed(SEED)
    lines = text_of(SEED).split("\n")
    for fact in doc.facts:
        assert fact.raw == lines[fact.line - 1].strip()


@pytest.mark.parametrize(("fact_id", "normalized", "decimals", "currency", "unit"), [
    ("style_score.revenue_yoy", Decimal("0.2827"), 2, None, Unit.PERCENT),
    ("style_score.net_profit_yoy", Decimal("-0.0804"), 2, None, Unit.PERCENT),
    ("size_score.market_cap", Decimal("433014273033.61"), 2, "CNY", Unit.CURRENCY_AMOUNT),
    ("target_price.share_price", Decimal("619.70"), 2, "CNY", Unit.PER_SHARE),
    ("valuation.pe_ratio", Decimal("80.56"), 2, None, Unit.RATIO),
    ("analyst_ratings.buy", Decimal(17), 0, None, Unit.COUNT),
    ("financial_score.industry_rank", Decimal(1), 0, None, Unit.RANK),
], ids=lambda v: str(v) if isinstance(v, str) else None)
def test_seed_values_are_normalized(fact_id: str, normalized: Decimal, decimals: int, currency: str | None, unit: Unit) -> None:
    fact = parsed(SEED).fact(fact_id)
    assert fact is not None and fact.value is not None
    assert (fact.value.normalized, fact.value.decimals, fact.value.currency, fact.unit) == (normalized, decimals, currency, unit)


def test_counts_and_ranks_are_exact() -> None:
    doc = parsed(SEED)
    for f in doc.facts:
        if f.unit in (Unit.COUNT, Unit.RANK):
            assert f.value is not None and f.value.exact


def test_llms_amounts_keep_their_scale_and_get_hkd() -> None:
    doc = parsed(HK_LLMS)
    cap, rev = doc.fact("size_score.market_cap"), doc.fact("size_score.revenue")
    assert cap and cap.value and rev and rev.value
    assert (cap.value.scale, cap.value.normalized, cap.value.currency) == ("T", Decimal("4850000000000.00"), "HKD")
    assert (rev.value.scale, rev.value.normalized) == ("B", Decimal("788640000000.00"))


def test_seed_document_fields() -> None:
    doc = parsed(SEED)
    assert doc.kind is PageKind.QUOTE_PAGE and doc.locale == "en" and doc.as_of == "2026-05-19"
    assert doc.url == "https://longbridge.com/en/quote/002371.SZ.md"
    sec = doc.security
    assert (sec.name, sec.ticker, sec.exchange, sec.symbols, sec.industry, sec.line) == (
        "NAURA Technology Group Co., Ltd.", "002371", "SZSE", {"longbridge": "002371.SZ"},
        "Semiconductor Materials and Equipment", 6)
    assert doc.frontmatter["locales"] == [
        "[en](https://longbridge.com/en/quote/002371.SZ.md)",
        "[zh-CN](https://longbridge.com/zh-CN/quote/002371.SZ.md)",
        "[zh-HK](https://longbridge.com/zh-HK/quote/002371.SZ.md)",
    ]
    assert doc.frontmatter["datetime"] == "2026-05-19T14:03:34.583Z" and doc.frontmatter["type"] == "Symbol"
    assert doc.profile["description"].startswith("NAURA Technology Group Co., Ltd. engages in")
    assert doc.profile["description"].endswith("compound semiconductors, and new displays.")
    assert (doc.profile["exchange"], doc.profile["website"], doc.profile["style"], doc.profile["scale"]) == (
        "CN Market", "https://www.naura.com", "Growth", "Large")
    assert doc.statement(StatementKind.DISCLAIMER).value.startswith("Disclaimer: This article is for reference only")
    assert doc.statement(StatementKind.UPDATED, "financial_score").value == "2026-05-19T04:30:08.000Z"
    assert doc.statement(StatementKind.AS_OF, "analyst_ratings").value == "2026-05-16T16:00:00.000Z"
    assert not doc.truncated and doc.truncated_at_line is None


def test_seed_links() -> None:
    links = [(link.text.split(" —")[0], link.url.rsplit("/", 1)[-1], link.line) for link in parsed(SEED).links]
    assert links == [
        ("en", "002371.SZ.md", 11), ("zh-CN", "002371.SZ.md", 12), ("zh-HK", "002371.SZ.md", 13),  # under 'locales:' (10)
        ("www.naura.com", "www.naura.com", 26), ("Company Overview", "overview.md", 237),
        ("Financial Reports", "norm.md", 238), ("Related News", "news.md", 239), ("Filings", "filings.md", 240),
    ]


def test_seed_tables_keep_every_cell() -> None:
    tables = {t.id: t for t in parsed(SEED).tables}
    assert [(t, len(tables[t].rows), tables[t].line) for t in tables] == [
        ("profile", 3, 22), ("financial_score", 3, 40), ("style_score", 4, 53), ("size_score", 2, 62),
        ("multi_score", 11, 69), ("valuation", 4, 197), ("peers", 5, 206), ("analyst_ratings", 2, 222),
        ("target_price", 3, 229),
    ]
    val = tables["valuation"]
    assert val.columns == ["Metric", "Current", "Industry Ranking", "High", "Median", "Low"]
    assert [c.text for c in val.rows[0].cells] == ["PE (TTM)", "80.56", "13/63", "55.50", "51.08", "39.59"]
    assert val.rows[0].cells[2].number is not None and val.rows[0].cells[2].number.value == 13
    style = tables["style_score"]
    assert style.rows[0].cells[2].missing is Missing.BLANK and style.rows[0].key == "revenue_yoy"


def test_seed_sections_are_all_recognised() -> None:
    doc = parsed(SEED)
    titles = [(s.title, s.line, s.recognised) for s in doc.sections]
    assert titles[0] == ("frontmatter", 1, True)
    assert [t for t, _, ok in titles if not ok] == []
    assert ("Institutional View", 214, True) in titles and ("References", 235, True) in titles


def test_real_md_page_is_cut_in_the_profile_table() -> None:
    doc = parsed(HK_MD)
    assert doc.truncated and doc.truncated_at_line == 27
    assert doc.facts == []  # nothing numeric before the cut, and nothing invented
    assert doc.url == "https://longbridge.com/en/quote/80700.HK.md" and doc.as_of == "2026-05-19"
    assert doc.security.symbols == {"longbridge": "80700.HK"} and doc.security.exchange == "HKSE"
    assert doc.security.line == 8  # 'symbol:' is on line 8 of the file (line 1 is the url header)
    profile = next(t for t in doc.tables if t.id == "profile")
    assert [r.line for r in profile.rows] == [26, 27]
    assert all(c.missing is Missing.TRUNCATED for c in profile.rows[1].cells)
    assert doc.profile["industry"] == "Interactive Media and Services" and "exchange" not in doc.profile
    assert doc.profile["description"].startswith("Tencent Holdings Limited, an investment holding company")
    assert {n.code for n in doc.notes} >= {"truncated", "table.row_cut", "provenance", "currency.hk_rmb_counter"}


def test_real_llms_page() -> None:
    doc = parsed(HK_LLMS)
    assert doc.kind is PageKind.QUOTE_LLMS_TXT and doc.truncated and doc.truncated_at_line == 3
    assert doc.url == "https://longbridge.com/quote/00700.HK/llms.txt"
    assert doc.frontmatter["url"] == "https://longbridge.com/en/quote/00700.HK.md" and doc.frontmatter["type"] == "quote"
    assert doc.as_of is None  # the llms.txt prints no datetime
    assert (doc.profile["exchange"], doc.profile["website"]) == ("HK Market", "https://www.tencent.com")
    assert doc.profile["description"].endswith("such as instant messaging and social network...")
    assert doc.statement(StatementKind.UPDATED, "financial_score").value == "2026-02-20T04:30:10.000Z"
    assert [t.id for t in doc.tables] == ["profile", "financial_score", "style_score.growth_score",
                                          "style_score.value_score", "size_score.market_cap_score",
                                          "size_score.revenue_score"]
    assert all(f.line == 3 for f in doc.facts)
    cut = next(n for n in doc.notes if n.code == "truncated")
    assert "character 1994" in cut.message and "| Indicator | V" in cut.message  # the line's last character (its piece starts at 1980)
