"""Pages, feeds and sitemaps written for the live-source tests (served by `LocalSite` on loopback)."""
from __future__ import annotations

import random

from defcoop.sources.localsite import LocalSite, Route

COUNTRIES = ["Kazakhstan", "Turkey", "Mongolia", "Chile", "Ghana", "Norway", "Vietnam", "Peru", "Jordan", "Latvia",
             "Kenya", "Uruguay", "Malaysia", "Estonia", "Morocco", "Finland", "Oman", "Bolivia", "Senegal", "Nepal"]
FILLER = ("river harbour winter market school bridge festival orchard library museum railway village stadium "
          "garden theatre highway valley island desert forest meadow lantern canyon glacier harvest pottery "
          "weaving choir mosaic carpet spice coffee tea cotton copper marble timber fishing sailing climbing "
          "tourism census budget pension clinic vaccine rainfall drought flood earthquake bakery tailor "
          "printer courier ferry tram subway airport lighthouse quarry vineyard dairy poultry honey wool").split()
WORDS = ["armoured", "logistics", "coastal", "radar", "training", "brigade", "patrol", "signals", "engineer",
         "helicopter", "naval", "cadet", "academy", "medical", "mountain", "rescue", "cyber", "border"]


def article(n: int) -> bytes:
    """A distinct defence-cooperation article (written for these tests), as a page with furniture."""
    a, b = COUNTRIES[n % len(COUNTRIES)], COUNTRIES[(n * 7 + 3) % len(COUNTRIES)]
    if a == b:
        b = COUNTRIES[(n + 1) % len(COUNTRIES)]
    w = [WORDS[(n * k + k) % len(WORDS)] for k in range(1, 9)]
    text = (f"<p>The defence ministers of {a} and {b} signed an agreement on {w[0]} and {w[1]} cooperation "
            f"in the capital on Tuesday, officials said in report number {n}.</p>"
            f"<p>Under the agreement, {w[2]} units of the two armies will hold a joint {w[3]} exercise next "
            f"year, and officers from {b} will attend the {w[4]} academy of {a}.</p>"
            f"<p>The ministers also discussed {w[5]} equipment, {w[6]} maintenance and a {w[7]} programme "
            f"that the two defence ministries plan to extend in {2020 + n % 6}.</p>")
    rng = random.Random(n)
    for _ in range(3):  # unrelated sentences: no two test articles are near copies of each other
        text += "<p>" + " ".join(rng.sample(FILLER, 18)).capitalize() + ".</p>"
    return (f"<!doctype html><html><head><title>Report {n}</title></head><body><nav>Home | World | Sport</nav>"
            f"<article><h1>{a} and {b} sign defence pact {n}</h1>{text}</article>"
            f"<footer>Weather: sunny. Copyright the agency.</footer></body></html>").encode()


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
