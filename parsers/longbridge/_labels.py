"""Row labels of Longbridge tables, per table kind and locale, as data.

A label means different things in different tables: "P/B Ratio" in the
Style Score and "PB" in Valuation Analysis are both 市净率 in Chinese, so each
table kind has its own map. Lookups try every locale (labels of different
locales do not collide within one kind).

>>> metric_for("indicators", "OCF YoY"), metric_for("valuation", "市净率"), metric_for("indicators", "市净率")
('ocf_yoy', 'pb_ratio', 'pb_ratio')
>>> metric_for("valuation", "PE(TTM)"), metric_for("ratings", "買入")
('pe_ratio', 'buy')
>>> metric_for("indicators", "Nonsense") is None
True
"""

from __future__ import annotations

from .._models import Unit
from .._securities import A_SHARE_MARKETS
from ._headings import normalize_label

_PERCENT, _RATIO = Unit.PERCENT, Unit.RATIO
"""Enum members read once: reading one off its class goes through the enum's metaclass (~1,000 instructions)."""

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "profile": {
        "en": {"Industry": "industry", "Exchange": "exchange", "Location": "exchange", "Website": "website"},
        "zh-CN": {"行业": "industry", "交易所": "exchange", "市场": "exchange", "地区": "exchange", "网站": "website", "官网": "website"},
        "zh-HK": {"行業": "industry", "交易所": "exchange", "市場": "exchange", "地區": "exchange", "網站": "website", "官網": "website"},
    },
    "summary": {
        "en": {"Industry Ranking": "industry_rank", "Industry Median": "industry_median_grade",
               "Industry Average": "industry_average_grade"},
        "zh-CN": {"行业排名": "industry_rank", "行业中位数": "industry_median_grade", "行业平均": "industry_average_grade",
                  "行业平均值": "industry_average_grade"},
        "zh-HK": {"行業排名": "industry_rank", "行業中位數": "industry_median_grade", "行業平均": "industry_average_grade",
                  "行業平均值": "industry_average_grade"},
    },
    "indicators": {
        "en": {
            "Revenue YoY": "revenue_yoy", "Net Profit YoY": "net_profit_yoy", "P/B Ratio": "pb_ratio",
            "Dividend Ratio": "dividend_ratio", "Market Cap": "market_cap", "Revenue": "revenue", "ROE": "roe",
            "Profit Margin": "profit_margin", "Gross Margin": "gross_margin", "Total Assets YoY": "total_assets_yoy",
            "Net Assets YoY": "net_assets_yoy", "Cash Flow Margin": "cash_flow_margin", "OCF YoY": "ocf_yoy",
            "Turnover": "turnover", "Gearing Ratio": "gearing_ratio",
        },
        "zh-CN": {
            "营收同比": "revenue_yoy", "净利润同比": "net_profit_yoy", "市净率": "pb_ratio", "股息率": "dividend_ratio",
            "市值": "market_cap", "营收": "revenue", "营业收入": "revenue", "净资产收益率": "roe", "ROE": "roe",
            "净利率": "profit_margin", "毛利率": "gross_margin", "总资产同比": "total_assets_yoy",
            "净资产同比": "net_assets_yoy", "现金流利润率": "cash_flow_margin", "经营现金流同比": "ocf_yoy",
            "周转率": "turnover", "资产负债率": "gearing_ratio",
        },
        "zh-HK": {
            "營收同比": "revenue_yoy", "淨利潤同比": "net_profit_yoy", "市賬率": "pb_ratio", "市淨率": "pb_ratio",
            "股息率": "dividend_ratio", "市值": "market_cap", "營收": "revenue", "營業收入": "revenue",
            "淨資產收益率": "roe", "淨利率": "profit_margin", "毛利率": "gross_margin", "總資產同比": "total_assets_yoy",
            "淨資產同比": "net_assets_yoy", "現金流利潤率": "cash_flow_margin", "經營現金流同比": "ocf_yoy",
            "周轉率": "turnover", "資產負債率": "gearing_ratio",
        },
    },
    "valuation": {
        "en": {"PE (TTM)": "pe_ratio", "PB": "pb_ratio", "PS (TTM)": "ps_ratio", "Dividend Yield": "dividend_yield",
               "P/E (TTM)": "pe_ratio", "P/B": "pb_ratio", "P/S (TTM)": "ps_ratio"},
        "zh-CN": {"市盈率(TTM)": "pe_ratio", "市净率": "pb_ratio", "市销率(TTM)": "ps_ratio", "股息率": "dividend_yield"},
        "zh-HK": {"市盈率(TTM)": "pe_ratio", "市賬率": "pb_ratio", "市淨率": "pb_ratio", "市銷率(TTM)": "ps_ratio",
                  "股息率": "dividend_yield", "息率": "dividend_yield"},
    },
    "ratings": {
        "en": {"Strong Buy": "strong_buy", "Buy": "buy", "Overweight": "overweight", "Outperform": "outperform",
               "Hold": "hold", "Neutral": "neutral", "Underweight": "underweight", "Underperform": "underperform",
               "Sell": "sell", "Strong Sell": "strong_sell"},
        "zh-CN": {"强烈买入": "strong_buy", "买入": "buy", "增持": "overweight", "跑赢大市": "outperform", "持有": "hold",
                  "中性": "neutral", "减持": "underweight", "跑输大市": "underperform", "卖出": "sell", "强烈卖出": "strong_sell"},
        "zh-HK": {"強烈買入": "strong_buy", "買入": "buy", "增持": "overweight", "跑贏大市": "outperform", "持有": "hold",
                  "中性": "neutral", "減持": "underweight", "跑輸大市": "underperform", "賣出": "sell", "強烈賣出": "strong_sell"},
    },
    "targets": {
        "en": {"Current Price": "share_price", "Highest Target": "target_high", "Lowest Target": "target_low",
               "Average Target": "target_mean", "Median Target": "target_median"},
        "zh-CN": {"当前价格": "share_price", "现价": "share_price", "最高目标价": "target_high",
                  "最低目标价": "target_low", "平均目标价": "target_mean", "目标价中位数": "target_median"},
        "zh-HK": {"當前價格": "share_price", "現價": "share_price", "最高目標價": "target_high",
                  "最低目標價": "target_low", "平均目標價": "target_mean", "目標價中位數": "target_median"},
    },
    "peer_columns": {
        "en": {"Rank": "rank", "Name": "name", "Profit": "profit", "Growth": "growth", "Operation": "operation",
               "Security": "security", "Cash": "cash", "Rating": "rating"},
        "zh-CN": {"排名": "rank", "名称": "name", "盈利": "profit", "成长": "growth", "运营": "operation",
                  "安全": "security", "现金": "cash", "评级": "rating"},
        "zh-HK": {"排名": "rank", "名稱": "name", "盈利": "profit", "成長": "growth", "營運": "operation",
                  "安全": "security", "現金": "cash", "評級": "rating"},
    },
    "bold": {
        "en": {"Industry": "industry", "Style": "style", "Scale": "scale", "Total Analysts": "analysts_total",
               "Dividend Yield": "dividend_yield"},
        "zh-CN": {"行业": "industry", "风格": "style", "规模": "scale", "分析师总数": "analysts_total", "股息率": "dividend_yield"},
        "zh-HK": {"行業": "industry", "風格": "style", "規模": "scale", "分析師總數": "analysts_total", "股息率": "dividend_yield"},
    },
    "statement": {  # the Financial Reports page (/quote/X/norm): ids of the shared registry (parsers/_metrics.py)
        "en": {
            "EPS": "eps", "ROE": "roe", "Revenue": "revenue", "Net income": "net_income", "Operating income": "operating_income",
            "Gross margin": "gross_margin", "Net margin": "net_margin", "Profit quality": "profit_quality",
            "A&L": "assets_and_liabilities", "Leverage": "leverage", "BVPS": "book_value_per_share",
            "Turnover": "turnover", "Cash & STI": "cash_and_short_term_investments",
            "Inv & Rec": "inventory_and_receivables", "LT assets": "long_term_assets", "Net debt": "net_debt",
            "Operating CF": "cash_flow_from_operations", "Investing CF": "cash_flow_from_investing",
            "Financing CF": "cash_flow_from_financing", "Free CF": "free_cash_flow",
        },
        "zh-CN": {  # not yet seen on a page: the site's usual Chinese names of these rows
            "每股收益": "eps", "净资产收益率": "roe", "营业收入": "revenue", "净利润": "net_income", "营业利润": "operating_income",
            "毛利率": "gross_margin", "净利率": "net_margin", "利润质量": "profit_quality", "资产负债": "assets_and_liabilities",
            "杠杆": "leverage", "每股净资产": "book_value_per_share", "周转率": "turnover",
            "现金及短期投资": "cash_and_short_term_investments", "存货及应收": "inventory_and_receivables",
            "长期资产": "long_term_assets", "净负债": "net_debt", "经营现金流": "cash_flow_from_operations",
            "投资现金流": "cash_flow_from_investing", "融资现金流": "cash_flow_from_financing", "自由现金流": "free_cash_flow",
        },
        "zh-HK": {
            "每股收益": "eps", "淨資產收益率": "roe", "營業收入": "revenue", "淨利潤": "net_income", "營業利潤": "operating_income",
            "毛利率": "gross_margin", "淨利率": "net_margin", "利潤質量": "profit_quality", "資產負債": "assets_and_liabilities",
            "槓桿": "leverage", "每股淨資產": "book_value_per_share", "周轉率": "turnover",
            "現金及短期投資": "cash_and_short_term_investments", "存貨及應收": "inventory_and_receivables",
            "長期資產": "long_term_assets", "淨負債": "net_debt", "經營現金流": "cash_flow_from_operations",
            "投資現金流": "cash_flow_from_investing", "融資現金流": "cash_flow_from_financing", "自由現金流": "free_cash_flow",
        },
    },
    "dividends": {
        "en": {"Cash Dividend": "cash_dividend"},
        "zh-CN": {"现金分红": "cash_dividend", "派息": "cash_dividend"},
        "zh-HK": {"現金分紅": "cash_dividend", "派息": "cash_dividend"},
    },
}
"""Table kind -> locale -> printed label -> metric (or field) id."""

PEER_COLUMN_ORDER: tuple[str, ...] = ("rank", "name", "profit", "growth", "operation", "security", "cash", "rating")
"""Peer Comparison columns by position, used when a header label is unknown."""

UNITS: dict[str, Unit] = {
    "market_cap": Unit.CURRENCY_AMOUNT, "revenue": Unit.CURRENCY_AMOUNT,
    "pb_ratio": Unit.RATIO, "turnover": Unit.RATIO, "pe_ratio": Unit.RATIO, "ps_ratio": Unit.RATIO,
    "share_price": Unit.PER_SHARE, "target_high": Unit.PER_SHARE, "target_low": Unit.PER_SHARE,
    "target_mean": Unit.PER_SHARE, "target_median": Unit.PER_SHARE,
}
"""Units of metrics whose unit the printed text does not show (a '%' makes a PERCENT)."""

STATEMENT_UNITS: dict[str, Unit] = {
    "eps": Unit.PER_SHARE, "book_value_per_share": Unit.PER_SHARE, "cash_dividend": Unit.PER_SHARE,
    **{m: Unit.CURRENCY_AMOUNT for m in (
        "revenue", "net_income", "operating_income", "assets_and_liabilities", "cash_and_short_term_investments",
        "inventory_and_receivables", "long_term_assets", "net_debt", "cash_flow_from_operations",
        "cash_flow_from_investing", "cash_flow_from_financing", "free_cash_flow")},
    "leverage": Unit.RATIO, "turnover": Unit.RATIO,
}
"""Units of the statement rows of a Financial Reports page (a '%' makes a PERCENT); amounts are in the currency the
section title prints ('Income Statement (CNY)')."""

PADDED_PLACES: dict[str, tuple[int, int]] = {"eps": (4, 2)}
"""Statement rows whose cells Longbridge prints at a fixed number of places (EPS at 4) from values a company may report
at fewer (an A-share company's first-quarter EPS, at 2): a cell whose extra places are all zeros ('0.5400', '-0.0800')
is read at the fewer places, since the zeros may be padding (14 of 21 Q1 cells on round-45 tester ti's pages end in
'00', 1 of 34 of the other quarters'; read at 4 places, 0.5400 contradicted a 0.5379 of the same snapshot)."""

ZERO_NOT_AVAILABLE: frozenset[str] = frozenset({"market_cap", "pb_ratio"})
"""Financial Score indicators whose printed 0.00 is Longbridge's value for data it does not have (a listed note,
F-D.US: 'Market Cap | 0.00', 'P/B Ratio | 0.00'): no traded security is worth nothing or trades at no price."""

MONEY_METRICS: frozenset[str] = frozenset(m for m, u in UNITS.items() if u in (Unit.CURRENCY_AMOUNT, Unit.PER_SHARE))
"""Metrics printed as amounts without a currency: of the market's currency, or the reporting one (REPORTED_METRICS)."""

REPORTED_METRICS: frozenset[str] = frozenset({"revenue"})
"""Amounts of a quote page the company reports (in its reporting currency), not the market prices (in the currency
its shares trade in: Market Cap, share price, targets). Every money row of a Financial Reports statement is reported."""

MARKET_WIDE_METRICS: frozenset[str] = frozenset({"market_cap"})
"""Amounts of the company at market, in the currency of the market it is listed on, which a share class that trades in
another currency does not change (``Reader.number``)."""

REPORTING_CURRENCY: dict[str, str] = {market: "CNY" for market in sorted(A_SHARE_MARKETS)}
"""Markets whose companies report in one known currency (A shares: CNY), by Longbridge suffix. Elsewhere a company may
report in another currency than its shares trade in (00700.HK: Market Cap 4.85T in HKD beside Revenue 788.64B in CNY),
and the page prints no currency for either: its reported amounts get none."""

_INDEX: dict[str, dict[str, str]] = {
    kind: {normalize_label(label): metric for by_locale in locales.values() for label, metric in by_locale.items()}
    for kind, locales in LABELS.items()
}


def metric_for(kind: str, label: str) -> str | None:
    """The metric id a printed label stands for in a table of this kind, or None."""
    return _INDEX[kind].get(normalize_label(label))


def unit_for(metric: str, *, percent: bool) -> Unit:
    """The unit of a metric: from the table above, else PERCENT when printed with '%', else RATIO."""
    if percent:
        return _PERCENT
    return UNITS.get(metric, _RATIO)


def slug(label: str) -> str:
    """A metric id for an unknown label (kept, never dropped).

    >>> slug("Free Cash Flow Yield"), slug("新指标")
    ('unknown.free_cash_flow_yield', 'unknown.新指标')
    """
    cleaned = "_".join("".join(ch if ch.isalnum() else " " for ch in label.casefold()).split())
    return f"unknown.{cleaned or 'blank'}"
