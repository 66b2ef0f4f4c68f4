"""Countries and IGOs typed by a person: "India", "indian", "ind", "IND", "Türkiye", "NATO" -> a code.

One resolver for every filter a user fills in (the CLI's --country/--pair, the API's country
parameters, the UI's forms through the API), built on the actor gazetteer's names, aliases
and demonyms. A miss says so, with the closest names ("did you mean ...?").
"""
from __future__ import annotations

import difflib
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from defcoop.errors import DefcoopError
from defcoop.resolve.gazetteer import COUNTRY, DEMONYM, IGO, load_gazetteer

# A code typed in capitals that the gazetteer does not know is taken as given where a missing
# code is answered anyway (an actor's page: 404), not in filters, where it would find nothing.
_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
SUGGESTIONS = 3


class UnknownCountry(DefcoopError, ValueError):
    """A name, demonym or code that no country or IGO of the gazetteer has."""

    def __init__(self, text: str, suggestions: list[str]):
        self.text = text
        self.suggestions = suggestions
        hint = f"; did you mean {' or '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no country or IGO called {text!r}{hint}")


@dataclass(frozen=True, slots=True)
class CountryMatch:
    """A country or IGO found for a typed text: its code, canonical name and kind ("country" or "igo")."""

    code: str
    name: str
    kind: str


def fold(text: str) -> str:
    """Lower-cased, accents dropped, whitespace collapsed: "Türkiye" and "turkiye" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, CountryMatch], dict[str, CountryMatch]]:
    """(folded alias -> match, code -> match) over country names, aliases, demonyms and IGO names."""
    by_alias: dict[str, CountryMatch] = {}
    by_code: dict[str, CountryMatch] = {}
    for entry in load_gazetteer().entries:
        if entry.category not in (COUNTRY, DEMONYM, IGO):
            continue
        match = CountryMatch(entry.code, entry.canonical, "igo" if entry.category == IGO else "country")
        by_code.setdefault(entry.code, match)
        by_alias.setdefault(fold(entry.alias), match)
    return by_alias, by_code


def resolve_country(text: str, unknown_codes: bool = False) -> str:
    """The ISO3 or IGO code of a country or IGO given by code, name, alias or demonym, any case.

    Raises UnknownCountry (with the closest names) when nothing matches; with `unknown_codes`,
    a code in capitals that the gazetteer lacks is returned as given instead.
    """
    return find_country(text, unknown_codes).code


def find_country(text: str, unknown_codes: bool = False) -> CountryMatch:
    """The country or IGO `text` names (see `resolve_country`)."""
    value = text.strip()
    by_alias, by_code = _index()
    if not value:
        raise UnknownCountry(text, [])
    if value.upper() in by_code:
        return by_code[value.upper()]
    found = by_alias.get(fold(value))
    if found is not None:
        return found
    if unknown_codes and _CODE_RE.match(value):
        return CountryMatch(value, value, "country")
    raise UnknownCountry(value, suggest(value))


def country_name(code: str) -> str:
    """The canonical name of a country or IGO code (the code itself when the gazetteer does not know it)."""
    found = _index()[1].get(code)
    return found.name if found else code


def country_kind(code: str) -> str:
    """"igo" for an international organisation's code, else "country"."""
    found = _index()[1].get(code)
    return found.kind if found else "country"


def suggest(text: str, n: int = SUGGESTIONS) -> list[str]:
    """Canonical names of the countries and IGOs whose names or aliases are closest to `text`."""
    by_alias, by_code = _index()
    close = difflib.get_close_matches(fold(text), list(by_alias), n=n * 3, cutoff=0.75)
    names = [by_alias[alias].name for alias in close]
    if len(text.strip()) <= 4:  # looks like a code: KAX -> KAZ (Kazakhstan)
        typed = text.strip().upper()
        codes = difflib.get_close_matches(typed, list(by_code), n=n * 3, cutoff=0.6)
        codes = sorted(codes, key=lambda c: -len(os.path.commonprefix([c, typed])))[:n]  # KAX: KAZ before LKA
        names += [f"{code} ({by_code[code].name})" for code in codes]
    return list(dict.fromkeys(names))[:n]


def search_countries(text: str, limit: int = 10) -> list[CountryMatch]:
    """Countries and IGOs for an autocomplete box: exact code or name first, then names starting with
    the text, then names containing it, then close spellings; each country once."""
    needle = fold(text)
    if not needle:
        return []
    by_alias, by_code = _index()
    ranked: dict[str, tuple[int, str, CountryMatch]] = {}

    def offer(rank: int, match: CountryMatch) -> None:
        if match.code not in ranked or rank < ranked[match.code][0]:
            ranked[match.code] = (rank, match.name, match)

    if needle.upper() in by_code:
        offer(0, by_code[needle.upper()])
    for alias, match in by_alias.items():
        if alias == needle:
            offer(0, match)
        elif alias.startswith(needle):
            offer(1 if fold(match.name).startswith(needle) else 2, match)
        elif len(needle) >= 3 and needle in alias:
            offer(3, match)
    if len(ranked) < limit:
        for alias in difflib.get_close_matches(needle, list(by_alias), n=limit, cutoff=0.7):
            offer(4, by_alias[alias])
    return [m for _, _, m in sorted(ranked.values(), key=lambda r: (r[0], r[1]))][:limit]


__all__ = ["CountryMatch", "UnknownCountry", "country_kind", "country_name", "find_country", "fold", "resolve_country", "search_countries",
           "suggest"]
