"""Leave-one-writer-out false and missed dyads of the real-page groups (or the groups named), with the
sentence each predicted dyad came from: what costs precision on pages as scraped.

    python experiments/pairs/false_dyads.py [GROUP ...] > /tmp/false.txt
"""
import re
import sys
from collections import Counter
from pathlib import Path

from defcoop.evaluate import dyads, score
from defcoop.extract import get_extractor
from defcoop.extract.decide import Decider
from defcoop.learn.corpus import load_set
from defcoop.learn.dataset import build
from defcoop.learn.recipe import read_recipe
from defcoop.learn.train import fit, fit_people
from defcoop.settings import Settings

recipe = read_recipe(Path("training/pairs.toml"))
ex = get_extractor(Settings(pair_model="none"))
docs = build([ad for spec in recipe.sets if (spec.docs or spec.gold).is_dir() for ad in load_set(spec)], ex)
groups = sys.argv[1:] or sorted({d.group for d in docs if d.group.startswith("real") or re.match(r"first-r\d", d.group)})
false_by_type, missed_by_type = Counter(), Counter()
for group in groups:
    rest = [d for d in docs if d.group != group]
    decider = Decider(fit(rest, recipe.settings), ex.lex, ex.builder, fit_people(rest, recipe.settings))
    members = [d for d in docs if d.group == group]
    preds = {d.annotated.document.id: [e.to_record() for e in ex.decide(d.analysis, decider)] for d in members}
    gold = {d.annotated.document.id: d.annotated.gold for d in members}
    summary, _ = score(gold, preds)
    print(f"## {group}: dyad P {summary['dyad_precision']:.3f} R {summary['dyad_recall']:.3f} F1 {summary['dyad_f1']:.3f}")
    for d in members:
        doc_id = d.annotated.document.id
        gold_dyads = set().union(*(dyads(e) for e in gold[doc_id])) if gold[doc_id] else set()
        optional = set().union(*(dyads(e) for e in gold[doc_id] if e.get("optional"))) if gold[doc_id] else set()
        seen = set()
        for event in preds[doc_id]:
            for dyad in sorted(dyads(event) - gold_dyads - optional - seen):
                seen.add(dyad)
                false_by_type[dyad[0]] += 1
                print(f"FALSE {doc_id} {dyad} | {event['evidence'][:220]!r}")
        found = set().union(*(dyads(e) for e in preds[doc_id])) if preds[doc_id] else set()
        for event in gold[doc_id]:
            if event.get("optional"):
                continue
            for dyad in sorted(dyads(event) - found):
                missed_by_type[dyad[0]] += 1
                print(f"MISSED {doc_id} {dyad} | {str(event.get('evidence'))[:120]!r}")
print("false by type", dict(false_by_type))
print("missed by type", dict(missed_by_type))
