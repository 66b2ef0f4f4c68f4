"""The defcoop database: SQLAlchemy models, Alembic migrations and functions over a Session.

    factory = open_database(database_url(None))      # migrates to head
    with factory.begin() as session:                  # one transaction per batch
        save_result(session, result, signature)
"""
from defcoop.store.crud import (EventSource, FilterError, StoredEvent, add_source, count_events, event_fingerprint,
                                find_document_by_hash, iter_events, query_events, save_result,
                                summary)
from defcoop.store.db import database_url, open_database

__all__ = ["EventSource", "FilterError", "StoredEvent", "add_source", "count_events", "database_url",
           "event_fingerprint", "find_document_by_hash", "iter_events", "open_database",
           "query_events", "save_result", "summary"]
