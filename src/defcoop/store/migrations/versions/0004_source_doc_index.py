"""Index of the ids documents had in their inputs (`document_sources.source_doc_id`).

A rerun asks, for each document, whether it was already stored as a near copy of another
(`defcoop.store.crud.find_near_original`); without this index that is a scan of every source.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_document_sources_source_doc_id", "document_sources", ["source_doc_id"])


def downgrade() -> None:
    op.drop_index("ix_document_sources_source_doc_id", "document_sources")
