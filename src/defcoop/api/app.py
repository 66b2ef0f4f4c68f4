"""The FastAPI application: API routers, the web UI's pages and static files, errors, headers.

    app = create_app("sqlite:///defcoop.db", review_token="s3cret")

One process serves both; the database is opened (and migrated) when the app is made and
its engine disposed when the app shuts down. Without a review token the app is read-only.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from contextlib import asynccontextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import event
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from defcoop import __version__
from defcoop.api.limits import BodyLimit
from defcoop.api.middleware import SECURITY_HEADERS, SecurityHeaders, parse_allowed_hosts
from defcoop.api.routers import ROUTERS
from defcoop.api.schemas import ErrorOut
from defcoop.store.crud import FilterError
from defcoop.store.db import database_url, engine_of, open_database

LOGGER = logging.getLogger(__name__)
# Pages of the UI (all served by index.html; the script draws the one in the address).
PAGES = ("/", "/map", "/network", "/events", "/events/{event_id}", "/documents/{doc_id:path}", "/actors",
         "/actors/{code}", "/transfers", "/search")
# Documented on every API operation (FastAPI's default 422 schema is replaced by the real shape).
ERROR_RESPONSES = {422: {"model": ErrorOut, "description": "A parameter or the body is malformed or unknown"},
                   500: {"model": ErrorOut, "description": "Internal error (logged by the server)"}}
# Larger page cache and memory-mapped reads for the API's read-mostly SQLite connections.
SQLITE_READ_PRAGMAS = ("PRAGMA cache_size=-65536", "PRAGMA mmap_size=268435456")


def static_dir() -> Path:
    """The folder of the UI's files (HTML, CSS, JS), shipped as package data."""
    return Path(str(resources.files("defcoop") / "ui" / "static"))


@lru_cache(maxsize=1)
def _index_html() -> str:
    return (static_dir() / "index.html").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _not_found_html() -> str:
    return (static_dir() / "404.html").read_text(encoding="utf-8")


def create_app(database_url_or_path: str | None = None, review_token: str | None = None,
               create: bool = True, allowed_hosts: Sequence[str] | None = None) -> FastAPI:
    """The app over one database (a URL or file path; None: $DEFCOOP_DB, else ./defcoop.db).

    Raises StoreError when the database cannot be opened (MissingDatabase when `create` is False
    and the SQLite file does not exist). `review_token` enables POST /api/events/{id}/review for
    requests that send it as a Bearer token. `allowed_hosts` (host names, `*.example.org` wildcards):
    requests whose Host header names another host are answered 400 (none: every host is served).
    """
    factory = open_database(database_url(database_url_or_path), create=create)
    engine = engine_of(factory)
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        engine.dispose()

    app = FastAPI(title="defcoop", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Evidence-linked international defence-cooperation events: browse, aggregate, "
                              "export and review. Reviews need the server's review token (Bearer).")
    app.state.factory = factory
    app.state.engine = engine
    app.state.review_token = review_token or None
    for router in ROUTERS:
        app.include_router(router, responses=ERROR_RESPONSES)
    _add_errors(app)
    _add_ui(app)

    app.add_middleware(BodyLimit)  # before anything reads a body
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeaders)  # outermost: its headers go on the 400 and 413 above too
    return app


def app_from_environment() -> FastAPI:
    """The app each worker process of `defcoop serve --workers N` makes (uvicorn imports it by name):
    the database, review token and allowed hosts from DEFCOOP_DB, DEFCOOP_REVIEW_TOKEN and
    DEFCOOP_ALLOWED_HOSTS, which the serve command sets before starting the workers."""
    return create_app(os.environ.get("DEFCOOP_DB"), review_token=os.environ.get("DEFCOOP_REVIEW_TOKEN"),
                      create=False, allowed_hosts=parse_allowed_hosts(os.environ.get("DEFCOOP_ALLOWED_HOSTS", "")))


def _tune_sqlite(engine) -> None:
    """Set the read pragmas on every connection of the engine (the pooled ones are replaced)."""

    @event.listens_for(engine, "connect")
    def _read_pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        try:
            for pragma in SQLITE_READ_PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    engine.dispose()  # connections opened while migrating come back with the pragmas set


def error_body(detail: str, errors: list[dict] | None = None) -> dict:
    """The one shape of every error response (`schemas.ErrorOut`)."""
    return {"detail": detail, "errors": errors or []}


def _add_errors(app: FastAPI) -> None:
    """Every error answers `error_body`: 422 with a readable message for bad input, whatever raised it."""

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        messages = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body",)) or "request"
            messages.append(f"{where}: {err.get('msg', 'invalid')}")
        errors = [{"loc": [str(p) if not isinstance(p, int) else p for p in e.get("loc", ())],
                   "msg": str(e.get("msg", "invalid")), "type": str(e.get("type", "value_error"))}
                  for e in exc.errors()]
        return JSONResponse(error_body("; ".join(messages), errors), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        # an unknown address outside the API is a page a person asked for: answer with a page
        if exc.status_code == 404 and not request.url.path.startswith(("/api/", "/static/", "/openapi.json")):
            return HTMLResponse(_not_found_html(), status_code=404)
        if exc.status_code in (204, 304):
            return await http_exception_handler(request, exc)
        return JSONResponse(error_body(str(exc.detail)), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(FilterError)
    async def filter_error(_request: Request, exc: FilterError) -> JSONResponse:
        errors = [{"loc": ["query", field], "msg": message, "type": "value_error"}
                  for field, message in exc.problems if field]
        return JSONResponse(error_body(str(exc), errors), status_code=422)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        # answered by the outermost middleware, past the one that adds the security headers
        LOGGER.error("error serving %s", request.url.path, exc_info=exc)
        return JSONResponse(error_body("internal error"), status_code=500,
                            headers={**SECURITY_HEADERS, "Cache-Control": "no-store"})


def _add_ui(app: FastAPI) -> None:
    """The UI's pages (one HTML file) and its static files."""

    async def page() -> HTMLResponse:
        return HTMLResponse(_index_html())

    for path in PAGES:
        app.add_api_route(path, page, methods=["GET"], include_in_schema=False, response_class=HTMLResponse)
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
