"""The package's public face, detection, rule registration, and the per-locale data."""

from __future__ import annotations

import inspect
import pkgutil
from pathlib import Path

import pytest
from _lb_support import FIX, parsed, text_of

import quotecheck.parsers.longbridge as lb
from quotecheck.parsers._models import PageKind, Site, StatementKind
from quotecheck.parsers._sites import spec_for
from quotecheck.parsers.longbridge._headings import (
    DIMENSIONS,
    HEADINGS,
    SUBSCORES,
    classify_heading,
)
from quotecheck.parsers.longbridge._labels import LABELS, metric_for
from quotecheck.parsers.longbridge._rules import RULES

GURUFOCUS = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


def test_all_is_sorted_and_exactly_the_public_names() -> None:
    assert lb.__all__ == sorted(lb.__all__) == ["RULES", "SITE", "audit", "looks_like_longbridge", "parse_quote_page"]
    assert all(getattr(lb, name) is not None for name in lb.__all__)


def test_every_public_function_of_the_package_has_a_docstring() -> None:
    for info in pkgutil.iter_modules(lb.__path__):
        module = __import__(f"quotecheck.parsers.longbridge.{info.name}", fromlist=["_"])
        assert module.__doc__, info.name
        for name, obj in vars(module).items():
            if inspect.isfunction(obj) and obj.__module__ == module.__name__ and not name.startswith("_"):
                assert obj.__doc__ and obj.__doc__.strip(), f"{info.name}.{name}"


@pytest.mark.parametrize("page", sorted(str(p.relative_to(FIX)) for p in FIX.rglob("*") if p.suffix in (".md", ".txt")))
def test_every_fixture_looks_like_longbridge(page: str) -> None:
    assert lb.looks_like_longbridge(text_of(page))


def test_gurufocus_pages_do_not_look_like_longbridge() -> None:
    pages = sorted(GURUFOCUS.glob("*.txt"))
    assert len(pages) == 67
    assert not any(lb.looks_like_longbridge(p.read_text(encoding="utf-8")) for p in pages)


@pytest.mark.parametrize(("page", "kind"), [
    ("seed_002371.SZ.md", PageKind.QUOTE_PAGE), ("realpages/80700.HK.md", PageKind.QUOTE_PAGE),
    ("realpages/00700.HK.llms.txt", PageKind.QUOTE_LLMS_TXT), ("synthetic/002371.SZ.llms.txt", PageKind.QUOTE_LLMS_TXT),
])
def test_page_kind_is_detected(page: str, kind: PageKind) -> None:
    assert parsed(page).kind is kind and parsed(page).site is Site.LONGBRIDGE


@pytest.mark.parametrize("kind", [PageKind.QUOTE_PAGE, PageKind.QUOTE_LLMS_TXT])
def test_the_site_spec_covers_both_renderings_with_every_rule(kind: PageKind) -> None:
    spec = spec_for(Site.LONGBRIDGE)
    assert kind in spec.kinds
    assert spec.rules == RULES


@pytest.mark.parametrize(("text", "key", "grade"), [
    ("Company Overview", "overview", None), ("公司概况", "overview", None), ("公司概況", "overview", None),
    ("Longbridge Financial Score™: B", "financial_score", "B"), ("长桥财务评分™：B", "financial_score", "B"),
    ("Valuation Analysis", "valuation", None), ("估值分析", "valuation", None),
    ("Peer Comparison", "peers", None), ("同业比较", "peers", None), ("同業比較", "peers", None),
    ("Institutional View", "institutional_view", None), ("机构观点", "institutional_view", None), ("機構觀點", "institutional_view", None),
    ("分析师评级分布", "analyst_ratings", None), ("分析師評級分佈", "analyst_ratings", None),
    ("目标价预测", "target_price", None), ("目標價預測", "target_price", None),
    ("Multi Score Score: B", "multi_score", "B"), ("Style Score Score: ", "style_score", None),
    ("Profit Score: A", "profit_score", "A"), ("Score Analysis", "score_analysis", None),
    ("Something: New", None, None),
])
def test_heading_maps(text: str, key: str | None, grade: str | None) -> None:
    info = classify_heading(text)
    assert (info.key, info.grade) == (key, grade)


def test_each_locale_maps_every_section_the_en_page_has() -> None:
    en = set(HEADINGS["en"].values())
    for locale in ("zh-CN", "zh-HK"):
        assert set(HEADINGS[locale].values()) == en, locale
    assert en >= DIMENSIONS | SUBSCORES


def test_each_locale_labels_the_same_metrics() -> None:
    for kind, locales in LABELS.items():
        en = set(locales["en"].values())
        for locale in ("zh-CN", "zh-HK"):
            assert set(locales[locale].values()) >= en - {"outperform", "underperform"} or kind == "peer_columns", (kind, locale)


@pytest.mark.parametrize(("kind", "label", "metric"), [
    ("indicators", "P/B Ratio", "pb_ratio"), ("valuation", "PB", "pb_ratio"), ("valuation", "市净率", "pb_ratio"),
    ("indicators", "市净率", "pb_ratio"), ("valuation", "市盈率（TTM）", "pe_ratio"), ("valuation", "PE(TTM)", "pe_ratio"),
    ("indicators", "經營現金流同比", "ocf_yoy"), ("ratings", "增持", "overweight"), ("targets", "最高目標價", "target_high"),
])
def test_labels(kind: str, label: str, metric: str) -> None:
    assert metric_for(kind, label) == metric


def test_translated_page_states_the_seed_facts() -> None:
    """Same ids, metrics, printed numbers and lines in en and zh-CN (labels differ)."""
    en = [(f.id, f.metric, f.value.text if f.value else f.text_value, f.line) for f in parsed("seed_002371.SZ.md").facts]
    zh_doc = parsed("synthetic/002371.SZ.zh-CN.md")
    zh = [(f.id, f.metric, f.value.text if f.value else f.text_value, f.line) for f in zh_doc.facts]
    differ = {(a[0], a[2], b[2]) for a, b in zip(en, zh, strict=False) if a != b}
    assert len(en) == len(zh)
    assert differ == {("financial_score.style", "Growth", "成长"), ("financial_score.scale", "Large", "大型")}
    assert zh_doc.locale == "zh-CN" and zh_doc.statement(StatementKind.DISCLAIMER).value.startswith("免责声明")
    assert all(s.recognised for s in zh_doc.sections)


def test_collapsed_seed_states_the_seed_facts_on_line_3() -> None:
    seed = [(f.id, f.metric, f.value.text if f.value else f.text_value) for f in parsed("seed_002371.SZ.md").facts]
    flat_doc = parsed("synthetic/002371.SZ.llms.txt")
    flat = [(f.id, f.metric, f.value.text if f.value else f.text_value) for f in flat_doc.facts]
    assert flat == seed
    assert {f.line for f in flat_doc.facts} == {3}
    assert flat_doc.fact("multi_score.roe").raw == "| ROE | 15.50% | A |"  # type: ignore[union-attr]
    assert [t.id for t in flat_doc.tables] == [t.id for t in parsed("seed_002371.SZ.md").tables]
    assert flat_doc.chart_blocks[0].data == parsed("seed_002371.SZ.md").chart_blocks[0].data
