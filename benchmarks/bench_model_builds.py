"""What lighter model objects could still gain (issue 12's "lean internal objects"), measured side by side in one run.

    python benchmarks/bench_model_builds.py [--repeat 7] [--inner 20000]

1. The models a page builds: every builder of ``quotecheck.parsers._build`` (the trusted constructors and the
   number copier) counted over one parse + audit of the GuruFocus benchmark pages and of the Longbridge seed.
2. For each model built, the median time of one build from the arguments the run gave it first, against a slots
   dataclass with the same fields built from the same arguments (the lightest object CPython builds from keywords:
   the issue's proposed internal object). The dataclass is the baseline; the ratio is trusted / dataclass.
3. The bound: builds a page x (trusted - dataclass) as a share of the page's parse + audit, timed in the same run.
   Replacing every model a page builds by a slots dataclass would save at most that share (less: the edges would
   then convert them back into the pydantic models the API and the JSON publish).

Medians over ``--repeat`` rounds. Run it with the environment variable QUOTECHECK_CHECK_BUILDS unset: under it every
build is validated a second time.
"""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import os
import statistics
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import median_timed, timed
from bench_speed import LB_SEED, gurufocus_pages

from quotecheck.parsers import _build, audit, parse_bytes


def builders() -> dict[str, tuple[Callable[..., Any], type[Any]]]:
    """Each builder of ``_build`` by its name there, with the model it builds."""
    out: dict[str, tuple[Callable[..., Any], type[Any]]] = {}
    for name, fn in vars(_build).items():
        if not isinstance(fn, types.FunctionType) or not name[:1].isupper():
            continue
        # a trusted builder's code is compiled with its model as _cls; the copier's closure holds its model
        model = fn.__globals__.get("_cls") or inspect.getclosurevars(fn).nonlocals.get("model")
        if isinstance(model, type):
            out[name] = (fn, model)
    return out


def count_builds(run: Callable[[], object], pages: int) -> tuple[dict[str, float], dict[str, tuple[tuple[Any, ...], dict[str, Any]]]]:
    """Builds a page by builder over one ``run`` (parse + audit of ``pages`` pages), and the first arguments each
    builder was given.

    Calls are seen by their code object (a profile hook), so a builder held by reference is counted too: a default
    factory (the Document's Security and ReferencePeriods, the GuruFocus header's Security)."""
    by_code = {fn.__code__: name for name, (fn, _) in builders().items()}
    counts: dict[str, int] = {}
    first: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {}

    def hook(frame: types.FrameType, event: str, _arg: object) -> None:
        name = by_code.get(frame.f_code) if event == "call" else None
        if name is None:
            return
        counts[name] = counts.get(name, 0) + 1
        if name not in first:
            first[name] = _arguments(frame)

    sys.setprofile(hook)
    try:
        run()
    finally:
        sys.setprofile(None)
    return {k: v / pages for k, v in counts.items()}, first


def _arguments(frame: types.FrameType) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The arguments a builder's frame was called with: its positional ones (the copier's instance), its keywords (a
    trusted build's, those left at the builder's marker for 'not given' left out) and its ``**`` ones (the copier's
    replacements)."""
    code, local = frame.f_code, frame.f_locals
    unset = frame.f_globals.get("_UNSET")
    positional, keywords = code.co_argcount, code.co_argcount + code.co_kwonlyargcount
    args = tuple(local[n] for n in code.co_varnames[:positional])
    kwargs = {n: local[n] for n in code.co_varnames[positional:keywords] if local[n] is not unset}
    if code.co_flags & inspect.CO_VARKEYWORDS:
        kwargs.update(local[code.co_varnames[keywords]])
    return args, kwargs


def slots_twin(model: type[Any]) -> type[Any]:
    """A slots dataclass with the model's fields, each optional: the baseline object."""
    fields = [(n, object, dataclasses.field(default=None)) for n in model.model_fields]
    return dataclasses.make_dataclass(f"Lean{model.__name__}", fields, slots=True, kw_only=True)


def build_cost(fn: Callable[..., Any], model: type[Any], args: tuple[Any, ...], kwargs: dict[str, Any],
               repeat: int, inner: int) -> tuple[float, float]:
    """Median seconds of one build by ``fn`` and of one baseline build from the same arguments."""
    baseline = slots_twin(model)
    if args:  # copy(instance, **update), the only builder given a positional: the baseline builds from the copied fields
        instance, update = args[0], kwargs
        def ours() -> object:
            return fn(instance, **update)
        def base() -> object:
            return baseline(**{**instance.__dict__, **update})
    else:
        def ours() -> object:
            return fn(*args, **kwargs)
        def base() -> object:
            return baseline(**kwargs)
    mine, theirs = [], []
    for _ in range(repeat):
        theirs.append(timed(base, inner))
        mine.append(timed(ours, inner))
    return statistics.median(mine), statistics.median(theirs)


def main() -> int:
    """Print, per site, the builds a page, each model's build against its slots dataclass, and the bound on the saving."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--inner", type=int, default=20000)
    args = ap.parse_args()
    if os.environ.get("QUOTECHECK_CHECK_BUILDS") == "1":
        print("QUOTECHECK_CHECK_BUILDS=1 validates every build a second time: unset it to measure", file=sys.stderr)
        return 2
    sites = {"GuruFocus": [(str(p), p.read_bytes()) for p in gurufocus_pages()],
             "Longbridge": [(str(LB_SEED), LB_SEED.read_bytes())]}
    found = builders()
    for site, pages in sites.items():

        def full(pages: list[tuple[str, bytes]] = pages) -> None:
            for src, data in pages:
                audit(parse_bytes(data, source=src))

        per_page = median_timed(full, 1, args.repeat) / len(pages)  # warms the first-use imports and caches too
        builds, first = count_builds(full, len(pages))
        print(f"== {site}: {len(pages)} page(s); each builder's cost from the first arguments this site gave it")
        print(f"{'builder':20s} {'a page':>7s} {'trusted ns':>11s} {'dataclass ns':>13s} {'ratio':>6s}")
        spent = saving = 0.0
        for name in sorted(builds, key=lambda n: -builds[n]):
            fn, model = found[name]
            ours, base = build_cost(fn, model, *first[name], args.repeat, args.inner)
            spent += builds[name] * ours
            saving += builds[name] * (ours - base)
            print(f"{name:20s} {builds[name]:7.1f} {ours * 1e9:11.0f} {base * 1e9:13.0f} {ours / base:5.2f}x")
        print(f"{site}: {sum(builds.values()):.0f} builds a page, {spent * 1e6:.0f} us of a {per_page * 1e6:.0f} us "
              f"parse + audit ({spent / per_page:.1%}); as slots dataclasses at most {saving * 1e6:.0f} us fewer "
              f"({saving / per_page:.1%} of the page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
