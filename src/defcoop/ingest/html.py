"""Reader for .html/.htm files: the raw page, one document per file (id = file stem)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from defcoop.ingest.common import decode_html, read_document_text
from defcoop.ingest.limits import DEFAULT_LIMITS, InputLimits
from defcoop.types import InputProblem, RawDocument


def read_html(path: Path, origin: str, limits: InputLimits = DEFAULT_LIMITS) -> Iterator[RawDocument | InputProblem]:
    """Yield one RawDocument with `html` set (decoded per BOM / <meta charset> / UTF-8), or one InputProblem."""
    html = read_document_text(path, origin, decode_html, limits)
    yield html if isinstance(html, InputProblem) else RawDocument(id=path.stem, origin=origin, html=html)
