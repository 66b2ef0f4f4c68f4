"""Human review of events: confirm, reject or edit, with time, reviewer and comment.

Every action is appended to `event_reviews` (the history, never rewritten) and the latest
one is the event's standing decision in `review_state` (no row: unreviewed). An edit
changes the event's own fields (type, status, date, item, parties), so every listing,
aggregate and export shows the corrected event; the values it replaced are kept in the
review's `changes` ({"field": [before, after]}).

Human decisions win over extraction: `defcoop run` only ever appends sources and evidence
to a stored event (its fingerprints stay those of the extraction, so the same document
run again finds the event and adds nothing), and rejected events are hidden from listings
and aggregates unless asked for (`not_rejected`).

Functions take a Session and do not commit, like `defcoop.store.crud`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from defcoop.errors import DefcoopError
from defcoop.store.db import hold_write_lock
from defcoop.store.facts import set_review
from defcoop.store.models import ActorRow, EventPartyRow, EventRow, ReviewRow, ReviewStateRow, utcnow
from defcoop.types import EVENT_TYPES, Actor

ACTIONS = ("confirm", "reject", "edit")
DECISIONS = {"confirm": "confirmed", "reject": "rejected", "edit": "edited"}
EDITABLE = ("type", "status", "date", "item", "parties")
STATUSES = ("occurred", "planned")
KINDS = ("country", "organisation", "company", "person", "igo")
ROLES = ("participant", "supplier", "recipient")
MAX_NAME = 255
MAX_COMMENT = 2000
MAX_ITEM = 500
MAX_PARTIES = 50
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    """Every country and organisation code of the gazetteer: what a reviewer may give a party."""
    from defcoop.resolve.gazetteer import load_gazetteer

    return frozenset(load_gazetteer().names_by_code())


class ReviewError(DefcoopError, ValueError):
    """A review has a bad value: unknown action, empty reviewer, or an edit that is not a valid event."""


class EventNotFound(DefcoopError, LookupError):
    """The event to review does not exist."""


@dataclass(slots=True, frozen=True)
class PartyEdit:
    """A party as a reviewer gives it: the actor (looked up or created by key) and its role."""

    name: str
    kind: str
    country: str | None
    role: str = "participant"
    title: str | None = None


def not_rejected() -> ColumnElement[bool]:
    """SQL condition over EventRow: the event is not rejected by a reviewer."""
    return EventRow.id.not_in(select(ReviewStateRow.event_id).where(ReviewStateRow.decision == "rejected"))


def check_date(value: str) -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD date that exists; ReviewError otherwise."""
    value = value.strip()
    if not _DATE_RE.match(value):
        raise ReviewError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    year, month, day = (value.split("-") + ["01", "01"])[:3]
    try:
        Date(int(year), int(month), int(day))
    except ValueError:
        raise ReviewError(f"date {value!r} does not exist") from None
    return value


def _check_party(party: PartyEdit | dict) -> PartyEdit:
    """A PartyEdit with trimmed, checked values (a dict is accepted too)."""
    if isinstance(party, dict):
        unknown = set(party) - {"name", "kind", "country", "role", "title"}
        if unknown:
            raise ReviewError(f"unknown party field(s): {', '.join(sorted(unknown))}")
        party = PartyEdit(party.get("name") or "", party.get("kind") or "", party.get("country"),
                          party.get("role") or "participant", party.get("title"))
    name = " ".join(str(party.name).split())
    if not name or len(name) > MAX_NAME:
        raise ReviewError(f"a party needs a name of 1 to {MAX_NAME} characters")
    if party.kind not in KINDS:
        raise ReviewError(f"party kind must be one of {', '.join(KINDS)}, got {party.kind!r}")
    if party.role not in ROLES:
        raise ReviewError(f"party role must be one of {', '.join(ROLES)}, got {party.role!r}")
    country = (party.country or "").strip().upper() or None
    if country is not None and (not _CODE_RE.match(country) or country not in _known_codes()):
        raise ReviewError(f"party country must be a known ISO3 or IGO code such as KAZ or NATO, got {party.country!r}")
    if party.kind in ("country", "igo") and country is None:
        raise ReviewError(f"a party of kind {party.kind} needs its code (country)")
    title = " ".join(str(party.title).split()) if party.title else None
    return PartyEdit(name, party.kind, country, party.role, title[:MAX_NAME] if title else None)


def check_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """The edit's values, checked and normalised; ReviewError on an unknown field or a bad value."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ReviewError(f"cannot edit {', '.join(sorted(unknown))}; editable fields: {', '.join(EDITABLE)}")
    out: dict[str, Any] = {}
    if "type" in changes:
        value = str(changes["type"] or "").upper()
        if value not in EVENT_TYPES:
            raise ReviewError(f"type must be one of {', '.join(EVENT_TYPES)}, got {changes['type']!r}")
        out["type"] = value
    if "status" in changes:
        if changes["status"] not in STATUSES:
            raise ReviewError(f"status must be occurred or planned, got {changes['status']!r}")
        out["status"] = changes["status"]
    if "date" in changes:
        out["date"] = check_date(str(changes["date"])) if changes["date"] not in (None, "") else None
    if "item" in changes:
        item = " ".join(str(changes["item"]).split()) if changes["item"] is not None else ""
        if len(item) > MAX_ITEM:
            raise ReviewError(f"item is longer than {MAX_ITEM} characters")
        out["item"] = item or None
    if "parties" in changes:
        parties = changes["parties"]
        if not isinstance(parties, list) or not parties or len(parties) > MAX_PARTIES:
            raise ReviewError(f"parties must be a list of 1 to {MAX_PARTIES} parties")
        out["parties"] = [_check_party(p) for p in parties]
    return out


def _party_records(row: EventRow) -> list[dict]:
    """The event's parties as plain dicts (for the review history)."""
    return [{"name": p.actor.name, "kind": p.actor.kind, "country": p.actor.country, "role": p.role,
             "title": p.title or p.actor.title} for p in row.parties]


def _actor_row(session: Session, party: PartyEdit) -> ActorRow:
    """The actor row for a party, created when new (same key as the extraction's actors)."""
    key = Actor(party.name, party.kind, party.country).key  # type: ignore[arg-type]
    row = session.scalar(select(ActorRow).where(ActorRow.key == key))
    if row is None:
        row = ActorRow(key=key, name=party.name, kind=party.kind, country=party.country, title=party.title)
        session.add(row)
    return row


def _apply(session: Session, row: EventRow, values: dict[str, Any]) -> dict[str, list]:
    """Set the edited fields on the event; return {field: [before, after]} of those that changed."""
    changed: dict[str, list] = {}
    for name in ("type", "status", "date", "item"):
        if name in values and getattr(row, name) != values[name]:
            changed[name] = [getattr(row, name), values[name]]
            setattr(row, name, values[name])
    if "parties" in values:
        before = _party_records(row)
        seen: set[tuple[str, str]] = set()
        parties: list[EventPartyRow] = []
        for position, party in enumerate(values["parties"]):
            actor = _actor_row(session, party)
            if (actor.key, party.role) in seen:
                continue
            seen.add((actor.key, party.role))
            parties.append(EventPartyRow(actor=actor, role=party.role, position=position, title=party.title))
        row.parties.clear()
        session.flush()  # old party rows out before the new ones go in (same keys are allowed back)
        row.parties.extend(parties)
        session.flush()
        after = _party_records(row)
        if after != before:
            changed["parties"] = [before, after]
    return changed


def review_event(session: Session, event_id: int, action: str, reviewer: str, comment: str = "",
                 changes: dict[str, Any] | None = None) -> ReviewRow:
    """Record a reviewer's action on an event and make it the standing decision.

    `changes` (only with action "edit", at least one field) maps editable fields to new
    values; parties are PartyEdits or dicts. Raises ReviewError on bad input and
    EventNotFound for an unknown id. Does not commit.
    """
    if action not in ACTIONS:
        raise ReviewError(f"action must be one of {', '.join(ACTIONS)}, got {action!r}")
    reviewer = " ".join((reviewer or "").split())
    if not reviewer or len(reviewer) > MAX_NAME:
        raise ReviewError(f"reviewer must be a name of 1 to {MAX_NAME} characters")
    comment = (comment or "").strip()
    if len(comment) > MAX_COMMENT:
        raise ReviewError(f"comment is longer than {MAX_COMMENT} characters")
    if action == "edit" and not changes:
        raise ReviewError("an edit needs at least one changed field: " + ", ".join(EDITABLE))
    if action != "edit" and changes:
        raise ReviewError(f"changes go with action 'edit', not {action!r}")
    values = check_changes(changes or {})
    hold_write_lock(session)  # a run storing at the same time may add the same actors
    row = session.get(EventRow, event_id)
    if row is None:
        raise EventNotFound(f"event {event_id} does not exist")
    changed = _apply(session, row, values)
    review = ReviewRow(event_id=event_id, action=action, reviewer=reviewer, comment=comment,
                       changes=json.dumps(changed, ensure_ascii=False), created_at=utcnow())
    session.add(review)
    session.flush()
    state = session.get(ReviewStateRow, event_id)
    if state is None:
        state = ReviewStateRow(event_id=event_id, edited=False)
        session.add(state)
    state.decision = DECISIONS[action]
    state.edited = bool(state.edited) or bool(changed)
    state.reviewer = reviewer
    state.reviewed_at = review.created_at
    state.review_id = review.id
    session.flush()
    set_review(session.connection(), event_id, state.decision)
    return review


def review_states(session: Session, event_ids: list[int]) -> dict[int, ReviewStateRow]:
    """The standing decisions of these events (reviewed ones only), by event id."""
    if not event_ids:
        return {}
    rows = session.scalars(select(ReviewStateRow).where(ReviewStateRow.event_id.in_(event_ids)))
    return {row.event_id: row for row in rows}


def review_history(session: Session, event_id: int) -> list[ReviewRow]:
    """Every review of an event, oldest first."""
    return list(session.scalars(select(ReviewRow).where(ReviewRow.event_id == event_id).order_by(ReviewRow.id)))


def review_changes(review: ReviewRow) -> dict[str, list]:
    """A review's {field: [before, after]}."""
    try:
        return json.loads(review.changes or "{}")
    except ValueError:
        return {}
