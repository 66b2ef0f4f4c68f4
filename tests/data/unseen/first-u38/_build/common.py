import json, re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

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
    return {"type": type_, "status": status, "parties": parties, "date": date,
            "location": loc, "item": item, "evidence": evidence, "optional": optional}

def ws(s):
    return re.sub(r"\s+", " ", s).strip()

def write(doc, events):
    doc_id = doc["id"]
    text = doc["text"]
    for ev in events:
        assert ws(ev["evidence"]) in ws(text), (doc_id, ev["evidence"][:80])
    d = {"id": doc_id, "url": doc["url"], "title": doc["title"], "published": doc["published"],
         "source": doc["source"], "lang": "en", "text": text}
    (OUT / f"{doc_id}.doc.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    evs = []
    for ev in events:
        e = {"doc_id": doc_id}
        e.update(ev)
        evs.append(e)
    g = {"doc_id": doc_id, "events": evs}
    (OUT / f"{doc_id}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(text), len(text.split())
