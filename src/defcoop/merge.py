"""Cross-source merging: do two reports describe the same real-world event?

Two reports are one event when they have the same type, the same parties at country level
(the same supplier and recipient sides for TRANSFER), times that can be the same and goods
that can be the same. The rules are deliberately strict: a wrong merge hides an event, a
missed merge only repeats one, and analysts can see repeats.

Pure functions over `ReportView`s; `defcoop.store.crud.save_result` asks the database for
candidates and calls `best_match`.
"""
from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

from defcoop.types import Event

# A report with no date happened at most this long before its publication.
UNDATED_WINDOW = timedelta(days=31)
# A planned act with no date is taken to come within the next two months.
PLANNED_WINDOW = timedelta(days=60)
# Reports of one event may disagree by some days (local time, start or end of a visit, "on Tuesday").
DATE_SLACK = timedelta(days=7)
# An exercise lasts days to weeks, and reports date its start, a day in it or its end.
EXERCISE_SLACK = timedelta(days=21)
MAX_SLACK = max(DATE_SLACK, EXERCISE_SLACK)
# Multilateral acts (3+ countries): outlets list different subsets of the participants.
MIN_MULTILATERAL_OVERLAP = 0.5
# Acts among many countries that one article may tell with a shorter and a longer list of them.
MULTILATERAL_TYPES = frozenset({"EXERCISE"})

_WORD_RE = re.compile(r"[a-z0-9][a-z0-9/\-]*")


@dataclass(frozen=True, slots=True)
class ReportView:
    """What merging needs to know of one report of an event."""

    type: str
    countries: frozenset[str]
    suppliers: frozenset[str]
    recipients: frozenset[str]
    date: str | None
    published: str | None
    item: str | None
    status: str = "occurred"
    place: str | None = None  # country of the event's location


def places_compatible(a: ReportView, b: ReportView) -> bool:
    """True unless both reports place the event, in different countries (CAR vs South Sudan)."""
    return not (a.place and b.place and a.place != b.place)


def sides_of(parties: Iterable[tuple[str | None, str]]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """All countries, supplier countries and recipient countries of (country, role) pairs."""
    pairs = [(country, role) for country, role in parties if country]
    return (frozenset(c for c, _ in pairs), frozenset(c for c, r in pairs if r == "supplier"),
            frozenset(c for c, r in pairs if r == "recipient"))


def view_of(event: Event, published: str | None) -> ReportView:
    """The ReportView of an extracted event whose document was published on `published`."""
    countries, suppliers, recipients = sides_of((p.actor.country, p.role) for p in event.parties)
    return ReportView(type=event.type, countries=countries, suppliers=suppliers, recipients=recipients,
                      date=event.date, published=published, item=event.item, status=event.status,
                      place=event.location.country if event.location else None)


# -- time -----------------------------------------------------------------------------------------
def _parse_day(value: str | None) -> date | None:
    """A YYYY-MM-DD string as a date (None when absent or malformed)."""
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def time_span(view: ReportView) -> tuple[date, date] | None:
    """The first and last day the report's event can fall on; None when nothing bounds it."""
    value = view.date or ""
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return day, day
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        pass
    published = _parse_day(view.published)
    if published is None:
        return None
    return published - UNDATED_WINDOW, published + (PLANNED_WINDOW if view.status == "planned" else timedelta(0))


def date_slack(event_type: str) -> timedelta:
    """How far apart two reports of one event of this type may date it."""
    return EXERCISE_SLACK if event_type == "EXERCISE" else DATE_SLACK


def times_compatible(a: ReportView, b: ReportView) -> bool:
    """True when the two reports' time spans overlap, allowing the type's `date_slack` either way."""
    span_a, span_b = time_span(a), time_span(b)
    if span_a is None or span_b is None:
        return True
    slack = date_slack(a.type)
    return span_a[0] - slack <= span_b[1] and span_b[0] - slack <= span_a[1]


# -- goods ----------------------------------------------------------------------------------------
@cache
def _item_classes() -> dict[str, str]:
    """Each class word or phrase mapped to its class."""
    with resources.files("defcoop.data").joinpath("item_classes.json").open(encoding="utf-8") as fp:
        data = json.load(fp)
    return {word: name for name, words in data["classes"].items() for word in words}


def _singular(word: str) -> str:
    """A plural reduced to its singular, crudely but well enough for equipment nouns."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def item_kinds(item: str | None) -> frozenset[str]:
    """The kinds of goods an item names (classes of item_classes.json); empty when none is known."""
    if not item:
        return frozenset()
    by_word = _item_classes()
    words = [_singular(w) for w in _WORD_RE.findall(item.lower())]
    kinds: set[str] = set()
    for size in (3, 2, 1):  # phrases before words: "main battle tank", "air defence"
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            if phrase in by_word:
                kinds.add(by_word[phrase])
    # Unknown words say nothing: "contract with" or "a badly needed boost" is not a kind of goods.
    return frozenset(kinds)


@cache
def _place_words() -> frozenset[str]:
    """Country names, demonyms and their parts, lower-cased: words that qualify goods without naming them."""
    from defcoop.resolve.gazetteer import COUNTRY, DEMONYM, load_gazetteer

    return frozenset(w for e in load_gazetteer().entries if e.category in (COUNTRY, DEMONYM)
                     for w in _WORD_RE.findall(e.alias.lower()))


def model_names(item: str | None) -> frozenset[str]:
    """Words of an item that name a model ("Kirpi", "Ejder Yalçın", "K9", "F-16"): capitalised (items are
    read from running text, where kinds of goods are lower case) or with a digit, and not a country word."""
    if not item:
        return frozenset()
    places, classes = _place_words(), _item_classes()
    names = set()
    for word in re.findall(r"[\w][\w\-/]*", item):
        lower = word.lower()
        if word.rstrip("s").isupper() and not any(c.isdigit() for c in word) and _singular(lower) in classes:
            continue  # "UAVs", "APCs": an acronym of a kind of goods
        if (word[0].isupper() or any(c.isdigit() for c in word)) and not word.isdigit() and lower not in places:
            names.add(_singular(lower))
    return frozenset(names)


def items_compatible(a: ReportView, b: ReportView) -> bool:
    """True unless both reports name known kinds of goods and no kind is common to both, or both name
    models and no model is common to both ("Kirpi" against "Ejder Yalçın" vehicles)."""
    kinds_a, kinds_b = item_kinds(a.item), item_kinds(b.item)
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        return False
    names_a, names_b = model_names(a.item), model_names(b.item)
    return not names_a or not names_b or any(_same_model(x, y) for x in names_a for y in names_b)


def _same_model(a: str, b: str) -> bool:
    """True when two model names can be one model: equal, or one a variant of the other ("F-15" and
    "F-15ID", "Su-30" and "Su-30MKI"): the shorter ends in a digit and the longer goes on with letters."""
    short, long_ = sorted((a, b), key=len)
    if short == long_:
        return True
    return (long_.startswith(short) and short[-1].isdigit() and long_[len(short)].isalpha()
            and any(c.isalpha() for c in short))


# -- parties --------------------------------------------------------------------------------------
def party_overlap(a: ReportView, b: ReportView) -> float:
    """How well the parties agree, 0..1 (0 = cannot be the same event)."""
    if a.type == "TRANSFER":
        # Direction must agree; an undirected side (no supplier or recipient known) cannot merge.
        if not (a.suppliers and a.recipients and a.suppliers == b.suppliers and a.recipients == b.recipients):
            return 0.0
        return 1.0
    if len(a.countries) < 2 or len(b.countries) < 2:
        return 0.0
    if a.type == "EXERCISE" and len(a.countries & b.countries) >= 2 and (
            a.countries <= b.countries or b.countries <= a.countries):
        # "Thai and American troops began Cobra Gold, joined by forces from five other countries"
        return len(a.countries & b.countries) / len(a.countries | b.countries) or 0.5
    if len(a.countries) == 2 or len(b.countries) == 2:
        return 1.0 if a.countries == b.countries else 0.0
    jaccard = len(a.countries & b.countries) / len(a.countries | b.countries)
    return jaccard if jaccard >= MIN_MULTILATERAL_OVERLAP else 0.0


def same_event(a: ReportView, b: ReportView) -> float:
    """A score > 0 when `a` and `b` can be reports of one real-world event, else 0."""
    if a.type != b.type or not times_compatible(a, b) or not items_compatible(a, b) or not places_compatible(a, b):
        return 0.0
    return party_overlap(a, b)


def best_match(report: ReportView, candidates: list[tuple[int, ReportView]]) -> int | None:
    """The key of the candidate `report` merges into (best party overlap, then closest time), or None."""
    best: tuple[float, float, int] | None = None
    for key, candidate in candidates:
        score = same_event(report, candidate)
        if score <= 0:
            continue
        rank = (score, -_time_distance(report, candidate), -key)
        if best is None or rank > best:
            best = rank
    return None if best is None else -best[2]


def _time_distance(a: ReportView, b: ReportView) -> float:
    """Days between the middles of the two time spans (0 when either is unbounded)."""
    span_a, span_b = time_span(a), time_span(b)
    if span_a is None or span_b is None:
        return 0.0
    mid_a = span_a[0] + (span_a[1] - span_a[0]) / 2
    mid_b = span_b[0] + (span_b[1] - span_b[0]) / 2
    return abs((mid_a - mid_b).days)


# -- repeats inside one document --------------------------------------------------------------------
def _more_precise(a: str | None, b: str | None) -> str | None:
    """The more precise of two compatible dates (the first when equally precise)."""
    if not a:
        return b
    if b and len(b) > len(a) and b.startswith(a):
        return b
    return a


def _same_sides(a: frozenset[str], b: frozenset[str], etype: str) -> bool:
    """The same countries; for a many-country exercise, also one list inside the other (a lead names
    some participants, the body all of them)."""
    return a == b or (etype in MULTILATERAL_TYPES and min(len(a), len(b)) >= 3 and (a <= b or b <= a))


def _repeats(earlier: Event, event: Event, view: ReportView) -> bool:
    """True when `event` tells `earlier` again (see `merge_repeats`)."""
    if earlier.type != event.type or earlier.status != event.status:
        return False
    earlier_view = view_of(earlier, None)
    if not _same_sides(earlier_view.countries, view.countries, event.type) or same_event(earlier_view, view) <= 0:
        return False
    # Goods are what tells two deliveries between the same sides apart: a report that names
    # them and one that does not may be two deliveries.
    return event.type not in ("TRANSFER", "INDUSTRY") or bool(earlier.item) == bool(event.item)


def merge_repeats(events: list[Event]) -> list[Event]:
    """Fold events that one article tells more than once (lead, body, quote) into the first telling.

    A later event is a repeat of an earlier one when both have the same type and status, the
    same countries (the same sides for TRANSFER; for a many-country exercise, one list may hold the
    other), and dates and goods that can be the same.
    The first telling keeps its evidence; it gains the repeat's other parties, a more
    precise date, and any item or location it lacked.
    """
    kept: list[Event] = []
    for event in events:
        view = view_of(event, None)
        earlier = next((k for k in kept if _repeats(k, event, view)), None)
        if earlier is None:
            kept.append(event)
            continue
        known = {(p.actor, p.role) for p in earlier.parties}
        earlier.parties.extend(p for p in event.parties if (p.actor, p.role) not in known)
        earlier.date = _more_precise(earlier.date, event.date)
        earlier.item = earlier.item or event.item
        earlier.location = earlier.location or event.location
        earlier.confidence = max(earlier.confidence, event.confidence)
        earlier.reason += "; told again later in the article"
    return kept
