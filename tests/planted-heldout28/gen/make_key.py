#!/usr/bin/env python3
"""Build key.json for heldout28 from unique substring anchors.

Every anchor must match exactly one line of its file; no trap line may also be an
expected or note line. Also checks every "Weekday D Month" / "Weekday, Month D" in the
documents against the 2026 calendar: only the two planted weekday errors may fail.
Run from anywhere: python3 gen/make_key.py
"""
import datetime, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, 'docs')

paths = {}
for p in glob.glob(os.path.join(DOCS, '*', '*.txt')):
    b = os.path.basename(p)
    assert b not in paths, f'duplicate base name {b}'
    paths[b] = p
lines = {b: open(p, encoding='utf-8').read().split('\n') for b, p in paths.items()}

def L(f, anchor):
    hits = [i + 1 for i, t in enumerate(lines[f]) if anchor in t]
    assert len(hits) == 1, f'{f}: anchor {anchor!r} matches lines {hits}'
    return hits[0]

LW, LL, LT = 'lock_wire.txt', 'lock_live.txt', 'lock_trade.txt'
MT, MF, MR = 'mast_tabloid.txt', 'mast_feature.txt', 'mast_radio.txt'
SD, ST, SE = 'solar_daily.txt', 'solar_trade.txt', 'solar_edu.txt'
DB, WR, WP = 'dental_bulletin.txt', 'wool_results.txt', 'weights_paper.txt'

NC, NA, DI, QC, UQ = ('numeric-conflict',), ('numeric-arithmetic',), ('date-inconsistency',), ('quote-conflict',), ('unattributed-quote',)

EXPECTED = [
 # --- numeric-conflict across outlets of a cluster (6)
 ('H1', NC, [(LW, '14-metre (46ft) gate'), (LT, 'The 52ft gate'), (LL, 'The 14m gate is the lower')],
  'height of the failed Greave Lock gate: 14 metres (46ft) (wire, live page) vs "the 52ft gate" (15.8m, trade bulletin)'),
 ('H2', NC, [(LW, '4.5 million pounds'), (LL, 'repairs will cost £4.5m'), (LT, 'puts the bill at £6.2m')],
  'cost of replacing the gate and repairing the chamber: 4.5 million pounds / £4.5m (wire, live) vs £6.2m (trade bulletin, "the company now puts the bill")'),
 ('H7', NC, [(MT, 'NEARLY 300,000 homes'), (MF, 'For 240,000 households'), (MR, 'Some 240,000 homes lost'), (MF, 'about 168,000 of the 240,000 homes')],
  'homes that lost TV signal at Carrow Fell: "NEARLY 300,000 homes" (tabloid, [270,000, 300,000]) vs 240,000 households (feature) / "some 240,000 homes" (radio, [216,000, 264,000])'),
 ('H8', NC, [(MF, '315-metre steel mast'), (MR, 'after the 280-metre transmitter'), (MT, '1,033ft TV mast')],
  'height of the Carrow Fell mast: 315 metres (feature) = 1,033ft (tabloid) vs "the 280-metre transmitter" (radio)'),
 ('H15', NC, [(SD, 'roofs of 48 Ardmoor schools'), (SD, 'Solar panels now power 48 Ardmoor schools'), (ST, 'With 48 schools in the first phase'), (SE, 'Forty-two schools in Ardmoor')],
  'schools in the first phase of the solar-roof scheme: 48 (Echo headline and lede, trade weekly) vs "Forty-two schools" (School Leaders Bulletin)'),
 ('H16', NC, [(SD, 'will generate 5.2 GWh'), (ST, 'expected to produce 3,900 MWh')],
  'annual generation of the phase-one arrays: 5.2 GWh (Echo) vs 3,900 MWh = 3.9 GWh (trade weekly); units must be converted'),
 # --- numeric-conflict within one document (8)
 ('H3', NC, [(LL, 'the 12-week closure'), (LL, 'expected to be shut for eight weeks'), (LW, 'closed to shipping for about eight weeks'), (LT, 'reopen in about eight weeks')],
  'closure of the canal on the live page: "the 12-week closure" (18:30) vs "shut for eight weeks" (17:45 summary); wire and trade: about eight weeks'),
 ('H9', NC, [(MF, 'will cost £11m and take 18 months'), (MF, 'The £14m rebuild')],
  'cost of the permanent replacement mast in the feature: £11m vs "the £14m rebuild" (noun changes: replacement/rebuild)'),
 ('H10', NC, [(MR, 'the 60-metre temporary mast should'), (MR, 'the 45-metre temporary mast would'), (MF, 'a temporary 60-metre mast')],
  'height of the temporary mast on the radio page: 60 metres vs "the 45-metre temporary mast" (feature: 60 metres)'),
 ('H17', NC, [(SE, 'the £850,000 annual saving'), (SE, 'energy bills by £1.1m a year'), (SD, 'fall by £1.1m a year')],
  'annual saving on the schools\' energy bills in the School Leaders Bulletin: £1.1m a year vs "the £850,000 annual saving" (Echo: £1.1m)'),
 ('H18', NC, [(ST, 'energised 5.8 MW'), (ST, 'The 4.6MW programme'), (ST, 'Ardmoor completes 5.8MW')],
  'installed capacity of the programme in the trade weekly: 5.8 MW (headline, lede) vs "The 4.6MW programme"'),
 ('H22', NC, [(DB, '412,300 adults were seen'), (DB, '421,300 adults were seen'), (DB, 'all areas 412,300')],
  'adults seen in the 24 months to 31 March 2026: 412,300 (key points, area breakdown) vs 421,300 (Adults section)'),
 ('H24', NC, [(WR, 'collected 11,400 tonnes'), (WR, 'Wool collected: 11.9 million kg'), (WR, '11,400-tonne clip')],
  'wool collected in 2025-26: 11,400 tonnes (text) vs 11.9 million kg = 11,900 tonnes (year at a glance)'),
 ('H26', NC, [(WP, 'Of these, 27 failed'), (WP, 'failed 31.')],
  'weighing instruments that failed: 27 (summary 1.1) vs 31 in Table 1 (312 tested, 281 passed)'),
 # --- numeric-arithmetic (4)
 ('H14', NA, [(MF, 'For 240,000 households')],
  '240,000 of 520,000 homes is 46%, not 38%'),
 ('H23', NA, [(DB, 'an increase of 12.4%')],
  'children seen 109,200 -> 118,400 is an increase of 8.4%, not 12.4%'),
 ('H25', NA, [(WR, 'up 15% from 167p')],
  'average price 167p -> 184p per kg is up 10.2%, not 15%'),
 ('H27', NA, [(WP, 'an increase of 28%')],
  'complaints 402 -> 486 is an increase of 20.9%, not 28%'),
 # --- date-inconsistency (4)
 ('H4', DI, [(LT, 'failed at 5.40am on Tuesday'), (LW, 'at about 4.40 a.m. on Tuesday'), (LL, 'failed at 04:40 this morning'), (LL, 'raised the alarm at 04:40')],
  'time the Greave Lock gate failed: 5.40am (trade bulletin) vs about 4.40 a.m. / 04:40 (wire, live page)'),
 ('H11', DI, [(MT, 'on Thursday, February 18')],
  '18 February 2026 is a Wednesday, not a Thursday (the feature and radio say Wednesday)'),
 ('H19', DI, [(SD, 'on Monday 20 April'), (SE, 'on Wednesday 22 April')],
  'day the phase-one arrays were switched on together: Monday 20 April (Echo) vs Wednesday 22 April (School Leaders Bulletin); both weekdays correct'),
 ('H28', DI, [(WP, 'meeting on Wednesday 11 June 2026')],
  '11 June 2026 is a Thursday, not a Wednesday'),
 # --- quote-conflict (3)
 ('H5', QC, [(LW, '"The gate did not fail because of neglect, and we'), (LT, 'prove that to our regulators')],
  'Marian Oduya: "...we will prove that to our customers" (wire) vs "...to our regulators" (trade bulletin)'),
 ('H12', QC, [(MT, 'never a neglected mast'), (MF, 'never a dangerous mast')],
  'Callum Reith: "It was an old mast, but it was never a neglected mast" (tabloid) vs "...a dangerous mast" (feature)'),
 ('H20', QC, [(SD, 'spend on teaching'), (SE, 'spend on pupils')],
  'Priya Lundgren: "...a pound we can spend on teaching" (Echo) vs "...on pupils" (School Leaders Bulletin)'),
 # --- unattributed-quote (3)
 ('H6', UQ, [(LL, 'We heard a bang like a shotgun')],
  'live-page entry 12:30 is a bare quote with no speaker in it or in the entries around it'),
 ('H13', UQ, [(MR, 'The pictures just froze')],
  'bare quote paragraph on the radio page; the paragraphs before and after name no speaker'),
 ('H21', UQ, [(ST, 'Frankly, the roofs were the hard part')],
  'bare quote paragraph in the trade weekly between a paragraph on modules and one on analysts'),
 # --- footnotes (2)
 ('H29', ('footnote-gap',), [(DB, '398,600 in the 24 months'), (DB, '3. Contract holders'), (DB, '5. Figures for the 24 months')],
  'markers and notes run 1, 2, 3, 5, 6: number 4 is missing (marker [5] follows [3])'),
 ('H30', ('footnote-no-notes',), [(WR, 'collected 11,400 tonnes'), (WR, 'an increase of 12.3%.[2]'), (WR, '11,400-tonne clip')],
  'markers [1], [2], [3] in a results release that has no notes section'),
]

NOTES = [
 ('N1', ('anonymous-source',), [(LT, 'who asked not to be named')], 'an engineer who asked not to be named'),
 ('N2', ('vague-source',), [(LW, 'Critics argue the company')], 'critics argue'),
 ('N3', ('anonymous-source',), [(MF, 'People familiar with the inspection regime')], 'people familiar with the inspection regime'),
 ('N4', ('vague-source',), [(MT, 'Experts say the mast')], 'experts say'),
 ('N5', ('anonymous-source',), [(SD, 'A council officer who asked not to be named')], 'a council officer who asked not to be named'),
 ('N6', ('vague-source',), [(SE, 'Critics argue the money')], 'critics argue'),
 ('N7', ('anonymous-source',), [(LL, 'A source at the canal company')], 'a source at the canal company, speaking on condition of anonymity'),
 ('N8', ('vague-source',), [(ST, 'Industry analysts say')], 'industry analysts say'),
]

TRAPS = [
 # lock_wire
 (LW, 'Gate failure drains Halbury canal lock, strands 23 vessels', 'headline: 23 stranded vessels agrees with every outlet'),
 (LW, 'Each of the two steel leaves of the gate weighs 38 tonnes', '38-tonne leaves agree with the trade bulletin; 30 cm = 12 in; water volume, not a height'),
 (LW, 'Of the 23 stranded vessels, 15 are cargo', '15 + 8 = 23 (word "eight"); cargo vessels vs pleasure craft are different subjects'),
 (LW, 'The 21-kilometre (13-mile) canal', '21 km = 13.0 miles; 1.7 -> 1.9 Mt is +11.8%, "nearly 12 percent"; last year vs 2024'),
 (LW, 'Environment officers moved about 3,000 fish', 'about 3,000 fish agrees with the live page and the trade bulletin'),
 (LW, 'Greave Lock was built in 1894', 'years 1894/1987 and "in September" are not quantities'),
 (LW, 'We have nothing to hide', 'quote attributed by "Oduya said ... she said"'),
 (LW, 'Police closed the towpath for 2 km', '2 km = 1.24 miles; agrees with the live page (2km, 1.2 miles)'),
 # lock_live
 (LL, 'Northern Broadcasting live page | Tuesday 10 March 2026', '10 March 2026 is a Tuesday'),
 (LL, '14:05 The regional environment agency', 'running count: 1,200 fish at midday superseded by about 3,000 ("now")'),
 (LL, '13:10 Water levels in the Halbury basin', '"a second lock" is an ordinal, not a count'),
 (LL, '11:30 Update: the canal company now says 23', 'running count: 17 at 07:10 superseded by 23'),
 (LL, '09:00 Correction', 'explicit correction: three injured earlier reported, two confirmed; one in hospital (hospitalised vs hurt)'),
 (LL, '07:10 Seventeen vessels are stranded', 'an earlier count on a live page, superseded at 11:30; 2km = 1.2 miles'),
 (LL, '06:05 Good morning', '21km agrees with the wire (21 km, 13 miles)'),
 (LL, 'Reporting by Asha Lindqvist', 'byline, no claims'),
 # lock_trade
 (LT, 'Waterways Freight Bulletin | Published: Thursday 12 March 2026', '12 March 2026 is a Thursday'),
 (LT, 'Each leaf of the gate weighs 38 tonnes (about 84,000lb)', '38 t = 83,776 lb, about 84,000lb; weight, not height'),
 (LT, 'Of the 23 vessels, 15 are cargo vessels', '15 + eight = 23'),
 (LT, 'Chamber of Shipping members move about 160,000 tonnes a month', '160,000 x 12 = 1.92 Mt, roughly 1.9 million tonnes a year (agrees with the wire)'),
 (LT, 'Two lock keepers were hurt in the failure', 'two hurt agrees with wire ("injured") and live page; one in hospital'),
 (LT, 'About 3,000 fish were moved', 'agrees with wire and live page'),
 (LT, 'Selbrook Haulage, a road freight firm', '£14 a tonne by road vs £9 a tonne by water: different subjects'),
 (LT, '“We will get the freight through', 'quote attributed in the same sentence after it (said Dana Whitcombe)'),
 (LT, 'Greave Lock is 1.1 miles from the Selbrook end', 'position of the lock, not the length of the canal (13 miles)'),
 # mast_tabloid
 (MT, 'By Dan Pruett | The Daily Clarion | Thursday 19 February 2026', '19 February 2026 is a Thursday'),
 (MT, 'Three engineers had to flee', 'three engineers evacuated, none hurt: agrees with feature and radio'),
 (MT, 'The steel tower, almost as tall as the Eiffel Tower', '1971 and 2009 agree with the feature'),
 (MT, 'Reith said engineers hoped to get pictures back to seven in ten homes', 'seven in ten = 70% (feature); ten days agrees'),
 (MT, 'Fuming viewer Gail Mercer, 61', 'quote attributed with "said:"'),
 (MT, 'Radio listeners were hit too', 'three FM stations: a different subject'),
 (MT, 'Northline said the mast weighed 820 tonnes', '820 tonnes and 12 anchor points agree with the feature'),
 (MT, 'Farmer Jim Haworth, who lives half a mile away', 'distance of a house, not a height; named source'),
 (MT, 'Pensioner Alf Dunmore, 78', 'quote attributed with "said:"'),
 (MT, 'The company said a full rebuild would take eighteen months', 'eighteen months = 18 months (feature, radio)'),
 (MT, 'A Northline spokeswoman said', 'quote attributed to a spokeswoman; not Reith, so no conflict with his "working around the clock" quote on the radio page'),
 (MT, 'Storm Ingrid also brought down trees', 'road closed for six hours agrees with the radio page'),
 (MT, 'The Northern Weather Service had issued an amber wind warning', 'Wednesday morning is the time of the warning, not of the collapse'),
 # mast_feature
 (MF, 'By Miriam Achterberg', '21 February 2026 is a Saturday'),
 (MF, "What the fall of a 55-year-old mast", 'built 1971, 55 years old in 2026'),
 (MF, 'Nobody was hurt. Three engineers had left', 'agrees with tabloid and radio'),
 (MF, 'The mast was built in 1971 and last strengthened in 2009', 'years; agrees with tabloid'),
 (MF, 'We will look at every bolt', 'quote attributed by "he said" (Reith named in the sentence before)'),
 (MF, 'The mast weighed 820 tonnes. Its 12 anchor points', 'agrees with the tabloid'),
 (MF, 'Across the region, Northline runs 23 masts', '9 of 23 = 39%, "more than a third" holds; masts taller than 200 m: a threshold, not a height'),
 (MF, 'At the county hall in Tollbridge', 'quote attributed by "she said" after it; "all nine" agrees'),
 (MF, 'Carrow Fell was the tallest structure', '400 metres is a distance from the base, not the height'),
 # mast_radio
 (MR, 'Fellside FM News | Friday 20 February 2026', '20 February 2026 is a Friday; 8.05am is the publication time'),
 (MR, 'The Carrow Fell site also carried FM radio', 'no figures; Hobb Hill is a different transmitter'),
 (MR, 'The temporary structure arrived on three lorries', 'Thursday afternoon: delivery, not the collapse'),
 (MR, 'We are working around the clock and we will not cut corners', 'quote attributed with "Reith said:"; shares a run with the spokeswoman in the tabloid, a different speaker'),
 (MR, 'Nobody was injured in the collapse', 'agrees with tabloid and feature'),
 (MR, 'Council leader Ruth Ambler said', 'quote attributed with "said:"'),
 (MR, 'Northline says a permanent replacement will take 18 months', '18 months and 12 anchor points agree'),
 (MR, 'The council says its website will show', '6pm is an update time, not the collapse'),
 (MR, 'The council has opened a help line', 'a phone number and office hours are not quantities'),
 (MR, 'Northline says the temporary mast will reach about seven in ten', 'about seven in ten agrees with 70% in the feature'),
 (MR, 'Storm Ingrid brought gusts of 90mph', '90mph agrees with tabloid and feature (145km/h)'),
 (MR, 'The high road over Carrow Fell, closed for six hours', 'agrees with the tabloid'),
 # solar_daily
 (SD, 'By Hannah Coyle', '23 April 2026 is a Thursday'),
 (SD, 'The first phase cost £9.6m, of which £2.4m', '2.4 / 9.6 = 25%'),
 (SD, 'The council plans a second phase covering a further 35', '48 + 35 = 83; second phase is a different subject'),
 (SD, 'In all, 14,200 panels were fitted', '14,200 agrees with "more than 14,000" (trade); 60 people agrees'),
 (SD, 'The council says the panels will save about 1,100 tonnes', 'agrees with the trade weekly'),
 (SD, 'Head teacher Mark Osei', 'quote attributed with "said:"'),
 (SD, "Brindle Primary's own array of 96 panels", 'one school\'s array and one day\'s output: different subject from the programme'),
 (SD, 'Opposition councillor Graham Teale', 'quote attributed by "he said" after it'),
 (SD, 'The council said the borrowing, £7.2m', '9.6 - 2.4 = 7.2'),
 (SD, 'Schools in the first phase were chosen', '15 years agrees with the School Leaders Bulletin'),
 (SD, 'The second phase will go to the council', 'September agrees with the trade weekly'),
 # solar_trade
 (ST, 'Rooftop Power Weekly | Published: Friday 24 April 2026', '24 April 2026 is a Friday'),
 (ST, 'Installer Helio Build fitted more than 14,000 panels', 'agrees with 14,200 (Echo)'),
 (ST, 'The programme used 430W modules', 'rating of one module, not the programme capacity'),
 (ST, 'The £9.6m phase works out at about £1,650 per kilowatt', '£9.6m / 5,800 kW = £1,655 per kW'),
 (ST, 'Helio Build managing director Dev Anand said', 'quote attributed with "said:"'),
 (ST, 'The council estimates carbon savings of about 1,100 tonnes', 'agrees with the Echo'),
 (ST, 'Surplus power generated during school holidays', '2031 is a year'),
 (ST, 'A second phase of 35 schools is planned', 'second phase: a different subject from the 48 in phase one'),
 (ST, 'Anand said the firm had hired 60 people', 'quote attributed by "he said"; 60 agrees with the Echo'),
 (ST, 'Battery storage was considered for eight schools', 'a subset, not the number of schools in the phase'),
 # solar_edu
 (SE, 'School Leaders Bulletin | Published: Monday 27 April 2026', '27 April 2026 is a Monday'),
 (SE, "Figures from the Ardmoor branch of the heads'", '19 / 140 = 13.6%; all schools in the county, not the phase'),
 (SE, 'Sarah Quaye, head of Milton Cross', 'quote attributed by "she said"; "a third" is about her school\'s bill'),
 (SE, 'Not every head is convinced', 'quote attributed after it (said Tom Ridley); forty years is a roof\'s age'),
 (SE, 'The council said schools were chosen', 'agrees with the Echo (15 years)'),
 (SE, 'A second phase covering a further 35 schools', 'agrees with the Echo and trade weekly'),
 (SE, 'National Union of Teaching Staff has asked', 'reported speech, no quote; a named organisation'),
 # dental_bulletin
 (DB, 'Community Dental Access Statistics: Kelmarsh Region', 'reference date in the title'),
 (DB, 'Statistical bulletin | Kelmarsh Health Services Authority', '14 May 2026 is a Thursday'),
 (DB, 'The number of dentists holding', '402 -> 386 is a fall of 3.98% = 4.0%; marker [3] has a note'),
 (DB, 'Of the adults seen, 61,900 (15.0%)', '61,900 / 412,300 = 15.0%'),
 (DB, 'The 118,400 children seen were equivalent to 52.0%', '118,400 / 227,700 = 52.0%; 12-month children figure agrees with key points'),
 (DB, 'Fluoride varnish was applied at 71,000', '71,000 / 118,400 = 60% = three in five'),
 (DB, 'The median wait for a first appointment', '58 - 47 = 11 days'),
 (DB, 'Urgent appointments totalled 9,840', '9,840 / 3 = 3,280 a month'),
 (DB, "The authority's target is a median wait of 40 days", 'targets vs actuals (40 vs 47 days, 95% vs 91.6%)'),
 (DB, 'Of the 386 contract holders, 212 (54.9%)', '212 / 386 = 54.9%; 37 trainees are a different subject'),
 (DB, 'Next release: Thursday 13 August 2026', '13 August 2026 is a Thursday'),
 (DB, '1. Adult population is the mid-2025', 'note entry 1, used by marker [1]'),
 (DB, '2. Children are patients aged under 18', 'note entry 2, used by marker [2]'),
 (DB, '6. Area is the patient', 'note entry 6, used by marker [6]'),
 # wool_results
 (WR, 'Fellmoor Wool Co-operative reports its largest clip in fifteen years', 'since 2011 = fifteen years before 2026'),
 (WR, 'Results release | Fellmoor Wool Co-operative Ltd', '30 June 2026 is a Tuesday'),
 (WR, 'Payments to members totalled £18.3m', '18.3 / 24.6 = 74.4%'),
 (WR, 'Operating profit was £1.2m', '1.2 / 24.6 = 4.9%; 2024-25 comparison'),
 (WR, 'Chair Elspeth Garrow said', 'quote attributed with "said:"'),
 (WR, 'Membership fell by 70 farms', '2,940 - 2,870 = 70; "worried but not alarmed" attributed to Garrow'),
 (WR, "The co-operative's grading depot at Skelby handled 7,300", '7,300 + 4,100 = 11,400; one depot vs the whole clip'),
 (WR, 'Chief executive Owen Prideaux said the co-operative would invest', 'quote attributed by "he said"'),
 (WR, 'The co-operative expects to collect about 11,000 tonnes', 'forecast for 2026-27, not the 2025-26 actual'),
 (WR, 'Prideaux said prices at the first sales', '181p is the new season, not 2025-26'),
 (WR, 'Members will receive a second payment of 6p', '6p x 11.4 million kg = £684,000, about £680,000'),
 (WR, 'annual general meeting will be held at Skelby Mart', '19 September 2026 is a Saturday'),
 # weights_paper
 (WP, 'Weights and measures at Ardley markets', 'a year range in the title'),
 (WP, 'Report of the Head of Trading Standards', '1 June 2026 is a Monday'),
 (WP, '1.3 Fixed penalties totalling £18,450', 'marker ³ has a note'),
 (WP, '2.1 Most failures were of older spring scales', 'about two-thirds; ten years is an age'),
 (WP, '2.2 Officers also checked 1,240 prepacked items', '62 / 1,240 = 5.0%; prepacks are a different subject from instruments'),
 (WP, '2.3 The average shortfall', '18 g = 0.63 oz, about two-thirds of an ounce'),
 (WP, "2.4 The Ardley Market Traders' Association", 'quote attributed with "said:"'),
 (WP, '2.5 At the covered market', 'one market (96 tested, four failed) vs all 14 markets'),
 (WP, '3.1 Of the 486 complaints, 301, or 62%', '301 / 486 = 61.9%'),
 (WP, '3.2 The service aims to respond', '91% of cases; five working days is a target'),
 (WP, '4.1 The committee is asked to approve a target of 350', 'target, not actual; 350 - 312 = 38'),
 (WP, '1. Instruments include counter scales', 'note entry 1, used by marker ¹'),
 (WP, '2. Complaints received by the council', 'note entry 2, used by marker ²'),
 (WP, '3. Fixed penalties under', 'note entry 3; 1 June 2026 is the report date'),
]

def build(items):
    out = []
    for fid, rules, anchors, what in items:
        at = []
        for f, a in anchors:
            loc = [f, L(f, a)]
            if loc not in at:
                at.append(loc)
        out.append({'id': fid, 'rules': list(rules), 'at': at, 'what': what})
    return out

expected = sorted(build(EXPECTED), key=lambda x: int(x['id'][1:]))
notes = build(NOTES)
traps = [{'file': f, 'line': L(f, a), 'what': w} for f, a, w in TRAPS]

finding_lines = {(f, l) for x in expected + notes for f, l in x['at']}
for t in traps:
    assert (t['file'], t['line']) not in finding_lines, f"trap {t} is also a finding line"
seen = set()
for t in traps:
    k = (t['file'], t['line']); assert k not in seen, f'duplicate trap {k}'; seen.add(k)

ids = [x['id'] for x in expected]
assert sorted(ids, key=lambda s: int(s[1:])) == [f'H{i}' for i in range(1, 31)], ids
assert [x['id'] for x in notes] == [f'N{i}' for i in range(1, 9)]
assert len(traps) >= 100, len(traps)

# weekday check against the 2026 calendar
MONTHS = {m: i + 1 for i, m in enumerate(['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December'])}
WD = r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
MO = '(' + '|'.join(MONTHS) + ')'
planted_bad = {(MT, L(MT, 'on Thursday, February 18')), (WP, L(WP, 'meeting on Wednesday 11 June 2026'))}
bad = set()
for f, ls in lines.items():
    for i, t in enumerate(ls):
        for m in re.finditer(WD + r',? (\d{1,2}) ' + MO, t):
            d = datetime.date(2026, MONTHS[m.group(3)], int(m.group(2)))
            if d.strftime('%A') != m.group(1): bad.add((f, i + 1))
        for m in re.finditer(WD + r',? ' + MO + r' (\d{1,2})\b', t):
            d = datetime.date(2026, MONTHS[m.group(2)], int(m.group(3)))
            if d.strftime('%A') != m.group(1): bad.add((f, i + 1))
assert bad == planted_bad, f'weekday errors {bad} != planted {planted_bad}'

key = {'expected': expected, 'notes': notes, 'traps': traps, 'must_not': traps}
with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
    json.dump(key, fh, indent=1, ensure_ascii=False)
from collections import Counter
print(f"key.json: {len(expected)} expected, {len(notes)} notes, {len(traps)} traps")
print(Counter(x['rules'][0] for x in expected))
