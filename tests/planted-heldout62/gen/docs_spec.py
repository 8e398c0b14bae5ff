# Tagged source for heldout62. Each document is a list of blocks; blocks are separated by one
# blank line; a block is a list of line entries (consecutive lines). A line entry is a tuple:
#   ("T", text, what, [checks])   trap that must stay silent (goes to must_not as well)
#   ("t", text, what)             trap line without a checkable claim (headings, bylines)
#   ("F3", text, {"F3": (literal, value)})   finding line; tag may be "F3,F7"; the dict gives, per
#                                 numeric finding, the literal on this line and its normalised value
#   ("N2", text)                  note line
# Checks: tuples interpreted by validate.py (pct, change, sum, div, mul, conv, weekday, years, diff, lit).

def P(*entries):
    return list(entries)

FINDINGS = {
 "F1": dict(rules=["numeric-conflict"], what="Glide first-year trips: 1,284,600 (wire, also headline 1.28m; tabloid 'nearly 1.3 million') vs 1,248,600 (trade)"),
 "F2": dict(rules=["numeric-conflict"], what="Glide year-one council subsidy: GBP 2.6m (wire, trade) vs GBP 2.9million (tabloid)"),
 "F3": dict(rules=["numeric-conflict"], what="Glide average trip length: 3.4 km / 2.1 miles (wire, trade) vs 2.6 miles (4.2km) (tabloid)"),
 "F4": dict(rules=["numeric-conflict"], what="Glide registered members within the tabloid: 'more than 41,000' vs '36,000 members'"),
 "F5": dict(rules=["numeric-conflict"], what="Glide docking stations now: 212 (wire) vs 198 (trade)"),
 "F6": dict(rules=["numeric-arithmetic"], what="27% of 1,248,600 trips is about 337,000, not 'about 450,000 car trips'",
            arith=("pct_of", 27, 1248600, 450000)),
 "F7": dict(rules=["date-inconsistency"], what="peak day 6 September 2025 was a Saturday, trade says Sunday (wire gives Saturday)",
            date=("weekday", "2025-09-06", "Sunday")),
 "F8": dict(rules=["quote-conflict"], what="Adebayo-Stroud: 'no longer a pilot ... how this city moves' vs 'isn't a trial any more ... how this city gets about'"),
 "F9": dict(rules=["unattributed-quote"], what="rider quote in tabloid with no speaker"),
 "F10": dict(rules=["numeric-conflict"], what="lung checks attended in six months: 26,700 (broadcast), 'nearly twenty-seven thousand' (magazine) vs 'more than 28,000' (bulletin)"),
 "F11": dict(rules=["numeric-conflict"], what="cancers found in six months: 112 (broadcast, bulletin) vs one hundred and twenty-one (magazine)"),
 "F12": dict(rules=["numeric-conflict"], what="average wait check->CT scan: 11 days (broadcast) vs 17 days (bulletin)"),
 "F13": dict(rules=["numeric-conflict"], what="sites the mobile units rotate between, within magazine: fourteen vs 'its dozen sites'"),
 "F14": dict(rules=["numeric-arithmetic"], what="76 of 112 cancers is 68%, not 82%", arith=("pct", 76, 112, 82)),
 "F15": dict(rules=["date-inconsistency"], what="programme start: Monday 17 November 2025 (broadcast) vs Monday 10 November (bulletin)",
             date=("two_days", "2025-11-17", "2025-11-10")),
 "F16": dict(rules=["quote-conflict"], what="Marsh-Oduya: 'Finding ... whole point ... these numbers' vs 'Catching ... entire point ... these figures'"),
 "F17": dict(rules=["unattributed-quote"], what="patient quote in bulletin with no speaker"),
 "F18": dict(rules=["numeric-conflict"], what="Quiet Orchard opening weekend incl. previews: GBP 3.42m (live, trade) vs 'nearly £3.8 million' (regional)"),
 "F19": dict(rules=["numeric-conflict"], what="cinemas on opening weekend: 612 (live, trade) vs 'more than 700' (regional)"),
 "F20": dict(rules=["numeric-conflict"], what="opening-weekend admissions: roughly 392,000 (live) vs about 430,000 (trade)"),
 "F21": dict(rules=["numeric-conflict"], what="production budget: GBP 7.5m (live, trade) vs GBP 9 million (regional)"),
 "F22": dict(rules=["date-inconsistency", "numeric-conflict"], what="gala premiere Wed 11 March start: 19:30 (trade) vs 6.30pm (regional)",
             date=("two_times", "19:30", "18:30")),
 "F23": dict(rules=["quote-conflict"], what="Delacroix-Finn: 'on their own, by word of mouth ... best kind' vs 'by themselves, through word of mouth ... best sort'"),
 "F24": dict(rules=["numeric-conflict"], what="Fellgate total assets at 30 June 2026: GBP 5.48bn (text) vs 5.84 (table)"),
 "F25": dict(rules=["numeric-arithmetic"], what="net lending 97 -> 118 is +21.6%, not 'rose 35%'", arith=("change", 97, 118, 35)),
 "F26": dict(rules=["footnote-no-notes"], what="markers [1] and [2] in the results release, no notes section"),
 "F27": dict(rules=["date-inconsistency"], what="'It is 25 years since ... founded the company in 1998' in a 2026 newsletter (28 years)",
             date=("years", 1998, 2026, 25)),
 "F28": dict(rules=["unattributed-quote"], what="review quote with no critic or outlet named"),
 "F29": dict(rules=["footnote-gap", "footnote-unused"], what="markers jump [3] -> [5]; note 4 is never cited"),
 "F30": dict(rules=["footnote-undefined"], what="marker [7] has no note (notes run 1-6)"),
}

NOTES = {
 "N1": dict(rules=["vague-source"], what="'Critics say' (wire)"),
 "N2": dict(rules=["anonymous-source"], what="'One council insider told the Daily Clarion' (tabloid)"),
 "N3": dict(rules=["anonymous-source"], what="'A senior clinician ... who asked not to be named' (broadcast)"),
 "N4": dict(rules=["vague-source"], what="'Experts say' (magazine)"),
 "N5": dict(rules=["quote-altered"], what="Penhallow quote with [the programme] and an ellipsis (bulletin)"),
 "N6": dict(rules=["anonymous-source"], what="'One rival distributor, speaking on condition of anonymity' (film trade)"),
 "N7": dict(rules=["vague-source"], what="'Analysts say' (regional paper)"),
 "N8": dict(rules=["quote-altered"], what="Oyelaran-Hext quote with an ellipsis (dance newsletter)"),
}

DOCS = []

# ---------------------------------------------------------------- cluster 1: e-bike hire, wire
DOCS.append(("ebike/glide_wire.txt", [
 P(("F1", "ALDERMOUTH E-BIKE HIRE SCHEME LOGS 1.28 MILLION TRIPS IN FIRST YEAR", {"F1": ("1.28 MILLION", 1280000)})),
 P(("t", "By Ffion Carraway, Staff Correspondent", "byline")),
 P(("F1", "ALDERMOUTH, April 14 (Harbourline News) - Riders made 1,284,600 trips on Aldermouth's Glide e-bike hire scheme in its first year, the city council and operator Corrin Mobility said on Tuesday, a year after the first docks opened on Sunday, April 13, 2025.", {"F1": ("1,284,600", 1284600)})),
 P(("F3", "The scheme's bikes were ridden a combined 4.37 million km, or 2.72 million miles, over the twelve months, with the average trip covering 3.4 km, about 2.1 miles, and lasting a little under 17 minutes.", {"F3": ("3.4 km", 3.4)})),
 P(("F5", "Docking stations now number 212, against 150 when the scheme opened, and the busiest of them, at Harbour Square, saw 61,200 journeys begin there.", {"F5": ("212", 212)})),
 P(("F2", "Aldermouth City Council paid Corrin 2.6 million pounds in subsidy over the year, while fares and passes brought in 3.1 million pounds, according to the figures.", {"F2": ("2.6 million pounds", 2.6e6)})),
 P(("F8", "\"This is no longer a pilot; it is part of how this city moves,\" said Councillor Maren Adebayo-Stroud, the council's cabinet member for transport.")),
 P(("F7", "Some 9,800 riders now hold annual passes, and the busiest single day was Saturday, September 6, 2025, when 9,870 trips were taken on the first weekend of the university term.")),
 P(("T", "A survey of 2,140 riders found that 27% of trips had replaced a car journey, which the council said saved roughly 410 tonnes of carbon dioxide.", "27% and 410 tonnes agree with trade and tabloid (900,000lb = about 410 t); no derived count stated here",
    [("lit", "27%"), ("lit", "410 tonnes")])),
 P(("T", "That works out at about 3,500 trips a day. Hire costs 1 pound to unlock plus 15 pence a minute, so a typical 20-minute ride costs 4 pounds.", "daily average 1,284,600/365 = 3,519; 1 + 0.15*20 = 4 (derived, not a second total)",
    [("div", 1284600, 365, 3500, 0.02), ("lit", "3,500"), ("lit", "20-minute")])),
 P(("T", "Corrin managing director Tomas Verhulst said the company was aiming for 1.6 million trips in the second year and would add 300 bikes by the autumn to the 1,900 now in service, up from 1,450 at launch.", "target for year two vs actual; fleet now vs at launch (other periods); paraphrase attributed",
    [("lit", "1.6 million"), ("lit", "1,900"), ("lit", "1,450")])),
 P(("N1", "Critics say the subsidy would have been better spent on protected cycle lanes, though the council said usage had comfortably beaten its own forecast of 900,000 trips.")),
 P(("t", "(Reporting by Ffion Carraway; Editing by Joss Ambler)", "credit line")),
]))

# ---------------------------------------------------------------- cluster 1: tabloid
DOCS.append(("ebike/glide_tabloid.txt", [
 P(("t", "PEDAL POWER! GREEN BIKES ARE A HIT - BUT WHO'S PAYING?", "headline, no figures")),
 P(("t", "By Dean Rushworth", "byline")),
 P(("F1", "Aldermouth's bright green hire bikes have been ridden nearly 1.3 million times in their first 12 months, town hall bosses revealed yesterday.", {"F1": ("nearly 1.3 million", 1290000)})),
 P(("F3", "The typical trip is 2.6 miles (4.2km) - about the distance from Harbour Square to the Fenwick Road retail park, bosses said.", {"F3": ("4.2km", 4.2)})),
 P(("F4", "More than 41,000 people have now signed up to use the Glide bikes, which cost £1 to unlock and 15p for every minute after that.", {"F4": ("More than 41,000", 41000)})),
 P(("F2", "But taxpayers have stumped up £2.9million to keep the wheels turning - a figure that has angered opposition councillors.", {"F2": ("£2.9million", 2.9e6)})),
 P(("F8", "Transport chief Maren Adebayo-Stroud hit back yesterday: \"This isn't a trial any more - it's part of how this city gets about.\"")),
 P(("T", "The bikes have clocked up some 2.7 million miles in total - enough to go round the world more than 100 times.", "2.7m miles rounds 2.72m (wire, 4.37m km); 2.72m/24,901 = 109 laps",
    [("conv", 4.37e6, 0.621371, 2.7e6, 0.02), ("div", 2.72e6, 24901, 109, 0.01)])),
 P(("F9", "\"It's quicker than the bus and I turn up to work without looking like I've run a marathon.\"")),
 P(("T", "And the carbon saving is put at more than 900,000lb of CO2 - about 410 tonnes - from tempting people out of their cars.", "imperial first: 410 t = 903,894 lb",
    [("conv", 410, 2204.62, 900000, 0.01)])),
 P(("T", "The busiest spot is Harbour Square, where 61,200 rides started, while the record day came on a Saturday last September, when nearly 9,900 trips were logged.", "part (one station) vs total; 9,870 rounds to nearly 9,900; Saturday agrees with wire",
    [("lit", "61,200"), ("lit", "nearly 9,900")])),
 P(("N2", "One council insider told the Daily Clarion: \"They're already talking about doubling the fleet, and nobody has asked where the money comes from.\"")),
 P(("T", "The first bikes hit the streets at 7am on Sunday, April 13 last year, and the fleet has since grown from 1,450 to 1,900.", "13 April 2025 was a Sunday; fleet then vs now",
    [("weekday", "2025-04-13", "Sunday"), ("lit", "7am")])),
 P(("F4", "Operator Corrin Mobility says it wants 1.6 million rides in year two - and that the scheme's 36,000 members will get a loyalty discount from June.", {"F4": ("36,000", 36000)})),
]))

# ---------------------------------------------------------------- cluster 1: trade newsletter
DOCS.append(("ebike/glide_trade.md", [
 P(("t", "# Micromobility Brief - Issue 114, 17 April 2026", "masthead date, no weekday")),
 P(("t", "## Aldermouth Glide: the year-one numbers", "heading")),
 P(("T", "Aldermouth City Council and operator Corrin Mobility released twelve-month data for the docked Glide e-bike scheme on Tuesday 14 April. Headline figures:", "14 April 2026 was a Tuesday",
    [("weekday", "2026-04-14", "Tuesday")])),
 P(("F1", "- Trips: 1,248,600 (13 April 2025 to 12 April 2026)", {"F1": ("1,248,600", 1248600)}),
   ("F3", "- Distance ridden: 4.37 million km; mean trip length 3.4 km", {"F3": ("3.4 km", 3.4)}),
   ("T", "- Fleet: 1,900 e-bikes, up from 1,450 at launch (+31%)", "1,450 -> 1,900 is +31.0%", [("change", 1450, 1900, 31, 0.5)]),
   ("F5", "- Docking stations: 198, each with 8 to 20 docks", {"F5": ("198", 198)}),
   ("F2", "- Public subsidy: GBP 2.6 million; fare and pass revenue: GBP 3.1 million", {"F2": ("GBP 2.6 million", 2.6e6)}),
   ("F1,F6", "- Modal shift: 27% of the 1,248,600 trips replaced a car journey, equal to about 450,000 car trips", {"F1": ("1,248,600", 1248600)}),
   ("T", "- CO2 avoided: about 410 t (operator estimate)", "agrees with wire 410 tonnes and tabloid 900,000lb", [("lit", "410 t")]),
   ("F7", "- Peak day: Sunday 6 September 2025, 9,870 trips"),
   ("T", "- Annual pass holders: 9,800; tariff GBP 1.00 unlock plus GBP 0.15/min", "pass holders (not members); same tariff as tabloid and wire", [("lit", "9,800")])),
 P(("T", "Batteries are swapped from four electric cargo vans and two cargo trikes; each 0.5 kWh pack gives a claimed 60 km range, so a bike can cover about 17 average trips between swaps.", "range per charge, not trip length; 60/3.4 = 17.6",
    [("div", 60, 3.4, 17, 0.04)])),
 P(("T", "Corrin has set a year-two target of 1.6 million trips and will add 300 bikes by October, taking the fleet to 2,200.", "target vs actual; 1,900 + 300 = 2,200", [("sum", [1900, 300], 2200, 0)])),
 P(("T", "Verhulst told Micromobility Brief that a second phase would push docks into the Eastgate and Moorfield wards, where \"the hills have always put people off cycling and the motor does the hard work\".", "partial quote attributed in the same sentence")),
 P(("T", "For comparison, Portlaine's 900-bike system logged 610,000 trips in its first year, and Hesketh's 2,400 bikes logged 1.9 million.", "other schemes, same measure", [("lit", "610,000"), ("lit", "1.9 million")])),
 P(("T", "In the city centre docks sit about 300 m apart, and the council says 85% of residents now live within 500 m of one.", "spacing and coverage, other attributes", [("lit", "300 m"), ("lit", "85%")])),
 P(("T", "The next operating contract, worth up to GBP 9 million over five years, goes out to tender in September; bidders must offer at least 2,000 bikes.", "cap and minimum for a future contract, not year-one money or fleet", [("lit", "up to GBP 9 million"), ("lit", "2,000")])),
 P(("t", "Next issue: cargo-bike logistics hubs and kerbside charging standards.", "trailer")),
]))

# ---------------------------------------------------------------- cluster 2: lung checks, broadcaster
DOCS.append(("lungcheck/lungcheck_broadcast.txt", [
 P(("F11", "Lung check programme finds 112 cancers in first six months", {"F11": ("112", 112)})),
 P(("t", "By Amira Quennell, Health correspondent, BRN News", "byline")),
 P(("t", "Published 21 May 2026", "date line, no weekday")),
 P(("F11", "A community lung screening programme in Brackenridge has found 112 cancers since it began in November, most of them at an early stage, when treatment is far more likely to succeed.", {"F11": ("112", 112)})),
 P(("F10", "The Brackenridge Health Board says 26,700 people have had a lung health check, just over half of the 52,400 who were invited.", {"F10": ("26,700", 26700)})),
 P(("F15", "The programme, which started on Monday 17 November 2025, invites people aged 55 to 74 who have ever smoked to a 30-minute appointment with a nurse at one of six mobile units.")),
 P(("T", "About a third of those checked - 8,900 people - were referred for a low-dose CT scan.", "8,900/26,700 = 33.3%", [("pct", 8900, 26700, 33.3, 0.2)])),
 P(("F12", "Patients waited an average of 11 days between their check and their scan, against a target of 14 days, the board said.", {"F12": ("11 days", 11)})),
 P(("F11,F14", "Of the 112 cancers, 76 (82%) were diagnosed at stage one or two.", {"F11": ("112", 112)})),
 P(("F16", "Programme lead Dr Helena Marsh-Oduya said: \"Finding lung cancer before anyone feels ill is the whole point, and these numbers show it is working.\"")),
 P(("T", "She said uptake was 39% in the most deprived fifth of neighbourhoods, against 63% in the least deprived, and that the board wanted 60% overall by next spring.", "other scopes (fifths) and a target, not overall uptake (26,700/52,400 = 51%)",
    [("lit", "39%"), ("lit", "63%"), ("lit", "60%")])),
 P(("N3", "A senior clinician at the board, who asked not to be named, said the scanning service was \"running at the very edge of its capacity\".")),
 P(("T", "The health board has set aside up to £4.8m for the first year; it says £2.1m had been spent by the end of April.", "budget cap vs spend to date", [("lit", "up to £4.8m"), ("lit", "£2.1m")])),
 P(("T", "The checks are part of a wider effort to cut the share of lung cancers diagnosed after an emergency admission, which stood at 35% across Brackenridge in 2024.", "other measure, other period", [("lit", "35%")])),
 P(("t", "Anyone aged 55 to 74 who has smoked and has not had a letter can ask their GP practice to refer them, the board said.", "eligibility, same age band")),
]))

# ---------------------------------------------------------------- cluster 2: magazine feature (numbers in words)
DOCS.append(("lungcheck/lungcheck_magazine.md", [
 P(("t", "# Breath of fresh data", "headline")),
 P(("F11", "*How a travelling lung clinic in Brackenridge found one hundred and twenty-one cancers in six months*", {"F11": ("one hundred and twenty-one", 121)})),
 P(("t", "By Oriel Fane-Whitlock", "byline")),
 P(("T", "On a wet Monday morning in mid-November, a converted articulated lorry pulled up outside the Sallow Lane community centre and began the most ambitious screening experiment Brackenridge has attempted in a generation.", "vague start date consistent with Monday 17 November")),
 P(("F10", "Six months on, the numbers are striking. Of the fifty-two thousand four hundred people invited, nearly twenty-seven thousand have come through the door.", {"F10": ("nearly twenty-seven thousand", 26900)})),
 P(("T", "Roughly one in three of them, eight thousand nine hundred people, were sent on for a low-dose CT scan.", "8,900 of 26,700 = one in three", [("pct", 8900, 26700, 33.3, 0.5)])),
 P(("F16", "Dr Helena Marsh-Oduya, who leads the programme, is unsentimental about it. \"Catching lung cancer before anyone feels ill is the entire point, and these figures show it is working,\" she says.")),
 P(("F13", "The clinic rotates between fourteen sites, chosen by overlaying smoking rates on a map of the neighbourhoods with the lowest take-up of earlier screening.", {"F13": ("fourteen sites", 14)})),
 P(("N4", "Experts say the approach could be copied across the country within five years, though the cost, up to four point eight million pounds in year one, gives finance directors pause.")),
 P(("T", "Uptake is lowest where need is greatest: thirty-nine per cent in the poorest fifth of neighbourhoods, against sixty-three per cent in the wealthiest.", "same 39%/63% as broadcast, in words")),
 P(("T", "Nurse Callum Ashdown-Reyes, who runs one of the six units, says most people arrive expecting a telling-off. \"They think we're going to lecture them about smoking. We don't. We listen to their lungs.\"", "quote whose speaker is named in the previous sentence")),
 P(("t", "Most of the cancers were caught early, at stage one or two, when surgery or targeted radiotherapy can still cure.", "no figure")),
 P(("F13", "By the autumn, though, the board admits its dozen sites will not be enough, and it wants a seventh unit on the road before winter.", {"F13": ("dozen sites", 12)})),
 P(("T", "Nationally, fewer than three in ten lung cancers are found that early. For the people of Brackenridge, that figure may finally be moving.", "national scope, other measure")),
]))

# ---------------------------------------------------------------- cluster 2: patients' forum bulletin
DOCS.append(("lungcheck/lungcheck_bulletin.txt", [
 P(("t", "BRACKENRIDGE PATIENTS' FORUM - MEMBERS' BULLETIN No. 47, JUNE 2026", "masthead")),
 P(("t", "Lung health checks: the six-month update", "heading")),
 P(("F15", "Dear members, many of you have asked how the lung health check programme is going since it began on Monday 10 November. The health board's report, presented at its meeting on Thursday 21 May, gives us a first picture.")),
 P(("F10", "- More than 28,000 people have now had a check.", {"F10": ("More than 28,000", 28000)}),
   ("T", "- 8,900 were referred for a CT scan, roughly a third.", "8,900 agrees with broadcast and magazine", [("lit", "8,900")]),
   ("F12", "- Average wait from check to scan: 17 days (the target is 14).", {"F12": ("17 days", 17)}),
   ("F11", "- 112 cancers found, 76 of them at stage one or two - about two-thirds.", {"F11": ("112", 112)}),
   ("T", "- Uptake: 39% in the most deprived areas, 63% in the least deprived.", "agrees with broadcast", [("lit", "39%")]),
   ("T", "- Seen by a specialist within two weeks of an abnormal scan: 94% (target 93%).", "other measure; actual vs target", [("lit", "94%")])),
 P(("N5", "Forum chair Ruth Penhallow, who sits on the programme's oversight group, told the committee: \"We are proud [the programme] has reached people who have not seen a doctor in years... but we cannot pretend the gap between rich and poor areas is closing.\"")),
 P(("t", "Several members have written to us about their appointments, and the comments have been overwhelmingly positive.", "context line, no speaker")),
 P(("F17", "\"I was in and out in half an hour, and the nurse explained every single thing she was doing.\"")),
 P(("t", "Not every experience has been so smooth: a few members reported invitation letters arriving after the appointment date.", "no figure")),
 P(("T", "The forum will hold an open meeting on the programme on Tuesday 16 June at 6.30pm at the Sallow Lane community centre, and the health board's programme manager, Dev Rostami, has agreed to attend.", "16 June 2026 was a Tuesday; a different event's time",
    [("weekday", "2026-06-16", "Tuesday")])),
 P(("T", "Subscriptions for 2026-27 stay at £6 a household; the forum now has 1,312 member households, up from 1,270 a year ago.", "other subject; 1,270 -> 1,312", [("lit", "1,312")])),
 P(("t", "Edited by Gwen Arbuthnot for the Forum committee.", "credit")),
]))

# ---------------------------------------------------------------- cluster 3: film, live page
DOCS.append(("film/orchard_live.md", [
 P(("t", "# Box office live: The Quiet Orchard's opening weekend", "headline")),
 P(("T", "*Screen Desk - live updates, Sunday 15 March to Monday 16 March 2026*", "weekdays correct", [("weekday", "2026-03-15", "Sunday"), ("weekday", "2026-03-16", "Monday")])),
 P(("F19", "**Sunday 15 March, 11:05** - Thursday-preview and Friday takings for The Quiet Orchard came to £1.05m, of which previews were £140,000, distributor Northlight Distribution says. The film is playing at 612 cinemas.", {"F19": ("612", 612)})),
 P(("T", "**11:40** - Saturday alone brought in £1.46m, so the running total stands at £2.51m.", "running total 1.05 + 1.46 = 2.51", [("sum", [1.05, 1.46], 2.51, 0.001)])),
 P(("T", "**17:20** - Northlight's Sunday estimate puts the weekend at £3.1m, which would make the film a clear number one.", "estimate later superseded by the £3.42m actual", [("lit", "£3.1m")])),
 P(("F23", "**17:45** - Marcus Delacroix-Finn, Northlight's managing director, tells us: \"Audiences have found this film on their own, by word of mouth, and that is the best kind of opening there is.\"")),
 P(("F18", "**Monday 16 March, 10:30** - Actuals are in. The Quiet Orchard took £3.42m from Thursday previews to Sunday, beating yesterday's estimate; Sunday came in at £0.91m.", {"F18": ("£3.42m", 3.42e6)})),
 P(("F20", "**10:42** - That is a per-site average of about £5,590 and, at an average ticket price of £8.72, roughly 392,000 admissions.", {"F20": ("392,000", 392000)})),
 P(("T", "**10:50** - Correction: the 11:05 update gave preview takings as £140,000. The correct figure is £410,000, so Friday alone took £640,000 and the weekend excluding previews was £3.01m.", "correction supersedes 140,000; 1.05-0.41 = 0.64; 3.42-0.41 = 3.01",
    [("sum", [0.64, 0.41], 1.05, 0.001), ("sum", [3.01, 0.41], 3.42, 0.001)])),
 P(("T", "**11:15** - Runner-up Iron Verge took £2.9m in its second weekend, down 38% from its £4.68m opening.", "other film; 4.68 -> 2.9 is -38%", [("change", 4.68, 2.9, -38, 0.5)])),
 P(("T", "**11:30** - Director Ines Calloway-Brandt: \"I made a small film about a family and an apple harvest. I did not expect anyone to queue for it.\"", "same words as regional paper")),
 P(("T", "**11:55** - It is the strongest opening for a homegrown drama since 2019, seven years ago, when Meridian Lane took £3.9m.", "2019 + 7 = 2026; another film's opening", [("years", 2019, 2026, 7)])),
 P(("F21", "**12:10** - Made for a reported £7.5m, the film has recouped roughly 46% of its budget in a single weekend.", {"F21": ("£7.5m", 7.5e6)})),
 P(("T", "**12:20** - That's it from us. The full chart follows on Tuesday 17 March.", "17 March 2026 was a Tuesday", [("weekday", "2026-03-17", "Tuesday")])),
]))

# ---------------------------------------------------------------- cluster 3: film trade newsletter
DOCS.append(("film/orchard_trade.txt", [
 P(("T", "REEL LEDGER - Distribution & Exhibition Weekly - Tuesday 17 March 2026", "weekday correct", [("weekday", "2026-03-17", "Tuesday")])),
 P(("t", "NUMBER ONE: THE QUIET ORCHARD", "heading")),
 P(("F18", "Northlight Distribution's The Quiet Orchard opened at number one over the weekend of 13-15 March with £3.42m including previews, the best start for a homegrown drama since 2019.", {"F18": ("£3.42m", 3.42e6)})),
 P(("F19", "- Sites: 612", {"F19": ("612", 612)}),
   ("T", "- Per-site average: £5,588", "3.42m / 612 = 5,588", [("div", 3.42e6, 612, 5588, 0.001)]),
   ("F20", "- Admissions: about 430,000", {"F20": ("about 430,000", 430000)}),
   ("T", "- Previews (Thursday 12 March): £410,000", "agrees with live page correction; 12 March 2026 was a Thursday", [("weekday", "2026-03-12", "Thursday")]),
   ("F21", "- Production budget: £7.5m (Saltmarsh Pictures, with £600,000 from the Callowmere Screen Fund)", {"F21": ("£7.5m", 7.5e6)}),
   ("T", "- Average ticket price: £8.72", "agrees with live page; 3.42m/8.72 = 392,000 (trade's 430,000 is the planted conflict)", [("div", 3.42e6, 8.72, 392000, 0.001)]),
   ("t", "- Running time: 128 min; certificate 12A", "other attribute")),
 P(("F22", "The gala premiere at the Calder Picturehouse in Callowmere on Wednesday 11 March began at 19:30, with the director and most of the cast in attendance.", {"F22": ("19:30", 19.5)})),
 P(("F23", "Northlight managing director Marcus Delacroix-Finn said: \"Audiences have found this film by themselves, through word of mouth, and that is the best sort of opening there is.\"")),
 P(("T", "He said the company would widen the release to about 700 sites from Friday 20 March.", "planned future site count, not opening-weekend sites", [("weekday", "2026-03-20", "Friday")])),
 P(("N6", "One rival distributor, speaking on condition of anonymity, said the opening \"shows there is still a paying audience for grown-up drama outside the franchise calendar\".")),
 P(("T", "Elsewhere in the top five: Iron Verge (£2.9m, second weekend, -38%), Paper Wolves (£1.2m, new), Saint Ollery (£640,000, third weekend) and Little Thunder (£510,000, fourth weekend).", "other films; Iron Verge agrees with live page", [("lit", "£2.9m")])),
 P(("T", "The market as a whole took £9.85m, up 12% on the previous weekend's £8.79m, with the top five accounting for £8.67m of it.", "8.79 -> 9.85 = +12.1%; top five sum 3.42+2.9+1.2+0.64+0.51 = 8.67",
    [("change", 8.79, 9.85, 12, 0.5), ("sum", [3.42, 2.9, 1.2, 0.64, 0.51], 8.67, 0.001)])),
 P(("T", "Saltmarsh Pictures' previous release, Winter Lantern, opened to £1.6m on 380 sites in 2023, and Northlight's share of the market so far this year is 9.4%, against 6.1% at the same point of 2025.", "other film, other periods", [("lit", "380 sites"), ("lit", "9.4%")])),
 P(("t", "Reel Ledger is published every Tuesday. Data: distributor returns and exhibitor sampling; all figures are in pounds sterling, rounded, and include VAT.", "colophon")),
]))

# ---------------------------------------------------------------- cluster 3: regional daily
DOCS.append(("film/orchard_regional.txt", [
 P(("t", "Callowmere's own director tops the box office", "headline")),
 P(("t", "By Hattie Sorensen-Lowe, Arts Reporter", "byline")),
 P(("F18", "Callowmere-born film-maker Ines Calloway-Brandt has the number one film in the country after The Quiet Orchard took nearly £3.8 million on its opening weekend.", {"F18": ("nearly £3.8 million", 3.78e6)})),
 P(("F19", "The family drama, shot in orchards around Millbeck and Tarrow Green, opened in more than 700 cinemas on Friday, March 13, after a gala premiere at the Calder Picturehouse.", {"F19": ("more than 700", 701)})),
 P(("F22", "The premiere, which began at 6.30pm on Wednesday, March 11, drew a crowd of several hundred to Market Street despite the rain.", {"F22": ("6.30pm", 18.5)})),
 P(("T", "Speaking to the Courier on Monday, Calloway-Brandt said: \"I made a small film about a family and an apple harvest. I did not expect anyone to queue for it.\"", "identical to the live page quote")),
 P(("T", "It is her second feature, nine years after her debut, Kestrel Road, was released in 2017.", "2017 + 9 = 2026", [("years", 2017, 2026, 9)])),
 P(("F21", "The film cost £9 million to make, with £600,000 coming from the Callowmere Screen Fund, the council-backed body set up in 2016 to bring productions to the district.", {"F21": ("£9 million", 9e6)})),
 P(("N7", "Analysts say a strong second weekend could push the film's total past £8 million.")),
 P(("T", "Around 140 local people worked as extras, and the production spent an estimated £1.1m in the district during eight weeks of filming in the autumn of 2024.", "other subjects; 140 is people, not preview takings")),
 P(("T", "The Calder Picturehouse, which has the film on both its screens, said it sold 2,310 tickets over the weekend, its best total since it reopened in 2021 after a £2.4m refurbishment.", "one cinema's tickets vs national admissions", [("lit", "2,310")])),
 P(("T", "Councillor Beth Amankwah-Lowry, who chairs the screen fund, said its stake \"has been repaid many times over in pride alone\".", "partial quote attributed")),
 P(("T", "The Quiet Orchard is showing at the Calder Picturehouse daily at 2pm, 5.15pm and 8pm.", "screening times, not the premiere", [("lit", "5.15pm")])),
 P(("T", "Tickets cost £7.50, or £5 for under-16s, and the cinema is adding a late show at 10.45pm on Fridays and Saturdays.", "ticket price 7.50 is not the 7.5m budget; another time", [("lit", "£7.50"), ("lit", "10.45pm")])),
]))

# ---------------------------------------------------------------- standalone: building society results
DOCS.append(("standalone/fellgate_halfyear.md", [
 P(("t", "# Fellgate Building Society - half-year results to 30 June 2026", "title")),
 P(("T", "**Released: Wednesday 29 July 2026, 07:00**", "29 July 2026 was a Wednesday", [("weekday", "2026-07-29", "Wednesday")])),
 P(("F26", "Fellgate Building Society, the mutual based in Ormesby, today reported underlying profit[1] of £21.4m for the six months to 30 June 2026, up from £18.9m a year earlier, as members' savings balances passed £4.6bn for the first time.")),
 P(("F25", "Gross mortgage lending was £412m (H1 2025: £386m). Net lending rose 35% to £118m from £97m, the strongest half-year for net lending since 2019.")),
 P(("F24", "Total assets grew to £5.48bn, and membership rose 3.4% to 412,300.", {"F24": ("£5.48bn", 5.48e9)})),
 P(("T", "Chief executive Alasdair Penrose-Kite said: \"We have lent more, paid savers more and kept our costs in check, which is exactly what a mutual should do.\"", "attributed quote")),
 P(("t", "Key figures:", "label")),
 P(("t", "| Six months to 30 June | 2026 | 2025 |", "table header"),
   ("t", "|---|---|---|", "table rule"),
   ("T", "| Gross mortgage lending (£m) | 412 | 386 |", "agrees with text; 412/386 = +6.7% (not stated)", [("lit", "412")]),
   ("F25", "| Net lending (£m) | 118 | 97 |"),
   ("T", "| Savings balances (£bn) | 4.62 | 4.35 |", "4.62 'passed £4.6bn'", [("lit", "4.62")]),
   ("T", "| Underlying profit (£m) | 21.4 | 18.9 |", "agrees with text", [("lit", "21.4")]),
   ("F24", "| Total assets (£bn) | 5.84 | 5.51 |", {"F24": ("5.84", 5.84e9)}),
   ("T", "| Members | 412,300 | 398,700 |", "398,700 -> 412,300 = +3.4%", [("change", 398700, 412300, 3.4, 0.05)]),
   ("T", "| Cost:income ratio (%) | 61.2 | 63.5 |", "agrees with text", [("lit", "61.2")])),
 P(("T", "The cost:income ratio improved to 61.2%, on management expenses of £33.3m against total income of £54.4m.", "33.3/54.4 = 61.2%", [("pct", 33.3, 54.4, 61.2, 0.05)])),
 P(("F26", "Mortgage arrears of three months or more fell to 0.41% of loans, against an industry average of 0.9%. The common equity tier 1 ratio[2] was 19.8%, well above the regulatory minimum.")),
 P(("T", "The society paid savers an average rate of 3.71%, 1.02 percentage points above the market average of 2.69%.", "3.71 - 2.69 = 1.02", [("diff", 3.71, 2.69, 1.02, 0.001)])),
 P(("T", "The society approved 1,980 mortgages in the half, 812 of them (41%) for first-time buyers.", "812/1,980 = 41.0%", [("pct", 812, 1980, 41, 0.1)])),
 P(("T", "Fellgate has 23 branches and will open its 24th, in Wetherdale, in September.", "23 + 1 = 24", [("sum", [23, 1], 24, 0)])),
 P(("t", "Ends", "end mark")),
]))

# ---------------------------------------------------------------- standalone: dance company season review
DOCS.append(("standalone/tidewrack_review.txt", [
 P(("t", "TIDEWRACK DANCE - FRIENDS' NEWSLETTER, SPRING 2026", "masthead")),
 P(("t", "The 2025-26 season in review", "heading")),
 P(("T", "Dear Friends, what a season. Between September and March the company gave 38 performances at 21 venues, and 17,450 of you came to see us, an average of 459 a show.", "17,450/38 = 459.2", [("div", 17450, 38, 459, 0.002)])),
 P(("T", "Houses were 72% full across the tour, up from 64% last season, and eleven of the 38 performances sold out.", "this season vs last season; part of 38")),
 P(("F27", "It is 25 years since Anouk Belleville founded the company in 1998, in a borrowed church hall in Vellmouth with four dancers and a second-hand sound system.")),
 P(("T", "The season's new work, Saltlines, had its premiere at the Harbour Arts Centre in Vellmouth on Wednesday 8 October 2025, ten years after our first performance there in 2015.", "8 Oct 2025 was a Wednesday; 2015 + 10 = 2025",
    [("weekday", "2025-10-08", "Wednesday"), ("years", 2015, 2025, 10)])),
 P(("F28", "\"A company at the height of its powers, and unafraid to be quiet.\"")),
 P(("t", "That line turned up in more than one notice this season, and we have had it framed for the rehearsal studio.", "context, no speaker named")),
 P(("N8", "Artistic director Samir Oyelaran-Hext writes: \"Saltlines began as a conversation with the fishing families of the harbour ... and ended as a piece about what we owe each other.\"")),
 P(("T", "Our learning programme ran 64 workshops for 1,900 participants, about 30 a session, in schools, care homes and youth clubs along the tour route.", "1,900/64 = 29.7", [("div", 1900, 64, 30, 0.02)])),
 P(("T", "Finances, in brief: income for the year was £598,000, made up of £241,000 from ticket sales, £186,000 from the Regional Arts Fund and £171,000 from donations and Friends' subscriptions.", "241 + 186 + 171 = 598", [("sum", [241, 186, 171], 598, 0)])),
 P(("T", "There are now 1,140 Friends, 96 more than a year ago, a rise of 9.2%.", "96/1,044 = 9.2%", [("change", 1044, 1140, 9.2, 0.05)])),
 P(("T", "Next season opens on Thursday 17 September 2026 at the Kelbrook Playhouse, the first of 24 dates, and Friends' priority booking opens at 10am on Monday 1 June.", "weekdays correct",
    [("weekday", "2026-09-17", "Thursday"), ("weekday", "2026-06-01", "Monday")])),
 P(("t", "With thanks, Imogen Darrow, Friends' Secretary", "sign-off")),
]))

# ---------------------------------------------------------------- standalone: consultation response with [n]
DOCS.append(("standalone/escooter_response.md", [
 P(("t", "# E-scooters: proposed rules for rental and private use - Government response", "title")),
 P(("T", "Ministry of Urban Mobility. Published Tuesday 16 June 2026.", "16 June 2026 was a Tuesday", [("weekday", "2026-06-16", "Tuesday")])),
 P(("t", "## 1. Summary", "heading")),
 P(("T", "1.1 The consultation ran for 12 weeks, from Monday 10 November 2025 to Monday 2 February 2026, and received 4,812 responses: 3,960 from individuals and 852 from organisations.[1]", "84 days = 12 weeks; 3,960 + 852 = 4,812; weekdays correct",
    [("weekday", "2025-11-10", "Monday"), ("weekday", "2026-02-02", "Monday"), ("sum", [3960, 852], 4812, 0), ("days", "2025-11-10", "2026-02-02", 84)])),
 P(("T", "1.2 The Ministry proposed a maximum assisted speed of 25 km/h (15.5 mph), a minimum rider age of 16 and a maximum vehicle weight of 35 kg (77 lb).[2]", "25 km/h = 15.5 mph; 35 kg = 77.2 lb",
    [("conv", 25, 0.621371, 15.5, 0.01), ("conv", 35, 2.20462, 77, 0.01)])),
 P(("t", "## 2. What respondents told us", "heading")),
 P(("T", "2.1 On speed, 58% of organisations (494 of 852) supported the 25 km/h limit; individuals were more divided, with 47% in favour.[3]", "494/852 = 58.0%; individuals other scope", [("pct", 494, 852, 58, 0.1)])),
 P(("F29", "2.2 On helmets, 41% of all respondents agreed that helmets should be compulsory for riders of private e-scooters and 52% disagreed; the remainder expressed no view.[5]")),
 P(("T", "2.3 Rental operators reported that trial schemes in 31 areas recorded 14.2 million trips in 2025, with riders injured at a rate of 3.1 per million trips.[6]", "other subject; rate not a count", [("lit", "14.2 million")])),
 P(("t", "## 3. Government response", "heading")),
 P(("T", "3.1 The Ministry will proceed with the 25 km/h limit and the minimum age of 16, and will set the weight limit at 35 kg as proposed.", "restates proposals consistently")),
 P(("F30", "3.2 Helmets will be strongly recommended but not compulsory, reflecting the balance of responses and the evidence on enforcement costs.[7]")),
 P(("T", "3.3 Legislation will be laid before the summer recess, with the new rules taking effect from 1 April 2027, five years after the first rental trials began in April 2022.", "2022 + 5 = 2027", [("years", 2022, 2027, 5)])),
 P(("t", "## Notes", "notes heading")),
 P(("T", "[1] A further 37 responses received by post and email after 2 February 2026 were not included.", "late responses outside the 4,812 total"),
   ("t", "[2] Consultation document, paragraphs 4.2 to 4.9.", "reference"),
   ("T", "[3] Of the 852 organisations, 212 were local authorities.", "part of 852"),
   ("F29", "[4] Road Safety Evidence Review, Ministry of Urban Mobility, October 2025."),
   ("T", "[5] Percentages exclude 96 responses that did not answer the helmet question.", "note explains base"),
   ("t", "[6] Operator returns collated by the Ministry's micromobility unit, March 2026.", "reference")),
]))
