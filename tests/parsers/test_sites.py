"""The list of sites: detection reads each site's detector without loading the site's parser and rules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from quotecheck.parsers import longbridge
from quotecheck.parsers._models import Site
from quotecheck.parsers._sites import DETECTORS, SITES, spec_for

SEED = next((Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "seeds").glob("*.txt"))


def test_the_detectors_are_each_sites_own_and_asked_longbridge_first() -> None:
    assert [(spec.site, spec.detect) for spec in SITES] == list(DETECTORS)  # each site's own SITE.detect
    assert [site for site, _ in DETECTORS] == [Site.LONGBRIDGE, Site.GURUFOCUS]  # the order SITES had before it was lazy
    assert {site for site, _ in DETECTORS} == set(Site)
    assert all(spec_for(spec.site) is spec for spec in SITES)
    assert longbridge.SITE is spec_for(Site.LONGBRIDGE) and longbridge.RULES is longbridge.SITE.rules


def test_a_gurufocus_run_loads_no_longbridge_parser_or_rules() -> None:
    code = ("import sys\nfrom quotecheck.parsers import audit, parse_file\n"
            f"assert audit(parse_file({str(SEED)!r})).checks\n"
            "print(sorted(m for m in sys.modules if m.startswith('quotecheck.parsers.longbridge')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['quotecheck.parsers.longbridge', 'quotecheck.parsers.longbridge._detect']"
