"""Anti-bot challenge detection: specific markers, no false alarms on normal pages."""

from __future__ import annotations

import pytest

from quotecheck.scraper._challenge import detect_challenge

CLOUDFLARE = b"""<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="refresh" content="390"></head><body><div id="challenge-form"></div>
<script>(function(){window._cf_chl_opt={cvId: '3'};})();</script></body></html>"""


@pytest.mark.parametrize(
    ("status", "headers", "body", "needle"),
    [
        (403, {}, CLOUDFLARE, "Just a moment"),
        (200, {"cf-mitigated": "challenge"}, b"", "cf-mitigated"),
        (503, {}, b"<html><title>Attention Required! | Cloudflare</title></html>", "Attention Required"),
        (200, {}, b"<html><head><title>x</title></head><script src='https://ct.captcha-delivery.com/c.js'>",
         "DataDome"),
        (200, {}, b'<html><div id="px-captcha"></div></html>', "PerimeterX"),
        (200, {}, b"<html><title> Verifying you are human </title></html>", "Verifying you are human"),
    ],
)
def test_challenges_are_recognised(status: int, headers: dict[str, str], body: bytes, needle: str) -> None:
    reason = detect_challenge(status, headers, body)
    assert reason is not None and needle in reason


@pytest.mark.parametrize(
    "body",
    [
        b"<html><head><title>NAURA Technology Group Co E10</title></head><body>E10 : 1.95</body></html>",
        # normal pages may load captcha or Cloudflare scripts for their login forms
        b"<html><title>Login</title><script src='https://www.google.com/recaptcha/api.js'></script>"
        b"<script src='/cdn-cgi/challenge-platform/scripts/jsd/main.js'></script></html>",
        b"# NAURA Technology Group Co., Ltd. (002371.SZ)\n\nJust a moment... is a phrase.\n",
    ],
)
def test_normal_pages_are_not_challenges(body: bytes) -> None:
    assert detect_challenge(200, {}, body) is None
