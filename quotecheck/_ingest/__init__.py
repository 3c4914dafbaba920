"""Batch ingestion: the streaming runner, the process pool, the SQLite store, export and the Dask executor."""

from quotecheck._ingest._runner import Summary, audit_stream, ingest
from quotecheck._ingest._store import DEFAULT_STORE, Store, StoreError

__all__ = ["DEFAULT_STORE", "Store", "StoreError", "Summary", "audit_stream", "ingest"]
