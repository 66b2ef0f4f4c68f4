"""defcoop: raw news in, evidence-linked international defence-cooperation events out."""
from defcoop.types import Actor, Document, DocumentResult, Event, EVENT_TYPES, InputProblem, Location, Party, RawDocument

__all__ = ["Actor", "Document", "DocumentResult", "Event", "EVENT_TYPES", "InputProblem", "Location", "Party",
           "RawDocument"]
__version__ = "0.1.0"
