"""GET /api/countries?q=: countries and IGOs whose name, alias, demonym or code starts with q (the UI's picker).

A minimal stand-in for the API-side name resolution of issue 11 item 4 (kept apart so the
fuller version can replace it); it reads the gazetteer and never the database.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Query

from defcoop.api.schemas import CountryMatchOut

router = APIRouter(prefix="/api", tags=["actors"])


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[str, str, str, str], ...]:
    """(lower-cased alias, code, canonical name, kind) of every country, demonym and IGO alias."""
    from defcoop.resolve.gazetteer import COUNTRY, DEMONYM, IGO, load_gazetteer

    kinds = {COUNTRY: "country", DEMONYM: "country", IGO: "igo"}
    return tuple((e.alias.lower(), e.code, e.canonical, kinds[e.category])
                 for e in load_gazetteer().entries if e.category in kinds)


def match_countries(q: str, limit: int = 10) -> list[dict]:
    """Codes whose code, canonical name or an alias matches q: exact code, exact alias, then names starting with q."""
    text = q.strip().lower()
    if not text:
        return []
    ranked: dict[str, tuple[int, str, str]] = {}
    for alias, code, name, kind in _names():
        if code.lower() == text:
            rank = 0
        elif alias == text:
            rank = 1
        elif name.lower().startswith(text):
            rank = 2
        elif alias.startswith(text):
            rank = 3
        elif len(text) >= 3 and text in name.lower():
            rank = 4
        else:
            continue
        if code not in ranked or rank < ranked[code][0]:
            ranked[code] = (rank, name, kind)
    best = sorted(ranked.items(), key=lambda item: (item[1][0], item[1][1]))[:limit]
    return [{"code": code, "name": name, "kind": kind} for code, (_, name, kind) in best]


@router.get("/countries", response_model=list[CountryMatchOut],
            summary="Countries and IGOs matching a name, demonym or code (for autocompletion)")
def get_countries(q: Annotated[str, Query(min_length=1, max_length=60, description="Start of a name: 'Phil', 'Japanese', 'KAZ'.")],
                  limit: Annotated[int, Query(ge=1, le=50, description="Most matches returned.")] = 10) -> list[dict]:
    return match_countries(q, limit)
