"""Run the stages in order: ingest -> clean -> dedup -> extract -> store.

I/O lives here and in the CLI; the stages themselves are pure. Each batch of documents
is extracted and then stored in one transaction, so a run killed at any point leaves the
database as it was after the last whole batch, and the next run completes the rest.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from defcoop.dedup import DuplicateIndex
from defcoop.extract import extract_documents
from defcoop.ingest import InputLimits
from defcoop.prepare import (InputPart, PreparedPart, Submit, input_parts, ordered_map, prepare_part, record_parts,
                             run_here)
from defcoop.settings import Settings
from defcoop.store import crud
from defcoop.store.db import hold_write_lock
from defcoop.store.models import DocumentRow
from defcoop.types import Document, DocumentResult, InputProblem, RawDocument

LOGGER = logging.getLogger(__name__)
WRITE_ATTEMPTS = 3  # a batch whose transaction loses a race with another writer is stored again
PR_SET_PDEATHSIG = 1  # prctl(2) option: the signal a process gets when its parent dies


@dataclass
class RunReport:
    """What a run did, for the summary and the exit status."""

    documents_read: int = 0
    documents_stored: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    events_added: int = 0
    problems: list[InputProblem] = field(default_factory=list)

    @property
    def bad_inputs(self) -> list[InputProblem]:
        return [p for p in self.problems if p.bad]


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass(frozen=True)
class Engine:
    """Where the workers' tasks run: `submit` runs one and returns its future; at most `in_flight` of each
    kind wait at once; `files_on_workers` when the workers read the input files themselves (they see
    this file system), else the files are read here and their records handed over."""

    submit: Submit
    in_flight: int
    files_on_workers: bool = True


@contextmanager
def local_engine(workers: int) -> Iterator[Engine]:
    """`workers` local processes (each ends when this one does), or this process alone for 1."""
    if workers <= 1:
        yield Engine(run_here, 1)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
        yield Engine(pool.submit, workers * 2)


def _die_with_parent(parent: int) -> None:
    """Worker start-up: end when the parent process ends, even by SIGKILL (which gives the pool no
    chance to stop its workers): Linux's parent-death signal, and a thread that notices the parent has
    gone where that signal does not exist."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent ended before the signal was asked for
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="defcoop-parent-watch", daemon=True).start()


class Runner:
    """Stores what it extracts; skips documents that are already stored (exact or near copies)."""

    def __init__(self, factory: sessionmaker[Session], settings: Settings):
        self.factory = factory
        self.settings = settings
        # Near copies among stored documents are found in the database (`crud.find_near_copy`, which
        # sees other runs' documents too); this index holds only this run's documents not stored yet.
        self.index = DuplicateIndex(settings.near_duplicate_threshold)
        self.batch_hashes: dict[str, str] = {}
        self.pending_sources: list[tuple[str, Document, str]] = []

    def _new_documents(self, documents: Iterable[tuple[Document, bytes]], report: RunReport,
                       on_document: Callable[[Document], None]) -> Iterator[tuple[Document, bytes]]:
        for doc, signature in documents:
            on_document(doc)
            with self.factory.begin() as session:
                hold_write_lock(session)
                original = crud.find_document_by_hash(session, doc.content_hash) or self.batch_hashes.get(doc.content_hash)
                relation = "exact"
                if original is None:
                    original = (crud.find_near_original(session, doc.id)
                                or crud.find_near_copy(session, signature, self.settings.near_duplicate_threshold)
                                or self.index.find_signature(signature))
                    relation = "near"
                if original is not None:
                    if session.get(DocumentRow, original) is not None:
                        crud.add_source(session, original, doc, relation)
                    else:  # the original is in the batch not yet stored: record the source with it
                        self.pending_sources.append((original, doc, relation))
                    if original != doc.id or relation == "near":
                        if relation == "exact":
                            report.exact_duplicates += 1
                        else:
                            report.near_duplicates += 1
                    continue
                stored = session.scalar(select(DocumentRow.content_hash).where(DocumentRow.id == doc.id))
                if stored is not None or doc.id in self.batch_hashes.values():
                    report.problems.append(InputProblem(
                        doc.origin, f"document id '{doc.id}' is already stored with different text; skipped"))
                    continue
            self.index.add_signature(doc.id, signature)
            self.batch_hashes[doc.content_hash] = doc.id
            yield doc, signature

    def run(self, paths: Iterable[str | Path], report: RunReport | None = None, workers: int = 1,
            on_document: Callable[[Document], None] = lambda d: None,
            on_batch: Callable[[list[DocumentResult]], None] = lambda r: None,
            engine: Engine | None = None) -> RunReport:
        """Read, clean, deduplicate, extract and store the documents of files and folders. Reading,
        cleaning, signing and extracting run on `engine` (e.g. `dask_engine.dask_engine`), else on
        `workers` local processes; the duplicate checks and storing run here, in input order."""
        with nullcontext(engine) if engine is not None else local_engine(workers) as used:
            parts = input_parts(paths, InputLimits.from_settings(self.settings), used.files_on_workers)
            return self._run_parts(parts, report or RunReport(), used, on_document, on_batch)

    def run_raw(self, items: Iterable[RawDocument | InputProblem], report: RunReport | None = None, workers: int = 1,
                on_document: Callable[[Document], None] = lambda d: None,
                on_batch: Callable[[list[DocumentResult]], None] = lambda r: None,
                engine: Engine | None = None) -> RunReport:
        """Clean, deduplicate, extract and store raw documents as they come (the live fetcher feeds this
        while fetching)."""
        with nullcontext(engine) if engine is not None else local_engine(workers) as used:
            # one page per part: pages arrive as they are fetched, and each goes on as soon as it is clean
            return self._run_parts(record_parts(items, size=1), report or RunReport(), used, on_document, on_batch)

    def _run_parts(self, parts: Iterable[InputPart | InputProblem], report: RunReport, engine: Engine,
                   on_document: Callable[[Document], None],
                   on_batch: Callable[[list[DocumentResult]], None]) -> RunReport:
        limits = InputLimits.from_settings(self.settings)
        signatures: dict[str, bytes] = {}

        def new_documents() -> Iterator[Document]:
            prepared = prepared_documents(ordered_map(engine.submit, engine.in_flight, prepare_part, parts, limits),
                                          report)
            for doc, signature in self._new_documents(prepared, report, on_document):
                signatures[doc.id] = signature
                yield doc

        batches = batched(new_documents(), self.settings.batch_size)
        for results in ordered_map(engine.submit, engine.in_flight, extract_documents, batches, self.settings):
            stored_ids = {r.document.id for r in results}
            for attempt in range(1, WRITE_ATTEMPTS + 1):
                try:
                    with self.factory.begin() as session:
                        hold_write_lock(session)
                        added, stored, copies, near, waiting = self._store_batch(session, results, signatures,
                                                                                 stored_ids)
                    break
                except (IntegrityError, OperationalError) as exc:  # another writer won a race: do it again
                    if attempt == WRITE_ATTEMPTS:
                        raise
                    LOGGER.warning("storing a batch failed (%s); trying again", getattr(exc, "orig", exc))
            for result in results:
                signatures.pop(result.document.id, None)
            self.pending_sources = waiting
            report.events_added += added
            report.exact_duplicates += copies
            report.near_duplicates += near
            report.documents_stored += stored
            self.index = DuplicateIndex(self.settings.near_duplicate_threshold)  # only documents still pending
            for doc_id, signature in signatures.items():
                self.index.add_signature(doc_id, signature)
            self.batch_hashes = {h: i for h, i in self.batch_hashes.items() if i not in stored_ids}
            on_batch(results)
        return report

    def _store_batch(self, session: Session, results: list[DocumentResult], signatures: dict[str, bytes],
                     stored_ids: set[str]) -> tuple[int, int, int, int, list[tuple[str, Document, str]]]:
        """Store a batch's results in `session`: (events added, documents stored by this run, documents
        found stored under another id with the same text, and with nearly the same text; the sources still
        waiting for their original).

        A document another run stored meanwhile under its own id needs nothing more (saving is
        idempotent); one it stored under another id, with the same or nearly the same text, becomes a
        source of that, as it would have in one run.
        """
        added = stored = copies = near = 0
        redirected: dict[str, str] = {}  # a batch document stored by another run under another id -> that id
        for result in results:
            doc = result.document
            signature = signatures.get(doc.id)
            original = crud.find_document_by_hash(session, doc.content_hash)
            if original is not None and original != doc.id:
                crud.add_source(session, original, doc, "exact")
                redirected[doc.id] = original
                copies += 1
                continue
            if original is None and signature is not None:
                original = crud.find_near_copy(session, signature, self.settings.near_duplicate_threshold)
                if original is not None and original != doc.id:
                    crud.add_source(session, original, doc, "near")
                    redirected[doc.id] = original
                    near += 1
                    continue
            # counted once over all runs: not when another run stored it after this one looked (a race)
            stored += session.get(DocumentRow, doc.id) is None
            added += crud.save_result(session, result, signature)
        waiting = []
        for original, doc, relation in self.pending_sources:
            if original in stored_ids:  # a source waiting for a document that became another's source joins that
                crud.add_source(session, redirected.get(original, original), doc, relation)
            else:
                waiting.append((original, doc, relation))
        return added, stored, copies, near, waiting


def prepared_documents(parts: Iterable[PreparedPart | InputProblem], report: RunReport) -> Iterator[tuple]:
    """The (document, signature) pairs of prepared parts, in order; problems and counts go to `report`."""
    for part in parts:
        if isinstance(part, InputProblem):
            report.problems.append(part)
            continue
        report.documents_read += part.documents_read
        for item in part.items:
            if isinstance(item, InputProblem):
                report.problems.append(item)
            else:
                yield item


def extract_paths(paths: Iterable[str | Path], settings: Settings, report: RunReport,
                  workers: int = 1) -> Iterator[DocumentResult]:
    """Stateless extraction (no database): every readable document, in input order."""
    limits = InputLimits.from_settings(settings)
    with local_engine(workers) as engine:
        parts = input_parts(paths, limits, engine.files_on_workers)
        prepared = ordered_map(engine.submit, engine.in_flight, prepare_part, parts, limits, False)
        documents = (doc for doc, _ in prepared_documents(prepared, report))
        for results in ordered_map(engine.submit, engine.in_flight, extract_documents,
                                   batched(documents, settings.batch_size), settings):
            yield from results


__all__ = ["Engine", "RunReport", "Runner", "batched", "extract_paths", "local_engine", "prepared_documents"]
