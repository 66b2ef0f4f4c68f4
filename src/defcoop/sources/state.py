"""Fetch state in the database: sources and their health, known URLs and their status.

Functions that take a `Session`, like `defcoop.store.crud`; the crawler calls them in small
transactions so that a fetch killed at any point leaves every URL in a state the next fetch
resumes from (see `KnownUrlRow` for the statuses).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from defcoop.errors import DefcoopError
from defcoop.sources.discover import SOURCE_KINDS, Entry
from defcoop.sources.urls import normalise_url
from defcoop.store.models import DocumentRow, KnownUrlRow, SourceRow, utcnow

PAGE = "page"
_NAME_JUNK = re.compile(r"[^A-Za-z0-9._-]+")


class SourceError(DefcoopError):
    """A source cannot be added or found, or the archive is in use by another fetch."""


def guess_kind(url: str) -> str:
    """feed, sitemap or urls from the URL's look; "auto" (decided at the first fetch) otherwise."""
    path = urlsplit(url).path.lower()
    if "sitemap" in path:
        return "sitemap"
    if any(word in path for word in ("rss", "atom", "feed")) or path.endswith((".rss", ".atom")):
        return "feed"
    if path.endswith((".txt", ".lst")):
        return "urls"
    return "auto"


def add_source(session: Session, url: str, name: str | None = None, lang: str | None = None,
               kind: str | None = None) -> SourceRow:
    """Remember a new source; SourceError when the URL is no http(s) URL or the name or URL is taken."""
    normal = normalise_url(url)
    if normal is None:
        raise SourceError(f"{url!r} is not an http(s) URL")
    if kind is not None and kind not in (*SOURCE_KINDS, "auto"):
        raise SourceError(f"kind {kind!r} is not one of {', '.join(SOURCE_KINDS)} or auto")
    existing = session.scalar(select(SourceRow).where(SourceRow.url == normal))
    if existing is not None:
        raise SourceError(f"{normal} is already a source, named {existing.name!r}")
    if name is None:
        name = _NAME_JUNK.sub("-", urlsplit(normal).netloc).strip("-") or "source"
        base, n = name, 1
        while session.scalar(select(SourceRow.id).where(SourceRow.name == name)) is not None:
            n += 1
            name = f"{base}-{n}"
    else:
        name = name.strip()
        if not name or len(name) > 255:
            raise SourceError("a source name must be 1 to 255 characters")
        if session.scalar(select(SourceRow.id).where(SourceRow.name == name)) is not None:
            raise SourceError(f"a source named {name!r} already exists")
    row = SourceRow(name=name, url=normal, kind=kind or guess_kind(normal), lang=lang or None,
                    new_articles=0, total_articles=0, failures=0, last_error="")
    session.add(row)
    session.flush()
    return row


def list_sources(session: Session, names: Sequence[str] | None = None) -> list[SourceRow]:
    """Sources by name (all when `names` is empty); SourceError naming any unknown one."""
    rows = list(session.scalars(select(SourceRow).order_by(SourceRow.name)))
    if not names:
        return rows
    known = {row.name for row in rows}
    missing = [n for n in names if n not in known]
    if missing:
        raise SourceError(f"no source named {', '.join(map(repr, missing))} (see `defcoop sources list`)")
    return [row for row in rows if row.name in set(names)]


def known_url(session: Session, url: str) -> KnownUrlRow | None:
    return session.scalar(select(KnownUrlRow).where(KnownUrlRow.url == url))


def remember_pages(session: Session, source_id: int, entries: Iterable[Entry]) -> int:
    """Add the entries' URLs not known yet, queued for fetching; return how many were new."""
    entries = list(entries)
    new = 0
    for start in range(0, len(entries), 500):
        chunk = entries[start:start + 500]
        known = set(session.scalars(select(KnownUrlRow.url).where(KnownUrlRow.url.in_([e.url for e in chunk]))))
        for entry in chunk:
            if entry.url not in known:
                session.add(KnownUrlRow(url=entry.url, source_id=source_id, kind=PAGE, status="queued",
                                        published=entry.published, reason="", attempts=0))
                known.add(entry.url)
                new += 1
    return new


def pending_pages(session: Session, source_ids: Sequence[int], retries: int) -> list[KnownUrlRow]:
    """Pages of these sources still to fetch (queued, failed with attempts left) or to extract (fetched)."""
    return list(session.scalars(
        select(KnownUrlRow).where(KnownUrlRow.kind == PAGE, KnownUrlRow.source_id.in_(source_ids),
                                  or_(KnownUrlRow.status.in_(("queued", "fetched")),
                                      (KnownUrlRow.status == "failed") & (KnownUrlRow.attempts < retries)))
        .order_by(KnownUrlRow.id)))


def stale_claims(session: Session) -> list[KnownUrlRow]:
    """URLs a fetch claimed and never finished (it was killed)."""
    return list(session.scalars(select(KnownUrlRow).where(KnownUrlRow.status == "fetching")))


def mark_done(session: Session, ids: Iterable[int], stored_docs: dict[str, tuple[str, int]]) -> None:
    """Pages through the pipeline; documents stored from them get their WARC file and offset."""
    ids = list(ids)
    for start in range(0, len(ids), 500):
        session.execute(update(KnownUrlRow).where(KnownUrlRow.id.in_(ids[start:start + 500]))
                        .values(status="done"))
    for doc_id, (warc_file, offset) in stored_docs.items():
        session.execute(update(DocumentRow).where(DocumentRow.id == doc_id)
                        .values(warc_file=warc_file, warc_offset=offset))


def record_health(session: Session, source_id: int, new_articles: int, error: str) -> None:
    """After a fetch of a source: when, how many new pages, and the error it ended in ("" if none)."""
    row = session.get(SourceRow, source_id)
    if row is None:
        return
    now = utcnow()
    row.last_fetch_at = now
    row.new_articles = new_articles
    row.total_articles = (row.total_articles or 0) + new_articles
    row.last_error = error[:2000]
    if error:
        row.failures = (row.failures or 0) + 1
    else:
        row.failures, row.last_ok_at = 0, now


def page_counts(session: Session) -> dict[int, dict[str, int]]:
    """Per source: known pages by status."""
    from sqlalchemy import func

    counts: dict[int, dict[str, int]] = {}
    for source_id, status, n in session.execute(
            select(KnownUrlRow.source_id, KnownUrlRow.status, func.count())
            .where(KnownUrlRow.kind == PAGE).group_by(KnownUrlRow.source_id, KnownUrlRow.status)):
        counts.setdefault(source_id, {})[status] = n
    return counts
