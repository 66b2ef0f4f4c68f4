"""Helpers for building the u43 set. Every document text lives in the part files."""
import json, re, sys
from pathlib import Path
from html.parser import HTMLParser

OUT = Path(__file__).resolve().parent.parent
DOCS = []


def P(name, kind, country, role="participant", title=None):
    d = {"name": name, "kind": kind, "country": country, "role": role}
    if title:
        d["title"] = title
    return d


def L(name, country):
    return {"name": name, "country": country}


def E(type_, status, parties, date, loc, item, evidence, optional=False):
    return {"type": type_, "status": status, "parties": parties, "date": date,
            "location": loc, "item": item, "evidence": evidence, "optional": optional}


def add(id_, url, title, published, source, text, events, fmt):
    DOCS.append(dict(id=id_, url=url, title=title, published=published, source=source,
                     text=text, events=events, fmt=fmt))


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


def visible(html):
    v = Visible()
    v.feed(html)
    return ws("".join(v.parts))


def write_all():
    problems = []
    for d in DOCS:
        doc = {"id": d["id"], "url": d["url"], "title": d["title"], "published": d["published"],
               "source": d["source"], "lang": "en", "text": d["text"]}
        events = []
        for e in d["events"]:
            ev = {"doc_id": d["id"]}
            ev.update(e)
            events.append(ev)
            if ws(e["evidence"]) not in ws(d["text"]):
                problems.append(f"{d['id']}: evidence not in raw text: {e['evidence'][:60]}")
            if d["fmt"] == "html" and ws(e["evidence"]) not in visible(d["text"]):
                problems.append(f"{d['id']}: evidence not in visible text: {e['evidence'][:60]}")
        (OUT / f"{d['id']}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (OUT / f"{d['id']}.gold.json").write_text(
            json.dumps({"doc_id": d["id"], "events": events}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for p in problems:
        print("BUILD PROBLEM", p)
    # summary
    for d in DOCS:
        body = visible(d["text"]) if d["fmt"] == "html" else d["text"]
        req = sum(not e["optional"] for e in d["events"])
        opt = sum(e["optional"] for e in d["events"])
        print(f"{d['id']} {d['fmt']:<8} pub={d['published']} chars={len(d['text']):>5} words={len(body.split()):>5} req={req} opt={opt}")
    return not problems
