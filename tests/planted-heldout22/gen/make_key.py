#!/usr/bin/env python3
"""Build key.json for heldout22 from unique substring anchors.

Every location is given as (file base name, substring). The substring must occur on exactly one line of
that file; its 1-based line number goes into the key. The script also checks that no trap line is an
expected or note line, that file base names are unique, the counts (30 expected, 8 notes, 100+ traps),
and every "Weekday, D Month 2026" / "Weekday D Month" / "Weekday, Month D" it can find in the documents
against Python's calendar: the only mismatches allowed are the two planted ones.

Run from anywhere: python3 gen/make_key.py  (writes key.json next to docs/).
"""
import datetime
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')

FILES = {}
for dirpath, _, names in os.walk(DOCS):
    for n in names:
        if n.endswith('.txt'):
            assert n not in FILES, f'duplicate base name {n}'
            FILES[n] = os.path.join(dirpath, n)
LINES = {n: open(p, encoding='utf-8').read().split('\n') for n, p in FILES.items()}


def line_of(f, anchor):
    assert f in LINES, f'no such file {f}'
    hits = [i + 1 for i, l in enumerate(LINES[f]) if anchor in l]
    assert len(hits) == 1, f'{f}: anchor {anchor!r} matches lines {hits}'
    return hits[0]


def at(*locs):
    return [[f, line_of(f, a)] for f, a in locs]


BW, BC, BR = 'buffalo_wire.txt', 'buffalo_clarion.txt', 'buffalo_radio.txt'
LT, LS, LL = 'lottery_trade.txt', 'lottery_sentinel.txt', 'lottery_live.txt'
CC, CB, CW = 'lift_courier.txt', 'lift_landlord_bulletin.txt', 'lift_wire.txt'
BEE, VEL, FUEL = 'bee_colony_bulletin.txt', 'velomar_results.txt', 'fuel_dispenser_inspection.txt'

NC, NA, DI = ['numeric-conflict'], ['numeric-arithmetic'], ['date-inconsistency']
DI_NC = ['date-inconsistency', 'numeric-conflict']
QC, UQ = ['quote-conflict'], ['unattributed-quote']

expected = [
    # ---- cluster A: water buffalo escape, Wexcombe, Tuesday 14 April 2026
    ('H1', NC, at((BW, 'Twenty-three water buffalo broke out'), (BW, 'Of the 23 that escaped'),
                  (BC, 'A HERD of thirty-one'), (BR, 'Police have confirmed that 23 buffalo')),
     'buffalo that escaped: 23 (wire lede and para 5; radio 09:30) vs "thirty-one" (Clarion lede)'),
    ('H2', NC, at((BW, 'One bull was caught 6 km'), (BC, 'One bull made it nine miles'),
                  (BR, 'about four miles from the farm')),
     'distance of the bull caught at the retail park: 6 km (3.7 miles) wire, about four miles radio, vs nine miles (14.5 km) Clarion'),
    ('H3', NC, at((BW, 'was closed for nine hours'), (BW, 'after being shut for 11 hours')),
     'wire: B4417 closure "for nine hours" vs "shut for 11 hours" (the road, same closure)'),
    ('H4', NA, at((BW, 'Of the 23 that escaped')),
     'wire: 23 escaped, 19 recaptured, "leaving six still at large" -- 23 - 19 = 4'),
    ('H5', DI_NC, at((BW, 'forced their way out at about 5:40 a.m.'), (BR, 'at about 04:50 after a storm')),
     'time of the breakout: about 5:40 a.m. (wire) vs about 04:50 (radio 07:15 entry)'),
    ('H6', QC, at((BW, '"They were spooked by the thunder'), (BC, 'They were terrified by the thunder')),
     'Prask quote: "They were spooked by the thunder and went straight through the fence" (wire) vs "terrified" (Clarion)'),
    ('H7', UQ, at((BC, 'like something out of a wildlife documentary')),
     'Clarion: a free-standing quote with no speaker in it or in the paragraphs around it'),
    # ---- cluster B: Tri-County Lotto match-four overpayment (draw Sat 7 March, update Sun 8 March, freeze Mon 9 March)
    ('H8', NC, at((LT, 'overpaid 6,812 players'), (LS, 'one of nearly 9,000 players')),
     'players overpaid: 6,812 (trade) vs "nearly 9,000" (Sentinel; nearly = [8,100, 9,000])'),
    ('H9', NC, at((LT, "Halden's £8.7m prize error"), (LT, '£2.9m of the £8.7m overpaid'),
                  (LL, 'total overpaid at £7.1m')),
     'total overpaid: £8.7m (trade headline and para 5) vs £7.1m (live page summary, 17:30)'),
    ('H10', NC, at((LS, 'helpline took 4,300 calls'), (LS, 'more than 5,000 calls on the Monday alone')),
     'Sentinel: helpline calls on the Monday 4,300 vs "more than 5,000"'),
    ('H11', NC, at((LL, '£6.3m jackpot'), (LL, '£3.6m jackpot')),
     'live page: Saturday\'s jackpot £6.3m (16:50) vs £3.6m (14:10), one winning ticket both times'),
    ('H12', NA, at((LT, '£2.9m of the £8.7m overpaid')),
     'trade: £2.9m of £8.7m is 33%, not "roughly 45 per cent"'),
    ('H13', DI_NC, at((LT, 'Halden froze match-four payouts at 11:15 on Monday 9 March'),
                      (LS, 'froze payouts at 11.15am on Tuesday 10 March'),
                      (LL, 'froze all match-four payouts at 11:15 this morning')),
     'day of the payout freeze: Monday 9 March 11:15 (trade; live page dated Monday 9 March "this morning") vs Tuesday 10 March (Sentinel)'),
    ('H14', QC, at((LT, 'we own it completely'), (LS, 'we own it entirely')),
     'Lindqvist: "...and we own it completely" (trade) vs "...and we own it entirely" (Sentinel)'),
    ('H15', UQ, at((LL, 'Nobody who played in good faith')),
     'live page 13:02: a quote with no speaker in the entry or the entries around it'),
    # ---- cluster C: Calder House lift fall, Ashby Vale, Thursday 21 May 2026 19:50
    ('H16', NC, at((CC, 'trapped for more than three hours'), (CB, 'trapped for almost two hours'),
                   (CW, 'three hours and 20 minutes after the fall')),
     'time trapped: more than three hours (Courier), 3 h 20 min (wire) vs "almost two hours" (bulletin)'),
    ('H17', NC, at((CC, '£2.1 million refit'), (CB, '£1.2m refurbishment'), (CW, 'costing 1.2 million pounds')),
     'cost of the second lift\'s refurbishment: £1.2m (bulletin, wire) vs £2.1 million "refit" (Courier)'),
    ('H18', NC, at((CW, 'a 22-storey block of 168 flats'), (CW, 'of the 24-storey tower')),
     'wire: Calder House is 22-storey vs "the 24-storey tower"'),
    ('H19', NA, at((CW, 'four adults and two children')),
     'wire: "the seven people inside, four adults and two children" -- 4 + 2 = 6'),
    ('H20', DI_NC, at((CB, 'on the evening of Wednesday 21 May'), (CC, 'caught it on Thursday evening'),
                      (CW, 'late on Thursday from a lift')),
     'bulletin: 21 May 2026 was a Thursday, not a Wednesday (Courier and wire: Thursday)'),
    ('H21', QC, at((CC, 'We have been begging them'), (CB, 'We have been asking them')),
     'Okafor: "We have been begging them to fix that lift for two years" (Courier) vs "asking" (bulletin)'),
    ('H22', UQ, at((CC, 'I had my shopping in one hand')),
     'Courier: a trapped passenger\'s quote with no speaker named anywhere near it'),
    # ---- stand-alone: bee colony losses bulletin (Thursday 11 June 2026)
    ('H23', NC, at((BEE, 'Beekeepers lost 23.4% of their colonies'), (BEE, 'All regions | 44,900')),
     'overall winter loss rate: 23.4% (main points) vs 21.9% (table, all regions; 9,830/44,900)'),
    ('H24', NC, at((BEE, 'It received 1,874 responses'), (BEE, 'based on all 1,478 responses')),
     'survey responses: 1,874 vs "all 1,478 responses ... no responses were excluded"'),
    ('H25', NA, at((BEE, 'an increase of 12%')),
     'colonies 41,200 -> 44,900 is an increase of 9.0%, not 12%'),
    ('H26', ['footnote-gap'], at((BEE, 'viruses it spreads.[3]'), (BEE, 'Lowland Plain, at 17.2%.[5]'),
                                 (BEE, '3. Respondents could report'), (BEE, '5. Regions as defined')),
     'bee bulletin: markers and notes run 1, 2, 3, 5, 6 -- 4 is missing'),
    # ---- stand-alone: Velomar Cycles results (Thursday 23 April 2026)
    ('H27', NC, at((VEL, 'We sold 212,000 of them'), (VEL, 'the group sold 221,000 e-bikes')),
     'e-bikes sold in the year: 212,000 (CEO statement) vs 221,000 (operating review)'),
    ('H28', ['footnote-no-notes'], at((VEL, 'Adjusted operating profit of £15.1m'), (VEL, 'Net debt reduced by £8.8m'),
                                      (VEL, 'Unit volumes:'), (VEL, 'Like-for-like sales')),
     'Velomar release: markers [1]-[4] and no notes section'),
    # ---- stand-alone: fuel dispenser inspection committee report
    ('H29', NC, at((FUEL, 'Officers tested 412 dispensers'), (FUEL, 'Some 480 dispensers were tested')),
     'dispensers tested in the 2025-26 programme: 412 vs "some 480" (about = [432, 528])'),
    ('H30', DI, at((FUEL, 'Meeting of Monday 16 June 2026')),
     'committee paper: 16 June 2026 is a Tuesday, not a Monday'),
]

notes = [
    ('N1', ['anonymous-source'], at((BC, 'A source close to the farm')), 'Clarion: "a source close to the farm"'),
    ('N2', ['vague-source'], at((BR, 'Animal welfare experts say')), 'radio 15:20: "animal welfare experts say"'),
    ('N3', ['anonymous-source'], at((LT, "A person familiar with the commission's inquiry")),
     'trade: "a person familiar with the commission\'s inquiry"'),
    ('N4', ['vague-source'], at((LS, 'Critics argue')), 'Sentinel: "critics argue"'),
    ('N5', ['vague-source'], at((LL, 'Industry analysts say')), 'live page 16:05: "industry analysts say"'),
    ('N6', ['vague-source'], at((CC, 'Safety experts say')), 'Courier: "safety experts say"'),
    ('N7', ['anonymous-source'], at((CB, 'who asked not to be named')),
     'bulletin: "an official at the Housing Safety Regulator, who asked not to be named"'),
    ('N8', ['anonymous-source'], at((CW, 'not authorised to speak publicly')),
     'wire: "a fire service source who was not authorised to speak publicly"'),
]

T = [
    # buffalo_wire.txt
    (BW, 'Water buffalo roam Wexcombe after storm', 'headline, no figure'),
    (BW, 'keeps a herd of 38 buffalo', 'herd of 38 (stock) is not the 23 that escaped; 38 - 23 = 15 animals that stayed behind (correct difference)'),
    (BW, 'can weigh 700 kg', '700 kg (about 1,540 lb) and 50 km/h (31 mph): conversions agree'),
    (BW, 'Four people suffered minor injuries', '4 injured, 1 taken to hospital, "the other three" treated at the scene: 1 + 3 = 4; injured vs hospitalised are different attributes'),
    (BW, 'Officers said "a small number"', 'scare-quoted phrase attributed to officers in the same sentence'),
    (BW, 'estimated the damage to fencing', '48,000 pounds ($61,000): two currencies, never compared; agrees with the Clarion\'s £48,000; "since 2011" is a year'),
    (BW, 'would stay closed on Wednesday', '"on Wednesday" after a Tuesday 14 April dateline: 15 April, no date stated, nothing to check'),
    (BW, '(Reporting by Lena Marsh', 'credit line'),
    # buffalo_clarion.txt
    (BC, 'STAMPEDE!', 'headline with no quote marks and no figure'),
    (BC, 'Published: Wednesday, 15 April 2026', '15 April 2026 is a Wednesday'),
    (BC, 'each weighing around 110 stone', 'around 110 stone (about 700 kg) agrees with the wire\'s 700 kg; stone is a unit'),
    (BC, 'Four people were hurt, including a cyclist', '"four hurt" = wire\'s four injured and radio\'s four (hurt/injured synonyms); one in hospital'),
    (BC, 'The drama began at around dawn', 'narrative, no figure, no quote (the paragraph after H7 names no speaker)'),
    (BC, 'nineteen of the runaways had been rounded up by dusk', 'running count: 19 by dusk (= wire 19 by nightfall), 3 more at first light, 1 put down: other times and attributes'),
    (BC, 'will reach £48,000', '£48,000 agrees with the wire; quote attributed by "he said" after Prask named in the sentence before'),
    (BC, 'Local mum Kerry Danvers', 'quote attributed by "said:" (colon); "most of the day" is not a figure; age 36 is another person\'s age than Prask\'s 54'),
    (BC, 'Harlan Vesey, said the buffalo had been', 'scare-quote "remarkably calm" attributed to Vesey in the sentence'),
    (BC, 'Earlier reports said two people had been injured', 'superseded figure: two corrected to four'),
    (BC, 'which sells buffalo mozzarella to delis', 'no figure, no quote'),
    # buffalo_radio.txt
    (BR, 'LIVE: Buffalo on the loose', 'headline'),
    (BR, 'Fenland Sound 104.2 FM News | Published', 'page dateline; 104.2 FM is a frequency name; 07:15 and 21:40 are page times'),
    (BR, "21:40 – That's where we'll leave", 'sign-off entry, no figure'),
    (BR, '19 of the buffalo have now been recaptured', 'running count 19 at 18:05 agrees with the wire\'s 19 by nightfall; rises from 12 at 11:00'),
    (BR, '16:40 – The B4417 has reopened', '16:40 = the wire\'s 4:40 p.m. reopening (24h vs am/pm)'),
    (BR, 'the worst I\'ve seen in 15 years here', 'partial quote attributed by "He said"; 15 years since 2011 agrees with the wire; 15 remaining animals = 38 - 23'),
    (BR, 'its 240 pupils', 'school roll, the only figure of its kind'),
    (BR, 'Police say 12 of the animals have been caught so far', 'running count at 11:00 (later 19); four hurt explicitly supersedes two'),
    (BR, 'Dev in Lowdham Road messaged to say', 'quote attributed to Dev with a colon'),
    (BR, 'Inspector Maureen Oduya of Saltmarsh Police:', 'quote attributed by a name and a colon'),
    (BR, 'Fenland Sound is on 104.2 FM and online', 'station frequency, not a quantity'),
    # lottery_trade.txt
    (LT, 'Issue 214 | Published: Wednesday 11 March 2026', '11 March 2026 is a Wednesday; issue number is a name'),
    (LT, 'Each match-four winner should have received £142', '£1,420 = ten times £142 (correct multiple); Sunday 8 March 2026 is a Sunday'),
    (LT, 'the remaining 4,672 players', '4,672 who had not withdrawn is a subset, not the 6,812 overpaid (4,672 + 2,140 = 6,812)'),
    (LT, 'Under its licence, Halden can be fined up to 10%', '£212m vs £196m is +8.2% (correct); cap "up to 10%" is not a share of anything stated'),
    (LT, 'GSC spokesman Oren Matlock said', 'partial quote attributed to Matlock in the sentence'),
    (LT, 'sold 1.9 million tickets', '640,000 of 1.9 million is 34%, "roughly a third" (correct); tickets sold is not players overpaid'),
    (LT, 'Compliance note:', 'two approvers required vs one used: different attributes; 2024 is a year'),
    (LT, 'Operators should check that', '"within an hour": guidance, no claim'),
    # lottery_sentinel.txt
    (LS, 'The weekend a decimal point made thousands', 'headline, "thousands" is not a figure to compare'),
    (LS, 'The Sentinel, Weekend | Saturday 14 March 2026', '14 March 2026 is a Saturday'),
    (LS, 'Dennis Arkwright, 71, was checking', '£1,420 agrees with the trade; "last Sunday" = 8 March; quote attributed by "he says"'),
    (LS, 'that means the boiler stays', 'quote attributed by "he says" after Arkwright named in the sentence before; "The company says no one ... will have to repay it" is a paraphrase by the company that agrees with Lindqvist\'s quote in the trade (not a quote-conflict)'),
    (LS, 'With Halden’s 2025 turnover at £212m', 'a tenth of £212m = £21.2m (correct); turnover agrees with the trade'),
    (LS, 'Brightwell Draws, overpaid 1,100 players', 'another operator in 2019: £330,000 / 1,100 = £300 (correct); not Halden\'s figures'),
    (LS, 'she says, “whatever it finds.”', 'one quote split by the attribution'),
    (LS, 'I check the numbers myself now', '"Twice." continues an attributed quote (he says)'),
    # lottery_live.txt
    (LL, 'Live: Tri-County Lotto freezes payouts', 'headline'),
    (LL, 'News live page | Monday 9 March 2026', '9 March 2026 is a Monday'),
    (LL, 'Correction: in an earlier post', 'correction of a tier name, no figure'),
    (LL, 'employs about 640 people', '85 of about 640 is 13% (correct); staff is not players'),
    (LL, 'Our business correspondent has been looking', 'explanation, no quote, no figure'),
    (LL, 'One, Marcia from Holm Bridge', 'quote attributed to Marcia with a colon; £142 last month is another draw'),
    (LL, 'says a “technical issue”', 'scare quote attributed to Halden in the sentence; "Saturday\'s draw" = 7 March'),
    (LL, 'Channel Nine Wessex is on air from 18:00', 'broadcast time, not an event time'),
    # lift_courier.txt
    (CC, 'Seven freed after tower block lift', 'headline: seven agrees with every outlet'),
    (CC, 'The Ashby Vale Courier | Friday, 22 May 2026', '22 May 2026 is a Friday'),
    (CC, 'a fall of nearly 90 feet', 'nearly 90 feet (24.7-27.4 m) agrees with the wire\'s about 27 metres (89 feet); 7.50pm = 19:50; 14th floor is an ordinal'),
    (CC, 'brought out at 11.10pm', '11.10pm = the wire\'s 23:10'),
    (CC, 'Two people, a woman in her seventies', '2 to hospital + 5 checked at the scene = 7 (correct); hospital vs at scene are different attributes'),
    (CC, 'Calder House was built in 1968', '1968 is a year; 168 flats agrees with the wire'),
    (CC, 'said it was "deeply sorry" and had asked', 'scare quote attributed to Vale Homes in the sentence'),
    (CC, 'Stannard said the lift had passed', 'Tuesday 14 April 2026 is a Tuesday; quote attributed to Stannard'),
    (CC, 'Councillor Amrit Sandhu', 'quote attributed by "she said" after Sandhu named in the sentence before'),
    (CC, 'open 24 hours a day', 'service hours, not a duration of the event'),
    (CC, 'Correction: An earlier version', 'superseded figure: nine corrected to seven'),
    # lift_landlord_bulletin.txt
    (CB, 'Calder House lift fall: Vale Homes faces', 'headline'),
    (CB, 'Published: Tuesday 26 May 2026', '26 May 2026 is a Tuesday'),
    (CB, 'Vale Homes manages 312 lifts', '46 of 312 = 14.7%, "about 15%" (correct); 58 blocks is the landlord, not the council\'s 31 high-rise buildings'),
    (CB, 'sets aside £9.4m for lift replacement', '£6.1m -> £9.4m is +54% (correct); budgets, not the £1.2m refurbishment'),
    (CB, 'working around the clock', 'scare quote attributed to Feeney'),
    (CB, 'installed in 1994 and modernised in 2015', 'years; quote attributed by "he said"'),
    (CB, 'reported 1,230 serious lift faults', '1,050 -> 1,230 is +17% (correct); national federation figures'),
    (CB, 'Gwen Pallister, said landlords were', 'partial quote attributed to Pallister'),
    (CB, 'asked Vale Homes how many of its residents', 'no figure, no quote'),
    # lift_wire.txt
    (CW, 'Seven rescued after lift falls', 'headline'),
    (CW, 'descending from the 14th floor at 19:50', '19:50 = Courier 7.50pm; floors are ordinals; attributed to Halloran'),
    (CW, 'Two were taken to hospital.', 'two to hospital agrees with the Courier'),
    (CW, '"It\'s a frightening thing to go through', 'quote attributed by "Halloran said" after it'),
    (CW, 'Vale Homes said it was "deeply sorry"', 'scare quote attributed; same words as the Courier'),
    (CW, 'must be thoroughly examined every six months', 'April 14 (no weekday) agrees with the Courier\'s Tuesday 14 April; six months is a rule, not an event'),
    (CW, 'The fall comes a week after the borough council', 'council\'s 31 buildings / 9,000 people: another subject than Calder House (about 400) and Vale Homes (58 blocks)'),
    (CW, '(Reporting by Ines Varga', 'credit line'),
    # bee_colony_bulletin.txt
    (BEE, 'Honey bee colony losses, winter 2025 to 2026', 'title; years'),
    (BEE, 'Published: Thursday 11 June 2026', '11 June 2026 is a Thursday'),
    (BEE, 'The survey was open from Sunday 1 March', '1 March 2026 is a Sunday and 3 April 2026 a Friday'),
    (BEE, 'Respondents were asked how many colonies', 'dates of the count, no figure'),
    (BEE, 'Region | Colonies at 1 October 2025', 'table header'),
    (BEE, 'Northern Uplands | 9,800', '2,900 / 9,800 = 29.6% (correct); agrees with the text\'s 29.6%'),
    (BEE, 'Central Valleys | 14,300', '3,350 / 14,300 = 23.4%: a region, not the overall rate (same value as the text by chance)'),
    (BEE, 'Lowland Plain | 20,800', '3,580 / 20,800 = 17.2% (correct); agrees with the text'),
    (BEE, 'respondents attributed 31% to queen failure', 'causes sum to 100% (31+27+14+11+17)'),
    (BEE, 'Beekeepers with more than 50 colonies', 'subgroup loss rates 16.5% and 26.0% are not the overall rate; 81% is a share of respondents'),
    (BEE, 'published on Thursday 10 December 2026', '10 December 2026 is a Thursday'),
    (BEE, '1. Loss rate: colonies lost divided', 'note 1 exists for marker [1]'),
    (BEE, '2. Colonies reported by respondents', 'note 2 exists for marker [2]'),
    (BEE, '6. Register held by', 'note 6 exists for marker [6]; 1 March 2026 is a date'),
    # velomar_results.txt
    (VEL, 'Preliminary results for the year ended 31 January 2026', 'title: period end date'),
    (VEL, 'Published: Thursday 23 April 2026', '23 April 2026 is a Thursday'),
    (VEL, 'Revenue of £184.6m (2024-25: £171.2m)', '£171.2m -> £184.6m is +7.8% (correct); 8.4% is at constant currency, another measure'),
    (VEL, 'Pre-tax profit rose 9.7%', '£11.3m -> £12.4m is +9.7% (correct)'),
    (VEL, 'Final dividend of 4.2p', '3.8p -> 4.2p is +10.5% (correct)'),
    (VEL, 'E-bike revenue rose to £84.9m', '£84.9m is 46.0% of £184.6m (correct); revenue, not units'),
    (VEL, 'We opened six stores and closed two', '60 + 6 - 2 = 64 (correct)'),
    (VEL, 'Workshops and servicing revenue grew 14%', '£17.2m -> £19.6m is +14% (correct)'),
    (VEL, 'The group employed 1,350 people', '1,020 + 330 = 1,350 (correct)'),
    (VEL, 'We expect revenue for 2026-27 of at least £195m', 'forecast for next year vs actual; eight stores planned vs six opened'),
    (VEL, "company's target of selling 300,000 e-bikes", 'target for 2029, not actual sales; partial quote attributed to Eklund'),
    (VEL, 'Colm Adebayo will step down', '25 June 2026 is a Thursday; nine years on the board'),
    (VEL, 'A presentation for analysts and investors', '"for analysts" is an audience, not a vague source'),
    (VEL, 'Enquiries: Tobias Renn', 'contact line'),
    # fuel_dispenser_inspection.txt
    (FUEL, 'Dunmore County Council – Regulatory Services Committee', 'heading'),
    (FUEL, 'Weights and measures: inspection of fuel dispensers, 2025-26', 'title; 2025-26 is a period'),
    (FUEL, '1. Purpose of the report', 'numbered section heading, not a note entry'),
    (FUEL, 'To inform members of the results', 'marker [1] has note 1'),
    (FUEL, '2. Summary of results', 'numbered section heading, not a note entry'),
    (FUEL, 'Of the dispensers tested, 25 (6.1%)', '25 / 412 = 6.1% and 17 + 8 = 25 (correct); marker [2] has note 2'),
    (FUEL, "The previous year's programme tested 388", 'previous year: 31 / 388 = 8.0% (correct); not this year\'s 412'),
    (FUEL, 'delivered 19.82 litres when 20 litres', '0.18 / 20 = 0.9% short (correct); A612 is a road name; marker [3] has note 3'),
    (FUEL, 'The permitted tolerance for a delivery', 'tolerance 0.5% vs a 0.9% shortfall: different attributes; all 25 agrees'),
    (FUEL, '3. Enforcement', 'numbered section heading'),
    (FUEL, 'Officers issued 11 warning letters', 'Tuesday 10 March 2026 is a Tuesday'),
    (FUEL, 'The programme cost £46,300', '£41,900 -> £46,300 is +10.5% (correct); marker [4] has note 4'),
    (FUEL, 'has a budget of £49,000', 'budget for next year vs this year\'s cost; 61 stations agrees with para 2'),
    (FUEL, 'That the committee notes the results', 'recommendation, no figure'),
    (FUEL, '1. Tests are carried out', 'note 1'),
    (FUEL, '2. A dispenser fails if', 'note 2'),
    (FUEL, '3. The station has since replaced', 'note 3; 30 April 2026 is a Thursday'),
    (FUEL, '4. Officer time is costed', 'note 4'),
    (FUEL, 'Contact officer: Niamh Castellano', 'contact line'),
]

traps = [{'file': f, 'line': line_of(f, a), 'what': w} for f, a, w in T]

# --- checks
ids = [e[0] for e in expected]
assert ids == [f'H{i}' for i in range(1, 31)], ids
assert [n[0] for n in notes] == [f'N{i}' for i in range(1, 9)]
finding_lines = {(f, l) for e in expected for f, l in e[2]} | {(f, l) for n in notes for f, l in n[2]}
trap_lines = [(t['file'], t['line']) for t in traps]
assert len(set(trap_lines)) == len(trap_lines), 'duplicate trap line'
clash = [t for t in trap_lines if t in finding_lines]
assert not clash, f'trap lines that are also expected/note lines: {clash}'
assert len(traps) >= 100, len(traps)
for f, ls in LINES.items():
    for i, l in enumerate(ls):
        if l.strip():
            assert i == 0 or not ls[i - 1].strip(), f'{f}:{i+1}: paragraphs must be separated by a blank line'

from collections import Counter
rule_counts = Counter(e[1][0] for e in expected)
assert rule_counts == Counter({'numeric-conflict': 14, 'numeric-arithmetic': 4, 'date-inconsistency': 4,
                               'quote-conflict': 3, 'unattributed-quote': 3, 'footnote-gap': 1,
                               'footnote-no-notes': 1}), rule_counts

# --- weekdays: every "Weekday[,] D Month[ YYYY]" and "Weekday[,] Month D[, YYYY]" must match 2026's calendar,
# except the two planted mismatches.
DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December'
pat1 = re.compile(rf'\b({DAYS}),? (\d{{1,2}}) ({MONTHS})\b')
pat2 = re.compile(rf'\b({DAYS}),? ({MONTHS}) (\d{{1,2}})\b')
planted_bad = {(CB, 'Wednesday 21 May'), (FUEL, 'Monday 16 June')}
seen_bad, checked = set(), 0
for f, ls in LINES.items():
    text = '\n'.join(ls)
    for m in list(pat1.finditer(text)) + list(pat2.finditer(text)):
        day = m.group(1)
        if m.re is pat1:
            d, mon = int(m.group(2)), m.group(3)
        else:
            d, mon = int(m.group(3)), m.group(2)
        date = datetime.date(2026, MONTHS.split('|').index(mon) + 1, d)
        checked += 1
        if date.strftime('%A') != day:
            key = (f, f'{day} {d} {mon}')
            assert key in planted_bad, f'unplanned weekday mismatch {key}: {date} is a {date:%A}'
            seen_bad.add(key)
assert seen_bad == planted_bad, seen_bad

def obj(e):
    return {'id': e[0], 'rules': e[1], 'at': e[2], 'what': e[3]}

key = {'expected': [obj(e) for e in expected], 'notes': [obj(n) for n in notes],
       'traps': traps, 'must_not': traps}
with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
    json.dump(key, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
print(f'key.json: {len(expected)} expected, {len(notes)} notes, {len(traps)} traps; '
      f'{checked} weekday-dates checked, planted mismatches {sorted(seen_bad)}')
