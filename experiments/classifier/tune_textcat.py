"""Pick the textcat bow settings by out-of-fold sentence macro F1 on the tuning part (held-out unused).

    .venv/bin/python experiments/classifier/tune_textcat.py   (needs out/sentences.json from compare.py)

Prints, per setting, macro/micro F1 at p >= 0.5 and at the best single threshold. The chosen
setting is written into textcat_bow.py by hand (BOW, EPOCHS, LOWER).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import textcat_bow  # noqa: E402
from common import N_FOLDS, TYPES, sentence_prf  # noqa: E402

GRID = [
    {"ngram_size": 2, "epochs": 20, "lower": False, "length": 2 ** 17},  # the first try
    {"ngram_size": 1, "epochs": 20, "lower": True, "length": 2 ** 16},
    {"ngram_size": 2, "epochs": 20, "lower": True, "length": 2 ** 16},
    {"ngram_size": 2, "epochs": 50, "lower": True, "length": 2 ** 16},
    {"ngram_size": 1, "epochs": 50, "lower": True, "length": 2 ** 16},
]


def main() -> None:
    rows = json.loads((HERE / "out/sentences.json").read_text(encoding="utf-8"))
    tune = [r for r in rows if r["group"] == "tune"]
    for cfg in GRID:
        t0 = time.perf_counter()
        textcat_bow.BOW = {**textcat_bow.BOW, "ngram_size": cfg["ngram_size"], "length": cfg["length"]}
        textcat_bow.LOWER = cfg["lower"]
        probs = {}
        for k in range(N_FOLDS):
            train = [r for r in rows if r["group"] == "dev" or (r["group"] == "tune" and r["fold"] != k)]
            test = [r for r in tune if r["fold"] == k]
            nlp = textcat_bow.train([r["text"] for r in train], [r["labels"] for r in train],
                                    [r["ignored"] for r in train], epochs=cfg["epochs"])
            probs.update(zip((r["key"] for r in test), textcat_bow.predict(nlp, [r["text"] for r in test])))
        res = {}
        for t in (0.05, 0.1, 0.2, 0.3, 0.5):
            res[t] = sentence_prf([r["labels"] for r in tune], [r["ignored"] for r in tune],
                                  [[x for x in TYPES if probs[r["key"]][x] >= t] for r in tune])
        best = max(res, key=lambda t: res[t]["macro_f1"])
        print(json.dumps({**cfg, "macro@0.5": res[0.5]["macro_f1"], "micro@0.5": res[0.5]["micro_f1"],
                          "best_t": best, "macro@best": res[best]["macro_f1"], "micro@best": res[best]["micro_f1"],
                          "seconds": round(time.perf_counter() - t0)}), flush=True)


if __name__ == "__main__":
    main()
