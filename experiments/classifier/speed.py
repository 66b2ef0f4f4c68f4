"""Throughput measurements, each run by compare.py in a fresh process of the project's .venv.

    speed.py textcat MODEL_DIR TEXTS.json      sentences/s of the saved textcat pipeline
    speed.py ner DOCS.json                     plain spaCy NER (same model, `ner` only) over cleaned texts
    speed.py extract DOCS.json                 defcoop's extract stage (prefilter, parse, rules)

DOCS.json holds cleaned documents ({"id", "text", "published"}). Times exclude loading (reported
apart) and take the best of three passes after a warm-up; one process (as `defcoop bench`'s reference).
"""
from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

REPEATS = 3


def _best(fn) -> float:
    fn()  # warm-up
    best = float("inf")
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _rss() -> tuple[int, int]:
    import psutil
    return round(psutil.Process().memory_info().rss / 2 ** 20), round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def textcat(model_dir: str, texts_path: str) -> dict:
    import spacy
    import textcat_bow
    texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    rss0, _ = _rss()
    t0 = time.perf_counter()
    nlp = spacy.load(model_dir)
    load_s = time.perf_counter() - t0
    rss_loaded, _ = _rss()
    secs = _best(lambda: [d.cats for d in nlp.pipe([textcat_bow._text(t) for t in texts], batch_size=256)])
    _, peak = _rss()
    size = sum(f.stat().st_size for f in Path(model_dir).rglob("*") if f.is_file())
    return {"classifier": "textcat_bow", "sentences": len(texts), "seconds": round(secs, 3),
            "sentences_per_s": round(len(texts) / secs, 1), "load_seconds": round(load_s, 2),
            "rss_before_mib": rss0, "rss_loaded_mib": rss_loaded, "peak_rss_mib": peak,
            "model_mib": round(size / 2 ** 20, 2)}


def ner(docs_path: str) -> dict:
    import spacy
    from defcoop.settings import load_settings
    docs = json.loads(Path(docs_path).read_text(encoding="utf-8"))
    texts = [d["text"] for d in docs]
    nlp = spacy.load(load_settings().spacy_model, enable=["ner"])
    secs = _best(lambda: [d.ents for d in nlp.pipe(texts, batch_size=32)])
    return {"measure": "ner", "docs": len(docs), "seconds": round(secs, 3), "docs_per_s": round(len(docs) / secs, 2)}


def extract(docs_path: str) -> dict:
    from defcoop.extract import get_extractor
    from defcoop.settings import load_settings
    from defcoop.types import Document
    docs = [Document(d["id"], d["text"], d["text"], published=d.get("published"))
            for d in json.loads(Path(docs_path).read_text(encoding="utf-8"))]
    extractor = get_extractor(load_settings())
    planned = sum(len(extractor.plan(d).spans) for d in docs)
    secs = _best(lambda: extractor.extract(docs))
    return {"measure": "extract", "docs": len(docs), "planned_sentences": planned, "seconds": round(secs, 3),
            "docs_per_s": round(len(docs) / secs, 2)}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    cmd, args = sys.argv[1], sys.argv[2:]
    print(json.dumps({"textcat": textcat, "ner": ner, "extract": extract}[cmd](*args)))
