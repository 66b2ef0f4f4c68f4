"""Work for the workers before extraction: read, clean and sign the inputs in parts.

The run's process only walks the inputs and cuts them into `InputPart`s: a few whole files (read
where the part runs, which gives exactly what reading them here would) or, for an archive or JSONL
file too large to hand over whole and for fetched pages, a few records already read. A worker turns a
part into cleaned documents with their near-duplicate signatures (`prepare_part`, pure but for
reading its files); the run's process keeps only what must see every document in order: the
duplicate checks against the database, and storing.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from defcoop.clean import clean_document
from defcoop.dedup import signature_of
from defcoop.ingest import InputLimits, file_kind, read_inputs, walk_files
from defcoop.ingest.common import blank
from defcoop.types import Document, InputProblem, RawDocument

LOGGER = logging.getLogger(__name__)

FILES_PER_PART = 16
RECORDS_PER_PART = 16
# A JSONL or WARC file larger than this is read by the run's process and its records handed over in
# parts (its ids and problems depend on reading it whole, in order); a smaller one goes whole.
WHOLE_CONTAINER_BYTES = 1 << 20
CONTAINERS = (".jsonl", ".warc", ".warc.gz")


@dataclass(frozen=True, slots=True)
class InputPart:
    """Inputs for one worker task: whole files to read there, or records read already."""

    files: tuple[str, ...] = ()
    records: tuple[RawDocument, ...] = ()


@dataclass(slots=True)
class PreparedPart:
    """A part's cleaned documents (with their signatures, when asked for) and problems, in input order."""

    items: list[tuple[Document, bytes | None] | InputProblem] = field(default_factory=list)
    documents_read: int = 0


def prepare_part(part: InputPart, limits: InputLimits, sign: bool = True) -> PreparedPart:
    """Read a part's files, clean every document and compute its MinHash signature (`sign`)."""
    prepared = PreparedPart()
    raw_items: Iterable[RawDocument | InputProblem] = read_inputs(part.files, limits) if part.files else part.records
    for item in raw_items:
        if isinstance(item, InputProblem):
            prepared.items.append(item)
            continue
        prepared.documents_read += 1
        try:
            document = clean_document(item)
        except Exception as exc:  # a page that breaks the cleaner must not stop the run
            LOGGER.debug("cleaning failed", exc_info=True)
            prepared.items.append(InputProblem(item.origin, f"cannot clean document: {exc}"))
            continue
        if blank(document.text):
            prepared.items.append(InputProblem(item.origin, "no article text left after cleaning"))
            continue
        prepared.items.append((document, signature_of(document.text) if sign else None))
    return prepared


def input_parts(paths: Iterable[str | Path], limits: InputLimits,
                files_on_workers: bool = True) -> Iterator[InputPart | InputProblem]:
    """The inputs cut into parts, in the order `read_inputs` reads them; problems found while walking
    come in their place. With `files_on_workers` False (workers that do not share this file system),
    every file is read here and handed over as records."""
    files: list[str] = []
    for item in walk_files(paths):
        if isinstance(item, InputProblem):
            if files:
                yield InputPart(files=tuple(files))
                files = []
            yield item
        elif files_on_workers and not _read_here(item):
            files.append(str(item))
            if len(files) >= FILES_PER_PART:
                yield InputPart(files=tuple(files))
                files = []
        else:
            if files:
                yield InputPart(files=tuple(files))
                files = []
            yield from record_parts(read_inputs([item], limits))
    if files:
        yield InputPart(files=tuple(files))


def _read_here(path: Path) -> bool:
    """A container too large to hand over whole (its records go in parts instead)."""
    if file_kind(path) not in CONTAINERS:
        return False
    try:
        return path.stat().st_size > WHOLE_CONTAINER_BYTES
    except OSError:  # reading it on the worker reports the problem
        return False


def record_parts(items: Iterable[RawDocument | InputProblem],
                 size: int = RECORDS_PER_PART) -> Iterator[InputPart | InputProblem]:
    """Records read already (a large file's, the fetcher's) in parts of `size`; problems in their place."""
    records: list[RawDocument] = []
    for item in items:
        if isinstance(item, InputProblem):
            if records:
                yield InputPart(records=tuple(records))
                records = []
            yield item
            continue
        records.append(item)
        if len(records) >= size:
            yield InputPart(records=tuple(records))
            records = []
    if records:
        yield InputPart(records=tuple(records))


# Runs a function with its arguments somewhere (a process pool, a Dask cluster, here) and returns a
# future of its result.
Submit = Callable[..., Future]


def run_here(fn: Callable, *args) -> Future:
    """A `Submit` that runs the call at once in this process (one process, no pool)."""
    future: Future = Future()
    try:
        future.set_result(fn(*args))
    except Exception as exc:  # the caller's .result() raises it, as a pool's future would
        future.set_exception(exc)
    return future


def ordered_map(submit: Submit, in_flight: int, fn: Callable, items: Iterable, *args) -> Iterator:
    """`fn(item, *args)` of each item through `submit`, results in input order, at most `in_flight`
    submitted and not yet taken. InputProblems among the items pass through in their place."""
    pending: deque = deque()
    try:
        for item in items:
            pending.append(item if isinstance(item, InputProblem) else submit(fn, item, *args))
            if len(pending) >= max(1, in_flight):
                yield _take(pending.popleft())
            while pending and _ready(pending[0]):  # what is done goes on at once (items may come slowly)
                yield _take(pending.popleft())
        while pending:
            yield _take(pending.popleft())
    finally:
        for future in pending:
            if not isinstance(future, InputProblem):
                future.cancel()


def _ready(entry) -> bool:
    return isinstance(entry, InputProblem) or entry.done()


def _take(entry):
    return entry if isinstance(entry, InputProblem) else entry.result()


__all__ = ["InputPart", "PreparedPart", "Submit", "input_parts", "ordered_map", "prepare_part", "record_parts",
           "run_here"]
