"""GET /api/actors and /api/actors/{code}: countries, IGOs, companies, persons, organisations."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query

from defcoop.api.deps import FiltersDep, Limit, Offset, SessionDep
from defcoop.api.schemas import ActorDetail, ActorPage, ErrorOut
from defcoop.store import queries
from defcoop.store.crud import FilterError

router = APIRouter(prefix="/api/actors", tags=["actors"])


@router.get("", response_model=ActorPage, summary="Actors with event counts, partners and first/last dates")
def list_actors(session: SessionDep, filters: FiltersDep,
                kind: Annotated[Literal["country", "igo", "company", "person", "organisation"] | None,
                                Query(description="Only this kind of actor.")] = None,
                name: Annotated[str | None, Query(max_length=100, description="Part of the name, or the code.")] = None,
                limit: Limit = 50, offset: Offset = 0) -> dict:
    total, items = queries.list_actors(session, filters, kind=kind, q=name, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/{code}", response_model=ActorDetail,
            summary="A country or IGO (by code) or another actor (by id): partners over time, transfers",
            responses={404: {"model": ErrorOut, "description": "No such actor"}})
def get_actor(session: SessionDep, filters: FiltersDep,
              code: Annotated[str, Path(max_length=100, description=(
                  "A country or IGO by code, name or demonym (KAZ, Kazakhstan, NATO), or an actor id."))]
              ) -> dict:
    try:
        actor = queries.get_actor(session, code, filters)
    except FilterError as exc:  # a code that names no country or IGO: no such actor
        raise HTTPException(404, f"actor {code} not found: {exc}") from None
    if actor is None:
        raise HTTPException(404, f"actor {code} not found")
    return actor
