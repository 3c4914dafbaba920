"""Golden files: what must come out of each fixture, as reviewed JSON beside it.

    python tests/golden.py            # list fixtures whose output differs from their golden file
    python tests/golden.py --update   # rewrite the golden files (review the diff before committing!)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck.parsers import audit, collect_pages, parse_file  # noqa: E402
from quotecheck.parsers._views import header_view  # noqa: E402

FIXTURES = ROOT / "fixtures"


def golden_path(page: Path) -> Path:
    """Where a fixture's golden JSON lives."""
    return page.with_name(page.name + ".golden.json")


def payload(page: Path) -> dict[str, Any]:
    """The facts and check outcomes a fixture must produce (stable, line-cited, no absolute paths)."""
    doc = parse_file(page)
    head = header_view(doc)
    head.pop("path", None)
    result = audit(doc)
    return {
        "header": head,
        "facts": [
            {"id": f.id, "metric": f.metric, "text": f.value.text if f.value else f.text_value,
             "missing": f.missing.value if f.missing else None, "period": f.period.end if f.period else None,
             "frequency": f.period.frequency.value if f.period and f.period.frequency else None, "context": f.context, "line": f.line}
            for f in doc.facts
        ],
        "series": [
            {"id": s.id, "label": s.label, "line": s.line,
             "points": [[p.period_text, p.value.text if p.value else (p.missing.value if p.missing else None)] for p in s.points]}
            for s in doc.series
        ],
        "calculations": [
            {"name": c.name, "kind": c.kind, "result": c.result.text if c.result else None, "line": c.result_line,
             "operands": [[o.name, o.number.text, o.line] for s in c.steps for o in s.operands][:40]}
            for c in doc.calculations
        ],
        "checks": [
            {"rule": c.rule, "subject": c.subject, "status": c.status.value, "line": c.quoted.line if c.quoted else None}
            for c in result.checks
        ],
        "notes": sorted({n.code for n in doc.notes}),
        "truncated": doc.truncated,
    }


def golden_pages() -> list[Path]:
    """Every fixture page that has (or should have) a golden file."""
    return [p for p in collect_pages([FIXTURES]) if not p.name.endswith(".golden.json")]


def main(argv: list[str]) -> int:
    """Compare or rewrite golden files."""
    update = "--update" in argv
    differ = 0
    for page in golden_pages():
        data = payload(page)
        gp = golden_path(page)
        text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
        if not gp.exists() or gp.read_text(encoding="utf-8") != text:
            differ += 1
            print(("updated " if update else "differs ") + str(gp.relative_to(ROOT)))
            if update:
                gp.write_text(text, encoding="utf-8")
    print(f"{differ} golden file(s) {'updated' if update else 'differ'}")
    return 0 if update or differ == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
