"""The business description block: other listings, address, description, executives."""

from __future__ import annotations

from . import _labels as L
from ._lines import Page


def read_profile(page: Page) -> dict[str, str | list[str]]:
    """Business description, address, other listings and executives, as printed."""
    out: dict[str, str | list[str]] = {}
    numbered = page.numbered()
    start = next((k for k, (_, t) in enumerate(numbered) if L.BUSINESS_DESCRIPTION_WORD in t and L.BUSINESS_DESCRIPTION.search(t)), None)
    if start is None:
        return out
    k = start + 1
    desc: list[str] = []
    execs: list[str] = []
    mode = None
    while k < len(numbered):
        _n, t = numbered[k]
        s = t.strip()
        if s.endswith(") Headlines"):
            break
        if s == "Traded in Other Exchanges":
            mode = "traded"
        elif s == "Address":
            mode = "address"
        elif s == "Executives":
            mode = "executives"
        elif s:
            if mode == "traded":
                out["traded_in_other_exchanges"] = s
                mode = None
            elif mode == "address":
                out["address"] = s
                mode = "description"
            elif mode == "executives":
                execs.append(s)
            else:
                desc.append(s)
        elif mode == "executives" and execs:
            mode = None
        k += 1
    if desc:
        out["description"] = " ".join(desc)
    if execs:
        out["executives"] = execs
    return out
