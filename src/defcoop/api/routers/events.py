"""GET /api/events (filtered, sorted pages), GET /api/events/{id}, POST /api/events/{id}/review."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from defcoop.api.deps import FiltersDep, Limit, Offset, SessionDep, require_reviewer
from defcoop.api.schemas import ErrorOut, EventDetail, EventPage, ReviewIn
from defcoop.store import queries
from defcoop.store.review import EventNotFound, ReviewError, review_event

router = APIRouter(prefix="/api/events", tags=["events"])

Sort = Literal["date", "-date", "id", "-id", "confidence", "-confidence", "type", "-type", "sources", "-sources"]
EventId = Annotated[int, Path(ge=1, le=2**62, description="The event's id.")]


@router.get("", response_model=EventPage, summary="Events matching the filters, one page at a time")
def list_events(session: SessionDep, filters: FiltersDep,
                sort: Annotated[Sort, Query(description="Order: a field, '-' first for descending.")] = "-date",
                limit: Limit = 50, offset: Offset = 0) -> dict:
    total = queries.count_events(session, filters)
    items = queries.list_events(session, filters, sort=sort, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/{event_id}", response_model=EventDetail, summary="One event with every source and its evidence",
            responses={404: {"model": ErrorOut, "description": "No such event"}})
def get_event(session: SessionDep, event_id: EventId) -> dict:
    event = queries.get_event(session, event_id)
    if event is None:
        raise HTTPException(404, f"event {event_id} not found")
    return event


@router.post("/{event_id}/review", response_model=EventDetail, dependencies=[Depends(require_reviewer)],
             summary="Confirm, reject or edit an event (needs the review token)",
             responses={400: {"model": ErrorOut, "description": "The body is not JSON"},
                        401: {"model": ErrorOut, "description": "No review token sent"},
                        403: {"model": ErrorOut, "description": "Wrong review token, or reviews are disabled"},
                        404: {"model": ErrorOut, "description": "No such event"},
                        413: {"model": ErrorOut, "description": "Body over the size limit"},
                        422: {"model": ErrorOut, "description": "Bad review"}})
def post_review(session: SessionDep, event_id: EventId, body: ReviewIn) -> dict:
    changes = body.changes.model_dump(exclude_unset=True) if body.changes is not None else None
    try:
        review_event(session, event_id, body.action, body.reviewer, body.comment, changes)
    except EventNotFound:
        session.rollback()
        raise HTTPException(404, f"event {event_id} not found") from None
    except ReviewError as exc:
        session.rollback()
        raise HTTPException(422, str(exc)) from None
    session.commit()
    return queries.get_event(session, event_id)
