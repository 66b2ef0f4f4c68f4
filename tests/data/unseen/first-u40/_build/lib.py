import json, re, sys
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent

def P(name, kind, country, role="participant", title=None):
    p = {"name": name, "kind": kind, "country": country, "role": role}
    if title:
        p["title"] = title
    return p

def S(name, kind, country, title=None):
    return P(name, kind, country, "supplier", title)

def R(name, kind, country, title=None):
    return P(name, kind, country, "recipient", title)

def L(name, country):
    return {"name": name, "country": country}

def E(type, status, parties, date, location, item, evidence, optional=False):
    return dict(type=type, status=status, parties=parties, date=date, location=location,
                item=item, evidence=evidence, optional=optional)

def ws(s):
    return re.sub(r"\s+", " ", s).strip()

def write(doc, events):
    did = doc["id"]
    text = doc["text"]
    for i, e in enumerate(events):
        if ws(e["evidence"]) not in ws(text):
            sys.exit(f"{did}: evidence {i} not in text: {e['evidence'][:80]}")
    gold = {"doc_id": did, "events": []}
    for e in events:
        ev = {"doc_id": did}
        for k in ["type", "status", "parties", "date", "location", "item", "evidence", "optional"]:
            ev[k] = e[k]
        gold["events"].append(ev)
    d = {k: doc[k] for k in ["id", "url", "title", "published", "source", "lang", "text"]}
    (OUT / f"{did}.doc.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (OUT / f"{did}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    words = len(re.sub(r"<[^>]+>", " ", text).split())
    print(f"{did}: {len(text)} chars, ~{words} words, {sum(not e['optional'] for e in events)} req, {sum(e['optional'] for e in events)} opt")
