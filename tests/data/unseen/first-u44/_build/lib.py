import json, os
OUT = "/work/sealed/first-u44"
DOCS = []

def P(name, kind, c, role="participant", title=None):
    d = {"name": name, "kind": kind, "country": c, "role": role}
    if title:
        d["title"] = title
    return d

def S(name, kind, c, title=None):
    return P(name, kind, c, "supplier", title)

def R(name, kind, c, title=None):
    return P(name, kind, c, "recipient", title)

def L(name, c):
    return {"name": name, "country": c}

def E(typ, status, parties, date, loc, item, evidence, optional=False):
    return {"type": typ, "status": status, "parties": parties, "date": date,
            "location": loc, "item": item, "evidence": evidence, "optional": optional}

def add(n, url, title, published, source, text, events):
    DOCS.append((n, url, title, published, source, text, events))

def write():
    for n, url, title, published, source, text, events in DOCS:
        did = f"u44-{n:02d}"
        doc = {"id": did, "url": url, "title": title, "published": published,
               "source": source, "lang": "en", "text": text}
        evs = []
        for e in events:
            assert e["evidence"] in text, (did, e["evidence"][:60])
            evs.append({"doc_id": did, **e})
        with open(os.path.join(OUT, did + ".doc.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
        with open(os.path.join(OUT, did + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump({"doc_id": did, "events": evs}, f, ensure_ascii=False, indent=1)
        print(did, len(text), "chars", len(text.split()), "words", len(evs), "events")
