"""Merge lookup benchmark: how many new events per millisecond the store can match against the stored ones.

For each size, a database of that many synthetic stored events (`bench_api.fill_database`:
seeded, the same every run) and a fixed set of new synthetic reports (random type, pair of
countries and date, as the extractor would give); each report is looked up as `save_result`
does (`merge_lookup.merge_targets`: candidate ids, their views, the best match), nothing written.
The figure that matters is the ratio between sizes: a lookup bounded by an index costs the
same at 1,000 and at 50,000 stored events.
"""
from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from defcoop.errors import DefcoopError
from defcoop.store.db import display_url
from defcoop.types import EVENT_TYPES, Actor, Event, Party

BENCH_SITE = "https://news.example/"  # where bench_api.fill_database says its documents come from

LOOKUPS = 2000


def _reports(n: int, seed: int) -> list[tuple[Event, str]]:
    """`n` synthetic (event, publication date) pairs to look up."""
    from defcoop.bench_api import CODES, _date, _weights

    rng = random.Random(seed)
    out = []
    for i in range(n):
        first, second = rng.choices(CODES, _weights(len(CODES)), k=2)
        if first == second:
            second = CODES[(CODES.index(first) + 1) % len(CODES)]
        etype = rng.choice(EVENT_TYPES)
        roles = ("supplier", "recipient") if etype == "TRANSFER" else ("participant", "participant")
        parties = [Party(Actor(first, "country", first), roles[0]), Party(Actor(second, "country", second), roles[1])]
        published = f"{rng.randint(2000, 2025):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append((Event(f"new-{i}", etype, "occurred", parties, "x", 0, 1, date=_date(rng)), published))
    return out


def time_lookups(url: str, reports: list[tuple[Event, str]]) -> float:
    """Lookups per millisecond of `reports` against the database at `url` (one warm-up pass over a tenth)."""
    from defcoop.store import merge_lookup
    from defcoop.store.db import engine_of, open_database

    factory = open_database(url)
    try:
        with factory() as session:
            for event, published in reports[:len(reports) // 10]:
                merge_lookup.merge_targets(session, [event], published)
            start = time.perf_counter()
            for event, published in reports:
                merge_lookup.merge_targets(session, [event], published)
            elapsed_ms = (time.perf_counter() - start) * 1000
    finally:
        engine_of(factory).dispose()
    return len(reports) / elapsed_ms


def run_merge_benchmark(sizes: list[int], lookups: int = LOOKUPS, db: str | None = None, seed: int = 11,
                        log: Callable[[str], None] | None = None) -> dict:
    """Lookups per ms at each number of stored events; `db` (a URL of an empty server database, e.g.
    PostgreSQL) is filled and emptied per size, else a temporary SQLite file is used."""
    from defcoop.bench_api import fill_database
    from defcoop.store.db import database_url

    reports = _reports(lookups, seed)
    rows = []
    with tempfile.TemporaryDirectory(prefix="defcoop-bench-merge-") as tmp:
        for size in sizes:
            url = database_url(db) if db else database_url(str(Path(tmp) / f"merge-{size}.db"))
            if db:
                _empty(url)
            fill_database(url, size, log=log)
            rate = time_lookups(url, reports)
            rows.append({"stored_events": size, "lookups": lookups, "lookups_per_ms": round(rate, 2)})
            if log:
                log(f"{size:>9,} stored events: {rate:.2f} lookups/ms")
    first, last = rows[0]["lookups_per_ms"], rows[-1]["lookups_per_ms"]
    return {"rows": rows, "ratio_last_to_first": round(last / first, 2) if first else None}


def _empty(url: str) -> None:
    """Drop the tables a previous size left in the server database given with --db, so each size starts
    from nothing. Refuses a database with other tables or with documents the benchmark did not make:
    `--db` must never wipe a real database."""
    from sqlalchemy import MetaData, create_engine, func, or_, select

    engine = create_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    if meta.tables and "documents" not in meta.tables:
        engine.dispose()
        raise DefcoopError(f"{display_url(url)} holds tables that are not defcoop's: give an empty database")
    if "documents" in meta.tables:
        documents = meta.tables["documents"]
        with engine.connect() as connection:  # the benchmark's own documents all live at news.example
            foreign = connection.scalar(select(func.count()).select_from(documents)
                                        .where(or_(documents.c.url.is_(None),
                                                   ~documents.c.url.like(f"{BENCH_SITE}%"))))
        if foreign:
            engine.dispose()
            raise DefcoopError(f"{display_url(url)} holds documents that bench-merge did not make: "
                               "give an empty database (bench-merge drops and refills it)")
    with engine.begin() as connection:
        meta.drop_all(connection)
        connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    engine.dispose()
