"""MinHash bands of stored documents, the merge lookup's index, and PostgreSQL full-text search.

- `document_bands`: the LSH bands of every stored signature (`defcoop.dedup.minhash.band_keys`),
  indexed by (band, key), so any process finds a new document's near copies among the stored
  ones in the database instead of in an index each run loads once; filled here from the
  signatures already stored.
- `ix_event_pairs_merge` on event_pairs (a, b, type, date): the stored events of one pair of
  countries and one type in a time window, the candidates `crud` compares a new report with,
  read without scanning every event of the type or of either country.
- PostgreSQL only (SQLite has its FTS5 tables from 0003): GIN indexes over the English tsvector
  of documents and evidence sentences. Expression indexes, so nothing is stored twice and
  nothing has to be kept in step; `defcoop.store.search` queries the very same expressions
  (`DOCUMENT_TSVECTOR`, `EVIDENCE_TSVECTOR`) so the planner uses them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from defcoop.dedup.minhash import band_keys

# The index expressions as this migration made them, frozen here (a migration must not change when the
# live code does); `defcoop.store.search` must query exactly these for the planner to use them.
PG_SEARCH_INDEXES = (
    ("ix_documents_search", "documents",
     "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
     "setweight(to_tsvector('english', left(text, 200000)), 'D')"),
    ("ix_evidence_search", "evidence", "to_tsvector('english', left(text, 200000))"),
)

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bands = op.create_table(
        "document_bands",
        sa.Column("doc_id", sa.String(255), sa.ForeignKey("documents.id", name="fk_document_bands_doc_id_documents",
                                                          ondelete="CASCADE"), nullable=False),
        sa.Column("band", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("key", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("doc_id", "band", name="pk_document_bands"))
    op.create_index("ix_document_bands_band_key", "document_bands", ["band", "key"])
    connection = op.get_bind()
    rows = []
    for doc_id, signature in connection.execute(sa.text("SELECT doc_id, minhash FROM document_signatures")):
        try:
            rows += [{"doc_id": doc_id, "band": band, "key": key} for band, key in band_keys(bytes(signature))]
        except ValueError:  # a signature of an unknown format: that document is matched by its hash only
            continue
        if len(rows) >= 10_000:
            op.bulk_insert(bands, rows)
            rows = []
    if rows:
        op.bulk_insert(bands, rows)
    op.create_index("ix_event_pairs_merge", "event_pairs", ["a", "b", "type", "date"])
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table, expression in PG_SEARCH_INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} USING gin (({expression}))")


def downgrade() -> None:
    op.drop_index("ix_event_pairs_merge", "event_pairs")
    op.drop_index("ix_document_bands_band_key", "document_bands")
    op.drop_table("document_bands")
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _table, _expression in PG_SEARCH_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
