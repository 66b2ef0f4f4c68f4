"""Helpers for writing the u36 set. Every doc module defines META (dict), TEXT (str) and EVENTS (list)."""


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


def E(type_, status, parties, date, location, item, evidence, optional=False):
    return {"doc_id": None, "type": type_, "status": status, "parties": parties, "date": date,
            "location": location, "item": item, "evidence": evidence, "optional": optional}
