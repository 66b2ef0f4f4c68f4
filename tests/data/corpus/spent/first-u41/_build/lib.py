"""Helpers for writing the u41 documents and their gold files."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
DOCS = []


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


def doc(id_, url, title, published, source, text, events):
    DOCS.append((id_, url, title, published, source, text, events))


def write_all():
    for id_, url, title, published, source, text, events in DOCS:
        d = {"id": id_, "url": url, "title": title, "published": published, "source": source,
             "lang": "en", "text": text.strip("\n") + "\n"}
        for ev in events:
            ev["doc_id"] = id_
            ev["evidence"] = " ".join(ev["evidence"].split())
        (OUT / f"{id_}.doc.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (OUT / f"{id_}.gold.json").write_text(
            json.dumps({"doc_id": id_, "events": events}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents")
