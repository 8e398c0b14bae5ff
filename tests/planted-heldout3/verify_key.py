#!/usr/bin/env python3
"""Check key.json against docs/: base names unique, every cited line exists and is non-blank,
no must_not line is also an expected/note line. Prints each cited line for eyeballing with -v."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
k = json.load(open(os.path.join(here, 'key.json')))
files = {}
for r, _, fs in os.walk(os.path.join(here, 'docs')):
    for f in fs:
        assert f not in files, 'duplicate base name ' + f
        files[f] = open(os.path.join(r, f)).read().split('\n')
def line(f, n):
    assert f in files, f
    assert 1 <= n <= len(files[f]) and files[f][n-1].strip(), (f, n)
    return files[f][n-1]
pos = set()
for e in k['expected'] + k['notes']:
    for f, n in e['at']:
        l = line(f, n); pos.add((f, n))
        if '-v' in sys.argv: print(e['id'], f, n, l[:90])
for t in k['traps']:
    line(t['file'], t['line']); assert (t['file'], t['line']) not in pos, t
for f, n, _ in k['must_not']:
    line(f, n); assert (f, n) not in pos
print('OK: %d expected, %d notes, %d traps, %d files' % (len(k['expected']), len(k['notes']), len(k['traps']), len(files)))
