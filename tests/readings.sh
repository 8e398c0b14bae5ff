#!/bin/sh
# readings.sh - the readings regression table: each figure of tests/readings/readings.tsv (a planted set's file,
# line and figure text, judged by hand in tests/readings/judged.tsv) must keep the family, item and subject the
# table gives. A row that changes fails, whether the change is a fix (then update the row and its verdict
# after reading it) or a regression; the row's verdict says which it was.
# usage: readings.sh FACTLINT
set -u
bin=$1
table=tests/readings/readings.tsv
[ -x "$bin" ] || { echo "readings: no binary $bin"; exit 1; }
command -v python3 >/dev/null || { echo "readings: NOT RUN (python3 missing)"; exit 1; }
python3 - "$bin" "$table" <<'PY'
import json, subprocess, sys
binary, table = sys.argv[1], sys.argv[2]
rows = [l.rstrip('\n').split('\t') for l in open(table, encoding='utf-8') if l.strip() and not l.startswith('#')]
sets = sorted({r[0].split('/docs/')[0] + '/docs' for r in rows})
got = {}
for s in sets:
    # the whole set at once, as the planted evaluation reads it (a cluster's documents share events)
    p = subprocess.run([binary, '--dump-claims', s], capture_output=True, text=True, timeout=300)
    for line in p.stdout.splitlines():
        c = json.loads(line)
        if c.get('type') == 'numeric':
            got.setdefault((c['file'], c['line'], c['text']), (c['family'], c['item'], c['subject']))
bad = 0
for f, line, text, family, item, subject, verdict in rows:
    now = got.get((f, int(line), text))
    if now != (family, item, subject):
        bad += 1
        print(f"readings: {f}:{line} \"{text}\" ({verdict}): table {family}/{item}/{subject}, now "
              + ('no such figure' if now is None else '/'.join(now)))
print(f"readings: {len(rows) - bad}/{len(rows)} readings as the table has them")
sys.exit(1 if bad else 0)
PY
