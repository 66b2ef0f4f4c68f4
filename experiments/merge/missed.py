"""Why a gold merge pair was missed: the two extracted reports and which compatibility test fails."""
import sys
from pathlib import Path

from defcoop.evaluate import _gold_event_of, load_gold
from defcoop.extract import get_extractor
from defcoop.learn.corpus import SetSpec, load_set
from defcoop.merge import items_compatible, party_overlap, places_compatible, times_compatible, view_of
from defcoop.settings import Settings

folder = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/merge")
gold = load_gold(folder)
ex = get_extractor(Settings())
docs = [ad.document for ad in load_set(SetSpec(folder, "merge"))]
reports = {}
for doc, result in zip(docs, ex.extract(docs)):
    for event in result.events:
        rec = event.to_record()
        i = _gold_event_of(gold.get(doc.id, []), rec)
        if i is not None:
            reports.setdefault((doc.id, i), []).append(view_of(event, doc.published))
story = {(d, i): e.get("story") for d, evs in gold.items() for i, e in enumerate(evs)}
for a in sorted(reports):
    for b in sorted(reports):
        if a[0] < b[0] and story[a] and story[a] == story[b]:
            va, vb = reports[a][0], reports[b][0]
            checks = {"time": times_compatible(va, vb), "items": items_compatible(va, vb),
                      "place": places_compatible(va, vb), "parties": party_overlap(va, vb) > 0, "type": va.type == vb.type}
            if not all(checks.values()):
                print(a, b, story[a], [k for k, v in checks.items() if not v])
                print("   ", va)
                print("   ", vb)
