"""What compiling the hot modules with mypyc gains (issue 12), against the same code interpreted, side by side.

    python benchmarks/bench_compiled.py [--repeat 5] [--jobs N]

Needs mypy (the test extra installs it; mypyc ships with it), setuptools, a C compiler and the Python headers. It takes
a few minutes, most of them the compiler's (``--jobs``: its parallel jobs, all cores by default).

1. Copies the running environment's quotecheck twice into a temporary folder, laid out as installed (the checkout's
   parsers/ and scraper/ as quotecheck.parsers and quotecheck.scraper): one copy stays interpreted, as shipped; the
   other gets ``MODULES`` compiled beside their sources, with one change: its ``_interval._make`` builds
   ``Interval(lo, hi)``, since the shortcut reads ``Interval.__dict__``, which a compiled (native) class has not.
   The models stay interpreted: mypyc compiles no pydantic class, and ``_build`` writes its constructors at run
   time.
2. Checks that ``quotecheck audit fixtures --format json`` writes the same bytes from both copies.
3. Times parse + audit of the GuruFocus benchmark pages and of the Longbridge seed (``bench_speed``'s pages) in child
   processes, the two copies alternately (each round starts with the other one), and prints the medians and compiled /
   interpreted per site: the baseline is the interpreted copy, measured in the same run. Each child runs in its copy's
   folder, so that copy is the quotecheck it imports (it checks), and without ``QUOTECHECK_CHECK_BUILDS`` (the test
   suite's second validation of every build would weigh on both copies alike and pull the ratio towards 1).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_speed import ROOT, child_env

import quotecheck

_GF = ("_prose", "_sink", "_prose_calcs", "_calculations", "_history", "_data_table", "_stated", "_sections", "_lines",
       "_audit_restated", "_audit_ranges", "_audit_common", "_term_page", "_header", "_prose_trends", "_scores",
       "_prose_period_calcs")
_LB = ("_tables", "_markdown", "_quote_page", "_chart_facts", "_facts", "_values", "_headings", "_labels", "_walker",
       "_view", "_lines", "_audit_common", "_audit_restated", "_audit_ranges", "_audit_valuation", "_audit_analysts",
       "_audit_identity", "_audit_statements", "_frontmatter", "_collapsed", "_periods", "_cut", "_truncation")
MODULES = (*(f"quotecheck/parsers/{m}.py" for m in ("_checks", "_numbers", "_recompute", "_expr", "_interval")),
           *(f"quotecheck/parsers/gurufocus/{m}.py" for m in _GF), *(f"quotecheck/parsers/longbridge/{m}.py" for m in _LB))
"""The modules a GuruFocus or a Longbridge page spends its time in (``profile_speed.py``), by path in the copy."""

_MAKE_SHORTCUT = {  # the shortcut's lines, and what the copies have instead
    '_new = object.__new__\n_set_lo = Interval.__dict__["lo"].__set__\n_set_hi = Interval.__dict__["hi"].__set__\n': "",
    "    iv = _new(Interval)\n    _set_lo(iv, lo)\n    _set_hi(iv, hi)\n    return iv\n": "    return Interval(lo, hi)\n",
}

_MYPY_INI = "[mypy]\nstrict = True\n\n[mypy-lxml,lxml.*]\nignore_missing_imports = True\n"
"""pyproject's ``[tool.mypy]`` as far as the compiled modules need it (mypyc checks with the running Python's version).
pyproject itself cannot be given: its overrides for pyarrow and dask, which no compiled module imports, are unused
sections under its ``warn_unused_configs``, and mypyc then stops after the check without compiling."""

_SETUP = ("import sys\nfrom setuptools import setup\nfrom mypyc.build import mypycify\n"
          "setup(name='quotecheck_compiled', ext_modules=mypycify(['--config-file', 'mypy.ini', *sys.argv.pop(1).split(',')],"
          " opt_level='3', debug_level='0'))\n")

_CHILD = r"""
import sys
sys.path.insert(1, sys.argv[1])  # after the copy's folder (the working directory), so the copy is what it imports
from _timing import median_timed
from bench_speed import LB_SEED, gurufocus_pages
import quotecheck
from quotecheck.parsers import audit, parse_bytes
import quotecheck.parsers._checks as probe

def per_page(pages):
    def run():
        for src, data in pages:
            audit(parse_bytes(data, source=src))
    return median_timed(run, 1, 7) / len(pages)

gf = [(str(p), p.read_bytes()) for p in gurufocus_pages()]
lb = [(str(LB_SEED), LB_SEED.read_bytes())] * 10
print(quotecheck.__file__, not probe.__file__.endswith(".py"), per_page(gf), per_page(lb))
"""
"""Prints the quotecheck it imported, whether that copy is compiled, then the median seconds a page of each site."""


def lay_out(dest: Path, *, native: bool) -> None:
    """The running environment's quotecheck at ``dest/quotecheck``, as installed; ``native``: with the ``_make``
    change that compiling ``_interval`` needs."""
    pkg = Path(quotecheck.__file__).resolve().parent
    built = ("__pycache__", "*.so")
    shutil.copytree(pkg, dest / "quotecheck", ignore=shutil.ignore_patterns(*built, "parsers", "scraper"))
    for sub in ("parsers", "scraper"):  # installed: inside the package; a checkout: its siblings
        shutil.copytree(pkg / sub if (pkg / sub).is_dir() else pkg.parent / sub, dest / "quotecheck" / sub,
                        ignore=shutil.ignore_patterns(*built))
    if not native:
        return
    interval = dest / "quotecheck" / "parsers" / "_interval.py"
    text = interval.read_text(encoding="utf-8")
    for old, new in _MAKE_SHORTCUT.items():
        if text.count(old) != 1:
            raise SystemExit(f"{interval}: _make's shortcut is not the one this benchmark replaces; update _MAKE_SHORTCUT")
        text = text.replace(old, new)
    interval.write_text(text, encoding="utf-8")


def compile_modules(tree: Path, jobs: int) -> None:
    """Compile ``MODULES`` of the copy at ``tree`` in place; exit 2 with the compiler's last lines if it fails."""
    (tree / "mypy.ini").write_text(_MYPY_INI, encoding="utf-8")
    (tree / "setup_compiled.py").write_text(_SETUP, encoding="utf-8")
    done = subprocess.run([sys.executable, "setup_compiled.py", ",".join(MODULES), "build_ext", "--inplace", "-j", str(jobs)],
                          cwd=tree, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-15:])
        raise SystemExit(f"mypyc or the C compiler failed (exit {done.returncode}):\n{tail}")


def _in_copy(tree: Path, args: list[str], cache: Path, ok: tuple[int, ...] = (0,)) -> bytes:
    """The stdout of ``python args`` run in the copy's folder (``-m`` and ``-c`` put it first on the path, before any
    installed quotecheck), without the test suite's build check; exit if the child exits otherwise than ``ok``."""
    env = child_env(QUOTECHECK_CACHE_DIR=str(cache))
    env.pop("QUOTECHECK_CHECK_BUILDS", None)
    done = subprocess.run([sys.executable, *args], cwd=tree, capture_output=True, env=env, check=False)
    if done.returncode not in ok:
        raise SystemExit(f"{args[:2]} in {tree} exited {done.returncode}: {done.stderr.decode(errors='replace')[-2000:]}")
    return done.stdout


def audit_json(tree: Path, cache: Path) -> bytes:
    """``quotecheck audit fixtures --format json`` from the copy at ``tree``: its stdout."""
    return _in_copy(tree, ["-m", "quotecheck", "audit", str(ROOT / "fixtures"), "--format", "json"], cache,
                    ok=(0, 1))  # 1: the fixtures hold FAILs on purpose


def timed_child(tree: Path, cache: Path) -> tuple[bool, float, float]:
    """Whether the copy at ``tree`` ran compiled, and its median seconds a GuruFocus page and a Longbridge seed."""
    out = _in_copy(tree, ["-c", _CHILD, str(Path(__file__).resolve().parent)], cache).decode()
    imported, compiled, gf, lb = out.split()
    if not Path(imported).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"the child in {tree} imported another quotecheck: {imported}")
    return compiled == "True", float(gf), float(lb)


def main() -> int:
    """Compile the hot modules, check the audit's bytes, and time both copies alternately."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    try:
        import mypyc  # noqa: F401  # shipped with mypy (the test extra)
        import setuptools  # noqa: F401  # mypyc.build's
    except ImportError as exc:
        print(f"{exc.name} is not installed: pip install mypy setuptools", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="qc-compiled-") as tmp:
        pure, native, cache = Path(tmp) / "interpreted", Path(tmp) / "compiled", Path(tmp) / "cache"
        lay_out(pure, native=False)
        lay_out(native, native=True)
        compile_modules(native, args.jobs)
        same = audit_json(pure, cache) == audit_json(native, cache)
        print(f"audit --format json of the fixtures, compiled and interpreted: {'identical' if same else 'DIFFERENT'}")
        ratios: dict[str, list[float]] = {"GuruFocus": [], "Longbridge": []}
        times: dict[tuple[str, bool], list[float]] = {}
        for round_ in range(args.repeat):
            by_copy = {}
            for tree in (pure, native) if round_ % 2 == 0 else (native, pure):
                compiled, gf, lb = timed_child(tree, cache)
                if compiled != (tree is native):
                    raise SystemExit(f"{tree}: the copy ran {'compiled' if compiled else 'interpreted'}")
                by_copy[compiled] = (gf, lb)
                times.setdefault(("GuruFocus", compiled), []).append(gf)
                times.setdefault(("Longbridge", compiled), []).append(lb)
            ratios["GuruFocus"].append(by_copy[True][0] / by_copy[False][0])
            ratios["Longbridge"].append(by_copy[True][1] / by_copy[False][1])
        for site, site_ratios in ratios.items():
            print(f"{site}: interpreted {statistics.median(times[site, False]) * 1e6:7.0f} us a page, compiled "
                  f"{statistics.median(times[site, True]) * 1e6:7.0f} us, compiled / interpreted {statistics.median(site_ratios):.3f}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
