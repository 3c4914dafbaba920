"""Which build of quotecheck's parsers and checks made a stored document's rows: ``0.2.0+`` a digest of their sources.

The release number alone does not change between the commits of one release, and every commit may change a fact or a
verdict; the digest of the code that makes the rows (the parsers and checks, and the module that reduces a document to
rows) and of the versions of the libraries they read pages with does. A store records it for each document, so a later
run can tell which stored rows an older build made (``quotecheck ingest --reparse`` makes them again).
"""

from __future__ import annotations

import hashlib
import platform
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import quotecheck
from quotecheck import parsers

_MODULES = ("_work.py", "_index.py")
"""The modules of this package that shape the stored rows, beside the whole ``quotecheck.parsers`` package."""

_LIBRARIES = ("lxml", "markdown-it-py", "pydantic", "pydantic-core", "w3lib")
"""The libraries the parsers read pages and build facts with: another version may read a page otherwise (lxml's
recovery of broken HTML, markdown-it-py's table rule, w3lib's choice of encoding), so it is another build."""


def _version(library: str) -> str:
    """The installed version of ``library``, or 'missing'."""
    try:
        return version(library)
    except PackageNotFoundError:  # pragma: no cover - each is a declared dependency
        return "missing"


@cache
def parser_build() -> str:
    """This installation's build of the row-making code: the release, '+', 12 hex digits of its sources' sha256."""
    digest = hashlib.sha256()
    root = Path(parsers.__file__).parent
    files = sorted((f"parsers/{p.relative_to(root).as_posix()}", p) for p in root.rglob("*.py"))
    files += [(f"_ingest/{name}", Path(__file__).with_name(name)) for name in _MODULES]
    for name, path in files:
        data = path.read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    for library in _LIBRARIES:
        digest.update(f"{library}\0{_version(library)}\0".encode())
    digest.update(f"python\0{platform.python_version()}\0".encode())  # its re and decimal read pages too
    return f"{quotecheck.__version__}+{digest.hexdigest()[:12]}"
