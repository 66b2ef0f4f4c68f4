DOCS = []

def P(name, kind, country, title=None, role="participant"):
    d = {"name": name, "kind": kind, "country": country, "role": role}
    if title:
        d["title"] = title
    return d

def S(name, kind, country, title=None):
    return P(name, kind, country, title, role="supplier")

def R(name, kind, country, title=None):
    return P(name, kind, country, title, role="recipient")

def L(name, country):
    return {"name": name, "country": country}

def E(type_, status, parties, date, loc, item, evidence, optional=False):
    return {"type": type_, "status": status, "parties": parties, "date": date,
            "location": loc, "item": item, "evidence": evidence, "optional": optional}

def doc(id_, url, title, published, source, body, events, html=False):
    DOCS.append({"id": id_, "url": url, "title": title, "published": published, "source": source,
                 "text": body, "events": events, "is_html": html})
