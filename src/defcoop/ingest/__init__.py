"""Ingest: read files and directories into RawDocuments, reporting bad inputs as InputProblems.

`read_inputs` never raises for one bad file: every unreadable, binary, empty, mis-encoded or
malformed input becomes an `InputProblem(bad=True)`; gold files and unknown types become
`InputProblem(bad=False)`; reading goes on.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from defcoop.ingest.html import read_html
from defcoop.ingest.jsonfmt import read_json, read_jsonl
from defcoop.ingest.text import read_text
from defcoop.ingest.warc import read_warc
from defcoop.types import InputProblem, RawDocument

__all__ = ["read_inputs", "READERS"]

LOGGER = logging.getLogger(__name__)

Reader = Callable[[Path, str], Iterator[RawDocument | InputProblem]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}
GOLD_SUFFIX = ".gold.json"


def file_kind(path: Path) -> str:
    """The dispatch key of a file: its (possibly double) extension, lower-cased."""
    name = path.name.lower()
    if name.endswith(GOLD_SUFFIX):
        return GOLD_SUFFIX
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    return path.suffix.lower()


def read_file(path: Path) -> Iterator[RawDocument | InputProblem]:
    """Read one file with the reader its extension selects."""
    origin = str(path)
    kind = file_kind(path)
    if kind == GOLD_SUFFIX:
        yield InputProblem(origin, "skipped: gold annotation file", bad=False)
        return
    reader = READERS.get(kind)
    if reader is None:
        yield InputProblem(origin, f"skipped: unsupported file type {kind or '(no extension)'}", bad=False)
        return
    yield from reader(path, origin)


def walk_directory(root: Path) -> Iterator[Path | InputProblem]:
    """Files under `root`, recursively, sorted by name at every level (as `find | sort` would list them).

    Hidden files and folders (names starting with ".") are left out.
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield InputProblem(str(root), f"unreadable directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir():
            yield from walk_directory(path)
        else:
            yield path


def read_inputs(paths: Iterable[str | Path]) -> Iterator[RawDocument | InputProblem]:
    """Read files and directories (recursively, in sorted order) into RawDocuments.

    :param paths: files or directories; formats by extension: .txt, .html/.htm, .json, .jsonl, .warc(.gz).
    :returns: an iterator of RawDocument, or InputProblem for each input that was skipped.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for item in walk_directory(path):
                yield from (item,) if isinstance(item, InputProblem) else _read_safely(item)
        elif path.exists():
            yield from _read_safely(path)
        else:
            yield InputProblem(str(path), "unreadable: no such file or directory")


def _read_safely(path: Path) -> Iterator[RawDocument | InputProblem]:
    """`read_file`, turning any unexpected error into an InputProblem so one file never stops the run."""
    try:
        yield from read_file(path)
    except Exception as exc:  # a reader bug must not end the whole run
        LOGGER.exception("unexpected error reading %s", path)
        yield InputProblem(str(path), f"unreadable: {type(exc).__name__}: {exc}")
