"""Leave-one-writer-out: the pair model through the real decision path, against the rules."""
import sys
from defcoop.evaluate import score
from defcoop.learn.train import FitSettings, cross_validate
sys.path.insert(0, "experiments/pairs")
from cv import load

ex, data = load([])
settings = FitSettings(c=float(sys.argv[1]) if len(sys.argv) > 1 else 0.5,
                       threshold=float(sys.argv[2]) if len(sys.argv) > 2 else 0.5)
preds = cross_validate(data, settings, ex)
gold = {d.annotated.document.id: d.annotated.gold for d in data}
rules = {d.annotated.document.id: [e.to_record() for e in ex.finish(list(d.analysis.events))] for d in data}
for g in sorted({d.group for d in data}):
    ids = [d.annotated.document.id for d in data if d.group == g]
    sm, _ = score({i: gold[i] for i in ids}, {i: preds[i] for i in ids})
    sr, _ = score({i: gold[i] for i in ids}, {i: rules[i] for i in ids})
    print(f"{g:<6} model {sm['dyad_precision']:.3f}/{sm['dyad_recall']:.3f}/{sm['dyad_f1']:.3f} pers {sm['person_f1']:.2f} date {sm['date_accuracy']}"
          f"   rules {sr['dyad_precision']:.3f}/{sr['dyad_recall']:.3f}/{sr['dyad_f1']:.3f} pers {sr['person_f1']:.2f} date {sr['date_accuracy']}")
sm, _ = score(gold, preds); sr, _ = score(gold, rules)
print(f"ALL    model {sm['dyad_precision']:.3f}/{sm['dyad_recall']:.3f}/{sm['dyad_f1']:.3f} pers {sm['person_f1']} date {sm['date_accuracy']}   rules {sr['dyad_precision']:.3f}/{sr['dyad_recall']:.3f}/{sr['dyad_f1']:.3f} pers {sr['person_f1']} date {sr['date_accuracy']}")
