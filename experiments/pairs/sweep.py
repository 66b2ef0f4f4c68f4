"""Fit the leave-one-writer-out models once, then score several decision settings (keep, add thresholds)."""
import itertools
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
from defcoop.learn.train import fit
from defcoop.merge import merge_repeats
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
print(f"fitted {len(groups)} models in {time.time()-t:.0f}s", file=sys.stderr)
gold = {d.annotated.document.id: d.annotated.gold for d in docs}
rules = {d.annotated.document.id: [e.to_record() for e in ex.finish(list(d.analysis.events))] for d in docs}


def run(keep, add):
    preds = {}
    for g in groups:
        m = models[g]
        m.thresholds = np.full(len(m.labels), add)
        m.keep = np.full(len(m.labels), keep)
        dec = Decider(m, ex.lex, ex.builder)
        for d in docs:
            if d.group == g:
                preds[d.annotated.document.id] = [e.to_record() for e in merge_repeats(dec.decide(d.analysis))]
    out = {}
    for g in groups:
        ids = [d.annotated.document.id for d in docs if d.group == g]
        out[g] = score({i: gold[i] for i in ids}, {i: preds[i] for i in ids})[0]
    return out


base = {}
for g in groups:
    ids = [d.annotated.document.id for d in docs if d.group == g]
    base[g] = score({i: gold[i] for i in ids}, {i: rules[i] for i in ids})[0]["dyad_f1"]
new = [g for g in groups if g not in TUNED]
real = [g for g in new if g.startswith("real")]
print("rules:", " ".join(f"{g} {base[g]:.3f}" for g in groups), f"| new {np.mean([base[g] for g in new]):.3f} real {np.mean([base[g] for g in real]):.3f}")
GRID = [float(x) for x in __import__("os").environ.get("KEEP", "0.05,0.1,0.2,0.35").split(",")], [float(x) for x in __import__("os").environ.get("ADD", "0.25,0.35,0.45").split(",")]
for keep, add in itertools.product(*GRID):
    res = run(keep, add)
    f = {g: res[g]["dyad_f1"] for g in groups}
    print(f"keep {keep:.2f} add {add:.2f}:", " ".join(f"{g} {f[g]:.3f}" for g in groups),
          f"| new {np.mean([f[g] for g in new]):.3f} real {np.mean([f[g] for g in real]):.3f} tuned {np.mean([f[g] for g in TUNED if g in f]):.3f}")
