#!/usr/bin/env python3
"""Build key.json for the heldout36 planted set.

Every line is located by a unique substring anchor inside its file (asserted: exactly one
matching line). Every non-empty line of every document must be a finding line, a note line
or a trap line; no trap line may also be a finding or note line.
Run from anywhere: python3 gen/make_key.py
"""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')

FILES = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        if f.endswith('.txt'):
            assert f not in FILES, f'duplicate basename {f}'
            FILES[f] = open(os.path.join(d, f), encoding='utf-8').read().split('\n')

WIRE, COURIER, TRADE = 'mpa_wire.txt', 'courier_regional.txt', 'orchard_trade_weekly.txt'
TAB, LIVE, NRB = 'clarion_tabloid.txt', 'evening_post_live.txt', 'nrb_web.txt'
FIN, GPW, SEN = 'counting_house.txt', 'gpw_bulletin.txt', 'sentinel_feature.txt'
GP, FM, DAR = 'gp_appointments_bulletin.txt', 'finch_marlow_results.txt', 'dial_a_ride_inspection.txt'


def line_of(f, anchor):
    hits = [i + 1 for i, l in enumerate(FILES[f]) if anchor in l]
    assert len(hits) == 1, f'{f}: anchor {anchor!r} matches lines {hits}'
    return hits[0]


ND, NA, DI = 'numeric-conflict', 'numeric-arithmetic', 'date-inconsistency'
QC, UQ = 'quote-conflict', 'unattributed-quote'

# (id, rules, [(file, anchor), ...], what)
FINDINGS = [
    ('F1', [ND], [(WIRE, 'By midday, 186 growers'), (COURIER, 'said 168 growers')],
     'growers reporting frost damage: 186 (wire) vs 168 (regional daily, later)'),
    ('F2', [ND], [(WIRE, 'could be 40 per cent smaller'), (TRADE, 'about a quarter below')],
     'forecast fall in the valley apple crop: 40% vs about a quarter (both forecasts by the AFGA)'),
    ('F3', [QC], [(WIRE, 'blackened this quickly'), (TRADE, 'blackened this fast')],
     "Pritchard quote: 'this quickly' vs 'this fast'"),
    ('F4', [NA], [(TRADE, 'Pear growers face losses of')],
     'pear losses £3.1m are 17.7% of £17.5m, not about a third'),
    ('F5', [DI], [(TRADE, 'on Wednesday, April 23')],
     '23 April 2026 is a Thursday (the visit was on Thursday)'),
    ('F6', [ND], [(COURIER, 'on her 38 hectares of cherries'), (COURIER, 'her 45 hectares of cherry trees')],
     "Castell's cherry area: 38 ha vs 45 ha in the same article"),
    ('F7', [UQ], [(COURIER, 'If the apples go the way of the cherries')],
     'pickers quote with no speaker (previous paragraph names no person)'),
    ('F8', [ND], [(TAB, 'about 140 commuters'), (NRB, 'Around 90 passengers')],
     'passengers on the tram: about 140 vs around 90'),
    ('F9', [ND], [(NRB, 'Six people suffered serious injuries'), (TAB, 'Four people were seriously hurt'),
                  (LIVE, 'four of them seriously')],
     'seriously injured (final): six (broadcaster) vs four (tabloid, live page final entry)'),
    ('F10', [DI, ND], [(TAB, 'junction at 8.42am'), (NRB, 'happened at 8.24am')],
     'time of the collision: 8.42am vs 8.24am'),
    ('F11', [QC], [(TAB, 'passengers who were hurt this morning'), (NRB, 'passengers who were injured this morning')],
     "Nandakumar quote: 'hurt' vs 'injured'"),
    ('F12', [ND], [(TAB, 'The 26-tonne lorry'), (TAB, 'the 16-ton truck')],
     'lorry weight: 26 tonnes vs 16 tons in the same article'),
    ('F13', [ND], [(NRB, 'carries around 38,000 passengers'), (NRB, 'the 28,000 passengers who use Line 2')],
     'Line 2 weekday ridership: around 38,000 vs 28,000 in the same article'),
    ('F14', [UQ], [(LIVE, '10:40 —')],
     "'The whole carriage lurched...' quote with no speaker"),
    ('F15', [ND], [(GPW, 'The jobs of 1,840 staff'), (FIN, 'The chain employs 1,480 people')],
     'chain headcount: 1,840 vs 1,480'),
    ('F16', [ND], [(GPW, 'More than 50 pharmacies have already closed'), (SEN, 'Forty-one branches closed')],
     'branches closed: more than 50 vs forty-one (41 + 71 trading = 112)'),
    ('F17', [DI, ND], [(FIN, 'appointed administrators at 16:45'), (SEN, 'at a quarter to four in the afternoon')],
     'time administrators were appointed: 16:45 vs a quarter to four (15:45)'),
    ('F18', [QC], [(FIN, 'while we look for a buyer'), (SEN, 'while we search for a buyer')],
     "Achebe quote: 'look for' vs 'search for'"),
    ('F19', [ND], [(FIN, 'Revenue was £214mn'), (FIN, 'Sales fell 6 per cent last year to £241mn')],
     '2025 revenue: £214mn vs £241mn in the same article'),
    ('F20', [ND], [(GPW, 'The Guild represents 620 staff'), (GPW, 'All 260 Guild members')],
     'Guild members at the chain: 620 vs 260 in the same bulletin'),
    ('F21', [UQ], [(GPW, 'I found out my branch was closing')],
     'member quote with no speaker'),
    ('F22', [ND], [(GP, 'In January, 486,100 appointments'), (GP, 'January 2026 | 468,100')],
     'January appointments: 486,100 in text vs 468,100 in Table 1'),
    ('F23', [NA], [(GP, 'a fall of 23%')],
     'missed appointments 61,900 -> 52,300 is a fall of 15.5%, not 23%'),
    ('F24', [ND], [(FM, 'home and gifts revenue rose to £75.1m'), (FM, 'Home and gifts | 71.5')],
     'home and gifts revenue: £75.1m in text vs 71.5 in the summary table'),
    ('F25', [NA], [(FM, 'together reached £61.7m'), (FM, 'Restaurants | 38.9'), (FM, 'Online | 17.8')],
     'restaurants 38.9 + online 17.8 = 56.7, not 61.7'),
    ('F26', [('footnote-gap')], [(FM, 'statutory profit before tax was £17.3m'), (FM, 'final dividend of 4.2p'),
                                 (FM, '[2] Adjusted profit excludes'), (FM, '[4] The final dividend')],
     'markers and notes [1], [2], [4], [5]: [3] missing'),
    ('F27', [ND], [(DAR, 'It has 2,870 registered members'), (DAR, 'its 2,780 registered users')],
     'registered members: 2,870 vs 2,780 in the same report'),
    ('F28', [NA], [(DAR, 'which leaves five vehicles')],
     '18 minibuses - 14 accessible = 4, not five'),
    ('F29', [DI], [(DAR, 'Monday 24 February 2026')],
     '24 February 2026 is a Tuesday'),
    ('F30', ['footnote-no-notes'], [(DAR, 'Inspection report: Tessford'), (DAR, 'rode on 23 booked journeys.[1]'),
                                    (DAR, 'arrive late.[2]'), (DAR, 'target of 95%.[3]')],
     'markers [1]-[3] and no notes section'),
]

NOTES = [
    ('N1', ['anonymous-source'], [(WIRE, 'who asked not to be named')], 'ministry official who asked not to be named'),
    ('N2', ['vague-source'], [(TRADE, 'Experts believe')], "'Experts believe'"),
    ('N3', ['anonymous-source'], [(TAB, 'A source close to the investigation')], "'A source close to the investigation'"),
    ('N4', ['vague-source'], [(NRB, 'Critics say the junction')], "'Critics say'"),
    ('N5', ['anonymous-source'], [(FIN, 'people familiar with the sale process')], "'people familiar with the sale process'"),
    ('N6', ['vague-source'], [(GPW, 'Many observers believe')], "'Many observers believe'"),
    ('N7', ['vague-source'], [(SEN, 'Analysts say the chain')], "'Analysts say'"),
    ('N8', ['anonymous-source'], [(DAR, 'One driver, who asked not to be named')], 'driver who asked not to be named'),
]

# (file, anchor, what)
TRAPS = [
    # --- frost / wire
    (WIRE, 'Overnight frost blackens blossom', 'headline'),
    (WIRE, 'Published: 22 April 2026, 16:20 BST', 'publication date and time (16:20 is not the event time)'),
    (WIRE, 'on 2,140 hectares of orchards', '2,140 ha agrees with "more than 5,000 acres" (courier) and "about 2,100 hectares" (trade); 1981 is a year'),
    (WIRE, 'fell to -5.2C at 04:10 on Wednesday', '-5.2C station minimum vs -2C kill threshold: different attributes; Wednesday 22 April is correct; agrees with 22.6F and "-5C"'),
    (WIRE, 'Of the damaged area, 1,310 hectares', '1,310 + 520 + 310 = 2,140 (correct breakdown); 310 ha valley cherries vs Castell 38 ha: other subject'),
    (WIRE, 'Growers lit about 12,000 paraffin candles', 'candles count, attributed paraphrase'),
    (WIRE, 'The valley produced 96,000 tonnes of apples in 2025', '96,000 t in 2025 agrees with trade and courier; cherries 5,400 t another attribute'),
    (WIRE, 'would open a £4 million emergency fund', '£4 million agrees with "£4m" elsewhere; visit "on Thursday" agrees with courier "yesterday" (24 April)'),
    (WIRE, 'The AFGA has 240 member businesses', '240 members (not growers reporting damage); about 3,100 seasonal workers agrees with courier; 1 May 2026'),
    (WIRE, 'The Growers Mutual Insurance Society said', 'one in ten and £150-£300 a hectare: other attributes, named source'),
    # --- frost / courier
    (COURIER, 'Minister tours frost-hit orchards', 'headline'),
    (COURIER, 'Friday 24 April 2026', 'publication date (correct weekday)'),
    (COURIER, 'walked the blackened rows at Lyde Farm', '"yesterday" = Thursday 23 April, the day after Wednesday; -5C agrees with -5.2C'),
    (COURIER, 'I walked out at six in the morning', 'quote attributed (Mrs Castell said), split quote; "Thirty years" inside a quote'),
    (COURIER, 'More than 5,000 acres of orchard', 'more than 5,000 acres agrees with 2,140 ha (5,288 acres)'),
    (COURIER, 'The cherries have gone, the pears', 'split quote attributed mid-sentence (Mr Pritchard told the Courier)'),
    (COURIER, 'In the Cotterbury district alone', '£6 million is one district, not the valley total of £17.5 million'),
    (COURIER, 'would open for applications on 4 May', '£4m agrees with £4 million; £25,000 per grower cap; 4 May is a date'),
    (COURIER, 'take on about 3,100 seasonal workers', 'agrees with wire about 3,100'),
    (COURIER, 'The valley grew 88,000 tonnes of apples in 2024', '88,000 t is 2024; 96,000 t last year (2025) agrees with wire'),
    (COURIER, "Hensfield's Saturday farmers' market", 'two of nine stalls; "tomorrow" = Saturday 25 April'),
    (COURIER, 'The minister is due to return in June', 'no figure'),
    # --- frost / trade
    (TRADE, 'Ambry frost: what the damage means', 'headline (2026 is a year)'),
    (TRADE, 'Monday 27 April 2026 | Orchard', 'publication date (correct weekday); issue 1142 is a numbered name'),
    (TRADE, "last Wednesday's frost", 'minus 5.2 degrees Celsius = 22.6F (conversion agrees); last Wednesday = 22 April'),
    (TRADE, 'now puts the damaged area at about 2,100 hectares', 'about 2,100 ha agrees with 2,140 ha; 2,100/6,800 = 30.9% = close to a third (correct)'),
    (TRADE, 'Losses across the valley are estimated at £17.5m', '£17.5m agrees with wire; £11.2m/£17.5m = 64% = almost two-thirds (correct)'),
    (TRADE, 'On the Hensfield wholesale market', 'cherry prices: English vs Spanish, this week vs last week (other subjects/periods)'),
    (TRADE, 'For pears, the AFGA forecasts a crop of 14,000 tonnes', 'forecast 14,000 t (2026) vs actual 21,500 t (2025)'),
    (TRADE, "Tessvale Packing's commercial director", 'imports booked 2,000 t vs 600 t a year ago (other periods), named source'),
    (TRADE, 'Retailers will want continuity on the shelf', 'quote attributed after (Shah said)'),
    (TRADE, 'The association has 240 member businesses', '240 members agrees with wire; Friday 1 May 2026 is correct'),
    # --- tram / tabloid
    (TAB, 'TRAM TERROR: 27 hurt', 'headline: 27 injured agrees everywhere'),
    (TAB, 'Wednesday, June 3, 2026', 'publication date (correct weekday)'),
    (TAB, 'TWENTY-SEVEN people were hurt', 'twenty-seven in words agrees with 27'),
    (TAB, 'Witness Darren Hollis, 31', 'quote introduced with "said:"; age is not a conflicting quantity'),
    (TAB, 'doing around 18mph in a 20mph section', '18mph = 29km/h (agrees); 20mph limit vs speed: different attribute'),
    (TAB, 'Its driver, 54, escaped', 'driver age agrees with live page (54-year-old)'),
    (TAB, 'Line 2 was shut all day yesterday', '"tomorrow" = Thursday agrees; buses every 10 minutes'),
    (TAB, 'Locals have long called the crossing', '“Crunch Corner” is a nickname/scare quote; three bumps since 2023'),
    (TAB, 'Mum-of-two Kerry Stanton', 'quote attributed with "fumed:"'),
    (TAB, 'Firefighters spent almost two hours', 'duration, no other claim'),
    # --- tram / live
    (LIVE, 'LIVE: Tram and bin lorry collide', 'headline'),
    (LIVE, 'Tuesday 2 June 2026 | Calderbridge Evening Post', 'publication date (correct weekday)'),
    (LIVE, '16:30 —', 'three inspectors, 30 days: agrees with broadcaster; 16:30 is a publication timestamp'),
    (LIVE, '15:40 —', 'driver 54; council runs 46 lorries (other attribute)'),
    (LIVE, '14:20 — Correction', 'explicit correction: 37 was wrong, 19 at that time'),
    (LIVE, '13:02 —', 'different Nandakumar remark, attributed after ("she told reporters")'),
    (LIVE, '12:15 —', '29km/h (18mph) agrees with tabloid and broadcaster; 32km/h limit is another attribute'),
    (LIVE, '11:47 —', 'running total: 19 injured, two seriously at 11:47 (legitimately lower than the final 27/four)'),
    (LIVE, '11:05 —', 'quote attributed after (said Gareth Lowe)'),
    (LIVE, '10:12 —', 'running total: 12 being treated at 10:12; eight ambulances (other attribute)'),
    (LIVE, '09:31 —', 'timestamp is publication time'),
    (LIVE, '09:05 —', 'publication time 09:05 is not the collision time'),
    # --- tram / broadcaster
    (NRB, 'Calderbridge tram crash: 27 injured', 'headline'),
    (NRB, '2 June 2026, last updated 18:10 BST', 'publication date; 18:10 is an update time'),
    (NRB, 'Twenty-seven people have been injured', 'agrees with 27'),
    (NRB, 'Nineteen of those hurt were taken', '19 + 8 = 27 (correct); 19 taken to hospital vs live 11:47 19 injured: different attribute/time'),
    (NRB, 'She said the tram, one of 32', '29km/h agrees with 18mph; 32 trams in fleet vs 32km/h limit: different attributes'),
    (NRB, 'The Tramways Safety Board said it had sent three', 'agrees with live page'),
    (NRB, 'Nationally, there were 14 collisions', 'national figures for 2025 and 2024, not this crash'),
    (NRB, 'Student Leah Okoro, 19', 'age 19 is not the 19 taken to hospital'),
    (NRB, 'It is a miracle nobody was killed', 'split quote attributed mid-way (said Councillor Ayesha Brennan)'),
    (NRB, 'review the signal timings at all 11 junctions', '11 junctions: other attribute'),
    # --- pharmacy / financial
    (FIN, 'falls into administration with £63mn of debts', 'headline: £63mn agrees with sentinel/gpw'),
    (FIN, '11 March 2026 | The Counting House', 'publication date'),
    (FIN, 'The group, which runs 112 pharmacies', '112 agrees with sentinel; £63mn and £9.4mn agree with "some sixty-three million" and "nearly ten million"'),
    (FIN, 'will keep 71 branches trading', '71 still trading (not closures) agrees with sentinel seventy-one'),
    (FIN, 'The Welbeck and Dunn families hold 74 per cent', '74 + 26 = 100; £15mn in 2021 (other attribute)'),
    (FIN, 'The chain dispensed about 2.3mn prescription items', '2.3/118 = 1.9% = roughly 2% (correct); region total is another subject'),
    (FIN, 'Its larger rival Pellow Pharmacy', 'other company: 380 branches, £690mn revenue, £31mn profit'),
    (FIN, 'Lenders led by Harbourside Bank are owed £38mn', '£38mn is the bank share of the £63mn total'),
    (FIN, 'Harlow Quint said it expected to report', 'eight weeks, attributed paraphrase'),
    (FIN, 'Shares in listed pharmacy groups', 'no figure; named companies'),
    # --- pharmacy / union
    (GPW, 'Welbeck & Dunn collapse: the Guild demands', 'headline'),
    (GPW, 'GPW Bulletin | Thursday 12 March 2026', 'publication date (correct weekday)'),
    (GPW, 'Members will have heard on Tuesday evening', '18:00 is the time of the Guild statement, not of the appointment'),
    (GPW, 'Stories like that have reached the Guild', 'no figure'),
    (GPW, 'Our members kept these pharmacies open', 'quote attributed after (said general secretary Rhona Macleish)'),
    (GPW, 'Members owed wages can claim up to eight weeks', 'statutory cap £751 a week; eight weeks'),
    (GPW, 'A drop-in advice session will be held on Monday, 16 March', 'Monday 16 March 2026 is correct; 10:00-16:00 are session times'),
    (GPW, 'a second meeting for Tessford members takes place on Tuesday, 17 March', 'Tuesday 17 March 2026 is correct'),
    (GPW, 'The Guild has asked the administrators for a full list', 'no figure'),
    (GPW, 'puts the chain’s debts at over £60 million', 'over £60 million agrees with £63mn'),
    (GPW, 'Macleish added that the Guild would press', 'quote attributed before with colon'),
    (GPW, 'Members who have not yet updated', 'no figure'),
    # --- pharmacy / sentinel
    (SEN, 'The slow unravelling of Welbeck & Dunn', 'headline'),
    (SEN, 'Saturday 14 March 2026 | The Sentinel', 'publication date (correct weekday)'),
    (SEN, 'For fifty-eight years', '1968 + 58 = 2026; one hundred and twelve agrees with 112'),
    (SEN, 'Its debts, some sixty-three million pounds', 'agrees with £63mn; nearly ten million agrees with £9.4mn'),
    (SEN, 'Frank Dunn’s granddaughter, Clare Dunn-Ferris', 'quote attributed after ("she says"); 2017 is a year'),
    (SEN, 'In 2019 the chain had one hundred and thirty branches', 'branch counts for 2019 and 2024, other periods'),
    (SEN, 'Patients at the seventy-one branches', 'seventy-one still trading agrees with 71'),
    (SEN, 'promised a “digital-first” future', 'scare quote; forty thousand downloads'),
    (SEN, 'Mr Achebe hopes to find buyers', 'target (half within six weeks); split quote attributed mid-way'),
    (SEN, 'In Tessford’s Corn Street', 'two and a half miles; no quote'),
    # --- GP bulletin
    (GP, 'GP appointments in Marlshire: January to March 2026', 'title'),
    (GP, 'Published 16 April 2026 | Marlshire Health', 'publication date; bulletin number 2026/04 is a name'),
    (GP, 'Main points', 'heading'),
    (GP, 'delivered 1,412,300 appointments', '1,412,300/1,356,700 = +4.1% (correct); agrees with table; footnote [1] has a note'),
    (GP, 'Of these, 68.2% took place face to face', '68.2% agrees with table; footnote [2] has a note'),
    (GP, 'fell to 41.0% from 44.6%', '44.6 - 41.0 = 3.6 percentage points (correct)'),
    (GP, 'equivalent to 1,503 appointments for every 1,000', '1,412,300/939,600 x 1,000 = 1,503 (correct)'),
    (GP, 'Across the wider Northern Health Region', 'regional +2.7% is another subject than Marlshire +4.1%'),
    (GP, 'Table 1: Appointments by month', 'table title'),
    (GP, 'Month | Appointments | Face to face', 'table header'),
    (GP, 'February 2026 | 431,800', 'agrees with text line on February'),
    (GP, 'March 2026 | 512,400', 'agrees with text 512,400'),
    (GP, 'Q1 2026 total | 1,412,300', 'monthly rows sum to the totals (1,412,300; 52,300)'),
    (GP, 'Q1 2025 total | 1,356,700', 'previous year, agrees with text'),
    (GP, 'Background', 'heading'),
    (GP, 'The bulletin covers all 97 general practices', '97 practices, other attribute'),
    (GP, 'February is the shortest month', '431,800 agrees with table'),
    (GP, 'will be published on Thursday 16 July 2026', 'Thursday 16 July 2026 is correct'),
    (GP, 'Notes', 'notes heading (notes section present)'),
    (GP, '[1] Appointments recorded in practice systems', 'note 1 exists; up to 1% revision'),
    (GP, '[2] Face-to-face appointments include home visits', 'note 2; 0.7% is a share of the total'),
    (GP, '[3] Excludes appointments booked', 'note 3'),
    (GP, '[4] Registered population', 'note 4; 939,600 population'),
    # --- results release
    (FM, 'preliminary results for the year to 31 January 2026', 'title'),
    (FM, 'Thursday 9 April 2026 | Regulatory', 'publication date (correct weekday)'),
    (FM, 'today announces its results for the 52 weeks', '52 weeks'),
    (FM, 'Highlights', 'heading'),
    (FM, 'Revenue rose 7.2% to £286.4m', '286.4/267.2 = +7.2% (correct); agrees with table; marker [1] has a note'),
    (FM, 'The group ended the year with 64 centres', '62 + 3 - 1 = 64 (correct)'),
    (FM, 'Summary table (£m unless stated)', 'table title'),
    (FM, 'Measure | FY2026 | FY2025 | Change', 'table header'),
    (FM, 'Revenue | 286.4 | 267.2', 'agrees with text; segments sum to 286.4 and 267.2'),
    (FM, 'Plants and garden | 158.2', 'agrees with text £158.2m (55% = more than half)'),
    (FM, 'Adjusted profit before tax | 21.7', 'agrees with text £21.7m; statutory 17.3 + impairment 4.4 = 21.7'),
    (FM, 'Net debt | 42.0 | 47.5', 'agrees with text; 47.5 - 42.0 = 5.5'),
    (FM, 'Dividend per share (p) | 6.1', 'agrees with text 6.1p and 5.6p; +8.9% correct'),
    (FM, 'Chief executive Laura Finch-Ogden said:', 'quote introduced with "said:"; 2009 is a year'),
    (FM, 'Net debt, excluding leases, fell to £42.0m', 'agrees with table; marker [5] has a note'),
    (FM, 'Outlook: the board expects to open four or five', 'target £300m vs actual £286.4m (agrees with revenue)'),
    (FM, 'Trading in the first nine weeks', 'like-for-like +2.1% is the new year, not FY2026 +3.8%'),
    (FM, 'Notes', 'notes heading (notes section present)'),
    (FM, '[1] Like-for-like sales compare', 'note 1'),
    (FM, '[5] Net debt excludes lease liabilities', 'note 5'),
    # --- dial-a-ride inspection
    (DAR, 'Published 20 March 2026 | Passenger Transport', 'publication date; report number is a name'),
    (DAR, 'Summary', 'heading'),
    (DAR, 'Demand and capacity', 'heading'),
    (DAR, 'The operator carried 61,200 passenger trips', '61,200 - 54,900 = 6,300 (correct)'),
    (DAR, 'Punctuality and reliability', 'heading'),
    (DAR, 'On the days of our visit, 19 of the 23', '19/23 = 82.6% = about 83% (correct); 23 journeys agrees'),
    (DAR, 'Governance', 'heading'),
    (DAR, 'The service manager, Deborah Okafor, said:', 'quote introduced with "said:"'),
    (DAR, 'Finance', 'heading'),
    (DAR, 'The service cost £1.36 million', '£1.02m + £340,000 = £1.36m (correct)'),
    (DAR, 'Recommendations', 'heading'),
    (DAR, 'The Inspectorate will return within six months', 'no conflicting figure'),
]


def main():
    expected, notes, traps = [], [], []
    claimed = {}  # (file, line) -> id
    for fid, rules, ats, what in FINDINGS + NOTES:
        at = [[f, line_of(f, a)] for f, a in ats]
        for f, l in at:
            claimed.setdefault((f, l), []).append(fid)
        entry = {'id': fid, 'rules': list(rules), 'at': at, 'what': what}
        (expected if fid.startswith('F') else notes).append(entry)
    seen = set()
    for f, a, what in TRAPS:
        l = line_of(f, a)
        assert (f, l) not in claimed, f'trap {f}:{l} is also finding/note line {claimed[(f, l)]}'
        assert (f, l) not in seen, f'trap {f}:{l} listed twice'
        seen.add((f, l))
        traps.append({'file': f, 'line': l, 'what': what})
    unclassified = []
    for f, lines in sorted(FILES.items()):
        for i, text in enumerate(lines, 1):
            if text.strip() and (f, i) not in claimed and (f, i) not in seen:
                unclassified.append(f'{f}:{i}: {text[:80]}')
    if unclassified:
        print('unclassified non-empty lines:', *unclassified, sep='\n  ')
        sys.exit(1)
    traps.sort(key=lambda t: (t['file'], t['line']))
    key = {'expected': expected, 'notes': notes, 'traps': traps, 'must_not': traps}
    with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write('\n')
    from collections import Counter
    c = Counter(e['rules'][0] for e in expected)
    print(f'{len(FILES)} files, {len(expected)} findings, {len(notes)} notes, {len(traps)} traps')
    for r, n in sorted(c.items()):
        print(f'  {r}: {n}')
    print('  notes:', dict(Counter(e['rules'][0] for e in notes)))


if __name__ == '__main__':
    main()
