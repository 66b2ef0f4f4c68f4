"""URL normalisation: the key under which a page is remembered, so that each is fetched once.

courlan (trafilatura's own URL library, already installed with it) lower-cases scheme and
host, drops default ports, sorts the query and removes tracking parameters (utm_*, fbclid,
gclid, mc_*, ref...); the fragment is dropped here as well, since it never names another page.
"""
from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

from courlan import normalize_url

from defcoop.ingest.warc import id_from_uri

MAX_URL_LENGTH = 2000  # longer ones are not pages worth keeping (and overflow PostgreSQL's index entries)


def normalise_url(url: str) -> str | None:
    """The canonical form of an http(s) URL, or None when it is not one (or is over MAX_URL_LENGTH)."""
    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    try:
        clean = normalize_url(url)
    except ValueError:
        return None
    parts = urlsplit(clean)
    clean = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))
    return clean if len(clean) <= MAX_URL_LENGTH else None


def host_of(url: str) -> str:
    """scheme://host:port, the unit of politeness (robots.txt, delay, concurrency)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def page_id(url: str) -> str:
    """The document id of a fetched page: a readable slug and a short hash of its normalised URL
    (slugs like "index" or "12345" recur across sites)."""
    return f"{id_from_uri(url)}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:12]}"
