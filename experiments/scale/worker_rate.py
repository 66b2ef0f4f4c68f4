"""Do the workers slow down as a run goes on? Extraction alone (no database) over a varied corpus with
N worker processes, docs/s printed per stretch of documents.

    python experiments/scale/worker_rate.py --corpus /tmp/parent-cost/corpus-12000.jsonl --workers 2
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from defcoop.pipeline import RunReport, extract_paths
from defcoop.settings import load_settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--every", type=int, default=2000)
    args = parser.parse_args()
    start = last = time.perf_counter()
    done = 0
    for _ in extract_paths([args.corpus], load_settings(), RunReport(), workers=args.workers):
        done += 1
        if done % args.every == 0:
            now = time.perf_counter()
            print(f"{done:>7,} documents: {args.every / (now - last):.1f} docs/s over the last {args.every:,}",
                  flush=True)
            last = now
    print(f"{done:,} documents in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
