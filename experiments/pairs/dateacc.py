"""Date accuracy (scorer's definition) of the shipped extractor on each training set."""
from pathlib import Path

from defcoop.evaluate import score
from defcoop.extract import get_extractor
from defcoop.learn.corpus import load_set
from defcoop.learn.recipe import read_recipe
from defcoop.settings import Settings

ex = get_extractor(Settings())
out = []
for spec in read_recipe(Path("training/pairs.toml")).sets:
    if not (spec.docs or spec.gold).is_dir():
        continue
    ds = load_set(spec)
    res = ex.extract([d.document for d in ds])
    s, _ = score({d.document.id: d.gold for d in ds}, {r.document.id: [e.to_record() for e in r.events] for r in res})
    out.append((spec.group, s["date_accuracy"], s["counts"]["date"][1]))
print(" ".join(f"{g} {a}" for g, a, _ in out))
print("mean", round(sum(a for _, a, _ in out) / len(out), 3))
