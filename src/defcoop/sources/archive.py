"""The WARC archive: every response the fetcher receives, kept as a gzipped WARC record (warcio).

Each process writes its own file, `defcoop-YYYYMMDDTHHMMSS-PID.warc.gz`, one gzip member per
record, each record written with one `write` call and flushed: a process killed at any point
leaves whole records behind, and at worst a torn last one, which the next fetch cuts off
(`trim_torn_tail`) before it writes anything. A file is closed and a new one started past
`MAX_FILE_BYTES`, as WARC files usually are.
The document row keeps (file, offset) of the page it came from; `defcoop run ARCHIVE/` reads
the same records back, so the database can be rebuilt offline from the archive alone.

defcoop's own WARC headers on a page's record, read back by `defcoop.ingest.warc`:
`WARC-Defcoop-Doc-Id` (the document id), `WARC-Defcoop-Source` and `WARC-Defcoop-Lang`.
"""
from __future__ import annotations

import io
import os
import threading
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from defcoop import __version__

DOC_ID_HEADER = "WARC-Defcoop-Doc-Id"
SOURCE_HEADER = "WARC-Defcoop-Source"
LANG_HEADER = "WARC-Defcoop-Lang"
# Headers that describe the transfer, not the stored bytes (httpx hands us the decoded body).
_TRANSFER_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
MAX_FILE_BYTES = 1 << 30


@dataclass(frozen=True, slots=True)
class ArchivedAt:
    """Where a record was written: the WARC file (absolute path) and the record's byte offset."""

    file: str
    offset: int


class WarcArchive:
    """A thread-safe appender of response records to this process's WARC file in `folder`."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder).expanduser().absolute()
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._file = None
        self._serial = 0
        self.path = self._new_path()

    def _new_path(self) -> Path:
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        self._serial += 1
        return self.folder / f"defcoop-{stamp}-{os.getpid()}-{self._serial:03d}.warc.gz"

    def _open(self):
        if self._file is not None and self._file.tell() > MAX_FILE_BYTES:
            self._file.close()
            self._file, self.path = None, self._new_path()
        if self._file is None:
            self._file = self.path.open("ab")
            self._append(lambda writer: writer.create_warcinfo_record(
                self.path.name, {"software": f"defcoop/{__version__}", "format": "WARC File Format 1.1"}))
        return self._file

    def _append(self, make_record) -> ArchivedAt:
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=True, warc_version="WARC/1.1")
        writer.write_record(make_record(writer))
        stream = self._file
        offset = stream.tell()
        stream.write(buffer.getvalue())  # one call: a whole record or (killed mid-call) a torn tail
        stream.flush()
        return ArchivedAt(str(self.path), offset)

    def write_response(self, url: str, status: int, reason: str, headers: list[tuple[str, str]], body: bytes,
                       extra: dict[str, str] | None = None) -> ArchivedAt:
        """Append one response record (status line, headers, the body as received); return where."""
        kept = [(k, v) for k, v in headers if k.lower() not in _TRANSFER_HEADERS]
        kept.append(("Content-Length", str(len(body))))
        http_headers = StatusAndHeaders(f"{status} {reason}".strip(), kept, protocol="HTTP/1.1")
        with self._lock:
            self._open()
            return self._append(lambda writer: writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=http_headers,
                warc_headers_dict={k: v for k, v in (extra or {}).items() if v}))

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None


def newest_file(folder: Path) -> Path | None:
    """The most recently written defcoop WARC file in `folder` (the last fetch's), or None."""
    files = sorted(folder.glob("defcoop-*.warc.gz"), key=lambda p: (p.stat().st_mtime, p.name))
    return files[-1] if files else None


def trim_torn_tail(path: Path, start: int = 0) -> int:
    """Cut a torn last record off a WARC file (its writer was killed inside the write): the file then
    ends with its last whole gzip member. `start` is the offset of a record known to be whole, so only
    the tail after it is read. Returns the number of bytes removed."""
    good = position = start
    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    broken = False
    with path.open("rb") as stream:
        stream.seek(start)
        while not broken and (chunk := stream.read(1 << 20)):
            data = chunk
            while data:
                try:
                    decoder.decompress(data)  # our records are at most fetch_max_bytes inflated
                except zlib.error:
                    broken = True
                    break
                if not decoder.eof:
                    position += len(data)
                    break
                position += len(data) - len(decoder.unused_data)
                good, data = position, decoder.unused_data
                decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    size = path.stat().st_size
    if good < size:
        with path.open("r+b") as stream:
            stream.truncate(good)
    return size - good
