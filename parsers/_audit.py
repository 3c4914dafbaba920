"""Audit documents: run the recompute rules on each, then compare facts across pages of one security."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from ._api import collect_pages, parse_file
from ._checks import agree, quoted_fact
from ._errors import QuotecheckParseError
from ._models import AuditReport, CheckResult, Document, DocumentAudit, Fact, Frequency, InputError, Status
from ._recompute import recompute

CROSS_METRICS = frozenset({
    "cpi", "current_cpi", "eps", "book_value_per_share", "revenue_per_share", "adj_eps", "adj_book",
    "adj_revenue_per_share", "e10", "cyclically_adjusted_book_per_share", "cyclically_adjusted_revenue_per_share",
    "share_price", "beneish_m_score",
})


def audit(doc: Document) -> DocumentAudit:
    """Every check for one document."""
    return DocumentAudit(path=doc.path, site=doc.site, kind=doc.kind, term=doc.term, security=doc.security,
                         checks=recompute(doc), notes=doc.notes)


def cross_document_checks(docs: Iterable[Document]) -> list[CheckResult]:
    """Facts about one security and period stated on several pages must agree (a warning when the pages differ in date)."""
    groups: dict[tuple[str, str, str], list[tuple[Document, Fact]]] = defaultdict(list)
    for doc in docs:
        symbol = doc.security.id
        if not symbol:
            continue
        for f in doc.facts:
            metric = "cpi" if f.metric == "current_cpi" else f.metric
            if metric not in CROSS_METRICS or f.value is None or not f.period:
                continue
            freq = f.period.frequency
            period = f.period.end if freq in (None, Frequency.MONTHLY, Frequency.TODAY) else f"{f.period.end}, {freq.value}"
            groups[(symbol, metric, period)].append((doc, f))
    out: list[CheckResult] = []
    for (symbol, metric, period), items in sorted(groups.items()):
        paths = {d.path for d, _ in items}
        if len(paths) < 2:
            continue
        best: dict[str | None, Fact] = {}
        for d, f in items:  # the most precise copy on each page speaks for it
            if d.path not in best or (f.value and best[d.path].value and f.value.decimals > best[d.path].value.decimals):  # type: ignore[union-attr]
                best[d.path] = f
        facts = list(best.values())
        res = agree("cross.restated", f"{symbol} {metric} ({period}) across {len(facts)} pages", facts)
        dates = {d.as_of for d, _ in items}
        names = {d.path: Path(d.path or "?").name for d, _ in items}
        res.inputs = [quoted_fact(f) for f in facts]
        for q, (path, _f) in zip(res.inputs, best.items(), strict=False):
            q.name = f"{names.get(path)}: {q.name}"
            q.path = path
        if res.quoted is not None:
            ref_path = next((p for p, f in best.items() if f.id == res.quoted.fact_id and f.line == res.quoted.line), None)
            res.quoted.path = ref_path
        if res.status == Status.FAIL and len(dates) > 1:
            res.status = Status.WARN
            res.reason = f"the pages are dated {', '.join(sorted(x or '?' for x in dates))}: a revision between captures, not a contradiction within one page"
            res.message += f"; {res.reason}"
        res.message += " [pages: " + "; ".join(f"{p}" for p in best) + "]"
        out.append(res)
    return out


def audit_documents(docs: list[Document]) -> AuditReport:
    """Audit several documents and check them against each other."""
    return AuditReport(documents=[audit(d) for d in docs], cross_checks=cross_document_checks(docs))


def audit_paths(paths: Iterable[str | Path]) -> tuple[AuditReport, list[Document]]:
    """Parse and audit every page under the paths; unusable files are reported with file and line, not raised."""
    docs: list[Document] = []
    errors: list[InputError] = []
    for f in collect_pages(paths):
        try:
            docs.append(parse_file(f))
        except QuotecheckParseError as exc:
            errors.append(InputError(path=str(f), line=exc.line, error=type(exc).__name__, message=exc.message))
    report = audit_documents(docs)
    report.errors = errors
    return report, docs
