#!/usr/bin/env python3
"""Check the cross-source merge set and print its totals.

Usage: python tests/data/merge/validate.py [DIR]   (DIR defaults to this file's folder)
Exit status 1 if any check fails.
"""
import collections, glob, itertools, json, os, re, sys

DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
TYPES = {"MEET", "AGREE", "TRANSFER", "EXERCISE", "TRAIN", "INDUSTRY", "EXHIBIT", "DEPLOY", "COOPERATE"}
KINDS = {"country", "organisation", "company", "person", "igo"}
IGOS = {"NATO", "SCO", "UN", "EU", "CSTO", "CIS", "OSCE", "ASEAN", "AU", "GCC"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
STORY = re.compile(r"^S-(\d{2})-\d+$")
FIELDS = ["doc_id", "type", "status", "parties", "date", "location", "item", "evidence", "optional", "story"]

errors = []
def err(msg):
    errors.append(msg)

docs = sorted(glob.glob(os.path.join(DIR, "mg-*.doc.json")))
golds = sorted(glob.glob(os.path.join(DIR, "mg-*.gold.json")))
stems_d = {os.path.basename(p)[:-len(".doc.json")] for p in docs}
stems_g = {os.path.basename(p)[:-len(".gold.json")] for p in golds}
for s in sorted(stems_d ^ stems_g):
    err(f"{s}: doc/gold file missing its partner")

events = []  # (stem, event)
for stem in sorted(stems_d & stems_g):
    if not re.fullmatch(r"mg-\d{2}-[a-d]", stem):
        err(f"{stem}: file name is not mg-NN-x")
    try:
        d = json.load(open(os.path.join(DIR, stem + ".doc.json"), encoding="utf-8"))
        g = json.load(open(os.path.join(DIR, stem + ".gold.json"), encoding="utf-8"))
    except Exception as e:  # noqa
        err(f"{stem}: does not parse: {e}")
        continue
    if d.get("id") != stem:
        err(f"{stem}: doc id {d.get('id')!r} != file name")
    if g.get("doc_id") != stem:
        err(f"{stem}: gold doc_id {g.get('doc_id')!r} != file name")
    for k in ("text", "title", "published", "source", "url"):
        if not d.get(k):
            err(f"{stem}: doc lacks {k}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.get("published") or ""):
        err(f"{stem}: published is not an ISO date")
    if not re.match(r"^https://[^/]+\.example/", d.get("url") or ""):
        err(f"{stem}: url is not under .example")
    text = d.get("text", "")
    seen_stories = set()
    for i, e in enumerate(g.get("events", [])):
        where = f"{stem} event {i}"
        missing = [k for k in FIELDS if k not in e]
        if missing:
            err(f"{where}: missing {missing}")
            continue
        if e["doc_id"] != stem:
            err(f"{where}: doc_id {e['doc_id']!r}")
        if e["type"] not in TYPES:
            err(f"{where}: bad type {e['type']}")
        if e["status"] not in ("occurred", "planned"):
            err(f"{where}: bad status {e['status']}")
        if e["date"] is not None and not DATE.match(e["date"]):
            err(f"{where}: bad date {e['date']}")
        if e["evidence"] not in text:
            err(f"{where}: evidence not verbatim in text: {e['evidence'][:70]!r}")
        m = STORY.match(e["story"] or "")
        if not m:
            err(f"{where}: bad story id {e['story']!r}")
        elif m.group(1) != stem[3:5]:
            err(f"{where}: story {e['story']} not in group {stem[3:5]}")
        if e["story"] in seen_stories:
            err(f"{where}: story {e['story']} used twice in one article")
        seen_stories.add(e["story"])
        roles = set()
        for p in e["parties"]:
            if p.get("kind") not in KINDS:
                err(f"{where}: bad kind {p.get('kind')}")
            c = p.get("country")
            if c is not None and not (re.fullmatch(r"[A-Z]{3}", c) or c in IGOS):
                err(f"{where}: bad country {c}")
            roles.add(p.get("role"))
        if e["type"] == "TRANSFER":
            if not {"supplier", "recipient"} <= roles or roles - {"supplier", "recipient"}:
                err(f"{where}: TRANSFER roles {roles}")
        elif roles != {"participant"}:
            err(f"{where}: roles {roles}")
        if len({p.get("country") for p in e["parties"] if p.get("country")}) < 2:
            err(f"{where}: fewer than two countries")
        events.append((stem, e))

# every story id in the README table is used by at least one event, and vice versa
stories = collections.defaultdict(list)
for stem, e in events:
    stories[e["story"]].append((stem, e))
readme = open(os.path.join(DIR, "README.md"), encoding="utf-8").read() if os.path.exists(os.path.join(DIR, "README.md")) else ""
readme_ids = set(re.findall(r"S-\d{2}-\d+", readme))
for s in sorted(readme_ids - set(stories)):
    err(f"README story {s} is used by no event")
for s in sorted(set(stories) - readme_ids):
    err(f"story {s} is not listed in README.md")
for s, evs in stories.items():
    if len({e["type"] for _, e in evs}) != 1:
        err(f"story {s} mixes types {sorted({e['type'] for _, e in evs})}")

def dyads(e):
    if e["type"] == "TRANSFER":
        sup = {p["country"] for p in e["parties"] if p["role"] == "supplier" and p["country"]}
        rec = {p["country"] for p in e["parties"] if p["role"] == "recipient" and p["country"]}
        return {(a, b) for a in sup for b in rec if a != b}
    cs = sorted({p["country"] for p in e["parties"] if p["country"]})
    return set(itertools.combinations(cs, 2))

merge_all = merge_req = 0
for s, evs in stories.items():
    for (s1, e1), (s2, e2) in itertools.combinations(evs, 2):
        if s1 != s2:
            merge_all += 1
            merge_req += (not e1["optional"] and not e2["optional"])
hard_neg = 0
for (s1, e1), (s2, e2) in itertools.combinations(events, 2):
    if s1 != s2 and e1["story"] != e2["story"] and e1["type"] == e2["type"] and dyads(e1) & dyads(e2):
        hard_neg += 1

n_docs = len(stems_d & stems_g)
n_opt = sum(e["optional"] for _, e in events)
multi = sum(1 for evs in stories.values() if len({st for st, _ in evs}) > 1)
print(f"articles: {n_docs}  groups: {len({s[3:5] for s in stems_d})}")
print(f"gold events: {len(events)} ({len(events) - n_opt} required, {n_opt} optional)")
print(f"stories: {len(stories)} ({multi} reported by 2+ articles, {len(stories) - multi} single-article)")
print(f"gold merge pairs (same story, different articles): {merge_all} ({merge_req} with both events required)")
print(f"hard non-merge pairs (different articles, same type, shared dyad, different story): {hard_neg}")
by_type = collections.Counter(e["type"] for _, e in events)
st_type = collections.Counter(evs[0][1]["type"] for evs in stories.values())
print("per type (events/stories): " + ", ".join(f"{t} {by_type[t]}/{st_type[t]}" for t in sorted(TYPES)))
if errors:
    print(f"\n{len(errors)} problem(s):")
    for m in errors:
        print("  " + m)
    sys.exit(1)
print("OK")
