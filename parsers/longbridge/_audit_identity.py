"""The page's identity and dates: one symbol everywhere, and no as-of date after the page's own."""

from __future__ import annotations

from collections.abc import Iterator

from .. import _build as build
from .._checks import failed, listed, passed, skipped, warned
from .._models import CheckResult, Document, Quoted, StatementKind
from .._regex_cache import compiled
from ._audit_common import frontmatter_line, line_of, past_the_cut
from ._detect import ON_HOST
from ._values import symbol_in_parens, symbol_in_url, symbol_parts


def _mentions(doc: Document) -> list[Quoted]:
    """Every place the page names its symbol."""
    out: list[Quoted] = []
    fm = doc.frontmatter
    if isinstance(fm.get("symbol"), str):
        out.append(build.Quoted(name="frontmatter symbol", text=str(fm["symbol"]), line=frontmatter_line(doc, "symbol")))
    title, url = fm.get("title"), fm.get("url")
    in_title = symbol_in_parens(title) if isinstance(title, str) else None
    if in_title:
        out.append(build.Quoted(name="frontmatter title", text=in_title.group(1), line=frontmatter_line(doc, "title")))
    in_url = symbol_in_url(url) if isinstance(url, str) else None
    if in_url:
        out.append(build.Quoted(name="frontmatter url", text=in_url, line=frontmatter_line(doc, "url")))
    heading = next((s for s in doc.sections if s.title != "frontmatter" and symbol_in_parens(s.title)), None)
    if heading:
        m = symbol_in_parens(heading.title)
        assert m is not None
        out.append(build.Quoted(name="title heading", text=m.group(1), line=heading.line))
    for link in doc.links:
        linked = symbol_in_url(link.url) if ON_HOST.search(link.url) else None
        if linked:
            out.append(build.Quoted(name=f"link '{link.text[:40]}'", text=linked, line=link.line))
    own = next((f for f in doc.facts if f.id.startswith("peers.") and f.metric == "industry_rank"), None)
    if own:
        out.append(build.Quoted(name="peer row", text=own.id.split(".", 1)[1].rsplit(".", 1)[0], line=own.line, fact_id=own.id))
    return out


def check_identity(doc: Document) -> Iterator[CheckResult]:
    """Every mention of the symbol (frontmatter, title, links, own peer row) names the same security."""
    mentions = _mentions(doc)
    if len(mentions) < 2:
        yield skipped("lb.identity", "Symbol", "the symbol is printed fewer than twice")
        return
    symbols = {_code(q.text or "") for q in mentions}
    shown = listed([f"{q.name} {q.text} (line {q.line})" for q in mentions])
    if len(symbols) == 1:
        yield passed("lb.identity", "Symbol", f"the page names one security in {len(mentions)} places: {shown}",
                     quoted=mentions[0], inputs=mentions[1:])
    elif len({_SEPARATORS.sub("", s) for s in symbols}) == 1:  # 'BRK.B' beside 'BRK-B' or 'BRKB': spellings, maybe
        yield warned("lb.identity", "Symbol", f"the page spells its symbol in {len(symbols)} ways that differ only in "
                     f"their separators: {shown}; vendors spell one share class so, but it is not proved to be one",
                     quoted=mentions[0], inputs=mentions[1:], reason="symbols differ only in '.', '-' or '/'")
    else:
        yield failed("lb.identity", "Symbol", f"the page names different securities: {shown}", quoted=mentions[0],
                     inputs=mentions[1:])


_SEPARATORS = compiled(r"[.\-/]")


def _code(symbol: str) -> str:
    """A symbol as compared: upper case, an HKEX code without its padding zeros ('3750.HK' is '03750.HK', the five
    digits Longbridge pads it to; round-39 tester gte F3)."""
    ticker, suffix = symbol_parts(symbol.upper())
    if suffix == "HK" and ticker.isdigit():
        return f"{ticker.lstrip('0') or '0'}.HK"
    return symbol.upper()


def _no_stamp(doc: Document) -> str:
    """Why no body date is compared: none printed, or the one printed is cut ('> Updated: 2026-0' ends the page)."""
    last = next((s.text.rstrip().rsplit("\n", 1)[-1] for s in reversed(doc.sections) if s.title != "frontmatter"),
                "") if doc.truncated else ""  # the page's last line, where a cut ends it
    if _STAMP_WORDS.search(last):
        at = f" on line {doc.truncated_at_line}" if doc.truncated_at_line else ""
        return f"the page is cut off{at} at its date ({last.strip()!r}), which is not read as a whole date, so none is compared"
    return "the page prints no 'Updated:' or 'As of' date in its body to compare with its datetime" + past_the_cut(doc)


_STAMP_WORDS = compiled(r"\b(?:Updated|As of)\b")


def check_dates(doc: Document) -> Iterator[CheckResult]:
    """Each as-of date printed in the body is not later than the page's own datetime."""
    page = doc.frontmatter.get("datetime")
    stamps = {s.key: s.value for s in doc.statements if s.kind in (StatementKind.UPDATED, StatementKind.AS_OF)}
    if not stamps:
        yield skipped("lb.dates", "As-of dates", _no_stamp(doc))
        return
    if not isinstance(page, str) or not page:
        shown = ", ".join(f"{key} {stamp} (line {line_of(doc, stamp)})" for key, stamp in list(stamps.items())[:3])
        yield skipped("lb.dates", "As-of dates", f"the page's frontmatter prints no datetime of its own to compare the "
                      f"body's dates with ({shown})")
        return
    page_q = build.Quoted(name="page datetime", text=page, line=frontmatter_line(doc, "datetime"))
    for key, stamp in stamps.items():
        q = build.Quoted(name=key, text=stamp, line=line_of(doc, stamp))
        if stamp[:len(page)] <= page:
            yield passed("lb.dates", key, f"{key} {stamp} is not after the page's datetime {page}", quoted=q, inputs=[page_q])
        else:
            yield failed("lb.dates", key, f"{key} {stamp} is after the page's datetime {page}: a date in the future",
                         quoted=q, inputs=[page_q])
