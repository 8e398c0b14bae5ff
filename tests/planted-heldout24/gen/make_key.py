#!/usr/bin/env python3
"""Build key.json for heldout24 from unique substring anchors.

Every location is (file, anchor): the anchor must occur on exactly one line of that file
(asserted) and that line's 1-based number goes into the key. No trap line may also be an
expected or note line (asserted); file base names must be unique across docs/ (asserted).
Run from anywhere: python3 gen/make_key.py
"""
import datetime
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, 'docs')

FILES = {}
for dirpath, _, names in os.walk(DOCS):
    for n in names:
        assert n not in FILES, f'duplicate base name {n}'
        FILES[n] = os.path.join(dirpath, n)

_lines = {}
def lines(f):
    if f not in _lines:
        with open(FILES[f], encoding='utf-8') as fh:
            _lines[f] = fh.read().split('\n')
    return _lines[f]

def line_of(f, anchor):
    hits = [i + 1 for i, l in enumerate(lines(f)) if anchor in l]
    assert len(hits) == 1, f'{f}: anchor {anchor!r} matches lines {hits}'
    return hits[0]

WI, BE, EC = 'carpark_wire.txt', 'carpark_beacon.txt', 'carpark_echo.txt'
HE, LE, VS = 'dairy_herald.txt', 'dairy_ledger.txt', 'dairy_valesound.txt'
PO, LI, FE = 'council_post.txt', 'council_live.txt', 'council_feature.txt'
RB, FR, SC = 'roads_bulletin.txt', 'foods_results.txt', 'solar_cabinet.txt'
NC, AR, DI = ['numeric-conflict'], ['numeric-arithmetic'], ['date-inconsistency']
QC, UQ = ['quote-conflict'], ['unattributed-quote']
AN, VG = ['anonymous-source'], ['vague-source']

EXPECTED = [
    # ---- numeric-conflict across outlets of one cluster (6) ----
    ('H1', NC, [(WI, 'The council said 23 cars were parked on the section'),
                (BE, '32 MOTORS PLUNGE'), (BE, 'A staggering 32 cars plunged')],
     'cars on the collapsed section: 23 (wire) vs 32 (tabloid headline and body)'),
    ('H2', NC, [(WI, 'About 180 residents of Carrick House'), (EC, 'Some 90 residents of neighbouring Carrick House')],
     'Carrick House residents evacuated: about 180 (wire) vs some 90 (Echo)'),
    ('H5', NC, [(HE, 'collapses owing farmers £11.6m'), (HE, 'owing its members £11.6m'),
                (LE, 'Members are owed almost £16 million')],
     'money owed to members for Jan-Feb milk: £11.6m (Herald headline and lede) vs almost £16 million (trade weekly)'),
    ('H6', NC, [(HE, 'Administrators said 150 of the 410 staff'), (VS, 'around 115 jobs will go straight away')],
     'jobs cut immediately at Ashby Moor: 150 (Herald) vs around 115 (Vale Sound)'),
    ('H9', NC, [(PO, 'as £48.2m gap opens'), (PO, 'faced a £48.2m gap in its 2026/27 budget'),
                (FE, 'an £84m shortfall in next year')],
     "Castlemere 2026/27 budget gap: £48.2m (Post headline and body) vs £84m (feature)"),
    ('H10', NC, [(PO, 'Some 260 posts are expected to go'), (LI, 'up to 200 jobs will go')],
     'council posts to go: some 260 (Post) vs up to 200 (live page)'),
    # ---- numeric-conflict within one document (8) ----
    ('H3', NC, [(BE, 'Four people were hurt, including a dad-of-two'), (BE, 'all five injured were expected to survive'),
                (WI, 'injuring four'), (WI, 'Four people were injured, one of them seriously'),
                (EC, 'Four people were hurt. The most seriously injured')],
     'people injured: four vs "all five injured" (tabloid, same article; wire and Echo say four)'),
    ('H4', NC, [(EC, 'recommended £2.3m of repairs'), (EC, 'exceed the £3.2m the 2024 survey')],
     'cost of the repairs the 2024 survey recommended: £2.3m vs £3.2m (Echo, same article)'),
    ('H7', NC, [(LE, 'Ashby Moor takes in 1.2 million litres a day'), (LE, 'the 1.6m litres a day the creamery processes')],
     'daily milk intake at Ashby Moor: 1.2 million litres vs 1.6m litres (trade weekly, same article)'),
    ('H8', NC, [(VS, 'Dunmere Vale collects milk from 340 farms'), (VS, 'More than 400 farms now face weeks'),
                (HE, 'processes milk from 340 farms')],
     'supplying farms: 340 vs "more than 400" (Vale Sound, same bulletin; Herald also 340)'),
    ('H11', NC, [(FE, 'total debt now stands at £1.3bn'), (FE, 'Servicing the £1.8bn of borrowing')],
     "Castlemere's total borrowing: £1.3bn vs £1.8bn (feature, same article)"),
    ('H12', NC + AR, [(RB, 'Crews repaired 61,400 potholes'), (RB, 'That was 9,100 more than in 2024/25'),
                      (RB, 'Potholes repaired: 52,300 | 64,100')],
     'potholes repaired 2025/26: 61,400 in main points (and 52,300 + 9,100) vs 64,100 in Table 1'),
    ('H13', NC, [(FR, 'Vining peas harvested from 1,140 contracted growers'), (FR, 'our 1,410 grower partners')],
     'contracted growers: 1,140 (operational highlights) vs 1,410 (CEO statement)'),
    ('H14', NC, [(SC, 'in March 2022 for £18.5m, funded entirely by borrowing'), (SC, 'The £15.8m borrowed in 2022')],
     'sum borrowed to buy the solar farm: £18.5m (2.1) vs £15.8m (5.3)'),
    # ---- numeric-arithmetic (4) ----
    ('H15', AR, [(LE, 'a drop of 12% in four months')],
     '42.0ppl -> 38.5ppl is a drop of 8.3%, not 12%'),
    ('H16', AR, [(RB, 'of which 330 were successful, just under a fifth')],
     '330 of 1,180 claims is 28%, not "just under a fifth"'),
    ('H17', AR, [(FR, 'represents a margin of 8.8%')],
     '£21.7m on £318.4m revenue is a 6.8% margin, not 8.8%'),
    ('H18', AR, [(SC, 'net contribution to the council')],
     'income £1.34m less financing £0.97m is £0.37m, not £0.61m'),
    # ---- date-inconsistency (4) ----
    ('H19', DI, [(BE, 'crashed down at 6.50am yesterday'), (WI, 'gave way shortly after 7:20 a.m. on Thursday'),
                 (EC, 'The slab gave way at about 7.20am on Thursday')],
     'time of the collapse: 6.50am (tabloid) vs shortly after 7:20 a.m. (wire) / about 7.20am (Echo)'),
    ('H20', DI, [(LE, 'entered administration on 27 February'), (HE, 'appointed as administrator on Monday 2 March'),
                 (VS, 'Administrators were called in yesterday')],
     'date administrators were appointed: 27 February (trade weekly) vs Monday 2 March (Herald; Vale Sound "yesterday" on 3 March)'),
    ('H21', DI, [(LI, '(Wednesday 22 January)'), (LI, 'Last updated 21:47 GMT, 21 January 2026'),
                 (PO, 'emergency meeting on Wednesday night'), (FE, 'filed out of the Civic Hall late on Wednesday')],
     '"Wednesday 22 January": 22 January 2026 is a Thursday (the meeting was on Wednesday 21 January)'),
    ('H22', DI, [(SC, 'on Thursday 12 June 2026')],
     '"Thursday 12 June 2026": 12 June 2026 is a Friday'),
    # ---- quote-conflict (3) ----
    ('H23', QC, [(WI, '"The last inspection gave us no reason to close the car park," said Helen Marsh'),
                 (EC, 'gave us no grounds to close the car park'),
                 (BE, 'gave us no reason to close the car park')],
     'Helen Marsh: "no reason" (wire, tabloid) vs "no grounds" (Echo)'),
    ('H24', QC, [(HE, 'left holding the bill for milk that has already been drunk,” said Alun Prys'),
                 (VS, 'left paying the bill for milk'),
                 (LE, 'Members\' chair Alun Prys told Milk & Markets')],
     'Alun Prys: "holding the bill" (Herald, trade weekly) vs "paying the bill" (Vale Sound)'),
    ('H25', QC, [(PO, 'wanted to make. But it is the honest one'), (FE, 'wanted to take.”')],
     'Maureen Kilbride: "wanted to make" (Post) vs "wanted to take" (feature)'),
    # ---- unattributed-quote (3) ----
    ('H26', UQ, [(BE, 'I heard a noise like thunder')],
     'eyewitness quote paragraph with no speaker before or after (tabloid)'),
    ('H27', UQ, [(VS, 'Forty years we\'ve sent our milk there')],
     "farmer's quote paragraph with no speaker (Vale Sound)"),
    ('H28', UQ, [(LI, '19:48 - ')],
     'shout from the public gallery quoted with no speaker (live page 19:48)'),
    # ---- footnotes (2) ----
    ('H29', ['footnote-gap'], [(FR, 'up 9.0%²'), (FR, 'leverage 1.4 times EBITDA⁴'),
                               (FR, '2. Adjusted measures exclude'), (FR, '4. Net debt excludes')],
     'results release: markers and notes 1, 2, 4, 5 (3 missing)'),
    ('H30', ['footnote-no-notes'], [(SC, 'fixed rate of 2.1%.[1]'), (SC, '89% of the forecast.[2]'),
                                    (SC, 'fixed-fee contract.[3]'), (SC, 'break charge.[4]')],
     'cabinet paper: markers [1]-[4] and no notes section'),
]

NOTES = [
    ('N1', AN, [(WI, 'speaking on condition of anonymity')], 'wire: engineer speaking on condition of anonymity'),
    ('N2', VG, [(BE, 'Experts say car parks built in the 1970s')], 'tabloid: "Experts say"'),
    ('N3', VG, [(HE, 'Analysts say the collapse reflects')], 'Herald: "Analysts say"'),
    ('N4', AN, [(LE, 'Industry sources put the value')], 'trade weekly: "Industry sources put"'),
    ('N5', AN, [(VS, 'A person close to the administrators said')], 'Vale Sound: "a person close to the administrators"'),
    ('N6', AN, [(PO, 'who asked not to be named')], 'Post: senior councillor who asked not to be named'),
    ('N7', VG, [(FE, 'Critics argue the council')], 'feature: "Critics argue"'),
    ('N8', VG, [(SC, "Some residents' groups argue")], 'cabinet paper: "Some residents\' groups argue"'),
]

TRAPS = [
    # carpark_wire
    (WI, 'The three others, two of them pedestrians', 'one seriously hurt + three others = the four injured; treated at scene is a part'),
    (WI, 'about 30 meters (98 feet) long and 14 meters (46 feet)', 'conversions agree; tabloid "almost 100ft" and "ten feet" agree with about 30 m and roughly 3 m'),
    (WI, 'opened in 1971 and has 640 spaces', '210 of 640 is about a third; 210 vehicles in the car park vs 23 on the section (different attribute); 640 agrees with tabloid and Echo'),
    (WI, 'Around 60 firefighters and two search dogs', 'firefighters, dogs; 11 a.m. is the end of the search, not the collapse time'),
    (WI, 'a market town of about 95,000 people', '25 miles = 40 km'),
    (WI, 'second partial collapse of a British multi-storey', 'another incident: nobody hurt there'),
    (WI, 'about 4 million pounds ($5.4 million)', 'demolition cost about £4m agrees with Echo £4.1m; currency conversion; demolition is not the repair bill'),
    # carpark_beacon
    (BE, 'Published: Friday, 15 May 2026', '15 May 2026 is a Friday; "yesterday" = Thursday 14 May'),
    (BE, 'almost 100ft long', 'almost 100ft agrees with about 30 m (98 ft); ten feet agrees with roughly 3 m'),
    (BE, '41 of them spent the night on camp beds', '41 at the leisure centre (agrees with Echo) is not the number evacuated'),
    (BE, 'Tollgate Street will stay shut for at least three weeks', 'agrees with Echo'),
    (BE, 'Council leader Raj Bhatti said:', 'quote attributed with a colon; six weeks is the engineer report deadline'),
    (BE, 'charged £1.20 an hour', '640 spaces agrees; £6 is less than half of £13.50'),
    (BE, 'Pensioner Doreen Walsh, 81', 'quote attributed with said:'),
    (BE, 'Firefighters spent more than three hours', 'search from about 7.20am to 11am agrees with "more than three hours"'),
    # carpark_echo
    (EC, 'Published: Friday 15 May 2026', 'correct weekday'),
    (EC, 'today (Friday), a day after', 'today (Friday) = 15 May; collapse on Thursday'),
    (EC, 'had been "reprioritised"', 'scare quote attributed to a council spokesman; £6m is the capital programme cut, not the repair cost'),
    (EC, 'Most stayed with family, but 41 spent the night', '41 at the leisure centre and 64 flats are not the number evacuated'),
    (EC, 'played roulette with public safety', 'partial quote attributed to Anya Petrakis'),
    (EC, 'Together the two account for 1,020', '640 + 380 = 1,020, of roughly 1,900'),
    (EC, "Mr Orrell's daughter, Kerry", 'quote attributed ("she said"); 19 years of service vs his age 58'),
    (EC, 'Buses 14 and 14A', 'bus route numbers; three weeks agrees with tabloid'),
    (EC, 'on Monday 18 May at 7pm', '18 May 2026 is a Monday; a meeting time, not the collapse time'),
    (EC, 'Correction: An earlier online version', 'corrected detail (third -> fourth level), ordinals'),
    # dairy_herald
    (HE, 'Published: Tuesday 3 March 2026', 'correct weekday'),
    (HE, 'The remaining 260 workers', '410 - 150 = 260'),
    (HE, 'which between them took 61% of its sales', 'share of sales, nothing to compare'),
    (HE, 'fell to 38.5p a litre in February, 2.5p below', '41 - 38.5 = 2.5; agrees with trade weekly and Vale Sound'),
    (HE, 'With Northfold’s £27m secured', '£27m agrees with the £27m facility'),
    (HE, 'roughly £34,000 for each member farm', '£11.6m / 340 = £34,118; Prys quote "a little under £60,000" attributed, his own farm'),
    (HE, 'Founded in 1958, the co-operative turned over £164m', 'turnover £164m agrees with trade weekly; eight weeks'),
    (HE, 'Ministers said on Monday evening', 'partial quote attributed to ministers'),
    # dairy_ledger
    (LE, 'Issue 412 | Thursday 5 March 2026', 'issue number; 5 March 2026 is a Thursday'),
    (LE, 'said Megan Isles, dairy adviser', 'quote split by the attribution; 1 January is a date'),
    (LE, 'tankers will keep running on existing routes for at least four weeks', 'agrees with Herald and Vale Sound'),
    (LE, 'Welland Foods, the nearest large processor', 'other processors: 300,000 + 120,000 = 420,000 litres (not Ashby Moor intake)'),
    (LE, 'Spot milk traded at 36ppl on Wednesday', 'spot price, a different subject from the Dunmere base price'),
    (LE, "A creditors' meeting is expected in late April", '£0.4m on £164m is about 0.2%; £164m agrees'),
    (LE, 'Market note: the average farmgate price', '40.2 - 39.6 = 0.6ppl; all-buyer average vs Dunmere price'),
    # dairy_valesound
    (VS, 'Tuesday 3 March 2026, 7am bulletin', 'correct weekday; yesterday = Monday 2 March'),
    (VS, 'Corbel Restructuring, the administrators, say tankers', 'four weeks agrees'),
    (VS, 'The Marches Farmers\' Union has opened a helpline', 'helpline hours are not event times; quote attributed with said:'),
    (VS, 'The creamery employs 410 people', '410 agrees with Herald; council\'s 1,300 staff is another subject'),
    (VS, 'set up by 23 farming families in 1958', 'founding families and years; 1958 agrees with Herald'),
    (VS, "That's 2.5p less than the big processors paid", '38.5p and 2.5p agree with Herald'),
    (VS, 'The local MP, Gareth Lloyd-Owen', 'reported speech attributed; Wednesday is a future debate'),
    (VS, 'beating Presteigne St Andrews 3-1', 'football score'),
    # council_post
    (PO, 'Published: Thursday 22 January 2026', 'correct weekday'),
    (PO, 'less than a fifth of the gap', '£9.1m / £48.2m = 18.9%, less than a fifth'),
    (PO, 'a drop of 45%', '£31m -> £17m is -45.2%'),
    (PO, 'twice the usual 4.99% limit', '9.99% is about twice 4.99%; £2,114 x 1.0999 = £2,325'),
    (PO, 'of "exceptional financial support"', 'scare quote of a term; £65m agrees with live page and feature'),
    (PO, 'Opposition leader Tom Quarrie', 'quote attributed with said:'),
    (PO, 'Libraries, which cost the council £6.8m', '14 libraries now vs 19 in 2015: different years'),
    (PO, 'the fifth English council to issue such a notice', 'ordinal; 318,000 agrees with live page and feature'),
    (PO, 'Tuesday 10 February', '10 February 2026 is a Tuesday; a later meeting'),
    # council_live
    (LI, 'Councillors vote by 38 to 17', '38 + 17 + 2 abstentions = 57'),
    (LI, 'enough to run the council for about eight days', '£9.1m / (£412m / 365) = 8.1 days; partial quote attributed to Varma'),
    (LI, 'For a Band D home that would add £211 a year', '£2,114 x 9.99% = £211; reported speech attributed to Sandhu'),
    (LI, 'Leader Maureen Kilbride opens the debate:', 'another remark, attributed with a colon; not a rendering of the "decision" quote'),
    (LI, 'Around 150 people have packed the public gallery', 'people in the gallery vs its 120 seats: different attributes'),
    (LI, 'about £1.1m a day', '£412m / 365 = £1.13m; 318,000 agrees'),
    (LI, 'ready to work with Castlemere', 'partial quote attributed to a government spokesperson; £65m agrees'),
    (LI, 'a banner reading', 'banner slogan, not speech; about 200 protesters is not the jobs figure'),
    (LI, 'The meeting opens, three minutes late', '18:03 is three minutes after the 6pm start'),
    (LI, 'The meeting is due to start at 6pm', '6pm = 18:00; notice issued on Monday agrees with Post'),
    # council_feature
    (FE, 'Published: Saturday 24 January 2026', 'correct weekday'),
    (FE, 'the council borrowed £460m to buy three shopping centres', '£460m agrees with the Post'),
    (FE, 'leaving a hole of £7m', '£24m - £17m = £7m; £31m and £17m agree with the Post'),
    (FE, 'would cover a little over a week of spending', '£9.1m is about 8 days of £412m a year'),
    (FE, 'Ormsby Borough, which issued a notice in 2024', 'another council: 340 posts, 8.99%, £210m'),
    (FE, 'which would add £211 to the annual Band D bill', '9.99% of £2,114 = £211; agrees with live page'),
    (FE, "Kilbride's predecessor, Graham Stott", 'quote attributed to Stott ("he told a property conference")'),
    (FE, 'and to the £65m of support', '£65m agrees; end of February is a deadline'),
    (FE, 'For the 318,000 people of Castlemere', 'agrees with Post and live page'),
    # roads_bulletin
    (RB, 'Next update: Thursday 15 October 2026', '18 June and 15 October 2026 are Thursdays'),
    (RB, '4% of A roads, 9% of B and C roads', 'different road classes and years; marker [2] has a note'),
    (RB, 'an average of about £1,250 per successful claim', '£412,000 / 330 = £1,248'),
    (RB, 'fell to 6.2 days, from 8.9 days', 'two different years'),
    (RB, 'Network length (km): 4,870 | 4,870', 'agrees with 4,870 km in About the figures'),
    (RB, 'Vehicle damage claims received: 1,240 | 1,180', '1,180 agrees with main points; 1,240 is 2024/25'),
    (RB, 'Highway maintenance spending (£m): 34.9 | 38.6[4]', 'two years; marker [4] has a note'),
    (RB, 'rose to about £7,900 in 2025/26, from £7,170', '£38.6m / 4,870 km = £7,926; £34.9m / 4,870 = £7,166'),
    (RB, '4,870 kilometres (3,026 miles) long, of which 610 km (379 miles)', 'conversions agree'),
    (RB, 'and of about half of the B, C and unclassified network', 'marker [5] has a note'),
    (RB, 'around 3,800 repairs in 2025/26 were of this kind', 'repeat repairs, a part of the total'),
    (RB, '[2] Road condition indicators', 'note entry for a used marker'),
    (RB, '[3] Claims are recorded in the year received', 'note entry for a used marker; 2025/26 is a period'),
    (RB, '[4] Revenue and capital spending', 'note entry for a used marker'),
    (RB, '[5] Unclassified roads', 'note entry for a used marker; two-year cycle vs "about half" each year agree'),
    # foods_results
    (FR, 'Published: Tuesday 9 June 2026, 07:00', 'correct weekday'),
    (FR, '(“Harrowfield” or “the Group”)', 'defined terms in quotation marks, not speech'),
    (FR, 'Revenue £318.4m (2025: £296.2m), up 7.5%¹', '318.4 / 296.2 = +7.5%; marker 1 has a note; comparatives are another year'),
    (FR, 'Full-year dividend 5.4p per share', '5.0p -> 5.4p is +8%'),
    (FR, '212,000 tonnes of product sold', 'this year vs last year'),
    (FR, 'adding 18,000 tonnes of annual capacity', 'capacity, not sales'),
    (FR, 'Jonathan Pryce, Chief Executive, said:', 'quote attributed with a colon'),
    (FR, 'Statutory profit before tax was £15.2m', '21.7 - 3.1 - 3.4 = 15.2; statutory vs adjusted profit'),
    (FR, 'a split of roughly 63:37', '201.7 + 116.7 = 318.4; 201.7 / 318.4 = 63%'),
    (FR, 'The Wexley closure affected 86 roles', '51 moved, the rest (35) left: a part'),
    (FR, 'makes 5.4p for the year.⁵', '3.6 + 1.8 = 5.4; marker 5 has a note; 23 July 2026 is a Thursday'),
    (FR, 'trading in the first ten weeks', 'outlook, no figures to compare'),
    (FR, '1. Revenue is stated after', 'note entry for a used marker'),
    (FR, '5. Subject to shareholder approval', 'note entry for a used marker'),
    # solar_cabinet
    (SC, 'Cabinet - Wednesday 8 July 2026', '8 July 2026 is a Wednesday'),
    (SC, 'Agenda item 7:', 'agenda item number'),
    (SC, 'the fourth full year of council ownership', 'ordinal; 2022 purchase'),
    (SC, '36 hectares (89 acres)', 'conversion agrees; capacity and homes are other attributes'),
    (SC, '£380,000 below the £1.72m forecast', '1.72 - 1.34 = 0.38; forecast vs actual'),
    (SC, 'took about a third of the panels offline', 'a share of panels, dates in 2025'),
    (SC, 'contribute about £0.4m a year until the loan is repaid in 2047', 'forecast, and 2022 + 25 = 2047'),
    (SC, 'lease the site to the operator for a fixed £0.55m', 'option C rent'),
    (SC, 'the council would receive £11m over the lease term', '£0.55m x 20 = £11m; £0.4m x 20 = about £8m'),
]


def build():
    def locs(pairs):
        return [[f, line_of(f, a)] for f, a in pairs]
    expected = [{'id': i, 'rules': r, 'at': locs(p), 'what': w} for i, r, p, w in EXPECTED]
    notes = [{'id': i, 'rules': r, 'at': locs(p), 'what': w} for i, r, p, w in NOTES]
    traps = [{'file': f, 'line': line_of(f, a), 'what': w} for f, a, w in TRAPS]
    taken = {(f, l) for e in expected + notes for f, l in e['at']}
    for t in traps:
        assert (t['file'], t['line']) not in taken, f'trap {t} is also an expected/note line'
    seen = set()
    for t in traps:
        k = (t['file'], t['line'])
        assert k not in seen, f'duplicate trap {k}'
        seen.add(k)
    ids = [e['id'] for e in expected]
    assert len(ids) == len(set(ids)) == 30, ids
    assert sorted(ids, key=lambda s: int(s[1:])) == [f'H{i}' for i in range(1, 31)]
    assert len(notes) == 8
    assert len(traps) >= 100, len(traps)
    counts = {}
    for e in expected:
        counts[e['rules'][0]] = counts.get(e['rules'][0], 0) + 1
    assert counts == {'numeric-conflict': 14, 'numeric-arithmetic': 4, 'date-inconsistency': 4,
                      'quote-conflict': 3, 'unattributed-quote': 3, 'footnote-gap': 1,
                      'footnote-no-notes': 1}, counts
    check_weekdays()
    expected.sort(key=lambda e: int(e['id'][1:]))
    key = {'expected': expected, 'notes': notes, 'traps': traps, 'must_not': traps}
    with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
        json.dump(key, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print(f'key.json: {len(expected)} expected, {len(notes)} notes, {len(traps)} traps')


MONTHS = {m: i + 1 for i, m in enumerate(
    ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
     'October', 'November', 'December'])}
WEEKDAY_RE = re.compile(r'\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) '
                        r'(' + '|'.join(MONTHS) + r')(?: (\d{4}))?')
# weekday+date pairs that are deliberately wrong (planted date-inconsistency findings)
PLANTED_WRONG = {('council_live.txt', 'Wednesday', 22, 'January'), ('solar_cabinet.txt', 'Thursday', 12, 'June')}


def check_weekdays():
    """Every 'Weekday D Month [2026]' in the set matches the 2026 calendar, except the planted ones."""
    found = set()
    for f in sorted(FILES):
        for l in lines(f):
            for m in WEEKDAY_RE.finditer(l):
                wd, d, mon, y = m.group(1), int(m.group(2)), m.group(3), int(m.group(4) or 2026)
                real = datetime.date(y, MONTHS[mon], d).strftime('%A')
                if (f, wd, d, mon) in PLANTED_WRONG:
                    assert real != wd
                    found.add((f, wd, d, mon))
                else:
                    assert real == wd, f'{f}: {m.group(0)} is a {real}'
    assert found == PLANTED_WRONG, found


if __name__ == '__main__':
    build()
