"""Score verdicts in the wordings the site also prints (round-42 tester xb F4, F5).

The old layout's 'has a M-score of -1.75 signals that the company is a manipulator' (NAS:GHDX) was never read: the
pattern knew only 'suggests'. The Altman Z2-Score's 'has a Altman Z2-Score of -0.31, indicating it is in Distress Zones'
and its zones (HKSE:01001) were never read: the lines' gate looked for 'Z-Score'. Each verdict is checked against the
page's zones, and a synthetic edit that contradicts them FAILs."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
GHDX = REAL / "gurufocus_mscore_NAS-GHDX_Dec16.txt"
Z2 = REAL / "gurufocus_z2score_HKSE-01001.txt"
M_VERDICT = "Genomic Health Inc has a M-score of -1.75 signals that the company is a manipulator."
Z2_VERDICT = "has a Altman Z2-Score of -0.31, indicating it is in Distress Zones."


def _status(page: Path, rule: str, line: int, *edits: tuple[str, str]) -> Status:
    (check,) = [c for c in checked(page, *edits) if c.rule == rule and c.quoted is not None and c.quoted.line == line]
    return check.status


@pytest.mark.parametrize(("page", "rule", "line", "edit", "status"), [
    (GHDX, "gf.mscore.verdict", 15, None, Status.PASS),
    (GHDX, "gf.mscore.verdict", 15, (M_VERDICT, M_VERDICT.replace("-1.75", "-3.05")), Status.FAIL),
    (Z2, "gf.score.verdict", 16, None, Status.PASS),
    (Z2, "gf.score.verdict", 16, (Z2_VERDICT, Z2_VERDICT.replace("Distress", "Safe")), Status.FAIL),
])
def test_the_verdict_is_read_and_judged_by_the_zones(page: Path, rule: str, line: int,
                                                      edit: tuple[str, str] | None, status: Status) -> None:
    assert _status(page, rule, line, *([edit] if edit else [])) is status


def test_the_z2_zones_are_read_as_altmans() -> None:
    zones = {c.subject: c.status for c in checked(Z2) if c.rule == "gf.score.zone"}
    assert zones == {"altman z2 score distress threshold (line 20)": Status.PASS,
                     "altman z2 score safe threshold (line 21)": Status.PASS}
