"""The header is read from the breadcrumb wherever a saved menu or banner pushed it (round-32 new user NU-3).

With 38 or more lines above the breadcrumb (a site menu saved with the page), the headline and the name were not read:
the notes said the page had none, and a headline edited to 25.00 against 18.20 passed. Synthetic variants of seed 001
with lines put above it, in the text and the HTML form."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_text

FIX = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus"
TEXT = (FIX / "seeds" / "001_39c86e187c513272.txt").read_text(encoding="utf-8")
HTML = (FIX / "html" / "001_39c86e187c513272.html").read_text(encoding="utf-8")


def _restated(text: str, source: str) -> list[Status]:
    doc = parse_text(text, source=source)
    assert doc.security.name == "NAURA Technology Group Co" and not [n for n in doc.notes if n.code == "lacks_headline"]
    return [c.status for c in audit(doc).checks if c.rule == "gf.restated" and (c.subject or "").startswith("cyclically_adjusted_pb_ratio (today)")]


@pytest.mark.parametrize("above", [0, 10, 40, 60, 200, 800, 2000])
def test_a_page_below_a_menu_is_read_and_checked(above: int) -> None:
    menu = "".join(f"Menu item {k}\n" for k in range(above))
    assert _restated(menu + TEXT, "menu.txt") == [Status.WARN]
    tampered = TEXT.replace("Cyclically Adjusted PB Ratio : 18.20 (As of", "Cyclically Adjusted PB Ratio : 25.00 (As of", 1)
    assert tampered != TEXT
    assert _restated(menu + tampered, "menu.txt") == [Status.FAIL]


def test_an_html_page_below_sixty_menu_items_is_read_and_checked() -> None:
    menu = "".join(f'<div class="item"><a>Menu {k}</a></div>\n' for k in range(60))
    body = HTML.index(">", HTML.index("<body")) + 1
    tampered = HTML.replace('<span class="term-value">18.20</span>', '<span class="term-value">25.00</span>', 1)
    assert tampered != HTML
    assert _restated(tampered[:body] + menu + tampered[body:], "menu.html") == [Status.FAIL]


def test_an_html_page_below_a_long_menu_of_divs_is_read_and_checked() -> None:
    """A saved menu of 400 '<div>' items (about 20,000 characters) above the content: detection read the first 8,000
    characters only and refused the page as 'not a page of a known kind' at line 1 (round-46 new user F1)."""
    menu = "".join(f'<div class="item"><a href="/m/{k}">Menu entry number {k}</a></div>\n' for k in range(400))
    body = HTML.index(">", HTML.index("<body")) + 1
    assert len(menu) > 20_000
    assert _restated(HTML[:body] + menu + HTML[body:], "menu.html") == [Status.WARN]


def test_a_text_with_no_header_in_its_window_is_refused_saying_where_detection_looked() -> None:
    """Beyond the window detection reads, the refusal names the window, not only 'not a page'."""
    from quotecheck.parsers import UnknownPageKind
    from quotecheck.parsers._sniff import SNIFF_CHARS

    menu = "".join(f"Menu item {k}\n" for k in range(SNIFF_CHARS // 10))
    with pytest.raises(UnknownPageKind, match=f"first {SNIFF_CHARS:,} characters"):
        parse_text(menu + TEXT.split("GURUFOCUS.COM", 1)[0] + "nothing of a page", source="menu.txt")
