"""GET /api/map: events per country and directed transfer flows, for the same filters as /api/events."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from defcoop.api.deps import FiltersDep, SessionDep
from defcoop.api.schemas import MapOut
from defcoop.store import geo

router = APIRouter(prefix="/api", tags=["aggregates"])


@router.get("/map", response_model=MapOut,
            summary="Events per country/IGO (with ISO numeric codes for the map) and supplier -> recipient flows")
def get_map(session: SessionDep, filters: FiltersDep,
            max_flows: Annotated[int, Query(ge=1, le=5000, description="Keep the heaviest flows.")] = 500) -> dict:
    return geo.map_data(session, filters, max_flows=max_flows)
