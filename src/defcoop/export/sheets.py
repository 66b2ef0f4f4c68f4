"""Writing a table (rows of dicts) as CSV, optionally with a UTF-8 byte-order mark for Excel, or as an
XLSX workbook (openpyxl). Text cells that a spreadsheet would run as formulas are neutralised in both."""
from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import IO, Any, TextIO

from defcoop.errors import DefcoopError

BOM = "\ufeff"  # Excel on Windows reads a CSV as UTF-8 only when it starts with this
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_MAX_CELL = 32767  # characters a cell of a workbook can hold
XLSX_MAX_ROWS = 1_048_576  # rows of a worksheet, the header included


class TooManyRows(DefcoopError, ValueError):
    """A table longer than a worksheet holds."""


def spreadsheet_safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "@SUM") gets a leading
    apostrophe (OWASP's advice against CSV injection); numbers stay numbers."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def write_table_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], fp: TextIO, excel: bool = False) -> int:
    """Rows under a header row (RFC 4180 quoting), a BOM first when `excel`; returns the rows written.
    Open `fp` with newline=""."""
    if excel:
        fp.write(BOM)
    writer = csv.writer(fp)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([spreadsheet_safe(row[c]) for c in columns])
        count += 1
    return count


def write_table_xlsx(rows: Iterable[dict[str, Any]], columns: Sequence[str], fp: IO[bytes],
                     sheet: str = "events") -> int:
    """Rows under a bold, frozen header row in a one-sheet workbook; returns the rows written.

    Written in openpyxl's write-only mode (rows streamed, memory bounded); text longer than a
    cell holds is cut, and says so; more rows than a worksheet holds raise TooManyRows.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    ws = book.create_sheet(sheet[:31])
    ws.freeze_panes = "A2"
    header = []
    for name in columns:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = Font(bold=True)
        header.append(cell)
    ws.append(header)
    count = 0
    for row in rows:
        if count + 1 >= XLSX_MAX_ROWS:
            ws.close()  # ends the sheet's stream, so the abandoned workbook cleans up quietly
            raise TooManyRows(f"more than {XLSX_MAX_ROWS - 1:,} rows: too many for a workbook; write CSV instead "
                              "or narrow the filters")
        ws.append([_xlsx_value(row[c]) for c in columns])
        count += 1
    book.save(fp)
    return count


def _xlsx_value(value: Any) -> Any:
    value = spreadsheet_safe(value)
    if isinstance(value, str):
        value = _strip_control(value)
        if len(value) > XLSX_MAX_CELL:
            value = value[:XLSX_MAX_CELL - 12] + " [truncated]"
    return value


def _strip_control(text: str) -> str:
    """Control characters other than tab and newline, which XLSX cannot store."""
    return "".join(c for c in text if c >= " " or c in "\t\n")
