"""Officials by name: heads of state and government, defence and foreign ministers, chiefs of defence
and leaders of international organisations, each with their country and term (`data/officials.jsonl`).

The text's own word wins: a title window or apposition that places a person ("Turkey's President X")
is read first. The gazetteer places people the text names bare ("Biden met Erdogan"), and keeps a
visiting head of state from being given the host's country.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Official:
    name: str
    country: str
    title: str
    start: int  # first year in office
    end: int | None  # last year in office, None if still in office


GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_key(name: str) -> str:
    """Accents, case, punctuation and a generational suffix dropped: "Erdoğan" and "Erdogan" are one key,
    and so are "Lloyd Austin III" and "Lloyd Austin", and "O’Neill" with a typeset apostrophe and "O'Neill"."""
    ascii_name = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() else " " for c in ascii_name.lower()).split()
    while len(words) > 2 and words[-1] in GENERATIONS:
        words.pop()
    return " ".join(words)


@dataclass
class Officials:
    by_key: dict[str, tuple[Official, ...]]
    spellings: tuple[str, ...] = ()  # every name and alias as written

    def names(self) -> tuple[str, ...]:
        return self.spellings

    def lookup(self, name: str, year: int | None = None) -> Official | None:
        """The office-holder a name stands for: the one in office in `year` (else the latest term); None
        when the name is unknown or stands for people of several countries."""
        found = self.by_key.get(name_key(name))
        if not found:
            return None
        if year is not None:
            current = [o for o in found if o.start - 1 <= year <= (o.end if o.end is not None else 9999) + 1]
            found = tuple(current) or found
        if len({o.country for o in found}) != 1:
            return None
        return max(found, key=lambda o: o.start)


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value else None


@lru_cache(maxsize=1)
def load_officials() -> Officials:
    by_key: dict[str, list[Official]] = {}
    spellings: dict[str, None] = {}
    with resources.files("defcoop.data").joinpath("officials.jsonl").open(encoding="utf-8") as fp:
        for line in fp:
            if not line.strip():
                continue
            rec = json.loads(line)
            official = Official(rec["name"], rec["country"], rec.get("title") or rec.get("role") or "",
                                _year(rec.get("from")) or 0, _year(rec.get("to")))
            for alias in dict.fromkeys([rec["name"], *rec.get("aliases", [])]):
                key = name_key(alias)
                if key:
                    by_key.setdefault(key, []).append(official)
                    spellings[alias] = None
    return Officials({k: tuple(v) for k, v in by_key.items()}, tuple(spellings))
