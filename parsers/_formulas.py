"""The formula registry: what each metric is, in terms of others, and who says so.

Expressions use metric ids and are evaluated by the safe evaluator in
``_expr`` over rounding intervals.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ._expr import Node, parse_expression


@dataclass(frozen=True)
class Formula:
    """A metric's definition with its source."""

    id: str
    target: str
    expression: str
    definition: str
    source: str

    def tree(self) -> Node:
        """The parsed expression, parsed once per run and shared: callers only read it."""
        return _parsed(self.expression)


@lru_cache(maxsize=256)  # the registry holds a few dozen expressions
def _parsed(expression: str) -> Node:
    return parse_expression([(expression, 0)])


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
    Formula("lvgi", "lvgi", "((long_term_debt_capital_lease_obligation_t + current_liabilities_t) / total_assets_t) / "
            "((long_term_debt_capital_lease_obligation_t1 + current_liabilities_t1) / total_assets_t1)",
            "Leverage Index", BENEISH),
    Formula("tata", "tata", "(net_income_t - non_operating_income_t - cash_flow_from_operations_t) / total_assets_t",
            "Total Accruals to Total Assets", BENEISH),
)}

GF = "GuruFocus term pages ({}): definition and calculation sections"
GRAHAM = "Graham, B. (1949), The Intelligent Investor (15 x earnings x 1.5 x book = 22.5); GuruFocus Graham Number page"
LYNCH = ("Lynch, P. (1989), One Up on Wall Street (fair P/E = growth rate, PEG 1); GuruFocus Peter Lynch Fair Value page: "
         "5-year EBITDA per share growth rate, 5 to 25 (%), x EPS without NRI (TTM)")
PIOTROSKI = ("Piotroski, J. D. (2000), Value Investing: The Use of Historical Financial Statement Information to Separate "
             "Winners from Losers, Journal of Accounting Research 38 (Supplement): 1-41")
ALTMAN = ("Altman, E. I. (1968), Financial Ratios, Discriminant Analysis and the Prediction of Corporate Bankruptcy, "
          "Journal of Finance 23(4): 589-609")
ALTMAN_Z2 = ("Altman, E. I. (2000), Predicting Financial Distress of Companies: Revisiting the Z-Score and ZETA Models "
             "(Z'' for non-manufacturers and emerging markets, after Altman, Hartzell and Peck 1995)")

FORMULAS.update({f.id: f for f in (
    Formula("pe_ratio", "pe_ratio", "share_price / eps", "PE Ratio = today's price / Earnings per Share (Diluted), TTM", GF.format("PE Ratio")),
    Formula("pe_ratio_without_nri", "pe_ratio_without_nri", "share_price / eps_without_nri",
            "PE Ratio without NRI = today's price / EPS without NRI, TTM", GF.format("PE Ratio without NRI")),
    Formula("pb_ratio", "pb_ratio", "share_price / book_value_per_share",
            "PB Ratio = today's price / Book Value per Share of the latest quarter", GF.format("PB Ratio")),
    Formula("price_to_tangible_book", "price_to_tangible_book", "share_price / tangible_book_per_share",
            "Price-to-Tangible-Book = today's price / Tangible Book per Share of the latest quarter",
            GF.format("Price-to-Tangible-Book")),
    Formula("price_to_fcf", "price_to_fcf", "share_price / fcf_per_share",
            "Price-to-Free-Cash-Flow = today's price / Free Cash Flow per Share, TTM", GF.format("Price-to-Free-Cash-Flow")),
    Formula("ps_ratio", "ps_ratio", "share_price / revenue_per_share", "PS Ratio = today's price / Revenue per Share, TTM",
            GF.format("PS Ratio")),
    Formula("ev_to_fcf", "ev_to_fcf", "enterprise_value / free_cash_flow",
            "EV-to-FCF = today's Enterprise Value / Free Cash Flow, TTM", GF.format("EV-to-FCF")),
    Formula("ev_to_ebitda", "ev_to_ebitda", "enterprise_value / ebitda", "EV-to-EBITDA = today's Enterprise Value / EBITDA, TTM",
            GF.format("EV-to-EBITDA")),
    Formula("ev_to_ebit", "ev_to_ebit", "enterprise_value / ebit", "EV-to-EBIT = today's Enterprise Value / EBIT (operating income), TTM",
            GF.format("EV-to-EBIT")),
    Formula("ev_to_revenue", "ev_to_revenue", "enterprise_value / revenue", "EV-to-Revenue = today's Enterprise Value / Revenue, TTM",
            GF.format("EV-to-Revenue")),
    Formula("ev_to_ocf", "ev_to_ocf", "enterprise_value / cash_flow_from_operations",
            "EV-to-OCF = today's Enterprise Value / Cash Flow from Operations, TTM", GF.format("EV-to-OCF")),
    Formula("earnings_yield_greenblatt", "earnings_yield_greenblatt", "ebit / enterprise_value",
            "Earnings Yield (Joel Greenblatt) % = EBIT (TTM) / Enterprise Value of the quarter-end (as a percent)",
            GF.format("EV-to-EBIT")),
    Formula("fcf_yield", "fcf_yield", "free_cash_flow / market_cap",
            "FCF Yield % = Free Cash Flow (TTM) / Market Cap (as a percent)", GF.format("FCF Yield %")),
    Formula("dividend_yield", "dividend_yield", "dividends_per_share / share_price",
            "Dividend Yield % = dividends per share of the trailing 12 months / today's price (as a percent)", GF.format("Dividend Yield %")),
    Formula("forward_dividend_yield", "forward_dividend_yield", "dividends_per_share / share_price",
            "Forward Dividend Yield % = the next 12 months' announced dividends per share / today's price (as a percent)",
            GF.format("Forward Dividend Yield %")),
    Formula("roe", "roe", "net_income / total_stockholders_equity",
            "ROE % = Net Income / average Total Stockholders Equity (quarterly values annualized x 4)", GF.format("ROE %")),
    Formula("roe_adjusted_to_book", "roe_adjusted_to_book", "roe / pb_ratio",
            "ROE % Adjusted to Book Value = ROE % / PB Ratio", GF.format("ROE % Adjusted to Book Value")),
    Formula("roa", "roa", "net_income / total_assets",
            "ROA % = Net Income / average Total Assets (quarterly values annualized x 4)", GF.format("ROA %")),
    Formula("inventory_turnover", "inventory_turnover", "cost_of_goods_sold / total_inventories",
            "Inventory Turnover = Cost of Goods Sold / average Total Inventories, over the same period (a quarter's not "
            "annualized)", GF.format("Inventory Turnover")),
    Formula("median_ps_value", "median_ps_value", "revenue_per_share * ps_ratio_median_10y",
            "Median PS Value = Revenue per Share (TTM) x 10-year median PS Ratio", GF.format("Median PS Value")),
    Formula("price_to_median_ps_value", "price_to_median_ps_value", "share_price / median_ps_value",
            "Price to Median PS Value = today's price / Median PS Value", GF.format("Median PS Value")),
    Formula("price_to_gf_value", "price_to_gf_value", "share_price / gf_value",
            "Price-to-GF-Value = today's price / GF Value", GF.format("GF Value")),
    Formula("roic", "roic", "nopat / invested_capital",
            "ROIC % = NOPAT / average Invested Capital (quarterly values annualized x 4)", GF.format("ROIC %")),
    Formula("gross_margin", "gross_margin", "gross_profit / revenue", "Gross Margin % = Gross Profit / Revenue (as a percent)",
            GF.format("Gross Margin %")),
    Formula("operating_margin", "operating_margin", "operating_income / revenue", "Operating Margin % = Operating Income / Revenue (as a percent)",
            GF.format("Operating Margin %")),
    Formula("price_to_graham_number", "price_to_graham_number", "share_price / graham_number",
            "Price to Graham Number = today's price / Graham Number of the latest quarter", GF.format("Graham Number")),
    Formula("price_to_owner_earnings", "price_to_owner_earnings", "share_price / owner_earnings_per_share",
            "Price-to-Owner-Earnings = today's price / Owner Earnings per Share, TTM", GF.format("Price-to-Owner-Earnings")),
    Formula("price_to_operating_cash_flow", "price_to_operating_cash_flow", "share_price / operating_cash_flow_per_share",
            "Price-to-Operating-Cash-Flow = today's price / Cash Flow from Operations per Share, TTM",
            GF.format("Price-to-Operating-Cash-Flow")),
    Formula("graham_number", "graham_number", "sqrt(22.5 * eps * book_value_per_share)",
            "Graham Number = sqrt(22.5 x EPS x book value per share); GuruFocus uses EPS without NRI and tangible book per share",
            GRAHAM),
    Formula("peter_lynch_fair_value", "peter_lynch_fair_value", "peg_ratio * ebitda_growth_5y * eps_without_nri",
            "Peter Lynch Fair Value = PEG (1) x 5-year EBITDA per share growth rate (printed as a number, 5 to 25) x EPS without "
            "NRI (TTM); not calculated below 5% growth, capped at 25% (banks: book value per share growth)", LYNCH),
    Formula("peg_ratio", "peg_ratio", "pe_ratio_without_nri / ebitda_growth_5y",
            "PEG Ratio = PE Ratio without NRI / 5-Year EBITDA growth rate (the rate as its number of percent, 21.20% as "
            "21.20); not calculated at or below 0", GF.format("PEG Ratio")),
    Formula("price_to_peter_lynch_fair_value", "price_to_peter_lynch_fair_value", "share_price / peter_lynch_fair_value",
            "Price to Peter Lynch Fair Value = today's price / Peter Lynch Fair Value", GF.format("Peter Lynch Fair Value")),
    *(Formula(f"margin_of_safety_dcf_{basis}_based", f"margin_of_safety_dcf_{basis}_based",
              f"(intrinsic_value_dcf_{basis}_based - share_price) / intrinsic_value_dcf_{basis}_based",
              f"Margin of Safety % (DCF {name} Based) = (Intrinsic Value: DCF ({name} Based) - Current Price) / "
              f"Intrinsic Value: DCF ({name} Based)", GF.format(f"Margin of Safety % (DCF {name} Based)"))
      for basis, name in (("earnings", "Earnings"), ("dividends", "Dividends"), ("fcf", "FCF"))),
    Formula("price_to_projected_fcf", "price_to_projected_fcf", "share_price / intrinsic_value_projected_fcf",
            "Price-to-Intrinsic-Value-Projected-FCF = today's price / Intrinsic Value: Projected FCF",
            GF.format("Intrinsic Value: Projected FCF")),
    Formula("piotroski_f_score", "piotroski_f_score", "sum(criteria)",
            "F-Score = count of 9 binary criteria: ROA > 0, CFO > 0, ROA up, CFO > net income, leverage down, current ratio up, "
            "no new shares, gross margin up, asset turnover up", PIOTROSKI),
    Formula("altman_z_score", "altman_z_score", "1.2 * altman_x1 + 1.4 * altman_x2 + 3.3 * altman_x3 + 0.6 * altman_x4 + 1.0 * altman_x5",
            "Z = 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 + 1.0 X5; X1 working capital / total assets, X2 retained earnings / total "
            "assets, X3 EBIT / total assets, X4 market value of equity / total liabilities, X5 sales / total assets; "
            "distress below 1.81, safe above 2.99 (GuruFocus: <= 1.8 and >= 3)", ALTMAN),
    Formula("altman_z2_score", "altman_z2_score", "6.56 * altman_x1 + 3.26 * altman_x2 + 6.72 * altman_x3 + 1.05 * altman_x4",
            "Z'' = 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4, X4 = book equity / total liabilities; distress below 1.1, safe above 2.6",
            ALTMAN_Z2),
)})

ANNUALIZED = "annualized"
AVERAGE = "average"
_RETURN_ON_ASSETS = {"net_income": ANNUALIZED, "revenue": ANNUALIZED, "total_assets": AVERAGE}
_RETURN_ON_CAPITAL = {"nopat": ANNUALIZED, "invested_capital": AVERAGE}
BARE_INPUTS: dict[str, dict[str, str]] = {
    "roa": _RETURN_ON_ASSETS,  # Net Margin % x Asset Turnover
    "roe": {**_RETURN_ON_ASSETS, "total_stockholders_equity": AVERAGE},  # x Equity Multiplier
    "roic": _RETURN_ON_CAPITAL,
    "roc": _RETURN_ON_CAPITAL,
    "roce": {"ebit": ANNUALIZED},  # over average Capital Employed
    "return_on_tangible_asset": {"net_income": ANNUALIZED},
    "return_on_tangible_equity": {"net_income": ANNUALIZED},
    "gross_profit_to_asset": {"gross_profit": ANNUALIZED, "total_assets": AVERAGE},
    "net_interest_margin_bank_only": {"net_interest_income": ANNUALIZED},
    "effective_interest_rate_on_debt": {"interest_expense": ANNUALIZED},
    "debt_to_revenue": {"revenue": ANNUALIZED},  # over the debts at the period's end
    "debt_to_ebitda": {"ebitda": ANNUALIZED},
}
"""What an input stands for where a term's calculation block prints it under its bare name, for the terms whose
definition annualizes a quarter's flows (x 4) and averages the period's balances (ROE %, ROA %, ROIC %: 'quarterly
values annualized x 4', 'average Total Assets'; the prose's 'annualized Net Income', 'average Total Assets'): term ->
input -> qualifier, the fact being ``qualified_metric(qualifier, input)`` as the prose's is. 'ROA %(Q: Nov. 2018 )
=Net Income/Total Assets =5.744/87.933', above 'Note: The Net Income data used here is four times the quarterly (Nov.
2018) net income data', prints the annualized net income and the average Total Assets (OTCPK:ELEK 2018, round-36 gqx
F2: they were read as the quarter's net income and its closing Total Assets); so does the Du Pont breakdown's Revenue.
A fiscal year's flow is the year's own (annualizing a year leaves it); a form that writes out its own annualizing or
averaging ('NetIncome * 4 / ((Equity_t-1 + Equity_t) / 2)', 'Invested Capital (A: Jun. 2022 )') prints the inputs
themselves, not these."""

DEFINED_CONSTANTS: dict[str, Decimal] = {"peg_ratio": Decimal(1)}
"""Operands that are constants by the formula's definition (Peter Lynch: PEG = 1), exact when printed so."""

ALTMAN_COEFFICIENTS: dict[str, dict[str, Decimal]] = {
    "altman_z_score": {"X1": Decimal("1.2"), "X2": Decimal("1.4"), "X3": Decimal("3.3"), "X4": Decimal("0.6"), "X5": Decimal("1.0")},
    "altman_z2_score": {"X1": Decimal("6.56"), "X2": Decimal("3.26"), "X3": Decimal("6.72"), "X4": Decimal("1.05")},
}
"""Altman (1968) Z and Altman (2000) Z'' discriminant coefficients. X5's 1.0 is also printed as 0.999 (X5 in ratio form)."""

ALTMAN_ZONES: dict[str, tuple[Decimal, Decimal]] = {
    "altman_z_score": (Decimal("1.8"), Decimal("3")), "altman_z2_score": (Decimal("1.1"), Decimal("2.6")),
}
"""(distress at or below, safe at or above) as GuruFocus words the zones."""

ALTMAN_PRINTED_ZONES: dict[str, dict[tuple[str, Decimal], str]] = {
    "altman_z_score": {("Distress", Decimal("1.8")): "GuruFocus's usual threshold", ("Safe", Decimal("3")): "GuruFocus's usual threshold",
                       ("Distress", Decimal("1.81")): "Altman's (1968) own threshold", ("Safe", Decimal("2.99")): "Altman's (1968) own threshold"},
    "altman_z2_score": {("Distress", Decimal("1.1")): "Altman's (2000) threshold", ("Safe", Decimal("2.6")): "Altman's (2000) threshold"},
}
"""The zone thresholds a page may print and whose they are: GuruFocus words Z's zones '<= 1.8' and '>= 3' (its rounding
of Altman's 1.81 and 2.99), its older pages 'less than 1.81' and 'greater than 2.99' (round-34 ght F4)."""

PIOTROSKI_CRITERIA = 9
"""Piotroski (2000): nine binary signals, so 0 <= F <= 9; GuruFocus calls 7-9 good or high and 0-3 bad or low."""

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
