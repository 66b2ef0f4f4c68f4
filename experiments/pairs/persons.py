"""Person errors: gold persons missed / predicted persons spurious, per document."""
import sys
from pathlib import Path
from defcoop.evaluate import person_key, same_person
from defcoop.extract import get_extractor
from defcoop.learn.corpus import SetSpec, load_set
from defcoop.settings import Settings

ex = get_extractor(Settings(pair_model=sys.argv[2] if len(sys.argv) > 2 else ""))
gold_dir, _, docs = sys.argv[1].partition(":")
ds = load_set(SetSpec(Path(gold_dir), "x", Path(docs) if docs else None))
res = ex.extract([d.document for d in ds])
for ad, r in zip(ds, res):
    gold = {(person_key(p["name"]), p.get("country")): p["name"] for e in ad.gold if not e.get("optional")
            for p in e["parties"] if p["kind"] == "person"}
    pred = {(person_key(p.actor.name), p.actor.country): p.actor.name for e in r.events for p in e.parties if p.actor.kind == "person"}
    miss = [(n, c) for (k, c), n in gold.items() if not any(same_person((k, c), other) for other in pred)]
    spur = [(n, c) for (k, c), n in pred.items() if not any(same_person((k, c), other) for other in gold)]
    if miss or spur:
        print(ad.document.id, "MISSED", miss, "SPURIOUS", spur)
