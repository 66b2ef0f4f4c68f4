"""Initial schema: documents, sources, signatures, actors, events, parties, evidence.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(255), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(10), nullable=True),
        sa.Column("source", sa.String(255), nullable=True),
        sa.Column("lang", sa.String(16), nullable=True),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    op.create_table(
        "document_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(255), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("source", sa.String(255), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("source_doc_id", sa.String(255), nullable=True),
        sa.Column("relation", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], name="fk_document_sources_doc_id_documents",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_document_sources"),
        sa.UniqueConstraint("doc_id", "url", "source", "origin", name="uq_document_sources_doc_url"),
    )
    op.create_table(
        "document_signatures",
        sa.Column("doc_id", sa.String(255), nullable=False),
        sa.Column("minhash", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], name="fk_document_signatures_doc_id_documents",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("doc_id", name="pk_document_signatures"),
    )
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(512), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_actors"),
        sa.UniqueConstraint("key", name="uq_actors_key"),
    )
    op.create_index("ix_actors_country", "actors", ["country"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(255), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("location_name", sa.Text(), nullable=True),
        sa.Column("location_country", sa.String(8), nullable=True),
        sa.Column("item", sa.Text(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], name="fk_events_doc_id_documents", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.UniqueConstraint("fingerprint", name="uq_events_fingerprint"),
    )
    op.create_index("ix_events_doc_id", "events", ["doc_id"])
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_events_type_date", "events", ["type", "date"])
    op.create_table(
        "event_parties",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_event_parties_event_id_events",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], name="fk_event_parties_actor_id_actors"),
        sa.PrimaryKeyConstraint("event_id", "actor_id", "role", name="pk_event_parties"),
    )
    op.create_index("ix_event_parties_actor_id", "event_parties", ["actor_id"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(255), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_evidence_event_id_events", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], name="fk_evidence_doc_id_documents",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
    )
    op.create_index("ix_evidence_event_id", "evidence", ["event_id"])
    op.create_index("ix_evidence_doc_id", "evidence", ["doc_id"])


def downgrade() -> None:
    op.drop_table("evidence")
    op.drop_table("event_parties")
    op.drop_table("events")
    op.drop_table("actors")
    op.drop_table("document_signatures")
    op.drop_table("document_sources")
    op.drop_table("documents")
