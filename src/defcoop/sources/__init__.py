"""Live sources: follow news feeds, sitemaps and URL lists politely and keep every response.

- `discover`: the pages a feed (feedparser), a sitemap or sitemap index (lxml) or a URL list names.
- `urls`: normalisation (courlan: tracking parameters stripped) and document ids of pages.
- `fetch`: the polite fetcher (httpx; robots.txt by Protego, per-host delay and concurrency,
  conditional requests, retries with backoff honouring Retry-After, timeouts, size cap,
  redirect limit, non-HTML skipped with a reason).
- `archive`: every response as a WARC record (warcio); documents link to their record.
- `state`: sources, known URLs and health in the database (migration 0005).
- `crawl`: one fetch and `watch`, fetch threads feeding the pipeline (`Runner.run_raw`).
- `localsite`: a loopback web server for the tests and `defcoop bench-fetch`.
"""
from __future__ import annotations

from defcoop.sources.crawl import Crawler, FetchReport
from defcoop.sources.state import SourceError, add_source, list_sources

__all__ = ["Crawler", "FetchReport", "SourceError", "add_source", "list_sources"]
