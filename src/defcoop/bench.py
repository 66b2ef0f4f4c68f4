"""`defcoop bench`: documents/s and peak RSS per stage and end to end, next to plain spaCy NER.

Each measurement runs in a fresh process, so its peak RSS is its own. The corpus is made
from the bundled samples: N documents, each a sample with a numbered id and a paragraph of
seeded filler sentences, so that no two are exact or near copies.
"""
from __future__ import annotations

import json
import multiprocessing
from queue import Empty
import random
import re
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from defcoop.errors import ConfigError, DefcoopError
from defcoop.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "articles"


def _peak_rss_mib() -> float:
    """Peak RSS of this process plus the largest of its finished workers (Linux reports KiB).

    With worker processes the two peaks may not coincide, so this is an upper bound."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024




def _filler(rng: random.Random, vocabulary: list[str], sentences: int = 10) -> str:
    """Unrelated sentences that make each copy a distinct document (and give the prefilter work)."""
    out = []
    for _ in range(sentences):
        words = rng.sample(vocabulary, k=min(len(vocabulary), rng.randint(12, 20)))
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def _after_first_paragraph_html(html: str, filler: str) -> str:
    """Put the filler inside the article body, where the cleaner keeps it."""
    start = max(html.find("<article"), 0)
    end = html.find("</p>", start)
    return html if end < 0 else html[:end + 4] + f"<p>{filler}</p>" + html[end + 4:]


def _after_first_paragraph_text(text: str, filler: str) -> str:
    lines = text.split("\n")
    body = [i for i, line in enumerate(lines) if len(line.split()) >= 6 and line.rstrip().endswith(".")]
    if not body:
        return text + "\n\n" + filler
    i = body[len(body) // 2]  # mid-body: never in the page header or the trailing link lists
    return "\n".join(lines[:i + 1] + ["", filler, ""] + lines[i + 1:])


def make_corpus(n: int, directory: Path, samples: Path = SAMPLES) -> Path:
    """Write N distinct documents made from the samples to one JSONL file; return its path.

    Each copy gets a paragraph of seeded filler sentences, so no two copies are exact or
    near duplicates and every one of them goes through extraction.
    """
    from defcoop.ingest import read_inputs
    from defcoop.types import RawDocument

    raws = [r for r in read_inputs([samples]) if isinstance(r, RawDocument)] if samples.is_dir() else []
    if not raws:
        raise ConfigError(f"no sample documents under {samples} (give a folder of articles with --samples)")
    vocabulary = sorted({w.lower() for r in raws for w in re.findall(r"[A-Za-z]{4,}", r.text or "")})
    rng = random.Random(1234)
    path = directory / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fp:
        for i in range(n):
            raw = raws[i % len(raws)]
            filler = _filler(rng, vocabulary)
            rec = {"id": f"{raw.id}-{i:06d}", "url": raw.url, "title": raw.title, "published": raw.published,
                   "source": raw.source}
            if raw.html is not None:
                rec["html"] = _after_first_paragraph_html(raw.html, filler)
            else:
                rec["text"] = _after_first_paragraph_text(raw.text or "", filler)
            fp.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


# -- stage bodies: each runs in its own process and returns the number of documents handled ------

def _load_clean(corpus: Path):
    from defcoop.clean import clean_document
    from defcoop.ingest import read_inputs
    from defcoop.types import RawDocument

    return [clean_document(r) for r in read_inputs([corpus]) if isinstance(r, RawDocument)]


def stage_ingest(corpus: Path, settings: Settings, workers: int) -> tuple[int, float]:
    from defcoop.ingest import read_inputs

    t = time.perf_counter()
    n = sum(1 for _ in read_inputs([corpus]))
    return n, time.perf_counter() - t


def stage_clean(corpus: Path, settings: Settings, workers: int) -> tuple[int, float]:
    from defcoop.clean import clean_document
    from defcoop.ingest import read_inputs
    from defcoop.types import RawDocument

    raws = [r for r in read_inputs([corpus]) if isinstance(r, RawDocument)]
    t = time.perf_counter()
    n = len([clean_document(r) for r in raws])
    return n, time.perf_counter() - t


def stage_dedup(corpus: Path, settings: Settings, workers: int) -> tuple[int, float]:
    from defcoop.dedup import DuplicateIndex

    docs = _load_clean(corpus)
    t = time.perf_counter()
    index = DuplicateIndex(settings.near_duplicate_threshold)
    for d in docs:
        if index.find(d.text) is None:
            index.add(d.id, d.text)
    return len(docs), time.perf_counter() - t


def stage_extract(corpus: Path, settings: Settings, workers: int) -> tuple[int, float]:
    from defcoop.extract import get_extractor

    docs = _load_clean(corpus)
    extractor = get_extractor(settings)  # model load is not part of throughput
    t = time.perf_counter()
    for i in range(0, len(docs), settings.batch_size):
        extractor.extract(docs[i:i + settings.batch_size])
    return len(docs), time.perf_counter() - t


def stage_store(corpus: Path, settings: Settings, workers: int) -> tuple[int, float]:
    from defcoop.extract import extract_documents
    from defcoop.store import crud
    from defcoop.store.db import open_database

    docs = list({d.content_hash: d for d in _load_clean(corpus)}.values())  # copies are sources, not rows
    results = extract_documents(docs, settings)
    with tempfile.TemporaryDirectory() as tmp:
        factory = open_database(str(Path(tmp) / "bench.db"))
        t = time.perf_counter()
        for i in range(0, len(results), settings.batch_size):
            with factory.begin() as session:
                for r in results[i:i + settings.batch_size]:
                    crud.save_result(session, r, None)
        return len(results), time.perf_counter() - t


def stage_end_to_end(corpus: Path, settings: Settings, workers: int) -> tuple[int, float]:
    from defcoop.pipeline import RunReport, Runner
    from defcoop.store.db import open_database

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        factory = open_database(str(Path(tmp) / "bench.db"))
        report = Runner(factory, settings).run([corpus], RunReport(), workers=workers)
        return report.documents_read, time.perf_counter() - t


def reference_ner(corpus: Path, settings: Settings, workers: int) -> tuple[int, float]:
    """The same spaCy model with only `ner` enabled, over the same cleaned full texts, one process."""
    import spacy

    texts = [d.text for d in _load_clean(corpus)]
    nlp = spacy.load(settings.spacy_model, enable=["ner"])
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return len(texts), time.perf_counter() - t


STAGES: list[tuple[str, Callable, bool]] = [  # (name, body, measured per worker count)
    ("ingest", stage_ingest, False),
    ("clean", stage_clean, False),
    ("dedup", stage_dedup, False),
    ("extract (nlp + rules)", stage_extract, False),
    ("store", stage_store, False),
    ("end to end (defcoop run)", stage_end_to_end, True),
    ("reference: spaCy ner only", reference_ner, False),
]


def _child(body: Callable, corpus: Path, settings: Settings, workers: int, queue) -> None:
    n, seconds = body(corpus, settings, workers)
    queue.put((n, seconds, _peak_rss_mib()))


def _measure(body: Callable, corpus: Path, settings: Settings, workers: int) -> tuple[int, float, float]:
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(body, corpus, settings, workers, queue))
    proc.start()
    while True:  # a measurement that dies must fail the benchmark, not hang it
        try:
            result = queue.get(timeout=1)
            break
        except Empty:
            if not proc.is_alive():
                raise DefcoopError(f"benchmark stage {body.__name__} failed (exit code {proc.exitcode})")
    proc.join()
    return result


def run_benchmark(n: int, settings: Settings, worker_counts: list[int], log=None,
                  samples: Path = SAMPLES) -> dict:
    """Measure every stage on an N-document corpus; rows plus the two verdicts of the issue."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(n, Path(tmp), samples)
        chars = sum(len(line) for line in corpus.open(encoding="utf-8"))
        for name, body, per_worker in STAGES:
            for workers in (worker_counts if per_worker else [1]):
                if log:
                    log(f"measuring {name} ({workers} process{'es' if workers > 1 else ''}) ...")
                docs, seconds, rss = _measure(body, corpus, settings, workers)
                rows.append({"measure": name, "processes": workers, "documents": docs, "seconds": seconds,
                             "docs_per_s": docs / seconds if seconds else float("inf"), "peak_rss_mib": rss})
    by = {(r["measure"], r["processes"]): r for r in rows}
    ref = by[("reference: spaCy ner only", 1)]["docs_per_s"]
    verdicts = []
    for workers in worker_counts:
        e2e = by[("end to end (defcoop run)", workers)]["docs_per_s"]
        verdicts.append(f"end to end with {workers} process(es): {e2e:.1f} docs/s = {e2e / ref:.2f} x plain spaCy NER "
                        f"({ref:.1f} docs/s)")
    if 1 in worker_counts and 2 in worker_counts:
        one = by[("end to end (defcoop run)", 1)]["docs_per_s"]
        two = by[("end to end (defcoop run)", 2)]["docs_per_s"]
        verdicts.append(f"2 processes vs 1: {two / one:.2f} x")
    return {"documents": n, "characters": chars, "rows": rows, "verdicts": verdicts}
