"""Pages, feeds and sitemaps written for the live-source tests (served by `LocalSite` on loopback)."""
from __future__ import annotations

from defcoop.sources.bench import article
from defcoop.sources.localsite import LocalSite, Route


def rss(site: LocalSite, paths: list[str], date: str = "Tue, 05 Mar 2024 10:00:00 GMT") -> bytes:
    items = "".join(f"<item><title>Story {p}</title><link>{site.url(p)}?utm_source=rss&amp;utm_medium=feed</link>"
                    f"<pubDate>{date}</pubDate></item>" for p in paths)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test agency</title>{items}'
            f"</channel></rss>").encode()


def atom(site: LocalSite, paths: list[str]) -> bytes:
    entries = "".join(f'<entry><title>{p}</title><link href="{site.url(p)}"/><id>{p}</id>'
                      f"<updated>2024-02-01T08:00:00Z</updated></entry>" for p in paths)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>t</title>{entries}</feed>").encode()


def sitemap(site: LocalSite, paths: list[str], news: bool = False, lastmod: str = "2024-03-01") -> bytes:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    urls = "".join(
        f"<url><loc>{site.url(p)}</loc>" + (
            f"<news:news><news:publication_date>{lastmod}T09:00:00Z</news:publication_date>"
            f"<news:title>{p}</news:title></news:news>" if news else f"<lastmod>{lastmod}</lastmod>") + "</url>"
        for p in paths)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
            f"{ns}>{urls}</urlset>").encode()


def sitemap_index(site: LocalSite, paths: list[str]) -> bytes:
    maps = "".join(f"<sitemap><loc>{site.url(p)}</loc></sitemap>" for p in paths)
    return (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>').encode()


def serve_articles(site: LocalSite, paths: list[str], start: int = 0) -> None:
    for i, path in enumerate(paths):
        site.routes[path] = Route(article(start + i))


XML = "application/xml"
__all__ = ["Route", "LocalSite", "XML", "article", "atom", "rss", "serve_articles", "sitemap", "sitemap_index"]
