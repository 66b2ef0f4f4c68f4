"""Reading, cleaning and signing on the workers (issue 13, items 3-4): the parts a run cuts its inputs
into give exactly what reading them in one process gives, and the run's process cleans nothing itself."""
from __future__ import annotations

import json
import os
from concurrent.futures import Future
from pathlib import Path

import pytest

from defcoop import prepare
from defcoop.clean import clean_document
from defcoop.dedup import signature_of
from defcoop.ingest import InputLimits, read_inputs
from defcoop.prepare import InputPart, input_parts, ordered_map, prepare_part, record_parts, run_here
from defcoop.types import InputProblem, RawDocument

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles"
LIMITS = InputLimits()


def _flatten(parts) -> list:
    """What the run's process sees from prepared parts: document ids with signatures, and problems."""
    seen = []
    for part in parts:
        if isinstance(part, InputProblem):
            seen.append(("problem", part.origin, part.reason))
            continue
        for item in prepare_part(part, LIMITS).items:
            if isinstance(item, InputProblem):
                seen.append(("problem", item.origin, item.reason))
            else:
                doc, signature = item
                seen.append(("doc", doc.id, doc.text, signature))
    return seen


def _in_one_process(paths) -> list:
    """The same, read and cleaned in one pass as the run did before it had parts."""
    seen = []
    for item in read_inputs(paths, LIMITS):
        if isinstance(item, InputProblem):
            seen.append(("problem", item.origin, item.reason))
            continue
        doc = clean_document(item)
        if not doc.text.strip():
            seen.append(("problem", item.origin, "no article text left after cleaning"))
        else:
            seen.append(("doc", doc.id, doc.text, signature_of(doc.text)))
    return seen


@pytest.fixture
def mixed_inputs(tmp_path) -> list[Path]:
    """The samples, a JSONL file with a bad line, a file that is not an input, and a missing path."""
    lines = [json.dumps({"id": f"line-{i}", "text": f"Chile and Peru held talks on border security, day {i}. "
                         "The ministers agreed to meet again next year in Lima."}) for i in range(40)]
    lines.insert(7, "{not json")
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "notes.gold.json").write_text("{}", encoding="utf-8")
    return [SAMPLES, tmp_path, tmp_path / "missing.txt"]


@pytest.mark.parametrize("files_on_workers", [True, False])
@pytest.mark.parametrize("whole_container_bytes", [0, 1 << 30])
def test_parts_give_what_one_process_reads(mixed_inputs, monkeypatch, files_on_workers, whole_container_bytes):
    """Files handed over whole, large containers handed over as records, and everything read here: the
    same documents, signatures and problems, in the same order."""
    monkeypatch.setattr(prepare, "WHOLE_CONTAINER_BYTES", whole_container_bytes)
    parts = list(input_parts(mixed_inputs, LIMITS, files_on_workers))
    assert _flatten(parts) == _in_one_process(mixed_inputs)
    handed = [p for p in parts if isinstance(p, InputPart)]
    if not files_on_workers:
        assert all(not p.files for p in handed)
    elif whole_container_bytes:
        assert all(not p.records for p in handed)
    else:  # containers of more than 0 bytes are read here, the other files there
        assert any(p.records for p in handed) and any(p.files for p in handed)
    assert all(len(p.files) <= prepare.FILES_PER_PART and len(p.records) <= prepare.RECORDS_PER_PART
               for p in handed)


def test_record_parts_keep_problems_in_their_place():
    docs = [RawDocument(id=f"d{i}", origin=f"o{i}", text="x") for i in range(5)]
    problem = InputProblem("bad", "unreadable")
    parts = list(record_parts([docs[0], docs[1], problem, *docs[2:]], size=2))
    assert parts == [InputPart(records=(docs[0], docs[1])), problem, InputPart(records=(docs[2], docs[3])),
                     InputPart(records=(docs[4],))]


def test_a_page_the_cleaner_cannot_read_is_a_problem_of_its_part(monkeypatch):
    def broken(raw):
        if raw.id == "b":
            raise ValueError("bad markup")
        return clean_document(raw)

    monkeypatch.setattr(prepare, "clean_document", broken)
    records = tuple(RawDocument(id=i, origin=f"{i}.html", text="Ghana and Togo held a joint naval drill.")
                    for i in "abc")
    prepared = prepare_part(InputPart(records=records), LIMITS)
    assert prepared.documents_read == 3
    assert [getattr(i, "reason", None) or i[0].id for i in prepared.items] == [
        "a", "cannot clean document: bad markup", "c"]


def test_ordered_map_keeps_order_and_bounds_what_is_in_flight():
    submitted, taken = [], []

    def submit(fn, *args) -> Future:
        submitted.append(args[0])
        assert len(submitted) - len(taken) <= 3, "more than in_flight tasks waiting"
        return run_here(fn, *args)

    problem = InputProblem("x", "skipped")
    for result in ordered_map(submit, 3, lambda n, k: n * k, [1, 2, problem, 3, 4, 5], 10):
        taken.append(result)
    assert taken == [10, 20, problem, 30, 40, 50]


def test_ordered_map_cancels_what_is_left_when_the_caller_stops():
    futures = []

    def submit(fn, *args) -> Future:
        futures.append(Future())  # never run: a pool with its workers busy, but for the first task
        if len(futures) == 2:
            futures[0].set_result(0)
        return futures[-1]

    results = ordered_map(submit, 2, lambda n: n, range(10))
    assert next(results) == 0
    results.close()
    assert [f.cancelled() for f in futures] == [False, True]


def test_a_run_with_workers_cleans_nothing_in_its_own_process(tmp_path, monkeypatch):
    """With two local workers every document is cleaned in a worker process, none in the run's own."""
    from defcoop.pipeline import Runner
    from defcoop.settings import Settings
    from defcoop.store import open_database

    log = tmp_path / "cleaned-in.txt"

    def logging_clean(raw):
        with log.open("a", encoding="utf-8") as fp:
            fp.write(f"{os.getpid()}\n")
        return clean_document(raw)

    monkeypatch.setattr(prepare, "clean_document", logging_clean)  # the workers are forked: they see it too
    factory = open_database(str(tmp_path / "run.db"))
    report = Runner(factory, Settings()).run([SAMPLES / "text", SAMPLES / "html"], workers=2)
    pids = [int(line) for line in log.read_text(encoding="utf-8").split()]
    assert report.documents_stored > 0 and len(pids) == report.documents_read
    assert os.getpid() not in pids
