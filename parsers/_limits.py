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

MAX_PAGE_LINES = 50_000
"""Most lines in one page. Real pages reach 61 lines (the stored real pages), the richest seeds 216; a page of
50,000 lines is a repeated or generated page, not a quote page (the 2 MB linear-cost page has about 31,000)."""

MAX_TABLE_ROWS = 2_000
"""Most rows in one table (a GuruFocus data table, a Longbridge markdown table). Real pages reach 40 data rows
(ten years of quarters) and a few dozen Longbridge rows; a table of thousands of rows is hostile."""

MAX_TABLE_CELLS = 20_000
"""Most cells in one Longbridge markdown table (rows times the header's columns, the header's own included). Real
tables reach about 40 rows of 8 columns; a table of 2,000 columns by 1,190 rows (within the row limit) took 1.27 GB to
read (round-33 new user NU2-6)."""

MAX_FORMULA_LINES = 200
"""Most lines in one printed formula block. Real blocks have 3 or 4 (the formula, the numbers, the result)."""

MAX_HTML_ELEMENTS = 50_000
"""Most HTML elements in one page. Real GuruFocus term pages have under 500."""

MAX_HTML_TAG_CHARS = 64 * 1024
"""Longest HTML tag ('<' to '>', its attributes) a page may have: libxml2 takes time quadratic in a tag's attributes
(60,000 of them, 666 KB, took 43 s: round-36 new user NU5-5); a real page's longest tag is a few KB."""

MAX_SIDECAR_BYTES = 64 * 1024
"""Most bytes of a page's ``.meta.json`` sidecar: a few fields of provenance (the fixtures' reach about 1 KB); a sidecar
linked to /dev/zero read until memory ran out (round-34 new user NU3-2)."""
