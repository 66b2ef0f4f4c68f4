import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import DOCS
import d01_05, d06_10, d11_15, d16_20, d21_25

OUT = Path(__file__).resolve().parent.parent
KEYS = ["doc_id", "type", "status", "parties", "date", "location", "item", "evidence", "optional"]
ids = [d["id"] for d in DOCS]
assert ids == [f"u35-{i:02d}" for i in range(1, 26)], ids
for d in DOCS:
    doc = {"id": d["id"], "url": d["url"], "title": d["title"], "published": d["published"],
           "source": d["source"], "lang": "en", "text": d["text"]}
    evs = []
    for e in d["events"]:
        e = dict(e, doc_id=d["id"])
        evs.append({k: e[k] for k in KEYS})
        assert e["evidence"] in d["text"], (d["id"], e["evidence"][:60])
    (OUT / f"{d['id']}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (OUT / f"{d['id']}.gold.json").write_text(json.dumps({"doc_id": d["id"], "events": evs}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    words = len(re.sub(r"<[^>]+>", " ", d["text"]).split())
    req = sum(not e["optional"] for e in d["events"]); opt = len(d["events"]) - req
    print(f"{d['id']}  html={int(d['is_html'])}  pub={d['published']}  chars={len(d['text']):5d} words={words:5d} req={req:2d} opt={opt}  end={d['text'].rstrip()[-12:]!r}")
