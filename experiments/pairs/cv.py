"""Leave-one-writer-out comparison of the pair model with the rules (dyad level)."""
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from defcoop.evaluate import dyads, score
from defcoop.extract import get_extractor
from defcoop.learn.corpus import SetSpec, load_set
from defcoop.learn.dataset import LABELS, build
from defcoop.learn.train import FitSettings, fit
from defcoop.settings import Settings

CACHE = Path("/tmp/pairs_cache.pkl")
SETS = [("tests/data/corpus/tuning", None), ("tests/data/heldout", None), ("tests/data/corpus/check-d", None),
        ("tests/data/merge", None), ("../shared/eval/dev", None)]


def group_of(doc_id):
    if doc_id.startswith("tu-"):
        return doc_id[:4]
    if doc_id.startswith("ho-"):
        return "ho-a" if int(doc_id[3:5]) <= 15 else "ho-b"
    return doc_id.split("-")[0]


def load(extra):
    ex = get_extractor(Settings())
    annotated = []
    for gold, docs in SETS + extra:
        for ad in load_set(SetSpec(Path(gold), Path(gold).name, Path(docs) if docs else None)):
            ad.group = group_of(ad.document.id) if not extra or (gold, docs) not in extra else Path(gold).name
            annotated.append(ad)
    t = time.time()
    data = build(annotated, ex)
    print(f"built {len(data)} docs in {time.time()-t:.0f}s", file=sys.stderr)
    return ex, data


def decode(doc, probs, thresholds):
    out = defaultdict(list)
    sym = defaultdict(list)
    for inst, p in zip(doc.instances, probs):
        for col, t in enumerate(LABELS):
            if t == "TRANSFER":
                if p[col] >= thresholds[col]:
                    out[(t, inst.a.country, inst.b.country)].append(p[col])
            else:
                sym[(t, *sorted((inst.a.country, inst.b.country)), inst.sentence)].append(p[col])
    for (t, a, b, _), ps in sym.items():
        if np.mean(ps) >= thresholds[LABELS.index(t)]:
            out[(t, a, b)].append(np.mean(ps))
    events = []
    for (t, a, b) in out:
        roles = ("supplier", "recipient") if t == "TRANSFER" else ("participant", "participant")
        events.append({"doc_id": doc.annotated.document.id, "type": t,
                       "parties": [{"country": a, "role": roles[0]}, {"country": b, "role": roles[1]}]})
    return events


if __name__ == "__main__":
    ex, data = load([])
    groups = sorted({d.group for d in data})
    settings = FitSettings(c=float(sys.argv[1]) if len(sys.argv) > 1 else 0.5)
    th = float(sys.argv[2]) if len(sys.argv) > 2 else 0.5
    tot_model, tot_rules = {}, {}
    all_gold, all_model, all_rules = {}, {}, {}
    for g in groups:
        train = [d for d in data if d.group != g]
        test = [d for d in data if d.group == g]
        model = fit(train, settings)
        gold = {d.annotated.document.id: d.annotated.gold for d in test}
        preds = {d.annotated.document.id: decode(d, model.scores([i.features for i in d.instances]), [th] * 9) for d in test}
        rules = {d.annotated.document.id: [e.to_record() for e in ex.finish(list(d.analysis.events))] for d in test}
        sm, _ = score(gold, preds)
        sr, _ = score(gold, rules)
        print(f"{g:<8} docs {len(test):>3}  model P/R/F {sm['dyad_precision']:.3f}/{sm['dyad_recall']:.3f}/{sm['dyad_f1']:.3f}"
              f"   rules {sr['dyad_precision']:.3f}/{sr['dyad_recall']:.3f}/{sr['dyad_f1']:.3f}")
        all_gold.update(gold); all_model.update(preds); all_rules.update(rules)
    sm, _ = score(all_gold, all_model)
    sr, _ = score(all_gold, all_rules)
    print(f"ALL      model {sm['dyad_precision']:.3f}/{sm['dyad_recall']:.3f}/{sm['dyad_f1']:.3f}   rules {sr['dyad_precision']:.3f}/{sr['dyad_recall']:.3f}/{sr['dyad_f1']:.3f}")
    for t in LABELS:
        a, b = sm["per_type"].get(t, {}), sr["per_type"].get(t, {})
        print(f"  {t:<10} model {a.get('f1',0):.3f}  rules {b.get('f1',0):.3f}")
