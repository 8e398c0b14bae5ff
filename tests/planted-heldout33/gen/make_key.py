#!/usr/bin/env python3
"""Build key.json for heldout33 from unique substring anchors.
Each anchor must match exactly one line of its file; no trap line may also be an expected/note line.
Usage (from the set's root or anywhere): python3 gen/make_key.py"""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')

FILES = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        assert f not in FILES, f'duplicate base name {f}'
        FILES[f] = open(os.path.join(d, f), encoding='utf-8').read().split('\n')

def line(f, anchor):
    hits = [i + 1 for i, l in enumerate(FILES[f]) if anchor in l]
    assert len(hits) == 1, f'{f}: anchor {anchor!r} matches lines {hits}'
    return hits[0]

W, T, A = 'tidal_wire.txt', 'tidal_tabloid.txt', 'tidal_trade.txt'
R, V, B = 'oliveoil_regional.txt', 'oliveoil_radio.txt', 'oliveoil_broadsheet.txt'
L, S, C = 'archive_live.txt', 'archive_trade.txt', 'archive_courier.txt'
E, F, P = 'eggs_bulletin.txt', 'biofuel_results.txt', 'custody_inspection.txt'

NC, AR, DT, QC, UQ = ['numeric-conflict'], ['numeric-arithmetic'], ['date-inconsistency'], ['quote-conflict'], ['unattributed-quote']

EXPECTED = [
 # numeric-conflict across outlets (6)
 ('H1', NC, [(W, 'drifted 6.5 km (4 miles)'), (T, 'snaps loose and drifts four miles'), (T, 'drifted four miles through'), (A, 'drifted some 9 km')],
  'drift distance of Selkie-2: 6.5 km (4 miles) in wire and tabloid vs some 9 km in trade newsletter'),
 ('H2', NC, [(W, 'for nearly 19 hours'), (A, 'closed the sound for 19 hours'), (T, 'shut for 26 hours')],
  'closure of the Farrow Sound: nearly 19 / 19 hours (wire, trade) vs 26 hours (tabloid)'),
 ('H8', NC, [(R, 'Nine held as police raid'), (R, 'Nine people were arrested'), (V, 'Police now say nine people'), (B, 'Eleven people were arrested')],
  'arrests in the olive-oil raids: nine (regional, radio final count) vs eleven (broadsheet)'),
 ('H9', NC, [(R, '38,000 litres of oil'), (V, 'around 38,000 litres'), (B, 'more than 50,000 litres')],
  'oil seized: 38,000 litres (regional, radio) vs more than 50,000 litres (broadsheet)'),
 ('H15', NC, [(L, 'About 14,000 tapes'), (S, 'Some 14,200 tapes'), (C, 'More than 20,000 tapes')],
  'tapes and film cans soaked: about 14,000 / some 14,200 vs more than 20,000 (Courier)'),
 ('H16', NC, [(L, 'depth of 40 cm (16 in)'), (C, 'two feet (60cm) deep')],
  'water depth in the vault: 40 cm (16 in) on the live page vs two feet (60 cm) in the Courier'),
 # numeric-conflict within one document (8)
 ('H3', NC, [(A, 'The 310-tonne nacelle'), (A, 'The 340-tonne unit')],
  'weight of the turbine within the trade bulletin: 310 tonnes vs 340 tonnes ("the unit")'),
 ('H13', NC, [(R, 'worth an estimated £410,000'), (R, 'valued at £140,000')],
  'value of the seized oil within the regional: £410,000 vs "the haul" valued at £140,000'),
 ('H18', NC, [(S, 'holds 3,200 hours'), (S, 'Of the 2,300 hours')],
  'hours of unique footage within the trade weekly: 3,200 vs 2,300'),
 ('H19', NC, [(C, 'at a cost of £740,000'), (C, 'The £470,000 refit of 2019')],
  '2019 refurbishment of the vault: £740,000 vs "refit" £470,000 (Courier)'),
 ('H21', NC, [(L, 'holds a collection of 48,000'), (L, "The archive's 84,000 items")],
  'size of the archive collection on the live page: 48,000 vs 84,000 items'),
 ('H22', NC + AR, [(E, 'graded 412 million eggs'), (E, 'of the 412 million eggs graded'), (E, 'Total eggs graded, all systems: 421 million')],
  'eggs graded in Q2 2026: 412 million in text (twice) vs 421 million in Table 1 total (rows 198+71+118+25 sum to 412, so arithmetic is accepted too)'),
 ('H25', NC, [(F, 'Biomethane output was 41.6 GWh'), (F, 'produced 46.1 GWh of biomethane')],
  'H1 2026 biomethane output: 41.6 GWh in highlights vs 46.1 GWh in the review'),
 ('H28', NC, [(P, 'Thirty-seven detainees were held'), (P, 'found that 73 detainees')],
  'detainees held beyond 24 hours in the 12 months to March 2026: 37 vs 73'),
 # numeric-arithmetic (4)
 ('H7', AR, [(A, 'a drop of 40%')], '4.5 MW to 3 MW is a 33% drop, not 40%'),
 ('H23', AR, [(E, 'or 56% of the total')], '198 of 412 million is 48%, not 56%'),
 ('H24', AR, [(F, 'Revenue rose 18%')], '£84.0m to £96.4m is +14.8%, not 18%'),
 ('H27', AR, [(P, 'or 17%.')], '310 of 2,480 is 12.5%, not 17%'),
 # date-inconsistency (4)
 ('H5', DT, [(W, 'at about 04:40 on Tuesday'), (A, 'shortly before 05:00'), (T, 'at 2.15am on Tuesday')],
  'time the turbine broke free: about 04:40 / shortly before 05:00 vs 2.15am (tabloid)'),
 ('H11', DT, [(B, 'on Thursday 17 April'), (R, 'on Friday 17 April'), (V, 'expected to appear in court on Friday')],
  '17 April 2026 is a Friday; the broadsheet says Thursday 17 April for the court appearance'),
 ('H12', DT, [(R, 'Nine people were arrested in dawn raids on Wednesday'), (B, 'in raids on Tuesday 14 April')],
  'day of the raids: Wednesday (15 April, regional) vs Tuesday 14 April (broadsheet)'),
 ('H26', DT, [(P, 'beginning on Tuesday 20 May 2026')], '20 May 2026 is a Wednesday, not a Tuesday'),
 # quote-conflict (3)
 ('H4', QC, [(W, 'we had inspected only in January'), (A, 'we had replaced only in January')],
  'Drummond: "inspected" (wire) vs "replaced" (trade)'),
 ('H10', QC, [(R, 'fooled restaurants across'), (B, 'fooled wholesalers across')],
  'Calloway: "restaurants" (regional) vs "wholesalers" (broadsheet)'),
 ('H17', QC, [(L, 'is gone for good," said Maren Oduya'), (S, 'is lost for good'), (C, 'promised: "We will save every reel we can."')],
  'Oduya: "gone for good" (live page; Courier fragment) vs "lost for good" (trade weekly)'),
 # unattributed-quote (3)
 ('H6', UQ, [(T, 'block of flats')], 'stand-alone quote paragraph in the tabloid, no speaker'),
 ('H14', UQ, [(V, 'Check the label, check the price')], 'radio 11.00am entry: quote with no speaker'),
 ('H20', UQ, [(C, 'wedding film was in there')], 'Courier: stand-alone quote paragraph, no speaker'),
 # footnotes (2)
 ('H29', ['footnote-gap'], [(E, 'remaining 25 million.[3]'), (E, 'about a third of the Northmere total.[5]'), (E, '3. Organic eggs'), (E, '5. District figures')],
  'egg bulletin markers and notes run 1, 2, 3, 5: note 4 missing'),
 ('H30', ['footnote-no-notes'], [(F, '£84.0 million).[1]'), (F, '58 million litres.[2]'), (F, '181,000 tonnes.[3]'), (F, 'in 2027.[4]')],
  'results release has markers [1]-[4] and no notes section'),
]

NOTES = [
 ('N1', ['vague-source'], [(T, 'Residents say')], 'residents say'),
 ('N2', ['anonymous-source'], [(A, 'industry insider who asked not to be named')], 'industry insider, not named'),
 ('N3', ['anonymous-source'], [(R, 'A source close to the investigation')], 'source close to the investigation'),
 ('N4', ['vague-source'], [(B, 'Food-fraud experts say')], 'food-fraud experts say'),
 ('N5', ['vague-source'], [(B, 'Critics argue')], 'critics argue'),
 ('N6', ['anonymous-source'], [(L, 'An engineer who asked not to be named')], 'engineer not named'),
 ('N7', ['vague-source'], [(S, 'Archivists say')], 'archivists say'),
 ('N8', ['anonymous-source'], [(P, 'custody sergeant, who asked not to be named')], 'custody sergeant not named'),
]

TRAPS = [
 # tidal_wire
 (W, 'Published: 10 March 2026', 'dateline; Tuesday 10 March is consistent'),
 (W, 'one of three 1.5 MW turbines', '3 x 1.5 MW = 4.5 MW, correct'),
 (W, 'Twenty-two vessels', '22 vessels agrees with trade (corrected 22) and tabloid "more than 20"; 23:30 is the reopening, not the breakaway'),
 (W, 'Two crew members on a workboat were hurt', 'two hurt vs one taken to hospital: different attributes'),
 (W, '"We were lucky," Drummond said.', 'quote split by attribution; tabloid truncation keeps the same words'),
 (W, '2.4 million pounds', 'recovery cost agrees with £2.4million / £2.4 million'),
 (W, '21 metres (69 ft)', 'correct conversion; agrees with tabloid 69ft; 19 months is not the 19-hour closure'),
 (W, 'divers recovered on Tuesday afternoon', 'same day, no weekday clash'),
 (W, "cutting the array's output from 4.5 MW to zero", 'all three off: zero, consistent'),
 (W, 'about 1,100 vessel movements', 'monthly traffic, different attribute from vessels held'),
 (W, 'harbour master Callum Reid said in a statement', 'quote attributed after it'),
 (W, 'about 40 MW of turbines', 'industry-wide installed capacity, not the 4.5 MW array'),
 # tidal_tabloid
 (T, 'Published: Wednesday 11 March 2026', 'correct weekday'),
 (T, 'Two workers were injured', 'agrees with two crew hurt'),
 (T, 'Fiona Drummond, 47, admitted', 'colon attribution; truncated quote, same words as wire'),
 (T, 'Morag Lindsay, 71', 'colon attribution'),
 (T, '£2.4million', 'agrees with the other outlets'),
 (T, 'three blades is 30ft long', 'blade length (30ft) vs height (69ft = 21 m): different attributes'),
 (T, '£38million to build', 'build cost and grant: different quantities from recovery cost'),
 (T, 'Ewan Baird said', 'colon attribution'),
 (T, 'other two turbines have been switched off', 'consistent with wire'),
 (T, 'could take eight weeks', 'forecast duration of investigation, not the closure'),
 (T, 'two island councillors', 'count of councillors, nothing to compare'),
 # tidal_trade
 (A, 'Published: Thursday 12 March 2026', 'correct weekday'),
 (A, 'Correction: an earlier edition', 'superseded figure 25 explicitly corrected to 22'),
 (A, 'working loads of up to 250 tonnes', 'certified load of the shackle, not the turbine weight'),
 (A, 'Selkie-1, broke a chain in 2024', 'different turbine and year: 1.2 km'),
 (A, 'expand the array to 30 MW by 2030', 'target, not actual capacity'),
 (A, 'accounts for about £640,000', 'part of the £2.4 million total'),
 (A, 'Two workboat crew were injured', 'agrees: two injured, one to hospital'),
 (A, 'We will publish the investigation findings', 'attributed after the quote'),
 (A, '4 metres per second (7.8 knots)', 'correct conversion (7.78 kn)'),
 (A, 'three-leg chain spread', 'no figure to compare'),
 # oliveoil_regional
 (R, 'Published: Wednesday 15 April 2026', 'correct weekday'),
 (R, 'searched four addresses', 'agrees with radio four addresses; 6am agrees'),
 (R, 'Six men and three women', '6 + 3 = 9 arrested, correct'),
 (R, 'sold on at about £6 a litre', 'price per litre, agrees with broadsheet'),
 (R, 'Dev Pattani said', 'colon attribution'),
 (R, 'made 31 arrests for food fraud', 'county-wide, last year: different subject/period from the nine'),
 (R, 'Calloway added', 'attributed, same words as radio'),
 (R, 'Anyone who bought olive oil', 'appeal, no figures'),
 (R, 'one of 14 on the estate', 'count of units, different subject'),
 # oliveoil_radio
 (V, 'Published: 15 April 2026', 'page date'),
 (V, 'Police have arrested five people', 'early running count, superseded by nine at 11.30am'),
 (V, 'six police vans', 'vans, not arrests'),
 (V, 'Shoppers in Greyford town centre', 'no quote, no figures'),
 (V, 'Detective Inspector Rhian Calloway has spoken to Vale FM', 'quotes attributed by "she said" between halves'),
 (V, '12-month lease in March last year', 'lease duration, nothing to compare'),
 (V, '60 officers across four addresses', 'officers vs addresses; four agrees with regional'),
 (V, 'not a health risk', 'no figures'),
 (V, 'until at least tomorrow afternoon', 'no conflict'),
 (V, 'Join us on the Drive programme from 4pm', 'programme time, not an event time'),
 (V, 'Reporting by Kerry Blaine', 'byline'),
 # oliveoil_broadsheet
 (B, 'Published: Sunday 19 April 2026', 'correct weekday'),
 (B, 'released on bail until a hearing', '12 May hearing, no weekday'),
 (B, 'opened 212 investigations in 2025', '212/180 = +17.8%, rounds to 18%: correct; national figure'),
 (B, 'more than six times as much', '7.50/1.10 = 6.8: correct'),
 (B, 'Professor Lena Ashworth', 'quote attributed after it ("she said")'),
 (B, 'fourteen people were arrested in Marlow Vale', 'different case and year'),
 (B, 'undercutting genuine extra virgin by a fifth', '£6 vs £7.50 is 20% below: correct'),
 (B, 'Calloway said her officers would', 'truncated lower-case fragment, same words'),
 (B, 'restaurateurs across three counties', 'three counties agrees'),
 (B, 'The Food Standards Board says', 'named body'),
 # archive_live
 (L, 'Published: Monday 8 June 2026', 'correct weekday'),
 (L, 'roughly 9,000 are videotapes', '9,000 + 5,000 = 14,000, correct'),
 (L, 'About 60 staff have volunteered', 'agrees with trade and Courier'),
 (L, 'The first estimate of the restoration bill', 'first estimate £1.5m explicitly superseded by £1.8m'),
 (L, 'moved 6,500 items', 'running progress, agrees with trade'),
 (L, 'Paul Aske, said:', 'colon attribution'),
 (L, 'three pumps about four hours', 'pumping time, no conflict'),
 (L, 'due on site on Tuesday morning', 'Tuesday 9 June follows Monday 8 June'),
 (L, "reading room, on the ground floor", 'no figures'),
 (L, "We're pausing our live coverage", 'no figures'),
 # archive_trade
 (S, 'Published: Thursday 11 June 2026', 'correct weekday'),
 (S, 'at 11.10pm on Sunday 7 June', 'agrees with 23:10 and "shortly after 11pm"; Sunday 7 June is correct'),
 (S, 'quoted £1.8 million', 'agrees with live and Courier £1.8m'),
 (S, 'said Ilse Varga', 'attributed after'),
 (S, 'the remaining 7,700', '6,500 + 7,700 = 14,200, consistent'),
 (S, 'installed in 1987', 'years, not quantities'),
 (S, 'totalled £3.1 million in 2025', 'regional insurance claims, different subject'),
 (S, 'Our volunteers did in two days', 'colon attribution; 60 staff agrees'),
 (S, 'about 2,000 cans a week', 'throughput, different attribute'),
 (S, 'emergency grant of £150,000', 'different quantity'),
 (S, 'KBC said it would publish', 'no figures'),
 # archive_courier
 (C, '‘Heartbreaking’', 'scare quote in headline'),
 (C, 'Published: Wednesday 10 June 2026', 'correct weekday'),
 (C, 'employs eight people', 'staff vs volunteers: different attributes'),
 (C, 'KBC estimates the cost of restoration at £1.8m', 'agrees with other outlets'),
 (C, 'Janet Orme said', 'colon attribution'),
 (C, 'joined about 60 KBC staff', 'agrees with live page'),
 (C, 'until at least September', 'no figures'),
 (C, 'Raj Menon', 'colon attribution; 15 years is tenure, not age'),
 (C, 'Saturday 13 June', 'correct weekday'),
 (C, 'about 1,200 researchers', 'different attribute'),
 (C, 'before 1980', 'year'),
 # eggs_bulletin
 (E, 'Published: Thursday 30 July 2026', 'correct weekday'),
 (E, 'Production was 4.3% higher', '412/395 = +4.3%, correct'),
 (E, '5.6 million hens', 'flock size this year vs last year'),
 (E, '112p a dozen', '112 - 103 = 9p, correct'),
 (E, 'Free range: 198', 'table row agrees with text'),
 (E, 'Barn: 71', 'table row agrees with text'),
 (E, 'Enriched colony: 118', 'table row agrees with text'),
 (E, 'Organic: 25', 'table row agrees with text'),
 (E, '1.9% of eggs were downgraded', 'this year vs last year'),
 (E, 'projects production of about 1.65 billion', 'annual forecast vs last year actual'),
 (E, 'five northern provinces combined', '412/1,310 = 31%, "just under a third": correct; wider region'),
 (E, 'Next release: Thursday 29 October 2026', 'correct weekday'),
 (E, '1. Figures cover packing stations', 'note with a marker'),
 (E, '2. Free range includes', 'note with a marker'),
 # biofuel_results
 (F, 'Published: Thursday 13 August 2026', 'correct weekday'),
 (F, 'a rise of 21%', '12.2/10.1 = +20.8%, correct'),
 (F, '3.1p per share', 'this year vs last year'),
 (F, 'Net debt at 30 June', 'two dates, two values'),
 (F, 'Our Fenwick plant ran at full capacity', 'quote split by attribution'),
 (F, '12% above the 51.8 million', '58/51.8 = +12.0%, correct; 58 agrees'),
 (F, '6.8p per kWh', 'price this year vs last'),
 (F, 'Headcount rose to 640', 'two dates'),
 (F, '£195-205 million', 'forecast for the full year, not the half'),
 (F, 'Demand from hauliers', 'colon attribution'),
 (F, 'Ex-dividend date: Thursday 3 September 2026', 'correct weekdays (Thu 3 Sep, Fri 2 Oct)'),
 (F, 'HARBROOK, 13 August 2026', 'dateline'),
 # custody_inspection
 (P, 'Published: Thursday 24 September 2026', 'correct weekday'),
 (P, 'held 1,390 of them, 56%', '1,390/2,480 = 56.0%, correct'),
 (P, 'a reduction of 11%', '1.8/16.0 = 11.25%, correct'),
 (P, 'leaving six posts vacant', '52 - 46 = 6, correct; marker 4 has a note'),
 (P, '88% of the tests', 'no conflict'),
 (P, 'Healthcare staff were on site', 'no figures'),
 (P, 'Chief Constable Alan Pryce', 'attributed after'),
 (P, 'The last inspection, in 2022, found 61', 'different period from 37/73'),
 (P, 'Inspectors made 11 recommendations', 'marker 5 has a note'),
 (P, 'revisit the force within 12 months', 'no conflict'),
 (P, '1. The inspection ran from 20 to 24 May 2026', 'note; no weekday stated'),
 (P, '2. Detainee figures', 'note'),
 (P, '3. Detention beyond 24 hours', 'note'),
 (P, '4. Establishment figures', 'note'),
 (P, '5. Areas for improvement', 'note'),
]

def main():
    expected, notes, traps = [], [], []
    claimed = set()
    for fid, rules, anchors, what in EXPECTED:
        at = [[f, line(f, a)] for f, a in anchors]
        claimed.update(map(tuple, at))
        expected.append({'id': fid, 'rules': rules, 'at': at, 'what': what})
    for fid, rules, anchors, what in NOTES:
        at = [[f, line(f, a)] for f, a in anchors]
        claimed.update(map(tuple, at))
        notes.append({'id': fid, 'rules': rules, 'at': at, 'what': what})
    seen = set()
    for f, a, what in TRAPS:
        ln = line(f, a)
        assert (f, ln) not in claimed, f'trap {f}:{ln} ({a!r}) is also an expected/note line'
        assert (f, ln) not in seen, f'trap {f}:{ln} listed twice'
        seen.add((f, ln))
        traps.append({'file': f, 'line': ln, 'what': what})
    expected.sort(key=lambda x: int(x['id'][1:]))
    ids = [x['id'] for x in expected]
    assert ids == [f'H{i}' for i in range(1, 31)], ids
    assert [x['id'] for x in notes] == [f'N{i}' for i in range(1, 9)]
    assert len(traps) >= 100, len(traps)
    key = {'expected': expected, 'notes': notes, 'traps': traps, 'must_not': traps}
    with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
        json.dump(key, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print(f'key.json: {len(expected)} expected, {len(notes)} notes, {len(traps)} traps')

if __name__ == '__main__':
    main()
