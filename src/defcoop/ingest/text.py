"""Reader for .txt files: scraped plain text, one document per file (id = file stem)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from defcoop.ingest.common import decode_utf8, read_document_text
from defcoop.ingest.limits import DEFAULT_LIMITS, InputLimits
from defcoop.types import InputProblem, RawDocument


def read_text(path: Path, origin: str, limits: InputLimits = DEFAULT_LIMITS) -> Iterator[RawDocument | InputProblem]:
    """Yield one RawDocument with `text` set, or one InputProblem."""
    text = read_document_text(path, origin, decode_utf8, limits)
    yield text if isinstance(text, InputProblem) else RawDocument(id=path.stem, origin=origin, text=text)
