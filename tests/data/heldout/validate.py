#!/usr/bin/env python3
"""Sanity checks for the held-out set: python validate.py [DIR]

Every *.doc.json / *.gold.json parses, ids match, each event has the SCHEMA fields, and
each evidence string occurs verbatim in the document's text (or in the visible text of
its html, whitespace collapsed). Prints per-type counts. Standard library only.
"""
import json, re, sys
from collections import Counter
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

TYPES = ["MEET", "AGREE", "TRANSFER", "EXERCISE", "TRAIN", "INDUSTRY", "EXHIBIT", "DEPLOY", "COOPERATE"]
KINDS = {"country", "organisation", "company", "person", "igo"}
IGOS = {"NATO", "SCO", "UN", "EU", "CSTO", "CIS", "OSCE", "ASEAN", "AU", "GCC", "SADC", "ECOWAS", "EAC"}
BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "header", "footer",
         "nav", "aside", "section", "article", "main", "ul", "ol", "table", "title", "span", "a", "button", "time", "b", "input"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip -= 1
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(html):
    v = Visible()
    v.feed(html)
    return "".join(v.parts)


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def dyads(ev):
    ps = [p for p in ev["parties"] if p.get("country")]
    if ev["type"] == "TRANSFER":
        return {(ev["type"], s["country"], r["country"]) for s in ps for r in ps
                if s["role"] == "supplier" and r["role"] == "recipient" and s["country"] != r["country"]}
    return {(ev["type"],) + pair for pair in combinations(sorted({p["country"] for p in ps}), 2)}


def main(folder):
    errors, req, opt, dy, words = [], Counter(), Counter(), Counter(), {}
    for gpath in sorted(folder.glob("*.gold.json")):
        stem = gpath.name[: -len(".gold.json")]
        doc = json.loads((folder / f"{stem}.doc.json").read_text(encoding="utf-8"))
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        if not (doc["id"] == gold["doc_id"] == stem):
            errors.append(f"{stem}: id mismatch")
        if ("text" in doc) == ("html" in doc):
            errors.append(f"{stem}: needs exactly one of text/html")
        body = doc.get("text") or visible_text(doc.get("html", ""))
        words[stem] = len(body.split())
        flat = squash(body)
        doc_dyads = set()
        for i, ev in enumerate(gold["events"]):
            where = f"{stem} event {i} ({ev.get('type')})"
            if ev.get("doc_id") != stem:
                errors.append(f"{where}: doc_id")
            if ev["type"] not in TYPES or ev["status"] not in ("occurred", "planned"):
                errors.append(f"{where}: type/status")
            if ev["date"] is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", ev["date"]):
                errors.append(f"{where}: date {ev['date']}")
            if ev["evidence"] not in body and squash(ev["evidence"]) not in flat:
                errors.append(f"{where}: evidence not found: {ev['evidence'][:70]}")
            for p in ev["parties"]:
                c = p.get("country")
                if p["kind"] not in KINDS or (c is not None and not (re.fullmatch(r"[A-Z]{3}", c) or c in IGOS)):
                    errors.append(f"{where}: party {p}")
                if (p["kind"] == "igo") != (c in IGOS):
                    errors.append(f"{where}: igo/code mismatch {p['name']}")
                want = ("supplier", "recipient") if ev["type"] == "TRANSFER" else ("participant",)
                if p["role"] not in want:
                    errors.append(f"{where}: role {p['role']}")
            ds = dyads(ev)
            if not ds:
                errors.append(f"{where}: no dyad")
            (opt if ev.get("optional") else req)[ev["type"]] += 1
            if not ev.get("optional"):
                doc_dyads |= ds
        for d in doc_dyads:
            dy[d[0]] += 1
    print(f"{'type':<10} {'required':>8} {'optional':>8} {'req dyads':>9}")
    for t in TYPES:
        print(f"{t:<10} {req[t]:>8} {opt[t]:>8} {dy[t]:>9}")
    print(f"{'total':<10} {sum(req.values()):>8} {sum(opt.values()):>8} {sum(dy.values()):>9}")
    short = {k: v for k, v in words.items() if not 150 <= v <= 600}
    if short:
        print("outside 150-600 words (incl. page furniture):", short)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)))
