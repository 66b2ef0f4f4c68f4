import json, os
OUT = "/work/sealed/first-u45"
def C(n, c): return {"name": n, "kind": "country", "country": c}
def O(n, c): return {"name": n, "kind": "organisation", "country": c}
def I(n, c): return {"name": n, "kind": "igo", "country": c}
def F(n, c): return {"name": n, "kind": "company", "country": c}
def P(n, c, t): return {"name": n, "kind": "person", "country": c, "title": t}
def E(typ, status, parties, date, loc, evidence, item=None, opt=False, sup=None):
    ps = []
    for i, p in enumerate(parties):
        p = dict(p)
        if typ == "TRANSFER":
            p["role"] = "supplier" if i in (sup or [0]) else "recipient"
        else:
            p["role"] = "participant"
        title = p.pop("title", None)
        if title: p["title"] = title
        ps.append(p)
    return {"type": typ, "status": status, "parties": ps, "date": date,
            "location": None if loc is None else {"name": loc[0], "country": loc[1]},
            "item": item, "evidence": evidence, "optional": opt}
def write(did, url, title, published, source, body, events, html=False):
    doc = {"id": did, "url": url, "title": title, "published": published, "source": source, "lang": "en"}
    doc["html" if html else "text"] = body
    evs = []
    for e in events:
        d = {"doc_id": did}
        d.update(e)
        evs.append({k: d[k] for k in ["doc_id","type","status","parties","date","location","item","evidence","optional"]})
    json.dump(doc, open(os.path.join(OUT, did + ".doc.json"), "w"), ensure_ascii=False, indent=1)
    json.dump({"doc_id": did, "events": evs}, open(os.path.join(OUT, did + ".gold.json"), "w"), ensure_ascii=False, indent=1)
