"""GET /api/meta, /api/summary, /api/graph and /api/timeline: aggregates for the same filters as /api/events."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from defcoop.api.deps import FiltersDep, SessionDep
from defcoop import __version__
from defcoop.api.schemas import GraphOut, MetaOut, SummaryOut, TimelineOut
from defcoop.store import queries
from defcoop.types import EVENT_TYPES

router = APIRouter(prefix="/api", tags=["aggregates"])


@router.get("/meta", response_model=MetaOut, summary="Version, event types, and whether reviews are accepted")
def get_meta(request: Request) -> dict:
    return {"version": __version__, "review_enabled": request.app.state.review_token is not None,
            "event_types": list(EVENT_TYPES)}


@router.get("/summary", response_model=SummaryOut, summary="Totals, events per type, reviews and top pairs")
def get_summary(request: Request, session: SessionDep, filters: FiltersDep) -> dict:
    return {**queries.summary(session, filters), "review_enabled": request.app.state.review_token is not None,
            "event_types": list(EVENT_TYPES)}


@router.get("/graph", response_model=GraphOut, summary="Network of countries and IGOs: edge weight = events")
def get_graph(session: SessionDep, filters: FiltersDep,
              max_edges: Annotated[int, Query(ge=1, le=5000, description="Keep the heaviest edges.")] = 300,
              min_weight: Annotated[int, Query(ge=1, description="Leave out lighter edges.")] = 1) -> dict:
    return queries.graph(session, filters, max_edges=max_edges, min_weight=min_weight)


@router.get("/timeline", response_model=TimelineOut, summary="Events per month (or year) and type")
def get_timeline(session: SessionDep, filters: FiltersDep,
                 interval: Annotated[Literal["month", "year"], Query(description="Period length.")] = "month"
                 ) -> dict:
    return queries.timeline(session, filters, interval=interval)
