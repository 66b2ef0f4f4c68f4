"""Request and response models of the API (pydantic); field descriptions appear in /openapi.json."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from defcoop.store.review import KINDS, ROLES
from defcoop.types import EVENT_TYPES

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Status = Literal["occurred", "planned"]
Decision = Literal["confirmed", "edited", "rejected"]
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
CODE_PATTERN = r"^[A-Za-z][A-Za-z0-9]{1,7}$"


class FieldError(BaseModel):
    loc: list[str | int] = Field(description="Where the bad value is: ['query', 'since'], ['body', 'changes', 'date'].")
    msg: str
    type: str


class ErrorOut(BaseModel):
    """Every error response (401, 403, 404, 413, 422, 500) has this one shape."""

    detail: str = Field(description="What is wrong, in one readable message.")
    errors: list[FieldError] = Field(description="One entry per bad field (empty when no field is to blame).")


class PartyOut(BaseModel):
    actor_id: int
    name: str
    kind: str
    country: str | None = Field(description="ISO3 or IGO code of the party, if known.")
    role: str = Field(description="participant, supplier or recipient.")
    title: str | None = None


class LocationOut(BaseModel):
    name: str
    country: str | None = None


class ReviewStateOut(BaseModel):
    decision: Decision
    edited: bool = Field(description="A reviewer changed some field of the event.")
    reviewer: str
    reviewed_at: str | None


class EventOut(BaseModel):
    id: int
    doc_id: str = Field(description="The document of the first report.")
    type: str
    status: str
    date: str | None = Field(description="YYYY, YYYY-MM or YYYY-MM-DD: the precision the text gives.")
    location: LocationOut | None = None
    item: str | None = None
    confidence: float
    source_count: int = Field(description="Documents reporting the event.")
    parties: list[PartyOut]
    evidence: str = Field(description="The first evidence sentence.")
    evidence_doc_id: str
    evidence_start: int = Field(description="Offset of the evidence in the document's cleaned text (characters).")
    evidence_end: int
    review: ReviewStateOut | None = Field(description="The standing human decision; null if unreviewed.")


class Page(BaseModel):
    total: int = Field(description="Items matching the filters, over all pages.")
    limit: int
    offset: int


class EventPage(Page):
    items: list[EventOut]


class EvidenceOut(BaseModel):
    id: int
    text: str
    start: int
    end: int


class CopyOut(BaseModel):
    url: str | None
    source: str | None
    relation: str = Field(description="original, exact or near (duplicate copies of the document).")


class SourceOut(BaseModel):
    doc_id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    confidence: float | None = Field(description="The extractor's confidence in this document's report.")
    evidence: list[EvidenceOut]
    copies: list[CopyOut]


class ReviewOut(BaseModel):
    id: int
    action: Literal["confirm", "reject", "edit"]
    reviewer: str
    comment: str
    changes: dict[str, Any] = Field(description="{field: [before, after]} for an edit.")
    created_at: str


class EventDetail(EventOut):
    reason: str = Field(description="Why the extractor fired (trigger and rule).")
    sources: list[SourceOut]
    history: list[ReviewOut]


class SpanOut(BaseModel):
    evidence_id: int
    event_id: int
    start: int
    end: int
    type: str
    status: str


class DocumentOut(BaseModel):
    id: str
    title: str | None
    url: str | None
    published: str | None
    source: str | None
    lang: str | None
    ingested_at: str | None
    text: str = Field(description="The cleaned text; evidence offsets refer to it (Unicode code points).")
    spans: list[SpanOut]
    copies: list[CopyOut]


class ActorOut(BaseModel):
    code: str = Field(description="ISO3 or IGO code, or the actor id for persons, companies, organisations.")
    actor_id: int | None
    name: str
    kind: str
    country: str | None
    title: str | None = None
    events: int
    partners: int = Field(0, description="Distinct other countries/IGOs in the same events.")
    first_date: str | None
    last_date: str | None


class ActorPage(Page):
    items: list[ActorOut]


class PartnerOut(BaseModel):
    code: str
    name: str
    kind: str
    events: int
    first_date: str | None
    last_date: str | None
    per_year: dict[str, int] = Field(description="Events together per year ('undated' for undated ones).")


class DocRef(BaseModel):
    doc_id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None


class TransferOut(BaseModel):
    id: int
    date: str | None
    status: str
    item: str | None
    quantity: int | None = Field(None, description="Pieces, when the item says (\"five ...\", \"12 ...\").")
    designation: str | None = Field(None, description="The model named in the item: UH-60 Black Hawk, S-400.")
    category: str = Field("other", description="aircraft, ships, armour, air defence, missiles, small arms, "
                                               "ammunition, vehicles or other.")
    stage: Literal["order", "delivery", "planned"] = Field(
        "planned", description="The report is of an order (contract, purchase), a delivery, or a plan.")
    order_year: str | None = Field(None, description="The event's year when it is an order.")
    delivery_year: str | None = Field(None, description="The event's year when it is a delivery.")
    suppliers: list[PartyOut]
    recipients: list[PartyOut]
    participants: list[PartyOut]
    confidence: float
    source_count: int
    sources: list[DocRef]
    review: ReviewStateOut | None


class TransferPage(Page):
    items: list[TransferOut]


class ActorBrief(BaseModel):
    actor_id: int
    code: str
    name: str
    kind: str
    title: str | None
    events: int


class ActorDetail(BaseModel):
    code: str
    actor_id: int | None
    name: str
    kind: str
    country: str | None
    title: str | None
    events: int
    first_date: str | None
    last_date: str | None
    events_per_type: dict[str, int]
    events_per_year: dict[str, int] = {}
    partners: list[PartnerOut]
    transfers_out: list[TransferOut] = Field([], description="TRANSFER events with this code as supplier.")
    transfers_in: list[TransferOut] = Field([], description="TRANSFER events with this code as recipient.")
    actors: list[ActorBrief] = Field([], description="Its persons, companies and organisations with most events.")
    recent_events: list[EventOut] = []


class NodeOut(BaseModel):
    code: str
    name: str
    kind: str
    events: int


class EdgeOut(BaseModel):
    source: str
    target: str
    weight: int = Field(description="Events with parties from both.")


class GraphOut(BaseModel):
    nodes: list[NodeOut]
    edges: list[EdgeOut]


class MapCountryOut(BaseModel):
    code: str = Field(description="ISO3 or IGO code.")
    name: str
    kind: str = Field(description="country or igo.")
    events: int
    numeric: str | None = Field(description="ISO 3166 numeric code, the id of the country's shape on the map.")


class FlowOut(BaseModel):
    source: str = Field(description="Supplier's code.")
    target: str = Field(description="Recipient's code.")
    events: int = Field(description="TRANSFER events from source to target.")


class MapOut(BaseModel):
    countries: list[MapCountryOut]
    flows: list[FlowOut] = Field(description="Directed transfer flows, most events first.")


class CoarseOut(BaseModel):
    period: str
    type: str
    events: int


class TimelineOut(BaseModel):
    interval: Literal["month", "year"]
    periods: list[str]
    series: dict[str, list[int]] = Field(description="Per type, events in each period (aligned with periods).")
    coarse: list[CoarseOut] = Field(description="Events dated only to a coarser period (the year).")
    placed: int = Field(0, description="Events in the series (dated to the period).")
    undated: int = Field(0, description="Events without a date.")
    total: int = Field(0, description="placed + the events of coarse + undated: every event of the filters.")


class PairOut(BaseModel):
    countries: list[str]
    names: list[str]
    events: int


class SummaryOut(BaseModel):
    events: int
    documents: int
    sources: int
    countries: int
    first_date: str | None
    last_date: str | None
    events_per_type: dict[str, int]
    reviews: dict[str, int]
    top_pairs: list[PairOut]
    review_enabled: bool = Field(description="The server accepts reviews (it has a review token).")
    event_types: list[str]


class CountryOut(BaseModel):
    code: str = Field(description="ISO3 or IGO code: what the country filters take.")
    name: str
    kind: Literal["country", "igo"]


class CountryList(BaseModel):
    query: str
    items: list[CountryOut] = Field(description="Best first: exact code or name, names starting with the text, "
                                                "names containing it, close spellings.")


class MetaOut(BaseModel):
    version: str
    review_enabled: bool = Field(description="The server accepts reviews (it has a review token).")
    event_types: list[str]


class SnippetPart(BaseModel):
    text: str
    match: bool


class SearchHitOut(BaseModel):
    doc_id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    snippet: list[SnippetPart]


class SearchPage(Page):
    items: list[SearchHitOut]
    engine: Literal["fts5", "tsvector", "like"]


# Not blank: names are stored with their spaces collapsed.
NAME_PATTERN = r"[^\s\x00-\x1f\x7f-\x9f]"  # a character that is neither space nor control (what review keeps)


class PartyIn(BaseModel):
    # A country or IGO party needs its code (checked by `store.review`; said here for clients).
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "if": {"properties": {"kind": {"enum": ["country", "igo"]}}, "required": ["kind"]},
        "then": {"required": ["country"], "properties": {"country": {"type": "string"}}}})

    name: str = Field(min_length=1, max_length=255, pattern=NAME_PATTERN)
    kind: Literal[KINDS]  # type: ignore[valid-type]
    country: str | None = Field(None, pattern=CODE_PATTERN, description="ISO3 or IGO code of a known country or IGO.",
                                json_schema_extra={"format": "country-code"})
    role: Literal[ROLES] = "participant"  # type: ignore[valid-type]
    title: str | None = Field(None, max_length=255)


class ReviewChanges(BaseModel):
    """Fields to change; leave a field out to keep it (null clears date and item)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"minProperties": 1})

    # type, status and parties cannot be cleared: not null (a default of None only marks them left out)
    type: EventType = None  # type: ignore[assignment]
    status: Status = None  # type: ignore[assignment]
    date: str | None = Field(None, pattern=DATE_PATTERN, description="A date that exists.",
                             json_schema_extra={"format": "partial-date"})
    item: str | None = Field(None, max_length=500)
    parties: list[PartyIn] = Field(None, min_length=1, max_length=50)  # type: ignore[assignment]


class ReviewIn(BaseModel):
    # `changes` (at least one field) with an edit, and only with an edit (checked by `store.review`).
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "if": {"properties": {"action": {"const": "edit"}}, "required": ["action"]},
        "then": {"required": ["changes"], "properties": {"changes": {"type": "object"}}},
        "else": {"properties": {"changes": {"type": "null"}}}})

    action: Literal["confirm", "reject", "edit"]
    reviewer: str = Field(min_length=1, max_length=255, pattern=NAME_PATTERN,
                          description="Who decides (stored with the review).")
    comment: str = Field("", max_length=2000)
    changes: ReviewChanges | None = Field(None, description="Only with action 'edit'.")
