"""Clean: RawDocument in, Document out (main text, title, publication date, content hash).

`clean_document` is pure: no I/O. HTML goes through trafilatura (lxml fallback); scraped
plain text through the line rules in `text.py`, whose patterns live in data/furniture.json.
Paragraphs of `Document.text` are separated by a blank line.
"""
from __future__ import annotations

from defcoop.clean.dates import declared_date, publication_date
from defcoop.clean.html import extract_page, fallback_extract, visible_lines
from defcoop.clean.normalise import content_hash, normalise_text
from defcoop.clean.text import clean_extracted_text, clean_plain_text, tidy
from defcoop.types import Document, RawDocument

__all__ = ["clean_document", "content_hash", "normalise_text"]

PARAGRAPH_SEP = "\n\n"


def _languages(lang: str | None) -> tuple[str, ...]:
    return ("en",) if not lang or lang == "en" else ("en", lang)


def clean_document(raw: RawDocument) -> Document:
    """Clean one raw document.

    :param raw: a RawDocument with `text` (scraped page text) or `html` (a raw page).
    :returns: a Document whose `text` is the main text, paragraphs separated by a blank line.
    """
    languages = _languages(raw.lang)
    title, published, url = raw.title, declared_date(raw.published), raw.url
    if raw.html is not None:
        page = extract_page(raw.html)
        title = title or page.title
        paragraphs = clean_extracted_text(page.text, title or page.title)
        if page.title and title and page.title != title:
            paragraphs = clean_extracted_text(PARAGRAPH_SEP.join(paragraphs), page.title)
        if not paragraphs and not page.from_fallback:  # the cleaner removed all trafilatura gave
            page = fallback_extract(raw.html)
            title = title or page.title
            paragraphs = clean_extracted_text(page.text, title)
        lines = visible_lines(raw.html)
        published = published or declared_date(page.date) or publication_date(lines, [], url or page.url, languages)
        url = url or page.url
        source_text = raw.html
    else:
        source_text = raw.text or ""
        cleaned = clean_plain_text(source_text, raw.title, languages, raw.url)
        paragraphs = cleaned.paragraphs
        title = title or cleaned.headline
        published = published or cleaned.date
    text = PARAGRAPH_SEP.join(paragraphs)
    return Document(
        id=raw.id, text=text, raw=source_text, origin=raw.origin, url=url,
        title=tidy(title) if title else None, published=published, source=raw.source, lang=raw.lang,
        content_hash=content_hash(text),
    )
