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

MIN_YEAR, MAX_YEAR = 1990, 2100
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|январ[а-я]*|феврал[а-я]*|март[а-я]*|апрел[а-я]*|ма[йя]|июн[а-я]*|июл[а-я]*|август[а-я]*|сентябр[а-я]*"
    r"|октябр[а-я]*|ноябр[а-я]*|декабр[а-я]*)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
# One alternative per written form; each must contain day, month and year.
DATE_CANDIDATE = re.compile(
    rf"\b(?:(?:{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"  # 5 February 2021 / 07 August, 2017 / 5th of May 2021
    rf"|{_MONTH}\s+{_DAY},?\s+{_YEAR}"  # February 26, 2019 / Nov. 1, 2018
    rf"|\d{{1,2}}\.\d{{1,2}}\.{_YEAR}"  # 05.02.2021 (day first)
    rf"|\d{{1,2}}[/-]\d{{1,2}}[/-]{_YEAR})\b"  # 05/02/2021, 25-02-2020 (order: see numeric_order)
    rf"|{_YEAR}[-/]\d{{2}}[-/]\d{{2}}(?=T\d|\b))",  # 2021-02-05, 2021/02/05, 2021-02-05T09:12
    re.IGNORECASE,
)
_NUMERIC = re.compile(rf"^(\d{{1,2}})[/-](\d{{1,2}})[/-]({_YEAR})$")
# Address endings of outlets that write month first (US style); every other country writes day first.
MONTH_FIRST_DOMAINS = (".com", ".net", ".org", ".us", ".gov", ".mil", ".edu", ".ph", ".fm", ".pw", ".mh")
_URL_DATE = re.compile(rf"(?<!\d)({_YEAR})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
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


def numeric_order(lines: Iterable[str], url: str | None = None) -> str:
    """ "DMY" or "MDY" for the page's numeric dates: what an unambiguous one shows, else the outlet's
    convention by its address."""
    for line in lines:
        for match in DATE_CANDIDATE.finditer(line):
            numeric = _NUMERIC.match(match.group(0))
            if numeric:
                first, second = int(numeric.group(1)), int(numeric.group(2))
                if first > 12 >= second:
                    return "DMY"
                if second > 12 >= first:
                    return "MDY"
    host = urlsplit(url).hostname or "" if url else ""
    return "MDY" if host.endswith(MONTH_FIRST_DOMAINS) else "DMY"


def date_from_url(url: str | None) -> str | None:
    """The date an address carries in its path ("/2020/02/25/", "-20200225", "/2020-02-25/")."""
    if not url:
        return None
    path = urlsplit(url).path
    for match in _URL_DATE.finditer(path):
        year, month, day = (int(g) for g in match.groups())
        if MIN_YEAR <= year <= MAX_YEAR:
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                continue
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
