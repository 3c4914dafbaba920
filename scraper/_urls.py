"""URL checks: validation, host keys, the host allow list, and URL-list files."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Final

import httpx

from quotecheck.scraper._errors import HostNotAllowed, InvalidInput
from quotecheck.scraper._settings import MAX_URL_LENGTH, MAX_URLS_FILE_BYTES, MAX_URLS_PER_RUN

__all__ = [
    "AllowedHosts",
    "host_key",
    "read_url_list",
    "validate_url",
]

_DEFAULT_PORTS: Final = {"http": 80, "https": 443}
_FORBIDDEN_CHARS: Final = re.compile(r"[\x00-\x20\x7f]")
_TRAILING_COMMENT: Final = re.compile(r"\s#")
_HOST_ENTRY: Final = re.compile(r"(?P<host>[a-z0-9.\-]+|\[[0-9a-f:.]+\])(?::(?P<port>\d{1,5}))?")


def validate_url(url: str, *, source: str | None = None, line: int | None = None) -> str:
    """Return ``url`` if it is an absolute http(s) URL of sane length, else raise InvalidInput."""
    if not isinstance(url, str) or not url:
        raise InvalidInput("empty URL", source=source, line=line)
    if len(url) > MAX_URL_LENGTH:
        raise InvalidInput(f"URL longer than {MAX_URL_LENGTH} characters", source=source, line=line)
    if _FORBIDDEN_CHARS.search(url):
        raise InvalidInput(f"URL contains whitespace or control characters: {url!r}", source=source, line=line)
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise InvalidInput(f"malformed URL {url!r}: {exc}", source=source, line=line) from exc
    if parsed.scheme not in _DEFAULT_PORTS:
        raise InvalidInput(f"malformed URL {url!r}: scheme must be http or https", source=source, line=line)
    if not parsed.host:
        raise InvalidInput(f"malformed URL {url!r}: no host", source=source, line=line)
    if parsed.userinfo:
        raise InvalidInput(f"URL {url!r} carries credentials; refusing", source=source, line=line)
    return url


def host_key(url: str | httpx.URL) -> str:
    """Return ``host:port`` (punycode host, default port filled in); the unit of rate limiting."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    port = parsed.port or _DEFAULT_PORTS.get(parsed.scheme, 0)
    host = parsed.raw_host.decode("ascii").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return f"{host}:{port}"


class AllowedHosts:
    """The set of hosts we may contact: ``host`` allows any port, ``host:port`` one port."""

    def __init__(self, entries: Iterable[str]) -> None:
        self._any_port: set[str] = set()
        self._exact: set[str] = set()
        for entry in entries:
            normal = entry.strip().lower()
            match = _HOST_ENTRY.fullmatch(normal)
            if match is None or (match["port"] is not None and not 0 < int(match["port"]) < 65536):
                raise InvalidInput(f"{entry!r} is not a host or host:port")
            if match["port"] is None:
                self._any_port.add(match["host"])
            else:
                self._exact.add(f"{match['host']}:{int(match['port'])}")

    def __repr__(self) -> str:
        return f"AllowedHosts({sorted(self._any_port | self._exact)!r})"

    def allows(self, url: str | httpx.URL) -> bool:
        """True if the URL's host (and port, if pinned) is on the list."""
        key = host_key(url)
        return key in self._exact or key.rpartition(":")[0] in self._any_port

    def check(self, url: str | httpx.URL) -> None:
        """Raise HostNotAllowed unless the URL's host is allowed."""
        if not self.allows(url):
            raise HostNotAllowed(
                f"host {host_key(url)} is not allowed (add it with --allow-host)", url=str(url)
            )


def read_url_list(path: Path) -> list[str]:
    """Read one URL per line (``#`` comments, blank lines ignored); errors name file and line."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInput(f"cannot read URL list: {exc.strerror}", source=name) from exc
    if size > MAX_URLS_FILE_BYTES:
        raise InvalidInput(f"URL list is {size} bytes, over the {MAX_URLS_FILE_BYTES}-byte limit", source=name)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read URL list: {exc.strerror}", source=name) from exc
    urls: list[str] = []
    seen: set[str] = set()
    for number, line_bytes in enumerate(raw.splitlines(), start=1):
        try:
            line = line_bytes.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInput("line is not valid UTF-8", source=name, line=number) from exc
        text = _strip_comment(line)
        if not text:
            continue
        url = validate_url(text, source=name, line=number)
        if url not in seen:
            seen.add(url)
            urls.append(url)
        if len(urls) > MAX_URLS_PER_RUN:
            raise InvalidInput(f"more than {MAX_URLS_PER_RUN} URLs", source=name, line=number)
    return urls


def _strip_comment(line: str) -> str:
    """Drop a ``#`` comment line or a trailing `` # comment`` (URL fragments stay)."""
    stripped = line.strip()
    if stripped.startswith("#"):
        return ""
    match = _TRAILING_COMMENT.search(stripped)
    return (stripped[: match.start()] if match else stripped).strip()
