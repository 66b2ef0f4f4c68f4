"""The analysis tables: one row per event, one row per country pair per event (dyads), and the
country-pair by year panel (dyad-year) with event counts per type.

Rows are dicts keyed by the table's column names (EVENT_COLUMNS, DYAD_COLUMNS,
DYAD_YEAR_COLUMNS), built by pure functions over StoredEvent-like objects (`.id`, `.event`,
and when read from the store `.documents` and `.source_count`) or (id, Event) pairs.
Several values in one cell (the URLs of several sources) are joined by " | ".
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import combinations
from typing import Any

from defcoop.resolve.countries import country_kind, country_name
from defcoop.resolve.weapons import describe_transfer
from defcoop.types import EVENT_TYPES, Event

MULTI = " | "
EVENT_COLUMNS = ("id", "doc_id", "type", "status", "date", "year", "location", "location_country", "item",
                 "quantity", "designation", "category", "stage", "confidence", "parties", "countries", "supplier_countries", "recipient_countries", "source_count",
                 "source_urls", "source_titles", "source_outlets", "source_published", "first_published",
                 "evidence")
DYAD_COLUMNS = ("event_id", "year", "date", "type", "status", "country_a", "name_a", "kind_a", "country_b", "name_b",
                "kind_b", "role_a", "role_b", "supplier", "recipient", "confidence", "source_count", "source_urls")
DYAD_YEAR_COLUMNS = ("country_a", "name_a", "country_b", "name_b", "year", "events",
                     *(t.lower() for t in EVENT_TYPES))
UNDATED = ""  # the year cell of a dyad-year row of events with no date


def _stored(item: Any) -> tuple[int | None, Event, Any]:
    """(id, Event, the object itself) from a StoredEvent-like object, an (id, Event) pair or an Event."""
    if isinstance(item, Event):
        return None, item, None
    if hasattr(item, "event"):
        return item.id, item.event, item
    event_id, event = item
    return event_id, event, None


def _countries(event: Event, role: str | None = None) -> list[str]:
    return sorted({p.actor.country for p in event.parties if p.actor.country and (role is None or p.role == role)})


def _roles(event: Event) -> dict[str, str]:
    """The role of each party country (supplier / recipient win over participant)."""
    out: dict[str, str] = {}
    for p in event.parties:
        if p.actor.country and out.get(p.actor.country, "participant") == "participant":
            out[p.actor.country] = p.role
    return out


def format_parties(event: Event) -> str:
    """Parties as "name [COUNTRY] role; ..." ("-" for an unknown country)."""
    return "; ".join(f"{p.actor.name} [{p.actor.country or '-'}] {p.role}" for p in event.parties)


def _sources(obj: Any) -> dict[str, Any]:
    """The source columns of a stored event (empty for a bare Event)."""
    documents = list(getattr(obj, "documents", None) or [])
    urls = [d.url for d in documents if d.url]
    for s in getattr(obj, "sources", None) or []:  # copies of the reporting documents carry more URLs
        if s.url and s.url not in urls:
            urls.append(s.url)
    published = [d.published or "" for d in documents]
    return {
        "source_count": getattr(obj, "source_count", None) or max(len(documents), 1),
        "source_urls": MULTI.join(urls),
        "source_titles": MULTI.join(d.title or "" for d in documents),
        "source_outlets": MULTI.join(d.source or "" for d in documents),
        "source_published": MULTI.join(published),
        "first_published": min((p for p in published if p), default=""),
    }


def _transfer_columns(event: Event) -> dict[str, Any]:
    """A transfer's quantity, designation, category and stage (order / delivery / planned); empty otherwise."""
    if event.type != "TRANSFER":
        return {"quantity": "", "designation": "", "category": "", "stage": ""}
    facts = describe_transfer(event.item, event.status, event.evidence)
    return {"quantity": "" if facts.quantity is None else facts.quantity, "designation": facts.designation or "",
            "category": facts.category, "stage": facts.stage}


def event_rows(events: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """One EVENT_COLUMNS row per event."""
    for event_id, event, obj in map(_stored, events):
        yield {
            "id": "" if event_id is None else event_id, "doc_id": event.doc_id, "type": event.type,
            "status": event.status, "date": event.date or "", "year": (event.date or "")[:4],
            "location": event.location.name if event.location else "",
            "location_country": (event.location.country or "") if event.location else "",
            "item": event.item or "", **_transfer_columns(event),
            "confidence": round(event.confidence, 3), "parties": format_parties(event),
            "countries": ";".join(_countries(event)), "supplier_countries": ";".join(_countries(event, "supplier")),
            "recipient_countries": ";".join(_countries(event, "recipient")), **_sources(obj),
            "evidence": event.evidence,
        }


def dyad_rows(events: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """One DYAD_COLUMNS row per unordered pair of party countries per event (country_a < country_b).

    International organisations are parties too (kind "igo"): drop those rows for country-only dyads.
    For a transfer, `supplier` and `recipient` give the direction when the pair is one of each.
    """
    for event_id, event, obj in map(_stored, events):
        roles = _roles(event)
        sources = _sources(obj)
        for a, b in combinations(_countries(event), 2):
            supplier = recipient = ""
            if {roles[a], roles[b]} == {"supplier", "recipient"}:
                supplier, recipient = (a, b) if roles[a] == "supplier" else (b, a)
            yield {
                "event_id": "" if event_id is None else event_id, "year": (event.date or "")[:4],
                "date": event.date or "", "type": event.type, "status": event.status,
                "country_a": a, "name_a": country_name(a), "kind_a": country_kind(a),
                "country_b": b, "name_b": country_name(b), "kind_b": country_kind(b), "role_a": roles[a], "role_b": roles[b], "supplier": supplier, "recipient": recipient,
                "confidence": round(event.confidence, 3), "source_count": sources["source_count"],
                "source_urls": sources["source_urls"],
            }


def dyad_year_rows(events: Iterable[Any], fill: bool = True) -> list[dict[str, Any]]:
    """The dyad-year panel: one DYAD_YEAR_COLUMNS row per (country pair, year) with events per type.

    With `fill`, every pair that has an event gets a row for every year from the first to the
    last year of the export (zeros included), as a balanced panel; events without a date are
    counted in one row per pair with an empty year. The `events` cells sum to the number of
    dyads (an event with three countries is three pairs), and per pair to its events.
    """
    counts: dict[tuple[str, str, str], Counter[str]] = {}
    for row in dyad_rows(events):
        key = (row["country_a"], row["country_b"], row["year"])
        counts.setdefault(key, Counter())[row["type"]] += 1
    years = sorted({int(y) for _, _, y in counts if y})
    pairs = sorted({(a, b) for a, b, _ in counts})
    keys = set(counts)
    if fill and years:
        keys |= {(a, b, str(y)) for a, b in pairs for y in range(years[0], years[-1] + 1)}
    out = []
    for a, b, year in sorted(keys, key=lambda k: (k[0], k[1], k[2] == UNDATED, k[2])):
        per_type = counts.get((a, b, year), Counter())
        out.append({"country_a": a, "name_a": country_name(a), "country_b": b, "name_b": country_name(b),
                    "year": year, "events": sum(per_type.values()),
                    **{t.lower(): per_type[t] for t in EVENT_TYPES}})
    return out


TABLES = {"events": (EVENT_COLUMNS, event_rows), "dyads": (DYAD_COLUMNS, dyad_rows),
          "dyad-year": (DYAD_YEAR_COLUMNS, dyad_year_rows)}

__all__ = ["DYAD_COLUMNS", "DYAD_YEAR_COLUMNS", "EVENT_COLUMNS", "MULTI", "TABLES", "UNDATED", "dyad_rows",
           "dyad_year_rows", "event_rows"]
