"""The import layering, checked from the source (an import-linter contract written as a test).

- the CLI (``quotecheck``) sits above ``scraper`` and ``parsers``;
- ``parsers`` never imports ``scraper`` or the CLI;
- ``scraper`` uses only the error root, the one decoder and the one exchange table of ``parsers``;
- the core of ``parsers`` never imports a site, except ``_sites.py``, which holds the list;
- the sites never import each other;
- the module-level import graph has no cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"quotecheck": ROOT / "quotecheck", "quotecheck.parsers": ROOT / "parsers", "quotecheck.scraper": ROOT / "scraper"}
SITES = ("gurufocus", "longbridge")


def _module_name(package: str, folder: Path, path: Path) -> str:
    parts = list(path.relative_to(folder).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([package, *parts])


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package, folder in FOLDERS.items():
        for path in folder.rglob("*.py"):
            found[_module_name(package, folder, path)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path, *, top_level_only: bool) -> set[str]:
    """The quotecheck modules that ``name`` imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    if top_level_only:  # module level, but not under `if TYPE_CHECKING:`
        nodes = [n for n in tree.body if not (isinstance(n, ast.If) and "TYPE_CHECKING" in ast.unparse(n.test))]
        nodes = [sub for n in nodes for sub in ast.walk(n)
                 if not isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)]
    out: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            out.add(module)
            out.update(f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in MODULES)
    return {m for m in out if m.startswith("quotecheck")}


def _site_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[1] == "parsers" and parts[2] in SITES else None


@pytest.mark.parametrize("name", sorted(MODULES))
def test_layering(name: str) -> None:
    imported = _imports(name, MODULES[name], top_level_only=False)
    if name.startswith("quotecheck.parsers"):
        assert not {m for m in imported if m.startswith(("quotecheck.scraper", "quotecheck.cli"))}, name
        assert "quotecheck" not in imported, name
        own_site = _site_of(name)
        if own_site is None and name != "quotecheck.parsers._sites":
            assert not {m for m in imported if _site_of(m)}, f"the core module {name} imports a site"
        if own_site is not None:
            others = {m for m in imported if _site_of(m) not in (None, own_site)}
            assert not others, f"{name} imports another site: {others}"
            assert "quotecheck.parsers._sites" not in imported, name
    if name.startswith("quotecheck.scraper"):
        allowed = {"quotecheck.parsers._errors", "quotecheck.parsers._decode", "quotecheck.parsers._securities"}
        parsers_used = {m for m in imported if m.startswith("quotecheck.parsers")}
        assert parsers_used <= allowed, f"{name} uses {parsers_used - allowed}"
        assert not {m for m in imported if m == "quotecheck" or m.startswith("quotecheck.cli")}, name


def test_no_import_cycles() -> None:
    graph = {name: {m for m in _imports(name, path, top_level_only=True) if m in MODULES and m != name}
             for name, path in MODULES.items()}
    # a package's __init__ importing its own submodules is not a cycle of design
    for name in graph:
        graph[name] = {m for m in graph[name] if not (MODULES[name].name == "__init__.py" and m.startswith(name + "."))}
        graph[name] = {m for m in graph[name] if not (MODULES.get(m) and MODULES[m].name == "__init__.py" and name.startswith(m + "."))}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join(stack[stack.index(nxt):] + [nxt]))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
