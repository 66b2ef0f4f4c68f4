"""Dyad F1, person F1 and date accuracy of the shipped extractor on every set of the pair model's recipe
(in-sample figures: these sets train the models), one line per set and the mean.

    python experiments/dates/all_sets.py [training/pairs.toml]
"""
import sys
from pathlib import Path

from defcoop.evaluate import score, transfer_swaps
from defcoop.extract import get_extractor
from defcoop.learn.corpus import load_set
from defcoop.learn.recipe import read_recipe
from defcoop.settings import Settings

extractor = get_extractor(Settings())
rows = []
for spec in read_recipe(Path(sys.argv[1] if len(sys.argv) > 1 else "training/pairs.toml")).sets:
    if not (spec.docs or spec.gold).is_dir():
        continue
    annotated = load_set(spec)
    results = extractor.extract([a.document for a in annotated])
    gold = {a.document.id: a.gold for a in annotated}
    preds = {r.document.id: [e.to_record() for e in r.events] for r in results}
    figures, _ = score(gold, preds)
    figures["transfer_swaps"] = len(transfer_swaps(gold, preds))
    rows.append((spec.group, figures["dyad_f1"], figures["person_f1"], figures["date_accuracy"]))
    print(f"{spec.group:12} dyad {figures['dyad_f1']:.3f} person {figures['person_f1']:.3f} "
          f"date {figures['date_accuracy']} swaps {figures.get('transfer_swaps')}", flush=True)
for i, name in enumerate(("dyad", "person", "date"), 1):
    values = [r[i] for r in rows if r[i] is not None]
    print(f"mean {name} {sum(values) / len(values):.3f}")
