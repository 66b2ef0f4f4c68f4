"""GET /api/export?format=csv|jsonl|graphml: the filtered events as a file, written by defcoop.export."""
from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO, Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from defcoop.api.deps import FiltersDep, SessionDep
from defcoop.export import EXPORTERS
from defcoop.store import queries

router = APIRouter(prefix="/api/export", tags=["export"])

MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
               "graphml": "application/graphml+xml; charset=utf-8"}
CHUNK = 64 * 1024


@router.get("", summary="The filtered events as CSV, JSONL (SCHEMA.md) or GraphML",
            response_class=StreamingResponse,
            responses={200: {"content": {m.split(";")[0]: {} for m in MEDIA_TYPES.values()}}})
def export(session: SessionDep, filters: FiltersDep,
           format: Annotated[Literal["csv", "jsonl", "graphml"], Query(description="File format.")] = "jsonl"
           ) -> StreamingResponse:
    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024, mode="w+", encoding="utf-8", newline="")
    EXPORTERS[format](queries.iter_stored(session, filters), spool)
    spool.seek(0)
    return StreamingResponse(_chunks(spool), media_type=MEDIA_TYPES[format],
                             headers={"Content-Disposition": f'attachment; filename="defcoop-events.{format}"'})


def _chunks(spool: IO[str]) -> Iterator[bytes]:
    try:
        while chunk := spool.read(CHUNK):
            yield chunk.encode("utf-8")
    finally:
        spool.close()
