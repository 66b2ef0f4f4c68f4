"""Cleaning scraped plain text: furniture removal, headline and date, repeated leads.

The page is read as lines. Everything before the first prose line is the header zone
(site name, menus, rates, headline, date): it is dropped, its longest plain line is taken
as the headline and its dates are preferred for `published`. In the body, furniture lines
and short lines that do not end a sentence are dropped, a "Related news"-style header cuts the rest, and
non-sentence lines at the end (tags, names) are trimmed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from defcoop.clean.dates import DATE_CANDIDATE, publication_date
from defcoop.clean.furniture import (
    ends_sentence, is_furniture, is_prose, load_furniture, starts_trailing_list, takes_next_line,
)
from defcoop.clean.normalise import normalise_text

_SPACE = re.compile(r"\s+")
_TRAILING_PUNCT = re.compile(r"[\s.!?…,;:\"'”’»)]+$")


@dataclass(slots=True)
class CleanedText:
    paragraphs: list[str]
    headline: str | None
    date: str | None


# A line that runs on in lower case ("... the $337\nmillion contract ..."): the text was hard-wrapped.
_RUNS_ON = re.compile(r"[a-z0-9,]$")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"'”’»)…]$")
# Wire archives and plain-text mail wrap every line at a fixed width; once a page shows it (a few
# lines that run on in lower case), a line that fills the width without ending a sentence runs on too
# ("which has agreed to provide the\nPhilippines with ..."), whatever case the next line starts with.
WRAPPED_RUNS = 3
FULL_LINE = 0.75


# Words a sentence does not end on: a line ending on one goes on in the next, whatever its case
# ("countries of / Burundi, Kenya, Rwanda, Tanzania and Uganda.", "was held at the / Tanzania People's ...").
# (a short line only: a long one cut on such a word is a teaser cut at a fixed length, "... a courtesy call
# at the" before the next story's "Read more")
CUT_LINE = 80
UNFINISHED_ENDS = frozenset("""a an the of to by in on at for from with and or as that which who whose its their his her
our than between including such""".split())


def split_lines(text: str) -> list[str]:
    """Stripped lines, with hard-wrapped continuations joined, across blank lines too (pages cut into
    paragraphs mid-sentence): a lower-case start after a line that does not end a sentence, any start after
    a line ending on a word no sentence ends on, and on a page wrapped at a fixed width, any line that
    fills that width."""
    raw = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    runs = [len(a) for a, b in zip(raw, raw[1:]) if a and b and _RUNS_ON.search(a) and b[0].islower()]
    width = max(runs) if len(runs) >= WRAPPED_RUNS else None
    lines: list[str] = []
    previous = ""  # the last line with text
    for line in raw:
        if line and previous and _continues(previous, line, width, blank=not lines[-1]):
            while not lines[-1]:
                lines.pop()  # the blank lines that cut the sentence
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
        previous = line or previous
    return lines


def _continues(previous: str, line: str, width: int | None, blank: bool = False) -> bool:
    """`line` goes on the sentence of the raw line with text before it (`blank`: blank lines between)."""
    if _RUNS_ON.search(previous) and (line[0].islower() or (
            len(previous) <= CUT_LINE and previous.rsplit(None, 1)[-1] in UNFINISHED_ENDS)):
        return True
    if blank:
        return False  # a full-width line before a paragraph break ends its paragraph
    return (width is not None and len(previous) >= FULL_LINE * width and not _ENDS_SENTENCE.search(previous)
            and (line[0].isalnum() or line[0] in "($"))


def tidy(line: str) -> str:
    """One output paragraph: whitespace runs (including no-break spaces) collapsed."""
    return _SPACE.sub(" ", line).strip()


def first_prose_index(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if line and is_prose(line) and not is_furniture(line):
            return i
    return None


def pick_headline(header: list[str]) -> str | None:
    """The longest plain (non-furniture, dateless) line of the header zone, if it has at least 3 words."""
    candidates = [tidy(line) for line in header
                  if line and not is_furniture(line) and not takes_next_line(line) and not DATE_CANDIDATE.search(line)]
    best = max(candidates, key=lambda s: len(s.split()), default=None)
    return best if best and len(best.split()) >= 3 else None


def body_lines(lines: list[str], skip: set[str], strict: bool) -> list[str]:
    """Kept lines of the body: furniture dropped, trailing lists cut; `strict` also drops short non-sentences."""
    f = load_furniture()
    kept: list[str] = []
    drop_next = False
    for n, line in enumerate(lines):
        if not line:
            continue
        if drop_next:
            drop_next = False
            continue
        if starts_trailing_list(line) and kept:
            break
        if takes_next_line(line):
            drop_next = True
            continue
        if is_furniture(line) or normalise_text(line) in skip:
            continue
        if strict and not ends_sentence(line) and len(line.split()) <= f.short_line_words \
                and not _leads_a_list(line, lines, n):
            continue
        kept.append(tidy(line))
    if strict:  # trailing bits that end no sentence are furniture, unless a page cut off mid-sentence
        while kept and not ends_sentence(kept[-1]) and not _cut_off_prose(kept[-1]):
            kept.pop()
    return kept


_LIST_ITEM = re.compile(r"\s*(?:[-•*–—▪►·]|\d{1,2}[.)])\s")


def _leads_a_list(line: str, lines: list[str], n: int) -> bool:
    """A short line ending with a colon whose next line is a list item ("What each ally pledged:"): the
    list's lead, which says what its items are."""
    if not line.rstrip().endswith(":"):
        return False
    following = next((lines[k] for k in range(n + 1, len(lines)) if lines[k].strip()), "")
    return bool(_LIST_ITEM.match(following))


_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’)]?\s+[A-Z“\"]")


def _cut_off_prose(line: str) -> bool:
    """A paragraph a scraper cut mid-sentence: long, or holding a complete sentence before the cut."""
    words = len(line.split())
    f = load_furniture()
    return words >= 2 * f.prose_min_words or (words >= f.prose_min_words and bool(_SENTENCE_INSIDE.search(line)))


def _repeat_key(paragraph: str) -> str:
    return _TRAILING_PUNCT.sub("", normalise_text(paragraph))


REPEAT_WINDOW = 20  # paragraphs apart within which one may be another with a dateline added


def drop_repeats(paragraphs: list[str]) -> list[str]:
    """Keep each repeated paragraph once: the later one if it contains the earlier (e.g. adds a dateline), else the first.

    Exact repeats are found anywhere by their key; a paragraph contained in another is looked for only
    among the `REPEAT_WINDOW` before it (a lead told again with its dateline sits near the first
    telling), so that the time is linear in the text, not quadratic.
    """
    min_chars = load_furniture().min_repeat_chars
    keys = [_repeat_key(p) for p in paragraphs]
    dropped: set[int] = set()
    first: dict[str, int] = {}
    for j, key in enumerate(keys):
        if key in first:
            dropped.add(j)
        else:
            first[key] = j
    kept = [j for j in range(len(keys)) if j not in dropped]
    for n, j in enumerate(kept):
        for i in kept[max(0, n - REPEAT_WINDOW):n]:
            if i in dropped or j in dropped:
                continue
            a, b = keys[i], keys[j]
            if len(a) >= min_chars and a in b:
                dropped.add(i)
            elif len(b) >= min_chars and b in a:
                dropped.add(j)
    return [p for k, p in enumerate(paragraphs) if k not in dropped]


def clean_plain_text(text: str, title: str | None = None, languages: tuple[str, ...] = ("en",),
                     url: str | None = None) -> CleanedText:
    """Clean scraped page text into paragraphs, with the headline and the publication date: the first
    full date of the page's header, else the one its address carries, else the first in the text."""
    lines = split_lines(text)
    start = first_prose_index(lines)
    if start is None:  # no sentence at all: keep whatever is not furniture
        header, body, strict = [], lines, False
    else:
        header, body, strict = lines[:start], lines[start:], True
    headline = pick_headline(header)
    skip = {normalise_text(t) for t in (title, headline) if t}
    paragraphs = drop_repeats(body_lines(body, skip, strict))
    date = publication_date(lines, header, url, languages)
    return CleanedText(paragraphs, headline, date)


def clean_extracted_text(text: str, title: str | None = None) -> list[str]:
    """Light cleaning of text an HTML extractor already isolated: furniture lines, trailing lists, repeats."""
    skip = {normalise_text(title)} if title else set()
    return drop_repeats(body_lines(split_lines(text), skip, strict=False))
