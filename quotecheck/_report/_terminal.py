"""The terminal report, as ruff and pytest print theirs: problems with their source lines, then the summary last."""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterable
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from pathlib import Path

from rich.console import Console
from rich.text import Text

from quotecheck.parsers._models import AuditReport, AuditSummary, CheckResult, DocumentAudit, Quoted, Status

from ._outcome import PROBLEMS, RunInfo, error_line, shown_path
from ._source import SourceLines, clip, find_number, is_archive_source

__all__ = ["PROBLEMS", "RunInfo", "TerminalReport", "error_line", "render_text"]

STYLE = {Status.ERROR: "bold magenta", Status.FAIL: "bold red", Status.WARN: "yellow", Status.SKIP: "dim", Status.PASS: "green"}
ORDER = {Status.ERROR: 0, Status.FAIL: 1, Status.WARN: 2, Status.SKIP: 3, Status.PASS: 4}
MAX_QUOTED_LINES = 3
MAX_PAGES_NAMED = 3
MAX_MESSAGE_CHARS = 600
MAX_RULES_IN_SUMMARY = 5
_PAGES_SUFFIX = re.compile(r"\s*\[pages: [^\]]*\]\s*$")


def _message(check: CheckResult) -> str:
    text = _PAGES_SUFFIX.sub("", check.message)
    if len(text) > MAX_MESSAGE_CHARS:
        text = text[:MAX_MESSAGE_CHARS] + f"… ({len(text) - MAX_MESSAGE_CHARS} more characters in --format json)"
    return text


def _line_of(check: CheckResult) -> int | None:
    if check.quoted and check.quoted.line:
        return check.quoted.line
    lines = check.lines()
    return lines[0] if lines else None


def _cited(check: CheckResult, path: str | None) -> list[tuple[str | None, Quoted]]:
    """The quoted value then the inputs, one per (page, line), each with the page it is on; of a FAIL or WARN, the
    inputs that print another value than the quoted one come first, so the excerpt, cut at ``MAX_QUOTED_LINES``,
    shows what contradicts it (round-46 new user F2: a FAIL of 19.40 against line 40's 19.58 quoted three lines of
    19.40)."""
    seen: set[tuple[str | None, int]] = set()
    out: list[tuple[str | None, Quoted]] = []
    inputs = check.inputs
    quoted = check.quoted
    if quoted is not None and quoted.value is not None and check.status in _DISAGREEING:
        inputs = sorted(inputs, key=lambda q: _same_value(q.value, quoted.value))  # stable: page order kept
    for q in ([quoted] if quoted else []) + inputs:
        if q.line is None:
            continue
        where = q.path or path
        if (where, q.line) not in seen:
            seen.add((where, q.line))
            out.append((where, q))
    return out


_DISAGREEING = frozenset({Status.FAIL, Status.WARN})


def _same_value(a: str | None, b: str | None) -> bool:
    """Whether an input's value agrees with the quoted one within the rounding of both ('5.6' with '5.62', '19.4' with
    '19.40'), or states none."""
    if a is None or b is None or a == b:
        return True
    try:
        x, y = Decimal(a), Decimal(b)
    except ArithmeticError:  # a value that is no number ('At Loss'): told apart by its text
        return False
    if not (x.is_finite() and y.is_finite()):
        return x == y
    half = (Decimal(1).scaleb(min(0, int(x.as_tuple().exponent))) + Decimal(1).scaleb(min(0, int(y.as_tuple().exponent)))) / 2
    return abs(x - y) < half  # touching at a rounding boundary counts as differing here: shown first


class TerminalReport:
    """Writes one audit to a rich Console: findings grouped by page, then checks across pages, then the summary."""

    def __init__(self, console: Console, wanted: Iterable[Status] = PROBLEMS, sources: SourceLines | None = None,
                 notes: bool = True) -> None:
        self.console = console
        self.wanted = frozenset(wanted)
        self.sources = sources or SourceLines()
        self.notes = notes  # the parser's notes on each page (a cut, an assumed currency): '--only' without 'note' hides them

    def _print(self, text: Text | str) -> None:
        self.console.print(text, highlight=False, soft_wrap=True)

    def _indented(self, text: Text) -> None:
        """``text`` wrapped two columns in, each line without the spaces rich pads it with (a pipe gets no padding)."""
        for line in text.wrap(self.console, max(20, self.console.width - 2)):
            line.rstrip()
            self._print(Text("  ") + line)

    def _quote(self, path: str | None, q: Quoted, role: str, gutter: int, show_path: bool) -> None:
        line = self.sources.line(path, q.line)
        if line is None:
            return
        span = find_number(line, q.text, q.name)
        label = f"{shown_path(Path(path).name)}:{q.line}" if show_path and path else str(q.line)
        room = max(40, self.console.width - gutter - 6)
        whole = line.expandtabs(4)
        shown, span, cut = clip(whole, span, room)
        if cut:
            shown = "…" + shown[1:]
        if cut + len(shown) < len(whole) and (span is None or span[1] < len(shown)):  # the line goes on past the window
            shown = shown[:-1] + "…"
        row = Text(f"  {label:>{gutter}} | ", style="blue")
        quote = Text(shown)
        if span:
            quote.stylize("bold reverse red" if role == "quoted" else "bold underline", *span)
        row.append_text(quote)
        self.console.print(row, highlight=False, no_wrap=True, overflow="ellipsis", crop=True)
        if span:
            under = Text(f"  {'':>{gutter}} | ", style="blue")
            under.append(" " * span[0] + "^" * max(1, span[1] - span[0]), style=STYLE[Status.FAIL] if role == "quoted" else "cyan")
            name = q.name or ""
            under.append(f" {role}" + (f" {name}" if name and role != "quoted" and not show_path else ""), style="dim")
            self.console.print(under, highlight=False, no_wrap=True, overflow="ellipsis", crop=True)

    def finding(self, check: CheckResult, path: str | None, across: bool = False) -> None:
        """One check: where, status and rule, the derivation, and the cited source lines marked."""
        line = _line_of(check)
        where = "(across pages)" if across else shown_path(f"{path}:{line}" if line else (path or "?"))
        head = Text(f"{where}: ", style="bold")
        head.append(check.status.value.upper(), style=STYLE[check.status])
        head.append(f" {check.rule}", style="cyan")
        if check.subject:
            head.append(f"  {check.subject}")
        self._print(head)
        self._indented(Text(_message(check)))
        if check.reason and check.reason not in check.message:
            self._indented(Text(f"why: {check.reason}", style="dim"))
        cited = _cited(check, path)
        if across:
            pages = list(dict.fromkeys(shown_path(f"{p}:{q.line}") for p, q in cited))
            more = f" and {len(pages) - MAX_PAGES_NAMED} more" if len(pages) > MAX_PAGES_NAMED else ""
            self._print(Text(f"  pages: {', '.join(pages[:MAX_PAGES_NAMED])}{more}", style="dim"))  # bounded: kept whole for grep
        quotable = [(p, q) for p, q in cited if not is_archive_source(p)][:MAX_QUOTED_LINES]
        if not across:  # the lines chosen, shown in page order
            quotable.sort(key=lambda pq: pq[1].line or 0)
        if quotable:
            gutter = max(len(f"{shown_path(Path(p).name)}:{q.line}" if across and p else str(q.line)) for p, q in quotable)
            for p, q in quotable:
                role = "quoted" if check.quoted is not None and q is check.quoted else "input"
                self._quote(p, q, role, gutter, across)
        extra = []
        if check.recomputed is not None and _SAID not in check.message:  # a message that prints it is not contradicted
            # by a second rounding of it (round-41 wa F2: '[46.27460, …]' above, '[46.27459, …]' here)
            extra.append(f"recomputed [{_bound(check.recomputed.lo, upper=False)}, {_bound(check.recomputed.hi, upper=True)}]")
        if check.source:
            extra.append(f"source: {check.source}")
        if extra:
            self._indented(Text("; ".join(extra), style="dim"))
        self._print("")

    def document(self, doc: DocumentAudit) -> None:
        """The wanted checks of one page, by line, and its parse notes."""
        checks = sorted((c for c in doc.checks if c.status in self.wanted), key=lambda c: (_line_of(c) or 0, ORDER[c.status]))
        for c in checks:
            self.finding(c, c.path or doc.path)
        for note in doc.notes if self.notes else ():
            self._print(Text(f"note {shown_path(doc.path or '?')}{':' + str(note.line) if note.line else ''}: {note.code}: {note.message}", style="dim"))

    def cross_checks(self, checks: Iterable[CheckResult]) -> None:
        """The wanted checks across pages."""
        for c in sorted((c for c in checks if c.status in self.wanted), key=lambda c: ORDER[c.status]):
            self.finding(c, None, across=True)

    def summary(self, s: AuditSummary, flagged: Counter[str], run: RunInfo | None = None) -> None:
        """Totals last, as ruff and pytest do, and how to see more."""
        run = run or RunInfo()
        self._print(Text("─" * min(self.console.width, 60), style="dim"))
        if run.interrupted:
            of = f" of {run.total}" if run.total else ""
            self._print(Text(f"Interrupted (Ctrl-C) after {run.done}{of} inputs: the totals below are partial.", style="bold yellow"))
        line = Text(f"{s.documents} documents, {s.checks} checks: ")
        parts = [(s.error, "error", Status.ERROR), (s.fail, "fail", Status.FAIL), (s.warn, "warn", Status.WARN),
                 (s.skip, "skip", Status.SKIP), (s.pass_, "pass", Status.PASS)]
        for i, (n, name, status) in enumerate(parts):
            if status is Status.ERROR and not n:
                continue
            line.append(f"{n} {name}", style=STYLE[status] if n else "")
            line.append(", " if i < len(parts) - 1 else "")
        if s.errors:
            line.append(f"; {s.errors} unusable input(s), listed on stderr", style="bold magenta")
        if run.seconds is not None:
            line.append(f" in {run.seconds:.1f} s", style="dim")
        self._print(line)
        if flagged:
            top = ", ".join(f"{r} {n}" for r, n in flagged.most_common(MAX_RULES_IN_SUMMARY))
            self._print(Text(f"Most flagged rules: {top}" + (" …" if len(flagged) > MAX_RULES_IN_SUMMARY else "")))
        shown = ", ".join([*(st.value for st in sorted(self.wanted, key=ORDER.__getitem__)), *(["note"] if self.notes else [])])
        hint = ("--show-passes lists skips and passes too; " if not {Status.PASS, Status.SKIP} <= self.wanted else "")
        self._print(Text(f"Shown: {shown}. {hint}--select/--ignore RULE narrows by rule id or prefix; "
                         "--format json for every check; --html report.html for a browsable report.", style="dim"))


def render_text(report: AuditReport, wanted: Iterable[Status] = PROBLEMS, width: int = 100, run: RunInfo | None = None) -> str:
    """The terminal report as plain text (no colour), e.g. for a snapshot or a file."""
    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system=None, force_terminal=False, no_color=True, highlight=False)
    out = TerminalReport(console, wanted)
    for doc in report.documents:
        out.document(doc)
    out.cross_checks(report.cross_checks)
    flagged = Counter(c.rule for d in report.documents for c in d.checks if c.status in PROBLEMS)
    flagged.update(c.rule for c in report.cross_checks if c.status in PROBLEMS)
    out.summary(report.totals(), flagged, run)
    return buf.getvalue()  # as the command prints it: a line padded with spaces is the command's fault, not cut here


_SAID = "recomputed ["
"""What a message that prints the recomputed interval says before it (``compare``'s 'does not agree with recomputed [')."""
_LONG_BOUND = 12
"""Characters up to which a recomputed bound is shown as it is ('115.22705')."""
_BOUND_DIGITS = 6
"""Digits after the units a long recomputed bound is shown with ('18.51852' of 18.51851851851851851851851852, which was
printed whole: round-37 tester grc F5); the JSON keeps it exact, as the proof has it."""


def _bound(text: str, *, upper: bool) -> str:
    """A recomputed interval's bound as the text report shows it: rounded outward (the low down, the high up, so the
    interval shown holds the exact one) to ``_BOUND_DIGITS`` digits after the units, trailing zeros dropped, where it is
    longer than ``_LONG_BOUND``; as it is where that is not shorter."""
    value = Decimal(text)
    if len(text) <= _LONG_BOUND or not value.is_finite() or value == 0:
        return text
    places = max(0, _BOUND_DIGITS - value.adjusted())
    shown = f"{value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_CEILING if upper else ROUND_FLOOR):f}"
    if "." in shown:
        shown = shown.rstrip("0").rstrip(".")
    return shown if len(shown) < len(text) else text
