"""The domain model shared by every stage: Document, Actor, Party, Location, Event.

Stages pass these plain dataclasses to each other; nothing here touches files, the
database or spaCy. `Event.to_record()` gives the JSONL interchange form of SCHEMA.md.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

EVENT_TYPES = ("MEET", "AGREE", "TRANSFER", "EXERCISE", "TRAIN", "INDUSTRY", "EXHIBIT", "DEPLOY", "COOPERATE")
ActorKind = Literal["country", "organisation", "company", "person", "igo"]
Role = Literal["participant", "supplier", "recipient"]
Status = Literal["occurred", "planned"]


@dataclass(slots=True)
class RawDocument:
    """One input document as read from disk, before cleaning.

    Exactly one of `text` (scraped plain text) or `html` (a raw page) is set.
    `origin` says where it came from ("path" or "path#record"), for error messages.
    """

    id: str
    origin: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date, as given by the input's metadata
    source: str | None = None
    lang: str | None = None


@dataclass(slots=True)
class Document:
    """A cleaned document: page furniture removed; offsets of evidence refer to `text`."""

    id: str
    text: str  # cleaned main text
    raw: str  # the raw text or HTML as read
    origin: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date: metadata first, else found in the text
    source: str | None = None
    lang: str | None = None
    content_hash: str = ""  # sha256 of the normalised cleaned text (exact dedup key)


@dataclass(slots=True, frozen=True)
class Actor:
    """Someone who can take part in an event, resolved to a country or IGO code.

    `country` is ISO 3166-1 alpha-3 for a state or anything belonging to one, an IGO
    code (NATO, UN, ...) for an international organisation, or None when unknown.
    """

    name: str
    kind: ActorKind
    country: str | None
    title: str | None = None

    @property
    def key(self) -> str:
        """Stable identity used by the store: kind, country and normalised name."""
        return f"{self.kind}:{self.country or '-'}:{' '.join(self.name.lower().split())}"


@dataclass(slots=True, frozen=True)
class Party:
    """An actor in the role it plays in one event."""

    actor: Actor
    role: Role = "participant"


@dataclass(slots=True, frozen=True)
class Location:
    name: str
    country: str | None


@dataclass(slots=True)
class Event:
    """One act of defence cooperation (or a plan for one) stated in one document.

    `evidence_start`/`evidence_end` are character offsets of `evidence` in the
    cleaned `Document.text`. `reason` records why the extractor fired (trigger and
    rule), for error analysis.
    """

    doc_id: str
    type: str
    status: Status
    parties: list[Party]
    evidence: str
    evidence_start: int
    evidence_end: int
    date: str | None = None
    location: Location | None = None
    item: str | None = None
    confidence: float = 0.5
    reason: str = ""

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(p.actor.country for p in self.parties if p.actor.country)

    def to_record(self) -> dict:
        """The SCHEMA.md JSONL object for this event."""
        parties = []
        for p in self.parties:
            rec = {"name": p.actor.name, "kind": p.actor.kind, "country": p.actor.country, "role": p.role}
            if p.actor.title:
                rec["title"] = p.actor.title
            parties.append(rec)
        return {
            "doc_id": self.doc_id,
            "type": self.type,
            "status": self.status,
            "parties": parties,
            "date": self.date,
            "location": asdict(self.location) if self.location else None,
            "item": self.item,
            "evidence": self.evidence,
            "evidence_start": self.evidence_start,
            "evidence_end": self.evidence_end,
            "confidence": round(self.confidence, 3),
            "reason": self.reason,
        }

    @classmethod
    def from_record(cls, rec: dict) -> "Event":
        """Inverse of `to_record` (extra keys ignored)."""
        parties = [
            Party(Actor(p["name"], p["kind"], p.get("country"), p.get("title")), p.get("role", "participant"))
            for p in rec.get("parties") or []
        ]
        loc = rec.get("location")
        return cls(
            doc_id=rec["doc_id"], type=rec["type"], status=rec.get("status", "occurred"), parties=parties,
            evidence=rec.get("evidence", ""), evidence_start=rec.get("evidence_start", -1),
            evidence_end=rec.get("evidence_end", -1), date=rec.get("date"),
            location=Location(loc["name"], loc.get("country")) if loc else None, item=rec.get("item"),
            confidence=rec.get("confidence", 0.5), reason=rec.get("reason", ""),
        )


@dataclass(slots=True)
class DocumentResult:
    """What extraction produced for one document: the cleaned document and its events."""

    document: Document
    events: list[Event] = field(default_factory=list)


@dataclass(slots=True)
class InputProblem:
    """An input that was skipped: where, and why (shown to the user as `path: reason`).

    `bad` is True for inputs that should have been documents but could not be read
    (unreadable, binary, empty, mis-encoded, malformed): they make the run's exit status
    non-zero. It is False for files that are ignored on purpose (gold files, unknown types).
    """

    origin: str
    reason: str
    bad: bool = True

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
