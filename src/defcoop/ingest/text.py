"""Reader for .txt files: scraped plain text, one document per file (id = file stem)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from defcoop.ingest.common import check_bytes, check_text, decode_utf8, read_bytes
from defcoop.types import InputProblem, RawDocument


def read_text(path: Path, origin: str) -> Iterator[RawDocument | InputProblem]:
    """Yield one RawDocument with `text` set, or one InputProblem."""
    data = read_bytes(path, origin)
    if isinstance(data, InputProblem):
        yield data
        return
    problem = check_bytes(data, origin)
    if problem:
        yield problem
        return
    text = decode_utf8(data, origin)
    if isinstance(text, InputProblem):
        yield text
        return
    problem = check_text(text, origin)
    yield problem or RawDocument(id=path.stem, origin=origin, text=text)
