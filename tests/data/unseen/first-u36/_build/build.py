"""Build u36-01 .. u36-25 (*.doc.json + *.gold.json) from the modules d01.py .. d25.py."""
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

for n in range(1, 26):
    mod = importlib.import_module(f"d{n:02d}")
    doc_id = f"u36-{n:02d}"
    text = mod.TEXT
    cut = getattr(mod, "CUT", None)
    if cut:
        text = text[:cut]
    m = mod.META
    doc = {"id": doc_id, "url": m["url"], "title": m["title"], "published": m["published"],
           "source": m["source"], "lang": "en", "text": text}
    events = []
    for ev in mod.EVENTS:
        ev = dict(ev)
        ev["doc_id"] = doc_id
        events.append(ev)
    (OUT / f"{doc_id}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (OUT / f"{doc_id}.gold.json").write_text(json.dumps({"doc_id": doc_id, "events": events}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(doc_id, len(text), "chars", len(text.split()), "words", len(events), "events")
