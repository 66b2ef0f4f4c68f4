"""Every export the CLI and the API offer, chosen by name: the file formats of `writers` and the
analysis tables of `tables` as CSV (optionally with a BOM for Excel) or XLSX.

    write_export(events, binary_file, ExportOptions("dyad-year", workbook=True))

Formats: jsonl, graphml (text, whole events / the network); csv and xlsx (the events table);
dyads and dyad-year (tables: CSV, or XLSX with `workbook`). `fields` picks and orders the
columns of a table.
"""
from __future__ import annotations

import difflib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, Any

from defcoop.errors import DefcoopError
from defcoop.export.sheets import TooManyRows, write_table_csv, write_table_xlsx
from defcoop.export.tables import TABLES
from defcoop.export.writers import write_graphml, write_jsonl

TEXT_FORMATS = {"jsonl": write_jsonl, "graphml": write_graphml}
TABLE_FORMATS = {"csv": "events", "xlsx": "events", "dyads": "dyads", "dyad-year": "dyad-year"}
FORMATS = (*TEXT_FORMATS, *TABLE_FORMATS)
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MEDIA_TYPES = {"jsonl": "application/x-ndjson; charset=utf-8", "graphml": "application/graphml+xml; charset=utf-8",
               "csv": "text/csv; charset=utf-8"}


class ExportError(DefcoopError, ValueError):
    """An export asked for something that does not exist: a format, a field, fields for a format without columns.
    `option` names what was wrong ("format" or "fields")."""

    def __init__(self, message: str, option: str = "format"):
        super().__init__(message)
        self.option = option


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What to write: `format` (one of FORMATS, any case), `fields` (columns of a table, in order; None:
    all), `excel` (a UTF-8 byte-order mark before a CSV) and `workbook` (a table as XLSX)."""

    format: str
    fields: tuple[str, ...] | None = None
    excel: bool = False
    workbook: bool = False

    def __post_init__(self) -> None:
        fmt = self.format.strip().lower()
        if fmt not in FORMATS:
            raise ExportError(f"format must be one of {', '.join(FORMATS)}, got {self.format!r}")
        object.__setattr__(self, "format", fmt)
        if fmt == "xlsx":
            object.__setattr__(self, "workbook", True)
        if fmt in TEXT_FORMATS and (self.fields or self.workbook):
            raise ExportError(f"{fmt} has no columns: fields and xlsx apply to {', '.join(TABLE_FORMATS)}",
                              "fields" if self.fields else "format")
        if self.fields is not None:
            object.__setattr__(self, "fields", check_fields(self.fields, self.columns))

    @property
    def table(self) -> str | None:
        """The table written ("events", "dyads", "dyad-year"), None for jsonl and graphml."""
        return TABLE_FORMATS.get(self.format)

    @property
    def columns(self) -> tuple[str, ...]:
        return TABLES[self.table][0] if self.table else ()

    @property
    def suffix(self) -> str:
        """The file name's ending: .xlsx, .csv, .jsonl, .graphml."""
        return ".xlsx" if self.workbook else ".csv" if self.table else f".{self.format}"

    @property
    def media_type(self) -> str:
        return XLSX_MEDIA_TYPE if self.workbook else MEDIA_TYPES["csv" if self.table else self.format]


def parse_fields(text: str | None) -> tuple[str, ...] | None:
    """"id, date,type" -> ("id", "date", "type"); None or blank -> None (all columns)."""
    if text is None or not text.strip():
        return None
    return tuple(f.strip().lower() for f in text.split(",") if f.strip())


def check_fields(fields: Iterable[str], columns: tuple[str, ...]) -> tuple[str, ...]:
    """The fields, each a column of the table (ExportError naming the unknown one and the closest)."""
    out = []
    for name in fields:
        if name not in columns:
            close = difflib.get_close_matches(name, columns, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise ExportError(f"unknown field {name!r}{hint}; the columns are {', '.join(columns)}", "fields")
        if name not in out:
            out.append(name)
    if not out:
        raise ExportError("fields names no column", "fields")
    return tuple(out)


def write_export(events: Iterable[Any], fp: IO[bytes], options: ExportOptions) -> int:
    """Write the events to a binary file as `options` say; returns the events (or panel rows) written."""
    if options.table is None:
        with _text(fp) as text:
            return TEXT_FORMATS[options.format](events, text)
    columns, build = TABLES[options.table]
    rows = build(events)
    chosen = options.fields or columns
    if options.workbook:
        try:
            return write_table_xlsx(rows, chosen, fp, sheet=options.table)
        except TooManyRows as exc:
            raise ExportError(str(exc), "format") from None
    with _text(fp) as text:
        return write_table_csv(rows, chosen, text, excel=options.excel)


class _text:
    """A UTF-8 text view of a binary file, flushed and detached (the file stays open) on exit."""

    def __init__(self, fp: IO[bytes]):
        self.wrapper = io.TextIOWrapper(fp, encoding="utf-8", newline="")

    def __enter__(self) -> io.TextIOWrapper:
        return self.wrapper

    def __exit__(self, *exc) -> None:
        self.wrapper.flush()
        self.wrapper.detach()


__all__ = ["FORMATS", "ExportError", "ExportOptions", "check_fields", "parse_fields", "write_export"]
