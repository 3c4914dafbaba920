"""Assemble a Document from a Longbridge quote page (.md or llms.txt).

Pipeline: read the source (limits, provenance header) -> frontmatter ->
logical lines (the llms.txt rendering is re-split) -> markdown blocks -> walk
the blocks with the section they stand in -> truncation.
"""

from __future__ import annotations

import re

from .._currencies import EXCHANGE_CURRENCY
from .._errors import MissingField
from .._models import Document, Link, PageKind, ParseNote, Section, Security, Site, Unit
from ._chart_data import CHART_PREFIX, read_chart
from ._chart_facts import chart_facts
from ._detect import is_collapsed
from ._facts import FactSink
from ._frontmatter import Frontmatter, parse_block
from ._headings import (
    COMPLETE_MARKERS,
    DIMENSIONS,
    SUBSCORES,
    classify_heading,
    section_key,
)
from ._input import Source, read_source
from ._labels import metric_for
from ._lines import (
    bold_label,
    is_quote,
    links,
    overall,
    quote_text,
    split_description,
    stamp,
    trailing_bold_count,
)
from ._markdown import (
    Block,
    FenceBlock,
    HeadingBlock,
    ParagraphBlock,
    TableBlock,
    blocks,
)
from ._tables import TableContext, read_table
from ._values import SUFFIX_EXCHANGE, Reader, symbol_parts
from ._view import View, collapsed_view, md_view

_H1_SYMBOL_RE = re.compile(r"\(([A-Za-z0-9.\-]{1,20}\.[A-Za-z]{1,4})\)\s*$")
_URL_SYMBOL_RE = re.compile(r"/quote/([A-Za-z0-9\-]{1,20}(?:\.[A-Za-z0-9\-]{1,10})*?\.[A-Z]{1,4})(?=/|\.[a-z]|$)")
_URL_LOCALE_RE = re.compile(r"longbridge\.com/(en|zh-CN|zh-HK)/", re.IGNORECASE)
_DISCLAIMER_WORDS = tuple(w.casefold() for words in COMPLETE_MARKERS.values() for w in words)
_RESET_KEYS = DIMENSIONS | SUBSCORES | {"score_analysis"}


def parse_quote_page(text: str, *, source: str | None = None, url: str | None = None) -> Document:
    """Parse a Longbridge quote page (.md or llms.txt rendering) into a Document."""
    src = read_source(text, source)
    collapsed = is_collapsed(src.lines, src.start)
    if collapsed:
        view, fm, fm_line = collapsed_view(src.lines, src.start)
        fm_lines = {k: fm_line for k in fm.fields} if fm else {}
    else:
        first = _first_content(src)
        fm = parse_block(src.lines, first)
        view = md_view(src.lines, fm.end if fm else src.start)
        fm_lines = {k: v + 1 for k, v in fm.lines.items()} if fm else {}
    doc = Document(site=Site.LONGBRIDGE, kind=PageKind.QUOTE_LLMS_TXT if collapsed else PageKind.QUOTE_PAGE,
                   path=source, line_count=len(src.lines),
                   layout="longbridge-llms-txt" if collapsed else "longbridge-quote-md")
    _provenance(doc, src, url, fm, fm_lines, collapsed)
    walker = _Walker(doc, view, src)
    walker.walk(blocks("\n".join(view.texts)))
    _identify(doc, walker, src)
    _truncation(doc, walker, src, fm)
    doc.facts = walker.sink.facts
    return doc


def _first_content(src: Source) -> int:
    i = src.start
    while i < len(src.lines) and not src.lines[i].strip():
        i += 1
    return i


def _provenance(doc: Document, src: Source, url: str | None, fm: Frontmatter | None, fm_lines: dict[str, int],
                collapsed: bool) -> None:
    if src.url:
        doc.notes.append(ParseNote(code="provenance", line=1, message=f"provenance header: fetched from {src.url}"))
    if collapsed:
        doc.notes.append(ParseNote(
            code="llms_txt.collapsed", line=src.start + 1,
            message="llms.txt rendering: newlines are collapsed, so the page was re-split structurally; every fact cites "
                    "the physical line it is on and its raw text is the re-split piece (notes give character offsets)"))
    if fm is None:
        return
    doc.frontmatter = dict(fm.fields)
    if collapsed:
        first = src.start + 1
        doc.sections.append(Section(title="frontmatter", line=min(fm_lines.values(), default=first),
                                    end_line=min(fm_lines.values(), default=first), text=_inline_text(fm)))
    else:
        begin = _first_content(src)
        doc.sections.append(Section(title="frontmatter", line=begin + 1, end_line=fm.end,
                                    text="\n".join(src.lines[begin:fm.end])))
    if not fm.closed:
        doc.notes.append(ParseNote(code="frontmatter.unclosed", line=src.start + 1,
                                   message="the frontmatter has no closing '---'"))
    if "_unparsed" in fm.fields:
        doc.notes.append(ParseNote(code="frontmatter.unparsed", line=src.start + 1,
                                   message=f"frontmatter lines that are not 'key: value' kept under _unparsed: {fm.fields['_unparsed']}"))
    doc.url = url or src.url or _text(fm.fields.get("url"))
    if url and src.url and url != src.url:
        doc.notes.append(ParseNote(code="provenance.url", line=1, message=f"url given ({url}) differs from the header ({src.url})"))
    doc.locale = _text(fm.fields.get("locale"))
    stamp_text = _text(fm.fields.get("datetime"))
    doc.as_of = stamp_text[:10] if stamp_text and re.match(r"\d{4}-\d{2}-\d{2}", stamp_text) else None
    symbol = _text(fm.fields.get("symbol"))
    doc.security = Security(name=_text(fm.fields.get("name")), industry=_text(fm.fields.get("industry")),
                            line=fm_lines.get("symbol"))
    if symbol:
        _set_symbol(doc, symbol)
    locales = fm.fields.get("locales")
    for item in locales if isinstance(locales, list) else []:
        for text, link in links(item):
            doc.links.append(Link(text=text, url=link, line=fm_lines.get("locales", 1)))


def _inline_text(fm: Frontmatter) -> str:
    return "\n".join(f"{k}: {v}" for k, v in fm.fields.items())


def _text(value: str | list[str] | None) -> str | None:
    return value if isinstance(value, str) and value else None


def _set_symbol(doc: Document, symbol: str) -> None:
    ticker, suffix = symbol_parts(symbol)
    doc.security.symbols["longbridge"] = symbol
    doc.security.ticker = ticker
    doc.security.exchange = SUFFIX_EXCHANGE.get(suffix or "", suffix)


class _Walker:
    """Walks the blocks, keeping the section, dimension and as-of date they stand in."""

    def __init__(self, doc: Document, view: View, src: Source) -> None:
        self.doc, self.view, self.src = doc, view, src
        self.sink = FactSink(view)
        suffix = symbol_parts(doc.security.symbols.get("longbridge", ""))[1]
        self.reader = Reader(EXCHANGE_CURRENCY.get(suffix or ""))
        self.section: str | None = None
        self.title = ""
        self.dimension: str | None = None
        self.subscore: str | None = None
        self.as_of: str | None = None
        self.open: tuple[str, int, bool] | None = None
        self.h1: tuple[str, int] | None = None
        self.complete = False
        self.references = False
        self.description: list[str] = []
        self.fences_unclosed: list[int] = []
        self.last_table_end: int | None = None
        self.cut_line = self._cut_row()

    def walk(self, items: list[Block]) -> None:
        """Handle every block in page order, then close the last section."""
        first = next((i for i, t in enumerate(self.view.texts) if t.strip()), None)
        if items and first is not None and first < _start(items[0]) and not isinstance(items[0], HeadingBlock):
            self.open = ("(before the first heading)", first, False)
        for block in items:
            if isinstance(block, HeadingBlock):
                self._heading(block)
            elif isinstance(block, TableBlock):
                self._table(block)
            elif isinstance(block, FenceBlock):
                self._fence(block)
            else:
                self._paragraph(block)
        self._close(len(self.view.texts))
        if self.description:
            self.doc.profile["description"] = " ".join(self.description)

    def _cut_row(self) -> int | None:
        """The logical line of a table row the file ends inside (no closing '|'), if any."""
        texts = self.view.texts
        i = len(texts) - 1
        while i >= 0 and not texts[i].strip():
            i -= 1
        if i < 0 or self.view.phys is not None:
            return None
        last = texts[i].rstrip()
        return i if last.startswith("|") and not last.endswith("|") else None

    # --- sections -------------------------------------------------------
    def _close(self, end: int) -> None:
        """Keep the open section as printed: its heading line and every line up to ``end``."""
        if self.open is None:
            return
        title, start, recognised = self.open
        last = end - 1
        while last > start and not self.view.texts[last].strip():
            last -= 1
        body = "\n".join(self.view.texts[start:last + 1])
        self.doc.sections.append(Section(title=title, line=self.view.line(start), end_line=self.view.line(last),
                                         text=body, recognised=recognised))
        self.open = None

    def _heading(self, block: HeadingBlock) -> None:
        self._close(block.line)
        info = classify_heading(block.text)
        key = info.key
        if block.level == 1 and key is None:
            key = "title"
            self.h1 = (block.text, block.line)
        self.open = (block.text.strip(), block.line, key is not None)
        self.title = info.title
        if key is None:
            self.doc.notes.append(ParseNote(code="section.unknown", line=self.view.line(block.line),
                                            message=f"{self.view.where(block.line)}: unknown section {block.text.strip()!r} kept as text"))
        if key in DIMENSIONS:
            self.dimension, self.subscore = key, None
        elif key in SUBSCORES:
            self.subscore = key
        elif key not in _RESET_KEYS:
            self.dimension = self.subscore = None
            self.as_of = None
        self.section = key
        if key == "references":
            self.references = True
        if info.grade and key:
            self._grade_heading(key, info.title, info.grade, block.line)

    def _grade_heading(self, key: str, title: str, grade: str, line: int) -> None:
        if key == "financial_score":
            fid, metric = "financial_score.grade.heading", "financial_score.grade"
        elif key in DIMENSIONS:
            fid, metric = f"{key}.grade.heading", f"{key}.grade"
        elif key in SUBSCORES:
            fid, metric = f"{self.dimension or 'score'}.{key}", key
        else:
            return
        self.sink.add(fid, metric, title, text_value=grade, unit=Unit.GRADE, context="heading", line=line, as_of=self.as_of)

    # --- blocks ---------------------------------------------------------
    def _table(self, block: TableBlock) -> None:
        ctx = TableContext(section=self.section, title=self.title, dimension=self.dimension, subscore=self.subscore,
                           as_of=self.as_of, symbol=self.doc.security.symbols.get("longbridge"), cut_line=self.cut_line)
        out = read_table(block, ctx, self.reader, self.sink)
        self.doc.tables.append(out.table)
        self.doc.notes.extend(out.notes)
        for text, url, line in out.links:
            self.doc.links.append(Link(text=text, url=url, line=self.view.line(line)))
        if out.kind == "profile":
            self.doc.profile.update(out.profile)
            if "industry" in out.profile and not self.doc.security.industry:
                self.doc.security.industry = out.profile["industry"]
        self.last_table_end = block.end

    def _fence(self, block: FenceBlock) -> None:
        if not block.closed:
            self.fences_unclosed.append(block.line)
        if not block.info.startswith(CHART_PREFIX):
            self.doc.notes.append(ParseNote(code="fence.unknown", line=self.view.line(block.line),
                                            message=f"{self.view.where(block.line)}: fenced block {block.info!r} kept as section text"))
            return
        kind = block.info[len(CHART_PREFIX):]
        end = block.end if block.closed else None
        read = read_chart(kind, block.content, block.line + 1, self.view, end=end)
        if not block.closed and read.block.error is None:
            read.block.error = "the block is not closed (page cut off?)"
        index = sum(1 for b in self.doc.chart_blocks if b.kind == kind) + 1
        self.doc.chart_blocks.append(read.block)
        self.doc.notes.extend(read.notes)
        if read.chart is not None:
            chart_facts(read, self.sink, self.reader, prefix="chart" if index == 1 else f"chart{index}", as_of=self.as_of)

    def _paragraph(self, block: ParagraphBlock) -> None:
        for i in range(block.line, block.end):
            line = self.view.texts[i]
            if line.strip():
                self._line(line, i)

    def _line(self, line: str, i: int) -> None:
        folded = line.casefold()
        if is_quote(line) and any(w in folded for w in _DISCLAIMER_WORDS):
            self.complete = True
            self.doc.statements["disclaimer"] = quote_text(line)
            return
        for text, url in links(line):
            if self.section != "financial_score" or "longbridge" not in url:
                self.doc.links.append(Link(text=text, url=url, line=self.view.line(i)))
        if self.section == "overview":
            self.description.append(line.strip())
            return
        when = stamp(line) if is_quote(line) else None
        if when:
            self.as_of = when
            if self.section == "financial_score":
                self.doc.statements["financial_score.updated"] = when
            elif self.section == "analyst_ratings":
                self.doc.statements["analyst_ratings.as_of"] = when
            return
        if is_quote(line):
            if self.section == "financial_score":
                self.doc.statements["financial_score.method"] = quote_text(line)
            return
        self._scored_line(line, i)

    def _scored_line(self, line: str, i: int) -> None:
        grade_score = overall(line)
        if grade_score:
            grade, score = grade_score
            self.sink.add("financial_score.grade", "financial_score.grade", "Overall", text_value=grade, unit=Unit.GRADE,
                          context="score", line=i, as_of=self.as_of)
            number = self.reader.number(score)
            self.sink.add("financial_score.score", "financial_score.score", "Overall", value=number, unit=Unit.SCORE,
                          context="score", line=i, as_of=self.as_of)
            return
        labelled = bold_label(line)
        if labelled:
            self._bold(labelled[0], labelled[1], i)
            return
        counted = trailing_bold_count(line)
        if counted and metric_for("bold", counted[0]) == "analysts_total":
            self.sink.add("analyst_ratings.total", "analysts_total", counted[0], value=self.reader.count(counted[1]),
                          unit=Unit.COUNT, context="analysts", line=i, as_of=self.as_of)

    def _bold(self, label: str, value: str, i: int) -> None:
        field = metric_for("bold", label)
        dim = section_key(label)
        if dim in DIMENSIONS:
            self.dimension, self.subscore = dim, None
            if value.strip():
                self.sink.add(f"{dim}.grade", f"{dim}.grade", label, text_value=value.strip(), unit=Unit.GRADE,
                              context="score", line=i, as_of=self.as_of)
        elif field == "industry":
            self.doc.profile["score_industry"] = value.strip()
        elif field in ("style", "scale"):
            name, description = split_description(value)
            self.doc.profile[field] = name
            if description:
                self.doc.profile[f"{field}_description"] = description
            self.sink.add(f"financial_score.{field}", field, label, text_value=name, unit=Unit.GRADE, context="score",
                          line=i, as_of=self.as_of)


def _start(block: Block) -> int:
    return block.line


def _identify(doc: Document, walker: _Walker, src: Source) -> None:
    """Fill the security from the H1 or the url when the frontmatter lacks it; without any, raise."""
    if walker.h1:
        text, line = walker.h1
        m = _H1_SYMBOL_RE.search(text)
        if m and "longbridge" not in doc.security.symbols:
            _set_symbol(doc, m.group(1))
            doc.security.line = walker.view.line(line)
        if not doc.security.name:
            doc.security.name = text[:m.start()].strip() if m else text.strip()
    if "longbridge" not in doc.security.symbols:
        m = _URL_SYMBOL_RE.search(doc.url or src.url or "")
        if m:
            _set_symbol(doc, m.group(1))
    if "longbridge" not in doc.security.symbols:
        raise MissingField("no symbol: neither the frontmatter, the '# Name (SYMBOL)' heading nor the url names one",
                           source=src.name, line=src.start + 1)
    if doc.locale is None:
        m = _URL_LOCALE_RE.search(doc.url or "")
        doc.locale = m.group(1) if m else None
    suffix = symbol_parts(doc.security.symbols["longbridge"])[1]
    ticker = doc.security.ticker or ""
    if suffix == "HK" and len(ticker) == 5 and ticker.startswith("8") and ticker.isdigit():
        doc.notes.append(ParseNote(
            code="currency.hk_rmb_counter", line=doc.security.line,
            message=f"{ticker}.HK is in HKEX's RMB-counter code range (80000-89999): its prices may be in CNY, "
                    "but amounts are tagged HKD from the .HK suffix"))


def _truncation(doc: Document, walker: _Walker, src: Source, fm: Frontmatter | None) -> None:
    """Mark the page truncated when it stops before its closing References/Disclaimer."""
    texts = walker.view.texts
    last = len(texts) - 1
    while last >= 0 and not texts[last].strip():
        last -= 1
    complete = walker.complete or walker.references
    reasons = []
    if fm is not None and not fm.closed:
        reasons.append("inside the frontmatter")
    if walker.fences_unclosed:
        reasons.append(f"inside the fenced block opened on line {walker.view.line(walker.fences_unclosed[0])}")
    if walker.cut_line is not None:
        reasons.append("inside a table row")
    if not complete:
        reasons.append("without the References section or the closing disclaimer")
    if not reasons:
        return
    doc.truncated = True
    end_line = walker.view.line(last) if last >= 0 else src.start + 1
    doc.truncated_at_line = end_line
    tail = walker.view.raw(last)[-60:] if last >= 0 else ""
    doc.notes.append(ParseNote(code="truncated", line=end_line,
                               message=f"the page ends at {walker.view.where(last) if last >= 0 else f'line {end_line}'} "
                                       f"({tail!r}) {' and '.join(reasons)}: it was cut off; what follows is absent, not zero"))
