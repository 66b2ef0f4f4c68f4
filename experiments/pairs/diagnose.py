"""Where recall is lost, per set: gold dyads whose evidence sentence is not found after cleaning, not
parsed, or parsed without a candidate instance for the pair; and what the rules found."""
import sys
from collections import Counter
from pathlib import Path

from defcoop.evaluate import dyads
from defcoop.extract import get_extractor
from defcoop.extract.pairs import build_instances
from defcoop.learn.corpus import SetSpec, load_set
from defcoop.settings import Settings

ex = get_extractor(Settings(pair_model="none"))
for arg in sys.argv[1:]:
    gold_dir, _, docs = arg.partition(":")
    docs_set = load_set(SetSpec(Path(gold_dir), Path(gold_dir).name, Path(docs) if docs else None))
    analyses = ex.analyse([d.document for d in docs_set])
    c = Counter()
    for ad, an in zip(docs_set, analyses):
        numbers = {s.number: i for i, s in enumerate(an.sentences)}
        pairs = {(inst.sentence, frozenset((inst.a.country, inst.b.country))) for inst in build_instances(an, ex.lex, ex.builder)}
        rule_dyads = {d for e in ex.finish(list(an.events)) for d in dyads(e.to_record())}
        for ev, sents in zip(ad.gold, ad.evidence_sentences()):
            if ev.get("optional"):
                continue
            for d in dyads(ev):
                c["dyads"] += 1
                c["rules"] += d in rule_dyads
                if not sents:
                    c["evidence lost"] += 1
                elif not any(n in numbers for n in sents):
                    c["not parsed"] += 1
                elif not any((numbers[n], frozenset(d[1:])) in pairs for n in sents if n in numbers):
                    c["no candidate"] += 1
                else:
                    c["candidate"] += 1
    n = c["dyads"]
    print(f"{Path(gold_dir).name:<10} dyads {n:>4}  rules {c['rules']/n:.2f}  candidate {c['candidate']/n:.2f}  "
          f"evidence lost {c['evidence lost']/n:.2f}  not parsed {c['not parsed']/n:.2f}  no candidate {c['no candidate']/n:.2f}")
