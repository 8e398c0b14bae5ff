# -*- coding: utf-8 -*-
"""Tagged source for heldout67 (blind planted set for factlint).

Every non-empty line of every document is exactly one of:
  F(ids, text)   -- a finding line (ids: comma-separated finding ids whose `at` includes this line)
  N(id, text)    -- a note line
  T(text, what, mn=True, check=None, wd=None, yrs=None) -- a trap line
                    mn=True  -> also listed in key['must_not']
                    check    -> python expression that must evaluate True (arithmetic / conversion holds)
                    wd       -> [(weekday, 'YYYY-MM-DD')] that must match
                    yrs      -> (start, end, n) with end - start == n
  B              -- a blank line
"""

B = None


def T(text, what, mn=True, check=None, wd=None, yrs=None):
    return {"kind": "T", "text": text, "what": what, "must_not": mn,
            "check": check, "wd": wd or [], "yrs": yrs}


def F(ids, text):
    return {"kind": "F", "ids": [i.strip() for i in ids.split(",")], "text": text}


def N(nid, text):
    return {"kind": "N", "ids": [nid], "text": text}


# ---------------------------------------------------------------------------
# Findings. Checks used by validate.py:
#   nc=(a, b)            values in one unit; must differ by more than 2 %
#   needles=[...]        every at-line must contain at least one needle (case-insensitive)
#   arith=(stated, expr) stated figure vs the figure the stated numbers support; |diff| > 1
#   wd=(weekday, iso)    weekday must NOT match the date
#   yrs=(start, end, n)  end - start must NOT equal n
#   times=(a, b)         two different clock times for one event
# ---------------------------------------------------------------------------
FINDINGS = {
    # ---- Cluster 1: Hollinsea Bay beach recharge completed Thursday 16 April 2026 ----
    "F1": dict(rules=["numeric-conflict"], nc=(1.35, 1.53), needles=["1.35 million", "1.53 million", "1.8 million cubic yards"],
               what="sand placed: 1.35 million m3 (wire; tabloid's 'almost 1.8 million cubic yards' = 1.35m m3) vs 1.53 million m3 (trade)"),
    "F2": dict(rules=["numeric-conflict"], nc=(4.8, 8.0), needles=["4.8 km", "4,800 m", "five miles"],
               what="length of frontage recharged: 4.8 km (wire, trade 4,800 m) vs 'five miles (8km)' (tabloid)"),
    "F3": dict(rules=["numeric-conflict"], nc=(38.6, 36.8), needles=["38.6", "36.8"],
               what="total cost: £38.6 million (wire, trade GBP 38.6 m) vs £36.8million (tabloid)"),
    "F4": dict(rules=["numeric-conflict"], nc=(214, 241), needles=["214", "241"],
               what="within trade bulletin: dredger trips 214 (key figures) vs 241 (later paragraph)"),
    "F5": dict(rules=["numeric-conflict"], nc=(40.0, 27.4), needles=["40 metres", "40 m", "90ft"],
               what="average beach widening: 40 m (wire, trade) vs 90ft (27m) (tabloid); 40 m is about 131 ft"),
    "A1": dict(rules=["numeric-arithmetic"], arith=(82, "29.0 / 38.6 * 100"), needles=["82 %"],
               what="trade: GBP 29.0 m of GBP 38.6 m is 75 %, not 82 %"),
    "D1": dict(rules=["date-inconsistency"], wd=("Friday", "2026-04-16"), needles=["Friday 16 April"],
               what="trade: 'Friday 16 April' 2026 -- 16 April 2026 is a Thursday (wire: Thursday, April 16)"),
    "Q1": dict(rules=["quote-conflict"], needles=["breathing space", "breathing room"],
               what="Arkwright: 'fifty years of breathing space' (wire) vs 'breathing room' (tabloid)"),
    "U1": dict(rules=["unattributed-quote"], needles=["the beach we had as kids"],
               what="tabloid: stand-alone quote with no speaker in or around it"),
    # ---- Cluster 2: Bramblecote Press, The Lantern Fox, sales announced Tuesday 3 March 2026 ----
    "F6": dict(rules=["numeric-conflict"], nc=(12000, 8000), needles=["12,000", "eight thousand"],
               what="first printing: 12,000 copies (trade) vs 'eight thousand' (feature)"),
    "F7": dict(rules=["numeric-conflict"], nc=(186400, 168400), needles=["186,400", "168,400", "hundred and eighty-six thousand"],
               what="copies sold in first eight weeks, all formats: 186,400 (trade; feature 'more than 186,000') vs 168,400 (broadcaster)"),
    "F8": dict(rules=["numeric-conflict"], nc=(17, 21), needles=["17 territories", "twenty-one territories"],
               what="translation rights sold: 17 territories (trade) vs twenty-one (feature)"),
    "F9": dict(rules=["numeric-conflict"], nc=(310000, 210000), needles=["three hundred and ten thousand", "two hundred and ten thousand"],
               what="within feature: copies in print 'three hundred and ten thousand' vs 'two hundred and ten thousand'"),
    "A2": dict(rules=["numeric-arithmetic"], arith=(68, "(186400 - 94000) / 94000 * 100"), needles=["68%"],
               what="trade: 186,400 vs 94,000 is 98% more, not 68%"),
    "D2": dict(rules=["date-inconsistency"], yrs=(1985, 2026, 40), needles=["40th anniversary"],
               what="broadcaster: founded in 1985, '40th anniversary this year' (2026 is the 41st)"),
    "Q2": dict(rules=["quote-conflict"], needles=["strangers are reading it", "strangers are buying it"],
               what="Ashdown: 'strangers are reading it' (trade) vs 'strangers are buying it' (broadcaster)"),
    "U2": dict(rules=["unattributed-quote"], needles=["always existed"],
               what="feature: stand-alone quote with no speaker"),
    # ---- Cluster 3: University of Farrowdale, results day Thursday 13 August 2026 ----
    "F10": dict(rules=["numeric-conflict"], nc=(48350, 43850), needles=["48,350", "43,850"],
                what="applications for 2026 entry: 48,350 (wire, student paper) vs 43,850 (live page)"),
    "F11": dict(rules=["numeric-conflict"], nc=(650, 560), needles=["650", "560"],
                what="clearing places: 650 (wire, live) vs around 560 (student paper), same 92 courses"),
    "F12": dict(rules=["numeric-conflict"], nc=(31200, 34200), needles=["31,200", "34,200"],
                what="offers made this cycle: 31,200 (wire) vs 34,200 (live page)"),
    "F13": dict(rules=["numeric-conflict"], nc=(2940, 2490), needles=["2,940", "2,490"],
                what="medicine applicants for 120 places: 2,940 (wire) vs 2,490 (student paper)"),
    "D3": dict(rules=["date-inconsistency", "numeric-conflict"], times=("07:00", "08:00"), needles=["7am", "8am"],
               what="clearing hotline opening time on results day: 7am (wire) vs 8am (live page)"),
    "D4": dict(rules=["date-inconsistency"], wd=("Friday", "2026-08-13"), needles=["Friday 13 August"],
               what="student paper: 'Friday 13 August 2026' -- 13 August 2026 is a Thursday"),
    "Q3": dict(rules=["quote-conflict"], needles=["there is still a place", "there may still be a place"],
               what="Quayle: 'there is still a place here' (wire) vs 'there may still be a place here' (live)"),
    # ---- Stand-alone ----
    "F14": dict(rules=["numeric-conflict"], nc=(245, 265), needles=["245 cm", "265 cm"],
                what="ski report: peak summit snow depth 245 cm (label line) vs 265 cm (text)"),
    "A3": dict(rules=["numeric-arithmetic"], arith=(21, "(342100 - 301600) / 301600 * 100"), needles=["21 per cent"],
               what="ski report: 342,100 vs 301,600 skier days is +13.4 %, not +21 %"),
    "FN1": dict(rules=["footnote-gap"], needles=["^4"],
                what="bee review: markers and notes run ^1, ^2, ^4, ^5 -- ^3 missing"),
    "FN2": dict(rules=["footnote-no-notes"], needles=["[1]", "[2]"],
                what="ski report: [1] and [2] markers but no notes section"),
    "FN3": dict(rules=["footnote-undefined"], needles=["^6"],
                what="bee review: marker ^6 has no entry in the Notes section"),
    "U3": dict(rules=["unattributed-quote"], needles=["sold my second car"],
               what="car-club bulletin: testimonial quote with no speaker"),
}

NOTES = {
    "N1": dict(rules=["anonymous-source"], what="tabloid: 'a council insider, who asked not to be named'"),
    "N2": dict(rules=["vague-source"], what="coast wire: 'Critics say'"),
    "N3": dict(rules=["quote-altered"], what="broadcaster: bracketed insertion '[the fox]' inside Telfer quote"),
    "N4": dict(rules=["vague-source"], what="feature: 'Experts say'"),
    "N5": dict(rules=["anonymous-source"], what="student paper: 'A source close to the admissions office'"),
    "N6": dict(rules=["quote-altered"], what="admissions wire: ellipsis inside Rusk quote"),
    "N7": dict(rules=["vague-source"], what="car-club bulletin: 'Critics say'"),
    "N8": dict(rules=["anonymous-source"], what="bee review: 'a municipal parks officer, who asked not to be named'"),
}

DOCS = {}

# =============================================================================
# Cluster 1 -- Hollinsea Bay beach recharge (coastal engineering)
# True: completed Thu 16 Apr 2026, began Mon 3 Nov 2025 (~23 weeks); 1.35 million m3 of sand from Ketter
# Bank 11 km offshore; 4.8 km frontage; crest raised up to 3.5 m; mean widening 40 m; 12 rock groynes
# replace 18 timber; 214 dredger trips x ~6,300 m3; cost £38.6m = £29.0m national fund + £9.6m local
# (council £6.1m + business levy £3.5m); budget £35.0m; 2,870 properties; 50-year design life; top-ups
# of ~250,000 m3 (~£4m) every ten years; sea wall 1996.
# =============================================================================
DOCS["hollinsea_coast/coast_wire.txt"] = [
    T("Hollinsea's eroded bay gets its beach back as sand recharge scheme is finished",
      "headline, no figures", mn=False),
    B,
    T("HOLLINSEA, April 16 (Coastline Press) - Engineers finished pumping sand onto Hollinsea Bay on Thursday, "
      "completing a scheme that began on Monday, November 3, and has rebuilt the beach in front of the town's "
      "ageing sea wall.",
      "dateline April 16 + 'on Thursday' (16 Apr 2026 is Thursday); 3 Nov 2025 is a Monday",
      wd=[("Thursday", "2026-04-16"), ("Monday", "2025-11-03")]),
    B,
    F("F1", "In all, 1.35 million cubic metres of sand were dredged from the Ketter Bank, a licensed area about "
            "11 km offshore, and pumped ashore through a floating pipeline, the Hollinsea Coastal Partnership said."),
    B,
    F("F2", "The recharge covers 4.8 km of frontage between Saltcote Point and Gannet Rocks, where the level of "
            "the beach has been raised by up to 3.5 metres."),
    B,
    F("F5", "On average the beach is now 40 metres wider than it was last autumn, and 12 rock groynes have "
            "replaced the 18 rotting timber ones that used to hold it in place."),
    B,
    F("F3", "The scheme cost £38.6 million. The national Coastal Resilience Fund provided £29.0 million, about "
            "three-quarters of the total, with the remaining £9.6 million split between East Wendmoor District "
            "Council and a levy on town-centre businesses."),
    B,
    T("The partnership said 2,870 homes and businesses are now protected by the scheme, which has a design life "
      "of 50 years.",
      "2,870 properties and 50-year design life agree with trade bulletin (tabloid: 'almost 3,000')"),
    B,
    F("Q1", "\u201cWe have given this town a beach that will buy it fifty years of breathing space,\u201d said "
            "Delphine Arkwright, the partnership's project director."),
    B,
    T("\u201cThe sand will move; that is the point of a soft defence,\u201d she added, saying the beach was "
      "designed to soak up wave energy and would be surveyed every spring.",
      "quote attributed by 'she added' (speaker in previous sentence); trade partial quote 'the sand will move' matches"),
    B,
    T("The partnership expects to top up the beach roughly every ten years, adding about 250,000 cubic metres of "
      "sand each time at an estimated cost of £4 million.",
      "maintenance top-up: a different quantity from the 1.35m m3 recharge; agrees with trade and tabloid (330,000 cu yd)"),
    B,
    N("N2", "Critics say the new sand could be stripped away by a single bad winter and that the money would have "
            "been better spent moving seafront properties inland."),
    B,
    T("Arkwright rejected that, pointing to seabed modelling carried out before work began.",
      "narrative, no figures", mn=False),
    B,
    T("The works were completed 30 years after the sea wall was built in 1996, and the town plans to mark both "
      "milestones with a ceremony on the promenade in June.",
      "'30 years after ... 1996' fits 2026", yrs=(1996, 2026, 30)),
]

DOCS["hollinsea_coast/coast_trade.md"] = [
    T("# Shoreline Works Bulletin \u2014 Issue 212, 23 April 2026", "masthead; issue date a week after completion"),
    B,
    T("## Hollinsea Bay recharge handed over", "heading", mn=False),
    B,
    F("D1", "The Hollinsea Bay beach recharge reached practical completion on Friday 16 April, after 23 weeks of "
            "round-the-clock pumping by the trailing suction hopper dredger *Maartje Holm*."),
    B,
    T("Key figures, as reported by the Hollinsea Coastal Partnership:", "lead-in", mn=False),
    B,
    F("F1", "- Fill volume: 1.53 million m\u00b3 of medium sand (D50 about 0.45 mm) from licensed area Ketter Bank, 11 km offshore"),
    F("F4", "- Dredger trips: 214, to a borrow area about 45 minutes' steaming from the beach"),
    F("F2", "- Frontage treated: 4,800 m (Saltcote Point to Gannet Rocks)"),
    F("F5", "- Beach crest raised by up to 3.5 m; mean beach widening 40 m"),
    T("- Groynes: 12 rock structures, replacing 18 timber groynes", "agrees with wire (12 rock, 18 timber)"),
    T("- Properties protected: 2,870", "agrees with wire"),
    F("F3", "- Capital cost: GBP 38.6 m (Coastal Resilience Fund GBP 29.0 m; local contributions GBP 9.6 m)"),
    B,
    F("A1", "On those figures the Coastal Resilience Fund grant covers 82 % of the capital cost, one of the highest "
            "shares awarded to a soft-defence scheme this year."),
    B,
    T("Of the local share, East Wendmoor District Council put in GBP 6.1 m and the town-centre business levy "
      "GBP 3.5 m.",
      "parts of the local share add up: 6.1 + 3.5 = 9.6", check="abs(6.1 + 3.5 - 9.6) < 1e-9"),
    B,
    T("The budget approved in March 2024 was GBP 35.0 m; the overrun of GBP 3.6 m, about 10 %, was put down "
      "mainly to dredger standby time.",
      "approved budget (a different modality from the outturn): 38.6 - 35.0 = 3.6, 3.6/35 = 10.3 %",
      check="abs(38.6 - 35.0 - 3.6) < 1e-9 and round(3.6 / 35.0 * 100) == 10"),
    B,
    F("F4", "Pumping ran at up to 60,000 m\u00b3 a day in calm spells; the dredger completed 241 trips in total, "
            "with the fastest turnaround just under four hours."),
    B,
    T("Project director Delphine Arkwright told the Bulletin that \u201cthe sand will move\u201d and that beach "
      "profiles would be surveyed every spring against the 2025 baseline.",
      "partial quote, attributed, matches wire wording"),
    B,
    T("- Maintenance: top-ups of about 250,000 m\u00b3 every ten years (estimated GBP 4 m each) over a 50-year "
      "design life, i.e. five top-ups",
      "maintenance figures agree with wire; 50 / 10 = 5", check="50 // 10 == 5"),
    T("- Monitoring: Wendmoor Coastal Survey Ltd, five-year contract, LiDAR flights twice a year",
      "contract detail, no conflicting figure"),
]

DOCS["hollinsea_coast/coast_tabloid.txt"] = [
    T("SANDS OF TIME: SEASIDE TOWN GETS ITS BEACH BACK", "headline", mn=False),
    B,
    T("By Kirsty Vallance, Friday 17 April 2026", "byline; 17 Apr 2026 is a Friday, so 'yesterday' = Thursday 16",
      wd=[("Friday", "2026-04-17")]),
    B,
    F("F1", "HOLLINSEA'S battered bay was given a brand new beach yesterday as engineers finished pumping almost "
            "1.8 million cubic yards of sand ashore."),
    B,
    F("F2", "The golden strip now runs for five miles (8km) from Saltcote Point to Gannet Rocks, and in places it "
            "has been raised by more than 11ft."),
    B,
    F("F5", "Day-trippers will find the water's edge an average of 90ft (27m) further out than it was last autumn."),
    B,
    F("F3", "The whole project cost taxpayers and local firms \u00a336.8million \u2014 and almost 3,000 homes and "
            "businesses now shelter behind it."),
    B,
    T("The dredger Maartje Holm sucked up the sand from a bank nearly seven miles (11km) offshore, working day "
      "and night since November.",
      "11 km = 6.8 miles ('nearly seven'); same figure as wire and trade", check="6.5 < 11 / 1.609344 < 7"),
    B,
    F("Q1", "\u201cWe have given this town a beach that will buy it fifty years of breathing room,\u201d said "
            "project director Delphine Arkwright."),
    B,
    T("Council leader Tobias Mallender said: \u201cThis is the biggest single investment Hollinsea has seen in "
      "my lifetime.\u201d",
      "attributed quote, only rendering"),
    B,
    T("Hollinsea, a town of about 9,000 people, lost much of its sand in a run of rough winters in the 2010s.",
      "town population and background, only mention"),
    B,
    T("By 4pm the last lengths of pipe had been dragged up the shingle and the diggers were rolling away.",
      "clock time of a different event (pipes removed), no other time given for it"),
    B,
    F("U1", "\u201cIt's like getting back the beach we had as kids, only wider.\u201d"),
    B,
    T("The pipeline sections will be floated up the coast next week for another job.",
      "no speaker, no figure (keeps the unattributed quote unattributed)", mn=False),
    B,
    T("The partnership says the new beach is designed to last for 50 years, with regular top-ups along the way.",
      "50-year design life agrees with wire and trade"),
    B,
    N("N1", "But a council insider, who asked not to be named, warned that the bill for topping up the sand every "
            "decade could soar."),
    B,
    T("The partnership puts each top-up at around \u00a34million, with roughly 330,000 cubic yards of fresh sand "
      "needed every ten years.",
      "250,000 m3 = 327,000 cu yd ('roughly 330,000'); £4m agrees with wire",
      check="abs(250000 * 1.30795 - 330000) / 330000 < 0.02"),
    B,
    T("The town will throw a party on the prom in June to celebrate the new beach and 30 years since the sea wall "
      "went up in 1996.",
      "30 years since 1996 fits 2026", yrs=(1996, 2026, 30)),
]

# =============================================================================
# Cluster 2 -- Bramblecote Press / The Lantern Fox of Quillon Street (publishing)
# True: published Thu 8 Jan 2026; announced Tue 3 Mar 2026; sales to Sat 28 Feb 186,400 (hardback
# 158,900 + ebook 19,300 + audio 8,200); first printing 12,000; nine reprints; 310,000 in print; 17
# territories; previous record The Otter Clock 94,000 (2011); six weeks at No. 1; £12.99; founded 1985.
# =============================================================================
DOCS["lantern_fox/books_trade.md"] = [
    T("# Spine & Board Weekly \u2014 Tuesday 3 March 2026", "masthead date; 3 Mar 2026 is a Tuesday",
      wd=[("Tuesday", "2026-03-03")]),
    B,
    T("## Bramblecote's fox breaks the house record", "heading", mn=False),
    B,
    T("Bramblecote Press said today that Maren Ashdown's debut, *The Lantern Fox of Quillon Street*, is the "
      "fastest-selling first novel in the independent's history, eight weeks after its release on Thursday "
      "8 January.",
      "8 Jan 2026 is a Thursday", wd=[("Thursday", "2026-01-08")]),
    B,
    T("Sales to Saturday 28 February, all formats:", "28 Feb 2026 is a Saturday", wd=[("Saturday", "2026-02-28")]),
    B,
    F("F7", "- Total: 186,400 copies"),
    T("- Hardback (\u00a312.99): 158,900 copies, or 85% of the total", "158,900 / 186,400 = 85.2 %",
      check="round(158900 / 186400 * 100) == 85"),
    T("- Ebook: 19,300; audio download: 8,200", "formats add up: 158,900 + 19,300 + 8,200 = 186,400",
      check="158900 + 19300 + 8200 == 186400"),
    F("F6", "- First printing: 12,000 copies; nine reprints since"),
    F("F8", "- Translation rights: sold in 17 territories"),
    T("- Age range: 7-11; illustrations by Theo Marchbank", "age range, only mention"),
    B,
    F("A2,F7", "The 186,400 total is 68% above the 94,000 copies that *The Otter Clock* sold in its first eight "
               "weeks in 2011, the previous house record."),
    B,
    T("The title has spent six consecutive weeks at No. 1 on the Tallis children's chart, the first Bramblecote "
      "book to top it since 2011.",
      "six weeks at No. 1 agrees with feature and broadcaster"),
    B,
    F("Q2", "\u201cI wrote it at the kitchen table for my nephew, and I still can't quite believe strangers are "
            "reading it,\u201d Ashdown said."),
    B,
    T("Managing director Oswin Telfer said: \u201cNothing in our forty-one years has sold like this.\u201d",
      "41 years since 1985 (stated on next line) fits 2026", yrs=(1985, 2026, 41)),
    B,
    T("Telfer said the Eddersby-based press, founded in 1985, had brought a paperback forward to September and "
      "that Ashdown's second book is due in October.",
      "founding year and schedule agree with feature and broadcaster"),
    B,
    T("The latest reprint, of 40,000 copies, reaches shops on Monday 9 March.",
      "one reprint's size (a part), not the first printing or copies in print; 9 Mar 2026 is a Monday; "
      "not the feature's 40,000 first-year forecast", wd=[("Monday", "2026-03-09")]),
    B,
    T("Telfer added that children's books made up 60% of Bramblecote's 2025 turnover, up from 45% in 2020.",
      "shares of turnover, a different measure and periods"),
    B,
    T("Bramblecote, which employs 23 people, plans to add two posts in sales and rights this spring to cope "
      "with demand from overseas publishers.",
      "staff numbers, only mention (feature's 'two extra staff' are warehouse staff, a different group)"),
    B,
    T("Trade view: Bramblecote says sell-through on first deliveries topped 80%, and the fox is the best-selling "
      "children's debut of 2026 so far, with independent shops taking a large slice of the orders.",
      "sell-through share: a different measure from the 85% hardback share"),
    B,
    T("Next week: our spring debuts round-up and the Tallis children's chart in full.", "house trailer", mn=False),
]

DOCS["lantern_fox/books_feature.md"] = [
    T("# The fox that lit up a small press", "headline", mn=False),
    B,
    T("*How a first-time author and a forty-one-year-old independent publisher found themselves with the hit of "
      "the winter*",
      "forty-one-year-old publisher: founded 1985, agrees with trade", yrs=(1985, 2026, 41)),
    B,
    T("Maren Ashdown wrote most of *The Lantern Fox of Quillon Street* in the early mornings before her shifts at "
      "a garden centre, and when Bramblecote Press bought it, nobody there expected a phenomenon.",
      "narrative", mn=False),
    B,
    F("F6", "The first printing, agreed over a pot of tea in the publisher's Eddersby office, was a cautious eight "
            "thousand copies."),
    B,
    T("The publisher's own forecast, made last summer, was forty thousand copies in the first year.",
      "forecast (different modality) -- not a sales figure"),
    B,
    F("F7", "Eight weeks after publication on the eighth of January, the book had sold more than a hundred and "
            "eighty-six thousand copies in all formats \u2014 nearly twice the ninety-four thousand that *The "
            "Otter Clock* managed in 2011, the house record until now."),
    B,
    F("F9", "Nine reprints later there are three hundred and ten thousand copies in print, and the warehouse has "
            "taken on two extra staff."),
    B,
    T("Part of the appeal is the look of the thing: gold foil on a midnight-blue cover, and ink drawings on almost "
      "every spread.",
      "narrative, no person (sets up the unattributed quote)", mn=False),
    B,
    F("U2", "\u201cIt reads like a book that has always existed.\u201d"),
    B,
    F("F8", "Foreign publishers have noticed too; rights have now been sold into twenty-one territories."),
    B,
    N("N4", "Experts say a debut selling at this pace is almost unheard of outside the biggest publishing groups."),
    B,
    T("Ashdown, who is thirty-four, is philosophical. \u201cI just hope it's still on the shelves when my nephew "
      "is old enough to be embarrassed by it,\u201d she says.",
      "a different Ashdown quote (not a rendering of the trade quote), attributed"),
    B,
    T("Her publisher is less calm. Oswin Telfer, Bramblecote's managing director, admits the team ordered a sixth "
      "reprint before the fifth had left the printer.",
      "sixth/fifth reprint: ordinal within the nine reprints, not a count"),
    B,
    T("For six weeks running the fox has sat at number one in the children's chart, and a paperback has been "
      "brought forward to September.",
      "six weeks agrees with trade/broadcaster"),
    B,
    F("F9", "By Telfer's reckoning, two hundred and ten thousand copies are now in print, with a tenth reprint "
            "pencilled in for the spring."),
    B,
    T("The second book in the series is due in October, and Ashdown is already most of the way through a third.",
      "schedule agrees with trade"),
]

DOCS["lantern_fox/books_broadcast.txt"] = [
    T("Debut children's book becomes publisher's fastest seller", "headline", mn=False),
    B,
    T("3 March 2026", "publication date (a Tuesday, matching 'on Tuesday' below)"),
    B,
    T("A debut children's novel about a fox that carries a lantern has become the fastest-selling book ever "
      "released by the independent publisher Bramblecote Press.",
      "narrative", mn=False),
    B,
    T("The book, aimed at readers aged seven to eleven, follows a girl who trails the fox through a city that "
      "appears only after midnight.",
      "age range seven to eleven agrees with trade (7-11)"),
    B,
    F("F7", "The Lantern Fox of Quillon Street, by Maren Ashdown, has sold 168,400 copies since it was published "
            "in January, the company said on Tuesday."),
    B,
    T("The previous record was held by The Otter Clock, which sold 94,000 copies in its first eight weeks in 2011.",
      "previous record agrees with trade and feature (ninety-four thousand)"),
    B,
    F("D2", "Bramblecote, which was founded in Eddersby in 1985, is marking its 40th anniversary this year with a "
            "new children's list."),
    B,
    F("Q2", "\u201cI wrote it at the kitchen table for my nephew, and I still can't quite believe strangers are "
            "buying it,\u201d Ms Ashdown told Arden News."),
    B,
    T("Ms Ashdown, who works part-time at a garden centre, wrote much of the book in the early mornings before "
      "her shifts.",
      "background agrees with feature", mn=False),
    B,
    T("She said she had sent the manuscript to eleven agents before one agreed to represent her.",
      "only mention of agents; paraphrase attributed"),
    B,
    N("N3", "Managing director Oswin Telfer said readers had \u201ctaken [the fox] to their hearts\u201d in a way "
            "the firm had never seen before."),
    B,
    T("The publisher said the book had been reprinted nine times to keep up with demand, and that it is now "
      "using two printers to fill orders from shops.",
      "nine reprints agrees with trade and feature"),
    B,
    T("It has been number one in the children's chart for the past six weeks, and rights have been sold to "
      "publishers abroad.",
      "six weeks agrees; no territory count here"),
    B,
    T("Hardback copies, priced at \u00a312.99, account for most of the sales, with ebook and audio versions making "
      "up the rest.",
      "'most of the sales' consistent with 85 % hardback"),
    B,
    T("Bramblecote said a signing tour planned for April had been extended from eight bookshops to fifteen.",
      "tour size, only mention"),
    B,
    T("A paperback edition is due in September and a sequel will follow in October.", "schedule agrees"),
]

# =============================================================================
# Cluster 3 -- University of Farrowdale admissions, results day Thu 13 Aug 2026
# True: 48,350 applications (2025: 45,530, +6.2 %); 31,200 offers; 6,400 places; 5,720 confirmed by 6pm;
# 650 clearing places on 92 courses; hotline opened 08:00 (wire says 7am -- planted); calls 1,240 by
# 10:00, 3,100 by noon, 7,450 by 18:00; medicine 2,940 applicants for 120 places; 9,800 international;
# founded 1966.
# =============================================================================
DOCS["farrowdale_admissions/admissions_wire.txt"] = [
    T("Farrowdale University reports record demand as clearing opens", "headline", mn=False),
    B,
    F("F10", "FARROWDALE, Aug 13 (Northgate News Service) - The University of Farrowdale received 48,350 "
             "applications for undergraduate courses starting this autumn, a record and up 6.2 percent on last "
             "year's 45,530, it said on Thursday."),
    B,
    F("F12", "It made 31,200 offers for its 6,400 first-year places, and by early evening 5,720 students had been "
             "confirmed, the university said."),
    B,
    T("Applications from the university's home region rose 4 percent, while those from the rest of the country "
      "rose 8 percent, it said.",
      "regional sub-scopes of the 6.2 % overall rise (a weighted mix can give 6.2 %)"),
    B,
    F("D3", "Its clearing hotline opened at 7am, with 40 staff answering calls in the first hour."),
    B,
    T("Calls to the hotline had reached 3,100 by midday, the university said.",
      "running total at noon, agrees with live page's 12:00 entry"),
    B,
    F("F11", "The university said it had 650 clearing places across 92 courses for students who missed the grades "
             "for their offers or applied late."),
    B,
    F("F13", "Competition was fiercest in medicine, where 2,940 applicants chased 120 places."),
    B,
    T("International applicants accounted for 9,800 of the total, about a fifth.",
      "9,800 / 48,350 = 20.3 %", check="0.19 < 9800 / 48350 < 0.21"),
    B,
    F("Q3", "\u201cIf you have the grades and the drive, there is still a place here for you today,\u201d said "
            "Hester Quayle, the university's director of admissions."),
    B,
    N("N6", "Vice-Chancellor Amadi Rusk said the figures showed that \u201cthe appetite for what we offer \u2026 is "
            "stronger than it has ever been.\u201d"),
    B,
    T("Quayle said clearing applicants who left their details would be called back within 48 hours.",
      "48-hour call-back agrees with student paper; paraphrase attributed"),
    B,
    T("The university, which was founded in 1966, marks its 60th anniversary this year.",
      "60th anniversary of 1966 fits 2026", yrs=(1966, 2026, 60)),
    B,
    T("Nationally, the Central Admissions Board said about 21,000 more students had been placed on results day "
      "than a year earlier.",
      "national scope, a different subject"),
    B,
    T("The list of clearing vacancies on the university's website is updated every hour, and the university "
      "said it expected most of them to be filled by the weekend.",
      "no figure; agrees with Quayle's expectation on live page"),
    B,
    T("Farrowdale's intake target of 6,400 is unchanged from 2025.", "intake target agrees with live and student paper"),
    B,
    T("(Reporting by Ines Dalgado; editing by Marcus Penhale)", "wire sign-off", mn=False),
]

DOCS["farrowdale_admissions/admissions_live.md"] = [
    T("# Results day live: Farrowdale clearing \u2014 Thursday 13 August 2026", "13 Aug 2026 is a Thursday",
      wd=[("Thursday", "2026-08-13")]),
    B,
    T("*Updates from our education desk, oldest first. All times BST.*", "standfirst", mn=False),
    B,
    F("D3", "**08:05** \u2014 The university's clearing lines opened at 8am sharp and the switchboard lit up within "
            "seconds, the admissions office says."),
    B,
    F("F11", "**08:40** \u2014 Some 650 clearing places are on offer across 92 courses, from civil engineering to "
             "marine biology."),
    B,
    T("**09:15** \u2014 Dr Hester Quayle, director of admissions, says she expects most remaining places to be "
      "filled by the weekend.",
      "paraphrase, attributed, no figure"),
    B,
    T("**10:00** \u2014 Running total: 1,240 calls answered so far.", "running total (rises through the day)"),
    B,
    F("F10", "**10:30** \u2014 The university confirms applications reached a record 43,850 this year."),
    B,
    F("F12", "**11:10** \u2014 The admissions office tells us it made 34,200 offers this cycle for its 6,400 "
             "first-year places."),
    B,
    T("**11:20** \u2014 Correction: an earlier version of this entry gave the intake target as 6,040 places. "
      "The correct figure is 6,400.",
      "superseded figure with correction; 6,400 agrees with wire and student paper"),
    B,
    T("**12:00** \u2014 Running total: 3,100 calls by midday, more than double the 10am figure.",
      "running total rises; 3,100 > 2 x 1,240", check="3100 > 2 * 1240"),
    B,
    F("Q3", "**13:30** \u2014 Quayle tells us: \u201cIf you have the grades and the drive, there may still be a "
            "place here for you today.\u201d"),
    B,
    T("**14:45** \u2014 Medicine is still the hardest course to get into, with more than 24 applicants for each "
      "of its 120 places. It is not in clearing.",
      "2,940 / 120 = 24.5 (true figure); derived ratio, not a restatement", mn=False,
      check="2940 / 120 > 24"),
    B,
    T("**15:20** \u2014 Of the clearing places, nursing accounts for 45 and engineering for 80; the rest are "
      "spread across the other 90 courses.",
      "parts of the clearing total (45 + 80 is a subset of 650); 2 + 90 = 92 courses", check="2 + 90 == 92 and 45 + 80 < 650"),
    B,
    T("**16:00** \u2014 International applications this year: 9,800, another record.",
      "9,800 agrees with wire; no share stated"),
    B,
    T("**17:00** \u2014 Quayle says the clearing lines will stay open until 20:00 tonight, and staff from "
      "every faculty have been drafted in to help answer calls.",
      "closing time: a different event from the opening time"),
    B,
    T("**18:00** \u2014 Running total: 7,450 calls answered; 5,720 students confirmed against a target of 6,400.",
      "final running total; 5,720 agrees with wire and student paper"),
    B,
    T("**18:10** \u2014 That leaves about 680 first-year places to fill, which the university hopes clearing will "
      "cover.",
      "6,400 - 5,720 = 680: places left, a different measure from the 650 clearing places",
      check="6400 - 5720 == 680"),
    B,
    T("**19:30** \u2014 We are closing this page for tonight. The clearing lines reopen at 08:00 tomorrow, "
      "Friday 14 August.",
      "a different event (tomorrow's reopening); 14 Aug 2026 is a Friday", wd=[("Friday", "2026-08-14")]),
]

DOCS["farrowdale_admissions/admissions_student.md"] = [
    T("# Record year for applications as clearing opens", "headline", mn=False),
    B,
    F("D4", "*The Gown news team \u00b7 Friday 13 August 2026*"),
    B,
    F("F10", "Farrowdale received 48,350 applications for this year's intake, the most in its sixty-year history."),
    B,
    F("F11", "Around 560 places remain available through clearing across 92 courses, according to figures "
             "released by the admissions office on results day."),
    B,
    F("F13", "Medicine was again the most competitive course, with 2,490 applicants for just 120 places."),
    B,
    T("Applications rose 6.2 per cent on last year, the university said, with the biggest increases in computing "
      "and nursing.",
      "6.2 % rise agrees with wire (48,350 vs 45,530)", check="round((48350 - 45530) / 45530 * 100, 1) == 6.2"),
    B,
    N("N5", "A source close to the admissions office said staff had been warned to expect the busiest clearing "
            "day on record."),
    B,
    T("Students' union president Callum Odiri said the union would run a drop-in help desk in the Atrium from 9am "
      "to 5pm every day this week.",
      "help-desk hours: a different event from the hotline opening"),
    B,
    T("\u201cNobody should feel they have to make a decision on the phone in five minutes,\u201d Odiri said.",
      "attributed quote"),
    B,
    T("The university had confirmed 5,720 of its 6,400 first-year places by 6pm, about 89 per cent.",
      "5,720 / 6,400 = 89.4 %", check="round(5720 / 6400 * 100) == 89"),
    B,
    T("Last year it confirmed its 6,400th student on the Tuesday after results day, 19 August 2025.",
      "previous year; 19 Aug 2025 is a Tuesday", wd=[("Tuesday", "2025-08-19")]),
    B,
    T("Accommodation is guaranteed to every first-year who firms Farrowdale by 31 August, and the university says "
      "4,100 rooms in halls are available.",
      "only mention of rooms"),
    B,
    T("Calls to the clearing hotline passed 7,000 by the evening, according to the admissions office.",
      "'passed 7,000' consistent with the 7,450 evening running total", check="7450 > 7000"),
    B,
    T("Quayle told The Gown that clearing applicants would be called back within 48 hours.",
      "paraphrase, attributed"),
    B,
    T("The university first opened its doors in 1966, and this autumn's freshers will be the first of its "
      "seventh decade.",
      "1966 + 60 = 2026: the 2026 intake starts the seventh decade", check="2026 - 1966 == 60"),
    B,
    T("The Gown will publish a full guide to clearing, with advice from students who came through it, on "
      "Monday 17 August.",
      "17 Aug 2026 is a Monday", wd=[("Monday", "2026-08-17")]),
    B,
    T("The union help desk will stay open until Friday 21 August, and advice is also available on the union's "
      "website.",
      "21 Aug 2026 is a Friday", wd=[("Friday", "2026-08-21")]),
]

# =============================================================================
# Stand-alone documents
# =============================================================================
DOCS["standalone/ski_season_report.md"] = [
    T("# Valmorin Heights Ski Area \u2014 End-of-Season Report 2025/26", "title", mn=False),
    B,
    T("Prepared by the Valmorin Lift Company for shareholders and the Valmorin Valley Tourism Board.",
      "provenance", mn=False),
    B,
    T("The season opened on Saturday 6 December 2025 and closed on Sunday 12 April 2026, giving 128 operating "
      "days, eleven more than in 2024/25.",
      "weekdays correct; 26+31+28+31+12 = 128; 128 - 117 = 11",
      wd=[("Saturday", "2025-12-06"), ("Sunday", "2026-04-12")], check="26 + 31 + 28 + 31 + 12 == 128"),
    B,
    T("| Month | Operating days | Skier days | Mean summit depth (cm) |", "table header", mn=False),
    T("|---|---|---|---|", "table rule", mn=False),
    T("| December | 26 | 38,400 | 112 |", "table row"),
    T("| January | 31 | 96,700 | 168 |", "table row"),
    T("| February | 28 | 104,900 | 214 |", "table row"),
    T("| March | 31 | 83,600 | 231 |", "table row"),
    T("| April | 12 | 18,500 | 176 |", "table row"),
    T("| **Season** | **128** | **342,100** | \u2014 |", "table total; rows add up",
      check="38400 + 96700 + 104900 + 83600 + 18500 == 342100 and 26 + 31 + 28 + 31 + 12 == 128"),
    B,
    F("FN2", "Skier days are counted as lift-pass scans at the first lift of each day [1]."),
    B,
    F("F14", "Peak summit depth: 245 cm (Tuesday 3 March)"),
    T("Season snowfall: 610 cm (6.1 m)", "610 cm = 6.1 m", check="610 / 100 == 6.1"),
    T("Lowest temperature: -21 \u00b0C (-5.8 \u00b0F), 21 January", "-21 C = -5.8 F",
      check="abs(-21 * 9 / 5 + 32 - (-5.8)) < 1e-9"),
    B,
    F("A3", "Skier days totalled 342,100, up 21 per cent on the 301,600 recorded in 2024/25, and comfortably "
            "above the 320,000 the company had budgeted for."),
    B,
    T("February was the busiest month, with 104,900 skier days, helped by the half-term holidays.",
      "104,900 is the table's February row and its maximum",
      check="104900 == max(38400, 96700, 104900, 83600, 18500)"),
    B,
    F("F14", "The season's deepest snow, 265 cm at the summit station, came on 3 March, a fortnight after the "
             "heaviest snowfall of the winter."),
    B,
    F("FN2", "Snow depths are daily 08:00 readings from the automatic summit station [2]."),
    B,
    T("March had the deepest average cover, 231 cm, although visits fell back once the school holidays ended.",
      "231 cm is the March mean (table), not the peak"),
    B,
    T("The resort's 14 lifts served 58 km (36 miles) of marked pistes, 41 per cent of which are covered by "
      "snowmaking.",
      "58 km = 36.0 miles", check="abs(58 / 1.609344 - 36) < 0.5"),
    B,
    T("Season-pass holders numbered 11,200, and pass holders accounted for 118,000 of the skier days, roughly a "
      "third.",
      "118,000 / 342,100 = 34.5 % ('roughly a third')", check="0.3 < 118000 / 342100 < 0.37"),
    B,
    T("Snowmaking ran on 71 nights over the winter, most of them in December and early January before the "
      "natural snow arrived.",
      "snowmaking nights, only mention"),
    B,
    T("Seasonal staffing peaked at 412 in February, and the company expects to recruit a similar number for "
      "next winter.",
      "staff count, only mention"),
    B,
    T("The 2026/27 season is scheduled to open on Saturday 5 December 2026, snow permitting.",
      "5 Dec 2026 is a Saturday (forecast date, different season)", wd=[("Saturday", "2026-12-05")]),
]

DOCS["standalone/carclub_bulletin.txt"] = [
    T("WICKSTEAD CAR CLUB - MEMBERS' BULLETIN, SPRING 2026", "masthead", mn=False),
    B,
    T("Dear members, welcome to the spring bulletin, which this year comes with a birthday: the club was founded "
      "in 2016 and celebrates its tenth anniversary in June.",
      "tenth anniversary of 2016 fits 2026", yrs=(2016, 2026, 10)),
    B,
    T("Membership: 2,140 at 31 March, up from 1,860 a year earlier, an increase of 15 per cent.",
      "(2,140 - 1,860) / 1,860 = 15.1 %", check="round((2140 - 1860) / 1860 * 100) == 15"),
    T("Fleet: 46 cars, 12 of them fully electric (just over a quarter).", "12 / 46 = 26 %",
      check="0.25 < 12 / 46 < 0.27"),
    T("New members January-March: 112, our best quarter yet.",
      "partial count: 112 joined in one quarter vs the 280 net rise over the year", check="112 < 2140 - 1860"),
    T("Bookings January-March: 9,870, with an average length of 5.2 hours.", "quarterly bookings; only mention"),
    B,
    T("Thank you to the volunteers who cleaned all 46 cars in March, inside and out.",
      "fleet of 46 agrees with the fleet line"),
    B,
    T("The committee aims to reach 2,500 members by the end of 2026, which would need about 360 more sign-ups.",
      "target (different modality); 2,500 - 2,140 = 360", check="2500 - 2140 == 360"),
    B,
    T("Charges are unchanged: \u00a36.50 an hour, capped at \u00a352 a day (eight hours' worth), plus 24p a mile, "
      "or about 15p a kilometre.",
      "52 / 6.5 = 8; 24p/mile = 14.9p/km", check="52 / 6.5 == 8 and abs(24 / 1.609344 - 15) < 0.5"),
    B,
    T("From 1 May the damage excess falls from \u00a3500 to \u00a3300, a cut of \u00a3200, or 40 per cent.",
      "500 - 300 = 200; 200 / 500 = 40 %", check="500 - 300 == 200 and 200 / 500 == 0.4"),
    B,
    T("Our annual general meeting will be held on Wednesday 20 May 2026 at 7.30pm in the Friends Meeting House "
      "on Tanner Row.",
      "20 May 2026 is a Wednesday", wd=[("Wednesday", "2026-05-20")]),
    B,
    T("Doors open at 7pm, and the meeting should finish by 9pm.", "doors time differs from meeting start by design",),
    B,
    N("N7", "Critics say shared cars still add to traffic in the old town, and the committee will put that "
            "question to the council's transport officer."),
    B,
    T("Treasurer Alma Korvenko said the club ended the year with a surplus of \u00a318,400, which will pay for "
      "two more electric cars.",
      "surplus, only mention"),
    B,
    T("\u201cWe want every new car we buy from now on to be electric,\u201d she said.",
      "attributed via 'she said' (Korvenko in previous sentence)"),
    B,
    T("Please book early for the bank holiday weekend; last year every car was taken by the Friday afternoon.",
      "narrative", mn=False),
    B,
    T("Ten years on, most of our new members still hear about the club by word of mouth.",
      "no speaker, no speech verb (sets up the unattributed testimonial); ten years since 2016",
      yrs=(2016, 2026, 10)),
    B,
    F("U3", "\u201cBest decision I made was when I sold my second car and signed up.\u201d"),
]

DOCS["standalone/urban_bees_review.md"] = [
    T("# Urban beekeeping and wild pollinators: a review of the evidence", "title", mn=False),
    B,
    T("Lennard Institute for Urban Ecology \u00b7 Evidence Review 07 \u00b7 February 2026", "provenance"),
    B,
    T("Managed honeybee colonies in cities have multiplied over the past decade.^1 In Pellham, registered hives "
      "rose from 310 in 2016 to 1,240 in 2025, a fourfold increase.^2",
      "1,240 / 310 = 4; markers ^1 ^2 defined", check="1240 / 310 == 4"),
    B,
    T("Of the 36 studies screened for this review, 14 met the inclusion criteria, fewer than two in five.",
      "14 / 36 = 38.9 % < 40 %", check="14 / 36 < 0.4"),
    B,
    F("FN1", "Several studies find that densities above roughly ten colonies per square kilometre are associated "
             "with fewer wild-bee visits to flowers.^4"),
    B,
    T("A two-year survey of 48 urban gardens recorded 27 per cent fewer solitary-bee visits at sites within 500 m "
      "of an apiary.^5",
      "marker ^5 defined; figures only here"),
    B,
    F("FN3", "Honey yields per urban hive average 11 kg a year (about 24 lb), compared with 8 kg for hives on "
             "nearby farmland.^6"),
    B,
    T("Higher city yields are usually put down to longer flowering seasons in parks and gardens, not to better "
      "husbandry.",
      "narrative", mn=False),
    B,
    T("Evidence on disease spillover from honeybees to bumblebees in cities remains thin; none of the included "
      "studies sampled pathogens in urban wild bees.",
      "narrative, no figure", mn=False),
    B,
    N("N8", "One municipal parks officer, who asked not to be named, told the review team that hive permits are "
            "approved almost automatically."),
    B,
    T("The review therefore recommends that cities cap apiaries at ten colonies per square kilometre in areas "
      "managed for wild pollinators.",
      "recommendation (a cap), same threshold as the evidence line"),
    B,
    T("Pellham's 1,240 hives sit on about 96 square kilometres of built-up land, close to 13 colonies per square "
      "kilometre on average.",
      "1,240 / 96 = 12.9", check="abs(1240 / 96 - 13) < 0.2"),
    B,
    T("## Notes", "notes heading", mn=False),
    B,
    T("^1 Marrow, T. and Elkin, S. (2024). Urban apiculture trends, 2014-2024. Journal of Applied Urban Ecology "
      "12(3): 201-219.",
      "note 1 defined"),
    T("^2 Pellham City Council (2025). Register of apiaries, annual return.", "note 2 defined"),
    F("FN1", "^4 Okafor-Lindqvist, R. (2023). Competition between managed and wild bees in urban green space. "
             "Pollinator Science 9: 44-58."),
    T("^5 Brennigan, L., Sato, M. and Hale, P. (2025). Solitary-bee visitation near urban apiaries. Urban "
      "Habitats 7: 110-126.",
      "note 5 defined"),
]

# ---------------------------------------------------------------------------
# README metadata
# ---------------------------------------------------------------------------
OUTLETS = {
    "coast_wire.txt": ("Hollinsea Bay recharge", "Coastline Press wire copy: dateline, metric, 'said on Thursday'"),
    "coast_trade.md": ("Hollinsea Bay recharge", "Shoreline Works Bulletin trade newsletter: bullets, SI units, GBP m"),
    "coast_tabloid.txt": ("Hollinsea Bay recharge", "Daily Clarion tabloid: 'yesterday', imperial first (miles, ft, cubic yards), am/pm"),
    "books_trade.md": ("Lantern Fox sales record", "Spine & Board Weekly trade newsletter: bullets, digits, percentages"),
    "books_feature.md": ("Lantern Fox sales record", "Hearth & Page magazine feature: numbers in words, present tense"),
    "books_broadcast.txt": ("Lantern Fox sales record", "Arden News broadcaster web copy: plain date line, short paragraphs"),
    "admissions_wire.txt": ("Farrowdale results day", "Northgate News Service wire: dateline, 'percent', sign-off"),
    "admissions_live.md": ("Farrowdale results day", "live page: 24-hour timestamps, running totals, a correction"),
    "admissions_student.md": ("Farrowdale results day", "The Gown student newspaper: byline with date, 'per cent', am/pm"),
    "ski_season_report.md": ("stand-alone", "ski-lift company end-of-season report: Markdown table, label: value lines, [n] markers"),
    "carclub_bulletin.txt": ("stand-alone", "car-sharing club members' bulletin: label lines, £/p, miles/km"),
    "urban_bees_review.md": ("stand-alone", "research-institute evidence review: ^n markers and a Notes section"),
}

EVENTS = [
    ("Hollinsea Bay beach recharge (coastal engineering), completed Thursday 16 April 2026",
     "began Monday 3 November 2025 (~23 weeks); 1.35 million m3 of sand (about 1.77 million cu yd) from Ketter Bank "
     "11 km (6.8 miles) offshore; 4.8 km (3 miles) of frontage; crest raised up to 3.5 m (11.5 ft); mean widening "
     "40 m (131 ft); 12 rock groynes replace 18 timber; 214 dredger trips; cost £38.6m = £29.0m Coastal Resilience "
     "Fund (75 %) + £9.6m local (£6.1m council + £3.5m levy); approved budget £35.0m; 2,870 properties; 50-year "
     "design life; top-ups of ~250,000 m3 (~£4m) every ten years; sea wall built 1996.",
     "F1 volume 1.53m m3 (trade); F2 'five miles (8km)' (tabloid); F3 £36.8m (tabloid); F4 trips 214 vs 241 inside "
     "trade; F5 widening '90ft (27m)' (tabloid); A1 82 % grant share (trade); D1 'Friday 16 April' (trade); Q1 "
     "'breathing room' (tabloid); U1 pull-quote without speaker (tabloid)."),
    ("The Lantern Fox of Quillon Street (publishing), record announced Tuesday 3 March 2026",
     "debut by Maren Ashdown, Bramblecote Press (founded 1985, 41 years); published Thursday 8 January; 186,400 copies "
     "in the first eight weeks to Saturday 28 February (hardback 158,900 = 85 %, ebook 19,300, audio 8,200); first "
     "printing 12,000; nine reprints; 310,000 in print; rights in 17 territories; previous house record The Otter "
     "Clock 94,000 (2011), so the fox is 98 % higher (1.98x); six weeks at No. 1; hardback £12.99.",
     "F6 first printing 'eight thousand' (feature); F7 168,400 sold (broadcaster); F8 'twenty-one territories' "
     "(feature); F9 310,000 vs 210,000 in print inside feature; A2 '68% above' (trade); D2 '40th anniversary' with "
     "1985 (broadcaster); Q2 'buying' vs 'reading' (broadcaster); U2 stand-alone quote (feature)."),
    ("University of Farrowdale admissions, results day Thursday 13 August 2026",
     "48,350 applications (2025: 45,530, +6.2 %); 31,200 offers; 6,400 places; 5,720 confirmed by 18:00 (89 %); "
     "650 clearing places on 92 courses; hotline opened 08:00; calls 1,240 (10:00), 3,100 (12:00), 7,450 (18:00); "
     "medicine 2,940 applicants for 120 places (24.5 each); 9,800 international (20 %); founded 1966 (60th year).",
     "F10 43,850 applications (live); F11 'around 560' clearing places (student); F12 34,200 offers (live); F13 "
     "medicine 2,490 (student); D3 hotline opened '7am' (wire) vs '8am' (live); D4 'Friday 13 August 2026' "
     "(student); Q3 'there may still be' (live) vs 'there is still' (wire)."),
    ("Stand-alone documents",
     "ski report: 128 operating days, 342,100 skier days (table rows add up), 2024/25 301,600 (+13.4 %), peak "
     "summit depth 245 cm on Tuesday 3 March; car club: 2,140 members (+15 %), 46 cars, AGM Wednesday 20 May 2026 "
     "7.30pm; bee review: notes ^1 ^2 ^4 ^5.",
     "F14 peak depth 245 vs 265 cm inside ski report; A3 '+21 per cent' skier days (ski); FN2 [1]/[2] with no notes "
     "(ski); FN1 ^3 missing (bees); FN3 ^6 undefined (bees); U3 testimonial without speaker (car club)."),
]

TRAP_KINDS = [
    "same figure in other units or words: 1.8 million cubic yards / 1.35 million m3, 11 km / nearly seven miles, "
    "4,800 m / 4.8 km, 250,000 m3 / 330,000 cubic yards, 58 km / 36 miles, -21 C / -5.8 F, 24p a mile / 15p a km, "
    "'more than a hundred and eighty-six thousand', 'forty-one years', 'almost 3,000 homes' for 2,870",
    "correct arithmetic: grant 'about three-quarters', hardback 85 %, formats sum to the total, local share sums, "
    "budget overrun 10 %, +6.2 %, 89 % confirmed, 20 % international, table rows and totals, +15 % members, 40 % "
    "excess cut, fourfold hive rise, 13 colonies per km2, 'nearly twice', 'more than double'",
    "correct weekdays and anniversaries: Thursday 16 April, Monday 3 November 2025, Friday 17 April, Tuesday 3 March, "
    "Thursday 8 January, Saturday 28 February, Monday 9 March, Thursday/Friday 13/14 August, Tuesday 19 August 2025, "
    "Saturday 6 December 2025, Sunday 12 April, Wednesday 20 May, Saturday 5 December 2026; 30 years since 1996, 60th "
    "anniversary of 1966, tenth anniversary of 2016, forty-one years since 1985, seventh decade",
    "other subjects, scopes, periods or modalities with the same measure: maintenance top-up vs recharge volume, "
    "approved budget vs outturn, forecast 40,000 vs 40,000 reprint, regional +4 %/+8 % vs overall +6.2 %, national "
    "results-day figure, 680 places left vs 650 clearing places, 45 + 80 clearing places of the total, 112 new "
    "members in one quarter vs 280 net rise, ten-colony cap (recommendation) vs ten-colony evidence threshold, "
    "March mean depth 231 cm vs season peak, 2026/27 opening date, 320,000 budgeted skier days",
    "running totals that rise (1,240 -> 3,100 -> 7,450 calls; 'passed 7,000'), a superseded figure with a "
    "correction (6,040 -> 6,400), other clock times for other events (doors 7pm vs AGM 7.30pm, lines reopen 08:00 "
    "tomorrow, help desk 9am-5pm, pipes gone by 4pm, lines open until 20:00)",
    "quotes: partial quote matching its full rendering ('the sand will move'), quotes attributed by 'she added' / "
    "'she said' in the previous sentence, different quotes by the same speaker (Ashdown in feature vs trade), "
    "paraphrases attributed to Quayle",
    "footnotes: defined ^1 ^2 ^5 markers and notes entries",
]
