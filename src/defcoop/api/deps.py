"""Dependencies shared by the routers: a database session, the event filters, the reviewer check."""
from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated, Literal

from fastapi import Depends, Header, HTTPException, Query, Request
from sqlalchemy.orm import Session

from defcoop.store.filters import EventFilters

# What a string parameter holds beyond its length, as an OpenAPI `format` (a client, or a schemathesis run,
# knows which values the server accepts; an unknown country is still a 422 naming it).
COUNTRY = {"format": "country"}  # a country or IGO: code, name or demonym, any case
COUNTRY_PAIR = {"format": "country-pair"}  # two different countries or IGOs, comma-separated
EVENT_TYPES_LIST = {"format": "event-types"}  # event types, comma-separated, any case
EVENT_STATUS = {"format": "event-status"}  # occurred or planned, any case
# YYYY, YYYY-MM or YYYY-MM-DD of a real date; 0000: before every date. The pattern is only said in the schema:
# the filter check answers a mismatch in plainer words than the validator would.
DATE_BOUND = {"format": "date-bound", "pattern": r"^\s*\d{4}(-\d{2}(-\d{2})?)?\s*$"}
SEARCH_WORDS = {"format": "search-words"}  # words, all required; word* is a prefix


def get_session(request: Request) -> Iterator[Session]:
    """A session of the app's database, closed after the request."""
    with request.app.state.factory() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def event_filters(
    type: Annotated[str | None, Query(description="Event type, or several separated by commas: TRANSFER,AGREE.",
                                      max_length=200, json_schema_extra=EVENT_TYPES_LIST)] = None,
    country: Annotated[str | None, Query(description="A party's country or IGO: code, name or demonym (KAZ, "
                                                     "Kazakhstan, Kazakh, NATO), any case.", max_length=100,
                                         json_schema_extra=COUNTRY)] = None,
    pair: Annotated[str | None, Query(description="Two countries, both among the parties: KAZ,CHN or India,Japan.",
                                      max_length=200, json_schema_extra=COUNTRY_PAIR)] = None,
    status: Annotated[str | None, Query(description="occurred or planned (any case).", max_length=20,
                                        json_schema_extra=EVENT_STATUS)] = None,
    since: Annotated[str | None, Query(description="Dated on or after: 2015, 2015-06 or 2015-06-01.",
                                       max_length=20, json_schema_extra=DATE_BOUND)] = None,
    until: Annotated[str | None, Query(description="Dated on or before: 2020, 2020-12 or 2020-12-31.",
                                       max_length=20, json_schema_extra=DATE_BOUND)] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, description="Lowest extractor confidence.")] = None,
    q: Annotated[str | None, Query(description="Words that must all occur in an evidence sentence.",
                                   max_length=200, json_schema_extra=SEARCH_WORDS)] = None,
    reviewed: Annotated[bool | None, Query(description="true: reviewed events only; false: unreviewed only.")] = None,
    decision: Annotated[Literal["confirmed", "edited", "rejected"] | None,
                        Query(description="Events with this review decision.")] = None,
    include_rejected: Annotated[bool, Query(description="Also list events a reviewer rejected.")] = False,
) -> EventFilters:
    """The event filters from the query string (422 with a message when one is malformed)."""
    # a FilterError is answered by the app's handler: 422 with the message and the field it is about
    return EventFilters(
        types=tuple(t.strip() for t in type.split(",") if t.strip()) if type else (),
        country=country, pair=_pair(pair), status=status, since=since, until=until,
        min_confidence=min_confidence, q=q, reviewed=reviewed, decision=decision,
        include_rejected=include_rejected)


def _pair(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(p.strip() for p in value.split(",") if p.strip())


FiltersDep = Annotated[EventFilters, Depends(event_filters)]
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]


def require_reviewer(request: Request,
                     authorization: Annotated[str | None, Header(description="Bearer REVIEW_TOKEN")] = None) -> None:
    """Let the request through only with the server's review token (401 without one, 403 if wrong)."""
    expected: str | None = request.app.state.review_token
    if not authorization:
        raise HTTPException(401, "reviewing needs the review token: send 'Authorization: Bearer TOKEN'",
                            headers={"WWW-Authenticate": "Bearer"})
    if expected is None:
        raise HTTPException(403, "reviewing is disabled on this server: start it with --review-token "
                                 "or DEFCOOP_REVIEW_TOKEN")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise HTTPException(403, "wrong review token")
