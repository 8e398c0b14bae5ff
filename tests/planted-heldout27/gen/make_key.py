#!/usr/bin/env python3
"""Build key.json for heldout27 from unique substring anchors.

Every anchor must match exactly one line of its file; no trap line may also be an
expected or note line. Also checks every "Weekday D Month" in the documents against
the 2026 calendar: only the two planted weekday errors may fail.
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

GW, GT, GL = 'glass_wire.txt', 'glass_tabloid.txt', 'glass_live.txt'
BT, BC, BR = 'branch_trade.txt', 'branch_courier.txt', 'branch_radio.txt'
JF, JD, JT = 'jury_feature.txt', 'jury_daily.txt', 'jury_tech.txt'
IB, PR, PA = 'insolvency_bulletin.txt', 'piano_results.txt', 'publicart_paper.txt'

NC, NA, DI, QC, UQ = ('numeric-conflict',), ('numeric-arithmetic',), ('date-inconsistency',), ('quote-conflict',), ('unattributed-quote',)

EXPECTED = [
 # numeric-conflict across outlets of a cluster (6)
 ('H1', NC, [(GW, 'Fourteen workers were injured'), (GT, 'ELEVEN workers were hurt'), (GL, 'now says 14 people were injured')],
  'injured at the Millhaven furnace failure: 14 (wire, live page) vs "ELEVEN ... hurt" (tabloid); hurt = injured'),
 ('H2', NC, [(GW, 'About 40 tonnes of molten glass'), (GT, '60 tons of molten glass'), (GL, 'estimated 40 tonnes of molten glass')],
  'molten glass spilled: about 40 tonnes (wire, live) vs 60 tons (tabloid)'),
 ('H3', NC, [(BT, 'to shut 46 branches'), (BT, 'close 46 of its 212 branches'), (BC, 'among 46 branches'), (BR, 'confirms 38 branch closures'), (BR, "closing 38 branches")],
  'Harland & Pike branch closures: 46 (trade bulletin, Courier) vs 38 (Radio Tarnvale headline and lede)'),
 ('H4', NC, [(BT, 'Some 310 jobs will go'), (BC, 'Nearly 400 jobs will be lost')],
  'jobs cut nationally: some 310 vs nearly 400 ([360, 400])'),
 ('H5', NC, [(JF, '4,200 jury summons were sent in error'), (JD, 'after 2,400 people were wrongly summoned'), (JT, 'caused 4,200 summons'), (JT, '1,150 of the 4,200 recipients')],
  'summons sent in error: 4,200 (feature, tech site) vs 2,400 (Evening Post)'),
 ('H6', NC, [(JF, 'will cost £1.3m'), (JT, 'will cost £850,000')],
  'cost of fixing JurorLink and re-issuing summons: £1.3m vs £850,000'),
 # numeric-conflict within one document (8)
 ('H7', NC, [(GW, 'The 320-tonne furnace'), (GW, 'which holds 280 tonnes of glass when full')],
  'capacity of the failed furnace: 320 tonnes vs "the furnace, which holds 280 tonnes" (subject by reference back)'),
 ('H8', NC, [(BC, 'will save £18m a year'), (BC, '£21m in annual savings'), (BT, 'expected to save £18m a year')],
  'annual savings of the closure programme: £18m vs £21m in the Courier (and £18m in the trade bulletin)'),
 ('H9', NC, [(BR, 'in Ashcott, 12 miles away'), (BR, 'the 15-mile journey'), (BC, 'Ashcott, 12 miles (19km) away')],
  'distance Wexcombe-Ashcott: 12 miles vs "the 15-mile journey" on the radio page (Courier: 12 miles/19km)'),
 ('H10', NC, [(JF, '37 trials had been postponed'), (JF, 'twenty-nine trials that were postponed')],
  'trials postponed: 37 vs twenty-nine in the same feature'),
 ('H11', NC, [(JT, 'live for 19 days'), (JT, 'the 26-day window')],
  'how long the faulty code was live: 19 days vs "the 26-day window"'),
 ('H12', NC + NA, [(IB, 'at 1,214, which was 21%'), (IB, 'Construction: 1,412'), (IB, 'All industries: 5,830')],
  'construction insolvencies: 1,214 in the text vs 1,412 in Table 1 (the table rows then sum to 6,028, not the 5,830 total)'),
 ('H13', NC, [(PR, 'reported revenue of €84.6m'), (PR, 'Half-year revenue of €86.4m')],
  'first-half revenue: €84.6m vs €86.4m'),
 ('H14', NC, [(PA, 'total budget of £240,000'), (PA, 'total cost of £420,000')],
  'programme total: £240,000 vs £420,000 (digits transposed)'),
 # numeric-arithmetic (4)
 ('H15', NA, [(BT, 'close 46 of its 212 branches')], '46 of 212 is 21.7%, not "about a third"'),
 ('H16', NA, [(IB, 'up 14% from 1,540')], '1,540 -> 1,690 is +9.7%, not 14%'),
 ('H17', NA, [(PR, 'Operating profit rose to €6.1m from €5.2m')], '€5.2m -> €6.1m is +17.3%, not 23%'),
 ('H18', NA, [(JT, '1,150 of the 4,200 recipients')], '1,150 of 4,200 is 27.4%, not "more than 40%"'),
 # date-inconsistency (4)
 ('H19', DI, [(GW, 'shortly after 3 a.m. on Tuesday'), (GL, 'failed at 04:40 this morning')],
  'time the furnace wall failed: shortly after 3 a.m. (wire) vs 04:40 (live page)'),
 ('H20', DI, [(JF, 'posted on Friday 6 February'), (JT, 'posted on Friday 13 February')],
  'date the faulty batch was posted: Friday 6 February vs Friday 13 February (both weekdays correct)'),
 ('H21', DI, [(BC, 'will close on Friday 12 November')], '12 November 2026 is a Thursday, not a Friday'),
 ('H22', DI, [(IB, 'published on Friday 5 November 2026')], '5 November 2026 is a Thursday, not a Friday'),
 # quote-conflict (3)
 ('H23', QC, [(GW, '“Nobody was standing near the furnace wall'), (GL, '“Nobody was working near the furnace wall')],
  'Imelda Rusk: "standing" (wire) vs "working" (live page)'),
 ('H24', QC, [(BT, 'signed that promise with the Post Office'), (BR, 'signed that commitment with the Post Office')],
  'Marguerite Olsson: "promise" (trade bulletin) vs "commitment" (radio)'),
 ('H25', QC, [(JF, 'not a failure of the jury system itself'), (JD, 'not a failure of the court system itself')],
  'Rosalind Achterberg: "jury system" (feature) vs "court system" (Evening Post)'),
 # unattributed-quote (3)
 ('H26', UQ, [(GT, '“It was like a river of lava')], 'eyewitness quote with no speaker in or around the paragraph'),
 ('H27', UQ, [(BC, '“I have banked there for forty years')], 'customer quote with no speaker anywhere nearby'),
 ('H28', UQ, [(JF, '“We were told that if we did not turn up')], 'recipient quote with no speaker anywhere nearby'),
 # footnotes (2)
 ('H29', ('footnote-gap',), [(IB, 'by industry, Q2 2026[3]'), (IB, 'unadjusted figure of 5,830.[5]'), (IB, '3. Industry is assigned'), (IB, '5. Seasonal adjustment')],
  'markers and notes run 1, 2, 3, 5, 6: number 4 is missing'),
 ('H30', ('footnote-no-notes',), [(PA, 'planning agreements.[1]'), (PA, 'for cultural purposes.[2]'), (PA, 'nominated by ward councillors.[3]')],
  'markers [1]-[3] in a committee paper that has no notes section'),
]

AS, VS = ('anonymous-source',), ('vague-source',)
NOTES = [
 ('N1', AS, [(GT, 'One worker, who asked not to be named')], 'a worker who asked not to be named'),
 ('N2', AS, [(GL, 'who did not want to be named')], 'a firefighter who did not want to be named'),
 ('N3', AS, [(BT, 'People familiar with the plans')], 'people familiar with the plans'),
 ('N4', AS, [(JF, 'spoke on condition of anonymity')], 'a court official on condition of anonymity'),
 ('N5', VS, [(GW, 'Industry experts say')], 'industry experts say'),
 ('N6', VS, [(BC, 'Critics argue the closures')], 'critics argue'),
 ('N7', VS, [(JT, 'Critics argue that public bodies')], 'critics argue'),
 ('N8', VS, [(PR, 'Some analysts say')], 'some analysts say'),
]

TRAPS = [
 # glass_wire
 (GW, 'Furnace wall fails at Millhaven', 'headline: 62 evacuated agrees with every other statement of the evacuation'),
 (GW, 'All 62 staff on the night shift were evacuated', '500-metre cordon = about a third of a mile (536 m +-10%); 62 evacuated agrees'),
 (GW, 'restarted at 18:00 on Tuesday', 'the second (undamaged) line restarting is another event; crew of 40 is not an injury count'),
 (GW, 'produces about 600 tonnes of glass a day', 'daily output, not the 40 tonnes spilled nor the furnace capacity'),
 (GW, 'employs 410 people in Millhaven and 1,900', 'site vs group headcount; four plants'),
 (GW, 'fell 4% to 212p', 'share price move; no base stated, nothing to check'),
 (GW, 'recorded 23 serious incidents', 'national incidents, last year (2025) vs 2024: different periods'),
 # glass_tabloid
 (GT, 'Published: Wednesday 15 April 2026', 'correct weekday'),
 (GT, 'Three of the injured were rushed', 'hospitalised (3) is not the injured count'),
 (GT, 'Plant boss Imelda Rusk said it was a miracle', 'short quoted phrase attributed to Rusk in the same sentence'),
 (GT, 'Rusk told reporters: “That is the only reason', 'truncated Rusk quote: the same words as the wire and live page (both versions share them)'),
 (GT, 'more than five hours to bring under control', 'engines rising from eight to 12 over time; "more than five hours"'),
 (GT, 'All 62 night-shift workers were accounted for', '62 agrees; twenty minutes is a different attribute'),
 (GT, 'seen from half a mile away', 'how far the glow was seen, not the cordon distance'),
 (GT, 'around 2,700 degrees Fahrenheit', 'about 2,700F = about 1,480C, agrees with roughly 1,500C; six weeks agrees; £2m lost production is not a repair cost'),
 (GT, 'fined £180,000 in 2023', '410 staff agrees; 2023 fine is another event'),
 (GT, 'Local mum Kerry Dowd, 34', 'quote attributed by the colon; "at five" is not the time of the failure'),
 # glass_live
 (GL, 'Live page | Tuesday 14 April 2026', 'correct weekday'),
 (GL, '07:20 – Fire crews tell us eight engines', 'running count of engines (8 at 07:20); 500m cordon agrees'),
 (GL, 'roughly 1,500C (about 2,700F)', 'conversion agrees'),
 (GL, 'there are now 12 engines in attendance', 'running count rises (8 -> 12); superseded hospital figure 2 corrected to 3'),
 (GL, '“We have the fire surrounded,” he said', 'quote split by its attribution; speaker named in the sentence before'),
 (GL, '12:35 – All 62 workers', '62 evacuated agrees'),
 (GL, 'should restart by 6pm', '6pm = 18:00 for the second line restart; six weeks agrees'),
 (GL, 'Local MP Fenella Quayle said', 'quote attributed after it ("Quayle said")'),
 (GL, "That's all from us for today", '410 staff agrees; one in five is a share of staff living nearby'),
 # branch_trade
 (BT, 'Published: Tuesday 8 September 2026', 'correct weekday'),
 (BT, 'will leave 166 branches open', '212 - 46 = 166; 29 closures last year is another period'),
 (BT, 'on Thursday 12 November, the bank said', 'correct weekday (12 November 2026 is a Thursday)'),
 (BT, 'a rise of 8 percentage points', '79% -> 87% is 8 percentage points'),
 (BT, 'banks closed about 640 branches last year', 'sector-wide figure, not the bank; 710 the year before'),
 (BT, 'would get a shared banking hub', 'target for hubs, not closures; short quote attributed to Olsson'),
 (BT, 'pre-tax profit of £412m', '388 -> 412 is +6.2%, "about 6%"'),
 (BT, '4.1 million personal customers', 'customers vs branch visitors: different attributes'),
 (BT, "Bankwise's director of policy, Aled Pryce", 'quote attributed by "he said"; "no surprise" attributed'),
 # branch_courier
 (BC, 'The Wexcombe Courier, Wednesday 9 September 2026', 'correct weekday'),
 (BC, 'Town council leader Bernard Fitch', 'quote attributed ("he said"); "a hammer blow" attributed to Fitch'),
 (BC, 'a fall of about a third', '2,050 -> 1,380 is -32.7%, about a third'),
 (BC, 'up to £2,000 a day', 'Post Office cash limit, not a bank figure'),
 (BC, "population has grown from 8,900", 'population of the town, 2011 vs today'),
 (BC, 'gathered 2,716 signatures', '2,716 is more than 2,000'),
 (BC, 'whether the seven Wexcombe staff', 'seven staff agrees with the earlier paragraph'),
 # branch_radio
 (BR, 'Published: Monday 7 September 2026', 'correct weekday'),
 (BR, 'will both shut before Christmas', 'two branches in the valley; no conflicting date'),
 (BR, 'has had a branch since 1921', 'Ledbury Cross has four staff, Wexcombe seven: different subjects; 1921 is a year'),
 (BR, 'Pensioner Gwen Arliss, 81', 'quote attributed ("she said")'),
 (BR, 'Last year the bank closed 29 branches', 'agrees with the trade bulletin (29 last year)'),
 (BR, 'Tarn Valley councillor Ravi Dunstan', 'quote attributed ("he said"); Thursday\'s meeting is another event'),
 (BR, 'serves about 900 regular customers', 'Ledbury Cross customers, not Wexcombe\'s 1,380'),
 (BR, 'twice a week from December', 'mobile van schedule'),
 (BR, 'A spokesman said it was "too early to say"', 'phrase attributed to a spokesman in the same sentence'),
 # jury_feature
 (JF, 'Published: Sunday 1 March 2026', 'correct weekday'),
 (JF, 'about 3,000 summons a month', 'normal monthly volume, not the faulty batch'),
 (JF, '“Nobody who received one of those letters', 'quote attributed ("she said", Achterberg named before)'),
 (JF, 'Its terms of reference run to four pages', 'page count; review date agrees (May)'),
 (JF, 'For Owen Marsh, a retired teacher', 'quote attributed ("he said"); the same words as in the Evening Post'),
 (JF, 'about one adult in six', 'ratio, not a count of summons'),
 (JF, 'summoned 35,400 people, up from 33,900', 'last year vs the year before; agrees with "roughly 36,000 a year"'),
 # jury_daily
 (JD, 'Aldmere Evening Post | Friday 27 February 2026', 'correct weekday'),
 (JD, 'had gone out earlier this month', 'no date given: nothing to conflict'),
 (JD, 'the service said on Thursday', 'the day of the statement, not the date of the posting'),
 (JD, 'Retired teacher Owen Marsh, 68', 'age and quote attributed ("he said")'),
 (JD, 'served in the past two years', 'two years = 24 months elsewhere'),
 (JD, 'introduced in 2024 at a cost of £4.6m', 'build cost agrees with the feature (£4.6m), not the repair cost'),
 (JD, 'called the mistake “deeply embarrassing”', 'scare-quote phrase attributed to Crane'),
 (JD, 'can reach £1,000', 'maximum fine for a genuine summons'),
 (JD, 'An independent review will report by the end of May', 'agrees (May)'),
 (JD, 'hears about 1,100 criminal trials a year', 'annual caseload, not postponed trials'),
 (JD, 'Crane said she had received 40 emails', 'quote attributed (Crane named before it, "she said")'),
 (JD, 'Justice Watch Aldmere said', 'no figure; Wednesday is another event'),
 # jury_tech
 (JT, 'Published: Tuesday 3 March 2026', 'correct weekday'),
 (JT, 'the error was "human, not systemic"', 'short phrase attributed to Achterberg; a different fragment from the full quote'),
 (JT, 'processes roughly 36,000 summons a year', '36,000 a year = 3,000 a month; normal volume, not the faulty batch'),
 (JT, 'version 3.2.1', 'version numbers are names; 12 months of data'),
 (JT, '14 virtual servers', '£120,000 test-environment rebuild is a different cost from the repair'),
 (JT, 'worth £2.2m over five years', '£2.2m / 5 = £440,000 a year'),
 (JT, 'Oduya said the company had added', 'quote attributed ("he said", Oduya named)'),
 (JT, 'The service has 41 staff', 'staff count'),
 # insolvency_bulletin
 (IB, 'Published: Thursday 6 August 2026', 'correct weekday'),
 (IB, 'up 12% from 5,205', '5,205 -> 5,830 is +12.0%; marker [1] has a note'),
 (IB, 'insolvencies fell by 240', '6,070 - 240 = 5,830'),
 (IB, 'Retail: 1,690', 'table agrees with text'),
 (IB, 'Hospitality: 1,005', 'table agrees with text'),
 (IB, 'Manufacturing: 610', 'table agrees with text'),
 (IB, 'Other industries: 1,311', 'table row'),
 (IB, 'Hospitality insolvencies were 1,005', 'agrees with the table; manufacturing 610 vs 655 a year earlier (another period)'),
 (IB, 'Compulsory liquidations numbered 1,040', '1,040 / 5,830 = 17.8%, 18%'),
 (IB, 'By company age, 38%', '38% this year vs 35% a year earlier'),
 (IB, 'In the North Carrow region, 1,120', '1,120 / 5,830 = 19.2%; regional vs national'),
 (IB, 'The insolvency rate was 42.6 per 10,000', 'rate, not a count; two periods'),
 (IB, 'numbered 28,400 in the quarter', '27,570 -> 28,400 is +3.0%; individual vs company insolvencies; marker [6] has a note'),
 (IB, '1. Registered insolvencies include', 'note 1 is used'),
 (IB, '2. Retail covers division 47', 'note 2 is used; 47 is a classification number'),
 (IB, '6. Individual insolvencies include', 'note 6 is used'),
 # piano_results
 (PR, 'Published: Thursday 20 August 2026', 'correct weekday'),
 (PR, 'The operating margin was 7.2%', '6.1 / 84.6 = 7.2%; 5.2 / 79.9 = 6.5%'),
 (PR, 'sold 2,140 grand pianos and 5,900 upright', 'grands vs uprights: different subjects; marker ² has a note'),
 (PR, 'Chief executive Liv Skarstad said', 'quote attributed by the colon'),
 (PR, 'The order backlog stood at 3,800', '3,800 / (8,040 / 6 months) = 2.8 months, about three'),
 (PR, 'Revenue in the Asia-Pacific segment', 'segment revenue, not the total; marker ³ has a note'),
 (PR, 'expects full-year revenue of €170m', 'forecast for the full year, not the half-year actual'),
 (PR, 'interim dividend of €0.42', '870 of 1,060 staff at Brennholm: site vs company'),
 (PR, 'Net cash at 30 June was €18.3m', 'net cash at two dates; investment'),
 (PR, 'lift capacity for grands by about 15%', 'forecast capacity; quote attributed ("she said")'),
 (PR, '¹ Revenue is stated net', 'note 1 is used'),
 (PR, '² Includes sales of restored', 'note 2 is used'),
 (PR, '³ Segments follow', 'note 3 is used'),
 # publicart_paper
 (PA, 'Meeting date: Wednesday 18 November 2026', 'correct weekday'),
 (PA, 'The programme would fund six new works', '4 + 2 = 6 works; 6 x £35,000 + £30,000 = £240,000'),
 (PA, 'set a target of 20 new works by 2030', 'target (20) vs completed (eleven)'),
 (PA, 'spent £96,000 on three commissions', 'last year\'s spending, not this programme'),
 (PA, 'Of the 1,260 people who responded, 819', '819 / 1,260 = 65%'),
 (PA, 'The Kestrel Vale Civic Society said', 'quote attributed by the colon'),
 (PA, 'The arts development officer, Maeve Dolan', 'no figure'),
 (PA, 'leaving an underspend of £1,500', '£20,000 - £18,500 = £1,500'),
 (PA, 'Six of the eleven completed works', '6 + 5 = 11, agrees with "Eleven have been completed"'),
 (PA, 'Two of the six new works', 'two of six; ages 16 to 25 are a range'),
 (PA, 'inflation of around 4% a year', 'forecast inflation'),
 (PA, 'Contact officer: Maeve Dolan', 'contact line'),
]

def at_list(anchors):
    out = []
    for f, a in anchors:
        x = [f, L(f, a)]
        if x not in out:
            out.append(x)
    return out

expected = [{'id': i, 'rules': list(r), 'at': at_list(a), 'what': w} for i, r, a, w in EXPECTED]
notes = [{'id': i, 'rules': list(r), 'at': at_list(a), 'what': w} for i, r, a, w in NOTES]
traps = [{'file': f, 'line': L(f, a), 'what': w} for f, a, w in TRAPS]

used = {(f, l) for e in expected + notes for f, l in e['at']}
for t in traps:
    assert (t['file'], t['line']) not in used, f"trap {t['file']}:{t['line']} is also an expected/note line"
seen = set()
for t in traps:
    k = (t['file'], t['line'])
    assert k not in seen, f'duplicate trap {k}'
    seen.add(k)

assert len(expected) == 30 and len(notes) == 8, (len(expected), len(notes))
assert len(traps) >= 100, len(traps)

# weekday check: every "Weekday D Month [2026]" in the documents
WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MO = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
rx = re.compile(r'\b(%s),? (\d{1,2}) (%s)' % ('|'.join(WD), '|'.join(MO)))
planted_bad = {(BC, L(BC, 'will close on Friday 12 November')), (IB, L(IB, 'published on Friday 5 November 2026'))}
bad = set()
for f, ls in lines.items():
    for n, t in enumerate(ls, 1):
        for m in rx.finditer(t):
            d = datetime.date(2026, MO.index(m.group(3)) + 1, int(m.group(2)))
            if WD[d.weekday()] != m.group(1):
                bad.add((f, n))
assert bad == planted_bad, f'weekday mismatches {sorted(bad)} != planted {sorted(planted_bad)}'

key = {'expected': expected, 'notes': notes, 'traps': traps, 'must_not': traps}
with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
    json.dump(key, fh, indent=1, ensure_ascii=False)
    fh.write('\n')
print(f'key.json: {len(expected)} expected, {len(notes)} notes, {len(traps)} traps; '
      f'{len(lines)} documents; weekday errors only at {sorted(bad)}')
