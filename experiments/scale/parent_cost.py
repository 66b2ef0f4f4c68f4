"""What the parent process of a run costs per document as its database grows, without the workers.

`defcoop bench --scale` needs half an hour to reach 50,000 documents and mixes the parent's cost
(duplicate checks, storing) with the workers'. This prepares and extracts a varied corpus once
(cached in --cache), then replays a run with those results: the workers' tasks are answered from
the cache, so the time measured is the parent's alone, printed per stretch of documents.

    python experiments/scale/parent_cost.py --documents 12000 --cache /tmp/parent-cost [--cycles 4]
"""
from __future__ import annotations

import argparse
import pickle
import tempfile
import time
from pathlib import Path

from defcoop import pipeline
from defcoop.bench_scale import make_varied_corpus
from defcoop.extract import extract_documents
from defcoop.ingest import InputLimits
from defcoop.pipeline import (
    Engine,
    Runner,
    RunReport,
    batched,
    local_engine,
    prepared_documents,
)
from defcoop.prepare import input_parts, ordered_map, prepare_part, run_here
from defcoop.settings import Settings, load_settings
from defcoop.store.db import open_database


def build_cache(n: int, cache: Path, settings: Settings) -> tuple[list, dict]:
    path = cache / f"results-{n}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    cache.mkdir(parents=True, exist_ok=True)
    corpus = make_varied_corpus(n, cache)
    limits = InputLimits.from_settings(settings)
    report = RunReport()
    with local_engine(2) as engine:
        parts = list(ordered_map(engine.submit, engine.in_flight, prepare_part,
                                 input_parts([corpus], limits, engine.files_on_workers), limits))
        pairs = list(prepared_documents(parts, report))
        docs = [doc for doc, _ in pairs]
        results = {r.document.id: r for batch in ordered_map(engine.submit, engine.in_flight, extract_documents,
                                                             batched(docs, settings.batch_size), settings)
                   for r in batch}
    value = (parts, results)
    path.write_bytes(pickle.dumps(value))
    return value


STAGES = {"merge lookup": ("defcoop.store.crud", "merge_targets"),
          "near-copy lookup": ("defcoop.store.crud", "find_near_copy"),
          "hash lookup": ("defcoop.store.crud", "find_document_by_hash"),
          "save": ("defcoop.store.crud", "save_result")}
spent: dict[str, float] = dict.fromkeys(STAGES, 0.0)


def time_stages() -> None:
    """Wrap the parent's lookups so that their CPU time per stretch can be printed."""
    import importlib

    for stage, (module_name, name) in STAGES.items():
        module = importlib.import_module(module_name)
        inner = getattr(module, name)

        def timed(*args, _inner=inner, _stage=stage, **kwargs):
            start = time.process_time()
            try:
                return _inner(*args, **kwargs)
            finally:
                spent[_stage] += time.process_time() - start

        setattr(module, name, timed)
        if name in vars(pipeline.crud):
            setattr(pipeline.crud, name, timed)


def _shifted(value: str | None, years: int) -> str | None:
    return f"{int(value[:4]) + years:04d}{value[4:]}" if value else value


def _other_signature(signature: bytes | None, cycle: int) -> bytes | None:
    """The signature's values XOR a mask of the cycle: copies of one cycle are as alike as the originals,
    and never near copies of another cycle's."""
    import numpy as np

    from defcoop.dedup.minhash import _HEADER

    if signature is None:
        return None
    values = np.frombuffer(signature, dtype="<u4", offset=_HEADER.size) ^ np.uint32(0x9E3779B1 * cycle & 0xFFFFFFFF)
    return signature[:_HEADER.size] + values.astype("<u4").tobytes()


def cycled(parts: list, results: dict, cycles: int) -> list:
    """The corpus `cycles` times over, each copy another set of documents: new ids, texts' hashes and
    signatures (no copy is a near copy of another cycle's), and publication and event dates 10 years
    later per cycle, so that its events are new events rather than reports of the first copy's."""
    from dataclasses import replace

    from defcoop.prepare import PreparedPart
    from defcoop.types import DocumentResult, InputProblem

    out = list(parts)
    for cycle in range(1, cycles):
        for part in parts:
            copy = PreparedPart(documents_read=part.documents_read)
            for item in part.items:
                if isinstance(item, InputProblem):
                    copy.items.append(item)
                    continue
                doc, signature = item
                new = replace(doc, id=f"{doc.id}-c{cycle}", content_hash=f"{doc.content_hash}-c{cycle}",
                              published=_shifted(doc.published, 10 * cycle))
                copy.items.append((new, _other_signature(signature, cycle)))
                results[new.id] = DocumentResult(new, [replace(e, doc_id=new.id, date=_shifted(e.date, 10 * cycle))
                                                       for e in results[doc.id].events])
            out.append(copy)
    return out


def replay(parts: list, results: dict, settings: Settings, every: int) -> None:
    time_stages()
    with tempfile.TemporaryDirectory() as tmp:
        factory = open_database(str(Path(tmp) / "replay.db"))
        pipeline.input_parts = lambda paths, limits, on_workers: iter(parts)
        pipeline.prepare_part = lambda part, limits, sign=True: part
        pipeline.extract_documents = lambda docs, settings: [results[d.id] for d in docs]
        done, marks = 0, [(time.process_time(), 0)]
        walls = [time.perf_counter()]

        def on_batch(batch: list) -> None:
            nonlocal done
            done += len(batch)
            if done // every != (done - len(batch)) // every:
                t = time.process_time()
                n = done - marks[-1][1]
                stages = ", ".join(f"{k} {1000 * v / n:.2f}" for k, v in spent.items())
                wall = time.perf_counter()
                print(f"{done:>7,} documents: {1000 * (t - marks[-1][0]) / n:.2f} parent CPU ms per document "
                      f"({1000 * (wall - walls[-1]) / n:.2f} wall) over the last {n:,} ({stages})", flush=True)
                walls.append(wall)
                spent.update(dict.fromkeys(spent, 0.0))
                marks.append((t, done))

        report = Runner(factory, settings).run(["cached"], RunReport(), engine=Engine(run_here, 1),
                                               on_batch=on_batch)
        print(f"stored {report.documents_stored:,}, near copies {report.near_duplicates:,}, "
              f"events {report.events_added:,}; mean {1000 * (marks[-1][0] - marks[0][0]) / max(done, 1):.2f} ms/doc")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=12000)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "defcoop-parent-cost")
    parser.add_argument("--every", type=int, default=1000)
    parser.add_argument("--cycles", type=int, default=1, help="replay the corpus this many times, as new documents")
    parser.add_argument("--sqlite-cache-mib", type=int, default=0, help="try another SQLite page cache size")
    args = parser.parse_args()
    settings = load_settings()
    if args.sqlite_cache_mib:
        from defcoop.store import sqlite

        sqlite.PRAGMAS = (*sqlite.PRAGMAS, f"PRAGMA cache_size=-{args.sqlite_cache_mib * 1024}")
    parts, results = build_cache(args.documents, args.cache, settings)
    replay(cycled(parts, results, args.cycles), results, settings, args.every)


if __name__ == "__main__":
    main()
