"""Resolve date expressions ("on Thursday", "Nov. 14", "in November 2012", "last week")
against a document's publication date, at the precision the text gives.

Weekdays, relative periods and month names need the anchor's calendar and the event's
tense (a planned "Friday" is the next one), so they are resolved here; dateparser
(languages=['en'], never search_dates) reads any other full date expression.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

from defcoop.dateforms import DIGIT_DAY, ISO_DAY

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTH_NUMBERS = MONTHS | {k[:3]: v for k, v in MONTHS.items()} | {"sept": 9}

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH = re.compile(r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?", re.I)
_DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
_NUMERIC = re.compile(rf"\b{DIGIT_DAY}\b")
_DAY_ALONE = re.compile(r"^(?:on )?the ([0-3]?\d)(?:st|nd|rd|th)$")
_ISO_DAY = re.compile(rf"\b{ISO_DAY}\b")
_SEASON = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b")
_YEAR_END = re.compile(r"\b(?:end|close|turn|remainder|rest) of (?:the|this) year\b|\byear[- ]end\b")
_YEAR_RANGE = re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b")


def parse_anchor(published: str | None) -> date | None:
    """The publication day; a page dated only by its month ("2008-12") or year ("2020") is anchored on the
    last day of that month or year, so that the months it names fall in it."""
    if not published:
        return None
    try:
        if len(published) >= 10:
            return date.fromisoformat(published[:10])
        if len(published) == 7:
            year, month = int(published[:4]), int(published[5:7])
            return date(year, month, calendar.monthrange(year, month)[1])
        return date(int(published[:4]), 12, 31)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser(text: str, anchor: date, order: str) -> datetime | None:
    return dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day), "DATE_ORDER": order,
        "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False})


def resolve_date(expression: str, published: str | None, future: bool = False) -> str | None:
    """ISO date for `expression` ("2021", "2021-02", "2021-02-04"), or None when it names no date.

    `future` (the event is planned) sends a bare weekday forward: "will meet on Friday".
    """
    text = " ".join(expression.lower().replace("’", "'").split())
    anchor = parse_anchor(published)
    iso = _ISO_DAY.search(text)
    if iso:  # "2023-11-05" in running text
        try:
            return date.fromisoformat(iso.group(0)).isoformat()
        except ValueError:
            return None
    if _YEAR_RANGE.search(text):  # "2013-2017" is a span, not an event date
        return None
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", text) and not _MONTH.search(text):
            if anchor is None:
                return None
            if published and len(published) < 10:
                return published  # a weekday of a page dated by its month or year: that much, at best
            if future or "next" in text.split():
                ahead = (i - anchor.weekday()) % 7 or 7
                return (anchor + timedelta(days=ahead)).isoformat()
            back = (anchor.weekday() - i) % 7
            if "last" in text.split():
                back = back or 7
            return (anchor - timedelta(days=back)).isoformat()
    if anchor is not None:
        relative = _relative_period(text, anchor)
        if relative is not None:
            return relative
    ordinal = _DAY_ALONE.match(text)
    if ordinal and anchor is not None:
        return _day_of_month(int(ordinal.group(1)), anchor, future)
    numeric = _NUMERIC.search(text)
    if numeric and anchor is not None:
        return _numeric_date(numeric.group(0), anchor, future)
    return _absolute(text, anchor, future)


def _day_of_month(day: int, anchor: date, future: bool) -> str | None:
    """ "on the 17th": that day of the publication's month, else of the month before (after, if planned)."""
    month = anchor.replace(day=1)
    for _ in range(3):  # "the 31st" after a month of 30 days is the month before's
        try:
            candidate = month.replace(day=day)
        except ValueError:
            candidate = None
        if candidate is not None and ((candidate >= anchor) if future else (candidate <= anchor)):
            return candidate.isoformat()
        month = (month + timedelta(days=32)).replace(day=1) if future else (month - timedelta(days=1)).replace(day=1)
    return None


def _numeric_date(text: str, anchor: date, future: bool) -> str | None:
    """ "05/11/2023": day first or month first, whichever reading is a real date; when both are, the one
    nearer publication on the side the tense points to (news reports what just happened). Dotted dates
    ("5.11.2023") are written day first."""
    readings = []
    for order in ("DMY",) if "." in text else ("DMY", "MDY"):
        parsed = _dateparser(text, anchor, order)
        if parsed is not None and parsed.date() not in readings:
            readings.append(parsed.date())
    if not readings:
        return None
    def distance(day: date) -> tuple[bool, int]:  # the tense's side first, then the nearer
        return (day < anchor) if future else (day > anchor), abs((day - anchor).days)

    return min(readings, key=distance).isoformat()


def _relative_period(text: str, anchor: date) -> str | None:
    text = re.sub(r"^(?:earlier|later|early|late) (?=today|this |tonight)", "", text)  # "earlier today"
    if text in ("today", "this morning", "tonight", "this evening", "this afternoon"):
        return anchor.isoformat()
    if text in ("yesterday", "the day before", "the previous day", "a day earlier", "a day before"):
        return (anchor - timedelta(days=1)).isoformat()  # state agencies' "received ... the day before"
    if text in ("the day before yesterday", "two days ago"):
        return (anchor - timedelta(days=2)).isoformat()
    if "week" in text or "weekend" in text:
        back = 7 if "last" in text or "past" in text else 0
        return (anchor - timedelta(days=back)).isoformat()[:7]
    if "month" in text:
        if "last" in text or "past" in text:
            prev = anchor.replace(day=1) - timedelta(days=1)
            return prev.isoformat()[:7]
        if "this" in text:
            return anchor.isoformat()[:7]
        if "next" in text or "coming" in text:
            following = anchor.replace(day=28) + timedelta(days=4)
            return following.isoformat()[:7]
        return None
    season = _SEASON.search(text)
    if season and not YEAR.search(text):  # "this autumn", "next spring", "last winter": the year, as precise as a season allows
        if "last" in text or "past" in text:
            return str(anchor.year - 1)
        return str(anchor.year + 1) if "next" in text else str(anchor.year)
    if "year" in text:
        if "last" in text or "past" in text:
            return str(anchor.year - 1)
        if "next" in text:
            return str(anchor.year + 1)
        if "this" in text or _YEAR_END.search(text):  # "later this year", "by the end of the year"
            return str(anchor.year)
        return None
    return None


def _absolute(text: str, anchor: date | None, future: bool = False) -> str | None:
    """Dates that name a month or a year; a month without a year is the latest one not after the
    publication date, or for a planned event the next one not before it."""
    year_m, month_m = YEAR.search(text), _MONTH.search(text)
    if not year_m and not month_m:
        return None
    if year_m and not month_m:
        return year_m.group(1)
    month = MONTH_NUMBERS.get(month_m.group(1).lower().rstrip("."))
    if month is None:
        return None
    rest = YEAR.sub(" ", text[:month_m.start()] + " " + text[month_m.end():])
    day_m = _DAY.search(rest)
    day = int(day_m.group(1)) if day_m and 1 <= int(day_m.group(1)) <= 31 else None
    if year_m:
        year = int(year_m.group(1))
    elif anchor is None:
        return None
    else:
        key, now = (month, day or 1), (anchor.month, anchor.day)
        if future:
            year = anchor.year if key >= now or (day is None and month == anchor.month) else anchor.year + 1
        else:
            year = anchor.year if key <= now else anchor.year - 1
    if day is not None:
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            pass
    return f"{year:04d}-{month:02d}"
