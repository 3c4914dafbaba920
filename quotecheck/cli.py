"""The ``quotecheck`` command line: parse, audit, schema, fetch and batch.

It sits above both packages: the one place allowed to use ``parsers`` and
``scraper`` together (``parsers`` never imports ``scraper``). click gives subcommands,
typed options and usage errors with exit status 2.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import click

from quotecheck.parsers import (
    AuditLine,
    AuditReport,
    AuditSummary,
    Document,
    DocumentAudit,
    InputError,
    Interval,
    QuotecheckParseError,
    Status,
    collect_pages,
    parse_file,
)
from quotecheck.parsers._views import document_view, header_view

_ORDER = {Status.ERROR: 0, Status.FAIL: 1, Status.WARN: 2, Status.SKIP: 3, Status.PASS: 4}


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
              help="jsonl streams one line per document as it is audited, then the cross-page checks, errors and summary.")
@click.option("--only", default="error,fail,warn,skip,pass", show_default=True,
              help="Which statuses to list in text output (comma-separated).")
def audit_command(paths: tuple[Path, ...], archive_dir: Path | None, fmt: str, only: str) -> None:
    """Re-derive every quoted number; list failures first, each with its line and derivation.

    Exit status: 0 when nothing fails, 1 when a check fails, 2 on unusable input.
    """
    if not paths and archive_dir is None:
        raise click.UsageError("give PATH... and/or --archive DIR")
    try:
        wanted = {Status(s.strip().lower()) for s in only.split(",") if s.strip()}
    except ValueError as exc:
        raise click.BadParameter(f"{only!r}: use a comma-separated list of fail, warn, skip, pass", param_hint="--only") from exc
    if paths and not collect_pages(paths) and archive_dir is None:
        raise click.UsageError(f"no pages (.txt, .md, .html, .htm) found in {', '.join(map(str, paths))}")
    if fmt == "jsonl":
        sys.exit(audit_jsonl(paths, archive_dir))
    report = streamed_report(paths, archive_dir)
    if fmt == "json":
        click.echo(report_json(report))
    else:
        click.echo(render_text(report, wanted))
    sys.exit(exit_status(report))


@main.command("schema")
@click.option("--model", type=click.Choice(["Document", "AuditReport"]), default="Document", show_default=True)
def schema_command(model: str) -> None:
    """Print the JSON Schema of the normalized models."""
    cls = Document if model == "Document" else AuditReport
    click.echo(json.dumps(cls.model_json_schema(), indent=2, ensure_ascii=False))


def streamed_report(paths: tuple[Path, ...], archive_dir: Path | None) -> AuditReport:
    """The audit built from the stream: per-document reports are kept, parsed documents never are."""
    from quotecheck._ingest import audit_stream

    report = AuditReport(documents=[])
    for event in audit_stream(list(paths), [archive_dir] if archive_dir else []):
        if isinstance(event, DocumentAudit):
            report.documents.append(event)
        elif isinstance(event, InputError):
            report.errors.append(event)
        else:
            report.cross_checks.append(event)
    return report


def audit_jsonl(paths: tuple[Path, ...], archive_dir: Path | None) -> int:
    """Print one AuditLine per document as it is audited, then cross checks, errors and the summary; return the exit status."""
    from quotecheck._ingest import audit_stream

    totals = {s.value: 0 for s in Status}
    documents = errors = 0
    for event in audit_stream(list(paths), [archive_dir] if archive_dir else []):
        if isinstance(event, DocumentAudit):
            documents += 1
            for k, v in event.counts().items():
                totals[k] += v
            line = AuditLine(document=event)
        elif isinstance(event, InputError):
            errors += 1
            line = AuditLine(error=event)
        else:
            totals[event.status.value] += 1
            line = AuditLine(cross_check=event)
        click.echo(line.model_dump_json(exclude_none=True))
    summary = AuditSummary(documents=documents, errors=errors, checks=sum(totals.values()), **{"pass": totals["pass"]},
                           fail=totals["fail"], warn=totals["warn"], skip=totals["skip"], error=totals["error"])
    click.echo(AuditLine(summary=summary).model_dump_json(exclude_none=True))
    if errors or summary.error:
        return 2
    return 1 if summary.fail else 0


def exit_status(report: AuditReport) -> int:
    """2 when an input was unusable, 1 when a check failed, else 0."""
    summary = report.totals()
    if report.errors or summary.error:
        return 2
    return 1 if summary.fail else 0


def report_json(report: AuditReport) -> str:
    """The audit as JSON that validates against ``quotecheck schema --model AuditReport``."""
    return report.model_dump_json(indent=2, exclude_none=True)


def render_text(report: AuditReport, wanted: set[Status]) -> str:
    """A readable audit: failures first, each with its line and derivation; then warnings, skips, passes."""
    lines: list[str] = []
    s = report.totals()
    lines.append(f"quotecheck audit: {s.documents} documents, {s.checks} checks: {s.fail} fail, {s.warn} warn, "
                 f"{s.skip} skip, {s.pass_} pass" + (f", {s.error} rule error(s)" if s.error else "")
                 + (f"; {s.errors} unusable input(s)" if s.errors else ""))
    for err in report.errors:
        where = f"{err.path}:{err.line}" if err.line else err.path
        lines.append(f"ERROR {where}: {err.error}: {err.message}")
    entries = [(d.path or "?", c) for d in report.documents for c in d.checks]
    entries += [("(across pages)", c) for c in report.cross_checks]
    entries.sort(key=lambda e: (_ORDER[e[1].status], e[0]))
    current = None
    for path, c in entries:
        if c.status not in wanted:
            continue
        if c.status != current:
            current = c.status
            count = sum(1 for _, x in entries if x.status == c.status)
            lines += ["", f"== {c.status.value.upper()} ({count}) =="]
        line = c.quoted.line if c.quoted and c.quoted.line else (c.lines()[0] if c.lines() else None)
        where = f"{path}:{line}" if line and not path.startswith("(") else path
        if c.status == Status.PASS:
            lines.append(f"pass  {where}  {c.rule}  {c.subject or ''}")
            continue
        lines.append(f"{c.status.value.upper():5} {where}  {c.rule}")
        lines.append(f"      {c.message}")
        if c.recomputed and c.status == Status.FAIL:
            lines.append(f"      recomputed: {Interval(Decimal(c.recomputed.lo), Decimal(c.recomputed.hi)).fmt()}")
        cited = [f"{q.name or ''} {q.text} ({q.path + ':' if q.path and path.startswith('(') else 'line '}{q.line})".strip()
                 for q in c.inputs if q.line][:8]
        if cited and (c.status == Status.FAIL or path.startswith("(")):
            lines.append(f"      inputs: {'; '.join(cited)}" + (" …" if len(c.inputs) > 8 else ""))
        if c.source and c.status == Status.FAIL:
            lines.append(f"      source: {c.source}")
    lines += ["", "per document:"]
    for d in report.documents:
        k = d.counts()
        lines.append(f"  {d.path}: {k['fail']} fail, {k['warn']} warn, {k['skip']} skip, {k['pass']} pass")
        for note in d.notes:
            lines.append(f"    note {d.path}{':' + str(note.line) if note.line else ''}: {note.code}: {note.message}")
    return "\n".join(lines)


@main.command("ingest")
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--store", "store_path", type=click.Path(dir_okay=False, path_type=Path), default=Path("quotecheck.db"), show_default=True,
              help="The SQLite store to add to (created, or migrated, as needed).")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Processes that parse and audit [default: all cores].")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask scheduler address (with --executor dask), e.g. tcp://host:8786.")
@click.option("--shard-size", type=click.IntRange(min=1), default=2000, show_default=True, help="Pages per Dask task.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="With --executor dask: the folder of shard and merged Parquet files.")
def ingest_command(sources: tuple[Path, ...], store_path: Path, workers: int | None, executor: str, scheduler: str | None,
                   shard_size: int, out_dir: Path | None) -> None:
    """Parse, audit and store pages: folders of pages and archives written by 'quotecheck fetch'.

    Content already stored (same sha256) is skipped; each document is committed
    in one transaction; pages that fail to parse are quarantined in 'errors'.
    Exit status: 0 done, 1 a check failed in this run, 2 an input was unusable.
    """
    from quotecheck._ingest import StoreError, ingest
    from quotecheck._ingest._pool import default_workers

    if executor == "dask":
        sys.exit(_ingest_dask(sources, scheduler, shard_size, out_dir))
    report = _progress_reporter()
    try:
        summary = ingest(list(sources), store_path, workers=workers or default_workers(), progress=report)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo("", err=True)
    for line in [f"quotecheck ingest into {store_path}", *summary.lines()]:
        click.echo(line, err=True)
    if summary.failures:
        sys.exit(2)
    sys.exit(1 if summary.checks.get("fail") or summary.cross_checks.get("fail") else 0)


def _ingest_dask(sources: tuple[Path, ...], scheduler: str | None, shard_size: int, out_dir: Path | None) -> int:
    """Run the ingestion on Dask: shards of pages, Parquet per shard, one merge; return the exit status."""
    if out_dir is None:
        raise click.UsageError("--executor dask needs --out DIR (shard and merged Parquet files)")
    from quotecheck._ingest._dask import run_dask

    result = run_dask(list(sources), out_dir, scheduler=scheduler, shard_size=shard_size)
    for line in result.lines():
        click.echo(line, err=True)
    return 2 if result.errors else (1 if result.failed else 0)


def _progress_reporter() -> Callable[[int, int], None]:
    """A progress callback: a live counter on a terminal, a log line every 10 s otherwise."""
    import time

    started = time.monotonic()
    last = [started]
    tty = sys.stderr.isatty()

    def report(done: int, skipped: int) -> None:
        now = time.monotonic()
        if tty and now - last[0] >= 0.2:
            click.echo(f"\ringest: {done} stored, {skipped} already stored, {done / max(now - started, 1e-9):.1f} docs/s ", err=True, nl=False)
            last[0] = now
        elif not tty and now - last[0] >= 10:
            click.echo(f"ingest: {done} stored, {skipped} already stored, {done / (now - started):.1f} docs/s", err=True)
            last[0] = now

    return report


@main.command("export")
@click.option("--store", "store_path", type=click.Path(dir_okay=False, path_type=Path), default=Path("quotecheck.db"), show_default=True)
@click.option("--table", type=click.Choice(["documents", "securities", "facts", "calculations", "checks", "errors"]), required=True)
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl"]), required=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Output file [csv/jsonl: stdout].")
def export_command(store_path: Path, table: str, fmt: str, out: Path | None) -> None:
    """Write one table of the store for pandas, DuckDB or Spark (Parquet keeps decimals as decimals, dates as dates)."""
    from quotecheck._ingest import StoreError
    from quotecheck._ingest._export import export

    try:
        n = export(store_path, table, fmt, out)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    if out is not None:
        click.echo(f"{n} rows of {table} written to {out}", err=True)


def _register_optional() -> None:
    try:
        from quotecheck.scraper._fetch_cli import fetch_command
    except ImportError:  # pragma: no cover - only while the fetcher is being written
        return
    main.add_command(fetch_command, "fetch")


_register_optional()


if __name__ == "__main__":  # pragma: no cover
    main()
