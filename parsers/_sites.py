"""The one list of sites. Detection, parsing, the recompute engine and the CLI all read it.

Detection asks each site in this order; a site answers only for pages whose
structure it recognises. Detection needs only each site's detector. Longbridge's
parser and rules (its ``SITE``) are loaded when a Longbridge page is first parsed
or audited, so a run of GuruFocus pages never loads the Longbridge reader;
GuruFocus's package loads its parser with its detector.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._models import Site
from ._site import Detect, SiteSpec
from .gurufocus._detect import detect_kind as _gurufocus_kind
from .longbridge._detect import detect_kind as _longbridge_kind

if TYPE_CHECKING:
    SITES: tuple[SiteSpec, ...]

DETECTORS: tuple[tuple[Site, Detect], ...] = ((Site.LONGBRIDGE, _longbridge_kind), (Site.GURUFOCUS, _gurufocus_kind))
"""Each site and its ``SITE.detect``, in the order detection asks them (tests/parsers/test_sites.py keeps them equal)."""

_BY_SITE: dict[Site, SiteSpec] = {}


def spec_for(site: Site) -> SiteSpec:
    """The SiteSpec of a site (its package's ``SITE``, loaded on first use)."""
    spec = _BY_SITE.get(site)
    if spec is None:
        spec = _BY_SITE[site] = import_module(f".{site.value}", __package__).SITE
    return spec


def __getattr__(name: str) -> Any:
    """``SITES``: every site's SiteSpec, in detection order (loads every site)."""
    if name == "SITES":
        return tuple(spec_for(site) for site, _ in DETECTORS)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
