"""One fetch of the live sources, and `watch`: discover, fetch politely, archive, run the pipeline.

Fetch threads feed the pipeline through a queue while the calling thread cleans, extracts and
stores what has arrived (`Runner.run_raw`, the same entry point as `defcoop run`), so
extraction never waits for the whole fetch and fetching never waits for extraction.

Safe to kill at any point. A page goes queued -> fetching -> fetched -> done (or skipped /
failed), each step committed: a page claimed by a killed fetch is looked up in the WARC file
it was being written to and is fetched again only when its record is not there (the server
answered, but the bytes never reached the archive); a fetched page not yet through the
pipeline is read back from the archive, not fetched again; the pipeline itself is idempotent.
A feed's ETag is stored in the same transaction as the pages it listed, so a 304 never hides
pages that were not remembered. One fetch (or watch) per archive folder at a time (a lock file).
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from warcio.archiveiterator import ArchiveIterator

from defcoop.ingest.warc import read_record_at
from defcoop.pipeline import RunReport, Runner
from defcoop.settings import Settings
from defcoop.sources import state
from defcoop.sources.archive import (DOC_ID_HEADER, LANG_HEADER, SOURCE_HEADER, WarcArchive, newest_file,
                                     trim_torn_tail)
from defcoop.sources.discover import MAX_LISTING_BYTES, SOURCE_KINDS, DiscoveryError, discover, since_filter
from defcoop.sources.fetch import FetchPolicy, FetchResult, PoliteFetcher
from defcoop.sources.state import SourceError
from defcoop.sources.urls import host_of, page_id
from defcoop.store.models import KnownUrlRow, SourceRow, utcnow
from defcoop.types import InputProblem, RawDocument

try:
    import fcntl
except ImportError:  # Windows: no flock; one fetch per archive is then up to the user
    fcntl = None

LOGGER = logging.getLogger(__name__)
MAX_SITEMAPS = 1000  # child sitemaps read per source and fetch (an index may nest one level)
_DONE = object()


@dataclass
class FetchReport:
    """What one fetch of the sources did."""

    sources: int = 0
    source_errors: dict[str, str] = field(default_factory=dict)
    discovered: int = 0  # new page URLs remembered
    fetched: int = 0  # pages archived this time
    skipped: Counter = field(default_factory=Counter)  # reason -> pages
    failed: Counter = field(default_factory=Counter)
    requests: int = 0
    run: RunReport = field(default_factory=RunReport)
    fetch_seconds: float = 0.0
    seconds: float = 0.0
    first_stored_at: float | None = None  # seconds from the start when the first batch was stored
    batch_times: list[float] = field(default_factory=list)  # seconds from the start when each batch was stored

    def as_dict(self) -> dict:
        return {"sources": self.sources, "source_errors": self.source_errors, "discovered": self.discovered,
                "fetched": self.fetched, "skipped": dict(self.skipped), "failed": dict(self.failed),
                "requests": self.requests, "documents_stored": self.run.documents_stored,
                "duplicates": self.run.exact_duplicates + self.run.near_duplicates,
                "events_added": self.run.events_added, "fetch_seconds": round(self.fetch_seconds, 2),
                "seconds": round(self.seconds, 2)}


@contextmanager
def archive_lock(folder: Path) -> Iterator[None]:
    """One fetch per archive folder: its stale-claim recovery must not meet a live fetch."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".defcoop-fetch.lock", "a") as lock:
        if fcntl is not None:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise SourceError(f"another defcoop fetch or watch is using the archive {folder}") from None
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(lock, fcntl.LOCK_UN)


class Crawler:
    """Fetches the sources of one database into one archive; reused across the cycles of `watch`."""

    def __init__(self, factory: sessionmaker[Session], settings: Settings, archive_dir: str | Path | None = None,
                 transport: httpx.BaseTransport | None = None, workers: int = 1,
                 log: Callable[[str], None] = LOGGER.info, extract: bool = True):
        self.factory = factory
        self.settings = settings
        self.archive = WarcArchive(archive_dir or settings.archive_dir)
        self.policy = FetchPolicy.from_settings(settings)
        self.transport = transport
        self.workers = workers
        self.log = log
        self.extract = extract  # False (benchmarks): archive pages and mark them done without the pipeline
        self._runner: Runner | None = None
        self._counts = threading.Lock()
        self._lock = archive_lock(self.archive.folder)

    def __enter__(self) -> Crawler:
        self._lock.__enter__()
        try:
            self.trim_last_archive()
        except BaseException:
            self._lock.__exit__(None, None, None)
            raise
        return self

    def trim_last_archive(self) -> int:
        """Cut the torn record a killed fetch may have left at the end of its WARC file (the newest one),
        reading only the part after the last record the database knows to be whole."""
        last = newest_file(self.archive.folder)
        if last is None or last == self.archive.path:
            return 0
        with self.factory() as session:
            start = session.scalar(select(func.max(KnownUrlRow.warc_offset)).where(
                KnownUrlRow.warc_file == str(last))) or 0
        removed = trim_torn_tail(last, start)
        if removed:
            self.log(f"{last}: cut off a torn last record ({removed} bytes) left by a killed fetch")
        return removed

    def __exit__(self, *exc) -> None:
        self.close()
        self._lock.__exit__(*exc)

    @property
    def runner(self) -> Runner:
        if self._runner is None:  # one runner for the fetch: its batches and pending near-copy sources
            self._runner = Runner(self.factory, self.settings)
        return self._runner

    def close(self) -> None:
        self.archive.close()

    # -- one fetch ------------------------------------------------------------------------

    def fetch(self, names: list[str] | None = None, since: str | None = None) -> FetchReport:
        """Discover the sources' new pages, fetch and archive them and run the pipeline on them."""
        started = time.monotonic()
        report = FetchReport()
        with self.factory.begin() as session:
            sources = [(s.id, s.name, s.url, s.kind, s.lang) for s in state.list_sources(session, names)]
        report.sources = len(sources)
        self.recover_claims()
        fetcher = PoliteFetcher(self.policy, self.archive, self.transport)
        try:
            with ThreadPoolExecutor(self.settings.fetch_concurrency, thread_name_prefix="defcoop-fetch") as pool:
                new_by_source = dict(zip([s[0] for s in sources], pool.map(
                    lambda s: self._discover_source(fetcher, s, since, report), sources)))
                report.discovered = sum(new_by_source.values())
                fetched_by_source = self._fetch_and_extract(fetcher, pool, sources, report, started)
            with self.factory.begin() as session:
                for source_id, name, *_ in sources:
                    error = report.source_errors.get(name, "")
                    state.record_health(session, source_id, fetched_by_source.get(source_id, 0), error)
        finally:
            report.requests = fetcher.requests
            fetcher.close()
        report.seconds = time.monotonic() - started
        return report

    def _discover_source(self, fetcher: PoliteFetcher, source: tuple, since: str | None,
                         report: FetchReport) -> int:
        """Read a source (and a sitemap index's sitemaps); remember new pages. Errors stay with the source."""
        source_id, name, url, kind, lang = source
        todo = [(url, kind if kind in SOURCE_KINDS else None)]
        seen: set[str] = set()
        new = 0
        errors = []
        while todo and len(seen) < MAX_SITEMAPS:
            doc_url, doc_kind = todo.pop(0)
            if doc_url in seen:
                continue
            seen.add(doc_url)
            try:
                found, children = self._read_listing(fetcher, source_id, doc_url, doc_kind, url, since)
            except Exception as exc:  # one failing source (or sitemap) never stops the others
                LOGGER.debug("source %s failed", name, exc_info=True)
                errors.append(f"{doc_url}: {exc}" if doc_url != url else str(exc))
                continue
            new += found
            todo.extend((child, "sitemap") for child in children)
        if errors:
            report.source_errors[name] = "; ".join(errors)
        return new

    def _read_listing(self, fetcher: PoliteFetcher, source_id: int, doc_url: str, kind: str | None,
                      source_url: str, since: str | None) -> tuple[int, list[str]]:
        with self.factory() as session:
            known = state.known_url(session, doc_url)
            etag, modified = (known.etag, known.last_modified) if known else (None, None)
        result = fetcher.fetch(doc_url, etag, modified, html_only=False, max_bytes=MAX_LISTING_BYTES)
        if result.outcome == "not-modified":
            with self.factory() as session:  # an unchanged index: its sitemaps may still have changed
                children = list(session.scalars(select(KnownUrlRow.url).where(
                    KnownUrlRow.source_id == source_id, KnownUrlRow.kind == "sitemap",
                    KnownUrlRow.url != doc_url))) if doc_url == source_url else []
            return 0, children
        if result.outcome != "ok":
            raise DiscoveryError(result.reason)
        listing = discover(result.body, result.content_type, kind)
        entries = since_filter(listing.entries, since)
        with self.factory.begin() as session:  # pages and the listing's ETag together, or neither
            new = state.remember_pages(session, source_id, entries)
            row = state.known_url(session, doc_url)
            if row is None:
                row = KnownUrlRow(url=doc_url, source_id=source_id, reason="", attempts=0)
                session.add(row)
            row.kind, row.status, row.http_status = listing.kind, "done", result.status
            row.etag, row.last_modified, row.fetched_at = result.etag, result.last_modified, utcnow()
            row.warc_file, row.warc_offset = (result.archived.file, result.archived.offset) if result.archived \
                else (None, None)
            if doc_url == source_url:
                source = session.get(SourceRow, source_id)
                if source is not None and source.kind != listing.kind:  # "auto", or guessed wrong
                    source.kind = listing.kind
        return new, listing.sitemaps

    def _fetch_and_extract(self, fetcher: PoliteFetcher, pool: ThreadPoolExecutor, sources: list[tuple],
                           report: FetchReport, started: float) -> dict[int, int]:
        """Fetch pending pages in the pool; meanwhile run the pipeline here on what has arrived."""
        by_id = {s[0]: s for s in sources}
        with self.factory() as session:
            pending = [(r.id, r.url, r.source_id, r.status, r.warc_file, r.warc_offset)
                       for r in state.pending_pages(session, list(by_id), self.settings.fetch_retries)]
        arrived: queue.Queue = queue.Queue()
        fetched_by_source: dict[int, int] = defaultdict(int)
        to_fetch = []
        for row in pending:
            if row[3] == "fetched" and row[4] is not None:  # archived by a fetch that ended before extraction
                arrived.put((row[0], row[4], row[5]))
            else:
                to_fetch.append(row)

        def fetch_page(row: tuple) -> None:
            known_id, url, source_id, *_ = row
            _, name, _, _, lang = by_id[source_id]
            try:  # claimed when its request is about to go: "fetching" means in flight
                result = fetcher.fetch(url, warc_headers={DOC_ID_HEADER: page_id(url), SOURCE_HEADER: name,
                                                          LANG_HEADER: lang or ""},
                                       on_start=lambda: self._claim(known_id))
            except Exception as exc:  # a bug or a database error on one page must not stop the rest
                LOGGER.exception("fetching %s failed", url)
                result = FetchResult(url, "failed", f"{type(exc).__name__}: {exc}")
            self._finish(known_id, result)
            with self._counts:
                if result.outcome == "ok":
                    fetched_by_source[source_id] += 1
                    report.fetched += 1
                elif result.outcome == "failed":
                    report.failed[result.reason] += 1
                else:
                    report.skipped[result.reason] += 1
            if result.outcome == "ok":
                arrived.put((known_id, result.archived.file, result.archived.offset))

        def fetch_all() -> None:
            try:
                for future in [pool.submit(fetch_page, row) for row in interleave_hosts(to_fetch)]:
                    future.result()
            finally:
                report.fetch_seconds = time.monotonic() - started
                arrived.put(_DONE)

        feeder = threading.Thread(target=fetch_all, name="defcoop-fetch-feeder", daemon=True)
        feeder.start()
        fed: dict[str, tuple[int, str, int]] = {}

        def raw_documents() -> Iterator[RawDocument | InputProblem]:
            while (item := arrived.get()) is not _DONE:
                known_id, warc_file, offset = item
                raw = read_record_at(warc_file, offset)
                if isinstance(raw, RawDocument):
                    fed[raw.id] = (known_id, warc_file, offset)
                    yield raw
                elif raw is not None:
                    yield raw
                    self._mark_done([known_id], {})
                else:
                    self._mark_done([known_id], {})

        def on_batch(results) -> None:
            report.batch_times.append(time.monotonic() - started)
            if report.first_stored_at is None:
                report.first_stored_at = report.batch_times[0]
            stored = {r.document.id: fed[r.document.id][1:] for r in results if r.document.id in fed}
            self._mark_done([fed[d][0] for d in stored], stored)

        if self.extract:
            self.runner.run_raw(raw_documents(), report.run, workers=self.workers, on_batch=on_batch)
        else:
            for _ in raw_documents():
                pass
        feeder.join()
        self._mark_done([known_id for known_id, _, _ in fed.values()], {})  # copies and problems: done too
        return dict(fetched_by_source)

    # -- state transitions ------------------------------------------------------------------

    def _claim(self, known_id: int) -> None:
        with self.factory.begin() as session:
            row = session.get(KnownUrlRow, known_id)
            row.status, row.attempts, row.warc_file, row.warc_offset = "fetching", row.attempts + 1, \
                str(self.archive.path), None

    def _finish(self, known_id: int, result: FetchResult) -> None:
        status = {"ok": "fetched", "failed": "failed"}.get(result.outcome, "skipped")
        with self.factory.begin() as session:
            row = session.get(KnownUrlRow, known_id)
            row.status, row.reason, row.http_status, row.fetched_at = status, result.reason, result.status, utcnow()
            row.etag, row.last_modified = result.etag, result.last_modified
            row.warc_file, row.warc_offset = (result.archived.file, result.archived.offset) if result.archived \
                else (None, None)
            if status == "fetched":
                row.doc_id = page_id(row.url)
            elif status == "failed" and not result.transient:  # a 404 or a redirect loop: not tried again
                row.attempts = max(row.attempts, self.settings.fetch_retries)

    def _mark_done(self, ids: list[int], stored: dict[str, tuple[str, int]]) -> None:
        if ids or stored:
            with self.factory.begin() as session:
                state.mark_done(session, ids, stored)

    def recover_claims(self) -> int:
        """Pages claimed by a fetch that was killed: fetched if their record reached the archive, else queued."""
        with self.factory() as session:
            claims = [(r.id, r.url, r.warc_file) for r in state.stale_claims(session)]
        if not claims:
            return 0
        by_file: dict[str, dict[str, int]] = defaultdict(dict)
        for known_id, url, warc_file in claims:
            by_file[warc_file or ""][page_id(url)] = known_id
        found: dict[int, int] = {}
        for warc_file, wanted in by_file.items():
            if warc_file:
                found.update(find_records(Path(warc_file), wanted))
        with self.factory.begin() as session:
            for known_id, _, _ in claims:
                row = session.get(KnownUrlRow, known_id)
                if known_id in found:
                    row.status, row.warc_offset, row.doc_id = "fetched", found[known_id], page_id(row.url)
                else:
                    row.status, row.warc_file = "queued", None
        self.log(f"resumed {len(claims)} pages a killed fetch had claimed: {len(found)} were already archived")
        return len(claims)

    # -- watch --------------------------------------------------------------------------

    def watch(self, every: float, names: list[str] | None = None, cycles: int | None = None,
              stop: threading.Event | None = None, on_report: Callable[[FetchReport], None] = lambda r: None) -> None:
        """Fetch every `every` seconds until `stop` is set (or `cycles` fetches are done)."""
        stop = stop or threading.Event()
        done = 0
        while not stop.is_set():
            began = time.monotonic()
            try:
                on_report(self.fetch(names))
            except SourceError:
                raise
            except Exception:  # a failed cycle (database locked, disk full) is logged; the next one tries again
                LOGGER.exception("fetch cycle failed")
            done += 1
            if cycles is not None and done >= cycles:
                return
            stop.wait(max(0.0, every - (time.monotonic() - began)))


def find_records(path: Path, wanted: dict[str, int]) -> dict[int, int]:
    """{known id: offset} of the page records in a WARC file whose document id is in `wanted`.

    A torn last record (the writer was killed inside it) ends the scan quietly."""
    found: dict[int, int] = {}
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                doc_id = record.rec_headers.get_header(DOC_ID_HEADER)
                offset = records.get_record_offset()
                records.read_to_end(record)
                if doc_id in wanted and not getattr(record.raw_stream, "limit", 0):
                    found[wanted[doc_id]] = offset
    except Exception as exc:  # warcio's assorted errors for a torn gzip member
        LOGGER.info("%s: stopped reading at a torn record (%s)", path, type(exc).__name__)
    return found


def interleave_hosts(rows: list[tuple]) -> list[tuple]:
    """Rows ordered host by host in turn (a, b, c, a, b, c...), so fetch threads spread over hosts
    instead of queueing behind one host's delay."""
    by_host: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        by_host[host_of(row[1])].append(row)
    lanes = list(by_host.values())
    out = []
    for i in range(max((len(lane) for lane in lanes), default=0)):
        out.extend(lane[i] for lane in lanes if i < len(lane))
    return out
