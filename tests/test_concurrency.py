"""Many writers on one database (issue 13, item 2; issue 12, row 5): concurrent `defcoop run`s give
exactly the result of one run, on SQLite and on PostgreSQL."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles"
DEFCOOP = Path(sys.executable).parent / "defcoop"
TABLES = ("documents", "document_sources", "document_signatures", "actors", "events", "event_sources",
          "event_parties", "evidence", "event_facts", "event_countries", "event_pairs")


def _env() -> dict[str, str]:
    # Small batches: many interleaved write transactions.
    return {**{k: v for k, v in os.environ.items() if not k.startswith("DEFCOOP_")}, "DEFCOOP_BATCH_SIZE": "3"}


def _run(db: str) -> subprocess.Popen:
    return subprocess.Popen([str(DEFCOOP), "run", str(SAMPLES), "--db", db, "--json"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env())


def _state(db: str, tmp_path: Path) -> tuple[dict[str, int], list[str]]:
    """Row counts of every table and the JSONL export of the database."""
    engine = create_engine(db)
    with engine.connect() as connection:
        counts = {t: connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in TABLES}
    engine.dispose()
    out = tmp_path / f"export-{len(list(tmp_path.iterdir()))}.jsonl"
    proc = subprocess.run([str(DEFCOOP), "export", "--format", "jsonl", "-o", str(out), "--db", db],
                          capture_output=True, text=True, env=_env(), timeout=300)
    assert proc.returncode == 0, proc.stderr
    return counts, out.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def single_run(new_db_url, tmp_path_factory) -> tuple[dict[str, int], list[str]]:
    """The state one run of the samples leaves in a fresh database."""
    if not DEFCOOP.exists():
        pytest.skip(f"{DEFCOOP} is not installed: install the package (pip install -e .) to run these tests")
    db = new_db_url()
    proc = _run(db)
    _out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    return _state(db, tmp_path_factory.mktemp("single"))


def test_two_concurrent_runs_give_the_result_of_one(new_db_url, single_run, tmp_path):
    """Two runs of the same inputs started together on one fresh database: both succeed, and every table
    and the export equal those of one run (were: "table documents already exists", "UNIQUE constraint
    failed: actors.key", a deadlock on PostgreSQL)."""
    if not DEFCOOP.exists():
        pytest.skip(f"console script {DEFCOOP} is not installed")
    db = new_db_url()
    procs = [_run(db) for _ in range(2)]
    outputs = [proc.communicate(timeout=600) for proc in procs]
    for proc, (_out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err
    counts, export = _state(db, tmp_path)
    assert counts == single_run[0]
    assert export == single_run[1]
    # Between them the two runs stored every document once.
    stored = [json.loads(out)["run"]["documents_stored"] for out, _err in outputs]
    assert sum(stored) >= counts["documents"]


def test_concurrent_runs_find_each_others_near_copies(new_db_url, tmp_path):
    """Two runs over different inputs, one holding an article and the other a near copy of it (a wire
    story and its reprint): one document with two sources, as one run over both gives. Each run used to
    load the stored signatures once, at its start, and never saw the other's."""
    if not DEFCOOP.exists():
        pytest.skip(f"console script {DEFCOOP} is not installed")
    parts = [SAMPLES / "jsonl", SAMPLES / "text"]  # wire.jsonl and text/ken-gbr-defence-pact-2021.txt
    single = new_db_url()
    proc = subprocess.run([str(DEFCOOP), "run", *map(str, parts), "--db", single, "--json"], capture_output=True,
                          text=True, env=_env(), timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["run"]["near_duplicates"] == 1
    db = new_db_url()
    procs = [subprocess.Popen([str(DEFCOOP), "run", str(part), "--db", db, "--json"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=_env()) for part in parts]
    outputs = [p.communicate(timeout=600) for p in procs]
    for p, (_out, err) in zip(procs, outputs):
        assert p.returncode == 0, err
    assert sum(json.loads(out)["run"]["near_duplicates"] for out, _err in outputs) == 1
    counts, _export = _state(db, tmp_path)
    reference, _export = _state(single, tmp_path)
    for table in ("documents", "document_sources", "document_signatures"):
        assert counts[table] == reference[table], table


def test_a_run_on_a_local_dask_cluster_equals_a_local_run(new_db_url, single_run, tmp_path):
    """Issue 13: `run --engine dask --local-workers 2` (a distributed.LocalCluster of two worker processes)
    stores exactly what a local run stores: every table and the export."""
    pytest.importorskip("distributed", reason="the Dask engine needs distributed (pinned in pyproject.toml)")
    if not DEFCOOP.exists():
        pytest.skip(f"console script {DEFCOOP} is not installed")
    db = new_db_url()
    proc = subprocess.run([str(DEFCOOP), "run", str(SAMPLES), "--db", db, "--engine", "dask", "--local-workers", "2"],
                          capture_output=True, text=True, env=_env(), timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "Dask dashboard: http" in proc.stderr
    assert _state(db, tmp_path) == single_run


def test_a_source_waiting_for_a_document_another_run_stored_joins_that_document(tmp_path, make_doc):
    """A batch document (A) that another run stored first under another id (A2) becomes A2's source; a near
    copy (B) that was waiting for A is recorded on A2, not refused because A was never stored."""
    from sqlalchemy import select

    from defcoop.pipeline import Runner
    from defcoop.settings import Settings
    from defcoop.store import open_database, save_result
    from defcoop.store.db import engine_of
    from defcoop.store.models import DocumentSourceRow
    from defcoop.types import DocumentResult

    text = "Kazakhstan and Turkey signed a military cooperation plan in Astana on Tuesday, the ministry said."

    def page(doc_id: str, body: str):
        doc = make_doc(body, doc_id=doc_id)
        doc.url, doc.origin = f"https://{doc_id.lower()}.example/story", f"{doc_id}.txt"
        return doc

    factory = open_database(str(tmp_path / "race.db"))
    try:
        with factory.begin() as session:  # the other run's document
            save_result(session, DocumentResult(page("A2", text)), None)
        runner = Runner(factory, Settings())
        runner.pending_sources = [("A", page("B", text + " Reprinted."), "near")]
        with factory.begin() as session:
            runner._store_batch(session, [DocumentResult(page("A", text))], {}, {"A"})  # (added, stored, ...)
        with factory() as session:
            sources = set(session.execute(select(DocumentSourceRow.doc_id, DocumentSourceRow.url)).all())
        assert {("A2", "https://a.example/story"), ("A2", "https://b.example/story")} <= sources
    finally:
        engine_of(factory).dispose()


def test_a_document_another_run_stored_after_this_one_looked_is_counted_once(tmp_path, make_doc):
    """Issue 12: when two runs race, each found the document unstored and one stored it first; the other's
    store is idempotent and its report must not count the document as stored a second time."""
    from defcoop.pipeline import Runner
    from defcoop.settings import Settings
    from defcoop.store import open_database, save_result
    from defcoop.store.db import engine_of
    from defcoop.types import DocumentResult

    doc = make_doc("Kazakhstan and Turkey signed a military cooperation plan in Astana on Tuesday, the ministry said.",
                   doc_id="A")
    factory = open_database(str(tmp_path / "race.db"))
    try:
        with factory.begin() as session:  # the other run's store of the same document
            save_result(session, DocumentResult(doc), None)
        runner = Runner(factory, Settings())
        with factory.begin() as session:
            _, stored, copies, near, _ = runner._store_batch(session, [DocumentResult(doc)], {}, {"A"})
        assert (stored, copies, near) == (0, 0, 0)
    finally:
        engine_of(factory).dispose()
