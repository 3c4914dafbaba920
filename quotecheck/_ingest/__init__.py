"""Batch ingestion: the streaming runner, the process pool, the SQLite store, export and the Dask executor.

The names load on first use (PEP 562): ``audit`` imports only the cross-document index
(``quotecheck._ingest._index``), not the runner, the store or the fetcher behind them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quotecheck._ingest._runner import Summary, audit_stream, ingest
    from quotecheck._ingest._store import DEFAULT_STORE, Store, StoreError

__all__ = ["DEFAULT_STORE", "Store", "StoreError", "Summary", "audit_stream", "ingest"]

_HOME = {"Summary": "_runner", "audit_stream": "_runner", "ingest": "_runner",
         "DEFAULT_STORE": "_store", "Store": "_store", "StoreError": "_store"}


def __getattr__(name: str) -> Any:
    """Load a public name from its module the first time it is asked for."""
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value
