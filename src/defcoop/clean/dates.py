"""Publication dates found in page text: candidate substrings by regex, parsed by dateparser.

Only full dates (day, month and year) count. `dateparser.search` is never used: it finds
"dates" in ordinary words; the regexes below pick the candidates instead.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

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
    rf"\b(?:{_DAY}\s+{_MONTH},?\s+{_YEAR}"  # 5 February 2021 / 07 August, 2017
    rf"|{_MONTH}\s+{_DAY},?\s+{_YEAR}"  # February 26, 2019 / Nov. 1, 2018
    rf"|{_YEAR}-\d{{2}}-\d{{2}}"  # 2021-02-05
    rf"|\d{{1,2}}\.\d{{1,2}}\.{_YEAR})\b",  # 05.02.2021 (day first)
    re.IGNORECASE,
)
_WEEKDAY = (
    r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s)?\.?"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
)
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
_ZONE = r"\(?\s*(?:utc|gmt)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?"
_STAMP_WORDS = r"date|published|updated|last update|posted|on|at|время|дата"
_DATE_LINE_RESIDUE = re.compile(rf"(?:{_WEEKDAY}|{_TIME}|{_ZONE}|{_STAMP_WORDS}|[\s|,.:;()/•·–—-])*", re.IGNORECASE)


@lru_cache(maxsize=4096)
def parse_date(candidate: str, languages: tuple[str, ...] = ("en",)) -> str | None:
    """ISO "YYYY-MM-DD" for one candidate string, or None if it is not a plausible full date."""
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


def find_date(lines: Iterable[str], languages: tuple[str, ...] = ("en",)) -> str | None:
    """The first plausible full date in `lines`, as ISO "YYYY-MM-DD"."""
    for line in lines:
        for match in DATE_CANDIDATE.finditer(line):
            found = parse_date(match.group(0).rstrip("."), languages)
            if found:
                return found
    return None


def is_date_line(line: str) -> bool:
    """True for a line that holds only a date stamp: date, weekday, time, time zone, separators."""
    if not DATE_CANDIDATE.search(line):
        return False
    rest = DATE_CANDIDATE.sub(" ", line)
    return _DATE_LINE_RESIDUE.fullmatch(rest) is not None
