"""Every rule id a check can carry, and what it checks: what ``--select``/``--ignore`` are held to before a run, and
what ``quotecheck rules`` lists. Data only; ``tests/parsers/test_rule_ids.py`` keeps it equal to the ids in the code.

A rule that crashes reports the id ``<site>.<function>`` (``gf.ttm_sums``) with status error: those are the site's
rule functions, not listed here.
"""

from __future__ import annotations

RULE_IDS: dict[str, str] = {
    # GuruFocus term pages (parsers/gurufocus/_rules.py)
    "gf.restated": "a fact stated more than once on a page agrees everywhere it is stated",
    "gf.balance.frequencies": ("a balance's annual and quarterly (or half-year) copies of one date agree, history cells "
                               "and sentences (a warning: a year-end balance may be restated)"),
    "gf.days.turnover": ("a day count and its turnover of one period multiply to the period's days (Days Inventory x "
                         "Inventory Turnover = 91.25 a quarter, 365 a year; a warning, never a proof)"),
    "gf.headline_vs_latest_row": "a price-dependent headline beside its latest history row (a skip: the row is at the quarter-end price)",
    "gf.calc.arithmetic": "a printed formula from its substituted numbers",
    "gf.calc.sum": "a printed 'a + b + c + d = X' TTM sum",
    "gf.calc.step": "a collapsed step of a formula from the subexpressions it replaces",
    "gf.calc.prose": "a 'Therefore' paragraph's result from the paragraph's own numbers",
    "gf.calc.depi_convention": "a Beneish DEPI forced to 1",
    "gf.mscore.coefficient": "the M-Score's coefficients against Beneish (1999)",
    "gf.mscore.threshold": "the M-Score's threshold against -1.78",
    "gf.mscore.verdict": "the M-Score's verdict against its value",
    "gf.score.zone": "Altman zone thresholds against the source",
    "gf.score.verdict": "a score's zone or grade against its value and the page's thresholds",
    "gf.score.bounds": "a Piotroski F-Score is a whole number from 0 to 9",
    "gf.score.scale": "a score out of N (GF Score /100, its aspects /10) lies from 0 to N",
    "gf.industry.percentile": "an industry rank is a share from 0% to 100%",
    "gf.row.adjusted": "each data row: adjusted = value / CPI x current CPI",
    "gf.aggregate": "E10 and cyclically adjusted values from their adjusted rows",
    "gf.aggregate.rows": "the number of adjusted rows against the years they average",
    "gf.method.divisor": "a stated divisor (years) against the cyclically adjusted value",
    "gf.ttm.sum": "a TTM amount of a flow against the four quarters its row prints",
    "gf.derived": "today's ratio = today's price / its base, where no printed formula does it",
    "gf.zero_placeholder": "a 0.00 printed where GuruFocus means 'not available'",
    "gf.range.order": "min <= median <= max of each range printing ('No Debt' ranks above every number: one below a number warns)",
    "gf.range.current": "the current value inside the range box",
    "gf.range.windows": "a longer window's lowest and highest hold a shorter window's that ends with it",
    "gf.range.history": "recent history rows inside the range box",
    "gf.range.sentinel": "a range holding GuruFocus's stand-in for no measurement",
    "gf.median.relative": "'x% below its 10-year median' = (value - median) / median",
    "gf.growth.range": "the current N-year average growth between the stated lowest and highest",
    "gf.trend.direction": "a history sentence's verb ('increased', 'declined') against its two printed values "
                          "(of their size for a quantity GuruFocus prints negative)",
    "gf.page.complete": "whether the page is whole, or cut before sections that cannot then be checked",
    # Longbridge quote pages (parsers/longbridge/_rules.py)
    "lb.identity": "the page names one security wherever its symbol is printed",
    "lb.dates": "each as-of date in the body is not after the page's own datetime",
    "lb.chart_vs_table": "each chart-data value against the table cell it charts (a copy left out, or a 0.00 beside a value, warns)",
    "lb.restated": "a value stated more than once on a page agrees everywhere it is stated",
    "lb.grade.consistency": "a grade printed more than once is always the same",
    "lb.duplicate_value": "two different quantities equal to the last digit (a likely copy error)",
    "lb.analysts.sum": "analysts' ratings add up to their total",
    "lb.analysts.percent": "each rating's percentage = its count / the total analysts (within one unit of the last digit warns: the rounding is not printed)",
    "lb.valuation.pe": "PE (TTM) = market cap / (revenue x profit margin) (off on its own warns: the margin's profit may include minority interests)",
    "lb.valuation.pb": "PB = the Financial Score's P/B Ratio",
    "lb.valuation.ps": "PS (TTM) = market cap / revenue",
    "lb.valuation.dividend": "Dividend Yield = the Financial Score's Dividend Ratio",
    "lb.valuation.common_factor": "valuation identities that deviate by one common factor, reported once",
    "lb.range.order": "low <= median <= high of each range",
    "lb.range.position": "a current value inside its low-high range",
    "lb.target.order": "the lowest price target <= the highest",
    "lb.target.current": "the current price against the analysts' targets",
    "lb.rank.bounds": "a rank within 1 and the number ranked",
    "lb.rank.total": "every industry ranking counts the same companies",
    "lb.peer.order": "the peer ranks run consecutively (ties, ranked as competitions or densely, warn)",
    "lb.statement.net_margin": "net margin = net income / revenue",
    # across pages (parsers/_audit.py)
    "cross.restated": "the same security, metric and period on several pages",
}
"""Rule id -> what it checks, in the order the README's rule tables list them."""
