"""Exporters of events: JSONL (SCHEMA.md), CSV and GraphML (EXPORTERS), and the analysis tables
(events with their sources, dyads, the dyad-year panel) as CSV or XLSX (`write_export`)."""
from defcoop.export.formats import FORMATS, ExportError, ExportOptions, parse_fields, write_export
from defcoop.export.writers import EXPORTERS, write_csv, write_graphml, write_jsonl

__all__ = ["EXPORTERS", "FORMATS", "ExportError", "ExportOptions", "parse_fields", "write_csv", "write_export",
           "write_graphml", "write_jsonl"]
