"""Pooled over held-out writers (leave-one-writer-out): recall by event size and cause, false positives by type."""
import sys
from collections import Counter
from pathlib import Path

from defcoop.evaluate import dyads
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
ex = get_extractor(Settings(pair_model="none"))
docs = build([ad for spec in recipe.sets if (spec.docs or spec.gold).is_dir() for ad in load_set(spec)], ex)
groups = [g for g in sorted({d.group for d in docs}) if g not in TUNED and (len(sys.argv) < 2 or g in sys.argv[1:])]
rec, fp = Counter(), Counter()
for g in groups:
    dec = Decider(fit([d for d in docs if d.group != g], recipe.settings), ex.lex, ex.builder)
    for d in (d for d in docs if d.group == g):
        pred = {x for e in merge_repeats(dec.decide(d.analysis)) for x in dyads(e.to_record())}
        req = {}
        opt = set()
        for ev in d.annotated.gold:
            n = len({p["country"] for p in ev["parties"] if p.get("country")})
            for x in dyads(ev):
                if ev.get("optional"):
                    opt.add(x)
                else:
                    req[x] = min(req.get(x, 99), n)
        for x, n in req.items():
            size = "2" if n == 2 else ("3-4" if n <= 4 else "5+")
            rec[(size, x[0], x in pred)] += 1
        for x in pred - set(req) - opt:
            fp[x[0]] += 1
for size in ("2", "3-4", "5+"):
    tot = sum(v for k, v in rec.items() if k[0] == size)
    hit = sum(v for k, v in rec.items() if k[0] == size and k[2])
    print(f"events of {size:>3} countries: {tot:>5} dyads, recall {hit/max(tot,1):.3f}")
types = sorted({k[1] for k in rec})
for t in types:
    tot2 = rec[("2", t, True)] + rec[("2", t, False)]
    print(f"  {t:<10} bilateral recall {rec[('2', t, True)]/max(tot2,1):.3f} of {tot2:>4}   false positives {fp[t]}")
