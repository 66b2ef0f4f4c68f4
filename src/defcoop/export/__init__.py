"""Exporters of events: JSONL (SCHEMA.md), CSV and GraphML, chosen by name in EXPORTERS."""
from defcoop.export.writers import EXPORTERS, write_csv, write_graphml, write_jsonl

__all__ = ["EXPORTERS", "write_csv", "write_graphml", "write_jsonl"]
