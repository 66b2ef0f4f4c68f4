"""Shared fixtures: paths to the shared evaluation data and the bundled samples, a loaded extractor, and
the database every store test runs on: SQLite, then PostgreSQL.

`db_backend` is the one parametrised database fixture ("sqlite", "postgresql"); a test or a fixture
that takes `db_url` (a fresh database per test) or `new_db_url` (a maker of fresh databases, for
module-scoped fixtures) runs once per backend. The PostgreSQL server is the one `DEFCOOP_TEST_DB`
names (`.ci/run` starts a throwaway cluster and sets it; any URL of a role that may CREATE DATABASE
will do); each fresh database is created on it and dropped at the end. Without it the PostgreSQL
variants skip, with the reason.
"""
from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = REPO.parent / "shared" / "eval"
SAMPLES = REPO / "samples" / "articles"
TEST_DB_ENV = "DEFCOOP_TEST_DB"
DB_BACKENDS = ("sqlite", "postgresql")
_fresh_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    path = SHARED_EVAL / "dev"
    if not path.is_dir():
        pytest.skip("../shared/eval/dev is not beside the repository")
    return path


@pytest.fixture(scope="session")
def extractor():
    from defcoop.extract import get_extractor
    from defcoop.settings import Settings

    return get_extractor(Settings())


@pytest.fixture()
def make_doc():
    """A cleaned Document from a text written in the test."""
    from defcoop.clean import content_hash
    from defcoop.types import Document

    def make(text: str, doc_id: str = "t-1", published: str | None = "2022-03-10") -> Document:
        return Document(id=doc_id, text=text, raw=text, published=published, content_hash=content_hash(text))

    return make


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Callable[[], str]]:
    """A maker of fresh PostgreSQL databases on the server named by DEFCOOP_TEST_DB (all dropped at the
    end); skips when that is unset or unreachable."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    admin_url = os.environ.get(TEST_DB_ENV)
    if not admin_url:
        pytest.skip(f"PostgreSQL variant: {TEST_DB_ENV} is not set (.ci/run starts a server and sets it)")
    url = make_url(admin_url)
    shown = url.render_as_string(hide_password=True)
    engine = create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except (SQLAlchemyError, ImportError) as exc:
        engine.dispose()
        pytest.skip(f"PostgreSQL variant: cannot connect to {TEST_DB_ENV}={shown}: "
                    f"{str(getattr(exc, 'orig', None) or exc).strip().splitlines()[0]}")
    made: list[str] = []

    def fresh() -> str:
        name = f"defcoop_test_{os.getpid()}_{next(_fresh_numbers)}"
        with engine.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        made.append(name)
        return url.set(database=name).render_as_string(hide_password=False)

    yield fresh
    with engine.connect() as connection:
        for name in made:  # FORCE: an engine a test left open must not keep its database alive
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    engine.dispose()


@pytest.fixture(scope="module", params=DB_BACKENDS)
def db_backend(request) -> str:
    """The database backend a store test runs on: "sqlite", then "postgresql"."""
    return request.param


@pytest.fixture(scope="module")
def new_db_url(db_backend, request, tmp_path_factory) -> Callable[[], str]:
    """A maker of fresh, empty databases of the backend under test (SQLAlchemy URLs)."""
    if db_backend == "postgresql":
        return request.getfixturevalue("postgres_server")
    folder = tmp_path_factory.mktemp("db")
    return lambda: f"sqlite:///{folder / f'test-{next(_fresh_numbers)}.db'}"


@pytest.fixture()
def db_url(new_db_url) -> str:
    """A fresh, empty database of the backend under test, as a SQLAlchemy URL."""
    return new_db_url()
