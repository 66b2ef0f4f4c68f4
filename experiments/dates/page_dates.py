"""Page dates the clean stage finds on real pages against the annotators' `page_date` (manifest.jsonl).

    python experiments/dates/page_dates.py tests/data/corpus/real-train/*/    [SHOW=1 lists the misses]
"""
import json
import os
import sys
from pathlib import Path

from defcoop.clean import clean_document
from defcoop.ingest import InputProblem, read_inputs

right = wrong = 0
for folder in map(Path, sys.argv[1:]):
    manifest = {json.loads(line)["id"]: json.loads(line) for line in (folder / "manifest.jsonl").open()}
    for doc in read_inputs([folder / "pages"]):
        if isinstance(doc, InputProblem):
            continue
        expected = manifest.get(doc.id, {}).get("page_date")
        if not expected:
            continue
        found = clean_document(doc).published
        if found and (found.startswith(expected) or expected.startswith(found)) and len(found) >= min(len(expected), 10):
            right += 1
        else:
            wrong += 1
            if os.environ.get("SHOW"):
                print(f"{doc.id}: expected {expected}, found {found}  {doc.url}")
print(f"page dates right {right} of {right + wrong}")
