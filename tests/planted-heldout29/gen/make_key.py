#!/usr/bin/env python3
"""Build key.json for heldout29 from unique substring anchors.
Every anchor must match exactly one line of its file; no trap line may also be an
expected or note line. Run from anywhere: python3 gen/make_key.py"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, 'docs')

files = {}
for d, _, fs in os.walk(DOCS):
    for f in fs:
        assert f not in files, f'duplicate base name {f}'
        files[f] = os.path.join(d, f)

_lines = {}
def line(f, anchor):
    if f not in _lines:
        _lines[f] = open(files[f], encoding='utf-8').read().split('\n')
    hits = [i + 1 for i, l in enumerate(_lines[f]) if anchor in l]
    assert len(hits) == 1, f'{f}: anchor {anchor!r} matches lines {hits}'
    return hits[0]

W, C, L = 'kestrel_wire.txt', 'eye_clarion.txt', 'kestrelfm_live.txt'
LG, BB, GN = 'dunmere_ledger.txt', 'biostore_bulletin.txt', 'dunmere_gown.txt'
GZ, CW, RW = 'show_gazette.txt', 'show_channelwest.txt', 'show_ring_weekly.txt'
TP, AB, LR = 'ashgrove_toilets_paper.txt', 'active_ashmoor_bulletin.txt', 'larchmont_results.txt'
NC, NA, DI, QC, UQ = 'numeric-conflict', 'numeric-arithmetic', 'date-inconsistency', 'quote-conflict', 'unattributed-quote'
S2_ROWS = ['Ashmoor City | 812,000', 'Brackenfold | 447,000', 'Lowmere | 391,000', 'Carrow Vale | 336,000', 'Tenby Wick | 324,000']

EXPECTED = [
 ('H1', [NC], [(W, 'The Eye stands 55 metres'), (C, 'TERROR ON THE EYE'), (C, 'after the 200ft Kestrelby Eye')],
  'height of the Kestrelby Eye: 55 metres (180 ft) (wire) vs 200ft (tabloid headline and lede)'),
 ('H2', [NC], [(W, 'Four people were taken to hospital'), (L, '23:25 —'), (C, 'Seven people were rushed to hospital')],
  'people taken to hospital: four (wire, live page final figures) vs seven "rushed to hospital" (tabloid)'),
 ('H3', [NC], [(W, 'The Eye stands 55 metres'), (W, "top nine of the wheel's 28 gondolas")],
  'within the wire: the wheel has 32 gondolas vs "the wheel\'s 28 gondolas"'),
 ('H4', [DI], [(W, 'The wheel halted at 15:40'), (L, '16:10 —'), (C, 'juddered to a stop at 4.40pm')],
  'time the wheel stopped: 15:40 (wire; live page "about 15:40") vs 4.40pm (tabloid)'),
 ('H5', [QC], [(W, 'We are deeply sorry for the distress'), (C, 'We are truly sorry for the distress')],
  'Dana Mercer statement: "deeply sorry" (wire) vs "truly sorry" (tabloid)'),
 ('H6', [UQ], [(C, 'My legs were like jelly')],
  'stand-alone quote paragraph with no speaker in it or around it'),
 ('H7', [NC], [(LG, 'Inside were about 38,000 samples'), (BB, 'Some 52,000 samples')],
  'samples in the failed freezers: about 38,000 (broadsheet) vs some 52,000 (trade newsletter)'),
 ('H8', [NC], [(LG, 'would cost £3.1 million'), (BB, 'The university puts the cost of replacing'), (GN, 'bill for replacing the collection at £1.3m')],
  'cost of replacing the lost collection: £3.1 million (broadsheet, newsletter) vs £1.3m (student paper)'),
 ('H9', [NC], [(LG, 'had been warming for 41 hours'), (LG, 'without power for nearly two days')],
  'within the broadsheet: 41 hours vs "nearly two days" (43.2-48 h) without power before the fault was found'),
 ('H10', [NC], [(BB, 'The failure of 14 ultra-low'), (BB, 'All 11 of the failed units'), (LG, 'had been warming for 41 hours')],
  'within the newsletter: 14 failed freezers vs "all 11 of the failed units" (broadsheet also says fourteen)'),
 ('H11', [NA], [(BB, 'The university puts the cost of replacing')],
  '£3.1m cost minus £1.9m insurance is £1.2m, not a shortfall of £0.8m'),
 ('H12', [DI], [(LG, 'on Monday morning, 15 June'), (BB, 'tripped at about 14:20 on Saturday 13 June'), (GN, 'discovered on Tuesday 16 June')],
  'date the failure was discovered: Monday 15 June (broadsheet, newsletter) vs Tuesday 16 June (student paper)'),
 ('H13', [DI], [(BB, 'will report on Thursday 31 July')],
  '31 July 2026 is a Friday, not a Thursday'),
 ('H14', [QC], [(LG, 'has been lost in a single weekend'), (GN, 'has been destroyed in a single weekend')],
  'Helen Okafor: "has been lost" (broadsheet) vs "has been destroyed" (student paper)'),
 ('H15', [UQ], [(GN, 'We were told the alarms were tested')],
  'quote paragraph with no speaker anywhere nearby'),
 ('H16', [NC], [(GZ, 'expected to attract 62,000 visitors'), (CW, 'more than 80,000 people')],
  'expected attendance at the show: 62,000 (regional daily) vs more than 80,000 (broadcaster)'),
 ('H17', [NC], [(GZ, 'expected to attract 62,000 visitors'), (RW, 'Around 3,000 animals had been entered')],
  'livestock entries: 2,400 (regional daily) vs around 3,000 animals entered (trade weekly)'),
 ('H18', [NC], [(RW, 'facing a loss of £850,000'), (RW, 'absorb the £580,000 hit'), (GZ, 'expects to lose about £850,000')],
  "within the trade weekly: the society's loss is £850,000 vs 'the £580,000 hit' (daily also about £850,000)"),
 ('H19', [NA], [(GZ, 'expects to lose about £850,000')],
  '£520,000 + £230,000 = £750,000, not about £850,000'),
 ('H20', [QC], [(GZ, 'It is the hardest call this society'), (CW, 'It is the hardest decision this society')],
  'Gareth Linley: "hardest call" (daily) vs "hardest decision" (broadcaster)'),
 ('H21', [UQ], [(CW, 'Our whole summer was planned around')],
  'live-update quote with no speaker'),
 ('H22', [DI], [(RW, 'Harbury Mart on Tuesday 19 August')],
  '19 August 2026 is a Wednesday, not a Tuesday'),
 ('H23', [NC], [(TP, 'The council operates 23 public toilets'), (TP, 'all 26 public toilets')],
  'within the council paper: 23 public toilets vs a survey of "all 26 public toilets"'),
 ('H24', [NA], [(TP, '4. Costs. Net running costs fell')],
  '£412,000 to £371,000 is a 10.0% reduction, not 14%'),
 ('H25', ['footnote-gap'], [(TP, '4. Costs. Net running costs fell'), (TP, 'all 26 public toilets'), (TP, '[3] Outturn figures'), (TP, '[5] Condition survey')],
  'footnote markers run [1] [2] [3] [5] [6] [7]: [4] is missing (notes have no 4 either)'),
 ('H26', [NC, NA], [(AB, 'An estimated 2.31 million adults'), (AB, 'Ashmoor region | 2,130,000')] + [(AB, r) for r in S2_ROWS],
  'within the bulletin: 2.31 million active adults (text; district rows sum to 2,310,000) vs 2,130,000 in the table total'),
 ('H27', ['footnote-no-notes'], [(AB, 'Active Ashmoor: adult sport'), (AB, 'An estimated 2.31 million adults'), (AB, 'Ashmoor region | 2,130,000'), (AB, 'Figures are weighted estimates')],
  'superscript markers ¹ ² ³ and no notes section'),
 ('H28', [NC], [(LR, 'reports revenue of £284.6 million'), (LR, 'Group revenue for the year of £248.6 million')],
  'within the results: revenue £284.6 million vs £248.6 million for the same year'),
 ('H29', [NA], [(LR, 'Food sales were £112.4 million')],
  '£112.4m is 39.5% of £284.6m revenue, not 46%'),
 ('H30', [NC], [(LR, 'reports revenue of £284.6 million'), (LR, "Rooms revenue from the group's 36 hotels")],
  'within the results: the group operates 38 hotels vs "the group\'s 36 hotels"'),
]

NOTES = [
 ('N1', ['anonymous-source'], [(C, 'who asked not to be named, said the same motor')], 'a source at Brightwater who asked not to be named'),
 ('N2', ['vague-source'], [(L, '17:20 — Experts say')], '"Experts say"'),
 ('N3', ['anonymous-source'], [(LG, 'A member of staff who asked not to be named')], 'member of staff who asked not to be named'),
 ('N4', ['vague-source'], [(BB, 'Critics argue that universities')], '"Critics argue"'),
 ('N5', ['anonymous-source'], [(GN, 'A senior academic in the Faculty of Medicine')], 'senior academic who asked not to be named'),
 ('N6', ['anonymous-source'], [(GZ, 'One exhibitor, who did not want to be identified')], 'exhibitor who did not want to be identified'),
 ('N7', ['vague-source'], [(RW, 'Industry observers say')], '"Industry observers say"'),
 ('N8', ['vague-source'], [(TP, '8. Critics argue')], '"Critics argue"'),
]

TRAPS = [
 # kestrel_wire
 (W, 'Published: 8 August 2026 | Coastline', 'dateline; 8 August 2026 is the Saturday of the event'),
 (W, 'KESTRELBY, England, Aug 8', 'Saturday = 8 Aug 2026 correct; 31C (88F) converts; 86 passengers agrees everywhere'),
 (W, 'Of the 86 people on board, 52 were adults', '52 + 34 = 86, correct sum'),
 (W, 'Station Manager Owen Pryce said crews had worked', 'scare quote "gondola by gondola" and a quote attributed by "he said"'),
 (W, 'The company said the wheel would stay closed', '10 days agrees with live page; 9.50 pound fare agrees with tabloid £9.50'),
 (W, 'Kestrelby Borough Council leader Ruth Alder', '28 days is a report deadline, not the 28 gondolas'),
 (W, 'The wheel last stopped with passengers on board', 'a different stoppage (September 2024, 14 riders, 40 minutes)'),
 # eye_clarion
 (C, 'Published: Sunday 9 August 2026', 'Sunday 9 August 2026 is correct'),
 (C, 'It took firefighters until after 11pm', 'after 11pm agrees with 23:10'),
 (C, 'The wheel’s brakes kicked in automatically', 'no claim; paragraph after an unattributed quote'),
 (C, 'Mum-of-two Kerry Walsh', 'quote attributed by "said:"; ages of different people'),
 (C, 'Every rider was handed a £9.50 refund', '£9.50 agrees with the wire'),
 (C, 'Fire chiefs said 52 adults and 34 children', '52 + 34 = 86 agrees with "eighty-six riders"; quote introduced by name and colon'),
 (C, 'Last night the council, which owns the seafront', 'partial quote attributed in the same sentence'),
 (C, 'welcomed more than 400,000 riders last year', '"more than 400,000" agrees with 410,000'),
 # kestrelfm_live
 (L, 'Kestrel FM News | Published: 8 August 2026', 'dateline'),
 (L, '23:12 — The last passengers are on the ground', 'post time 23:12 after the 23:10 rescue; consistent'),
 (L, '22:30 — Brightwater Attractions says the wheel will stay shut', 'at least 10 days agrees with the wire'),
 (L, '21:40 — Coastshire Fire and Rescue Service says 71', 'running count (71 so far) rises to 86'),
 (L, '20:05 — An update on injuries', 'explicitly corrected figure (five -> three) and a running count that later rises to four'),
 (L, '19:15 — Crews have now brought 38 people down', 'running count'),
 (L, '18:30 —', 'quote attributed after it to Coastshire Police'),
 (L, '18:00 — Station Manager Owen Pryce', 'quote attributed by colon'),
 (L, '16:45 —', '31C agrees with the wire; quote attributed to listener Paul Hendry'),
 (L, '15:58 —', 'post time of a first report, not the time the wheel stopped'),
 # dunmere_ledger
 (LG, 'Published: Wednesday 17 June 2026', 'Wednesday 17 June 2026 is correct'),
 (LG, 'The university confirmed that the alert system', 'scare/partial quote attributed to the university'),
 (LG, 'In a statement, the vice-chancellor', 'quote attributed by colon'),
 (LG, 'The university runs 310 ultra-low freezers', 'whole-university figure, not the 14 that failed'),
 (LG, 'Nine of the failed freezers held study material', 'nine + five = 14, consistent'),
 (LG, 'The study receives about £650,000 a year', 'agrees with student paper'),
 (LG, 'Okafor hopes some work can be rescued', '3,000 DNA extracts elsewhere, a different subject from the lost samples'),
 # biostore_bulletin
 (BB, 'BioStore Bulletin | Issue 412', 'issue number is not a quantity'),
 (BB, 'Unlike many newer installations', 'no conflicting claim'),
 (BB, '"The technology to stop this has existed', 'quote split around its attribution'),
 (BB, 'Dunmere is not the first', 'other subjects: a Dutch university in 2023, a 2021 survey'),
 (BB, 'Helen Okafor, who directs the study, told BioStore', '4,200 participants agrees; quote attributed by "she said"'),
 (BB, 'Checklist for this week', '"two freezers" is advice, not the count of failed freezers'),
 # dunmere_gown
 (GN, 'Published: Thursday 18 June 2026', 'Thursday 18 June 2026 is correct'),
 (GN, 'Thousands of irreplaceable samples', 'vague "thousands" agrees with any count'),
 (GN, 'The study has 4,200 participants, of whom about 1,050', '1,050 / 4,200 = 25% = a quarter'),
 (GN, 'The Hollins Building, which opened in 1971', 'years only; no quote here'),
 (GN, 'Nine of the failed freezers held material from the study', 'agrees with broadsheet'),
 (GN, 'Students’ Union president Maya Lindqvist', 'scare quote "shaken" attributed'),
 (GN, 'Vice-chancellor Professor Alan Rudd has apologised', 'end of July agrees'),
 (GN, 'The Gown understands that the study', '£650,000 agrees with broadsheet'),
 (GN, 'Okafor said the team would write to every participant', 'quote attributed by "she said"'),
 # show_gazette
 (GZ, 'Wexcombe Gazette | Published: Tuesday 14 July 2026', 'Tuesday 14 July 2026 is correct'),
 (GZ, 'County show cancelled for the first time in 25 years', '2001 + 25 = 2026'),
 (GZ, 'has been cancelled after 94mm of rain in 48 hours', '94mm agrees with "nearly 4in (94mm)"'),
 (GZ, 'made the decision at 10am on Monday', 'Monday 13 July is three days before Thursday 16 July (correct weekday)'),
 (GZ, 'The last time the show was called off was in 2001', 'year only'),
 (GZ, 'All 41,000 advance ticket holders', '14 days agrees with the broadcaster'),
 (GZ, 'the 38-hectare (94-acre) site', '38 ha = 93.9 acres, correct conversion'),
 (GZ, 'Wexcombe Borough Council, which had planned', 'scare quote attributed to Joan Pell'),
 (GZ, 'sheep and goat classes will instead be held', 'Saturday 8 August 2026 is correct'),
 (GZ, 'next year’s event would go ahead', 'July 2027 agrees with broadcaster'),
 # show_channelwest
 (CW, 'Channel West News | Published: 13 July 2026', 'publication and update times, not event times'),
 (CW, "This year's Wexcombe County Show has been cancelled because", 'no figure'),
 (CW, 'Nearly 4in (94mm) of rain', '94mm = 3.7in, within "nearly 4in"; agrees with daily'),
 (CW, 'The Wexcombe Agricultural Society said the final decision', 'Monday morning agrees with 10am Monday'),
 (CW, 'He added that staff and volunteers', 'partial quote attributed by "He added"'),
 (CW, 'Update 11:40', 'lorry park capacity (600 vehicles) is another attribute'),
 (CW, 'Update 13:15', '14 days agrees with daily'),
 (CW, 'Update 15:10', 'no figure'),
 (CW, 'Update 16:45', 'partial quote attributed to Priya Nandra'),
 (CW, 'The show is one of the largest agricultural events', 'no figure'),
 (CW, 'The show, which had 1,150 trade stands', '1,150 stands agrees with daily; 1876 and 150-year history agree'),
 (CW, 'Correction: an earlier version of this article', 'explicitly corrected date; both weekdays correct'),
 # show_ring_weekly
 (RW, 'Show Ring Weekly | Published: Friday 17 July 2026', 'Friday 17 July 2026 is correct'),
 (RW, 'Cattle entries alone numbered 640', 'section counts, not the total entries'),
 (RW, '“We will be back in 2027', 'quote attributed after it'),
 (RW, 'Mark Dunstable, who breeds Welsh Black cattle', 'quote split around "he said"'),
 (RW, 'cattle classes were to carry £18,500', '18,500 / 16,000 = +15.6%, correct'),
 (RW, 'Society chairman Gareth Linley told Show Ring Weekly', 'reported speech, no figure'),
 (RW, 'The society’s sheep and goat classes go ahead', 'Saturday 8 August agrees and is correct'),
 (RW, 'Young handlers, whose classes drew 180 entries last year', 'last year, a different period'),
 (RW, 'Entries for the 2027 show open in February', 'no figure'),
 # ashgrove_toilets_paper
 (TP, 'Meeting date: Thursday 19 November 2026', 'Thursday 19 Nov and Monday 9 Nov 2026 are correct'),
 (TP, '1. Purpose.', 'list number, not a quantity'),
 (TP, '3. Use. Automatic door counters', '1.46 / 1.32 = +10.6%, correct; marker [2] has a note'),
 (TP, '6. Cost per visit.', '£371,000 / 1.46m = 25p, correct; marker [6] has a note'),
 (TP, '7. Consultation.', '1,312 / 1,874 = 70%, correct'),
 (TP, '9. Options.', '£95,000 x 5 = £475,000, correct; marker [7] has a note'),
 (TP, '10. Recommendation.', '£600,000 + £750,000 = £1.35 million, correct'),
 (TP, '11. Accessibility target.', 'target (85% by 2031) vs current 61%'),
 (TP, '12. Next steps.', 'no figure'),
 (TP, '[1] Site list at Appendix A', 'note entry used by marker [1]'),
 (TP, '[2] Counter data.', 'note entry used by marker [2]'),
 (TP, '[6] Net running cost divided', 'note entry used by marker [6]'),
 (TP, '[7] Savings are net', 'note entry used by marker [7]'),
 # active_ashmoor_bulletin
 (AB, 'Statistical bulletin | Ashmoor Sport Partnership', 'Thursday 3 September 2026 is correct'),
 (AB, 'The number of inactive adults', '842,000 is 22.4% of the 3.76m adults implied by 2.31m = 61.4%'),
 (AB, 'Swimming remains the most popular activity', 'different activities'),
 (AB, 'Participation among women rose faster', 'percentage points; women vs men'),
 (AB, 'District | Active adults | Share active', 'table header'),
 (AB, 'Councils in the region spent £48.2 million', '48.2 / 49.9 = -3.4%, correct'),
 (AB, 'Some 318,000 adults were members', '318,000 / 3.76m = 8.5%, about one in twelve'),
 (AB, "The partnership's target is for 65%", 'target and projection, not actuals'),
 (AB, 'Sixty-two of the region', 'pools: another subject'),
 (AB, '"Active" means at least 150 minutes', 'definitional scare quotes'),
 (AB, 'Next release: 4 March 2027', 'date with no weekday'),
 # larchmont_results
 (LR, 'preliminary results for the 52 weeks', 'period length, not a quantity claim'),
 (LR, 'Published: Thursday 26 November 2026', 'Thursday 26 November 2026 is correct'),
 (LR, 'Adjusted pre-tax profit rose 12.0%', '31.8 / 28.4 = +12.0%, correct; marker ¹ has a note'),
 (LR, 'Like-for-like sales grew 5.4%', 'segments vs total; marker ² has a note'),
 (LR, 'Chief executive Fiona Marsh said', 'quote attributed by colon'),
 (LR, 'The group opened 6 pubs and closed 4', '212 + 6 - 4 = 214, correct'),
 (LR, 'Capital expenditure was £22.5 million', '14.0 / 41 = £341,000, correct; 14.0 + 8.5 (note ³) = 22.5'),
 (LR, 'Net debt fell to £96.2 million', '104.9 - 96.2 = 8.7, correct'),
 (LR, 'The board proposes a final dividend', '6.2 / 5.6 = +10.7%, correct'),
 (LR, 'The group employed 6,850 people', 'year end vs a year earlier'),
 (LR, 'Outlook: the group expects', 'target revenue, not actual'),
 (LR, '¹ Adjusted figures exclude', 'note entry used by ¹'),
 (LR, '² Like-for-like sales compare', 'note entry used by ²'),
 (LR, '³ Excludes £8.5 million', 'note entry used by ³'),
 (LR, '⁴ Net debt excludes lease', 'note entry used by ⁴; lease liabilities are not net debt'),
 (LR, '⁵ New sites are those', 'note entry used by ⁵'),
]

def build(items):
    out = []
    for id_, rules, at, what in items:
        locs = []
        for f, a in at:
            loc = [f, line(f, a)]
            if loc not in locs:
                locs.append(loc)
        out.append({'id': id_, 'rules': rules, 'at': locs, 'what': what})
    return out

expected, notes = build(EXPECTED), build(NOTES)
finding_lines = {(f, l) for x in expected + notes for f, l in x['at']}
traps, seen = [], set()
for f, a, what in TRAPS:
    l = line(f, a)
    assert (f, l) not in finding_lines, f'trap {f}:{l} ({a!r}) is also an expected/note line'
    assert (f, l) not in seen, f'duplicate trap {f}:{l}'
    seen.add((f, l))
    traps.append({'file': f, 'line': l, 'what': what})

assert len(expected) == 30 and len(notes) == 8, (len(expected), len(notes))
assert len(traps) >= 100, len(traps)
key = {'expected': expected, 'notes': notes, 'traps': traps, 'must_not': traps}
with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
    json.dump(key, fh, indent=1, ensure_ascii=False)
    fh.write('\n')
from collections import Counter
print(f'{len(expected)} expected, {len(notes)} notes, {len(traps)} traps')
print(dict(Counter(x["rules"][0] for x in expected)))
