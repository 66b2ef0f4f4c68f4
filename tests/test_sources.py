"""Live sources against real HTTP on loopback: discovery, polite fetching, WARC provenance, state.

Every server here is a `LocalSite` on a 127.x address; no test touches an outside address.
"""
from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from defcoop.ingest import read_inputs
from defcoop.pipeline import Runner
from defcoop.settings import Settings
from defcoop.sources import Crawler, SourceError, add_source, list_sources
from defcoop.sources.discover import DiscoveryError, detect_kind, discover, since_filter
from defcoop.sources.fetch import retry_after_seconds
from defcoop.sources.urls import normalise_url
from defcoop.store.db import engine_of, open_database
from defcoop.store.models import DocumentRow, KnownUrlRow, SourceRow
from defcoop.types import RawDocument
from sources_site import XML, LocalSite, Route, article, atom, rss, serve_articles, sitemap, sitemap_index

FAST = dict(fetch_delay=0.0, fetch_backoff=0.05, fetch_timeout=1.0, fetch_retries=3, fetch_max_wait=5.0,
            fetch_user_agent="defcoop-test/1.0 (tests@example.invalid)", pair_model="none", people_model="none")


@pytest.fixture
def site():
    with LocalSite() as server:
        server.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        yield server


@pytest.fixture
def db(tmp_path):
    factory = open_database(str(tmp_path / "live.db"))
    yield factory
    engine_of(factory).dispose()


def crawl(db, tmp_path, **overrides) -> Crawler:
    settings = dataclasses.replace(Settings(), **{**FAST, **overrides})
    return Crawler(db, settings, tmp_path / "archive")


def add(db, url, name=None, **kw):
    with db.begin() as session:
        return add_source(session, url, name, **kw).name


def known(db) -> dict[str, KnownUrlRow]:
    with db() as session:
        return {row.url: row for row in session.scalars(select(KnownUrlRow))}


# -- discovery and URLs -------------------------------------------------------------------

def test_sources_normalise_url_strips_tracking_and_fragment():
    assert normalise_url("HTTPS://News.Example.org:443/a/b?utm_source=x&id=3&fbclid=q#top") == \
        "https://news.example.org/a/b?id=3"
    assert normalise_url("http://ex.org/p?b=2&a=1&gclid=9") == "http://ex.org/p?a=1&b=2"
    assert normalise_url("ftp://ex.org/file") is None
    assert normalise_url("not a url") is None
    assert normalise_url("http://ex.org/" + "a" * 2100) is None


def test_sources_discover_feed_sitemap_index_and_list():
    class Fake:
        def url(self, p):
            return "http://h.test" + p

    fake = Fake()
    feed = discover(rss(fake, ["/a", "/b", "/a"]))
    assert feed.kind == "feed" and [e.url for e in feed.entries] == ["http://h.test/a", "http://h.test/b"]
    assert feed.entries[0].published == "2024-03-05"
    assert discover(atom(fake, ["/c"])).entries[0].published == "2024-02-01"
    news = discover(sitemap(fake, ["/n1", "/n2"], news=True, lastmod="2023-12-30"))
    assert news.kind == "sitemap" and [e.published for e in news.entries] == ["2023-12-30", "2023-12-30"]
    index = discover(sitemap_index(fake, ["/s1.xml", "/s2.xml"]))
    assert index.entries == [] and index.sitemaps == ["http://h.test/s1.xml", "http://h.test/s2.xml"]
    listing = discover(b"# our list\nhttp://h.test/x?utm_campaign=y\n\nnot-a-url\nhttps://h.test/y\n")
    assert listing.kind == "urls" and [e.url for e in listing.entries] == ["http://h.test/x", "https://h.test/y"]
    assert [e.url for e in since_filter(news.entries + listing.entries, "2024")] == \
        ["http://h.test/x", "https://h.test/y"]  # undated entries are kept


def test_sources_discover_reads_gzipped_sitemaps_and_trusts_the_body_over_the_kind():
    import gzip

    class Fake:
        def url(self, p):
            return "http://h.test" + p

    body = sitemap(Fake(), ["/z1", "/z2"])
    zipped = discover(gzip.compress(body), "application/x-gzip")
    assert zipped.kind == "sitemap" and len(zipped.entries) == 2
    assert discover(body, kind="feed").kind == "sitemap"  # added as a feed by its address; a sitemap in fact
    with pytest.raises(DiscoveryError, match="cannot be inflated"):
        discover(b"\x1f\x8b" + b"junk" * 10)


def test_sources_discover_rejects_html_and_broken_xml_with_a_reason():
    with pytest.raises(DiscoveryError, match="HTML page"):
        detect_kind(b"<!DOCTYPE html><html><body>hi</body></html>")
    with pytest.raises(DiscoveryError, match="unreadable sitemap"):
        discover(b'<?xml version="1.0"?><urlset><url><loc>http://a/</loc></url>')
    entity = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
              b"<urlset><url><loc>http://a.test/&x;</loc></url></urlset>")
    assert all("root:" not in e.url for e in discover(entity, kind="sitemap").entries)  # no external entities


def test_sources_retry_after_seconds_and_dates():
    from datetime import UTC, datetime

    now = datetime(2024, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("7", now) == 7.0
    assert retry_after_seconds("Mon, 01 Jan 2024 12:00:30 GMT", now) == 30.0
    assert retry_after_seconds("soon", now) is None


def test_sources_add_and_list_errors(db):
    assert add(db, "https://mod.example.gov/sitemap.xml") == "mod.example.gov"
    assert add(db, "https://mod.example.gov/sitemap-news.xml") == "mod.example.gov-2"
    with pytest.raises(SourceError, match="already a source"):
        add(db, "https://mod.example.gov/sitemap.xml?utm_source=z")
    with pytest.raises(SourceError, match="not an http"):
        add(db, "file:///etc/passwd")
    with pytest.raises(SourceError, match="already exists"):
        add(db, "https://other.example/feed", "mod.example.gov")
    with pytest.raises(SourceError, match="already exists"):  # the name as stored, not as typed
        add(db, "https://third.example/feed", "  mod.example.gov ")
    with db() as session:
        assert [s.kind for s in list_sources(session)] == ["sitemap", "sitemap"]
        with pytest.raises(SourceError, match="no source named 'nope'"):
            list_sources(session, ["nope"])


# -- fetching end to end ------------------------------------------------------------------

def test_sources_fetch_feed_archives_pages_and_runs_the_pipeline(site, db, tmp_path):
    pages = [f"/news/story-{i}.html" for i in range(5)]
    serve_articles(site, pages)
    site.routes["/private/secret.html"] = Route(article(99))
    site.routes["/rss.xml"] = Route(rss(site, pages + ["/private/secret.html"]), content_type=XML, etag='"v1"')
    name = add(db, site.url("/rss.xml"), "Agency", lang="en")
    with crawl(db, tmp_path) as crawler:
        report = crawler.fetch()
    assert report.source_errors == {}
    assert report.fetched == 5 and report.skipped == {"disallowed by robots.txt": 1}
    assert site.counts["/private/secret.html"] == 0
    assert report.run.documents_stored == 5
    # the user agent is the setting's, on every request
    assert {headers.get("User-Agent") for _, headers in site.requests} == {FAST["fetch_user_agent"]}
    with db() as session:
        docs = list(session.scalars(select(DocumentRow)))
        assert {d.source for d in docs} == {"Agency"} and {d.lang for d in docs} == {"en"}
        # provenance: the document's WARC file and offset hold exactly the page's bytes
        from defcoop.ingest.warc import read_record_at
        for doc in docs:
            raw = read_record_at(doc.warc_file, doc.warc_offset)
            assert isinstance(raw, RawDocument) and raw.id == doc.id and raw.html == doc.raw
        source = session.scalar(select(SourceRow).where(SourceRow.name == name))
        assert source.new_articles == 5 and source.last_error == "" and source.last_fetch_at is not None
    # second fetch: the feed answers 304 (conditional request), nothing is fetched again
    with crawl(db, tmp_path) as crawler:
        again = crawler.fetch()
    assert again.fetched == 0 and again.run.documents_stored == 0
    assert site.counts["/rss.xml"] == 2 and all(site.counts[p] == 1 for p in pages)
    assert site.requests[-1][1].get("If-None-Match") == '"v1"'


def test_sources_rebuild_offline_from_the_archive_gives_the_same_documents(site, db, tmp_path):
    pages = [f"/a/{i}" for i in range(3)]
    serve_articles(site, pages)
    site.routes["/sitemap.xml"] = Route(sitemap(site, pages), content_type=XML)
    add(db, site.url("/sitemap.xml"), "Ministry")
    with crawl(db, tmp_path) as crawler:
        crawler.fetch()
    offline = open_database(str(tmp_path / "offline.db"))
    Runner(offline, dataclasses.replace(Settings(), **FAST)).run([tmp_path / "archive"])
    with db() as live, offline() as rebuilt:
        rows = lambda s: sorted((d.id, d.text, d.source) for d in s.scalars(select(DocumentRow)))  # noqa: E731
        assert rows(live) == rows(rebuilt) and len(rows(live)) == 3
    engine_of(offline).dispose()
    # and the archive holds no document the rebuild would misread (feeds, robots.txt are skipped)
    assert sum(isinstance(r, RawDocument) for r in read_inputs([tmp_path / "archive"])) == 3


def test_sources_sitemap_index_and_news_sitemap_and_since(site, db, tmp_path):
    old, new = ["/old/1", "/old/2"], ["/new/1", "/new/2", "/new/3"]
    serve_articles(site, old + new)
    site.routes["/sitemap_index.xml"] = Route(sitemap_index(site, ["/s-old.xml", "/s-news.xml"]), content_type=XML)
    site.routes["/s-old.xml"] = Route(sitemap(site, old, lastmod="2019-05-01"), content_type=XML)
    site.routes["/s-news.xml"] = Route(sitemap(site, new, news=True, lastmod="2024-06-02"), content_type=XML)
    add(db, site.url("/sitemap_index.xml"))
    with crawl(db, tmp_path) as crawler:
        report = crawler.fetch(since="2024-01-01")
    assert report.fetched == 3 and all(site.counts[p] == 0 for p in old) and all(site.counts[p] == 1 for p in new)


def test_sources_polite_fetcher_answers_each_trap_with_a_reason(site, db, tmp_path):
    good = "/ok.html"
    serve_articles(site, [good])
    site.routes["/pdf"] = Route(b"%PDF-1.4 not a page", content_type="application/pdf")
    site.routes["/huge"] = Route(size=3_000_000)
    site.routes["/huge-undeclared"] = Route(size=3_000_000, declare_length=False)  # the cap holds while reading
    site.routes["/slow"] = Route(article(3), delay=2.5)
    site.routes["/loop-a"] = Route(status=302, headers={"Location": "/loop-b"})
    site.routes["/loop-b"] = Route(status=302, headers={"Location": "/loop-a"})
    site.routes["/moved"] = Route(status=301, headers={"Location": "/ok.html"})
    site.routes["/gone"] = Route(b"gone", status=404)
    site.routes["/flaky"] = lambda n: Route(b"oops", status=500) if n == 1 else Route(article(4))
    site.routes["/busy"] = lambda n: (Route(b"slow down", status=429, headers={"Retry-After": "1"}) if n == 1
                                      else Route(article(5)))
    site.routes["/down"] = Route(b"down", status=503)
    site.routes["/later"] = Route(b"come back tomorrow", status=429, headers={"Retry-After": "3600"})
    paths = ["/later", "/ok.html", "/pdf", "/huge", "/huge-undeclared", "/slow", "/loop-a", "/moved", "/gone", "/flaky", "/busy", "/down"]
    site.routes["/list.txt"] = Route("\n".join(site.url(p) for p in paths).encode(), content_type="text/plain")
    add(db, site.url("/list.txt"))
    with crawl(db, tmp_path, fetch_max_bytes=1_000_000, fetch_retries=2) as crawler:
        report = crawler.fetch()
    rows = {url.rsplit("/", 1)[1]: row for url, row in known(db).items()}
    assert rows["pdf"].status == "skipped" and rows["pdf"].reason == "not HTML (application/pdf)"
    assert rows["huge"].status == "skipped" and "1,000,000-byte limit (3,000,000 bytes declared)" in rows["huge"].reason
    assert rows["huge-undeclared"].status == "skipped" and rows["huge-undeclared"].reason.endswith("byte limit")
    assert rows["slow"].status == "failed" and "timed out" in rows["slow"].reason
    assert rows["loop-a"].status == "failed" and "redirect loop" in rows["loop-a"].reason
    assert rows["moved"].status == "done"  # followed to /ok.html (an exact copy: stored once)
    assert rows["gone"].status == "failed" and rows["gone"].reason == "HTTP 404" and site.counts["/gone"] == 1
    assert rows["flaky"].status == "done" and site.counts["/flaky"] == 2
    assert rows["busy"].status == "done" and site.counts["/busy"] == 2
    busy_times = [t for t in _request_times(site, "/busy")]
    assert busy_times[1] - busy_times[0] >= 0.9  # Retry-After: 1 honoured
    assert rows["down"].status == "failed" and "HTTP 503" in rows["down"].reason and site.counts["/down"] == 2
    assert rows["later"].status == "failed" and "Retry-After 3600 s is over the 5 s limit" in rows["later"].reason
    assert site.counts["/later"] == 1  # not waited for, not hammered
    assert report.fetched == 4 and report.run.documents_stored == 3
    with crawl(db, tmp_path, fetch_max_bytes=1_000_000, fetch_retries=2) as crawler:
        crawler.fetch()  # the next fetch tries the 503 again, never the 404 or the loop
    assert site.counts["/down"] == 4 and site.counts["/gone"] == 1 and site.counts["/loop-a"] == 1


def _request_times(site, path):
    return [t for p, t in site.times if p == path]


def test_sources_redirect_limit(site, db, tmp_path):
    for i in range(4):
        site.routes[f"/r{i}"] = Route(status=302, headers={"Location": f"/r{i + 1}"})
    serve_articles(site, ["/r4"])
    site.routes["/list.txt"] = Route(site.url("/r0").encode(), content_type="text/plain")
    add(db, site.url("/list.txt"))
    with crawl(db, tmp_path, fetch_max_redirects=2) as crawler:
        crawler.fetch()
    row = known(db)[site.url("/r0")]
    assert row.status == "failed" and row.reason == "more than 2 redirects" and site.counts["/r4"] == 0


def test_sources_per_host_delay_and_robots_crawl_delay(site, db, tmp_path):
    pages = [f"/p{i}" for i in range(4)]
    serve_articles(site, pages)
    site.routes["/list.txt"] = Route("\n".join(site.url(p) for p in pages).encode(), content_type="text/plain")
    add(db, site.url("/list.txt"))
    with crawl(db, tmp_path, fetch_delay=0.3, fetch_concurrency=4) as crawler:
        crawler.fetch()
    starts = sorted(t for p, t in site.times if p in pages)
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert len(starts) == 4 and min(gaps) >= 0.25  # never two requests to one host closer than the delay


def test_sources_one_failing_source_never_stops_the_others(site, db, tmp_path):
    serve_articles(site, ["/fine"])
    site.routes["/good.txt"] = Route(site.url("/fine").encode(), content_type="text/plain")
    site.routes["/broken.xml"] = Route(b"<rss><channel><item>", content_type=XML)
    add(db, site.url("/broken.xml"), "Broken", kind="feed")
    add(db, site.url("/missing-feed.xml"), "Missing")
    add(db, site.url("/good.txt"), "Good")
    with crawl(db, tmp_path) as crawler:
        report = crawler.fetch()
    assert set(report.source_errors) == {"Broken", "Missing"} and "HTTP 404" in report.source_errors["Missing"]
    assert report.run.documents_stored == 1
    with db() as session:
        health = {s.name: (s.failures, s.last_error != "") for s in list_sources(session)}
    assert health == {"Broken": (1, True), "Missing": (1, True), "Good": (0, False)}


def test_sources_one_fetch_per_archive(db, tmp_path):
    with crawl(db, tmp_path):
        with pytest.raises(SourceError, match="another defcoop fetch"):
            with crawl(db, tmp_path):
                pass


def test_sources_killed_claim_is_resumed_from_the_archive_not_refetched(site, db, tmp_path):
    """A page whose record reached the archive before the kill is not fetched again."""
    pages = ["/k1", "/k2"]
    serve_articles(site, pages)
    site.routes["/list.txt"] = Route("\n".join(site.url(p) for p in pages).encode(), content_type="text/plain")
    add(db, site.url("/list.txt"))
    with crawl(db, tmp_path) as crawler:
        crawler.fetch()
    with db.begin() as session:  # as a kill between archiving and recording would leave it
        for row in session.scalars(select(KnownUrlRow).where(KnownUrlRow.kind == "page")):
            row.status, row.warc_offset = "fetching", None
        session.query(DocumentRow).delete()
    with crawl(db, tmp_path) as crawler:
        report = crawler.fetch()
    assert all(site.counts[p] == 1 for p in pages)
    assert report.run.documents_stored == 2
    with db() as session:
        assert session.scalar(select(func.count()).select_from(DocumentRow).where(
            DocumentRow.warc_offset.is_not(None))) == 2


def test_sources_torn_last_record_is_cut_off_by_the_next_fetch(tmp_path):
    from defcoop.sources.archive import WarcArchive, trim_torn_tail

    archive = WarcArchive(tmp_path / "archive")
    first = archive.write_response("http://a.test/1", 200, "OK", [("Content-Type", "text/html")], article(1))
    second = archive.write_response("http://a.test/2", 200, "OK", [("Content-Type", "text/html")], article(2))
    archive.close()
    whole = archive.path.stat().st_size
    data = archive.path.read_bytes()
    with archive.path.open("ab") as stream:  # a third record, killed halfway through its write
        stream.write(data[second.offset:][: (whole - second.offset) // 2])
    problems = [p for p in read_inputs([tmp_path / "archive"]) if not isinstance(p, RawDocument)]
    assert problems and "truncated" in str(problems[0])  # what a rebuild would meet without the trim
    assert trim_torn_tail(archive.path, first.offset) == (whole - second.offset) // 2
    assert archive.path.stat().st_size == whole and trim_torn_tail(archive.path) == 0
    assert [isinstance(r, RawDocument) for r in read_inputs([tmp_path / "archive"])] == [True, True]


def test_sources_extraction_overlaps_fetching(site, db, tmp_path, extractor):
    """Batches are stored while later pages are still being fetched (the parser is loaded beforehand)."""
    pages = [f"/slowly/{i}" for i in range(12)]
    for i, path in enumerate(pages):
        site.routes[path] = Route(article(200 + i), delay=0.4)
    site.routes["/list.txt"] = Route("\n".join(site.url(p) for p in pages).encode(), content_type="text/plain")
    add(db, site.url("/list.txt"))
    with crawl(db, tmp_path, batch_size=2, pair_model="", people_model="") as crawler:
        report = crawler.fetch()
    assert report.run.documents_stored == 12 and len(report.batch_times) == 6
    assert report.batch_times[0] < report.fetch_seconds  # the first batch was stored before the last page came
