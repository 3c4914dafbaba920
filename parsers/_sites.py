"""The one list of sites. Detection, parsing, the recompute engine and the CLI all read it.

Detection asks each site in this order; a site answers only for pages whose
structure it recognises.
"""

from __future__ import annotations

from . import gurufocus, longbridge
from ._models import Site
from ._site import SiteSpec

SITES: tuple[SiteSpec, ...] = (longbridge.SITE, gurufocus.SITE)

_BY_SITE = {spec.site: spec for spec in SITES}


def spec_for(site: Site) -> SiteSpec:
    """The SiteSpec of a site."""
    return _BY_SITE[site]
