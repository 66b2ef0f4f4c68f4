"""Publication dates found in page text or in the page's address: candidate substrings by regex,
parsed by dateparser.

Only full dates (day, month and year) count. `dateparser.search` is never used: it finds
"dates" in ordinary words; the regexes below pick the candidates instead. A numeric date such as
"05/03/2021" is read day first or month first by the page's own evidence (another date on the
page whose first or second number exceeds 12), else by the outlet's convention (month first for
US-style addresses, day first elsewhere).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

import dateparser

from defcoop.dateforms import STAMP_LABEL, YEAR

MIN_YEAR, MAX_YEAR = 1990, 2100
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|январ[а-я]*|феврал[а-я]*|март[а-я]*|апрел[а-я]*|ма[йя]|июн[а-я]*|июл[а-я]*|август[а-я]*|сентябр[а-я]*"
    r"|октябр[а-я]*|ноябр[а-я]*|декабр[а-я]*)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# English month names by their first three letters (the clean stage reads English and Russian pages)
MONTH_NUMBERS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
# One alternative per written form; each must contain day, month and year.
DATE_CANDIDATE = re.compile(
    rf"\b(?:(?:{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{YEAR}"  # 5 February 2021 / 07 August, 2017 / 5th of May 2021
    rf"|{_MONTH}\s+{_DAY},?\s+{YEAR}"  # February 26, 2019 / Nov. 1, 2018
    rf"|\d{{1,2}}\.\d{{1,2}}\.{YEAR}"  # 05.02.2021 (day first)
    rf"|\d{{1,2}}[/-]\d{{1,2}}[/-]{YEAR})\b"  # 05/02/2021, 25-02-2020 (order: see numeric_order)
    rf"|{YEAR}[-/]\d{{2}}[-/]\d{{2}}(?=T\d|\b))",  # 2021-02-05, 2021/02/05, 2021-02-05T09:12
    re.IGNORECASE,
)
_NUMERIC = re.compile(rf"^(\d{{1,2}})[/-](\d{{1,2}})[/-]({YEAR})$")
# Address endings of outlets that write month first (US style); every other country writes day first.
MONTH_FIRST_DOMAINS = (".com", ".net", ".org", ".us", ".gov", ".mil", ".edu", ".ph", ".fm", ".pw", ".mh")
_URL_DATE = re.compile(rf"(?<!\d)({YEAR})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
# "202108040261.html", "ud=20210317000969", "AEN20211213002100325": a number that opens with its date
_URL_STAMP = re.compile(r"(?<!\d)((?:199[5-9]|20[0-3]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))\d{2,10}(?!\d)")
_URL_NAMED = re.compile(rf"(?<!\w)(\d{{1,2}})-({_MONTH})-({YEAR})(?!\d)", re.I)  # "/22-Dec-2015/"
# A year as the text names it, not as a range's end or a period's bound ("2013-2017", "since 2015")
_TEXT_YEAR = re.compile(rf"(?<![\d.,–-])(?<!since )(?<!until )(?<!from )(?<!by )(?<!before )({YEAR})(?![\d%–-])",
                        re.I)
_MONTH_STAMP = re.compile(rf"\bdate ({YEAR}-(?:0[1-9]|1[0-2]))\b(?!-\d)")  # a page stamped with a month only
_URL_MONTH = re.compile(rf"/({YEAR})/(0[1-9]|1[0-2])(?:/|$)")  # "/2008/12/": a month, no day
# A wire dateline names the day without the year: "BAKU, March 9, AZERTAC", "MANAMA, May 21 (KUNA)",
# "- 23 October, 02:21".
DATELINE = re.compile(rf"^\W{{0,3}}(?:[A-Z][\w.'’ -]{{1,40}},\s+)?(?:({_MONTH})\s+({_DAY})|({_DAY})\s+({_MONTH}))"
                      rf"\b(?!,?\s+{YEAR})", re.I)
# A two-digit year, trusted only as a whole date stamp ("Published: 12.27.19 , 11:05", "28.10.11 13:14") or
# as the date of a dateline ("Kampala 25/11/17 – Defence ministers ..."): anywhere else it is a score or a version.
_SHORT_DATE = re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./])")
_DATELINE_PLACE = re.compile(r"^\W{0,3}[A-Z][\w.'’ -]{1,40},?\s*$")
_DASH_AFTER = re.compile(r"^\s*[–—-]\s")
_WEEKDAY = (
    r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s)?\.?"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
)
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
_ZONE = (r"\(?\s*(?:utc|gmt|ist|est|edt|cst|cdt|pst|pdt|cet|cest|eet|eest|bst|msk|wib|pkt|sgt|hkt|jst|kst|aest"
         r"|aedt|sast|eat|wat|cat)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?|t?\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?"
         r"(?:z|[+-]\d{2}:?\d{2})?")
_STAMP_WORDS = r"date|published|updated|last update|posted|on|at|время|дата"
_DATE_LINE_RESIDUE = re.compile(rf"(?:{_WEEKDAY}|{_TIME}|{_ZONE}|{_STAMP_WORDS}|[\s|,.:;()/•·–—-])*", re.IGNORECASE)


_WORDED_MONTH_FIRST = re.compile(rf"^{_MONTH}\s", re.I)


def numeric_order(lines: Iterable[str], url: str | None = None) -> str:
    """ "DMY" or "MDY" for the page's numeric dates: what an unambiguous one shows, else how the page
    writes its dates in words ("April 29, 2025" is American, "29 April 2025" is not), else the outlet's
    convention by its address."""
    worded = []
    for line in lines:
        for match in DATE_CANDIDATE.finditer(line):
            numeric = _NUMERIC.match(match.group(0))
            if numeric:
                first, second = int(numeric.group(1)), int(numeric.group(2))
                if first > 12 >= second:
                    return "DMY"
                if second > 12 >= first:
                    return "MDY"
            elif not match.group(0)[0].isdigit():
                worded.append("MDY")
            elif not re.match(rf"{YEAR}\b|\d{{1,2}}\.", match.group(0)):
                worded.append("DMY")
    if worded and len(set(worded)) == 1:
        return worded[0]
    host = urlsplit(url).hostname or "" if url else ""
    return "MDY" if host.endswith(MONTH_FIRST_DOMAINS) else "DMY"


def date_from_url(url: str | None) -> str | None:
    """The date an address carries in its path or query ("/2020/02/25/", "-20200225", "/2020-02-25/",
    "/22-Dec-2015/", "202108040261.html", "?ud=20210317000969")."""
    if not url:
        return None
    parts = urlsplit(url)
    where = f"{parts.path}?{parts.query}"
    for match in _URL_DATE.finditer(where):
        found = _valid(*(int(g) for g in match.groups()))
        if found:
            return found
    for match in _URL_NAMED.finditer(where):
        month = MONTH_NUMBERS.get(match.group(2).lower().rstrip(".")[:3])
        found = _valid(int(match.group(3)), month, int(match.group(1))) if month else None
        if found:
            return found
    for match in _URL_STAMP.finditer(where):
        stamp = match.group(1)
        found = _valid(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:]))
        if found:
            return found
    return None


def month_from_url(url: str | None) -> str | None:
    """ "YYYY-MM" where an address gives a month but no day ("/2008/12/")."""
    match = _URL_MONTH.search(urlsplit(url).path) if url else None
    return f"{match.group(1)}-{match.group(2)}" if match else None


def date_from_dateline(lines: Iterable[str], year: int | None) -> str | None:
    """The day a wire dateline names ("BAKU, March 9, AZERTAC"), in `year`, which the dateline leaves out."""
    if year is None:
        return None
    for line in lines:
        match = DATELINE.match(line)
        if match:
            word, day = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
            month = MONTH_NUMBERS.get(word.lower().rstrip(".")[:3])
            return _valid(year, month, int(re.sub(r"\D", "", day))) if month else None
    return None


def date_from_short_stamp(lines: Iterable[str], order: str, today: date | None = None) -> str | None:
    """A date written with a two-digit year on a line that is only a date stamp, or that opens a dateline
    ("Kampala 25/11/17 – ..."); `order` reads it day or month first (see `numeric_order`). The century is
    the one that does not put the date in the future."""
    this_year = (today or date.today()).year
    for line in lines:
        match = _SHORT_DATE.search(line)
        if not match:
            continue
        before, after = line[:match.start()], line[match.end():]
        stamp = _DATE_LINE_RESIDUE.fullmatch(f"{before} {after}") is not None
        if not stamp and not (_DATELINE_PLACE.match(before) and _DASH_AFTER.match(after)):
            continue
        first, second, short = int(match.group(1)), int(match.group(3)), int(match.group(4))
        year = 2000 + short if 2000 + short <= this_year else 1900 + short
        day, month = (first, second) if order == "DMY" else (second, first)
        if month > 12 >= day:
            day, month = month, day  # impossible the page's way round
        found = _valid(year, month, day)
        if found:
            return found
    return None


def likely_year(text: str, url: str | None, today: date | None = None) -> int | None:
    """The year a page was most likely published in when it does not say: its address's, else the latest
    year its text names that is not in the future."""
    match = re.search(rf"(?<!\d)({YEAR})(?!\d)", urlsplit(url).path) if url else None
    if match:
        return int(match.group(1))
    limit = (today or date.today()).year
    years = [int(y) for y in _TEXT_YEAR.findall(text) if MIN_YEAR <= int(y) <= limit]
    if not years:
        return None
    latest = max(years)
    # one year named, or the latest named more than once ("Flintlock 2020 ... this year's Flintlock 2020")
    return latest if len(set(years)) == 1 or years.count(latest) > 1 else None


def publication_date(lines: list[str], header: list[str], url: str | None,
                     languages: tuple[str, ...] = ("en",)) -> str | None:
    """A page's publication date, from the most to the least reliable: the date its address carries (a
    photo caption's date may sit in the header), a full date in its header, its wire dateline in the year
    the page implies, a full date anywhere, a two-digit-year stamp near the top, the month its address or
    stamp carries, and last the year the page most likely dates from ("2020": as precise as the page
    allows)."""
    order = numeric_order(lines, url)
    first = [ln for ln in lines if ln][:6]
    found = date_from_url(url) or date_from_stamps([*header, *first], languages, order)
    if found:
        return found
    in_header = find_date(header, languages, order)
    year = int(in_header[:4]) if in_header else likely_year("\n".join(lines), url)
    # a wire dateline beats a date inside a header sentence (a photo caption's), whose year it takes
    found = date_from_dateline(first, year) or in_header
    if found:
        return found
    stamp = next((m.group(1) for ln in first if (m := _MONTH_STAMP.search(ln))), None)
    return (find_date(lines, languages, order) or date_from_short_stamp(first, order)
            or month_from_url(url) or stamp or (str(year) if year else None))


# What may open a line before its date stamp: a label ("date", "Published:", "Updated on"), then a weekday
_LEADING_STAMP = re.compile(rf"^\W{{0,3}}{STAMP_LABEL}\W{{0,3}}\s*"
                            rf"(?:(?:{_WEEKDAY})\W{{0,3}}\s*)?$", re.I)


def date_from_stamps(lines: Iterable[str], languages: tuple[str, ...] = ("en",), order: str = "DMY") -> str | None:
    """The earliest date of the page's date stamps: lines that are only a date ("Monday, 5th June 2017",
    "Updated 14 April 2025") or that open with one ("date 2021-01-30 ISLAMABAD, Jan 30 (APP): ...").
    The earliest, because a site's top bar shows the day it was read and an edit shows its own day,
    both later than the article's."""
    found = set()
    for line in lines:
        match = DATE_CANDIDATE.search(line)
        if match and (is_date_line(line) or _LEADING_STAMP.match(line[:match.start()])):
            day = parse_date(match.group(0).rstrip("."), languages, order)
            if day:
                found.add(day)
    return min(found) if found else None


_DECLARED = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$")


def declared_date(value: str | None) -> str | None:
    """A date an input or a page's metadata declares, as "YYYY", "YYYY-MM" or "YYYY-MM-DD" when it is
    a real date ("2024-05-14T09:12:00Z" -> "2024-05-14"); None for an impossible one ("2021-13-45"),
    so that the page's own date is looked for instead and nothing downstream meets it."""
    if not value or not value.strip():
        return None
    value = value.strip()
    match = _DECLARED.match(value)
    if not match:
        return parse_date(value)
    year, month, day = (int(g) if g else None for g in match.groups())
    if not MIN_YEAR <= year <= MAX_YEAR or (month is not None and not 1 <= month <= 12):
        return None
    if day is not None:
        return _valid(year, month, day)
    return f"{year:04d}-{month:02d}" if month is not None else f"{year:04d}"


def _valid(year: int, month: int, day: int) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def parse_date(candidate: str, languages: tuple[str, ...] = ("en",), order: str = "DMY") -> str | None:
    """ISO "YYYY-MM-DD" for one candidate string, or None if it is not a plausible full date.
    `order` says how to read an all-numeric date with slashes or dashes."""
    numeric = _NUMERIC.match(candidate)
    if numeric:
        first, second, year = (int(g) for g in numeric.groups())
        day, month = (first, second) if order == "DMY" else (second, first)
        if day > 12 >= month or month > 12 >= day:  # impossible the other way round
            day, month = (first, second) if second <= 12 < first else (second, first)
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        return found.isoformat() if MIN_YEAR <= year <= MAX_YEAR else None
    candidate = re.sub(r"(?<=\d)/(?=\d)", "-", candidate)  # 2021/02/05
    candidate = re.sub(r"\s+of\s+", " ", candidate, flags=re.I)  # 5th of May 2021
    order = "DMY" if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", candidate) else None
    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False}
    if order:
        settings["DATE_ORDER"] = order
    if re.search("[а-яё]", candidate, re.I) and "ru" not in languages:
        languages = (*languages, "ru")  # "13 ноября 2019" on an English page
    try:
        parsed = dateparser.parse(candidate, languages=list(languages), settings=settings)
    except Exception:  # dateparser can raise on odd input; a candidate is only a hint
        return None
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return parsed.date().isoformat()


def find_date(lines: Iterable[str], languages: tuple[str, ...] = ("en",), order: str = "DMY") -> str | None:
    """The first plausible full date in `lines`, as ISO "YYYY-MM-DD"; `order` reads numeric dates
    (see `numeric_order`)."""
    for line in lines:
        for match in DATE_CANDIDATE.finditer(line):
            found = parse_date(match.group(0).rstrip("."), languages, order)
            if found:
                return found
    return None


def is_date_line(line: str) -> bool:
    """True for a line that holds only a date stamp: date, weekday, time, time zone, separators."""
    if not DATE_CANDIDATE.search(line):
        return False
    rest = DATE_CANDIDATE.sub(" ", line)
    return _DATE_LINE_RESIDUE.fullmatch(rest) is not None
