"""`defcoop check`: an integrity check of a stored database, read-only, on SQLite and PostgreSQL.

Each check is a function of a Session that yields `Finding`s; `check_database` runs them all.
What is checked:

- foreign keys: every reference points at a row that exists (SQLite enforces them only when
  a connection asks, so a file written by another tool may break them);
- the index tables against what a rebuild would give: `event_facts`, `event_countries` and
  `event_pairs` (`defcoop.store.facts`), `document_bands` (the LSH bands of each stored
  signature, `defcoop.dedup.minhash.band_keys`) and the search index (SQLite: the FTS5 tables
  hold exactly the documents and evidence; PostgreSQL: the GIN search indexes exist);
- documents without a `document_sources` row; events without evidence or without parties;
- impossible dates (`documents.published`, `events.date`, `known_urls.published` must be a real
  YYYY, YYYY-MM or YYYY-MM-DD).

Every query is portable SQL (no engine-specific syntax outside `_search_index`), set-based, one
scan per check; findings list at most `EXAMPLES` offending keys each.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date as Date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from defcoop.dedup.minhash import band_keys
from defcoop.store.models import Base, DocumentBandRow, DocumentSignatureRow
from defcoop.store.search import FTS_TABLES, PG_SEARCH_INDEXES

__all__ = ["Finding", "check_database", "CHECKS"]

EXAMPLES = 5  # offending keys named in one finding
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class Finding:
    """One integrity problem: the check that found it and what is wrong, in words."""

    check: str
    message: str

    def __str__(self) -> str:
        return f"{self.check}: {self.message}"


def _examples(values: list) -> str:
    shown = ", ".join(str(v) for v in values[:EXAMPLES])
    return shown + (", ..." if len(values) > EXAMPLES else "")


def _count_and_examples(session: Session, sql: str) -> tuple[int, list]:
    """The number of rows a query gives and the first EXAMPLES of its first column."""
    count = session.execute(text(f"SELECT count(*) FROM ({sql}) AS q")).scalar_one()
    examples = session.execute(text(f"{sql} LIMIT {EXAMPLES + 1}")).scalars().all() if count else []
    return count, list(examples)


# --- foreign keys -------------------------------------------------------------------------------------

def check_foreign_keys(session: Session) -> Iterator[Finding]:
    """Rows whose foreign key names a row that does not exist (for every foreign key of the models)."""
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            column, parent = fk.parent.name, fk.column
            sql = (f"SELECT c.{column} FROM {table.name} c LEFT JOIN {parent.table.name} p "
                   f"ON p.{parent.name} = c.{column} WHERE c.{column} IS NOT NULL AND p.{parent.name} IS NULL "
                   f"ORDER BY c.{column}")
            count, examples = _count_and_examples(session, sql)
            if count:
                yield Finding("foreign-key", f"{count} {table.name} row(s) whose {column} names no "
                                             f"{parent.table.name}.{parent.name} ({_examples(examples)})")


# --- the event index against a rebuild ---------------------------------------------------------------

# What `facts.rebuild_index` would write, computed from the source tables alone (not from the other
# index tables, which may be wrong themselves).
_COUNTRIES = ("SELECT DISTINCT a.country AS country, e.id AS event_id, e.type AS type, e.status AS status, "
              "e.date AS date, e.confidence AS confidence, coalesce(r.decision, '') AS review "
              "FROM event_parties ep JOIN actors a ON a.id = ep.actor_id JOIN events e ON e.id = ep.event_id "
              "LEFT JOIN review_state r ON r.event_id = e.id WHERE a.country IS NOT NULL")
_EXPECTED = {
    "event_facts": ("type, month, event_id, status, date, confidence, review",
                    "SELECT e.type AS type, coalesce(substr(e.date, 1, 7), '') AS month, e.id AS event_id, "
                    "e.status AS status, e.date AS date, e.confidence AS confidence, "
                    "coalesce(r.decision, '') AS review FROM events e LEFT JOIN review_state r ON r.event_id = e.id"),
    "event_countries": ("country, event_id, type, status, date, confidence, review", _COUNTRIES),
    "event_pairs": ("a, b, event_id, type, status, date, confidence, review",
                    "SELECT x.country AS a, y.country AS b, x.event_id, x.type, x.status, x.date, x.confidence, "
                    f"x.review FROM ({_COUNTRIES}) x JOIN ({_COUNTRIES}) y "
                    "ON y.event_id = x.event_id AND x.country < y.country"),
}


def check_event_index(session: Session) -> Iterator[Finding]:
    """`event_facts`, `event_countries` and `event_pairs` rows missing from, or not given by, a rebuild."""
    for table, (columns, expected) in _EXPECTED.items():
        stored = f"SELECT {columns} FROM {table}"
        for sql, what in ((f"{expected} EXCEPT {stored}", "missing (a rebuild would add them)"),
                          (f"{stored} EXCEPT {expected}", "that a rebuild would not give (stale or wrong)")):
            count = session.execute(text(f"SELECT count(*) FROM ({sql}) AS q")).scalar_one()
            if count:
                ids = session.execute(text(f"SELECT DISTINCT event_id FROM ({sql}) AS q ORDER BY event_id "
                                           f"LIMIT {EXAMPLES + 1}")).scalars().all()
                yield Finding("index", f"{table}: {count} row(s) {what}; events {_examples(list(ids))}")


# --- document_bands against the signatures ----------------------------------------------------------

def check_document_bands(session: Session) -> Iterator[Finding]:
    """Documents whose stored LSH bands differ from the bands of their stored signature."""
    stored: dict[str, set[tuple[int, int]]] = {}
    for doc_id, band, key in session.execute(select(DocumentBandRow.doc_id, DocumentBandRow.band,
                                                    DocumentBandRow.key)):
        stored.setdefault(doc_id, set()).add((band, key))
    wrong, unreadable = [], []
    for doc_id, signature in session.execute(select(DocumentSignatureRow.doc_id, DocumentSignatureRow.minhash)):
        try:
            expected = set(band_keys(bytes(signature)))
        except ValueError:
            unreadable.append(doc_id)
            expected = set()
        if stored.pop(doc_id, set()) != expected:
            wrong.append(doc_id)
    if unreadable:
        yield Finding("index", f"document_signatures: {len(unreadable)} unreadable signature(s) "
                               f"({_examples(sorted(unreadable))})")
    if wrong:
        yield Finding("index", f"document_bands: {len(wrong)} document(s) whose bands differ from their "
                               f"signature's ({_examples(sorted(wrong))})")
    if stored:
        yield Finding("index", f"document_bands: {len(stored)} document(s) with bands but no signature "
                               f"({_examples(sorted(stored))})")


# --- the search index -------------------------------------------------------------------------------

def check_search_index(session: Session) -> Iterator[Finding]:
    """SQLite: the FTS5 tables hold exactly the documents' titles and texts and the evidence sentences.
    PostgreSQL: the expression indexes searches use exist. Other engines have no index (LIKE)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        yield from _check_fts(session)
    elif dialect == "postgresql":
        names = set(session.execute(text("SELECT indexname FROM pg_indexes")).scalars())
        for index, table, _expression in PG_SEARCH_INDEXES:
            if index not in names:
                yield Finding("search-index", f"the search index {index} on {table} is missing")


def _check_fts(session: Session) -> Iterator[Finding]:
    present = set(session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
    missing = [name for name in FTS_TABLES if name not in present]
    if missing:
        yield Finding("search-index", f"FTS5 table(s) missing: {', '.join(missing)}")
        return
    documents = "SELECT id, coalesce(title, ''), text FROM documents"
    indexed = "SELECT doc_id, title, text FROM documents_fts"
    for sql, what in ((f"{documents} EXCEPT {indexed}", "documents missing from documents_fts or indexed with "
                                                        "another title or text"),
                      (f"{indexed} EXCEPT {documents}", "documents_fts rows of no document as stored")):
        count, examples = _count_and_examples(session, f"SELECT * FROM ({sql}) AS q")
        if count:
            yield Finding("search-index", f"{count} {what} ({_examples(examples)})")
    # evidence_fts indexes the evidence table (external content): FTS5's own check compares the two
    try:
        session.execute(text("INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)"))
    except Exception as exc:  # sqlite3 reports a mismatch as "database disk image is malformed"
        yield Finding("search-index", f"evidence_fts does not match the evidence table "
                                      f"({str(getattr(exc, 'orig', exc)).splitlines()[0]})")
        session.rollback()


# --- rows that must not exist alone -----------------------------------------------------------------

_ORPHANS = (
    ("documents", "document(s) without a document_sources row",
     "SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_sources s WHERE s.doc_id = d.id) "
     "ORDER BY d.id"),
    ("events", "event(s) without evidence",
     "SELECT e.id FROM events e WHERE NOT EXISTS (SELECT 1 FROM evidence v WHERE v.event_id = e.id) ORDER BY e.id"),
    ("events", "event(s) without parties",
     "SELECT e.id FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_parties p WHERE p.event_id = e.id) "
     "ORDER BY e.id"),
)


def check_orphans(session: Session) -> Iterator[Finding]:
    """Documents no source carried; events with no evidence or no parties."""
    for _table, what, sql in _ORPHANS:
        count, examples = _count_and_examples(session, sql)
        if count:
            yield Finding("orphan", f"{count} {what} ({_examples(examples)})")


# --- dates ------------------------------------------------------------------------------------------

DATE_COLUMNS = (("documents", "id", "published"), ("events", "id", "date"), ("known_urls", "url", "published"))


def is_real_date(value: str) -> bool:
    """True for a YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar."""
    if not _DATE_RE.match(value):
        return False
    year, month, day = (value.split("-") + ["01", "01"])[:3]
    try:
        Date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def check_dates(session: Session) -> Iterator[Finding]:
    """Stored dates that are not real YYYY, YYYY-MM or YYYY-MM-DD dates (distinct values are few: checked in
    Python, the same on every engine)."""
    for table, key, column in DATE_COLUMNS:
        bad = []
        for row_key, value in session.execute(text(f"SELECT {key}, {column} FROM {table} "
                                                   f"WHERE {column} IS NOT NULL ORDER BY {key}")):
            if not is_real_date(value):
                bad.append(f"{row_key}={value!r}")
        if bad:
            yield Finding("date", f"{len(bad)} {table} row(s) with an impossible {column} ({_examples(bad)})")


CHECKS: dict[str, Callable[[Session], Iterator[Finding]]] = {
    "foreign keys": check_foreign_keys,
    "event index": check_event_index,
    "document bands": check_document_bands,
    "search index": check_search_index,
    "documents and events alone": check_orphans,
    "dates": check_dates,
}


def check_database(session: Session) -> list[Finding]:
    """Every finding of every check, in the order of CHECKS (an empty list: the database is sound)."""
    return [finding for check in CHECKS.values() for finding in check(session)]
