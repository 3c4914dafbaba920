"""Shared test setup: make the golden helpers importable and locate the fixtures."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# Every model the package builds without validating (quotecheck.parsers._build) is validated too and must
# match, here and in every CLI the tests start: set before anything imports quotecheck.
os.environ["QUOTECHECK_CHECK_BUILDS"] = "1"
# The compiled-pattern cache (quotecheck.parsers._regex_cache) of this run and of every CLI it starts: a folder of
# its own, never the user's ~/.cache, removed when the run ends.
_PATTERN_CACHE = tempfile.TemporaryDirectory(prefix="quotecheck-test-cache-")
os.environ["QUOTECHECK_CACHE_DIR"] = _PATTERN_CACHE.name

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = ROOT / "fixtures"
for helper_dir in (TESTS, TESTS / "parsers", TESTS / "scraper"):
    if str(helper_dir) not in sys.path:
        sys.path.insert(0, str(helper_dir))
