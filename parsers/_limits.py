"""Size limits on all input, in one place."""

MAX_PAGE_BYTES = 5 * 1024 * 1024
"""Largest page (text, markdown or HTML) a parser accepts."""

MAX_LINE_CHARS = 200_000
"""Longest single line; the llms.txt rendering puts a whole page on one line."""

MAX_CHART_JSON_BYTES = 512 * 1024
"""Largest chart-data JSON block."""

MAX_EXPRESSION_CHARS = 4_000
"""Longest printed formula the safe evaluator will read."""

MAX_NUMBER_DIGITS = 28
"""Most digits in one printed number: Decimal's default precision; longer digit runs are not figures."""

MAX_EXPRESSION_TOKENS = 400
"""Most tokens (numbers, names, operators) in one printed formula step."""

MAX_EXPRESSION_NESTING = 60
"""Deepest nesting of parentheses and unary signs the formula reader follows (a real page uses 3)."""

MAX_FILES_PER_RUN = 100_000
"""Most files one ``quotecheck audit`` walk will collect."""
