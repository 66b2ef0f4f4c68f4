"""Reader for .html/.htm files: the raw page, one document per file (id = file stem)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from defcoop.ingest.common import check_bytes, check_text, decode_html, read_bytes
from defcoop.types import InputProblem, RawDocument


def read_html(path: Path, origin: str) -> Iterator[RawDocument | InputProblem]:
    """Yield one RawDocument with `html` set (decoded per BOM / <meta charset> / UTF-8), or one InputProblem."""
    data = read_bytes(path, origin)
    if isinstance(data, InputProblem):
        yield data
        return
    problem = check_bytes(data, origin)
    if problem:
        yield problem
        return
    html = decode_html(data, origin)
    if isinstance(html, InputProblem):
        yield html
        return
    problem = check_text(html, origin)
    yield problem or RawDocument(id=path.stem, origin=origin, html=html)
