#!/usr/bin/env python3
"""Build key.json for the heldout35 planted set from unique substring anchors.

Run from the set's root (or anywhere): python3 gen/make_key.py
Every anchor must match exactly one line of its file; every non-empty line of every
document must be a finding line, a note line or a trap line; no trap line may also be
a finding or note line. Weekdays written next to dates are checked with datetime:
only the planted ones may be wrong.
"""
import datetime, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = {}
for dirpath, _, files in os.walk(os.path.join(ROOT, 'docs')):
    for f in files:
        if f.endswith('.txt'):
            assert f not in DOCS, f'duplicate basename {f}'
            DOCS[f] = os.path.join(dirpath, f)
LINES = {f: open(p, encoding='utf-8').read().splitlines() for f, p in DOCS.items()}


def loc(f, anchor):
    hits = [i + 1 for i, l in enumerate(LINES[f]) if anchor in l]
    assert len(hits) == 1, f'{f}: anchor {anchor!r} matches lines {hits}'
    return hits[0]


FW, FF, FT = 'fusion_wire.txt', 'fusion_feature.txt', 'fusion_trade.txt'
HL, HT, HB = 'hour_live.txt', 'hour_tabloid.txt', 'hour_broadcast.txt'
TC, TR, TN = 'trial_courtwire.txt', 'trial_regional.txt', 'trial_newsletter.txt'
ST, RR, FC = 'court_statistics.txt', 'results_release.txt', 'forensic_committee.txt'

NC, NA, DI = 'numeric-conflict', 'numeric-arithmetic', 'date-inconsistency'
QC, UQ = 'quote-conflict', 'unattributed-quote'

# (id, rules, [(file, anchor), ...], what)
EXPECTED = [
    # --- cluster fusion: Torvane stellarator long-pulse record, Tue 10 March 2026 ---
    ('F1', [NC], [(FT, '1,432-second plasma'), (FW, 'for record 1,342 seconds'), (FW, 'burning for 1,342 seconds'),
                  (FF, 'Twenty-two minutes that could'), (FF, 'for twenty-two minutes, tried'),
                  (FF, 'one thousand three hundred and forty-two seconds')],
     'pulse length: trade newsletter 1,432 s vs 1,342 s (wire), "one thousand three hundred and forty-two seconds" '
     'and "twenty-two minutes" (feature)'),
    ('F2', [NC], [(FF, 'sixty-eight million euros'), (FW, '€86 million upgrade'), (FT, 'Upgrade budget: €86m')],
     'cost of the Torvane upgrade: "sixty-eight million euros" (feature) vs €86 million (wire) and €86m (trade)'),
    ('F3', [NC], [(FF, 'one point one billion euros'), (FF, 'the €1.4 billion machine')],
     'within the feature: total cost of the facility "one point one billion euros" vs later "the €1.4 billion machine"'),
    ('F4', [NC], [(FT, '- Heating: 4.6 MW'), (FT, 'Holding 6.4 MW')],
     'within the trade newsletter: heating power held during the pulse 4.6 MW (key numbers) vs 6.4 MW later'),
    ('F5', [NA], [(FT, 'a 35% improvement')],
     '1.8 GJ vs previous best 1.5 GJ is a 20% improvement, not 35%'),
    ('F6', [DI, NC], [(FT, 'fired up at 14:37'), (FW, 'began at 14:07 local time')],
     'start time of the record pulse: 14:37 (trade) vs 14:07 (wire; the wire also has it ending at 14:29 after 1,342 s)'),
    ('F7', [QC], [(FT, 'plasma stable for longer'), (FW, '“We kept the plasma steady'), (FF, 'is not given to hyperbole')],
     'Solvang misquoted in the trade newsletter: "stable" instead of "steady"'),
    ('F8', [UQ], [(FF, 'You could hear a pin drop')],
     'direct quote with no speaker ("described to this newspaper")'),
    # --- cluster hourrecord: Odegaard women's hour record, Sat 18 April 2026 ---
    ('F9', [NC], [(HB, 'About 2,800 spectators'), (HL, 'All 3,800 tickets'), (HT, 'nearly 4,000 roaring fans')],
     'crowd: about 2,800 (broadcaster) vs 3,800 (live page) and nearly 4,000 (tabloid)'),
    ('F10', [NC], [(HB, 'previous record of 49.524 kilometres'), (HL, "Lotte Brandsma's 49.254km"),
                   (HT, '2024 mark of 30.6 miles')],
     "Brandsma's previous record: 49.524 km (broadcaster) vs 49.254 km (live) and 30.6 miles = 49.2 km (tabloid)"),
    ('F11', [NC], [(HT, 'The 29-year-old set off'), (HT, 'Not bad for a 28-year-old')],
     "within the tabloid: Odegaard's age 29 vs 28"),
    ('F12', [NA], [(HT, 'a cool £50,000 payday')],
     '£25,000 bonus + £15,000 fee is £40,000, not £50,000'),
    ('F13', [DI, NC], [(HB, 'set off at 2.45pm'), (HL, "14:15 — And she's away"), (HT, 'The 29-year-old set off at 2.15pm')],
     'start time of the attempt: 2.45pm (broadcaster) vs 14:15 (live page entry) and 2.15pm (tabloid)'),
    ('F14', [DI], [(HT, 'Friday May 9')],
     '9 May 2026 is a Saturday'),
    ('F15', [QC], [(HT, 'the crowd dragged me home'), (HL, 'on the track-centre microphone'), (HB, 'the crowd carried me home')],
     'Odegaard misquoted in the tabloid: "dragged" instead of "carried"'),
    ('F16', [UQ], [(HL, 'She’s going to do it')],
     'live-page direct quote with no speaker'),
    # --- cluster trial: Tulloch pension fraud sentencing, Thu 21 May 2026 ---
    ('F17', [NC], [(TN, 'stealing £2.73 million'), (TC, 'over £2.37m fraud'), (TC, 'siphoned £2.37 million'),
                   (TR, 'who stole £2.37m')],
     'amount stolen: £2.73 million (union bulletin) vs £2.37 million (court wire, regional)'),
    ('F18', [NC], [(TC, 'The scheme has 1,410 members'), (TR, 'savings of 1,140 members')],
     'scheme membership: 1,410 (court wire) vs 1,140 (regional); the bulletin\'s "more than 1,100" fits both'),
    ('F19', [NC], [(TR, 'which lasted 19 days'), (TR, 'Over the 16-day trial')],
     'within the regional daily: length of the trial 19 days vs 16 days'),
    ('F20', [QC], [(TR, 'your personal bank account'), (TC, 'your private bank account'), (TN, 'In her sentencing remarks')],
     'Judge Marchetti misquoted in the regional daily: "personal" instead of "private"'),
    ('F21', [DI], [(TN, 'Tuesday 30 April')],
     '30 April 2026 is a Thursday'),
    ('F22', [UQ], [(TN, '“We were told the fund was safe')],
     'pull quote with no speaker'),
    # --- standalone: court statistics bulletin ---
    ('F23', [NC], [(ST, 'Calder Bridge disposed of 970 cases'), (ST, 'Calder Bridge | 860 | 790')],
     'Calder Bridge disposals: 970 in the text vs 790 in Table 1'),
    ('F24', [NC], [(ST, 'ended the quarter with 1,350 cases'), (ST, 'Wexley | 560 | 510 | 1,550')],
     'Wexley outstanding cases at 31 March: 1,350 in the text vs 1,550 in Table 1'),
    ('F25', [NA], [(ST, 'an increase of 15%')],
     '35.0 -> 38.5 weeks is a 10% increase, not 15%'),
    ('F26', ['footnote-gap'], [(ST, 'January to March 2026[2]'), (ST, 'Westmarch circuit[4]'),
                                 (ST, '[2] Outstanding caseload'), (ST, '[4] Medians')],
     'footnote markers run [1], [2], [4]: [3] is missing (notes 1, 2, 4 exist)'),
    # --- standalone: company results release ---
    ('F27', [NC], [(RR, 'Operating profit increased to £24.1 million'), (RR, 'Operating profit (£m) | 21.4')],
     'H1 2026 operating profit: £24.1 million in the highlights vs £21.4m in the summary table'),
    ('F28', [NA], [(RR, 'accounted for 68% of group revenue')],
     '£92.1m of £148.6m is 62%, not 68% (and 62% + the stated 38% instruments share = 100%)'),
    # --- standalone: committee report ---
    ('F29', [NC], [(FC, 'annual budget of £38.5 million'), (FC, 'the £35.8 million budget')],
     'within the committee report: RFSS annual budget £38.5 million vs £35.8 million'),
    ('F30', ['footnote-no-notes'], [(FC, 'against a target of 30 days.[1]'), (FC, 'spent on staff.[2]'),
                                    (FC, 'up from 96 in 2023.[3]')],
     'markers [1]-[3] and no notes section'),
]

NOTES = [
    ('N1', ['anonymous-source'], [(FW, 'A source close to the project')], '"a source close to the project"'),
    ('N2', ['vague-source'], [(FF, 'Some physicists believe')], '"some physicists believe"'),
    ('N3', ['vague-source'], [(HB, 'Experts believe the new mark')], '"experts believe"'),
    ('N4', ['anonymous-source'], [(TC, 'People familiar with the investigation')], '"people familiar with the investigation"'),
    ('N5', ['anonymous-source'], [(TR, 'A court official who asked not to be named')], '"a court official who asked not to be named"'),
    ('N6', ['vague-source'], [(TN, 'Critics say the pensions regulator')], '"critics say"'),
    ('N7', ['anonymous-source'], [(FC, 'who asked not to be named, told the committee')], '"one senior laboratory manager, who asked not to be named"'),
    ('N8', ['vague-source'], [(FC, 'Some observers argue')], '"some observers argue"'),
]

# (file, anchor, what, must_not): must_not marks traps a naive checker is likely to fall into;
# the others (headlines, bylines, boilerplate) are listed in traps only.
TRAPS = [
    # fusion_wire
    (FW, 'Published: 10 March 2026, 18:42 CET', 'publication date and time (18:42 is not the event time)', True),
    (FW, 'previous record of 1,066 seconds', '1,342 - 1,066 = 276 s = 25.9% ("about 26 per cent"); 1,066 s is another device (2025), 480 s the Torvane in 2024', True),
    (FW, 'turned over 1.8 gigajoules', '1.8 GJ and 41 million C agree with the feature (1.8 billion joules, forty-one million C) and trade', True),
    (FW, 'pledged a further €40 million', 'funding pledge and a 1,800 s target for 2027 (target, not actual; not the €86m upgrade)', True),
    (FW, 'Stellarators twist their magnetic cage', 'background, no figures', False),
    (FW, 'Neither kind of machine', 'background; "Tuesday" is 10 March 2026, correct', True),
    (FW, 'submit its measurements', 'no figures', False),
    (FW, 'Shares in Korvex Microwave', 'share price move 4.2 per cent, other subject', True),
    (FW, '(Reporting by Anja Kowalczyk', 'credit line', False),
    # fusion_feature
    (FF, 'Saturday 14 March 2026', 'publication date, correct weekday', True),
    (FF, 'By Helena Marsh', 'byline', False),
    (FF, 'roughly forty-one million degrees Celsius', '41 million C = 73.8 million F ("about seventy-four million"): conversion agrees', True),
    (FF, 'called the result “a genuine milestone”', 'partial quote attributed to Ashdown', True),
    (FF, '“long-pulse era”', 'scare quote; "thirty minutes by the end of next year" = the 1,800 s target for 2027', True),
    (FF, '“Then,” she says,', 'split quote attributed to Solvang ("she says")', True),
    # fusion_trade
    (FT, 'Torvane long-pulse record: what', 'headline', False),
    (FT, 'Plasma Week, Issue 212, 12 March 2026', 'publication date; 12 March is not the pulse date (10 March)', True),
    (FT, 'Key numbers from', 'list intro', False),
    (FT, 'Peak ion temperature: 41 million', '41 million C ~ 3.5 keV, agrees with the wire and the feature', True),
    (FT, "APL's 230-strong team", '230-strong agrees with "about 230" (wire) and "more than two hundred" (feature); up to 10 pellets a second', True),
    (FT, 'Supply chain: Harland Ceramics', 'orders 14 this year vs 9 in 2025: different years; Korvex hiring 60', True),
    (FT, 'Market context:', 'industry-wide funding $2.6bn (2025) vs $3.1bn (2024): other subject and years', True),
    (FT, "What's next: APL aims", 'target 1,800 s in 2027 and €40m bid agree with the wire; target not actual', True),
    (FT, 'Our take: records', 'scare quote "boring"', True),
    # hour_live
    (HL, 'Live: Odegaard attacks', 'headline', False),
    (HL, 'Saturday 18 April 2026 · Last updated 16:40', 'publication date (correct weekday) and update time, not an event time', True),
    (HL, 'Summary: Maren Odegaard has set', '50.412 km agrees with broadcaster (50.412 kilometres) and tabloid (31.3 miles)', True),
    (HL, '16:05 — The commissaires', '50.412 - 49.254 = 1.158 km: correct difference; "two years ago" = 2024', True),
    (HL, 'Correction (15:40)', 'explicit correction: 120 m was wrong, 210 m is right', True),
    (HL, '15:16 — TIME!', '201 laps x 250 m + ~160 m = 50.41 km; 15:16 is the end, not the start', True),
    (HL, '15:00 — Forty-five minutes gone', 'running total 37.9 km at 45 min (legitimately different from the final distance)', True),
    (HL, '14:45 — Half an hour done', 'running total 25.3 km at 30 min', True),
    (HL, '14:30 — 12.7km after the first 15 minutes', 'running total 12.7 km at 15 min', True),
    (HL, '13:45 — Her team say', 'training best 48.9 km in February: not the record ride', True),
    (HL, '13:40 — It is a toasty 28C (82F)', '28 C = 82.4 F: conversion agrees with tabloid and broadcaster', True),
    (HL, '13:30 — Welcome to our live coverage', 'turned professional in 2021 agrees with broadcaster', True),
    # hour_tabloid
    (HT, 'MAREN’S MAGIC HOUR!', 'headline', False),
    (HT, 'Sunday 19 April 2026', 'publication date, correct weekday; "yesterday" = Saturday 18 April', True),
    (HT, 'By Dean Fairweather', 'byline', False),
    (HT, 'blasting 31.3 miles', '31.3 miles = 50.37 km, agrees with 50.412 km', True),
    (HT, 'almost three quarters of a mile further', '31.3 - 30.6 = 0.7 mi; 1.158 km = 0.72 mi: agrees', True),
    (HT, 'It was sweltering inside', '82F (28C) conversion agrees', True),
    (HT, 'Coach Pieter Vance said:', 'quote attributed with "said:"; 201 laps agrees', True),
    (HT, 'Velodrome bosses told us the 4,000-seat', '4,000 seats is capacity, not the crowd', True),
    (HT, 'Her mum, Trine,', 'split quote attributed ("she admitted", "I just listened")', True),
    (HT, 'hugging her rival on the track', 'partial quote attributed to Brandsma; a different remark from her social-media post', True),
    (HT, 'Tickets for that go on sale', 'ticket prices £12 and £6; 9am is a sale time', True),
    # hour_broadcast
    (HB, 'Odegaard breaks women', 'headline', False),
    (HB, '18 April 2026', 'publication date', False),
    (HB, 'covering 50.412 kilometres', '50.412 km agrees; "on Saturday" is correct for 18 April 2026', True),
    (HB, 'Her coach, Pieter Vance, said the attempt', 'partial quote "to the hundredth of a second" attributed; 201 laps of 250 m', True),
    (HB, 'The temperature inside the velodrome was raised to 28C', '28C agrees', True),
    (HB, 'congratulated her afterwards on social media', 'quote attributed with "writing:"', True),
    (HB, "The men's record", "men's record 56.211 km: other subject, other year", True),
    (HB, "NCB's live coverage", 'TV audience 1.2 million is not the crowd in the velodrome', True),
    (HB, 'The record must still be ratified', 'about six weeks', False),
    (HB, 'won bronze in the individual pursuit', 'turned professional 2021 agrees with the live page; "last year" = 2025', True),
    (HB, 'take a fortnight off the bike', 'no date given for the championships', False),
    # trial_courtwire
    (TC, 'Court News Service, 21 May 2026, 13:05', 'publication time 13:05 vs sentencing at 11:40: not the same event', True),
    (TC, 'Graham Tulloch, 58, of Ferncliffe, was found guilty', 'age 58 and 11 hours of deliberation agree with the regional', True),
    (TC, 'The court heard that Tulloch moved money', 'period 2018-2024 (six years) agrees', True),
    (TC, 'Prosecutor Helen Drury said £940,000', '£940,000 recovered (not the amount stolen); Monday 14 September 2026 is correct', True),
    (TC, 'The judge said Tulloch had exploited', 'partial quote attributed to the judge', True),
    (TC, 'His barrister, Simon Achterberg', 'partial quote "deeply ashamed" attributed', True),
    (TC, 'half of the 90-month term', '90 months = seven and a half years', True),
    (TC, 'Nationally, reported pension fraud losses', 'national £41m (2025) and £36m (2024): other subject and years', True),
    (TC, 'The regulator said it had opened an inquiry', 'no figures', False),
    (TC, 'The Transport and Tramways Union, which sponsors', 'no figures', False),
    (TC, '(Reporting by Nadia Petrov', 'credit line', False),
    # trial_regional
    (TR, 'Ferncliffe pension thief jailed', 'headline; seven and a half years agrees', False),
    (TR, 'Friday 22 May 2026', 'publication date, correct weekday; "yesterday" = Thursday 21 May', True),
    (TR, 'By Rachel Oduya', 'byline', False),
    (TR, 'The court heard he spent the money', 'no figures', False),
    (TR, '“This was a long and complicated inquiry', 'quote attributed after the quote ("said Detective Sergeant Owen Pryce")', True),
    (TR, 'Of the stolen money, £940,000', '£2.37m - £940,000 = £1.43m: correct difference', True),
    (TR, 'Dev Okafor, general secretary', 'partial quote attributed; agrees with the bulletin\'s full quote', True),
    (TR, 'Retired tram driver Marjorie Bell', 'quotes attributed (said she felt / she said); age 74 is another person', True),
    (TR, 'restore full benefits by 2028', 'target year', False),
    (TR, 'Tulloch, a father of two', 'treasurer since 2011 (not the fraud period)', True),
    # trial_newsletter
    (TN, 'Justice at last for Marlow Vale', 'headline', False),
    (TN, "TTU Members' Bulletin, Monday 1 June 2026", 'publication date, correct weekday', True),
    (TN, 'Dear members,', 'salutation', False),
    (TN, 'More than 1,100 of you', '"more than 1,100" agrees with 1,140 (and does not decide between 1,140 and 1,410)', True),
    (TN, 'General secretary Dev Okafor: “', 'quote attributed with "Name:"; agrees with the regional\'s partial quote', True),
    (TN, 'The scheme’s annual statements showed', 'no figures; the following quote has no speaker', False),
    (TN, 'So far £940,000 has been recovered', '£940,000 agrees; Monday 14 September 2026 is correct', True),
    (TN, 'Your pension is safe', 'compensation cap 90%, other attribute', True),
    (TN, 'The scheme now has a professional', 'audits every six months', False),
    (TN, 'We want to thank the 37 members', '37 witnesses, not the membership', True),
    (TN, 'Branch meetings to explain', 'Wednesday 10 June 2026 is correct; 18:30 is a meeting time', True),
    (TN, 'If you have questions before then', '9am-5pm helpline hours', False),
    (TN, 'In solidarity,', 'sign-off', False),
    (TN, 'The TTU Executive Committee', 'signature', False),
    # court_statistics
    (ST, 'Criminal court statistics for the Westmarch', 'headline', False),
    (ST, 'Published: Thursday 18 June 2026', 'publication date, correct weekday', True),
    (ST, 'Official statistics bulletin from', 'Thursday 17 September 2026 is correct', True),
    (ST, 'Main points', 'heading', False),
    (ST, 'received 3,480 new criminal cases', '3,480 / 3,270 = +6.4%: correct; 2025 figure is another year; marker [1] has a note', True),
    (ST, 'Disposals totalled 3,215', '3,480 - 3,215 = 265; 9,905 agrees with Table 1 total', True),
    (ST, 'Centre | Receipts | Disposals', 'table header', False),
    (ST, 'Aldbury | 1,120 | 1,035 | 3,210', 'table row', False),
    (ST, 'Hallamford | 940 | 880 | 2,690', 'table row; Hallamford here is a court centre, not the trial cluster', True),
    (ST, 'Total | 3,480 | 3,215 | 9,905', 'column totals are correct (1,120+860+940+560 etc.)', True),
    (ST, 'Period | Median weeks', 'table header', False),
    (ST, 'January to March 2025 | 35.0', 'agrees with the text', True),
    (ST, 'January to March 2026 | 38.5', 'agrees with the text', True),
    (ST, 'Nationally, Crown Court receipts rose 3.1%', 'national 31,900 vs circuit 3,480: other subject; 6.4/3.1 = roughly twice', True),
    (ST, "Magistrates' courts on the circuit completed", '18,740 / 19,160 = -2.2%: correct; magistrates, not Crown Court', True),
    (ST, 'Of the 9,905 cases outstanding', '1,287 / 9,905 = 13%: correct', True),
    (ST, 'will exceed 10,400 cases by March 2027', 'projection, not the actual 9,905', True),
    (ST, 'Notes', 'notes heading', False),
    (ST, '[1] Receipts include', 'note 1 exists', True),
    (ST, 'Responsible statistician', 'contact line', False),
    # results_release
    (RR, 'Pellucid Genomics plc: interim results', 'headline', False),
    (RR, '6 August 2026', 'publication date', False),
    (RR, 'HARLOW FEN - Pellucid', 'marker [1] has a note', True),
    (RR, 'Highlights', 'heading', False),
    (RR, '- Revenue up 16.7% to £148.6 million', '148.6 / 127.3 = +16.7%: correct; H1 2025 is another period', True),
    (RR, '- 412 sequencers shipped', '412 vs 365: different periods, agrees with the table', True),
    (RR, '- Interim dividend raised 14%', '3.2p / 2.8p = +14.3%: correct', True),
    (RR, 'Summary of results', 'heading', False),
    (RR, 'Measure | H1 2026', 'table header', False),
    (RR, 'Revenue (£m) | 148.6', 'agrees with the highlights', True),
    (RR, 'Gross margin (%) | 54.2', '+2.4 pts = 54.2 - 51.8: percentage points, correct', True),
    (RR, 'Instruments shipped | 412', '412 / 365 = +12.9%: correct', True),
    (RR, 'Net cash at period end (£m)[2]', '63.0 / 48.5 = +29.9%: correct; marker [2] has a note', True),
    (RR, 'Instrument sales brought in £56.5 million', '56.5 / 148.6 = 38%: correct; 92.1 + 56.5 = 148.6', True),
    (RR, 'By region, North America', '61.2 + 52.8 + 34.6 = 148.6', True),
    (RR, 'Chief executive Rosalind Achebe said:', 'quote attributed with "said:"', True),
    (RR, 'Group headcount reached 1,240', 'headcount 1,240 vs 1,105 a year earlier: different dates', True),
    (RR, 'Research and development spending was £19.8 million', 'H1 actual £19.8m vs full-year expectation about £42m', True),
    (RR, 'Outlook: the board expects', 'full-year revenue forecast £300-315m, not the H1 actual £148.6m', True),
    (RR, '“The second half has started well,”', 'split quote attributed to Lindgren', True),
    (RR, 'The interim dividend will be paid on Thursday 15 October 2026', 'Thursday 15 October 2026 is correct', True),
    (RR, 'Notes', 'notes heading', False),
    (RR, '[1] Figures for the six months', 'note 1', False),
    (RR, '[2] Net cash excludes', 'note 2; lease liabilities £11.4m, other attribute', True),
    (RR, 'Enquiries: Pellucid', 'contact line', False),
    # forensic_committee
    (FC, 'Forensic science under strain', 'headline', False),
    (FC, 'Published Tuesday 30 June 2026', 'publication date, correct weekday', True),
    (FC, 'Summary', 'heading', False),
    (FC, 'The committee took evidence from 23 witnesses', '23 witnesses, four sessions', False),
    (FC, 'had 2,640 cases waiting for analysis', '2,640 / 1,980 = +33%: "a rise of one third" is correct', True),
    (FC, 'Nationally, the median turnaround', 'national 52 days vs regional 74 days: other subject', True),
    (FC, 'Of the cases waiting, DNA work made up 61%', '61 + 27 + 12 = 100', True),
    (FC, 'There were 31 vacancies among its 212', '31 / 212 = 14.6%: "almost 15%" is correct', True),
    (FC, 'Committee chair Oliver Ndlovu said:', 'quote attributed with "said:"', True),
    (FC, 'Dr Amara Quist', '18 new scientists (not the 212 posts)', True),
    (FC, 'Recommendations', 'heading', False),
    (FC, 'The committee makes 14 recommendations', '£6 million backlog fund is not the annual budget', True),
    (FC, 'It also recommends that the service publish', 'no figures', False),
    (FC, 'by 31 August 2026', 'deadline date, no weekday', False),
]


def build():
    errors = []
    expected, notes, traps, must_not = [], [], [], []
    finding_lines, note_lines = set(), set()
    for fid, rules, anchors, what in EXPECTED:
        at = []
        for f, a in anchors:
            at.append([f, loc(f, a)])
        finding_lines.update((f, l) for f, l in at)
        expected.append({'id': fid, 'rules': list(rules), 'at': at, 'what': what})
    for nid, rules, anchors, what in NOTES:
        at = [[f, loc(f, a)] for f, a in anchors]
        note_lines.update((f, l) for f, l in at)
        notes.append({'id': nid, 'rules': list(rules), 'at': at, 'what': what})
    seen_traps = set()
    for f, a, what, mn in TRAPS:
        line = loc(f, a)
        key = (f, line)
        if key in finding_lines or key in note_lines:
            errors.append(f'trap {f}:{line} ({a!r}) is also a finding/note line')
        if key in seen_traps:
            errors.append(f'trap {f}:{line} listed twice')
        seen_traps.add(key)
        traps.append({'file': f, 'line': line, 'what': what})
        if mn:
            must_not.append({'file': f, 'line': line, 'what': what})
    classified = finding_lines | note_lines | seen_traps
    unclassified = [f'{f}:{i + 1}: {l[:70]}' for f in sorted(LINES) for i, l in enumerate(LINES[f])
                    if l.strip() and (f, i + 1) not in classified]
    if unclassified:
        errors.append('unclassified non-empty lines:\n  ' + '\n  '.join(unclassified))
    return expected, notes, traps, must_not, errors


WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
PLANTED_WEEKDAYS = {(TN, 'Tuesday 30 April'), (HT, 'Friday May 9')}


def check_weekdays():
    pat = re.compile(r'\b(%s),? (?:(\d{1,2}) (%s)|(%s) (\d{1,2}))(?:,? (\d{4}))?' %
                     ('|'.join(WD), '|'.join(MONTHS), '|'.join(MONTHS)))
    wrong, right = set(), 0
    for f in sorted(LINES):
        for l in LINES[f]:
            for m in pat.finditer(l):
                day = int(m.group(2) or m.group(5))
                mon = MONTHS.index(m.group(3) or m.group(4)) + 1
                year = int(m.group(6) or 2026)
                actual = WD[datetime.date(year, mon, day).weekday()]
                if actual == m.group(1):
                    right += 1
                else:
                    wrong.add((f, m.group(0).rstrip(', ')))
    got = {(f, s.split(',')[0]) for f, s in wrong}
    norm = set()
    for f, s in got:
        for pf, ps in PLANTED_WEEKDAYS:
            if f == pf and s.startswith(ps):
                norm.add((pf, ps))
                break
        else:
            norm.add((f, s))
    assert norm == PLANTED_WEEKDAYS, f'weekday check: wrong weekdays {sorted(wrong)}, planted {sorted(PLANTED_WEEKDAYS)}'
    return right, len(wrong)


def main():
    expected, notes, traps, must_not, errors = build()
    right, wrong = check_weekdays()
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    key = {'expected': expected, 'notes': notes, 'traps': traps, 'must_not': must_not}
    with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write('\n')
    by_rule = {}
    for e in expected:
        by_rule[e['rules'][0]] = by_rule.get(e['rules'][0], 0) + 1
    words = {f: len(open(DOCS[f], encoding='utf-8').read().split()) for f in sorted(DOCS)}
    print(f'{len(expected)} findings {by_rule}, {len(notes)} notes, {len(traps)} traps '
          f'({len(must_not)} must_not); weekdays: {right} correct, {wrong} wrong (planted)')
    for f, n in words.items():
        print(f'  {f}: {n} words')
    bad = [f for f, n in words.items() if not 300 <= n <= 400]
    assert not bad, f'word counts out of range: {bad}'


if __name__ == '__main__':
    main()
