import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import write
import docs_a, docs_b, docs_c, docs_d, docs_e, docs_f
allx = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS + docs_e.DOCS + docs_f.DOCS
ids = [d["id"] for d, _ in allx]
assert ids == [f"u38-{i:02d}" for i in range(1, 26)], ids
for d, evs in allx:
    n, w = write(d, evs)
    req = sum(not e["optional"] for e in evs)
    print(f"{d['id']}  chars={n:5d} words={w:4d} published={d['published']}  req={req} opt={len(evs)-req}  html={'<html' in d['text'][:200]}")
