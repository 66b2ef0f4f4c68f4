"""Readers for .json (one document) and .jsonl (one document per line), as in SCHEMA.md.

A document object needs "id" and one of "text"/"html"; "url", "title", "published",
"source" and "lang" are optional. Other keys are ignored. A "text" that is a page's markup (a document
head, or the closing tags an article is made of) is read as "html".
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from defcoop.ingest.common import blank, check_utf8_file, decode_utf8, is_markup, read_document_text
from defcoop.ingest.limits import DEFAULT_LIMITS, InputLimits, nesting_over
from defcoop.types import InputProblem, RawDocument

OPTIONAL_FIELDS = ("url", "title", "published", "source", "lang")
MAX_ID_LENGTH = 255  # what the store, the API and the UI address a document by


def _parse(text: str, max_depth: int, whole_file: bool = True) -> object | str:
    """The parsed JSON value, or why it cannot be read (never an exception: a hostile file may nest
    arrays 100,000 deep or hold a number of 5,000 digits). A whole file's reason names the line."""
    if nesting_over(text, max_depth):  # found by a linear scan, before the recursive parser sees it
        return f"JSON nested more than {max_depth} levels deep (limit: max_json_depth)"
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}: " if whole_file else ""
        return f"{where}not valid JSON: {exc.msg} (column {exc.colno})"
    except RecursionError:
        return "not readable JSON: nested too deeply"
    except ValueError as exc:  # int() refuses numbers over sys.get_int_max_str_digits() digits
        return f"not readable JSON: {exc}"


def document_from_object(obj: object, origin: str) -> RawDocument | InputProblem:
    """Validate one parsed JSON value and turn it into a RawDocument."""
    if not isinstance(obj, dict):
        return InputProblem(origin, f"expected a JSON object, got {type(obj).__name__}")
    doc_id = obj.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        return InputProblem(origin, 'missing "id" (a non-empty string)')
    if len(doc_id.strip()) > MAX_ID_LENGTH:
        return InputProblem(origin, f'"id" longer than {MAX_ID_LENGTH} characters')
    body = {}
    for key in ("html", "text"):
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            return InputProblem(origin, f'"{key}" must be a string, got {type(value).__name__}')
        body[key] = value
    if not body:
        return InputProblem(origin, 'missing "text" or "html"')
    key = "html" if "html" in body else "text"  # a page carries more structure than its scraped text
    if blank(body[key]):
        return InputProblem(origin, f'empty "{key}"')
    if key == "text" and is_markup(body["text"]):
        body["html"], key = body["text"], "html"  # a page's source stored as its text: cleaned as a page
    extra = {name: obj[name] for name in OPTIONAL_FIELDS if isinstance(obj.get(name), str) and obj[name].strip()}
    return RawDocument(id=doc_id.strip(), origin=origin, **{key: body[key]}, **extra)


def read_json(path: Path, origin: str, limits: InputLimits = DEFAULT_LIMITS) -> Iterator[RawDocument | InputProblem]:
    """Yield the one document of a .json file, or one InputProblem."""
    text = read_document_text(path, origin, decode_utf8, limits)
    if isinstance(text, InputProblem):
        yield text
        return
    obj = _parse(text, limits.max_json_depth)
    yield InputProblem(origin, obj) if isinstance(obj, str) else document_from_object(obj, origin)


def read_jsonl(path: Path, origin: str, limits: InputLimits = DEFAULT_LIMITS) -> Iterator[RawDocument | InputProblem]:
    """Yield one document (or InputProblem with origin "path:LINE") per non-blank line.

    The file is checked whole first (a bad byte anywhere, or more bytes than `max_file_bytes`, rejects
    it, as for other formats) and then read a line at a time: memory does not grow with the number of
    lines; past `max_lines` lines reading stops with a problem naming the limit."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # check_utf8_file reports why the file cannot be read
    if size > limits.max_file_bytes:
        yield InputProblem(origin, limits.file_too_large().reason)
        return
    problem = check_utf8_file(path, origin)
    if problem is False:  # UTF-16/32 with a byte-order mark: small files in practice, read whole
        text = read_document_text(path, origin, decode_utf8, limits)
        lines: Iterable[str | InputProblem] = [text] if isinstance(text, InputProblem) else text.splitlines()
    elif problem is not None:
        yield problem
        return
    else:
        lines = _utf8_lines(path)
    for lineno, line in enumerate(lines, start=1):
        if isinstance(line, InputProblem):
            yield line
            return
        if lineno > limits.max_lines:
            yield InputProblem(origin, limits.too_many_lines().reason)
            return
        if not line.strip():
            continue
        line_origin = f"{origin}:{lineno}"
        obj = _parse(line, limits.max_json_depth, whole_file=False)  # the line's number is in its origin
        if isinstance(obj, str):
            yield InputProblem(line_origin, obj)
            continue
        yield document_from_object(obj, line_origin)


def _utf8_lines(path: Path) -> Iterator[str]:
    """The lines of a checked UTF-8 file, one at a time, without their ends."""
    with path.open(encoding="utf-8-sig") as fp:
        for line in fp:
            yield line.rstrip("\r\n")
