"""A 'Switch to:' page captured from below its 'Switch to:' line is still a term page (round-34 tester ghx F1).

Real page fixtures/gurufocus/realpages/gurufocus_ChangeInReceivables_NYSE-JNJ_2016.txt (2016): its stacked title
block 'Johnson & Johnson (NYSE:JNJ)' / 'Change In Receivables' / '\\$-329 Mil (As of Dec. 2016)' named the security,
but detection counted two marks of a term page (the headline, the sections), not the three it needs, and refused it
as 'not a page of a known kind'. The edited variants are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, UnknownPageKind, audit, parse_text
from quotecheck.parsers.gurufocus._detect import markers

PAGE = (Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
        / "gurufocus_ChangeInReceivables_NYSE-JNJ_2016.txt").read_text(encoding="utf-8")


def test_the_title_block_makes_it_a_term_page() -> None:
    doc = parse_text(PAGE, source="jnj.txt")
    assert (doc.security.name, doc.security.exchange, doc.security.ticker, doc.term) == (
        "Johnson & Johnson", "NYSE", "JNJ", "Change In Receivables")
    checks = audit(doc).checks
    assert [c.status for c in checks if c.rule == "gf.calc.arithmetic"] == [Status.PASS]  # 11699 / 18106 x 91


@pytest.mark.parametrize("broken", [
    ("Johnson & Johnson (NYSE:JNJ)\n", "Johnson & Johnson\n"),  # no symbol: nothing names a security
    ("\\$-329 Mil (As of Dec. 2016)", "\\$-329 Mil"),  # no headline under the term
])
def test_a_block_that_names_no_security_or_value_is_no_mark(broken: tuple[str, str]) -> None:
    assert "title_block" in markers(PAGE) and "title_block" not in markers(PAGE.replace(*broken))


def test_a_made_up_block_with_one_more_heading_is_no_page() -> None:
    """The second read of round 34: the block's last line is a headline too, so the block and the headline are one mark,
    not two; this text, with nothing GuruFocus's own, was read as a term page with a fact of $100 Mil."""
    acme = "Acme Widgets Inc (NYSE:ACME)\nRevenue\n$100 Mil (As of Dec. 2016)\n\nThe Calculation\n"
    with pytest.raises(UnknownPageKind):
        parse_text(acme, source="acme.txt")
