"""The installed layout in a source checkout: the sibling folders parsers/ and scraper/ as quotecheck's subpackages."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

SUBPACKAGES = ("parsers", "scraper")
"""The folders pyproject.toml installs as quotecheck.<name> (its package-dir mapping)."""


class _SiblingFinder(MetaPathFinder):
    """Finds quotecheck.parsers and quotecheck.scraper in the checkout's sibling folders, and nothing else."""

    def __init__(self, root: Path) -> None:
        self.folders = {f"quotecheck.{name}": root / name for name in SUBPACKAGES}

    def find_spec(self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None) -> ModuleSpec | None:
        """The spec of one of the two subpackages, from its sibling folder; None for any other name."""
        folder = self.folders.get(fullname)
        if folder is None or not (folder / "__init__.py").is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, folder / "__init__.py", submodule_search_locations=[str(folder)])


def install_sibling_finder(root: Path) -> None:
    """Put the finder first on ``sys.meta_path`` (once): the checkout's folders are the subpackages it runs."""
    if not any(isinstance(f, _SiblingFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SiblingFinder(root))
