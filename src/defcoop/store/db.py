"""Opening a database: URL resolution, engine, migrations to head, sessionmaker."""
from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; concurrent first opens are not guarded there
    fcntl = None

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, Integer, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from defcoop.errors import StoreError
from defcoop.store import sqlite

LOGGER = logging.getLogger(__name__)

ENV_VAR = "DEFCOOP_DB"
DEFAULT_URL = "sqlite:///defcoop.db"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def database_url(value: str | None = None) -> str:
    """A SQLAlchemy URL from a URL or file path; None means $DEFCOOP_DB, else sqlite:///defcoop.db."""
    if value is None:
        value = os.environ.get(ENV_VAR) or DEFAULT_URL
    value = value.strip()
    if "://" in value:
        return value
    if value == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(value).expanduser().absolute()}"


def _display(url: URL) -> str:
    """The URL as shown in messages, password hidden."""
    return url.render_as_string(hide_password=True)


def display_url(url: str) -> str:
    """A database URL as printed anywhere (summaries, --json, the serve banner): the password as ***."""
    try:
        return _display(make_url(url))
    except ArgumentError:  # not a URL SQLAlchemy can parse: nothing in it is known to be a password
        return url


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at the packaged migrations; no alembic.ini needed."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(connection: Connection, cfg: Config) -> None:
    """Upgrade the database on `connection` to the newest schema revision."""
    script = ScriptDirectory.from_config(cfg)
    current = MigrationContext.configure(connection).get_current_revision()
    head = script.get_current_head()
    if current == head:
        return
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError as exc:
            raise StoreError(f"database schema revision {current} is unknown to this version of defcoop "
                             "(was the database made by a newer one?)") from exc
    LOGGER.info("migrating database from revision %s to %s", current, head)
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, "head")


class MissingDatabase(StoreError):
    """A database that should exist (to be read) does not: a mistyped path must not become a new, empty one."""


def open_database(url: str, create: bool = True) -> sessionmaker[Session]:
    """Create the engine, migrate to head and return a sessionmaker; StoreError if it cannot be opened.

    With `create` False, a SQLite file that does not exist raises MissingDatabase and nothing is made.
    """
    url = database_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"bad database URL {url!r}: {exc}") from exc
    is_sqlite = sqlite.is_sqlite(parsed)
    if not create and is_sqlite and not sqlite.is_memory(parsed) and not parsed.database.startswith("file:") \
            and not Path(parsed.database).exists():
        raise MissingDatabase(f"database {parsed.database} does not exist: check the --db path "
                              "(`defcoop run PATH --db FILE` makes a new one)")
    if is_sqlite and (problem := sqlite.check_path(parsed)):
        raise StoreError(problem)
    try:
        engine = create_engine(parsed, **(sqlite.engine_options(parsed) if is_sqlite else {}))
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"cannot open database {_display(parsed)}: {exc}") from exc
    if is_sqlite:
        sqlite.install_pragmas(engine)
    try:
        with _migration_lock(parsed, is_sqlite), engine.begin() as connection:
            if engine.dialect.name == "postgresql":  # one migrating process at a time, for this transaction
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
            migrate(connection, alembic_config(url))
    except StoreError:
        engine.dispose()
        raise
    except (SQLAlchemyError, CommandError, OSError) as exc:
        engine.dispose()
        message = sqlite.describe_error(parsed, exc) if is_sqlite else _describe(parsed, exc)
        raise StoreError(message) from exc
    return sessionmaker(engine, expire_on_commit=False)


MIGRATION_LOCK_KEY = 724_106_001  # the advisory lock PostgreSQL migrations take
WRITE_LOCK_KEY = 724_106_002  # the advisory lock a storing transaction takes on PostgreSQL


def hold_write_lock(session: Session) -> None:
    """Make the session's transaction the database's only writer until it ends, before it reads anything.

    Runs storing into one database at once then see each other's committed documents, actors and
    events as one run would, instead of both inserting the same rows: on PostgreSQL a transaction-level
    advisory lock; on SQLite the transaction's first statement is a write, so it takes the database's
    write lock at once (waiting up to the busy timeout) and reads only after it, never an older snapshot.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
    elif dialect == "sqlite":
        session.execute(text("UPDATE alembic_version SET version_num = version_num"))


@contextmanager
def _migration_lock(url: URL, is_sqlite: bool) -> Iterator[None]:
    """Hold an exclusive lock on `DATABASE-migrate.lock` while a SQLite file database is migrated, so
    that two processes opening a new database do not both create its tables. (Not the database file
    itself: closing any descriptor of it would drop the locks SQLite holds in this process.)"""
    if fcntl is None or not is_sqlite or sqlite.is_memory(url) or url.database.startswith("file:"):
        yield
        return
    try:
        lock = open(f"{url.database}-migrate.lock", "a")  # noqa: SIM115 - held across the yield
    except OSError:  # a read-only folder: nothing can be migrated there by anyone, so nothing to guard
        lock = None
    if lock is None:
        yield
        return
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _describe(url: URL, exc: BaseException) -> str:
    """A one-line message for an error raised while opening a non-SQLite database."""
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return f"cannot open database {_display(url)}: {text[0] if text else type(exc).__name__}"


def reset_id_sequences(connection: Connection) -> None:
    """After rows were inserted with explicit integer ids: move PostgreSQL's id sequences past the
    largest id, so the next row the store adds gets a fresh one (SQLite needs nothing)."""
    if connection.dialect.name != "postgresql":
        return
    from defcoop.store.models import Base

    for table in Base.metadata.sorted_tables:
        key = list(table.primary_key.columns)
        if len(key) == 1 and key[0].autoincrement is not False and isinstance(key[0].type, Integer):
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
                f"coalesce((SELECT max({key[0].name}) FROM {table.name}), 0) + 1, false)")


def engine_of(factory: sessionmaker[Session]) -> Engine:
    """The engine behind a sessionmaker returned by `open_database` (to dispose of it)."""
    return factory.kw["bind"]
