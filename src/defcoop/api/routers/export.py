"""GET /api/export: the filtered events as a file, written by defcoop.export.

Formats: jsonl, graphml, csv, xlsx, dyads, dyad-year; `fields` picks a table's columns,
`excel` puts a UTF-8 byte-order mark before a CSV, `xlsx` writes a table as a workbook.
"""
from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO, Annotated

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from defcoop.api.deps import FiltersDep, SessionDep
from defcoop.export import ExportError, ExportOptions, parse_fields, write_export
from defcoop.export.formats import MEDIA_TYPES, XLSX_MEDIA_TYPE
from defcoop.store import queries
from defcoop.store.crud import FilterError

router = APIRouter(prefix="/api/export", tags=["export"])

CHUNK = 64 * 1024


@router.get("", summary="The filtered events as JSONL (SCHEMA.md), GraphML, or a table (events, dyads, dyad-year "
                        "panel) as CSV or XLSX",
            response_class=StreamingResponse,
            responses={200: {"content": {m.split(";")[0]: {} for m in [*MEDIA_TYPES.values(), XLSX_MEDIA_TYPE]}}})
def export(session: SessionDep, filters: FiltersDep,
           format: Annotated[str, Query(max_length=20, description=(
               "jsonl, graphml, csv (events with their sources), xlsx, dyads (a row per country pair per event) "
               "or dyad-year (country pair x year panel with counts per type); any case."),
               json_schema_extra={"format": "export-format"})] = "jsonl",
           fields: Annotated[str | None, Query(max_length=1000, description=(
               "Columns of a table, in order, separated by commas: id,date,type,source_urls. Not for jsonl or graphml."),
               json_schema_extra={"format": "export-fields"})] = None,
           excel: Annotated[bool, Query(description="CSV with a UTF-8 byte-order mark (Excel).")] = False,
           xlsx: Annotated[bool, Query(description="A table (csv, dyads, dyad-year) as an XLSX workbook.")] = False,
           ) -> StreamingResponse:
    try:
        options = ExportOptions(format, fields=parse_fields(fields), excel=excel, workbook=xlsx)
    except ExportError as exc:
        raise FilterError(str(exc), field=exc.option) from None
    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024, mode="w+b")
    try:
        write_export(queries.iter_stored(session, filters), spool, options)
    except ExportError as exc:  # a table too long for a workbook
        spool.close()
        raise FilterError(str(exc), field=exc.option) from None
    spool.seek(0)
    name = f"defcoop-{options.table or 'events'}{options.suffix}"
    return StreamingResponse(_chunks(spool), media_type=options.media_type,
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    try:
        while chunk := spool.read(CHUNK):
            yield chunk
    finally:
        spool.close()
