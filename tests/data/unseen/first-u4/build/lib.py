"""Helpers to build the u4 evaluation set: every evidence must be a verbatim substring."""
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = []


def per(name, country, title, role="participant"):
    return {"name": name, "kind": "person", "country": country, "role": role, "title": title}


def cty(name, country, role="participant"):
    return {"name": name, "kind": "country", "country": country, "role": role}


def org(name, country, role="participant"):
    return {"name": name, "kind": "organisation", "country": country, "role": role}


def com(name, country, role="participant"):
    return {"name": name, "kind": "company", "country": country, "role": role}


def igo(name, code, role="participant"):
    return {"name": name, "kind": "igo", "country": code, "role": role}


def ev(type_, status, parties, date, loc, item, evidence, optional=False):
    return {"type": type_, "status": status, "parties": parties, "date": date,
            "location": ({"name": loc[0], "country": loc[1]} if loc else None),
            "item": item, "evidence": evidence, "optional": optional}


def doc(id_, url, title, source, published, text, events):
    DOCS.append((id_, url, title, source, published, text, events))


def write_all():
    for id_, url, title, source, published, text, events in DOCS:
        d = {"id": id_, "url": url, "title": title, "source": source,
             "published": published, "lang": "en", "text": text}
        evs = []
        for e in events:
            assert e["evidence"] in text, (id_, e["evidence"][:80])
            assert text.count(e["evidence"]) >= 1
            for p in e["parties"]:
                if e["type"] == "TRANSFER":
                    assert p["role"] in ("supplier", "recipient"), (id_, p)
                else:
                    assert p["role"] == "participant", (id_, p)
            g = {"doc_id": id_}
            g.update(e)
            evs.append(g)
        with open(os.path.join(OUT, id_ + ".doc.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
        with open(os.path.join(OUT, id_ + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump({"doc_id": id_, "events": evs}, f, ensure_ascii=False, indent=1)
    print("wrote", len(DOCS))
