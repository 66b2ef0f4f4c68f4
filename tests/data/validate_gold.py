#!/usr/bin/env python3
"""Check an annotated set (`*.doc.json` + `*.gold.json`) against SCHEMA.md and docs/annotation.md.

    python3 tests/data/validate_gold.py DIR [--pointers] [--docs TEXTS_DIR]

Standard library only, so writers can run it anywhere. Prints one line per problem and a
per-type count table; exit status 1 if any problem. `--pointers` is for real-text sets whose
gold keeps only a short evidence pointer (at most 8 words) and whose texts may be absent.
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

TYPES = ["MEET", "AGREE", "TRANSFER", "EXERCISE", "TRAIN", "INDUSTRY", "EXHIBIT", "DEPLOY", "COOPERATE"]
KINDS = {"country", "organisation", "company", "person", "igo"}
IGOS = {"NATO", "SCO", "UN", "EU", "CSTO", "CIS", "OSCE", "ASEAN", "AU", "GCC", "ECOWAS", "SADC", "EAC",
        "ECCAS", "IGAD", "OAS", "CARICOM", "AUKUS", "MFO", "QUAD", "G7"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_KEYS = ["doc_id", "type", "status", "parties", "date", "location", "item", "evidence", "optional"]
ISO_FILE = Path("/usr/share/iso-codes/json/iso_3166-1.json")
# Kosovo has no ISO code; SCHEMA's users write XKX, as the EU and IMF do
ISO = ({c["alpha_3"] for c in json.loads(ISO_FILE.read_text(encoding="utf-8"))["3166-1"]} | {"XKX"}
       if ISO_FILE.exists() else None)


class Visible(HTMLParser):
    """Text outside <head>, <script>, <style>, <noscript>."""
    SKIP = {"head", "script", "style", "noscript", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.depth += tag in self.SKIP
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def visible_text(doc: dict) -> str:
    if "html" in doc:
        parser = Visible()
        parser.feed(doc["html"])
        return ws("".join(parser.parts))
    return doc["text"]


def dyads(ev: dict) -> set[tuple]:
    ps = [p for p in ev.get("parties", []) if p.get("country")]
    if ev.get("type") == "TRANSFER":
        s = {p["country"] for p in ps if p.get("role") == "supplier"}
        r = {p["country"] for p in ps if p.get("role") == "recipient"}
        return {(ev["type"], a, b) for a, b in itertools.product(s, r) if a != b}
    cs = sorted({p["country"] for p in ps})
    return {(ev.get("type"), a, b) for a, b in itertools.combinations(cs, 2)}


def check_event(ev: dict, i: int, doc_id: str, bad) -> None:
    tag = f"event {i} ({ev.get('type')})"
    if [k for k in ev if k != "confidence"] != EVENT_KEYS:
        bad(f"{tag}: keys {list(ev.keys())}, expected {EVENT_KEYS}")
    if ev.get("doc_id") != doc_id:
        bad(f"{tag}: doc_id")
    if ev.get("type") not in TYPES:
        bad(f"{tag}: bad type")
    if ev.get("status") not in ("occurred", "planned"):
        bad(f"{tag}: bad status")
    if not isinstance(ev.get("optional"), bool):
        bad(f"{tag}: optional not bool")
    if ev.get("date") is not None and not DATE_RE.match(str(ev["date"])):
        bad(f"{tag}: bad date {ev['date']}")
    loc = ev.get("location")
    if loc is not None and (not isinstance(loc, dict) or set(loc) != {"name", "country"} or not loc["name"]):
        bad(f"{tag}: bad location {loc}")
    elif loc and loc["country"] is not None and ISO and loc["country"] not in ISO:
        bad(f"{tag}: bad location country {loc['country']}")
    want = {"supplier", "recipient"} if ev.get("type") == "TRANSFER" else {"participant"}
    for p in ev.get("parties", []):
        if p.get("kind") not in KINDS:
            bad(f"{tag}: bad kind {p}")
        c = p.get("country")
        if p.get("kind") == "igo":
            if c is not None and c not in IGOS:
                bad(f"{tag}: unknown IGO code {c} (add it to IGOS here if it is a real organisation)")
        elif c is not None and ISO and c not in ISO and c not in IGOS:
            bad(f"{tag}: bad country code {c}")
        if p.get("role") not in want:
            bad(f"{tag}: bad role {p.get('role')} for {p.get('name')}")
        if p.get("kind") == "person" and not p.get("title"):
            bad(f"{tag}: person without title {p.get('name')}")
        if not p.get("name"):
            bad(f"{tag}: party without name")
    if ev.get("type") == "TRANSFER" and {p.get("role") for p in ev.get("parties", [])} != want:
        bad(f"{tag}: TRANSFER needs a supplier and a recipient")
    if not dyads(ev):
        bad(f"{tag}: yields no dyad (needs two parties of different countries)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--pointers", action="store_true", help="evidence is a pointer of at most 8 words")
    ap.add_argument("--docs", type=Path, default=None, help="folder of the *.doc.json files (default: DIR)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    req, opt, req_dyads = Counter(), Counter(), Counter()
    ids = sorted(p.name[:-len(".gold.json")] for p in args.dir.glob("*.gold.json"))
    n_docs = n_html = n_empty = 0
    for doc_id in ids:
        bad = lambda msg, d=doc_id: problems.append(f"{d}: {msg}")
        try:
            gold = json.loads((args.dir / f"{doc_id}.gold.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            bad(f"cannot load gold: {exc}")
            continue
        doc_path = (args.docs or args.dir) / f"{doc_id}.doc.json"
        doc = None
        if doc_path.exists():
            try:
                doc = json.loads(doc_path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                bad(f"cannot load doc: {exc}")
        elif not args.pointers:
            bad("no doc.json beside the gold")
        if gold.get("doc_id") != doc_id:
            bad("gold doc_id differs from the file name")
        vis = None
        if doc is not None:
            n_docs += 1
            if doc.get("id") != doc_id:
                bad("doc id differs from the file name")
            if ("text" in doc) == ("html" in doc):
                bad("need exactly one of text/html")
            if doc.get("lang") != "en":
                bad("lang is not en")
            if doc.get("published") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(doc["published"])):
                bad(f"published is not an ISO date: {doc.get('published')!r}")
            n_html += "html" in doc
            vis = visible_text(doc)
        events = gold.get("events")
        if not isinstance(events, list):
            bad("events is not a list")
            continue
        n_empty += not events
        doc_req: set = set()
        for i, ev in enumerate(events):
            check_event(ev, i, doc_id, bad)
            evid = ev.get("evidence") or ""
            if args.pointers and len(evid.split()) > 8:
                bad(f"event {i}: evidence pointer longer than 8 words")
            if vis is not None and ws(evid) not in ws(vis):
                bad(f"event {i}: evidence not verbatim in the text: {evid[:70]!r}")
            (opt if ev.get("optional") else req)[ev.get("type")] += 1
            if not ev.get("optional"):
                doc_req |= dyads(ev)
        for d in doc_req:
            req_dyads[d[0]] += 1
    print(f"{len(ids)} gold files, {n_docs} documents ({n_html} html), {n_empty} without events")
    print(f"{'type':<10} {'required':>8} {'optional':>8} {'req dyads':>9}")
    for t in TYPES:
        print(f"{t:<10} {req[t]:>8} {opt[t]:>8} {req_dyads[t]:>9}")
    print(f"{'total':<10} {sum(req.values()):>8} {sum(opt.values()):>8} {sum(req_dyads.values()):>9}")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
