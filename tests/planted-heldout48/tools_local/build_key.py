#!/usr/bin/env python3
"""Builds key.json for heldout48 from the classification below and validates that every
non-empty line of every document is exactly one of: finding line, note line, trap line."""
import json, os, sys, glob
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, 'docs')
paths = {os.path.basename(p): p for p in glob.glob(os.path.join(DOCS, '*', '*.txt'))}
lines = {f: open(p, encoding='utf-8').read().split('\n') for f, p in paths.items()}

NC, AR, DI, QC, UQ = 'numeric-conflict', 'numeric-arithmetic', 'date-inconsistency', 'quote-conflict', 'unattributed-quote'
expected = [
 ('F1', [NC], [('clarion_blast.txt',5),('kpa_blast.txt',1),('kpa_blast.txt',5),('northgate_live.txt',5),('northgate_live.txt',7)],
  "death toll: tabloid 'claimed four lives' vs wire 'Three killed'/'three people were killed' and live page final 'death toll stands at three' (and its correction)", ['four lives','Three killed','Three people were killed','confirmed that three','stands at three']),
 ('F2', [NC], [('kpa_blast.txt',11),('clarion_blast.txt',9)],
  "distance the blast was heard: wire 'up to 24 km' vs tabloid '25 miles' (= 40 km)", ['24 km','25 miles']),
 ('F3', [NC], [('clarion_blast.txt',13),('kpa_blast.txt',7),('northgate_live.txt',9)],
  "people taken to hospital: tabloid 29 vs wire 27 and live page final 27", ['29 people','27 people','27 people']),
 ('F4', [NC], [('clarion_blast.txt',11),('kpa_blast.txt',9)],
  "age of firefighter Callum Reyes: 34 (tabloid) vs 31 (wire)", ['Reyes, 34','Reyes, 31']),
 ('F5', [NC], [('kpa_blast.txt',13),('kpa_blast.txt',27)],
  "within the wire: 'About 1,460 households' evacuated vs 'The 1,640 evacuated households' (transposed digits; outside +-10%)", ['1,460','1,640']),
 ('F6', [NC], [('nbs_floodlights.txt',9),('courier_floodlights.txt',13),('trust_bulletin.txt',11)],
  "crowd: broadcaster 'a crowd of 14,386' (and trust's parts 12,436 home + 1,950 away = 14,386) vs local daily 'attendance of 12,386'", ['14,386','12,386','12,436']),
 ('F7', [NC], [('nbs_floodlights.txt',7),('trust_bulletin.txt',9)],
  "length of the stoppage: broadcaster '47 minutes later' (21:05 to 21:52) vs bulletin 'in the dark for more than an hour'", ['47 minutes','more than an hour']),
 ('F8', [NC], [('nbs_floodlights.txt',15),('courier_floodlights.txt',21)],
  "cost of refunds: 'about £240,000' (216k-264k) vs 'nearly £300,000' (270k-300k)", ['£240,000','£300,000']),
 ('F9', [NC], [('trust_bulletin.txt',15),('nbs_floodlights.txt',17),('courier_floodlights.txt',19)],
  "height of the floodlight pylons: bulletin '48-metre' vs broadcaster '38m' and local daily '125ft' (= 38.1 m)", ['48-metre','38m','125ft']),
 ('F10', [NC], [('feature_bakery.txt',13),('meridian_bakery.txt',7),('crumb_trade.txt',15)],
  "shops closed: feature 'A hundred and twenty-one' vs wire '112 of the chain's 286' (trade: 39% of 286 = 112)", ['hundred and twenty-one','112 of','39% of the 286']),
 ('F11', [NC], [('meridian_bakery.txt',5),('crumb_trade.txt',8),('crumb_trade.txt',9),('crumb_trade.txt',10)],
  "strikers: wire total 2,300 vs trade newsletter's parts 1,450 + 590 + 180 = 2,220", ['2,300','1,450','590','180']),
 ('F12', [NC], [('meridian_bakery.txt',19),('crumb_trade.txt',17)],
  "Hollins 2025 turnover: wire 'sales of £486 million last year' (doc 2026) vs trade 'revenue of £531m in 2025'", ['£486 million','£531m']),
 ('F13', [NC], [('feature_bakery.txt',7),('feature_bakery.txt',27)],
  "within the feature: Oyelaran 'forty-seven' vs 'At 44'", ['forty-seven','At 44']),
 ('F14', [NC], [('feature_bakery.txt',11),('meridian_bakery.txt',11)],
  "strike duration: feature 'three-day strike' (72 h) vs wire '48-hour stoppage'", ['three-day','48-hour']),
 ('AR1', [AR], [('clarion_blast.txt',23)],
  "damage estimate from £9m to £14.5m is +61%, not 'a jump of 38 per cent'", ['38 per cent']),
 ('AR2', [AR], [('trust_bulletin.txt',19)],
  "840 of 1,200 is 70%, not '60%'", ['840, or 60%']),
 ('AR3', [AR], [('tallowick_results.txt',7)],
  "operating profit from £21.5m to £18.2m is a 15.3% fall, not 'fell 9%'", ['fell 9%']),
 ('AR4', [AR], [('marriages_bulletin.txt',7)],
  "16,110 of 21,480 is 75.0%, not '68%' (table agrees with 16,110 and 21,480)", ['or 68%']),
 ('D1', [DI, NC], [('northgate_live.txt',33),('kpa_blast.txt',5),('clarion_blast.txt',7)],
  "time of the first explosion: live page '21:24' vs wire '21:42' and tabloid '9.42pm'", ['21:24','21:42','9.42pm']),
 ('D2', [DI], [('trust_bulletin.txt',5)],
  "17 February 2026 was a Tuesday, not 'Wednesday'", ['Wednesday 17 February']),
 ('D3', [DI], [('feature_bakery.txt',15)],
  "2026 is 42 years after 1984, not 'forty years after'", ['forty years after']),
 ('D4', [DI], [('tallowick_results.txt',25)],
  "founded 1953: 2026 is the 73rd anniversary, not the '75th'", ['75th anniversary']),
 ('Q1', [QC], [('kpa_blast.txt',19),('clarion_blast.txt',19)],
  "Oren Blakey: 'like a chain of bombs' (wire) vs 'like a string of bombs' (tabloid)", ['chain of bombs','string of bombs']),
 ('Q2', [QC], [('nbs_floodlights.txt',11),('courier_floodlights.txt',15)],
  "Ines Calloway: 'We were in control of that game' vs 'We were in charge of that game'", ['in control','in charge']),
 ('Q3', [QC], [('meridian_bakery.txt',15),('crumb_trade.txt',19)],
  "Margaret Oyelaran: 'the bread this country eats' vs 'the bread this nation eats'", ['this country eats','this nation eats']),
 ('U1', [UQ], [('clarion_blast.txt',15)], "eyewitness quote with no speaker in it or the neighbouring paragraphs", ['sky was being torn']),
 ('U2', [UQ], [('courier_floodlights.txt',11)], "fan quote with no speaker in it or the neighbouring paragraphs", ['pitch black']),
 ('U3', [UQ], [('feature_bakery.txt',23)], "quote with no speaker in it or the neighbouring paragraphs", ['stand in the rain']),
 ('FG1', ['footnote-gap'], [('coroner_inspection.txt',15),('coroner_inspection.txt',19)], "marker [5] missing: [4] at line 15, [6] at line 19", ['[4]','[6]']),
 ('FN1', ['footnote-no-notes'], [('coroner_inspection.txt',l) for l in (5,7,9,15,19,21,31)], "markers [1]-[8] (no [5]) and no notes section", None),
]
notes = [
 ('N1','anonymous-source',('kpa_blast.txt',21),'A person familiar with the investigation, who spoke on condition of anonymity','familiar with the investigation'),
 ('N2','vague-source',('clarion_blast.txt',25),'Critics say','Critics say'),
 ('N3','quote-altered',('nbs_floodlights.txt',13),'[the generator] inside a direct quote','[the generator]'),
 ('N4','anonymous-source',('courier_floodlights.txt',17),'A club source, who asked not to be named','asked not to be named'),
 ('N5','vague-source',('crumb_trade.txt',21),'Analysts say','Analysts say'),
 ('N6','anonymous-source',('meridian_bakery.txt',21),'People familiar with the talks','People familiar with the talks'),
 ('N7','vague-source',('coroner_inspection.txt',13),'Some experts argue','Some experts argue'),
 ('N8','quote-altered',('feature_bakery.txt',29),'ellipsis inside a direct quote','…'),
]
# traps: file -> {line: (what, in_must_not)}
T = {
'kpa_blast.txt': {
 3:("Thursday 5 November 2026 is a Thursday; 06:10 GMT is a publication time",1),
 15:("38 of 40 tonnes is 95% (correct); licensed maximum 40 t vs actual stock 38 t are different measures",1),
 17:("22 engines and 130 firefighters at the height of the blaze vs live page 'more than 200 firefighters have now worked' (running total over rotations)",1),
 23:("Ferrant, 54 agrees with tabloid; one-word quote 'devastated' has its speaker in the sentence",1),
 25:("opened 1998, 28 years before the 2026 blast (correct); 64 employees agrees with tabloid's '64 staff'; turnover £11.2m is another measure",1),
 29:("£14.5 million damage agrees with tabloid £14.5million; live page £9m was an earlier first estimate; 9,000 expected at displays is another subject",1),
},
'clarion_blast.txt': {
 1:("headline, no figure",0),
 3:("Thursday, November 5, 2026 is a Thursday",1),
 17:("half-mile (800m) exclusion zone agrees with wire '800-metre cordon' and live page '800m'",1),
 21:("22 engines agrees with wire; 'more than 30 miles (48km)' is a correct conversion and a different distance from the 24 km the blast was heard",1),
 27:("38 tons = wire's 38 tonnes (tons and tonnes same unit); 40 - 38 = 2 tons under the limit",1),
 29:("quote with speaker Ferrant in the same sentence; age 54 agrees with wire",1),
 31:("64 staff agrees with wire '64 people'; 'almost three decades' fits 1998-2026 (28 years)",1),
 33:("twelve displays agrees with live page 'all twelve'; other subject from people or engines",1),
},
'northgate_live.txt': {
 1:("headline, no figure",0),
 3:("Wednesday 4 November 2026 is a Wednesday",1),
 11:("nine in a serious condition agrees with wire and tabloid",1),
 13:("'more than 200 firefighters have now worked' is a running total across shifts, not the 130 at the peak",1),
 15:("reported speech paraphrasing Blakey; not a competing version of his quote",1),
 17:("all twelve displays agrees with tabloid",1),
 19:("about 3,100 residents is people, not the 1,460 households",1),
 21:("quote with speaker Munro before the colon; £9m is a first estimate later raised to £14.5m, not a conflict",1),
 23:("'five people have died' at 23:40 is superseded by the correction at the top of the page",1),
 25:("19 casualties 'so far' at 23:05 is a running total, later 27",1),
 27:("'Twenty-two fire engines' = wire's 22",1),
 29:("'At least 12' at 22:30 is a partial count, consistent with 27",1),
 31:("800m cordon agrees with wire and tabloid",1),
 35:("no figure; update timestamp",0),
},
'nbs_floodlights.txt': {
 1:("headline, no figure",0),
 3:("publication date and update time",0),
 5:("'on Tuesday night' in a piece dated 18 February = 17 February, a Tuesday; 1-1 is a score",1),
 19:("put up in 1987, 39 years old in 2026 (correct); £1.1m planned replacement is a plan, another measure",1),
 21:("45-minute rule and fine of 'up to £50,000' are rules/maximums, not the 47-minute stoppage or a cost",1),
 23:("capacity 16,500 is not the crowd of 14,386",1),
 25:("reported speech; 'the better team' is a quoted phrase with its speaker Achterberg",1),
 27:("'About 1,950' Tarnbury supporters agrees with 1,950 elsewhere; 140-mile trip is another distance",1),
 29:("no figure; replay date not yet set",0),
 31:("14th is a rank; six points, 16 games are other measures",0),
},
'courier_floodlights.txt': {
 1:("headline, no figure",0),
 3:("Wednesday 18 February 2026 is a Wednesday",1),
 5:("'Thousands' is a vague count consistent with the crowd",1),
 7:("9.05pm = 21:05 on the broadcaster's page (12/24-hour clock)",1),
 9:("9.52pm = 21:52 on the broadcaster's page",1),
 23:("reported speech of Vane, not a rendering of his bracketed quote; four weeks is another measure",1),
 25:("March 3 meeting date, no weekday given",0),
 27:("1,950 travelling supporters agrees with broadcaster's 'About 1,950' and the bulletin",1),
 29:("two people treated is another subject",1),
 31:("2009 + 17 = 2026 (correct)",1),
},
'trust_bulletin.txt': {
 1:("'No. 112' is an issue number, not a quantity",0),
 3:("Monday 23 February 2026 is a Monday",1),
 7:("63rd minute agrees with broadcaster; four pylons agrees",1),
 13:("generator bought in 2019 agrees with broadcaster 'installed ... in 2019'",1),
 17:("£22 adult and £14 concession prices agree with the local daily",1),
 21:("276 of 1,200 = 23% (correct)",1),
 23:("quote with speaker Okafor before the colon",1),
 25:("reported, no figure",0),
 27:("3,412 - 3,050 = 362 (correct); this year vs a year ago",1),
 29:("subscription prices; 'under-18s' and 'over-65s' are age bands, not claims",0),
 31:("Thursday 26 March 2026 is a Thursday; 7.30pm meeting time",1),
 33:("48 hours is a proxy deadline, not the bakery strike or any event duration",1),
},
'meridian_bakery.txt': {
 1:("headline, no figure",0),
 3:("Tuesday 12 May 2026 is a Tuesday; 09:40 BST publication time",1),
 9:("2,300 of about 5,600 = 41%, 'roughly two in five' (correct); workforce vs strikers are different measures",1),
 13:("£12.60 x 1.032 = £13.00 (correct); offer 3.2% vs demand 6% are different things",1),
 17:("'fair and affordable' is a quoted phrase with its speaker Wrenfield",1),
 23:("£1.3 million a day is a company estimate of lost sales, not annual sales",1),
 25:("2,950 members who voted is not the 2,300 strikers; 78% and 64% are other measures",1),
 27:("future 24-hour strikes are other events, not the 48-hour stoppage",1),
 29:("share price of the parent company, another subject",1),
},
'crumb_trade.txt': {
 1:("headline, no figure",0),
 3:("'Issue 19/2026' is an issue number; Friday 15 May 2026 is a Friday",1),
 5:("return at 05:00 on Thursday 14 May agrees with wire ('due to end at 05:00 on Thursday'); 14 May 2026 is a Thursday; 'third-largest' is a rank",1),
 7:("list heading, no figure",0),
 12:("list heading, no figure",0),
 13:("410 t a day x 2 days = 820 t (correct); tonnes of bread vs loaves are different units",1),
 14:("1,200 t of flour in silos is another subject",0),
 23:("3.2% offer agrees with wire; quoted fragment with speaker Wrenfield",1),
 25:("8% to 12% is craft bakers' sales, another subject",0),
 27:("£196 vs £201 a tonne are different weeks",1),
 29:("03:30 relighting and 06:15 first loaves are other events, not the 05:00 return",1),
 31:("list heading, no figure",0),
 32:("26 May 24-hour strike agrees with wire",1),
 33:("2 June 24-hour strike agrees with wire",1),
 34:("9 June executive meeting, another event",0),
},
'feature_bakery.txt': {
 1:("'rises at four' is a figure of speech, not a claim",0),
 3:("Sunday 17 May 2026 is a Sunday",1),
 5:("'four in the morning' is the usual start time, not the time of an event",1),
 9:("quote with speaker ('she says'); 'up at three' is not a claim",1),
 17:("six per cent and 3.2 per cent, twelve pounds sixty to thirteen pounds agree with the wire (numbers in words)",1),
 19:("paraphrase of Wrenfield, not a competing rendering of 'fair and affordable'",1),
 21:("'about nine hundred thousand loaves' = 900,000; 'More than two thousand' consistent with 2,300 and the parts",1),
 25:("no figure",0),
 31:("'twenty-sixth of May and the second of June' agree with wire's 26 May and 2 June",1),
},
'marriages_bulletin.txt': {
 1:("title; 2025 is a year",0),
 3:("Tuesday 8 September 2026 is a Tuesday",1),
 5:("21,480 / 20,834 = +3.1% (correct); 2025 vs 2024 figures",1),
 9:("5,370 religious ceremonies agrees with the table; 'eleventh' is an ordinal; 1938 a year",1),
 11:("median ages for men vs women and vs a decade earlier are different subjects/periods",1),
 13:("table caption",0),
 14:("table header row: years are column labels",1),
 15:("table separator",0),
 16:("row: 6,980 - 6,602 = +378 (correct)",1),
 17:("row: 9,130 - 8,652 = +478 (correct)",1),
 18:("row: 5,370 - 5,580 = -210 (correct)",1),
 19:("total row: 6,602+8,652+5,580 = 20,834 and 6,980+9,130+5,370 = 21,480; +646 (correct)",1),
 21:("9,130 / 8,652 = +5.5% (correct)",1),
 23:("702 / 1,204 = 58% (correct); civil partnerships are not marriages",1),
 25:("2,915 is the Harlan district, not Westmarch; 2,915 / 21,480 = 13.6% (correct)",1),
 27:("Saturday 21 June 2025 is a Saturday; 388 ceremonies is one day, not a total",1),
 29:("first-quarter figures 2,844 and 2,790 are other periods",1),
 31:("revision date; footnote [4] is defined",0),
 33:("notes heading",0),
 34:("footnote [1], used at line 5",0),
 35:("footnote [2], used at line 11; 0.4% another measure",1),
 36:("footnote [3], used at line 23; 2020 is a year",0),
 37:("footnote [4], used at line 31",0),
},
'tallowick_results.txt': {
 1:("title; 31 December 2025 is a date",0),
 3:("Thursday 26 March 2026 is a Thursday; 07:00 release time",1),
 5:("236.1 / 212.4 = +11.2% (correct)",1),
 9:("table caption",0),
 10:("table header",0),
 11:("table separator",0),
 12:("board games row, one division",0),
 13:("construction kits row",0),
 14:("licensed products 55.0 agrees with line 35",1),
 15:("98.4+82.7+55.0 = 236.1 and 91.0+70.9+50.5 = 212.4 (rows add up)",1),
 17:("82.7 / 70.9 = +16.6% (correct); 1.3 million sets another measure",1),
 19:("EPS and dividends: 2025 vs 2024 (other periods)",0),
 21:("net cash at two year ends; capex another measure",1),
 23:("quote with speaker Halloran",1),
 27:("guidance £245m-£255m for 2026 is a forecast, not the 2025 actual £236.1m; target margin 8.5% vs actual 7.7% = 18.2 / 236.1 (correct)",1),
 29:("freight cost increase 'about £2.4m', another measure",1),
 31:("employees 2025 vs 2024",0),
 33:("4.2 / 3.96 = +6% (correct)",1),
 35:("£55.0m = licensed products row; 55.0 / 236.1 = 23% (correct)",1),
 37:("presentation time 09:30",0),
 39:("contacts, no figure",0),
},
'coroner_inspection.txt': {
 1:("title, no figure",0),
 3:("Thursday 18 June 2026 is a Thursday",1),
 11:("27 weeks (service) vs 19 weeks (national) vs 16 weeks (target): different subjects and modality",1),
 17:("17 funded - 14 in post = 3 vacant (correct)",1),
 23:("reported speech; 2023 and 2027 are years",0),
 25:("budget for 2026-27, 4% higher than 2025-26: different periods",1),
 27:("11 of 15 families interviewed: another subject",1),
 29:("five years on from 2021 is 2026 (correct); 27 - 18 = 9 weeks (correct)",1),
 33:("28 days to respond: another measure",1),
},
}

def check_anchor(f, l, s):
    t = lines[f][l-1]
    if s not in t:
        sys.exit(f'anchor {s!r} not in {f}:{l}: {t!r}')

exp_json = []
for fid, rules, at, what, anchors in expected:
    if anchors:
        assert len(anchors) == len(at), fid
        for (f, l), s in zip(at, anchors): check_anchor(f, l, s)
    exp_json.append({'id': fid, 'rules': rules, 'at': [[f, l] for f, l in at], 'what': what})
notes_json = []
for nid, rule, (f, l), what, anchor in notes:
    check_anchor(f, l, anchor)
    notes_json.append({'id': nid, 'rules': [rule], 'at': [[f, l]], 'what': what})
for (f, l) in [(f, l) for f, l in [a for e in exp_json for a in e['at']]]:
    if f == 'coroner_inspection.txt':
        assert '[' in lines[f][l-1]
traps_json, must_not = [], []
for f, d in T.items():
    for l, (what, mn) in sorted(d.items()):
        traps_json.append({'file': f, 'line': l, 'what': what})
        if mn: must_not.append({'file': f, 'line': l, 'what': what})

# validation: every non-empty line exactly one category; blank lines in none; format
finding_lines = {(f, l) for e in exp_json for f, l in e['at']}
note_lines = {(f, l) for n in notes_json for f, l in n['at']}
trap_lines = {(t['file'], t['line']) for t in traps_json}
ok = True
for f, ls in lines.items():
    body = ls[:-1] if ls[-1] == '' else ls
    if body[1] != '' or not body[0].strip() or not body[2].strip():
        print('format problem (headline/blank/date)', f); ok = False
    words = sum(len(x.split()) for x in body)
    if not 300 <= words <= 420: print('word count', f, words); ok = False
    for i, t in enumerate(body, 1):
        k = (f, i)
        cats = [k in finding_lines, k in note_lines, k in trap_lines]
        if t.strip():
            if sum(cats) != 1:
                print('line not exactly one category', f, i, cats, t[:60]); ok = False
        elif any(cats):
            print('blank line classified', f, i); ok = False
for s in (finding_lines | note_lines | trap_lines):
    if s[0] not in lines: print('unknown file', s); ok = False
ids = [e['id'] for e in exp_json] + [n['id'] for n in notes_json]
assert len(ids) == len(set(ids))
assert all(m in traps_json for m in must_not)
key = {'expected': exp_json, 'notes': notes_json, 'traps': traps_json, 'must_not': must_not}
out = os.path.join(HERE, 'key.json')
json.dump(key, open(out, 'w'), indent=1, ensure_ascii=False)
json.load(open(out))  # valid JSON
from collections import Counter
print('expected', len(exp_json), dict(Counter(e['rules'][0] for e in exp_json)))
print('notes', len(notes_json), dict(Counter(n['rules'][0] for n in notes_json)))
print('traps', len(traps_json), 'must_not', len(must_not))
print('non-empty lines', sum(1 for f in lines for t in lines[f] if t.strip()))
print('VALIDATION', 'PASSED' if ok else 'FAILED')
sys.exit(0 if ok else 1)
