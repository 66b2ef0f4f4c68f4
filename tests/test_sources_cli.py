"""The live-source commands: sources add/list, fetch, watch; and a watch killed at random moments.

Servers are `LocalSite`s on loopback; no test touches an outside address.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from defcoop.cli import app
from defcoop.cli_sources import parse_duration
from defcoop.ingest import read_inputs
from defcoop.store.db import engine_of, open_database
from defcoop.store.models import DocumentRow, KnownUrlRow
from defcoop.types import InputProblem
from sources_site import XML, LocalSite, Route, rss, serve_articles

# A generous timeout: a fetch thread starved while the parser loads must not time out and ask again.
ENV = {"DEFCOOP_FETCH_DELAY": "0.05", "DEFCOOP_FETCH_BACKOFF": "0.05", "DEFCOOP_FETCH_TIMEOUT": "20",
       "DEFCOOP_FETCH_USER_AGENT": "defcoop-test/1.0", "DEFCOOP_PAIR_MODEL": "none", "DEFCOOP_PEOPLE_MODEL": "none"}


@pytest.fixture
def env(monkeypatch):
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)


def invoke(*args):
    result = CliRunner().invoke(app, [str(a) for a in args])
    return result


def test_sources_cli_duration():
    assert parse_duration("15m") == 900 and parse_duration("90") == 90 and parse_duration("2h") == 7200
    with pytest.raises(Exception, match="not a duration"):
        parse_duration("soon")


def test_sources_cli_add_list_fetch(tmp_path, env):
    db, archive = tmp_path / "cli.db", tmp_path / "archive"
    with LocalSite() as site:
        pages = ["/story/1", "/story/2"]
        serve_articles(site, pages)
        site.routes["/feed/defence.xml"] = Route(rss(site, pages), content_type=XML)
        added = invoke("sources", "add", site.url("/feed/defence.xml"), "--name", "Agency", "--lang", "en", "--db", db)
        assert added.exit_code == 0 and "added Agency" in added.output and "(feed)" in added.output
        again = invoke("sources", "add", site.url("/feed/defence.xml"), "--db", db)
        assert again.exit_code == 1 and "already a source" in again.output
        assert invoke("sources", "add", site.url("/gone.xml"), "--name", "Gone", "--db", db).exit_code == 0
        listed = invoke("sources", "list", "--db", db)
        assert "Agency" in listed.output and "never fetched" in listed.output
        fetched = invoke("fetch", "--db", db, "--archive", archive, "--json")
        assert fetched.exit_code == 3  # the source "Gone" failed: reported, the other one fetched
        report = json.loads(fetched.stdout)
        assert report["fetched"] == 2 and report["documents_stored"] == 2 and list(report["source_errors"]) == ["Gone"]
        only = invoke("fetch", "--source", "Agency", "--db", db, "--archive", archive, "--json")
        assert only.exit_code == 0 and json.loads(only.stdout)["fetched"] == 0
        assert invoke("fetch", "--source", "Nope", "--db", db, "--archive", archive).exit_code == 1
        health = json.loads(invoke("sources", "list", "--db", db, "--json").stdout)
        by_name = {row["name"]: row for row in health}
        assert by_name["Agency"]["total_articles"] == 2 and by_name["Agency"]["pages"] == {"done": 2}
        assert by_name["Gone"]["failures_in_a_row"] == 1 and "HTTP 404" in by_name["Gone"]["last_error"]
        assert list(archive.glob("defcoop-*.warc.gz"))


def _watch(db, archive) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "defcoop.cli", "watch", "--every", "1s", "--db", str(db),
                             "--archive", str(archive), "--quiet"],
                            env={**os.environ, **ENV}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_sources_watch_killed_at_five_random_moments_loses_nothing_and_fetches_nothing_twice(tmp_path):
    """SIGKILL `watch` five times at random moments, then let it finish: every page is stored once, and a
    page is requested again only when a kill caught its response on the way (its bytes never reached
    the archive): a kill falls between any two requests for one page, and there are no more repeated
    requests than kills, since the site is fetched one request at a time."""
    db, archive = tmp_path / "watch.db", tmp_path / "archive"
    rng = random.Random(14)
    with LocalSite() as site:
        pages = [f"/w/{i}.html" for i in range(30)]
        serve_articles(site, pages)
        site.routes["/robots.txt"] = Route(b"User-agent: *\nAllow: /\n", content_type="text/plain")
        site.routes["/rss.xml"] = Route(rss(site, pages), content_type=XML, etag='"feed-1"')
        assert invoke("sources", "add", site.url("/rss.xml"), "--name", "W", "--db", db).exit_code == 0
        site.routes.update({p: Route(site.routes[p].body, delay=0.2) for p in pages})  # 6 s of fetching
        moments = [rng.uniform(0.0, 2.5) for _ in range(5)]  # after the process's first request
        factory = open_database(str(db))
        progress = []
        kills = []
        try:
            for moment in moments:
                before = sum(site.counts.values())
                process = _watch(db, archive)
                started = time.monotonic()  # start-up (imports) takes seconds on a busy machine: wait for work
                while sum(site.counts.values()) == before and time.monotonic() - started < 120:
                    time.sleep(0.02)
                time.sleep(moment)
                process.send_signal(signal.SIGKILL)
                process.wait()
                kills.append(time.monotonic())
                with factory() as session:
                    progress.append(dict(session.execute(select(KnownUrlRow.status, func.count()).where(
                        KnownUrlRow.kind == "page").group_by(KnownUrlRow.status)).all()))
            process = _watch(db, archive)
            deadline = time.monotonic() + 240
            while time.monotonic() < deadline:
                with factory() as session:
                    done = session.scalar(select(func.count()).select_from(KnownUrlRow).where(
                        KnownUrlRow.kind == "page", KnownUrlRow.status == "done"))
                if done == len(pages) or process.poll() is not None:
                    break
                time.sleep(0.5)
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=60) == 0, process.stderr.read().decode()[-2000:]
            with factory() as session:
                statuses = dict(session.execute(select(KnownUrlRow.url, KnownUrlRow.status)
                                                .where(KnownUrlRow.kind == "page")).all())
                docs = list(session.scalars(select(DocumentRow)))
        finally:
            engine_of(factory).dispose()
        counts = [site.counts[p] for p in pages]
        asked = {p: [t for q, t in site.times if q == p] for p in pages}
    print("pages by status after each kill:", progress, "requests per page:", counts)
    assert any(p.get("done", 0) < len(pages) for p in progress)  # the kills did land before the end
    assert set(statuses.values()) == {"done"} and len(statuses) == len(pages)
    assert len(docs) == len(pages) and all(d.warc_file and d.warc_offset is not None for d in docs)
    assert min(counts) == 1 and sum(c - 1 for c in counts) <= len(moments), counts
    for page, times in asked.items():  # a page asked for again only after a kill cut its response short
        for asked_at, asked_again in zip(times, times[1:]):
            assert any(asked_at < kill < asked_again for kill in kills), (page, times, kills)
    # the archive rebuilds cleanly: a record torn by a kill was cut off by the next start
    assert [str(p) for p in read_inputs([archive]) if isinstance(p, InputProblem) and p.bad] == []


def test_sources_bench_fetch_runs_on_loopback_hosts(env):
    result = invoke("bench-fetch", "--pages", 40, "--hosts", 3, "--no-extract", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [row["run"] for row in data["rows"]] == ["polite", "relaxed"]
    assert all(row["pages"] == 40 and row["pages_per_s"] > 0 for row in data["rows"])
