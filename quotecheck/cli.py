"""The ``quotecheck`` command line: parse, audit, schema, fetch and batch.

It sits above both packages: the one place allowed to use ``parsers`` and
``scraper`` together (``parsers`` never imports ``scraper``). click gives subcommands,
typed options and usage errors with exit status 2.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click
from pydantic import BaseModel

from quotecheck._replaced_file import is_stream, replaceable_export, replaceable_report, replaced_file
from quotecheck._report import (
    PROBLEMS,
    AuditProgress,
    CompactIndex,
    RuleFilter,
    RunInfo,
    audit_inputs,
    error_line,
    split_patterns,
    unknown_patterns,
)
from quotecheck._report._json import JsonReportWriter, stdout_bytes
from quotecheck._report._outcome import shown_path
from quotecheck._report._run import Tally
from quotecheck._start import started
from quotecheck.parsers import (
    AuditLine,
    AuditReport,
    AuditSummary,
    CheckResult,
    Document,
    InputError,
    InputTooLarge,
    QuotecheckParseError,
    Status,
    UnreadableFile,
    collect_pages,
    parse_file,
)
from quotecheck.parsers._api import PASSED_OVER_SHOWN, passed_over_said
from quotecheck.parsers._rule_ids import RULE_IDS
from quotecheck.parsers._views import document_view, header_view

if TYPE_CHECKING:
    from quotecheck._report import TerminalReport
    from quotecheck._report._html import HtmlCollector


class _Commands(click.Group):
    """The command group; ``fetch`` is imported only when it is asked for (it loads httpx and the archive)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command's name, ``fetch`` included before it is loaded."""
        _register_optional()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command of that name, loading ``fetch`` on first use."""
        if cmd_name == "fetch":
            _register_optional()
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; output that cannot be written is 'Error: …' with status 2, and a reader that stopped
        early (a closed pipe) 141, for every command (round-34 new user NU3-5: a full disk under 'audit', 'parse' or
        'rules' printed a traceback and exited 1, read as 'a check failed'; NU3-10: 'rules | head' exited 1)."""
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # what is still buffered fails here, inside the handler, not at the interpreter's exit
            return result
        except BrokenPipeError:
            _reader_gone()
        except OSError as exc:
            if exc.errno in _WRITE_FAILURES:
                raise _Unusable(f"cannot write the output: {exc.strerror}") from exc
            raise


_WRITE_FAILURES = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
"""Why an output cannot be written: a full disk or quota, a file over its size limit, a failing device."""


class _Unusable(click.ClickException):
    """A store or output the command cannot use: 'Error: …' on stderr and exit status 2, as for an unusable input
    (1 means a check failed)."""

    exit_code = 2



class _PagePath(click.Path):
    """A page, folder or archive path; an empty one is a usage error, not the current folder ('quotecheck audit
    "$PAGES"' with the variable unset started on 16,098 pages under the working folder, round-32 new user NU-6)."""

    def __init__(self) -> None:
        super().__init__(readable=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """The path, or a usage error for an empty one."""
        if isinstance(value, str) and not value.strip():
            self.fail("an empty path names no file or folder (an unset variable?)", param, ctx)
        return super().convert(value, param, ctx)

@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotecheck")
def main() -> None:
    """quotecheck: turn financial-data pages into verified, structured facts."""
    started()


@main.command("parse")
@click.argument("paths", nargs=-1, required=True, type=_PagePath())
@click.option("--full", is_flag=True, help="Print every fact, row, table and formula, not only the header facts.")
def parse_command(paths: tuple[Path, ...], full: bool) -> None:
    """Print the parsed documents as a JSON list, one entry per page."""
    failed = False
    unlisted: list[UnreadableFile] = []
    passed: list[Path] = []
    pages = _collected(paths, unlisted, passed)
    for err in unlisted:  # one format of an unusable input for every command: 'path:line: ErrorName: message'
        click.echo(error_line(InputError.of(err)), err=True)
        failed = True
    if not pages and not unlisted:
        raise click.UsageError(f"no pages (.txt, .md, .html, .htm) found in {', '.join(map(str, paths))}"
                               + (f"; {_passed_over(passed)}" if passed else ""))
    write = stdout_bytes()
    written = 0
    for f in pages:  # each entry written as it is parsed: 10,000 pages of --full held 4.8 GB (round-32 NU-8)
        try:
            doc = parse_file(f)
        except QuotecheckParseError as exc:
            click.echo(error_line(InputError.of(exc)), err=True)
            failed = True
            continue
        entry = json.dumps(document_view(doc) if full else header_view(doc), indent=2, ensure_ascii=False)
        write(("[\n  " if not written else ",\n  ").encode("utf-8") + entry.replace("\n", "\n  ").encode("utf-8"))
        written += 1
    write(b"\n]\n" if written else b"[]\n")  # always a list, the bytes of json.dumps(list, indent=2)
    if passed:
        click.echo(f"note: {_passed_over(passed)}", err=True)
    if failed:
        sys.exit(2)


@main.command("audit")
@click.argument("paths", nargs=-1, type=_PagePath())  # an unreadable file is an
# UnreadableFile of the run (the other pages are audited), not a usage error
@click.option("--archive", "archive_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Also audit the latest good page of every URL in this raw archive (see 'quotecheck fetch').")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True,
              help="text: problems for people; json: one AuditReport; jsonl: one AuditLine per line, each page as soon as it is audited.")
@click.option("--show-passes", is_flag=True, help="List skips and passes too (text output).")
@click.option("--only", default=None, help="Which statuses to list in text output, comma-separated, and 'note' for the "
              "parser's notes on each page (default: error,fail,warn and the notes).")
@click.option("--select", "select", multiple=True, metavar="RULE",
              help="Only run and report these rule ids or prefixes (gf.range, lb.); repeat or comma-separate.")
@click.option("--ignore", "ignore", multiple=True, metavar="RULE", help="Leave out these rule ids or prefixes; repeat or comma-separate.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Also write a self-contained HTML report to this file.")
def audit_command(paths: tuple[Path, ...], archive_dir: Path | None, fmt: str, show_passes: bool, only: str | None,
                  select: tuple[str, ...], ignore: tuple[str, ...], html_path: Path | None) -> None:
    """Re-derive every quoted number and report the problems, each with its line, derivation and source line.

    Exit status: 0 when nothing fails, 1 when a check fails, 2 on unusable input, a rule error, a --select value
    that matches no check of the run (an --ignore value that matches none is a warning) or an output (--html) that
    cannot be written, 130 on Ctrl-C, 141 when the reader of the output stops early ('| head').
    """
    if not paths and archive_dir is None:
        raise click.UsageError("give PATH... and/or --archive DIR")
    if html_path is not None:  # a device, a FIFO or a folder is refused, a link written through (round-34 NU3-1)
        try:
            html_path = replaced_file(html_path)
            replaceable_report(html_path)
        except ValueError as exc:
            raise click.UsageError(f"--html {exc}") from exc
    if html_path is not None and not html_path.parent.is_dir():  # a typo'd folder: said before the run, never created
        raise click.UsageError(f"--html {html_path}: the folder {html_path.parent} does not exist")
    if html_path is not None and not os.access(html_path.parent, os.W_OK):  # said before the run, not after it (NU-16)
        raise click.UsageError(f"--html {html_path}: the folder {html_path.parent} is not writable by this user")
    if any(not v.strip(" ,") for v in (*select, *ignore)):  # an unset variable, not 'no filter' (round-32 NU-12)
        raise click.UsageError("--select/--ignore: an empty rule id names no rule (an unset variable?)")
    wanted, notes = _wanted(only, show_passes)
    if show_passes and only is not None and (unlisted_kinds := [s.value for s in (Status.PASS, Status.SKIP) if s not in wanted]):
        # --only lists what is shown: said, not silently overridden (round-32 NU-13); what it already lists is not
        # asked for again (round-40 tester gud F3: '--show-passes --only skip,pass' was told to add pass,skip)
        click.echo(f"warning: --show-passes has no effect with --only; add {','.join(unlisted_kinds)} to --only to list "
                   "them", err=True)
    unlisted: list[UnreadableFile] = []
    passed: list[Path] = []
    pages = _collected(paths, unlisted, passed) if paths else []
    if paths and not pages and not unlisted and archive_dir is None:
        raise click.UsageError(f"no pages (.txt, .md, .html, .htm) found in {', '.join(map(str, paths))}"
                               + (f"; {_passed_over(passed)}" if passed else ""))
    rules = RuleFilter(split_patterns(select), split_patterns(ignore))
    if unknown := unknown_patterns(rules.select):  # said before the run, not after it (round-33 NU2-16)
        raise click.UsageError(f"--select {_unknown_rules(unknown)}; 'quotecheck rules' lists every rule id")
    if unknown_ignored := unknown_patterns(rules.ignore):  # ignoring nothing hides nothing: a warning, the run goes on
        click.echo(f"warning: --ignore {_unknown_rules(unknown_ignored)}; 'quotecheck rules' lists every rule id", err=True)
    if cancelled := rules.cancelled():  # every check they select is ignored: the run would count nothing, and pass
        raise click.UsageError(f"--ignore removes every check --select {', '.join(cancelled)} keeps")
    _tune_gc()
    summary, errors, run = _run_audit(pages, archive_dir, rules, fmt, wanted, notes, html_path,  # a reader that stops
                                      [InputError.of(e) for e in unlisted])  # early: 141, in the group's invoke
    if passed:  # said, never silent: 'SZSE:002371' as wget saves it is a page the run did not read
        click.echo(f"note: {_passed_over(passed)}", err=True)
    if run.interrupted:
        sys.exit(130)
    if unused := [p for p in rules.unmatched(rules.ignore) if p not in unknown_ignored]:  # a note, not a failed run
        click.echo(f"warning: --ignore {', '.join(unused)} matched no check of this run: a rule of the catalog that none of "
                   "these pages gave a check", err=True)  # a misspelling was refused before the run (round-37 grd F8)
    if unmatched := rules.unmatched(rules.select):  # selecting nothing would turn an audit into a pass
        click.echo(f"error: --select {', '.join(unmatched)} matched no check of this run: a rule of the catalog that none of "
                   "these pages gave a check, so nothing was audited", err=True)
        sys.exit(2)
    sys.exit(_exit_for(summary, errors))


def _collected(paths: tuple[Path, ...], unlisted: list[UnreadableFile], passed: list[Path]) -> list[Path]:
    """``collect_pages``; a walk over its limit of files is one 'path:line: InputTooLarge: …' line and status 2, before
    the run (round-34 new user NU3-6: a traceback and status 1 over a folder of 100,002 files)."""
    try:
        return collect_pages(paths, unlisted, passed)
    except InputTooLarge as exc:
        click.echo(error_line(InputError.of(exc)) + "; 'quotecheck ingest' streams a folder of any size", err=True)
        sys.exit(2)


def _unknown_rules(unknown: dict[str, list[str]]) -> str:
    """'gf.ttmm names no rule (did you mean gf.ttm.sum?)' for each unknown pattern."""
    return "; ".join(f"{p} names no rule" + (f" (did you mean {' or '.join(near)}?)" if near else "")
                     for p, near in unknown.items())


@main.command("rules")
def rules_command() -> None:
    """List every rule id a check can carry and what it checks (for --select and --ignore)."""
    width = max(map(len, RULE_IDS))
    for rule, what in RULE_IDS.items():
        click.echo(f"{rule:<{width}}  {what}")


def _tune_gc() -> None:
    """A batch run makes many short-lived, acyclic objects: move what is loaded out of the collector's way.

    ``gc.freeze`` keeps the modules' objects out of every later collection (and out of the interpreter's collections
    at exit: 61 M instructions fewer a process), and a higher first threshold makes young collections rarer; cyclic
    garbage is still collected. No full collection before it: the imports leave little cyclic garbage to keep, and it
    cost 14 M instructions a start.
    """
    import gc

    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def _wanted(only: str | None, show_passes: bool) -> tuple[frozenset[Status], bool]:
    """The statuses the text output lists, and whether it lists the parser's notes (always, unless --only leaves
    out 'note')."""
    if only is None:
        return (frozenset(Status) if show_passes else PROBLEMS), True
    names = {s.strip().lower() for s in only.split(",") if s.strip()}
    if not names:  # an unset variable, not 'list nothing' (round-35 new user NU4-8), as --select's empty value
        raise click.BadParameter(f"{only!r} names no status: use a comma-separated list of error, fail, warn, skip, "
                                 "pass, note", param_hint="--only")
    try:
        return frozenset(Status(n) for n in names - {_NOTE}), _NOTE in names
    except ValueError as exc:
        raise click.BadParameter(f"{only!r}: use a comma-separated list of error, fail, warn, skip, pass, note",
                                 param_hint="--only") from exc


_NOTE = "note"


def _run_audit(pages: list[Path], archive_dir: Path | None, rules: RuleFilter, fmt: str, wanted: frozenset[Status], notes: bool,
               html_path: Path | None, unlisted: list[InputError]) -> tuple[AuditSummary, list[InputError], RunInfo]:
    """Audit the inputs one at a time, streaming text, JSON or JSON lines; then the checks across pages and the summary.

    Ctrl-C stops the run between two inputs (a partial report that says so, never a document cut mid-write).
    """
    with _DeferredInterrupt() as stop:
        return _audit_run(pages, archive_dir, rules, fmt, wanted, notes, html_path, unlisted, stop)


def _audit_run(pages: list[Path], archive_dir: Path | None, rules: RuleFilter, fmt: str, wanted: frozenset[Status], notes: bool,
               html_path: Path | None, unlisted: list[InputError], stop: _DeferredInterrupt) -> tuple[AuditSummary, list[InputError], RunInfo]:
    terminal = _terminal_report(wanted, notes) if fmt == "text" else None
    html = _html_collector() if html_path is not None else None
    errors: list[InputError] = list(unlisted)  # documents and checks are counted, not kept
    for error in unlisted:
        click.echo(error_line(error), err=True)
    tally = Tally()
    streamed = JsonReportWriter(stdout_bytes()) if fmt == "json" else None
    lines = stdout_bytes() if fmt == "jsonl" else _no_output  # the JSON lines' writer, made once a run
    shown: list[CheckResult] = []  # the checks across pages the terminal will show
    cross = CompactIndex()
    interrupted = False
    with AuditProgress(None, len(pages) if archive_dir is None else None) as progress:  # stderr; rich only if needed
        try:
            for event in audit_inputs(pages, archive_dir, rules, cross):
                stop.check()  # Ctrl-C lands here, between inputs: never inside a write or a half-counted page
                if isinstance(event, InputError):
                    errors.append(event)
                    progress.print(error_line(event))
                    progress.advance()  # an input done, if unusable: the Ctrl-C count counts it (round-32 NU-15)
                    continue
                tally.add(event.audit)
                if streamed is not None:
                    streamed.document(event.audit)
                elif terminal is not None:
                    terminal.document(event.audit)
                elif fmt == "jsonl":
                    _echo_line(lines, AuditLine(document=event.audit))
                if html is not None:
                    html.add(event.doc, event.audit)
                progress.advance()
            for check in cross.checks():  # streamed from the index: never all in memory
                stop.check()
                if rules.select or rules.ignore:
                    rules.seen.add(check.rule)
                if not rules.keeps_check(check):
                    continue
                tally.add_cross(check)
                if streamed is not None:
                    streamed.cross_check(check)
                elif fmt == "jsonl":
                    _echo_line(lines, AuditLine(cross_check=check))
                if html is not None:  # counted and sampled as it comes: the report keeps a capped sample, not every check
                    html.add_cross([check])
                if terminal is not None and check.status in wanted:
                    shown.append(check)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            cross.close()
        run = RunInfo(done=progress.done, total=progress.total, interrupted=interrupted, seconds=progress.elapsed())
    summary = tally.totals(errors)
    if streamed is not None:
        streamed.finish(errors, summary, interrupted=interrupted)
    if terminal is not None:
        terminal.cross_checks(shown)
        terminal.summary(summary, tally.flagged, run)
    elif fmt == "jsonl":
        for error in errors:
            _echo_line(lines, AuditLine(error=error))
        _echo_line(lines, AuditLine(summary=summary, interrupted=True if interrupted else None))
    if interrupted and terminal is None:  # the text report says so itself
        of = f" of {run.total}" if run.total is not None else ""
        click.echo(f"interrupted (Ctrl-C) after {run.done}{of} inputs: the output is partial, its checks across "
                   "documents incomplete", err=True)
    if html is not None and html_path is not None:
        for error in errors:
            html.add_error(error)
        try:
            html.write(html_path, summary, interrupted=interrupted)
        except OSError as exc:  # the report above stands; the HTML file could not be written (named, not its temporary)
            raise _Unusable(f"cannot write the HTML report {html_path}: {exc.strerror or exc}") from exc
    return summary, errors, run


class _DeferredInterrupt:
    """Within the block, Ctrl-C (SIGINT) only asks to stop; ``check()`` raises KeyboardInterrupt at a safe point.

    A KeyboardInterrupt raised anywhere could cut a JSON document mid-write or surface from inside the
    serializer as another error (a traceback); between inputs, the output stays whole.
    """

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None

    def __enter__(self) -> _DeferredInterrupt:
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._ask)
        return self

    def _ask(self, signum: int, frame: object) -> None:
        if not self.requested:  # said once, at once: a long page kept the terminal silent for a minute (NU2-5)
            with contextlib.suppress(OSError):  # a closed stderr must not raise here, at any point of the run
                os.write(2, b"\nCtrl-C: stopping after the input being read (its parse and audit finish first)\n")
        self.requested = True

    def check(self) -> None:
        """Raise KeyboardInterrupt if Ctrl-C was pressed since the block began."""
        if self.requested:
            raise KeyboardInterrupt

    def __exit__(self, *exc: object) -> None:
        import signal

        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def _html_collector() -> HtmlCollector:
    """The HTML report's collector (loaded only when ``--html`` asks for one)."""
    from quotecheck._report._html import HtmlCollector

    return HtmlCollector()


def _terminal_report(wanted: frozenset[Status], notes: bool) -> TerminalReport:
    """The text report on stdout (rich is loaded here: the JSON formats do not need it)."""
    from rich.console import Console

    from quotecheck._report import TerminalReport

    class _Stdout(Console):
        def on_broken_pipe(self) -> None:
            """A reader that stopped early: the command exits 141 (rich's own handler exits 1, 'a check failed')."""
            raise BrokenPipeError

    return TerminalReport(_Stdout(highlight=False), wanted, notes=notes)


def _passed_over(passed: list[Path]) -> str:
    """What the run says of the files below its folders it passed over as not named like pages."""
    return passed_over_said(len(passed), [shown_path(str(p)) for p in passed[:PASSED_OVER_SHOWN]], "audit")


def _no_output(data: bytes) -> None:
    """The JSON lines' writer of a run in another format (never called)."""


def _echo_line(write: Callable[[bytes], object], line: AuditLine) -> None:
    write(line.model_dump_json(exclude_none=True).encode("utf-8") + b"\n")  # whole, even when Ctrl-C lands mid-write


@main.command("schema")
@click.option("--model", type=click.Choice(["Document", "AuditReport", "AuditLine"]), default="Document", show_default=True,
              help="Document: each entry's document under parse --full; AuditReport: audit --format json; AuditLine: each line "
                   "of audit --format jsonl.")
def schema_command(model: str) -> None:
    """Print the JSON Schema of the normalized models."""
    models: dict[str, type[BaseModel]] = {"Document": Document, "AuditReport": AuditReport, "AuditLine": AuditLine}
    cls = models[model]
    click.echo(json.dumps(cls.model_json_schema(), indent=2, ensure_ascii=False))


def exit_status(report: AuditReport) -> int:
    """2 when an input was unusable, 1 when a check failed, else 0."""
    return _exit_for(report.totals(), report.errors)


def _exit_for(summary: AuditSummary, errors: list[InputError]) -> int:
    if errors or summary.error:
        return 2
    return 1 if summary.fail else 0


def report_json(report: AuditReport) -> str:
    """The audit as JSON that validates against ``quotecheck schema --model AuditReport``."""
    return report.model_dump_json(indent=2, exclude_none=True)


@main.command("ingest")
@click.argument("sources", nargs=-1, required=True, type=_PagePath())
@click.option("--store", "store_path", type=click.Path(dir_okay=False, path_type=Path), default=Path("quotecheck.db"), show_default=True,
              help="The SQLite store to add to (created, or migrated, as needed).")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Processes that parse and audit [default: all cores].")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: a pool of worker processes on this machine into --store; dask: shards on a Dask scheduler into "
                   "Parquet under --out.")
@click.option("--scheduler", default=None, help="Dask scheduler address (with --executor dask), e.g. tcp://host:8786.")
@click.option("--shard-size", type=click.IntRange(min=1), default=2000, show_default=True, help="Pages per Dask task.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="With --executor dask: the folder of shard and merged Parquet files.")
@click.option("--archive", "archive_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("archive"), show_default=True,
              help="Where a SOURCE that is a file of URLs is fetched to first (as 'quotecheck fetch --archive').")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="HOST[:PORT]",
              help="Also allow fetching from this host (default: Longbridge and GuruFocus only). Repeatable.")
@click.option("--reparse", is_flag=True,
              help="Parse again the stored content that another build of quotecheck parsed (after an upgrade), replacing "
                   "its facts and checks; the documents keep their history.")
def ingest_command(sources: tuple[Path, ...], store_path: Path, workers: int | None, executor: str, scheduler: str | None,
                   shard_size: int, out_dir: Path | None, archive_dir: Path, allow_hosts: tuple[str, ...], reparse: bool) -> None:
    """Parse, audit and store pages: folders of pages, archives written by 'quotecheck fetch', files of URLs.

    A file of URLs (one per line, '#' comments) is fetched first into --archive,
    politely and resumably as 'quotecheck fetch' does; a URL that cannot be
    fetched is quarantined with its reason.

    Content already stored (same sha256) is skipped, and the summary counts what
    another build of quotecheck stored (--reparse parses it again); each document
    is committed in one transaction; pages that fail to parse are quarantined in 'errors'.
    Exit status: 0 done, 1 a check failed in this run (a check of a page it stored, or a check across pages that
    cites one), 2 an input was unusable, 130 interrupted (Ctrl-C:
    the documents stored so far are kept; run the same command again to resume).
    """
    import sqlite3

    from quotecheck._ingest import StoreError, ingest
    from quotecheck._ingest._pool import default_workers
    from quotecheck._ingest._urls import FetchSettings

    if executor == "dask":
        _refuse_local_options()
        sys.exit(_ingest_dask(sources, scheduler, shard_size, out_dir))
    _refuse_dask_options()
    report = _IngestProgress()
    try:
        summary = ingest(list(sources), store_path, workers=workers or default_workers(), progress=report,
                         fetch=FetchSettings(archive=archive_dir, allow_hosts=allow_hosts), on_error=_print_error, reparse=reparse,
                         cross_progress=report.cross)
    except StoreError as exc:
        raise _Unusable(str(exc)) from exc
    except (sqlite3.Error, OSError) as exc:  # a store that cannot be written (read-only file or folder, full disk)
        raise _Unusable(f"cannot write the store {store_path}: {exc}") from exc
    except KeyboardInterrupt:
        click.echo(f"\ninterrupted: {report.done} new document(s) of this run are kept in {store_path} "
                   "(each one whole); run the same command again to resume", err=True)
        sys.exit(130)
    click.echo("", err=True)
    for line in [f"quotecheck ingest into {store_path}", *summary.lines()]:
        click.echo(line, err=True)
    if summary.failures or summary.found_nothing():  # no page at all, as audit's 'no pages' is a usage error
        sys.exit(2)
    sys.exit(1 if summary.checks.get("fail") or summary.cross_fails_of_run else 0)


def _refuse_dask_options() -> None:
    """Refuse --out, --scheduler and --shard-size given without --executor dask: the local run ignored them and wrote
    --store (round-36 new user NU5-7: 'ingest --out DIR' wrote ./quotecheck.db and made no DIR)."""
    _refuse_given(("out_dir", "scheduler", "shard_size"), "for --executor dask; the local executor writes the store "
                  "--store (add --executor dask, or leave them out)")


def _refuse_local_options() -> None:
    """Refuse --store, --workers and --reparse with --executor dask, which writes Parquet under --out on the scheduler's workers
    (the second read of round 36: both were ignored, and the run exited 0)."""
    _refuse_given(("store_path", "workers", "reparse"), "for the local executor; --executor dask writes Parquet under --out "
                  "(leave them out)")


def _refuse_given(names: tuple[str, ...], why: str) -> None:
    """A usage error naming the options of ``names`` (parameter names) given on the command line, if any."""
    ctx = click.get_current_context()
    flags = {p.name: p.opts[0] for p in ctx.command.params}
    given = [flags[name] for name in names if ctx.get_parameter_source(name) is click.core.ParameterSource.COMMANDLINE]
    if given:
        raise click.UsageError(f"{', '.join(given)} {'is' if len(given) == 1 else 'are'} {why}")


def _print_error(err: InputError) -> None:
    """An unusable input on stderr, as audit prints it (``path:line: ErrorName: message``)."""
    click.echo(error_line(err), err=True)


def _ingest_dask(sources: tuple[Path, ...], scheduler: str | None, shard_size: int, out_dir: Path | None) -> int:
    """Run the ingestion on Dask: shards of pages, Parquet per shard, one merge; return the exit status."""
    if out_dir is None:
        raise click.UsageError("--executor dask needs --out DIR (shard and merged Parquet files)")
    import logging
    import os

    from quotecheck._ingest._dask import run_dask, unusable_inputs

    # the cluster's shutdown chatter (a Ctrl-C's cancelled tasks, workers killed) is not the run's: Dask's own logging
    # setting, which its worker processes read too, and the parent's loggers (round-33 new user NU2-3)
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "critical")
    for name in ("distributed", "asyncio"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        result = run_dask(list(sources), out_dir, scheduler=scheduler, shard_size=shard_size)
    except KeyboardInterrupt:  # as the local executor says it, and 130: click printed 'Aborted!' and exited 1 (NU2-3)
        click.echo(f"\ninterrupted: the shards complete so far are kept in {out_dir} (each one whole); run the same "
                   "command again to resume", err=True)
        return 130
    for err in unusable_inputs(result.out):  # each named, as the local executor names them
        click.echo(error_line(err), err=True)
    for line in result.lines():
        click.echo(line, err=True)
    return 2 if result.errors else (1 if result.failed else 0)


class _IngestProgress:
    """The progress callbacks: a live counter on a terminal, a log line every 10 s otherwise; keeps the last counts."""

    def __init__(self) -> None:
        import time

        self._clock = time.monotonic
        self.started = self._last = self._clock()
        self.tty = sys.stderr.isatty()
        self.done = self.skipped = 0
        self._width = 0

    def __call__(self, done: int, skipped: int) -> None:
        """Note the page counts; show them when it is time."""
        self.done, self.skipped = done, skipped
        rate = done / max(self._clock() - self.started, 1e-9)
        self._show(f"{done} stored, {skipped} already stored, {rate:.1f} docs/s")

    def cross(self, checked: int, securities: int) -> None:
        """Show how far the checks across documents are, when it is time (on a big store they take minutes)."""
        self._show(f"checks across documents, {checked} of {securities} securities")

    def _show(self, text: str) -> None:
        now = self._clock()
        if self.tty and now - self._last >= 0.2:
            click.echo(f"\ringest: {text} ".ljust(self._width), err=True, nl=False)  # padded over a longer line before
            self._width, self._last = len(text) + 10, now
        elif not self.tty and now - self._last >= 10:
            click.echo(f"ingest: {text}", err=True)
            self._last = now


@main.command("export")
@click.option("--store", "store_path", type=click.Path(dir_okay=False, path_type=Path), default=Path("quotecheck.db"), show_default=True)
@click.option("--table", type=click.Choice(["documents", "securities", "facts", "calculations", "checks", "errors"]), required=True)
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl"]), required=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Output file [csv/jsonl: stdout].")
def export_command(store_path: Path, table: str, fmt: str, out: Path | None) -> None:
    """Write one table of the store for pandas, DuckDB or Spark (Parquet keeps decimals as decimals, dates as dates)."""
    import sqlite3

    from quotecheck._ingest import StoreError
    from quotecheck._ingest._export import export

    if out is not None:  # written whole and renamed into place, as --html (round-34 NU3-1), never over the store
        try:  # (round-35 NU4-1); csv or jsonl streams into a device or FIFO
            if fmt == "parquet" or not is_stream(out):
                out = replaced_file(out)
            replaceable_export(out, store_path)
        except ValueError as exc:
            raise click.UsageError(f"--out {exc}") from exc
        if not out.parent.is_dir():  # said as --html says it, not as the temporary file's error (second read)
            raise click.UsageError(f"--out {out}: the folder {out.parent} does not exist")
    try:
        n = export(store_path, table, fmt, out)
    except StoreError as exc:
        raise _Unusable(str(exc)) from exc
    except BrokenPipeError:  # a reader that stopped early ('| head'): done, as other command-line tools are
        _reader_gone()
    except (sqlite3.Error, OSError) as exc:  # an --out in a missing or read-only folder
        raise _Unusable(f"cannot write {out if out is not None else 'the output'}: {exc}") from exc
    if out is not None:
        click.echo(f"{n} rows of {table} written to {out}", err=True)


def _reader_gone() -> NoReturn:
    """Exit 141, as a command whose reader stopped early ('| head') does, with nothing more written to the closed pipe."""
    _drop_stdout()
    sys.exit(141)


def _drop_stdout() -> None:
    """Point stdout at the null device, so the interpreter's final flush into a closed pipe raises nothing."""
    import os

    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())


def _register_optional() -> None:
    if "fetch" in main.commands:
        return
    try:
        from quotecheck.scraper._fetch_cli import fetch_command
    except ImportError:  # pragma: no cover - only while the fetcher is being written
        return
    main.add_command(fetch_command, "fetch")


if __name__ == "__main__":  # pragma: no cover
    main()
