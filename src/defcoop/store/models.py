"""ORM tables of the defcoop database (SQLAlchemy 2.0 declarative, portable SQL only).

Every change here needs a hand-written Alembic migration in `migrations/versions/`;
`tests/test_store.py` fails when the two disagree.

Nullable text that is part of a unique key (the URL, source and origin of a
`document_sources` row) is stored as "" rather than NULL, because SQL treats NULLs as
distinct in unique constraints on both SQLite and PostgreSQL.
"""
from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (BigInteger, Boolean, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time in UTC, for `ingested_at`."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base with a constraint naming convention (stable names for migrations)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class DocumentRow(Base):
    """One cleaned document, stored once however many URLs carried it."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))
    source: Mapped[str | None] = mapped_column(String(255))
    lang: Mapped[str | None] = mapped_column(String(16))
    raw: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(Text, default="")
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    warc_file: Mapped[str | None] = mapped_column(Text)  # fetched pages: the WARC file and record offset
    warc_offset: Mapped[int | None] = mapped_column(BigInteger)

    sources: Mapped[list[DocumentSourceRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True,
        order_by="DocumentSourceRow.id")


class DocumentSourceRow(Base):
    """A URL / source / origin that carried a document: the original or a duplicate."""

    __tablename__ = "document_sources"
    __table_args__ = (UniqueConstraint("doc_id", "url", "source", "origin", name="uq_document_sources_doc_url"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(255), default="")
    origin: Mapped[str] = mapped_column(Text, default="")
    source_doc_id: Mapped[str | None] = mapped_column(String(255), index=True)  # the id this copy had in its input
    relation: Mapped[str] = mapped_column(String(16), default="original")  # original | exact | near | duplicate

    document: Mapped[DocumentRow] = relationship(back_populates="sources")


class DocumentSignatureRow(Base):
    """The MinHash signature of a document's cleaned text (see `defcoop.dedup`)."""

    __tablename__ = "document_signatures"

    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    minhash: Mapped[bytes] = mapped_column(LargeBinary)


class DocumentBandRow(Base):
    """One LSH band of a document's signature (`defcoop.dedup.minhash.band_keys`): documents sharing a
    (band, key) are near-copy candidates, found through the index by any process."""

    __tablename__ = "document_bands"
    __table_args__ = (Index("ix_document_bands_band_key", "band", "key"),)

    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    band: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    key: Mapped[int] = mapped_column(BigInteger)

    document: Mapped[DocumentRow] = relationship()  # so a flush inserts the document first


class ActorRow(Base):
    """A person, organisation, company, country or IGO, unique by `Actor.key`."""

    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(512), unique=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    title: Mapped[str | None] = mapped_column(Text)


class EventRow(Base):
    """One real-world event, reported by one or more documents (`sources`).

    `doc_id`, `fingerprint`, `confidence` and `reason` are those of the first report; a later
    report of the same event (see `defcoop.merge`) adds an `EventSourceRow` and its evidence
    and never rewrites the event's fields.
    """

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_type_date", "type", "date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    location_name: Mapped[str | None] = mapped_column(Text)
    location_country: Mapped[str | None] = mapped_column(String(8))
    item: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(40), unique=True)
    source_count: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    document: Mapped[DocumentRow] = relationship()
    parties: Mapped[list[EventPartyRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EventPartyRow.position")
    evidence: Mapped[list[EvidenceRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EvidenceRow.id")
    reports: Mapped[list[EventSourceRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EventSourceRow.id")


class EventSourceRow(Base):
    """One document's report of an event: what the extractor found there, keyed by fingerprint."""

    __tablename__ = "event_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    fingerprint: Mapped[str] = mapped_column(String(40), unique=True)
    confidence: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text, default="")

    document: Mapped[DocumentRow] = relationship()


class EventPartyRow(Base):
    """An actor in the role it plays in one event; `title` as stated in that event."""

    __tablename__ = "event_parties"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str | None] = mapped_column(Text)

    actor: Mapped[ActorRow] = relationship(lazy="joined")


class EvidenceRow(Base):
    """A span of a document's cleaned text that supports an event (several allowed per event)."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)


class ReviewRow(Base):
    """One reviewer action on an event (confirm, reject or edit), kept forever as its history.

    `changes` is JSON: {"field": [before, after], ...} for an edit, {} otherwise.
    """

    __tablename__ = "event_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(16))  # confirm | reject | edit
    reviewer: Mapped[str] = mapped_column(String(255))
    comment: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReviewStateRow(Base):
    """The standing human decision on an event: the latest review; no row means unreviewed.

    `decision` is confirmed, edited or rejected; rejected events are hidden unless asked for.
    """

    __tablename__ = "review_state"
    __table_args__ = (Index("ix_review_state_decision", "decision"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    decision: Mapped[str] = mapped_column(String(16))
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    reviewer: Mapped[str] = mapped_column(String(255))
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    review_id: Mapped[int] = mapped_column(ForeignKey("event_reviews.id", ondelete="CASCADE"))


class EventFactRow(Base):
    """Denormalised: the filterable fields of one event, clustered by (type, month) for the timeline.

    `month` is "" (undated), YYYY (dated to the year only) or YYYY-MM; `review` is the
    decision in `review_state` or "" (unreviewed). Kept in step by `defcoop.store.facts`.
    """

    __tablename__ = "event_facts"
    __table_args__ = (Index("ix_event_facts_event_id", "event_id", unique=True), {"sqlite_with_rowid": False})

    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10))
    confidence: Mapped[float] = mapped_column(Float)
    review: Mapped[str] = mapped_column(String(16), default="")


class EventCountryRow(Base):
    """Denormalised: one row per (party country/IGO code, event) with the event's filterable fields.

    Kept in step with `event_parties` and `events` by `defcoop.store.facts`.
    """

    __tablename__ = "event_countries"
    __table_args__ = (Index("ix_event_countries_event_id", "event_id"), {"sqlite_with_rowid": False})

    country: Mapped[str] = mapped_column(String(8), primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10))
    confidence: Mapped[float] = mapped_column(Float)
    review: Mapped[str] = mapped_column(String(16), default="")


class EventPairRow(Base):
    """Denormalised: one row per (pair of distinct party codes a < b, event) with the event's filterable fields.

    The edges of the network graph. Kept in step by `defcoop.store.facts`.
    """

    __tablename__ = "event_pairs"
    __table_args__ = (Index("ix_event_pairs_event_id", "event_id"), Index("ix_event_pairs_b", "b", "a"),
                      Index("ix_event_pairs_merge", "a", "b", "type", "date"),  # crud's merge candidates
                      {"sqlite_with_rowid": False})

    a: Mapped[str] = mapped_column(String(8), primary_key=True)
    b: Mapped[str] = mapped_column(String(8), primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10))
    confidence: Mapped[float] = mapped_column(Float)
    review: Mapped[str] = mapped_column(String(16), default="")


class SourceRow(Base):
    """A live source (`defcoop sources add`): a feed, a sitemap or a URL list, with its health."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))  # feed | sitemap | urls
    lang: Mapped[str | None] = mapped_column(String(16))
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_fetch_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_ok_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    new_articles: Mapped[int] = mapped_column(Integer, default=0)  # pages fetched by the last fetch
    total_articles: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # fetches in a row that ended in an error
    last_error: Mapped[str] = mapped_column(Text, default="")


class KnownUrlRow(Base):
    """A URL met by discovery, under its normalised form: fetched at most once (pages) or
    conditionally again (feeds and sitemaps, by `etag` and `last_modified`).

    `status`: queued, fetching (claimed by a fetch that may have been killed), fetched (archived,
    not yet through the pipeline), done, skipped or failed (with `reason`).
    """

    __tablename__ = "known_urls"
    __table_args__ = (Index("ix_known_urls_status", "status", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="page")  # page | feed | sitemap | urls
    status: Mapped[str] = mapped_column(String(16), default="queued")
    reason: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    http_status: Mapped[int | None] = mapped_column(Integer)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))
    warc_file: Mapped[str | None] = mapped_column(Text)
    warc_offset: Mapped[int | None] = mapped_column(BigInteger)
    doc_id: Mapped[str | None] = mapped_column(String(255))
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


# The mapper events that keep event_facts, event_countries and event_pairs in step with the
# events and their parties (imported last: the module uses the classes above).
from defcoop.store import facts as _facts  # noqa: E402,F401
