"""Helpers shared by the ingest readers: reading bytes and decoding them as text.

Every helper returns either a value or an `InputProblem`; none of them raises for a bad file.
"""
from __future__ import annotations

import codecs
import io
import os
from collections.abc import Callable
import re
from pathlib import Path

from defcoop.ingest.limits import DEFAULT_LIMITS, InputLimits, LimitExceeded
from defcoop.types import InputProblem

SNIFF_BYTES = 8192
CHUNK_BYTES = 1 << 20
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_bytes(path: Path, origin: str, limits: InputLimits = DEFAULT_LIMITS) -> bytes | InputProblem:
    """The file's bytes, or an InputProblem saying why it cannot be read. Read in chunks, counting bytes
    and newlines, so a file past `max_file_bytes` or `max_lines` is let go at the limit, not held whole."""
    try:
        with path.open("rb") as stream:
            return _read_limited(stream, limits)
    except LimitExceeded as exc:
        return InputProblem(origin, exc.reason)
    except OSError as exc:
        return unreadable(origin, exc)


def unreadable(origin: str, exc: OSError) -> InputProblem:
    """Why a file could not be opened or read, in the words every reader uses."""
    if isinstance(exc, PermissionError):
        return InputProblem(origin, "unreadable: permission denied")
    if isinstance(exc, IsADirectoryError):
        return InputProblem(origin, "unreadable: is a directory")
    if isinstance(exc, FileNotFoundError):
        return InputProblem(origin, "unreadable: no such file")
    return InputProblem(origin, f"unreadable: {exc.strerror or exc}")


def _read_limited(stream, limits: InputLimits) -> bytes:
    """All of `stream`, or LimitExceeded as soon as it passes the file size or line count limit.
    (Lines are counted as newline bytes: UTF-16/32 text may count a few more than it has.)

    A regular file is read in one call sized by its length: one buffer, not chunks joined into a second
    copy (at 100 MB the copy and its fresh pages cost more than the read). Whatever the file grows by
    while it is read, or a stream of unknown length, comes in chunks, counted against the same limits."""
    expected = _length(stream)
    if expected > limits.max_file_bytes:
        raise limits.file_too_large()
    chunks, size, lines = [], 0, 0
    while chunk := stream.read(expected + 1 if not chunks and expected else CHUNK_BYTES):
        size += len(chunk)
        if size > limits.max_file_bytes:
            raise limits.file_too_large()
        lines += chunk.count(b"\n")
        if lines > limits.max_lines:
            raise limits.too_many_lines()
        chunks.append(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _length(stream) -> int:
    """The length of the file behind `stream`, or 0 when it has none (a pipe, an in-memory stream)."""
    try:
        return max(os.fstat(stream.fileno()).st_size, 0)
    except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
        return 0


def blank(value: str | bytes) -> bool:
    """True for empty or whitespace-only text, without the copy `strip()` makes of a 100 MB file."""
    return not value or value.isspace()


# A page's markup handed over as its "text" (a scraper that stored the source): a document head, or
# closing tags of the elements an article is made of. Plain text quoting a tag or two stays text.
_PAGE_HEAD = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_CLOSING_TAG = re.compile(r"</(?:p|div|li|ul|a|span|h[1-6]|article|section|main|header|footer|nav|table|td|tr)\s*>",
                          re.IGNORECASE)
MARKUP_SCAN = 20_000  # characters looked at: enough for any page's head and first paragraphs
MARKUP_TAGS = 4


def is_markup(text: str) -> bool:
    """Whether `text` is an HTML page rather than the text of one."""
    head = text[:MARKUP_SCAN]
    if _PAGE_HEAD.match(head):
        return True
    found = 0
    for _ in _CLOSING_TAG.finditer(head):
        found += 1
        if found >= MARKUP_TAGS:
            return True
    return False


def check_bytes(data: bytes, origin: str) -> InputProblem | None:
    """An InputProblem for empty or binary content, else None."""
    if blank(data):
        return InputProblem(origin, "empty file")
    if b"\x00" in data[:SNIFF_BYTES]:
        return InputProblem(origin, "binary file (contains NUL bytes), not text")
    return None


def decode_utf8(data: bytes, origin: str) -> str | InputProblem:
    """Decode UTF-8 (with or without a BOM); report the first bad byte otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputProblem(origin, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in <meta charset> or http-equiv Content-Type, normalised, or None."""
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii", "replace")).name
    except LookupError:
        return None


def decode_html(data: bytes, origin: str, charset: str | None = None) -> str | InputProblem:
    """Decode a page: a UTF-8 BOM wins, then `charset` (e.g. from HTTP), then <meta charset>, then UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        return decode_utf8(data, origin)
    encoding = None
    for candidate in (charset, declared_charset(data)):
        if candidate:
            try:
                encoding = codecs.lookup(candidate).name
                break
            except LookupError:
                continue
    if encoding is None or encoding == "utf-8":
        return decode_utf8(data, origin)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        return InputProblem(origin, f"not valid {encoding} as declared (byte 0x{data[exc.start]:02x} at offset {exc.start})")


# Byte-order marks of the encodings a BOM names (UTF-32 first: its little-endian mark starts with UTF-16's).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def bom_encoding(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding a leading byte-order mark names, else None."""
    return next((name for bom, name in BOMS if data.startswith(bom)), None)


def check_text(text: str, origin: str) -> InputProblem | None:
    """An InputProblem when decoded text is empty or whitespace only, or holds NUL characters anywhere
    (the byte sniff reads only the first 8 KiB)."""
    if blank(text):
        return InputProblem(origin, "empty file")
    nul = text.find("\x00")
    if nul >= 0:
        return InputProblem(origin, f"binary content (a NUL character at offset {nul}), not text")
    return None


def read_document_text(path: Path, origin: str, decode: Callable[[bytes, str], str | InputProblem],
                       limits: InputLimits = DEFAULT_LIMITS) -> str | InputProblem:
    """A whole file as checked text: within `limits`, readable, not binary, decodable (by `decode`) and
    not empty."""
    data = read_bytes(path, origin, limits)
    if isinstance(data, InputProblem):
        return data
    wide = bom_encoding(data)
    if wide is not None:  # UTF-16/32 text is full of NUL bytes: decode it by its mark instead
        try:
            wide_text = data.decode(wide)
        except UnicodeDecodeError as exc:
            return InputProblem(origin, f"not valid {wide.upper()} (byte offset {exc.start})")
        return check_text(wide_text, origin) or wide_text
    problem = check_bytes(data, origin)
    if problem:
        return problem
    text = decode(data, origin)
    if isinstance(text, InputProblem):
        return text
    return check_text(text, origin) or text


CHUNK_BYTES = 1 << 20


def check_utf8_file(path: Path, origin: str) -> InputProblem | None | bool:
    """`read_document_text`'s checks of a UTF-8 file (readable, not binary, valid UTF-8, not empty) made
    reading it in chunks, so a file larger than memory can then be read line by line. None when it passes;
    False when it starts with a UTF-16/32 mark (read it whole with `read_document_text`)."""
    try:
        with path.open("rb") as fp:
            head = fp.read(SNIFF_BYTES)
            if bom_encoding(head) is not None:
                return False
            if not blank(head) and b"\x00" in head:
                return InputProblem(origin, "binary file (contains NUL bytes), not text")
            decoder = codecs.getincrementaldecoder("utf-8-sig")()
            offset = chars = 0  # bytes given to the decoder before this chunk; characters it gave back
            all_blank = True
            chunk = head
            while True:
                pending = decoder.getstate()[0]
                try:
                    text = decoder.decode(chunk, final=not chunk)
                except UnicodeDecodeError as exc:
                    data = pending + chunk
                    return InputProblem(origin, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                                                f"{offset - len(pending) + exc.start})")
                nul = text.find("\x00")
                if nul >= 0:
                    return InputProblem(origin, f"binary content (a NUL character at offset {chars + nul}), not text")
                all_blank = all_blank and blank(text)
                if not chunk:
                    break
                offset += len(chunk)
                chars += len(text)
                chunk = fp.read(CHUNK_BYTES)
    except OSError as exc:
        return unreadable(origin, exc)
    return InputProblem(origin, "empty file") if all_blank else None
