"""Events as a terminal table (Rich): a compact layout that reads at 80 columns, and a wide one."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich import box
from rich.table import Table

COMPACT_EVIDENCE = 110  # characters of evidence in the compact layout
WIDE_EVIDENCE = 400


def party_codes(event) -> str:
    """The parties' countries: "RUS>KAZ" for a transfer with a supplier and a recipient, else "KAZ TUR"."""
    suppliers = sorted({p.actor.country for p in event.parties if p.role == "supplier" and p.actor.country})
    recipients = sorted({p.actor.country for p in event.parties if p.role == "recipient" and p.actor.country})
    if suppliers and recipients:
        return f"{','.join(suppliers)}>{','.join(recipients)}"
    return " ".join(sorted({p.actor.country or "?" for p in event.parties}))


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def events_table(rows: Iterable[Any], wide: bool = False) -> Table:
    """StoredEvents as a table: id, date, type, countries, sources, confidence and the evidence (compact),
    plus status, item and the named parties with their roles (`wide`)."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, padding=(0, 0, 0, 1))
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True)
    if wide:
        table.add_column("status", no_wrap=True)
        table.add_column("parties", overflow="fold", ratio=2, min_width=20)
        table.add_column("item", overflow="fold", ratio=1, min_width=12)
    else:
        table.add_column("countries", overflow="fold", max_width=12)
    table.add_column("src", justify="right", no_wrap=True)
    table.add_column("conf", justify="right", no_wrap=True)
    table.add_column("evidence", overflow="fold", ratio=3, min_width=24)
    for row in rows:
        ev = row.event
        cells = [str(row.id), ev.date or "", ev.type]
        if wide:
            parties = "; ".join(f"{p.actor.name} [{p.actor.country or '?'}]"
                                + ("" if p.role == "participant" else f" {p.role}") for p in ev.parties)
            cells += [ev.status, parties, ev.item or ""]
        else:
            cells.append(party_codes(ev))
        cells += [str(row.source_count), f"{ev.confidence:.2f}",
                  _clip(ev.evidence, WIDE_EVIDENCE if wide else COMPACT_EVIDENCE)]
        table.add_row(*cells, style=None)
    return table
