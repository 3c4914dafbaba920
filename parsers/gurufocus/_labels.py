"""Labels and patterns of GuruFocus term pages, as named module-level data.

Grouped by the part of the page they read. Control flow lives in the
section modules; only text shapes live here.

Every pattern runs in time linear in its line (tests/parsers/hostile/test_patterns_linear.py):
a free-text part is bounded (``{1,200}``) or kept from the next fixed word, runs that a later part
could also take are possessive (``*+``, ``++``), and a value that ends before trailing blanks is
written ``(?:\\s*+\\S)*+`` rather than ``.*?\\s*$`` (which retries the blank run at every character).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache

from .._currencies import SYMBOLS
from .._metrics import METRICS
from .._models import Frequency
from .._regex_cache import compiled
from ._alternation import alternation
from ._detect import AS_OF_DATE
from ._detect import MEDIAN_VS as _MEDIAN_VS
from ._detect import symbol_title as symbol_title
from ._label_match import LabelPattern

# --- page furniture -------------------------------------------------------------------
# The breadcrumb's segments cannot contain "»", so each segment is one linear scan.
BREADCRUMB = compiled(
    r"^GURUFOCUS\.COM » STOCK LIST » (?P<sector>[^»]+) » (?P<industry>[^»]+) » (?P<legal>[^»]+) "
    r"» Definitions » (?P<term>[^»]+)$"
)
# Older breadcrumbs put the security's country and exchange where sector and industry go
# (`STOCK LIST » USA » NYSE » Alibaba Group Holding Ltd (NYSE:BABA)`): a slot naming a country is a location.
BREADCRUMB_COUNTRIES = frozenset({
    "USA", "United States", "Canada", "Mexico", "Brazil", "Argentina", "Chile", "UK", "United Kingdom", "Ireland",
    "Germany", "France", "Italy", "Spain", "Portugal", "Netherlands", "Belgium", "Switzerland", "Austria", "Sweden",
    "Norway", "Denmark", "Finland", "Poland", "Greece", "Turkey", "Russia", "Israel", "South Africa", "India",
    "China", "Hong Kong", "Taiwan", "Japan", "South Korea", "Korea", "Singapore", "Malaysia", "Indonesia",
    "Thailand", "Philippines", "Vietnam", "Australia", "New Zealand", "Saudi Arabia", "Europe", "Asia",
})
SWITCH_TO = compiled(r"^\s*+Switch to:\s*+$")
PREMIUM = "Premium Member Only"
FREE_TRIAL = "Get a 7-Day Free Trial"
FOOTER_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Headlines", compiled(r"\) Headlines\s*$")), ("Headlines", compiled(r"^No Headlines\s*$")),
    ("Affiliate Program", compiled(r"^GuruFocus Affiliate Program: Earn up to [^()]{1,60}\( ?Learn More\)\s*$")),
)
"""The lines that close a whole page, each with a word every match holds (lines without it are not searched): the
'Headlines' section since 2023, and the affiliate line that closes the older layouts, which have no Headlines
('GuruFocus Affiliate Program: Earn up to $400 per referral. ( Learn More)', 2014-2020)."""
BARE_HEADLINES = "Headlines"
"""The line that opens the news section on the unfilled template of 2022 and the 2016 stock summary, without the
'Name (EXCH:TICKER)' before it that makes it the page's closing section: where a page cut after it was cut."""
UNIT_NOTE = compiled(r"All numbers are in millions except for per share data")
MARKETING = (
    compiled(r"^View and export this data going back to"),
    compiled(r"has been (?:successfully added to|removed from) your Stock Email Alerts"),
    compiled(r"^You can manage your stock email alerts"),
    compiled(r"^Please enter Portfolio Name"),
)

# Term names a headline may carry, longest first so "Shiller PE Ratio" wins over "E10".
TERM_NAMES: tuple[str, ...] = tuple(sorted(
    {label for m in METRICS if m.slugs for label in m.labels if len(label) > 2 or label == "E10"},
    key=len, reverse=True,
))

# --- headline ---------------------------------------------------------------------------
# Every header pattern is anchored or bounded: no nested or overlapping unbounded repeats.
AS_OF = compiled(r"\((?:(?P<ttm>TTM) )?As of (?P<asof>[^()]{0,40})\)")
# The 2013 layout's headline is its markdown heading, the as-of a table token: `# Portfolio Recovery Associates, Inc.
# Earnings Yield (Joel Greenblatt): 9.5 ( as of Mar13)`.
AS_OF_2013 = compiled(r"\( as of (?P<asof>[A-Z][a-z]{2}\d{2})\)(?P<ttm>)\s*$")
HEADING_2013_WORD = "( as of "
"""Every AS_OF_2013 match holds this: lines without it are not searched."""
# What a 2026 headline prints after its as-of: `— 44224% Above Median` (the value against its 10-year median).
MEDIAN_VS = compiled(rf"{_MEDIAN_VS}[ \t]*$")
MEDIAN_VS_WORD = " Median"
# Section headings that name the term: `Debt-to-Equity Historical Data`, `(:) Debt-to-Equity Explanation`.
SECTION_SUFFIXES = (" Historical Data", " Calculation", " Explanation")
# A markdown headline whose as-of lost its parentheses (`: 0.00 As of . 20`), or that prints no value (`As of . 20`):
# the as-of ends the line and is a date as GuruFocus prints one; what is before it must be nothing or ': value'.
AS_OF_BARE = compiled(rf"(?<![^\s:])(?:(?P<ttm>TTM) )?As of (?P<asof>{AS_OF_DATE})\s*+$")
BARE_HEADLINE_LEAD = ("As of ", "TTM As of ", ":")
"""How a line holding a bare headline starts (after blanks)."""
TITLED_BARE_HEADLINE = compiled(r"\([A-Z][A-Za-z0-9]{0,11}:[^()\s]{1,24}\)\s*+[^:()\s](?:[^:()]{0,78}[^:()\s])? ?:(?P<value>\S{1,40})$")
"""What a titled bare headline prints before its 'As of': the symbol, the term and the value touching its colon ('Wal-Mart
Stores Inc  (NYSE:WMT) WACC %:3.13% As of Today', a 'Switch to:' page of 2017, round-38 tester gsa F2)."""
# The as-of of a template the site printed without filling it in: the month left out and the year cut (`. 20`).
UNFILLED_AS_OF = compiled(r"^\.\s?\d{0,2}$")
SYMBOL_IN_PARENS = compiled(r"\((?P<exchange>[A-Z][A-Za-z0-9]{0,11}):(?P<ticker>[^()\s]{1,24}(?: [A-Z])?)\)\s*+$")
SYMBOL_PART = compiled(r"\([A-Z][A-Za-z0-9]{0,11}:[^()\s]{1,24}\)")
"""An '(EXCH:TICKER)' anywhere in a line ('CFM (Malaysia) Bhd (XKLS:8044) ROIC %'): a name form's address."""
TICKER_LIKE = compiled(r"^[A-Z0-9][A-Z0-9.\-_]{0,11}$")
# The e-mail alert boilerplate names the ticker: `BABA has been successfully added to your Stock Email Alerts list.`
# Newer pages print the symbol with its exchange: `NYSE:CGC has been successfully added to …`.
ALERT_TICKER = compiled(
    r"^(?:(?P<exchange>[A-Z][A-Z0-9]{0,11}):)?(?P<ticker>[A-Z0-9.]{1,12}) has been successfully added to your Stock Email Alerts"
)
# The 2026 alerts page's summary sentence after its 'Name EXCH:TICKER' (and the daily change and GF Score it may
# print): `90 Beneish M-Score is -2.33 as of Jun. 25, 2026. GuruFocus rates …`; read only on an alerts page whose
# alert line gave the symbol, after the name and symbol are found by substring. An amount keeps its scale word
# ('47 Enterprise Value is ₹13.75 Mil as of Jul. 03, 2026.', tester gih F2: the headline was not read).
ALERT_SUMMARY = compiled(r"(?:[-+]?\d[\d.,]{0,12}%? ){0,2}(?P<term>[^\s](?:[^\n]{0,78}?[^\s])?) is "
                           r"(?P<value>[^\s]{1,40}(?: (?:Mil|Bil))?) "
                           r"as of (?P<asof>[A-Z][a-z]{2}\. (?:\d{1,2}, )?\d{4})[.,](?: |$)")
ALERT_SUMMARY_WORDS = " as of "
ALERT_WORDS = " has been successfully added to your Stock Email Alerts"  # in every ALERT_TICKER match
# A sentence that opens on the security's name in the possessive (`Alibaba Group Holding's Revenue for …`,
# `Therefore, Alibaba Group Holding's …`): where a page has no title, the name its prose repeats.
# The name ends in a letter or digit: `Therefore, GuruFocus does not calculate 's …` has a blank name, not a sentence.
# A name that ends in 's takes another ('McDonald's's weighted average cost of capital', round-35 ghy F1: the name was
# read as 'McDonald', and the title 'McDonald's WACC %' as the term).
POSSESSIVE_NAME = compiled(r"(?:^|\. |, )(?P<name>[A-Z](?:[^.,'\n]{0,78}?[^\s.,'])?(?:'s)?)'s ")
POSSESSIVE_WORD = "'s "  # in every POSSESSIVE_NAME match

SYMBOL_ONLY = compiled(r"[A-Z]{2,8}:[A-Z0-9][A-Z0-9.\-]{0,14}")
"""An 'EXCH:TICKER' symbol and nothing else: what a possessive of a page that prints no name opens with ('NYSE:FSS's')."""
# '(EXCH:TICKER)' the site printed without filling it in: `(:) Interest Coverage: At Loss (As of . 20)`.
EMPTY_SYMBOL = "(:)"
# A headline value standing alone on its line (stacked layouts): `-3.61`, `$0.00 Mil`, `$N/A`, `8`.
VALUE_ONLY = compiled(r"^(?:[A-Z]{1,3}(?=[^\sA-Za-z\d]))?[^\sA-Za-z]{0,4}(?:[A-Z]{3}|Ft|R|RM|Rp|kr|lei|zł|лв)?\s?"
                        r"(?:-?[\d.,]{1,30}%?(?: ?(?:Mil|Bil)\.?)?|(?i:N/A)(?: ?%| ?(?:Mil|Bil)\.?)?)$")
"""A line that is only a value: 'C$-0.03', 'HK$1.25 Mil', '€-0.17', 'RM0.36', '12.5%'. A symbol's letters before its
sign ('C$', 'HK$', 'NT$', 'R$', 'S/.') are part of it: a 2017 stacked headline 'C$-0.03 (As of Feb. 2017)' under
'E10' was taken for a title, its value for the security's name (round-47 tester tg F1, TSX:CWL); so was a percent
term's 'N/A% (As of Today)' (round-48 tester tv F2, OTCPK:CELZ's 12-1 Month Momentum %), in any case and spacing
('n/a%', 'N/A %', 'N/A Mil': t6 P4)."""
# Currencies the number reader does not take in front of a number, and currencies printed behind it.
PREFIX_CURRENCY = compiled(r"^(?P<cur>Ft|RM|Rp|R|kr|lei|zł|лв)\s?(?P<num>-?[\d.,]{1,30}(?: ?(?:Mil|Bil)\.?)?)$")
SUFFIX_CURRENCY = compiled(r"^(?P<num>-?[\d.,]{1,30})\s?(?P<cur>Ft|kr|lei|zł|лв|[A-Z]{3})$")
# Lines between the breadcrumb and the headline that are page furniture, not a title.
HEADER_FURNITURE = frozenset({">", "中文", "Switch to:", "English", "繁體中文"})
SIGNUP_BANNER = compiled(r"^More than [\d,]{1,12} people have already joined GuruFocus\b")
"""The 2015-2017 sign-up banner under 'Switch to:' (round-20 gge 016: BRCM's stacked headline, which prints no
'Name (EXCH:TICKER)' line, took it for the security's name)."""
# The 2026 score widget under the headline: `66 GF Score` and an undated `Price ₹11.34`.
SCORE_WIDGET = compiled(r"^\d{1,3} GF Score$")
WHAT_IS_WORD = "What is "
"""The 2026 layout's question under its headline: 'What is Computer Forms (Malaysia) Bhd ROIC %?'."""
# Term names GuruFocus headlines carry beyond the registry's metrics (header data only), longest first.
GF_TERM_NAMES: tuple[str, ...] = tuple(sorted({
    "EV-to-FCF", "EV-to-EBITDA", "EV-to-EBIT", "EV-to-Revenue", "Enterprise Value", "FCF Yield %",
    "Forward Dividend Yield %", "Dividend Yield %", "Piotroski F-Score", "Altman Z-Score", "PB Ratio", "PS Ratio",
    "PE Ratio", "PE Ratio without NRI", "Price-to-Free-Cash-Flow", "Price-to-Tangible-Book", "ROE %",
    "ROE % Adjusted to Book Value", "ROA %", "ROIC %", "ROC %", "Gross Margin %", "Operating Margin %",
    "Net Margin %", "FCF Margin %", "Graham Number", "Peter Lynch Fair Value", "GF Value", "Market Cap",
    "Cyclically Adjusted Price-to-FCF", "Cyclically Adjusted PS Ratio", "Cyclically Adjusted PB Ratio",
    "Cyclically Adjusted FCF per Share", "Cyclically Adjusted Book per Share",
    "Cyclically Adjusted Revenue per Share", "Shiller PE Ratio", "Shiller P/E Ratio", "E10", "Beneish M-Score",
    "Earnings per Share (Diluted)", "Book Value per Share", "Revenue per Share", "Free Cash Flow per Share",
}, key=len, reverse=True))

# --- prose sentences ----------------------------------------------------------------------
TODAY = compiled(r"As of today(?: \((?P<date>\d{4}-\d{2}-\d{2})\))?,")
# `current stock price is`, `current share price is`, and the newer `'s stock price is` / `'s share price is`.
# … and 'the stock price of Nu-World Holdings is R28.94' (the Graham Number pages), 'The stock price of The London
# Tunnels is £2.16.' (the Intrinsic Value: Projected FCF pages, round-20 ggd F7); a name is never empty (the unfilled
# template's 'The stock price of is \$. Therefore, …'s … Ratio of today is 0.0.' states no price) and may hold dots
# ('NASB Financial, Inc.', 'Ping An Insurance (Group) Co. of China').
_DOTTED_CURRENCIES = "|".join(re.escape(symbol) for symbol in sorted(SYMBOLS, key=len, reverse=True) if "." in symbol)
"""Currency symbols that hold a dot ('S/.' the sol, 'Bs.'): a price printed with one ('S/.2.28.', LIM, round-28 ggz
014/015) is read past it, as the price's value may hold no other dot but its decimal point."""
PRICE = compiled(r"(?:(?:current |'s )(?:share|stock) price|(?<![^\s])[Tt]he (?:share|stock) price of (?!is )(?:(?! is ).){1,120}?) "
                   r"is (?P<v>(?:" + _DOTTED_CURRENCIES + r")?[^.]{0,30}(?:\.\d{1,8})?(?:E-\d{1,3})?)\.(?=\s|$)")
# A term name, then the period: found by LabelPattern from the names, not by a regular expression holding their
# alternation, whose compilation alone cost 31 M instructions a process (_label_match)
VALUE_FOR_PERIOD = LabelPattern(
    TERM_NAMES, r" for the (?P<ptype>quarter|fiscal year|month) that ended in (?P<period>.*?) ?was (?P<v>.*?)\.(?=\s|$)",
    anchor=r" for the (?:quarter|fiscal year|month) that ended in ",
)
VALUE_FOR_TRAILING_YEARS = LabelPattern(
    TERM_NAMES, r" for the trailing (?P<years>[a-z]{3,9}) years ended in (?P<period>.*?) ?was (?P<v>.*?)\.(?=\s|$)(?P<ptype>)",
    anchor=r" for the trailing [a-z]{3,9} years ended in ",
)
"""The 2013 pages' wording of a term's value for its period, 'E10 for the trailing six years ended in Dec. 2013 was
$1.34.' (MNRO), the term of the page's Shiller P/E of today (round-50 tester z2 F1: never read, so no check saw it): the
words name the window, not a span of the data (``ptype`` is empty). Searched apart, on the lines that hold
' years ended in ': one pattern for both cost every ' that ended in ' line 40% more."""
RATIO_TODAY = compiled(  # 'X's EV-to-EBIT ratio for today is 2.77.' (Enterprise Value pages): 'ratio' is no part of the label
    r"(?:'s |the )(?P<label>" + alternation(TERM_NAMES) + r")(?: ratio)? (?:for|of) today is (?P<v>.*?)\.(?=\s|$)"
)
"""The label starts after the possessive or 'the' ('Therefore, the Median PS Value for today is …'): a term the
alternation lacks is never read as its tail ('Forward PE Ratio for today' was once the PE Ratio's, ggd 001). The
words are matched, not looked behind: a pattern that opens with a lookbehind loses the engine's scan for its first
characters (it cost 32 K instructions a page, 0.4%). Per page, this regex costs less than LabelPattern's lookups."""
# "adjusted …" not after "cyclically": the checks before the word sit behind its first letter, so the scan can
# skip to the letter (as (?<![Cc]yclically )(?<![Cc]yclically)\badjusted did, three times slower)
ADJUSTED_VALUE = compiled(
    r"a(?<![Cc]yclically a)(?<![Cc]yclicallya)(?<!\wa)djusted (?P<label>earnings per share|book value per share|revenue per share|free cash flow per share|EPS)"
    r"(?: data)?(?: of)? for the (?P<ptype>three months|six months|fiscal year|quarter) (?:that )?ended in "
    r"(?P<period>.*?) ?was (?P<v>.*?)\.(?=\s|$)", re.IGNORECASE,
)
ADJUSTED_VALUE_WORDS = ("ended in ",)
"""Every ADJUSTED_VALUE match holds this, in lower case (see ``may_match``)."""
DIVISOR = compiled(
    r"Add all the adjusted (?P<what>.{1,200}?)(?: for the past (?P<years>\d{1,4}) years)? together and "
    r"(?:divide (?P<div>the count|\d+)|divided the sum by (?P<div2>the count|\d+))"
    r"(?: will get our (?P<label>.{1,200}?)(?:, which is (?P<v>\S*) for the trailing (?P<window>\w+) years ended in "
    r"(?P<period>.{0,200}?))?)?\.?\s*+$",
    re.IGNORECASE,
)
# HTML a capture kept in a sentence's text: 'will get our font class ="def_body_menu" data-url ="e10/SHY/E10/…"
# data-ticker="NAS:SHY">E10, which is $0.00' (the tag's '<' lost). A label keeps the text the reader sees ('E10'):
# a whole tag, the tail of a tag whose '<' is gone, the head of one cut before its '>', and a stray attribute go.
MARKUP_CHARS = ("<", ">", '="', '= "')
"""Every MARKUP match holds one of these: a label without them is not searched."""
MARKUP = compiled(
    r'<[^<>]{0,2000}>|^[^<>]{0,2000}>|<[^<>]{0,2000}$|[\w-]{1,40} ?= ?"[^"<>]{0,2000}"?'
)
USE_YEARS = compiled(r"here we use (?P<years>\d{1,4}) years to calculate")
CURRENT_CPI = compiled(
    r"^Current CPI \((?P<period>[^)]*+)\) = (?P<v>(?:[^\s.]++|\.(?!\s*+$)|[^\S ]++(?!$))*+)\.?\s*+$"
)
RANGE_TITLE = compiled(
    r"(?<![^\s'])(?P<symbol>[^\s']++)' s (?:(?P<years1>\d{1,4})-Year )?(?P<label>.{1,200}?) Range"
    r"(?: Over the Past (?P<years2>\d{1,4}) Years)?\s*+$"
)
_WORD_VALUE = "No Debt|At Loss|Negative Equity%?|"
"""A value GuruFocus prints as two words where a number stands ('Max: No Debt', 'vs XKLS:9016: No Debt'): the first
alternative of a value slot that otherwise takes one token (read as not available, ``_numbers.MISSING_TEXTS``)."""
RANGE_LINE = compiled(r"^Min:\s*+(?P<min>" + _WORD_VALUE + r"\S++)\s++(?:Med:\s*+(?P<med>" + _WORD_VALUE + r"\S++)\s++)?"
                        r"Max:\s*+(?P<max>" + _WORD_VALUE + r"\S++)\s*+$")
"""'Min: 11.29   Med: 22.86   Max: No Debt' (a Cash-to-Debt ratio whose highest had no debt to divide by)."""
NO_DEBT_ABOVE_ALL = frozenset({"cash_to_debt", "interest_coverage"})
"""The ratios over debt whose 'No Debt' GuruFocus ranks above every number (a division by no debt); on another metric
a range member printed 'No Debt' is not placed in the range's order (second read of round 40, 6)."""
RANGE_CURRENT = compiled(r"^Current:\s*+(?P<v>" + _WORD_VALUE + r"\S++)\s*+$")  # 'Current: No Debt' (XKLS:9016): not available
BOX_PLACES = 2
"""The places GuruFocus rounds a range box's values to before it strips their trailing zeros: 'Max: 2.7' beside the
prose's 'highest … was 2.70', 'Current: 1.1' beside the industry line's 1.10 (round-42 tester yd F1). Of ~450 box
values printed to fewer places that a same-page copy prints to more, every Min, Med and Max equals that copy (2.7 and
2.70, none 2.74); the box's Current may be of another day and is of the same formatter."""
_NO_WAS = r"(?:(?! was ).){1,200}?"
"""Up to 200 characters of free text that stops short of the next ' was ' (labels and names in prose)."""
HISTORY_PROSE = compiled(
    r"During the past (?:(?P<years>\d{1,4}) )?years, (?:(?P<name>(?:(?!'s |highest ).){1,200}?)'s )?(?:the )?highest "
    r"(?P<label>" + _NO_WAS + r")(?: of (?P<name2>" + _NO_WAS + r"))? was "
    r"(?P<hi>" + _WORD_VALUE + r"\S+?)(?P<pct1> per year)?\. The lowest was (?P<lo>" + _WORD_VALUE + r"\S+?)(?: per year)?\. "
    r"And the median was (?P<med>" + _WORD_VALUE + r"\S+?)(?: per year)?\.(?=\s|$)"
)
# 'the average Revenue Per Share Growth Rate of <Company> Holdings was': the company named after the rate
# ('… Rate of <name>') is not part of the label, as '<name>'s average … Rate' is not.
GROWTH = compiled(
    r"During the past (?P<n>\d{1,4}) (?P<unit>months|years), (?:(?:(?!'s |average ).){1,200}?'s )?(?:the )?average "
    r"(?P<label>" + _NO_WAS + r")(?:(?<=Rate) of (?P<name2>" + _NO_WAS + r"))? was (?P<v>\S+?) per year\."
)
GLUED_GROWTH = compiled(r"(?<=[A-Za-z])(?=Growth Rate\b)")
"""Where a label lost the blank before 'Growth Rate' ('EPS without NRIGrowth Rate'): its id is the spaced label's."""
RANKED = compiled(r"^(?P<symbol>[^\s']++)'s (?P<label>.{1,200}?) ?is ranked (?P<dir>worse|better|higher|lower) than\s*+$")
MEDIAN_RELATIVE = compiled(
    r" is (?P<v>[^\s\d]{0,4}-?\d{1,3}(?:,\d{3})*(?:\.\d{1,6})?%?) as of (?P<period>(?:[A-Z][a-z]{2})\.? (?:\d{1,2}, )?\d{4}), "
    r"which is (?P<pct>\d{1,12}(?:\.\d{1,4})?%) (?P<dir>below|above) its (?P<years>\d{1,2})-year median of "
    r"(?P<med>[^\s\d]{0,4}-?\d{1,3}(?:,\d{3})*(?:\.\d{1,6})?%?)(?![\d,])")
"""The 2026 layout's 'ROE % is 2.62% as of Dec. 2025, which is 64% below its 10-year median of 7.22.'"""
SUMMARY_VALUE = compiled(
    r" is (?P<v>[^\s\d]{0,4}-?\d{1,3}(?:,\d{3})*(?:\.\d{1,6})?%?) as of (?P<period>(?:[A-Z][a-z]{2})\.? (?:\d{1,2}, )?\d{4})"
    r"\. (?:GuruFocus rates |The stock has \d{1,3} warning signs? )")
"""The same summary sentence without the median clause, before the GF Score's: 'Euro Group Laminations SpA MIL:EGLA
+0.83% 61 ROA % is -1.19% as of Mar. 2026. GuruFocus rates MIL:EGLA with a GF Score™ of 61/100 …' (round-33 ghl F1:
the term's value there was read only where the clause followed it, so a copy that disagreed went unseen), or, on a
page without the score widget, before its warning signs: 'Key Asic Bhd XKLS:0143 ROC % is -25.60% as of Feb. 2026. The
stock has 1 warning sign investors should review.' (round-45 tester tf F1)."""
SUMMARY_VALUE_WORDS = ("GuruFocus rates ", " warning sign")
FOUR_TIMES = compiled(r"The (?P<label>[A-Z][A-Za-z0-9 &'\-]{0,60}?) data used here is four times the quarterly "
                        r"\((?P<period>[A-Z][a-z]{2}\.? \d{4})\)")
"""The note under a formula block whose input is a quarter's flow annualized: 'Note: The Net Income data used here is
four times the quarterly (Oct. 2018) data.', '… The EBIT data used here is four times the quarterly (Jan. 2021) EBIT data.'"""
FOUR_TIMES_WORDS = "four times the quarterly"
FOUR_TIMES_NOTE_LINES = 3
"""How many lines under a formula block its 'four times the quarterly' note is looked for in (blank lines skipped)."""
TIMES_FOUR = compiled(r"\*\s*4(?![\d.])")
"""A formula that writes out its own annualizing ('=Net Income*4/Total Assets'): its input is the quarter's own."""
BARE_CURRENCY_NOTES = ("currency related amount are indicated in the company's associated stock exchange currency",
                       "All numbers are in their local exchange's currency")
"""The notes above a page's rows that say its bare amounts are in the exchange's currency (2020s; 2019)."""
WIDGET_GF = compiled(r"^(?:(?P<score>\d{1,3}) GF Score|GF Value (?P<gfv>\S*\d\S*)|! (?P<signs>\d{1,3}) Warning Signs?)$")
"""The 2026 layout's score widget, one value a line: '87 GF Score', 'GF Value NT$31.57', '! 4 Warning Signs'."""
GF_RATES = compiled(r"GuruFocus rates \S{1,40} with a GF Score™ of (?P<score>\d{1,3})/100(?!\d)(?: and a GF Value™ of "
                      r"(?P<gfv>[^\s\d]{0,4}\d[\d,]*(?:\.\d+)?)(?![\d,]))?")
"""'GuruFocus rates TPE:9908 with a GF Score™ of 87/100 and a GF Value™ of NT$31.57 (Fairly Valued).'; a stock without a
GF Value ends the sentence at the score: '… with a GF Score™ of 16/100.' (round-38 gsc F3, XKLS:0458)."""
WARNING_SIGNS = compiled(r"The stock has (?P<signs>\d{1,3}) warning signs? investors should review")
AMONG_RANKS = compiled(r"Among (?P<n>\d{1,3}(?:,\d{3})*) (?P<industry>[^,]{1,120}) companies, .{1,200}? ranks "
                         r"(?P<dir>better|worse) than (?P<pct>\d{1,12}(?:\.\d{1,4})?%)")
"""The 2026 layout's rank: 'Among 299 Utilities - Regulated companies, Gas Malaysia Bhd ranks worse than 66.07%'."""
RANKED_PCT = compiled(r"^(?P<pct>[\d.]+%) of (?:the )?(?P<n>[\d,]+) (?:companies|Companies)\s*$")
INDUSTRY_MEDIAN = compiled(r"Industry Median: (?:(?P<med>" + _WORD_VALUE + r"\S++) )?vs\.? (?P<symbol>\S+?): "
                             r"(?P<cur>" + _WORD_VALUE + r"[^\s)]++)(?:\s*+\))?\s*+$")
"""'Industry Median: 0.37 vs HKSE:00396: 0.04'; either side may be GuruFocus's two-word 'No Debt' (BOM:511501,
SGX:S20 Interest Coverage), a value not computed: read as not available, the other side as printed."""
"""'Industry Median: 7.2 vs XTER:EEX: 7.63'; the median may be blank ('Industry Median: vs XTER:EEX: 7.63')."""
IN_INDUSTRY = compiled(r"^in the (?P<industry>.{1,200}?) industry\.?\s*+$")

# --- M-score prose -----------------------------------------------------------------------
MSCORE_ZONE = compiled(r"An M-Score of (?P<cmp>equal or less than|less than|greater than) (?P<t>-?[\d.]+) (?P<verdict>suggests|signals)")
MSCORE_SIGN = compiled(r"Beneish M-Score (?P<v>-?[\d.]++) (?P<cmp>no higher than|higher than) (?P<t>-?[\d.]+), "
                         r"which implies that the company (?P<verdict>[^.]++)\.")
MSCORE_HAS = compiled(r"has a M-score of (?P<v>-?[\d.]++) (?:suggests|signals) that the company (?P<verdict>[^.]++)\.")

# --- history rows --------------------------------------------------------------------------
HISTORY_HEADER = compiled(r"(?P<freq>Annual|Semi-Annual|Quarterly) Data\b[\s|]*$")
HISTORY_HEADER_INLINE = compiled(r"(?P<freq>Annual|Semi-Annual|Quarterly) Data (?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\d{2} )")
"""The 2019 one-line layout: ' Costco Wholesale Annual Data Aug09 … Aug18 Total Stockholders Equity 12,303.00 …',
the header, the periods, the label and the cells on one line (round-32 ghd 074, NAS:COST)."""
INLINE_HEADER_WORDS = ("Annual Data ", "Quarterly Data ")
"""A line holding neither (nor so 'Semi-Annual Data ') holds no one-line history header."""
MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_MONTH = "(?:" + "|".join(MONTHS) + ")"
"""A month as GuruFocus abbreviates it, in every pattern that reads a period ('Mar. 2024', 'Mar24')."""
_MONTH_YEAR = _MONTH + r"\.? ?\d{4}"
PERIOD_TOKEN = compiled(r"^(?:" + _MONTH + r"\d{2}|" + r"(?:19|20)\d{2}-(?:0[1-9]|1[0-2]))$")
"""A history column's period: 'Mar24', or the ISO month '2024-03' some 2025 pages print (round-41 wa F1: BOM:517522's
'2024-12 2025-03' header, whose row was dropped with no note)."""
ISO_MONTH_START = compiled(r"(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?:\s|$)")
"""A line that opens on an ISO month, which may head a row of periods."""
GLUED_PERIODS = compiled(r"(?:" + _MONTH + r"\d{2}){2,40}")
"""A history header whose periods the capture printed without spaces ('Aug04Aug05Aug06…', NYSE:FDO 2013 in the old
switch-to layout): its row's values run together ('Short-Term Debt 0000000163116') and cannot be split."""

# --- calculations --------------------------------------------------------------------------
GROWTH_PARAGRAPH_END = "Please click Growth Rate Calculation Example"
"""The link that closes a growth page's paragraph of rates ('During the past 12 months, … During the past 3 years, …'):
a rate the paragraph does not print before it, the page does not have."""
TTM_HEADER = compiled(r"This Year \((?P<this>\w+)\) TTM:\s*Last Year \((?P<last>\w+)\) TTM:")
TTM_HEADER_WORD = "This Year ("  # every TTM_HEADER match has it: lines without it are not searched
TTM_ITEM = compiled(r"^(?P<label>[A-Z][^=]{0,200}?) was (?P<rhs>(?:\s*+\S)*+)\s*+$")
TTM_ITEM_DATED = compiled(r"^(?P<label>[A-Z][^()]{0,120}?) at the begin{1,2}ing of (?:this|last) year \((?P<period>[A-Z][a-z]{2}\d{2})\)$")
"""An item of a 'This Year … TTM' list that states its own month: 'Total Assets at the begining of this year (Jun14)'
is the balance at Jun14, the month the list's year starts (round-41 wi F1, wj F2)."""
FORMULA_START = compiled(
    r"^(?P<name>[A-Za-z][A-Za-z0-9_/\-]*+(?:[ ]++[A-Za-z0-9_/\-]++)*+"
    r"(?:[ ]++\((?:A|Q): [A-Z][a-z]{2}\.? \d{4} ?\))?+(?:[ ]%)?+)\s*+=\s*+(?P<rhs>.*[A-Za-z].*)$"
)
"""A formula's first line: its name ('Net Margin', or with the period tag of the 2015-2018 pages' one-line form
'Net Cash Per Share (A: Jul. 2017 ) = …'), '=', and a right-hand side with a name in it."""
STACKED_NAME = compiled(r"^(?P<name>[A-Za-z][A-Za-z0-9_/\-()%.&' ]{0,60}?) ?\((?:A|Q): [A-Z][a-z]{2}\.? \d{4} ?\)\s*+$")
"""A formula's name alone on its line with its span tag, its steps on the lines below, each opening with '=' ('ROC %
(A: Dec. 2023 )', then '=NOPAT/Average Invested Capital', '=13.451 * ( 1 - -4.66% )/…', '=3.71': NZSE:NZL 2024,
NYSE:WMT 2017)."""
STACKED_BARE_NAME = compiled(r"^[A-Za-z][A-Za-z0-9_/\-()%.&' ]{0,60}$")
"""The 2013-2014 pages' formula name alone on its line without a span tag ('Days Sales Outstanding', then
'=Account Receivable/Revenue*Days in Period', '=15986/24519*91', '=59.33': NAS:MSFT 2014, round-34 ghr F3); its period
is its heading's ('… for the quarter that ended in Dec. 2013 is calculated as:')."""
_CALC_SPANS = r"trailing twelve months \(TTM\)|quarter|three months|six months|fiscal year"
CALC_HEADING = compiled(
    r" for the (?P<span>" + _CALC_SPANS + r") (?:that )?ended in "
    r"(?P<period>" + _MONTH + r"\.? ?\d{2,4})(?: is calculated as:?)?+\s*+$"
)
"""The line that heads a formula block with the period it is for ('Cover's COGS to Revenue for the fiscal year that
ended in Mar. 2024 is calculated as'): the block's inputs and result are of that period, not the page's current one."""
CALC_HEADING_UNDATED = compiled(
    r" for the (?:" + _CALC_SPANS + r") (?:that )?ended in \.? ?(?:\d{2})?(?: is calculated as:?)?+\s*+$"
)
"""A heading whose date the site left blank ('…'s Pretax Income for the fiscal year that ended in . 20 is calculated
as', the unfilled template): its block is of a period the page does not say, the year's beside the quarter's."""
CALC_HEADING_WORDS = " ended in "  # every CALC_HEADING match holds it; the 2017 layout's second heading ends at its
# period, without ' is calculated as' ("Apple Inc's Net Change in Cash for the quarter that ended in Jun. 2017")
CALC_HEADING_LOOKBACK = 3
"""How many lines above a formula its heading may stand (blank lines between them are the page's spacing)."""
DAYS_IN_PERIOD: dict[Frequency, Decimal] = {Frequency.ANNUAL: Decimal(365), Frequency.TTM: Decimal(365),
                                            Frequency.SEMI_ANNUAL: Decimal("182.5"), Frequency.QUARTERLY: Decimal("91.25")}
"""The days GuruFocus's day counts (Days Sales Outstanding, Days Inventory, Days Payable) take for a period of each span:
365 a year, 365 / 2 a half-year, 365 / 4 a quarter ('= 62.495 / 103.264 * 365 / 4 = 55.22')."""
DAYS_IN_SPAN: dict[Frequency, tuple[Decimal, Decimal]] = {
    Frequency.ANNUAL: (Decimal(365), Decimal(366)), Frequency.TTM: (Decimal(365), Decimal(366)),
    Frequency.SEMI_ANNUAL: (Decimal(181), Decimal(184)), Frequency.QUARTERLY: (Decimal(89), Decimal(92))}
"""The days a period of each span has, fewest to most (GuruFocus's DAYS_IN_PERIOD among them): a day count that no
length of its inputs' stated span gives is a wrong result, whichever days GuruFocus took (round-43 tester vd F5)."""
DAYS_IN_PERIOD_NAME = "days_in_period"
"""The name a PERIOD_RATIOS formula gives the days of its inputs' span, which the page does not print beside them."""
_DAYS_CONSTANTS = frozenset({Decimal(365), Decimal("182.5"), Decimal("91.25"), Decimal(4), Decimal(2)})
FORMULA_CONSTANTS: dict[str, frozenset[Decimal]] = dict.fromkeys(
    ("days_sales_outstanding", "days_inventory", "days_payable"), _DAYS_CONSTANTS)
"""A formula's own constants: a substituted number in a position its symbolic form gives no name ('Days Sales
Outstanding = Account Receivable / Revenue * Days in Period = 62.495 / 103.264 * 365 / 4': the '/ 4' quarters a year)
that equals one of them is exact, not a value rounded to its last digit."""
CONSTANT_OPERANDS: dict[str, frozenset[Decimal]] = {"days in period": frozenset(DAYS_IN_PERIOD.values()),
                                                    "count": frozenset(Decimal(k) for k in range(1, 21))}
"""Operands a formula names that are its constants, by name (lower case): exact when printed as one of these values
('Days in Period' printed 365 is the year's 365 days; a 91 there would be 91.25 rounded, and stays rounded; the 'count'
of periods an average takes, '( A + B )/ count' printed '/ 2', is a whole number)."""
DATA_TABLE_HEADER = compiled(r"^(?P<value>.{1,200}?) CPI (?P<adj>Adj_\w++)\s*+$")
DATA_ROW = compiled(r"^(?P<period>\d{6}) (?P<v>\S++) (?P<cpi>\S++) (?P<adj>\S++)\s*+$")
PERIOD_IN_TEXT = compiled(r"(?P<mon>" + "|".join(MONTHS) + r")\.? ?(?P<year>\d{4}|\d{2})\b")
DEPI_NOTE = compiled(r"If the Depreciation, Depletion and Amortization data is not available, we assume")

# --- profile -----------------------------------------------------------------------------
BUSINESS_DESCRIPTION = compiled(r"\) Business Description\s*$")
BUSINESS_DESCRIPTION_WORD = ") Business Description"  # in every BUSINESS_DESCRIPTION match
PROFILE_KEYS = ("Traded in Other Exchanges", "Address", "Executives")

# --- prose calculations ("... is A. ... was B. Therefore, ...'s X for today is r.") ---------------
# Every alternative is a literal label, longest first; each pattern is anchored on a literal ("'s ", ", and ",
# "Therefore, ") and every repeat is bounded, so a hostile line costs linear time.
CALC_LABELS: tuple[str, ...] = tuple(sorted(
    {label for m in METRICS for label in m.labels if len(label) > 2 and "_" not in label and label.isascii()},
    key=len, reverse=True,
))
_CALC_LABEL_ALT = alternation(CALC_LABELS, ignore_case=True)  # the patterns below are IGNORECASE
# A currency code may be printed before a value with a blank ('USD 5,750 Mil'), as a symbol without one ('$5,750').
# A value printed in scientific notation ('$1.0E-5') is taken whole, exponent and all: it reads as no number, never
# as its mantissa ('$1.0', 100,000 times the price).
# A value is whole or not at all: 'A$1,4.6.4 Mil.' is no number, never its first digit 'A$1' without its scale.
_SCIENTIFIC = r"(?:[eE][-+]?\d{1,3})?"
_SIGN_SPACE = r"(?:[^\s\d]{1,4} (?=-?\d))?"
"""A currency sign and one space before the number ('円 -3 Mil', TSE:6905)."""
_CALC_VALUE = (r"(?P<v>(?:[A-Z]{3} )?" + _SIGN_SPACE + r"[^\s\d]{0,4}-?(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,20})(?:\.\d{1,8})?"
               + _SCIENTIFIC + r"%?(?![.,]?\d)|[^\s\d]{0,6})"
               r"(?P<scale> (?:Mil|Bil)\b\.?)?")
CALC_INPUT = compiled(
    r"(?:'s |, and )(?P<qual>annualized |average )?(?P<label>" + _CALC_LABEL_ALT + r")(?: of " + _MONTH_YEAR + r")?"
    r"(?:(?:(?: ?for| over) the (?P<span>trailing twelve months \(TTM\)|quarter|fiscal year|three months|six months)"
    r"(?: that)?| (?P<ttm>\(TTM\))) ended in(?: (?P<period>[^,]{0,16}?))?)? (?:is|was) " + _CALC_VALUE,
    re.IGNORECASE,
)
TTM_LABEL_PREFIXES = ("trailing 12-month ",)
"""Labels that name their own span: 'As of today, X's Trailing 12-Month Free Cash Flow is 円-317 Mil, and Market Cap
is 円2,345 Mil.' (FCF Yield pages, TSE:7062) states the trailing twelve months known today: a TTM value as of the
sentence's day (its window is the TTM, never the day's alone; the market cap beside it is today's)."""
CALC_INPUT_WORDS = (" is ", " was ")
"""Every CALC_INPUT match holds one of these, in lower case (see ``may_match``)."""
# A span's period may be printed blank: 'EPS without NRI for the trailing twelve months (TTM) ended in was ﷼3.01' (the
# site's template gap): the input is read, its period unknown.
# The Enterprise Value pages word the result 'Therefore, X's EV-to-EBIT ratio for today is 2.77.' (gfk 024, 025): the
# word 'ratio' after the label is no part of it.
# 'It's Price-to-Owner-Earnings for today is 9.02' ends the owner-earnings paragraph without a 'Therefore'; a name
# before "'s" may hold dots and commas ('NASB Financial, Inc.'s').
CALC_RESULT = compiled(
    r"(?:(?:Therefore|Hence), (?:.{0,80}?'s |the )|(?<![^\s])It's )(?P<label>" + _CALC_LABEL_ALT + r")(?: ratio)? (?:for|of) today is "
    + _CALC_VALUE,
    re.IGNORECASE,
)
CALC_RESULT_WORDS = ("Therefore", "Hence", "It's ")
"""Every CALC_RESULT match holds one of these: lines without them are not searched."""
# 'As of today (2024-05-19), the stock price of Nu-World Holdings is R28.94.': today's price as a calculation's input.
CALC_PRICE_OF = compiled(
    r"(?<![^\s])the (?P<label>stock price|share price) of (?:(?! is ).){1,120}? is " + _CALC_VALUE, re.IGNORECASE,
)
CALC_PRICE_OF_WORDS = " price of "
"""Every CALC_PRICE_OF match holds this, in lower case."""
# 'As of today (2024-05-22), … Tokyo Seimitsu Co's intrinsic value calculated from the Discounted Dividend model is
# 円13623.23 and current share price is 円10780.00. Consequently,' and, a line or two below, 'Tokyo Seimitsu Co's Margin of
# Safety % (DCF Dividends Based) using Discounted Dividend model is 45.39%.' (round-22 ggk 007, 008, 017)
MARGIN_INPUTS = compiled(
    r"'s intrinsic value calculated from the Discounted (?P<model>Dividend|Earnings|FCF) model is (?P<iv>"
    + _CALC_VALUE.replace("(?P<v>", "(?:").replace("(?P<scale>", "(?:") + r") and current share price is (?P<price>"
    + _CALC_VALUE.replace("(?P<v>", "(?:").replace("(?P<scale>", "(?:") + r")\."
)
MARGIN_INPUT_WORDS = " intrinsic value calculated from the Discounted "
"""Every MARGIN_INPUTS match holds this."""
MARGIN_RESULT = compiled(
    r"'s (?P<label>Margin of Safety % \(DCF (?:Dividends|Earnings|FCF) Based\)) using Discounted (?P<model>Dividend|Earnings|FCF) "
    r"model is (?P<v>-?\d{1,6}(?:\.\d{1,4})?%)\.?\s*$"
)
MARGIN_RESULT_LINES = 3
"""How many non-blank lines below its inputs a margin's result sentence may stand."""
MARGIN_BASIS = {"Dividend": "dividends", "Earnings": "earnings", "FCF": "fcf"}
"""The model a margin's sentences name -> the basis in its metric ids ('margin_of_safety_dcf_dividends_based')."""
CALC_MAX_LINE = 4000
"""Paragraphs longer than this are not searched for prose calculations (real ones are a few hundred characters)."""

# --- score zones and verdicts (Altman Z, Piotroski F) ---------------------------------------
ZSCORE_ZONE = compiled(
    r"^When (?P<label>Altman Z2?-Score) (?P<op><=|>=|<|>|is less than|is greater than) (?P<t>-?\d{1,3}(?:\.\d{1,4})?), "
    r"it is in (?P<zone>Distress|Safe|Grey) Zones?\.?\s*$"
)
"""'When Altman Z-Score <= 1.8, it is in Distress Zones.'; older pages word it 'is less than 1.81' (round-34 ght F4)."""
ZSCORE_OPS = {"is less than": "<", "is greater than": ">"}
"""The older pages' words for a zone's comparison, as the symbols newer pages print."""
ZSCORE_VERDICT = compiled(
    r"has an? (?P<label>Altman Z2?-Score) of (?P<v>-?\d{1,7}(?:\.\d{1,4})?), indicating it is in (?P<zone>Distress|Safe|Grey) Zones?"
)
ZSCORE_SIGN = compiled(r"^Altman (?P<label>Z2?-score) of (?P<v>-?\d{1,7}(?:\.\d{1,4})?) is "
                         r"(?P<zone>strong|in the grey area|in distress zone)\b")
"""The Good/Warning Sign line of a Z-Score page: 'Altman Z-score of 8.28 is strong.', '… is in the grey area.', '… is
in distress zone.' (round-42 testers xb F7, ya F1: never read, so neither its value nor its zone was checked)."""
ZSCORE_SIGN_ZONES = {"strong": "Safe", "in the grey area": "Grey", "in distress zone": "Distress"}
FSCORE_ZONE = compiled(r"^(?P<grade>Good or high|Bad or low) score = (?P<list>\d(?:, \d){0,9})\s*$")
FSCORE_VERDICT = compiled(r"has an? F-score of (?P<v>-?\d{1,3})\. It is an? (?P<grade>good or high|bad or low|average|medium)\b")
FSCORE_IS = compiled(r"^Piotroski F-Score is (?P<v>-?\d{1,3}),")


def may_match(text: str, words: tuple[str, ...]) -> bool:
    """False only when an IGNORECASE pattern whose matches all hold one of ``words`` (lower-case ASCII) cannot match
    ``text``: an ASCII line is searched for them in lower case; any other line may match (under IGNORECASE 'ı' is 'i')."""
    if not text.isascii():
        return True
    return holds_any(text.lower(), words)


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words``: ``any(w in text for w in words)`` without its generator, which cost
    more than the searches on the lines every reader tests (about 100 instructions a line)."""
    for word in words:  # noqa: SIM110 (a loop: any() over a generator costs more than the tests)
        if word in text:
            return True
    return False


# --- round 7: header, detection and history (gf-header7) ------------------------------------------
SCALE_WORDS = ("Mil.", "Mil", "Bil.", "Bil")
"""The scale words a headline prints behind an amount (``$0.00 Mil``), longest first."""
# The title's '(EXCH:TICKER)' with the term after it (`Example Stores Inc  (NYSE:XYZ) Inventory Turnover`): the
# symbol stands between the name and the term, as in SYMBOL_IN_PARENS but not at the end.
SYMBOL_THEN_SPACE = compiled(r"\([^()\s]{0,12}:[^()\s]{0,24}\) ")
"""A section heading's '(EXCH:TICKER) ' or empty '(:) ' before its term ('Guaranty Financial  (OTCPK:GFCJ) Net Interest
Margin (Bank Only) % Explanation'): the term starts after the last one, never after a parenthesis of the term."""
SYMBOL_BEFORE_TERM = compiled(r"\([A-Z][A-Za-z0-9]{0,11}:[^()\s]{1,24}\) (?=[^\s(])")

# --- values stated for a period ("<Company>'s Net Income for the three months ended in Feb. 2024 was 円67 Mil.") ------
# The label follows the company's possessive, 'Its ' or a sentence start; a qualifier ('annualized', 'average',
# 'adjusted') makes it another quantity than the row of its period. Label and value are bounded: linear in the line.
_PERIOD_VALUE = (r"(?P<v>(?:[A-Z]{3} )?" + _SIGN_SPACE + r"[^\s\d]{0,4}-?(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,20})(?:\.\d{1,8})?"
                 + _SCIENTIFIC + r"%?(?![.,]?\d)|[^\s\d]{0,6})"
                 r"(?P<scale> (?:Mil|Bil)\b)?")  # the dot after 'Mil' ends the sentence: sentences print 'Mil'
COMMA_TERMS = ("Cash, Cash Equivalents, Marketable Securities", "Depreciation, Depletion and Amortization",
               "Selling, General, & Admin. Expense")
"""GuruFocus term names that hold a comma, as its prose prints them (in any case): 'X's quarterly cash, cash
equivalents, marketable securities declined from …' (SZSE:300159), 'X's depreciation, depletion and amortization for
the three months ended in Jan. 2015 was $19.54 Mil.' (MILOQ.PFD). A free label stops at a comma, so that it never takes
a clause ('In 2023, revenue'); these whole names are taken as they are."""
_COMMA_TERM = "(?i:" + alternation(COMMA_TERMS, ignore_case=True) + ")"
_PERIOD_STATEMENT_TEXT = (
    r"(?:'s |(?<![^\s])Its |^|(?<=\. )(?=[A-Z0-9]))(?P<qual>(?i:annualized|average|adjusted) )?"  # a sentence starts upper case: 'admin. expense' is no start
    r"(?P<label>" + _COMMA_TERM + r"|[^\s,'](?:(?!'s | was |\. )[^,]){0,79}?)(?: of " + _MONTH_YEAR + r")? ?for the "
    r"(?P<span>trailing twelve months \(TTM\)|quarter|three months|six months|fiscal year|months) (?:that )?ended in "
    r"(?P<period>" + _MONTH_YEAR + r") was " + _PERIOD_VALUE + r"(?=\.(?:\s|$)|\s*+$)"
)
PERIOD_STATEMENT = compiled(_PERIOD_STATEMENT_TEXT)
_ABBREVIATION_DOT = r"(?:(?<=\bRev)|(?<=\bSh))\. "
PERIOD_STATEMENT_ABBREVIATED = compiled(_PERIOD_STATEMENT_TEXT.replace(r"(?:(?!'s | was |\. )[^,]){0,79}?)",
                                                                       r"(?:" + _ABBREVIATION_DOT + r"|(?!'s | was |\. )[^,]){0,79}?)", 1))
"""PERIOD_STATEMENT where a label holds an abbreviation's dot ('YoY Rev. per Sh. Growth'), which ends no sentence: used
on the lines that print one (ABBREVIATIONS), as its lookbehinds cost every other line about a tenth of its reading."""
ABBREVIATIONS = ("Rev. ", "Sh. ")
assert PERIOD_STATEMENT_ABBREVIATED.pattern != PERIOD_STATEMENT.pattern, "the label's repetition was not found to widen"


_OVER_THE = (" ?for the ", " ?(?:for|over) the ")


@cache
def period_statement_over(abbreviated: bool) -> re.Pattern[str]:
    """PERIOD_STATEMENT (or its abbreviated form) that reads an average 'over the quarter that ended in …' as well ('GSI
    Creos's average Total Assets over the quarter that ended in Dec. 2023 was 円71,703 Mil.', round-33 ghk F3): used on
    the lines that print ' over the ', as the alternative costs every other line's statements about 27,000 machine
    instructions a page; compiled the first time such a line is read (a run without one does not pay for it)."""
    pattern = (PERIOD_STATEMENT_ABBREVIATED if abbreviated else PERIOD_STATEMENT).pattern
    assert _OVER_THE[0] in pattern, "the span's 'for the' was not found to widen"
    return re.compile(pattern.replace(*_OVER_THE, 1))


OVER_WORDS = " over the "


def period_statements(text: str) -> Iterator[re.Match[str]]:
    """PERIOD_STATEMENT's matches on a line, read with the abbreviations' dots where the line prints one, and with
    'over the' for 'for the' where it prints that; none on a line without PERIOD_STATEMENT_TAIL."""
    if PERIOD_STATEMENT_TAIL.search(text) is None:
        return iter(())
    abbreviated = ABBREVIATIONS[0] in text or ABBREVIATIONS[1] in text
    if OVER_WORDS in text:
        return period_statement_over(abbreviated).finditer(text)
    return (PERIOD_STATEMENT_ABBREVIATED if abbreviated else PERIOD_STATEMENT).finditer(text)


PERIOD_STATEMENT_WORDS = " ended in "
"""Every PERIOD_STATEMENT match holds this: lines without it are not searched."""
PERIOD_STATEMENT_TAIL = compiled(" ended in " + _MONTH_YEAR + " was ")
"""Every match of PERIOD_STATEMENT and of its wider forms holds this, their text after the span: a line without it
(the '… for the quarter that ended in Mar. 2024 is calculated as:' above a formula, '… was:' above its rows) is not
searched. PERIOD_STATEMENT tries a label at every possessive and sentence start of the line (about 15 microseconds a
line); this search runs from each ' ended in ' alone (tests/parsers/gurufocus/test_period_statement_tail.py)."""
DEFINITION_WORDS = " is calculated as "
"""A paragraph that defines the term's ratio before stating its inputs ('Equity to Asset ratio is calculated as total
stockholders equity divided by total asset.'): where no result sentence follows, the headline is its result."""
UNKNOWN_SPAN = "months"
"""The span of 'for the months ended in Apr. 2024' (TSE:3451): GuruFocus left out how many; the statement is read with
no frequency, never a guessed one ('month' would be monthly)."""


# --- round 9: stated values (stmt9) ---
# Sentences that state one value of a named quantity outside a calculation. Labels are bounded free text that stops at
# the next fixed word; the reader keeps a label only where the registry knows it or it names the page's own term.
_STATED_END = r"(?=\.(?:\s|$)|\s*+$)"
"""A stated value ends its sentence: a dot before a blank or the line's end, or the line's end."""
# 'As of today (2024-05-13), the Forward Annual Dividend Yield of The Bank of Yokohama is 1.98%.'
TODAY_THE_OF = compiled(
    r"As of today(?: \((?P<date>\d{4}-\d{2}-\d{2})\))?, the (?P<label>[A-Z][^,.']{0,80}?) of "
    r"(?P<name>(?:(?! is )[^,]){1,200}?) is " + _PERIOD_VALUE + _STATED_END
)
TODAY_THE_OF_WORDS = ", the "
# "Fcn Banc's current FCF Yield % is 15.93%.", "Premium Group Co's current shares buyback ratio was 2.21%."
CURRENT_VALUE = compiled(
    r"'s current (?P<label>[A-Za-z0-9][^,.'()]{0,60}?) (?:is|was) " + _PERIOD_VALUE + _STATED_END
)
CURRENT_VALUE_WORDS = "'s current "
# The sentences by which GuruFocus says it does not calculate a quantity, printed where the 'Hence, … was' sentence
# goes: 'GuruFocus do not calculate Capex-to-Operating-Income if the Operating Income is negative.' (OTCPK:MPSFF),
# 'Therefore, GuruFocus does not calculate Acusensus's EV-to-Revenue at this moment.', 'Therefore GuruFocus does not
# calculate Shiller PE Ratio for this company.', 'GuruFocus does not calculate 's interest coverage with the available
# data.' The quantity named has no value: a 0.00 printed for it is the site's stand-in, not a measured zero.
NOT_CALCULATED = compiled(
    r"GuruFocus do(?:es)? not calculate (?:[^.\n]{0,120}?'s )?(?P<term>[A-Za-z][^.\n]{0,80}?) "
    r"(?:if (?:the )?[^.\n]{1,80}? is negative|at this moment|for this company|with the available data)\."
)
NOT_CALCULATED_WORDS = " not calculate "  # in every NOT_CALCULATED match
NOT_CALCULATED_IF = " if "
"""In a NOT_CALCULATED match that names a condition ('… if the Operating Income is negative'): true of the page's
quantity only when the condition holds, which its other words may not say."""
# 'Tokyo Ichiban Foods Co does not have enough data to calculate Owner Earnings per Share (TTM), so as
# Price-to-Owner-Earnings ratio.' (TSE:3067, whose headline prints 0.00), 'Xstelos Holdings does not have enough data to
# calculate Piotroski F-Score.': the quantities named have no value, as under NOT_CALCULATED.
NOT_ENOUGH_DATA = compiled(
    r"(?:^|(?<=\. ))[^.\n]{1,200}? does not have enough data to calculate (?P<term>[A-Za-z0-9][^.,\n]{0,80}?)"
    r"(?:, so as (?P<also>[A-Za-z0-9][^.,\n]{0,80}?))?\.(?:\s|$)"
)
NOT_ENOUGH_DATA_WORDS = " not have enough data to calculate "  # in every NOT_ENOUGH_DATA match
# 'As of today, Brio's Enterprise Value is R$70.88 Mil.' (no calculation follows: GuruFocus does not calculate it)
TODAY_POSSESSIVE = compiled(  # 'is', or 'was' ('As of today, Kindom Development Co's Shareholder Yield % was 6.03%.')
    r"As of today(?: \((?P<date>\d{4}-\d{2}-\d{2})\))?, (?:(?!'s )[^,]){1,200}?'s "
    r"(?P<label>[A-Z][^,.'()]{0,60}?) (?:is|was) " + _PERIOD_VALUE + _STATED_END
)
TODAY_WORDS = "As of today"
# 'As of today (2024-04-24), Deutsche EuroShop AG's WACC % is 3.95%. Deutsche EuroShop AG's ROIC % is 4.24% (calculated
# using TTM income statement data).' (XTER:DEQ, round-17 gfw 003): the trailing twelve months' value, known today
TTM_CALCULATED = compiled(
    r"(?:^|(?<=\. ))(?:(?!'s )[^.]){1,200}?'s (?P<label>[A-Z][^,.'()]{0,60}?) is " + _PERIOD_VALUE
    + r" \(calculated using TTM income statement data\)"
)
TTM_CALCULATED_WORDS = " (calculated using TTM income statement data)"
# "Korea Ratings has an F-score of 6 indicating the company's financial situation is typical for a stable company."
FSCORE_INDICATING = compiled(r"has an? F-score of (?P<v>-?\d{1,3}) indicating ")
FSCORE_INDICATING_WORDS = "F-score of "
# 'Saudi National Bank has the GF Score of 78, which implies …' and the GF Score page's five aspects ('1. Financial
# Strength : 2/10'), under a headline of 'GF Score : 78/100 (As of Mar. 29, 2025)' (round-28 ggz 009, round-27 ggy 012)
GF_SCORE_OF = compiled(r" has the GF Score of (?P<v>\d{1,3})(?=[,. ])")
GF_SCORE_OF_WORDS = " has the GF Score of "
GF_SCORE_ASPECT = compiled(r"^[1-5]\. (?P<label>Financial Strength|Profitability Rank|Growth Rank|GF Value Rank|Momentum Rank) : "
                             r"(?P<v>\d{1,2})/10$")
SCORE_OUT_OF = compiled(r"^(?P<v>\d{1,3})/(?P<of>10|100)$")
"""A score printed out of its most ('78/100'): its value is the number before the slash."""
# 'Knr Systems's EPS without NRI for the trailing twelve months (TTM) ended in was ₩-231.90.': the period left blank.
EMPTY_PERIOD_STATEMENT = compiled(
    r"(?:'s |(?<![^\s])Its )(?P<label>[^\s,'](?:(?!'s | was |\. )[^,]){0,79}?) for the "
    r"(?P<span>trailing twelve months \(TTM\)|quarter|three months|six months|fiscal year) (?:that )?ended in "
    r"was " + _PERIOD_VALUE + _STATED_END
)
EMPTY_PERIOD_WORDS = " ended in was "
# 'The dividend payout ratio of Kim Loong Resources Bhd is 0.91, which seems too high.' (a warning sign, gfp 026): the
# value now, with no period of its own
VERDICT_VALUE = compiled(
    r"(?:^|(?<=\. ))The (?P<label>[a-z][A-Za-z %\-]{0,60}?) of (?P<name>(?:(?! is )[^,]){1,200}?) is " + _PERIOD_VALUE
    + r", which seems too (?:high|low)\."
)
VERDICT_VALUE_WORDS = ", which seems too "
# 'Ben Graham prefers companies' interest coverage to be at least 5. GuocoLand Ltd interest coverage is 1.73, which is
# low.' (the Interest Coverage pages, round-21 ggg 029): the value now, with no period of its own
VERDICT_IS = compiled(
    r"(?:^|(?<=\. ))(?P<name>[^\s.](?:(?! is )[^.]){0,199}?) (?P<label>interest coverage) is " + _PERIOD_VALUE
    + r", which is (?:low|high)\."
)
VERDICT_IS_WORDS = " interest coverage is "
"""Every VERDICT_IS match holds this: only such lines are searched (', which is ' is on most pages' summaries)."""
VERDICT_WORDS = ", which "
"""Every VERDICT_VALUE and VERDICT_IS match holds this."""
URL_TICKER = compiled(r"[A-Z0-9][A-Z0-9.^]{0,11}")
"""A URL's symbol segment that is a ticker when it names no exchange ('/term/e10/ADBE/E10/…'): upper case as the site
prints tickers there, never a slug word ('Days-Sales-Outstanding')."""
URL_TICKER_WITH_EXCHANGE = compiled(r"[A-Za-z0-9][A-Za-z0-9.^_]{0,11}")
URL_EXCHANGE = compiled(r"[A-Z][A-Z0-9]{1,7}")
# The verdict under a Gross Margin page's range box: 'Alibaba Group Holding had a gross margin of 40.00% for the quarter
# that ended in Dec. 2023 => Competition eroding margins', 'TD Split had a gross margin of N/A% for the quarter that ended
# in May. 2015' (where its 'Therefore' sentence prints 0.00%: the site's 0 for a value it does not have). The name
# may hold dots ('PPH Bomi S.A. had a'), so the match starts at ' had a'.
HAD_A_VALUE = compiled(
    r" had an? (?P<label>[a-z][a-z %&-]{0,40}?) of " + _PERIOD_VALUE + r" for the (?P<span>quarter|three months|six "
    r"months|fiscal year) (?:that )?ended in (?P<period>" + _MONTH_YEAR + r")(?=[\s.]|$)"
)
HAD_A_VALUE_WORDS = " had a"
HAD_A_VALUE_TERMS = frozenset({"gross_margin", "gross_profit"})
"""The terms whose pages print the verdict (Gross Margin % and Gross Profit: 32 of the corpora's pages, no other)."""
NOT_AVAILABLE_VALUES = frozenset({"N/A", "N/A%"})
"""How a sentence prints a value GuruFocus does not have: 'Therefore, Dividend 15 Split II's annualized Effective
Interest Rate on Debt % for the quarter that ended in Nov. 2024 was N/A%.' (TSX:DF, whose headline prints 0.00%)."""
UNKNOWN_CURRENCY_AMOUNT = compiled(r"(?P<cur>[^\s\d.,%-][^\s\d-]{0,5})\s?-?\d")
"""A stated value that opens on currency-like text before its digits ('Kz-8.1 Mil', 'S/.120.7 Mil'): where the
number reader took none, that text is a currency it does not know."""
# 'Therefore, Fcn Banc's FCF Margin % for the quarter that ended in Dec. 2023 was 36.07%.' after inputs stated 'for the
# six months ended in Dec. 2023': the site words the latest period 'quarter'; the inputs say it is the half-year.
QUARTER_RESULT = compiled(
    r"Therefore, (?:(?!'s )[^,]){1,200}?'s (?P<label>[^\s,'](?:(?!'s | was |\. )[^,]){0,79}?) for the quarter "
    r"that ended in (?P<period>" + _MONTH_YEAR + r") was " + _PERIOD_VALUE + _STATED_END
)
SIX_MONTHS_OF = compiled(r" for the six months (?:that )?ended in (?P<period>" + _MONTH_YEAR + r") was ")
SIX_MONTHS_WORDS = " for the six months "  # in every SIX_MONTHS_OF match
QUARTER_RESULT_WORDS = "Therefore, "  # in every QUARTER_RESULT match
# 'XKRX:199430's Price-to-Owner-Earnings is not ranked *' heads an 'Industry Median: 26.62' with no value of its own.
NOT_RANKED = compiled(r"^(?P<symbol>[^\s']++)'s (?P<label>.{1,200}?) ?is not ranked(?:\s*+\*)?\s*+$")
NOT_RANKED_WORDS = "is not ranked"  # in every NOT_RANKED match
INDUSTRY_MEDIAN_ONLY = compiled(r"^Industry Median: (?P<med>" + _WORD_VALUE + r"[^\s)]++)\s*+$")
MEDIAN_NOT_AVAILABLE = frozenset({"9999.00", "9999", "9999.0"})
"""What GuruFocus prints as an industry median it does not have (a Shiller P/E page of 2014: 'Industry Median: 9999.00')."""
# The stock-alerts layout's quote bar: 'Market Cap : 29.72 B | Enterprise Value : 25.13 B | P/E (TTM) : 11.76 | P/B : 0.76 |'
QUOTE_BAR = compiled(r"^Market Cap : [^|]{0,40}\|(?: [^|:]{1,40} : [^|]{0,40}\|){1,8}\s*+$")
QUOTE_BAR_ITEM = compiled(r"(?:^| )(?P<label>[^|:]{1,40}?) : (?P<v>[^|\s][^|]{0,38}?)? ?\|")
QUOTE_BAR_METRICS = {"Market Cap": "market_cap", "Enterprise Value": "enterprise_value", "P/E (TTM)": "pe_ratio",
                     "PE Ratio": "pe_ratio", "P/B": "pb_ratio", "PB Ratio": "pb_ratio"}
"""What the quote bar's names are in the registry (the bar abbreviates: 'P/B' is the PB Ratio)."""
QUOTE_BAR_ZERO_FILLER = frozenset({"market_cap", "enterprise_value"})
"""The quote bar's amounts whose bare '0' (no scale, no decimals) is GuruFocus's filler for a listing it has no quote
of, never a value: 'Market Cap : 0 | Enterprise Value : 0 | PE Ratio : | PB Ratio : |' (Sears Canada, SRSCQ, bankrupt
in 2017, whose ratios beside them are blank; round-36 tester gqx F5). A live company's bar prints '463.33 M'."""
URL_COMPANY = compiled(r"/term/[^/]{1,80}/[^/]{1,60}/[^/]{1,120}/(?P<name>[^/?#]{1,200})")
"""The company's name a term page's address ends in, after the term's slug, the symbol and the term's name."""
URL_COMPANY_FILLERS = frozenset({"Array"})
"""What GuruFocus puts in the address where it has no name ('/term/ForwardDividendYield/LTS:0DJI/…/Array')."""
URL_NAME_IGNORED = frozenset({
    "inc", "ltd", "co", "corp", "corporation", "group", "holdings", "holding", "plc", "the", "and", "company", "limited",
    "bhd", "tbk", "pcl", "sa", "ag", "nv", "se", "spa", "asa", "ab", "as", "llc", "adr", "etf", "trust", "fund", "class",
    "shares", "de", "of"})
"""Words of company names that say nothing of which company: legal forms and the like, left out when the address's
name is compared with the page's."""
LEGAL_FORM_WORDS: tuple[str, ...] = ("Inc", "Ltd", "SA", "PLC", "Co", "& Co", "Corp", "AG", "NV", "AB", "AS", "ASA", "Bhd", "LLC",
                                     "SE", "SpA", "Tbk", "Limited")
"""The legal-form words GuruFocus cuts out of a legal name to make its short name (see ``_names``); '& Co' is cut as
one ('Forestal Constructora & Comercial …' -> 'Forestal Constructoramercial …')."""
SUFFIXED_POSSESSIVE_NAME = compiled(r"(?:^|\. |, )(?P<name>[A-Z][^.,'\n]{0,78}?, (?:"
                                    + "|".join(re.escape(w) for w in (*LEGAL_FORM_WORDS, "S.A", "N.V", "L.P", "Plc") if w[0] != "&")
                                    + r")\.?)'s ")
"""A possessive name that ends in a comma and a legal form, 'Monro Muffler Brake, Inc.'s E10 for …' (a 2013 page with no
title, round-50 tester z2 F2), which POSSESSIVE_NAME's commas and dots leave out; in every match: POSSESSIVE_WORD."""
HEADLINE_AT_LOSS = compiled(r"^(?:0(?:\.0+)? ?)?\(?At Loss\)?$")
"""GuruFocus's at-loss marker as a headline's value: 'At Loss' or '0 (At Loss)' (Interest Coverage : 0 (At Loss))."""
AT_LOSS_WORDS = "At Loss"
NEGATIVE_EQUITY_WORDS = "Negative Equity"
"""GuruFocus's word for a ratio over a negative equity ('ROE % : Negative Equity% (As of Mar. 2017)', GBSNQ)."""
HEADLINE_FOOTNOTE = compiled(r" \(\d{1,2}\)$")
"""A footnote's mark after a headline's text value: 'Interest Coverage : No Debt (1) (As of Mar. 2025)' (XKLS:9016),
whose note follows ('(1) Note: For Interest Coverage, "No debt" indicates no long-term debt. …')."""
AT_LOSS = compiled(r" (?:for|of) today is At Loss\.")
"""A ratio GuruFocus does not print because its base is a loss ('Therefore, X's PE Ratio (TTM) for today is At Loss.')."""


FORMULA_INPUT_WORDING: dict[str, dict[str, str]] = {
    "ev_to_ebit": {"operating_income": "ebit"},
    "earnings_yield_greenblatt": {"operating_income": "ebit"},
    # the bank term's page writes its own quantity 'net interest income' in every sentence ('Investor AB's net interest
    # income for the three months ended in Mar. 2024 was kr-2,348 Mil', round-20 ggd 008): there it is the headline's
    # and the rows' Net Interest Income (for Banks), elsewhere the income statement's term of its own
    "net_interest_income_for_banks": {"net_interest_income": "net_interest_income_for_banks"},
}
"""Inputs a formula's paragraph names by another term: EV-to-EBIT and Earnings Yield (Joel Greenblatt) pages write
'operating income' for the EBIT they divide by ('… divided by its EBIT. … BHP Billiton Ltd's operating income for the
trailing twelve months (TTM) ended in Dec. 2013 was $19,225 Mil.', and the 2014 calculation block
'EV/EBIT=Enterprise Value (Today)/Operating Income (TTM)'). There the number is the formula's EBIT: in the formula's
paragraph on any page, and in every fact of a page whose term is that formula's. Elsewhere Operating Income is a term
of its own (``operating_income``). Formula (and term) id -> the sentence's metric -> the input's."""

FORMULA_INPUT_STANDINS: dict[str, dict[str, str]] = {
    "peter_lynch_fair_value": {"ebitda_growth_5y_ttm": "ebitda_growth_5y", "book_value_growth_5y_ttm": "ebitda_growth_5y"},
}
"""Quantities of their own a formula's paragraph uses in place of one of its inputs: the Peter Lynch Fair Value of a
fund or bank multiplies by its book value's growth, not EBITDA's ('… PEG is 1. L1 Long Short Fund's 5-Year TTM Book Value
Growth Rate is 13.28. … Therefore, the Peter Lynch Fair Value for today is A$3.65.', ASX:LSF). The number is the
formula's input, but its fact keeps the sentence's own metric (unlike ``FORMULA_INPUT_WORDING``'s other names for one
quantity). Formula id -> the sentence's metric -> the input it stands in for."""
PERCENT_AS_NUMBER: dict[str, frozenset[str]] = {"peter_lynch_fair_value": frozenset({"ebitda_growth_5y"}),
                                                 "peg_ratio": frozenset({"ebitda_growth_5y"})}
"""Percent inputs a formula multiplies by as their number of percent, not as a fraction: Peter Lynch's fair P/E is the
growth rate itself (PEG 1), so a growth of 13.28% makes EPS A$0.28 worth A$3.72 ('1 * 11.16 * 6.16 = 68.75' in the
site's own calculation block). Formula id -> its inputs so taken."""
LYNCH_GROWTH_USED = (Decimal(5), Decimal(20))
"""Growth rates GuruFocus has always multiplied by as printed: it does not calculate below 5 and caps the rate, at 20 on
older pages ('If 5-Year Earnings Growth Rate is greater than 20% a year, we use 20') and at 25 later. Outside this
range a printed rate may not be the one the value was computed from, so a miss is no proof."""

GLUED_LABELS = compiled(r"(?<=[a-z])(?=[A-Z][a-z]++ )")
"""Where the site ran two labels together ('Long-Term Debt & Capital Lease ObligationTotal Assets ... was €445.6 Mil',
XPAR:EXPL, NEOE:IBM, NYSE:BRK.B 2017): a lower-case letter then a capital opening a word of the second label, whose
value the sentence states."""

TREND_BY_SIZE = frozenset({"accumulated_depreciation", "cash_flow_for_dividends"})
"""Metrics GuruFocus prints negative whose history sentences' 'increased' and 'declined' speak of their size: 'A negative
number here means the assets are depreciated. When depricates more, the absolute value gets bigger.', then 'increased
from Sep. 2023 (₩-20,711 Mil) to Dec. 2023 (₩-21,015 Mil)' (round-25 ggr 016, 034: eight false FAILs); 'A negative
number here means the payment of dividends. When pays more dividends, the absolute value gets bigger.', then 'payment
of dividends increased from Dec. 2021 (₱-1,364 Mil) to Dec. 2022 (₱-1,714 Mil)' (round-40 gua 036: four false FAILs)."""

# --- round 9: prose calculations (prose9) ---
# A ratio GuruFocus states for a period with its inputs: "X's Capital Expenditure for the three months ended in Dec. 2023
# was $-24.35 Mil. Its Operating Income ... was $33.61 Mil." then "Hence, X's Capex-to-Operating-Income for the three
# months ended in Dec. 2023 was 0.73." Each row: the ratio's id, the labels its sentence prints (lower case), its
# formula over the inputs' names, each input's labels (lower case, with a qualifier the sentence prints: 'annualized
# revenue' is not the quarter's revenue; a label without one never matches a qualified sentence), whether the result is a percent, whether a result
# its printed inputs cannot produce is a proof (False: GuruFocus divides by a value the paragraph does not print), and
# the formula as the site's calculation block writes it.
_TOTAL_DEBT = "(short_term_debt_capital_lease_obligation + long_term_debt_capital_lease_obligation)"
_TOTAL_DEBT_INPUTS = (("short_term_debt_capital_lease_obligation", ("short-term debt & capital lease obligation",)),
                      ("long_term_debt_capital_lease_obligation", ("long-term debt & capital lease obligation",)))
_TOTAL_DEBT_SHOWN = "(Short-Term Debt & Capital Lease Obligation + Long-Term Debt & Capital Lease Obligation)"
"""The debt the debt ratios of PERIOD_RATIOS divide (Debt-to-Revenue, Debt-to-EBITDA): the two printed debts' sum."""
PERIOD_RATIOS: tuple[tuple[str, tuple[str, ...], str, tuple[tuple[str, tuple[str, ...]], ...], bool, bool, str], ...] = (
    ("capex_to_operating_income", ("capex-to-operating-income",), "-capital_expenditure / operating_income",
     (("capital_expenditure", ("capital expenditure",)), ("operating_income", ("operating income",))), False, True,
     "Capex-to-Operating-Income = - Capital Expenditure / Operating Income"),
    # 'Hence, Osiris's Capex-to-Operating-Cash-Flow for the three months ended in Mar. 2006 was 1.18.' (gfp 021)
    ("capex_to_operating_cash_flow", ("capex-to-operating-cash-flow",), "-capital_expenditure / cash_flow_from_operations",
     (("capital_expenditure", ("capital expenditure",)), ("cash_flow_from_operations", ("cash flow from operations",))),
     False, True, "Capex-to-Operating-Cash-Flow = - Capital Expenditure / Cash Flow from Operations"),
    # 'Gogolook Co's COGS to Revenue for the three months ended in Mar. 2024 was 0.08.' (gfp 031-035)
    ("cogs_to_revenue", ("cogs to revenue", "cogs-to-revenue"), "cost_of_goods_sold / revenue",
     (("cost_of_goods_sold", ("cost of goods sold",)), ("revenue", ("revenue",))), False, True,
     "COGS-to-Revenue = Cost of Goods Sold / Revenue"),
    # the COGS-to-Revenue page's 'Gross Margin % for the three months ended in Mar. 2024 was 91.77%' under the same
    # paragraph's COGS and Revenue (gfp 031-035): the site's Gross Margin is Gross Profit / Revenue, and the page does not
    # print that its Gross Profit is Revenue - COGS, so a miss is worth a look, not a proof (and see PERIOD_RATIOS_WHOLE)
    ("gross_margin", ("gross margin %",), "(revenue - cost_of_goods_sold) / revenue",
     (("cost_of_goods_sold", ("cost of goods sold",)), ("revenue", ("revenue",))), True, False,
     "Gross Margin % = (Revenue - Cost of Goods Sold) / Revenue"),
    ("capex_to_revenue", ("capex-to-revenue",), "-capital_expenditure / revenue",
     (("capital_expenditure", ("capital expenditure",)), ("revenue", ("revenue",))), False, True,
     "Capex-to-Revenue = - Capital Expenditure / Revenue"),
    ("equity_to_asset", ("equity to asset ratio", "equity-to-asset"), "total_stockholders_equity / total_assets",
     (("total_stockholders_equity", ("total stockholders equity",)), ("total_assets", ("total assets",))), False, True,
     "Equity-to-Asset = Total Stockholders Equity / Total Assets"),
    ("liabilities_to_assets", ("liabilities-to-assets ratio", "liabilities-to-assets"), "total_liabilities / total_assets",
     (("total_liabilities", ("total liabilities",)), ("total_assets", ("total assets",))), False, True,
     "Liabilities-to-Assets = Total Liabilities / Total Assets"),
    ("goodwill_to_asset", ("goodwill to asset ratio", "goodwill-to-asset"), "goodwill / total_assets",
     (("goodwill", ("goodwill",)), ("total_assets", ("total assets",))), False, True,
     "Goodwill-to-Asset = Goodwill / Total Assets"),
    # a sum of day counts, each stated on its own line above the result
    ("cash_conversion_cycle", ("cash conversion cycle (ccc)", "cash conversion cycle"),
     "days_sales_outstanding + days_inventory - days_payable",
     (("days_sales_outstanding", ("days sales outstanding",)), ("days_inventory", ("days inventory",)),
      ("days_payable", ("days payable",))), False, True,
     "Cash Conversion Cycle = Days Sales Outstanding + Days Inventory - Days Payable"),
    ("fcf_margin", ("fcf margin %", "fcf margin"), "free_cash_flow / revenue",
     (("free_cash_flow", ("free cash flow",)), ("revenue", ("revenue",))), True, True,
     "FCF Margin % = Free Cash Flow / Revenue"),
    # read here, not as a registry formula: its inputs stay the period statements' facts, which gf.restated reads
    ("net_margin", ("net margin %", "net margin"), "net_income / revenue",
     (("net_income", ("net income",)), ("revenue", ("revenue",))), True, True, "Net Margin % = Net Income / Revenue"),
    ("ebitda_margin", ("ebitda margin %", "ebitda margin"), "ebitda / revenue",
     (("ebitda", ("ebitda",)), ("revenue", ("revenue",))), True, True, "EBITDA Margin % = EBITDA / Revenue"),
    ("pretax_margin", ("pretax margin %", "pretax margin", "pre-tax margin %", "pre-tax margin"), "pretax_income / revenue",
     (("pretax_income", ("pre-tax income", "pretax income")), ("revenue", ("revenue",))), True, True,
     "Pretax Margin % = Pre-Tax Income / Revenue"),
    # older pages print the current portion of long-term debt and 'Total Equity' as the two inputs
    ("debt_to_equity", ("debt to equity", "debt-to-equity"), "(short_term_debt + long_term_debt) / total_stockholders_equity",
     (("short_term_debt", ("short-term debt & capital lease obligation", "short-term debt", "current portion of long-term debt")),
      ("long_term_debt", ("long-term debt & capital lease obligation", "long-term debt")),
      ("total_stockholders_equity", ("total stockholders equity", "total equity"))), False, True,
     "Debt-to-Equity = (Short-Term Debt & Capital Lease Obligation + Long-Term Debt & Capital Lease Obligation) / "
     "Total Stockholders Equity"),
    # 'X's debt to asset for the quarter that ended in Dec. 2023 was 0.24.' after the two debts and Total Assets, which
    # the site glues onto the debt's label ('Long-Term Debt & Capital Lease ObligationTotal Assets ... was €445.6 Mil':
    # XPAR:EXPL, NEOE:IBM; NYSE:BRK.B 2017 prints the current portion of long-term debt as the first debt)
    ("debt_to_asset", ("debt to asset", "debt-to-asset"), "(short_term_debt + long_term_debt) / total_assets",
     (("short_term_debt", ("short-term debt & capital lease obligation", "current portion of long-term debt")),
      ("long_term_debt", ("long-term debt & capital lease obligation",)), ("total_assets", ("total assets",))), False, True,
     "Debt-to-Asset = (Short-Term Debt & Capital Lease Obligation + Long-Term Debt & Capital Lease Obligation) / "
     "Total Assets"),
    ("market_cap", ("market cap",), "share_price * shares_outstanding_eop",
     (("share_price", ("share price",)), ("shares_outstanding_eop", ("shares outstanding", "shares outstanding (eop)"))), False, True,
     "Market Cap = Share Price x Shares Outstanding"),
    # a number of days: the ratio times the days of the inputs' span (DAYS_IN_PERIOD), which the sentence does not print;
    # an input label may carry its qualifier ('Average Total Inventories', 'average Accounts Payable')
    ("days_inventory", ("days inventory",), "total_inventories / cost_of_goods_sold * days_in_period",
     (("total_inventories", ("average total inventories", "total inventories")),
      ("cost_of_goods_sold", ("cost of goods sold",))), False, True,
     "Days Inventory = Average Total Inventories / Cost of Goods Sold * Days in Period"),
    ("days_sales_outstanding", ("days sales outstanding",), "receivables / revenue * days_in_period",
     (("receivables", ("average accounts receivable", "accounts receivable", "account receivable")),
      ("revenue", ("revenue",))), False, True,
     "Days Sales Outstanding = Average Accounts Receivable / Revenue * Days in Period"),
    ("days_payable", ("days payable",), "accounts_payable / cost_of_goods_sold * days_in_period",
     (("accounts_payable", ("average accounts payable", "accounts payable", "payable")), ("cost_of_goods_sold", ("cost of goods sold",))),
     False, True, "Days Payable = Average Accounts Payable / Cost of Goods Sold * Days in Period"),
    # the calculation block divides by the mean of the period's opening and closing Total Assets; the prose prints
    # only the closing one, so a result it cannot give is worth a look, not a proof
    ("asset_turnover", ("asset turnover",), "revenue / total_assets",
     (("revenue", ("revenue",)), ("total_assets", ("total assets",))), False, False,
     "Asset Turnover = Revenue / Average Total Assets"),
    # --- round 13 (amount13): debt ratios of the amount terms' pages (gfk) ---
    # 'Hongkong Chinese's annualized Debt-to-Revenue for the quarter that ended in Jun. 2023 was 6.30.' after the two
    # debts and the 'annualized Revenue' of the quarter (HKSE:00655): a label keeps its qualifier, so an annualized
    # result is recomputed from the annualized input only, never from a quarter's revenue
    ("debt_to_revenue", ("annualized debt-to-revenue",), f"{_TOTAL_DEBT} / revenue",
     (*_TOTAL_DEBT_INPUTS, ("revenue", ("annualized revenue",))), False, True,
     f"Debt-to-Revenue = {_TOTAL_DEBT_SHOWN} / annualized Revenue"),
    # 'Getnet's annualized Debt-to-EBITDA for the quarter that ended in Sep. 2022 was 1.09.' after the two debts and the
    # 'annualized EBITDA' of the quarter (BSP:GETT3, ASX:XPN round-16 gfu 031): as Debt-to-Revenue, from the annualized
    # input only
    ("debt_to_ebitda", ("annualized debt-to-ebitda",), f"{_TOTAL_DEBT} / ebitda",
     (*_TOTAL_DEBT_INPUTS, ("ebitda", ("annualized ebitda",))), False, True,
     f"Debt-to-EBITDA = {_TOTAL_DEBT_SHOWN} / annualized EBITDA"),
    # 'OFS Capital's LT-Debt-to-Total-Asset for the quarter that ended in Dec. 2023 was 0.64.' (NAS:OFS, NAS:GUID)
    ("lt_debt_to_total_asset", ("lt-debt-to-total-asset",), "long_term_debt_capital_lease_obligation / total_assets",
     (("long_term_debt_capital_lease_obligation", ("long-term debt & capital lease obligation",)),
      ("total_assets", ("total assets",))), False, True,
     "LT-Debt-to-Total-Asset = Long-Term Debt & Capital Lease Obligation / Total Assets"),
    # --- round 14 (gfq #6): 'Malakoff Bhd's Operating Income for the three months ended in Dec. 2023 was RM194 Mil.
    # Malakoff Bhd's Interest Expense … was RM-137 Mil. Malakoff Bhd's interest coverage for the quarter that ended in
    # Dec. 2023 was 1.41.' (XKLS:5264): the expense is printed negative, and the ratio divides by its size; which cases
    # GuruFocus computes is PERIOD_RATIO_CASES'
    ("interest_coverage", ("interest coverage",), "operating_income / -interest_expense",
     (("operating_income", ("operating income",)), ("interest_expense", ("interest expense",))), False, True,
     "Interest Coverage = Operating Income / -Interest Expense"),
    # round-19 ggb F-4, round-20 ggf F4: '… Tax Expense for the three months ended in Dec. 2024 was ₹73 Mil. … Pre-Tax
    # Income … was ₹130 Mil. Therefore, …'s Tax Rate % for the quarter that ended in Dec. 2024 was 55.99%.' (NSE:THEINVEST):
    # on all 14 real pages the printed numbers' plain quotient, a tax benefit's negative rate (-0.05 / 0.02, -270.00%)
    # and a rate over 100% (12.87 / 10.68, 120.59%) alike
    ("tax_rate", ("tax rate %",), "tax_expense / pretax_income",
     (("tax_expense", ("tax expense",)), ("pretax_income", ("pre-tax income", "pretax income"))), True, True,
     "Tax Rate % = Tax Expense / Pre-Tax Income"),
    # --- round 17 (gfw, gfx): 'Asiro's Revenue for the three months ended in Apr. 2024 was 円1,160 Mil. Asiro's average
    # Accounts Receivable … was 円580 Mil. Hence, Asiro's Receivables Turnover for the three months ended in Apr. 2024 was
    # 2.00.' (TSE:7378, ASX:GUL, ASMMF: a quarter's or half-year's turnover, not annualized)
    # '… Average Total Inventories for the quarter that ended in Mar. 2023 was COP1,723,991 Mil. … Revenue for the three
    # months ended in Mar. 2023 was COP9,148,909 Mil. … Inventory-to-Revenue for the quarter that ended in Mar. 2023 was
    # 0.19.' (BOG:TERPEL, round-18 lb5 005; the Days Inventory and Inventory Turnover pages print it too)
    ("inventory_to_revenue", ("inventory-to-revenue",), "total_inventories / revenue",
     (("total_inventories", ("average total inventories", "total inventories")), ("revenue", ("revenue",))), False, True,
     "Inventory-to-Revenue = Average Total Inventories / Revenue"),
    ("receivables_turnover", ("receivables turnover",), "revenue / receivables",
     (("revenue", ("revenue",)), ("receivables", ("average accounts receivable",))), False, True,
     "Receivables Turnover = Revenue / Average Accounts Receivable"),
    # the annualized rates of a quarter: '… annualized Net Interest Income (for Banks) … was $32.33 Mil. … average earning
    # assets … was $1,155.46 Mil. Therefore, … annualized Net Interest Margin (Bank Only) % … was 2.80%.' (USMT), and
    # Effective Interest Rate on Debt (ERFB), Return-on-Tangible-Asset (TECTP), Return-on-Tangible-Equity (RTD:TUNB):
    # the annualized result from the annualized input only
    ("net_interest_margin_bank_only", ("annualized net interest margin (bank only) %",), "net_interest_income / earning_assets",
     (("net_interest_income", ("annualized net interest income (for banks)",)), ("earning_assets", ("average earning assets",))),
     True, True, "Net Interest Margin (Bank Only) % = annualized Net Interest Income (for Banks) / average earning assets"),
    # the 2018 wording has no '%' ('… annualized effective interest rate on debt for the quarter …', ggi 017 NYSE:RMT)
    ("effective_interest_rate_on_debt", ("annualized effective interest rate on debt %", "annualized effective interest rate on debt"),
     "interest_expense / total_debt",
     (("interest_expense", ("annualized positive value of interest expense",)), ("total_debt", ("average total debt",))),
     True, True, "Effective Interest Rate on Debt % = annualized positive value of Interest Expense / average total debt"),
    ("return_on_tangible_asset", ("annualized return-on-tangible-asset",), "net_income / tangible_assets",
     (("net_income", ("annualized net income",)), ("tangible_assets", ("average total tangible assets",))), True, True,
     "Return-on-Tangible-Asset = annualized Net Income / average total tangible assets"),
    # 'GSI Creos's annualized Gross Profit for the quarter that ended in Dec. 2023 was 円15,876 Mil. GSI Creos's average
    # Total Assets over the quarter that ended in Dec. 2023 was 円71,703 Mil. Therefore, GSI Creos's annualized
    # Gross-Profit-to-Asset % for the quarter that ended in Dec. 2023 was 22.14%.' (TSE:8101, round-33 ghk F3): the
    # annualized form only, as Return-on-Tangible-Asset's (a quarter's own Gross Profit beside it is not this input)
    ("gross_profit_to_asset", ("annualized gross-profit-to-asset %", "annualized gross-profit-to-asset"),
     "gross_profit / total_assets",
     (("gross_profit", ("annualized gross profit",)), ("total_assets", ("average total assets",))), True, True,
     "Gross-Profit-to-Asset % = annualized Gross Profit / average Total Assets"),
    ("return_on_tangible_equity", ("annualized return-on-tangible-equity",), "net_income / tangible_equity",
     (("net_income", ("annualized net income",  # the 2021+ wording (round-20 gge 014, AAPL 2022):
                       "annualized net income attributable to common stockholders")),
      ("tangible_equity", ("average shareholder tangible equity",))), True, True,
     "Return-on-Tangible-Equity = annualized Net Income / average shareholder tangible equity"),
)
PERIOD_RATIOS_WHOLE = frozenset({"gross_margin", "inventory_to_revenue"})
"""PERIOD_RATIOS built only where the paragraph states every input: a Gross Margin page states Gross Profit and Revenue
above its Gross Margin %, whose COGS the paragraph never prints; an Inventory Turnover page states Average Total
Inventories above its Inventory-to-Revenue without the revenue (no calculation, not a skip for an unstated input)."""
PERIOD_RATIO_CASES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "interest_coverage": (
        ("interest_expense", "negative",
         "GuruFocus computes Interest Coverage over an interest expense it prints negative (paid) only: where there is "
         "none it prints 'No Debt', and otherwise it says it does not calculate it (XKLS:9016, XTAE:FBRT)"),
        ("operating_income", "not negative",
         "GuruFocus does not compute the coverage of an operating loss: it prints 0 or 'At Loss' (NAS:GYRO 2014: "
         "$-1.11 Mil over $-0.20 Mil printed as 0.00)"),
    ),
}
"""The case of a PERIOD_RATIOS row its formula holds in, where GuruFocus computes the ratio only in one: the ratio's id
-> (input name, the sign its printed value must have, why another is not the formula's case). A paragraph outside the
case is a skip with that reason; one inside it is recomputed (a divisor printed as -0.00 may be zero: a skip too)."""
TODAY_PB = compiled(
    r"(?:'s |^)current price is " + _CALC_VALUE.replace("(?P<v>", "(?P<pv>").replace("(?P<scale>", "(?P<pscale>")
    + r"\. Its book value per share for the (?P<span>quarter|fiscal year|three months|six months) (?:that )?ended in "
    r"(?P<period>" + _MONTH_YEAR + r") was "
    + _CALC_VALUE.replace("(?P<v>", "(?P<bv>").replace("(?P<scale>", "(?P<bscale>")
    + r"\. Hence, today's PB Ratio of (?:[^.]|\.(?! )){0,120}?\.? is " + _CALC_VALUE + r"(?=\.(?:\s|$)|\s*+$)"
)
"""'X's current price is A$0.024. Its book value per share for the quarter that ended in Dec. 2023 was A$0.05. Hence,
today's PB Ratio of X is 0.33.' (book-value-per-share pages): today's price over a past quarter's book value."""
TODAY_PB_WORDS = "today's PB Ratio of "
CONVERTING_VENUES = frozenset({"OTCPK", "OTCQX", "OTCQB", "GREY", "FRA", "XTER", "STU", "BER", "MUN", "DUS", "XHAM",
                               # round-35 gic F1: Mexico's SIC (MEX:241), Argentina's CEDEARs, Vienna's global market
                               # (WBO:NNND), London's international order book (LTS:0LEA), Santiago's foreign segment,
                               # NEO's CDRs
                               "MEX", "BUE", "WBO", "LTS", "XSGO", "NEOE"})
"""Venues where GuruFocus lists companies that report in another currency, printing their amounts converted: a ratio of
today's price to a past period's converted amount mixes two exchange rates the page does not print. Some of these list
home companies too, whose amounts are not converted: there a ratio its inputs cannot give is a warning that may have
been a proof, a miss this project prefers to a false alarm."""
CONVERTING_TICKERS = {"BSP": compiled(r"[A-Z0-9]{4}3[1-59]")}
"""Venues whose foreign listings their tickers show, and the shape of those: Brazil's BDRs end in 31-35 or 39 (BSP:TMCO34,
Toyota in R$: its FCF Yield -1.18% against R$-17,999 Mil / R$1,567,963 Mil, -1.148%, failed where the same template on
FRA and OTCPK warned, round-35 gic F1; M1TA34, Meta's, holds a digit where its home ticker would clash), where a home
company's shares end in 3-8 or 11 (BSP:WTSP11B), whose amounts are the company's own."""


def converting_venue(exchange: str | None, ticker: str | None) -> bool:
    """Whether GuruFocus prints this listing's amounts converted from the company's own currency (see
    ``CONVERTING_VENUES``, ``CONVERTING_TICKERS``)."""
    if exchange in CONVERTING_VENUES:
        return True
    shape = CONVERTING_TICKERS.get(exchange or "")
    return shape is not None and ticker is not None and shape.fullmatch(ticker) is not None


ZERO_AS_PRINTED = frozenset({"goodwill", "intangible_assets", "capital_expenditure", "total_inventories", "receivables",
                             "accounts_payable", "short_term_debt_capital_lease_obligation",
                             "long_term_debt_capital_lease_obligation"})
"""Inputs a company may truly have none of (a bank's goodwill, a shell's capex, a service company's inventories): one
printed 0 may be taken as printed where the term's rows print only '-' (``_audit_common._dash_in_own_row``). Revenue,
assets, costs and cash flows are never 0 for a company that reports: a 0 of theirs is GuruFocus's for a value it does
not have (round-50 reviewer R1: FIBRA Macquarie's revenue edited to MXN0.00 passed as a value)."""
TODAY_OVER_PAST = frozenset({"price_to_tangible_book", "price_to_fcf", "margin_of_safety_dcf_dividends_based",
                             "margin_of_safety_dcf_earnings_based", "margin_of_safety_dcf_fcf_based"})
"""Prose results ('… Ratio of today is 0.56') of today's price over a past period's amount per share: on a converting
venue their printed inputs mix two exchange rates (as today's PB Ratio on book-value pages). So does a margin of safety,
today's price against an intrinsic value worked out from past periods' amounts: 'intrinsic value … is R$359.73 and
current share price is R$153.59. Consequently, … Margin of Safety % … is 56.73%' (BSP:HOND34, Honda's Brazilian
receipt, where the two printed amounts give 57.30%: a FAIL, round-50 tester q1)."""
MIXED_RATE_RATIOS = TODAY_OVER_PAST | frozenset({
    "earnings_yield_greenblatt", "ev_to_ebit", "ev_to_ebitda", "ev_to_revenue", "ev_to_fcf", "ev_to_ocf", "pe_ratio", "pe_ratio_without_nri",
    "ps_ratio", "pb_ratio", "fcf_yield", "dividend_yield", "forward_dividend_yield", "price_to_owner_earnings",
    "price_to_operating_cash_flow"})
"""Ratios of two amounts GuruFocus converts at the exchange rates of different days on a converting venue: today's price
or a quarter's Enterprise Value over twelve months' flow, say ('Enterprise Value for the quarter that ended in Aug. 2022
was $57.11 Mil … EBIT for the trailing twelve months … was $-39.70 Mil … Earnings Yield … was -68.49%', where the two
printed amounts give -69.51%: OTCPK:EWGFF, a Canadian company, round-32 ghe F1)."""
# A history sentence of the site's own values, period first: "X's quarterly market cap declined from Mar. 2013 ($82,230
# Mil) to Sep. 2013 ($78,440 Mil) but then increased from Sep. 2013 ($78,440 Mil) to Mar. 2014 ($83,832 Mil)." The
# head names the frequency and the quantity; each "<verb> from <period> (<value>) to <period> (<value>)" states the
# quantity for two periods and which way it went between them. The frequency word may be missing ("OFS Capital's
# LT-Debt-to-Total-Asset increased from Dec. 2022 (0.64) to Dec. 2023 (0.64)"; Days Payable, Days Sales Outstanding).
TREND_VERBS = ("increased", "declined", "decreased", "stayed the same", "remained the same")
"""The direction words of a history sentence, as printed."""
TREND_WORDS = ("d from ", "same from ")
"""Literals one of which every history sentence holds (its first verb before 'from')."""
_TREND_VERB = "(?:" + "|".join(TREND_VERBS) + ")"
TREND_HEAD = compiled(
    r"'s (?:(?P<freq>quarterly|annual) )?(?P<label>" + _COMMA_TERM + r"|[A-Za-z][A-Za-z &\-]{0,40}?) (?=" + _TREND_VERB + " from )"
)
_TREND_AT = (r"(?P<period{k}>" + _MONTH + r"\.? \d{{4}}) "
             r"\((?P<v{k}>(?:[A-Z]{{3}} )?[^\s\d()]{{0,4}}-?(?:\d{{1,3}}(?:,\d{{3}}){{1,6}}|\d{{1,20}})(?:\.\d{{1,8}})?%?)"
             r"(?P<scale{k}> (?:Mil|Bil))?\)")
TREND_SEGMENT = compiled(
    r"\b(?P<verb>" + _TREND_VERB + ") from " + _TREND_AT.format(k=1) + " to " + _TREND_AT.format(k=2)
)
"""One step of a history sentence: its verb and its two points (groups period1, v1, scale1 and period2, v2, scale2)."""
TREND_SPAN = 600
"""How far after its head a history sentence's points are read (a sentence of four points is ~200 characters)."""
# A sum stated in words, period first (cash-flow-from-operations pages): "For the three months ended in Mar. 2024,
# Flex's Net Income From Continuing Operations was €363 Mil. Its Depreciation, Depletion and Amortization was €135 Mil.
# … And its Cash Flow from Others was €-0 Mil. In all, Flex's Cash Flow from Operations for the three months ended in
# Mar. 2024 was €625 Mil." The head names the period and the first part; each part follows the one before.
BREAKDOWN_SUMS = frozenset({"cash_flow_from_operations"})
"""Totals a breakdown paragraph defines as the plain signed sum of the parts it lists ('In all, … Cash Flow from
Operations …'): only these are checked as sums (another template's 'In all' need not be one)."""
BREAKDOWN_WORDS = ("For the ", "In all, ")
"""Literals every stated breakdown holds: its head and its total."""
_BREAKDOWN_SPAN = r"(?P<span>three months|six months|nine months|fiscal year|quarter|year)"
_BREAKDOWN_VALUE = (r"(?P<v>(?:[A-Z]{3} )?[^\s\d]{0,4}-?(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,20})(?:\.\d{1,8})?)"
                    r"(?P<scale> (?:Mil|Bil))?")
BREAKDOWN_HEAD = compiled(
    r"^For the " + _BREAKDOWN_SPAN + r" (?:that )?ended in (?P<period>" + _MONTH_YEAR + r"), (?P<name>[^,]{1,120}?)'s (?=[A-Za-z])"
)
BREAKDOWN_PART = compiled(
    r"(?P<label>[A-Za-z][A-Za-z ,&\-]{0,80}?) was " + _BREAKDOWN_VALUE + r"\. (?:(?:And i|I)ts )?(?=[A-Za-z])"
)
"""One part, matched where the one before ended: 'Its Change In Working Capital was €126 Mil. '."""
BREAKDOWN_TOTAL = compiled(
    r"In all, [^,]{1,120}?'s (?P<label>[A-Za-z][A-Za-z ,&\-]{0,80}?) for the " + _BREAKDOWN_SPAN
    + r" (?:that )?ended in (?P<period>" + _MONTH_YEAR + r") was " + _BREAKDOWN_VALUE + r"(?=\.(?:\s|$)|\s*+$)"
)
BREAKDOWN_MIN_PARTS = 2
"""A sum of fewer parts is no breakdown."""
# The cash-flow paragraphs that word each part and their total by a verb, its sign (cash-from-financing pages, round-20
# ggd 016-018, round-21 ggh 021; cash-flow-from-investing pages, round-22 ggj): "For the three months ended in Mar. 2024,
# Guolian Securities Co paid €0.0 Mil more to buy back shares than it received from issuing new shares. It received
# €407.7 Mil from issuing more debt. … It spent €227.1 Mil on other financial activities. In all, Guolian Securities Co
# earned €150.7 Mil on financial activities for the three months ended in Mar. 2024." and "… Symbolic Logic spent $0.00
# Mil on purchasing property, plant, equipment. It gained $0.00 Mil from selling property, plant, and equipment. … It
# paid $0.00Mil for net Intangibles purchase and sale. And it paid $0.00 Mil for other investing activities. In all,
# Symbolic Logic spent $0.75 Mil on investment activities in financial market and operating subsidiaries for the three
# months ended in Sep. 2022." The scale may touch its number ('$0.00Mil').
_VERB_VALUE = (r"(?P<v>(?:[A-Z]{3} )?[^\s\d]{0,4}-?(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,20})(?:\.\d{1,8})?)"
               r"(?P<scale> ?(?:Mil|Bil))?")
_CASH_VERBS = r"(?P<verb>paid|received|spent|gained|earned)"
VERB_BREAKDOWN_HEAD = compiled(
    r"^For the " + _BREAKDOWN_SPAN + r" (?:that )?ended in (?P<period>" + _MONTH_YEAR + r"), (?P<name>[^,]{1,120}?) "
    r"(?=(?:paid|received|spent|gained|earned) )"
)
VERB_BREAKDOWN_PART = compiled(
    r"(?:(?:And i|I)t )?" + _CASH_VERBS + " " + _VERB_VALUE + r" (?P<label>(?:more )?(?:to|from|on|for|paying) [^.]{1,120}?)\. "
)
"""One part, matched where the one before ended: 'It spent €30.0 Mil paying cash dividends to shareholders. '."""
VERB_BREAKDOWN_TOTAL = compiled(
    r"In all, [^,]{1,120}? " + _CASH_VERBS + " " + _VERB_VALUE + r" on (?P<activity>financial|investment) activities"
    r"(?: in financial market and operating subsidiaries)? for the " + _BREAKDOWN_SPAN + r" (?:that )?ended in "
    r"(?P<period>" + _MONTH_YEAR + r")(?=\.(?:\s|$)|\s*+$)"
)
CASH_OUTFLOW_VERBS = frozenset({"paid", "spent"})
"""The verbs of cash going out: a part or total so worded is the negative of its printed number ('spent €227.1 Mil')."""
VERB_BREAKDOWN_TOTALS = {"financial": "Cash Flow from Financing", "investment": "Cash Flow from Investing"}
"""The total each paragraph's 'In all, … on <activity> activities' names."""
UNSIGNED_WORDING_PARTS = ("more to buy back ", "more from issuing ")
"""Parts whose wording may not follow their sign: every real paragraph seen prints 'paid €0.0 Mil more to buy back
shares than it received from issuing new shares' with a zero, so how the site words a net issuance is not known. A
paragraph with such a part not zero is not summed (a note says so), never a FAIL on a guess (round-21 ggl D3)."""
# "Teikoku Sen-I Co's Enterprise Value for Today is 円41,048 Mil." (market-cap pages): today's enterprise value
TODAY_VALUE = compiled(
    r"'s (?P<label>Enterprise Value) for Today is (?P<v>(?:[A-Z]{3} )?[^\s\d]{0,4}-?(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,20})"
    r"(?:\.\d{1,8})?)(?P<scale> (?:Mil|Bil))?(?=\.(?:\s|$)|\s*+$)", re.IGNORECASE
)
TODAY_VALUE_WORDS = " for today is "
