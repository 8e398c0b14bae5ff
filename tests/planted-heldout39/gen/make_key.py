#!/usr/bin/env python3
"""Produce OUTDIR/key.json from the documents. Every finding, note and trap is located by a
substring that must occur on exactly one line of its file, so line numbers are never typed by hand."""
import json, os, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(OUT, 'docs')
FILES = {}
for root, _, names in os.walk(DOCS):
    for n in names:
        assert n not in FILES, 'duplicate base name ' + n
        FILES[n] = open(os.path.join(root, n), encoding='utf-8').read().split('\n')

def L(f, sub):
    hits = [i + 1 for i, line in enumerate(FILES[f]) if sub in line]
    if len(hits) != 1:
        sys.exit(f'{f}: substring {sub!r} found on lines {hits}')
    return [f, hits[0]]

W, T, LV = 'mpa_wire.txt', 'clarion_tabloid.txt', 'ngb_live.txt'
R, FE, P = 'rbn_web.txt', 'longlight_feature.txt', 'tarnby_post.txt'
AB, GB, LG = 'abw_trade.txt', 'gib_bulletin.txt', 'ledger_business.txt'
LIB, VR, DT = 'library_bulletin.txt', 'verrant_results.txt', 'driving_test_committee.txt'

NC, NA, DI, QC, UQ = 'numeric-conflict', 'numeric-arithmetic', 'date-inconsistency', 'quote-conflict', 'unattributed-quote'
expected = [
 # ---- airport baggage failure (true: 14,860 bags; 186 cancelled Fri, 61 Sat; failure 04:52 Fri 17 July; 23 km; 41,300 passengers)
 ('F1', [NC], [L(T, 'More than 16,400 suitcases'), L(W, 'stranded 14,860 bags and forced'), L(W, 'fault stranded 14,860 bags, airport says'), L(W, 'Of the 14,860 bags, 11,900')],
  'bags stranded: tabloid "more than 16,400 suitcases" vs wire 14,860 bags'),
 ('F2', [NC], [L(T, 'A staggering 168 flights'), L(W, 'cancel 186 departures on Friday'), L(LV, 'a total of 186 departures')],
  'Friday cancellations: tabloid 168 flights axed (transposed) vs 186 departures cancelled (wire, live page final figure)'),
 ('F3', [DI, NC], [L(LV, 'at 04:25 this morning'), L(W, 'failed at 04:52 on Friday'), L(T, 'crashed at 4.52am')],
  'time of the failure: live page 04:25 vs wire 04:52 / tabloid 4.52am'),
 ('F4', [NC], [L(T, 'The 18-mile maze of belts'), L(W, '23 kilometres of conveyors'), L(LV, '23km of conveyor belts')],
  'conveyor length: tabloid 18 miles (29 km) vs 23 km (14.3 miles) in wire and live page'),
 ('F5', [NA], [L(W, '11,900 had been returned')],
  '11,900 of 14,860 bags is 80%, not 86%'),
 ('F6', [QC], [L(W, 'and we own it completely'), L(T, 'and we regret it completely')],
  'Marion Teague quote: "we own it completely" (wire) vs "we regret it completely" (tabloid)'),
 ('F7', [UQ], [L(LV, 'Nobody has told us anything for five hours')],
  'live-page quote with no speaker anywhere'),
 ('F8', [DI], [L(LV, 'until Sunday 18 July at the earliest')],
  '18 July 2026 is a Saturday, not a Sunday'),
 ('F9', [NC], [L(W, 'The operator said 41,300 passengers'), L(W, 'about 54,300 passengers had been caught up')],
  'within the wire: 41,300 passengers disrupted vs about 54,300 passengers caught up in the same disruption'),
 # ---- Harrow Ridge 500 sled dog race (true: 52 teams; Solvang 34; finished with 11 dogs; 500 miles/805 km; $40,000 of $310,000)
 ('F10', [NC], [L(FE, 'Fifty-eight teams set out'), L(R, 'Fifty-two teams left Sallow Creek'), L(P, 'Of the 52 teams that set off')],
  'starters: feature "fifty-eight teams" vs 52 (broadcaster, local daily)'),
 ('F11', [NC], [L(P, 'The 43-year-old'), L(R, 'Solvang, 34, crossed'), L(FE, 'Ingrid Solvang is thirty-four')],
  "winner's age: local daily 43 vs 34 (broadcaster, feature)"),
 ('F12', [NC], [L(FE, 'came home with nine'), L(R, 'Solvang finished with 11')],
  'dogs at the finish: feature nine vs broadcaster 11'),
 ('F13', [NC], [L(P, 'Her dogs covered the 560-mile route'), L(R, 'The 805km (500-mile) trail'), L(FE, 'The trail is five hundred miles long')],
  'trail length: local daily 560 miles vs 500 miles / 805 km'),
 ('F14', [NA], [L(R, 'Solvang takes home $40,000, or 16%')],
  '$40,000 of $310,000 is 12.9%, not 16%'),
 ('F15', [QC], [L(R, 'I just tried not to slow them down'), L(FE, 'I just tried not to hold them back')],
  'Solvang quote: "slow them down" (broadcaster) vs "hold them back" (feature)'),
 ('F16', [DI], [L(P, 'marked its 35th anniversary'), L(FE, "in the race's forty-year history")],
  'first run in 1986: 2026 is the 40th anniversary, not the 35th'),
 ('F17', [UQ], [L(FE, 'You stop feeling your fingers')],
  'feature quote standing alone between two paragraphs without any speaker'),
 # ---- cement cartel fines (true: 192.4 + 151.0 + 75.2 = EUR 418.6m; 31 Mt; overcharge about 11%; whistleblower 2023, raids Feb 2025)
 ('F18', [NC], [L(LG, 'fined a combined EUR 436m'), L(AB, '- Brannock Cement: EUR 192.4m'), L(AB, '- Calder Materials: EUR 151.0m'), L(AB, '- Hollin Aggregates: EUR 75.2m'), L(GB, 'a total of EUR 418.6m')],
  'total fine: business daily EUR 436m vs the three parts in the trade newsletter (sum 418.6) and the bulletin total 418.6'),
 ('F19', [NC], [L(GB, 'faces a EUR 129.4m penalty'), L(AB, '- Brannock Cement: EUR 192.4m')],
  "Brannock's fine: bulletin EUR 129.4m (transposed) vs EUR 192.4m"),
 ('F20', [NC], [L(LG, 'some 13 million tonnes'), L(AB, 'Cartel-affected volume: 31 Mt'), L(AB, '31 Mt is about 1.24 billion bags')],
  'cartel-affected volume: business daily some 13 million tonnes vs 31 Mt'),
 ('F21', [NC], [L(LG, 'puts the overcharge at 17 per cent'), L(LG, 'added about 11 per cent to prices'), L(AB, 'Estimated overcharge: about 11%'), L(GB, 'which the NCO puts at about 11 per cent')],
  'overcharge: 17 per cent vs about 11 per cent, within the business daily and across outlets'),
 ('F22', [NA], [L(GB, '412 of 1,930 members')],
  '412 of 1,930 is 21.3%, not 31 per cent'),
 ('F23', [QC], [L(AB, 'builders and homeowners paid'), L(LG, 'builders and taxpayers paid')],
  'Beatrix Lomond quote: "homeowners" (trade) vs "taxpayers" (business daily)'),
 ('F24', [DI], [L(LG, "four years after Hollin's first approach in 2023")],
  'February 2025 is two years after 2023, not four'),
 ('F25', [UQ], [L(GB, 'If you bought a bag of cement')],
  'bulletin quote with no speaker anywhere nearby'),
 # ---- stand-alone documents
 ('F26', [NC], [L(LIB, 'to 519.'), L(LIB, '| All regions |'), L(LIB, '(142 of 591)')],
  'number of libraries: main points 519 vs table total 591 (and 142 of 591 in the text)'),
 ('F27', [NA], [L(LIB, 'an increase of 23.4%')],
  'e-loans 9.6m to 11.3m is +17.7%, not +23.4%'),
 ('F28', [NC, NA], [L(VR, 'rose 6.1% to £1,271.0m'), L(VR, '| Group | 1,217.0')],
  'group revenue: £1,271.0m in the highlights vs £1,217.0m in the table (6.1% growth fits 1,217.0)'),
 ('F29', ['footnote-no-notes'], [L(VR, 'operating profit[1]'), L(VR, 'Net debt[2]'), L(VR, '£17.4m[3]')],
  'markers [1]-[3] in the results release, which has no notes section'),
 ('F30', ['footnote-gap'], [L(DT, 'almost 9%.[4]'), L(DT, 'examiner sickness.[6]'), L(DT, '[4] Agency workforce'), L(DT, '[6] Agency annual report')],
  'footnote [5] missing: markers and notes run 1-4, 6-8'),
]
notes = [
 ('N1', ['anonymous-source'], [L(T, 'who asked not to be named')], 'baggage handler who asked not to be named'),
 ('N2', ['anonymous-source'], [L(W, 'spoke on condition of anonymity')], 'airline executive speaking on condition of anonymity'),
 ('N3', ['vague-source'], [L(T, 'Industry analysts say')], '"Industry analysts say"'),
 ('N4', ['quote-altered'], [L(FE, 'She reads [the dogs]')], 'brackets inside a direct quote'),
 ('N5', ['vague-source'], [L(R, 'Critics say races')], '"Critics say"'),
 ('N6', ['anonymous-source'], [L(AB, 'People familiar with the investigation')], '"People familiar with the investigation"'),
 ('N7', ['vague-source'], [L(GB, 'Economists say')], '"Economists say"'),
 ('N8', ['quote-altered'], [L(DT, 'stretched … but not broken')], 'ellipsis inside a direct quote'),
]

# traps: (file, substring, what, in_must_not)
traps = [
 # wire
 (W, 'Published: Sunday 19 July 2026', 'date line: 19 July 2026 is a Sunday', True),
 (W, 'A further 61 departures', '186 + 61 = 247; Saturday figure is another period than Friday 186', True),
 (W, 'Dev Okonjo, of the Air Passengers Forum, said travellers were entitled', 'up to £1,500 agrees with "as much as £1,500" and "up to £1,500" elsewhere', True),
 (W, 'handled 9.8 million passengers last year, up from 9.1 million', 'annual traffic (9.8m in 2025, 9.1m in 2024): other subject/period than 41,300 disrupted', True),
 (W, 'Halvorsen, which has installed', '40 airports: unrelated count', False),
 # tabloid
 (T, 'HOLIDAY HELL', 'headline, no figures', False),
 (T, 'Saturday, July 18, 2026', 'date line: 18 July 2026 is a Saturday', True),
 (T, 'Mum-of-three Shelley Varga', '7.15am to 6.30pm is eleven and a quarter hours; passenger times are not the failure time', True),
 (T, 'The kids have got the clothes', 'quote with speaker ("she said")', True),
 (T, 'Passenger champion Dev Okonjo', '"as much as £1,500" = "up to £1,500" in wire and live page', True),
 (T, 'The system normally shifts 6,200 bags', '6,200 bags an hour agrees; 9.8 million a year is about 26,800 a day (around 27,000); 23 scanners is not 23 km', True),
 (T, 'only 60 or so flights were expected', 'forecast for Saturday (60 or so) vs actual 61: forecast, and "or so" overlaps', True),
 (T, 'Temperatures in the terminal topped 86F (30C)', '86F = 30C, correct conversion', True),
 (T, "The Clarion's travel desk", 'page number is not a quantity', True),
 # live page
 (LV, 'Live: Kestrelford Airport', 'headline', False),
 (LV, 'Friday 17 July 2026 - Northgate', 'date line: 17 July 2026 is a Friday', True),
 (LV, 'Summary: The baggage system', 'no figures ("thousands", "dozens")', False),
 (LV, '07:55 At least 40 departures', 'running total at 07:55, grows during the day; "at least"', True),
 (LV, '09:10 The number of cancelled flights has risen to 97', 'running totals (97 flights, about 4,000 bags) at 09:10, not final figures', True),
 (LV, '11:20 The short-stay car park', 'clock time 10:50 is when the car park filled, not the time of the failure; 2,400 spaces is another count', True),
 (LV, '12:15 Airport chief executive', 'reported speech; "deeply sorry" is a short attributed quote, not a different rendering of the wire quote', True),
 (LV, '13:20 Cancellations now stand at 142', 'running totals at 13:20 (142 flights; more than 9,000 bags so far)', True),
 (LV, '15:30 Correction', 'correction: 213 superseded by 142', True),
 (LV, '16:10 Our reporter', '300 metres is about a fifth of a mile (0.19 mi)', True),
 (LV, '18:15 Dev Okonjo', 'up to £1,500 agrees; quote with speaker', True),
 (LV, '19:05 Flights to the airport', '14 of 16 departures to one destination: a part, not the total', True),
 # broadcaster
 (R, 'breaks Harrow Ridge 500 record by almost five hours', '4 h 43 min is almost five hours; "500" is the race name', True),
 (R, 'Published 11 March 2026', 'date line', False),
 (R, 'in a record time of 3 days, 14 hours and 22 minutes', 'winning time agrees with the feature in words', True),
 (R, 'Her time beat the previous record', '3d19h05m - 3d14h22m = 4h43m', True),
 (R, 'Temperatures dropped to -41C', '-41C agrees with minus forty-one degrees and minus 42F (-41.8F)', True),
 (R, 'Ruud, 47, who won in 2022 and 2024', "Ruud's age 47 and prize $30,000 are another person's figures", True),
 (R, 'The organisers say every dog', '11 checkpoints is not the 11 dogs', True),
 (R, 'Around 3,500 spectators', '3,500 this year vs about 2,800 last year: other period', True),
 (R, 'The trail closes on Friday', 'no figures', False),
 # feature
 (FE, 'The woman who listens', 'headline', False),
 (FE, 'Friday 20 March 2026 | The Long Light', 'date line: 20 March 2026 is a Friday', True),
 (FE, 'The numbers of her win', 'three days, fourteen hours and twenty-two minutes and minus forty-one degrees agree with the broadcaster', True),
 (FE, 'Kettil is sixty-eight', 'last race 2020, six years before 2026; record set 2019', True),
 (FE, 'The prize is forty thousand dollars', 'forty thousand dollars = $40,000; 700 kg a month of dog food is another measure', True),
 (FE, 'Some things she will not put a number on', 'quote with speaker in previous sentence; three and a half days is about the winning time', True),
 (FE, 'She will race again next March', 'entry fee four thousand dollars is not the prize', True),
 # local daily
 (P, "Tarnby's Solvang is queen", 'headline', False),
 (P, 'Thursday, March 12, 2026', 'date line: 12 March 2026 is a Thursday', True),
 (P, 'Tarnby celebrated last night', 'no figures', False),
 (P, 'About 200 people gathered', 'about 200 in Tarnby vs around 3,500 at the finish: two different crowds; the 3,500 agrees with the broadcaster', True),
 (P, 'Mayor Gwen Palliser said', 'quote with speaker', False),
 (P, "Solvang's $40,000 winnings", '$40,000 agrees; two miles is a different distance than the trail', True),
 (P, 'Runner-up Tomas Ruud finished just over two hours later', '04:22 to 06:32 is 2 h 10 min: agrees with the broadcaster', True),
 (P, 'Solvang, who trains on the forest tracks', 'quote with speaker', False),
 (P, 'Ormond said the couple had spent about $18,000', 'spending, not the prize', True),
 (P, 'Tarnby last had a winner', 'another race and year', True),
 (P, 'A civic reception is planned', 'Saturday 21 March 2026 is correct', True),
 # trade newsletter
 (AB, 'NCO fines cement cartel', 'headline', False),
 (AB, 'Aggregates & Binders Weekly, issue 38/2026', 'date line: 23 September 2026 is a Wednesday; issue number is not a quantity', True),
 (AB, 'The National Competition Office (NCO) on Tuesday fined', 'Tuesday = 22 September; period March 2017 to October 2024', True),
 (AB, 'Key figures from the decision', 'list heading', False),
 (AB, 'Combined market share of the three: 78%', '22.2 of 28.4 Mt = 78.2%', True),
 (AB, 'Sites searched in the dawn raids', '14 sites agrees with "14 offices and plants"; 11 February 2025', True),
 (AB, 'Brannock chief executive Colm Ferris said', 'short attributed quote; 60-day deadline', True),
 (AB, 'Calder said it was', 'Hollin whistle-blew in 2023 (agrees with business daily year)', True),
 (AB, 'The decision is the largest in the building-materials', 'EUR 530m fine on other companies in 2021', True),
 (AB, 'Market reaction on Tuesday', 'list heading', False),
 (AB, '- Brannock: -6.2% to EUR 18.14', 'agrees with the business daily', True),
 (AB, '- Calder: -1.8% to EUR 9.62', 'agrees with the business daily', True),
 (AB, "Brannock's list price for bulk CEM I", 'EUR 121 to EUR 118 is a fall of 2.5%', True),
 (AB, 'Customers who believe they were overcharged', 'six years from 2026 is 2032', True),
 (AB, 'Next week: what the decision means', 'no figures', False),
 # members' bulletin
 (GB, 'Cement cartel: what the NCO fines mean', 'headline', False),
 (GB, "Members' Bulletin No. 112", 'date line: 25 September 2026 is a Friday; bulletin number not a quantity', True),
 (GB, 'The three firms together sell nearly four in five', 'nearly four in five agrees with 78%', True),
 (GB, 'What to do now:', 'list heading', False),
 (GB, '- Keep every invoice from March 2017', 'cartel start agrees', False),
 (GB, "- Register your interest", 'Friday 30 October 2026 is correct', True),
 (GB, '- Do not sign a settlement offer', 'no figures', False),
 (GB, 'The claims desk already has 286 members', 'members\' bills EUR 61m: not the fine', True),
 (GB, 'Achebe warns that', 'quote with speaker ("she says")', True),
 (GB, 'The NCO\'s chair, Beatrix Lomond, said the decision "sends', 'a different remark by Lomond, not a rendering of her "For seven years" quote', True),
 (GB, 'Members without a solicitor', '25 per cent fee cap: other measure', True),
 (GB, 'Our annual conference', 'Thursday 12 November 2026 is correct', True),
 # business daily
 (LG, 'Cement makers fined over seven-year price cartel', 'seven-year: March 2017-October 2024', True),
 (LG, 'The Commercial Ledger - Wednesday 23 September 2026', 'date line: Wednesday is correct', True),
 (LG, 'Brannock Cement, whose shares fell 6.2 per cent', 'share move agrees with trade newsletter', True),
 (LG, 'The case began with a tip-off', '30% cut to EUR 75.2m agrees (from EUR 107.4m)', True),
 (LG, 'The decision took 19 months from the raids', 'February 2025 to September 2026 is 19 months', True),
 (LG, 'Brannock reported revenue of EUR 2.1bn', "two companies' revenues, not fines", True),
 (LG, "Calder's shares closed 1.8 per cent lower", 'agrees', True),
 (LG, 'Analysts at Verdane Securities', 'named source; target price EUR 21 vs EUR 24 is a forecast, not the share price', True),
 (LG, 'The three groups employ about 6,900', 'unrelated counts', False),
 (LG, "Brannock's appeal is unlikely", 'future period', False),
 # library bulletin
 (LIB, 'Public library use, year ending 31 March 2026: 58.0 million', 'headline visits agree with table total', True),
 (LIB, 'Statistical bulletin, Office for Provincial Statistics', 'date line: 20 August 2026 is a Thursday', True),
 (LIB, 'Main points', 'heading', False),
 (LIB, '- Public libraries recorded 58.0 million visits', 'agrees with table', True),
 (LIB, '- Physical loans fell 3.2% to 35.8 million', '37.0 to 35.8 is -3.2%', True),
 (LIB, 'Table 1: Library use by region', 'table title with year', False),
 (LIB, '| Region | Visits', 'table header', False),
 (LIB, '|---|---|---|---|---|', 'table rule', False),
 (LIB, '| Capital Region |', 'region row: part, not total', True),
 (LIB, '| Northmoor |', 'region row', True),
 (LIB, '| Eastvale |', 'region row', True),
 (LIB, '| Southport Coast |', 'region row', True),
 (LIB, '| Western Uplands |', 'region row', True),
 (LIB, 'Almost a quarter of all loans were e-loans', '11.3 of 47.1 = 24%; 35.8 + 11.3 = 47.1', True),
 (LIB, 'Western Uplands is the only region', '2.3 more than half of 4.2: correct', True),
 (LIB, 'Visits per head of population', 'per-head rates for three different years', True),
 (LIB, 'Opening hours fell for the fourth year running', '38.5 / 7 = 5.5', True),
 (LIB, 'Spending by provincial councils', '612 actual vs 598 budget for next year (plan vs outturn)', True),
 (LIB, 'Volunteers worked in 221 libraries', '221 libraries with volunteers is a subset, not the library total', True),
 (LIB, 'Notes', 'notes heading', False),
 (LIB, '1. Visits are counted by door sensors', '487 libraries with sensors: a subset', True),
 (LIB, '2. e-loans are e-books', 'no figures', False),
 (LIB, '3. Figures for 2024-25 have been revised', 'revision: 36.6m superseded by 37.0m', True),
 (LIB, '4. Population estimates for mid-2025', 'list marker, year', False),
 (LIB, 'Next release: August 2027', 'date', False),
 # results release
 (VR, 'profit up 9% as revenue tops £1.2bn', '"tops £1.2bn" is a lower bound; profit +9.0%', True),
 (VR, 'Results release, 07:00, Thursday 10 September 2026', 'date line: Thursday is correct', True),
 (VR, 'today reports results for the year to 30 June 2026', 'no quantities', False),
 (VR, 'Highlights', 'heading', False),
 (VR, '- Full-year dividend of 24.5p', '22.8p to 24.5p is +7.5%', True),
 (VR, 'Revenue by segment', 'heading', False),
 (VR, '| Segment | FY2026', 'table header', False),
 (VR, '|---|---|---|---|', 'table rule', False),
 (VR, '| Decorative |', '601.3 to 642.5 is +6.9%', True),
 (VR, '| Industrial |', '381.0 to 398.2 is +4.5%', True),
 (VR, '| Marine & Protective |', '164.9 to 176.3 is +6.9%', True),
 (VR, 'Priya Halden, chief executive, said', 'quote with speaker', False),
 (VR, 'Decorative, which sells paint', '642.5 / 1,217.0 = 53%', True),
 (VR, 'Marine & Protective grew fastest alongside', 'order book £94m vs £81m a year earlier: other periods; quote attributed to Halden', True),
 (VR, 'Outlook: the board expects revenue of around £1.3bn', 'forecast for FY2027, not actual revenue', True),
 (VR, 'The final dividend of 16.3p', '16.3p + 8.2p = 24.5p; Friday 13 November 2026 correct', True),
 (VR, 'Analyst and investor presentation', 'clock time of a presentation, not of an event in conflict', False),
 (VR, 'Enquiries: Tom Castellan', 'no figures', False),
 # committee report
 (DT, 'Driving test waiting times: report', 'headline', False),
 (DT, 'Published: Thursday 15 October 2026', 'date line: Thursday correct', True),
 (DT, 'Summary. Learner drivers now wait', '21.4 vs 14.2 weeks are two periods (half as long again = 1.51x); nine-week target is a target', True),
 (DT, 'At the end of June 2026, 412,000 people', '71,000 of 412,000 is about one in six', True),
 (DT, 'Learners in rural areas are worst affected', 'one centre: 27 weeks vs 24.1 in January (2.9 weeks, almost three)', True),
 (DT, 'Resale of test slots by booking bots', '2.3m vs 1.1m is more than double; two periods', True),
 (DT, 'Recommendations', 'heading', False),
 (DT, '1. The agency should publish', 'list marker, not a footnote', True),
 (DT, '2. It should set out by 31 January 2027', 'list marker; date', True),
 (DT, '3. Booking rules should limit', 'list marker', False),
 (DT, 'Notes', 'notes heading', False),
 (DT, '[1] Agency quarterly statistics', 'note entry 1', False),
 (DT, '[2] Oral evidence sessions', 'note entry 2; dates', False),
 (DT, '[3] Agency response', 'note entry 3', False),
 (DT, '[7] Oral evidence, 14 July 2026', 'note entry 7', False),
 (DT, '[8] Agency written evidence', 'note entry 8', False),
]

def entry(i, rules, at, what):
    return {'id': i, 'rules': rules, 'at': at, 'what': what}

key = {
    'expected': [entry(*e) for e in expected],
    'notes': [entry(*n) for n in notes],
    'traps': [{'file': f, 'line': L(f, sub)[1], 'what': what} for f, sub, what, mn in traps],
    'must_not': [{'file': f, 'line': L(f, sub)[1], 'what': what} for f, sub, what, mn in traps if mn],
}
with open(os.path.join(OUT, 'key.json'), 'w', encoding='utf-8') as fh:
    json.dump(key, fh, indent=1, ensure_ascii=False)
    fh.write('\n')
print(f"key.json: {len(key['expected'])} expected, {len(key['notes'])} notes, "
      f"{len(key['traps'])} traps, {len(key['must_not'])} must_not")
