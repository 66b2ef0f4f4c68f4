"""Where recall is lost: evidence found after cleaning, sentence parsed, both countries among its
mentions (or the document's focus), dyad found by the rules in that sentence / anywhere."""
import sys
from collections import Counter
from pathlib import Path

from defcoop.evaluate import dyads
from defcoop.extract import get_extractor
from defcoop.learn.corpus import SetSpec, load_set
from defcoop.settings import Settings

ex = get_extractor(Settings())
for arg in sys.argv[1:]:
    gold_dir, _, docs = arg.partition(":")
    docs_set = load_set(SetSpec(Path(gold_dir), Path(gold_dir).name, Path(docs) if docs else None))
    analyses = ex.analyse([d.document for d in docs_set])
    c = Counter()
    for ad, an in zip(docs_set, analyses):
        by_number = {s.number: s for s in an.sentences}
        rule_dyads = {d for e in ex.finish(list(an.events)) for d in dyads(e.to_record())}
        for ev, sents in zip(ad.gold, ad.evidence_sentences()):
            if ev.get("optional"):
                continue
            for d in dyads(ev):
                c["dyads"] += 1
                c["rules_doc"] += d in rule_dyads
                if not sents:
                    c["evidence_lost"] += 1
                    continue
                parsed = [by_number[n] for n in sents if n in by_number]
                if not parsed:
                    c["not_parsed"] += 1
                    continue
                countries = {m.country for s in parsed for m in s.mentions if m.country}
                have = {d[1], d[2]} & (countries | ({an.focus} if an.focus else set()))
                if len(have) < 2:
                    c["country_missing" if not have or {d[1], d[2]} & countries else "both_missing"] += 1
                    continue
                c["candidate"] += 1
    n = c["dyads"]
    print(f"{Path(gold_dir).name:<12} dyads {n}  rules found {c['rules_doc']/n:.2f}  candidate {c['candidate']/n:.2f}"
          f"  evidence lost {c['evidence_lost']}  not parsed {c['not_parsed']}  one country missing {c['country_missing']}"
          f"  both missing {c['both_missing']}")
