"""Read queries behind the map: events per country or IGO and directed transfer flows.

The map's shapes (Natural Earth through the npm `world-atlas` package, shipped in the UI's
static files) are keyed by ISO 3166 numeric codes; events are keyed by ISO3 (or IGO) codes,
so each country carries its numeric code, read from pycountry rather than a hand list.
"""
from __future__ import annotations

from functools import lru_cache

import pycountry
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from defcoop.store.models import ActorRow, EventCountryRow, EventPartyRow
from defcoop.store.filters import EventFilters, filter_fields, filtered_ids, grouped_counts
from defcoop.store.queries import code_info


@lru_cache(maxsize=1)
def numeric_codes() -> dict[str, str]:
    """ISO3 code -> ISO 3166 numeric code ("840" for USA), for every country pycountry knows."""
    return {c.alpha_3: c.numeric for c in pycountry.countries}


def country_counts(session: Session, f: EventFilters) -> list[dict]:
    """Every country and IGO code among the parties of the filtered events, with its events, most first."""
    counts = grouped_counts(session, f, EventCountryRow, (EventCountryRow.country,))
    numeric = numeric_codes()
    out = []
    for (code,), n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        name, kind = code_info(code)
        out.append({"code": code, "name": name, "kind": kind, "events": n, "numeric": numeric.get(code)})
    return out


def transfer_flows(session: Session, f: EventFilters, limit: int = 500) -> list[dict]:
    """Supplier -> recipient country pairs of the filtered TRANSFER events, with their events, most first.

    A filter on other types only gives no flows. An event counts once per (supplier country,
    recipient country), however many suppliers of that country it names (a state and its firm).
    """
    if f.types and "TRANSFER" not in f.types:
        return []
    ids = filtered_ids(session, EventFilters(**{**filter_fields(f), "types": ("TRANSFER",)}))
    sup_party, rec_party = aliased(EventPartyRow), aliased(EventPartyRow)
    sup_actor, rec_actor = aliased(ActorRow), aliased(ActorRow)
    events = func.count(sup_party.event_id.distinct())
    stmt = (select(sup_actor.country, rec_actor.country, events)
            .select_from(sup_party)
            .join(sup_actor, sup_actor.id == sup_party.actor_id)
            .join(rec_party, rec_party.event_id == sup_party.event_id)
            .join(rec_actor, rec_actor.id == rec_party.actor_id)
            .where(sup_party.role == "supplier", rec_party.role == "recipient",
                   sup_actor.country.is_not(None), rec_actor.country.is_not(None),
                   sup_actor.country != rec_actor.country, sup_party.event_id.in_(ids))
            .group_by(sup_actor.country, rec_actor.country)
            .order_by(events.desc(), sup_actor.country, rec_actor.country)
            .limit(limit))
    return [{"source": s, "target": t, "events": n} for s, t, n in session.execute(stmt)]


def map_data(session: Session, f: EventFilters, max_flows: int = 500) -> dict:
    """The map's data for the filters: `countries` (codes with events) and `flows` (directed transfers)."""
    return {"countries": country_counts(session, f), "flows": transfer_flows(session, f, limit=max_flows)}


__all__ = ["country_counts", "map_data", "numeric_codes", "transfer_flows"]
