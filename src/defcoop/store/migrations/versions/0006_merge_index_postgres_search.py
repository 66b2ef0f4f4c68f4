"""The merge lookup's index, and PostgreSQL full-text search.

- `ix_event_pairs_merge` on event_pairs (a, b, type, date): the stored events of one pair of
  countries and one type in a time window, the candidates `crud` compares a new report with,
  read without scanning every event of the type or of either country.
- PostgreSQL only (SQLite has its FTS5 tables from 0003): GIN indexes over the English tsvector
  of documents and evidence sentences. Expression indexes, so nothing is stored twice and
  nothing has to be kept in step; `defcoop.store.search` queries the very same expressions
  (`DOCUMENT_TSVECTOR`, `EVIDENCE_TSVECTOR`) so the planner uses them.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-06
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from defcoop.store.search import PG_SEARCH_INDEXES

revision: str = "0006"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_event_pairs_merge", "event_pairs", ["a", "b", "type", "date"])
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table, expression in PG_SEARCH_INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} USING gin (({expression}))")


def downgrade() -> None:
    op.drop_index("ix_event_pairs_merge", "event_pairs")
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _table, _expression in PG_SEARCH_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
