"""The GuruFocus rule list: every check of a term page, one concern per module, in report order.

Each rule re-derives a quoted number from its inputs over rounding intervals
and cites the line of the quoted value and of every input.
"""

from __future__ import annotations

from .._site import Rule
from ._audit_balances import balance_frequencies
from ._audit_calculations import calculations
from ._audit_days import days_and_turnovers
from ._audit_history import adjusted_rows, aggregates
from ._audit_mscore import mscore_coefficients, mscore_verdict
from ._audit_placeholders import zero_placeholders
from ._audit_prose_calcs import prose_calculations
from ._audit_ranges import growth_within_range, median_relative, ranges
from ._audit_ratios import derived_ratios
from ._audit_restated import restated_facts
from ._audit_scores import fscore_bounds, percentile_bounds, score_scale, zscore_zones
from ._audit_trends import trend_directions
from ._audit_truncation import truncation
from ._audit_ttm import ttm_sums

RULES: tuple[Rule, ...] = (
    restated_facts, balance_frequencies, calculations, prose_calculations, days_and_turnovers, mscore_coefficients, mscore_verdict, zscore_zones, fscore_bounds,
    score_scale, percentile_bounds, adjusted_rows, aggregates, ttm_sums, derived_ratios, zero_placeholders, ranges, median_relative, growth_within_range,
    trend_directions, truncation,
)
"""Every GuruFocus term-page rule, in the order the audit reports them."""
