"""Section headings of a Longbridge quote page, per locale, as data.

The same page exists in en, zh-CN and zh-HK. Headings are translated, the
structure is not; each heading maps to a locale-independent section key.
Dimension headings may carry a grade after a colon ("Multi Score Score: B").

>>> classify_heading("Longbridge Financial Score™: B")
Heading(key='financial_score', title='Longbridge Financial Score™', grade='B')
>>> classify_heading("Multi Score Score: B").key, classify_heading("同業比較").key
('multi_score', 'peers')
>>> classify_heading("Style Score Score: ").grade is None
True
>>> classify_heading("Something New").key is None
True
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .._regex_cache import compiled

DIMENSIONS: frozenset[str] = frozenset({"style_score", "size_score", "multi_score"})
"""Section keys of the three Financial Score dimensions (and chart-data dimensions)."""

STATEMENTS: frozenset[str] = frozenset({"income_statement", "balance_sheet", "cash_flow"})
"""Section keys of the financial statements a Financial Reports page (``/quote/X/norm``) prints, one column a period."""

SUBSCORES: frozenset[str] = frozenset({
    "growth_score", "value_score", "market_cap_score", "revenue_score", "profit_score",
    "operation_score", "security_score", "cash_score",
})
"""Sub-scores of a dimension, as the llms.txt rendering prints them ("#### Profit Score: A")."""

HEADINGS: dict[str, dict[str, str]] = {
    "en": {
        "Company Overview": "overview",
        "Company Profile": "overview",
        "Key Drivers": "key_drivers",
        "Longbridge Financial Score™": "financial_score",
        "Longbridge Financial Score": "financial_score",
        "Financial Score": "financial_score",
        "Score Analysis": "score_analysis",
        "Style Score Score": "style_score",
        "Style Score": "style_score",
        "Size Score Score": "size_score",
        "Size Score": "size_score",
        "Multi Score Score": "multi_score",
        "Multi Score": "multi_score",
        "Growth Score": "growth_score",
        "Value Score": "value_score",
        "Market Cap Score": "market_cap_score",
        "Revenue Score": "revenue_score",
        "Profit Score": "profit_score",
        "Operation Score": "operation_score",
        "Operating Score": "operation_score",  # the 2026 pages' label of the same turnover sub-score
        "Security Score": "security_score",
        "Debt Score": "security_score",  # the 2026 pages' label of the debt sub-score (Security Score before)
        "Cash Score": "cash_score",
        "Valuation Analysis": "valuation",
        "Peer Comparison": "peers",
        "Institutional View": "institutional_view",
        "Analyst Rating Distribution": "analyst_ratings",
        "Target Price Forecast": "target_price",
        "References": "references",
        "Income Statement": "income_statement",
        "Balance Sheet": "balance_sheet",
        "Cash Flow Statement": "cash_flow",
        "Distribution Plan": "distribution",
        "Dividend History": "dividend_history",
    },
    "zh-CN": {
        "公司概况": "overview",
        "公司简介": "overview",
        "关键驱动因素": "key_drivers",
        "长桥财务评分™": "financial_score",
        "长桥财务评分": "financial_score",
        "财务评分": "financial_score",
        "评分分析": "score_analysis",
        "风格评分": "style_score",
        "规模评分": "size_score",
        "综合评分": "multi_score",
        "成长评分": "growth_score",
        "价值评分": "value_score",
        "市值评分": "market_cap_score",
        "营收评分": "revenue_score",
        "盈利评分": "profit_score",
        "运营评分": "operation_score",
        "安全评分": "security_score",
        "现金评分": "cash_score",
        "估值分析": "valuation",
        "同业比较": "peers",
        "机构观点": "institutional_view",
        "分析师评级分布": "analyst_ratings",
        "目标价预测": "target_price",
        "参考资料": "references",
        "相关链接": "references",
        "利润表": "income_statement",
        "资产负债表": "balance_sheet",
        "现金流量表": "cash_flow",
        "分红方案": "distribution",
        "分红历史": "dividend_history",
    },
    "zh-HK": {
        "公司概況": "overview",
        "公司簡介": "overview",
        "關鍵驅動因素": "key_drivers",
        "長橋財務評分™": "financial_score",
        "長橋財務評分": "financial_score",
        "財務評分": "financial_score",
        "評分分析": "score_analysis",
        "風格評分": "style_score",
        "規模評分": "size_score",
        "綜合評分": "multi_score",
        "成長評分": "growth_score",
        "價值評分": "value_score",
        "市值評分": "market_cap_score",
        "營收評分": "revenue_score",
        "盈利評分": "profit_score",
        "營運評分": "operation_score",
        "安全評分": "security_score",
        "現金評分": "cash_score",
        "估值分析": "valuation",
        "同業比較": "peers",
        "機構觀點": "institutional_view",
        "分析師評級分佈": "analyst_ratings",
        "分析師評級分布": "analyst_ratings",
        "目標價預測": "target_price",
        "參考資料": "references",
        "相關連結": "references",
        "利潤表": "income_statement",
        "資產負債表": "balance_sheet",
        "現金流量表": "cash_flow",
        "分紅方案": "distribution",
        "分紅歷史": "dividend_history",
    },
}
"""Heading text (without a trailing ': grade') -> section key, per locale."""

COMPLETE_MARKERS: dict[str, tuple[str, ...]] = {
    "en": ("Disclaimer",),
    "zh-CN": ("免责声明",),
    "zh-HK": ("免責聲明",),
}
"""Words of the closing disclaimer: a page that has it was not cut off."""

_GRADE_TAIL = compiled(r"^(?P<title>(?:\s*+(?:[^\s:：]++|[:：]))*?)\s*+[:：]\s*+(?P<grade>[A-E][+-]?)?\s*+$")
"""A heading's title and its trailing ': grade'; the title grows word by word, so blank runs are read once."""


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading's section key (None when unknown), its title and optional grade."""

    key: str | None
    title: str
    grade: str | None


def normalize_label(text: str) -> str:
    """A lookup key for printed labels: NFKC, casefolded, no whitespace, no ™.

    >>> normalize_label("PE (TTM)") == normalize_label("PE（TTM）"), normalize_label("Score™ A")
    (True, 'scorea')
    """
    if len(text) <= _CACHED_LABEL_CHARS:
        return _normalize_short(text)
    return _normalize(text)


_CACHED_LABEL_CHARS = 80
"""Labels up to this long are memoised (a page repeats its labels: tables, chart, audit); the cache stays small."""


def _normalize(text: str) -> str:
    cleaned = unicodedata.normalize("NFKC", text.replace("™", "")).casefold()
    return "".join(cleaned.split())


_normalize_short = lru_cache(maxsize=4096)(_normalize)


_BY_KEY: dict[str, str] = {}
for _locale_map in HEADINGS.values():
    for _title, _key in _locale_map.items():
        _BY_KEY.setdefault(normalize_label(_title), _key)

KNOWN_TITLES: tuple[str, ...] = tuple(sorted({t for m in HEADINGS.values() for t in m}, key=len, reverse=True))
"""Every known heading title as printed, longest first (for re-splitting collapsed text)."""


def classify_heading(text: str) -> Heading:
    """The section key, title and grade of a heading's text."""
    stripped = text.strip().strip("#").strip()
    m = _GRADE_TAIL.match(stripped)
    title, grade = (m.group("title"), m.group("grade")) if m else (stripped, None)
    key = _BY_KEY.get(normalize_label(title))
    if key is None and m:  # a colon that is part of an unknown title
        title, grade = stripped, None
    if key is None and stripped.endswith(")"):  # 'Income Statement (CNY)': a statement titled with its currency
        cur = _CURRENCY_TAIL.search(stripped)
        key = _BY_KEY.get(normalize_label(stripped[:cur.start()].rstrip())) if cur else None
    return Heading(key=key, title=title.strip(), grade=grade)


_CURRENCY_TAIL = compiled(r"[(（]([A-Z]{3})[)）]$")
"""An ISO currency code in parentheses closing a heading ('Income Statement (CNY)')."""


def heading_currency(text: str) -> str | None:
    """The currency a heading prints in parentheses at its end, or None.

    >>> heading_currency("## Income Statement (CNY)"), heading_currency("Balance Sheet"), heading_currency("X (1.HK)")
    ('CNY', None, None)
    """
    stripped = text.strip()
    cur = _CURRENCY_TAIL.search(stripped) if stripped.endswith((")", "）")) else None
    return cur.group(1) if cur else None


def section_key(label: str) -> str | None:
    """The section or dimension key a printed name stands for, or None."""
    return _BY_KEY.get(normalize_label(label))
