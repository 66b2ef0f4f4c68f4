"""API latency benchmark: a database of synthetic events, a real server, p50/p95 per request.

`fill_database` writes N synthetic events (seeded, so every run builds the same data):
documents whose text holds the events' evidence sentences, country and IGO actors,
persons and companies, 2-4 parties per event, one source each, a few reviews. It writes
with bulk Core statements and then rebuilds the denormalised index (`store.facts`).

`run_api_benchmark` serves the API with uvicorn on 127.0.0.1 (a free port) in a thread
and times a fixed list of requests over HTTP with httpx: every request of the list is
made `repeat` times, after one warm-up round. Only this machine's loopback is used.
With `concurrency` > 1, that many clients (threads, one connection each) go through the
list at the same time, each in its own shuffled order, and the figures are per endpoint:
p50/p95/p99, errors (a status other than 2xx, or no answer) and requests per second.
"""
from __future__ import annotations

import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from defcoop.types import EVENT_TYPES

TARGET_P95_MS = 100.0
# Weighted like real reporting: a few countries appear in most events.
CODES = ["USA", "RUS", "CHN", "FRA", "GBR", "DEU", "IND", "TUR", "KAZ", "UZB", "ISR", "UKR", "POL", "JPN", "KOR",
         "AUS", "CAN", "ITA", "ESP", "BRA", "EGY", "SAU", "ARE", "PAK", "IRN", "IDN", "VNM", "PHL", "MYS", "THA",
         "KGZ", "TJK", "TKM", "AZE", "ARM", "GEO", "BLR", "SRB", "GRC", "NOR", "SWE", "FIN", "NLD", "BEL", "CZE",
         "HUN", "ROU", "BGR", "MEX", "COL", "CHL", "ARG", "NGA", "ZAF", "ETH", "KEN", "DZA", "MAR", "QAT", "JOR"]
IGOS = ["NATO", "UN", "EU", "CSTO", "SCO", "OSCE", "AU", "ASEAN"]
ITEMS = ["Su-30SM fighters", "T-90 tanks", "UH-60 Black Hawk helicopters", "S-400 air defence systems",
         "Bayraktar TB2 drones", "patrol vessels", "howitzers", "armoured personnel carriers", "radars",
         "corvettes", "anti-tank missiles", "transport aircraft"]
VERBS = {"MEET": "met officials from", "AGREE": "signed a defence cooperation agreement with",
         "TRANSFER": "will deliver {item} to", "EXERCISE": "held a joint exercise with",
         "TRAIN": "trained officers of", "INDUSTRY": "set up a joint venture to build {item} with",
         "EXHIBIT": "showed {item} at an arms fair alongside", "DEPLOY": "deployed peacekeepers together with",
         "COOPERATE": "agreed to share intelligence with"}
TYPE_WEIGHTS = [20, 15, 14, 12, 9, 8, 6, 8, 8]


def _weights(n: int) -> list[float]:
    return [1.0 / (i + 1) ** 0.9 for i in range(n)]


def _date(rng: random.Random) -> str | None:
    r = rng.random()
    if r < 0.03:
        return None
    y, m, d = rng.randint(2000, 2025), rng.randint(1, 12), rng.randint(1, 28)
    if r < 0.12:
        return f"{y:04d}"
    if r < 0.32:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def fill_database(url: str, events: int = 100_000, seed: int = 7,
                  log: Callable[[str], None] | None = None, countries: list[str] | None = None) -> dict:
    """Create (migrate) the database at `url` and fill it with `events` synthetic events; return counts.

    `countries`: the ISO3 codes to draw parties from, most frequent first (default `CODES`).
    """
    from sqlalchemy import insert

    from defcoop.store.db import engine_of, open_database, reset_id_sequences
    from defcoop.store.facts import rebuild_index
    from defcoop.store.models import (ActorRow, DocumentRow, DocumentSourceRow, EventPartyRow, EventRow,
                                      EventSourceRow, EvidenceRow, ReviewRow, ReviewStateRow)
    from defcoop.store.queries import code_names

    rng = random.Random(seed)
    factory = open_database(url)
    engine = engine_of(factory)
    names = code_names()
    country_codes = list(countries or CODES)
    codes = country_codes + IGOS
    code_weights = _weights(len(country_codes)) + [0.08] * len(IGOS)
    now = datetime.now(UTC)
    started = time.perf_counter()

    actors = [(i + 1, f"{'igo' if c in IGOS else 'country'}:{c}:{names.get(c, (c,))[0].lower()}",
               names.get(c, (c,))[0], "igo" if c in IGOS else "country", c, None) for i, c in enumerate(codes)]
    country_actor = {c: i + 1 for i, c in enumerate(codes)}
    people: dict[str, list[int]] = {c: [] for c in country_codes}
    for n in range(600):
        c = rng.choices(country_codes, _weights(len(country_codes)))[0]
        kind = "person" if n % 3 else "company"
        name = f"{'Minister' if kind == 'person' else 'Defence Works'} {c} {n}"
        actors.append((len(actors) + 1, f"{kind}:{c}:{name.lower()}", name, kind, c,
                       "Defence Minister" if kind == "person" else None))
        people[c].append(len(actors))

    n_docs = max(1, events // 10)
    doc_events: list[list[int]] = [[] for _ in range(n_docs)]
    event_rows, party_rows, evidence_sentences, source_rows = [], [], [], []
    for event_id in range(1, events + 1):
        etype = rng.choices(EVENT_TYPES, TYPE_WEIGHTS)[0]
        k = rng.choices((2, 3, 4), (70, 20, 10))[0]
        chosen: list[str] = []
        while len(chosen) < k:
            c = rng.choices(codes, code_weights)[0]
            if c not in chosen:
                chosen.append(c)
        item = rng.choice(ITEMS) if etype in ("TRANSFER", "INDUSTRY", "EXHIBIT") else None
        doc = rng.randrange(n_docs)
        doc_events[doc].append(event_id)
        sentence = (f"{names.get(chosen[0], (chosen[0],))[0]} "
                    f"{VERBS[etype].format(item=item or 'equipment')} "
                    f"{' and '.join(names.get(c, (c,))[0] for c in chosen[1:])} (event {event_id}).")
        evidence_sentences.append((event_id, doc, sentence))
        event_rows.append([event_id, f"doc-{doc}", etype, "planned" if rng.random() < 0.25 else "occurred",
                           _date(rng), item, round(rng.uniform(0.3, 0.95), 3), f"synthetic {etype.lower()}",
                           f"{event_id:040x}", 1])
        for position, c in enumerate(chosen):
            role = ("supplier" if position == 0 else "recipient") if etype == "TRANSFER" else "participant"
            party_rows.append((event_id, country_actor[c], role, position, None))
        if c_people := people.get(chosen[0]):
            if rng.random() < 0.3:
                party_rows.append((event_id, rng.choice(c_people), "participant", k, None))

    doc_rows, evidence_rows = [], []
    offsets: dict[int, tuple[int, int]] = {}
    for doc, ids in enumerate(doc_events):
        parts, pos = [], 0
        for event_id in ids:
            sentence = evidence_sentences[event_id - 1][2]
            offsets[event_id] = (pos, pos + len(sentence))
            parts.append(sentence)
            pos += len(sentence) + 1
        text = " ".join(parts) or "No events were reported."
        doc_rows.append((f"doc-{doc}", f"{doc:064x}", f"https://news.example/{doc}", f"Defence news {doc}",
                         "2024-01-01", "Synthetic Wire", "en", text, text, f"synthetic/{doc}", now))
    for event_id, doc, sentence in evidence_sentences:
        start, end = offsets[event_id]
        evidence_rows.append((event_id, f"doc-{doc}", sentence, start, end))
        source_rows.append((event_id, f"doc-{doc}", f"{event_id:040x}", event_rows[event_id - 1][6], "synthetic"))

    review_rows, state_rows = [], []
    for event_id in rng.sample(range(1, events + 1), min(events, max(1, events // 20))):
        action = "reject" if rng.random() < 0.4 else "confirm"
        review_rows.append((len(review_rows) + 1, event_id, action, "bench", "", "{}", now))
        state_rows.append((event_id, "rejected" if action == "reject" else "confirmed", False, "bench", now,
                           len(review_rows)))

    party_rows = list({row[:3]: row for row in reversed(party_rows)}.values())[::-1]  # first of each key
    tables = [
        (DocumentRow, ("id", "content_hash", "url", "title", "published", "source", "lang", "raw", "text", "origin",
                       "ingested_at"), doc_rows),
        (DocumentSourceRow, ("doc_id", "url", "source", "origin", "source_doc_id", "relation"),
         [(d[0], d[2], "Synthetic Wire", "", d[0], "original") for d in doc_rows]),
        (ActorRow, ("id", "key", "name", "kind", "country", "title"), actors),
        (EventRow, ("id", "doc_id", "type", "status", "date", "item", "confidence", "reason", "fingerprint",
                    "source_count"), event_rows),
        (EventSourceRow, ("event_id", "doc_id", "fingerprint", "confidence", "reason"), source_rows),
        (EventPartyRow, ("event_id", "actor_id", "role", "position", "title"), party_rows),
        (EvidenceRow, ("event_id", "doc_id", "text", "start_offset", "end_offset"), evidence_rows),
        (ReviewRow, ("id", "event_id", "action", "reviewer", "comment", "changes", "created_at"), review_rows),
        (ReviewStateRow, ("event_id", "decision", "edited", "reviewer", "reviewed_at", "review_id"), state_rows),
    ]
    with engine.begin() as conn:
        for model, columns, rows in tables:  # Core bulk inserts: the same statements on every backend
            if rows:
                conn.execute(insert(model.__table__), [dict(zip(columns, row)) for row in rows])
        reset_id_sequences(conn)  # the ids above were given explicitly
        rebuild_index(conn)
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    seconds = time.perf_counter() - started
    if log:
        log(f"filled {events:,} events, {n_docs:,} documents in {seconds:.1f} s")
    return {"events": events, "documents": n_docs, "parties": len(party_rows), "reviews": len(review_rows),
            "fill_seconds": round(seconds, 1)}


# (endpoint, query string, label): the requests timed, with and without filters.
REQUESTS = [
    ("/api/events", "", "no filter"),
    ("/api/events", "type=TRANSFER", "type"),
    ("/api/events", "country=KAZ&since=2015", "country + since"),
    ("/api/events", "pair=RUS,CHN", "pair"),
    ("/api/events", "type=EXERCISE&since=2010&until=2015&min_confidence=0.6&sort=-confidence", "type+years+conf"),
    ("/api/events", "q=helicopters", "text query"),
    ("/api/events", "reviewed=false&status=planned&offset=500", "unreviewed, page 11"),
    ("/api/graph", "", "no filter"),
    ("/api/graph", "type=EXERCISE", "type"),
    ("/api/graph", "since=2015&until=2020", "years"),
    ("/api/graph", "country=TUR&type=TRANSFER", "country + type"),
    ("/api/timeline", "", "no filter"),
    ("/api/timeline", "type=TRANSFER&status=planned", "type + status"),
    ("/api/timeline", "country=IND", "country"),
    ("/api/timeline", "pair=USA,GBR&since=2010", "pair + since"),
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve_in_thread(app, port: int):
    """Run `app` with uvicorn on 127.0.0.1:port in a daemon thread; stop it on exit."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the benchmark server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def serve_in_process(url: str, port: int, workers: int = 1):
    """Run `defcoop serve --workers N` over `url` on 127.0.0.1:port in a process of its own (the clients'
    threads then do not share its interpreter lock), until the block ends."""
    # -c, not -m: the workers uvicorn spawns re-run a -m main module, and would not start
    command = [sys.executable, "-c", "from defcoop.cli import app; app()", "serve", "--db", url, "--port", str(port), "--quiet",
               "--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"the benchmark server stopped: {server.stderr.read().decode(errors='replace')}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the benchmark server did not start") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stderr.close()


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def time_requests(base: str, repeat: int) -> list[dict]:
    """Time every request of REQUESTS `repeat` times (after one warm-up round); one row per request."""
    import httpx

    rows = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for path, query, _label in REQUESTS:  # warm-up: caches, prepared statements
            client.get(f"{path}?{query}").raise_for_status()
        for path, query, label in REQUESTS:
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                response = client.get(f"{path}?{query}")
                times.append((time.perf_counter() - start) * 1000)
                response.raise_for_status()
            rows.append({"endpoint": path, "filters": query or "-", "label": label, "requests": repeat,
                         "p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1),
                         "max_ms": round(max(times), 1)})
    return rows


def time_concurrent(base: str, clients: int, repeat: int, seed: int = 7) -> tuple[list[dict], dict]:
    """`clients` threads each make every request of REQUESTS ceil(repeat / clients) times, shuffled, at once.

    Returns one row per endpoint (requests, errors, p50/p95/p99/max ms) and the totals (requests,
    errors, seconds, requests per second). An error is a status other than 2xx or a request that failed.
    """
    import httpx

    rounds = max(1, -(-repeat // clients))
    start_together = threading.Barrier(clients)
    samples: list[list[tuple[str, float, bool]]] = [[] for _ in range(clients)]

    def client_loop(index: int) -> None:
        order = [(path, query) for path, query, _label in REQUESTS] * rounds
        random.Random(seed + index).shuffle(order)
        mine = samples[index]
        with httpx.Client(base_url=base, timeout=60) as client:
            for path, query, _label in REQUESTS:  # warm-up: this client's connection, the server's caches
                client.get(f"{path}?{query}")
            start_together.wait()
            for path, query in order:
                started = time.perf_counter()
                try:
                    ok = client.get(f"{path}?{query}").is_success
                except httpx.HTTPError:
                    ok = False
                mine.append((path, (time.perf_counter() - started) * 1000, ok))

    threads = [threading.Thread(target=client_loop, args=(i,), daemon=True) for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    by_endpoint: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for path, ms, ok in (s for client_samples in samples for s in client_samples):
        by_endpoint[path].append((ms, ok))
    rows = []
    for path in dict.fromkeys(p for p, _q, _l in REQUESTS):
        times = [ms for ms, _ok in by_endpoint[path]]
        rows.append({"endpoint": path, "requests": len(times), "errors": sum(not ok for _ms, ok in by_endpoint[path]),
                     "p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1),
                     "p99_ms": round(percentile(times, 99), 1), "max_ms": round(max(times), 1)})
    total = sum(r["requests"] for r in rows)
    totals = {"clients": clients, "requests": total, "errors": sum(r["errors"] for r in rows),
              "seconds": round(seconds, 2), "requests_per_s": round(total / seconds, 1)}
    return rows, totals


def run_api_benchmark(events: int = 100_000, repeat: int = 40, db: str | None = None, seed: int = 7,
                      log: Callable[[str], None] | None = None, concurrency: int = 1, workers: int = 1) -> dict:
    """Fill a database (a temporary file unless `db` is given and already filled) and time the API.

    `concurrency` 1: the requests one after another (`time_requests`); more: that many clients at once
    (`time_concurrent`) against `defcoop serve --workers WORKERS`, rows per endpoint with p99 and errors,
    and `totals`.
    """
    from defcoop.api import create_app
    from defcoop.store.db import database_url

    with tempfile.TemporaryDirectory(prefix="defcoop-bench-api-") as tmp:
        url = database_url(db) if db else database_url(str(Path(tmp) / "bench.db"))
        fill = _existing_fill(url) or fill_database(url, events, seed, log)
        if log:
            log(f"timing {len(REQUESTS)} requests x {repeat} over HTTP"
                + (f", {concurrency} clients at once" if concurrency > 1 else ""))
        totals = None
        if concurrency > 1:  # a live server in a process of its own, as `defcoop serve` runs
            with serve_in_process(url, _free_port(), workers) as base:
                rows, totals = time_concurrent(base, concurrency, repeat, seed)
        else:
            with serve_in_thread(create_app(url), _free_port()) as base:
                rows = time_requests(base, repeat)
    worst = {}
    for row in rows:
        worst[row["endpoint"]] = max(worst.get(row["endpoint"], 0.0), row["p95_ms"])
    verdicts = [f"{endpoint}: worst p95 {p95:.1f} ms ({'under' if p95 < TARGET_P95_MS else 'OVER'} "
                f"the {TARGET_P95_MS:.0f} ms target)" for endpoint, p95 in worst.items()]
    if totals is not None:
        verdicts.append(f"{totals['clients']} clients, {workers} server process(es): "
                        f"{totals['requests']:,} requests in {totals['seconds']} s "
                        f"({totals['requests_per_s']} requests/s), {totals['errors']} errors")
    return {"database": fill, "rows": rows, "worst_p95_ms": worst, "target_p95_ms": TARGET_P95_MS,
            "concurrency": concurrency, "workers": workers if concurrency > 1 else 1, "totals": totals,
            "passed": all(v < TARGET_P95_MS for v in worst.values()) and not (totals and totals["errors"]),
            "verdicts": verdicts,
            "median_of_p50_ms": round(statistics.median(r["p50_ms"] for r in rows), 1)}


def _existing_fill(url: str) -> dict | None:
    """Counts of an already filled database given with --db (so it is not filled twice), else None."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    try:
        if "events" not in inspect(engine).get_table_names():
            return None
        with engine.connect() as conn:
            n = conn.execute(text("SELECT count(*) FROM events")).scalar() or 0
            docs = conn.execute(text("SELECT count(*) FROM documents")).scalar() or 0
        return {"events": n, "documents": docs, "reused": True} if n else None
    finally:
        engine.dispose()
