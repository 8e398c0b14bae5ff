#!/usr/bin/env python3
"""Build the heldout40 planted set: writes OUTDIR/docs/**.txt and OUTDIR/key.json.

Every document is a list of paragraphs. A paragraph is (text, tags) and is followed by a blank
line; a block ("BLOCK", [(line, tags), ...]) is a run of consecutive lines (table, bullets, notes).
Tags: a finding id (F*, A*, D*, Q*, U*, G*), a note id (N*), "M:what" (trap that is also listed in
must_not) or "T:what" (trap only). Line numbers in key.json are computed from the layout, so the
documents and the key cannot drift apart.
Usage: make_key.py [OUTDIR]   (default: the directory above gen/)
"""
import json, os, sys

OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..'))

FINDINGS = {
    # numeric-conflict (14)
    'F1': (['numeric-conflict'], 'dogs killed by the bloom: four (wire headline/lede, newsletter box) vs five (tabloid headline/lede, "killed")'),
    'F2': (['numeric-conflict'], 'bloom area: 410 ha = 4.1 km2 = about 1,013 acres; tabloid says 1,600 acres (and converts it to 410 hectares, wrong conversion)'),
    'F3': (['numeric-conflict'], 'people treated: 17 (wire, tabloid) vs 71 (newsletter key-fact box, transposed digits)'),
    'F4': (['numeric-conflict'], 'group revenue GBP412.6m (highlights, table) vs "a record GBP438m of sales" in the CEO quote of the same release'),
    'F5': (['numeric-conflict'], 'combined sentences: parts 14+9+8+7+6+5+3 = 52 years (local, live page totals) vs "a combined 56 years" (broadcaster)'),
    'F6': (['numeric-conflict'], 'ringleader Halloran\'s age: 51 (local daily, broadcaster) vs 54 (live page)'),
    'F7': (['numeric-conflict'], 'pills seized: 2.3 million pills (local, live page) vs 3.2 million tablets (broadcaster, transposed)'),
    'F8': (['numeric-conflict'], 'within the broadcaster: "Twelve people were taken to hospital" vs "Of the 15 people admitted to hospital"'),
    'F9': (['numeric-conflict'], 'dockers on strike: 1,450 (bulletin, wire) vs "one thousand one hundred and fifty dockers" (feature, in words)'),
    'F10': (['numeric-conflict'], 'length of the strike: 16 days (wire headline/lede, feature headline "sixteen days") vs "19 days on the picket line" (bulletin)'),
    'F11': (['numeric-conflict'], 'one-off payment: GBP1,500 (bulletin headline and box, feature "fifteen hundred pounds") vs GBP1,050 (wire)'),
    'F12': (['numeric-conflict'], 'containers stranded at the peak: about 23,000 (wire, bulletin) vs "more than fifty thousand" (feature)'),
    'F13': (['numeric-conflict'], 'new basic hourly rate: GBP18.23 (wire par 2, bulletin box, feature in words) vs "the new GBP18.32 hourly rate" (wire, same document)'),
    'F14': (['numeric-conflict'], 'total loans 2025: 31.2 million (table total row; 24.8m physical + 6.4m digital) vs "Total loans ... were 32.1 million" in the main points'),
    # numeric-arithmetic (4)
    'A1': (['numeric-arithmetic'], '86 ug/L is 3.6 times the 24 ug/L guideline, not "more than five times"'),
    'A2': (['numeric-arithmetic'], '45,000 of 180,000 parcels is 25%, not "about a third"'),
    'A3': (['numeric-arithmetic'], '1,030 of 1,212 votes is 85.0%, not 89%'),
    'A4': (['numeric-arithmetic'], 'visits 18.4m -> 19.6m is +6.5%, not "an increase of 9.3%" (table says +6.5%)'),
    # date-inconsistency (4)
    'D1': (['date-inconsistency', 'numeric-conflict'], 'time of the WEA alert on Tuesday 11 August: 14:20 (wire) vs 2.50pm (tabloid, "yesterday")'),
    'D2': (['date-inconsistency'], '14 January 2026 was a Wednesday, not a Thursday'),
    'D3': (['date-inconsistency'], 'a 2026 strike comes 37 years after the 1989 lockout, not "thirty-three years"'),
    'D4': (['date-inconsistency', 'numeric-conflict'], 'first day of the strike: Monday 7 September (bulletin, wire) vs Monday 14 September (feature)'),
    # quote-conflict (3)
    'Q1': (['quote-conflict'], 'Imelda Rusk: "the most toxic bloom we have recorded on Tarrow" (wire) vs "... we have seen on Tarrow" (tabloid)'),
    'Q2': (['quote-conflict'], 'Judge Pembury: "You treated sick people as a market to be harvested" (local) vs "You treated vulnerable people ..." (broadcaster)'),
    'Q3': (['quote-conflict'], 'Bernadette Quayle: "won on the quayside, not in the boardroom" (bulletin) vs "not in the backroom" (wire)'),
    # unattributed-quote (3)
    'U1': (['unattributed-quote'], 'stand-alone quote paragraph with no speaker before or after (tabloid)'),
    'U2': (['unattributed-quote'], 'live-page update that is only a quote, no speaker in it or the neighbouring updates'),
    'U3': (['unattributed-quote'], 'stand-alone quote paragraph in the feature, no speaker nearby'),
    # footnotes (2)
    'G1': (['footnote-gap'], 'marker [6] is missing: [5] is followed by [7]'),
    'G2': (['footnote-no-notes'], 'markers [1]..[9] but the report has no notes section'),
}
NOTES = {
    'N1': (['anonymous-source'], '"A council official who asked not to be named"'),
    'N2': (['vague-source'], '"Experts say"'),
    'N3': (['anonymous-source'], '"A source close to the investigation said"'),
    'N4': (['quote-altered'], 'editorial brackets "[You]" inside the judge\'s quote'),
    'N5': (['vague-source'], '"Analysts say"'),
    'N6': (['anonymous-source'], '"One manager, who did not want to be named, says"'),
    'N7': (['footnote-unused'], 'note [4] is never referenced by a marker'),
    'N8': (['vague-source'], '"Critics say"'),
}

B = 'BLOCK'
DOCS = {}

# ---------------------------------------------------------------- cluster 1: algal bloom (science/environment)
DOCS['algae/kpa_wire.txt'] = [
    ('Toxic algae on Lake Tarrow kills four dogs and closes nine beaches', ['F1']),
    ('Published: Wednesday 12 August 2026 09:15 GMT', ['M:weekday matches the date']),
    ('TARROW, Aug 12 (KPA) - Four dogs have died and 17 people have been treated for skin rashes and vomiting after a toxic blue-green algal bloom spread across Lake Tarrow, the Wendlemoor Environment Agency (WEA) said on Wednesday.', ['F1', 'F3']),
    ('The agency confirmed the bloom at 14:20 on Tuesday, a day after routine samples were taken at the north jetty on Monday 10 August, and closed all nine public beaches on the 1,240-hectare lake.', ['D1']),
    ('Laboratory tests found microcystin, a liver toxin produced by cyanobacteria, at 86 micrograms per litre, more than three times the World Health Organization\'s recreational guideline of 24 micrograms per litre.', ['M:86/24 = 3.6, "more than three times" is right']),
    ('“This is the most toxic bloom we have recorded on Tarrow,” said Imelda Rusk, the WEA\'s chief scientist. “Keep children and animals out of the water until we say otherwise.”', ['Q1']),
    ('The bloom, which was mapped at about 410 hectares from a survey aircraft on Tuesday afternoon, covers roughly a third of the lake\'s surface.', ['F2']),
    ('Tarrow Water shut its lake intake at 16:05 and switched the 38,000 homes it supplies to boreholes, a move the utility said would hold for at least ten days.', ['M:38,000 homes agrees with "Nearly 40,000 homes" (tabloid); 16:05 = "just after 4pm"']),
    ('Three of those treated were admitted to Wendlemoor General Hospital and the other 14 were sent home, the hospital trust said.', ['M:3 + 14 = 17 treated; admitted is a partial count, not a conflict with 17']),
    ('A council official who asked not to be named said the beaches were unlikely to reopen before the end of August.', ['N1']),
    ('The WEA put the cost of emergency aeration and clay treatment at 1.8 million pounds, to be shared with Wendlemoor District Council.', ['M:1.8 million pounds = £1.8million = £1,800,000']),
    ('Surface water reached 24.5 degrees Celsius on Monday, the highest reading since monitoring began in 1998, Rusk said.', ['M:24.5 C = 76 F (tabloid); 1998 is a year']),
    ('The lake last suffered a major bloom in 2019, when two dogs died and four people were treated. Since then the WEA has sampled the water every fortnight between May and September.', ['M:2019 figures are another period: two dogs / four people are not this bloom\'s four dogs / 17 people']),
    ('About 2,300 dead fish, mostly roach and bream, had been removed from the shoreline by Wednesday morning, the agency added. Samples will now be taken daily at six points around the lake.', ['M:about 2,300 fish agrees with "More than 2,000" and "approx. 2,300"']),
]

DOCS['algae/clarion_tabloid.txt'] = [
    ('KILLER SLIME: Toxic lake bloom kills FIVE dogs as 1,600 acres turn green', ['F1', 'F2']),
    ('Wednesday, August 12, 2026', ['M:weekday matches the date']),
    ('A TOXIC green slime has killed five family dogs and left 17 people needing treatment after it swept across one of Wendlemoor\'s best-loved beauty spots.', ['F1', 'F3']),
    ('Health chiefs issued the alert at 2.50pm yesterday, a full day after worried dog walkers first reported a foul green scum at the north jetty.', ['D1']),
    ('The bloom now covers 1,600 acres (410 hectares) of Lake Tarrow, according to aerial photographs seen by the Clarion.', ['F2']),
    ('“This is the most toxic bloom we have seen on Tarrow,” said Dr Imelda Rusk, chief scientist at the Wendlemoor Environment Agency.', ['Q1']),
    ('Water in the shallows hit 76F (24.5C) on Monday, the hottest since records began in 1998.', ['M:76F = 24.4C, agrees with 24.5 degrees Celsius / 24.5 °C']),
    ('The 4.8-square-mile lake, a magnet for swimmers and paddleboarders, had been packed all weekend as temperatures soared.', ['M:4.8 sq miles = 12.4 km2 = 1,240 ha (whole lake, not the bloom)']),
    ('“Nobody put a single sign up at the slipway until this morning.”', ['U1']),
    ('More than 2,000 dead fish have been scooped from the shore, and clean-up crews were still bagging roach and bream last night.', ['M:"More than 2,000" agrees with about 2,300']),
    ('Spaniel owner Gemma Hartigan, 34, said her dog Biscuit collapsed within an hour of paddling at Rook Cove. “He was gone before we reached the vet,” she said.', ['M:quote with speaker in the same paragraph; age 34 is a different person']),
    ('Nearly 40,000 homes that normally drink water drawn from the lake have been switched to underground boreholes after Tarrow Water closed its intake just after 4pm, the company said.', ['M:"Nearly 40,000" covers 38,000; "just after 4pm" = 16:05']),
    ('The WEA says a dog can die within minutes of licking the toxin from its fur, and owners should rinse pets in clean water at once and call a vet.', ['T:no conflicting figure']),
    ('The lake drew a record 410,000 visitors last year, according to Wendlemoor District Council.', ['M:410,000 visitors (last year) vs 410 hectares: other measure, other period']),
    ('Three people were kept in hospital overnight, while the rest were allowed home.', ['M:3 in hospital is a part of the 17 treated']),
    ('Cleaning up the mess will cost £1.8million, the agency estimates, with the council paying part of the bill.', ['M:£1.8million = £1,800,000 = 1.8 million pounds']),
    ('It is the worst outbreak since 2019, seven years ago, when two dogs died on the same stretch of shore. The warning signs went up far faster that time, according to the Tarrow Residents\' Association.', ['M:2026 - 2019 = 7 years, right; 2019 dogs are another period']),
]

DOCS['algae/waterlines_newsletter.txt'] = [
    ('Lake Tarrow bloom: microcystin peaks at 86 µg/L as Tarrow Water shuts intake', ['M:86 µg/L agrees with 86 micrograms per litre']),
    ('WaterLines Weekly | Issue 311 | Friday 14 August 2026', ['M:issue number is not a quantity; weekday matches the date']),
    ('The cyanobacterial bloom confirmed on Lake Tarrow on 11 August is the most severe recorded on the reservoir, according to the Wendlemoor Environment Agency (WEA). The agency has now published its first sampling data, and Tarrow Water confirmed that its lake intake was closed at 15:05 UTC (16:05 local time).', ['M:15:05 UTC = 16:05 BST = "just after 4pm": same time as the wire and the tabloid']),
    ('Key facts', ['T:heading']),
    (B, [
        ('- Bloom area: 4.1 km² (about 33% of the 12.4 km² lake)', ['F2']),
        ('- Peak microcystin: 86 µg/L (north jetty, sampled 10 August)', ['M:same value as wire; sample date agrees']),
        ('- Surface water temperature: 24.5 °C (10 August)', ['M:24.5 °C = 76F']),
        ('- Households on alternative supply: 38,000', ['M:38,000 agrees with wire and "Nearly 40,000"']),
        ('- People treated: 71, of whom 3 admitted to hospital', ['F3']),
        ('- Dog deaths: 4', ['F1']),
        ('- Dead fish removed: 1.1 t (approx. 2,300 individuals)', ['M:approx. 2,300 fish agrees with "More than 2,000"; 1.1 t is a mass']),
        ('- Emergency treatment budget: £1,800,000', ['M:£1,800,000 = £1.8million']),
    ]),
    ('Microcystin at 86 µg/L is more than five times the WHO provisional guideline value for recreational exposure of 24 µg/L, the WEA said.', ['A1']),
    ('For drinking water the WHO guideline is far lower, at 1 µg/L for lifetime exposure, which is why Tarrow Water closed its intake rather than rely on treatment.', ['M:drinking-water guideline (1 µg/L) is a different measure from the recreational 24 µg/L']),
    ('Total phosphorus in the lake averaged 0.12 mg/L in July, against a target of 0.035 mg/L set in the catchment plan for 2030.', ['M:target vs actual phosphorus']),
    ('Experts say phosphorus washed off farmland by heavy June rain, combined with the heat, fed the bloom.', ['N2']),
    ('Dr Imelda Rusk, the WEA\'s chief scientist, told WaterLines that the agency would now sample the lake every day and that she expected the bloom to last for weeks rather than days.', ['M:reported speech, not a rendering of her direct quote']),
    ('The last comparable event, in 2019, covered 2.6 km² at its peak and took five weeks to clear.', ['M:2019 bloom area is another period (2.6 km2 vs 4.1 km2)']),
    ('Tarrow Water said its borehole capacity of 14 Ml/d (14 million litres a day) would cover demand from the 38,000 households for at least ten days, after which it would need to reopen the lake intake or bring in bulk supplies.', ['M:capacity, not a count; 14 Ml/d = 14 million litres a day']),
    ('The WEA will publish updated results every Friday until the bloom has cleared.', ['T:no figures']),
]

# ---------------------------------------------------------------- cluster 2: counterfeit medicines sentencing (crime/court)
DOCS['court/evening_post.txt'] = [
    ('Fake pill gang jailed for total of 52 years over £4.6m counterfeit medicines plot', ['F5']),
    ('Carrowby Evening Post | Friday 6 November 2026', ['M:weekday matches the date']),
    ('Seven members of a gang that flooded the internet with counterfeit sleeping pills and painkillers were jailed for a total of 52 years at Carrowby Crown Court today.', ['F5']),
    ('Ringleader Declan Halloran, 51, of Marsh Lane, Dunmore, was given 14 years.', ['F6']),
    ('Halloran, who ran the operation from a rented office above a tyre shop, had 11 previous convictions, the court heard.', ['M:11 previous convictions agrees with the broadcaster']),
    ('Police seized 2.3 million pills when they raided a 1,100 square-metre warehouse on the Dunmore industrial estate on Thursday 14 January.', ['F7', 'D2']),
    ('The tablets, which had a street value of £4.6m, were pressed in Dunmore and posted to buyers who believed they were ordering genuine medicines from online pharmacies.', ['M:£4.6m = £4,600,000 street value (not the £3.2m profit)']),
    ('Over two years the gang sent 180,000 parcels, 45,000 of them — about a third — to addresses in Ireland, the court heard.', ['A2']),
    ('The gang charged between £2 and £5 a pill, undercutting genuine online pharmacies by up to 60%.', ['M:price range agrees with the broadcaster']),
    ('“You treated sick people as a market to be harvested,” Judge Alastair Pembury told Halloran. “Every one of those pills was a gamble with someone\'s life.”', ['Q2']),
    ('Sofia Marchetti, 38, who ran the gang\'s dispatch room, was jailed for nine years, and Kieran Reilly, 47, the chemist who mixed the powders, for eight.', ['M:Reilly 47 agrees with the live page correction (superseding 44)']),
    ('Owen Brack, 29, got seven years; Lena Voss, 33, six; Tariq Malden, 26, five; and Jodie Fenwick, 24, three.', ['M:parts sum with 14, 9 and 8 to the stated total of 52']),
    ('Prosecutors said the ring made a profit of at least £3.2m, which they will now seek to recover under the Proceeds of Crime Act.', ['M:profit £3.2m vs street value £4.6m: different measures; £3.2m vs 3.2 million tablets: different units']),
    ('The jury took 19 hours and 40 minutes to reach its verdicts on 29 October, at the end of a five-week trial.', ['M:19 h 40 min agrees with "almost 20 hours"']),
    ('Detective Inspector Ruth Okafor, who led the inquiry, said outside court that the sentences sent a clear message to anyone tempted to sell fake medicines.', ['M:reported speech']),
]

DOCS['court/nbs_news.txt'] = [
    ('Counterfeit medicines gang sentenced in Carrowby', ['T:no figures']),
    ('6 November 2026', ['T:date line']),
    ('Seven people who ran a counterfeit medicines factory from an industrial unit in Dunmore have been sentenced to a combined 56 years in prison.', ['F5']),
    ('Carrowby Crown Court heard that 3.2 million tablets, sold online as branded sleeping pills and painkillers and worth £4.6m on the street, were pressed at the unit.', ['F7']),
    ('Twelve people were taken to hospital after taking the pills, including a 19-year-old student who spent four days in intensive care.', ['F8']),
    ('Judge Alastair Pembury told ringleader Declan Halloran, a 51-year-old father of three from Dunmore: “You treated vulnerable people as a market to be harvested.”', ['Q2', 'F6']),
    ('Halloran was jailed for 14 years. The six others received terms of between three and nine years.', ['M:range 3–9 years covers the six other sentences']),
    ('Halloran, who had 11 previous convictions, looked towards the public gallery as he was led down. Kieran Reilly, 47, a former pharmacy technician, was jailed for eight years.', ['M:Reilly 47 agrees with the corrected age; superseded 44 must not conflict']),
    ('The gang charged between £2 and £5 per pill. The medicines regulator, the Product Safety Authority, said it had taken down more than 400 websites selling counterfeit medicines in the past year.', ['M:agree with the local daily and the live page']),
    ('A source close to the investigation said officers had been tipped off by a courier who noticed hundreds of identical packages leaving the unit each day.', ['N3']),
    ('The gang\'s profits, put by prosecutors at £3.2m, are now the subject of confiscation proceedings.', ['M:£3.2m profit is not the 3.2 million tablets, nor the £4.6m street value']),
    ('The regulator also said the fake sleeping pills contained up to 40mg of an unlicensed sedative, four times the 10mg in a normal prescribed dose.', ['M:40/10 = 4, right']),
    ('Of the 15 people admitted to hospital, three needed intensive care, the court was told.', ['F8']),
    ('Detective Inspector Ruth Okafor said: “These were not victimless crimes. People trusted a website and swallowed something cooked up in a dirty warehouse.”', ['M:attributed quote']),
    ('The raid on the unit took place on 14 January, almost ten months before today\'s sentencing. The trial lasted five weeks.', ['M:14 Jan to 6 Nov is 9.7 months, "almost ten" is right']),
]

DOCS['court/live_sentencing.txt'] = [
    ('Live: Fake medicines gang sentenced at Carrowby Crown Court', ['T:no figures']),
    ('Last updated: Friday 6 November 2026, 15:58', ['M:weekday matches the date']),
    ('10:05 Judge Alastair Pembury has taken his seat. Seven defendants are in the dock, convicted last Thursday after almost 20 hours of jury deliberation.', ['M:last Thursday = 29 October; "almost 20 hours" covers 19 h 40 min']),
    ('10:12 The prosecution recaps the case: 2.3 million pills, a street value of £4,600,000 and 180,000 parcels sent over two years.', ['F7']),
    ('10:31 Sentencing begins with the youngest defendant. Jodie Fenwick, 24, who packed parcels, is jailed for 36 months. Running total: 3 years.', ['M:36 months = three years; running total on a live page']),
    ('10:44 Tariq Malden, 26, the gang\'s driver, gets five years. Running total: 8 years.', ['M:running total grows (3 -> 8)']),
    ('10:50 “It was a business built on fear, and today it is being dismantled.”', ['U2']),
    ('10:58 Lena Voss, 33, who built the gang\'s websites, is jailed for six years. Running total: 14 years.', ['M:running total 14 vs Halloran\'s 14-year sentence: different subjects']),
    ('11:15 Owen Brack, 29, gets seven years. Running total: 21 years.', ['M:running total grows']),
    ('11:40 Kieran Reilly, 44, the chemist who mixed the powders, is jailed for eight years. Running total: 29 years.', ['M:age 44 superseded by the 13:05 correction (47)']),
    ('12:02 Sofia Marchetti, 38, is given nine years for running the dispatch operation. Running total: 38 years.', ['M:running total 38 vs Marchetti\'s age 38: different measures']),
    ('12:15 The judge turns to the ringleader. He has been reading from a 48-page sentencing document for more than two hours.', ['M:pages and hours, not sentences']),
    ('12:30 Judge Pembury to Declan Halloran: “[You] were the architect of this enterprise and its chief beneficiary.”', ['N4']),
    ('12:34 Declan Halloran, 54, is jailed for 14 years. Final total for the seven: 52 years.', ['F6', 'F5']),
    ('13:05 Correction: an earlier update gave Kieran Reilly\'s age as 44. He is 47.', ['M:correction supersedes the earlier figure']),
    ('13:20 Outside court, Detective Inspector Ruth Okafor says the sentences should make anyone selling fake medicines online think very hard.', ['M:reported speech']),
    ('13:45 The Product Safety Authority says more than 400 websites selling counterfeit medicines were taken down in the past year.', ['M:"more than 400" agrees with the broadcaster']),
    ('14:10 The Crown Prosecution Service says a hearing to confiscate the gang\'s estimated £3.2m profit will be held in March 2027.', ['M:profit, not street value']),
    ('15:58 That\'s all from Carrowby Crown Court today. Summary: seven jailed, 52 years in total, with the ringleader getting 14 years.', ['F5']),
]

# ---------------------------------------------------------------- cluster 3: dockers' strike and pay deal (economy/labour)
DOCS['docks/dockside_bulletin.txt'] = [
    ('Members back deal: 9.5% over two years and a £1,500 payment', ['F11']),
    ('Dockside, bulletin of the Port & Harbour Workers\' Union, Hallmouth branch | No. 47 | Wednesday 23 September 2026', ['M:bulletin number; weekday matches the date']),
    ('Brothers and sisters, after 19 days on the picket line we are going back to work with our heads held high.', ['F10']),
    ('Members walked out at 00:01 on Monday 7 September. Every one of our 1,450 members at Hallmouth stood firm, and not a single crane moved for the company.', ['D4', 'F9']),
    ('The deal at a glance', ['T:heading']),
    (B, [
        ('- Year one: 6% from 1 October 2026 (basic rate from £17.20 to £18.23 an hour)', ['F13']),
        ('- Year two: a further 3.5% from 1 October 2027', ['M:second-year rise, not the first-year 6%']),
        ('- One-off payment: £1,500 for every member on the books when the strike began', ['F11']),
        ('- Overtime: time-and-a-half after 40 hours a week, down from 45', ['M:hours, not pay']),
        ('- Total: 9.5% over the two years', ['M:6 + 3.5 = 9.5, right']),
    ]),
    ('Voting closed at 18:00 on Tuesday 22 September. Of the 1,212 members who voted, 1,030 — 89% — backed the offer and 182 voted against.', ['A3']),
    ('Turnout was 83.6%, the highest in the branch\'s history.', ['M:1,212/1,450 = 83.6%, right']),
    ('Thanks to everyone who staffed the strike kitchen at the north gate, which served more than 6,000 hot meals over the course of the dispute.', ['T:meals, not members or days']),
    ('Regional secretary Bernadette Quayle said: “This deal was won on the quayside, not in the boardroom. Nobody handed us anything.”', ['Q3']),
    ('The company\'s own figures show that at the peak of the dispute 41 ships were waiting at anchor and about 23,000 containers were stuck on the quay.', ['F12']),
    ('The company told us at the start that it could not afford a penny more than 4%. It has now put about £14.6 million a year on the table.', ['M:4% was the earlier offer; £14.6m a year agrees with the wire']),
    ('Remember: the 1989 lockout, 37 years ago, ended with nothing. This time we stayed together, and this time we won.', ['M:2026 - 1989 = 37, right']),
    ('Strike pay for the final week will reach members\' accounts by Friday 2 October. Branch meeting: Thursday 1 October, 19:30, Seamen\'s Institute.', ['M:weekdays match the dates']),
]

DOCS['docks/meridian_wire.txt'] = [
    ('Hallmouth dockers end 16-day strike after accepting 9.5% pay deal', ['F10']),
    ('23 Sep 2026 07:12 BST', ['T:date line']),
    ('HALLMOUTH, Sept 23 (Meridian) - Dockworkers at the Port of Hallmouth returned to work at 06:00 on Wednesday, ending a 16-day strike that began on 7 September and left dozens of ships queueing offshore.', ['F10', 'D4']),
    ('Members of the Port & Harbour Workers\' Union voted 1,030 to 182 to accept an offer that lifts the basic rate by 6% this year, from £17.20 to £18.23 an hour, and by a further 3.5% in October 2027.', ['F13']),
    ('The deal also includes a one-off payment of £1,050 per worker, the union said.', ['F11']),
    ('The union had originally sought 12% over two years, while the company\'s opening offer was 4%.', ['M:claim and opening offer vs the 9.5% deal: different measures']),
    ('“This deal was won on the quayside, not in the backroom,” regional secretary Bernadette Quayle told reporters at the port gates.', ['Q3']),
    ('Hallmouth Port Holdings said the package would add about £14.6 million a year to a wage bill of roughly £118 million.', ['M:deal cost vs wage bill: different measures']),
    ('At the height of the dispute, 41 vessels were waiting at anchor and about 23,000 containers were stranded on the quayside, according to the company.', ['F12']),
    ('Analysts say the stoppage cost the regional economy around £12 million a day.', ['N5']),
    ('The port handled 1.9 million twenty-foot equivalent units (TEU) in 2025, up 4.4% from 1.82 million a year earlier, making it the country\'s third-busiest container terminal.', ['M:1.9/1.82 = +4.4%, right; other periods']),
    ('The strike involved 1,450 workers, about two-thirds of the port\'s 2,200-strong workforce.', ['F9']),
    ('Hallmouth handles about a fifth of the country\'s container imports by volume, according to transport ministry figures.', ['T:share, no conflicting figure']),
    ('Chief executive Marcus Delahaye said the new £18.32 hourly rate would make Hallmouth the best-paying port in the region.', ['F13']),
    ('The company expects the backlog to clear within 10 to 12 days and has hired extra crane drivers on short contracts to help. Talks on automation of the container yard are due to begin in the new year.', ['M:forecast']),
]

DOCS['docks/harbour_feature.txt'] = [
    ('After the picket line: what sixteen days on strike did to Hallmouth', ['F10']),
    ('The Northern Review | Weekend | Saturday 3 October 2026', ['M:weekday matches the date']),
    ('Bernadette Quayle keeps the strike rota pinned above her kitchen table, a grid of names and shifts that ran, she says, to more than forty pages by the end.', ['M:pages of a rota, not workers or days']),
    ('On Monday 14 September, the first morning of the strike, one thousand one hundred and fifty dockers gathered at the port\'s north gate before dawn.', ['D4', 'F9']),
    ('“We\'d had enough of being told to be grateful,” Quayle says. She is fifty-two and has worked on the quay for thirty-one years, since she started as a lasher at twenty-one.', ['M:52 - 31 = 21, right; attributed quote']),
    ('The company\'s offer before the walkout was four per cent. What the members eventually accept is six per cent this year and three and a half next, plus a one-off payment of fifteen hundred pounds.', ['F11']),
    ('It is the first all-out stoppage at Hallmouth since the lockout of 1989, coming thirty-three years after it.', ['D3']),
    ('At the height of it, she says, more than fifty thousand containers sat on the quay and forty-one ships rode at anchor in the bay.', ['F12']),
    ('One manager, who did not want to be named, says the company had expected the strike to collapse within a week.', ['N6']),
    ('The basic rate goes from seventeen pounds twenty to eighteen pounds twenty-three an hour. For a docker on a standard forty-hour week, that is about forty-one pounds more before tax.', ['F13']),
    ('“You cannot run a port on goodwill and overtime.”', ['U3']),
    ('Turnout in the ballot is eighty-four per cent, the highest anyone at the branch can remember.', ['M:84% rounds 83.6% turnout']),
    ('Marcus Delahaye, the chief executive, says the dispute has been costly for everyone and that talks on automating the container yard will start in the new year.', ['M:reported speech']),
    ('Quayle is already thinking about 2028, when the deal runs out. Her son, who is twenty-four, has just started on the quay. “We\'ll be ready,” she says.', ['M:attributed quote; 24 is another person\'s age']),
]

# ---------------------------------------------------------------- stand-alone documents
DOCS['standalone/library_statistics.txt'] = [
    ('Public Libraries in Cardale: Statistical Bulletin 2025', ['T:title, year']),
    ('Published: Thursday 19 March 2026', ['M:weekday matches the date']),
    ('This bulletin from the Cardale Statistics Office presents annual figures on visits, loans and membership for the 214 public libraries run by Cardale\'s six regional authorities in the calendar year 2025.[1]', ['M:214 libraries = table total; [1] is a footnote marker']),
    ('Main points', ['T:heading']),
    (B, [
        ('- Visits rose from 18.4 million in 2024 to 19.6 million in 2025, an increase of 9.3%.', ['A4']),
        ('- Loans of physical books fell 2.1% to 24.8 million, while e-book and audiobook loans rose 14.0% to 6.4 million.', ['F14']),
        ('- Total loans (physical and digital) were 32.1 million.', ['F14']),
        ('- Active members numbered 1.21 million, 18.6% of Cardale\'s 6.5 million residents.[2]', ['M:1.21/6.5 = 18.6%, right']),
    ]),
    ('Table 1: Visits and loans by regional authority, 2025', ['T:table caption']),
    (B, [
        ('| Authority | Libraries | Visits (m) | Loans (m) | Change in visits |', ['T:table header']),
        ('|---|---|---|---|---|', ['T:table rule']),
        ('| Northmark | 48 | 4.6 | 7.3 | +7.0% |', ['M:row of a table that adds up']),
        ('| Eastholm | 31 | 2.9 | 4.6 | +5.5% |', ['M:row; 4.6 loans vs Northmark 4.6 visits: different measures']),
        ('| Cardale City | 52 | 5.8 | 9.4 | +8.2% |', ['M:row of a table that adds up']),
        ('| Westreach | 27 | 2.1 | 3.5 | +4.0% |', ['M:row of a table that adds up']),
        ('| Southdene | 36 | 2.7 | 3.9 | +6.3% |', ['M:row of a table that adds up']),
        ('| Lowfield | 20 | 1.5 | 2.5 | +3.4% |', ['M:row of a table that adds up']),
        ('| Cardale | 214 | 19.6 | 31.2 | +6.5% |', ['F14']),
    ]),
    ('Visits per library averaged 91,600, up from 86,000 in 2024, with the number of libraries unchanged.[3]', ['M:19.6m/214 = 91,589 and 18.4m/214 = 85,981, right']),
    ('Cardale City accounted for 30% of all loans. Lowfield, the smallest authority, had the fastest growth in digital lending, at 22%, but the slowest growth in visits.', ['M:9.4/31.2 = 30%, right; 22% is digital loans, not visits']),
    ('Opening hours fell for the third year running, to an average of 41.5 hours a week per library, compared with 44 hours in 2022.', ['M:other period']),
    ('On current trends the Office projects 20.5 million visits in 2026.', ['M:projection vs 2025 actual']),
    ('Notes', ['T:notes heading']),
    (B, [
        ('[1] Figures cover libraries run by regional authorities; community-managed libraries are excluded.', ['T:note entry used by marker [1]']),
        ('[2] Active members are people who borrowed at least one item in the year. Population is the mid-2025 estimate.', ['T:note entry used by marker [2]']),
        ('[3] Libraries open for part of the year are counted in full. Percentages are calculated from unrounded figures.', ['T:note entry used by marker [3]']),
        ('[4] Digital loans are counted when a title is downloaded, not when it is opened.', ['N7']),
    ]),
    ('Next update: March 2027. Enquiries: Cardale Statistics Office, library statistics team, 0300 555 0192.', ['M:phone number and date, not quantities']),
]

DOCS['standalone/halvard_results.txt'] = [
    ('Halvard Coatings plc: preliminary results for the year ended 30 June 2026', ['T:title']),
    ('Tuesday 15 September 2026, 07:00', ['M:weekday matches the date']),
    ('Halvard Coatings plc, the maker of decorative, industrial and marine paints, today announces its audited results for the year ended 30 June 2026.', ['T:no figures']),
    ('Highlights', ['T:heading']),
    (B, [
        ('- Revenue up 6.1% to £412.6m (2025: £388.9m)', ['F4']),
        ('- Operating profit up 11.3% to £47.2m (2025: £42.4m); operating margin 11.4% (2025: 10.9%)', ['M:47.2/42.4 = +11.3%, 47.2/412.6 = 11.4%, 42.4/388.9 = 10.9%, right']),
        ('- Basic earnings per share 18.9p (2025: 16.6p)', ['M:this year vs last year']),
        ('- Final dividend of 5.2p, making 7.6p for the year (2025: 6.9p)', ['M:final vs full-year dividend']),
        ('- Net debt cut to £61.0m, 0.9 times EBITDA', ['M:61.0/68.1 = 0.9, right']),
    ]),
    ('“A record £438m of sales, and a margin above 11% for the first time, show that our strategy is working,” said chief executive Annika Sorensen.', ['F4']),
    ('Table 1: Revenue and operating profit by segment (£m)', ['T:table caption']),
    (B, [
        ('| Segment | Revenue 2026 | Revenue 2025 | Operating profit 2026 | Operating profit 2025 |', ['T:table header']),
        ('|---|---|---|---|---|', ['T:table rule']),
        ('| Decorative | 198.4 | 192.0 | 22.1 | 21.3 |', ['M:row; segment revenue is not group revenue']),
        ('| Industrial | 131.5 | 125.6 | 14.6 | 13.9 |', ['M:row; segment revenue is not group revenue']),
        ('| Marine | 82.7 | 71.3 | 13.8 | 10.1 |', ['M:row; segment revenue is not group revenue']),
        ('| Central costs | – | – | (3.3) | (2.9) |', ['M:negative figures in brackets']),
        ('| Group | 412.6 | 388.9 | 47.2 | 42.4 |', ['F4']),
    ]),
    ('Marine revenue rose 16% to £82.7m as shipyards in Asia restocked, and the division\'s margin improved to 16.7% from 14.2%.', ['M:82.7/71.3 = +16.0%, 13.8/82.7 = 16.7%, 10.1/71.3 = 14.2%, right']),
    ('Decorative revenue grew 3.3% to £198.4m, with price rises of about 3% offsetting flat volumes as DIY demand stayed weak.', ['M:198.4/192.0 = +3.3%, right; price rise is another measure']),
    ('EBITDA was £68.1m (2025: £62.0m). Free cash flow was £29.4m after capital expenditure of £18.7m.', ['M:EBITDA vs operating profit: different measures']),
    ('The group employed 2,940 people at 30 June 2026, up from 2,810 a year earlier, at 11 plants in seven countries.', ['M:this year vs last year']),
    ('Outlook: the board expects revenue of £430m–£445m in the year to June 2027 and an operating margin of about 12%.', ['M:forecast range for FY2027, not this year\'s actual']),
    ('Shares in Halvard closed at 341p on Monday, valuing the company at about £585m.', ['M:share price and market value']),
    ('The final dividend will be paid on Friday 6 November 2026 to shareholders on the register on Friday 9 October 2026.', ['M:weekdays match the dates']),
]

DOCS['standalone/street_lighting_report.txt'] = [
    ('Kelbrook Borough Council, Environment Scrutiny Committee: review of the LED street-lighting programme', ['G2']),
    ('Published: Tuesday 12 May 2026', ['M:weekday matches the date']),
    ('The committee was asked in October 2025 to review the council\'s programme to replace 42,600 sodium street lights with LED lanterns, approved in 2021 with a budget of £19.5m.[1]', ['G2']),
    ('By 31 March 2026, 38,900 lanterns had been converted, 91% of the total.[2]', ['G2']),
    ('The programme is now forecast to cost £23.1m on completion, £3.6m more than the approved budget, mainly because lantern prices rose sharply in 2022 and 2023.[3]', ['G2']),
    ('Electricity used for street lighting fell from 21.4 GWh in 2020/21 to 8.9 GWh in 2025/26, a reduction of 58%.[4]', ['G2']),
    ('At an average price of 24p per kWh, that reduction is worth about £3.0m a year to the council.[5]', ['G1', 'G2']),
    ('Critics say the part-night regime, under which lights on residential roads are dimmed by half between midnight and 05:30, has made some streets feel unsafe.', ['N8']),
    ('The committee received 214 written submissions and heard from 11 witnesses at three evidence sessions in January and February 2026.[7]', ['G1', 'G2']),
    ('Reported night-time road collisions on lit roads numbered 132 in 2025, against an average of 127 a year in 2019–2021, before dimming was introduced.[8]', ['G2']),
    ('The council\'s lighting manager told the committee that complaints about dark streets had fallen since the dimmed output was raised from 50% to 70% of full brightness in 12 wards.', ['M:50% = "by half", the later 70% is another period']),
    ('Recommendations', ['T:heading']),
    (B, [
        ('R1. Publish a revised budget and completion date for the remaining 3,700 lanterns by September 2026.[9]', ['G2']),
        ('R2. Review part-night dimming street by street, starting with the 26 wards where residents raised safety concerns.', ['M:26 wards (concerns) vs 12 wards (raised output): different subjects']),
        ('R3. Report carbon savings every year; the committee estimates them at about 1,200 tonnes of CO2 a year.', ['M:estimate, no other carbon figure']),
    ]),
    ('Councillor Priya Rammell, who chairs the committee, said: “The savings are real, but residents must be able to walk home without feeling they have been left in the dark.”', ['M:attributed quote']),
    ('The council\'s cabinet must respond to the committee within two months, by Sunday 12 July 2026.', ['M:weekday matches the date; two months after 12 May']),
]

# Traps that concern values in other lines (conversions and agreements across lines) are described on
# the trap line itself; the lines marked G2 are all marker lines of the report without notes.


def build():
    expected = {k: [] for k in FINDINGS}
    notes = {k: [] for k in NOTES}
    traps, must_not = [], []
    for rel, paras in DOCS.items():
        lines, tags = [], []
        for i, p in enumerate(paras):
            if i:
                lines.append(''); tags.append([])
            items = p[1] if p[0] == B else [p]
            for text, t in items:
                lines.append(text); tags.append(t)
        path = os.path.join(OUT, 'docs', rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        base = os.path.basename(rel)
        for n, t in enumerate(tags, 1):
            for tag in t:
                if tag in FINDINGS: expected[tag].append([base, n])
                elif tag in NOTES: notes[tag].append([base, n])
                elif tag[:2] in ('M:', 'T:'):
                    traps.append({'file': base, 'line': n, 'what': tag[2:]})
                    if tag[:2] == 'M:':
                        must_not.append({'file': base, 'line': n, 'what': tag[2:]})
                else:
                    raise SystemExit(f'unknown tag {tag!r} at {rel}:{n}')
    key = {
        'expected': [{'id': k, 'rules': FINDINGS[k][0], 'at': expected[k], 'what': FINDINGS[k][1]} for k in FINDINGS],
        'notes': [{'id': k, 'rules': NOTES[k][0], 'at': notes[k], 'what': NOTES[k][1]} for k in NOTES],
        'traps': traps,
        'must_not': must_not,
    }
    for f in key['expected'] + key['notes']:
        if not f['at']:
            raise SystemExit(f'{f["id"]} has no lines')
    with open(os.path.join(OUT, 'key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f'wrote {len(DOCS)} documents, {len(key["expected"])} findings, {len(key["notes"])} notes, '
          f'{len(traps)} traps, {len(must_not)} must_not')


if __name__ == '__main__':
    build()
