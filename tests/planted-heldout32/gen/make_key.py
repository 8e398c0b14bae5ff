#!/usr/bin/env python3
"""Build key.json for heldout32 from unique substring anchors.

Every anchor must match exactly one line of its file; no trap line may also be
an expected or note line. Run from anywhere: python3 gen/make_key.py
"""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')

FILES = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        assert f not in FILES, f'duplicate base name {f}'
        FILES[f] = os.path.join(d, f)

def line_of(fname, anchor):
    lines = open(FILES[fname], encoding='utf-8').read().split('\n')
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, f'{fname}: anchor {anchor!r} matches lines {hits}'
    return hits[0]

W, T, R, C, S = 'velden_wire.txt', 'brook_tabloid.txt', 'tarrow_regional.txt', 'lowmere_live.txt', 'valley_radio.txt'
F, A, V, N = 'tiger_feature.txt', 'ardley_wire.txt', 'northgate_community.txt', 'heatnet_trade.txt'
B, P, U = 'output_bulletin.txt', 'halvorsen_results.txt', 'credit_union_review.txt'
NC, AR, DI, QC, UQ = ['numeric-conflict'], ['numeric-arithmetic'], ['date-inconsistency'], ['quote-conflict'], ['unattributed-quote']

EXPECTED = [
    # numeric-conflict across outlets of one cluster (6)
    ('H1', NC, [(W, 'Four workers were injured'), (W, 'four workers hurt'), (R, 'Four employees were hurt.'), (T, 'SIX workers were hurt')],
     'dye spill injured: four (wire headline+text, Courier) vs SIX hurt (tabloid)'),
    ('H2', NC, [(W, 'stained about 2.5 km of the brook'), (R, 'nearly five miles of the brook')],
     'length of Tarrow Brook stained: about 2.5 km (wire) vs nearly five miles = 7.2-8.0 km (Courier)'),
    ('H3', NC, [(C, 'within 200 metres of each patient'), (S, 'in a 500-yard radius')],
     'spraying radius: 200 metres (live page) vs 500 yards = 457 m (radio)'),
    ('H4', NC, [(F, 'The spraying will cost €58,000'), (C, 'cost about €85,000'), (S, 'cost around 80,000 euros')],
     'cost of spraying campaign: €58,000 (feature) vs about €85,000 (live) / around 80,000 euros (radio)'),
    ('H5', NC, [(A, 'About 2,300 homes'), (N, 'Northgate serves 2,300 flats'), (V, 'Almost 3,000 households')],
     'homes left without heat: about 2,300 (wire, trade) vs almost 3,000 households (community site)'),
    ('H6', NC, [(V, '86 hours after'), (N, 'The 62-hour outage')],
     'duration of Northgate outage: 86 hours (community site) vs 62 hours (trade)'),
    # numeric-conflict within one document (8)
    ('H7', NC, [(R, 'Velden employs 210 people'), (R, '180 staff')],
     'Brindlecombe mill workforce: 210 vs the mill\'s 180 staff'),
    ('H8', NC, [(F, 'runs 14 monitoring traps'), (F, 'all 18 of the town')],
     'mosquito traps in Lowmere: 14 vs all 18'),
    ('H9', NC, [(N, '6.2km of insulated pipework'), (N, '4.8km of pipework')],
     'Northgate network pipework: 6.2 km vs 4.8 km'),
    ('H10', NC, [(B, 'was 78.4% in the third quarter'), (B, 'capacity utilisation of 76.9%')],
     'Q3 2026 manufacturing capacity utilisation: 78.4% vs 76.9%'),
    ('H11', NC, [(P, 'Revenue of £412.6m'), (P, 'Group revenue rose to £421.6m')],
     'Halvorsen 2025 revenue: £412.6m (highlights) vs £421.6m (review)'),
    ('H12', NC, [(P, 'the group employed 2,140 people'), (P, 'our 2,410 colleagues')],
     'Halvorsen headcount at year end: 2,140 vs 2,410'),
    ('H13', NC, [(U, 'had 1.32 million members'), (U, '1.23 million members held')],
     'credit union members at year end: 1.32 million vs 1.23 million'),
    ('H14', NC, [(U, 'Loans outstanding reached £1.9 billion'), (U, '£2.3 billion of loans outstanding')],
     'credit union loans outstanding at year end: £1.9bn vs £2.3bn'),
    # numeric-arithmetic (4)
    ('H15', AR, [(R, 'a 30% increase')], '2,400 trout up from 1,600 is +50%, not 30%'),
    ('H16', AR, [(C, 'Five of the seven, or 60%')], '5 of 7 is 71%, not 60%'),
    ('H17', AR, [(V, 'nine - about a third -')], '9 of 14 blocks is 64%, not about a third'),
    ('H18', AR, [(B, 'from 96.0 to 99.8 index points')], '96.0 -> 99.8 is +4.0%, not 2.1%'),
    # date-inconsistency (4)
    ('H19', DI, [(W, 'The vat failed at 06:40'), (T, 'shortly after 6.40am'), (R, 'failed at 7.15am yesterday')],
     'time of vat failure: 06:40 / shortly after 6.40am (wire, tabloid) vs 7.15am (Courier)'),
    ('H20', DI, [(S, 'on Thursday, August 19'), (F, 'announced on Wednesday'), (F, 'at Wednesday’s briefing')],
     '19 August 2026 is a Wednesday (radio says Thursday; feature and live page: Wednesday 19 August)'),
    ('H21', DI, [(A, 'happened at 02:15 on Monday'), (V, 'failed at about 4am on Monday')],
     'time of energy-centre failure: 02:15 (wire) vs about 4am (community site)'),
    ('H22', DI, [(P, 'Friday 14 May 2026')], '14 May 2026 is a Thursday'),
    # quote-conflict (3)
    ('H23', QC, [(W, 'when the seam split, and that'), (T, 'when the weld split')],
     'Ilse Carrow: "seam split" (wire) vs "weld split" (tabloid)'),
    ('H24', QC, [(C, 'cancel a holiday'), (F, 'cancel a trip')],
     'Dr Miren Oyelaran: "cancel a holiday" (live) vs "cancel a trip" (feature)'),
    ('H25', QC, [(A, 'We let these families down'), (V, 'We failed these families')],
     'Tomasz Ferrand: "let these families down" (wire) vs "failed these families" (community)'),
    # unattributed-quote (3)
    ('H26', UQ, [(T, 'We heard a bang like a door slamming')], 'quote standing alone, no speaker'),
    ('H27', UQ, [(F, 'You can’t spray your way out of this')], 'quote standing alone, no speaker'),
    ('H28', UQ, [(V, 'My kids slept in their coats')], 'quote standing alone, no speaker'),
    # footnotes (2)
    ('H29', ['footnote-gap'], [(B, 'two fertiliser plants shut for maintenance.[3]'), (B, 'by manufacturing in 2025.[5]'),
                               (B, '3. Chemicals include'), (B, '5. Regional figures')],
     'bulletin footnotes 1,2,3,5: number 4 missing (markers and notes)'),
    ('H30', ['footnote-no-notes'], [(P, 'Adjusted operating profit [1]'), (P, 'Net debt [2]'), (P, 'aftermarket services [3]')],
     'results release has markers [1]-[4] and no notes section'),
]

NOTES = [
    ('N1', ['anonymous-source'], [(W, 'A person familiar with the company')], 'a person familiar with the insurance arrangements'),
    ('N2', ['vague-source'], [(R, 'Experts say indigo dyes')], 'experts say'),
    ('N3', ['anonymous-source'], [(S, 'An official who asked not to be named')], 'an official who asked not to be named'),
    ('N4', ['vague-source'], [(F, 'Critics argue that the agency')], 'critics argue'),
    ('N5', ['anonymous-source'], [(V, 'A council officer who asked not to be named')], 'a council officer who asked not to be named'),
    ('N6', ['vague-source'], [(N, 'Industry analysts say')], 'industry analysts say'),
    ('N7', ['vague-source'], [(U, 'Some commentators argue')], 'some commentators argue'),
    ('N8', ['anonymous-source'], [(T, 'A source close to the firm')], 'a source close to the firm'),
]

TRAPS = [
    # velden_wire
    (W, 'BRINDLECOMBE, 3 March 2026', '3 March 2026 is a Tuesday; correct weekday'),
    (W, 'The vat held 40,000 litres of dye', '40,000 litres and 9,000 litres agree with tabloid and Courier'),
    (W, 'Fire crews evacuated 120 residents from 48 homes', 'residents vs homes are different attributes; both agree with other outlets; 14:00 = 2pm return'),
    (W, 'installed in 2011', 'year, not a quantity; £350,000 clean-up agrees across outlets'),
    (W, 'employs about 600 people across three plants', 'group-wide staff, not the Brindlecombe site; 5,000 -> 5,400 is +8%, correct'),
    (W, 'It took water samples at six points', 'no conflict'),
    (W, 'will not restart before Monday', 'weekday without date, no conflict'),
    # brook_tabloid
    (T, 'Published: 4 March 2026, 07:12', 'publication time, not the time of the spill'),
    (T, 'Around 120 neighbours', 'about 120 agrees with 120 residents; 2pm agrees with 14:00'),
    (T, 'Pauline Ashby, 63, said:', 'quote attributed by colon'),
    (T, 'more than a mile and a half', 'more than 1.5 miles (>2.4 km) is compatible with both 2.5 km and five miles'),
    (T, 'Clean-up bosses reckon', '£350,000 agrees; Oakes quote attributed by "he said"'),
    (T, 'the two injured workers taken to hospital', 'two hospitalised vs injured total: different attribute'),
    (T, 'Gwen Malley said:', 'over two thousand fish agrees with 2,400 trout; quote attributed by colon'),
    (T, 'Firefighters spent nearly eight hours', 'four engines vs four crews: no conflict'),
    (T, 'Velden has been fined once before, in 2019', 'year, not a quantity'),
    (T, 'Correction: An earlier version of this article said', 'corrected figure (ten miles) explicitly withdrawn'),
    # tarrow_regional
    (R, 'Easterby Courier | Wednesday, March 4, 2026', '4 March 2026 is a Wednesday; correct'),
    (R, 'In all, 48 households were moved out', 'agrees with 48 homes'),
    (R, 'about 8,800 imperial gallons', '40,000 litres = 8,799 imperial gallons; 9,000 litres agrees'),
    (R, 'Plant manager Ilse Carrow said nobody', 'truncated quote keeps the same words as the wire; attributed'),
    (R, 'Club chairman Roy Deverell', '1.2 miles = 1.9 km; fishing stretch is a different subject from stained length'),
    (R, 'estimated at £350,000', 'agrees; "a wake-up call" attributed to Oakes'),
    (R, 'The company’s other two plants', 'three plants in all, agrees with wire'),
    (R, 'Correction (4 March, 11:40)', 'superseded figure 300 corrected; about 120 people and 48 households agree'),
    # lowmere_live
    (C, 'Published: 19 August 2026, last updated 16:45', 'publication time, not an event time'),
    (C, '16:45 – Summary: Seven locally acquired', 'running count: five earlier, seven now'),
    (C, '15:20 – Asked about the risk', 'quote attributed by colon'),
    (C, '14:30 – Two more cases', '5 + 2 = 7, correct'),
    (C, '13:40 – Inspectors have now visited 1,150 homes', 'running count, up from 600; feature\'s 1,600 is three days later'),
    (C, '12:20 – Correction', 'superseded figure (nine) explicitly corrected'),
    (C, '11:30 – The first patient fell ill on Monday 10 August', '10 and 17 August 2026 are Mondays'),
    (C, '10:05 – The HPA has confirmed five cases', 'earlier running count, superseded by later updates'),
    (C, '09:40 – Background', 'national imported cases 212 last year vs 164 in 2024: different periods and subject'),
    (C, '09:30 – Welcome', 'briefing scheduled for 16:00 vs 16:10 post time: not a conflict'),
    # valley_radio
    (S, 'Vale FM News | Thursday 20 August 2026', '20 August 2026 is a Thursday; correct'),
    (S, 'Dr Miren Oyelaran of the agency said nobody', 'truncated quote keeps the same words; attributed'),
    (S, 'More than 1,000 homes have had a visit', 'more than 1,000 agrees with 1,150 and some 1,600'),
    (S, 'above 25C (77F)', '25C = 77F'),
    (S, 'Lowmere\'s mayor, Colm Fairley', 'quote attributed by "he said"'),
    (S, 'Campsite owner Delia Marchbank', 'quote attributed by "she said"'),
    (S, 'by Friday.', 'weekday without date, no conflict'),
    (S, 'The agency\'s advice line is open from 8am to 8pm', 'opening hours, not an event time'),
    (S, 'Symptoms usually appear four to ten days', 'range, no conflict'),
    # tiger_feature
    (F, 'Published: Saturday 22 August 2026', '22 August 2026 is a Saturday; correct'),
    (F, 'Seven people in Lowmere have now caught', 'agrees with seven'),
    (F, 'Last summer the insect turned up in nine traps', 'last year, traps with insects, not number of traps'),
    (F, 'Entomologist Pieter Haldane', 'quote attributed by "he said"'),
    (F, 'two degrees above the long-term July average', '19 - 17 = 2, correct'),
    (F, 'roughly doubles to about 62,000', '2 x 31,000 = 62,000, correct; seasonal vs resident population'),
    (F, 'Allotment society secretary Ruth Ellery', 'quote attributed by "she said"'),
    # ardley_wire
    (A, 'fell to -6C on Monday night', 'agrees with "minus six"'),
    (A, 'Each affected household will receive £150', '2,300 x £150 = £345,000, correct; up to £60 agrees'),
    (A, 'Engineers expect to restore heating by Thursday', 'forecast, matches actual Thursday restoration'),
    (A, 'The energy centre has two backup gas boilers', 'two backup boilers agrees with trade and anonymous officer'),
    (A, 'has handed out 900 electric heaters', '900 by Tuesday; community\'s 1,300 is the later total'),
    (A, 'Councillor Priya Dalloway, the council’s cabinet member', 'quote attributed by colon; 2026 is a year'),
    (A, 'supplies heat to 5,100 homes across the city', 'whole company (four networks), not Northgate'),
    (A, 'supply around 3% of the country', 'actual share vs 2050 target'),
    (A, 'Shares in Canmore Partners', 'no conflict'),
    # northgate_community
    (V, 'It was minus six on Monday night', '-6C agrees; 900 + 400 = 1,300, correct running total'),
    (V, 'St Aidan\'s church hall, one of the two warm spaces', '340 visitors is a different subject'),
    (V, 'Residents\' association chair Hafsa Merriman', 'quote attributed by "she said"'),
    (V, 'Ardley Heat says every household will get £150', 'agrees with £150 and up to £60'),
    (V, 'Pensioner Alan Tebbitt, 81', 'quote attributed by "he said"; ninth floor is an ordinal'),
    (V, 'Councillor Priya Dalloway said the council would ask', 'quote attributed in the sentence before and by "she said"'),
    # heatnet_trade
    (N, 'Heat Networks Weekly | Published: Monday 23 November 2026', '23 November 2026 is a Monday; correct'),
    (N, 'Heat comes from an energy centre rated at 14MW', '6/14 = 43%, correct; 6 + 5 + 3 = 14 MW'),
    (N, 'has promised to "make it right"', 'truncated quote, same words; £150 x 2,300 = £345,000'),
    (N, 'at Riverside, serves 1,400 homes', 'different scheme, not Northgate'),
    (N, 'up to 10% of their annual turnover', 'regulatory cap, no conflict'),
    (N, 'Its chief executive, Marguerite Osei, said:', 'quote attributed by colon'),
    (N, 'The work is expected to cost £2.4m', 'future cost, no conflict'),
    (N, 'bought Ardley Heat in 2021 for £118m', 'acquisition price, no conflict'),
    (N, 'Correction: Last week', 'superseded 41MW explicitly corrected to 14MW, which agrees'),
    # output_bulletin
    (B, 'Published: Thursday 12 November 2026', '12 November 2026 is a Thursday; correct'),
    (B, 'Manufacturing output rose by 0.9%', 'quarter-on-quarter 0.9% vs year-on-year 2.4%: different periods; marker [1] has a note'),
    (B, 'first published as 0.4%, has been revised to 0.6%', 'revised figure supersedes first estimate; marker [2] has a note'),
    (B, 'Seven of the thirteen manufacturing industries', 'no conflict'),
    (B, 'Food and drink: 104.1 index points', '103.0 -> 104.1 is +1.07%, correct'),
    (B, 'Transport equipment: 101.7 index points', 'unchanged, no conflict'),
    (B, 'Manufacturing employment was 412,000', '415,000 - 3,000 = 412,000, correct; 1.2% is a year-on-year change'),
    (B, 'up 1.7% on the quarter', 'regional growth vs national 0.9%: different subject'),
    (B, 'This bulletin uses returns from 6,420 businesses', 'different survey from the 1,850 manufacturers'),
    (B, 'Thursday 11 February 2027', '11 February 2027 is a Thursday; correct'),
    (B, '1. Output is measured as chained volume', 'note 1 exists; 2022 = 100 is a reference year'),
    (B, '2. Revisions arise', 'note 2 exists'),
    # halvorsen_results
    (P, 'Published: Tuesday 10 March 2026', '10 March 2026 is a Tuesday; correct'),
    (P, 'Order book at 31 December of £310m', '287 -> 310 is +8.0%, correct'),
    (P, 'Proposed final dividend of 12.3p', '17.0 -> 18.4p is +8.2%, correct'),
    (P, 'Ingrid Halvorsen-Blake, chief executive, said:', 'quote attributed by colon'),
    (P, 'Water segment revenue was £188.3m', 'segments, not group; 188.3 + 224.3 = 412.6'),
    (P, 'from 14 days to 9 days, a reduction of 36%', '5/14 = 36%, correct'),
    (P, 'expects revenue of about £440m', 'forecast for 2026, not 2025 actual'),
    (P, 'Finance director Colin Abara said:', 'quote attributed by colon'),
    # credit_union_review
    (U, 'Published: Wednesday 30 September 2026', '30 September 2026 is a Wednesday; correct'),
    (U, 'This review covers the 214 credit unions', '229 - 214 = 15, correct; marker [1] has a note'),
    (U, 'a fall of 0.3 percentage points', '4.1 - 3.8 = 0.3 points, correct; marker [2] has a note'),
    (U, 'The average new loan was £1,450', 'different years; share of loans, no conflict'),
    (U, 'The largest 20 credit unions held 58%', 'different subjects (largest 20 vs smallest 100)'),
    (U, 'Average capital was 14.2% of assets', 'actual vs regulatory minimum; marker [3] has a note'),
    (U, 'up to £85,000 per member', 'protection limit, no conflict'),
    (U, 'from £25,000 to £30,000', 'proposed cap change; marker [4] has a note'),
    (U, 'at least 250 credit unions', 'target vs 171 actual; not a count of registered unions'),
    (U, '[1] Figures are for credit unions', 'note 1 exists'),
    (U, '[2] Arrears are measured', 'note 2 exists'),
    (U, '[4] The consultation will open', 'note 4 exists; twelve weeks'),
]

def build():
    exp, notes, traps = [], [], []
    taken = set()
    for fid, rules, ats, what in EXPECTED:
        at = [[f, line_of(f, a)] for f, a in ats]
        taken.update((f, l) for f, l in at)
        exp.append({'id': fid, 'rules': rules, 'at': at, 'what': what})
    for fid, rules, ats, what in NOTES:
        at = [[f, line_of(f, a)] for f, a in ats]
        taken.update((f, l) for f, l in at)
        notes.append({'id': fid, 'rules': rules, 'at': at, 'what': what})
    seen = set()
    for f, a, what in TRAPS:
        l = line_of(f, a)
        assert (f, l) not in taken, f'trap {f}:{l} ({a!r}) is also an expected/note line'
        assert (f, l) not in seen, f'duplicate trap {f}:{l}'
        seen.add((f, l))
        traps.append({'file': f, 'line': l, 'what': what})
    assert len(exp) == 30 and len(notes) == 8, (len(exp), len(notes))
    assert len(traps) >= 100, len(traps)
    key = {'expected': exp, 'notes': notes, 'traps': traps, 'must_not': traps}
    with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
        json.dump(key, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    from collections import Counter
    print(f'expected {len(exp)} notes {len(notes)} traps {len(traps)}')
    print(dict(Counter(r for e in exp for r in e['rules'])))

if __name__ == '__main__':
    build()
