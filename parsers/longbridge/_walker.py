"""Walk a page's blocks in order, keeping the section, dimension and as-of date each stands in.

Headings open sections (unknown ones are kept as text, never dropped) and set the
Financial Score dimension; tables go to ``_tables``, chart fences to
``_chart_data``; paragraph lines are read one by one (quotes with dates, the
overall grade and score, bold labels, Total Analysts, links, the disclaimer).
"""

from __future__ import annotations

from .. import _build as build
from .._models import Document, StatementKind, Unit
from .._numbers import missing_reason, replaced
from .._securities import exchange_currency, listing_currency, named_currency
from ._chart_data import CHART_PREFIX, read_chart
from ._chart_facts import chart_facts
from ._cut import page_tail, trim_cut_marker
from ._facts import FactSink
from ._headings import (
    COMPLETE_MARKERS,
    DIMENSIONS,
    STATEMENTS,
    SUBSCORES,
    classify_heading,
    heading_currency,
    section_key,
)
from ._input import Source
from ._labels import REPORTING_CURRENCY, metric_for
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
from ._markdown import Block, FenceBlock, HeadingBlock, ParagraphBlock, TableBlock
from ._periods import CALENDAR_FISCAL_MARKETS
from ._tables import TableContext, read_table
from ._values import Reader, name_before_symbol, symbol_parts
from ._view import View

_DISCLAIMER_WORDS = tuple(w.casefold() for words in COMPLETE_MARKERS.values() for w in words)
_RESET_KEYS = DIMENSIONS | SUBSCORES | {"score_analysis"}


class Walker:
    """Walks the blocks, keeping the section, dimension and as-of date they stand in."""

    def __init__(self, doc: Document, view: View, src: Source) -> None:
        self.doc, self.view, self.src = doc, view, src
        self.sink = FactSink(view)
        ticker, suffix = symbol_parts(doc.security.symbols.get("longbridge", ""))
        # the listing's own currency: a B share's (200xxx.SZ trades in HKD, 900xxx.SH in USD), an RMB counter's CNY
        self.reader = Reader(listing_currency(suffix, ticker) or exchange_currency(suffix), market_currency=exchange_currency(suffix),
                             reporting=REPORTING_CURRENCY.get(suffix) if suffix else None)
        self.suffix = suffix
        self._named_counter(doc.security.name)
        self.section: str | None = None
        self.title = ""
        self.dimension: str | None = None
        self.subscore: str | None = None
        self.as_of: str | None = None
        self.currency: str | None = None
        """The currency the open section's title prints ('Income Statement (CNY)')."""
        self.open: tuple[str, int, bool] | None = None
        self.h1: tuple[str, int] | None = None
        self.complete = False
        self.references = False
        self.description: list[str] = []
        self.fences_unclosed: list[int] = []
        self.cut_line = self._cut_row()
        self.tail = page_tail(view, src)
        self.cut_spaced = self.cut_line is not None and bool(src.lines) and src.lines[-1][-1:] in (" ", "\t")
        """Whether the file ends in a space or tab after its last text (no line break): see TableContext.cut_spaced."""
        self.cut_reasons: list[str] = []

    def walk(self, items: list[Block]) -> None:
        """Handle every block in page order, then close the last section."""
        first = next((i for i, t in enumerate(self.view.texts) if t.strip()), None)
        if items and first is not None and first < items[0].line and not isinstance(items[0], HeadingBlock):
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
        """The logical line of a table row the file ends inside (no closing '|', or fewer cells than its header), if any."""
        texts = self.view.texts
        i = len(texts) - 1
        while i >= 0 and not texts[i].strip():
            i -= 1
        if i < 0:
            return None
        last = texts[i].rstrip()
        if not last.startswith("|"):
            return None
        if not last.endswith("|"):
            return i
        # a row that closes its last cell but has fewer cells than its table's header, as the page's last text: a
        # complete page ends in its disclaimer, so the cut fell just after a '|' ('| P/B Ratio |', NDAQ.US, round-27
        # ggv 001), not a row that prints its label alone
        top = i
        while top > 0 and texts[top - 1].lstrip().startswith("|"):
            top -= 1
        return i if top < i and last.count("|") < texts[top].rstrip().count("|") else None

    def _at_cut(self, i: int) -> bool:
        """Whether logical line ``i`` is the last one of a page that has not shown its end (the cut falls in it)."""
        return i == self.tail.index and not (self.complete or self.references)

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
        self.doc.sections.append(build.Section(title=title, line=self.view.line(start), end_line=self.view.line(last),
                                         text=body, recognised=recognised))
        self.open = None

    def _heading(self, block: HeadingBlock) -> None:
        self._close(block.line)
        info = classify_heading(block.text)
        key = info.key
        if block.level == 1 and key is None:
            key = "title"
            self.h1 = (block.text, block.line)
            if self.doc.security.name is None:  # the name the frontmatter does not print: the heading's, before its tables
                self._named_counter(name_before_symbol(block.text))
        self.open = (block.text.strip(), block.line, key is not None)
        self.title = info.title
        self.currency = heading_currency(block.text) if key in STATEMENTS else None
        cut = self._at_cut(block.line)
        if key is None and cut:  # the page ends in this heading: its text may be cut, so no unknown section is claimed
            where = "inside" if self.tail.open else "right after"
            text = block.text.strip()
            self.cut_reasons.append(f"{where} the heading {text!r}" if text else
                                    f"{where} a heading marker {self.view.raw(block.line).strip()!r} with no text yet")
        elif key is None:
            self.doc.notes.append(build.ParseNote(code="section.unknown", line=self.view.line(block.line),
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
        if info.grade and key and not (cut and self.tail.open):  # a grade running into the cut may lack its +/-
            self._grade_heading(key, info.title, info.grade, block.line)

    def _named_counter(self, name: str | None) -> None:
        """A counter whose name ends in its currency ('ManulifeReit USD', BTOU.SG) has its prices and market cap in it,
        not in its exchange's (round-48 tester tz F1: SGD beside the name's USD)."""
        named = named_currency(self.suffix, name)
        if named is not None:
            self.reader.currency = self.reader.market_currency = named

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
        header_only = not block.rows and self._cut_after(block.end)
        symbol = self.doc.security.symbols.get("longbridge")
        ctx = TableContext(section=self.section, title=self.title, dimension=self.dimension, subscore=self.subscore,
                           as_of=self.as_of, symbol=symbol, cut_line=self.cut_line, header_only=header_only,
                           cut_spaced=self.cut_spaced)
        if self.section in STATEMENTS:
            ctx.currency = self.currency
            ctx.calendar = symbol_parts(symbol or "")[1] in CALENDAR_FISCAL_MARKETS
        if header_only:
            self.cut_reasons.append(f"after the header of the table at {self.view.where(block.line)} (its rows are absent)")
        out = read_table(block, ctx, self.reader, self.sink)
        self.doc.tables.append(out.table)
        self.doc.notes.extend(out.notes)
        for text, url, line in out.links:
            self.doc.links.append(build.Link(text=text, url=url, line=self.view.line(line)))
        if out.kind == "profile":
            self.doc.profile.update(out.profile)
            if "industry" in out.profile and not self.doc.security.industry:
                self.doc.security.industry = out.profile["industry"]

    def _cut_after(self, end: int) -> bool:
        """Whether the page is cut right after logical line ``end - 1``, or inside a table row starting at ``end``."""
        tail = self.tail.index
        if tail is None or self.complete or self.references or tail < end - 1:
            return False
        if tail == end - 1:
            return True
        texts = self.view.texts
        return texts[tail].lstrip().startswith("|") and not any(t.strip() for t in texts[end:tail])

    def _fence(self, block: FenceBlock) -> None:
        if not block.closed:
            self.fences_unclosed.append(block.line)
        if not block.info.startswith(CHART_PREFIX):
            self.doc.notes.append(build.ParseNote(code="fence.unknown", line=self.view.line(block.line),
                                            message=f"{self.view.where(block.line)}: fenced block {block.info!r} kept as section text"))
            return
        kind = block.info[len(CHART_PREFIX):]
        end = block.end if block.closed else None
        read = read_chart(kind, block.content, block.line + 1, self.view, end=end, closed=block.closed)
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
        cut = False
        at_cut = self._at_cut(i)
        if at_cut:
            trimmed = trim_cut_marker(line)
            if trimmed is not None:  # a value before the cut marker is closed by the space: whole
                line = trimmed
            else:
                cut = self.tail.open
            if self.tail.open and line.lstrip().startswith("|") and self.cut_line is None:
                self.cut_reasons.append("inside a table row")
        quote = is_quote(line)  # asked once: three tests below need it
        if quote and _is_disclaimer(line.casefold()):
            self.complete = True
            self.doc.statements.append(build.Statement(kind=StatementKind.DISCLAIMER, value=quote_text(line), line=self.view.line(i)))
            return
        for text, url in links(line):
            self.doc.links.append(build.Link(text=text, url=url, line=self.view.line(i)))
        if self.section == "overview":
            self.description.append(line.strip())
            return
        when = stamp(line) if quote else None
        if when:
            self.as_of = when
            if self.section == "financial_score":
                self.doc.statements.append(build.Statement(kind=StatementKind.UPDATED, subject="financial_score", value=when,
                                                     line=self.view.line(i)))
            elif self.section == "analyst_ratings":
                self.doc.statements.append(build.Statement(kind=StatementKind.AS_OF, subject="analyst_ratings", value=when,
                                                     line=self.view.line(i)))
            return
        if quote:
            if self.section == "financial_score":
                self.doc.statements.append(build.Statement(kind=StatementKind.METHOD, subject="financial_score",
                                                     value=quote_text(line), line=self.view.line(i)))
            return
        self._scored_line(line, i, cut, at_cut)

    def _scored_line(self, line: str, i: int, cut: bool = False, at_cut: bool = False) -> None:
        """Read a paragraph line; ``at_cut``: the page ends in it, ``cut``: right after its last character."""
        grade_score = overall(line, at_cut)  # a closing '**' the cut removed: the ')' before it still closes the score
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
            self._bold(labelled[0], labelled[1], i, cut, at_cut)
            return
        counted = trailing_bold_count(line)
        if counted and cut:
            self.cut_reasons.append(f"inside {line.strip()!r} (its number runs into the cut: not read)")
        elif counted and metric_for("bold", counted[0]) == "analysts_total":
            self.sink.add("analyst_ratings.total", "analysts_total", counted[0], value=self.reader.count(counted[1]),
                          unit=Unit.COUNT, context="analysts", line=i, as_of=self.as_of)

    def _bold(self, label: str, value: str, i: int, cut: bool = False, at_cut: bool = False) -> None:
        field = metric_for("bold", label)
        dim = section_key(label)
        if cut and value.strip() and (field not in ("style", "scale") or not split_description(value)[1]):
            if dim in DIMENSIONS:
                self.dimension, self.subscore = dim, None
            self.cut_reasons.append(f"inside {label!r}: {value.strip()!r} runs into the cut (not read)")
            return
        if at_cut and field == "industry" and value.strip():  # free text: a space before the cut does not end it
            self.cut_reasons.append(f"inside {label!r}: {value.strip()!r} may run on past the cut (not read)")
            return
        if at_cut and field in ("style", "scale") and not split_description(value)[1]:  # 'Blend - ' or '' at the cut:
            self.cut_reasons.append(f"inside {label!r}: {value.strip()!r} is cut before its description (not read)")
            return  # the label's name may be cut too, and '' is no label (round-43 tester vc F2)
        if dim in DIMENSIONS:
            self.dimension, self.subscore = dim, None
            if value.strip():
                self.sink.add(f"{dim}.grade", f"{dim}.grade", label, text_value=value.strip(), unit=Unit.GRADE,
                              context="score", line=i, as_of=self.as_of)
        elif field == "industry":
            self.doc.profile["score_industry"] = value.strip()
        elif field == "dividend_yield":
            self._dividend_yield(label, value.strip(), i)
        elif field in ("style", "scale"):
            name, description = split_description(value)
            self.doc.profile[field] = name
            if description:
                self.doc.profile[f"{field}_description"] = description
            self.sink.add(f"financial_score.{field}", field, label, text_value=name, unit=Unit.GRADE, context="score",
                          line=i, as_of=self.as_of)


    def _dividend_yield(self, label: str, value: str, i: int) -> None:
        """'**Dividend Yield**: 5.34' (Distribution Plan): a percentage printed without its '%'."""
        number = self.reader.number(value)
        if number is None:
            missing = missing_reason(value)
            if missing:
                self.sink.add("distribution.dividend_yield", "dividend_yield", label, missing=missing, unit=Unit.PERCENT,
                              context="table", line=i, as_of=self.as_of)
            else:
                self.doc.notes.append(build.ParseNote(code="value.unparsed", line=self.view.line(i),
                                                      message=f"{self.view.where(i)}: {label}: {value!r} is not a number"))
            return
        if not number.percent:
            number = replaced(number, percent=True)
            self.doc.notes.append(build.ParseNote(
                code="value.percent_unprinted", line=self.view.line(i),
                message=f"{self.view.where(i)}: {label} {value} is printed without '%': read as {value}% (a yield is a "
                        "percentage, and the site's Valuation Analysis prints the same quantity with '%')"))
        self.sink.add("distribution.dividend_yield", "dividend_yield", label, value=number, unit=Unit.PERCENT,
                      context="table", line=i, as_of=self.as_of)


def _is_disclaimer(folded: str) -> bool:
    """Whether a casefolded quote line holds a disclaimer word (the line is folded once, not once per word)."""
    return any(w in folded for w in _DISCLAIMER_WORDS)
