import importlib, sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from lib import write
for i in range(1, 26):
    p = pathlib.Path(__file__).parent / f'd{i:02d}.py'
    if not p.exists():
        continue
    m = importlib.import_module(f'd{i:02d}')
    write(m.doc, m.events)
    print(m.doc['id'], len(m.doc['text']), len(m.doc['text'].split()), 'words', len(m.events), 'events')
