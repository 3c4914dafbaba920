"""Issue 12's in-process ratios as counts of machine instructions, which a shared, busy machine does not disturb.

    python benchmarks/bench_instructions.py [--reps 3] [--cli-pages 300]

Wall-clock ratios on a shared machine move by 20% and more from run to run (``bench_speed.py`` prints its load
average for that reason). Here each workload runs under ``valgrind --tool=cachegrind --cache-sim=no`` with a fixed
hash seed: the instructions of ``reps`` repetitions minus those of none (start-up and set-up) give the
instructions of one repetition, the same on every run of the same code. Reported, as ``bench_speed.py`` does:

1. GuruFocus parse + audit of the fixture pages / reading and splitting the same text (target <= 20x);
2. ``quotecheck audit --format json`` over ``--cli-pages`` pages / a process that reads and splits them, whole
   processes, start-up included (target <= 30x);
3. Longbridge seed parse + audit / ``MarkdownIt("commonmark").enable("table").parse`` of it (target <= 0.5x).

Instructions are not time: a cache miss or a branch mispredicted costs more than an add. The ratio tells how much
work changed; ``bench_speed.py`` tells what a user waits. Needs valgrind (``apt install valgrind``). The package is
the one installed in the running interpreter, so another venv's python measures another version.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_speed, imported where needed: it imports quotecheck

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"gf": 20.0, "cli": 30.0, "lb": 0.5}
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")
_LB_SEED = ROOT / "fixtures" / "longbridge" / "seed_002371.SZ.md"
"""``bench_speed.LB_SEED``, named here: importing bench_speed imports quotecheck, which the markdown-it child must not."""


def _work(kind: str, reps: int) -> None:
    """The workload a child runs under valgrind: set up, then ``reps`` repetitions of ``kind``."""
    if kind in ("lb", "md"):
        text = _LB_SEED.read_text(encoding="utf-8")
        if kind == "md":
            # markdown-it alone: a process that has not imported quotecheck (nor bench_speed, which does). Its parse
            # runs with the cyclic collector on, and a collection walks the whole heap of the process: with
            # quotecheck's modules imported the same parse counted 33.5 M instructions at 5998cbd and 40.0 M one commit
            # later, whose only new import was ctypes (a full collection moved into the measured runs). quotecheck's
            # parse pauses the collector (parsers/_gc.py) and does not move so. The baseline is markdown-it's cost.
            from markdown_it import MarkdownIt

            def once() -> object:
                return MarkdownIt("commonmark").enable("table").parse(text)
        else:
            from quotecheck.parsers import audit, parse_text

            def once() -> object:
                return audit(parse_text(text, source=str(_LB_SEED)))
        for _ in range(reps + 1):  # one warm run, then the repetitions
            once()
        return
    from bench_speed import gurufocus_pages

    data = [(str(p), p.read_bytes()) for p in gurufocus_pages()]
    if kind == "gf":
        from quotecheck.parsers import audit, parse_bytes

        for src, b in data:  # warm: first-use imports and caches are set-up, not per-page work
            audit(parse_bytes(b, source=src))
        for _ in range(reps):
            for src, b in data:
                audit(parse_bytes(b, source=src))
    else:
        for _ in range(reps):
            for _src, b in data:
                for line in b.decode("utf-8").splitlines():
                    line.split()


def _env() -> dict[str, str]:
    """A measured child's environment (``bench_speed.child_env``: bytecode written) with a fixed hash seed."""
    from bench_speed import child_env

    return child_env(PYTHONHASHSEED="0")


def _instructions(cmd: list[str], **env: str) -> int:
    """Instructions valgrind counted for one command (its output discarded), with ``env`` added to its environment."""
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *cmd],
                          capture_output=True, text=True, env={**_env(), **env}, check=False)
    found = _REFS.search(done.stderr)
    if done.returncode not in (0, 1) or found is None:
        raise SystemExit(f"valgrind failed ({done.returncode}): {done.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def per_rep(kind: str, reps: int) -> float:
    """Instructions of one repetition of a workload: (reps repetitions - none) / reps.

    The workload runs once first, outside valgrind: a module imported only when a page needs it (the Longbridge
    readers, markdown-it) would otherwise be compiled to bytecode in the first measured run alone, where its stale or
    missing ``.pyc`` is written, and counted as work of the repetitions (it once made the Longbridge seed look 2.4x dearer)."""
    me = [sys.executable, str(Path(__file__).resolve()), "--worker", kind]
    subprocess.run([*me, "1"], check=True, capture_output=True, env=_env())
    return (_instructions([*me, str(reps)]) - _instructions([*me, "0"])) / reps


def cli_ratio(pages: int) -> tuple[int, int, int]:
    """Instructions of ``quotecheck audit --format json`` over ``pages`` pages, of a read + split process over them, and
    of the same audit with the compiled-pattern cache off (a first run on a machine).

    The CLI's compiled patterns come from a cache (``quotecheck.parsers._regex_cache``) that the run before writes, as
    its bytecode comes from the ``.pyc`` files: here a folder of the benchmark's own, which the warm-up run fills."""
    from bench_speed import _SPLIT, _corpus, gurufocus_pages

    exe = str(Path(sys.executable).with_name("quotecheck"))
    with tempfile.TemporaryDirectory(prefix="qc-instr-") as tmp:
        files = _corpus(gurufocus_pages(), pages, Path(tmp))
        cache = {"QUOTECHECK_CACHE_DIR": str(Path(tmp) / "cache")}
        subprocess.run([exe, "audit", *map(str, files[:100]), "--format", "json"], check=False, capture_output=True,
                       env={**_env(), **cache})  # bytecode and compiled patterns, as per_rep
        ours = _instructions([exe, "audit", str(files[0].parent), "--format", "json"], **cache)
        cold = _instructions([exe, "audit", str(files[0].parent), "--format", "json"], QUOTECHECK_CACHE_DIR="")
        base = _instructions([sys.executable, "-c", _SPLIT, *map(str, files)])
    return ours, base, cold


def _verdict(ratio: float, key: str) -> str:
    return "MET" if ratio <= TARGETS[key] else "NOT MET"


def _editable_install() -> bool:
    """Whether the running interpreter's site-packages hold an editable install's finder (a '__editable__…' .pth)."""
    import site

    return any(any(Path(d).glob("__editable__*.pth")) for d in site.getsitepackages())


def main() -> int:
    """Print the three instruction ratios."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--cli-pages", type=int, default=300, help="pages of the CLI run (0: no CLI run)")
    ap.add_argument("--cli-only", action="store_true", help="only the CLI ratio")
    ap.add_argument("--worker", nargs=2, metavar=("KIND", "REPS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _work(args.worker[0], int(args.worker[1]))
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt install valgrind): nothing measured")
        return 2
    import quotecheck.parsers as qp

    print(f"package: {Path(qp.__file__).parent}")
    if _editable_install():
        print("note: this interpreter has an editable install (pip install -e): its start-up runs setuptools' editable "
              "finder in every process, the read + split baseline's too (about 48 M instructions more at 2,000 pages, "
              "7%), which lowers the CLI ratio; measure [2] in a venv with `pip install .`")
    from bench_speed import gurufocus_pages

    if not args.cli_only:
        n = len(gurufocus_pages())
        gf, split = per_rep("gf", args.reps), per_rep("split", args.reps)
        print(f"[1] GuruFocus, {n} pages: read+split {split / n / 1e3:8.1f} k instr/page, parse+audit {gf / n / 1e6:6.2f} "
              f"M instr/page, ratio {gf / split:6.1f}x  target <= {TARGETS['gf']:.0f}x  {_verdict(gf / split, 'gf')}")
        lb, md = per_rep("lb", args.reps), per_rep("md", args.reps)
        print(f"[3] Longbridge seed: markdown-it {md / 1e6:6.2f} M instr, parse+audit {lb / 1e6:6.2f} M instr, "
              f"ratio {lb / md:5.2f}x  target <= {TARGETS['lb']}x  {_verdict(lb / md, 'lb')}")
    if args.cli_pages:
        ours, base, cold = cli_ratio(args.cli_pages)
        print(f"[2] CLI audit --format json, {args.cli_pages} pages: read+split process {base / 1e6:7.1f} M instr, "
              f"quotecheck {ours / 1e6:8.1f} M instr, ratio {ours / base:6.1f}x  target <= {TARGETS['cli']:.0f}x  "
              f"{_verdict(ours / base, 'cli')}")
        print(f"    the same with the compiled-pattern cache off (QUOTECHECK_CACHE_DIR=''): {cold / 1e6:8.1f} M instr, "
              f"ratio {cold / base:6.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
