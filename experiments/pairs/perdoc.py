"""One held-out writer: per-document dyad tp/fp/fn through the decision path (model fitted without it)."""
import sys
from pathlib import Path

from defcoop.evaluate import score
from defcoop.extract import get_extractor
from defcoop.extract.decide import Decider
from defcoop.learn.corpus import load_set
from defcoop.learn.dataset import build
from defcoop.learn.recipe import read_recipe
from defcoop.learn.train import fit
from defcoop.merge import merge_repeats
from defcoop.settings import Settings

recipe = read_recipe(Path("training/pairs.toml"))
held = sys.argv[1]
ex = get_extractor(Settings(pair_model="none"))
docs = build([ad for spec in recipe.sets if (spec.docs or spec.gold).is_dir() for ad in load_set(spec)], ex)
dec = Decider(fit([d for d in docs if d.group != held], recipe.settings), ex.lex, ex.builder)
total = [0, 0, 0]
for d in docs:
    if d.group != held:
        continue
    doc_id = d.annotated.document.id
    s, _ = score({doc_id: d.annotated.gold}, {doc_id: [e.to_record() for e in merge_repeats(dec.decide(d.analysis))]})
    total = [total[0] + s["tp"], total[1] + s["fp"], total[2] + s["fn"]]
    if s["fp"] + s["fn"] >= int(sys.argv[2]) if len(sys.argv) > 2 else 3:
        print(f"{doc_id:<16} tp {s['tp']:>3} fp {s['fp']:>3} fn {s['fn']:>3}")
print("total", total)
