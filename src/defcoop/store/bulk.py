"""Reading many stored events at once, for exports: the same StoredEvents as `crud._to_stored`, built
from six Core queries per page of ids (events, parties, evidence, reports, documents, their copies)
instead of ORM objects, which cost most of an export's time.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from defcoop.store.crud import EventSource, Evidence, ReportingDocument, StoredEvent
from defcoop.store.models import (ActorRow, DocumentRow, DocumentSourceRow, EventPartyRow, EventRow, EventSourceRow,
                                  EvidenceRow)
from defcoop.types import Actor, Event, Location, Party


def stored_events(session: Session, ids: list[int]) -> list[StoredEvent]:
    """The events of `ids` (in that order) with their parties, evidence, reporting documents and sources."""
    if not ids:
        return []
    events = {row.id: row for row in session.execute(
        select(EventRow.id, EventRow.doc_id, EventRow.type, EventRow.status, EventRow.date, EventRow.location_name,
               EventRow.location_country, EventRow.item, EventRow.confidence, EventRow.reason,
               EventRow.source_count).where(EventRow.id.in_(ids)))}
    parties: dict[int, list[Party]] = defaultdict(list)
    for event_id, role, title, name, kind, country, actor_title in session.execute(
            select(EventPartyRow.event_id, EventPartyRow.role, EventPartyRow.title, ActorRow.name, ActorRow.kind,
                   ActorRow.country, ActorRow.title)
            .join(ActorRow, ActorRow.id == EventPartyRow.actor_id)
            .where(EventPartyRow.event_id.in_(ids)).order_by(EventPartyRow.event_id, EventPartyRow.position)):
        parties[event_id].append(Party(Actor(name, kind, country, title or actor_title), role))
    evidence: dict[int, list[Evidence]] = defaultdict(list)
    for event_id, doc_id, text, start, end in session.execute(
            select(EvidenceRow.event_id, EvidenceRow.doc_id, EvidenceRow.text, EvidenceRow.start_offset,
                   EvidenceRow.end_offset).where(EvidenceRow.event_id.in_(ids)).order_by(EvidenceRow.id)):
        evidence[event_id].append(Evidence(doc_id, text, start, end))
    reports: dict[int, list[str]] = defaultdict(list)
    for event_id, doc_id in session.execute(select(EventSourceRow.event_id, EventSourceRow.doc_id)
                                            .where(EventSourceRow.event_id.in_(ids)).order_by(EventSourceRow.id)):
        reports[event_id].append(doc_id)
    doc_ids = {row.doc_id for row in events.values()} | {d for docs in reports.values() for d in docs}
    documents = {row.id: row for row in session.execute(
        select(DocumentRow.id, DocumentRow.title, DocumentRow.url, DocumentRow.source, DocumentRow.published)
        .where(DocumentRow.id.in_(doc_ids)))}
    copies: dict[str, list[EventSource]] = defaultdict(list)
    for doc_id, url, source, origin, relation, source_doc_id in session.execute(
            select(DocumentSourceRow.doc_id, DocumentSourceRow.url, DocumentSourceRow.source, DocumentSourceRow.origin,
                   DocumentSourceRow.relation, DocumentSourceRow.source_doc_id)
            .where(DocumentSourceRow.doc_id.in_(doc_ids)).order_by(DocumentSourceRow.id)):
        copies[doc_id].append(EventSource(url or None, source or None, origin, relation, source_doc_id))
    out = []
    for event_id in ids:
        row = events[event_id]
        spans = evidence.get(event_id, [])
        first = spans[0] if spans else None
        event = Event(doc_id=row.doc_id, type=row.type, status=row.status, parties=parties.get(event_id, []),
                      evidence=first.text if first else "", evidence_start=first.start if first else -1,
                      evidence_end=first.end if first else -1, date=row.date,
                      location=Location(row.location_name, row.location_country) if row.location_name else None,
                      item=row.item, confidence=row.confidence, reason=row.reason)
        reporting = list(dict.fromkeys([row.doc_id, *reports.get(event_id, [])]))  # the event's document first
        out.append(StoredEvent(
            event_id, event, [s for doc_id in reporting for s in copies.get(doc_id, [])], row.source_count, spans,
            [ReportingDocument(d.id, d.title, d.url, d.source, d.published)
             for d in (documents.get(doc_id) for doc_id in reporting) if d is not None]))
    return out


def iter_pages(session: Session, ids_after, page_size: int) -> Iterator[StoredEvent]:
    """StoredEvents page by page: `ids_after(last_id, n)` gives the next n ids after last_id, in id order."""
    last = 0
    while ids := ids_after(last, page_size):
        yield from stored_events(session, ids)
        last = ids[-1]


__all__ = ["iter_pages", "stored_events"]
