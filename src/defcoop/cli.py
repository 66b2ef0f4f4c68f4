"""The `defcoop` command: a thin Typer layer over the pipeline, store, export and evaluation."""
from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
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


@app.command()
def run(paths: PathsArgument, db: DbOption = None, config: ConfigOption = None, workers: WorkersOption = 1,
        quiet: QuietOption = False, as_json: JsonOption = False, engine: EngineOption = "local",
        scheduler: SchedulerOption = None, local_workers: LocalWorkersOption = None) -> None:
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
    if engine == "dask":
        from defcoop.dask_engine import dask_client, extract_on_dask

        with _user_errors(), dask_client(scheduler, local_workers or 2) as client:
            if not quiet and not as_json:
                console.print(f"Dask dashboard: {client.dashboard_link}", highlight=False)
            settings = _settings(config)
            _run(paths, db, config, workers, quiet, as_json,
                 extract=lambda batches: extract_on_dask(client, batches, settings))
        return
    _run(paths, db, config, workers, quiet, as_json)


def _run(paths: list[Path], db: str | None, config: Path | None, workers: int, quiet: bool, as_json: bool,
         extract=None) -> None:
    """The body of `run`; `extract` extracts batches elsewhere than in local worker processes."""
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

            runner.run(paths, report, workers=workers, on_document=on_document, on_batch=on_batch, extract=extract)
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
    from defcoop.store.queries import check_date

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
    from defcoop.store.queries import EventFilters

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


@app.command("eval")
def evaluate(gold_dir: Annotated[Path, typer.Argument(help="Folder with *.doc.json and *.gold.json.")],
             config: ConfigOption = None,
             docs: Annotated[Optional[list[Path]], typer.Option(
                 "--docs", help="Documents to extract (any input format); default: GOLD_DIR/*.doc.json.")] = None,
             predictions: Annotated[Optional[Path], typer.Option(
                 "--predictions", "-p", help="Also write the predicted events here (JSONL).")] = None,
             fail_under: Annotated[Optional[float], typer.Option(help="Exit 1 if dyad F1 is below this.")] = None,
             explain_errors: Annotated[bool, typer.Option(
                 "--explain", help="List each missed and spurious dyad per document, with its sentence and "
                                   "the extractor's reason.")] = False,
             resamples: Annotated[int, typer.Option(
                 "--bootstrap", min=0, help="Resamples of documents for the 95% intervals (0: none).")] = 1000,
             as_json: JsonOption = False) -> None:
    """Extract the *.doc.json in GOLD_DIR (or --docs) and score them against *.gold.json (SCHEMA.md scoring).

    Example: defcoop eval ../shared/eval/dev --explain   or   defcoop eval samples/gold --docs samples/articles
    """
    from defcoop.evaluate import bootstrap, explain, load_gold, score, transfer_swaps
    from defcoop.pipeline import RunReport, extract_paths

    with _user_errors():
        settings = _settings(config)
        gold = load_gold(gold_dir)
        inputs = docs or sorted(gold_dir.glob("*.doc.json"))
        report = RunReport()
        preds: dict[str, list[dict]] = defaultdict(list)
        for result in extract_paths(inputs, settings, report):
            preds[result.document.id].extend(e.to_record() for e in result.events)
        if predictions:
            with _atomic_write(predictions) as fp:
                for records in preds.values():
                    for rec in records:
                        fp.write(json.dumps(rec, ensure_ascii=False) + "\n")
        summary, errors = score(gold, preds)
        swaps = transfer_swaps(gold, preds)
        intervals = bootstrap(gold, preds, resamples) if resamples else {}
    _report_problems(report, as_json)
    summary["transfer_swaps"] = len(swaps)
    summary["intervals"] = intervals
    explained = explain(errors, preds) if explain_errors else {}
    if as_json:
        if explain_errors:
            summary["explain"] = {doc_id: {kind: [{"dyad": list(e.dyad), "evidence": e.evidence, "reasons": e.reasons}
                                                  for e in items] for kind, items in parts.items()}
                                  for doc_id, parts in explained.items()}
        out.print_json(data=summary)
    else:
        _print_explained(explained)
        table = Table(title=f"{gold_dir}: {summary['docs']} documents", show_edge=False)
        for col in ("type", "P", "R", "F1", "95% interval", "tp", "fp", "fn"):
            table.add_column(col, justify="right" if col != "type" else "left")

        def interval(key: str) -> str:
            return "{:.3f}-{:.3f}".format(*intervals[key]) if key in intervals else "-"

        for etype, v in summary["per_type"].items():
            table.add_row(etype, f"{v['p']:.3f}", f"{v['r']:.3f}", f"{v['f1']:.3f}", interval(etype), str(v["tp"]),
                          str(v["fp"]), str(v["fn"]))
        table.add_row("ALL", f"{summary['dyad_precision']:.3f}", f"{summary['dyad_recall']:.3f}",
                      f"{summary['dyad_f1']:.3f}", interval("ALL"), str(summary["tp"]), str(summary["fp"]),
                      str(summary["fn"]), style="bold")
        out.print(table)
        out.print(f"event F1 {summary['event_f1']}  status acc {summary['status_accuracy']}  "
                  f"date acc {summary['date_accuracy']} [{interval('date')}]  location acc "
                  f"{summary['location_accuracy']}  person F1 {summary['person_f1']} [{interval('person')}]  "
                  f"TRANSFER swaps {len(swaps)}")
    if fail_under is not None and summary["dyad_f1"] < fail_under:
        raise typer.Exit(1)


def _print_explained(explained: dict) -> None:
    """The --explain listing: per document, each missed (-) and spurious (+) dyad, why."""
    for doc_id, parts in explained.items():
        out.print(f"[bold]{doc_id}[/bold]", highlight=False)
        for kind, mark in (("missed", "[red]- missed[/red]"), ("spurious", "[yellow]+ spurious[/yellow]")):
            for item in parts[kind]:
                out.print(f"  {mark} {' '.join(item.dyad)}", highlight=False)
                out.print(f"      sentence: {' '.join(item.evidence.split())[:300]}", highlight=False, markup=False)
                for reason in item.reasons:
                    out.print(f"      extractor: {reason}", highlight=False, markup=False)
    if explained:
        out.print()


@app.command("eval-merge")
def evaluate_merging(gold_dir: Annotated[Path, typer.Argument(
                         help="Folder with *.doc.json and *.gold.json whose events carry a 'story' id.")],
                     config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Store GOLD_DIR's documents in a scratch database and score cross-source merging, pairwise.

    Two reports of events in different documents are a gold pair when they share a story
    id; a predicted pair when the database holds them as one event.

    Example: defcoop eval-merge tests/data/merge
    """
    import tempfile

    from defcoop.evaluate import load_gold, score_merging
    from defcoop.pipeline import RunReport, Runner
    from defcoop.store import crud
    from defcoop.store.db import engine_of, open_database

    with _user_errors(), tempfile.TemporaryDirectory(prefix="defcoop-merge-") as scratch:
        settings = _settings(config)
        gold = load_gold(gold_dir)
        factory = open_database(str(Path(scratch) / "merge.db"))
        report = RunReport()
        try:
            Runner(factory, settings).run(sorted(gold_dir.glob("*.doc.json")), report)
            with factory() as session:
                stored = [[{**row.event.to_record(), "doc_id": ev.doc_id, "evidence": ev.text} for ev in row.evidence]
                          for row in crud.iter_events(session)]
        finally:
            engine_of(factory).dispose()
        result = score_merging(gold, stored)
    _report_problems(report, as_json)
    figures = {"documents": report.documents_stored, "events": len(stored),
               "merged_events": sum(1 for reports in stored if len({r["doc_id"] for r in reports}) > 1),
               **result.as_dict()}
    if as_json:
        out.print_json(data={**figures, "wrong_merges": result.wrong_merges, "missed_merges": result.missed_merges})
        return
    out.print(f"{gold_dir}: {figures['documents']} documents -> {figures['events']} events "
              f"({figures['merged_events']} with several sources)")
    out.print(f"merge pairs: precision {figures['precision']:.3f}  recall {figures['recall']:.3f}  "
              f"F1 {figures['f1']:.3f}  (tp {result.tp}, fp {result.fp}, fn {result.fn}; "
              f"{result.gold_pairs} gold pairs, {result.unextracted_pairs} not scorable: an event not extracted)")
    for title, pairs in (("wrong merges", result.wrong_merges), ("missed merges", result.missed_merges)):
        for (doc_a, story_a), (doc_b, story_b) in pairs:
            out.print(f"  {title[:-1]}: {doc_a} ({story_a}) + {doc_b} ({story_b})", highlight=False)


def _labelled_events(gold_dirs: list[Path], settings: Settings) -> tuple[list, list[bool]]:
    """Events extracted from the *.doc.json of `gold_dirs`, and whether each is right (see
    `evaluate.event_is_right`); events with no country pair are left out."""
    from defcoop.evaluate import event_is_right, load_gold
    from defcoop.pipeline import RunReport, extract_paths

    events, labels = [], []
    for gold_dir in gold_dirs:
        gold = load_gold(gold_dir)
        for result in extract_paths(sorted(gold_dir.glob("*.doc.json")), settings, RunReport()):
            for event in result.events:
                right = event_is_right(gold.get(result.document.id, []), event.to_record())
                if right is not None:
                    events.append(event)
                    labels.append(right)
    return events, labels


def _print_reliability(title: str, rows: list[dict], ece: float) -> None:
    table = Table(title=f"{title} (expected calibration error {ece:.3f})", show_edge=False)
    for col in ("confidence bin", "events", "mean confidence", "share right"):
        table.add_column(col, justify="right")
    for row in rows:
        table.add_row(row["bin"], str(row["events"]), "" if row["confidence"] is None else f"{row['confidence']:.3f}",
                      "" if row["accuracy"] is None else f"{row['accuracy']:.3f}")
    out.print(table)


@app.command()
def calibrate(gold_dirs: Annotated[list[Path], typer.Argument(help="Folders of *.doc.json + *.gold.json to fit on.")],
              output: Annotated[Path, typer.Option("--output", "-o", help="Model file to write (JSON).")],
              check: Annotated[Optional[Path], typer.Option(
                  help="A held-out folder of *.doc.json + *.gold.json: print its reliability table.")] = None,
              config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Fit the confidence model on annotated folders; use it with the confidence_model setting.

    An event is right when at least half of its country pairs are gold pairs. The model is a
    logistic regression over how the event was read (trigger strength, rules used, type).

    Example: defcoop calibrate tests/data/corpus/tuning ../shared/eval/dev -o confidence.json --check tests/data/heldout
    """
    import dataclasses
    import tempfile

    from defcoop.extract.confidence import fit, load_model, reliability

    with _user_errors(), tempfile.TemporaryDirectory(prefix="defcoop-calibrate-") as scratch:
        settings = _settings(config)
        template = load_model(settings.confidence_model)
        unfitted = Path(scratch) / "raw.json"
        unfitted.write_text(json.dumps({"features": [f.name for f in template.features]}), encoding="utf-8")
        raw_settings = dataclasses.replace(settings, confidence_model=str(unfitted))
        events, labels = _labelled_events(gold_dirs, raw_settings)
        if not events:
            raise DefcoopError(f"no events with a country pair in {', '.join(map(str, gold_dirs))}: nothing to fit")
        model = fit(template, events, labels)
        model.fitted_on = {"folders": [str(d) for d in gold_dirs], "events": len(events), "right": sum(labels)}
        report = {"fitted_on": model.fitted_on}
        if check is not None:
            held_events, held_labels = _labelled_events([check], raw_settings)
            raw_rows, raw_ece = reliability([e.confidence for e in held_events], held_labels)
            rows, ece = reliability([model.probability(e) for e in held_events], held_labels)
            model.fitted_on["checked_on"] = {"folder": str(check), "events": len(held_events), "ece": ece,
                                             "ece_uncalibrated": raw_ece, "reliability": rows}
            report.update(check=str(check), reliability=rows, ece=ece, uncalibrated=raw_rows, ece_uncalibrated=raw_ece)
        with _atomic_write(output) as fp:
            fp.write(json.dumps(model.to_json(), indent=1) + "\n")
    if as_json:
        out.print_json(data=report)
        return
    out.print(f"fitted on {model.fitted_on['events']} events ({model.fitted_on['right']} right) -> {output}")
    if check is not None:
        _print_reliability(f"{check}: uncalibrated", report["uncalibrated"], report["ece_uncalibrated"])
        _print_reliability(f"{check}: calibrated", report["reliability"], report["ece"])


@app.command()
def train(recipe: Annotated[Path, typer.Argument(help="Training recipe (TOML), e.g. training/pairs.toml.")],
          cv: Annotated[bool, typer.Option("--cv", help="First score the model leaving one writer out at a time, "
                                                         "against the rules alone.")] = False,
          output: Annotated[Optional[Path], typer.Option(
              "--output", "-o", help="Where to write the weights (default: the recipe's output).")] = None,
          config: ConfigOption = None) -> None:
    """Fit the pair model on the recipe's annotated sets and write its weights (needs scikit-learn:
    pip install -e '.[train]').

    Example: defcoop train training/pairs.toml --cv
    """
    from defcoop.extract import get_extractor
    from defcoop.extract.classifier import PEOPLE_FILE
    from defcoop.learn.recipe import read_recipe, train as train_model

    with _user_errors():
        plan = read_recipe(recipe)
        settings = _settings(config)
        extractor = get_extractor(Settings(**{**settings.__dict__, "pair_model": "none", "people_model": "none"}))
        with console.status("parsing, labelling and fitting"):
            report = train_model(plan, extractor, cross_validation=cv)
        target = output or plan.output
        target.parent.mkdir(parents=True, exist_ok=True)
        report.model.save(target)
        if report.people is not None:
            report.people.save(target.with_name(PEOPLE_FILE))
    for missing in report.missing_sets:
        console.print(f"[yellow]skipped:[/yellow] {missing}: not present (see its README to fill it)")
    if report.groups:
        table = Table(title="leaving one writer out: dyad P / R / F1", show_edge=False)
        for col in ("writer", "documents", "pair model", "rules alone", "person F1", "date acc"):
            table.add_column(col, justify="left" if col == "writer" else "right")
        for g in report.groups:
            table.add_row(g.group, str(g.documents), *(
                f"{s['dyad_precision']:.3f} / {s['dyad_recall']:.3f} / {s['dyad_f1']:.3f}" for s in (g.model, g.rules)),
                f"{g.model['person_f1']:.3f} ({g.rules['person_f1']:.3f})", str(g.model["date_accuracy"]))
        out.print(table)
    out.print(f"{report.documents} documents, {report.instances} pair instances, "
              f"{report.model.meta['features']} features: {target} ({report.seconds:.0f} s)")


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


@app.command("bench-inputs")
def bench_inputs(sizes: Annotated[str, typer.Option(help="Input sizes in MB, comma-separated.")] = "1,10,100",
                 as_json: JsonOption = False) -> None:
    """Time every input stage (reading each format, cleaning, MinHash) on inputs of each size; exit 1 if a
    stage's time grows more than 12x per tenfold input.

    Example: defcoop bench-inputs --sizes 1,10,100
    """
    from defcoop.bench_inputs import MAX_GROWTH, measure

    try:
        in_bytes = [int(float(v) * 1_000_000) for v in sizes.split(",") if v.strip()]
    except ValueError:
        raise typer.BadParameter("give sizes in MB as numbers, e.g. 1,10,100", param_hint="--sizes") from None
    if len(in_bytes) < 2 or min(in_bytes) < 1000 or in_bytes != sorted(set(in_bytes)):
        raise typer.BadParameter("give at least two increasing sizes of 0.001 MB or more", param_hint="--sizes")
    result = measure(in_bytes, log=None if as_json else console.print)
    if as_json:
        out.print_json(data=result)
    else:
        table = Table(title=f"input stages: seconds per size, growth per 10x (at most {MAX_GROWTH:g})")
        for col in ("stage", *(f"{b / 1e6:g} MB" for b in in_bytes), "growth/10x", "linear"):
            table.add_column(col)
        for name, times in result["seconds"].items():
            table.add_row(name, *(f"{t:.3f}" for t in times), f"{result['growth'][name]:.1f}",
                          "yes" if result["linear"][name] else "[red]NO[/red]")
        out.print(table)
    if not all(result["linear"].values()):
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


@app.command()
def bench(documents: Annotated[int, typer.Option("--documents", "-n", min=1, help="Corpus size.")] = 1000,
          config: ConfigOption = None,
          workers: Annotated[str, typer.Option(help="Worker counts to measure, comma-separated.")] = "1,2",
          samples: Annotated[Optional[Path], typer.Option(
              help="Folder of sample documents to build the corpus from (default: the repository's "
                   "samples/articles).")] = None,
          scale: Annotated[Optional[str], typer.Option(
              help="Instead: corpus sizes, comma-separated, each run end to end into a fresh database with the "
                   "largest --workers count; prints docs/s and peak RSS (all processes) at each size.")] = None,
          as_json: JsonOption = False) -> None:
    """Measure documents/s and peak RSS per stage and end to end, next to plain spaCy NER.

    The corpus is N documents made from the bundled samples. Example: defcoop bench -n 1000;
    as the corpus and database grow: defcoop bench --scale 1000,10000,50000 --workers 2
    """
    from defcoop.bench import SAMPLES, run_benchmark

    if scale is not None:
        _bench_scale(scale, workers, config, samples or SAMPLES, as_json)
        return

    with _user_errors():
        try:
            counts = [int(w) for w in workers.split(",") if w.strip()]
        except ValueError:
            raise typer.BadParameter("give worker counts as numbers, e.g. 1,2", param_hint="--workers") from None
        if not counts or min(counts) < 1:
            raise typer.BadParameter("worker counts must be at least 1", param_hint="--workers")
        result = run_benchmark(documents, _settings(config), counts, log=None if as_json else console.print,
                               samples=samples or SAMPLES)
    if as_json:
        out.print_json(data=result)
        return
    table = Table(title=f"defcoop bench: {result['documents']} documents ({result['characters']:,} characters)",
                  show_edge=False)
    for col in ("measure", "processes", "seconds", "docs/s", "peak RSS MiB"):
        table.add_column(col, justify="left" if col == "measure" else "right")
    for row in result["rows"]:
        table.add_row(row["measure"], str(row["processes"]), f"{row['seconds']:.2f}", f"{row['docs_per_s']:.1f}",
                      f"{row['peak_rss_mib']:.0f}")
    out.print(table)
    for line in result["verdicts"]:
        out.print(line)


def _bench_scale(scale: str, workers: str, config: Optional[Path], samples: Path, as_json: bool) -> None:
    from defcoop.bench_scale import run_scale_benchmark

    try:
        sizes = [int(part) for part in scale.split(",") if part.strip()]
        count = max(int(w) for w in workers.split(",") if w.strip())
    except ValueError:
        raise typer.BadParameter(f"--scale and --workers take whole numbers separated by commas, got {scale!r} "
                                 f"and {workers!r}") from None
    if not sizes or min(sizes) < 10 or count < 1:
        raise typer.BadParameter("--scale needs sizes of at least 10 documents", param_hint="--scale")
    with _user_errors():
        result = run_scale_benchmark(sizes, _settings(config), workers=count, samples=samples,
                                     log=None if as_json else console.print)
    if as_json:
        out.print_json(data=result)
        return
    table = Table(title=f"defcoop bench --scale ({result['workers']} worker processes, SQLite; docs/s after the "
                        "first batch, peak RSS of all processes; ratios to the first size)", show_edge=False)
    for col in ("docs", "stored", "events", "s", "docs/s", "ratio", "CPU ms/doc parent+workers", "DB B/doc",
                "RSS MiB", "ratio "):
        table.add_column(col, justify="right")
    for r in result["rows"]:
        table.add_row(f"{r['documents']:,}", f"{r['stored']:,}", f"{r['events']:,}", f"{r['seconds']:.0f}",
                      f"{r['docs_per_s']:.1f}", f"{r['docs_per_s_ratio']:.2f}",
                      f"{r['parent_cpu_ms_per_document']:.0f}+{r['worker_cpu_ms_per_document']:.0f}",
                      f"{r['db_bytes_per_document']:,.0f}",
                      f"{r['peak_rss_mib']:.0f}", f"{r['peak_rss_ratio']:.2f}")
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


@app.command("bench-merge")
def bench_merge(scale: Annotated[str, typer.Option(help="Numbers of stored events, comma-separated.")] = "1000,50000",
                lookups: Annotated[int, typer.Option(min=10, help="New events looked up at each size.")] = 2000,
                db: Annotated[Optional[str], typer.Option(
                    "--db", help="An empty server database to use (emptied at each size); default: temporary "
                                 "SQLite files.")] = None,
                as_json: JsonOption = False) -> None:
    """Time the cross-source merge lookup (new events matched per ms) at each number of stored events.

    Example: defcoop bench-merge --scale 1000,50000
    """
    from defcoop.bench_merge import run_merge_benchmark

    try:
        sizes = [int(part) for part in scale.split(",") if part.strip()]
    except ValueError:
        raise typer.BadParameter(f"--scale must be whole numbers separated by commas, got {scale!r}") from None
    if not sizes or min(sizes) < 100:
        raise typer.BadParameter("--scale needs sizes of at least 100 events")
    with _user_errors():
        result = run_merge_benchmark(sizes, lookups=lookups, db=db, log=None if as_json else console.print)
    if as_json:
        out.print_json(data=result)
    else:
        console.print(f"lookups/ms at {sizes[-1]:,} stored events = {result['ratio_last_to_first']} x that at "
                      f"{sizes[0]:,}")


@app.command("bench-api")
def bench_api(events: Annotated[int, typer.Option("--events", "-n", min=100, help="Synthetic events to store.")] = 100_000,
              repeat: Annotated[int, typer.Option(min=5, help="Timed requests per endpoint and filter set.")] = 40,
              db: Annotated[Optional[str], typer.Option(
                  "--db", help="Fill and keep this database (reused if it already has events); default: a "
                               "temporary file.")] = None,
              concurrency: Annotated[int, typer.Option(
                  min=1, max=64, help="Clients making requests at the same time (more than 1: p50/p95/p99 and "
                                      "errors per endpoint; the --repeat rounds are shared among them).")] = 1,
              workers: Annotated[int, typer.Option(
                  min=1, max=32, help="With --concurrency: server processes (defcoop serve --workers).")] = 1,
              as_json: JsonOption = False) -> None:
    """Fill a database with synthetic events and report p50/p95 latency of /api/events, /api/graph, /api/timeline.

    Requests go over HTTP to a server on 127.0.0.1 started for the run. Example: defcoop bench-api --events 100000;
    under load: defcoop bench-api --events 10000 --concurrency 8
    """
    from defcoop.bench_api import run_api_benchmark

    with _user_errors():
        result = run_api_benchmark(events, repeat=repeat, db=db, log=None if as_json else console.print,
                                   concurrency=concurrency, workers=workers)
    if as_json:
        out.print_json(data=result)
        return
    fill = result["database"]
    table = Table(title=f"defcoop bench-api: {fill['events']:,} events, {fill['documents']:,} documents",
                  show_edge=False)
    if result["totals"] is not None:  # concurrent clients: one row per endpoint
        for col in ("endpoint", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"):
            table.add_column(col, justify="left" if col == "endpoint" else "right")
        for row in result["rows"]:
            table.add_row(row["endpoint"], str(row["requests"]), str(row["errors"]),
                          *(f"{row[k]:.1f}" for k in ("p50_ms", "p95_ms", "p99_ms", "max_ms")))
        out.print(table)
        for line in result["verdicts"]:
            out.print(line)
        return
    for col in ("endpoint", "filters", "requests", "p50 ms", "p95 ms", "max ms"):
        table.add_column(col, justify="left" if col in ("endpoint", "filters") else "right")
    for row in result["rows"]:
        table.add_row(row["endpoint"], row["filters"], str(row["requests"]), f"{row['p50_ms']:.1f}",
                      f"{row['p95_ms']:.1f}", f"{row['max_ms']:.1f}")
    out.print(table)
    for line in result["verdicts"]:
        out.print(line)


if __name__ == "__main__":  # python -m defcoop.cli: run the module proper, which cli_sources imports from
    from defcoop.cli import app as _app

    _app()
else:
    from defcoop.cli_sources import register as _register_sources  # uses the helpers above

    _register_sources(app)
