"""Shared by every step of the comparison: the sentence dataset, folds and sentence-level scores.

Imported from both virtual environments (the project's `.venv` and `/tmp/clsvenv`), so it
needs only the standard library (and defcoop, for building the dataset).
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
TUNING_DIR = ROOT / "tests/data/corpus/tuning"
DEV_DIR = Path("/work/shared/eval/dev")
HELDOUT_DIR = ROOT / "tests/data/heldout"
TYPES = ("MEET", "AGREE", "TRANSFER", "EXERCISE", "TRAIN", "INDUSTRY", "EXHIBIT", "DEPLOY", "COOPERATE")
N_FOLDS = 5


def norm(text: str) -> str:
    return " ".join((text or "").split())


def contains_either_way(a: str, b: str) -> bool:
    """Whitespace-normalised containment, either way (the sentence in the evidence or the reverse)."""
    a, b = norm(a), norm(b)
    return bool(a and b) and (a in b or b in a)


def sentence_labels(sentence: str, gold_events: list[dict]) -> tuple[list[str], list[str]]:
    """(labels, ignored): types of non-optional gold events whose evidence holds the sentence (or is
    held by it); `ignored` = types seen only on optional events there (neither positive nor negative)."""
    labels, optional = set(), set()
    for ev in gold_events:
        if contains_either_way(sentence, ev.get("evidence", "")):
            (optional if ev.get("optional") else labels).add(ev["type"])
    return sorted(labels), sorted(optional - labels)


def fold_of(doc_id: str, tune_ids: list[str]) -> int:
    """Fold of a tuning document (-1 for anything else: dev documents are always trained on).
    Documents are dealt round-robin in sorted order, so writers a and b mix in every fold."""
    ids = sorted(tune_ids)
    return ids.index(doc_id) % N_FOLDS if doc_id in ids else -1


def load_dataset(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def sentence_prf(gold: list[list[str]], ignored: list[list[str]], pred: list[list[str]]) -> dict:
    """Per-type P/R/F1 over sentences, plus micro and macro F1 (types with gold or predictions)."""
    out, tp_all, fp_all, fn_all, f1s = {}, 0, 0, 0, []
    for t in TYPES:
        tp = fp = fn = 0
        for g, ig, p in zip(gold, ignored, pred):
            if t in ig and t not in g:
                continue
            tp += t in g and t in p
            fp += t not in g and t in p
            fn += t in g and t not in p
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[t] = {"p": round(prec, 3), "r": round(rec, 3), "f1": round(f1, 3), "tp": tp, "fp": fp, "fn": fn}
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        if tp + fp + fn:
            f1s.append(f1)
    prec = tp_all / (tp_all + fp_all) if tp_all + fp_all else 0.0
    rec = tp_all / (tp_all + fn_all) if tp_all + fn_all else 0.0
    micro = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"per_type": out, "micro_p": round(prec, 3), "micro_r": round(rec, 3), "micro_f1": round(micro, 3),
            "macro_f1": round(sum(f1s) / len(f1s), 3) if f1s else 0.0}
