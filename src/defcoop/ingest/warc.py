"""Reader for .warc / .warc.gz: one document per HTML response record (status 200).

Ids come from the target URI's last path segment (extension dropped); a repeated id in the
same file gets a short hash of the full URI. `published` is left None: WARC-Date is the
crawl time, not the publication date, which the cleaner finds in the page itself.
Records written by `defcoop fetch` carry the document id, source name and language in their own
headers (`WARC-Defcoop-Doc-Id`, `-Source`, `-Lang`), so a rebuild from the archive gives the
same documents as the live run.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

from defcoop.ingest.common import check_text, decode_html
from defcoop.ingest.limits import DEFAULT_LIMITS, InputLimits, LimitExceeded
from defcoop.types import InputProblem, RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")
_SLUG_JUNK = re.compile(r"[^A-Za-z0-9_-]+")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def id_from_uri(uri: str) -> str:
    """A readable id from a URI: its last path segment without extension, else its host."""
    parts = urlsplit(uri)
    segments = [s for s in parts.path.split("/") if s]
    stem = segments[-1].rsplit(".", 1)[0] if segments else ""
    slug = _SLUG_JUNK.sub("-", stem).strip("-")[:80]
    return slug or _SLUG_JUNK.sub("-", parts.netloc).strip("-") or short_hash(uri)


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def _html_charset(content_type: str) -> str | None:
    match = _CHARSET.search(content_type)
    return match.group(1) if match else None


class _InflatedMeter:
    """What the archive's reader has inflated so far (warcio counts it), against max_decompressed_bytes:
    checked at every record and every MiB drained, so a gzip bomb is let go at the limit."""

    def __init__(self, iterator: ArchiveIterator, limit: int):
        self.iterator, self.limit = iterator, limit

    def check(self) -> None:
        reader = self.iterator.reader
        if reader is not None and reader.num_read > self.limit:
            raise LimitExceeded("max_decompressed_bytes", f"archive inflates past {self.limit:,} bytes")


def _drain(stream, meter: _InflatedMeter | None) -> None:
    """Read a stream to its end in small pieces, letting each go (memory stays bounded)."""
    while stream.read(1 << 20):
        if meter is not None:
            meter.check()


def _read_up_to(stream, size: int, meter: _InflatedMeter | None) -> bytes:
    """At most `size` bytes of a stream, read a MiB at a time with the meter checked between pieces."""
    pieces, left = [], size
    while left > 0 and (piece := stream.read(min(left, 1 << 20))):
        pieces.append(piece)
        left -= len(piece)
        if meter is not None:
            meter.check()
    return b"".join(pieces)


def read_warc(path: Path, origin: str, limits: InputLimits = DEFAULT_LIMITS) -> Iterator[RawDocument | InputProblem]:
    """Yield RawDocuments for HTML responses; a corrupt or truncated archive, or one past an input limit,
    ends in one InputProblem (the documents before it are kept)."""
    try:
        stream = path.open("rb")
    except PermissionError:
        yield InputProblem(origin, "unreadable: permission denied")
        return
    except OSError as exc:
        yield InputProblem(origin, f"unreadable: {exc.strerror or exc}")
        return
    seen: set[str] = set()
    found_records = False
    with stream:
        try:
            records = ArchiveIterator(stream)
            meter = _InflatedMeter(records, limits.max_decompressed_bytes)
            for number, record in enumerate(records, start=1):
                meter.check()
                found_records = True
                item = _record_document(record, f"{origin}#{number}", seen, limits, meter)
                if item is not None:
                    yield item
                elif _cut_short(record, meter):  # a skipped record must still be whole
                    yield InputProblem(origin, f"corrupt or truncated WARC: the archive ends inside record {number}")
                    return
        except LimitExceeded as exc:
            yield InputProblem(origin, exc.reason)
            return
        except Exception as exc:  # warcio raises assorted errors (ArchiveLoadFailed, EOFError, zlib.error)
            yield InputProblem(origin, f"corrupt or truncated WARC: {type(exc).__name__}: {exc}".rstrip(": "))
            return
    if path.name.lower().endswith(".gz") and path.stat().st_size and not _gzip_complete(path):
        yield InputProblem(origin, "corrupt or truncated WARC: the last gzip member is cut short")
        return
    if not found_records:
        yield InputProblem(origin, "empty file" if path.stat().st_size == 0 else "no WARC records found")


def _gzip_complete(path: Path) -> bool:
    """True when every gzip member of the file ends properly (warcio stops quietly at a cut one)."""
    decoder, fed = zlib.decompressobj(16 + zlib.MAX_WBITS), False
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            while chunk:
                try:  # at most 1 MiB out per call: a member may inflate a thousandfold
                    decoder.decompress(chunk, 1 << 20)
                    while decoder.unconsumed_tail and not decoder.eof:
                        decoder.decompress(decoder.unconsumed_tail, 1 << 20)
                except zlib.error:
                    return False
                fed = True
                if not decoder.eof:
                    break
                chunk = decoder.unused_data  # the next member starts here
                decoder, fed = zlib.decompressobj(16 + zlib.MAX_WBITS), False
    return decoder.eof or not fed


def _cut_short(record, meter: _InflatedMeter | None = None) -> bool:
    """Read a skipped record to its end; True when the archive ended before it did."""
    stream = record.raw_stream
    _drain(stream, meter)
    return getattr(stream, "limit", 0) > 0


def _record_document(record, origin: str, seen: set[str], limits: InputLimits = DEFAULT_LIMITS,
                     meter: _InflatedMeter | None = None) -> RawDocument | InputProblem | None:
    """The document of one record, or None for records that are not 200 HTML responses."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    if record.rec_headers.get_header("WARC-Truncated"):  # not the whole page (a fetch's size cap or type)
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    content = record.content_stream()
    data = _read_up_to(content, limits.max_record_bytes + 1, meter)
    if len(data) > limits.max_record_bytes:  # read the rest in small pieces and let it go
        _drain(content, meter)
        return InputProblem(origin, f"record larger than {limits.max_record_bytes:,} bytes (limit: max_record_bytes)")
    if getattr(record.raw_stream, "limit", 0) > 0:  # the archive ended inside this record
        raise EOFError(f"record {origin.rsplit('#', 1)[-1]} is cut short")
    html = decode_html(data, origin, _html_charset(content_type))
    if isinstance(html, InputProblem):
        return html
    problem = check_text(html, origin)
    if problem:
        return problem
    headers = record.rec_headers
    doc_id = headers.get_header("WARC-Defcoop-Doc-Id") or (
        id_from_uri(uri) if uri else f"record-{origin.rsplit('#', 1)[-1]}")
    if doc_id in seen:
        doc_id = f"{doc_id}-{short_hash(uri or origin)}"
    seen.add(doc_id)
    return RawDocument(id=doc_id, origin=origin, html=html, url=uri or None,
                       source=headers.get_header("WARC-Defcoop-Source") or None,
                       lang=headers.get_header("WARC-Defcoop-Lang") or None)


def read_record_at(path: str | Path, offset: int) -> RawDocument | InputProblem | None:
    """The document of the record at `offset` in a WARC file (as `read_warc` would give it), an
    InputProblem when it cannot be read, or None when it is not a 200 HTML response."""
    origin = f"{path}@{offset}"
    try:
        with open(path, "rb") as stream:
            stream.seek(offset)
            record = next(iter(ArchiveIterator(stream)), None)
            if record is None:
                return InputProblem(origin, "no WARC record at this offset")
            return _record_document(record, origin, set())
    except OSError as exc:
        return InputProblem(origin, f"unreadable: {exc.strerror or exc}")
    except Exception as exc:  # warcio raises assorted errors for a torn record
        return InputProblem(origin, f"corrupt or truncated WARC record: {type(exc).__name__}: {exc}")
