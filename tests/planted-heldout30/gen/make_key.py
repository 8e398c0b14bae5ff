#!/usr/bin/env python3
"""Build ../key.json for heldout30 from unique substring anchors.

Every anchor is (file base name, substring); the substring must occur on exactly one line of that
file.  The script asserts that, that file base names are unique across docs/, that no trap line is
also an expected or note line, and then writes key.json (expected, notes, traps, must_not)."""
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
def lines(f):
    if f not in _lines:
        with open(files[f], encoding='utf-8') as fh:
            _lines[f] = fh.read().split('\n')
    return _lines[f]

def line_of(f, anchor):
    hits = [i + 1 for i, l in enumerate(lines(f)) if anchor in l]
    assert len(hits) == 1, f'{f}: anchor {anchor!r} matches lines {hits}'
    return hits[0]

W, T, L = 'show_wire.txt', 'show_tabloid.txt', 'show_livepage.txt'
TW, TT, TR = 'tiles_wire.txt', 'tiles_trade.txt', 'tiles_radio.txt'
CD, CB, CW = 'tb_daily.txt', 'tb_broadsheet.txt', 'tb_wire.txt'
PB, CR, DP = 'pensions_bulletin.txt', 'coatings_results.txt', 'damp_paper.txt'
NC, AR, DI, QC, UQ = 'numeric-conflict', 'numeric-arithmetic', 'date-inconsistency', 'quote-conflict', 'unattributed-quote'

EXPECTED = [
    # ---- cluster A: lightning strike at the Hollowmere County Show, Saturday 18 July 2026
    ('H1', [NC], [(W, 'Lightning strike injures 14 at Hollowmere'), (W, 'Fourteen people were injured when lightning'),
                  (T, '22 hurt as lightning hits'), (T, 'TWENTY-TWO people were hurt'),
                  (L, '17:42 – Update'), (L, '17:55 – Of the 14 people injured')],
     'people injured by the strike: 14 (wire, live page final count) vs twenty-two / 22 hurt (tabloid); "injured" vs "hurt", numerals vs words'),
    ('H2', [NC], [(W, 'The pole stood about 40 metres (130ft)'), (T, 'just 400ft from the grandstand')],
     'distance of the flagpole from the grandstand: about 40 m (130ft) vs 400ft (122 m); units must be converted'),
    ('H3', [NC], [(W, 'It hit an 18-metre flagpole'), (W, 'the 12-metre (39ft) aluminium pole')],
     'height of the flagpole within the wire: 18 metres vs 12 metres (39ft); "the pole" refers back'),
    ('H4', [NC], [(T, 'Steward Derek Hallam, 64,'), (T, 'Hallam, 46, a retired postman')],
     'age of Derek Hallam within the tabloid: 64 vs 46'),
    ('H5', [DI], [(W, 'The strike came at 3.40pm'), (L, '16:31 – Our reporter at the showground'), (T, 'before the strike hit at 4.40pm')],
     'time of the strike: 3.40pm (wire) and about 15:40 (live page) vs 4.40pm (tabloid)'),
    ('H6', [QC], [(W, '"We made the call to clear the rings within minutes'), (T, 'clear the rings within seconds')],
     'Marjorie Keddle: "within minutes" (wire) vs "within seconds" (tabloid), attributed in both'),
    ('H7', [UQ], [(T, 'It was like a bomb going off')],
     'a witness\'s words as a paragraph of their own; no speaker before or after'),
    ('H8', [AR], [(L, '17:55 – Of the 14 people injured')],
     '6 of 14 taken to hospital is 43%, not "about 60%"'),
    # ---- cluster B: Callowstone Ceramics closes the Brindmoor tile works, announced Tuesday 3 March 2026
    ('H9', [NC], [(TW, 'cutting 340 jobs'), (TW, 'with the loss of 340 jobs'), (TT, 'with 340 posts going'),
                  (TT, 'Brindmoor’s 340 posts represent'), (TR, 'Around 430 jobs are going')],
     'jobs lost at Brindmoor: 340 jobs/posts (wire, trade) vs around 430 (radio; about -> 387-473)'),
    ('H10', [NC], [(TW, 'one-off charge of 14 million pounds'), (TT, 'one-off charge of £19m')],
     'one-off closure charge: 14 million pounds (wire) vs £19m (trade)'),
    ('H11', [NC], [(TW, 'gas costs at the plant had risen 60%'), (TW, 'the 45% rise in gas costs since 2024')],
     'rise in the plant\'s gas costs since 2024 within the wire: 60% vs 45%'),
    ('H12', [NC], [(TT, 'The works runs five roller kilns'), (TT, 'All four kilns will be shut down')],
     'number of kilns at the works within the trade newsletter: five vs four'),
    ('H13', [AR], [(TT, 'Brindmoor’s 340 posts represent almost 40%')],
     '340 of 1,150 staff is 29.6%, not "almost 40%"'),
    ('H14', [DI], [(TR, 'told the news on Wednesday 3 March'), (TW, 'BRINDMOOR, England, Tuesday, March 3, 2026'),
                   (TW, 'The company said on Tuesday that gas costs'), (TT, 'Callowstone Ceramics confirmed on 3 March')],
     '3 March 2026 is a Tuesday, not a Wednesday (radio); the wire has Tuesday, March 3'),
    ('H15', [QC], [(TW, 'but the energy bill has broken it'), (TT, 'but the gas bill has broken it')],
     'Harriet Oduya: "the energy bill" (wire) vs "the gas bill" (trade)'),
    ('H16', [UQ], [(TR, 'My dad worked there, my granddad worked there')],
     'a vox-pop quote standing alone; no speaker anywhere near'),
    # ---- cluster C: TB cluster at the Corvane call centre, Pellingham, announced Thursday 12 November 2026
    ('H17', [NC], [(CD, 'Seven TB cases linked to Pellingham'), (CD, 'Seven people who work at a Pellingham call centre'),
                   (CD, 'All seven patients are receiving treatment'),
                   (CB, 'nine people who work here had been diagnosed'),
                   (CW, 'Seven active TB cases traced'), (CW, 'Health officials have traced seven cases'),
                   (CW, 'family members of the seven patients')],
     'active TB cases at the announcement on 12 November: seven (daily, wire) vs nine (broadsheet)'),
    ('H18', [NC], [(CW, 'In all, 418 staff were screened'), (CB, 'More than 500 staff were screened')],
     'staff screened during the four-day X-ray clinic: 418 (wire) vs more than 500 (broadsheet)'),
    ('H19', [NC], [(CD, 'which employs 640 people'), (CD, 'the centre’s 460 workers')],
     'staff at the Corvane centre within the daily: 640 vs 460 ("the centre" refers back)'),
    ('H20', [NC], [(CB, 'Of those, 63 were found to carry latent'), (CB, 'The 36 staff with latent TB'),
                   (CD, 'Of those screened, 63 were found')],
     'staff with latent infection within the broadsheet: 63 vs 36 (the daily has 63 too)'),
    ('H21', [DI], [(CW, 'Screening began on Monday, Nov. 2'), (CD, 'Screening of staff began on Tuesday, November 3')],
     'day screening began: Monday 2 November (wire) vs Tuesday 3 November (daily); both weekdays are right for their dates'),
    ('H22', [QC], [(CD, '“The risk to the wider public remains very low'), (CB, '“The risk to the wider community remains very low')],
     'Dr Amara Lindqvist: "wider public" (daily) vs "wider community" (broadsheet)'),
    ('H23', [UQ], [(CB, 'You sit shoulder to shoulder for eight hours')],
     'a worker\'s words standing alone in the feature; no speaker named'),
    # ---- stand-alone documents
    ('H24', [NC, AR], [(PB, 'stood at £1,642 billion at the end of September'), (PB, 'All schemes | 1,604 | 1,624 | +20')],
     'total assets at end-September: £1,642bn (+38) in the text vs 1,624 (+20) in Table 1 (whose rows add to 1,642)'),
    ('H25', [AR], [(PB, 'giving net inflows of £4.5 billion')],
     '£21.4bn contributions - £17.9bn benefits = £3.5bn, not £4.5bn'),
    ('H26', ['footnote-gap'], [(PB, 'giving net inflows of £4.5 billion'), (PB, 'active DB membership fell by 35,000.[5]'),
                               (PB, '[3] Contributions include'), (PB, '[5] Members of more than one')],
     'footnote 4 missing: markers and notes go 1, 2, 3, 5, 6'),
    ('H27', [NC, AR], [(CR, 'Group revenue of £412.6 million, up 4.3%'), (CR, 'gave group revenue of £421.6 million')],
     'first-half group revenue: £412.6m (highlights; 251.3 + 161.3) vs £421.6m (divisional review)'),
    ('H28', ['footnote-no-notes'], [(CR, 'Group revenue of £412.6 million, up 4.3%'), (CR, 'adjusted operating margin of 11.0%.[2]'),
                                    (CR, 'offshore wind structures.[3]'), (CR, 'which helped the margin.[4]')],
     'markers [1]-[4] and no notes section'),
    ('H29', [AR], [(DP, 'up from 980 in 2024/25, a rise of 45%')],
     '980 -> 1,240 is a rise of 26.5%, not 45%'),
    ('H30', [DI], [(DP, 'took over the repairs contract on Thursday 1 September 2026')],
     '1 September 2026 is a Tuesday, not a Thursday'),
]

NOTES = [
    ('N1', ['vague-source'], [(T, 'Weather experts say organisers')], '"Weather experts say"'),
    ('N2', ['anonymous-source'], [(L, 'A steward who asked not to be named')], 'a steward who asked not to be named'),
    ('N3', ['anonymous-source'], [(TW, 'A person familiar with the company\'s plans')], '"a person familiar with the company\'s plans said"'),
    ('N4', ['vague-source'], [(TT, 'Critics argue that Callowstone')], '"Critics argue"'),
    ('N5', ['anonymous-source'], [(CD, 'A Corvane manager, who asked not to be named')], 'a manager who asked not to be named'),
    ('N6', ['anonymous-source'], [(CB, 'speaking on condition of anonymity')], 'a senior official speaking on condition of anonymity'),
    ('N7', ['vague-source'], [(CB, 'Public health experts say')], '"Public health experts say"'),
    ('N8', ['vague-source'], [(DP, 'Tenant campaigners argue')], '"Tenant campaigners argue"'),
]

TRAPS = [
    # show_wire
    (W, 'ASHBY FOLD, England, Saturday 18 July 2026', '18 July 2026 is a Saturday'),
    (W, 'Six of the injured were taken to Corringham', '6 in hospital + 8 treated at the scene = 14; hospitalised/treated are other attributes than injured'),
    (W, 'About 9,000 visitors were moved', 'evacuated (about 9,000) vs tickets sold (12,500): different attributes; agrees with live page and tabloid "around 10,000"'),
    (W, 'recorded 31mm (1.2in) of rain', '31mm = 1.22in; agrees with the live page 31mm and the tabloid "more than an inch"'),
    (W, 'Keddle said Sunday\'s programme', 'paraphrase with a named speaker; Sunday is the cancelled second day, not the day of the strike'),
    (W, 'Refunding the 12,500 Saturday tickets at £18 each', '12,500 x £18 = £225,000: correct total'),
    (W, 'Last year\'s show drew 31,000 visitors', 'last year\'s attendance, not this year\'s; 1894 is a year'),
    # show_tabloid
    (T, 'Published: 19 July 2026 | By Gary Pruett', 'publication date the day after the strike ("yesterday" = 18 July)'),
    (T, 'Sparks flew from the top of the pole', 'no figure, no quote'),
    (T, 'Six victims were rushed to hospital', '6 taken to hospital agrees with the wire; hospitalised is not injured'),
    (T, '“We simply couldn’t risk it,” she added', 'quote attributed by "she added" (Keddle, named in the paragraph before)'),
    (T, 'Around 10,000 people had to flee', 'around 10,000 overlaps about 9,000 evacuated; more than an inch agrees with 31mm (1.2in)'),
    (T, 'insists the flagpole had a working “lightning rod”', 'scare quotes, not speech'),
    (T, 'Last year’s record crowd of 31,000', 'last year\'s crowd; agrees with the wire'),
    (T, '£18 a head for Saturday', 'ticket price agrees with the wire'),
    # show_livepage
    (L, 'Westvale Broadcasting | Live page | Saturday 18 July 2026', '18 July 2026 is a Saturday'),
    (L, '16:05 – We are getting reports', 'post timestamp, not the time of the strike'),
    (L, '16:20 – The fire and rescue service says at least five', 'early running count, superseded; "at least five" is consistent with 14'),
    (L, '16:48 – Organisers say around 9,000', 'evacuated around 9,000 agrees with the wire; 12,500 tickets is another attribute'),
    (L, '17:10 – The number of people injured has risen to 11', 'running count on a live page, superseded at 17:42'),
    (L, '18:03 – Show director Marjorie Keddle has spoken', 'truncated quote with the same words as wire and tabloid, attributed by "she said"'),
    (L, '18:45 – Sunday’s programme', '31mm agrees with the wire'),
    (L, '19:05 – Keddle again:', 'quote attributed by name and colon and "She said"'),
    (L, '19:30 – Correction: an earlier post', 'correction with no figures'),
    (L, '19:52 – The Met Office says the storm cell', 'more than 2,000 strikes across the county: another subject; 15:00 and 18:00 bound a period, not the strike'),
    (L, '20:10 – The St Aldric Ambulance volunteers treated eight', 'treated at the scene (8) agrees with the wire\'s "other eight"; not the injured total'),
    (L, '20:15 – That’s all from us tonight', 'Monday 20 July 2026 is right'),
    # tiles_wire
    (TW, 'Brindmoor made 7.8 million square meters', '7.8 / 19 = 41%: correct; output 7.8 vs capacity 9.5 are different modalities'),
    (TW, 'Callowstone employs 1,150 people at four sites', 'group staff vs site jobs; 120 Portuguese jobs are another subject; euros not pounds'),
    (TW, 'Shares in Callowstone fell 4.2% to 188 pence', 'share price, nothing to compare'),
    (TW, 'Its regional organiser, Pete Lanyon, said:', 'quote attributed by "said:"; radio has the same words with "won\'t"'),
    (TW, 'A 45-day consultation with staff begins on Monday, March 9', '9 March 2026 is a Monday; a 45-day period is not the 45% rise'),
    # tiles_trade
    (TT, 'kiln costs sink 64-year-old works', 'opened 1962, 64 years before 2026: consistent; not a person\'s age'),
    (TT, 'Ceramic Surfaces Weekly | Issue 412', 'issue number is not a quantity'),
    (TT, 'It produced 7.8 million m² of glazed', 'agrees with the wire; 9.5 million m2 = 102 million sq ft; capacity vs output'),
    (TT, 'Gas accounts for roughly a third', 'a generic tile plant and a sanitaryware factory: other subjects'),
    (TT, 'UK tile output fell 11% last year to 38 million m²', 'national output, not the site\'s'),
    (TT, 'Callowstone’s 2025 revenue was £286m, up 3%', '286 / 278 = +2.9%: correct'),
    (TT, 'Ceramics Forward’s director, Lionel Abara', 'lower-case quoted fragment then "He added:"; attributed'),
    # tiles_radio
    (TR, 'Brindmoor tile works to close with hundreds of jobs lost', '"hundreds" is vague and consistent'),
    (TR, 'Radio Tarnside News | Published: 4 March 2026, 7.15am', 'publication time, not an event time'),
    (TR, 'Production is moving to the company\'s factory at Vale do Corvo', 'around 120 new jobs in Portugal agrees with wire and trade'),
    (TR, 'The works has been part of the town since 1962', 'a year, not a quantity'),
    (TR, 'Callowstone says rising gas bills', 'paraphrase, no figure'),
    (TR, 'the final shift is due on Wednesday 30 September', '30 September 2026 is a Wednesday; agrees with the trade\'s 30 September'),
    (TR, 'Union rep Pete Lanyon told Radio Tarnside', '"won\'t" = "will not": the same words as the wire'),
    (TR, 'Brindmoor\'s MP, Janet Ruddock', 'Friday with no date; reported speech'),
    (TR, 'The company employs just over eleven hundred people', 'just over 1,100 agrees with 1,150'),
    (TR, 'Staff have forty-five days of consultation', 'agrees with the wire\'s 45-day consultation'),
    (TR, 'Radio Tarnside asked Callowstone how many apprentices', 'quote attributed to a spokesperson by "said:"'),
    (TR, 'on Saturday 14 March, with around 30 local employers', '14 March 2026 is a Saturday'),
    (TR, 'The closure follows the loss of 90 jobs at the Harlow Bend', 'another employer, last year'),
    # tb_daily
    (CD, 'The Pellingham Courier | Published: Friday 13 November 2026', '13 November 2026 is a Friday'),
    (CD, 'Just over 400 staff have been screened so far', 'just over 400 is consistent with 418 (and with more than 500)'),
    (CD, 'Lindqvist added that anyone who had visited', 'quote attributed by "she said"'),
    (CD, 'The first case, an agent in his twenties', 'two further cases in October: another attribute; "twenties" is not an age claim'),
    (CD, 'Northmarch recorded 612 TB notifications last year', 'regional figure agrees with broadsheet and wire'),
    (CD, 'Symptoms include a cough lasting more than three weeks', 'general health information'),
    (CD, 'Pellingham’s public health director, Colin Achebe', 'reported speech with a named speaker; 2014 is a year'),
    # tb_broadsheet
    (CB, 'The Sentinel | Weekend | Published: Saturday 21 November 2026', '21 November 2026 is a Saturday'),
    (CB, 'The floor holds 220 desks', 'desks, not staff or cases'),
    (CB, 'The desks are barely a metre apart', 'no conflicting figure'),
    (CB, 'up 13% from 540 the year before', '612 / 540 = +13.3%: correct; national 5,000 is another subject'),
    (CB, 'Corvane says it has spent £180,000', 'no conflicting figure'),
    (CB, 'Of the 220 desks on that floor, 110, or half', '110 / 220 = half: correct'),
    (CB, 'Lindqvist is clear that the company acted quickly', 'quote split by "she said", attributed both times; "second and third" are ordinals'),
    # tb_wire
    (CW, 'PELLINGHAM, England, Nov. 12, 2026', 'dateline; 12 November 2026 is the Thursday of the announcement'),
    (CW, 'Dr. Amara Lindqvist, a consultant with the unit, said the risk', 'paraphrase that agrees with both quotes'),
    (CW, 'Tuberculosis is a bacterial infection', 'general information'),
    (CW, 'Active disease is treatable', 'at least six months agrees with the daily'),
    (CW, 'it was "cooperating fully"', 'short lower-case quoted phrase attributed to the company'),
    (CW, 'The first case was diagnosed in August', 'agrees with the daily'),
    (CW, 'The Northmarch region recorded 612 cases', 'regional vs national; both agree with the broadsheet'),
    (CW, 'Lindqvist said the unit would run a second round', 'quote attributed by "she said"; three months between rounds is another attribute than the antibiotic course'),
    (CW, 'Correction: An earlier version of this story said 481', 'explicitly corrected (superseded) figure'),
    # pensions_bulletin
    (PB, 'Published: Thursday 26 November 2026', '26 November 2026 is a Thursday'),
    (PB, 'Defined benefit (DB) schemes held £1,118 billion, or 68%', '1,118/1,642 = 68%; 524/494 = +6.1%; marker [2] has a note'),
    (PB, 'DB assets were 2.0% lower than a year earlier', '1,118/1,141 = -2.0%: correct; a year earlier is another period'),
    (PB, 'Transfers out of schemes fell to £2.3 billion', '2.3/2.9 = -20.7%, "21%": correct'),
    (PB, 'Schemes had 11.2 million active members', '11.2 + 9.8 + 7.1 = 28.1: correct sum'),
    (PB, 'Table 1: Assets by scheme type', 'table number, not a quantity'),
    (PB, 'Scheme type | End of June 2026', 'table header'),
    (PB, 'Defined benefit | 1,110 | 1,118 | +8', 'agrees with the text (1,118); 1,110 + 8 = 1,118'),
    (PB, 'Defined contribution | 494 | 524 | +30', 'agrees with the text (524, +6.1%)'),
    (PB, 'DB schemes held 61% of their assets in bonds', '61 + 19 + 20 = 100; marker [6] has a note'),
    (PB, 'The share held in equities has fallen from 24%', 'a year earlier: another period; buy-ins another attribute'),
    (PB, '[1] Assets are valued at market prices', 'note 1 exists'),
    (PB, '[2] Hybrid schemes', 'note 2 exists'),
    (PB, '[6] Other assets include', 'note 6 exists'),
    (PB, 'Next release: Thursday 25 February 2027', '25 February 2027 is a Thursday'),
    # coatings_results
    (CR, 'Regulatory announcement | Published: Wednesday 29 July 2026', '29 July 2026 is a Wednesday'),
    (CR, 'Interim dividend raised to 6.2p', 'this year vs last year'),
    (CR, 'Net debt fell to £88.1 million', '104.7 - 88.1 = 16.6: correct'),
    (CR, 'Chief executive Rowan Achterberg said:', 'quote attributed by "said:"'),
    (CR, 'Decorative Paints, which sells to retailers', 'H1 2026 vs H1 2025; volume and price/mix are other attributes'),
    (CR, 'Revenue growth at constant currency was 5.1%', 'constant-currency vs reported growth (4.3%)'),
    (CR, 'The Ridgeford resin plant, which employs 710 people', 'one plant vs the group headcount; utilisation this year vs last'),
    (CR, 'colour-matching laboratory at Ridgeford', 'no conflicting figure'),
    (CR, 'The board expects second-half revenue', 'forecast (guidance) vs actual'),
    (CR, 'would "keep a close eye" on resin prices', 'lower-case fragment, then a quote attributed by "he said"'),
    (CR, 'The interim dividend will be paid on 2 October 2026', 'dates without weekdays'),
    (CR, 'Pennock will hold a presentation for analysts', 'time of a presentation, no conflict'),
    # damp_paper
    (DP, 'Meeting: Tuesday 13 October 2026', '13 October 2026 is a Tuesday'),
    (DP, 'This report updates members', 'marker [1] has a note'),
    (DP, 'The 1,240 reports equal about 18%', '1,240 / 6,850 = 18.1%: correct'),
    (DP, '893 of the 1,240 reports, or 72%', '893/1,240 = 72.0%: correct; target vs actual'),
    (DP, 'The average time to inspect was 14 working days', 'actual (14) vs target (10)'),
    (DP, 'category 1 hazards, numbered 96', '96 and 96 agree; 24 hours is a policy limit'),
    (DP, 'The contract is worth £2.4 million a year over five years', '2.4 x 5 = 12: correct; the previous contract is another subject'),
    (DP, 'In the first four weeks of the new contract', 'inspected vs treated: different attributes'),
    (DP, 'Cllr Nadia Forsyth, cabinet member for housing, said:', 'quote attributed by "said:"'),
    (DP, 'an increase of 25%.[5]', '650/520 = +25%: correct'),
    (DP, 'Tuesday 12 January 2027', '12 January 2027 is a Tuesday'),
    (DP, '[1] Housing stock at 31 March 2026', 'note 1 exists; 212 leasehold flats are another subject'),
    (DP, '[2] Reports logged through', 'note 2 exists'),
    (DP, '[3] Working days exclude', 'note 3 exists'),
    (DP, '[4] Contract values exclude VAT', 'note 4 exists'),
    (DP, '[5] Revenue budget approved', 'note 5 exists'),
]

def main():
    expected = [{'id': i, 'rules': r, 'at': [[f, line_of(f, a)] for f, a in at], 'what': w} for i, r, at, w in EXPECTED]
    notes = [{'id': i, 'rules': r, 'at': [[f, line_of(f, a)] for f, a in at], 'what': w} for i, r, at, w in NOTES]
    traps = [{'file': f, 'line': line_of(f, a), 'what': w} for f, a, w in TRAPS]
    busy = {tuple(x) for e in expected + notes for x in e['at']}
    for t in traps:
        assert (t['file'], t['line']) not in busy, f'trap {t} is also an expected/note line'
    seen = set()
    for t in traps:
        k = (t['file'], t['line'])
        assert k not in seen, f'duplicate trap {k}'
        seen.add(k)
    for e in expected + notes:
        assert len({tuple(x) for x in e['at']}) == len(e['at']), f'duplicate at in {e["id"]}'
    assert len(expected) == 30 and len(notes) == 8, (len(expected), len(notes))
    assert [e['id'] for e in expected] == [f'H{i}' for i in range(1, 31)]
    for f in files:
        assert any(t['file'] == f for t in traps), f'no trap in {f}'
    key = {'expected': expected, 'notes': notes, 'traps': traps, 'must_not': traps}
    with open(os.path.join(ROOT, 'key.json'), 'w', encoding='utf-8') as fh:
        json.dump(key, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print(f'key.json: {len(expected)} expected, {len(notes)} notes, {len(traps)} traps, {len(files)} documents')

if __name__ == '__main__':
    main()
