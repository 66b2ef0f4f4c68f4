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
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from defcoop.clean import clean_document
from defcoop.dedup import DuplicateIndex
from defcoop.extract import extract_documents
from defcoop.ingest import InputLimits, read_inputs
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


def clean_inputs(paths: Iterable[str | Path], report: RunReport, settings: Settings | None = None) -> Iterator[Document]:
    """Documents read from `paths` (within the settings' input limits) and cleaned; problems go to `report`."""
    limits = InputLimits() if settings is None else InputLimits.from_settings(settings)
    return clean_documents(read_inputs(paths, limits), report)


def clean_documents(items: Iterable[RawDocument | InputProblem], report: RunReport) -> Iterator[Document]:
    """Raw documents (from files or the live fetcher) cleaned; problems go to `report`."""
    for item in items:
        if isinstance(item, InputProblem):
            report.problems.append(item)
            continue
        report.documents_read += 1
        try:
            document = clean_document(item)
        except Exception as exc:  # a page that breaks the cleaner must not stop the run
            LOGGER.debug("cleaning failed", exc_info=True)
            report.problems.append(InputProblem(item.origin, f"cannot clean document: {exc}"))
            continue
        if not document.text.strip():
            report.problems.append(InputProblem(item.origin, "no article text left after cleaning"))
            continue
        yield document


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


def _extract_batches(batches: Iterable[list[Document]], settings: Settings,
                     workers: int) -> Iterator[list[DocumentResult]]:
    if workers <= 1:
        for batch in batches:
            yield extract_documents(batch, settings)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
        pending = []
        for batch in batches:
            pending.append(pool.submit(extract_documents, batch, settings))
            if len(pending) >= workers * 2:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()


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


# Extracts batches of cleaned documents, yielding each batch's results in input order.
BatchExtractor = Callable[[Iterable[list[Document]]], Iterator[list[DocumentResult]]]


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

    def _new_documents(self, documents: Iterable[Document], report: RunReport,
                       on_document: Callable[[Document], None]) -> Iterator[tuple[Document, bytes]]:
        for doc in documents:
            on_document(doc)
            signature = self.index.signature(doc.text)
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
            extract: BatchExtractor | None = None) -> RunReport:
        """Read, deduplicate, extract and store the documents of files and folders. Batches are extracted
        by `extract` (results in input order; e.g. `dask_engine.extract_on_dask`), else by `workers`
        local processes."""
        return self.run_raw(read_inputs(paths, InputLimits.from_settings(self.settings)), report, workers, on_document,
                            on_batch, extract)

    def run_raw(self, items: Iterable[RawDocument | InputProblem], report: RunReport | None = None, workers: int = 1,
                on_document: Callable[[Document], None] = lambda d: None,
                on_batch: Callable[[list[DocumentResult]], None] = lambda r: None,
                extract: BatchExtractor | None = None) -> RunReport:
        """Clean, deduplicate, extract and store raw documents as they come (the live fetcher feeds this
        while fetching)."""
        report = report or RunReport()
        if extract is None:
            def extract(batches: Iterable[list[Document]]) -> Iterator[list[DocumentResult]]:
                return _extract_batches(batches, self.settings, workers)
        signatures: dict[str, bytes] = {}

        def new_documents() -> Iterator[Document]:
            for doc, signature in self._new_documents(clean_documents(items, report), report, on_document):
                signatures[doc.id] = signature
                yield doc

        for results in extract(batched(new_documents(), self.settings.batch_size)):
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


def extract_paths(paths: Iterable[str | Path], settings: Settings, report: RunReport,
                  workers: int = 1) -> Iterator[DocumentResult]:
    """Stateless extraction (no database): every readable document, in input order."""
    for results in _extract_batches(batched(clean_inputs(paths, report, settings), settings.batch_size), settings, workers):
        yield from results


__all__ = ["RunReport", "Runner", "batched", "clean_documents", "clean_inputs", "extract_paths"]
