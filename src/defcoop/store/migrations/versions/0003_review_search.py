"""Reviews, the country/pair index of events, and full-text search.

- `event_reviews`: every reviewer action (confirm, reject, edit) with time, reviewer, comment
  and the changed fields; `review_state`: the standing decision per reviewed event.
- `event_facts` / `event_countries` / `event_pairs`: the denormalised index of events (see
  `defcoop.store.facts`), filled here from the stored events and parties.
- SQLite only: FTS5 tables `documents_fts` (title and cleaned text of every document) and
  `evidence_fts` (evidence sentences, external content), kept in step by triggers. They are
  not ORM tables; `defcoop.store.search.include_name` keeps them out of schema comparisons.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOKENIZER = "porter unicode61 remove_diacritics 2"

FTS_UPGRADE = (
    f"CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, text, tokenize='{TOKENIZER}')",
    "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts (doc_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END",
    "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
    "DELETE FROM documents_fts WHERE doc_id = old.id; END",
    "CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN "
    "DELETE FROM documents_fts WHERE doc_id = old.id; "
    "INSERT INTO documents_fts (doc_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END",
    "INSERT INTO documents_fts (doc_id, title, text) SELECT id, coalesce(title, ''), text FROM documents",
    f"CREATE VIRTUAL TABLE evidence_fts USING fts5(text, content='evidence', content_rowid='id', "
    f"tokenize='{TOKENIZER}')",
    "CREATE TRIGGER evidence_fts_ai AFTER INSERT ON evidence BEGIN "
    "INSERT INTO evidence_fts (rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER evidence_fts_ad AFTER DELETE ON evidence BEGIN "
    "INSERT INTO evidence_fts (evidence_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER evidence_fts_au AFTER UPDATE OF text ON evidence BEGIN "
    "INSERT INTO evidence_fts (evidence_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO evidence_fts (rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO evidence_fts (evidence_fts) VALUES ('rebuild')",
)
FTS_DOWNGRADE = (
    "DROP TRIGGER IF EXISTS evidence_fts_au", "DROP TRIGGER IF EXISTS evidence_fts_ad",
    "DROP TRIGGER IF EXISTS evidence_fts_ai", "DROP TABLE IF EXISTS evidence_fts",
    "DROP TRIGGER IF EXISTS documents_fts_au", "DROP TRIGGER IF EXISTS documents_fts_ad",
    "DROP TRIGGER IF EXISTS documents_fts_ai", "DROP TABLE IF EXISTS documents_fts",
)


INDEX_FILL = (
    "INSERT INTO event_facts (type, month, event_id, status, date, confidence, review) "
    "SELECT e.type, coalesce(substr(e.date, 1, 7), ''), e.id, e.status, e.date, e.confidence, '' FROM events e",
    "INSERT INTO event_countries (country, event_id, type, status, date, confidence, review) "
    "SELECT DISTINCT a.country, f.event_id, f.type, f.status, f.date, f.confidence, f.review "
    "FROM event_parties ep JOIN actors a ON a.id = ep.actor_id JOIN event_facts f ON f.event_id = ep.event_id "
    "WHERE a.country IS NOT NULL",
    "INSERT INTO event_pairs (a, b, event_id, type, status, date, confidence, review) "
    "SELECT x.country, y.country, x.event_id, x.type, x.status, x.date, x.confidence, x.review "
    "FROM event_countries x JOIN event_countries y ON y.event_id = x.event_id AND x.country < y.country",
)


def _index_table(name: str, key: list[sa.Column], primary_key: list[str]) -> None:
    """An index table of defcoop.store.facts: its key columns, the event's fields, clustered on the key."""
    op.create_table(
        name, *key,
        *([] if name == "event_facts" else [sa.Column("type", sa.String(16), nullable=False)]),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("review", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name=f"fk_{name}_event_id_events", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint(*primary_key, name=f"pk_{name}"),
        sqlite_with_rowid=False,
    )


def upgrade() -> None:
    op.create_table(
        "event_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("reviewer", sa.String(255), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_event_reviews_event_id_events",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_event_reviews"),
    )
    op.create_index("ix_event_reviews_event_id", "event_reviews", ["event_id"])
    op.create_table(
        "review_state",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("edited", sa.Boolean(), nullable=False),
        sa.Column("reviewer", sa.String(255), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_review_state_event_id_events",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["review_id"], ["event_reviews.id"], name="fk_review_state_review_id_event_reviews",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id", name="pk_review_state"),
    )
    op.create_index("ix_review_state_decision", "review_state", ["decision"])
    _index_table("event_facts", [sa.Column("type", sa.String(16), nullable=False),
                                 sa.Column("month", sa.String(7), nullable=False),
                                 sa.Column("event_id", sa.Integer(), nullable=False)],
                 ["type", "month", "event_id"])
    op.create_index("ix_event_facts_event_id", "event_facts", ["event_id"], unique=True)
    _index_table("event_countries", [sa.Column("country", sa.String(8), nullable=False),
                                     sa.Column("event_id", sa.Integer(), nullable=False)],
                 ["country", "event_id"])
    op.create_index("ix_event_countries_event_id", "event_countries", ["event_id"])
    _index_table("event_pairs", [sa.Column("a", sa.String(8), nullable=False),
                                 sa.Column("b", sa.String(8), nullable=False),
                                 sa.Column("event_id", sa.Integer(), nullable=False)],
                 ["a", "b", "event_id"])
    op.create_index("ix_event_pairs_event_id", "event_pairs", ["event_id"])
    op.create_index("ix_event_pairs_b", "event_pairs", ["b", "a"])
    # The index of the events already stored (the SQL of defcoop.store.facts.rebuild_index).
    for sql in INDEX_FILL:
        op.execute(sql)
    if op.get_bind().dialect.name == "sqlite":
        for sql in FTS_UPGRADE:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for sql in FTS_DOWNGRADE:
            op.execute(sql)
    op.drop_index("ix_event_pairs_b", "event_pairs")
    for table in ("event_pairs", "event_countries", "event_facts"):
        op.drop_index(f"ix_{table}_event_id", table)
        op.drop_table(table)
    op.drop_index("ix_review_state_decision", "review_state")
    op.drop_table("review_state")
    op.drop_index("ix_event_reviews_event_id", "event_reviews")
    op.drop_table("event_reviews")
