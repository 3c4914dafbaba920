"""What the HTML report keeps of a run: counts of everything, a capped sample of findings, plot data of their pages.

The report's size grows with the findings kept, not with the pages: passes and skips
are counted, each rule keeps at most ``cap_per_rule`` findings of each status (a uniform
reservoir sample, seeded, so a run is reproducible; a rule's warnings never draw its FAILs out) and only the pages of kept findings bring
their plot data.
"""

from __future__ import annotations

import random
from collections import Counter
from decimal import Decimal, InvalidOperation
from typing import Any

from quotecheck.parsers import Interval
from quotecheck.parsers._models import CheckResult, Document, DocumentAudit, InputError, Quoted

from ._beneish import INDEX_MEANS
from ._outcome import PROBLEMS
from ._source import SourceLines, clip, find_number

CAP_PER_RULE = 40
CONTEXT_RADIUS = 2
MAX_CONTEXT_LINES = 14
MAX_LINE_CHARS = 220
ACROSS = "across pages"

Json = dict[str, Any]


def security_of(audit: DocumentAudit) -> str:
    """A page's security as one label: its id, else a site symbol, else its name."""
    sec = audit.security
    return sec.id or next(iter(sec.symbols.values()), None) or sec.name or "?"


def _printed_interval(q: Quoted | None) -> list[float] | None:
    if q is None or q.value is None:
        return None
    try:
        value = Decimal(q.value)
    except InvalidOperation:
        return None
    exponent = value.as_tuple().exponent
    decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    iv = Interval.around(value, decimals)
    return [float(iv.lo), float(iv.hi)]


def _number(text: str | None) -> float | None:
    try:
        return float(Decimal(text)) if text is not None else None
    except InvalidOperation:
        return None


def _formula(doc: Document | None, q: Quoted | None) -> Json | None:
    """The printed calculation the quoted value belongs to, with its substituted steps."""
    if doc is None or q is None or q.line is None:
        return None
    for calc in doc.calculations:
        lines = {calc.result_line, *calc.formula_lines, *(n for s in calc.steps for n in s.lines)}
        if q.line in lines:
            return {"name": calc.name, "formula": calc.formula, "steps": [s.text for s in calc.steps][:8],
                    "result": calc.result.text if calc.result else None}
    return None


def plot_data(doc: Document) -> Json:
    """A page's plot data: its history series, its range block and, on an M-score page, the eight indices."""
    series = []
    for s in doc.series:
        points = [[p.period, float(p.value.value)] for p in s.points if p.value is not None and p.period]
        if points:
            series.append({"label": f"{s.label} ({s.frequency.value})", "points": points})
    block = {f.metric.rsplit(".", 1)[-1]: float(f.value.value) for f in doc.facts if f.context == "range" and f.value}
    head = next((f for f in doc.facts if f.context == "headline" and f.value), None)
    rng: Json | None = None
    if {"hist_min", "hist_max"} <= block.keys():
        rng = {"min": block["hist_min"], "max": block["hist_max"], "median": block.get("hist_median"),
               "current": next((v for k, v in block.items() if not k.startswith("hist_")), None),
               "headline": float(head.value.value) if head and head.value else None}
    mscore = [{"index": c.name, "value": float(c.result.value), "non": INDEX_MEANS[c.metric][0], "manip": INDEX_MEANS[c.metric][1]}
              for c in doc.calculations if c.metric in INDEX_MEANS and c.result is not None]
    return {"series": series, "range": rng, "mscore": mscore}


class HtmlCollector:
    """Fed one audited page at a time; keeps counts, a capped sample of findings per rule and status and their pages'
    plots."""

    def __init__(self, cap_per_rule: int = CAP_PER_RULE, seed: int = 0) -> None:
        self.cap = cap_per_rule
        self.rng = random.Random(seed)
        self.sources = SourceLines()
        self.counts: Counter[tuple[str, str, str]] = Counter()
        self.seen: Counter[str] = Counter()
        self.kept: dict[str, list[Json]] = {}
        self.docs: dict[int, Json] = {}
        self.as_of: dict[str, str | None] = {}
        self.errors: list[Json] = []
        self.documents = 0
        self.note_pages: Counter[str] = Counter()  # pages with a parser note of each code
        self.notes: dict[str, list[Json]] = {}  # a sample of each code's notes, as findings are sampled
        self.notes_seen: Counter[str] = Counter()
        self.notes_rng = random.Random(seed)  # its own draws: the findings' sample does not move with the notes

    def add(self, doc: Document, audit: DocumentAudit) -> None:
        """Count one page's checks and offer its problems to the sample."""
        index = self.documents
        self.documents += 1
        self.as_of[doc.path or "?"] = doc.as_of
        site, security = audit.site.value, security_of(audit)
        for code in {n.code for n in doc.notes}:
            self.note_pages[code] += 1
        for note in doc.notes:  # what the parser noticed (a cut page, a currency it assumed): the text and JSON list them
            self._sample(self.notes, self.notes_seen, note.code,  # too (round-40 tester gud F4: the report had none)
                         lambda n=note: {"path": doc.path or "?", "line": n.line, "message": n.message}, self.notes_rng)
        for check in audit.checks:
            self.counts[(site, check.rule, check.status.value)] += 1
            if check.status in PROBLEMS:
                self._offer(check, lambda c=check: self._finding(c, doc, index, site, security))

    def add_error(self, error: InputError) -> None:
        """An unusable input (always listed: there is one per bad file)."""
        self.errors.append(error.model_dump(exclude_none=True))

    def add_cross(self, checks: list[CheckResult]) -> None:
        """The checks across pages."""
        for check in checks:
            self.counts[(ACROSS, check.rule, check.status.value)] += 1
            if check.status in PROBLEMS:
                security = (check.subject or "?").split(" ", 1)[0]
                self._offer(check, lambda c=check, s=security: self._finding(c, None, None, ACROSS, s))

    def _offer(self, check: CheckResult, build: Any) -> None:
        # one sample per rule and status: a rule's warnings drew its FAILs out of a shared one (round-48 new user N1: 4 of
        # gf.restated's 5 FAILs were not in the report beside its 127 warnings, and filtering on FAIL showed 26 of 30)
        self._sample(self.kept, self.seen, f"{check.rule} {check.status.value}", build, self.rng)

    def _sample(self, kept_by: dict[str, list[Json]], seen: Counter[str], key: str, build: Any, rng: random.Random) -> None:
        """Keep a uniform sample of at most ``cap`` items per key (reservoir sampling), built only when kept."""
        n = seen[key]
        seen[key] += 1
        kept = kept_by.setdefault(key, [])
        if n < self.cap:
            kept.append(build())
        else:
            j = rng.randrange(n + 1)
            if j < self.cap:
                kept[j] = build()

    def _context(self, check: CheckResult, path: str | None) -> list[Json]:
        """Source lines around the cited ones, with the quoted (q) and input (i) numbers marked; one block per page."""
        cited: dict[str | None, dict[int, list[tuple[str, str, str | None]]]] = {}
        for role, q in [("q", check.quoted)] + [("i", x) for x in check.inputs]:
            if q is not None and q.line is not None and q.text:
                page = q.path or path
                cited.setdefault(page, {}).setdefault(self._line_with(page, q.line, q.text), []).append((role, q.text, q.name))
        blocks = []
        for page, marks in list(cited.items())[:4]:
            wanted: set[int] = set()
            for n in sorted(marks)[:5]:
                wanted.update(range(n - CONTEXT_RADIUS, n + CONTEXT_RADIUS + 1))
            lines = []
            for n in sorted(wanted)[:MAX_CONTEXT_LINES]:
                text = self.sources.line(page, n)
                if text is None:
                    continue
                spans = [(role, find_number(text, t, name)) for role, t, name in marks.get(n, [])]
                first = next((s for _, s in spans if s), None)
                shown, _, cut = clip(text, first, MAX_LINE_CHARS)
                out_marks = [[s[0] - cut, s[1] - cut, role] for role, s in spans if s and s[0] - cut >= 0 and s[1] - cut <= len(shown)]
                lines.append({"n": n, "t": shown, "m": out_marks})
            if lines:
                blocks.append({"page": page, "lines": lines})
        return blocks

    def _line_with(self, page: str | None, line: int, text: str) -> int:
        """The cited line, or the next when the number sits there (an HTML element cites the line it opens on)."""
        here = self.sources.line(page, line)
        if here is not None and find_number(here, text) is None:
            after = self.sources.line(page, line + 1)
            if after is not None and find_number(after, text) is not None:
                return line + 1
        return line

    def _finding(self, check: CheckResult, doc: Document | None, index: int | None, site: str, security: str) -> Json:
        path = check.path or (doc.path if doc else None)
        cited = check.lines()
        line = check.quoted.line if check.quoted and check.quoted.line else (cited[0] if cited else None)
        out: Json = {"status": check.status.value, "rule": check.rule, "site": site, "security": security, "path": path,
                     "line": line, "subject": check.subject, "message": check.message, "reason": check.reason,
                     "source": check.source, "context": self._context(check, path),
                     "inputs": [{"name": q.name, "text": q.text, "line": q.line, "path": q.path} for q in check.inputs[:12]],
                     "printed": _printed_interval(check.quoted), "formula": _formula(doc, check.quoted)}
        if check.quoted is not None:
            out["quoted"] = {"text": check.quoted.text, "line": check.quoted.line}
        if check.recomputed is not None:
            out["recomputed"] = [float(check.recomputed.lo), float(check.recomputed.hi)]
        if index is not None and doc is not None:
            out["doc"] = index
            if index not in self.docs:
                self.docs[index] = {"path": doc.path, "site": site, "security": security, "term": doc.term, "as_of": doc.as_of,
                                    **plot_data(doc)}
        if site == ACROSS:
            points = [{"date": self.as_of.get(q.path or "?"), "value": _number(q.value), "page": q.path} for q in check.inputs]
            out["revision"] = [p for p in points if p["date"] and p["value"] is not None]
        return out

    def payload(self, summary: Json, interrupted: bool) -> Json:
        """Everything the page shows, as one JSON object."""
        findings = [f for rule in sorted(self.kept) for f in self.kept[rule]]
        used = {f["doc"] for f in findings if "doc" in f}
        return {
            "summary": summary, "interrupted": interrupted,
            "counts": [{"site": s, "rule": r, "status": st, "n": n} for (s, r, st), n in sorted(self.counts.items())],
            "sampled": {key: {**dict(zip(("rule", "status"), key.split(" ", 1), strict=True)), "shown": len(self.kept[key]),
                              "total": self.seen[key]} for key in sorted(self.kept) if self.seen[key] > len(self.kept[key])},
            "findings": findings,
            "docs": {str(i): d for i, d in self.docs.items() if i in used},
            "errors": self.errors,
            "notes": [{"code": code, "pages": self.note_pages[code], "total": self.notes_seen[code], "shown": self.notes[code]}
                      for code in sorted(self.notes, key=lambda c: (-self.note_pages[c], c))],
        }
