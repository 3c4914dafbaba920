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


def test_python_started_in_a_source_checkout_imports_the_checkouts_subpackages(tmp_path: Path) -> None:
    """After 'pip install .' a user who runs the README's library example from the repository root imports the
    checkout's quotecheck/ folder (the current directory comes first on sys.path), which holds no parsers/: the
    package then takes the checkout's sibling parsers/ and scraper/ as its subpackages (it had raised
    ModuleNotFoundError: No module named 'quotecheck.parsers'). A copy of the checkout's layout stands in for it."""
    import shutil

    shutil.copytree(ROOT / "quotecheck", tmp_path / "quotecheck")
    for folder in ("parsers", "scraper"):
        (tmp_path / folder).symlink_to(ROOT / folder, target_is_directory=True)
    page = ROOT / "fixtures" / "gurufocus" / "seeds" / "003_b9acf76c90166648.txt"
    code = (f"import quotecheck; d = quotecheck.parse_file({str(page)!r}); "
            "print(quotecheck.__file__, quotecheck.parsers.__file__, d.security.id)")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    package, parsers, security = done.stdout.split()
    assert Path(package).parent == tmp_path / "quotecheck" and Path(parsers).parent == tmp_path / "parsers"
    assert security == "002371.SZ"
