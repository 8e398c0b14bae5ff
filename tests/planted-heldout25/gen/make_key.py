#!/usr/bin/env python3
"""Build key.json for the heldout25 planted set from unique substring anchors.

Every location is (file base name, substring). The substring must occur on exactly one line of that
file; its 1-based line number goes into the key. The script also checks: file base names are unique,
no trap line is an expected or note line, the counts (30 expected, 8 notes, 100+ traps), the rule mix,
and every weekday+date it finds in the documents against Python's calendar (all dates are 2026): the
only mismatches allowed are the two planted ones (H20, H22).

Run from anywhere: python3 gen/make_key.py   (writes key.json next to docs/)
"""
import collections
import datetime
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, 'docs')

FILES = {}
for dirpath, _, names in os.walk(DOCS):
    for n in sorted(names):
        if n.endswith('.txt'):
            assert n not in FILES, f'duplicate base name {n}'
            FILES[n] = os.path.join(dirpath, n)
assert len(FILES) == 12, sorted(FILES)
LINES = {n: open(p, encoding='utf-8').read().split('\n') for n, p in FILES.items()}


def line_of(f, anchor):
    assert f in LINES, f'no such file {f}'
    hits = [i + 1 for i, l in enumerate(LINES[f]) if anchor in l]
    assert len(hits) == 1, f'{f}: anchor {anchor!r} matches lines {hits}'
    return hits[0]


def at(*locs):
    return [[f, line_of(f, a)] for f, a in locs]


MW, MF, ML = 'meteor_wire.txt', 'meteor_flare.txt', 'meteor_live.txt'
PC, PR, PO = 'pitch_chronicle.txt', 'pitch_radio.txt', 'pitch_opsweekly.txt'
SW, SL, SG = 'store_wire.txt', 'store_ledger.txt', 'store_gazette.txt'
CL, GO, TH = 'climate_bulletin.txt', 'golf_paper.txt', 'thornfield_results.txt'

NC, NA = ['numeric-conflict'], ['numeric-arithmetic']
NA_NC = ['numeric-arithmetic', 'numeric-conflict']
DI, DI_NC = ['date-inconsistency'], ['date-inconsistency', 'numeric-conflict']
QC, UQ = ['quote-conflict'], ['unattributed-quote']
FG, FN = ['footnote-gap'], ['footnote-no-notes']
AS, VS = ['anonymous-source'], ['vague-source']

expected = [
    # ---------------- cluster A: Carrow Fen fireball, Thursday 12 February 2026, 21:47 GMT
    ('H1', NC, at((MW, 'at about 17 km a second (38,000 mph)'), (ML, 'at around 27,000mph')),
     'entry speed of the fireball: about 17 km/s (38,000 mph) in the wire vs "around 27,000mph" (about 12 km/s) on the live page (15:10)'),
    ('H2', NC, at((MW, 'weighing 312 grams (11 ounces)'), (ML, 'where the 312g stone came through'),
                  (MF, 'which weighs nearly 1lb')),
     'largest fragment: 312 g (11 oz) in the wire and live page vs "nearly 1lb" (408-454 g) in the Flare'),
    ('H7', NC, at((MF, 'Farmer Gareth Penhallow, 58,'), (MF, 'Penhallow, 61, insists')),
     'Flare: age of Gareth Penhallow 58 (para 4) vs 61 (para 11)'),
    ('H8', NC, at((ML, 'leaving a hole about 15cm (6in) wide'), (ML, 'left a neat hole about 8cm across'),
                  (MW, 'leaving a hole about 8 cm (3 inches) wide')),
     'live page: hole in the shed roof about 15cm (6in) at 14:45 vs about 8cm at 11:05 (the wire also says about 8 cm)'),
    ('H15', NA, at((MW, 'Of the 14 pieces found so far')),
     'wire: of 14 pieces, nine found by volunteers and "the remaining four" by the university team: 14 - 9 = 5'),
    ('H19', DI_NC, at((MW, 'seen at 21:47 GMT on Thursday'), (ML, 'seen at 9.47pm on Thursday 12 February'),
                      (MF, 'roared overhead at 8.47pm on Thursday')),
     'time of the fireball: 21:47 GMT (wire) and 9.47pm (live page, 09:00) vs 8.47pm (Flare)'),
    ('H23', QC, at((MW, '"This is the most significant fall'), (ML, 'This is the most important fall')),
     'Imogen Vale: "the most significant fall in this country for a century" (wire) vs "the most important fall" (live page 17:20)'),
    ('H26', UQ, at((MF, 'It was like somebody had switched on floodlights')),
     'Flare: a free-standing witness quote, no speaker in it or the paragraphs around it'),
    # ---------------- cluster B: Castlegate Park pitch invasion, Saturday 18 April 2026
    ('H3', NC, at((PC, 'Seventeen people were arrested'), (PR, 'The force has confirmed 17 arrests'),
                  (PO, 'Darnshire Police made 12 arrests')),
     'arrests: seventeen (Chronicle) and 17 (Darnley Sound) vs 12 (Stadium Ops Weekly)'),
    ('H4', NC, at((PC, 'take the players off for 23 minutes'), (PO, 'was suspended for 23 minutes'),
                  (PR, 'held up for more than half an hour')),
     'suspension of play: 23 minutes (Chronicle, Ops Weekly) vs "more than half an hour" (Darnley Sound)'),
    ('H9', NC, at((PC, "Portmoor’s 2,300 away fans"), (PC, 'some 3,200 visiting supporters')),
     'Chronicle: Portmoor away support 2,300 (para 5) vs "some 3,200 visiting supporters" (para 11)'),
    ('H10', NC, at((PO, 'advertising hoardings 90cm (just under 3ft) high'), (PO, 'the 1.2-metre boards')),
     'Ops Weekly: height of the Kop End hoardings 90cm (just under 3ft) vs 1.2 metres'),
    ('H16', NA_NC, at((PR, 'six people in all')),
     'Darnley Sound: four stewards and a police officer hurt, "six people in all" -- 4 + 1 = 5'),
    ('H20', DI, at((PO, 'Castlegate Park on Saturday 19 April'), (PC, "during Saturday’s Northern Counties Cup"),
                   (PR, 'held up for more than half an hour this afternoon')),
     'Ops Weekly: "Saturday 19 April" -- 19 April 2026 is a Sunday; the match was on Saturday 18 April (Chronicle, radio)'),
    ('H24', QC, at((PC, 'Those scenes have no place in our game'), (PO, 'Those scenes have no place in our sport')),
     'Malcolm Irving: "no place in our game" (Chronicle) vs "no place in our sport" (Ops Weekly)'),
    ('H27', UQ, at((PR, 'We just wanted to be on the pitch with the lads')),
     'Darnley Sound: a fan quote standing alone, no speaker before or after it'),
    # ---------------- cluster C: Hollis & Crane administration, Tuesday 3 March 2026
    ('H5', NC, at((SW, 'Hollis & Crane collapses into administration, 1,450 jobs'),
                  (SW, 'with the loss of 1,450 jobs'), (SL, 'with 1,540 redundancies')),
     'jobs lost immediately: 1,450 (wire headline and lede) vs 1,540 redundancies (Retail Ledger)'),
    ('H6', NC, at((SW, 'owes creditors about 212 million pounds'), (SL, 'puts total liabilities at £212m'),
                  (SG, 'The group owes more than £250 million')),
     'debts: about 212 million pounds (wire), £212m liabilities (Ledger) vs "more than £250 million" (Gazette)'),
    ('H11', NC, at((SL, 'the chain ran 44 shops'), (SL, "shut 19 of the department store group's 46 stores"),
                   (SL, 'Of the 46 stores, 19 are closing'), (SW, 'close 19 of its 46 stores'),
                   (SG, 'closed 19 of the group’s 46 branches')),
     'Ledger: stores before the closures 46 (paras 1-2; wire, Gazette) vs "44 shops" (para 3)'),
    ('H17', NA, at((SL, '31% of the estate')),
     'Ledger: 19 of 46 stores closing is 41%, not "31% of the estate"'),
    ('H21', DI_NC, at((SW, 'appointed administrators on Tuesday, March 3'), (SL, 'appointed administrator to Hollis & Crane yesterday'),
                      (SG, 'were appointed on Monday 2 March')),
     'day the administrators were appointed: Tuesday 3 March (wire; Ledger "yesterday" on 4 March) vs Monday 2 March (Gazette)'),
    ('H25', QC, at((SW, '"We will continue to trade the remaining stores'), (SL, 'We will continue to operate the remaining stores')),
     'Priya Chandran: "continue to trade the remaining stores" (wire) vs "continue to operate the remaining stores" (Ledger)'),
    ('H28', UQ, at((SG, 'It’s the end of an era')),
     'Gazette: a shopper quote standing alone between two paragraphs with no speaker'),
    # ---------------- stand-alone documents
    ('H12', NC, at((CL, 'Rainfall totalled 118 mm'), (CL, 'Rainfall: 131 mm')),
     'climate bulletin: national March rainfall 118 mm (text) vs 131 mm (Table 1)'),
    ('H13', NC, at((GO, 'recorded 41,300 rounds in 2025-26'), (GO, 'Rounds played, 2025-26: 43,100')),
     'golf paper: rounds in 2025-26 41,300 (para 2) vs 43,100 (appendix; 31,900 + 11,200)'),
    ('H14', NC, at((TH, 'which operates 62 garden centres'), (TH, 'Across our sixty-four centres')),
     'Thornfield: 62 garden centres (opening paragraph) vs "sixty-four centres" (operating review)'),
    ('H18', NA, at((TH, 'Revenue rose 12% to £142.3m')),
     'Thornfield: £142.3m against £131.1m is a rise of 8.5%, not 12%'),
    ('H22', DI, at((GO, 'closed at midnight on Thursday 6 May 2026')),
     'golf paper: "Thursday 6 May 2026" -- 6 May 2026 is a Wednesday'),
    ('H29', FG, at((CL, 'a little above its normal total.[3]'), (CL, 'go back to 1961.[5]'),
                   (CL, '3. Regional values are area-weighted'), (CL, '5. Station totals are for')),
     'climate bulletin: footnote 4 missing, marker [3] is followed by [5] (notes also 1, 2, 3, 5, 6)'),
    ('H30', FN, at((TH, 'Like-for-like sales[1]'), (TH, 'Adjusted operating profit[2]'), (TH, 'Net debt[3]'),
                   (TH, 'up 5.2%[4]')),
     'Thornfield: markers [1]-[4] and no notes section'),
]

notes = [
    ('N1', AS, at((MW, 'A police source said')), 'meteor wire: "A police source said"'),
    ('N2', VS, at((MW, 'Astronomers say falls')), 'meteor wire: "Astronomers say"'),
    ('N3', AS, at((PC, 'One club official, who asked not to be named')), 'Chronicle: club official who asked not to be named'),
    ('N4', VS, at((PC, 'Critics argue that')), 'Chronicle: "Critics argue"'),
    ('N5', AS, at((PR, 'A source at the club told us')), 'Darnley Sound: "A source at the club told us"'),
    ('N6', AS, at((SW, 'according to people familiar with the sale process')), 'store wire: people familiar with the sale process'),
    ('N7', VS, at((SW, 'Retail analysts say')), 'store wire: "Retail analysts say"'),
    ('N8', VS, at((GO, 'Campaigners argue that')), 'golf paper: "Campaigners argue"'),
]

traps = [
    # ---- meteor_wire
    (MW, 'Fireball scatters meteorite over eastern England', 'headline: "one piece" is not a count to compare'),
    (MW, 'Published: 13 February 2026 16:40 GMT', 'publication time 16:40 GMT is not the time of the fireball (21:47)'),
    (MW, 'have recovered 14 fragments', '14 fragments by 16:40 Friday agrees with the live page 18:05 (14); the live page 12:30 figure of 11 is an earlier running count'),
    (MW, 'I heard a crack like a shotgun', 'quote attributed in the same sentence (said Gareth Penhallow); 1954 is a year'),
    (MW, 'which links more than 300 amateur camera stations', '1,240 reports by Friday morning = live 10:15 (1,240); stations "more than 300" vs Flare "around 300 cameras" overlap'),
    (MW, 'strewn field about 6 km long and 2 km wide', '6 km x 2 km = 3.7 x 1.2 miles (correct conversions)'),
    (MW, 'ordinary chondrite roughly 4.56 billion years', 'age 4.56bn agrees with Flare "about 4.5 billion"; "significant portion" is a partial quote attributed to the university'),
    (MW, 'Under English law a meteorite belongs', 'no conflict: Penhallow named earlier, loan period "at least two years" unique'),
    # ---- meteor_flare
    (MF, 'SPACE ROCK SMASHES THROUGH', 'headline, no figure'),
    (MF, 'By KELVIN RUSK, Daily Flare', 'byline, not a speaker'),
    (MF, 'A BLAZING space rock lit up', 'tennis-ball size and "by inches" are not figures to compare'),
    (MF, 'blew apart some 20 miles above the ground', 'some 20 miles (18-22 mi) agrees with 32 km (20 miles) in the wire and live page'),
    (MF, 'There was an almighty bang', 'quote attributed by "he told the Flare" (he = Penhallow, previous paragraph); a different remark from the wire quote'),
    (MF, 'More than 1,200 sightings had been logged', 'more than 1,200 agrees with 1,240 (wire) and 1,900 (live, later); around 300 cameras overlaps "more than 300"'),
    (MF, 'said fresh material from a fall that people had actually watched', 'truncated quote "extremely rare": same words as the wire and live page; attributed to Vale'),
    (MF, 'probably about 4.5 billion years old', 'about 4.5bn (4.05-4.95) agrees with 4.56bn in the wire'),
    (MF, 'It belongs with the scientists', 'quote attributed by "he said" (Penhallow, previous sentence)'),
    (MF, 'more than 60 cars turned away', 'more than 60 cars agrees with the wire'),
    (MF, 'Carrowshire Police said anyone who finds', 'police advice, attributed, no figure'),
    # ---- meteor_live
    (ML, 'Live: Fireball over the Fens', 'headline, no figure'),
    (ML, 'BNR East | Live reporting', 'byline and date, not speakers'),
    (ML, 'The university says at least 14 fragments', 'at least 14 agrees with 14; Saturday is the next search day, not the fireball date'),
    (ML, '18:05 – Count rises to 14', 'running count: 14 now, up from 11 at lunchtime (12:30 entry)'),
    (ML, '16:20 – Sightings now 1,900', 'running count: 1,900 now vs 1,240 this morning; 1,900/1,240 = +53%, "about 50%" holds'),
    (ML, '13:30 – Road closed', 'B1187 is a road number, not a quantity'),
    (ML, '12:30 – Eleven fragments found', 'earlier running count (11 at 12:30); "dozens" is a scare quote'),
    (ML, '10:15 – 1,240 reports overnight', '1,240 overnight agrees with the wire'),
    (ML, '08:40 – Good morning', 'more than 600 in the first hour is an earlier running count, not a conflict with 1,240'),
    # ---- pitch_chronicle
    (PC, 'Athletic face cup inquiry', 'headline, no figure'),
    (PC, 'Published: Monday 20 April 2026', '20 April 2026 is a Monday'),
    (PC, '78th-minute equaliser', 'estimated 300 fans agrees with the Ops Weekly; 78th is an ordinal'),
    (PC, 'The crowd of 21,480 was the biggest', 'attendance 21,480 agrees with radio and Ops Weekly; 11 years is a different quantity'),
    (PC, 'Play resumed at 4.58pm', '16:35 + 23 minutes = 16:58; 2-1 is a score; four minutes of stoppage time is not the suspension'),
    (PC, 'deployed 412 stewards, more than the 350', '412 stewards agrees with the Ops Weekly; 350 is the required minimum; 96 cameras agrees'),
    (PC, 'Chief Inspector Ruth Okonedo, the match commander', 'quote attributed by "she said" after a named speaker'),
    (PC, 'would report within 28 days', '28 days = four weeks (Ops Weekly); up to £250,000 agrees'),
    (PC, 'Athletic were fined £40,000', 'a 2014 fine, a different event and year'),
    # ---- pitch_radio
    (PR, 'Pitch invasion halts Castlegate semi-final', 'headline, no figure'),
    (PR, 'Darnley Sound News | Published', 'publication and update times are not event times'),
    (PR, 'It happened at around 4.35pm', 'around 4.35pm agrees with "about 16:35" (Ops Weekly)'),
    (PR, 'trailed since the 31st minute', 'ordinal, not a quantity'),
    (PR, 'will play Hexley Rangers in the final', '16 May 2026 is a Saturday; 2-1 is a score'),
    (PR, 'said in a statement it was “appalled”', 'scare quote attributed to the club; "would ban anyone identified" is the club\'s statement, not Irving\'s quote'),
    (PR, 'Chief Inspector Ruth Okonedo said: “The vast majority', 'quote attributed with a colon; a different remark from the Chronicle one'),
    (PR, 'Footage shared online appears', 'no figure, no quote'),
    (PR, 'have not reached a cup final since 2009', '2009 is a year and 3-0 a score'),
    (PR, 'today’s attendance was 21,480', 'attendance agrees with the other outlets'),
    (PR, 'Tickets for the final go on sale on Tuesday 21 April', '21 April 2026 is a Tuesday; prices and ticket limit are unique'),
    (PR, 'Sunday Sports Hour from 10am tomorrow', 'a programme time, not an event time'),
    # ---- pitch_opsweekly
    (PO, 'how 300 fans beat the Kop End hoardings', 'headline 300 agrees with "an estimated 300"'),
    (PO, 'Published: Thursday 23 April 2026', '23 April 2026 is a Thursday'),
    (PO, 'a ratio of one steward to roughly 52 spectators', '21,480 / 412 = 52.1 (correct ratio); 412 and 21,480 agree with the Chronicle'),
    (PO, 'would rise from 38 to 60', '60/38 = +57.9%, "almost 58%" holds; Kop End stewards (38) are not the 412 total'),
    (PO, 'Dr Aled Pryce, a safety consultant', 'partial quote attributed to Pryce; 2019 is a year'),
    (PO, 'faces a fine of up to £250,000', 'up to £250,000 agrees with the Chronicle; four weeks = 28 days'),
    (PO, 'Castlegate Park at a glance', '21,480 / 24,500 = 87.7%, "88% full" holds; capacity is not attendance; 140 police officers is not the 412 stewards'),
    (PO, 'there were 41 reported pitch incursions', '41 vs 29 = +41.4%, "a rise of 41%" holds; competition-wide, last season'),
    # ---- store_wire
    (SW, 'Published: 3 March 2026', 'dateline date'),
    (SW, 'The remaining 27 stores will keep trading', '46 - 19 = 27 (correct); about 3,900 staff agrees with the Gazette'),
    (SW, 'Sales fell 9 percent to 388 million pounds', '388/426 = -8.9%, "9 percent" holds; agrees with the Ledger'),
    (SW, 'made up 22 percent of sales, or about 85 million', '22% of 388m = 85.4m (correct)'),
    (SW, 'third British department store group to fail', '71 stores belong to two other chains'),
    (SW, 'Its general secretary, Dana Whitlock, said:', 'quote attributed with a colon'),
    (SW, 'where the business was founded in 1871', '1871 is a year; 155-year-old chain in 2026 is consistent'),
    (SW, '($1 = 0.7911 pounds)', 'exchange rate: 212m pounds / 0.7911 = $268m; currencies are not compared'),
    # ---- store_ledger
    (SL, 'Hollis & Crane: 19 stores shut', 'headline 19 agrees'),
    (SL, 'Published: Wednesday 4 March 2026', '4 March 2026 is a Wednesday'),
    (SL, 'The Ashcombe flagship alone covers 150,700 sq ft', '14,000 sq m = 150,700 sq ft (correct); one store, not the chain; 230 staff agrees with the Gazette'),
    (SL, 'a decline of 8.9%', '388/426 = -8.9% (correct)'),
    (SL, 'paid until Friday 13 March', '13 March 2026 is a Friday'),
    (SL, 'landlords at 11 of the 27 continuing sites', '27 continuing sites = 46 - 19; 11 is a subset'),
    (SL, 'owed an average of £41,000 each across roughly 930 accounts', '930 x £41,000 = £38.1m, agrees with £38m owed to suppliers'),
    (SL, 'Department store sales across the UK fell 4.2%', 'national sector figure, not the company'),
    (SL, "last published accounts, for 2024-25", 'losses for two different years'),
    # ---- store_gazette
    (SG, '‘Heartbreaking’: Ashcombe', 'one-word headline scare quote, not speech'),
    (SG, 'Published: Thursday 5 March 2026', '5 March 2026 is a Thursday'),
    (SG, 'landmark Hollis & Crane store will stay open', '1871 agrees with the wire'),
    (SG, 'around one in 17 of the chain’s 3,900 staff', '3,900 / 230 = 17.0 (correct); 1894 is a year'),
    (SG, 'Store manager Colin Abara told staff', 'quote attributed with a colon; Wednesday 4 March'),
    (SG, 'roughly 3.7 per cent of the group’s sales', '£14.2m / £388m = 3.66% (correct); store, not group'),
    (SG, 'Outside, a steady stream of regulars', 'no quote, no figure'),
    (SG, 'The Grade II-listed building, which has five floors', 'Grade II is a listing grade; five floors agrees with the Ledger; years'),
    (SG, 'Cllr Petra Osei, leader of Ashcombe Borough Council', 'partial quote attributed to Osei'),
    (SG, 'its members at the store were “anxious but determined”', 'partial quote attributed to the union'),
    (SG, 'in discussions with a number of interested parties', 'partial quote attributed to Hartwell Kemp'),
    (SG, 'Correction: An earlier version of this article', 'explicit correction: 320 was wrong, 230 is right'),
    # ---- climate_bulletin
    (CL, 'Monthly Climate Summary: March 2026', 'title'),
    (CL, 'Climate Information Unit | Published: 2 April 2026', 'publication date'),
    (CL, 'The national mean temperature was 7.4 °C', 'mean 7.4 °C vs anomaly 1.1 °C are different attributes; agrees with Table 1; marker [1] has a note'),
    (CL, 'Just 96 hours were recorded nationally, 88% of average', '96 / 109 = 88% (correct); agrees with Table 1'),
    (CL, 'Storm Ferelith, which crossed the country on Sunday 15 March', '15 March 2026 is a Sunday; 87 mph = 140 km/h'),
    (CL, 'Six air frosts were recorded', '9 - 6 = 3 (correct); marker [6] has a note'),
    (CL, 'March 2025, by contrast', '39 mm is March 2025, a different period'),
    (CL, 'Table 1. March 2026 at a glance', 'table title; "Table 1" is not a quantity'),
    (CL, 'Mean temperature: 7.4 °C (average 6.3 °C', '7.4 - 6.3 = 1.1 (correct)'),
    (CL, 'Sunshine: 96 hours (average 109 hours)', 'agrees with the text'),
    (CL, 'Strongest gust: 87 mph (140 km/h), Skellan Point', 'agrees with the text'),
    (CL, 'published on Thursday 30 April 2026', '30 April 2026 is a Thursday'),
    (CL, '1. Averages are for the standard period', 'note 1 exists for marker [1]'),
    (CL, '2. The national rainfall series begins in 1910', 'note 2 exists for marker [2]; 1910-2025 is 116 years'),
    (CL, '6. An air frost is recorded', 'note 6 exists for marker [6]'),
    # ---- golf_paper
    (GO, 'Leisure and Culture Scrutiny Committee, Tuesday 9 June 2026', '9 June 2026 is a Tuesday'),
    (GO, '1. Purpose. This report sets out', 'paragraph number and hole counts, not quantities to compare'),
    (GO, 'That is a fall of about a third since 2019-20', '41,300/62,400 = -33.8%, "about a third" holds (also with 43,100); 514 - 388 = 126'),
    (GO, 'an increase of 56%.2', '486/312 = +55.8% (correct); "%.2" is a glued footnote marker with a note'),
    (GO, 'the subsidy now works out at about £11.80', '£486,000 / 41,300 = £11.77 (about £11.80); the £10 green fee is a price'),
    (GO, 'It drew 2,846 responses', '1,736/2,846 = 61.0%, 702/2,846 = 24.7% (25%); marker 3 has a note'),
    (GO, 'Option A: keep both courses', 'estimate for 2027-28, not the 2025-26 actual; "2027-28.4" is a period plus marker 4'),
    (GO, 'Option B: close Ridgeway', '520,000 - 190,000 = 330,000 (correct); a projection, not the actual cost'),
    (GO, 'Option C: lease both courses', '25 years and expected rent are unique'),
    (GO, 'The committee last considered the courses on Tuesday 10 March 2026', '10 March 2026 is a Tuesday'),
    (GO, 'Rounds played, 2019-20: 62,400', 'agrees with the text'),
    (GO, 'Net cost, 2025-26: £486,000', 'agrees with the text; two different years'),
    (GO, '1. Excludes competition rounds', 'note 1 exists for marker 1'),
    (GO, '2. Net of green fees', 'note 2 exists for marker 2'),
    (GO, '3. Percentages are of all responses', '1,736 + 702 + 408 = 2,846 (correct)'),
    (GO, '4. At 2026-27 prices', 'note 4 exists for marker 4'),
    (GO, '5. Based on soft market testing', 'note 5 exists for marker 5'),
    # ---- thornfield_results
    (TH, 'Thornfield Garden Centres plc: preliminary results', 'title: 52 weeks is the period length'),
    (TH, 'Published: 14 May 2026', 'publication date'),
    (TH, 'final dividend of 3.6p per share', '3.6/3.2 = +12.5% (correct)'),
    (TH, 'Chief executive Fiona Gresley said:', 'quote attributed with a colon; four opened, two closed agrees with the review'),
    (TH, 'a net gain of two', '4 - 2 = 2 (correct)'),
    (TH, 'Cafés and restaurants generated £21.6m', '21.6/142.3 = 15.2%, "15%" holds'),
    (TH, 'Online sales, mostly click-and-collect', '9.4/142.3 = 6.6% (correct); £7.1m is last year'),
    (TH, 'Thursday 9 July 2026 at 11am', '9 July 2026 is a Thursday; meeting time, not an event conflict'),
    (TH, 'Tel: 01632 960441', 'telephone number, not a quantity'),
    (TH, 'Tel: 020 7946 0812', 'telephone number, not a quantity'),
]

# ---------------------------------------------------------------- checks
ids = [e[0] for e in expected]
assert len(expected) == 30 and len(set(ids)) == 30, ids
assert sorted(ids, key=lambda s: int(s[1:])) == [f'H{i}' for i in range(1, 31)]
assert len(notes) == 8
mix = collections.Counter(e[1][0] for e in expected)
assert mix == {'numeric-conflict': 14, 'numeric-arithmetic': 4, 'date-inconsistency': 4, 'quote-conflict': 3,
               'unattributed-quote': 3, 'footnote-gap': 1, 'footnote-no-notes': 1}, mix

busy = {(f, l) for e in expected for f, l in e[2]} | {(f, l) for n in notes for f, l in n[2]}
trap_objs, seen = [], set()
for f, anchor, what in traps:
    l = line_of(f, anchor)
    assert (f, l) not in busy, f'trap {f}:{l} ({anchor!r}) is also an expected/note line'
    assert (f, l) not in seen, f'trap {f}:{l} listed twice'
    seen.add((f, l))
    trap_objs.append({'file': f, 'line': l, 'what': what})
assert len(trap_objs) >= 100, len(trap_objs)

# weekday check: every weekday + date in the set, against the 2026 calendar
MONTHS = {m: i for i, m in enumerate(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
                                      'september', 'october', 'november', 'december'], 1)}
MONTHS.update({'jan': 1, 'feb': 2, 'mar': 3, 'apr': 4, 'jun': 6, 'jul': 7, 'aug': 8, 'sep': 9, 'sept': 9,
               'oct': 10, 'nov': 11, 'dec': 12})
WD = r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
MON = r'([A-Z][a-z]+)\.?'
pat1 = re.compile(WD + r',? (\d{1,2}) ' + MON)          # Saturday 19 April
pat2 = re.compile(WD + r',? ' + MON + r' (\d{1,2})\b')    # Tuesday, March 3 / Thursday, Feb. 12
found, bad = 0, []
for f, lines in LINES.items():
    for i, l in enumerate(lines, 1):
        for m in pat1.finditer(l):
            wd, d, mon = m.group(1), int(m.group(2)), m.group(3).lower()
            if mon in MONTHS:
                found += 1
                if datetime.date(2026, MONTHS[mon], d).strftime('%A') != wd:
                    bad.append((f, i, m.group(0)))
        for m in pat2.finditer(l):
            wd, mon, d = m.group(1), m.group(2).lower(), int(m.group(3))
            if mon in MONTHS:
                found += 1
                if datetime.date(2026, MONTHS[mon], d).strftime('%A') != wd:
                    bad.append((f, i, m.group(0)))
planted_bad = {(PO, line_of(PO, 'Castlegate Park on Saturday 19 April')),
               (GO, line_of(GO, 'closed at midnight on Thursday 6 May 2026'))}
assert {(f, i) for f, i, _ in bad} == planted_bad, bad
# every document has a date line
for f, lines in LINES.items():
    assert any('Published:' in l for l in lines[:6]), f'{f}: no Published: line near the top'

key = {
    'expected': [{'id': i, 'rules': r, 'at': a, 'what': w} for i, r, a, w in expected],
    'notes': [{'id': i, 'rules': r, 'at': a, 'what': w} for i, r, a, w in notes],
    'traps': trap_objs,
    'must_not': trap_objs,
}
with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
    json.dump(key, fh, indent=1, ensure_ascii=False)
    fh.write('\n')
print(f'key.json: {len(expected)} expected, {len(notes)} notes, {len(trap_objs)} traps; '
      f'{found} weekday+date pairs checked, planted mismatches: {[b[2] for b in bad]}')
