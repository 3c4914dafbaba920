"""HTML report at scale: the fixture pages' audits fed N times to the report builder; size and build time.

The pages are parsed and audited once (the audit's own speed is benchmarked elsewhere);
the baseline, measured in the same run, writes the same N audits as JSON lines.
Usage: python benchmarks/bench_html_report.py [N_DOCUMENTS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from quotecheck._report._html import HtmlCollector
from quotecheck.parsers import AuditLine, QuotecheckParseError, audit, collect_pages, cross_document_checks, parse_file
from quotecheck.parsers._models import AuditReport

ROOT = Path(__file__).resolve().parent.parent


def main(n: int) -> None:
    """Build the report of n audited pages (the fixtures, cycled) and print its size and time against the baseline."""
    pairs = []
    for page in collect_pages([ROOT / "fixtures"]):
        try:
            doc = parse_file(page)
        except QuotecheckParseError:
            continue
        pairs.append((doc, audit(doc)))
    cross = cross_document_checks([d for d, _ in pairs])
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        with open(Path(tmp) / "audit.jsonl", "w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(AuditLine(document=pairs[i % len(pairs)][1]).model_dump_json(exclude_none=True) + "\n")
        base = time.perf_counter() - t0
        t0 = time.perf_counter()
        collector = HtmlCollector()
        audits = []
        for i in range(n):
            doc, result = pairs[i % len(pairs)]
            collector.add(doc, result)
            audits.append(result)
        out = Path(tmp) / "report.html"
        collector.add_cross(cross)
        collector.write(out, AuditReport(documents=audits, cross_checks=cross).totals())
        build = time.perf_counter() - t0
        print(f"{n} documents: HTML report {out.stat().st_size / 1e6:.2f} MB built in {build:.1f} s; "
              f"JSON lines of the same audits {base:.1f} s ({build / base:.2f}x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
