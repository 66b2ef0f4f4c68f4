"""GET /api/countries?q=: countries and IGOs whose code, name, alias or demonym matches (for a picker)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from defcoop.api.schemas import CountryList
from defcoop.resolve.countries import search_countries

router = APIRouter(prefix="/api/countries", tags=["countries"])


@router.get("", response_model=CountryList, summary="Countries and IGOs matching a typed text, best first")
def list_countries(q: Annotated[str, Query(min_length=1, max_length=100,
                                           description="Part of a name, a demonym or a code: 'ind', 'Kazakh', 'NATO'.")],
                   limit: Annotated[int, Query(ge=1, le=50, description="At most this many.")] = 10) -> dict:
    return {"query": q, "items": [{"code": m.code, "name": m.name, "kind": m.kind}
                                  for m in search_countries(q, limit=limit)]}
