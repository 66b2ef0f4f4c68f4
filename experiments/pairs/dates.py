"""Event dates on matched dyads: predicted against gold, with the page's publication date (shipped models)."""
import sys
from collections import Counter
from pathlib import Path

from defcoop.evaluate import dyads
from defcoop.extract import get_extractor
from defcoop.learn.corpus import SetSpec, load_set
from defcoop.settings import Settings

ex = get_extractor(Settings())
c = Counter()
shown = 0
for arg in sys.argv[1:]:
    gold_dir, _, docs = arg.partition(":")
    ds = load_set(SetSpec(Path(gold_dir), "x", Path(docs) if docs else None))
    for ad, res in zip(ds, ex.extract([d.document for d in ds])):
        pred = {}
        for e in res.events:
            for d in dyads(e.to_record()):
                pred.setdefault(d, []).append(e)
        for g in ad.gold:
            if g.get("optional") or not g.get("date"):
                continue
            for d in [x for x in dyads(g) if x in pred][:1]:  # one judgement per gold event
                ok = any(e.date and e.date.startswith(g["date"]) for e in pred[d])
                c["right" if ok else "wrong"] += 1
                if not ok:
                    e = pred[d][0]
                    kind = "none" if not e.date else ("year" if e.date[:4] != g["date"][:4] else "month/day")
                    c[kind] += 1
                    if shown < int(__import__("os").environ.get("SHOW", "25")):
                        shown += 1
                        print(f"{ad.document.id} {d[0]} gold {g['date']} got {e.date} pub {ad.document.published} "
                              f"{g['status']}/{e.status} | {e.reason[-60:]}\n    {e.evidence[:170]}")
print(c)
