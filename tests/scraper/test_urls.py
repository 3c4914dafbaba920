"""URL validation, host keys, the allow list and URL-list files."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.scraper import HostNotAllowed, InvalidInput
from quotecheck.scraper._settings import DEFAULT_ALLOWED_HOSTS, MAX_URL_LENGTH
from quotecheck.scraper._urls import AllowedHosts, host_key, read_url_list, validate_url


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "empty URL"),
        ("ftp://longbridge.com/x", "scheme must be http or https"),
        ("longbridge.com/x", "scheme must be http or https"),
        ("https:///nohost", "no host"),
        ("https://user:pw@longbridge.com/", "credentials"),
        ("https://longbridge.com/a b", "whitespace"),
        ("https://longbridge.com/" + "a" * MAX_URL_LENGTH, "longer than"),
        ("https://exa mple.com/", "whitespace"),
    ],
)
def test_validate_url_rejects(url: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        validate_url(url)


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://longbridge.com/en/quote/x.md", "longbridge.com:443"),
        ("http://LongBridge.com/", "longbridge.com:80"),
        ("http://127.0.0.1:8123/x", "127.0.0.1:8123"),
        ("http://[::1]:8080/", "[::1]:8080"),
        ("https://b\u00fccher.example/", "xn--bcher-kva.example:443"),
    ],
)
def test_host_key(url: str, key: str) -> None:
    assert host_key(url) == key


def test_default_allow_list() -> None:
    allowed = AllowedHosts(DEFAULT_ALLOWED_HOSTS)
    assert allowed.allows("https://longbridge.com/en/quote/002371.SZ.md")
    assert allowed.allows("https://www.gurufocus.com/term/e10/SZSE:002371")
    assert allowed.allows("https://m.gurufocus.com/x")
    assert not allowed.allows("https://evil.gurufocus.com.example/")
    assert not allowed.allows("https://api.longbridge.com/")
    with pytest.raises(HostNotAllowed, match="evil.com:443 is not allowed"):
        allowed.check("https://evil.com/")


def test_port_pinned_entries() -> None:
    allowed = AllowedHosts(["127.0.0.1:8001", "LOCALHOST"])
    assert allowed.allows("http://127.0.0.1:8001/")
    assert not allowed.allows("http://127.0.0.1:8002/")
    assert allowed.allows("http://localhost:9999/")


@pytest.mark.parametrize("entry", ["http://x.com", "x.com:99999", "x.com/path", "", "a b"])
def test_bad_allow_entries(entry: str) -> None:
    with pytest.raises(InvalidInput, match="host or host:port"):
        AllowedHosts([entry])


def test_read_url_list(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text(
        "# GuruFocus terms\n"
        "https://www.gurufocus.com/term/e10/SZSE:002371\n"
        "\n"
        "   https://longbridge.com/en/quote/002371.SZ.md   # main page\n"
        "https://www.gurufocus.com/term/e10/SZSE:002371\n"
        "https://longbridge.com/en/quote/x.md#fragment-kept\n",
        encoding="utf-8",
    )
    assert read_url_list(path) == [
        "https://www.gurufocus.com/term/e10/SZSE:002371",
        "https://longbridge.com/en/quote/002371.SZ.md",
        "https://longbridge.com/en/quote/x.md#fragment-kept",
    ]


def test_read_url_list_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    lines = ["https://longbridge.com/a.md"] * 6 + ["htp:/broken"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        read_url_list(path)
    assert str(info.value).startswith(f"{path}:7: malformed URL")
    assert info.value.line == 7


def test_read_url_list_rejects_non_utf8_and_missing(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_bytes(b"https://longbridge.com/a\n\xff\xfe\n")
    with pytest.raises(InvalidInput, match=r"urls.txt:2: line is not valid UTF-8"):
        read_url_list(path)
    with pytest.raises(InvalidInput, match="cannot read URL list"):
        read_url_list(tmp_path / "missing.txt")


def test_read_url_list_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("quotecheck.scraper._urls.MAX_URLS_FILE_BYTES", 10)
    path = tmp_path / "urls.txt"
    path.write_text("https://longbridge.com/a\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="over the 10-byte limit"):
        read_url_list(path)
