"""CLI benchmark commands: `bench`, `bench-inputs`, `bench-merge`, `bench-api` (figures printed, never asserted).

Registered on the main app by `register(app)` in cli.py, as `cli_sources.py` is.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from defcoop.cli import ConfigOption, JsonOption, _settings, _user_errors, console, out


def bench_inputs(sizes: Annotated[str, typer.Option(help="Input sizes in MB, comma-separated.")] = "1,10,100",
                 as_json: JsonOption = False) -> None:
    """Time every input stage (reading each format, cleaning, MinHash) on inputs of each size; exit 1 if a
    stage's time grows more than 12x per tenfold input.

    Example: defcoop bench-inputs --sizes 1,10,100
    """
    from defcoop.bench_inputs import MAX_GROWTH, fresh_pages_at_every_size, measure

    try:
        in_bytes = [int(float(v) * 1_000_000) for v in sizes.split(",") if v.strip()]
    except ValueError:
        raise typer.BadParameter("give sizes in MB as numbers, e.g. 1,10,100", param_hint="--sizes") from None
    if len(in_bytes) < 2 or min(in_bytes) < 1000 or in_bytes != sorted(set(in_bytes)):
        raise typer.BadParameter("give at least two increasing sizes of 0.001 MB or more", param_hint="--sizes")
    if not fresh_pages_at_every_size() and not as_json:
        console.print("[yellow]note:[/yellow] the C library's mmap threshold could not be pinned: buffers of "
                      "10 MB may reuse warm pages where 100 MB ones cannot, which inflates growth")
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


def bench_api(events: Annotated[int, typer.Option("--events", "-n", min=100, help="Synthetic events to store.")] = 100_000,
              repeat: Annotated[int, typer.Option(min=5, help="Timed requests per endpoint and filter set.")] = 40,
              db: Annotated[Optional[str], typer.Option(
                  "--db", help="Fill and keep this database (reused if it already has events); default: a "
                               "temporary file.")] = None,
              concurrency: Annotated[int, typer.Option(
                  min=1, max=64, help="Clients making requests at the same time (more than 1: p50/p95/p99 and "
                                      "errors per endpoint; the --repeat rounds are shared among them).")] = 1,
              workers: Annotated[Optional[int], typer.Option(
                  min=1, max=32, show_default=False,
                  help="With --concurrency: server processes (defcoop serve --workers). Default: one per CPU core "
                       "(at most 4), the way a server under load is run.")] = None,
              as_json: JsonOption = False) -> None:
    """Fill a database with synthetic events and report p50/p95 latency of /api/events, /api/graph, /api/timeline.

    Requests go over HTTP to a server on 127.0.0.1 started for the run. Example: defcoop bench-api --events 100000;
    under load: defcoop bench-api --events 10000 --concurrency 8
    """
    import os

    from defcoop.bench_api import run_api_benchmark

    if workers is None:
        workers = min(os.cpu_count() or 1, 4)
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


def register(app: typer.Typer) -> None:
    """Add the benchmark commands to the main `defcoop` app."""
    app.command("bench-inputs")(bench_inputs)
    app.command()(bench)
    app.command("bench-merge")(bench_merge)
    app.command("bench-api")(bench_api)
