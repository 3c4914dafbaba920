"""The formula registry: what each metric is, in terms of others, and who says so.

Expressions use metric ids and are evaluated by the safe evaluator in
``_expr`` over rounding intervals.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Formula:
    """A metric's definition with its source."""

    id: str
    target: str
    expression: str
    definition: str
    source: str


SHILLER = "Shiller, R. (2000), Irrational Exuberance; GuruFocus term pages (E10, Shiller PE)"
GURUFOCUS_CA = "GuruFocus term pages: cyclically adjusted per-share values (inflation-adjusted 10-year average)"
BENEISH = "Beneish, M. D. (1999), The Detection of Earnings Manipulation, Financial Analysts Journal 55(5): 24-36"

FORMULAS: dict[str, Formula] = {f.id: f for f in (
    Formula("shiller_pe_ratio", "shiller_pe_ratio", "share_price / e10",
            "Shiller PE = today's price / E10", SHILLER),
    Formula("cyclically_adjusted_pb_ratio", "cyclically_adjusted_pb_ratio", "share_price / cyclically_adjusted_book_per_share",
            "CAPB = today's price / cyclically adjusted book per share", GURUFOCUS_CA),
    Formula("cyclically_adjusted_ps_ratio", "cyclically_adjusted_ps_ratio", "share_price / cyclically_adjusted_revenue_per_share",
            "CAPS = today's price / cyclically adjusted revenue per share", GURUFOCUS_CA),
    Formula("cyclically_adjusted_price_to_fcf", "cyclically_adjusted_price_to_fcf", "share_price / cyclically_adjusted_fcf_per_share",
            "price / cyclically adjusted FCF per share", GURUFOCUS_CA),
    Formula("inflation_adjustment", "adjusted", "value / cpi * current_cpi",
            "adjusted value = value / CPI of its period x current CPI", SHILLER),
    Formula("e10", "e10", "sum(adj_eps) / years",
            "E10 = sum of the inflation-adjusted EPS over the window / years (10, or fewer when stated)", SHILLER),
    Formula("cyclically_adjusted_revenue_per_share", "cyclically_adjusted_revenue_per_share", "sum(adj_revenue_per_share) / years",
            "sum of adjusted revenue per share / years", GURUFOCUS_CA),
    Formula("cyclically_adjusted_book_per_share", "cyclically_adjusted_book_per_share", "mean(adj_book)",
            "mean of the adjusted book value per share values", GURUFOCUS_CA),
    Formula("cyclically_adjusted_fcf_per_share", "cyclically_adjusted_fcf_per_share", "sum(adj_fcf_per_share) / years",
            "sum of adjusted FCF per share / years", GURUFOCUS_CA),
    Formula("beneish_m_score", "beneish_m_score",
            "-4.84 + 0.920 * dsri + 0.528 * gmi + 0.404 * aqi + 0.892 * sgi + 0.115 * depi - 0.172 * sgai + 4.679 * tata - 0.327 * lvgi",
            "8-variable Beneish M-score", BENEISH),
    Formula("dsri", "dsri", "(receivables_t / revenue_t) / (receivables_t1 / revenue_t1)", "Days Sales in Receivables Index", BENEISH),
    Formula("gmi", "gmi", "(gross_profit_t1 / revenue_t1) / (gross_profit_t / revenue_t)", "Gross Margin Index", BENEISH),
    Formula("aqi", "aqi", "(1 - (current_assets_t + ppe_t) / total_assets_t) / (1 - (current_assets_t1 + ppe_t1) / total_assets_t1)",
            "Asset Quality Index", BENEISH),
    Formula("sgi", "sgi", "revenue_t / revenue_t1", "Sales Growth Index", BENEISH),
    Formula("depi", "depi", "(dda_t1 / (dda_t1 + ppe_t1)) / (dda_t / (dda_t + ppe_t))", "Depreciation Index (1 when DDA is not available)", BENEISH),
    Formula("sgai", "sgai", "(sga_t / revenue_t) / (sga_t1 / revenue_t1)", "SG&A Index", BENEISH),
    Formula("lvgi", "lvgi", "((long_term_debt_t + current_liabilities_t) / total_assets_t) / ((long_term_debt_t1 + current_liabilities_t1) / total_assets_t1)",
            "Leverage Index", BENEISH),
    Formula("tata", "tata", "(net_income_t - non_operating_income_t - cash_flow_from_operations_t) / total_assets_t",
            "Total Accruals to Total Assets", BENEISH),
)}

BENEISH_COEFFICIENTS: dict[str, Decimal] = {
    "intercept": Decimal("-4.84"), "dsri": Decimal("0.920"), "gmi": Decimal("0.528"), "aqi": Decimal("0.404"),
    "sgi": Decimal("0.892"), "depi": Decimal("0.115"), "sgai": Decimal("-0.172"), "tata": Decimal("4.679"),
    "lvgi": Decimal("-0.327"),
}
"""Beneish (1999), Table 3, unweighted probit, 8 variables."""

BENEISH_THRESHOLD = Decimal("-1.78")
"""Beneish (1999): scores above -1.78 flag a likely manipulator (8-variable model)."""


def formula_for(metric_id: str) -> Formula | None:
    """The registry entry that defines a metric, or None."""
    return FORMULAS.get(metric_id)
