"""Tests of defcoop.store: migrations, idempotent saves, queries, summary and open errors."""
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, select

from defcoop.dedup import DuplicateIndex
from defcoop.errors import DefcoopError, StoreError
from defcoop.store import (FilterError, add_source, count_events, database_url, find_document_by_hash, iter_events,
                           open_database, query_events, save_result, summary)
from defcoop.store.db import engine_of
from defcoop.store.models import (ActorRow, Base, DocumentBandRow, DocumentRow, DocumentSignatureRow,
                                  DocumentSourceRow, EventPartyRow, EventRow, EvidenceRow)
from defcoop.store.search import include_name
from defcoop.types import Actor, Document, DocumentResult, Event, Location, Party

TEXT1 = ("Turkish Deputy Defence Minister Muhsin Dere met Kazakh Defence Minister Nurlan Yermekbayev "
         "in Nur-Sultan on Thursday. Russia will deliver Su-30SM fighters to Kazakhstan, the ministry said.")
TEXT2 = "NATO and Kazakhstan held the Steppe Eagle exercise with Turkish and British troops in 2019."
TEXT3 = "Kazakhstan and Uzbekistan signed a plan of military cooperation, evidence with \"quotes\", commas."

KAZ_MIN = Actor("Nurlan Yermekbayev", "person", "KAZ", "Defence Minister")
TUR_MIN = Actor("Muhsin Dere", "person", "TUR", "Deputy Defence Minister")
RUS = Actor("Russia", "country", "RUS")
KAZ = Actor("Kazakhstan", "country", "KAZ")
TUR = Actor("Turkey", "country", "TUR")
NATO = Actor("NATO", "igo", "NATO")
GBR = Actor("United Kingdom", "country", "GBR")
UZB = Actor("Uzbekistan", "country", "UZB")


def make_doc(doc_id: str, text: str, **kw) -> Document:
    return Document(id=doc_id, text=text, raw="<p>" + text + "</p>", origin=f"in/{doc_id}.doc.json",
                    url=kw.pop("url", f"https://example.org/{doc_id}"), source=kw.pop("source", "Kazinform"),
                    published="2021-02-05", lang="en", title=f"Title {doc_id}", content_hash=f"hash-{doc_id}", **kw)


def make_results() -> list[DocumentResult]:
    meet = Event("d1", "MEET", "occurred", [Party(TUR_MIN), Party(KAZ_MIN)], TEXT1[:108], 0, 108,
                 date="2021-02-04", location=Location("Nur-Sultan", "KAZ"), confidence=0.9, reason="met")
    transfer = Event("d1", "TRANSFER", "planned", [Party(RUS, "supplier"), Party(KAZ, "recipient")],
                     TEXT1[109:], 109, len(TEXT1), date="2021-02", item="Su-30SM fighters", confidence=0.7)
    exercise = Event("d2", "EXERCISE", "occurred", [Party(NATO), Party(KAZ), Party(TUR), Party(GBR)],
                     TEXT2, 0, len(TEXT2), date="2019", confidence=0.6)
    agree = Event("d3", "AGREE", "occurred", [Party(KAZ), Party(UZB)], TEXT3, 0, len(TEXT3), confidence=0.4)
    return [DocumentResult(make_doc("d1", TEXT1), [meet, transfer]),
            DocumentResult(make_doc("d2", TEXT2), [exercise]),
            DocumentResult(make_doc("d3", TEXT3), [agree])]


def row_counts(session) -> dict[str, int]:
    tables = (DocumentRow, DocumentSourceRow, DocumentSignatureRow, ActorRow, EventRow, EventPartyRow, EvidenceRow)
    return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) for t in tables}


@pytest.fixture
def factory(db_url):
    factory = open_database(db_url)
    yield factory
    engine_of(factory).dispose()


@pytest.fixture
def filled(factory):
    index = DuplicateIndex()
    with factory.begin() as session:
        for result in make_results():
            save_result(session, result, index.signature(result.document.text))
    return factory


def test_store_migrations_create_tables(db_url):
    factory = open_database(db_url)
    engine = engine_of(factory)
    names = set(inspect(engine).get_table_names())
    assert {"documents", "document_sources", "document_signatures", "actors", "events", "event_parties",
            "evidence", "alembic_version"} <= names
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()
    engine_of(open_database(db_url)).dispose()  # opening again: already at head


def test_store_migration_matches_models(factory):
    with engine_of(factory).connect() as conn:
        # FTS5 tables (SQLite only, made by migration 0003) are not ORM tables: left out.
        opts = {"include_name": include_name}
        assert compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata) == []
    # The comparison does see differences: an empty database differs from the models.
    empty = create_engine("sqlite://")
    with empty.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) != []


def test_store_save_is_idempotent(filled):
    with filled() as session:
        before = row_counts(session)
    assert before == {"documents": 3, "document_sources": 3, "document_signatures": 3, "actors": 8, "events": 4,
                      "event_parties": 10, "evidence": 4}
    with filled.begin() as session:
        for result in make_results():
            assert save_result(session, result, DuplicateIndex().signature(result.document.text)) == 0
    with filled() as session:
        assert row_counts(session) == before


def test_store_save_in_one_batch_dedups_events_and_actors(factory):
    result = make_results()[0]
    result.events.append(result.events[0])  # the same event twice in one result
    with factory.begin() as session:
        assert save_result(session, result, None) == 2
        assert save_result(session, result, None) == 0
    with factory() as session:
        assert row_counts(session)["events"] == 2
        assert row_counts(session)["document_signatures"] == 0


def test_store_uncommitted_batch_leaves_nothing(factory):
    session = factory()
    save_result(session, make_results()[0], None)
    session.rollback()
    session.close()
    with factory() as session:
        assert row_counts(session)["documents"] == 0


def test_store_round_trip_of_events(filled):
    with filled() as session:
        stored = query_events(session)
    assert [s.id for s in stored] == sorted(s.id for s in stored)
    expected = [ev for r in make_results() for ev in r.events]
    assert [s.event for s in stored] == expected
    assert stored[0].sources[0].url == "https://example.org/d1"
    assert stored[0].sources[0].source == "Kazinform"


def test_store_find_by_hash_and_add_source(filled):
    dup = make_doc("d1-copy", TEXT1, url="https://mirror.example.com/x", source="Mirror")
    with filled.begin() as session:
        assert find_document_by_hash(session, "hash-d1") == "d1"
        assert len(query_events(session, type="MEET")[0].sources) == 1
        assert find_document_by_hash(session, "nope") is None
        assert add_source(session, "d1", dup, relation="exact") is True
        assert add_source(session, "d1", dup, relation="exact") is False
        with pytest.raises(StoreError):
            add_source(session, "missing", dup)
        assert len(query_events(session, type="MEET")[0].sources) == 2  # seen inside the same transaction
    with filled() as session:
        assert row_counts(session)["document_sources"] == 4
        sources = query_events(session, type="MEET")[0].sources
    assert [(s.url, s.source, s.relation) for s in sources] == [
        ("https://example.org/d1", "Kazinform", "original"), ("https://mirror.example.com/x", "Mirror", "exact")]
    assert sources[1].doc_id == "d1-copy"


def test_store_add_source_without_url_is_idempotent(filled):
    dup = make_doc("d2-copy", TEXT2, url=None, source=None)
    with filled.begin() as session:
        assert add_source(session, "d2", dup)
        assert not add_source(session, "d2", dup)
    with filled() as session:
        sources = query_events(session, type="EXERCISE")[0].sources
    assert (sources[1].url, sources[1].source) == (None, None)


def test_store_save_rejects_clashing_documents(filled):
    with filled.begin() as session:
        same_text = DocumentResult(make_doc("other-id", TEXT1))
        same_text.document.content_hash = "hash-d1"
        with pytest.raises(StoreError, match="add_source"):
            save_result(session, same_text, None)
        changed = DocumentResult(make_doc("d1", "changed text"))
        changed.document.content_hash = "hash-changed"
        with pytest.raises(StoreError, match="different text"):
            save_result(session, changed, None)
    with filled() as session:
        assert row_counts(session)["documents"] == 3


def ids(factory, **filters) -> set[tuple[str, str]]:
    """(doc_id, type) of the events matching `filters`; checks count_events agrees."""
    with factory() as session:
        found = {(s.event.doc_id, s.event.type) for s in query_events(session, **filters)}
        assert count_events(session, **filters) == len(found)
    return found


def test_store_query_filters(filled):
    all_events = {("d1", "MEET"), ("d1", "TRANSFER"), ("d2", "EXERCISE"), ("d3", "AGREE")}
    assert ids(filled) == all_events
    assert ids(filled, type="transfer") == {("d1", "TRANSFER")}
    assert ids(filled, country="TUR") == {("d1", "MEET"), ("d2", "EXERCISE")}
    assert ids(filled, country="NATO") == {("d2", "EXERCISE")}
    assert ids(filled, pair=("KAZ", "TUR")) == {("d1", "MEET"), ("d2", "EXERCISE")}
    assert ids(filled, pair=("RUS", "KAZ")) == {("d1", "TRANSFER")}
    assert ids(filled, pair=("RUS", "TUR")) == set()
    assert ids(filled, status="planned") == {("d1", "TRANSFER")}
    assert ids(filled, min_confidence=0.65) == {("d1", "MEET"), ("d1", "TRANSFER")}
    assert ids(filled, type="EXERCISE", country="GBR", min_confidence=0.5) == {("d2", "EXERCISE")}


@pytest.mark.parametrize(("since", "expected"), [
    ("2019", {"MEET", "TRANSFER", "EXERCISE"}),
    (2020, {"MEET", "TRANSFER"}),
    ("2021-02", {"MEET", "TRANSFER"}),
    ("2021-02-04", {"MEET", "TRANSFER"}),  # "2021-02" contains the bound
    ("2021-02-05", {"TRANSFER"}),
    ("2021-03", set()),
])
def test_store_query_since(filled, since, expected):
    assert {t for _, t in ids(filled, since=since)} == expected  # undated AGREE always excluded


@pytest.mark.parametrize("filters", [{"since": "last week"}, {"since": "2021-2"}, {"pair": ("KAZ",)}])
def test_store_query_bad_filters(filled, filters):
    with filled() as session:
        with pytest.raises(FilterError):
            query_events(session, **filters)
        with pytest.raises(DefcoopError):  # raised at the call, before iterating
            iter_events(session, **filters)
        with pytest.raises(ValueError):
            count_events(session, **filters)


def test_store_query_limit_offset_and_iter(filled):
    with filled() as session:
        everything = [s.id for s in query_events(session)]
        assert [s.id for s in query_events(session, limit=2)] == everything[:2]
        assert [s.id for s in query_events(session, limit=2, offset=1)] == everything[1:3]
        assert [s.id for s in iter_events(session, page_size=1)] == everything
        assert [s.id for s in iter_events(session, page_size=2, offset=1, limit=2)] == everything[1:3]
        assert [s.id for s in iter_events(session, page_size=3, country="KAZ")] == everything
        assert [s.event.type for s in iter_events(session, country="UZB")] == ["AGREE"]


def test_store_summary(filled):
    with filled.begin() as session:
        add_source(session, "d1", make_doc("copy", TEXT1, url="https://other.example/1"))
    with filled() as session:
        result = summary(session)
    assert result["documents"] == 3
    assert result["sources"] == 4
    assert result["events"] == 4
    assert result["events_per_type"] == {"AGREE": 1, "EXERCISE": 1, "MEET": 1, "TRANSFER": 1}
    pairs = {tuple(p["countries"]): p["events"] for p in result["top_pairs"]}
    assert pairs == {("KAZ", "TUR"): 2, ("KAZ", "RUS"): 1, ("GBR", "KAZ"): 1, ("GBR", "NATO"): 1,
                     ("GBR", "TUR"): 1, ("KAZ", "NATO"): 1, ("NATO", "TUR"): 1, ("KAZ", "UZB"): 1}
    assert result["top_pairs"][0] == {"countries": ["KAZ", "TUR"], "events": 2}
    assert result["top_countries"][0] == {"country": "KAZ", "events": 4}
    assert {c["country"]: c["events"] for c in result["top_countries"]}["TUR"] == 2


def test_store_summary_empty(factory):
    with factory() as session:
        assert summary(session) == {"documents": 0, "sources": 0, "events": 0, "events_per_type": {},
                                    "top_pairs": [], "top_countries": []}


def test_store_database_url(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DEFCOOP_DB", raising=False)
    assert database_url(None) == "sqlite:///defcoop.db"
    assert database_url("x.db") == f"sqlite:///{tmp_path / 'x.db'}"
    assert database_url("postgresql://u@h/db") == "postgresql://u@h/db"
    assert database_url(":memory:") == "sqlite://"
    monkeypatch.setenv("DEFCOOP_DB", "env.db")
    assert database_url(None) == f"sqlite:///{tmp_path / 'env.db'}"


def test_store_open_missing_directory(tmp_path):
    path = tmp_path / "no" / "such" / "dir" / "x.db"
    with pytest.raises(StoreError, match="does not exist") as info:
        open_database(str(path))
    assert str(path) in str(info.value)


def test_store_open_non_database_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database. " * 50)
    with pytest.raises(StoreError, match="file is not a database") as info:
        open_database(str(path))
    assert str(path) in str(info.value)


def test_store_open_unknown_revision(tmp_path):
    path = tmp_path / "future.db"
    engine_of(open_database(str(path))).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="9999"):
        open_database(str(path))


def test_store_open_bad_url():
    with pytest.raises(StoreError):
        open_database("nosuchdialect://x/y")


KILL_SCRIPT = """
import os, signal, sys
sys.path.insert(0, {tests!r})
from test_store import make_results
from defcoop.store import open_database, save_result
factory = open_database({path!r})
with factory.begin() as session:
    save_result(session, make_results()[0], None)
session = factory()
for result in make_results()[1:]:
    save_result(session, result, None)
session.flush()
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_store_sigkill_keeps_whole_batches(db_url):
    import subprocess
    import sys
    from pathlib import Path

    script = KILL_SCRIPT.format(tests=str(Path(__file__).parent), path=db_url)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -9, proc.stderr
    factory = open_database(db_url)
    with factory() as session:
        assert session.scalars(select(DocumentRow.id)).all() == ["d1"]
        assert row_counts(session)["events"] == 2
    engine_of(factory).dispose()


def _open_and_close(path: str, results) -> None:
    from defcoop.store.db import engine_of, open_database

    try:
        engine_of(open_database(path)).dispose()
        results.put("ok")
    except Exception as exc:  # reported to the test
        results.put(f"{type(exc).__name__}: {exc}")


def test_processes_opening_a_new_database_together_all_succeed(new_db_url):
    """Issue 12, row 5: two runs on a new database died with "table documents already exists" (SQLite)
    or `pg_type_typname_nsp_index` (PostgreSQL)."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    for _trial in range(3):
        path, results = new_db_url(), context.Queue()
        procs = [context.Process(target=_open_and_close, args=(path, results)) for _ in range(3)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(60)
        assert [results.get(timeout=5) for _ in procs] == ["ok"] * 3


def test_store_finds_near_copies_through_the_band_index(filled):
    """Issue 13: near copies are looked up in the database (document_bands), not in an index loaded once."""
    from defcoop.store.crud import find_near_copy

    index = DuplicateIndex()
    reprint = TEXT1.replace("on Thursday", "on Thursday morning")
    other = "Something else entirely, about fishing boats in Norway and their catch this winter season."
    with filled() as session:
        assert find_near_copy(session, index.signature(reprint)) == "d1"
        assert find_near_copy(session, index.signature(TEXT2)) == "d2"
        assert find_near_copy(session, index.signature(other)) is None
        assert find_near_copy(session, index.signature("Kazakhstan and Uzbekistan")) is None  # short: exact only
        bands = session.execute(select(func.count()).select_from(DocumentBandRow)).scalar()
    assert bands == 3 * 25


def test_the_search_migration_indexes_what_search_queries():
    """Migration 0006 keeps its own copy of the PostgreSQL index expressions; search must query the same."""
    import importlib.util
    from pathlib import Path

    from defcoop.store import search

    path = Path(search.__file__).parent / "migrations" / "versions" / "0006_minhash_bands.py"
    spec = importlib.util.spec_from_file_location("migration_0006", path)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert migration.PG_SEARCH_INDEXES == search.PG_SEARCH_INDEXES



def test_near_copy_lookup_reads_the_band_index_not_the_table(tmp_path):
    """Issue 13: the band lookup was a row-value IN that SQLite answered by reading every row of
    document_bands for every new document, so a run slowed as its database grew."""
    from sqlalchemy import event

    from defcoop.store.crud import find_near_copy
    from defcoop.store.db import engine_of, open_database

    factory = open_database(str(tmp_path / "plan.db"))
    engine = engine_of(factory)
    statements = []
    event.listen(engine, "before_cursor_execute",
                 lambda conn, cursor, statement, params, context, many: statements.append((statement, params)))
    with factory() as session:
        find_near_copy(session, DuplicateIndex().signature(TEXT1))
    lookups = [(sql, params) for sql, params in statements if "document_bands" in sql]
    assert lookups, statements
    with engine.connect() as connection:
        for sql, params in lookups:
            plan = " | ".join(row[-1] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
            assert "SCAN document_bands" not in plan, plan
            assert "ix_document_bands_band_key" in plan, plan
    engine.dispose()


@pytest.mark.parametrize("timed", [True, False])
def test_merge_lookup_reads_events_by_id_not_every_event_of_the_type(tmp_path, timed):
    """Issue 13: SQLite answered the merge candidates' query by scanning every stored event of the type
    through (type, date), so each lookup grew with the database (2.3 ms at 112,000 events, 0.03 after);
    the candidates come from the pair index and are then looked up by id."""
    from sqlalchemy import event

    from defcoop.store.merge_lookup import _candidate_statement
    from defcoop.store.db import engine_of, open_database

    factory = open_database(str(tmp_path / "plan.db"))
    engine = engine_of(factory)
    statements = []
    event.listen(engine, "before_cursor_execute",
                 lambda conn, cursor, statement, params, context, many: statements.append((statement, params)))
    params = {"type": "MEET", "doc_id": "d", "first": "KAZ", "second": "TUR", "limit": 10, "recent": [1, 2]}
    if timed:
        params.update(start="2019-01-01", end="2019-12-31", coarse=["2019", "2019-05"],
                      published_from="2018-01-01", published_to="2020-12-31")
    with engine.connect() as connection:
        connection.execute(_candidate_statement(timed), params).all()
        sql, bound = statements[-1]
        plan = " | ".join(row[-1] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, bound))
    assert "ix_events_type_date" not in plan and "ix_events_date" not in plan, plan
    assert "ix_event_pairs_merge" in plan, plan
    engine.dispose()
