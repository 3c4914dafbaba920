"""Recognise anti-bot interstitials (Cloudflare "Just a moment...", captchas).

Markers are specific on purpose: ordinary pages often load captcha or
Cloudflare scripts for their login forms, so a bare "captcha" substring is
not evidence. We look at a header Cloudflare sets on challenges, the page
title, and markers that only appear on challenge pages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from quotecheck.scraper._settings import CHALLENGE_SNIFF_BYTES

__all__ = ["detect_challenge"]

_TITLE: Final = re.compile(rb"<title[^>]*>\s*([^<]{0,200}?)\s*</title>", re.IGNORECASE)
_CHALLENGE_TITLES: Final = (
    b"just a moment...",
    b"just a moment",
    b"attention required! | cloudflare",
    b"verifying you are human",
    b"security check",
    b"are you a robot?",
    b"robot or human?",
    b"access denied",
    b"ddos-guard",
    b"please verify you are a human",
)
_BODY_MARKERS: Final = (
    (b"window._cf_chl_opt", "Cloudflare challenge script"),
    (b'id="challenge-form"', "Cloudflare challenge form"),
    (b"cf-browser-verification", "Cloudflare browser verification"),
    (b"captcha-delivery.com", "DataDome captcha"),
    (b'id="px-captcha"', "PerimeterX captcha"),
    (b"/_incapsula_resource", "Imperva/Incapsula challenge"),
    (b"hcaptcha.com/1/api.js?onload=oncaptchaload", "hCaptcha gate"),
)


def detect_challenge(status: int, headers: Mapping[str, str], body: bytes) -> str | None:
    """Return why the response looks like an anti-bot challenge, or None if it does not."""
    if headers.get("cf-mitigated", "").strip().lower() == "challenge":
        return "Cloudflare challenge (cf-mitigated: challenge)"
    head = body[:CHALLENGE_SNIFF_BYTES]
    lowered = head.lower()
    title = _TITLE.search(head)
    if title is not None and title.group(1).strip().lower() in _CHALLENGE_TITLES:
        shown = title.group(1).strip().decode("utf-8", "replace")
        return f"challenge page titled {shown!r} (HTTP {status})"
    for marker, label in _BODY_MARKERS:
        if marker.lower() in lowered:
            return f"{label} (HTTP {status})"
    return None
