"""Tests of `defcoop check` (defcoop.store.integrity): a sound database has no finding; each kind of
corruption, made by hand on SQLite and PostgreSQL, gives its finding and a non-zero exit."""
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from defcoop.cli import app
from defcoop.dedup import DuplicateIndex
from defcoop.store import open_database, save_result
from defcoop.store.db import engine_of
from defcoop.store.integrity import check_database, is_real_date
from test_store import make_results

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles"


@pytest.fixture
def filled(db_url):
    factory = open_database(db_url)
    index = DuplicateIndex()
    with factory.begin() as session:
        for result in make_results():
            save_result(session, result, index.signature(result.document.text))
    yield factory
    engine_of(factory).dispose()


def findings(factory) -> list[str]:
    with factory() as session:
        return [str(f) for f in check_database(session)]


def corrupt(factory, *statements: str, no_foreign_keys: bool = False) -> None:
    """Run raw SQL behind the store's back (with foreign keys off on SQLite when asked)."""
    engine = engine_of(factory)
    with engine.connect() as connection:
        if no_foreign_keys and engine.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        for statement in statements:
            connection.execute(text(statement))
        connection.commit()
        if no_foreign_keys and engine.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")


def test_integrity_sound_database_has_no_finding(filled, db_url):
    assert findings(filled) == []
    result = runner.invoke(app, ["check", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "no findings" in result.output


def test_integrity_sample_run_is_sound(tmp_path):
    """A real run over the bundled sample articles leaves a database with nothing to report."""
    db = tmp_path / "sample.db"
    ran = runner.invoke(app, ["run", str(SAMPLES), "--db", str(db), "-q"])
    assert ran.exit_code in (0, 3), ran.output
    result = runner.invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 0, result.output


def _drop_fk_on_postgres(factory, table: str, column: str) -> list[str]:
    if engine_of(factory).dialect.name != "postgresql":
        return []
    with factory() as session:
        names = session.execute(text(
            "SELECT conname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid "
            "AND a.attnum = ANY(c.conkey) WHERE c.contype = 'f' AND c.conrelid = CAST(:t AS regclass) "
            "AND a.attname = :c"), {"t": table, "c": column}).scalars().all()
    return [f"ALTER TABLE {table} DROP CONSTRAINT {name}" for name in names]


def test_integrity_broken_foreign_key(filled, db_url):
    drops = _drop_fk_on_postgres(filled, "evidence", "doc_id")
    corrupt(filled, *drops, "UPDATE evidence SET doc_id = 'gone' WHERE id = (SELECT min(id) FROM evidence)",
            no_foreign_keys=True)
    found = findings(filled)
    expected = "foreign-key: 1 evidence row(s) whose doc_id names no documents.id (gone)"
    assert any(f.startswith(expected) for f in found), found
    result = runner.invoke(app, ["check", "--db", db_url])
    assert result.exit_code == 1
    assert "foreign-key" in result.output


@pytest.mark.parametrize("statement, expected", [
    ("DELETE FROM event_pairs WHERE event_id = (SELECT min(event_id) FROM event_pairs)",
     "index: event_pairs: 1 row(s) missing"),
    ("UPDATE event_facts SET status = 'planned' WHERE event_id = (SELECT min(id) FROM events)",
     "index: event_facts: 1 row(s) that a rebuild would not give"),
    ("UPDATE event_countries SET date = '1999' WHERE country = 'KAZ'",
     "index: event_countries: 4 row(s) that a rebuild would not give"),
    ("DELETE FROM document_bands WHERE doc_id = 'd2' AND band = 0",
     "index: document_bands: 1 document(s) whose bands differ from their signature's (d2)"),
])
def test_integrity_index_tables_against_a_rebuild(filled, statement, expected):
    corrupt(filled, statement)
    found = findings(filled)
    assert any(f.startswith(expected) for f in found), found


def test_integrity_search_index(filled):
    if engine_of(filled).dialect.name == "sqlite":
        corrupt(filled, "DELETE FROM documents_fts WHERE doc_id = 'd3'")
        expected = "search-index: 1 documents missing from documents_fts"
    else:
        corrupt(filled, "DROP INDEX ix_evidence_search")
        expected = "search-index: the search index ix_evidence_search on evidence is missing"
    found = findings(filled)
    assert any(f.startswith(expected) for f in found), found


def test_integrity_evidence_search_index_out_of_step(filled):
    if engine_of(filled).dialect.name != "sqlite":
        pytest.skip("FTS5 external-content check: SQLite only (PostgreSQL indexes the column itself)")
    corrupt(filled, "DROP TRIGGER evidence_fts_au", "UPDATE evidence SET text = 'unrelated words here'")
    found = findings(filled)
    assert any(f.startswith("search-index: evidence_fts does not match") for f in found), found


@pytest.mark.parametrize("statements, expected", [
    (("DELETE FROM document_sources WHERE doc_id = 'd2'",),
     "orphan: 1 document(s) without a document_sources row (d2)"),
    (("DELETE FROM evidence WHERE doc_id = 'd3'",), "orphan: 1 event(s) without evidence"),
    (("DELETE FROM event_parties WHERE event_id = (SELECT min(id) FROM events WHERE doc_id = 'd3')",),
     "orphan: 1 event(s) without parties"),
])
def test_integrity_rows_alone(filled, statements, expected):
    corrupt(filled, *statements)
    found = findings(filled)
    assert any(f.startswith(expected) for f in found), found


@pytest.mark.parametrize("statement, expected", [
    ("UPDATE documents SET published = '2021-13-45' WHERE id = 'd1'",
     "date: 1 documents row(s) with an impossible published (d1='2021-13-45')"),
    ("UPDATE events SET date = '2021-02-30' WHERE doc_id = 'd3'",
     "date: 1 events row(s) with an impossible date"),
])
def test_integrity_impossible_dates(filled, statement, expected):
    corrupt(filled, statement)
    found = findings(filled)
    assert any(f.startswith(expected) for f in found), found


@pytest.mark.parametrize("value, real", [("2021", True), ("2021-02", True), ("2024-02-29", True),
                                         ("2023-02-29", False), ("2021-13", False), ("21-01-01", False),
                                         ("2021-1-1", False), ("", False)])
def test_integrity_is_real_date(value, real):
    assert is_real_date(value) is real


def test_integrity_missing_database(tmp_path):
    result = runner.invoke(app, ["check", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
