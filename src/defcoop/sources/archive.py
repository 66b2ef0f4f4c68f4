"""The WARC archive: every response the fetcher receives, kept as a gzipped WARC record (warcio).

Each process writes its own file, `defcoop-YYYYMMDDTHHMMSS-PID.warc.gz`, one gzip member per
record, each record written with one `write` call and flushed: a process killed at any point
leaves whole records behind (at worst a torn last one, which readers report and skip past).
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
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        self.path = self.folder / f"defcoop-{stamp}-{os.getpid()}.warc.gz"
        self._lock = threading.Lock()
        self._file = None

    def _open(self):
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
