"""Discovery: the page URLs a feed, a sitemap (index, news sitemap) or a plain URL list names.

Pure functions over bytes already fetched (the polite fetcher does all I/O).

- RSS and Atom: feedparser. It reads every RSS version, Atom 0.3/1.0 and RDF, survives the
  malformed feeds news sites publish (undeclared entities, bad encodings) and normalises entry
  dates, which `--since` needs. trafilatura's feeds module was the alternative: its entry points
  fetch by themselves (outside our robots/delay/WARC layer), and its parser of a fetched feed
  (`extract_links`) returns bare links, no dates, and drops links to other hosts.
- Sitemaps: lxml (already a dependency) with entity resolution and network access off. The
  sitemaps.org format is a fixed five-element schema; trafilatura's sitemaps module, again,
  fetches by itself (`sitemap_search`), reads <loc> with regular expressions and keeps neither
  <lastmod> nor news:publication_date.
- URL lists: one URL a line; blank lines and lines starting with # are ignored.
"""
from __future__ import annotations

import io
import re
import zlib
from dataclasses import dataclass, field
from datetime import date

import feedparser
from lxml import etree

from defcoop.sources.urls import normalise_url

SOURCE_KINDS = ("feed", "sitemap", "urls")
MAX_LISTING_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for one (uncompressed) sitemap
_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF|urlset|sitemapindex)[\s>/]")
_HTML = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class DiscoveryError(ValueError):
    """A source's body is not a feed, sitemap or URL list, or cannot be parsed as the one it is."""


@dataclass(frozen=True, slots=True)
class Entry:
    """A page a source names: its normalised URL and, when given, its date (ISO) and title."""

    url: str
    published: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Discovery:
    """What one source document lists: pages, and (sitemap indexes) further sitemaps to read."""

    kind: str
    entries: list[Entry] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)


def detect_kind(body: bytes, content_type: str = "") -> str:
    """feed, sitemap or urls, from the body's first element (content types on news sites lie)."""
    head = body[:4096].lstrip()
    match = _ROOT.search(head)
    if match:
        return "sitemap" if match.group(1) in (b"urlset", b"sitemapindex") else "feed"
    if _HTML.search(head):
        raise DiscoveryError("an HTML page, not a feed, sitemap or URL list")
    lines = [line.strip() for line in head.decode("utf-8", "replace").splitlines()]
    if any(line.startswith(("http://", "https://")) for line in lines):
        return "urls"
    raise DiscoveryError(f"not a feed, sitemap or URL list (content type {content_type or 'not given'})")


def discover(body: bytes, content_type: str = "", kind: str | None = None) -> Discovery:
    """The pages (and child sitemaps) named by a source document: of the kind its body shows, else of
    `kind` (a source added as a feed that turns out to be a sitemap is read as a sitemap)."""
    if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz served as a file, not as Content-Encoding
        body = gunzip_listing(body)
    try:
        kind = detect_kind(body, content_type)
    except DiscoveryError:
        if kind is None:
            raise
    if kind == "feed":
        return parse_feed(body)
    if kind == "sitemap":
        return parse_sitemap(body)
    return parse_url_list(body)


def gunzip_listing(body: bytes) -> bytes:
    """A gzipped listing inflated, at most MAX_LISTING_BYTES of it."""
    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = decoder.decompress(body, MAX_LISTING_BYTES + 1)
    except zlib.error as exc:
        raise DiscoveryError(f"a gzip file that cannot be inflated: {exc}") from None
    if len(data) > MAX_LISTING_BYTES:
        raise DiscoveryError(f"larger than {MAX_LISTING_BYTES // (1024 * 1024)} MiB once inflated")
    return data


def parse_feed(body: bytes) -> Discovery:
    """RSS/Atom entries with their links and dates."""
    parsed = feedparser.parse(body)
    entries = []
    for item in parsed.entries:
        url = normalise_url(item.get("link") or "")
        if url is None:
            continue
        when = item.get("published_parsed") or item.get("updated_parsed")
        published = date(*when[:3]).isoformat() if when else None
        entries.append(Entry(url, published, item.get("title")))
    if parsed.bozo and not entries:  # malformed and nothing usable (a malformed feed with links is read)
        raise DiscoveryError(f"unreadable feed: {parsed.get('bozo_exception', 'malformed')}")
    return Discovery("feed", _unique(entries))


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def parse_sitemap(body: bytes) -> Discovery:
    """<url> entries (lastmod or news:publication_date as the date) or, for an index, child sitemaps."""
    entries: list[Entry] = []
    sitemaps: list[str] = []
    try:
        for _, element in etree.iterparse(io.BytesIO(body), events=("end",), resolve_entities=False,
                                          no_network=True, huge_tree=False, recover=False):
            name = _local(element.tag)
            if name not in ("url", "sitemap"):
                continue
            fields = {_local(child.tag): (child.text or "").strip() for child in element.iter()}
            url = normalise_url(fields.get("loc", ""))
            if url is not None:
                if name == "sitemap":
                    sitemaps.append(url)
                else:
                    published = fields.get("publication_date") or fields.get("lastmod") or ""
                    match = _ISO_DATE.match(published)
                    entries.append(Entry(url, match.group(0) if match else None, fields.get("title") or None))
            element.clear()  # bounded memory over a 50,000-entry sitemap
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"unreadable sitemap: {exc}") from None
    return Discovery("sitemap", _unique(entries), list(dict.fromkeys(sitemaps)))


def parse_url_list(body: bytes) -> Discovery:
    """One URL a line; comments (#) and blank lines skipped, other lines that are no URL too."""
    entries = []
    for line in body.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and (url := normalise_url(line)):
            entries.append(Entry(url))
    return Discovery("urls", _unique(entries))


def _unique(entries: list[Entry]) -> list[Entry]:
    seen: dict[str, Entry] = {}
    for entry in entries:
        seen.setdefault(entry.url, entry)
    return list(seen.values())


def since_filter(entries: list[Entry], since: str | None) -> list[Entry]:
    """Entries dated on or after `since` (YYYY, YYYY-MM or YYYY-MM-DD); undated ones are kept."""
    if not since:
        return entries
    return [e for e in entries if e.published is None or e.published[:len(since)] >= since]

