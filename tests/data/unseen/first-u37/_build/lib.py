"""Helpers for building the u37 set. Each dNN.py defines DOC (dict) and EVENTS (list)."""
import json
import re
from html.parser import HTMLParser
from pathlib import Path

OUT = Path("/work/sealed/first-u37")


def P(name, kind, country, role="participant", title=None):
    d = {"name": name, "kind": kind, "country": country, "role": role}
    if title:
        d["title"] = title
    return d


def S(name, kind, country, title=None):
    return P(name, kind, country, "supplier", title)


def R(name, kind, country, title=None):
    return P(name, kind, country, "recipient", title)


def L(name, country):
    return {"name": name, "country": country}


def E(type_, status, parties, date, loc, item, evidence, optional=False):
    return {"doc_id": None, "type": type_, "status": status, "parties": parties, "date": date,
            "location": loc, "item": item, "evidence": evidence, "optional": optional}


class Visible(HTMLParser):
    SKIP = {"head", "script", "style", "noscript", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        self.depth += tag in self.SKIP
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def write(doc, events, is_html=False):
    doc_id = doc["id"]
    text = doc["text"]
    raw = ws(text)
    vis = None
    if is_html:
        v = Visible()
        v.feed(text)
        vis = ws("".join(v.parts))
    for ev in events:
        ev["doc_id"] = doc_id
        e = ws(ev["evidence"])
        assert e in raw, (doc_id, "not in raw", ev["evidence"][:80])
        if vis is not None:
            assert e in vis, (doc_id, "not in visible", ev["evidence"][:80])
    full = {"id": doc_id, "url": doc["url"], "title": doc["title"], "published": doc["published"],
            "source": doc["source"], "lang": "en", "text": text}
    (OUT / f"{doc_id}.doc.json").write_text(json.dumps(full, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (OUT / f"{doc_id}.gold.json").write_text(
        json.dumps({"doc_id": doc_id, "events": events}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    words = len((vis or text).split())
    return doc_id, len(text), words, len(events)
