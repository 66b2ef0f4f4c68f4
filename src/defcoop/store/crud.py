"""Reading and writing the database: functions that take a Session.

None of these functions commits: the caller owns the transaction, typically one per batch
of documents (`with factory.begin() as session: ...`), so a killed process leaves either
the whole batch or none of it.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import Select, and_, bindparam, func, inspect, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, aliased, selectinload

from defcoop.clean.normalise import content_hash
from defcoop.dedup.minhash import DEFAULT_THRESHOLD, band_keys, best_candidate
from defcoop.errors import DefcoopError, StoreError
from defcoop.store.merge_lookup import has_party_from, merge_targets
from defcoop.store.models import (ActorRow, DocumentBandRow, DocumentRow, DocumentSignatureRow, DocumentSourceRow,
                                  EventPartyRow, EventRow, EventSourceRow, EvidenceRow)
from defcoop.store.review import not_rejected
from defcoop.types import Actor, Document, DocumentResult, Event, Location, Party

LOGGER = logging.getLogger(__name__)

PAGE_SIZE = 500
TOP_N = 10
_SINCE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class FilterError(DefcoopError, ValueError):
    """A query filter has a bad value (a malformed `since` or `pair`); `field` names the filter when known,
    so a form can show the message next to it."""

    def __init__(self, message: str, field: str | None = None,
                 problems: list[tuple[str | None, str]] | None = None):
        super().__init__(message)
        self.field = field
        self.problems = problems if problems is not None else [(field, message)]  # (field, message) of each

    @classmethod
    def joined(cls, errors: list[FilterError]) -> FilterError:
        """One error for several bad filters (the first's field; every (field, message) in `problems`)."""
        if len(errors) == 1:
            return errors[0]
        problems = [p for e in errors for p in e.problems]
        return cls("; ".join(message for _, message in problems), field=problems[0][0], problems=problems)


@dataclass(slots=True)
class EventSource:
    """A URL / source / origin that carried the document an event came from."""

    url: str | None
    source: str | None
    origin: str = ""
    relation: str = "original"  # original | exact | near | duplicate
    doc_id: str | None = None  # the id this copy had in its input


@dataclass(slots=True)
class ReportingDocument:
    """A stored document that reported an event: where it was published and when."""

    doc_id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None


@dataclass(slots=True)
class StoredEvent:
    """An event read back from the database: its row id, the first report as `event`, every source.

    `sources` lists the URLs of every document that reported the event (duplicates of those
    documents included); `evidence` has one span per report, first report first.
    """

    id: int
    event: Event
    sources: list[EventSource] = field(default_factory=list)
    source_count: int = 1
    evidence: list[Evidence] = field(default_factory=list)
    documents: list[ReportingDocument] = field(default_factory=list)  # the reporting documents, first first


@dataclass(slots=True)
class Evidence:
    """A span of a stored document's cleaned text supporting an event."""

    doc_id: str
    text: str
    start: int
    end: int


def _none_if_empty(value: str) -> str | None:
    """Stored "" (NULL stand-in inside unique keys) back to None."""
    return value or None


def _normalise_name(name: str) -> str:
    """Lower-cased name with runs of whitespace collapsed."""
    return " ".join(name.lower().split())


def event_fingerprint(event: Event) -> str:
    """sha1 of doc id, type, status, sorted (role, country, name) of parties and evidence offsets."""
    parties = sorted((p.role, p.actor.country or "", _normalise_name(p.actor.name)) for p in event.parties)
    payload = [event.doc_id, event.type, event.status, parties, event.evidence_start, event.evidence_end]
    return hashlib.sha1(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()


def _content_hash(document: Document) -> str:
    """The document's content hash, computed as the clean stage does when it was left empty."""
    return document.content_hash or content_hash(document.text)


def find_document_by_hash(session: Session, content_hash: str) -> str | None:
    """Id of the stored document with this content hash, or None."""
    return session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == content_hash))


def find_near_original(session: Session, doc_id: str) -> str | None:
    """Id of the stored document this one was already recorded as a near copy of, or None: a rerun
    attaches it to the same original, not to whichever near neighbour the index now finds first."""
    return session.scalar(select(DocumentSourceRow.doc_id)
                          .where(DocumentSourceRow.source_doc_id == doc_id, DocumentSourceRow.relation == "near")
                          .order_by(DocumentSourceRow.id).limit(1))


def add_source(session: Session, doc_id: str, document: Document, relation: str = "duplicate") -> bool:
    """Record that `document` (an exact or near duplicate) also carried stored document `doc_id`; True if new."""
    if session.get(DocumentRow, doc_id) is None:
        raise StoreError(f"cannot add a source to document {doc_id}: it is not stored")
    return _ensure_source(session, doc_id, document, relation)


def _ensure_source(session: Session, doc_id: str, document: Document, relation: str) -> bool:
    """Insert a document_sources row unless one with the same (doc, url, source, origin) exists."""
    url, source, origin = document.url or "", document.source or "", document.origin or ""
    found = session.scalar(select(DocumentSourceRow.id).where(
        DocumentSourceRow.doc_id == doc_id, DocumentSourceRow.url == url,
        DocumentSourceRow.source == source, DocumentSourceRow.origin == origin))
    if found is not None:
        return False
    session.add(_source_row(doc_id, document, relation))
    return True


def _source_row(doc_id: str, document: Document, relation: str) -> DocumentSourceRow:
    """A document_sources row saying that `document` carried stored document `doc_id`."""
    return DocumentSourceRow(doc_id=doc_id, url=document.url or "", source=document.source or "",
                             origin=document.origin or "", source_doc_id=document.id, relation=relation)


def _check_document(session: Session, result: DocumentResult, content_hash: str) -> DocumentRow | None:
    """The stored row of the result's document (None if new); StoreError on an id or content clash."""
    doc = result.document
    for ev in result.events:
        if ev.doc_id != doc.id:
            raise StoreError(f"event of document {ev.doc_id!r} passed with document {doc.id!r}")
    row = session.get(DocumentRow, doc.id)
    if row is not None:
        if row.content_hash != content_hash:
            raise StoreError(f"document {doc.id} is already stored with different text; "
                             "give the input another id or use another database")
        return row
    other = find_document_by_hash(session, content_hash)
    if other is not None:
        raise StoreError(f"document {doc.id} has the same text as stored document {other}; "
                         "record it with add_source instead")
    return None


def _get_actors(session: Session, actors: list[Actor]) -> dict[str, ActorRow]:
    """Actor rows by key, created when missing; a missing title is filled in."""
    keys = {a.key for a in actors}
    rows = {r.key: r for r in session.scalars(select(ActorRow).where(ActorRow.key.in_(keys)))} if keys else {}
    for actor in actors:
        row = rows.get(actor.key)
        if row is None:
            row = rows[actor.key] = ActorRow(key=actor.key, name=actor.name, kind=actor.kind,
                                             country=actor.country, title=actor.title)
            session.add(row)
        elif row.title is None and actor.title:
            row.title = actor.title
    return rows


def save_result(session: Session, result: DocumentResult, signature: bytes | None, merge: bool = True) -> int:
    """Insert a document, its source, signature, actors and new events; return the number of new events.

    An event that another stored document already reported (`_merge_targets`) becomes a
    further report of that event instead of a new one, unless `merge` is False.
    Idempotent (reports are keyed by `event_fingerprint`). Raises StoreError before
    writing anything when the document id is stored with other text, or its text is
    stored under another id. Does not commit.
    """
    doc = result.document
    content_hash = _content_hash(doc)
    # Rows are added without flushing and flushed once at the end (flushing before each query
    # was most of the cost of storing): nothing below needs to read the rows it adds.
    with session.no_autoflush:
        row = _check_document(session, result, content_hash)
        _add_document(session, doc, content_hash, signature, stored=row is not None)
        added = _add_events(session, result, merge)
    try:
        session.flush()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot save document {doc.id}: {getattr(exc, 'orig', None) or exc}") from exc
    return added


def _add_document(session: Session, doc: Document, content_hash: str, signature: bytes | None,
                  stored: bool) -> None:
    """Add the document's row (unless `stored`), its source row and its signature when missing."""
    if stored:
        _ensure_source(session, doc.id, doc, "original")
        if signature is not None and session.get(DocumentSignatureRow, doc.id) is None:
            _add_signature(session, doc.id, signature)
        return
    # A document not stored has no source or signature rows (foreign keys): nothing to look up.
    session.add(DocumentRow(id=doc.id, content_hash=content_hash, url=doc.url, title=doc.title,
                            published=doc.published, source=doc.source, lang=doc.lang, raw=doc.raw,
                            text=doc.text, origin=doc.origin or ""))
    session.add(_source_row(doc.id, doc, "original"))
    if signature is not None:
        _add_signature(session, doc.id, signature)


def _add_signature(session: Session, doc_id: str, signature: bytes) -> None:
    """Store a document's MinHash signature and its LSH bands (what `find_near_copy` looks up)."""
    session.add(DocumentSignatureRow(doc_id=doc_id, minhash=signature))
    try:
        keys = band_keys(signature)
    except ValueError as exc:
        raise StoreError(f"cannot save document {doc_id}: {exc}") from exc
    session.add_all(DocumentBandRow(doc_id=doc_id, band=band, key=key) for band, key in keys)


def find_near_copy(session: Session, signature: bytes, threshold: float = DEFAULT_THRESHOLD) -> str | None:
    """Id of the stored document whose text `signature`'s text nearly or exactly copies (the most similar,
    at or above `threshold`), or None: candidates through the band index, then their signatures compared.
    Sees what any process has committed, so concurrent runs find each other's documents."""
    keys = band_keys(signature)
    params = {f"band{i}": band for i, (band, _) in enumerate(keys)} | {f"key{i}": key for i, (_, key) in enumerate(keys)}
    rows = session.execute(_near_copy_statement(len(keys)), params)
    return best_candidate(signature, rows, threshold)


@cache
def _near_copy_statement(bands: int) -> Select:
    """Signatures of the documents sharing one of `bands` (band, key) pairs, built once per count.

    An OR of equalities, which SQLite and PostgreSQL each answer from the (band, key) index; the row-value
    IN it replaces made SQLite read the whole table for every document (a run slowed as its database grew).
    """
    shares = or_(*(and_(DocumentBandRow.band == bindparam(f"band{i}"), DocumentBandRow.key == bindparam(f"key{i}"))
                   for i in range(bands)))
    return (select(DocumentSignatureRow.doc_id, DocumentSignatureRow.minhash)
            .where(DocumentSignatureRow.doc_id.in_(select(DocumentBandRow.doc_id).where(shares))))


def _add_events(session: Session, result: DocumentResult, merge: bool) -> int:
    """Add the result's events not stored yet, as new events or further reports; return how many are new."""
    fingerprints = [event_fingerprint(ev) for ev in result.events]
    seen = set(session.scalars(select(EventSourceRow.fingerprint)
                               .where(EventSourceRow.fingerprint.in_(fingerprints))) if fingerprints else ())
    actors = _get_actors(session, [p.actor for ev in result.events for p in ev.parties])
    new = _unseen(result.events, fingerprints, seen)
    targets = merge_targets(session, [ev for ev, _ in new], result.document.published) if merge else [None] * len(new)
    stored = _load_targets(session, [t for t in targets if t is not None])
    added = 0
    for (ev, fingerprint), target in zip(new, targets):
        if target is None:
            session.add(_event_row(ev, fingerprint, actors))
            added += 1
        else:
            _add_report(session, *stored[target], ev, fingerprint)
    return added


def _unseen(events: list[Event], fingerprints: list[str], seen: set[str]) -> list[tuple[Event, str]]:
    """The events (with their fingerprints) not stored yet, each fingerprint once, in order."""
    unseen, done = [], set(seen)
    for ev, fingerprint in zip(events, fingerprints):
        if fingerprint not in done:
            done.add(fingerprint)
            unseen.append((ev, fingerprint))
    return unseen


def _load_targets(session: Session, ids: list[int]) -> dict[int, tuple[EventRow, set[str]]]:
    """The stored events a document's reports merge into, each with the ids of the documents that
    reported it, in two queries."""
    if not ids:
        return {}
    rows = {row.id: row for row in session.scalars(select(EventRow).where(EventRow.id.in_(ids)))}
    reported_by: dict[int, set[str]] = {i: set() for i in ids}
    for event_id, doc_id in session.connection().execute(
            select(EventSourceRow.event_id, EventSourceRow.doc_id).where(EventSourceRow.event_id.in_(ids))):
        reported_by[event_id].add(doc_id)
    return {i: (rows[i], reported_by[i]) for i in ids}


def _add_report(session: Session, row: EventRow, reported_by: set[str], ev: Event, fingerprint: str) -> None:
    """Attach another document's report to a stored event: a source row and its evidence.

    `reported_by` holds the ids of the documents that reported it so far. The event's own
    fields are left as they are (a reviewer may have set them).
    """
    _attach(session, row, "reports", EventSourceRow(doc_id=ev.doc_id, fingerprint=fingerprint,
                                                    confidence=float(ev.confidence), reason=ev.reason or ""))
    _attach(session, row, "evidence", EvidenceRow(doc_id=ev.doc_id, text=ev.evidence, start_offset=ev.evidence_start,
                                                  end_offset=ev.evidence_end))
    row.source_count = len(reported_by | {ev.doc_id})
    row.confidence = max(row.confidence, float(ev.confidence))


def _attach(session: Session, row: EventRow, collection: str, child: EventSourceRow | EvidenceRow) -> None:
    """Add a report or evidence row to a stored event without loading that collection of the event
    (loading it cost more than the rest of a merge); a collection already loaded is kept in step."""
    if collection in inspect(row).unloaded:
        child.event_id = row.id
        session.add(child)
    else:
        getattr(row, collection).append(child)


def _event_row(ev: Event, fingerprint: str, actors: dict[str, ActorRow]) -> EventRow:
    """A new EventRow with its party and evidence rows."""
    row = EventRow(doc_id=ev.doc_id, type=ev.type, status=ev.status, date=ev.date,
                   location_name=ev.location.name if ev.location else None,
                   location_country=ev.location.country if ev.location else None,
                   item=ev.item, confidence=float(ev.confidence), reason=ev.reason or "", fingerprint=fingerprint,
                   source_count=1)
    row.reports.append(EventSourceRow(doc_id=ev.doc_id, fingerprint=fingerprint, confidence=float(ev.confidence),
                                      reason=ev.reason or ""))
    done: set[tuple[str, str]] = set()
    for position, party in enumerate(ev.parties):
        if (party.actor.key, party.role) in done:
            continue
        done.add((party.actor.key, party.role))
        row.parties.append(EventPartyRow(actor=actors[party.actor.key], role=party.role, position=position,
                                         title=party.actor.title))
    row.evidence.append(EvidenceRow(doc_id=ev.doc_id, text=ev.evidence, start_offset=ev.evidence_start,
                                    end_offset=ev.evidence_end))
    return row


def normalise_since(since: str | int) -> str:
    """Validate a `since` bound: a year, YYYY-MM or YYYY-MM-DD."""
    since = str(since).strip()
    if not _SINCE_RE.match(since):
        raise FilterError(f"since must be a year or an ISO date (YYYY, YYYY-MM, YYYY-MM-DD), got {since!r}",
                          field="since")
    return since


def filter_events(stmt: Select, *, type: str | None = None, country: str | None = None,
                  pair: tuple[str, str] | None = None, since: str | int | None = None,
                  status: str | None = None, min_confidence: float | None = None,
                  include_rejected: bool = False) -> Select:
    """Add the event filters of `query_events` to a select over EventRow (rejected events out unless asked)."""
    if type:
        stmt = stmt.where(EventRow.type == type.upper())
    if status:
        stmt = stmt.where(EventRow.status == status)
    if min_confidence is not None:
        stmt = stmt.where(EventRow.confidence >= min_confidence)
    if country:
        stmt = stmt.where(has_party_from(country.upper()))
    if pair:
        if len(pair) != 2:
            raise FilterError(f"pair must be two country codes, got {pair!r}")
        stmt = stmt.where(has_party_from(pair[0].upper()), has_party_from(pair[1].upper()))
    if since is not None:
        bound = normalise_since(since)
        # Dates have the precision of the text (2021, 2021-02, 2021-02-04): a coarser date
        # that contains the bound ("2021" for since "2021-06-01") also counts as on or after it.
        stmt = stmt.where(EventRow.date.is_not(None),
                          or_(EventRow.date >= bound, EventRow.date.in_({bound[:4], bound[:7]})))
    if not include_rejected:  # a reviewer's rejection hides the event (defcoop.store.review)
        stmt = stmt.where(not_rejected())
    return stmt


def _to_event(row: EventRow) -> Event:
    """Rebuild a types.Event from its rows."""
    parties = [Party(Actor(p.actor.name, p.actor.kind, p.actor.country, p.title or p.actor.title), p.role)
               for p in row.parties]
    evidence = row.evidence[0] if row.evidence else None
    location = Location(row.location_name, row.location_country) if row.location_name else None
    return Event(doc_id=row.doc_id, type=row.type, status=row.status, parties=parties,
                 evidence=evidence.text if evidence else "",
                 evidence_start=evidence.start_offset if evidence else -1,
                 evidence_end=evidence.end_offset if evidence else -1,
                 date=row.date, location=location, item=row.item, confidence=row.confidence, reason=row.reason)


def _to_stored(row: EventRow) -> StoredEvent:
    """A StoredEvent from an EventRow whose parties, evidence, reports and their sources are loaded."""
    documents = [row.document] + [r.document for r in row.reports if r.doc_id != row.doc_id]
    sources, done, reporting = [], set(), []
    for document in documents:
        if document.id in done:
            continue
        done.add(document.id)
        sources += [EventSource(_none_if_empty(s.url), _none_if_empty(s.source), s.origin, s.relation,
                                s.source_doc_id) for s in document.sources]
        reporting.append(ReportingDocument(document.id, document.title, document.url, document.source,
                                           document.published))
    evidence = [Evidence(e.doc_id, e.text, e.start_offset, e.end_offset) for e in row.evidence]
    return StoredEvent(row.id, _to_event(row), sources, row.source_count, evidence, reporting)


def _event_select() -> Select:
    """Select EventRow with everything `_to_stored` needs loaded in a few queries."""
    # a document's metadata only: its raw and cleaned text are the bulk of the database and not needed here
    metadata = (DocumentRow.id, DocumentRow.title, DocumentRow.url, DocumentRow.source, DocumentRow.published)
    return select(EventRow).options(
        selectinload(EventRow.parties).joinedload(EventPartyRow.actor),
        selectinload(EventRow.evidence),
        selectinload(EventRow.document).load_only(*metadata).selectinload(DocumentRow.sources),
        selectinload(EventRow.reports).selectinload(EventSourceRow.document).load_only(*metadata)
        .selectinload(DocumentRow.sources),
    ).order_by(EventRow.id).execution_options(populate_existing=True)  # sources added in this session too


def query_events(session: Session, *, type: str | None = None, country: str | None = None,
                 pair: tuple[str, str] | None = None, since: str | int | None = None, status: str | None = None,
                 min_confidence: float | None = None, limit: int | None = None, offset: int = 0) -> list[StoredEvent]:
    """Events matching every given filter, in id order (FilterError on a malformed `since` or `pair`)."""
    stmt = filter_events(_event_select(), type=type, country=country, pair=pair, since=since, status=status,
                         min_confidence=min_confidence)
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_to_stored(row) for row in session.scalars(stmt)]


def count_events(session: Session, **filters) -> int:
    """Number of events matching the filters of `query_events` (without limit/offset)."""
    stmt = filter_events(select(func.count(EventRow.id)), **filters)
    return session.scalar(stmt) or 0


def iter_events(session: Session, *, limit: int | None = None, offset: int = 0, page_size: int = PAGE_SIZE,
                **filters) -> Iterator[StoredEvent]:
    """Like `query_events`, but fetched page by page (keyset on id) for exports of any size.

    Filters are checked at the call (FilterError), not at the first `next()`.
    """
    filter_events(select(EventRow.id), **filters)
    return _iter_pages(session, limit, offset, page_size, filters)


def _iter_pages(session: Session, limit: int | None, offset: int, page_size: int,
                filters: dict) -> Iterator[StoredEvent]:
    """The generator behind `iter_events`."""
    last_id: int | None = None
    remaining = limit
    while remaining is None or remaining > 0:
        stmt = filter_events(_event_select(), **filters)
        if last_id is None:
            stmt = stmt.offset(offset) if offset else stmt
        else:
            stmt = stmt.where(EventRow.id > last_id)
        size = page_size if remaining is None else min(page_size, remaining)
        rows = list(session.scalars(stmt.limit(size)))
        for row in rows:
            yield _to_stored(row)
        if len(rows) < size:
            return
        last_id = rows[-1].id
        if remaining is not None:
            remaining -= len(rows)


def summary(session: Session) -> dict:
    """Counts of documents, sources and events; events per type; top country pairs and countries."""
    per_type = dict(session.execute(select(EventRow.type, func.count(EventRow.id))
                                    .group_by(EventRow.type).order_by(EventRow.type)).all())
    # One row per (event, party country), so events count once per country and per pair.
    countries = (select(EventPartyRow.event_id.label("event_id"), ActorRow.country.label("country"))
                 .join(ActorRow, EventPartyRow.actor_id == ActorRow.id)
                 .where(ActorRow.country.is_not(None)).distinct().subquery())
    a, b = aliased(countries), aliased(countries)
    n = func.count().label("n")
    pairs = session.execute(
        select(a.c.country, b.c.country, n)
        .join(b, and_(a.c.event_id == b.c.event_id, a.c.country < b.c.country))
        .group_by(a.c.country, b.c.country).order_by(n.desc(), a.c.country, b.c.country).limit(TOP_N)).all()
    tops = session.execute(select(countries.c.country, n).group_by(countries.c.country)
                           .order_by(n.desc(), countries.c.country).limit(TOP_N)).all()
    return {
        "documents": session.scalar(select(func.count()).select_from(DocumentRow)) or 0,
        "sources": session.scalar(select(func.count()).select_from(DocumentSourceRow)) or 0,
        "events": sum(per_type.values()),
        "events_per_type": per_type,
        "top_pairs": [{"countries": [x, y], "events": count} for x, y, count in pairs],
        "top_countries": [{"country": c, "events": count} for c, count in tops],
    }
