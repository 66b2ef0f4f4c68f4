import json, re
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


def E(type_, status, parties, date, loc, item, evidence, optional=False):
    return {"type": type_, "status": status, "parties": parties, "date": date,
            "location": ({"name": loc[0], "country": loc[1]} if loc else None),
            "item": item, "evidence": evidence, "optional": optional}


def doc(id_, url, title, published, source, text, events):
    DOCS.append((id_, url, title, published, source, text, events))


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def write_all():
    for id_, url, title, published, source, text, events in DOCS:
        d = {"id": id_, "url": url, "title": title, "published": published,
             "source": source, "lang": "en", "text": text}
        (OUT / f"{id_}.doc.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        evs = []
        for e in events:
            assert ws(e["evidence"]) in ws(text), (id_, e["evidence"][:60])
            ev = {"doc_id": id_}
            ev.update(e)
            evs.append(ev)
        g = {"doc_id": id_, "events": evs}
        (OUT / f"{id_}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        words = len(re.sub(r"<[^>]+>", " ", text).split())
        print(f"{id_}: {len(text):5d} chars {words:5d} words  req={sum(not e['optional'] for e in events)} opt={sum(e['optional'] for e in events)}")
