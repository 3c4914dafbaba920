"""The store's schema, as numbered migrations (data, apart from the code that applies them).

``PRAGMA user_version`` holds the number of migrations applied; each migration
runs in its own transaction, so a store is always at one version.

Tables (one row per ...):

- ``documents``: document version (a page's content, by sha256); ``version`` counts
  earlier versions of the same source, which are kept; ``parsed_by`` names the build of quotecheck that made its rows
  (NULL for a row written before migration 4).
- ``securities``: security, by canonical id.
- ``facts``: fact of a document, with its printed value (TEXT, exact decimal, in the printed unit) and the
  ``scale_factor`` its printed scale stands for ('6.29M': value 6.29, scale_factor 1000000; the amount is their
  product; NULL for a row written before migration 3), source line.
- ``calculations``: printed calculation of a document.
- ``checks``: check result; ``document_id`` is NULL for the checks across documents.
- ``errors``: quarantined input (a page that could not be parsed, a damaged archive body).
- ``cross_index``: comparable fact, reduced (key, rounding interval, printed text, page date).
- view ``vintages``: every value of a comparable fact with the dates it was first and last seen.
- ``ingest_state``: what an interrupted ingest left to do (``cross_checks`` = ``pending``).
"""

from __future__ import annotations

from typing import Final

CROSS_INDEX_DDL: Final = """
CREATE TABLE IF NOT EXISTS cross_index (
    document_id INTEGER,
    security    TEXT NOT NULL,
    metric      TEXT NOT NULL,
    period_end  TEXT NOT NULL,
    frequency   TEXT NOT NULL,
    unit        TEXT NOT NULL,
    window      TEXT NOT NULL,
    lo          TEXT NOT NULL,
    hi          TEXT NOT NULL,
    decimals    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT NOT NULL,
    as_of       TEXT,
    path        TEXT,
    line        INTEGER NOT NULL,
    fact_id     TEXT NOT NULL,
    label       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cross_index_key ON cross_index (security, metric, period_end, frequency, unit, window);
"""

MIGRATIONS: Final[tuple[str, ...]] = (
    """
    CREATE TABLE documents (
        id          INTEGER PRIMARY KEY,
        sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        source      TEXT NOT NULL,
        url         TEXT,
        version     INTEGER NOT NULL,
        site        TEXT NOT NULL,
        kind        TEXT NOT NULL,
        term        TEXT,
        security_id TEXT,
        as_of       TEXT,
        line_count  INTEGER NOT NULL,
        facts       INTEGER NOT NULL,
        checks      INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_by_source ON documents (source, version);
    CREATE TABLE securities (
        id             TEXT PRIMARY KEY,
        name           TEXT,
        exchange       TEXT,
        ticker         TEXT,
        symbols        TEXT NOT NULL,
        first_document INTEGER NOT NULL REFERENCES documents (id)
    );
    CREATE TABLE facts (
        document_id INTEGER NOT NULL REFERENCES documents (id),
        fact_id     TEXT NOT NULL,
        metric      TEXT NOT NULL,
        label       TEXT NOT NULL,
        value       TEXT,
        text        TEXT,
        decimals    INTEGER,
        currency    TEXT,
        unit        TEXT NOT NULL,
        period_end  TEXT,
        frequency   TEXT,
        as_of       TEXT,
        context     TEXT NOT NULL,
        line        INTEGER NOT NULL
    );
    CREATE INDEX facts_by_document ON facts (document_id);
    CREATE TABLE calculations (
        document_id  INTEGER NOT NULL REFERENCES documents (id),
        calc_id      TEXT NOT NULL,
        name         TEXT NOT NULL,
        metric       TEXT,
        kind         TEXT NOT NULL,
        formula      TEXT,
        result_text  TEXT,
        result_value TEXT,
        result_line  INTEGER,
        period       TEXT
    );
    CREATE INDEX calculations_by_document ON calculations (document_id);
    CREATE TABLE checks (
        document_id INTEGER REFERENCES documents (id),
        rule        TEXT NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('pass', 'fail', 'warn', 'skip', 'error')),
        subject     TEXT,
        message     TEXT NOT NULL,
        path        TEXT,
        line        INTEGER,
        detail      TEXT NOT NULL
    );
    CREATE INDEX checks_by_document ON checks (document_id);
    CREATE TABLE errors (
        id        INTEGER PRIMARY KEY,
        source    TEXT NOT NULL,
        sha256    TEXT NOT NULL,
        url       TEXT,
        line      INTEGER,
        error     TEXT NOT NULL,
        message   TEXT NOT NULL,
        seen_at   TEXT NOT NULL,
        UNIQUE (source, sha256, error)
    );
    """ + CROSS_INDEX_DDL + """
    CREATE VIEW vintages AS
        SELECT security, metric, period_end, frequency, unit, value, text,
               MIN(as_of) AS first_seen, MAX(as_of) AS last_seen, COUNT(DISTINCT document_id) AS documents
        FROM cross_index GROUP BY security, metric, period_end, frequency, unit, window, value, text;
    """,
    # 2: what an ingest left to do: 'cross_checks' is 'pending' from the first new document a batch commits until the
    # cross-document checks over the whole store are replaced, so a run stopped between the two finishes them when run
    # again (round-24 new-user P1)
    """
    CREATE TABLE ingest_state (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 3: the printed scale of each fact's value: '6.29M' and '116354.00' of one row were stored as 6.29 and 116354,
    # the M lost, so a series read 18,500 times too large in one quarter (round-32 tester ghc F1). Rows written before
    # keep NULL: their scale is in their text, and quotecheck does not guess it again
    """
    ALTER TABLE facts ADD COLUMN scale_factor INTEGER;
    """,
    # 4: the build of quotecheck's parsers and checks that made each document's rows (``_parsed_by.parser_build``):
    # a rerun after an upgrade skipped every stored content, so the store kept the old build's facts and verdicts with
    # no way to tell them from the new one's (round 41). Rows written before keep NULL: their build is unknown. The index
    # lets 'ingest --reparse' replace one document's comparable facts without reading the whole table
    """
    ALTER TABLE documents ADD COLUMN parsed_by TEXT;
    CREATE INDEX cross_index_by_document ON cross_index (document_id);
    """,
    # 5: a quarantine by content: storing a content removes the quarantine rows of the same content (a build that could
    # not parse it), so the errors table says what the store lacks now; without the index each stored document scanned
    # the whole errors table. The quarantines of contents a store already holds go at once (second read of round 42, 4)
    """
    CREATE INDEX errors_by_content ON errors (sha256);
    DELETE FROM errors WHERE sha256 != '' AND sha256 IN (SELECT sha256 FROM documents);
    """,
)
