"""The polite fetcher: robots.txt, per-host delay and concurrency, conditional requests, retries.

httpx (sync client, one connection pool shared by the fetch threads) because it gives
separate connect/read timeouts, streaming bodies (so the size cap is enforced while reading,
not after), HTTP/1.1 keep-alive per host and a clean exception hierarchy; redirects are followed
here, hop by hop, so each hop is checked against robots.txt, counted against the limit and
archived. robots.txt is read with Protego (Scrapy's parser: wildcards, `$`, Crawl-delay, the
longest-match rule of RFC 9309), fetched once per host and cached for the fetcher's life.

Every response (robots.txt, feeds, redirects, errors, pages) is written to the WARC archive.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import httpx
from protego import Protego

from defcoop.settings import Settings
from defcoop.sources.archive import ArchivedAt, WarcArchive
from defcoop.sources.urls import host_of

LOGGER = logging.getLogger(__name__)
HTML_TYPES = ("text/html", "application/xhtml+xml")
RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class FetchPolicy:
    """How politely to fetch; from the settings table (`fetch_*`)."""

    user_agent: str
    delay: float
    host_concurrency: int
    timeout: float
    max_bytes: int
    max_redirects: int
    retries: int
    backoff: float
    max_wait: float

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        return cls(settings.fetch_user_agent, settings.fetch_delay, settings.fetch_host_concurrency,
                   settings.fetch_timeout, settings.fetch_max_bytes, settings.fetch_max_redirects,
                   settings.fetch_retries, settings.fetch_backoff, settings.fetch_max_wait)


@dataclass
class FetchResult:
    """What fetching one URL gave. `outcome`: ok, not-modified, skipped (with a reason) or failed."""

    url: str
    outcome: str
    reason: str = ""
    status: int | None = None
    final_url: str = ""
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    archived: ArchivedAt | None = None
    requests: int = 0
    location: str | None = None  # a redirect's target, as given

    @property
    def transient(self) -> bool:
        """A failure worth trying again later (429, 5xx, timeouts, connection errors), not a 404 or a loop."""
        return self.outcome == "failed" and (self.status is None or self.status in RETRY_STATUSES)


@dataclass
class _Host:
    slots: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0
    delay: float = 0.0
    robots: Protego | None = None
    robots_state: str = ""  # "" not read yet, "rules", "allow-all", "deny-all"
    robots_lock: threading.Lock = field(default_factory=threading.Lock)  # one reader of robots.txt per host


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class _Skip(Exception):
    """A response that is not kept as a page (size cap, content type): outcome skipped."""


class PoliteFetcher:
    """Fetches URLs for many threads at once, within each host's delay and concurrency cap."""

    def __init__(self, policy: FetchPolicy, archive: WarcArchive, transport: httpx.BaseTransport | None = None):
        self.policy = policy
        self.archive = archive
        self.client = httpx.Client(
            headers={"User-Agent": policy.user_agent}, follow_redirects=False, transport=transport,
            timeout=httpx.Timeout(policy.timeout),
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=64))
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    # -- politeness -----------------------------------------------------------------------

    def _host(self, url: str) -> _Host:
        key = host_of(url)
        with self._hosts_lock:
            host = self._hosts.get(key)
            if host is None:
                host = self._hosts[key] = _Host(threading.Semaphore(self.policy.host_concurrency),
                                                delay=self.policy.delay)
            return host

    def _wait_turn(self, host: _Host) -> None:
        """Take one of the host's slots and wait until its next request may start."""
        host.slots.acquire()
        with host.lock:
            now = time.monotonic()
            start = max(now, host.next_start)
            host.next_start = start + host.delay
        if start > now:
            time.sleep(start - now)

    def _defer(self, host: _Host, seconds: float) -> None:
        """No request to this host for `seconds` (it asked us to slow down)."""
        with host.lock:
            host.next_start = max(host.next_start, time.monotonic() + seconds)

    def allowed(self, url: str) -> bool:
        """robots.txt of the URL's host allows our user agent to fetch it (read once per host)."""
        host = self._host(url)
        with host.robots_lock:
            if not host.robots_state:
                self._read_robots(url, host)
        if host.robots_state == "allow-all":
            return True
        if host.robots_state == "deny-all":
            return False
        return host.robots.can_fetch(url, self.policy.user_agent)

    def _read_robots(self, url: str, host: _Host) -> None:
        """RFC 9309: 4xx means no rules; 5xx or unreachable means everything is disallowed for now."""
        robots_url = host_of(url) + "/robots.txt"
        result = self._get_following(robots_url, None, None, html_only=False, check_robots=False, retries=1)
        if result.outcome == "ok":
            parser = Protego.parse(result.body.decode("utf-8", "replace"))
            state = "rules"
            delay = parser.crawl_delay(self.policy.user_agent)
            if delay:
                host.delay = max(host.delay, min(float(delay), self.policy.max_wait))
        elif result.status is not None and 400 <= result.status < 500:
            parser, state = None, "allow-all"
        else:
            parser, state = None, "deny-all"
        with host.lock:
            host.robots, host.robots_state = parser, state

    # -- fetching -------------------------------------------------------------------------

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None, html_only: bool = True,
              warc_headers: dict[str, str] | None = None, max_bytes: int | None = None,
              on_start: Callable[[], None] | None = None) -> FetchResult:
        """GET `url` politely: robots.txt, redirects (each hop checked and archived), retries.
        `max_bytes` replaces the page size cap (sitemaps may be 50 MB); `on_start` is called once, when
        the host's turn has come, just before the first request for `url` is sent."""
        if not self.allowed(url):
            return FetchResult(url, "skipped", "disallowed by robots.txt")
        return self._get_following(url, etag, last_modified, html_only, True, self.policy.retries, warc_headers,
                                   max_bytes or self.policy.max_bytes, on_start)

    def _get_following(self, url: str, etag: str | None, last_modified: str | None, html_only: bool,
                       check_robots: bool, retries: int, warc_headers: dict[str, str] | None = None,
                       max_bytes: int | None = None, on_start: Callable[[], None] | None = None) -> FetchResult:
        seen = {url}
        current = url
        total_requests = 0
        for _ in range(self.policy.max_redirects + 1):
            result = self._get_with_retries(current, etag, last_modified, html_only, retries, warc_headers,
                                            max_bytes or self.policy.max_bytes, on_start)
            on_start = None
            total_requests += result.requests
            result.requests, result.url = total_requests, url
            if result.location is None:
                return result
            target = urljoin(current, result.location)
            if target in seen:
                return FetchResult(url, "failed", f"redirect loop at {target}", result.status, current,
                                   requests=total_requests)
            if check_robots and not self.allowed(target):
                return FetchResult(url, "skipped", f"redirect to {target}, disallowed by robots.txt",
                                   result.status, target, requests=total_requests)
            seen.add(target)
            current, etag, last_modified = target, None, None
        return FetchResult(url, "failed", f"more than {self.policy.max_redirects} redirects", None, current,
                           requests=total_requests)

    def _get_with_retries(self, url: str, etag: str | None, last_modified: str | None, html_only: bool,
                          retries: int, warc_headers: dict[str, str] | None, max_bytes: int,
                          on_start: Callable[[], None] | None = None) -> FetchResult:
        host = self._host(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempts = max(1, retries)
        for attempt in range(1, attempts + 1):
            self._wait_turn(host)
            try:
                if on_start is not None:
                    on_start, start = None, on_start
                    start()
                result, wait = self._get_once(url, headers, html_only, warc_headers, max_bytes)
            except httpx.TimeoutException:
                result, wait = FetchResult(url, "failed", f"timed out after {self.policy.timeout:g} s"), None
            except httpx.TransportError as exc:
                result, wait = FetchResult(url, "failed", f"connection error: {exc or type(exc).__name__}"), None
            finally:
                host.slots.release()
            result.requests = attempt
            retryable = result.transient
            if not retryable or attempt == attempts:
                if retryable and attempts > 1:
                    result.reason += f" ({attempts} attempts)"
                return result
            if wait is not None and wait > self.policy.max_wait:
                result.reason += f"; Retry-After {wait:g} s is over the {self.policy.max_wait:g} s limit"
                return result
            pause = wait if wait is not None else self.policy.backoff * 2 ** (attempt - 1)
            LOGGER.info("%s: %s, retrying in %.1f s", url, result.reason, pause)
            self._defer(host, pause)
        raise AssertionError("unreachable")

    def _get_once(self, url: str, headers: dict[str, str], html_only: bool, warc_headers: dict[str, str] | None,
                  max_bytes: int) -> tuple[FetchResult, float | None]:
        """One request; the response archived; (result, Retry-After seconds or None)."""
        deadline = time.monotonic() + 2 * self.policy.timeout  # a server dripping bytes gets no longer
        with self.client.stream("GET", url, headers=headers) as response:
            with self._hosts_lock:
                self.requests += 1
            status = response.status_code
            content_type = response.headers.get("content-type", "")
            result = FetchResult(url, "ok", status=status, final_url=url, content_type=content_type,
                                 etag=response.headers.get("etag"),
                                 last_modified=response.headers.get("last-modified"))
            truncated = ""
            body = b""
            try:
                if status == 200:
                    self._check_type_and_size(response, html_only, max_bytes)
                body = self._read_capped(response, deadline, max_bytes)
            except _Skip as skip:
                result.outcome, result.reason, truncated = "skipped", str(skip), "length"
            extra = dict(warc_headers or {}) if status == 200 and not truncated else {}
            if truncated:
                extra["WARC-Truncated"] = truncated
            result.archived = self.archive.write_response(
                url, status, response.reason_phrase, list(response.headers.multi_items()), body, extra)
        wait = None
        if status == 200:
            result.body = body if result.outcome == "ok" else b""
        elif status == 304:
            result.outcome, result.reason = "not-modified", "not modified since the last fetch"
        elif 300 <= status < 400 and response.headers.get("location"):
            result.location = response.headers["location"]
        else:
            result.outcome, result.reason = "failed", f"HTTP {status}"
            if status in RETRY_STATUSES:
                wait = retry_after_seconds(response.headers.get("retry-after"))
        return result, wait

    def _check_type_and_size(self, response: httpx.Response, html_only: bool, max_bytes: int) -> None:
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if html_only and media not in HTML_TYPES:
            raise _Skip(f"not HTML ({media or 'no content type'})")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise _Skip(f"larger than the {max_bytes:,}-byte limit ({int(declared):,} bytes declared)")

    def _read_capped(self, response: httpx.Response, deadline: float, max_bytes: int) -> bytes:
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise _Skip(f"larger than the {max_bytes:,}-byte limit")
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("body too slow", request=response.request)
            chunks.append(chunk)
        return b"".join(chunks)
