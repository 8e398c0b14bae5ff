#!/usr/bin/env python3
"""dump.py - the readings of the figures on the lines a planted set's key names (numeric-conflict findings and
traps): one TSV row per numeric claim, set, file, line, figure text, family, item, subject, key. The rows to
judge by hand for tests/readings/readings.tsv.
Usage: dump.py SETDIR... (run in the checkout with ./factlint built)"""
import json, os, subprocess, sys

binary = os.path.abspath(os.environ.get('FACTLINT', 'factlint'))
for root in sys.argv[1:]:
    key = json.load(open(os.path.join(root, 'key.json')))
    paths = {}
    for d, _, files in os.walk(os.path.join(root, 'docs')):
        for f in files:
            paths[f] = os.path.relpath(os.path.join(d, f))
    lines = {}
    for f in key.get('expected', []):
        if not any(r.startswith('numeric') for r in f['rules']):
            continue
        for name, ln in f['at']:
            lines.setdefault((name, ln), f['id'])
    for t in key.get('traps', []):
        lines.setdefault((t['file'], t['line']), 'trap')
    p = subprocess.run([binary, '--dump-claims', os.path.join(root, 'docs')], capture_output=True, text=True,
                       timeout=120)
    for line in p.stdout.splitlines():
        try:
            c = json.loads(line)
        except ValueError:
            continue
        if c.get('type') != 'numeric':
            continue
        k = (os.path.basename(c['file']), c['line'])
        if k not in lines:
            continue
        print('\t'.join(str(x) for x in (lines[k], os.path.relpath(c['file']), c['line'], c['text'],
                                         c.get('family', ''), c.get('item', ''), c.get('subject', ''),
                                         c.get('key', ''), c.get('context', '')[:140])))
