"""Exporters: JSONL (the SCHEMA.md interchange form), CSV and GraphML.

Writers are pure: they take an iterable of `(id, Event)` pairs, `StoredEvent`s (anything
with `.id` and `.event`) or bare Events (id None), write to a text file object, and
return the number of events written. Open CSV files with `newline=""`.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from defcoop.export.sheets import write_table_csv
from defcoop.export.tables import EVENT_COLUMNS, event_rows
from defcoop.resolve.countries import country_name
from defcoop.types import Event

CSV_COLUMNS = EVENT_COLUMNS
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


def iter_pairs(events: Iterable[Any]) -> Iterator[tuple[int | None, Event]]:
    """(id, Event) pairs from (id, Event) tuples, StoredEvent-like objects or bare Events."""
    for item in events:
        if isinstance(item, Event):
            yield None, item
        elif hasattr(item, "event"):
            yield item.id, item.event
        else:
            event_id, event = item
            yield event_id, event


def _countries(event: Event, role: str | None = None) -> list[str]:
    """Sorted distinct party countries, optionally of parties in one role."""
    return sorted({p.actor.country for p in event.parties if p.actor.country and (role is None or p.role == role)})


def write_jsonl(events: Iterable[Any], fp: TextIO) -> int:
    """One SCHEMA.md object per line: `Event.to_record()` plus "id"."""
    count = 0
    for event_id, event in iter_pairs(events):
        fp.write(json.dumps({"id": event_id, **event.to_record()}, ensure_ascii=False) + "\n")
        count += 1
    return count


def csv_row(event_id: int | None, event: Event) -> list[Any]:
    """The CSV_COLUMNS values of one event."""
    row = next(event_rows([(event_id, event)]))
    return [row[c] for c in CSV_COLUMNS]


def write_csv(events: Iterable[Any], fp: TextIO, excel: bool = False) -> int:
    """One row per event (`defcoop.export.tables.EVENT_COLUMNS`: the event, its parties and every source)
    under a header row; fields quoted as needed (RFC 4180), text cells that a spreadsheet would run as
    formulas neutralised; a UTF-8 byte-order mark first when `excel`."""
    return write_table_csv(event_rows(events), CSV_COLUMNS, fp, excel=excel)


def _add_key(root: ET.Element, key_id: str, domain: str, name: str, kind: str) -> None:
    """Declare a GraphML attribute."""
    ET.SubElement(root, "key", {"id": key_id, "for": domain, "attr.name": name, "attr.type": kind})


def _add_data(element: ET.Element, key_id: str, value: Any) -> None:
    """Set a GraphML attribute value on a node or edge."""
    ET.SubElement(element, "data", {"key": key_id}).text = str(value)


def write_graphml(events: Iterable[Any], fp: TextIO) -> int:
    """Country network: nodes are country/IGO codes, undirected edges join the countries of each event.

    Edge attributes: weight (number of events), types (comma list), transfers
    (supplier>recipient:count, comma list, for TRANSFER events).
    """
    node_events: Counter[str] = Counter()
    weights: Counter[tuple[str, str]] = Counter()
    types: dict[tuple[str, str], set[str]] = {}
    transfers: dict[tuple[str, str], Counter[str]] = {}
    igo_codes: set[str] = set()  # codes the events themselves mark as international organisations
    count = 0
    for _event_id, event in iter_pairs(events):
        count += 1
        codes = _countries(event)
        node_events.update(codes)
        igo_codes.update(p.actor.country for p in event.parties if p.actor.kind == "igo" and p.actor.country)
        for i, a in enumerate(codes):
            for b in codes[i + 1:]:
                weights[a, b] += 1
                types.setdefault((a, b), set()).add(event.type)
        if event.type == "TRANSFER":
            for s in _countries(event, "supplier"):
                for r in _countries(event, "recipient"):
                    if s != r:
                        transfers.setdefault(tuple(sorted((s, r))), Counter())[f"{s}>{r}"] += 1

    root = ET.Element("graphml", {"xmlns": GRAPHML_NS})
    _add_key(root, "label", "node", "label", "string")
    _add_key(root, "kind", "node", "kind", "string")
    _add_key(root, "events", "node", "events", "int")
    _add_key(root, "weight", "edge", "weight", "int")
    _add_key(root, "types", "edge", "types", "string")
    _add_key(root, "transfers", "edge", "transfers", "string")
    graph = ET.SubElement(root, "graph", {"id": "defcoop", "edgedefault": "undirected"})
    for code in sorted(node_events):
        node = ET.SubElement(graph, "node", {"id": code})
        _add_data(node, "label", country_name(code))
        _add_data(node, "kind", "igo" if code in igo_codes else "country")
        _add_data(node, "events", node_events[code])
    for n, (a, b) in enumerate(sorted(weights)):
        edge = ET.SubElement(graph, "edge", {"id": f"e{n}", "source": a, "target": b})
        _add_data(edge, "weight", weights[a, b])
        _add_data(edge, "types", ",".join(sorted(types[a, b])))
        if (a, b) in transfers:
            _add_data(edge, "transfers", ",".join(f"{k}:{v}" for k, v in sorted(transfers[a, b].items())))
    ET.indent(root)
    fp.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    fp.write(ET.tostring(root, encoding="unicode"))
    fp.write("\n")
    return count


EXPORTERS: dict[str, Callable[[Iterable[Any], TextIO], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "graphml": write_graphml,
}
