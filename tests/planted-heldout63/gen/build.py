#!/usr/bin/env python3
"""Write ../docs/** and ../key.json from docs_spec.py."""
import json, os, re, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_spec as S

OUT = os.path.dirname(HERE)
CURLY = {'tarrow_feature.md', 'corvane_clarion.txt', 'kesterby_live.md', 'kesterby_broadcast.txt', 'gambling_ads_briefing.md'}

def curl(t):
    # straight double quotes -> typographic pairs; apostrophes -> ’
    out, open_ = [], True
    for ch in t:
        if ch == '"':
            out.append('\u201c' if open_ else '\u201d'); open_ = not open_
        else:
            out.append(ch)
    return ''.join(out).replace("'", '\u2019')

def render(doc):
    """Return list of (lineno, kind, tag, text) for the document and its file text."""
    lines = list(doc['lines'])
    while lines and lines[-1] is None:
        lines.pop()
    base = os.path.basename(doc['path'])
    rows, text = [], []
    for i, l in enumerate(lines, 1):
        if l is None:
            text.append('')
            continue
        kind, tag, t = l
        if base in CURLY:
            t = curl(t)
        text.append(t)
        rows.append((i, kind, tag, t))
    return rows, '\n'.join(text) + '\n'

def build():
    docs_dir = os.path.join(OUT, 'docs')
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    expected = {fid: dict(id=fid, rules=f['rules'], at=[], what=f['what']) for fid, f in S.FINDINGS.items()}
    notes = {nid: dict(id=nid, rules=n['rules'], at=[], what=n['what']) for nid, n in S.NOTES.items()}
    traps, must_not = [], []
    for doc in S.DOCS:
        rows, body = render(doc)
        path = os.path.join(docs_dir, doc['path'])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8') as fh:
            fh.write(body)
        base = os.path.basename(doc['path'])
        for ln, kind, tag, t in rows:
            if kind == 'F':
                for fid in tag:
                    expected[fid]['at'].append([base, ln])
            elif kind == 'N':
                notes[tag[0]]['at'].append([base, ln])
            else:
                tr = dict(file=base, line=ln, what=tag['what'])
                traps.append(tr)
                if tag['mn']:
                    must_not.append(tr)
    key = dict(expected=sorted(expected.values(), key=lambda f: int(f['id'][1:])),
               notes=sorted(notes.values(), key=lambda f: int(f['id'][1:])),
               traps=traps, must_not=must_not)
    with open(os.path.join(OUT, 'key.json'), 'w', encoding='utf-8') as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write('\n')
    return key

if __name__ == '__main__':
    k = build()
    print(f"built {len(S.DOCS)} docs; expected {len(k['expected'])}, notes {len(k['notes'])}, "
          f"traps {len(k['traps'])}, must_not {len(k['must_not'])}")


EVENTS = """## Events: true figures and planted errors

**A. Tarrow Moss excavation (dig_tarrow/)** - radiocarbon results announced Thursday 14 May 2026 in Callerby.
True: trackway 1480-1390 BC, 412 oak stakes, 230 m long, 1.8 m deep; 24 samples (19 from the trackway);
log boat 6.4 m (21 ft), about 1250 BC; 11-week season in summer 2025, 140 volunteers; 318 worked flints,
27 bronze objects (three axe-heads); cost £486,000, of which £310,000 (63.8 %) from the Northern Heritage Fund;
site 2.5 ha (6.2 acres); two open days drew 2,150; first trial trench 1976 (2026 = 50th anniversary);
public talk Saturday 16 May 7.30pm. Planted: 37 bronze objects, £468,000, "four hundred and twenty-one" stakes,
"some 320 metres", AGM "Tuesday 10 June" (a Wednesday), "fortieth anniversary" of 1976, Marrable quote
"this old" vs "this complete", a free-standing quote in the feature.

**B. Corvane Motors Q1 2026 EV registrations (ev_corvane/)** - figures given Tuesday 7 April 2026, 11am, Harbridge.
True: 18,240 UK BEV registrations in Q1 2026 (Q1 2025 12,960, +40.7 %); 35.0 % of 52,100 Corvane UK registrations;
14.2 % of a 128,400 UK BEV market; March 9,870; FY target 80,000. Estra: from £34,995, 468 km (291 miles),
72 kWh, 10-80 % in 26 min, 1,840 kg (4,057 lb), 459 l (16.2 cu ft) boot, order books open Thursday 23 April.
Harbridge 2,900 staff, +450 jobs by 2027, £220m. Planted: 18,420 (tabloid), £39,995 (column), 77kWh (tabloid),
540 jobs (column), "an increase of 47 per cent" (column), order books "Tuesday 21 April" (tabloid),
Brannagh quote "the business" vs "the whole business", a free-standing tabloid quote.

**C. Kesterby Food Bank Network winter report (foodbank_kesterby/)** - launched Monday 2 March 2026, 10:30, town hall.
True: 14,620 parcels 1 Dec-28 Feb (11,240 a year before, +3,380, +30.1 %); 5,310 (36.3 %) to households with
children; 8,975 people helped, 3,120 children; 26 centres (19 a year before), 610 volunteers; 212 tonnes donated;
1,480 fuel vouchers at £49; appeal £12,400 at 11:45, £18,950 at 16:00, over £21,000 by the end of the day.
Planted: 3,210 children (broadcaster), 680 volunteers and 221 tonnes (newsletter), launch "11.30am"
(broadcaster), "5,310 of the 14,620, or 45%" (newsletter), Pettifer quote "No family" vs "No one",
a free-standing quote on the live page.

**Standalone.** Harrowdale visitor bulletin: 2.86 million staying trips (table total 2,860 thousand; rows add up),
planted 2.68 million in the text; coach tours 1.3m of 12.0m day visits called "15 per cent" (10.8 %);
[1] and [2] markers with no notes section. Brockmere results: revenue £612.4m (segments add up), planted
£621.4m in the chief executive's quote; "Source link" placeholder; markers [1] [2] with notes (correct).
Gambling advertising briefing: 2024 advertising and marketing spend £1.8 billion, planted £1.6 billion in the
evidence section; markers and notes run 1, 2, 3, 5, 6 (gap at 4).
"""

TRAPS = """## Trap kinds (all must stay silent; `must_not` = the traps that carry a figure, quote, date or marker)

- Same figure in other words or units: 318 / "three hundred and eighteen"; 6.4 m / 21 ft; 1.8 m / "nearly six feet";
  2.5 ha / "about six acres"; 468 km / 291 miles; 1,840 kg / 4,057 lb; 459 l / 16.2 cu ft; 160,000 km / 100,000 miles;
  £310,000 / "three hundred and ten thousand pounds"; 24 samples / "two dozen"; 1480-1390 BC / "3,500-year-old".
- Roundings and fuzzy wording that fit the true value (and sometimes the planted one too): "about 64 per cent",
  "nearly two-thirds", "more than two dozen bronze pieces" (fits 27 and 37), "hundreds of extra staff" (fits 450 and 540),
  "more than a third", "roughly one in seven", "nearly a third", "up 30%", "about a fifth", "two-fifths", "14%".
- Other subjects / scopes with the same measure: boat date vs trackway date; UK BEV market vs Corvane; Harbridge
  output (all powertrains) vs registrations; Northvale region 61,000 parcels and national 18 % vs Kesterby;
  membership 486 vs £486,000 cost; table rows vs total; segments vs group revenue; Stallworth staff vs group.
- Other periods: March 9,870 vs Q1; peak week 1,690 vs winter; 2019 £1.5bn vs 2024; 2021-22 6,950 parcels; 2024 comparatives.
- Forecasts, targets, caps: FY target 80,000; board target 3 million trips; revenue guidance £640m-£670m; 16,000 parcels
  next winter; hardship fund "up to £250,000"; 52 % residual forecast.
- Running totals and corrections: appeal £12,400 -> £18,950 -> "more than £21,000"; correction of 16,420 to 14,620.
- Correct arithmetic: +40.7 %, 35.0 %, 14.2 %, 15.4 kWh/100 km, 3,380 more, 36 per cent, £72,520, £167,000, +6.2 %,
  table sums, margin 9.6 %, dividend 6.1p + 12.3p = 18.4p, +15 %, +16 %, +17 %, 210,000 = 0.4 % of 52.5m.
- Correct dates: weekdays on 15 dated lines; "half a century after 1976"; "twenty years ago" (2006); "40th anniversary
  year" (1986); "yesterday" in a dated tabloid; "on Tuesday" in a Thursday column; consistent 11am / Saturday 16 May.
- Quotes: identical partial quotes in two outlets ("the find of a generation", "line by line"); partial quotes
  attributed in the same sentence; speaker in the previous sentence ("he said", "She added"); attributed paraphrases.
- Citations: Brockmere [1] [2] with matching notes; briefing notes 1, 2, 6 around the gap.
"""

def readme(key):
    rows = []
    for doc in S.DOCS:
        path = os.path.join(OUT, 'docs', doc['path'])
        words = len(open(path, encoding='utf-8').read().split())
        rows.append(f"| docs/{doc['path']} | {doc['outlet']} | {words} |")
    fr = [f"| {f['id']} | {', '.join(f['rules'])} | {'; '.join(f'{b}:{l}' for b, l in f['at'])} | {f['what']} |"
          for f in key['expected']]
    nr = [f"| {n['id']} | {', '.join(n['rules'])} | {'; '.join(f'{b}:{l}' for b, l in n['at'])} | {n['what']} |"
          for n in key['notes']]
    import collections
    c = collections.Counter(f['rules'][0] for f in key['expected'])
    text = ['# heldout63 — blind planted set for factlint', '',
            'Twelve invented documents (three clusters of three outlets on one 2026 event each, plus three stand-alone',
            'documents). Written blind: the author did not read factlint\'s code, tests, rules or docs. Every non-empty line',
            'is exactly one finding line, note line or trap line. `gen/docs_spec.py` is the tagged source, `gen/build.py`',
            'writes `docs/`, `key.json` and this file, `gen/validate.py` checks the set. `must_not` entries use the same',
            'object form as `traps` (a subset of them).', '',
            f"Counts: {len(key['expected'])} findings ({', '.join(f'{r} {n}' for r, n in c.items())}), "
            f"{len(key['notes'])} notes, {len(key['traps'])} traps, {len(key['must_not'])} must_not.", '',
            '## Files', '', '| file | outlet / house style | words |', '|---|---|---|', *rows, '',
            EVENTS, '## Findings', '', '| id | rules | at | what |', '|---|---|---|---|', *fr, '',
            '## Notes', '', '| id | rule | at | what |', '|---|---|---|---|', *nr, '', TRAPS]
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(text))

if __name__ == '__main__':
    readme(json.load(open(os.path.join(OUT, 'key.json'), encoding='utf-8')))
    print('README.md written')
