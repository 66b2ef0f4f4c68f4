"""Ingest: read files and directories into RawDocuments, reporting bad inputs as InputProblems.

`read_inputs` never raises for one bad file: every unreadable, binary, empty, mis-encoded or
malformed input becomes an `InputProblem(bad=True)`; gold files and unknown types become
`InputProblem(bad=False)`; reading goes on.
"""
from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from defcoop.ingest.html import read_html
from defcoop.ingest.jsonfmt import read_json, read_jsonl
from defcoop.ingest.limits import DEFAULT_LIMITS, InputLimits
from defcoop.ingest.text import read_text
from defcoop.ingest.warc import read_warc
from defcoop.types import InputProblem, RawDocument

__all__ = ["GOLD_SUFFIX", "InputLimits", "READERS", "file_kind", "read_inputs", "walk_files"]

LOGGER = logging.getLogger(__name__)

Reader = Callable[[Path, str, InputLimits], Iterator[RawDocument | InputProblem]]

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


def read_file(path: Path, limits: InputLimits = DEFAULT_LIMITS) -> Iterator[RawDocument | InputProblem]:
    """Read one file with the reader its extension selects, within `limits`."""
    origin = str(path)
    kind = file_kind(path)
    if kind == GOLD_SUFFIX:
        yield InputProblem(origin, "skipped: gold annotation file", bad=False)
        return
    reader = READERS.get(kind)
    if reader is None:
        yield InputProblem(origin, f"skipped: unsupported file type {kind or '(no extension)'}", bad=False)
        return
    yield from reader(path, origin, limits)


def _kind_on_disk(path: Path) -> str | InputProblem:
    """"dir" or "file" for what `path` leads to, following links; special files (FIFOs, sockets,
    devices), link loops and dangling links become InputProblems, so that nothing is opened that
    could block or never end."""
    try:
        info = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return InputProblem(str(path), "skipped: symbolic link loop", bad=False)
        if path.is_symlink():
            return InputProblem(str(path), "skipped: dangling symbolic link", bad=False)
        return InputProblem(str(path), f"unreadable: {exc.strerror or exc}")
    if stat.S_ISDIR(info.st_mode):
        return "dir"
    if stat.S_ISREG(info.st_mode):
        return "file"
    what = "FIFO" if stat.S_ISFIFO(info.st_mode) else "socket" if stat.S_ISSOCK(info.st_mode) else "device"
    return InputProblem(str(path), f"skipped: not a regular file ({what})", bad=False)


def walk_directory(root: Path, _seen: set[tuple[int, int]] | None = None) -> Iterator[Path | InputProblem]:
    """Files under `root`, recursively, sorted by name at every level (as `find | sort` would list them).

    Hidden files and folders (names starting with ".") are left out. A folder reached again through a
    link (a link to itself or to a parent) is reported once and not walked again.
    """
    seen = set() if _seen is None else _seen
    try:
        info = root.stat()
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield InputProblem(str(root), f"unreadable directory: {exc.strerror or exc}")
        return
    if (info.st_dev, info.st_ino) in seen:
        yield InputProblem(str(root), "skipped: folder already read (a link loops back to it)", bad=False)
        return
    seen.add((info.st_dev, info.st_ino))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        kind = _kind_on_disk(path)
        if kind == "dir":
            yield from walk_directory(path, seen)
        else:
            yield path if kind == "file" else kind


def walk_files(paths: Iterable[str | Path]) -> Iterator[Path | InputProblem]:
    """The files that `paths` name or hold (folders recursively, in sorted order), and a problem in place
    of each path that is missing, unreadable or not a regular file."""
    for given in paths:
        path = Path(given)
        if not path.exists() and not path.is_symlink():
            yield InputProblem(str(path), "unreadable: no such file or directory")
            continue
        kind = _kind_on_disk(path)
        if kind == "dir":
            yield from walk_directory(path)
        elif kind == "file":
            yield path
        else:
            yield kind


def read_inputs(paths: Iterable[str | Path],
                limits: InputLimits = DEFAULT_LIMITS) -> Iterator[RawDocument | InputProblem]:
    """Read files and directories (recursively, in sorted order) into RawDocuments.

    :param paths: files or directories; formats by extension: .txt, .html/.htm, .json, .jsonl, .warc(.gz).
    :param limits: input limits (settings); a file, record or line past one becomes an InputProblem.
    :returns: an iterator of RawDocument, or InputProblem for each input that was skipped.
    """
    for item in walk_files(paths):
        yield from (item,) if isinstance(item, InputProblem) else _read_safely(item, limits)


def _read_safely(path: Path, limits: InputLimits) -> Iterator[RawDocument | InputProblem]:
    """`read_file`, turning any unexpected error into an InputProblem so one file never stops the run."""
    try:
        yield from read_file(path, limits)
    except Exception as exc:  # a reader bug must not end the whole run
        LOGGER.exception("unexpected error reading %s", path)
        yield InputProblem(str(path), f"unreadable: {type(exc).__name__}: {exc}")
