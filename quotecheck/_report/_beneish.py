"""Reference values for the M-score's eight indices, drawn next to a page's own values.

Beneish (1999), "The Detection of Earnings Manipulation", Table 2: the mean of each index
for the non-manipulators and for the manipulators of the estimation sample.
"""

from __future__ import annotations

INDEX_MEANS: dict[str, tuple[float, float]] = {
    "dsri": (1.031, 1.465),
    "gmi": (1.014, 1.193),
    "aqi": (1.039, 1.254),
    "sgi": (1.134, 1.607),
    "depi": (1.001, 1.077),
    "sgai": (1.054, 1.041),
    "lvgi": (1.037, 1.111),
    "tata": (0.018, 0.031),
}
"""Index metric -> (non-manipulator mean, manipulator mean)."""
