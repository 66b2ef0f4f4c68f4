"""The denormalised index of events: `event_facts`, `event_countries` and `event_pairs`.

Each row repeats the event's filterable fields (type, status, date, confidence and the
reviewer's decision), so the API's aggregates (timeline, network graph, actor counts)
are one scan of one narrow table in the order they group by, with no join: fast on
100,000 events (see `defcoop.store.queries`).

- `event_facts`: one row per event, clustered by (type, month).
- `event_countries`: one row per (country or IGO code of a party, event).
- `event_pairs`: one row per (pair of those codes, a < b, event): the graph's edges.

They are kept in step in the transaction that changes the source rows: mapper events note
every event whose `EventRow` is inserted or has a filterable field changed, or whose
`EventPartyRow`s are inserted, updated or deleted through the ORM (`crud.save_result`, a
merge, a review edit), and when the transaction commits the rows of those events are rebuilt
with a few set-based statements: reads of these tables see a change once it is committed.
`review.review_event` sets the decision with `set_review`. Code that writes events or
parties with bulk Core statements (the API benchmark, migrations) calls `rebuild_index`.
"""
from __future__ import annotations

from sqlalchemy import Connection, bindparam, event, inspect, text
from sqlalchemy.orm import Session, object_session

from defcoop.store.models import EventPartyRow, EventRow

INDEX_TABLES = ("event_facts", "event_countries", "event_pairs")
FACT_FIELDS = ("type", "status", "date", "confidence")

_FACTS = ("INSERT INTO event_facts (type, month, event_id, status, date, confidence, review) "
          "SELECT e.type, coalesce(substr(e.date, 1, 7), ''), e.id, e.status, e.date, e.confidence, "
          "coalesce(r.decision, '') FROM events e LEFT JOIN review_state r ON r.event_id = e.id{where}")
_COUNTRIES = ("INSERT INTO event_countries (country, event_id, type, status, date, confidence, review) "
              "SELECT DISTINCT a.country, f.event_id, f.type, f.status, f.date, f.confidence, f.review "
              "FROM event_parties ep JOIN actors a ON a.id = ep.actor_id "
              "JOIN event_facts f ON f.event_id = ep.event_id WHERE a.country IS NOT NULL{and_}")
_PAIRS = ("INSERT INTO event_pairs (a, b, event_id, type, status, date, confidence, review) "
          "SELECT x.country, y.country, x.event_id, x.type, x.status, x.date, x.confidence, x.review "
          "FROM event_countries x JOIN event_countries y ON y.event_id = x.event_id AND x.country < y.country"
          "{where}")


BATCH = 500  # event ids per statement
# (statement, its event id column): rebuilding an event's rows is these, in this order.
_DELETES = tuple((f"DELETE FROM {table}{{where}}", "event_id") for table in INDEX_TABLES)
_STEPS = (*_DELETES, (_FACTS, "e.id"), (_COUNTRIES, "ep.event_id"), (_PAIRS, "x.event_id"))


def reindex_events(connection: Connection, event_ids: list[int] | None = None) -> None:
    """Rebuild the index rows of these events (None: of every event) from events, review_state and parties."""
    for sql, column in _STEPS:
        if event_ids is None:
            connection.execute(text(sql.format(where="", and_="")))
            continue
        stmt = text(sql.format(where=f" WHERE {column} IN :ids", and_=f" AND {column} IN :ids")).bindparams(
            bindparam("ids", expanding=True))
        for i in range(0, len(event_ids), BATCH):
            connection.execute(stmt, {"ids": event_ids[i:i + BATCH]})


def reindex_event(connection: Connection, event_id: int) -> None:
    """Rebuild every index row of one event."""
    reindex_events(connection, [event_id])


def rebuild_index(connection: Connection) -> None:
    """Rebuild the whole index (after bulk writes that bypass the ORM)."""
    reindex_events(connection, None)


def set_review(connection: Connection, event_id: int, decision: str) -> None:
    """Copy an event's review decision ("" for none) into its index rows."""
    for table in INDEX_TABLES:
        connection.execute(text(f"UPDATE {table} SET review = :review WHERE event_id = :event_id"),
                           {"review": decision, "event_id": event_id})


# --- keeping the index in step: events touched in a transaction are reindexed once, as it commits -------

_DIRTY = "defcoop_index_dirty"


def _mark(target: object, event_id: int | None) -> None:
    session = object_session(target)
    if session is not None and event_id is not None:
        session.info.setdefault(_DIRTY, set()).add(event_id)


def unindexed_events(session: Session) -> list[int]:
    """Ids of the events this session's transaction inserted or changed whose index rows are not rebuilt
    yet (that happens as it commits): readers of the index in the same transaction look at these too."""
    return sorted(session.info.get(_DIRTY, ()))


@event.listens_for(EventRow, "after_insert")
def _event_inserted(_mapper, _connection: Connection, target: EventRow) -> None:
    _mark(target, target.id)


@event.listens_for(EventRow, "after_update")
def _event_updated(_mapper, _connection: Connection, target: EventRow) -> None:
    state = inspect(target)
    if any(state.attrs[name].history.has_changes() for name in FACT_FIELDS):
        _mark(target, target.id)


@event.listens_for(EventPartyRow, "after_insert")
@event.listens_for(EventPartyRow, "after_update")
@event.listens_for(EventPartyRow, "after_delete")
def _party_changed(_mapper, _connection: Connection, target: EventPartyRow) -> None:
    _mark(target, target.event_id)


@event.listens_for(Session, "before_commit")
def _reindex_dirty(session: Session) -> None:
    """Before the transaction (or savepoint) commits, rebuild the index rows of the events it inserted
    or changed: once per transaction, not once per flush (storing a batch flushes once per document)."""
    session.flush()  # the last changes mark their events too
    # (ids left by a rolled-back transaction may be among them: rebuilding an event's rows is harmless)
    dirty = session.info.pop(_DIRTY, None)
    if dirty:
        reindex_events(session.connection(), sorted(dirty))
