"""Event filters: what a request, an export or a CLI listing asks for, checked and turned into SQL
conditions over the events table or the denormalised index of `defcoop.store.facts`."""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date as Date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from defcoop.store.crud import FilterError
from defcoop.store.models import EventCountryRow, EventFactRow, EventPairRow, EventRow, ReviewStateRow
from defcoop.store.search import SearchSyntaxError, check_query, evidence_match
from defcoop.types import EVENT_TYPES

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DECISIONS = ("confirmed", "edited", "rejected")

@dataclass(slots=True)
class EventFilters:
    """The filters every event query shares (the API's query parameters)."""

    types: tuple[str, ...] = ()
    country: str | None = None
    pair: tuple[str, str] | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    min_confidence: float | None = None
    q: str | None = None
    reviewed: bool | None = None
    decision: str | None = None
    include_rejected: bool = False

    def __post_init__(self) -> None:
        """Normalise the filters; one FilterError listing every bad filter (`problems`), each with its field."""
        problems: list[FilterError] = []
        for check in (self._check_types, self._check_countries, self._check_status, self._check_dates,
                      self._check_others, self._check_q):
            try:
                check()
            except FilterError as exc:
                problems.append(exc)
        if problems:
            raise FilterError.joined(problems)

    def _check_types(self) -> None:
        self.types = tuple(t.upper() for t in self.types)
        for t in self.types:
            if t not in EVENT_TYPES:
                raise FilterError(f"type must be one of {', '.join(EVENT_TYPES)}, got {t!r}", field="type")

    def _check_countries(self) -> None:
        if self.country is not None:
            self.country = country_code(self.country, "country")
        if self.pair is not None:
            if len(self.pair) != 2:
                raise FilterError(f"pair must be two codes or names such as KAZ,CHN or India,Japan, "
                                  f"got {','.join(self.pair)!r}", field="pair")
            a, b = sorted(country_code(c, "pair") for c in self.pair)
            if a == b:
                raise FilterError(f"pair needs two different codes, got {a},{b}", field="pair")
            self.pair = (a, b)

    def _check_status(self) -> None:
        if self.status is not None:
            self.status = self.status.strip().lower()
            if self.status not in ("occurred", "planned"):
                raise FilterError(f"status must be occurred or planned, got {self.status!r}", field="status")

    def _check_dates(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, check_date(value, name))
        if self.since and self.until and self.until[:len(self.since)] < self.since[:len(self.until)]:
            raise FilterError(f"until ({self.until}) is before since ({self.since})", field="until")

    def _check_others(self) -> None:
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise FilterError(f"min_confidence must be between 0 and 1, got {self.min_confidence}",
                              field="min_confidence")
        if self.decision is not None and self.decision not in DECISIONS:
            raise FilterError(f"decision must be one of {', '.join(DECISIONS)}, got {self.decision!r}",
                              field="decision")

    def _check_q(self) -> None:
        if self.q is not None and not self.q.strip():
            self.q = None
        if self.q is not None:
            try:
                check_query(self.q)
            except SearchSyntaxError as exc:
                raise FilterError(f"q: {exc}", field="q") from None


def check_date(value: str, name: str = "date") -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD bound that exists; FilterError otherwise."""
    value = value.strip()
    if not _DATE_RE.match(value):
        raise FilterError(f"{name} must be a year or an ISO date (YYYY, YYYY-MM, YYYY-MM-DD), got {value!r}",
                          field=name)
    year, month, day = (value.split("-") + ["01", "01"])[:3]
    try:
        # year 0000 is a bound before every stored date (Python's dates start at 1; ISO's year 0 is a leap year)
        Date(int(year) or 2000, int(month), int(day))
    except ValueError:
        raise FilterError(f"{name} {value!r} is not a real date", field=name) from None
    return value


def country_code(value: str, name: str = "country", unknown_codes: bool = False) -> str:
    """The code of a country or IGO given by code, name or demonym (`defcoop.resolve.countries`);
    FilterError naming the filter, with the closest names, on a miss (`unknown_codes`: a code in
    capitals the gazetteer lacks passes as given)."""
    from defcoop.resolve.countries import UnknownCountry, resolve_country

    try:
        return resolve_country(value, unknown_codes)
    except UnknownCountry as exc:
        raise FilterError(f"{name}: {exc}", field=name) from None


def conditions(session: Session, f: EventFilters, table: Any = EventRow, direct: bool = True
               ) -> list[ColumnElement[bool]]:
    """SQL conditions for the filters over `table`: EventRow or an index table of `defcoop.store.facts`.

    With `direct`, a country filter on `event_countries` and a pair filter on `event_pairs`
    become conditions on their key columns (one row per event then); otherwise every filter
    selects events, and all rows of those events are kept (the graph's edges and nodes).
    """
    ids = EventRow.id if table is EventRow else table.event_id
    conds: list[ColumnElement[bool]] = []
    if f.types:
        conds.append(table.type == f.types[0] if len(f.types) == 1 else table.type.in_(f.types))
    if f.status:
        conds.append(table.status == f.status)
    if f.min_confidence is not None:
        conds.append(table.confidence >= f.min_confidence)
    if f.since:
        # Dates have the precision of the text: a coarser date that contains the bound counts
        # ("2021" for since 2021-06-01). NULL dates fail every comparison.
        bound = f.since.strip()
        coarser = sorted({bound[:n] for n in (4, 7) if n < len(bound)})
        conds.append(or_(table.date >= bound, table.date.in_(coarser)) if coarser else table.date >= bound)
    if f.until:
        # "~" sorts after digits and "-": 2021-06-30 and 2021 are both <= "2021-06-30~"; 2021-07 is not.
        conds.append(table.date <= f.until.strip() + "~")
    if f.country:
        if direct and table is EventCountryRow:
            conds.append(table.country == f.country)
        else:
            conds.append(ids.in_(select(EventCountryRow.event_id).where(EventCountryRow.country == f.country)))
    if f.pair:
        if direct and table is EventPairRow:
            conds.extend((table.a == f.pair[0], table.b == f.pair[1]))
        else:
            conds.append(ids.in_(select(EventPairRow.event_id)
                                 .where(EventPairRow.a == f.pair[0], EventPairRow.b == f.pair[1])))
    if f.q:
        match = evidence_match(session, f.q)
        conds.append(match if table is EventRow else ids.in_(select(EventRow.id).where(match)))
    conds.extend(review_conditions(f, table))
    return conds


def review_conditions(f: EventFilters, table: Any) -> list[ColumnElement[bool]]:
    """The reviewed / decision / rejected filters: on `review` of an index table, through review_state otherwise."""
    hide_rejected = not f.include_rejected and f.decision != "rejected"
    if table is not EventRow:
        conds = []
        if f.reviewed is True:
            conds.append(table.review != "")
        elif f.reviewed is False:
            conds.append(table.review == "")
        if f.decision:
            conds.append(table.review == f.decision)
        if hide_rejected:
            conds.append(table.review != "rejected")
        return conds
    reviewed = select(ReviewStateRow.event_id)
    conds = []
    if f.reviewed is True:
        conds.append(EventRow.id.in_(reviewed))
    elif f.reviewed is False:
        conds.append(EventRow.id.not_in(reviewed))
    if f.decision:
        conds.append(EventRow.id.in_(reviewed.where(ReviewStateRow.decision == f.decision)))
    if hide_rejected:
        conds.append(EventRow.id.not_in(reviewed.where(ReviewStateRow.decision == "rejected")))
    return conds


def event_conditions(session: Session, f: EventFilters) -> list[ColumnElement[bool]]:
    """SQL conditions over EventRow for the filters."""
    return conditions(session, f, EventRow)


def base_table(f: EventFilters) -> Any:
    """The narrowest index table to count events from: pairs for a pair filter, countries for a country."""
    return EventPairRow if f.pair else EventCountryRow if f.country else EventFactRow


def filtered_ids(session: Session, f: EventFilters) -> Select:
    """SELECT event ids for the filters (to use as a subquery)."""
    table = base_table(f)
    return select(table.event_id).where(*conditions(session, f, table))


def _is_default(f: EventFilters) -> bool:
    """True when the filters select every event (but perhaps the rejected ones)."""
    return not (f.types or f.country or f.pair or f.status or f.since or f.until or f.q or f.decision
                or f.min_confidence is not None or f.reviewed is not None)


def grouped_counts(session: Session, f: EventFilters, table: Any, keys: tuple, where: tuple = ()) -> dict[tuple, int]:
    """Events per key of an index table for the filters ({(k1, k2...): count}).

    Without filters, every row is counted (a scan in key order that reads no other column)
    and the rows of rejected events, found through review_state, are taken off: much less
    work than testing each row's review column.
    """
    def run(*conds) -> dict[tuple, int]:
        stmt = select(*keys, func.count()).where(*where, *conds).group_by(*keys)
        return {tuple(row[:-1]): row[-1] for row in session.execute(stmt)}

    if not _is_default(f):
        return run(*conditions(session, f, table, direct=False))
    counts = run()
    if not f.include_rejected:
        for key, n in run(table.event_id.in_(select(ReviewStateRow.event_id)
                                             .where(ReviewStateRow.decision == "rejected"))).items():
            counts[key] -= n
            if not counts[key]:
                del counts[key]
    return counts


def filter_fields(f: EventFilters) -> dict:
    """The filters as keyword arguments, to build a variant: EventFilters(**{**filter_fields(f), "types": ...})."""
    return {item.name: getattr(f, item.name) for item in fields(f)}
