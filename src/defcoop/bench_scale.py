"""`defcoop bench --scale 1000,10000,50000`: does a run keep its speed and memory as the corpus and database grow?

For each size, a synthetic corpus made from the bundled samples, each copy varied as another
article on another pair of countries would be (country names and their demonyms swapped for
others, numbers and years changed, its own publication date, a paragraph of filler), so that
near-duplicate detection keeps the copies apart and their events land on different pairs and
dates as real news does. Each size is the real pipeline (`Runner.run`, N worker processes)
into a fresh SQLite database, in a fresh process; peak RSS is the largest sum, over samples
taken every SAMPLE_SECONDS, of the resident memory of that process and all its descendants.
The figures that matter are the ratios to the smallest size.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import random
import re
import resource
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from queue import Empty

from defcoop.bench import SAMPLES, _after_first_paragraph_html, _after_first_paragraph_text, _filler
from defcoop.errors import ConfigError, DefcoopError
from defcoop.settings import Settings

SAMPLE_SECONDS = 0.5
PROGRESS_EVERY = 1000  # documents between progress lines (docs/s over that stretch: does the run slow down?)
_YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_NUMBER_RE = re.compile(r"\b(?<![-/.#:=])\d{1,3}(?:,\d{3})*\b(?![-/:=%])")  # not inside dates, ids or attributes


def _country_names() -> list[tuple[str, str | None]]:
    """(name, first demonym) of every country in the bundled gazetteer."""
    from importlib import resources

    rows = []
    with resources.files("defcoop.data").joinpath("countries.jsonl").open(encoding="utf-8") as fp:
        for line in fp:
            rec = json.loads(line)
            if "sovereign" not in rec:  # a territory reads as its state: copies would fold together
                rows.append((rec["name"], (rec.get("demonyms") or [None])[0]))
    return rows


class Variation:
    """Rewrites one sample's text as another copy would read: countries, numbers and years per copy."""

    def __init__(self) -> None:
        self.countries = _country_names()
        names = {name: i for i, (name, _) in enumerate(self.countries)}
        demonyms = {dem: i for i, (_, dem) in enumerate(self.countries) if dem}
        self.index = {**demonyms, **names}
        words = sorted(self.index, key=len, reverse=True)  # "South Sudan" before "Sudan"
        self.pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b")

    def rewrite(self, text: str, rng: random.Random, year_shift: int) -> str:
        mapping: dict[int, int] = {}

        def country(match: re.Match) -> str:
            word = match.group(1)
            i = self.index[word]
            j = mapping.setdefault(i, rng.randrange(len(self.countries)))
            name, demonym = self.countries[j]
            return name if word == self.countries[i][0] or demonym is None else demonym

        text = self.pattern.sub(country, text)
        text = _YEAR_RE.sub(lambda m: str(int(m.group(1)) + year_shift), text)
        return _NUMBER_RE.sub(lambda m: _other_number(m.group(0), rng), text)


def _other_number(number: str, rng: random.Random) -> str:
    """Another number of the same width (one or two digits stay a possible day of the month)."""
    if not number.isdigit():
        return number
    if len(number) <= 2:
        return str(rng.randint(1, 28))
    return str(rng.randint(100, 999))


def make_varied_corpus(n: int, directory: Path, samples: Path = SAMPLES, seed: int = 4321) -> Path:
    """Write N documents varied from the samples (see the module's docstring) to one JSONL file."""
    from defcoop.ingest import read_inputs
    from defcoop.types import RawDocument

    raws = [r for r in read_inputs([samples]) if isinstance(r, RawDocument)] if samples.is_dir() else []
    if not raws:
        raise ConfigError(f"no sample documents under {samples} (give a folder of articles with --samples)")
    vocabulary = sorted({w.lower() for r in raws for w in re.findall(r"[A-Za-z]{4,}", r.text or "")})
    variation = Variation()
    rng = random.Random(seed)
    path = directory / f"corpus-{n}.jsonl"
    with path.open("w", encoding="utf-8") as fp:
        for i in range(n):
            raw = raws[i % len(raws)]
            shift = rng.randint(-6, 0)
            published = f"{2019 + rng.randint(0, 6):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            filler = _filler(rng, vocabulary)
            rec = {"id": f"{raw.id}-{i:06d}", "url": f"{raw.url or 'https://example.org/a'}?copy={i}",
                   "title": variation.rewrite(raw.title or "", rng, shift) or None, "published": published,
                   "source": raw.source}
            if raw.html is not None:
                rec["html"] = _after_first_paragraph_html(variation.rewrite(raw.html, rng, shift), filler)
            else:
                rec["text"] = _after_first_paragraph_text(variation.rewrite(raw.text or "", rng, shift), filler)
            fp.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def _run_into(corpus: Path, database: Path, settings: Settings, workers: int, parent: int, queue) -> None:
    from defcoop.pipeline import RunReport, Runner, _die_with_parent
    from defcoop.store.db import engine_of, open_database

    _die_with_parent(parent)  # a benchmark stopped with Ctrl+C or kill leaves no run behind
    factory = open_database(str(database))
    marks: list[tuple[float, int]] = []  # (time, documents done) after each stored batch
    done = 0

    def on_batch(results: list) -> None:
        nonlocal done
        before = done
        done += len(results)
        marks.append((time.perf_counter(), done))
        if before // PROGRESS_EVERY != done // PROGRESS_EVERY and len(marks) > 1:
            back = next((m for m in reversed(marks) if m[1] <= done - PROGRESS_EVERY), marks[0])
            queue.put(("progress", done, (done - back[1]) / (marks[-1][0] - back[0])))

    start = time.perf_counter()
    report = Runner(factory, settings).run([corpus], RunReport(), workers=workers, on_batch=on_batch)
    seconds = time.perf_counter() - start
    engine_of(factory).dispose()
    own, workers_cpu = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    queue.put(("done", {"read": report.documents_read, "stored": report.documents_stored,
                        "near_duplicates": report.near_duplicates, "exact_duplicates": report.exact_duplicates,
                        "events": report.events_added, "seconds": seconds,
                        "parent_cpu_ms_per_document": 1000 * (own.ru_utime + own.ru_stime) / max(done, 1),
                        "worker_cpu_ms_per_document": 1000 * (workers_cpu.ru_utime + workers_cpu.ru_stime) / max(done, 1),
                        **_rates(marks)}))


def _rates(marks: list[tuple[float, int]]) -> dict:
    """docs/s after the first stored batch (the workers' start-up, a fixed cost, left out), and in the
    first and last tenth of the documents (does a run slow down as its database grows?)."""
    if len(marks) < 3:
        return {"steady_docs_per_s": None, "first_tenth_docs_per_s": None, "last_tenth_docs_per_s": None}

    def rate(a: tuple[float, int], b: tuple[float, int]) -> float:
        return (b[1] - a[1]) / (b[0] - a[0]) if b[0] > a[0] else float("inf")

    tenth = max(1, len(marks) // 10)
    return {"steady_docs_per_s": rate(marks[0], marks[-1]),
            "first_tenth_docs_per_s": rate(marks[0], marks[min(tenth, len(marks) - 1)]),
            "last_tenth_docs_per_s": rate(marks[-1 - tenth], marks[-1])}


def _tree_rss(pid: int) -> int:
    """Resident bytes of process `pid` and all its descendants (0 once it has ended)."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for proc in procs:
        try:
            total += proc.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def measure_size(corpus: Path, database: Path, settings: Settings, workers: int,
                 log: Callable[[str], None] | None = None) -> dict:
    """One run of `corpus` into a fresh `database` in its own process: its report, seconds, CPU time per
    document (that process, and its workers together) and peak RSS; progress every PROGRESS_EVERY documents
    goes to `log`."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_run_into, args=(corpus, database, settings, workers, os.getpid(), queue))
    proc.start()
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            stop.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        while True:  # a run that dies must fail the benchmark, not hang it
            try:
                kind, *message = queue.get(timeout=1)
            except Empty:
                if not proc.is_alive():
                    raise DefcoopError(f"the run of {corpus.name} failed (exit code {proc.exitcode})")
                continue
            if kind == "done":
                result = message[0]
                break
            if log:
                log(f"  {message[0]:>9,} documents stored: {message[1]:.1f} docs/s over the last {PROGRESS_EVERY:,}")
    finally:
        stop.set()
        sampler.join()
        proc.join()
    result["peak_rss_mib"] = peak / 2**20
    return result


def run_scale_benchmark(sizes: list[int], settings: Settings, workers: int = 2, samples: Path = SAMPLES,
                        log: Callable[[str], None] | None = None) -> dict:
    """docs/s, DB bytes per document and peak RSS at each corpus size, and their ratios to the first."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="defcoop-bench-scale-") as tmp:
        for size in sizes:
            corpus = make_varied_corpus(size, Path(tmp), samples)
            database = Path(tmp) / f"scale-{size}.db"
            if log:
                log(f"running {size:,} documents with {workers} worker process(es) ...")
            result = measure_size(corpus, database, settings, workers, log)
            db_bytes = sum(p.stat().st_size for p in Path(tmp).glob(f"scale-{size}.db*"))
            rows.append({"documents": size, **result,
                         "docs_per_s": result["steady_docs_per_s"] or result["read"] / result["seconds"],
                         "db_bytes_per_document": db_bytes / max(result["stored"], 1)})
            if log:
                r = rows[-1]
                log(f"{size:>9,} documents: {r['docs_per_s']:.1f} docs/s after the first batch (first tenth "
                    f"{r['first_tenth_docs_per_s'] or 0:.1f}, last tenth {r['last_tenth_docs_per_s'] or 0:.1f}), peak RSS {r['peak_rss_mib']:.0f} MiB, "
                    f"{r['stored']:,} stored, {r['near_duplicates']:,} near copies, {r['events']:,} events; CPU ms per "
                    f"document: {r['parent_cpu_ms_per_document']:.0f} in the parent, "
                    f"{r['worker_cpu_ms_per_document']:.0f} in the workers")
            corpus.unlink()
            for path in Path(tmp).glob(f"scale-{size}.db*"):
                path.unlink()
    first = rows[0]
    for row in rows:
        row["docs_per_s_ratio"] = row["docs_per_s"] / first["docs_per_s"]
        row["peak_rss_ratio"] = row["peak_rss_mib"] / first["peak_rss_mib"] if first["peak_rss_mib"] else None
    return {"workers": workers, "rows": rows}
