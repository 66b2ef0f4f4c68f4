"""Cross-source merging: one event, many reporting documents.

Adds `event_sources` (one row per document that reported an event, with the fingerprint
that keeps re-runs idempotent) and `events.source_count`. Existing events get one source
row each: their own document.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "event_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(255), nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_event_sources_event_id_events",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], name="fk_event_sources_doc_id_documents",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_event_sources"),
        sa.UniqueConstraint("fingerprint", name="uq_event_sources_fingerprint"),
    )
    op.create_index("ix_event_sources_event_id", "event_sources", ["event_id"])
    op.create_index("ix_event_sources_doc_id", "event_sources", ["doc_id"])
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("source_count", sa.Integer(), nullable=False, server_default="1"))
    op.execute("INSERT INTO event_sources (event_id, doc_id, fingerprint, confidence, reason) "
               "SELECT id, doc_id, fingerprint, confidence, reason FROM events")


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("source_count")
    op.drop_index("ix_event_sources_doc_id", "event_sources")
    op.drop_index("ix_event_sources_event_id", "event_sources")
    op.drop_table("event_sources")
