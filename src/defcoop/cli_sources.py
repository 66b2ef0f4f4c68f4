"""CLI commands for live sources: `sources add|list`, `fetch`, `watch`, `bench-fetch`.

A thin layer over `defcoop.sources`; registered on the main app by `register(app)` in cli.py.
"""
from __future__ import annotations

import re
import signal
import threading
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from defcoop.cli import (ConfigOption, DbOption, EXIT_SKIPPED, JsonOption, QuietOption, WorkersOption,
                         _check_date, _report_problems, _settings, _user_errors, console, out)

sources_app = typer.Typer(help="Live sources: news feeds, sitemaps and URL lists to follow.", no_args_is_help=True)
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: str) -> float:
    """Seconds from 90, 90s, 15m, 2h or 1d."""
    match = _DURATION.match(value or "")
    if not match or float(match.group(1)) <= 0:
        raise typer.BadParameter(f"{value!r} is not a duration like 30s, 15m, 2h or 1d")
    return float(match.group(1)) * _UNITS[match.group(2)]


SourceNameOption = Annotated[Optional[list[str]], typer.Option(
    "--source", "-s", help="Only this source (by name; repeatable).")]
ArchiveOption = Annotated[Optional[str], typer.Option(
    "--archive", help="WARC archive folder (default: the archive_dir setting).")]


@sources_app.command("add")
def sources_add(url: Annotated[str, typer.Argument(help="Feed, sitemap (or sitemap index) or URL-list address.")],
                name: Annotated[Optional[str], typer.Option(help="Name to refer to it by (default: its host).")] = None,
                lang: Annotated[Optional[str], typer.Option(help="Language of its articles, e.g. en.")] = None,
                kind: Annotated[Optional[str], typer.Option(
                    help="feed, sitemap or urls (default: guessed from the address, else found at the first fetch)."
                )] = None,
                db: DbOption = None) -> None:
    """Add a source to follow. Nothing is fetched until `defcoop fetch` or `watch`.

    Example: defcoop sources add https://www.example-agency.kz/rss/defence.xml --name Kazinform --lang en
    """
    from defcoop.sources import add_source
    from defcoop.store.db import database_url, open_database

    with _user_errors():
        factory = open_database(database_url(db or None))
        with factory.begin() as session:
            row = add_source(session, url, name, lang, kind)
            line = f"added {row.name}: {row.url} ({row.kind})"
    console.print(line, highlight=False, markup=False)


@sources_app.command("list")
def sources_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List sources with their health: kind, last fetch, new articles, pages by state and the last error.

    Example: defcoop sources list
    """
    from defcoop.sources import list_sources
    from defcoop.sources.state import page_counts
    from defcoop.store.db import database_url, open_database

    with _user_errors():
        factory = open_database(database_url(db or None))
        with factory() as session:
            counts = page_counts(session)
            rows = [{"name": s.name, "url": s.url, "kind": s.kind, "lang": s.lang,
                     "last_fetch": s.last_fetch_at.isoformat(timespec="seconds") if s.last_fetch_at else None,
                     "last_ok": s.last_ok_at.isoformat(timespec="seconds") if s.last_ok_at else None,
                     "new_articles": s.new_articles, "total_articles": s.total_articles,
                     "failures_in_a_row": s.failures, "last_error": s.last_error, "pages": counts.get(s.id, {})}
                    for s in list_sources(session)]
    if as_json:
        out.print_json(data=rows)
        return
    table = Table(show_edge=False)
    for col in ("name", "kind", "last fetch", "new", "total", "pages", "health"):
        table.add_column(col, overflow="fold")
    for row in rows:
        pages = ", ".join(f"{n} {status}" for status, n in sorted(row["pages"].items()))
        health = "never fetched" if not row["last_fetch"] else (
            "ok" if not row["last_error"] else f"[red]failing ({row['failures_in_a_row']}x)[/red]: "
                                               f"{escape(row['last_error'][:200])}")
        table.add_row(escape(row["name"]), row["kind"], row["last_fetch"] or "-", str(row["new_articles"]),
                      str(row["total_articles"]), pages, health)
    out.print(table)


def _print_fetch(report, quiet: bool) -> None:
    if quiet:
        return
    if not report.sources:
        console.print("no sources yet: add one with `defcoop sources add URL`", highlight=False, markup=False)
    _report_problems(report.run, quiet)
    for name, error in report.source_errors.items():
        console.print(f"[red]source {escape(name)} failed:[/red] {escape(error)}", highlight=False, soft_wrap=True)
    for reasons, label in ((report.skipped, "skipped"), (report.failed, "failed")):
        for reason, n in reasons.most_common(10):
            console.print(f"{label}: {n} page(s): {escape(reason)}", highlight=False, soft_wrap=True)
    out.print(f"{report.sources} sources, {len(report.source_errors)} failing; {report.discovered} new URLs; "
              f"{report.fetched} pages fetched, {sum(report.skipped.values())} skipped, "
              f"{sum(report.failed.values())} failed ({report.requests} requests); "
              f"{report.run.documents_stored} documents stored, {report.run.events_added} new events "
              f"({report.seconds:.1f} s)", highlight=False)


def _crawler(db, config, archive, workers):
    from defcoop.sources import Crawler
    from defcoop.store.db import database_url, open_database

    settings = _settings(config)
    factory = open_database(database_url(db or None))
    return Crawler(factory, settings, archive, workers=workers, log=lambda m: console.print(m, highlight=False))


def fetch(source: SourceNameOption = None,
          since: Annotated[Optional[str], typer.Option(
              "--since", callback=_check_date, help="Only entries dated on/after this (undated ones too): "
                                                     "2024, 2024-06, 2024-06-01.")] = None,
          db: DbOption = None, config: ConfigOption = None, archive: ArchiveOption = None,
          workers: WorkersOption = 1, quiet: QuietOption = False, as_json: JsonOption = False) -> None:
    """Discover new pages of the sources, fetch them politely into the WARC archive and run the pipeline on them.

    Exit status 3 when a source failed or a page could not be read (each listed with its reason).
    Example: defcoop fetch --source Kazinform --since 2024-01-01
    """
    with _user_errors(), _crawler(db, config, archive, workers) as crawler:
        report = crawler.fetch(source or None, since)
    if as_json:
        out.print_json(data=report.as_dict())
    else:
        _print_fetch(report, quiet)
    if report.source_errors or report.run.bad_inputs:
        raise typer.Exit(EXIT_SKIPPED)


def watch(every: Annotated[str, typer.Option(help="Time between fetches: 30s, 15m, 2h.")] = "15m",
          source: SourceNameOption = None, db: DbOption = None, config: ConfigOption = None,
          archive: ArchiveOption = None, workers: WorkersOption = 1,
          cycles: Annotated[Optional[int], typer.Option(min=1, help="Stop after this many fetches.")] = None,
          quiet: QuietOption = False) -> None:
    """Fetch the sources on a schedule until stopped (Ctrl+C); safe to kill at any point.

    A killed watch resumes where it stopped, without fetching a page twice.

    Example: defcoop watch --every 15m
    """
    seconds = parse_duration(every)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    with _user_errors(), _crawler(db, config, archive, workers) as crawler:
        if not quiet:
            console.print(f"watching every {every} (Ctrl+C stops)", highlight=False)
        crawler.watch(seconds, source or None, cycles, stop, on_report=lambda r: _print_fetch(r, quiet))


def bench_fetch(pages: Annotated[int, typer.Option("--pages", "-n", min=20, help="Pages in all.")] = 2000,
                hosts: Annotated[int, typer.Option(min=1, max=200, help="Hosts (loopback addresses).")] = 20,
                config: ConfigOption = None,
                extract: Annotated[bool, typer.Option(help="Also run the pipeline, overlapping the fetch.")] = True,
                as_json: JsonOption = False) -> None:
    """Fetch pages from local servers (127.0.0.2...): pages/s polite and relaxed, and fetch/extract overlap.

    Example: defcoop bench-fetch --pages 2000 --hosts 20
    """
    from defcoop.sources.bench import run_fetch_benchmark

    with _user_errors():
        result = run_fetch_benchmark(pages, hosts, _settings(config), extract=extract,
                                     log=None if as_json else lambda m: console.print(m, highlight=False))
    if as_json:
        out.print_json(data=result)
        return
    table = Table(title=f"defcoop bench-fetch: {pages} pages on {hosts} hosts", show_edge=False, padding=(0, 1))
    for col in ("run", "delay", "/host", "threads", "fetch s", "pages/s", "stored", "1st batch s", "total s"):
        table.add_column(col, justify="left" if col == "run" else "right")
    for row in result["rows"]:
        table.add_row(row["run"], f"{row['delay']:g}", str(row["host_concurrency"]), str(row["threads"]),
                      f"{row['fetch_seconds']:.1f}", f"{row['pages_per_s']:.1f}", str(row["stored"]),
                      "-" if row["first_stored_s"] is None else f"{row['first_stored_s']:.1f}",
                      f"{row['seconds']:.1f}")
    out.print(table)
    for line in result["verdicts"]:
        out.print(line, highlight=False)


def register(app: typer.Typer) -> None:
    """Add the live-source commands to the main `defcoop` app."""
    app.add_typer(sources_app, name="sources")
    app.command()(fetch)
    app.command()(watch)
    app.command("bench-fetch")(bench_fetch)
