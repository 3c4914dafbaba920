"""Make the hostile-input helpers (``_hostile_corpus``, ``_hostile_runner``, ``_hostile_patterns``) importable."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)
