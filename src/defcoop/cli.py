"""The `defcoop` command: a thin Typer layer over the pipeline, store, export and evaluation."""
from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from defcoop import __version__
from defcoop.errors import DefcoopError
from defcoop.settings import SETTINGS_HELP, Settings, load_settings
from defcoop.types import EVENT_TYPES

app = typer.Typer(help="Raw news in, evidence-linked international defence-cooperation events out.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
console = Console(stderr=True)
out = Console()

EXIT_SKIPPED = 3  # some inputs could not be read; everything else was done

DbOption = Annotated[Optional[str], typer.Option(
    "--db", help="Database file path or SQLAlchemy URL (default: $DEFCOOP_DB, else ./defcoop.db).")]
ConfigOption = Annotated[Optional[Path], typer.Option("--config", help="TOML file overriding defaults.toml.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, warnings or summary.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]
WorkersOption = Annotated[int, typer.Option("--workers", "-w", min=1, help="Extraction processes.")]
PathsArgument = Annotated[list[Path], typer.Argument(
    help="Files or directories (recursive) of .txt, .html, .json, .jsonl, .warc(.gz).", show_default=False)]


def _version(value: bool) -> None:
    if value:
        out.print(f"defcoop {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Show the version and exit.")] = False) -> None:
    """Raw news in, evidence-linked international defence-cooperation events out."""


@contextmanager
def _user_errors():
    """DefcoopError -> one red line and exit 1 (2 for a database to read that does not exist), never a traceback."""
    from defcoop.store.db import MissingDatabase

    try:
        yield
    except MissingDatabase as exc:  # a usage error: the --db path
        console.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except DefcoopError as exc:
        # escaped: a message may hold brackets ("unknown [model] setting") that are not markup
        console.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except OSError as exc:  # an output file that cannot be written
        console.print(f"[red]error:[/red] {escape(str(exc.filename or ''))}: {escape(str(exc.strerror or exc))}",
                      highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


def _settings(config: Path | None) -> Settings:
    return load_settings(config)


def _report_problems(report, quiet: bool) -> None:
    if quiet:
        return
    for problem in report.problems:
        colour = "red" if problem.bad else "yellow"
        label = "skipped" if problem.bad else "ignored"
        console.print(f"[{colour}]{label}:[/{colour}] {problem}", highlight=False, soft_wrap=True)


def _count_inputs(paths: list[Path]) -> int:
    """How many files `run` will read, for the progress bar (walked the way ingest walks them)."""
    from defcoop.ingest import READERS, file_kind, walk_directory

    total = 0
    for path in paths:
        files = [path] if path.is_file() else (walk_directory(path) if path.is_dir() else [])
        total += sum(1 for f in files if isinstance(f, Path) and file_kind(f) in READERS)
    return total


EngineOption = Annotated[str, typer.Option(
    "--engine", help="local (worker processes on this machine) or dask (a Dask cluster: --scheduler or "
                     "--local-workers).")]
SchedulerOption = Annotated[Optional[str], typer.Option(
    "--scheduler", help="With --engine dask: the address of a running scheduler, e.g. tcp://HOST:8786.")]
LocalWorkersOption = Annotated[Optional[int], typer.Option(
    "--local-workers", min=1, help="With --engine dask and no --scheduler: worker processes of a local cluster "
                                   "(default 2).")]

SharedInputsOption = Annotated[bool, typer.Option(
    "--shared-inputs", help="With --scheduler: the workers see the input files at the same paths (a shared file "
                            "system) and read them themselves; without it this process reads them and sends the "
                            "records. A local cluster always shares them.")]


@app.command()
def run(paths: PathsArgument, db: DbOption = None, config: ConfigOption = None, workers: WorkersOption = 1,
        quiet: QuietOption = False, as_json: JsonOption = False, engine: EngineOption = "local",
        scheduler: SchedulerOption = None, local_workers: LocalWorkersOption = None,
        shared_inputs: SharedInputsOption = False) -> None:
    """Ingest, clean, deduplicate, extract and store documents; print a summary.

    Running twice on the same input adds nothing. Exit status 3 means some inputs were
    skipped (each is listed with its reason); everything else was stored.

    Example: defcoop run samples/articles --db defcoop.db  (on Dask: --engine dask --local-workers 2)
    """
    engine = engine.strip().lower()
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"--engine must be local or dask, got {engine!r}", param_hint="--engine")
    if engine == "local" and (scheduler is not None or local_workers is not None):
        raise typer.BadParameter("--scheduler and --local-workers go with --engine dask", param_hint="--engine")
    if engine == "dask" and workers != 1:
        raise typer.BadParameter("--workers is for the local engine: with --engine dask use --local-workers or "
                                 "--scheduler", param_hint="--workers")
    if scheduler is not None and local_workers is not None:
        raise typer.BadParameter("give --scheduler (a running cluster) or --local-workers (a local one), not both",
                                 param_hint="--local-workers")
    if shared_inputs and scheduler is None:
        raise typer.BadParameter("--shared-inputs goes with --scheduler (a local cluster shares the files anyway)",
                                 param_hint="--shared-inputs")
    if engine == "dask":
        from defcoop.dask_engine import dask_client, dask_engine

        with _user_errors(), dask_client(scheduler, local_workers or 2) as client:
            if not quiet and not as_json:
                console.print(f"Dask dashboard: {client.dashboard_link}", highlight=False)
            _run(paths, db, config, workers, quiet, as_json,
                 engine=dask_engine(client, files_on_workers=shared_inputs or scheduler is None))
        return
    _run(paths, db, config, workers, quiet, as_json)


def _run(paths: list[Path], db: str | None, config: Path | None, workers: int, quiet: bool, as_json: bool,
         engine=None) -> None:
    """The body of `run`; `engine` runs the workers' tasks elsewhere than in local processes."""
    from defcoop.pipeline import RunReport, Runner
    from defcoop.store import crud
    from defcoop.store.db import database_url, display_url, open_database

    with _user_errors():
        settings = _settings(config)
        url = database_url(db or None)
        factory = open_database(url)
        report = RunReport()
        runner = Runner(factory, settings)
        show = not quiet and not as_json
        files = _count_inputs(paths) if show else 0
        with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.fields[docs]} docs, {task.fields[events]} events"), TimeElapsedColumn(),
                      console=console, disable=not show or files < 2, transient=True) as progress:
            task = progress.add_task("extracting", total=files, docs=0, events=0)
            seen_files: set[str] = set()

            def on_document(doc) -> None:
                source_file = doc.origin.split("#", 1)[0].rsplit(":", 1)[0] if doc.origin else doc.id
                if source_file not in seen_files:
                    seen_files.add(source_file)
                    progress.update(task, completed=min(len(seen_files), files))

            def on_batch(results) -> None:
                progress.update(task, docs=report.documents_stored, events=report.events_added)

            runner.run(paths, report, workers=workers, on_document=on_document, on_batch=on_batch, engine=engine)
        with factory() as session:
            stats = crud.summary(session)
    _report_problems(report, quiet)
    run_stats = {"documents_read": report.documents_read, "documents_stored": report.documents_stored,
                 "exact_duplicates": report.exact_duplicates, "near_duplicates": report.near_duplicates,
                 "events_added": report.events_added, "inputs_skipped": len(report.bad_inputs)}
    if as_json:
        out.print_json(data={"run": run_stats, "database": stats, "db": display_url(url)})
    elif not quiet:
        _print_summary(run_stats, stats, display_url(url))
    if report.bad_inputs:
        raise typer.Exit(EXIT_SKIPPED)


def _print_summary(run_stats: dict, stats: dict, url: str) -> None:
    out.print(f"[bold]defcoop run[/bold] -> {url}")
    out.print(f"read {run_stats['documents_read']} documents: {run_stats['documents_stored']} new, "
              f"{run_stats['exact_duplicates']} exact and {run_stats['near_duplicates']} near duplicates; "
              f"{run_stats['events_added']} new events; {run_stats['inputs_skipped']} inputs skipped")
    out.print(f"database: {stats['documents']} documents, {stats['sources']} sources, {stats['events']} events")
    types = Table(title="events per type", show_edge=False)
    types.add_column("type")
    types.add_column("events", justify="right")
    for etype in EVENT_TYPES:
        if stats["events_per_type"].get(etype):
            types.add_row(etype, str(stats["events_per_type"][etype]))
    pairs = Table(title="top country pairs", show_edge=False)
    pairs.add_column("pair")
    pairs.add_column("events", justify="right")
    for row in stats["top_pairs"]:
        pairs.add_row("-".join(row["countries"]), str(row["events"]))
    grid = Table.grid(padding=(0, 4))
    grid.add_row(types, pairs)
    out.print(grid)


@app.command()
def extract(paths: PathsArgument,
            output: Annotated[Path, typer.Option("--output", "-o", help="JSONL file to write ('-' for stdout).")],
            config: ConfigOption = None, workers: WorkersOption = 1, quiet: QuietOption = False) -> None:
    """Extract events from documents to SCHEMA.md JSONL, without a database.

    Example: defcoop extract ../shared/eval/dev -o events.jsonl
    """
    from defcoop.pipeline import RunReport, extract_paths

    with _user_errors():
        settings = _settings(config)
        report = RunReport()
        count = docs = 0
        to_stdout = str(output) == "-"
        with (nullcontext(sys.stdout) if to_stdout else _atomic_write(output)) as fp:
            for result in extract_paths(paths, settings, report, workers=workers):
                docs += 1
                for event in result.events:
                    fp.write(json.dumps(event.to_record(), ensure_ascii=False) + "\n")
                    count += 1
    _report_problems(report, quiet)
    if not quiet:
        console.print(f"{docs} documents, {count} events -> {output}", highlight=False)
    if report.bad_inputs:
        raise typer.Exit(EXIT_SKIPPED)


@contextmanager
def _atomic_write(path: Path, newline: str | None = None, binary: bool = False):
    """Write to PATH.part and rename on success: a failed write never leaves half a file behind."""
    tmp = path.with_name(path.name + ".part")
    try:
        with (tmp.open("wb") if binary else tmp.open("w", encoding="utf-8", newline=newline)) as fp:
            yield fp
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def _parse_pair(pair: str | None) -> tuple[str, str] | None:
    if pair is None:
        return None
    parts = [p.strip() for p in pair.split(",") if p.strip()]
    if len(parts) != 2:
        raise typer.BadParameter("give two codes or names separated by a comma, e.g. KAZ,CHN or India,Japan",
                                 param_hint="--pair")
    return parts[0], parts[1]


def _check_type(value: str | None) -> str | None:
    if value is None:
        return None
    if value.upper() not in EVENT_TYPES:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(EVENT_TYPES)}")
    return value.upper()


def _check_status(value: str | None) -> str | None:
    if value is not None and value.lower() not in ("occurred", "planned"):
        raise typer.BadParameter("status is 'occurred' or 'planned'")
    return value.lower() if value else value


def _check_date(value: str | None) -> str | None:
    from defcoop.store.filters import check_date

    if value is None:
        return None
    try:
        return check_date(value, "date")
    except DefcoopError as exc:
        raise typer.BadParameter(str(exc)) from None


TypeOption = Annotated[Optional[str], typer.Option("--type", "-t", callback=_check_type,
                                                   help=f"Event type: {', '.join(EVENT_TYPES)} (any case).")]
CountryOption = Annotated[Optional[str], typer.Option(
    "--country", "-c", help="A party's country or IGO: code, name or demonym (KAZ, Kazakhstan, Kazakh, NATO).")]
PairOption = Annotated[Optional[str], typer.Option("--pair", help="Two countries, both parties: KAZ,CHN or India,Japan.")]
SinceOption = Annotated[Optional[str], typer.Option("--since", callback=_check_date,
                                                    help="Events dated on/after: 2015, 2015-06, 2015-06-01.")]
UntilOption = Annotated[Optional[str], typer.Option("--until", callback=_check_date,
                                                    help="Events dated on/before: 2020, 2020-12, 2020-12-31.")]
StatusOption = Annotated[Optional[str], typer.Option("--status", callback=_check_status, help="occurred or planned.")]
MinConfidenceOption = Annotated[Optional[float], typer.Option(
    "--min-confidence", min=0.0, max=1.0,
    help="Only events at least this likely to be right (calibrated: of events at 0.8, about 8 in 10 are).")]
TextOption = Annotated[Optional[str], typer.Option(
    "--q", help="Words that must all occur in an evidence sentence (word* for a prefix).")]
RejectedOption = Annotated[bool, typer.Option("--include-rejected", help="Also events a reviewer rejected.")]


def _filters(*, type_: str | None, country: str | None, pair: str | None, since: str | None, until: str | None,
             status: str | None, min_confidence: float | None, q: str | None, include_rejected: bool):
    """The EventFilters of the command line; a bad value is a usage error naming its option (exit 2)."""
    from defcoop.store.crud import FilterError
    from defcoop.store.filters import EventFilters

    try:
        return EventFilters(types=(type_,) if type_ else (), country=country, pair=_parse_pair(pair), since=since,
                            until=until, status=status, min_confidence=min_confidence, q=q,
                            include_rejected=include_rejected)
    except FilterError as exc:
        field = exc.field or "filter"
        message = str(exc).removeprefix(f"{field}: ")
        raise typer.BadParameter(message, param_hint=f"--{field.replace('_', '-')}") from None


def _open_to_read(db: str | None):
    """The sessionmaker of an existing database (a missing file is refused: MissingDatabase, exit 2)."""
    from defcoop.store.db import database_url, open_database

    return open_database(database_url(db or None), create=False)


@app.command()
def events(type_: TypeOption = None, country: CountryOption = None, pair: PairOption = None,
           since: SinceOption = None, until: UntilOption = None, status: StatusOption = None,
           min_confidence: MinConfidenceOption = None, q: TextOption = None, include_rejected: RejectedOption = False,
           db: DbOption = None, limit: Annotated[int, typer.Option(min=1, help="At most this many events.")] = 50,
           show_all: Annotated[bool, typer.Option("--all", help="Every matching event (no limit).")] = False,
           wide: Annotated[bool, typer.Option("--wide", help="Every column (item, status, roles, full evidence); "
                                                              "the default fits 80 columns.")] = False,
           as_json: Annotated[bool, typer.Option("--json", help="One JSON event per line.")] = False) -> None:
    """List stored events in the order they were stored, with filters; says how many match.

    Example: defcoop events --type transfer --country India --since 2015 --until 2020 --min-confidence 0.7
    """
    from itertools import islice

    from defcoop.store.queries import count_events, iter_stored

    filters = _filters(type_=type_, country=country, pair=pair, since=since, until=until, status=status,
                       min_confidence=min_confidence, q=q, include_rejected=include_rejected)
    with _user_errors():
        factory = _open_to_read(db)
        with factory() as session:
            total = count_events(session, filters)
            pages = iter_stored(session, filters, page_size=500 if show_all else min(limit, 500))
            rows = list(islice(pages, None if show_all else limit))
    if as_json:
        for row in rows:
            out.print(json.dumps({"id": row.id, **row.event.to_record(), "source_count": row.source_count},
                                 ensure_ascii=False), soft_wrap=True, highlight=False, markup=False)
    else:
        from defcoop.export.console import events_table

        # --wide lays out for 160 columns at least: a narrower terminal wraps the lines, never the cells
        (Console(width=max(out.width, 160)) if wide else out).print(events_table(rows, wide=wide))
    more = "" if len(rows) >= total else "; --limit N or --all for more"
    (console if as_json else out).print(f"{len(rows)} of {total} events{more}", highlight=False)


@app.command()
def export(fmt: Annotated[str, typer.Option(
               "--format", "-f", help="jsonl, graphml, csv, xlsx, dyads (a row per country pair per event) or "
                                      "dyad-year (country pair x year panel, counts per type); any case.")],
           output: Annotated[Path, typer.Option("--output", "-o", help="File to write (a table to *.xlsx: a workbook).")],
           fields: Annotated[Optional[str], typer.Option(
               "--fields", help="Columns of a table, in order: id,date,type,countries,source_urls.")] = None,
           excel: Annotated[bool, typer.Option("--excel", help="CSV with a UTF-8 byte-order mark, so Excel reads "
                                                               "accents right.")] = False,
           type_: TypeOption = None, country: CountryOption = None, pair: PairOption = None,
           since: SinceOption = None, until: UntilOption = None, status: StatusOption = None,
           min_confidence: MinConfidenceOption = None, q: TextOption = None, include_rejected: RejectedOption = False,
           db: DbOption = None) -> None:
    """Export stored events: JSONL (SCHEMA.md), GraphML (country network), or a table for analysis
    (events with their sources, dyads, dyad-year panel) as CSV or XLSX.

    Example: defcoop export --format dyad-year -o panel.xlsx --type TRANSFER --since 2010
    """
    from defcoop.export import ExportError, ExportOptions, parse_fields, write_export
    from defcoop.store.queries import iter_stored

    text_format = fmt.strip().lower() in ("jsonl", "graphml")
    if output.suffix.lower() == ".xlsx" and text_format:
        raise typer.BadParameter(f"{output} names a workbook but --format {fmt} writes text: "
                                 f"use a .{fmt.strip().lower()} file or a table format", param_hint="--output")
    try:
        options = ExportOptions(fmt, fields=parse_fields(fields), excel=excel,
                                workbook=output.suffix.lower() == ".xlsx" and not text_format)
    except ExportError as exc:
        raise typer.BadParameter(str(exc), param_hint=f"--{exc.option}") from None
    filters = _filters(type_=type_, country=country, pair=pair, since=since, until=until, status=status,
                       min_confidence=min_confidence, q=q, include_rejected=include_rejected)
    with _user_errors():
        factory = _open_to_read(db)
        with factory() as session, _atomic_write(output, binary=True) as fp:
            written = write_export(iter_stored(session, filters), fp, options)
    unit = "events" if options.table in (None, "events") else "rows"
    console.print(f"wrote {written} {unit} to {output}", highlight=False)


@app.command()
def check(db: DbOption = None) -> None:
    """Check a database's integrity (foreign keys, index tables against a rebuild, documents without sources,
    events without evidence or parties, impossible dates); print each finding; exit 1 on any.

    Example: defcoop check --db defcoop.db
    """
    from defcoop.store.integrity import check_database

    with _user_errors():
        factory = _open_to_read(db)
        with factory() as session:
            findings = check_database(session)
    for finding in findings:
        out.print(escape(str(finding)), highlight=False, soft_wrap=True)
    console.print(f"{len(findings)} finding(s)" if findings else "no findings: the database is sound", highlight=False)
    if findings:
        raise typer.Exit(1)


@app.command("settings")
def show_settings(config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Show every setting with its value (defaults.toml, --config, DEFCOOP_<NAME>) and what it does.

    Example: DEFCOOP_BATCH_SIZE=8 defcoop settings
    """
    with _user_errors():
        values = _settings(config)
    rows = {name: getattr(values, name) for name in SETTINGS_HELP}
    if as_json:
        out.print_json(data=rows)
        return
    table = Table(show_edge=False)
    for col in ("setting", "value", "what it does"):
        table.add_column(col)
    for name, value in rows.items():
        table.add_row(name, str(value), SETTINGS_HELP[name])
    out.print(table)


ReviewTokenOption = Annotated[Optional[str], typer.Option(
    "--review-token", envvar="DEFCOOP_REVIEW_TOKEN", show_default=False, show_envvar=True,
    help="Token that enables reviews (clients send 'Authorization: Bearer TOKEN'); without it the server is "
         "read-only.")]


def _check_listen(host: str, port: int) -> None:
    """Fail with one line before uvicorn starts when the address cannot be bound."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise typer.BadParameter(f"cannot resolve {host}: {exc.strerror or exc}", param_hint="--host") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            raise DefcoopError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


@app.command()
def serve(db: DbOption = None,
          host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
          port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
          review_token: ReviewTokenOption = None,
          allowed_hosts: Annotated[Optional[str], typer.Option(
              "--allowed-hosts", show_default=False,
              help="Host names to answer, comma-separated (*.example.org allowed); requests naming another Host "
                   "get 400. Default: the allowed_hosts setting (empty: every host).")] = None,
          workers: Annotated[int, typer.Option(
              min=1, max=32, help="Server processes answering requests (more answer more clients at once; "
                                  "each has its own connections to the database).")] = 1,
          config: ConfigOption = None, quiet: QuietOption = False) -> None:
    """Serve the web UI and the REST API (read-only unless a review token is set).

    The UI is at http://HOST:PORT/, the API under /api/ and its OpenAPI schema at /openapi.json.
    Example: DEFCOOP_REVIEW_TOKEN=s3cret defcoop serve --db defcoop.db --port 8000 --allowed-hosts localhost,127.0.0.1
    """
    import uvicorn

    from defcoop.api import create_app
    from defcoop.api.middleware import parse_allowed_hosts
    from defcoop.store.db import database_url, display_url

    with _user_errors():
        try:
            hosts = parse_allowed_hosts(allowed_hosts if allowed_hosts is not None else _settings(config).allowed_hosts)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--allowed-hosts") from None
        url = database_url(db or None)
        _check_listen(host, port)
        application = create_app(url, review_token=review_token, create=False, allowed_hosts=hosts)
    if not quiet:
        mode = "reviews enabled" if review_token else "read-only: set --review-token to enable reviews"
        console.print(f"serving {display_url(url)} at http://{host}:{port}/ ({mode}); Ctrl+C stops", highlight=False)
    log_level = "warning" if quiet else "info"
    try:
        if workers == 1:
            uvicorn.run(application, host=host, port=port, log_level=log_level)
        else:  # each worker process makes its app from what these variables say (api.app.app_from_environment)
            application.state.engine.dispose()
            os.environ.update({"DEFCOOP_DB": url, "DEFCOOP_ALLOWED_HOSTS": ",".join(hosts)})
            if review_token:
                os.environ["DEFCOOP_REVIEW_TOKEN"] = review_token
            else:
                os.environ.pop("DEFCOOP_REVIEW_TOKEN", None)
            uvicorn.run("defcoop.api.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                        log_level=log_level)
    finally:
        application.state.engine.dispose()  # the app's shutdown does it too; this covers a failed start



if __name__ == "__main__":  # python -m defcoop.cli: run the module proper, which cli_sources imports from
    from defcoop.cli import app as _app

    _app()
else:
    from defcoop.cli_bench import register as _register_bench  # these use the helpers above
    from defcoop.cli_quality import register as _register_quality
    from defcoop.cli_sources import register as _register_sources

    _register_quality(app)
    _register_bench(app)
    _register_sources(app)
