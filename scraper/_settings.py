"""Every scraper default in one place, grouped and documented.

The defaults are deliberately conservative: we are a guest on other people's
servers, and a slow, correct archive beats a fast, banned one.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Final


def _version() -> str:
    """The installed distribution's version, for the User-Agent (a source tree that is not installed says 'dev')."""
    try:
        return version("quotecheck")
    except PackageNotFoundError:
        return "dev"

# --- Identity -------------------------------------------------------------
#: Where site operators can reach us; part of the default User-Agent.
DEFAULT_CONTACT: Final = "https://github.com/quotecheck/quotecheck/issues"
#: Sent with every request (robots.txt included); override with --user-agent.
DEFAULT_USER_AGENT: Final = f"quotecheck/{_version()} (+{DEFAULT_CONTACT})"
#: Product token matched against robots.txt ``User-agent:`` groups.
ROBOTS_USER_AGENT_TOKEN: Final = "quotecheck"

# --- Politeness -----------------------------------------------------------
#: Requests per second per host (host = host:port) unless told otherwise.
DEFAULT_RATE_PER_HOST: Final = 1.0
#: Requests in flight at once, across all hosts.
DEFAULT_CONCURRENCY: Final = 4
#: After a 429/503 the host's interval is multiplied by this, for the run.
SLOWDOWN_FACTOR: Final = 2.0
#: A host is never slowed beyond one request per this many seconds.
MAX_HOST_INTERVAL_S: Final = 60.0
#: Relative safety margin on the interval so the achieved rate stays <= the limit.
RATE_SAFETY_MARGIN: Final = 0.005
#: Largest Crawl-delay we honour by waiting; above it the host is refused.
MAX_CRAWL_DELAY_S: Final = 60.0

# --- Timeouts -------------------------------------------------------------
#: Seconds to establish a TCP/TLS connection.
DEFAULT_CONNECT_TIMEOUT_S: Final = 10.0
#: Seconds of silence allowed while waiting for / reading the response.
DEFAULT_READ_TIMEOUT_S: Final = 30.0
#: Hard deadline for one request including the whole body (stops trickling).
DEFAULT_TOTAL_TIMEOUT_S: Final = 120.0
#: Deadline for one URL across all its attempts, redirects and retry waits,
#: counted from its first request (time queued behind other URLs is not counted).
DEFAULT_URL_DEADLINE_S: Final = 300.0

# --- Retries --------------------------------------------------------------
#: Attempts per request, first try included.
DEFAULT_MAX_ATTEMPTS: Final = 4
#: First backoff in seconds; doubles each retry (exponential backoff).
BACKOFF_INITIAL_S: Final = 1.0
#: Backoff never exceeds this many seconds.
BACKOFF_MAX_S: Final = 60.0
#: Up to this many random seconds are added to each backoff (jitter).
BACKOFF_JITTER_S: Final = 1.0
#: A Retry-After longer than this is not waited for; the URL fails instead.
MAX_RETRY_AFTER_S: Final = 300.0
#: A host is never paused (Retry-After) for longer than this at a time.
MAX_HOST_PAUSE_S: Final = 60.0
#: Consecutive 429/503 answers from one host that trip its circuit breaker:
#: its remaining URLs then fail at once, for the rest of the run.
BREAKER_THRESHOLD: Final = 5
#: 5xx statuses that are permanent, hence never retried.
NON_RETRYABLE_5XX: Final = frozenset({501, 505})

# --- Size limits ----------------------------------------------------------
#: Largest response body kept (decoded bytes); streaming aborts beyond it.
DEFAULT_MAX_RESPONSE_BYTES: Final = 10 * 1024 * 1024
#: robots.txt bytes parsed (RFC 9309 asks for at least 500 KiB).
MAX_ROBOTS_BYTES: Final = 512 * 1024
#: Redirect hops followed before giving up.
DEFAULT_MAX_REDIRECTS: Final = 5
#: Longest URL accepted from the user.
MAX_URL_LENGTH: Final = 2048
#: Largest --urls file accepted.
MAX_URLS_FILE_BYTES: Final = 2 * 1024 * 1024
#: Most URLs accepted in one run.
MAX_URLS_PER_RUN: Final = 50_000
#: Bytes of a body inspected for anti-bot challenge markers.
CHALLENGE_SNIFF_BYTES: Final = 64 * 1024
#: Most decoded bytes one decompression layer may produce per step; the size
#: cap is checked after each step, so a bomb never inflates further than this.
DECODE_STEP_BYTES: Final = 16 * 1024
#: Most stacked Content-Encoding layers accepted (``gzip, gzip`` is two).
MAX_CONTENT_CODINGS: Final = 4
#: zstd window accepted: 2**23 = 8 MiB, the most RFC 9659 lets HTTP senders use.
ZSTD_WINDOW_LOG_MAX: Final = 23
#: 2xx statuses whose body is a page; 204, 205, 206 (partial) and the rest are not.
PAGE_STATUSES: Final = frozenset({200, 203})

# --- Hosts ----------------------------------------------------------------
#: Hosts fetched without --allow-host. Exact match; "host:port" pins a port.
DEFAULT_ALLOWED_HOSTS: Final = frozenset(
    {"longbridge.com", "www.gurufocus.com", "gurufocus.com", "m.gurufocus.com"}
)

# --- Archive --------------------------------------------------------------
#: Archive directory used by the CLI unless --archive is given.
DEFAULT_ARCHIVE_DIR: Final = "archive"
#: Lock file held (flock) by the one process writing an archive.
WRITER_LOCK_NAME: Final = "writer.lock"
#: Response headers kept in the fetch log.
LOGGED_HEADERS: Final = (
    "content-type",
    "etag",
    "last-modified",
    "content-length",
    "retry-after",
    "location",
)
