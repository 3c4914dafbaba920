"""HTML report at scale: copy the fixture pages N times into a temp folder, build the report, print size and time.

The baseline, measured in the same run, is the audit alone (--format jsonl to /dev/null); the
report's own cost is the difference. Usage: python benchmarks/bench_html_report.py [N_DOCUMENTS]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(target: int) -> None:
    """Copy pages until there are ``target`` of them, then time the audit with and without --html."""
    pages = [p for p in sorted((ROOT / "fixtures").rglob("*")) if p.suffix in (".txt", ".md", ".html") and "README" not in p.name.upper()]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "pages"
        n = 0
        while n < target:
            batch = root / f"copy{n // len(pages):04d}"
            batch.mkdir(parents=True)
            for p in pages[: target - n]:
                shutil.copy(p, batch / p.name)
                meta = p.with_name(p.name + ".meta.json")
                if meta.exists():
                    shutil.copy(meta, batch / meta.name)
                n += 1
        out = Path(tmp) / "report.html"
        cmd = [sys.executable, "-m", "quotecheck", "audit", str(root), "--format", "jsonl"]
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        base = time.perf_counter() - t0
        t0 = time.perf_counter()
        subprocess.run(cmd + ["--html", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        full = time.perf_counter() - t0
        print(f"{n} documents: audit alone {base:.1f} s; audit + --html {full:.1f} s (report {full - base:.1f} s, "
              f"{full / base:.2f}x the baseline); report {out.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
