"""The address's company name against the page's (round-36 tester gih F4).

ASX:WDS's Days Sales Outstanding page of 2014 is WDS Ltd's, a construction company, under an address that ends in
'Woodside-Energy-Group', the company that has traded as ASX:WDS since 2022: nothing said that the two differ, and both
would be stored under one id. The edits are synthetic, made from the real page."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import parsed

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_dso_ASX-WDS_2014.txt"
SLUG = "/Woodside-Energy-Group"


def _notes(slug: str) -> list[str]:
    return [n.message for n in parsed(PAGE, (SLUG, slug)).notes if n.code == "url_name_mismatch"]


def test_another_company_in_the_address_is_noted() -> None:
    [message] = _notes(SLUG)
    assert "'Woodside Energy Group'" in message and "'WDS Ltd'" in message and "the page's security is used" in message


@pytest.mark.parametrize("slug", [
    "/WDS-Ltd",  # the page's own name
    "/WDS",  # its short name
    "/WDS%2BLtd",  # encoded as older addresses are
    "/WDS%252C%2BLtd",  # encoded twice
    "/Array",  # GuruFocus's filler where it has no name
    "",  # an address without a name
], ids=["same", "short", "encoded", "encoded-twice", "filler", "none"])
def test_the_same_company_or_none_is_not_noted(slug: str) -> None:
    assert _notes(slug) == []
