import json, os, glob
OUT = '/work/unseen/heldout38'
files = {os.path.basename(p): p for p in glob.glob(OUT + '/docs/*/*.txt')}
lines = {b: open(p, encoding='utf-8').read().split('\n') for b, p in files.items()}
def L(f, s):
    hits = [i + 1 for i, t in enumerate(lines[f]) if s in t]
    assert len(hits) == 1, (f, s, hits)
    return hits[0]
def at(*pairs): return [[f, L(f, s)] for f, s in pairs]
W, LV, FE = 'ipo_wire.txt', 'ipo_live.txt', 'ipo_feature.txt'
TB, BC, TR = 'landing_tabloid.txt', 'landing_broadcast.txt', 'landing_trade.txt'
LO, BU, RA = 'recount_local.txt', 'recount_bulletin.txt', 'recount_radio.txt'
SB, RR, CR = 'tourism_bulletin.txt', 'results_release.txt', 'committee_report.txt'
NC, NA, DI, QC, UQ = 'numeric-conflict', 'numeric-arithmetic', 'date-inconsistency', 'quote-conflict', 'unattributed-quote'
E = []
def F(rule, pairs, what): E.append({'id': f'F{len(E)+1}', 'rules': [rule], 'at': at(*pairs), 'what': what})
# ---- numeric-conflict (14)
F(NC, [(W, 'The company sold 42 million shares'), (LV, 'allocated 6.3 million of the 42 million'), (FE, 'forty-seven million shares')],
  'Tessaline IPO: shares sold 42 million (wire, live) vs "forty-seven million" in words (feature)')
F(NC, [(W, 'closed at 22.94 euros'), (LV, 'finished its first session at')],
  'Tessaline closing price on debut 22.94 euros (wire) vs EUR 22.49 (live page), transposed digits')
F(NC, [(W, 'The first trade crossed at 09:14'), (LV, 'at 9:41 a.m. local time'), (FE, 'fourteen minutes past nine')],
  'time of the first trade: 09:14 (wire; feature "fourteen minutes past nine") vs 9:41 a.m. (live page)')
F(NC, [(LV, 'booked revenue of'), (LV, "company's sales were"), (W, 'reported revenue of 412 million euros')],
  'Tessaline 2025 revenue EUR 412m (live 12:15, wire) vs "sales were EUR 421m last year" (live 15:20): within the live page and across')
F(NC, [(W, 'Mirela Okafor-Strand, 47'), (FE, 'She is forty-nine')],
  'age of the chief executive: 47 (wire) vs forty-nine (feature)')
F(NC, [(TB, 'carrying 147 passengers'), (BC, 'carrying 174 passengers'), (TR, 'Occupants: 180 (174 passengers')],
  'AU752 passengers: 147 (tabloid, transposed) vs 174 (broadcaster, trade)')
F(NC, [(TB, 'about 2,900ft'), (TR, 'Ground roll: 1,450 m')],
  'landing ground roll: "about 2,900ft" (= ~880 m; tabloid) vs 1,450 m (= ~4,760 ft; trade): wrong conversion')
F(NC, [(TB, 'touched down at 5.19pm'), (BC, 'landed back at Dunmere at 17:29'), (TR, 'Landing: 16:19 UTC')],
  'time of landing: 5.19pm local (tabloid) = 16:19 UTC (trade, local is UTC+1) vs 17:29 (broadcaster)')
F(NC, [(BC, 'Three people were taken to hospital'), (BC, 'the two passengers taken there')],
  'within the broadcaster copy: three people taken to hospital vs "the two passengers taken there"')
F(NC, [(TB, '23 flights were axed and 12 diverted'), (TR, '41 flights cancelled or diverted')],
  'flights disrupted: parts 23 cancelled + 12 diverted = 35 (tabloid) vs total 41 cancelled or diverted (trade)')
F(NC, [(TB, 'Tomasz Ilvane, 52'), (BC, 'Tomasz Ilvane, 55')],
  'age of captain Tomasz Ilvane: 52 (tabloid) vs 55 (broadcaster)')
F(NC, [(LO, 'by 29 votes after two recounts'), (RA, 'winning by 29 votes'), (BU, 'majority of just 26 votes')],
  'winning margin: 29 votes (local, radio; table 18,406 - 18,377) vs "majority of just 26" (bulletin)')
F(NC, [(LO, 'Turnout was 35.9%'), (RA, 'Turnout was 39.5%')],
  'mayoral turnout 35.9% (local; 46,112/128,400) vs 39.5% (radio)')
F(NC, [(LO, 'at 11.48pm last night'), (BU, 'at 23:48 on Friday 8 May'), (RA, 'declared at 10.48pm')],
  'time of the declaration: 11.48pm (local) = 23:48 (bulletin) vs 10.48pm (radio)')
# ---- numeric-arithmetic (4)
F(NA, [(LV, 'allocated 6.3 million of the 42 million')], '6.3 million of 42 million is 15%, not 18%')
F(NA, [(TR, '14 of the 180 occupants')], '14 of 180 is 7.8%, not 12%')
F(NA, [(RA, 'a fall of 18%')], 'from 21,040 to 18,406 is a fall of 12.5%, not 18%')
F(NA, [(SB, 'an increase of 12.4%')], 'overnight stays 2.41m -> 2.63m is +9.1%, not 12.4%')
# ---- date-inconsistency (4)
F(DI, [(FE, 'Seven years after she founded')], 'founded in 2017; in March 2026 that is nine years, not seven')
F(DI, [(TR, 'Wednesday 10 March')], '10 March 2026 is a Tuesday')
F(DI, [(LO, 'tenth anniversary')], 'first elected May 2018; May 2026 is the eighth anniversary, not the tenth')
F(DI, [(CR, 'Wednesday 17 February 2026')], '17 February 2026 is a Tuesday')
# ---- quote-conflict (3)
F(QC, [(W, 'not the end of it'), (FE, 'not the finish of it')], 'Okafor-Strand: "not the end of it" (wire) vs "not the finish of it" (feature)')
F(QC, [(TB, 'nobody panicked'), (BC, 'nobody froze')], 'Dalia Moreno: "nobody panicked" (tabloid) vs "nobody froze" (broadcaster)')
F(QC, [(LO, 'was earned on a doorstep'), (RA, 'was won on a doorstep')], 'Castellane: "earned on a doorstep" (local) vs "won on a doorstep" (radio)')
# ---- unattributed-quote (3)
F(UQ, [(LV, 'Demand was deeper')], 'live-page entry that is only a quote, no speaker in the entry or its neighbours')
F(UQ, [(TB, 'like a bonfire under the wing')], 'stand-alone passenger quote with no speaker (next paragraph quotes Ruth Pellam with her own said:)')
F(UQ, [(BU, 'We have a mandate, however narrow')], 'pull quote in the bulletin with no speaker anywhere nearby')
# ---- footnotes (2)
F('footnote-gap', [(CR, 'twelve-hour shifts.[3]'), (CR, 'vacancy rate of 8.8%.[5]'), (CR, '3. Data supplied'), (CR, '5. Workforce return')],
  'markers run [1] [2] [3] [5] [6] [7]: [4] is missing (and notes 3 -> 5)')
F('footnote-no-notes', [(RR, 'operating profit[1]'), (RR, 'Net cash[2]'), (RR, 'operating profit[3]')],
  'results release uses markers [1]-[3] and has no notes section')
assert len(E) == 30
N = []
def Nn(rule, f, s, what): N.append({'id': f'N{len(N)+1}', 'rules': [rule], 'at': at((f, s)), 'what': what})
Nn('anonymous-source', W, 'two people familiar with the allocation', '"two people familiar with the allocation, who asked not to be named"')
Nn('anonymous-source', BC, 'A source at the airline', '"a source at the airline, who was not authorised to speak publicly"')
Nn('anonymous-source', LO, 'One election official, speaking on condition', '"one election official, speaking on condition of anonymity"')
Nn('vague-source', FE, 'Critics say', '"Critics say"')
Nn('vague-source', TR, 'Industry observers say', '"Industry observers say"')
Nn('vague-source', RA, 'Political observers say', '"Political observers say"')
Nn('quote-altered', TB, '[the passengers]', 'editorial brackets inside Ruth Pellam\'s quote')
Nn('footnote-unused', CR, '8. Minutes of the committee', 'notes entry 8 is never cited')
exec(open(OUT + '/build/traps.py').read())  # defines TRAPS: list of (file, substring, what, must_not)
used = {}
for x in E + N:
    for f, l in x['at']: used.setdefault((f, l), []).append(x['id'])
traps, must_not = [], []
for f, s, what, mn in TRAPS:
    l = L(f, s)
    assert (f, l) not in used, ('trap on finding/note line', f, l, s, used[(f, l)])
    t = {'file': f, 'line': l, 'what': what}
    traps.append(t)
    if mn: must_not.append(t)
# every non-empty line exactly one category
tl = {(t['file'], t['line']) for t in traps}
assert len(tl) == len(traps), 'duplicate trap line'
bad = []
for f, ls in lines.items():
    for i, t in enumerate(ls, 1):
        k = (f, i)
        cats = (k in used) + (k in tl)
        if t.strip() and cats != 1: bad.append((f, i, t[:60], cats))
        if not t.strip() and cats: bad.append((f, i, 'EMPTY', cats))
for b in bad: print('BAD', b)
assert not bad
traps.sort(key=lambda t: (t['file'], t['line'])); must_not.sort(key=lambda t: (t['file'], t['line']))
json.dump({'expected': E, 'notes': N, 'traps': traps, 'must_not': must_not}, open(OUT + '/key.json', 'w'), indent=1, ensure_ascii=False)
print('findings', len(E), 'notes', len(N), 'traps', len(traps), 'must_not', len(must_not))
