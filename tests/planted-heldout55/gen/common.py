import os, re, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from docs_spec import SPEC, FINDINGS, NOTES
SEP = ' ‖ '

def wd(iso):
    return datetime.date.fromisoformat(iso).strftime('%A')

def parse():
    """Return list of docs: {path, outlet, lines:[{n, tag, text, what, check}]} (blank lines have tag None)."""
    docs = []; cur = None
    for raw in SPEC.split('\n'):
        if raw.startswith('@@ '):
            path, outlet = [x.strip() for x in raw[3:].split('|', 1)]
            cur = {'path': path, 'outlet': outlet, 'lines': []}; docs.append(cur); continue
        if cur is None:
            continue
        if raw.strip() == '':
            cur['lines'].append({'tag': None, 'text': '', 'what': '', 'check': None}); continue
        parts = raw.split(SEP)
        if len(parts) not in (3, 4):
            raise SystemExit(f'bad spec line ({len(parts)} fields): {raw[:80]}')
        tag, text, what = parts[0].strip(), parts[1], parts[2]
        cur['lines'].append({'tag': tag, 'text': text, 'what': what, 'check': parts[3] if len(parts) == 4 else None})
    for d in docs:
        while d['lines'] and d['lines'][-1]['tag'] is None:
            d['lines'].pop()
        for i, l in enumerate(d['lines'], 1):
            l['n'] = i
    return docs

def ids(tag):
    return tag.split('+') if tag and tag[0] in 'FN' else []

def make_key(docs):
    exp, notes, traps, must = {}, {}, [], []
    for d in docs:
        b = os.path.basename(d['path'])
        for l in d['lines']:
            t = l['tag']
            if t is None: continue
            if t in ('T', 'T!'):
                tr = {'file': b, 'line': l['n'], 'what': l['what']}
                traps.append(tr)
                if t == 'T!': must.append(tr)
                continue
            for i in ids(t):
                (exp if i.startswith('F') else notes).setdefault(i, []).append([b, l['n']])
    key = {'expected': [], 'notes': [], 'traps': traps, 'must_not': must}
    for i in sorted(FINDINGS, key=lambda x: int(x[1:])):
        rules, what = FINDINGS[i]
        key['expected'].append({'id': i, 'rules': rules, 'at': exp.get(i, []), 'what': what})
    for i in sorted(NOTES, key=lambda x: int(x[1:])):
        rules, what = NOTES[i]
        key['notes'].append({'id': i, 'rules': rules, 'at': notes.get(i, []), 'what': what})
    return key

def doc_text(d):
    return '\n'.join(l['text'] for l in d['lines']) + '\n'

def words(d):
    return len(doc_text(d).split())
