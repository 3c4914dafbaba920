"""The ``quotecheck`` command line: parse, audit, schema, fetch and batch.

It sits above both packages: the one place allowed to use ``parsers`` and
``scraper`` together (``parsers`` never imports ``scraper``). click gives subcommands,
typed options and usage errors with exit status 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from quotecheck._report import (
    PROBLEMS,
    AuditProgress,
    KeepDocuments,
    RuleFilter,
    RunInfo,
    TerminalReport,
    audit_inputs,
    error_line,
    split_patterns,
)
from quotecheck._report._html import HtmlCollector
from quotecheck.parsers import (
    AuditLine,
    AuditReport,
    Document,
    InputError,
    QuotecheckParseError,
    Status,
    collect_pages,
    parse_file,
)
from quotecheck.parsers._views import document_view, header_view


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotecheck")
def main() -> None:
    """quotecheck: turn financial-data pages into verified, structured facts."""


@main.command("parse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--full", is_flag=True, help="Print every fact, row, table and formula, not only the header facts.")
def parse_command(paths: tuple[Path, ...], full: bool) -> None:
    """Print the parsed documents as a JSON list, one entry per page."""
    out: list[dict[str, Any]] = []
    failed = False
    pages = collect_pages(paths)
    if not pages:
        raise click.UsageError(f"no pages (.txt, .md, .html, .htm) found in {', '.join(map(str, paths))}")
    for f in pages:
        try:
            doc = parse_file(f)
        except QuotecheckParseError as exc:
            click.echo(f"error: {exc}", err=True)
            failed = True
            continue
        out.append(document_view(doc) if full else header_view(doc))
    click.echo(json.dumps(out, indent=2, ensure_ascii=False))  # always a list: one shape for one page or many
    if failed:
        sys.exit(2)


@main.command("audit")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--archive", "archive_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Also audit the latest good page of every URL in this raw archive (see 'quotecheck fetch').")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True,
              help="text: problems for people; json: one AuditReport; jsonl: one AuditLine per line, each page as soon as it is audited.")
@click.option("--show-passes", is_flag=True, help="List skips and passes too (text output).")
@click.option("--only", default=None, help="Which statuses to list in text output, comma-separated (default: error,fail,warn).")
@click.option("--select", "select", multiple=True, metavar="RULE",
              help="Only run-report these rule ids or prefixes (gf.range, lb.); repeat or comma-separate.")
@click.option("--ignore", "ignore", multiple=True, metavar="RULE", help="Leave out these rule ids or prefixes; repeat or comma-separate.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Also write a self-contained HTML report to this file.")
def audit_command(paths: tuple[Path, ...], archive_dir: Path | None, fmt: str, show_passes: bool, only: str | None,
                  select: tuple[str, ...], ignore: tuple[str, ...], html_path: Path | None) -> None:
    """Re-derive every quoted number and report the problems, each with its line, derivation and source line.

    Exit status: 0 when nothing fails, 1 when a check fails, 2 on unusable input or a rule error, 130 on Ctrl-C.
    """
    if not paths and archive_dir is None:
        raise click.UsageError("give PATH... and/or --archive DIR")
    wanted = _wanted_statuses(only, show_passes)
    pages = collect_pages(paths) if paths else []
    if paths and not pages and archive_dir is None:
        raise click.UsageError(f"no pages (.txt, .md, .html, .htm) found in {', '.join(map(str, paths))}")
    rules = RuleFilter(split_patterns(select), split_patterns(ignore))
    report, run = _run_audit(pages, archive_dir, rules, fmt, wanted, html_path)
    sys.exit(130 if run.interrupted else exit_status(report))


def _wanted_statuses(only: str | None, show_passes: bool) -> frozenset[Status]:
    if only is None:
        return frozenset(Status) if show_passes else PROBLEMS
    try:
        return frozenset(Status(s.strip().lower()) for s in only.split(",") if s.strip())
    except ValueError as exc:
        raise click.BadParameter(f"{only!r}: use a comma-separated list of error, fail, warn, skip, pass", param_hint="--only") from exc


def _run_audit(pages: list[Path], archive_dir: Path | None, rules: RuleFilter, fmt: str, wanted: frozenset[Status],
               html_path: Path | None) -> tuple[AuditReport, RunInfo]:
    """Audit the inputs one at a time, streaming text or JSON lines; then the checks across pages and the summary."""
    out = Console(highlight=False)
    err = Console(stderr=True, highlight=False)
    terminal = TerminalReport(out, wanted) if fmt == "text" else None
    html = HtmlCollector() if html_path is not None else None
    report = AuditReport(documents=[])
    cross = KeepDocuments()
    interrupted = False
    with AuditProgress(err, len(pages) if archive_dir is None else None) as progress:
        try:
            for event in audit_inputs(pages, archive_dir, rules, cross):
                if isinstance(event, InputError):
                    report.errors.append(event)
                    progress.print(error_line(event))
                else:
                    report.documents.append(event.audit)
                    if terminal is not None:
                        terminal.document(event.audit)
                    elif fmt == "jsonl":
                        _echo_line(AuditLine(document=event.audit))
                    if html is not None:
                        html.add(event.doc, event.audit)
                progress.advance()
            report.cross_checks = rules.checks(cross.checks())
        except KeyboardInterrupt:
            interrupted = True
        run = RunInfo(done=progress.done, total=progress.total, interrupted=interrupted, seconds=progress.elapsed())
    if terminal is not None:
        terminal.cross_checks(report.cross_checks)
        terminal.summary(report, run)
    elif fmt == "jsonl":
        for check in report.cross_checks:
            _echo_line(AuditLine(cross_check=check))
        for error in report.errors:
            _echo_line(AuditLine(error=error))
        _echo_line(AuditLine(summary=report.totals()))
    else:
        click.echo(report_json(report))
    if html is not None and html_path is not None:
        for error in report.errors:
            html.add_error(error)
        html.write(html_path, report.cross_checks, report.totals(), interrupted=interrupted)
    return report, run


def _echo_line(line: AuditLine) -> None:
    click.echo(line.model_dump_json(exclude_none=True))


@main.command("schema")
@click.option("--model", type=click.Choice(["Document", "AuditReport"]), default="Document", show_default=True)
def schema_command(model: str) -> None:
    """Print the JSON Schema of the normalized models."""
    cls = Document if model == "Document" else AuditReport
    click.echo(json.dumps(cls.model_json_schema(), indent=2, ensure_ascii=False))


def exit_status(report: AuditReport) -> int:
    """2 when an input was unusable, 1 when a check failed, else 0."""
    summary = report.totals()
    if report.errors or summary.error:
        return 2
    return 1 if summary.fail else 0


def report_json(report: AuditReport) -> str:
    """The audit as JSON that validates against ``quotecheck schema --model AuditReport``."""
    return report.model_dump_json(indent=2, exclude_none=True)


def _register_optional() -> None:
    try:
        from quotecheck.scraper._fetch_cli import fetch_command
    except ImportError:  # pragma: no cover - only while the fetcher is being written
        return
    main.add_command(fetch_command, "fetch")


_register_optional()


if __name__ == "__main__":  # pragma: no cover
    main()
