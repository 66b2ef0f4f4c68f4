import json, re, pathlib
OUT = pathlib.Path('/work/sealed/first-u39')

def P(name, kind, country, role='participant', title=None):
    d = {'name': name, 'kind': kind, 'country': country, 'role': role}
    if title:
        d['title'] = title
    return d

def S(name, kind, country, title=None):
    return P(name, kind, country, 'supplier', title)

def R(name, kind, country, title=None):
    return P(name, kind, country, 'recipient', title)

def L(name, country):
    return {'name': name, 'country': country}

def E(type, status, parties, date, location, item, evidence, optional=False):
    return {'doc_id': None, 'type': type, 'status': status, 'parties': parties, 'date': date,
            'location': location, 'item': item, 'evidence': evidence, 'optional': optional}

def ws(s):
    return re.sub(r'\s+', ' ', s).strip()

import sys as _sys
_sys.path.insert(0, '/work/main/tests/data')
from validate_gold import Visible
def visible(html):
    p = Visible(); p.feed(html); return ws(''.join(p.parts))

def write(doc, events):
    doc = {k: doc[k] for k in ['id', 'url', 'title', 'published', 'source', 'lang', 'text']}
    for ev in events:
        ev['doc_id'] = doc['id']
        assert ws(ev['evidence']) in ws(doc['text']), (doc['id'], ev['evidence'][:80])
        if doc['text'].lstrip().startswith('<'):
            assert not re.search(r'&\w+;|&#|<', ev['evidence']), (doc['id'], 'entity/tag in evidence')
            assert ws(ev['evidence']) in visible(doc['text']), (doc['id'], 'not in visible text', ev['evidence'][:80])
    (OUT / f"{doc['id']}.doc.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    (OUT / f"{doc['id']}.gold.json").write_text(json.dumps({'doc_id': doc['id'], 'events': events}, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
