"""For one held-out writer: each missed gold dyad with its cause (no candidate / low score) and sentence."""
import sys
from collections import Counter
from pathlib import Path

from defcoop.evaluate import dyads
from defcoop.extract import get_extractor
from defcoop.extract.decide import pair_scores
from defcoop.extract.pairs import build_instances
from defcoop.learn.corpus import load_set
from defcoop.learn.dataset import build
from defcoop.learn.recipe import read_recipe
from defcoop.learn.train import fit
from defcoop.settings import Settings

recipe = read_recipe(Path("training/pairs.toml"))
held = sys.argv[1]
show = int(sys.argv[2]) if len(sys.argv) > 2 else 30
ex = get_extractor(Settings(pair_model="none"))
annotated = [ad for spec in recipe.sets if (spec.docs or spec.gold).is_dir() for ad in load_set(spec)]
docs = build(annotated, ex)
model = fit([d for d in docs if d.group != held], recipe.settings)
th = recipe.settings.threshold
causes = Counter()
size_causes = Counter()
shown = 0
for d in docs:
    if d.group != held:
        continue
    an = d.analysis
    scores = pair_scores(build_instances(an, ex.lex, ex.builder), model)
    numbers = {s.number: i for i, s in enumerate(an.sentences)}
    for ev, sents in zip(d.annotated.gold, d.annotated.evidence_sentences()):
        if ev.get("optional"):
            continue
        for dy in dyads(ev):
            t, a, b = dy
            keys = [(numbers[n], t, a, b) if t == "TRANSFER" else (numbers[n], t, *sorted((a, b))) for n in sents if n in numbers]
            ps = [scores[k] for k in keys if k in scores]
            if ps and max(ps) >= th:
                causes["found"] += 1
                continue
            cause = "no sentence" if not keys else ("no candidate" if not ps else "low score")
            if t == "TRANSFER" and any(scores.get((k[0], t, b, a), 0) >= th for k in keys):
                cause = "direction"
            causes[cause] += 1
            n_countries = len({p["country"] for p in ev["parties"] if p.get("country")})
            size_causes[("5+" if n_countries >= 5 else "<5", cause)] += 1
            if shown < show and t != "EXERCISE" and len({p["country"] for p in ev["parties"] if p.get("country")}) <= 3:
                shown += 1
                s = an.sentences[keys[0][0]] if keys else None
                other = sorted(((round(v, 2), k[1]) for k, v in scores.items() if keys and k[0] == keys[0][0] and {k[2], k[3]} == {a, b}), reverse=True)[:3]
                print(f"{d.annotated.document.id} {dy} {cause} p={max(ps) if ps else '-':.2}" if ps else f"{d.annotated.document.id} {dy} {cause}", other)
                if s is not None:
                    print("    ", s.doc.text[:230].replace("\n", " "))
print(causes)
print(sorted(size_causes.items()))
