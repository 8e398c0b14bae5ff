#!/usr/bin/env python3
"""Builds key.json from substring anchors so line numbers stay correct if docs are edited."""
import json, os, glob, collections

ROOT = os.path.dirname(os.path.abspath(__file__))
files = {os.path.basename(p): p for p in glob.glob(os.path.join(ROOT, 'docs', '**', '*.txt'), recursive=True)}
assert len(files) == len(glob.glob(os.path.join(ROOT, 'docs', '**', '*.txt'), recursive=True)), 'duplicate base names'
lines = {b: open(p, encoding='utf-8').read().split('\n') for b, p in files.items()}

def L(f, sub):
    hits = [i + 1 for i, l in enumerate(lines[f]) if sub in l]
    assert len(hits) == 1, (f, sub, hits)
    return hits[0]

WH, WC, WW = 'wildfire_herald.txt', 'wildfire_courier.txt', 'wildfire_wire_update.txt'
SL, SR = 'strike_ledger.txt', 'strike_radio.txt'
TG, TO = 'theft_gazette.txt', 'theft_observer.txt'
CF, SB, HR = 'chipfab_opening.txt', 'school_budget_brief.txt', 'housing_report_q3.txt'
FT, FB = 'ferry_tribune.txt', 'ferry_bulletin.txt'

E = [
 # id, rule, [(file, anchor)...], what
 ('H1', 'numeric-conflict', [(WH, 'destroyed 212 homes'), (WC, 'two hundred and forty houses')],
  'homes destroyed by Tuesday: 212 (Herald) vs two hundred and forty (Courier)'),
 ('H2', 'numeric-conflict', [(WH, '18,400 hectares'), (WC, 'about 31,000 acres')],
  'area burned as of Tuesday: 18,400 ha (= ~45,500 acres) vs about 31,000 acres'),
 ('H3', 'numeric-conflict', [(WH, 'The fire has killed 3'), (WC, 'Five people have died')],
  'deaths as of Tuesday: "killed 3" (no noun) vs five people'),
 ('H4', 'date-inconsistency', [(WH, 'shortly before 2 p.m. on Sunday'), (WC, 'around 9 a.m. on Sunday')],
  'fire start time: shortly before 2 p.m. Sunday vs around 9 a.m. Sunday'),
 ('H5', 'quote-conflict', [(WH, 'We are not going to get ahead of this fire'), (WC, "We won't get ahead of this fire")],
  'Chief Whitfield quoted with different words by Herald and Courier'),
 ('H6', 'unattributed-quote', [(WC, 'It came over the ridge like a freight train')],
  'standalone quote paragraph; neighbouring paragraphs name no speaker'),
 ('H7', 'numeric-arithmetic', [(WC, 'Evacuation centres housed 1,400')],
  '1,400 -> 1,750 is +25%, not 35%'),
 ('H8', 'date-inconsistency', [(WW, 'Tuesday, Aug. 19')],
  'Aug. 19, 2026 is a Wednesday, not a Tuesday'),
 ('H9', 'numeric-conflict', [(SL, 'cancelled 480 flights'), (SR, 'More than 600 Nordvale Air flights')],
  'flights cancelled on Tuesday: 480 vs more than 600'),
 ('H10', 'numeric-conflict', [(SR, '12 percent increase it is demanding'), (SR, 'wants a 14 percent pay rise'), (SL, 'seeking a 14 percent pay increase')],
  "union's pay demand: 14 percent vs 12 percent (inside the radio piece; also vs the Ledger)"),
 ('H11', 'numeric-arithmetic', [(SL, 'from 118,000 euros to 134,000 euros')],
  '118,000 -> 134,000 is +13.6%, not 9%'),
 ('H12', 'date-inconsistency', [(SL, 'at 12:01 a.m. on Tuesday'), (SR, 'The strike began at 6 a.m. Tuesday')],
  'strike start: 12:01 a.m. vs 6 a.m. Tuesday'),
 ('H13', 'quote-conflict', [(SL, "We cannot agree to a deal"), (SR, "We will not sign a deal")],
  'CEO Alsing quoted with different words by Ledger and Radio Baltica'),
 ('H14', 'numeric-conflict', [(TG, 'valued at 4.5 million pounds'), (TO, 'worth an estimated £2.8m'), (TO, 'Police hunt gang after £2.8m')],
  'value of stolen gold: 4.5 million pounds vs £2.8m'),
 ('H15', 'numeric-conflict', [(TG, 'escaped with 23 pieces'), (TO, 'stole thirty-two items')],
  'number of items stolen: 23 vs thirty-two'),
 ('H16', 'date-inconsistency', [(TG, 'at 3:10 a.m. and were seen leaving'), (TO, 'shortly before 5 a.m.')],
  'time of break-in: 3:10-3:17 a.m. vs shortly before 5 a.m.'),
 ('H17', 'quote-conflict', [(TG, 'These objects survived thirteen centuries'), (TO, 'These pieces survived thirteen centuries')],
  'director Marsh quoted differently by Gazette and Observer'),
 ('H18', 'numeric-conflict', [(TG, 'The gang spent seven minutes inside'), (TG, 'The four-minute raid'), (TG, 'at 3:10 a.m. and were seen leaving')],
  'duration of raid inside one article: seven minutes (and 3:10-3:17) vs four-minute'),
 ('H19', 'numeric-conflict', [(CF, 'will employ 1,800 people'), (CF, 'its 2,300 workers')],
  'staff at full operation: 1,800 vs 2,300 (same article)'),
 ('H20', 'numeric-conflict', [(CF, '42-hectare site'), (CF, '180-acre campus')],
  'site size: 42 ha (= ~104 acres) vs 180 acres (same article)'),
 ('H21', 'unattributed-quote', [(CF, 'We are not chasing the smallest transistors')],
  'quote paragraph after a descriptive paragraph; no speaker anywhere near'),
 ('H22', 'numeric-arithmetic', [(SB, 'an increase of 6.2 percent')],
  '84.6m -> 88.1m is +4.1%, not 6.2%'),
 ('H23', 'numeric-conflict', [(SB, 'eliminate 37 teaching positions'), (SB, 'The 27 teaching jobs being cut')],
  'teaching positions cut: 37 vs 27 (same document)'),
 ('H24', 'footnote-no-notes', [(SB, 'an increase of 6.2 percent'), (SB, 'continuing a decline that began in 2019.[2]'), (SB, 'from 26 students to 28.[3]')],
  'markers [1]-[3] in text but the document has no notes section'),
 ('H25', 'numeric-conflict', [(FT, 'carrying 214 passengers'), (FB, 'had 241 passengers on board')],
  'passengers on board: 214 vs 241'),
 ('H26', 'numeric-conflict', [(FT, 'The collision injured 17'), (FT, '17 hurt'), (FB, 'Twenty-three people were injured')],
  'injured: 17 ("injured 17", no noun) vs twenty-three'),
 ('H27', 'date-inconsistency', [(FT, 'at 7:42 p.m.'), (FB, 'at about 8:30 p.m.')],
  'time of collision: 7:42 p.m. vs about 8:30 p.m.'),
 ('H28', 'quote-conflict', [(FT, 'did exactly what they were trained to do'), (FB, 'did what they were trained to do, and that is the reason')],
  'Commander Roy quoted with different words by Tribune and Bulletin'),
 ('H29', 'footnote-gap', [(HR, 'lowest quarterly total since 2013'), (HR, '[5] Returns from')],
  'footnote sequence jumps from [3] to [5]; no [4]'),
 ('H30', 'numeric-arithmetic', [(HR, 'an increase of 3.8 percent')],
  '248,000 -> 262,500 is +5.8%, not 3.8%'),
 ('H31', 'numeric-conflict', [(HR, 'Builders completed 3,420 new homes'), (HR, 'Of the 3,240 completions')],
  'completions in the quarter: 3,420 vs 3,240 (same report)'),
]
N = [
 ('N1', 'vague-source', [(WH, 'Fire scientists say')], '"Fire scientists say" - no named source'),
 ('N2', 'anonymous-source', [(WC, 'spoke on condition of anonymity')], 'anonymous firefighter'),
 ('N3', 'anonymous-source', [(SL, 'A person familiar with the talks')], 'person familiar with the talks'),
 ('N4', 'vague-source', [(TG, 'Art-crime specialists believe')], 'unnamed specialists'),
 ('N5', 'anonymous-source', [(CF, 'two people briefed on the negotiations')], 'two people briefed, not named'),
 ('N6', 'vague-source', [(SB, 'Some community members have argued')], 'vague "some community members"'),
 ('N7', 'anonymous-source', [(FB, 'One crew member, who asked not to be named')], 'anonymous crew member'),
]
T = [
 (WH, 'About 9,000 residents remain', 'hedged figure agrees with "roughly 9,000" (Courier) and 8,950 peak (Wire)'),
 (WH, 'Whitfield said 1,150 firefighters', '600 -> 1,150 really is nearly double; Monday vs Tuesday are different periods'),
 (WH, 'Containment stood at 35 percent', '35% Tuesday vs 20% a day earlier: different periods; agrees with Wire "35 per cent"'),
 (WH, 'The state has spent $14.2 million', '14.2/96 = 14.8%, "nearly 15 percent" is right; $14.2m agrees with Courier'),
 (WH, 'Sheriff Tom Barrera told them', 'quote fragment attributed in the same sentence'),
 (WH, "Last year's Ridgeback Fire", '341 homes is a different fire, last year'),
 (WH, 'Barrera urged evacuated residents', 'quote attributed ("he said")'),
 (WC, 'Gusts of about 50 miles per hour', '50 mph = ~80 km/h, agrees with Wire'),
 (WC, 'wildland-urban interface', 'scare quotes around a planning term, not a quotation needing a speaker'),
 (WC, 'I keep thinking about the photographs', '"she said" refers to Maria Ochoa named in previous paragraph'),
 (WC, 'Roughly 9,000 residents are under evacuation', 'agrees with Herald "about 9,000" and Wire 8,950'),
 (WC, 'Houses were still burning on both sides', 'speaker (Sheriff Barrera) introduced with a colon in the previous paragraph'),
 (WC, "The fire's cost is mounting", '$14.2 million agrees with Herald'),
 (WW, 'The death toll from the Pine Hollow Fire stood at four', 'later, explicitly revised figure (Thursday evening) - not a conflict with Tuesday counts'),
 (WW, 'The fire was 35 per cent contained', 'same 35% as Herald; 61% is a later time'),
 (WW, 'Whitfield said on Tuesday that crews would not gain', 'paraphrase (no quotation marks) that agrees with both quotes'),
 (WW, 'Winds had gusted to around 80 km/h', '80 km/h = ~50 mph, agrees with Courier'),
 (WW, '19,100 hectares by Thursday', 'later period (Thursday) than the Tuesday area figures'),
 (WW, 'More than 1,100 firefighters', 'hedge agrees with 1,150; Thursday'),
 (WW, '8,950 residents', 'agrees with "about/roughly 9,000"'),
 (WW, 'raised its estimate of the cost', '14.2 -> 19.5 is +37.3%, "about 37 percent" right; later period than $14.2m'),
 (WW, 'Anyone who thinks an empty street', 'speaker (Sheriff Barrera) named in previous paragraph ending with a colon'),
 (WW, 'Saturday, Aug. 15', 'Aug. 15, 2026 is a Saturday'),
 (WW, 'Coming Home After the Fire', 'title in quotation marks'),
 (WW, 'Utility crews have replaced 140 power poles', '600 customers is a different subject from 600 firefighters'),
 (SL, 'About 72,400 passengers', 'agrees with Radio "more than 70,000"'),
 (SL, "Ingrid Solberg, the union's president", 'quote attributed ("she said")'),
 (SL, 'Analysts at Pohjola Capital', '18 million euros a day = "€18m per day"'),
 (SL, "two-day walkout by cabin crew", '31 million euros is last year\'s cabin-crew strike total'),
 (SL, 'Rival low-cost carrier SkyLark', '40 extra flights belong to a different company'),
 (SL, 'Nordvale carried 11.2 million passengers', '10.4 -> 11.2 is +7.7%, "about 8 percent" right'),
 (SL, 'Fair Skies', 'campaign name in quotes'),
 (SL, 'Thursday, Oct. 8', 'Oct. 8, 2026 is a Thursday'),
 (SR, 'More than 70,000 passengers', 'hedge agrees with 72,400'),
 (SR, 'Alsing said the strike was costing', '€18m per day agrees with Ledger; "disproportionate" attributed to Nordvale'),
 (SR, '1,500 kilometres (about 930 miles)', 'unit conversion is correct'),
 (SR, 'Nobody wants to strand passengers', 'speaker (Solberg) named in previous paragraph'),
 (SR, 'SkyLark, the low-cost rival', 'agrees with Ledger (40 flights)'),
 (SR, 'five-day strike that led to 1,300', 'different period (2019)'),
 (SR, 'The state mediator has called both sides', 'Thursday agrees with Ledger'),
 (TG, 'insured for £3 million', 'insured sum set in 2019 - different quantity from estimated value'),
 (TG, 'said staff had been left "heartbroken"', 'quote fragment attributed to Marsh in same sentence'),
 (TG, 'Gold of the Northern Kingdoms', 'exhibition title in quotes'),
 (TG, 'reward of £50,000', 'agrees with "fifty thousand pounds"'),
 (TG, '340 hours of footage from 17 cameras', '340/17 = 20, arithmetic right'),
 (TG, '14 silver coins', 'different theft, different museum'),
 (TG, 'roughly 180,000 visitors', 'agrees with "about 178,000"'),
 (TO, 'Some of our volunteers have cared', 'speaker (Marsh) named in previous paragraph'),
 (TO, 'They did not waste a second', 'attributed ("he said")'),
 (TO, 'security budget was cut', '410k -> 290k is -29.3%, "about 29 percent" right'),
 (TO, 'fifty thousand pounds', 'agrees with £50,000'),
 (TO, '£1.2 million in 2013', 'purchase price in 2013, different quantity/period'),
 (TO, 'about 178,000 visitors', 'agrees with "roughly 180,000"'),
 (TO, 'Green Vault in Dresden', 'different theft'),
 (CF, 'Kestrel opens $3.4 billion', 'agrees with body'),
 (CF, 'Thursday, June 18, a $3.4 billion', 'June 18, 2026 is a Thursday'),
 (CF, 'This is the most advanced factory', 'attributed ("she said", Penhaligon named just before)'),
 (CF, 'Output will rise from 20,000 wafers', '20,000 -> 50,000 is +150%, right'),
 (CF, 'State and federal subsidies total $680 million', '680/3,400 = 20%, right; program name in quotes'),
 (CF, 'Dresden, Germany, employs 3,100', 'different plant'),
 (CF, '"mature node"', 'scare quotes'),
 (CF, 'Kestrel reported revenue of $2.9 billion', 'actual last year vs forecast for 2027'),
 (CF, 'My father worked at that mill', 'attributed ("Okafor said")'),
 (CF, '5 million gallons of water a day', '5 million US gallons = ~19 million litres'),
 (SB, 'The district enrolls 11,240 students', '88.1m / 11,240 = ~$7,838, "about $7,840" right'),
 (SB, 'Pension contributions alone rise', '2.1 / 3.5 = 60%, and 88.1 - 84.6 = 3.5'),
 (SB, 'Last year the board cut 19 positions', 'different period'),
 (SB, 'Superintendent Angela Ruiz wrote', 'attributed ("she wrote")'),
 (SB, 'The neighbouring Eastbrook district', 'different district'),
 (SB, 'property-tax levy would rise 2.9 percent', 'two different percentages, no conflict'),
 (SB, 'Tuesday, June 9', 'June 9 and June 16, 2026 are Tuesdays'),
 (FT, 'the 68-metre Coastal Wren', '68 m = 223 ft, 12 knots = 22 km/h, agree with Bulletin'),
 (FT, 'The freighter, the Meridian Star', '14 crew of a different vessel'),
 (FT, 'Then the crew were everywhere', 'speaker (Natarajan) named in previous paragraph'),
 (FT, 'by 10:15 p.m.', 'a different event (evacuation completed), not the collision time'),
 (FT, 'ferry Osprey ran aground', 'different ship, 2024'),
 (FT, '1.1 million passengers a year', '1.1m / 365 = ~3,000 a day, right'),
 (FB, 'crew of eleven', 'agrees with "11 crew"'),
 (FB, 'The 223-foot vessel', 'agrees with 68 m and 12 knots'),
 (FB, "The Meridian Star's 14 crew", 'agrees with Tribune'),
 (FB, 'nicknamed "the soup"', 'nickname in quotes'),
 (FB, 'licensed to carry 400 passengers', 'capacity, not the number on board'),
 (FB, 'Our first thought is with the people', 'attributed ("Delaney said")'),
 (FB, 'This is what this town does', 'attributed ("she said")'),
 (FB, '$18,500', 'fund total vs goal, different quantities'),
 (HR, 'Across England as a whole', 'national vs regional median; 262.5/290 -> 9.5% cheaper, right'),
 (HR, "The Observatory's own forecast", 'forecast (£255,000) vs actual'),
 (HR, 'regional target of 4,000 completions', 'target vs actual; report title in quotes'),
 (HR, 'nearly 3,000 purchases', 'agrees with 2,960'),
 (HR, 'Dr. Fiona Akers', 'attributed ("she said"); footnote [3] in sequence'),
 (HR, 'Average private rents reached', '1,064 -> 1,140 is +7.1%, right'),
 (HR, '86 square metres', '86 m2 = ~926 sq ft'),
 (HR, 'two-year fixed mortgage rate', 'different periods'),
 (HR, 'The 2,960 first-time buyers', 'agrees with "nearly 3,000"; £214,000 is a different median'),
]

expected = [{'id': i, 'rules': [r], 'at': [[f, L(f, a)] for f, a in at], 'what': w} for i, r, at, w in E]
notes = [{'id': i, 'rules': [r], 'at': [[f, L(f, a)] for f, a in at], 'what': w} for i, r, at, w in N]
traps = [{'file': f, 'line': L(f, a), 'what': w} for f, a, w in T]
flagged = {(f, l) for e in expected + notes for f, l in e['at']}
for t in traps:
    assert (t['file'], t['line']) not in flagged, t
seen = collections.Counter((t['file'], t['line']) for t in traps)
assert all(v == 1 for v in seen.values()), [k for k, v in seen.items() if v > 1]
key = {'expected': expected, 'notes': notes, 'traps': traps,
       'must_not': [[t['file'], t['line'], t['what']] for t in traps]}
json.dump(key, open(os.path.join(ROOT, 'key.json'), 'w'), indent=1, ensure_ascii=False)
print(len(expected), 'expected,', len(notes), 'notes,', len(traps), 'traps')
print(collections.Counter(e['rules'][0] for e in expected))
