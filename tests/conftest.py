"""Shared test setup: make the golden helpers importable and locate the fixtures."""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = ROOT / "fixtures"
for helper_dir in (TESTS, TESTS / "parsers", TESTS / "scraper"):
    if str(helper_dir) not in sys.path:
        sys.path.insert(0, str(helper_dir))
