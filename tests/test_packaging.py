"""The distribution installs one import package, ``quotecheck``, and never a bare ``parsers`` or ``scraper``."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import quotecheck

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_folder_is_listed_in_pyproject() -> None:
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    mapping = PYPROJECT["tool"]["setuptools"]["package-dir"]
    found = set()
    for name, folder in mapping.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder)
            found.add(".".join((name, *rel.parts)) if rel.parts else name)
    assert found == listed


def test_only_quotecheck_is_importable_at_top_level() -> None:
    assert all(name == "quotecheck" or name.startswith("quotecheck.") for name in PYPROJECT["tool"]["setuptools"]["packages"])


def test_import_from_a_folder_with_its_own_parsers_package(tmp_path: Path) -> None:
    """A project with its own ``parsers/`` and ``scraper/`` does not shadow quotecheck's."""
    for name in ("parsers", "scraper"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("raise ImportError('the wrong package was imported')\n")
    code = (
        "import sys, quotecheck, quotecheck.scraper, quotecheck.cli;"
        "assert quotecheck.parse_file and quotecheck.FetchError;"
        "assert 'parsers' not in sys.modules and 'scraper' not in sys.modules, sorted(sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_no_bare_parsers_or_scraper_module_is_ever_imported() -> None:
    """After the whole test session's imports, nothing was loaded under the bare names."""
    assert "parsers" not in sys.modules
    assert "scraper" not in sys.modules


def test_all_is_sorted_and_every_name_resolves() -> None:
    assert quotecheck.__all__ == sorted(quotecheck.__all__)
    for name in quotecheck.__all__:
        assert getattr(quotecheck, name) is not None, name


def test_public_classes_present_themselves_as_quotecheck() -> None:
    for name in quotecheck.__all__:
        obj = getattr(quotecheck, name)
        if isinstance(obj, type):
            assert obj.__module__ == "quotecheck", name


def test_py_typed_ships() -> None:
    assert (Path(quotecheck.__file__).parent / "py.typed").is_file()
    assert "py.typed" in PYPROJECT["tool"]["setuptools"]["package-data"]["quotecheck"]


def test_import_quotecheck_does_not_load_the_network_stack() -> None:
    code = "import sys, quotecheck; assert 'httpx' not in sys.modules and 'quotecheck.scraper' not in sys.modules"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_audit_command_does_not_load_the_network_stack_or_the_store() -> None:
    """Auditing GuruFocus pages loads neither the fetcher nor the store, nor markdown-it (Longbridge tables only)."""
    seeds = Path(__file__).resolve().parent.parent / "fixtures" / "gurufocus" / "seeds"
    code = ("import sys\nfrom quotecheck.cli import main\n"
            f"try:\n    main(['audit', {str(seeds)!r}, '--format', 'jsonl'])\nexcept SystemExit:\n    pass\n"
            "loaded = [m for m in ('httpx', 'quotecheck.scraper', 'quotecheck._ingest._runner', 'quotecheck._ingest._store', 'markdown_it') if m in sys.modules]\n"
            "assert not loaded, loaded")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
