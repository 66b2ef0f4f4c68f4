"""`defcoop bench-fetch`: pages/s from a local multi-host site, polite and relaxed, and the
overlap of fetching with extraction.

The site: HOSTS servers on the loopback addresses 127.0.0.2, 127.0.0.3, ... (distinct hosts to
the fetcher: each has its own robots.txt, delay and concurrency cap), each with a sitemap of
its share of PAGES distinct articles. Each run starts from an empty database and archive.
"""
from __future__ import annotations

import dataclasses
import random
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from defcoop.settings import Settings
from defcoop.sources.localsite import LocalSite, Route

_PLACES = ("Kazakhstan Turkey Mongolia Chile Ghana Norway Vietnam Peru Jordan Latvia Kenya Uruguay Malaysia "
           "Estonia Morocco Finland Oman Bolivia Senegal Nepal").split()
_TOPICS = ("armoured logistics coastal radar training brigade patrol signals engineer helicopter naval cadet "
           "academy medical mountain rescue cyber border").split()
_FILLER = ("river harbour winter market school bridge festival orchard library museum railway village stadium "
           "garden theatre highway valley island desert forest meadow lantern canyon glacier harvest pottery "
           "weaving choir mosaic carpet spice coffee tea cotton copper marble timber fishing sailing climbing "
           "tourism census budget pension clinic vaccine rainfall drought flood earthquake bakery tailor "
           "printer courier ferry tram subway airport lighthouse quarry vineyard dairy poultry honey wool").split()


def article(n: int) -> bytes:
    """Page n: a short defence-cooperation report (text made up here) in page furniture, with seeded
    unrelated sentences so that no two pages are near copies."""
    rng = random.Random(n)
    a, b = rng.sample(_PLACES, 2)
    w = rng.sample(_TOPICS, 8)
    paragraphs = [
        f"The defence ministers of {a} and {b} signed an agreement on {w[0]} and {w[1]} cooperation in the "
        f"capital on Tuesday, officials said in report number {n}.",
        f"Under the agreement, {w[2]} units of the two armies will hold a joint {w[3]} exercise next year, and "
        f"officers from {b} will attend the {w[4]} academy of {a}.",
        f"The ministers also discussed {w[5]} equipment, {w[6]} maintenance and a {w[7]} programme that the "
        f"two defence ministries plan to extend in {2020 + n % 6}.",
    ] + [" ".join(rng.sample(_FILLER, 18)).capitalize() + "." for _ in range(3)]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>Report {n}</title></head><body><nav>Home | World | Sport</nav>"
            f"<article><h1>{a} and {b} sign defence pact {n}</h1>{body}</article>"
            f"<footer>Weather: sunny. Copyright the agency.</footer></body></html>").encode()


def _sitemap(site: LocalSite, paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{site.url(p)}</loc><lastmod>2024-05-01</lastmod></url>" for p in paths)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>").encode()


def start_sites(stack: ExitStack, pages: int, hosts: int) -> list[LocalSite]:
    """HOSTS loopback servers with PAGES articles between them, each with robots.txt and a sitemap."""
    sites = []
    for h in range(hosts):
        site = stack.enter_context(LocalSite(f"127.0.0.{2 + h}"))
        paths = [f"/news/{n}.html" for n in range(h, pages, hosts)]
        for path in paths:
            site.routes[path] = Route(article(int(path.split("/")[-1].split(".")[0])))
        site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /admin/\n", content_type="text/plain")
        site.routes["/sitemap.xml"] = Route(_sitemap(site, paths), content_type="application/xml")
        sites.append(site)
    return sites


def _one_run(label: str, sites: list[LocalSite], settings: Settings, extract: bool) -> dict:
    from defcoop.sources.crawl import Crawler
    from defcoop.sources.state import add_source
    from defcoop.store.db import engine_of, open_database

    with tempfile.TemporaryDirectory(prefix="defcoop-bench-fetch-") as scratch:
        factory = open_database(str(Path(scratch) / "bench.db"))
        with factory.begin() as session:
            for site in sites:
                add_source(session, site.url("/sitemap.xml"), site.base.split("//")[1])
        with Crawler(factory, settings, Path(scratch) / "archive", extract=extract) as crawler:
            report = crawler.fetch()
        engine_of(factory).dispose()
    during = sum(1 for t in report.batch_times if t <= report.fetch_seconds)
    return {"run": label, "delay": settings.fetch_delay, "host_concurrency": settings.fetch_host_concurrency,
            "threads": settings.fetch_concurrency, "pages": report.fetched, "requests": report.requests,
            "fetch_seconds": report.fetch_seconds, "pages_per_s": report.fetched / max(report.fetch_seconds, 1e-9),
            "stored": report.run.documents_stored, "events": report.run.events_added,
            "first_stored_s": report.first_stored_at, "batches": len(report.batch_times),
            "batches_during_fetch": during, "seconds": report.seconds}


def run_fetch_benchmark(pages: int, hosts: int, settings: Settings, extract: bool = True,
                        log: Callable[[str], None] | None = None) -> dict:
    """Polite run (the settings as they are, with the pipeline running alongside when `extract`),
    then a relaxed one (no delay, 4 requests per host, 32 threads; fetch only)."""
    log = log or (lambda message: None)
    relaxed = dataclasses.replace(settings, fetch_delay=0.0, fetch_host_concurrency=4, fetch_concurrency=32)
    rows = []
    with ExitStack() as stack:
        sites = start_sites(stack, pages, hosts)
        ceiling = hosts * settings.fetch_host_concurrency / settings.fetch_delay if settings.fetch_delay else None
        log(f"polite run: {pages} pages on {hosts} hosts, delay {settings.fetch_delay:g} s, "
            f"{settings.fetch_host_concurrency} per host" + (f" (at most {ceiling:.0f} pages/s)" if ceiling else "")
            + (", pipeline alongside" if extract else ""))
        started = time.monotonic()
        rows.append(_one_run("polite+pipeline" if extract else "polite", sites, settings, extract))
        log(f"  {time.monotonic() - started:.0f} s; relaxed run (fetch only)")
        rows.append(_one_run("relaxed", sites, relaxed, False))
    polite = rows[0]
    verdicts = [f"polite: {polite['pages_per_s']:.1f} pages/s"
                + (f" of at most {ceiling:.1f} allowed by the delay ({polite['pages_per_s'] / ceiling:.0%})"
                   if ceiling else ""),
                f"relaxed: {rows[1]['pages_per_s']:.1f} pages/s"]
    if extract and polite["batches"]:
        verdicts.append(
            f"overlap: the first batch was stored {polite['first_stored_s']:.1f} s in, while fetching went on "
            f"until {polite['fetch_seconds']:.1f} s; {polite['batches_during_fetch']} of {polite['batches']} "
            f"batches were stored before the fetch ended; the pipeline finished at {polite['seconds']:.1f} s")
    return {"pages": pages, "hosts": hosts, "rows": rows, "verdicts": verdicts}
