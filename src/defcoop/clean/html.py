"""Main text of an HTML page: trafilatura first, an lxml paragraph fallback second."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import lxml.html
import trafilatura

LOGGER = logging.getLogger(__name__)

# Elements and class/id words that never hold article text (used by the fallback only).
DROP_TAGS = ("script", "style", "noscript", "nav", "aside", "footer", "header", "form", "iframe", "template",
             "button", "select", "figure", "svg")
DROP_ATTR = re.compile(r"cookie|banner|share|social|related|sidebar|menu|breadcrumb|newsletter|subscribe|comment"
                       r"|footer|header|nav|advert|promo|popular|tags", re.IGNORECASE)


@dataclass(slots=True)
class ExtractedPage:
    text: str
    title: str | None
    date: str | None
    url: str | None
    from_fallback: bool = False


# trafilatura's extraction grows faster than the page (1.1 s for a 1 MB page, 15 s for 10 MB, minutes for
# 100 MB: `defcoop bench-inputs`); article pages are far smaller, and a larger one gets the linear
# fallback (its <p> elements once scripts, menus and sidebars are removed).
TRAFILATURA_MAX_CHARS = 2_000_000


def extract_page(html: str) -> ExtractedPage:
    """Main text (one paragraph per line), title, date and URL of a page."""
    if len(html) > TRAFILATURA_MAX_CHARS:
        return fallback_extract(html)
    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        )
    except Exception:  # trafilatura may choke on odd markup; the fallback still gets the paragraphs
        LOGGER.debug("trafilatura failed", exc_info=True)
        result = None
    if result is not None and (result.text or "").strip():
        return ExtractedPage(result.text, result.title or None, result.date or None, result.url or None)
    return fallback_extract(html)


def _parse(html: str):
    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        # lxml refuses str input with an encoding declaration; bytes are fine
        try:
            return lxml.html.document_fromstring(html.encode("utf-8"))
        except Exception:
            return None


def fallback_extract(html: str) -> ExtractedPage:
    """Text of the page's <p> elements (else its visible text) once scripts, menus and sidebars are removed."""
    root = _parse(html)
    if root is None:
        return ExtractedPage("", None, None, None, from_fallback=True)
    title_el = root.find(".//h1")
    title_text = title_el.text_content() if title_el is not None else (root.findtext(".//title") or "")
    title = " ".join(title_text.split()) or None
    for element in list(root.iter(*DROP_TAGS)):
        element.drop_tree()
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        marker = f"{element.get('class', '')} {element.get('id', '')}"
        if marker.strip() and DROP_ATTR.search(marker):
            element.drop_tree()
    paragraphs = [" ".join(p.text_content().split()) for p in root.iter("p")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        body = root.find(".//body")
        text = (body if body is not None else root).text_content()
        paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    return ExtractedPage("\n".join(paragraphs), title, None, None, from_fallback=True)


def visible_lines(html: str) -> list[str]:
    """Visible text lines of a page (scripts and styles removed), for date hunting."""
    root = _parse(html)
    if root is None:
        return []
    for element in list(root.iter("script", "style", "noscript", "template")):
        element.drop_tree()
    return [line.strip() for line in root.text_content().splitlines() if line.strip()]
