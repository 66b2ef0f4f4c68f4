"""Robustness of `defcoop run`: bad inputs, ignored files, bad --db values, and a run killed mid-way.

Bad inputs are given next to a good file to a database that already holds data: the run
must exit 3, name the file and the reason, store the good documents and keep every row it
had. The kill-and-resume test runs the console script in subprocesses and SIGKILLs one.
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import fields
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from typer.testing import CliRunner

from defcoop.cli import app
from defcoop.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "articles"
GOLD = REPO / "samples" / "gold"
DEFCOOP = Path(sys.executable).parent / "defcoop"
TABLES = ("documents", "document_sources", "document_signatures", "actors", "events", "event_parties", "evidence")

CLEAN_ENV: dict[str, str | None] = {f"DEFCOOP_{f.name.upper()}": None for f in fields(Settings)}
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")

runner = CliRunner()

GOOD_TEXT = SAMPLES / "text" / "fji-aus-patrol-boat-2023.txt"  # not in the base database
GOOD_ID = "fji-aus-patrol-boat-2023"
BASE_INPUTS = [SAMPLES / "json" / "sgp-aus-training-treaty-2020.json", SAMPLES / "text" / "kaz-uzb-joint-drills-2019.txt"]


def invoke(*args: str | Path, **env: str):
    return runner.invoke(app, [str(a) for a in args], env={**CLEAN_ENV, **env}, catch_exceptions=False)


def plain(text: str) -> str:
    return _ANSI.sub("", text)


def subprocess_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEFCOOP_")}
    env.update(extra)
    return env


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def document_ids(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM documents")}


def event_keys(db: Path) -> set[tuple]:
    with sqlite3.connect(db) as conn:
        return set(conn.execute("SELECT id, doc_id, type, status, fingerprint FROM events"))


def copy_db(source: Path, target: Path) -> Path:
    """A consistent copy of a (WAL-mode) SQLite database."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


@pytest.fixture(scope="module")
def base_db(tmp_path_factory) -> Path:
    """A database that already holds two documents and their events."""
    db = tmp_path_factory.mktemp("base") / "base.db"
    result = invoke("run", *BASE_INPUTS, "--db", db, "--json")
    assert result.exit_code == 0, result.output
    counts = table_counts(db)
    assert counts["documents"] == 2 and counts["events"] > 0
    return db


# -- bad inputs ----------------------------------------------------------------------------------

def _html_record_spans(data: bytes) -> list[tuple[int, int]]:
    """(offset, length) of the text/html response records of a WARC."""
    import io

    from warcio.archiveiterator import ArchiveIterator

    spans = []
    it = ArchiveIterator(io.BytesIO(data))
    for record in it:
        content_type = record.http_headers.get_header("Content-Type") if record.http_headers else ""
        record.content_stream().read()
        if record.rec_type == "response" and (content_type or "").startswith("text/html"):
            spans.append((it.get_record_offset(), it.get_record_length()))
    return spans


def make_empty(d: Path):
    path = d / "empty.txt"
    path.write_bytes(b"")
    return path, path.name, "empty file", set()


def make_binary(d: Path):
    path = d / "binary.txt"
    path.write_bytes(b"Defence news\x00\x01\x02\xff\xfe" + bytes(range(256)) * 4)
    return path, path.name, "binary file", set()


def make_latin1(d: Path):
    path = d / "latin1.txt"
    path.write_bytes("Le ministère de la Défense a signé un accord à Paris.\n".encode("latin-1"))
    return path, path.name, "not valid UTF-8", set()


def make_bad_json(d: Path):
    path = d / "broken.json"
    path.write_text('{"id": "broken-1", "text": "The ministers met"\n', encoding="utf-8")
    return path, path.name, "not valid JSON", set()


def make_bad_jsonl(d: Path):
    lines = [line for line in (SAMPLES / "jsonl" / "wire.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()][1:4]
    good_ids = {json.loads(line)["id"] for line in lines}
    path = d / "mixed.jsonl"
    path.write_text("\n".join([lines[0], lines[1], '{"id": "bad-line", "text": ', lines[2]]) + "\n", encoding="utf-8")
    return path, f"{path.name}:3", "not valid JSON", good_ids


def make_truncated_warc(d: Path):
    data = (SAMPLES / "warc" / "sample.warc.gz").read_bytes()
    spans = _html_record_spans(data)
    assert len(spans) >= 2
    offset, length = spans[1]  # cut in the middle of the second article: the first one is whole
    path = d / "truncated.warc.gz"
    path.write_bytes(data[:offset + length // 2])
    return path, path.name, "truncated", {"armenia-india-pinaka-deal-2022"}


def make_missing(d: Path):
    path = d / "no-such-file.txt"
    return path, path.name, "no such file", set()


BAD_INPUTS = {
    "empty": make_empty,
    "binary": make_binary,
    "latin-1": make_latin1,
    "malformed-json": make_bad_json,
    "jsonl-bad-line": make_bad_jsonl,
    "truncated-warc": make_truncated_warc,
    "missing-path": make_missing,
}


@pytest.mark.parametrize("kind", list(BAD_INPUTS))
def test_bad_input_is_skipped_and_the_rest_stored(kind, base_db, tmp_path):
    db = copy_db(base_db, tmp_path / "db.sqlite")
    before_counts, before_docs, before_events = table_counts(db), document_ids(db), event_keys(db)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    good = shutil.copy(GOOD_TEXT, inputs / GOOD_TEXT.name)
    bad, name, reason, extra_good_ids = BAD_INPUTS[kind](inputs)

    result = invoke("run", good, bad, "--db", db, "--json")

    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    lines = [line for line in plain(result.stderr).splitlines() if name in line]
    assert len(lines) == 1, f"expected one line naming {name}:\n{result.stderr}"
    assert reason in lines[0], lines[0]
    assert lines[0].startswith("skipped:"), lines[0]
    summary = json.loads(plain(result.stdout))
    assert summary["run"]["inputs_skipped"] == 1
    assert summary["run"]["documents_stored"] == 1 + len(extra_good_ids)

    after_docs = document_ids(db)
    assert after_docs == before_docs | {GOOD_ID} | extra_good_ids
    assert before_events <= event_keys(db), "events that were stored before the run are gone or changed"
    after_counts = table_counts(db)
    for table in TABLES:
        assert after_counts[table] >= before_counts[table], (table, before_counts, after_counts)
    assert after_counts["events"] > before_counts["events"]


def test_every_bad_input_at_once(base_db, tmp_path):
    """All bad kinds in one directory: each is named once, the good documents are all stored."""
    db = copy_db(base_db, tmp_path / "db.sqlite")
    before_counts = table_counts(db)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    shutil.copy(GOOD_TEXT, inputs / GOOD_TEXT.name)
    expected, good_ids = [], {GOOD_ID}
    for make in BAD_INPUTS.values():
        _, name, reason, extra = make(inputs)
        expected.append((name, reason))
        good_ids |= extra
    result = invoke("run", inputs, inputs / "no-such-file.txt", "--db", db, "--json")
    assert result.exit_code == 3, result.output
    stderr = plain(result.stderr)
    for name, reason in expected:
        lines = [line for line in stderr.splitlines() if name in line]
        assert len(lines) == 1 and reason in lines[0], (name, reason, stderr)
    assert json.loads(plain(result.stdout))["run"]["inputs_skipped"] == len(expected)
    assert good_ids <= document_ids(db)
    after_counts = table_counts(db)
    assert all(after_counts[t] >= before_counts[t] for t in TABLES)


def test_warc_truncated_inside_a_non_html_record_is_reported(tmp_path):
    data = (SAMPLES / "warc" / "sample.warc.gz").read_bytes()
    offset, length = _html_record_spans(data)[0]
    end_of_first_article = offset + length
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:end_of_first_article + 200])  # inside the record after the first article
    result = invoke("run", path, "--db", tmp_path / "db.sqlite", "--json")
    assert result.exit_code == 3
    assert "truncated" in plain(result.stderr)


# -- ignored files -------------------------------------------------------------------------------

def test_gold_files_and_unknown_extensions_are_ignored_with_a_warning(tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    shutil.copy(GOOD_TEXT, inputs / GOOD_TEXT.name)
    shutil.copy(GOLD / f"{GOOD_ID}.gold.json", inputs / f"{GOOD_ID}.gold.json")
    (inputs / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (inputs / "README.md").write_text("# notes\n", encoding="utf-8")
    (inputs / "LICENSE").write_text("no extension\n", encoding="utf-8")
    db = tmp_path / "db.sqlite"

    result = invoke("run", inputs, "--db", db, "--json")

    assert result.exit_code == 0, result.output
    stderr = plain(result.stderr)
    for name in (f"{GOOD_ID}.gold.json", "notes.csv", "README.md", "LICENSE"):
        lines = [line for line in stderr.splitlines() if name in line]
        assert len(lines) == 1, f"expected one warning naming {name}:\n{stderr}"
        assert lines[0].startswith("ignored:"), lines[0]
    assert "gold" in next(line for line in stderr.splitlines() if ".gold.json" in line)
    assert "unsupported file type .csv" in stderr
    summary = json.loads(plain(result.stdout))
    assert summary["run"]["inputs_skipped"] == 0
    assert document_ids(db) == {GOOD_ID}


# -- bad --db --------------------------------------------------------------------------------------

def _db_error(result, path: Path) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)
    text = plain(result.output)
    assert result.stdout.strip() == ""
    joined = "".join(text.splitlines())  # rich wraps at the console width: undo it to find the path
    assert str(path) in joined, text
    assert text.startswith("error:"), text
    return joined


def test_db_in_a_missing_directory(tmp_path):
    path = tmp_path / "missing" / "sub" / "x.db"
    result = invoke("run", GOOD_TEXT, "--db", path)
    message = _db_error(result, path)
    assert "does not exist" in message
    assert not path.parent.exists()


def test_db_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    content = b"These are my notes, not a SQLite database.\n" * 50
    path.write_bytes(content)
    result = invoke("run", GOOD_TEXT, "--db", path)
    message = _db_error(result, path)
    assert "not a database" in message
    assert path.read_bytes() == content, "defcoop changed a file that is not its database"


def test_db_errors_of_the_other_commands(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"not a database\n" * 100)
    for args in (["events"], ["export", "--format", "jsonl", "-o", str(tmp_path / "out.jsonl")]):
        result = invoke(*args, "--db", path)
        assert "not a database" in " ".join(_db_error(result, path).split())
    assert not (tmp_path / "out.jsonl").exists()


def test_db_error_is_one_line_at_80_columns(tmp_path):
    path = tmp_path / "missing-directory" / "x.db"
    result = invoke("run", GOOD_TEXT, "--db", path, COLUMNS="80")
    assert result.exit_code == 1
    assert len(plain(result.output).strip().splitlines()) == 1, result.output


# -- kill and resume -------------------------------------------------------------------------------

WORDS = ("river market village school bridge harvest railway festival museum library hospital council farmer "
         "teacher weather season highway factory garden orchard bakery theatre stadium harbour tourist rainfall "
         "concert painter novel poetry recipe kitchen bicycle tram ferry island mountain valley forest meadow "
         "cattle wheat barley coffee cotton textile pottery glass ceramic lantern carpet timber marble granite "
         "violin guitar choir dancer sculptor gallery archive diary letter postcard stamp coin clock mirror").split()


def make_distinct_corpus(n: int, directory: Path) -> Path:
    """N documents as one JSONL: sample articles wrapped in random filler so that no two are duplicates.

    defcoop.bench.make_corpus only varies a first line that the cleaner drops, so its copies are
    exact duplicates after cleaning (300 lines store 27 documents); here every document is new,
    so the whole run does extraction work and a kill lands in the middle of it.
    """
    bases = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((SAMPLES / "json").glob("*.json"))]
    bases += [json.loads(line) for line in (SAMPLES / "jsonl" / "wire.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    rng = random.Random(20240601)

    def filler() -> str:
        return " ".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(9, 14))).capitalize()
                        + f" {rng.randint(100, 99999)}." for _ in range(12))

    path = directory / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fp:
        for i in range(n):
            doc = dict(bases[i % len(bases)])
            doc["id"] = f"{doc['id']}-{i:04d}"
            doc["text"] = f"{filler()}\n\n{doc['text'].rstrip()}\n\n{filler()}\n"
            fp.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def _committed(db: Path) -> tuple[int, int]:
    """(documents, events) committed so far, read without disturbing the writer; (0, 0) before the schema exists."""
    if not db.exists():
        return 0, 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return (conn.execute("SELECT count(*) FROM documents").fetchone()[0],
                    conn.execute("SELECT count(*) FROM events").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0, 0


def _events_per_document(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        per_doc = {doc_id: 0 for (doc_id,) in conn.execute("SELECT id FROM documents")}
        for doc_id, n in conn.execute("SELECT doc_id, count(*) FROM events GROUP BY doc_id"):
            per_doc[doc_id] = n
    return per_doc


def _fingerprints(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT fingerprint FROM events")]


def _check_consistent(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = {
            "events without document": "SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)",
            "parties without event": "SELECT count(*) FROM event_parties WHERE event_id NOT IN (SELECT id FROM events)",
            "evidence without event": "SELECT count(*) FROM evidence WHERE event_id NOT IN (SELECT id FROM events)",
            "events without evidence": "SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM evidence)",
            "sources without document":
                "SELECT count(*) FROM document_sources WHERE doc_id NOT IN (SELECT id FROM documents)",
            "documents without source":
                "SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc_id FROM document_sources)",
        }
        found = {name: conn.execute(sql).fetchone()[0] for name, sql in orphans.items()}
    assert not any(found.values()), found


def test_killed_run_resumes_to_the_same_result(tmp_path):
    if not DEFCOOP.exists():
        pytest.skip(f"console script {DEFCOOP} is not installed")
    corpus = make_distinct_corpus(300, tmp_path)
    env = subprocess_env(DEFCOOP_BATCH_SIZE="8")
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"

    # The uninterrupted reference run goes on beside the one that is killed.
    clean = subprocess.Popen([str(DEFCOOP), "run", str(corpus), "--db", str(clean_db), "--json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    victim = subprocess.Popen([str(DEFCOOP), "run", str(corpus), "--db", str(killed_db), "-q"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 120
        docs = events = 0
        while time.monotonic() < deadline and victim.poll() is None:
            docs, events = _committed(killed_db)
            if docs >= 16 and events > 0:
                break
            time.sleep(0.05)
        assert victim.poll() is None, ("the run finished before it could be killed "
                                       f"({docs} documents seen); make the corpus bigger")
        assert docs >= 16, "no batch was committed within 120 s"
        victim.send_signal(signal.SIGKILL)
        assert victim.wait(timeout=30) == -signal.SIGKILL
        clean_out, clean_err = clean.communicate(timeout=600)
    finally:
        for proc in (victim, clean):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert clean.returncode == 0, clean_err
    clean_summary = json.loads(clean_out)
    assert clean_summary["run"]["documents_stored"] == 300, "the generated corpus has duplicates"

    # After the kill: a sound database holding whole batches only.
    _check_consistent(killed_db)
    partial = _events_per_document(killed_db)
    reference = _events_per_document(clean_db)
    assert 16 <= len(partial) < 300
    assert {doc: reference[doc] for doc in partial} == partial, "a document is stored without all its events"

    resumed = subprocess.run([str(DEFCOOP), "run", str(corpus), "--db", str(killed_db), "--json"],
                             capture_output=True, text=True, timeout=600, env=env)
    assert resumed.returncode == 0, resumed.stderr
    run = json.loads(resumed.stdout)["run"]
    assert run["documents_read"] == 300
    assert run["documents_stored"] == 300 - len(partial)
    assert run["exact_duplicates"] == run["near_duplicates"] == 0

    _check_consistent(killed_db)
    assert _events_per_document(killed_db) == reference
    fingerprints = _fingerprints(killed_db)
    assert len(fingerprints) == len(set(fingerprints)), "duplicate events"
    assert sorted(fingerprints) == sorted(_fingerprints(clean_db))
    assert table_counts(killed_db)["documents"] == table_counts(clean_db)["documents"] == 300
    assert table_counts(killed_db)["events"] == table_counts(clean_db)["events"] == clean_summary["database"]["events"]


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux's /proc to find the workers")
def test_workers_end_when_the_run_is_killed(tmp_path):
    """Issue 12, row 7: SIGKILL of `run --workers 2` left its workers blocked for ever."""
    from defcoop.bench import make_corpus

    (tmp_path / "corpus").mkdir()
    corpus = make_corpus(300, tmp_path / "corpus")
    proc = subprocess.Popen([str(DEFCOOP), "run", str(corpus), "--workers", "2", "--db", str(tmp_path / "k.db"), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while len(workers := _children(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(workers) >= 2, "the run never started its workers"
        time.sleep(3)  # let them load the model and take work
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 20
        while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = [w for w in workers if Path(f"/proc/{w}").exists()
                and "(Z)" not in Path(f"/proc/{w}/stat").read_text()[:60]]
        assert not left, f"workers still running after their parent was killed: {left}"
    finally:
        if proc.poll() is None:
            proc.kill()


def test_a_second_run_of_the_same_inputs_changes_nothing(tmp_path, db_url):
    """Issue 12, row 6: a rerun attached near copies to a second original stored later."""
    from defcoop.bench import make_corpus

    (tmp_path / "corpus").mkdir()
    corpus = make_corpus(300, tmp_path / "corpus")
    counts = []
    for _ in range(2):
        result = runner.invoke(app, ["run", str(corpus), "--db", db_url, "-q"], env=CLEAN_ENV, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        engine = create_engine(db_url)
        with engine.connect() as connection:
            counts.append({t: connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in TABLES})
        engine.dispose()
    assert counts[0]["document_sources"] > counts[0]["documents"]  # the corpus has near copies
    assert counts[1] == counts[0]
