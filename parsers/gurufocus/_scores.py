"""Score pages' zones and verdicts: Altman Z ('When Altman Z-Score <= 1.8, it is in Distress Zones.') and
Piotroski F ('Good or high score = 7, 8, 9', 'has an F-score of 8. It is a good or high score')."""

from __future__ import annotations

from .. import _build as build
from .._models import Statement, StatementKind, Unit
from . import _labels as L
from ._lines import Page
from ._sink import Sink


def read_scores(page: Page, sink: Sink) -> list[Statement]:
    """Zone rules as METHOD statements, verdicts as VERDICT statements, the values they quote as facts."""
    out: list[Statement] = []
    for _, n, text in page.filled():  # a blank line states nothing
        s = text.strip()
        if "Z-Score" in s or "Z2-Score" in s:  # 'Altman Z2-Score' holds no 'Z-Score' (round-42 tester xb F5)
            zm = L.ZSCORE_ZONE.match(s)
            if zm:
                metric = "altman_z2_score" if "Z2" in zm.group("label") else "altman_z_score"
                out.append(build.Statement(kind=StatementKind.METHOD, subject=f"{metric}.zone", value=zm.group("zone"),
                                     qualifier=f"{L.ZSCORE_OPS.get(zm.group('op'), zm.group('op'))} {zm.group('t')}", line=n))
            for vm in L.ZSCORE_VERDICT.finditer(s):
                metric = "altman_z2_score" if "Z2" in vm.group("label") else "altman_z_score"
                sink.add(f"verdict.{metric}", metric, vm.group("label"), vm.group("v"), line=n, raw=text, context="verdict",
                         unit=Unit.SCORE)
                out.append(build.Statement(kind=StatementKind.VERDICT, subject=metric, value=vm.group("zone"), line=n))
        elif ("Z-score" in s or "Z2-score" in s) and (sm := L.ZSCORE_SIGN.match(s)) is not None:  # the Good/Warning Sign
            metric = "altman_z2_score" if "Z2" in sm.group("label") else "altman_z_score"
            sink.add(f"sign.{metric}", metric, f"Altman {sm.group('label')}", sm.group("v"), line=n, raw=text,
                     context="sign", unit=Unit.SCORE)
            out.append(build.Statement(kind=StatementKind.VERDICT, subject=metric, value=sm.group("zone"), line=n))  # as
            # printed ('strong'): the audit reads it as its zone (L.ZSCORE_SIGN_ZONES)
        if "score" in s.lower():
            fm = L.FSCORE_ZONE.match(s)
            if fm:
                out.append(build.Statement(kind=StatementKind.METHOD, subject="piotroski_f_score.zone", value=fm.group("grade").lower(),
                                     qualifier=fm.group("list"), line=n))
            for vm in L.FSCORE_VERDICT.finditer(s):
                sink.add("verdict.piotroski_f_score", "piotroski_f_score", "F-score", vm.group("v"), line=n, raw=text,
                         context="verdict", unit=Unit.SCORE)
                out.append(build.Statement(kind=StatementKind.VERDICT, subject="piotroski_f_score", value=vm.group("grade"), line=n))
            im = L.FSCORE_IS.match(s)
            if im:
                sink.add("statement.piotroski_f_score", "piotroski_f_score", "Piotroski F-Score", im.group("v"), line=n,
                         raw=text, context="statement", unit=Unit.SCORE)
    return out
