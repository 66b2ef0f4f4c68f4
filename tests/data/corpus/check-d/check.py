#!/usr/bin/env python3
"""Validate check set D (cd-*.doc.json / cd-*.gold.json). Standard library only.

    python3 check.py            # checks the directory this file lives in
Prints one line per problem and a per-type count table; exit status 1 if any problem.
"""
import html
import itertools
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"MEET", "AGREE", "TRANSFER", "EXERCISE", "TRAIN", "INDUSTRY", "EXHIBIT", "DEPLOY", "COOPERATE"}
KINDS = {"country", "organisation", "company", "person", "igo"}
IGOS = {"NATO", "SCO", "UN", "EU", "CSTO", "CIS", "OSCE", "ASEAN", "AU", "GCC", "ECOWAS"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_KEYS = ["doc_id", "type", "status", "parties", "date", "location", "item", "evidence", "optional"]

ISO = None
for cand in ("/usr/share/iso-codes/json/iso_3166-1.json",):
    try:
        ISO = {c["alpha_3"] for c in json.load(open(cand, encoding="utf-8"))["3166-1"]}
    except OSError:
        pass


class Visible(HTMLParser):
    """Collect text outside <head>, <script>, <style>, <noscript>."""
    SKIP = {"head", "script", "style", "noscript", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def visible_text(doc):
    if "html" in doc:
        p = Visible()
        p.feed(doc["html"])
        return ws("".join(p.parts))
    return doc["text"]


def crude_visible(raw):
    raw = re.sub(r"(?is)<(head|script|style|noscript)\b.*?</\1>", " ", raw)
    return ws(html.unescape(re.sub(r"<[^>]+>", " ", raw)))


def dyads(ev):
    ps = [p for p in ev["parties"] if p.get("country")]
    if ev["type"] == "TRANSFER":
        s = {p["country"] for p in ps if p["role"] == "supplier"}
        r = {p["country"] for p in ps if p["role"] == "recipient"}
        return {(ev["type"], a, b) for a, b in itertools.product(s, r) if a != b}
    cs = sorted({p["country"] for p in ps})
    return {(ev["type"], a, b) for a, b in itertools.combinations(cs, 2)}


def main():
    problems = []
    req, opt, req_dyads = Counter(), Counter(), Counter()
    ids = sorted(p.name[:-9] for p in HERE.glob("*.doc.json"))
    n_html = n_empty = 0
    for doc_id in ids:
        bad = lambda msg: problems.append(f"{doc_id}: {msg}")
        try:
            doc = json.loads((HERE / f"{doc_id}.doc.json").read_text(encoding="utf-8"))
            gold = json.loads((HERE / f"{doc_id}.gold.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            bad(f"cannot load: {exc}")
            continue
        if doc.get("id") != doc_id or gold.get("doc_id") != doc_id:
            bad("id / doc_id mismatch")
        if ("text" in doc) == ("html" in doc):
            bad("need exactly one of text/html")
        for k in ("url", "title", "published", "source", "lang"):
            if not doc.get(k):
                bad(f"doc field {k} missing")
        if doc.get("lang") != "en":
            bad("lang is not en")
        n_html += "html" in doc
        vis = visible_text(doc)
        vis_ws = ws(vis)
        vis_crude = crude_visible(doc["html"]) if "html" in doc else None
        events = gold.get("events")
        if not isinstance(events, list):
            bad("events is not a list")
            continue
        n_empty += not events
        doc_req = set()
        for i, ev in enumerate(events):
            tag = f"event {i} ({ev.get('type')})"
            if list(ev.keys()) != EVENT_KEYS:
                bad(f"{tag}: keys {list(ev.keys())}")
            if ev.get("doc_id") != doc_id:
                bad(f"{tag}: doc_id")
            if ev.get("type") not in TYPES:
                bad(f"{tag}: bad type")
            if ev.get("status") not in ("occurred", "planned"):
                bad(f"{tag}: bad status")
            if not isinstance(ev.get("optional"), bool):
                bad(f"{tag}: optional not bool")
            if ev.get("date") is not None and not DATE_RE.match(ev["date"]):
                bad(f"{tag}: bad date {ev['date']}")
            loc = ev.get("location")
            if loc is not None and (set(loc) != {"name", "country"} or not loc["name"]):
                bad(f"{tag}: bad location")
            if loc and loc["country"] is not None and (ISO and loc["country"] not in ISO):
                bad(f"{tag}: bad location country {loc['country']}")
            if ev.get("type") in ("TRANSFER", "INDUSTRY") and not ev.get("item"):
                bad(f"{tag}: item missing")
            for p in ev.get("parties", []):
                if p.get("kind") not in KINDS:
                    bad(f"{tag}: bad kind {p}")
                c = p.get("country")
                if p.get("kind") == "igo":
                    if c is not None and c not in IGOS:
                        bad(f"{tag}: bad IGO code {c}")
                elif c is None or (ISO and c not in ISO):
                    bad(f"{tag}: bad country code {c}")
                want = {"supplier", "recipient"} if ev.get("type") == "TRANSFER" else {"participant"}
                if p.get("role") not in want:
                    bad(f"{tag}: bad role {p.get('role')} for {p.get('name')}")
                if p.get("kind") == "person" and not p.get("title"):
                    bad(f"{tag}: person without title {p.get('name')}")
                if not p.get("name"):
                    bad(f"{tag}: party without name")
            if ev.get("type") == "TRANSFER":
                roles = {p["role"] for p in ev["parties"]}
                if roles != {"supplier", "recipient"}:
                    bad(f"{tag}: TRANSFER needs supplier and recipient")
            ds = dyads(ev)
            if not ds:
                bad(f"{tag}: yields no dyad")
            evid = ev.get("evidence") or ""
            if "html" in doc:
                if ws(evid) not in vis_ws or ws(evid) not in vis_crude:
                    bad(f"{tag}: evidence not in visible html text: {evid[:70]!r}")
            elif evid not in vis:
                bad(f"{tag}: evidence not verbatim in text: {evid[:70]!r}")
            (opt if ev["optional"] else req)[ev["type"]] += 1
            if not ev["optional"]:
                doc_req |= ds
        for d in doc_req:
            req_dyads[d[0]] += 1
    order = ["MEET", "AGREE", "TRANSFER", "EXERCISE", "TRAIN", "INDUSTRY", "EXHIBIT", "DEPLOY", "COOPERATE"]
    print(f"{len(ids)} documents ({n_html} html, {len(ids) - n_html} text, {n_empty} without events)")
    print(f"{'type':<10} {'required':>8} {'optional':>8} {'req dyads':>9}")
    for t in order:
        print(f"{t:<10} {req[t]:>8} {opt[t]:>8} {req_dyads[t]:>9}")
    print(f"{'total':<10} {sum(req.values()):>8} {sum(opt.values()):>8} {sum(req_dyads.values()):>9}")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
