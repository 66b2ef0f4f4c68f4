import json, os, re, html as H
OUT = os.path.dirname(os.path.abspath(__file__))
DOCS = []

def P(name, kind, country, role="participant", title=None):
    d = {"name": name, "kind": kind, "country": country, "role": role}
    if title is not None:
        d["title"] = title
    return d

def S(name, kind, country, title=None):
    return P(name, kind, country, "supplier", title)

def R(name, kind, country, title=None):
    return P(name, kind, country, "recipient", title)

def L(name, country):
    return {"name": name, "country": country}

def E(type, status, parties, date, loc, item, evidence, optional=False):
    return dict(type=type, status=status, parties=parties, date=date, location=loc,
                item=item, evidence=evidence, optional=optional)

def visible(h):
    h = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?s)<[^>]+>", "\n", h)
    return H.unescape(h)

def doc(id, title, source, url, published, events, text=None, html=None):
    body = text if text is not None else visible(html)
    for e in events:
        assert e["evidence"] in body, (id, e["evidence"][:80])
        if html is not None:
            # evidence must sit inside one paragraph of visible text
            assert any(e["evidence"] in blk for blk in body.split("\n")), (id, "spans", e["evidence"][:60])
        assert body.count(e["evidence"]) >= 1
    d = {"id": id, "url": url, "title": title, "published": published, "source": source, "lang": "en"}
    if text is not None:
        d["text"] = text
    else:
        d["html"] = html
    g = {"doc_id": id, "events": []}
    for e in events:
        ev = {"doc_id": id}
        ev.update({k: e[k] for k in ["type", "status", "parties", "date", "location", "item", "evidence", "optional"]})
        g["events"].append(ev)
    DOCS.append((d, g))

def write():
    for d, g in DOCS:
        with open(os.path.join(OUT, d["id"] + ".doc.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
        with open(os.path.join(OUT, d["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    print(len(DOCS), "docs written")
