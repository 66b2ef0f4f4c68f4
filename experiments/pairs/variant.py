"""Leave-one-writer-out with a variant of the features: `norules` drops what the rules said."""
import sys
from pathlib import Path

import defcoop.extract.pairs as pairs
from defcoop.extract import get_extractor
from defcoop.learn.recipe import read_recipe, train
from defcoop.settings import Settings

variant = sys.argv[1]
if variant == "norules":
    pairs.rule_features = lambda *a, **k: []
elif variant == "docrules":  # only what the rules said anywhere in the document
    original = pairs.rule_features
    pairs.rule_features = lambda a, b, here, doc: [f for f in original(a, b, here, doc) if f.startswith("rule_doc")]
recipe = read_recipe(Path("training/pairs.toml"))
for kv in sys.argv[2:]:
    k, v = kv.split("=")
    setattr(recipe.settings, k, type(getattr(recipe.settings, k))(v))
report = train(recipe, get_extractor(Settings(pair_model="none")), cross_validation=True)
tot = [0, 0, 0]
for g in report.groups:
    m, r = g.model, g.rules
    tot = [tot[0] + m["tp"], tot[1] + m["fp"], tot[2] + m["fn"]]
    print(f"{g.group:<8} {m['dyad_precision']:.3f}/{m['dyad_recall']:.3f}/{m['dyad_f1']:.3f}   rules {r['dyad_f1']:.3f}  person {m['person_f1']:.2f} date {m['date_accuracy']}")
p, r = tot[0] / (tot[0] + tot[1]), tot[0] / (tot[0] + tot[2])
print(f"micro over writers: P {p:.3f} R {r:.3f} F1 {2*p*r/(p+r):.3f}")
TUNED = {"tuning", "heldout", "check-d", "merge"}
new = [g for g in report.groups if g.group not in TUNED]
real = [g for g in new if g.group.startswith("real")]
mean = lambda gs, k: sum(g.__dict__[k]["dyad_f1"] for g in gs) / len(gs)
print(f"macro F1, writers the rules never saw: model {mean(new, 'model'):.3f} rules {mean(new, 'rules'):.3f}; "
      f"real pages: model {mean(real, 'model'):.3f} rules {mean(real, 'rules'):.3f}")
