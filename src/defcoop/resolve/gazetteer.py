"""Actor gazetteer: countries, demonyms, capitals, state bodies, IGOs and defence companies.

Built once from the JSONL files in `defcoop/data/`; every alias maps to one `GazetteerEntry`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

# Categories an alias can belong to; they decide how a mention becomes an Actor.
COUNTRY, DEMONYM, CAPITAL, CITY, BODY, IGO, MISSION, COMPANY = (
    "country", "demonym", "capital", "city", "body", "igo", "mission", "company")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    alias: str
    category: str
    code: str  # ISO alpha-3 or IGO code
    canonical: str  # the entity's canonical name ("Kazakhstan", "Aselsan")
    ambiguous: bool = False  # needs a nearby cue before it counts (company names that are common words)
    kind: str = ""  # for COMPANY entries: "company", or "organisation" for state agencies (DRDO, DSCA)


PREFERENCE = (COMPANY, IGO, MISSION, COUNTRY, BODY, CAPITAL, DEMONYM, CITY)


def preferred(entries: list[GazetteerEntry]) -> GazetteerEntry:
    """Of the entries one name matches, the one a mention stands for: a firm or organisation before a
    country, a country before its body, capital, demonym or city."""
    return min(entries, key=lambda e: PREFERENCE.index(e.category) if e.category in PREFERENCE else len(PREFERENCE))


def _data_path(name: str) -> Path:
    return Path(str(resources.files("defcoop") / "data" / name))


def _read_jsonl(name: str) -> list[dict]:
    path = _data_path(name)  # a missing file is a packaging error: let it raise
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def case_sensitive(alias: str) -> bool:
    """Short or all-caps aliases ("US", "UN", "AU", "PLA") must match exactly, or "us"/"un" would match."""
    letters = [c for c in alias if c.isalpha()]
    return len(alias) <= 4 or (bool(letters) and all(c.isupper() for c in letters))


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...]

    def names_by_code(self) -> dict[str, str]:
        return {e.code: e.canonical for e in self.entries if e.category in (COUNTRY, IGO)}


def _country_entries() -> list[GazetteerEntry]:
    """Every name of every country. A dependent territory (`sovereign` in countries.jsonl) stands for the
    state that answers for its defence: the Puerto Rico National Guard is American, Greenland's bases
    are Denmark's."""
    records = list(_read_jsonl("countries.jsonl"))
    names = {rec["code"]: rec["name"] for rec in records}
    out = []
    for rec in records:
        code = rec.get("sovereign", rec["code"])
        name = names[code]
        for alias in [rec["name"], *rec.get("aliases", [])]:
            out.append(GazetteerEntry(alias, COUNTRY, code, name))
        for field, category in (("demonyms", DEMONYM), ("capitals", CAPITAL), ("cities", CITY), ("bodies", BODY)):
            out.extend(GazetteerEntry(a, category, code, name) for a in rec.get(field, []))
    return out


def _igo_entries() -> list[GazetteerEntry]:
    out = []
    for rec in _read_jsonl("igos.jsonl"):
        code, name = rec["code"], rec["name"]
        out.extend(GazetteerEntry(a, IGO, code, name) for a in [name, *rec.get("aliases", [])])
        out.extend(GazetteerEntry(a, MISSION, code, name) for a in rec.get("missions", []))
    return out


def _company_entries() -> list[GazetteerEntry]:
    out = []
    for rec in _read_jsonl("companies.jsonl"):
        for alias in [rec["name"], *rec.get("aliases", [])]:
            out.append(GazetteerEntry(alias, COMPANY, rec["country"], rec["name"], bool(rec.get("ambiguous")),
                                      rec.get("kind", "company")))
    return out


@lru_cache(maxsize=1)
def igo_seats() -> dict[str, frozenset[str]]:
    """City (lowercase) -> codes of the organisations seated there ("brussels" -> NATO, EU): a meeting
    at an organisation's seat is the organisation's, not its host state's."""
    seats: dict[str, set[str]] = {}
    for rec in _read_jsonl("igos.jsonl"):
        for city in rec.get("seats", []):
            seats.setdefault(city.lower(), set()).add(rec["code"])
    return {city: frozenset(codes) for city, codes in seats.items()}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """All entries, deduplicated on (alias, category, code); first spelling wins."""
    seen: set[tuple[str, str, str]] = set()
    entries = []
    for entry in [*_country_entries(), *_igo_entries(), *_company_entries()]:
        key = (entry.alias.lower(), entry.category, entry.code)
        if entry.alias.strip() and key not in seen:
            seen.add(key)
            entries.append(entry)
    return Gazetteer(tuple(entries))


@lru_cache(maxsize=8)
def load_lexicon(name: str) -> dict:
    """A JSON lexicon from defcoop/data (triggers.json, roles.json)."""
    return json.loads(_data_path(name).read_text(encoding="utf-8"))
