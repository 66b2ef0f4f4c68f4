"""Read queries behind the API: filtered event pages, graph, timeline, actors, transfers, documents.

Aggregates are pushed into SQL over the denormalised index of `defcoop.store.facts`
(`event_facts`, `event_countries`, `event_pairs`, each row carrying the event's filterable
fields), so each is one scan of one narrow table: fast on 100,000 events.
Rejected events are left out everywhere unless `EventFilters.include_rejected` is set
(or the filter asks for rejected events); the filters themselves live in `defcoop.store.filters`.
Functions take a Session and never write.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from defcoop.resolve.weapons import describe_transfer
from defcoop.store.crud import FilterError, StoredEvent
from defcoop.store.filters import (DECISIONS, EventFilters, base_table, conditions, country_code, event_conditions,
                                   filter_fields, grouped_counts, review_conditions)
from defcoop.store.models import (ActorRow, DocumentRow, DocumentSourceRow, EventCountryRow, EventFactRow,
                                  EventPairRow, EventPartyRow, EventRow, EventSourceRow, EvidenceRow, ReviewStateRow)
from defcoop.store.review import review_changes, review_history
from defcoop.types import EVENT_TYPES

SORTS = {
    "date": ("date", False), "-date": ("date", True), "id": ("id", False), "-id": ("id", True),
    "confidence": ("confidence", False), "-confidence": ("confidence", True), "type": ("type", False),
    "-type": ("type", True), "sources": ("source_count", False), "-sources": ("source_count", True),
}
EXPORT_PAGE = 500


# --- names of codes ----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def code_names() -> dict[str, tuple[str, str]]:
    """(name, kind) of every country and IGO code of the gazetteer; kind is "country" or "igo"."""
    from defcoop.resolve.gazetteer import COUNTRY, IGO, load_gazetteer

    out: dict[str, tuple[str, str]] = {}
    for entry in load_gazetteer().entries:
        if entry.category == COUNTRY:
            out.setdefault(entry.code, (entry.canonical, "country"))
        elif entry.category == IGO:
            out.setdefault(entry.code, (entry.canonical, "igo"))
    return out


def code_info(code: str) -> tuple[str, str]:
    """(name, kind) of a code; unknown codes are their own name, of kind "country"."""
    return code_names().get(code, (code, "country"))


# --- events ------------------------------------------------------------------------------------------------


def _order(sort: str) -> list:
    if sort not in SORTS:
        raise FilterError(f"sort must be one of {', '.join(SORTS)}, got {sort!r}")
    name, desc = SORTS[sort]
    column = getattr(EventRow, name)
    if name == "id":
        return [column.desc() if desc else column]
    # Undated events last either way, on every backend (SQLite puts NULLs first, PostgreSQL last,
    # when ascending); ties by id.
    ordered = column.desc() if desc else column.asc()
    if name == "date":
        ordered = ordered.nulls_last()
    return [ordered, EventRow.id.desc() if desc else EventRow.id]


def count_events(session: Session, f: EventFilters) -> int:
    """How many events match the filters."""
    table = base_table(f)
    return session.scalar(select(func.count()).select_from(table).where(*conditions(session, f, table))) or 0


def list_events(session: Session, f: EventFilters, sort: str = "-date", limit: int = 50,
                offset: int = 0) -> list[dict]:
    """One page of events as dicts (parties, first evidence, review state), in `sort` order."""
    page = list(session.execute(select(*_EVENT_COLUMNS).where(*event_conditions(session, f))
                                .order_by(*_order(sort)).limit(limit).offset(offset)))
    return event_summaries(session, [row.id for row in page], {row.id: row for row in page})


def event_summaries(session: Session, ids: list[int], rows: dict[int, Any] | None = None) -> list[dict]:
    """Events by id (in the order given) as the dicts of the events list (`rows`: their _EVENT_COLUMNS by id,
    when the caller has read them already)."""
    if not ids:
        return []
    # Plain column rows, not ORM objects: building the objects was most of a page's time (issue 12, row 14).
    if rows is None:
        rows = {r.id: r for r in session.execute(select(*_EVENT_COLUMNS).where(EventRow.id.in_(ids)))}
    parties = _parties_of(session, ids)
    evidence: dict[int, Any] = {}
    for ev in session.execute(select(EvidenceRow.event_id, EvidenceRow.text, EvidenceRow.doc_id,
                                     EvidenceRow.start_offset, EvidenceRow.end_offset)
                              .where(EvidenceRow.event_id.in_(ids)).order_by(EvidenceRow.id)):
        evidence.setdefault(ev.event_id, ev)
    states = {s.event_id: s for s in session.execute(
        select(ReviewStateRow.event_id, ReviewStateRow.decision, ReviewStateRow.edited, ReviewStateRow.reviewer,
               ReviewStateRow.reviewed_at).where(ReviewStateRow.event_id.in_(ids)))}
    out = []
    for event_id in ids:
        row = rows[event_id]
        first = evidence.get(event_id)
        out.append({
            **_event_fields(row), "parties": parties.get(event_id, []),
            "evidence": first.text if first else "", "evidence_doc_id": first.doc_id if first else row.doc_id,
            "evidence_start": first.start_offset if first else -1, "evidence_end": first.end_offset if first else -1,
            "review": _state_dict(states.get(event_id)),
        })
    return out


_EVENT_COLUMNS = (EventRow.id, EventRow.doc_id, EventRow.type, EventRow.status, EventRow.date, EventRow.location_name,
                  EventRow.location_country, EventRow.item, EventRow.confidence, EventRow.source_count)


def _event_fields(row: EventRow) -> dict:
    return {"id": row.id, "doc_id": row.doc_id, "type": row.type, "status": row.status, "date": row.date,
            "location": ({"name": row.location_name, "country": row.location_country}
                         if row.location_name else None),
            "item": row.item, "confidence": round(row.confidence, 3), "source_count": row.source_count or 1}


def _parties_of(session: Session, ids: list[int]) -> dict[int, list[dict]]:
    rows = session.execute(
        select(EventPartyRow.event_id, EventPartyRow.role, EventPartyRow.title, ActorRow.id, ActorRow.name,
               ActorRow.kind, ActorRow.country, ActorRow.title)
        .join(ActorRow, ActorRow.id == EventPartyRow.actor_id)
        .where(EventPartyRow.event_id.in_(ids)).order_by(EventPartyRow.event_id, EventPartyRow.position))
    out: dict[int, list[dict]] = defaultdict(list)
    for event_id, role, title, actor_id, name, kind, country, actor_title in rows:
        out[event_id].append({"actor_id": actor_id, "name": name, "kind": kind, "country": country, "role": role,
                              "title": title or actor_title})
    return out


def _state_dict(state: ReviewStateRow | None) -> dict | None:
    if state is None:
        return None
    return {"decision": state.decision, "edited": bool(state.edited), "reviewer": state.reviewer,
            "reviewed_at": state.reviewed_at.isoformat() if state.reviewed_at else None}


def get_event(session: Session, event_id: int) -> dict | None:
    """An event with its parties, review state and history, and every source document with its evidence."""
    row = session.get(EventRow, event_id)
    if row is None:
        return None
    base = event_summaries(session, [event_id])[0]
    reports = {r.doc_id: r for r in session.scalars(select(EventSourceRow).where(EventSourceRow.event_id == event_id)
                                                    .order_by(EventSourceRow.id))}
    evidence = list(session.scalars(select(EvidenceRow).where(EvidenceRow.event_id == event_id)
                                    .order_by(EvidenceRow.id)))
    doc_ids = list(dict.fromkeys([row.doc_id, *reports, *(e.doc_id for e in evidence)]))
    docs = {d.id: d for d in session.scalars(select(DocumentRow).where(DocumentRow.id.in_(doc_ids)))}
    copies = _copies_of(session, doc_ids)
    sources = []
    for doc_id in doc_ids:
        doc = docs.get(doc_id)
        report = reports.get(doc_id)
        sources.append({
            "doc_id": doc_id, "title": doc.title if doc else None, "url": doc.url if doc else None,
            "source": doc.source if doc else None, "published": doc.published if doc else None,
            "confidence": round(report.confidence, 3) if report else None,
            "evidence": [{"id": e.id, "text": e.text, "start": e.start_offset, "end": e.end_offset}
                         for e in evidence if e.doc_id == doc_id],
            "copies": copies.get(doc_id, []),
        })
    history = [{"id": r.id, "action": r.action, "reviewer": r.reviewer, "comment": r.comment,
                "changes": review_changes(r), "created_at": r.created_at.isoformat()}
               for r in review_history(session, event_id)]
    return {**base, "reason": row.reason, "sources": sources, "history": history}


def _copies_of(session: Session, doc_ids: list[str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for s in session.scalars(select(DocumentSourceRow).where(DocumentSourceRow.doc_id.in_(doc_ids))
                             .order_by(DocumentSourceRow.id)):
        out[s.doc_id].append({"url": s.url or None, "source": s.source or None, "relation": s.relation})
    return out


def get_document(session: Session, doc_id: str, include_rejected: bool = False) -> dict | None:
    """A document's metadata, cleaned text, copies and the evidence spans of its events."""
    doc = session.get(DocumentRow, doc_id)
    if doc is None:
        return None
    stmt = (select(EvidenceRow.id, EvidenceRow.event_id, EvidenceRow.start_offset, EvidenceRow.end_offset,
                   EventRow.type, EventRow.status)
            .join(EventRow, EventRow.id == EvidenceRow.event_id)
            .where(EvidenceRow.doc_id == doc_id).order_by(EvidenceRow.start_offset, EvidenceRow.id))
    if not include_rejected:
        stmt = stmt.where(*review_conditions(EventFilters(), EventRow))
    spans = [{"evidence_id": i, "event_id": e, "start": s, "end": t, "type": ty, "status": st}
             for i, e, s, t, ty, st in session.execute(stmt)]
    return {"id": doc.id, "title": doc.title, "url": doc.url, "published": doc.published, "source": doc.source,
            "lang": doc.lang, "ingested_at": doc.ingested_at.isoformat() if doc.ingested_at else None,
            "text": doc.text, "spans": spans, "copies": _copies_of(session, [doc.id]).get(doc.id, [])}


def iter_stored(session: Session, f: EventFilters, page_size: int = EXPORT_PAGE) -> Iterator[StoredEvent]:
    """Every filtered event as a StoredEvent (the exporters' input), page by page in id order."""
    from defcoop.store.bulk import iter_pages

    conds = event_conditions(session, f)

    def ids_after(last: int, n: int) -> list[int]:
        return list(session.scalars(select(EventRow.id).where(*conds, EventRow.id > last)
                                    .order_by(EventRow.id).limit(n)))

    return iter_pages(session, ids_after, page_size)


# --- aggregates --------------------------------------------------------------------------------------------


def graph(session: Session, f: EventFilters, max_edges: int = 300, min_weight: int = 1) -> dict:
    """Nodes (codes with their event counts) and weighted edges (events per pair) for the filters.

    Every pair of codes among the parties of a filtered event is an edge (so a country
    filter gives that country's events with all their pairs); the heaviest `max_edges`.
    """
    pairs = grouped_counts(session, f, EventPairRow, (EventPairRow.a, EventPairRow.b))
    edge_rows = sorted(((a, b, n) for (a, b), n in pairs.items() if n >= min_weight),
                       key=lambda e: (-e[2], e[0], e[1]))[:max_edges]
    codes = sorted({c for a, b, _ in edge_rows for c in (a, b)})
    counts = {}
    if codes:
        counts = {code: n for (code,), n in grouped_counts(session, f, EventCountryRow, (EventCountryRow.country,)).items()}
    nodes = [{"code": c, "name": code_info(c)[0], "kind": code_info(c)[1], "events": counts.get(c, 0)}
             for c in codes]
    edges = [{"source": a, "target": b, "weight": w} for a, b, w in edge_rows]
    return {"nodes": nodes, "edges": edges}


def top_pairs(session: Session, f: EventFilters, limit: int = 10) -> list[dict]:
    """The most frequent pairs of codes for the filters."""
    pairs = grouped_counts(session, f, EventPairRow, (EventPairRow.a, EventPairRow.b))
    top = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [{"countries": [a, b], "names": [code_info(a)[0], code_info(b)[0]], "events": n} for (a, b), n in top]


def timeline(session: Session, f: EventFilters, interval: str = "month") -> dict:
    """Events per period and type: aligned series over every period from the first to the last.

    With interval "month", events dated only to the year cannot be placed in a month: they
    are counted per year and type in `coarse`. Undated events are counted in `undated`, so
    `placed` + the events of `coarse` + `undated` = `total`, the events of the filters.
    """
    if interval not in ("month", "year"):
        raise FilterError(f"interval must be month or year, got {interval!r}")
    width = 7 if interval == "month" else 4
    table = base_table(f)
    if table is EventFactRow:  # clustered by (type, month): grouped in order, no sort
        period = EventFactRow.month if interval == "month" else func.substr(EventFactRow.month, 1, 4)
        grouped = grouped_counts(session, f, EventFactRow, (EventFactRow.type, period))
        rows = [(t, p, n) for (t, p), n in grouped.items()]
    else:
        period = func.substr(table.date, 1, width)
        rows = session.execute(select(table.type, period, func.count())
                               .where(*conditions(session, f, table)).group_by(table.type, period)).all()
    # undated events come in the same scan, in the group of an empty (or NULL) period
    undated = sum(c for _, p, c in rows if not p)
    rows = [(t, p, c) for t, p, c in rows if p]
    placed = [(p, t, c) for t, p, c in rows if len(p) == width]
    coarse = [{"period": p, "type": t, "events": c} for t, p, c in rows if len(p) != width]
    periods = _period_range(min((p for p, _, _ in placed), default=None), max((p for p, _, _ in placed), default=None),
                            interval)
    index = {p: i for i, p in enumerate(periods)}
    types = [t for t in EVENT_TYPES if any(row[1] == t for row in placed)]
    series = {t: [0] * len(periods) for t in types}
    for p, t, c in placed:
        series[t][index[p]] += c
    in_periods = sum(c for _, _, c in placed)
    in_coarse = sum(r["events"] for r in coarse)
    return {"interval": interval, "periods": periods, "series": series,
            "coarse": sorted(coarse, key=lambda r: (r["period"], r["type"])),
            "placed": in_periods, "undated": undated, "total": in_periods + in_coarse + undated}


def _period_range(first: str | None, last: str | None, interval: str) -> list[str]:
    """Every year or month from `first` to `last` (at most 300 years of them)."""
    if first is None or last is None:
        return []
    if interval == "year":
        return [str(y) for y in range(int(first), int(last) + 1)][:300]
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < 12 * 300:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def summary(session: Session, f: EventFilters) -> dict:
    """Dashboard totals for the filters: events, documents, codes, per type and per decision, top pairs."""
    table = base_table(f)
    conds = conditions(session, f, table)
    if table is EventFactRow:
        per_type = {t: n for (t,), n in grouped_counts(session, f, EventFactRow, (EventFactRow.type,)).items()}
    else:
        per_type = dict(session.execute(select(table.type, func.count()).where(*conds).group_by(table.type)).all())
    first, last = session.execute(select(func.min(table.date), func.max(table.date)).where(*conds)).one()
    decisions = dict(session.execute(select(ReviewStateRow.decision, func.count())
                                     .group_by(ReviewStateRow.decision)).all())
    codes = len(grouped_counts(session, f, EventCountryRow, (EventCountryRow.country,)))
    return {
        "events": sum(per_type.values()),
        "documents": session.scalar(select(func.count()).select_from(DocumentRow)) or 0,
        "sources": session.scalar(select(func.count()).select_from(DocumentSourceRow)) or 0,
        "countries": codes,
        "first_date": first, "last_date": last,
        "events_per_type": {t: per_type[t] for t in EVENT_TYPES if t in per_type},
        "reviews": {d: decisions.get(d, 0) for d in DECISIONS},
        "top_pairs": top_pairs(session, f, 10),
    }


# --- actors ------------------------------------------------------------------------------------------------

ACTOR_KINDS = ("country", "igo", "company", "person", "organisation")


def list_actors(session: Session, f: EventFilters, kind: str | None = None, q: str | None = None,
                limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    """Countries and IGOs (by code) and companies, persons and organisations (by actor), most events first."""
    if kind is not None and kind not in ACTOR_KINDS:
        raise FilterError(f"kind must be one of {', '.join(ACTOR_KINDS)}, got {kind!r}")
    items: list[dict] = []
    if kind in (None, "country", "igo"):
        items += [c for c in _code_actors(session, f) if kind is None or c["kind"] == kind]
    if kind in (None, "company", "person", "organisation"):
        items += _named_actors(session, f, kind)
    if q and q.strip():
        needle = q.strip().lower()
        items = [i for i in items if needle in i["name"].lower() or needle == i["code"].lower()]
    items.sort(key=lambda i: (-i["events"], i["name"]))
    page = items[offset:offset + limit]
    _add_partner_counts(session, f, page)
    return len(items), page


def _code_actors(session: Session, f: EventFilters) -> list[dict]:
    """Every code with its events and first/last dates (one scan of event_countries, in code order)."""
    rows = session.execute(
        select(EventCountryRow.country, func.count(), func.min(EventCountryRow.date), func.max(EventCountryRow.date))
        .where(*conditions(session, f, EventCountryRow, direct=False))
        .group_by(EventCountryRow.country)).all()
    return [{"code": code, "actor_id": None, "name": code_info(code)[0], "kind": code_info(code)[1],
             "country": code, "title": None, "events": n, "first_date": first, "last_date": last}
            for code, n, first, last in rows]


def _named_actors(session: Session, f: EventFilters, kind: str | None) -> list[dict]:
    """Persons, companies and organisations with their events and first/last dates."""
    kinds = [kind] if kind else ["company", "person", "organisation"]
    rows = session.execute(
        select(ActorRow.id, ActorRow.name, ActorRow.kind, ActorRow.country, ActorRow.title,
               func.count(func.distinct(EventFactRow.event_id)), func.min(EventFactRow.date),
               func.max(EventFactRow.date))
        .join(EventPartyRow, EventPartyRow.actor_id == ActorRow.id)
        .join(EventFactRow, EventFactRow.event_id == EventPartyRow.event_id)
        .where(ActorRow.kind.in_(kinds), *conditions(session, f, EventFactRow, direct=False))
        .group_by(ActorRow.id)).all()
    return [{"code": str(actor_id), "actor_id": actor_id, "name": name, "kind": k, "country": country,
             "title": title, "events": n, "first_date": first, "last_date": last}
            for actor_id, name, k, country, title, n, first, last in rows]


def _add_partner_counts(session: Session, f: EventFilters, items: list[dict]) -> None:
    """Set "partners" (distinct other codes in the same events) on a page of actors."""
    partners: dict[str, set[str]] = defaultdict(set)
    if any(item["actor_id"] is None for item in items):
        for a, b in session.execute(select(EventPairRow.a, EventPairRow.b).distinct()
                                    .where(*conditions(session, f, EventPairRow, direct=False))):
            partners[a].add(b)
            partners[b].add(a)
    for item in items:
        if item["actor_id"] is None:
            item["partners"] = len(partners.get(item["code"], ()))
        else:
            events_of = select(EventPartyRow.event_id).where(EventPartyRow.actor_id == item["actor_id"])
            item["partners"] = session.scalar(
                select(func.count(func.distinct(EventCountryRow.country)))
                .where(EventCountryRow.event_id.in_(events_of), EventCountryRow.country != (item["country"] or ""),
                       *conditions(session, f, EventCountryRow, direct=False))) or 0


def get_actor(session: Session, code: str, f: EventFilters) -> dict | None:
    """A country/IGO (by code) or an actor (by numeric id): counts, dates, partners over time, transfers."""
    if code.isdigit():
        return _get_named_actor(session, int(code), f)
    code = country_code(code, "code", unknown_codes=True)  # an unknown code is a 404, not a bad request
    conds = [EventCountryRow.country == code, *conditions(session, f, EventCountryRow, direct=False)]
    total, first, last = session.execute(select(func.count(), func.min(EventCountryRow.date),
                                                func.max(EventCountryRow.date)).where(*conds)).one()
    if not total and code not in code_names():
        return None
    name, kind = code_info(code)
    per_type = dict(session.execute(select(EventCountryRow.type, func.count()).where(*conds)
                                    .group_by(EventCountryRow.type)).all())
    year = func.substr(EventCountryRow.date, 1, 4)
    by_year = dict(session.execute(select(year, func.count()).where(*conds, EventCountryRow.date.is_not(None))
                                   .group_by(year)).all())
    return {
        "code": code, "actor_id": None, "name": name, "kind": kind, "country": code, "title": None,
        "events": total, "first_date": first, "last_date": last,
        "events_per_type": {t: per_type[t] for t in EVENT_TYPES if t in per_type},
        "events_per_year": dict(sorted(by_year.items())),
        "partners": _partners_over_time(session, f, code),
        "transfers_out": transfers(session, f, supplier=code, limit=200)[1],
        "transfers_in": transfers(session, f, recipient=code, limit=200)[1],
        "actors": _actors_of_code(session, f, code),
    }


def _partners_over_time(session: Session, f: EventFilters, code: str) -> list[dict]:
    """Partners of a code with events per year and first/last dates, most events first."""
    conds = conditions(session, f, EventPairRow, direct=False)
    year = func.coalesce(func.substr(EventPairRow.date, 1, 4), "undated")
    partners: dict[str, dict] = {}
    for mine, other in ((EventPairRow.a, EventPairRow.b), (EventPairRow.b, EventPairRow.a)):
        rows = session.execute(select(other, year, func.count(), func.min(EventPairRow.date),
                                      func.max(EventPairRow.date))
                               .where(mine == code, *conds).group_by(other, year))
        for partner, yr, n, first, last in rows:
            p = partners.setdefault(partner, {"code": partner, "name": code_info(partner)[0],
                                              "kind": code_info(partner)[1], "events": 0, "first_date": None,
                                              "last_date": None, "per_year": {}})
            p["events"] += n
            p["per_year"][yr] = p["per_year"].get(yr, 0) + n
            if first and (p["first_date"] is None or first < p["first_date"]):
                p["first_date"] = first
            if last and (p["last_date"] is None or last > p["last_date"]):
                p["last_date"] = last
    for p in partners.values():
        p["per_year"] = dict(sorted(p["per_year"].items()))
    return sorted(partners.values(), key=lambda p: (-p["events"], p["code"]))


def _actors_of_code(session: Session, f: EventFilters, code: str, limit: int = 20) -> list[dict]:
    """The persons, companies and organisations of a country with the most events."""
    n = func.count(func.distinct(EventPartyRow.event_id)).label("n")
    rows = session.execute(
        select(ActorRow.id, ActorRow.name, ActorRow.kind, ActorRow.title, n)
        .join(EventPartyRow, EventPartyRow.actor_id == ActorRow.id)
        .join(EventFactRow, EventFactRow.event_id == EventPartyRow.event_id)
        .where(ActorRow.country == code, ActorRow.kind.in_(("person", "company", "organisation")),
               *conditions(session, f, EventFactRow, direct=False))
        .group_by(ActorRow.id).order_by(n.desc(), ActorRow.name).limit(limit)).all()
    return [{"actor_id": i, "code": str(i), "name": name, "kind": kind, "title": title, "events": c}
            for i, name, kind, title, c in rows]


def _get_named_actor(session: Session, actor_id: int, f: EventFilters) -> dict | None:
    """A person, company or organisation (or a country's own actor row) by actor id."""
    actor = session.get(ActorRow, actor_id)
    if actor is None:
        return None
    events_of = select(EventPartyRow.event_id).where(EventPartyRow.actor_id == actor_id)
    conds = [EventFactRow.event_id.in_(events_of), *conditions(session, f, EventFactRow, direct=False)]
    total, first, last = session.execute(select(func.count(), func.min(EventFactRow.date),
                                                func.max(EventFactRow.date)).where(*conds)).one()
    per_type = dict(session.execute(select(EventFactRow.type, func.count()).where(*conds)
                                    .group_by(EventFactRow.type)).all())
    partner_rows = session.execute(
        select(EventCountryRow.country, func.count(), func.min(EventCountryRow.date), func.max(EventCountryRow.date))
        .where(EventCountryRow.event_id.in_(events_of), EventCountryRow.country != (actor.country or ""),
               *conditions(session, f, EventCountryRow, direct=False))
        .group_by(EventCountryRow.country).order_by(func.count().desc(), EventCountryRow.country)).all()
    recent = list(session.scalars(select(EventRow.id).where(EventRow.id.in_(events_of), *event_conditions(session, f))
                                  .order_by(*_order("-date")).limit(50)))
    return {
        "code": str(actor.id), "actor_id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country,
        "title": actor.title, "events": total, "first_date": first, "last_date": last,
        "events_per_type": {t: per_type[t] for t in EVENT_TYPES if t in per_type},
        "partners": [{"code": c, "name": code_info(c)[0], "kind": code_info(c)[1], "events": n, "first_date": a,
                      "last_date": b, "per_year": {}} for c, n, a, b in partner_rows],
        "recent_events": event_summaries(session, recent),
    }


# --- transfers ---------------------------------------------------------------------------------------------


def transfers(session: Session, f: EventFilters, supplier: str | None = None, recipient: str | None = None,
              sort: str = "-date", limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    """The register of TRANSFER events: supplier(s), recipient(s), item with its quantity, designation and
    category, order or delivery (`defcoop.resolve.weapons`), status, date and sources."""
    f = EventFilters(**{**filter_fields(f), "types": ("TRANSFER",)})
    conds = event_conditions(session, f)
    for code, role in ((supplier, "supplier"), (recipient, "recipient")):
        if code:
            conds.append(EventRow.id.in_(select(EventPartyRow.event_id)
                                         .join(ActorRow, ActorRow.id == EventPartyRow.actor_id)
                                         .where(ActorRow.country == country_code(code, role), EventPartyRow.role == role)))
    total = session.scalar(select(func.count()).select_from(EventRow).where(*conds)) or 0
    ids = list(session.scalars(select(EventRow.id).where(*conds).order_by(*_order(sort)).limit(limit).offset(offset)))
    events = event_summaries(session, ids)
    docs = _source_docs(session, ids)
    rows = []
    for ev in events:
        by_role = defaultdict(list)
        for p in ev["parties"]:
            by_role[p["role"]].append(p)
        facts = describe_transfer(ev["item"], ev["status"], ev["evidence"])
        year = (ev["date"] or "")[:4] or None
        rows.append({"id": ev["id"], "date": ev["date"], "status": ev["status"], "item": ev["item"],
                     "quantity": facts.quantity, "designation": facts.designation, "category": facts.category,
                     "stage": facts.stage, "order_year": year if facts.stage == "order" else None,
                     "delivery_year": year if facts.stage == "delivery" else None,
                     "suppliers": by_role["supplier"], "recipients": by_role["recipient"],
                     "participants": by_role["participant"], "confidence": ev["confidence"],
                     "source_count": ev["source_count"], "sources": docs.get(ev["id"], []), "review": ev["review"]})
    return total, rows


def _source_docs(session: Session, ids: list[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = defaultdict(list)
    if not ids:
        return out
    rows = session.execute(select(EventSourceRow.event_id, DocumentRow.id, DocumentRow.title, DocumentRow.url,
                                  DocumentRow.source, DocumentRow.published)
                           .join(DocumentRow, DocumentRow.id == EventSourceRow.doc_id)
                           .where(EventSourceRow.event_id.in_(ids)).order_by(EventSourceRow.id))
    for event_id, doc_id, title, url, source, published in rows:
        out[event_id].append({"doc_id": doc_id, "title": title, "url": url, "source": source,
                              "published": published})
    return out


__all__ = ["ACTOR_KINDS", "code_info", "code_names", "count_events", "get_actor", "get_document", "get_event", "graph",
           "iter_stored", "list_actors", "list_events", "summary", "timeline", "top_pairs", "transfers"]
