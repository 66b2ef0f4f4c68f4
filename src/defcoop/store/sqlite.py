"""Everything SQLite-specific: pragmas, in-memory pools, friendly open errors and a planner hint.

The rest of `defcoop.store` uses portable SQL only, so PostgreSQL needs no change there (`unindexed`
renders as the plain column elsewhere).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql.functions import FunctionElement

BUSY_TIMEOUT_MS = 30_000
PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA synchronous=NORMAL",
)


def is_sqlite(url: URL) -> bool:
    """True for sqlite:// URLs, whatever the driver."""
    return url.get_backend_name() == "sqlite"


def is_memory(url: URL) -> bool:
    """True for an in-memory SQLite database."""
    return url.database in (None, "", ":memory:") or (url.query.get("mode") == "memory")


def engine_options(url: URL) -> dict[str, Any]:
    """Extra `create_engine` arguments: one shared connection for an in-memory database."""
    if is_memory(url):
        return {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    return {}


def check_path(url: URL) -> str | None:
    """A reason the database file cannot be opened, found before connecting, or None."""
    if is_memory(url) or url.database.startswith("file:"):
        return None
    path = Path(url.database)
    if path.is_dir():
        return f"cannot open database {path}: it is a directory"
    if not path.parent.is_dir():
        return f"cannot open database {path}: directory {path.parent} does not exist"
    return None


def describe_error(url: URL, exc: BaseException) -> str:
    """A one-line message for an error raised while opening or migrating a SQLite database."""
    where = url.database or ":memory:"
    text = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    if "file is not a database" in text or "file is encrypted" in text:
        return f"cannot open database {where}: file is not a database"
    if "unable to open database file" in text:
        return f"cannot open database {where}: unable to open the file (check the path and permissions)"
    if "readonly database" in text:
        return f"cannot open database {where}: the file is read-only"
    return f"cannot open database {where}: {text}"


def install_pragmas(engine: Engine) -> None:
    """Set foreign keys, WAL, busy timeout and synchronous=NORMAL on every new connection."""

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        try:
            for pragma in PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()


class unindexed(FunctionElement):
    """A column compared on the rows a query has already found, never read through an index: on SQLite
    `+column` (its planner would otherwise scan, say, every event of a type through an index on the
    type rather than look up a few hundred events by id); elsewhere the column itself."""

    name = "unindexed"
    inherit_cache = True

    @property
    def type(self):  # the column's own type, so comparisons bind their parameters alike
        return next(iter(self.clauses)).type


@compiles(unindexed)
def _plain_column(element: unindexed, compiler, **kw) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(unindexed, "sqlite")
def _sqlite_unindexed(element: unindexed, compiler, **kw) -> str:
    return "+" + compiler.process(element.clauses, **kw)
