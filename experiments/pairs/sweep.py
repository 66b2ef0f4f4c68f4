"""Fit the leave-one-writer-out models once, then score several decision settings (keep, add thresholds)."""
import itertools
import re
import sys
import time
from pathlib import Path

import numpy as np

from defcoop.evaluate import score
from defcoop.extract import get_extractor
from defcoop.extract.decide import Decider
from defcoop.learn.corpus import load_set
from defcoop.learn.dataset import build
from defcoop.learn.recipe import read_recipe
from defcoop.learn.train import fit, fit_people
from defcoop.settings import Settings

TUNED = {"tuning", "heldout", "check-d", "merge"}
recipe = read_recipe(Path("training/pairs.toml"))
for kv in sys.argv[1:]:
    k, v = kv.split("=")
    setattr(recipe.settings, k, type(getattr(recipe.settings, k))(v))
ex = get_extractor(Settings(pair_model="none"))
t = time.time()
docs = build([ad for spec in recipe.sets if (spec.docs or spec.gold).is_dir() for ad in load_set(spec)], ex)
groups = sorted({d.group for d in docs})
models = {g: fit([d for d in docs if d.group != g], recipe.settings) for g in groups}
people = {g: (fit_people([d for d in docs if d.group != g], recipe.settings)
              if __import__("os").environ.get("PEOPLE", "1") == "1" else None) for g in groups}
print(f"fitted {len(groups)} models in {time.time()-t:.0f}s", file=sys.stderr)
gold = {d.annotated.document.id: d.annotated.gold for d in docs}
rules = {d.annotated.document.id: [e.to_record() for e in ex.decide(d.analysis, rules_only=True)] for d in docs}


def run(keep, add, people_th=None, following=2):
    preds = {}
    for g in groups:
        if people_th is not None and people[g] is not None:
            people[g].thresholds = np.array([people_th])
        m = models[g]
        m.thresholds = np.full(len(m.labels), add)
        m.keep = np.full(len(m.labels), keep)
        dec = Decider(m, ex.lex, ex.builder, people[g], following)
        for d in docs:
            if d.group == g:
                preds[d.annotated.document.id] = [e.to_record() for e in ex.decide(d.analysis, dec)]
    out = {}
    for g in groups:
        ids = [d.annotated.document.id for d in docs if d.group == g]
        out[g] = score({i: gold[i] for i in ids}, {i: preds[i] for i in ids})[0]
    return out


base = {}
for g in groups:
    ids = [d.annotated.document.id for d in docs if d.group == g]
    base[g] = score({i: gold[i] for i in ids}, {i: rules[i] for i in ids})[0]
new = [g for g in groups if g not in TUNED]
real = [g for g in new if g.startswith("real") or re.match(r"first-r\d", g)]
for key in ("dyad_f1", "person_f1", "date_accuracy"):
    print(f"rules {key}:", " ".join(f"{g} {base[g][key] or 0:.3f}" for g in groups),
          f"| new {np.mean([base[g][key] or 0 for g in new]):.3f} real {np.mean([base[g][key] or 0 for g in real]):.3f}")
GRID = [float(x) for x in __import__("os").environ.get("KEEP", "0.05,0.1,0.2,0.35").split(",")], [float(x) for x in __import__("os").environ.get("ADD", "0.25,0.35,0.45").split(",")]
PEOPLE_TH = [float(x) for x in __import__("os").environ.get("PEOPLE_TH", "0.5").split(",")]
FOLLOW = [int(x) for x in __import__("os").environ.get("FOLLOW", "2").split(",")]
for (keep, add), people_th, following in itertools.product(itertools.product(*GRID), PEOPLE_TH, FOLLOW):
    print(f"people threshold {people_th}, following sentences {following}")
    res = run(keep, add, people_th, following)
    f = {g: res[g]["dyad_f1"] for g in groups}
    pf = {g: res[g]["person_f1"] for g in groups}
    da = {g: res[g]["date_accuracy"] or 0 for g in groups}
    print("  person F1:", " ".join(f"{g} {pf[g]:.2f}" for g in groups), f"| new {np.mean([pf[g] for g in new]):.3f}",
          " date:", f"new {np.mean([da[g] for g in new]):.3f} real {np.mean([da[g] for g in real]):.3f}")
    print(f"keep {keep:.2f} add {add:.2f}:", " ".join(f"{g} {f[g]:.3f}" for g in groups),
          f"| new {np.mean([f[g] for g in new]):.3f} real {np.mean([f[g] for g in real]):.3f} tuned {np.mean([f[g] for g in TUNED if g in f]):.3f}")
