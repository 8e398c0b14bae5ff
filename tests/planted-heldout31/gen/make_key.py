#!/usr/bin/env python3
"""Build ../key.json for heldout31 from unique substring anchors.

Every anchor is (file base name, substring); the substring must occur on exactly one line of that
file.  The script asserts that, that file base names are unique across docs/, that no trap line is
also an expected or note line, that every stated weekday+date matches the 2026 calendar except the
planted date-inconsistency lines, and then writes key.json (expected, notes, traps, must_not)."""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, 'docs')

files = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        assert f not in files, f'duplicate base name {f}'
        files[f] = os.path.join(d, f)

_lines = {}
def lines(f):
    if f not in _lines:
        with open(files[f], encoding='utf-8') as fh:
            _lines[f] = fh.read().split('\n')
    return _lines[f]

def line_of(f, anchor):
    assert f in files, f'no such file {f}'
    hits = [i + 1 for i, l in enumerate(lines(f)) if anchor in l]
    assert len(hits) == 1, f'{f}: anchor {anchor!r} matches lines {hits}'
    return hits[0]

W, T, L = 'pier_wire.txt', 'pier_tabloid.txt', 'pier_live.txt'
MD, MT, MR = 'magnet_daily.txt', 'magnet_trade.txt', 'magnet_radio.txt'
GW, GB, GT = 'glitch_wire.txt', 'glitch_broadsheet.txt', 'glitch_trade.txt'
RB, PR, LP = 'recycling_bulletin.txt', 'parks_results.txt', 'lighting_paper.txt'
NC, AR, DI, QC, UQ = 'numeric-conflict', 'numeric-arithmetic', 'date-inconsistency', 'quote-conflict', 'unattributed-quote'

EXPECTED = [
    # ---- cluster A: Sallowcombe Pier decking collapse, Sunday 3 May 2026, 2.15pm
    ('H1', [NC], [(W, 'A 30-metre (98ft) section'), (T, 'a 60ft stretch of Sallowcombe')],
     'length of the collapsed section: 30 metres (98ft) (wire) vs 60ft = 18.3 m (tabloid); "section of decking" vs "stretch"; imperial must be converted'),
    ('H2', [NC], [(W, 'About 2,400 people were evacuated'), (L, '15:45 – Sallowcombe Borough Council says about 2,500'),
                  (T, 'More than 4,000 day-trippers were cleared off')],
     'people evacuated from the pier: about 2,400 (wire) / about 2,500 (live page) vs more than 4,000 "cleared off" (tabloid)'),
    ('H3', [NC], [(W, 'is 420 metres long'), (W, 'The 240-metre structure was last closed')],
     'length of the pier within the wire: 420 metres vs "the 240-metre structure" (refers back to the pier)'),
    ('H4', [DI], [(T, 'on Sunday, May 4, with the pier packed')],
     '4 May 2026 is a Monday, not a Sunday (the collapse was on Sunday 3 May; "yesterday" in a 4 May paper)'),
    ('H5', [QC], [(W, '"It was as if the deck simply folded in half,"'), (T, 'simply snapped in half')],
     'Maureen Talgarth: "simply folded in half" (wire) vs "simply snapped in half" (tabloid), named in both'),
    ('H6', [UQ], [(T, 'I heard a crack like a gunshot')],
     'a witness quote as a paragraph of its own; the paragraphs before and after name nobody'),
    ('H7', [AR], [(L, '16:10 – The ambulance service says 12 of the 19 injured')],
     '12 of 19 is 63%, not "about 40%"'),
    # ---- cluster B: magnet quench at Kelmsford University's Brackenridge Laboratory, Tuesday 10 February 2026, 11.20am
    ('H8', [NC], [(MD, 'The university said 1,500 litres of liquid helium'), (MT, 'around 900 litres of liquid helium')],
     'liquid helium boiled off: 1,500 litres (daily) vs around 900 litres (trade; about -> 810-990)'),
    ('H9', [NC], [(MD, 'The building will be closed for nine days'), (MR, 'will be closed for three weeks')],
     'how long the laboratory is closed: nine days (daily; 10 -> 19 February) vs three weeks = 21 days (radio)'),
    ('H10', [NC], [(MT, '£4.2m bill as 900 MHz magnet is lost'), (MT, 'faces a bill of £4.2m'),
                   (MT, 'Replacing the magnet will cost about £2.4 million')],
     'cost of replacing the magnet within the trade newsletter: £4.2m (headline, lede) vs about £2.4 million'),
    ('H11', [DI], [(MD, 'The alarm sounded at 11.20am'), (MT, 'in the late morning of 10 February'), (MR, 'The magnet quenched just after 13:20')],
     'time of the quench: 11.20am (daily; "late morning" in the trade) vs just after 13:20 (radio)'),
    ('H12', [QC], [(MD, '"We lost years of work in a matter of seconds,"'), (MR, 'We lost years of work in a matter of minutes')],
     'Prof. Anita Ovenden: "in a matter of seconds" (daily) vs "in a matter of minutes" (radio)'),
    ('H13', [UQ], [(MR, 'There was this roar and then white fog')],
     'an eyewitness quote standing alone between a paragraph about lectures and one about hospital cases'),
    ('H14', [AR], [(MT, 'Helium prices have risen from £12 to £18 a litre')],
     '£12 -> £18 is a 50% increase, not 33%'),
    # ---- cluster C: Pelham & Roe multibuy pricing fault, Saturday 17 - Tuesday 20 October 2026, announced Thursday 22 October
    ('H15', [NC], [(GW, 'at 212 of its 340 stores'), (GW, 'The company says the correct figure is 212'),
                   (GT, 'P&R pricing fault: 318 stores hit'), (GT, 'multibuy deals at 318 stores')],
     'stores affected by the fault: 212 (wire, confirmed in its correction) vs 318 (trade headline and lede)'),
    ('H16', [NC], [(GW, 'About 108,000 transactions were affected'), (GB, 'Some 180,000 transactions were affected'),
                   (GB, 'across those 180,000 transactions')],
     'transactions affected: about 108,000 (wire) vs some 180,000 (broadsheet)'),
    ('H17', [NC], [(GB, 'For four days this month'), (GB, 'During the six days the fault went unnoticed'),
                   (GW, 'at 212 of its 340 stores')],
     'how long the fault ran, within the broadsheet: four days vs six days (the wire also says four days)'),
    ('H18', [DI], [(GT, 'The fault first appeared on Monday 12 October'), (GW, 'ran from Saturday 17 October until Tuesday 20 October'),
                   (GB, 'The fault began on the morning of Saturday 17 October')],
     'day the fault began: Monday 12 October (trade) vs Saturday 17 October (wire, broadsheet)'),
    ('H19', [QC], [(GW, '"We got this badly wrong and we are sorry,"'), (GT, 'We got this completely wrong and we are sorry')],
     'Declan Orme: "badly wrong" (wire) vs "completely wrong" (trade)'),
    ('H20', [UQ], [(GT, 'This is the kind of thing that destroys trust')],
     'a quote as a paragraph of its own after a paragraph about promotions; nobody is named'),
    ('H21', [AR], [(GB, 'across those 180,000 transactions')],
     '£1.9m / 180,000 = £10.56 a basket, not "about £16"'),
    # ---- stand-alone documents
    ('H22', [NC], [(RB, "The county's recycling rate was 45.8%"), (RB, 'Recycling rate | 44.1% | 48.5%')],
     'Marlshire recycling rate 2025/26: 45.8% in the text vs 48.5% in Table 1 (188,700 / 412,000 = 45.8%)'),
    ('H23', [NC], [(RB, 'Residual waste per household was 512 kilograms'), (RB, 'Residual waste per household (kg) | 541 | 512'),
                   (RB, 'At about 0.6 tonnes per household')],
     'residual waste per household: 512 kg (text, table) vs about 0.6 tonnes = 540-660 kg (commentary)'),
    ('H24', ['footnote-gap'], [(RB, 'England average of 487 kilograms.[3]'), (RB, 'an increase of 27%.[5]'),
                              (RB, '[3] Per-household figures'), (RB, '[5] Food waste tonnages')],
     'markers and notes run 1, 2, 3, 5, 6: number 4 is missing'),
    ('H25', [NC], [(PR, 'Revenue up 9% to £212.4m'), (PR, 'Revenue in the half reached £221.4m')],
     'half-year revenue: £212.4m (highlights; and 134.0 + 58.3 + 20.1 = 212.4) vs £221.4m (text)'),
    ('H26', [NC], [(PR, 'Average occupancy across the estate of 81%'), (PR, 'Occupancy averaged 78% in the half')],
     'average occupancy in the half: 81% vs 78%'),
    ('H27', [AR], [(PR, 'Pre-tax profit rose to £38.6m from £31.2m')],
     '£31.2m -> £38.6m is +23.7%, not 31%'),
    ('H28', ['footnote-no-notes'], [(PR, 'Revenue up 9% to £212.4m'), (PR, 'Underlying EBITDA[2]'), (PR, 'Net debt[3] fell')],
     'markers [1], [2], [3] and no notes section anywhere in the release'),
    ('H29', [NC], [(LP, 'had converted 14,200 of the 21,600 lights'), (LP, '6. Some 12,000 lanterns have now been fitted')],
     'street lights converted to LED by now: 14,200 vs some 12,000 (10,800-13,200); "converted lights" vs "lanterns fitted"'),
    ('H30', [DI], [(LP, 'Wednesday 8 October 2026')],
     '8 October 2026 is a Thursday, not a Wednesday'),
]

NOTES = [
    ('N1', ['anonymous-source'], [(W, 'A council official who asked not to be named')], 'a council official who asked not to be named'),
    ('N2', ['vague-source'], [(T, 'Experts say Victorian piers')], '"Experts say"'),
    ('N3', ['anonymous-source'], [(MD, 'A person familiar with the university')], '"a person familiar with the university\'s insurance arrangements said"'),
    ('N4', ['vague-source'], [(MT, 'Critics argue that universities')], '"Critics argue"'),
    ('N5', ['anonymous-source'], [(GB, 'A senior manager who asked not to be named')], 'a senior manager who asked not to be named'),
    ('N6', ['vague-source'], [(GT, 'Analysts say the episode')], '"Analysts say"'),
    ('N7', ['anonymous-source'], [(GW, 'speaking on condition of anonymity')], 'an executive at a rival chain, speaking on condition of anonymity'),
    ('N8', ['vague-source'], [(LP, '10. Critics argue')], '"Critics argue"'),
]

TRAPS = [
    # pier_wire
    (W, 'Pier section collapses at Sallowcombe', 'headline: 11 people in the sea agrees with the lede, the tabloid and the live page'),
    (W, 'SALLOWCOMBE, England, Sunday 3 May 2026', '3 May 2026 is a Sunday'),
    (W, 'The collapse happened at 2.15pm', 'time agrees with the tabloid (2.15pm) and the live page (14:15 after its correction)'),
    (W, 'Twelve of the 19 injured were taken', '12 in hospital + 7 treated on the promenade = 19; hospitalised is not injured'),
    (W, 'All 11 people who fell were pulled', 'agrees with the lede (11); "half an hour" is another attribute'),
    (W, 'Talgarth said the pier had passed', 'paraphrase with a named speaker, no quote marks'),
    (W, 'about 4 metres (13ft) deep', '4 m = 13.1 ft; agrees with the tabloid\'s "around 13ft"'),
    (W, 'The company said repairs would cost at least £6.5 million', 'agrees with tabloid and live page'),
    (W, 'Sallowcombe Pier drew 610,000 visitors last year', 'last year\'s visitors; 85 staff is another attribute'),
    (W, 'Police said there was no suggestion', 'reported speech, no figure'),
    # pier_tabloid
    (T, 'PIER PLUNGE HORROR', 'headline, no figure'),
    (T, 'Published: 4 May 2026 | By Shane Kettering', 'publication date the day after the collapse ("yesterday" = 3 May)'),
    (T, 'Nineteen people were hurt, and twelve', '"hurt" 19 = wire "injured" 19; twelve in hospital agrees; words vs numerals'),
    (T, 'Lifeguards on the beach formed a human chain', 'no figure, no quote'),
    (T, 'The pier opened in 1889 and is one of', 'a year; no pier length stated'),
    (T, 'Mum-of-two Kerry Dunmore, 34', 'quote attributed by name and "said:"; 34 is an age'),
    (T, 'A coastguard helicopter winched two', 'two winched is a part of the 11 rescued, another attribute'),
    (T, 'She added that the pier had passed', 'paraphrase, "She" = Talgarth'),
    (T, 'around 13ft deep under the pier', 'around 13ft agrees with 4 metres (13ft)'),
    (T, 'Repairs will cost at least £6.5million', '£6.5million (no space) agrees with £6.5 million'),
    (T, 'Local councillor Gwen Aspley said:', 'two-sentence quote attributed by "said:"'),
    (T, 'A “full structural review” has been promised', 'short quoted phrase attributed to the company'),
    (T, 'Last year 610,000 people visited the pier', 'agrees with the wire'),
    # pier_live
    (L, 'Live: Sallowcombe Pier collapse', 'headline, no figure'),
    (L, 'Westhaven Broadcasting | Live page | Sunday 3 May 2026', '3 May 2026 is a Sunday'),
    (L, '14:31 – We are getting reports', 'post timestamp, not the time of the collapse'),
    (L, '14:40 – The coastguard says at least six', 'early running count ("at least six"), superseded at 15:20 and consistent with 11'),
    (L, '14:58 – Police have asked people', 'quote attributed by "told our reporter:"'),
    (L, '15:05 – Paramedics say at least 14', 'running count "at least 14" is consistent with the final 19'),
    (L, '15:20 – The coastguard now says 11', 'agrees with wire and tabloid'),
    (L, '16:30 – Maureen Talgarth, who runs the pier', 'a different remark of Talgarth, attributed by "she said"'),
    (L, '17:05 – Correction: an earlier post said', 'explicitly corrected time: 14:30 -> 14:15, which agrees with 2.15pm'),
    (L, '17:40 – "The crews were on scene', 'quote attributed after it; nine minutes is a response time'),
    (L, '18:10 – The pier company says repairs', '£6.5m agrees'),
    (L, '18:30 – The wind was gusting', '35mph = 56.3 km/h'),
    (L, '19:00 – That\'s all from us', 'Monday 4 May 2026 is a Monday; 08:00 is a reopening time, not the event'),
    # magnet_daily
    (MD, 'Hundreds evacuated after university research magnet fails', '"hundreds" is vague and consistent with about 350'),
    (MD, 'Kelmsford Evening Courier | Published: Tuesday 10 February 2026', '10 February 2026 is a Tuesday; 6.40pm is the publication time'),
    (MD, 'About 350 staff and students were evacuated', 'agrees with trade and radio; "quenched" is a scare quote'),
    (MD, 'Three people were treated by paramedics', 'treated (3) vs taken to hospital (2): different attributes; both agree with the other outlets'),
    (MD, 'Ovenden said the 900 MHz instrument', 'paraphrase; 900 MHz is a specification, four of its kind in the UK another subject'),
    (MD, 'The spectrometer was installed in 2019 at a cost of £9 million', 'installation cost in 2019, not the replacement cost'),
    (MD, 'Campus safety officer Dev Malhotra said', 'quote attributed by "said ...:"; the radio\'s longer version contains the same words'),
    (MD, 'Last year the university spent £310,000 on helium', '240,000 -> 310,000 = +29.2%: correct'),
    (MD, "The magnet's coils are kept at minus 269C", 'agrees with 4.2 kelvin (trade) and minus 269 degrees Celsius (radio)'),
    (MD, 'Lectures normally held in the building', 'no figure'),
    (MD, 'Kelmsford University has about 19,000 students', 'another attribute of the university'),
    # magnet_trade
    (MT, 'Lab Infrastructure Weekly | Issue 87', 'issue number, not a quantity'),
    (MT, 'Around 350 people were evacuated and three', 'agrees with the daily and the radio'),
    (MT, 'fewer than one in 200 installed', 'a ratio about magnets in general, another subject'),
    (MT, 'Kelmsford’s own helium bill rose to £310,000', 'agrees with the daily'),
    (MT, 'Professor Anita Ovenden, head of chemistry, told LIW', 'a different remark, attributed by "told LIW:"'),
    (MT, 'She said the lost samples included proteins', 'quoted fragment "a whole PhD" uses the daily\'s own words; attributed'),
    (MT, 'The university runs 14 NMR spectrometers', '11% of hours and a third of income are different attributes'),
    (MT, 'The instrument was installed in 2019 at a cost of £9m', 'agrees with the daily\'s £9 million'),
    (MT, 'At the neighbouring University of Dunhallow', 'another university and year: 600 litres is not Kelmsford\'s helium'),
    (MT, 'The magnet’s coil runs at 4.2 kelvin', '4.2 K = -268.95 C; "4.2" is not the £4.2m'),
    (MT, 'Kelmsford says it will decide by the end of March', 'no figure'),
    # magnet_radio
    (MR, 'Kelm FM News | Published: 11 February 2026, 07:30', 'publication time, not the time of the quench; "yesterday" = 10 February'),
    (MR, 'Around three hundred and fifty people were evacuated', 'word number agrees with 350'),
    (MR, 'Lectures have been moved to the Guildhall', 'no figure'),
    (MR, 'Two people were taken to hospital as a precaution', 'agrees with the daily\'s two'),
    (MR, 'The university says the magnet cannot be repaired', 'paraphrase, no figure'),
    (MR, 'Student union president Callum Reyes', 'quote attributed by "he said" after it'),
    (MR, '"The oxygen alarms went off at once', 'attribution after the quote; the daily\'s truncated version keeps the same words'),
    (MR, 'Dame Helen Spurway, will visit the laboratory on Friday 13 February', '13 February 2026 is a Friday'),
    (MR, 'The magnet is cooled to minus 269 degrees Celsius', 'agrees with daily and trade'),
    (MR, 'Staff stood in the car park for more than two hours', 'a different duration (waiting outside), not the closure'),
    (MR, "Kelmsford's MP, Lorna Beckwith", 'reported speech, no figure'),
    (MR, 'The laboratory opened in 1998', 'a year; around 40 research groups'),
    (MR, 'Kelm FM asked the university how much', 'quote attributed to a spokesperson by "said:"'),
    (MR, 'three hundred and ten thousand pounds', 'word number agrees with £310,000'),
    # glitch_wire
    (GW, 'Pelham & Roe to refund shoppers after multibuy pricing fault', 'headline, no figure'),
    (GW, 'LONDON, Thursday 22 October 2026', '22 October 2026 is a Thursday'),
    (GW, 'Affected customers will receive a £5 voucher', '26 October 2026 is a Monday; agrees with the other outlets'),
    (GW, 'The chain said single-item prices', 'no figure'),
    (GW, 'Customers who paid by card', 'no figure'),
    (GW, 'The Competition and Consumer Office said it was', 'quoted fragment attributed to the regulator'),
    (GW, 'Stores in Greater London and the Midlands', 'no figure'),
    (GW, 'Shares in Pelham & Roe closed down 1.8% at 246p', 'agrees with the trade'),
    (GW, 'The company employs 41,000 people', 'staff and annual revenue (£8.3bn, agrees with the trade)'),
    (GW, 'In 2023 the chain paid £2.1 million', 'an earlier case: 96 stores and £2.1m are another subject'),
    (GW, 'Orme, who joined Pelham & Roe', 'paraphrase; 2024 is a year'),
    # glitch_broadsheet
    (GB, 'The multibuy that wasn’t', 'headline; "one" is not a figure to compare'),
    (GB, 'The Sentinel | Business feature | Published: 24 October 2026', 'publication date'),
    (GB, 'A three-for-two pack of yoghurts', '£3 -> £4.50 is 50% more: correct'),
    (GB, 'Chief executive Declan Orme has been unusually contrite', 'no quote, no figure'),
    (GB, '“We trusted the update and we shouldn’t have,” Orme told', 'a quote in two halves split by the attribution'),
    (GB, 'Pelham & Roe’s stores take about £160m a week', '1.9 / 160 = 1.19%: "just over 1%" is right'),
    (GB, 'The chain’s market share was 9.4%', 'two periods: this year vs a year earlier'),
    (GB, 'Refunds will begin on Monday 26 October', '26 October 2026 is a Monday; £5 voucher agrees'),
    (GB, 'For a chain already losing ground to discounters', 'quoted fragment attributed by "Orme admits"'),
    # glitch_trade
    (GT, 'The Grocery Ledger | Daily briefing | Published: 23 October 2026', 'publication date; "yesterday" = 22 October'),
    (GT, 'The retailer has also promised every affected customer', '£5 voucher and Monday 26 October agree'),
    (GT, 'Promotions account for a growing share', 'no figure, no quote'),
    (GT, 'P&R, which has 340 stores across Britain', 'all stores (340, agrees with the wire), not the stores affected'),
    (GT, 'The update was meant to speed up payments', '"more than half" is vague and about another attribute'),
    (GT, 'The £1.9m is less than 0.03%', '1.9 / 8,300 = 0.023%: correct'),
    (GT, 'Multibuy deals made up 27%', 'two years: last year vs 2024'),
    (GT, 'Rival Hartwell’s had a similar fault in 2024', 'another retailer: 57 stores, two days'),
    (GT, 'P&R shares fell 1.8% to 246p on Thursday', 'agrees with the wire; Thursday = 22 October'),
    (GT, 'Rhian Mostyn, chair of the Food and Drink', 'fragment and full quote attributed by "said" and "she added"'),
    (GT, 'Orme told staff in an email', 'paraphrase'),
    (GT, 'P&R says an independent firm will review', 'paraphrase'),
    # recycling_bulletin
    (RB, 'Marlshire County Council | Statistical bulletin | Published: Thursday 6 August 2026', '6 August 2026 is a Thursday'),
    (RB, 'Marlshire households produced 412,000 tonnes', '422,000 -> 412,000 = -2.4%: correct; agrees with Table 1; marker [1] has its note'),
    (RB, 'Of the 412,000 tonnes, 188,700 tonnes', '188,700 + 223,300 = 412,000; marker [2] has its note'),
    (RB, 'Reported fly-tipping incidents fell', '7,700 -> 6,930 = -10%: correct; marker [6] has its note'),
    (RB, 'Table 1: Key indicators', 'table caption, year ranges only'),
    (RB, 'Total household waste (tonnes) | 422,000 | 412,000', 'table row agrees with the text (two years)'),
    (RB, 'Food waste collected (tonnes) | 24,800 | 31,400', 'table row agrees with the text'),
    (RB, "The council's target is a recycling rate of 55%", 'targets (55% by 2030, 65% by 2035), not the actual rate; county vs England'),
    (RB, 'The 11 household waste recycling centres', 'visits to recycling centres; 11 centres is another subject than 11 districts'),
    (RB, 'Bulky-waste collections were requested', '9 vs 14 days: this year vs last year'),
    (RB, 'Garden waste subscriptions rose to 96,500', '96,500 / 436,000 = 22.1%: correct'),
    (RB, '[1] Household waste excludes', 'note entry that a marker uses'),
    (RB, '[2] Energy recovery includes', 'note entry that a marker uses'),
    (RB, '[6] Fly-tipping figures', 'note entry that a marker uses'),
    (RB, 'Next update: provisional figures', 'no figure'),
    # parks_results
    (PR, 'Published: Thursday 30 July 2026 | Regulatory', '30 July 2026 is a Thursday'),
    (PR, 'Interim dividend of 4.2p per share', 'dividend per share this half vs last'),
    (PR, '"Our parks had their busiest Easter', 'quote in two halves split by the attribution'),
    (PR, 'Coastline operates 44 holiday parks', '620 added in the half vs 9,800 in total: different attributes'),
    (PR, 'Caravan and lodge sales contributed £58.3m', '134.0 + 58.3 + 20.1 = 212.4: agrees with the highlights'),
    (PR, 'Guest numbers rose 6% to 1.42 million', 'no base stated; £31.0m is part of £47.5m capex'),
    (PR, 'The group employs 6,400 people', 'peak staff vs permanent staff'),
    (PR, 'Full-year revenue for 2025 was £402m', 'full year 2025 vs the half; EBITDA forecast for the year vs the half-year actual'),
    (PR, 'Caddick said the group would open two new parks', 'future openings; paraphrase'),
    (PR, '"We have invested in lodges, pools', 'quote attributed by "she said"'),
    (PR, 'The interim dividend will be paid on Friday 2 October 2026', '2 October 2026 is a Friday'),
    # lighting_paper
    (LP, 'Meeting: Tuesday 15 September 2026', '15 September 2026 is a Tuesday'),
    (LP, '1. Purpose. This report updates members', '21,600 lights agrees with paragraph 2; March 2024 is a date'),
    (LP, '3. The remaining 7,400 lights', '21,600 - 14,200 = 7,400: correct'),
    (LP, '4. Energy used by street lighting fell', '(9.8 - 6.1) / 9.8 = 37.8%: correct; marker [2] has its note'),
    (LP, '5. At the current unit price of 24p', '3.7 GWh x 24p/kWh = £888,000, "about £890,000": correct'),
    (LP, '7. Work was paused for about five weeks', 'Friday 5 June and Monday 13 July 2026 are right; 38 days is about five weeks'),
    (LP, '8. Budget. The programme budget is £9.4m', 'spent vs budget; marker [3] has its note'),
    (LP, '9. Dimming. New lanterns are dimmed to 50%', 'a dimming level, not a count'),
    (LP, '11. Inspector Karen Whitlow', 'quote attributed by "told ...:"'),
    (LP, '12. Complaints about street lighting fell', 'two years'),
    (LP, '14. Recommendation.', 'marker [4] has its note'),
    (LP, '[1] Figures from the council', 'note entry that a marker uses'),
    (LP, '[2] Metered and unmetered supplies', 'note entry that a marker uses'),
    (LP, '[4] Reserves would fall to £3.1m', 'reserves, another subject'),
    (LP, 'Report author: Tomasz Elridge', '12 March 2024 has no weekday; no figure'),
]

def main():
    key = {'expected': [], 'notes': [], 'traps': []}
    claimed = set()
    for hid, rules, anchors, what in EXPECTED:
        at = []
        for f, a in anchors:
            loc = [f, line_of(f, a)]
            if loc not in at:
                at.append(loc)
            claimed.add(tuple(loc))
        key['expected'].append({'id': hid, 'rules': rules, 'at': at, 'what': what})
    for nid, rules, anchors, what in NOTES:
        at = [[f, line_of(f, a)] for f, a in anchors]
        claimed.update(tuple(x) for x in at)
        key['notes'].append({'id': nid, 'rules': rules, 'at': at, 'what': what})
    seen = set()
    for f, a, what in TRAPS:
        loc = (f, line_of(f, a))
        assert loc not in claimed, f'trap {loc} ({a!r}) is also an expected/note line'
        assert loc not in seen, f'duplicate trap {loc}'
        seen.add(loc)
        key['traps'].append({'file': f, 'line': loc[1], 'what': what})
    key['must_not'] = [dict(t) for t in key['traps']]
    # every stated weekday + date must be right, except the planted date-inconsistency lines
    planted = {tuple(x) for e in key['expected'] if 'date-inconsistency' in e['rules'] for x in e['at']}
    days = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
    months = 'January|February|March|April|May|June|July|August|September|October|November|December'
    pats = [re.compile(rf'\b({days}),? (\d{{1,2}}) ({months})(?: (\d{{4}}))?'),
            re.compile(rf'\b({days}),? ({months}) (\d{{1,2}})\b')]
    bad, checked = [], 0
    for f in sorted(files):
        for i, l in enumerate(lines(f), 1):
            for p in pats:
                for m in p.finditer(l):
                    g = m.groups()
                    if p is pats[0]:
                        wd, d, mo, y = g[0], int(g[1]), g[2], int(g[3] or 2026)
                    else:
                        wd, mo, d, y = g[0], g[1], int(g[2]), 2026
                    date = datetime.date(y, months.split('|').index(mo) + 1, d)
                    checked += 1
                    if date.strftime('%A') != wd and (f, i) not in planted:
                        bad.append(f'{f}:{i}: {m.group(0)} is a {date.strftime("%A")}')
    assert not bad, 'wrong weekdays: ' + '; '.join(bad)
    for e in key['expected']:
        if e['id'] in ('H4', 'H30'):
            f, ln = e['at'][0]
            m = [p.search(lines(f)[ln - 1]) for p in pats]
            assert any(m), e['id']   # the planted weekday must really be wrong
            g = [x for x in m if x][0].groups()
            d, mo = (int(g[1]), g[2]) if g[1].isdigit() else (int(g[2]), g[1])
            assert datetime.date(2026, months.split('|').index(mo) + 1, d).strftime('%A') != g[0], e['id']
    with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write('\n')
    n = {r: 0 for r in [NC, AR, DI, QC, UQ, 'footnote-gap', 'footnote-no-notes']}
    for e in key['expected']:
        n[e['rules'][0]] += 1
    print(f"key.json: {len(key['expected'])} expected {n}, {len(key['notes'])} notes, "
          f"{len(key['traps'])} traps; {checked} weekday+date mentions checked")
    assert len(key['expected']) == 30 and len(key['notes']) == 8 and len(key['traps']) >= 100

if __name__ == '__main__':
    main()
