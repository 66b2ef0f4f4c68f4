"""Which stored event a new report is of (`defcoop.merge` decides; this finds the candidates): the stored
events of the report's first two countries and type whose time can meet the report's, read through the
index of pairs so that the rows read do not grow with the database, and their merge views."""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import cache

from sqlalchemy import ColumnElement, Connection, Select, and_, bindparam, exists, func, or_, select, union_all
from sqlalchemy.orm import Session

from defcoop.merge import (MAX_SLACK, PLANNED_WINDOW, UNDATED_WINDOW, ReportView, best_match, sides_of, time_span,
                           view_of)
from defcoop.store.facts import unindexed_events
from defcoop.store.models import ActorRow, DocumentRow, EventPairRow, EventPartyRow, EventRow, EventSourceRow
from defcoop.store.sqlite import unindexed
from defcoop.types import Event

# An undated stored event is a merge candidate when its document was published this close to
# the report's time span (wider than any window `defcoop.merge` allows).
CANDIDATE_REACH = UNDATED_WINDOW + PLANNED_WINDOW + MAX_SLACK
MAX_MERGE_CANDIDATES = 200


def merge_targets(session: Session, events: list[Event], published: str | None) -> list[int | None]:
    """For each event of one document, the id of the stored event from another document it reports
    again (see `defcoop.merge`), or None when it is a new event.

    The answers are those of asking the database once per event while storing them one by one:
    an event stored or merged into by an earlier event of the document has a report from it
    and is no longer a candidate. Candidate ids come from one query per event (a few spare rows
    make up for the ones excluded that way) and their views from two queries for the document.
    """
    reports = [view_of(ev, published) for ev in events]
    connection = session.connection()
    spare = len(events)
    recent = unindexed_events(session)  # stored by this transaction: not in event_pairs until it commits
    candidates = [_candidate_ids(connection, ev.doc_id, report, MAX_MERGE_CANDIDATES + spare, recent)
                  for ev, report in zip(events, reports)]
    views = _report_views(connection, sorted({i for ids in candidates for i in ids}))
    taken: set[int] = set()
    targets: list[int | None] = []
    for report, ids in zip(reports, candidates):
        ids = [i for i in ids if i not in taken][:MAX_MERGE_CANDIDATES]
        key = best_match(report, [(i, views[i]) for i in ids])
        if key is not None:
            taken.add(key)
        targets.append(key)
    return targets


def _candidate_ids(connection: Connection, doc_id: str, report: ReportView, limit: int,
                   recent: list[int]) -> list[int]:
    """Ids of stored events of another document that may be `report`'s event, newest first, at most `limit`.

    `recent`: events this transaction stored or changed, whose event_pairs rows are not written yet."""
    if len(report.countries) < 2:
        return []
    first, second = sorted(report.countries)[:2]
    params = {"type": report.type, "doc_id": doc_id, "first": first, "second": second, "limit": limit,
              "recent": recent}
    span = time_span(report)
    if span is not None:
        start, end = span[0] - MAX_SLACK, span[1] + MAX_SLACK
        params.update(start=start.isoformat(), end=end.isoformat(), coarse=_coarse_dates(start, end),
                      published_from=(span[0] - CANDIDATE_REACH).isoformat(),
                      published_to=(span[1] + CANDIDATE_REACH).isoformat())
    return list(connection.scalars(_candidate_statement(span is not None), params))


def _coarse_dates(start: date, end: date) -> list[str]:
    """The years (YYYY) and months (YYYY-MM) from `start` to `end`: the stored dates of year or month
    precision whose time can meet that span."""
    years = [f"{y:04d}" for y in range(start.year, end.year + 1)]
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return years + months


@cache
def _candidate_statement(timed: bool) -> Select:
    """The query of `_candidate_ids` with bind parameters, built once (building it per event was slow).

    Candidates come from the index of pairs (`event_pairs` by (a, b, type, date)): the stored events of
    the report's first two countries and its type whose time can meet the report's, so the rows read do
    not grow with the number of stored events of the type or of either country. Events stored earlier in
    the same transaction (`recent`) are not indexed yet and are checked directly; the conditions are then
    applied to the events' own rows (a reviewer may have changed them since).
    """
    pairs = select(EventPairRow.event_id).where(EventPairRow.a == bindparam("first"),
                                                EventPairRow.b == bindparam("second"),
                                                EventPairRow.type == bindparam("type"))
    if timed:
        pairs = pairs.where(_time_can_meet(EventPairRow.date))
    # One IN over a UNION ALL, not an OR of two INs: PostgreSQL cannot join an OR and read every event.
    recent = select(EventRow.id).where(EventRow.id.in_(bindparam("recent", expanding=True)))
    stmt = (select(EventRow.id)
            .where(EventRow.id.in_(union_all(pairs, recent)))
            .where(unindexed(EventRow.type) == bindparam("type"))  # from the ids found, not an index scan
            .where(~exists(select(EventSourceRow.id).where(EventSourceRow.event_id == EventRow.id,
                                                           EventSourceRow.doc_id == bindparam("doc_id"))))
            .where(has_party_from(bindparam("first")), has_party_from(bindparam("second"))))
    if timed:
        # Undated events are candidates when their document was published near the report's time.
        near = (select(DocumentRow.id).where(DocumentRow.id == EventRow.doc_id,
                                             DocumentRow.published >= bindparam("published_from"),
                                             DocumentRow.published <= bindparam("published_to")))
        date = unindexed(EventRow.date)
        stmt = stmt.where(_time_can_meet(date), or_(date.is_not(None), exists(near)))
    return stmt.order_by(EventRow.id.desc()).limit(bindparam("limit"))


def _time_can_meet(column) -> ColumnElement[bool]:
    """A stored date that overlaps the report's span at its own precision (a year or month in it, or a day
    between its ends), or no date: three conditions an index on the date answers as ranges. `same_event`
    then applies the exact rules to the few events found."""
    return or_(column.in_(bindparam("coarse", expanding=True)),
               and_(column >= bindparam("start"), column <= bindparam("end"), func.length(column) == 10),
               column.is_(None))


_VIEW_FIELDS = select(EventRow.id, EventRow.type, EventRow.date, EventRow.item, EventRow.status,
                      EventRow.location_country, DocumentRow.published).join(
    DocumentRow, DocumentRow.id == EventRow.doc_id).where(EventRow.id.in_(bindparam("ids", expanding=True)))
_VIEW_PARTIES = select(EventPartyRow.event_id, ActorRow.country, EventPartyRow.role).join(
    ActorRow, ActorRow.id == EventPartyRow.actor_id).where(EventPartyRow.event_id.in_(bindparam("ids", expanding=True)))
IDS_PER_QUERY = 500


def _report_views(connection: Connection, ids: list[int]) -> dict[int, ReportView]:
    """The merge views of stored events (their first report's fields and publication date) by id."""
    fields, parties = [], defaultdict(list)
    for i in range(0, len(ids), IDS_PER_QUERY):
        chunk = {"ids": ids[i:i + IDS_PER_QUERY]}
        fields += connection.execute(_VIEW_FIELDS, chunk).all()
        for event_id, country, role in connection.execute(_VIEW_PARTIES, chunk):
            parties[event_id].append((country, role))
    views = {}
    for event_id, type_, when, item, status, place, published in fields:
        countries, suppliers, recipients = sides_of(parties[event_id])
        views[event_id] = ReportView(type=type_, countries=countries, suppliers=suppliers, recipients=recipients,
                                     date=when, published=published, item=item, status=status, place=place)
    return views


def has_party_from(country):
    """SQL condition: some party of the event belongs to `country`."""
    return exists(select(EventPartyRow.event_id).join(ActorRow, EventPartyRow.actor_id == ActorRow.id)
                  .where(EventPartyRow.event_id == EventRow.id, ActorRow.country == country))
