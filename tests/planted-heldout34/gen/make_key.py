#!/usr/bin/env python3
"""Build key.json for heldout34 from unique substring anchors.
Each anchor must match exactly one line of its file; no trap line may also be an expected or note line.
Usage (from the set's root or anywhere): python3 gen/make_key.py"""
import json, os, glob

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')
FILES = {}
for p in glob.glob(os.path.join(DOCS, '*', '*.txt')):
    b = os.path.basename(p)
    assert b not in FILES, f'duplicate base name {b}'
    FILES[b] = open(p, encoding='utf-8').read().split('\n')

def L(f, anchor):
    hits = [i + 1 for i, line in enumerate(FILES[f]) if anchor in line]
    assert len(hits) == 1, f'{f}: anchor {anchor!r} matches lines {hits}'
    return hits[0]

RW, RT, RL = 'rocket_wire.txt', 'rocket_tabloid.txt', 'rocket_live.txt'
DG, DT, DR = 'demolition_regional.txt', 'demolition_trade.txt', 'demolition_radio.txt'
WW, WB, WN = 'whales_wire.txt', 'whales_broadsheet.txt', 'whales_newsletter.txt'
LB, CI, CR = 'labour_bulletin.txt', 'childcare_inspection.txt', 'contractor_results.txt'
NC, AR, DI, QC, UQ = 'numeric-conflict', 'numeric-arithmetic', 'date-inconsistency', 'quote-conflict', 'unattributed-quote'

EXPECTED = [
 # --- rocket cluster (Kestrel-2 pad explosion, Tue 10 Nov 2026) ---
 ('H1', [NC], [(RW, 'Police evacuated 310 residents'), (RT, 'More than 500 residents'), (RL, 'Council now says 310')],
  'residents evacuated from Dunmere: 310 (wire, live page after correction) vs more than 500 (tabloid)'),
 ('H2', [NC], [(RW, 'a 21-metre two-stage vehicle'), (RT, 'The 90ft Kestrel-2'), (RL, '21-metre (69ft) rocket')],
  'height of the Kestrel-2: 21 m / 69 ft vs 90 ft (27.4 m) in the tabloid'),
 ('H3', [NC], [(RW, 'scattered up to 1.2 km'), (RW, 'in the shallows 2 km from the pad')],
  'debris distance within the wire story: up to 1.2 km vs fragments found 2 km from the pad'),
 ('H4', [AR], [(RW, 'the loss amounts to about £25 million')],
  '£6.5m pad repair + £14m rocket = £20.5m, not about £25m'),
 ('H5', [DI], [(RL, 'the explosion happened at 3.42pm'), (RW, 'at 14:42 local time'), (RT, 'exploded at 2.42pm')],
  'time of the explosion: 3.42pm (live page) vs 14:42 / 2.42pm'),
 ('H6', [QC], [(RW, 'we will fly again'), (RT, 'we will launch again')],
  "Mirela Stanning: 'we will fly again' (wire) vs 'we will launch again' (tabloid)"),
 ('H7', [UQ], [(RT, 'It sounded like the end of the world')],
  "'It sounded like the end of the world.' attributed to 'the verdict in the village', no speaker"),
 # --- demolition cluster (Carrow House implosion, Sun 18 Oct 2026) ---
 ('H8', [NC], [(DT, '260kg of emulsion explosive'), (DR, 'almost 400 kilograms of explosives')],
  'explosive charge: 260 kg (trade) vs almost 400 kg (radio)'),
 ('H9', [NC], [(DG, 'came down in 11 seconds'), (DT, 'took 19 seconds to fall')],
  'time the tower took to fall: 11 s (regional) vs 19 s (trade)'),
 ('H10', [NC], [(DG, 'Three spectators were hurt'), (DG, 'The two people injured by flying concrete'),
               (DT, 'Three members of the public were injured'), (DR, 'Three people watching were hurt')],
  'spectators injured, within the regional story: three (hurt) vs two (injured); trade and radio say three'),
 ('H11', [NC], [(DT, 'The 64m block'), (DT, 'brought down the 71-metre, 23-storey'), (DG, 'The 71-metre tower came down')],
  'height of Carrow House within the trade newsletter: 71 m vs 64 m (regional says 71 m)'),
 ('H12', [AR], [(DT, 'an increase of 35%')],
  'contract £4.2m -> £5.1m is +21%, not +35%'),
 ('H13', [DI], [(DR, 'demolished on Saturday 18 October')],
  '18 October 2026 is a Sunday (trade: Sunday 18 October; regional: yesterday in a Monday 19 Oct paper)'),
 ('H14', [QC], [(DG, 'exactly as we planned it, floor by floor'), (DR, 'exactly as we designed it, floor by floor')],
  "Ferdy Oakhill: 'planned' (regional) vs 'designed' (radio)"),
 ('H15', [UQ], [(DR, 'Everyone just cheered when it went down')],
  'direct quote with no speaker anywhere nearby'),
 # --- whales cluster (pilot whale stranding, Sat 14 Nov 2026) ---
 ('H16', [NC], [(WW, 'Forty-seven long-finned pilot whales'), (WW, 'Of the 47 whales, 29 were refloated'), (WB, 'fifty-two pilot whales lay')],
  'whales stranded: 47 (wire) vs fifty-two (broadsheet)'),
 ('H17', [NC], [(WW, 'About 220 volunteers'), (WN, 'More than 300 volunteers')],
  'volunteers: about 220 (198-242) vs more than 300'),
 ('H18', [NC], [(WN, 'the 31 survivors we returned'), (WN, 'Our team refloated 29 whales'), (WW, 'Of the 47 whales, 29 were refloated'),
               (WB, 'twenty-nine had been refloated')],
  'whales refloated, within the newsletter: 29 vs 31 survivors returned to the sea (wire and broadsheet: 29)'),
 ('H19', [NC], [(WB, 'three kilometres of sand'), (WB, 'full 5km length of Tallis Strand')],
  'length of Tallis Strand within the feature: three kilometres vs 5 km'),
 ('H20', [AR], [(WW, 'a survival rate of 71%')],
  '29 of 47 refloated is 62%, not 71%'),
 ('H21', [DI], [(WN, 'The first call came at 8.15am'), (WW, 'spotted at 06:45')],
  'time the whales were first reported by the dog walker: 06:45 vs 8.15am'),
 ('H22', [QC], [(WW, 'put back in the water is a small victory'), (WB, 'put back in the sea is a small victory')],
  "Ines Varga: 'in the water' (wire) vs 'in the sea' (broadsheet)"),
 ('H23', [UQ], [(WN, 'We could hear them calling to each other')],
  'free-standing direct quote, no speaker'),
 # --- stand-alone documents ---
 ('H24', [NC], [(LB, 'The unemployment rate was 4.3%'), (LB, 'Unemployment rate (16 and over): October 2026 4.8%')],
  'Varnholt unemployment rate October 2026: 4.3% in text vs 4.8% in Table 1'),
 ('H25', [AR], [(LB, 'The claimant count rose by 2,100')],
  'claimant count 24,600 -> 27,300 is a rise of 2,700, not 2,100'),
 ('H26', [DI], [(LB, 'published on Friday 7 January 2027')],
  '7 January 2027 is a Thursday'),
 ('H27', ['footnote-gap'], [(LB, 'a fall of 1,500 or 8.2%'), (LB, 'The claimant count rose by 2,100'),
                           (LB, '[3] Vacancy survey'), (LB, '[5] Claimant count is experimental')],
  'footnote markers and notes run 1, 2, 3, 5, 6: number 4 is missing'),
 ('H28', [NC], [(CI, 'registered for 86 places'), (CI, 'the 96-place setting')],
  'registered places of the Harrowgate Lane setting: 86 vs 96'),
 ('H29', ['footnote-no-notes'], [(CI, 'Inspection summary: Little Acorns'), (CI, 'registered for 86 places'), (CI, 'of whom 29 (76%)'),
                                 (CI, '2 adults caring for 13 children'), (CI, 'designated safeguarding lead attended')],
  'markers [1]-[4] and no notes section'),
 ('H30', [NC], [(CR, 'Revenue of £1.42 billion'), (CR, 'Revenue: 1,240.0')],
  'Tamsford revenue FY2026: £1.42bn in highlights vs 1,240.0 (£m) in the summary income statement'),
]

NOTES = [
 ('N1', ['anonymous-source'], [(RW, 'An engineer at the site who asked not to be named')], 'anonymous engineer'),
 ('N2', ['vague-source'], [(RT, 'Critics say the spaceport')], 'critics say'),
 ('N3', ['anonymous-source'], [(DT, 'A site manager who asked not to be named')], 'anonymous site manager'),
 ('N4', ['vague-source'], [(DG, 'Critics argue the 1974 tower')], 'critics argue'),
 ('N5', ['anonymous-source'], [(WW, 'A coastguard official who asked not to be named')], 'anonymous coastguard official'),
 ('N6', ['vague-source'], [(WB, 'Experts say underwater noise')], 'experts say'),
 ('N7', ['vague-source'], [(LB, 'Economists say the rise')], 'economists say'),
 ('N8', ['anonymous-source'], [(RL, 'A person familiar with the investigation')], 'a person familiar with the investigation'),
]

TRAPS = [
 # rocket_wire
 (RW, 'Halvard rocket explodes on pad', 'headline, no figures'),
 (RW, 'Published: 10 November 2026, 18:20 GMT', 'publication time, not the time of the blast'),
 (RW, 'on Tuesday afternoon during a static engine test', '10 Nov 2026 is a Tuesday'),
 (RW, 'Four workers were injured, two of whom', 'injured 4 vs hospitalised 2: different attributes; agrees with tabloid and live page'),
 (RW, 'almost two-thirds of the round', '30/48 = 0.625, almost two-thirds: correct'),
 (RW, 'return home after 21:00', 'time residents went home, not the blast; agrees with tabloid 9pm'),
 (RW, 'targeted for the second quarter of 2027', 'target date, not an event'),
 (RW, 'employs 240 people at Skerrick Point', 'site staff 240 vs design office 60: different subjects; agrees with tabloid'),
 (RW, '(Reporting by Anya Brekke', 'byline'),
 # rocket_tabloid
 (RT, 'ROCKET HELL', 'headline, no figures'),
 (RT, 'By Gemma Trout | Published: Wednesday, 11 November 2026', '11 Nov 2026 is a Wednesday'),
 (RT, 'a mile and a quarter from their doorsteps', '1.25 miles = 2.0 km, agrees with the wire\'s two kilometres'),
 (RT, 'Four workers were hurt and two were rushed', 'hurt = injured, 4 agrees; 2 in hospital agrees'),
 (RT, 'Pensioner Doreen Maltby', 'quote attributed with said:'),
 (RT, 'Dunmere Primary, which has 84 pupils', 'pupils and windows: unrelated quantities'),
 (RT, 'three-mile exclusion zone', '3 miles = 4.8 km overlaps 5 km; 9pm = 21:00'),
 (RT, 'will top £6 million', 'more than £6m is consistent with £6.5m'),
 (RT, 'Local councillor Pete Ansell', 'quote attributed by "he said" after it, named just before'),
 (RT, 'Halvard had been due to fly', 'January and 240 staff agree with the wire'),
 (RT, 'Last night the company said', 'reported speech, no figures'),
 # rocket_live
 (RL, 'LIVE: Explosion at Skerrick Point', 'headline'),
 (RL, 'Coastline TV News | Published', 'publication date and update time'),
 (RL, 'Summary: A Halvard Aerospace rocket', 'four injured agrees'),
 (RL, 'The number of injured workers has risen to four', 'running count rising on a live page; final figure 4 agrees'),
 (RL, '16:45 – Halvard chief executive', 'truncated quote keeping the same words, attributed'),
 (RL, '16:10 – Police confirm a 5km (3.1-mile)', 'conversion agrees; matches wire 5 km'),
 (RL, '15:40 – Two workers have been injured', 'earlier running count, superseded by later update'),
 (RL, '15:25 – Witnesses describe', 'quote attributed after it (said Lorna Pike)'),
 (RL, '15:10 – We are getting reports', 'post time, not the event time'),
 (RL, 'Background: Skerrick Point opened in 2024', '11 launches and three teams: unrelated'),
 # demolition_regional
 (DG, 'Crowds cheer as Carrow House', 'headline'),
 (DG, 'Brantwick Evening Echo | Monday 19 October 2026', '19 Oct 2026 is a Monday'),
 (DG, 'at 7.30am yesterday', '7.30am agrees with radio 7:30am; yesterday = Sunday 18 Oct'),
 (DG, 'Around 1,150 residents living inside', 'agrees with trade 1,150 and radio about 1,100; 400 m cordon agrees'),
 (DG, 'A car showroom on the corner of Mill Lane', '14 windows agrees with trade; quote attributed with said:'),
 (DG, 'of which 124 will be affordable', '124/412 = 30.1%: correct'),
 (DG, 'will be 98 metres tall, 27 metres taller', 'new building height, another subject; 98 - 71 = 27 correct'),
 (DG, 'The original demolition contract awarded', 'original £4.2m agrees with the trade\'s starting figure'),
 (DG, 'Rail services between Brantwick', '90 minutes agrees with radio'),
 (DG, 'Correction: an earlier version', 'explicitly corrected figure 1,500 -> 1,150'),
 # demolition_trade
 (DT, 'Carrow House felled: inside', 'headline'),
 (DT, 'Site Ledger, Demolition Briefing, Issue 412', 'issue number is not a quantity; 22 Oct 2026 is a Thursday'),
 (DT, 'Preparation took 14 weeks', '2,300 t removed incl. 380 t asbestos: part of whole'),
 (DT, 'The exclusion zone ran to 400 metres', '400 m = 1,312 ft, about 1,300ft; 1,150 residents agree'),
 (DT, 'Managing director Ferdy Oakhill said the hard part', 'partial quote attributed; fourteen weeks = 14 weeks'),
 (DT, 'Debris was expected to fall within a 60-metre radius', 'forecast radius vs actual 45 m; 14 windows agree'),
 (DT, 'Some 95% of the concrete', 'recycling share, no conflict'),
 (DT, 'Oakhill now has 11 explosive demolitions booked', 'bookings 2027 vs completed 2026; staff forecast'),
 (DT, 'Next issue: the Harwell Road', 'no figures'),
 # demolition_radio
 (DR, 'Carrow House demolished in front of thousands', 'headline'),
 (DR, 'Brant FM News | Published 18 October 2026, 10:15', 'publication time, not the blast time'),
 (DR, 'About 1,100 people living nearby', 'about 1,100 (990-1,210) includes 1,150'),
 (DR, 'The tower had stood empty since 2019', 'call-centre staff: unrelated'),
 (DR, 'Roads around the site', 'roads reopened 10am: agrees with regional return after 10am'),
 (DR, 'Rail services on the Holm Cross line', '90-minute suspension agrees'),
 (DR, 'Brantwick council leader Sue Adair said', 'quote attributed with said:'),
 (DR, 'Brant FM reporter Callum Reid', 'reported speech, named'),
 (DR, 'The site will now be cleared', '31-storey agrees; 400 workers is a forecast, not residents or metres'),
 (DR, 'Listeners have been sending', '4pm programme time, unrelated'),
 # whales_wire
 (WW, 'Dozens of pilot whales stranded', '18 die = 47 - 29'),
 (WW, 'Published: 14 November 2026, 21:30 GMT', 'publication time'),
 (WW, 'The largest animal, a bull, measured 5.8 metres', 'agrees with 19ft (5.8m) elsewhere'),
 (WW, 'The trust said 46 of its trained', 'medics 46 vs volunteers 220: different attributes'),
 (WW, 'High tide was at 16:10', 'agrees with newsletter 4.10pm'),
 (WW, 'Samples from 12 of the dead whales', 'subset of the dead'),
 (WW, 'The coast has seen three mass strandings', '31 whales in 2009 is another event'),
 (WW, 'Port Orrin harbour master Colm Fitzhugh said', 'reported speech, named'),
 (WW, 'Varga said the trust had asked', 'reported speech, named'),
 (WW, '(Reporting by Kasia Lund', 'byline'),
 # whales_broadsheet
 (WB, 'The longest day on Tallis Strand', 'headline'),
 (WB, 'The Sentinel | Features | Monday 16 November 2026', '16 Nov 2026 is a Monday'),
 (WB, 'The volunteers worked in shifts of two hours', '140 miles is a distance to Kellbridge, not a volunteer count'),
 (WB, 'Of the whales that died, the largest was a female', 'female 4.9 m vs bull 5.8 m: different subjects; 5.8 m = 19.03 ft'),
 (WB, 'They are family groups', 'quote split by the attribution'),
 (WB, 'Pilot whales can live for more than 45 years', 'generic facts'),
 (WB, 'It will take, Varga said', 'partial quote attributed'),
 (WB, 'stranding fund, which pays for pontoons', 'half of £120,000 = £60,000: correct'),
 (WB, 'By Sunday afternoon the sand', 'no figures'),
 # whales_newsletter
 (WN, 'Strandline: Tallis Strand mass stranding', 'headline'),
 (WN, 'Published: Friday 20 November 2026', '20 Nov 2026 is a Friday'),
 (WN, 'On Saturday 14 November, a pod', '14 Nov 2026 is a Saturday'),
 (WN, 'Our medics used 12 pontoon sets', 'four of 12 borrowed: part of whole'),
 (WN, 'The largest bull measured 19ft (5.8m)', 'conversion agrees'),
 (WN, 'Necropsies on the dead animals began on Monday 16 November', '16 Nov 2026 is a Monday'),
 (WN, 'a pod of around 30 pilot whales', 'a later sighting at sea, another subject; 8 miles = 13 km'),
 (WN, 'Equipment costs for the day came to £8,400', '6,300/8,400 = three-quarters: correct'),
 (WN, 'Our thanks to the coastguard', '14 vets: unrelated'),
 (WN, 'next course runs on Saturday 9 January 2027', '9 Jan 2027 is a Saturday; prices unrelated'),
 (WN, 'Stranding hotline', '10 metres: unrelated'),
 # labour_bulletin
 (LB, 'Labour market bulletin: Varnholt region', 'headline'),
 (LB, 'Published: Thursday 3 December 2026', '3 Dec 2026 is a Thursday'),
 (LB, 'Main points', 'heading'),
 (LB, 'The employment rate for people aged 16 to 64 was 76.2%', '75.8 -> 76.2 is +0.4 pp: correct; marker [1] has a note'),
 (LB, 'Payrolled employees numbered 1,284,000', '1,284,000 - 1,275,000 = 9,000: correct'),
 (LB, 'Table 1: Headline labour market indicators', 'table number is not a quantity'),
 (LB, 'Employment rate (16 to 64): October 2026 76.2%', 'agrees with text'),
 (LB, 'Vacancies (three months to October): 2026 16,900', 'agrees with text; 19,200 a year earlier vs 18,400 three months to July: other periods'),
 (LB, 'Economic inactivity rate', 'no conflict'),
 (LB, 'Sector detail: employment in construction', '71,400/1,284,000 = 5.6%: correct; marker [6] has a note'),
 (LB, 'Average weekly earnings were £712', '712/684 = +4.1%; 4.1 - 2.9 = about 1.2: correct'),
 (LB, 'Regional comparison: the national unemployment rate', 'national 5.1% vs regional: different subjects'),
 (LB, 'Notes', 'heading'),
 (LB, '[1] Labour Force Survey', 'note exists for marker 1'),
 (LB, '[2] Unemployment rate is for people', 'note exists for marker 2'),
 (LB, '[6] Payrolled employee counts', 'note exists for marker 6'),
 # childcare_inspection
 (CI, 'Early Years Standards Inspectorate | Inspection dates', '2 Dec 2026 is a Wednesday'),
 (CI, 'Overall effectiveness: Requires improvement', '2023 is an earlier inspection'),
 (CI, 'The nursery is one of 14 settings', 'group places 1,020 vs one setting: different subjects'),
 (CI, 'Inspectors observed that in the baby room', '3 adults for 9 babies = 1:3: correct'),
 (CI, 'staff turnover was 32%', '12/38 = 31.6%, 32%: correct'),
 (CI, 'A parent who spoke to inspectors said', 'quote attributed with said:'),
 (CI, 'Fees: the nursery charges £68 a day', '68 x 20 = 1,360: correct; 64 funded children is another attribute'),
 (CI, 'Quality of education', 'no conflicting figures'),
 (CI, 'What the setting needs to do to improve', 'no figures'),
 (CI, 'Next steps: the provider has 20 working days', 'deadlines, not quantities in conflict'),
 # contractor_results
 (CR, 'Tamsford Build Group plc: results', 'headline; period end date'),
 (CR, 'Published: Tuesday 24 November 2026', '24 Nov 2026 is a Tuesday'),
 (CR, 'Highlights', 'heading'),
 (CR, 'Adjusted operating profit of £46.8 million', '46.8/1,420 = 3.3%, 39.0/1,310 = 3.0%: correct; marker [2] has a note'),
 (CR, 'Order book of £3.6 billion', 'order book, not revenue'),
 (CR, 'Full-year dividend of 9.0p', '7.5p -> 9.0p = +20%: correct'),
 (CR, 'Chief executive Helena Brookfield said', 'quote attributed with said:'),
 (CR, 'Divisional review', 'heading'),
 (CR, 'The Building division’s revenue rose to £840 million', 'divisional revenue, not group revenue'),
 (CR, 'Building completed 23 projects', 'floor area: unrelated'),
 (CR, 'Infrastructure won a place on the £2.1 billion', 'framework total vs expected share'),
 (CR, 'Headcount rose to 4,350', 'headcount and apprentices: no conflict'),
 (CR, 'Summary income statement', 'heading'),
 (CR, 'Adjusted operating profit: 46.8', 'agrees with highlights'),
 (CR, 'Profit before tax: 41.2', 'no conflict'),
 (CR, 'Net cash at year end: 212.5', 'actual vs forecast floor of £150m'),
 (CR, 'Outlook: the board expects revenue', '2027 guidance, not 2026 revenue; markers [3] [4] have notes'),
 (CR, 'Notes', 'heading'),
 (CR, '[1] Revenue includes', 'note exists; JV share £38m is a component'),
 (CR, '[2] Adjusted figures exclude', 'note exists'),
 (CR, '[3] Guidance assumes', 'note exists'),
 (CR, '[4] Net cash excludes lease', 'note exists'),
]

def at(pairs):
    out = []
    for f, a in pairs:
        loc = [f, L(f, a)]
        if loc not in out:
            out.append(loc)
    return out

expected = [{'id': i, 'rules': r, 'at': at(p), 'what': w} for i, r, p, w in EXPECTED]
notes = [{'id': i, 'rules': r, 'at': at(p), 'what': w} for i, r, p, w in NOTES]
flagged = {tuple(x) for e in expected + notes for x in e['at']}
traps, seen = [], set()
for f, a, w in TRAPS:
    ln = L(f, a)
    assert (f, ln) not in flagged, f'trap {f}:{ln} ({a!r}) is also an expected/note line'
    assert (f, ln) not in seen, f'duplicate trap {f}:{ln}'
    seen.add((f, ln))
    traps.append({'file': f, 'line': ln, 'what': w})
for f, lines in FILES.items():
    for i, line in enumerate(lines):
        if line.strip() and (f, i + 1) not in flagged and (f, i + 1) not in seen:
            print(f'unclassified: {f}:{i+1}: {line[:70]}')
assert len(expected) == 30 and len(notes) == 8 and len(traps) >= 100
key = {'expected': expected, 'notes': notes, 'traps': traps, 'must_not': traps}
with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
    json.dump(key, fh, ensure_ascii=False, indent=1)
print(f'key.json: {len(expected)} expected, {len(notes)} notes, {len(traps)} traps')
