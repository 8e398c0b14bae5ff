#!/usr/bin/env python3
"""Write docs/, key.json and README.md from docs_spec.py."""
import json, os, shutil, collections
from common import *

docs = parse()
ddir = os.path.join(OUT, 'docs')
if os.path.isdir(ddir): shutil.rmtree(ddir)
for d in docs:
    p = os.path.join(ddir, d['path']); os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, 'w', encoding='utf-8').write(doc_text(d))
key = make_key(docs)
json.dump(key, open(os.path.join(OUT, 'key.json'), 'w'), indent=1, ensure_ascii=False)

EVENTS = open(os.path.join(HERE, 'events.md')).read()
R = ['# heldout55 — blind planted set for factlint', '',
     'Twelve invented documents (three clusters of three outlets on one 2026 event each, plus three stand-alone',
     'documents). Written blind: the writer did not read factlint\'s code, tests, rules or docs. Source of truth:',
     '`gen/docs_spec.py` (every line tagged); `gen/build.py` writes `docs/`, `key.json` and this file;',
     '`gen/validate.py` checks the every-line rule, line numbers, planted differences and trap arithmetic.', '',
     '## Files', '', '| file | folder | outlet / house style | words |', '|---|---|---|---|']
for d in docs:
    R.append(f"| {os.path.basename(d['path'])} | {os.path.dirname(d['path'])} | {d['outlet']} | {words(d)} |")
R += ['', EVENTS.strip(), '', '## Findings (30)', '', '| id | rules | at | what |', '|---|---|---|---|']
for f in key['expected']:
    at = ', '.join(f'{a}:{b}' for a, b in f['at'])
    R.append(f"| {f['id']} | {', '.join(f['rules'])} | {at} | {f['what']} |")
R += ['', '## Notes (8)', '', '| id | rule | at | what |', '|---|---|---|---|']
for f in key['notes']:
    at = ', '.join(f'{a}:{b}' for a, b in f['at'])
    R.append(f"| {f['id']} | {', '.join(f['rules'])} | {at} | {f['what']} |")
# trap kinds
KINDS = [('running total / superseded figure', r'running|superseded'),
         ('weekday / anniversary / N-years check', r'weekday|correct \(|Mon|Tue|Wed|Thu|Fri|Sat|years|anniversary|fiftieth'),
         ('quote traps (identical, partial, paraphrase, speaker nearby)', r'quote|paraphrase|speaker'),
         ('source traps (unnamed buyer, named attribution)', r'unnamed|named attribution'),
         ('citation traps (paragraph/section numbers, notes, markers present)', r'marker|note \d|paragraph number|section number|reference'),
         ('forecast / target / request / advice / threshold vs actual', r'forecast|target|request|advice|expect|threshold|standard|estimate'),
         ('other subject, scope, period or measure', r'other|different|whole|regional|one school|background'),
         ('correct arithmetic (share, change, sum, multiple, conversion)', r'= |correct|\+|->|x |/'),
         ('same figure, other wording/units/rounding', r'same|matches|consistent|words'),
         ('structure (headline, byline, heading, table rule, contact)', r'.')]
cnt = collections.Counter()
for t in key['traps']:
    for name, rx in KINDS:
        if re.search(rx, t['what']):
            cnt[name] += 1; break
R += ['', f"## Traps ({len(key['traps'])} lines, {len(key['must_not'])} in must_not)", '',
      'Each trap line is classified by its first matching kind (a line often exercises several):', '',
      '| kind | lines |', '|---|---|']
for name, _ in KINDS:
    R.append(f'| {name} | {cnt[name]} |')
R += ['', '`must_not` holds every trap except structure lines (headlines, bylines, headings, table rules, contacts) and',
      'a few figure-free lines; the courier headline\'s partial quote (\'keeps boats at sea\', speaker only in the body)',
      'is a trap kept out of must_not as a harsher case. key.json `traps` and `must_not` use {"file","line","what"} objects.', '']
open(os.path.join(OUT, 'README.md'), 'w').write('\n'.join(R))
print(f"wrote {len(docs)} docs, {len(key['expected'])} findings, {len(key['notes'])} notes, "
      f"{len(key['traps'])} traps, {len(key['must_not'])} must_not")
