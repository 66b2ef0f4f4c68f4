"""Page-furniture patterns (menus, weather, rates, bylines, promos...) loaded from data/furniture.json.

The data file holds the regexes; this module compiles them once and answers questions about
one line: is it prose, is it furniture, does it start a trailing "Related news" list.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from defcoop.clean.dates import is_date_line

DATA_FILE = "furniture.json"


@dataclass(frozen=True, slots=True)
class Furniture:
    """Compiled furniture patterns and thresholds."""

    lines: tuple[re.Pattern, ...]
    drop_with_next: tuple[re.Pattern, ...]
    nonprose_lines: tuple[re.Pattern, ...]
    cut_rest: tuple[re.Pattern, ...]
    separator: re.Pattern
    min_tokens: int
    max_words: int
    max_token_chars: int
    min_tokens_bar: int
    prose_min_words: int
    prose_end: re.Pattern
    short_line_words: int
    min_repeat_chars: int


def _alternative(entry: dict) -> str:
    return f"(?:{entry['pattern']})" if entry.get("case_sensitive") else f"(?i:{entry['pattern']})"


def _compile(entries: list[dict]) -> tuple[re.Pattern, ...]:
    """The list as one alternation: a line fully matches it when it fully matches one of the patterns,
    and one regex is tried much faster than thirty. Each pattern keeps its own case rule."""
    for entry in entries:
        re.compile(entry["pattern"])  # a bad pattern fails here, named on its own
    return (re.compile("|".join(map(_alternative, entries))),) if entries else ()


@cache
def load_furniture() -> Furniture:
    """Read and compile data/furniture.json (once per process)."""
    raw = json.loads(resources.files("defcoop").joinpath("data", DATA_FILE).read_text(encoding="utf-8"))
    menu, prose = raw["menu"], raw["prose"]
    return Furniture(
        lines=_compile(raw["lines"]),
        drop_with_next=_compile(raw["drop_with_next"]),
        nonprose_lines=_compile(raw["nonprose_lines"]),
        cut_rest=_compile(raw["cut_rest"]),
        separator=re.compile(menu["separator"]),
        min_tokens=menu["min_tokens"],
        max_words=menu["max_words"],
        max_token_chars=menu["max_token_chars"],
        min_tokens_bar=menu["min_tokens_bar"],
        prose_min_words=prose["min_words"],
        prose_end=re.compile(prose["end"] + r"$"),
        short_line_words=raw["short_line_words"],
        min_repeat_chars=raw["min_repeat_chars"],
    )


def _fullmatch_any(patterns: tuple[re.Pattern, ...], line: str) -> bool:
    return any(p.fullmatch(line) for p in patterns)


def is_prose(line: str) -> bool:
    """A sentence-like line: enough words and sentence-final punctuation."""
    f = load_furniture()
    return len(line.split()) >= f.prose_min_words and f.prose_end.search(line) is not None


def ends_sentence(line: str) -> bool:
    """The line ends like a sentence (., !, ?, possibly followed by closing quotes or brackets)."""
    return load_furniture().prose_end.search(line) is not None


def is_menu(line: str) -> bool:
    """A run of short items split by 2+ spaces, pipes or bullets (menus, share bars, language bars)."""
    f = load_furniture()
    tokens = [t for t in f.separator.split(line) if t and t.strip()]
    if len(tokens) >= f.min_tokens and all(len(t.split()) <= f.max_words for t in tokens):
        return True
    return is_language_bar(line)


def _script(word: str) -> str | None:
    for ch in word:
        if ch.isalpha():
            return unicodedata.name(ch, "?").split()[0]
    return None


def is_language_bar(line: str) -> bool:
    """A row of short language links in several scripts: "ру қз 中文 عربي"."""
    f = load_furniture()
    words = [w for w in f.separator.sub(" ", line).split() if w]
    if len(words) < f.min_tokens_bar or any(len(w) > f.max_token_chars for w in words) or ends_sentence(line):
        return False
    return len({_script(w) for w in words} - {None}) >= 2


def is_furniture(line: str) -> bool:
    """True when a stripped line is page furniture rather than article text."""
    f = load_furniture()
    if _fullmatch_any(f.lines, line):
        return True
    if is_prose(line):
        return False
    return _fullmatch_any(f.nonprose_lines, line) or is_menu(line) or is_date_line(line)


def takes_next_line(line: str) -> bool:
    """A label ("Author:") whose value is on the next line: drop both."""
    return _fullmatch_any(load_furniture().drop_with_next, line)


def starts_trailing_list(line: str) -> bool:
    """A header ("Related news", "Most read"...) on its own line that starts a list of other headlines."""
    return _fullmatch_any(load_furniture().cut_rest, line)
