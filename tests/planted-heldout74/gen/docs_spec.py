# -*- coding: utf-8 -*-
"""Source of truth for heldout74.

DOCS: {relative path under docs/: [entry, ...]}; an entry is "" (blank line) or (text, ann):
  ann "T: what"   -> a trap that must stay silent (must_not)
  ann "T?: what"  -> a trap listed but not in must_not (a tool could defensibly say something)
  ann "F1,Q2"     -> the line belongs to these findings / notes (ids in FINDINGS / NOTES)
FINDINGS / NOTES: id -> dict(rules, what, check); "at" is computed from the annotations.
"""

SET = "heldout74"

DOCS = {}

# ---------------------------------------------------------------- cluster 1: water main burst
DOCS["watermain/watermain_wire.txt"] = [
    ("HARWICK WATER MAIN BURST LEAVES 14,200 HOMES DRY, FLOODS CITY UNDERPASS", "F1"),
    "",
    ("By Northline Press staff", "T: byline, no figures"),
    "",
    ("HARWICK, March 11 (Northline Press) - A 95-year-old trunk main burst beneath Harwick's Castlegate "
     "before dawn on Tuesday, flooding a road underpass and leaving about 14,200 homes and businesses "
     "without running water, the city's water company said.", "F1"),
    "",
    ("Harwick & Dene Water said the 900mm cast-iron pipe, laid in 1931, split at 05:40 on Tuesday, March 10. "
     "Engineers estimated that about 18 million litres escaped before the main could be isolated roughly "
     "three hours later.", "F2,D1"),
    "",
    ("Water reached a depth of 1.2 metres in the Castlegate underpass, where two cars were abandoned. "
     "No one was hurt. Eleven schools closed for the day, the city council said.", "F4"),
    "",
    ("\"We expect every customer to be back on supply by Wednesday evening, and we are sorry for the "
     "disruption,\" Fiona Marsh, the company's operations director, told reporters on Tuesday afternoon.", "Q1"),
    "",
    ("Supply was fully restored at 21:15 on Wednesday, the company said later, nearly 40 hours after the burst.",
     "T: 05:40 Tue to 21:15 Wed is 39 h 35 min, so 'nearly 40 hours' is right; 21:15 agrees with the trade newsletter"),
    "",
    ("An engineer at the utility, who asked not to be named because he was not authorised to speak publicly, "
     "said the section had been flagged for inspection last year.", "N1"),
    "",
    ("Marsh said the repair would cost an estimated 2.3 million pounds and that each affected household would "
     "receive an automatic 30-pound payment under the regulator's guaranteed standards scheme.", "F3"),
    "",
    ("Tobias Ennis, leader of Harwick City Council, said Castlegate would stay closed between Mill Lane and "
     "Quay Street until Tuesday, March 24, while the road surface is rebuilt.",
     "T: Tuesday March 24 2026 is a correct weekday; road reopening date, not the burst date"),
    "",
    ("The company is midway through a 61-million-pound programme to replace 42 km of ageing trunk mains by "
     "2030. The Castlegate section had been due for replacement in 2028.",
     "T: 61m pounds / 42 km agrees with the trade newsletter's GBP 61m; 2028 and 2030 are different target years, not the burst"),
    "",
    ("(Reporting by Anya Pellow; editing by Tom Reddish)", "T: credit line, no figures"),
]

DOCS["watermain/watermain_trade.md"] = [
    ("# Harwick trunk main failure: 900 mm cast-iron main splits under city centre",
     "T: 900 mm is the pipe diameter, = the wire's 900mm and the tabloid's 36-inch"),
    "",
    ("*Utility Networks Weekly | Issue 388 | Friday 13 March 2026*",
     "T: Friday 13 March 2026 is a correct weekday; issue number is not a quantity"),
    "",
    ("Harwick & Dene Water is investigating the failure of a 900 mm cast-iron trunk main beneath Castlegate, "
     "Harwick, which split at 05:40 on Tuesday 10 March and interrupted supply across the Castlegate zone.", "D1"),
    "",
    ("## Key figures", "T: heading"),
    "",
    ("- Properties without supply (peak): 14,200", "F1"),
    ("- Water lost: approx. 18,000 m\u00b3 (18 million litres)", "F2"),
    ("- Underpass flood depth: 1.2 m", "T: 1.2 m agrees with the wire (1.2 metres) and the tabloid (four feet = 1.22 m)"),
    ("- Estimated repair cost: \u00a32.8m", "F3"),
    ("- Supply fully restored: 21:15, Wednesday 11 March",
     "T: 11 March 2026 is a Wednesday; 21:15 agrees with the wire; restoration time, not the burst time"),
    "",
    ("Isolating the main took roughly three hours because two of the valves on the section had seized, the "
     "company said. The Castlegate zone serves about 96,000 properties, and the 14,200 cut off at the peak "
     "amounted to roughly 22 per cent of the zone.", "A1,F1"),
    "",
    ("The main was installed in 1931, making it 85 years old. It is part of the 42 km of trunk main that the "
     "company plans to replace by 2030 under a \u00a361m renewal programme, which works out at about "
     "\u00a31.45m per kilometre.", "D2"),
    "",
    ("Operations director Fiona Marsh said: \"We expect every customer to be back on supply by Wednesday "
     "morning, and we are sorry for the disruption.\"", "Q1"),
    "",
    ("Marsh added that samples from the failed section had been sent for metallurgical analysis and that "
     "results were expected in four to six weeks. A spokesperson for the regulator, the Water Services "
     "Commission, said it would review the company's response once the report was published.",
     "T: range 'four to six weeks' is a lab turnaround, not compared with anything; regulator spokesperson is a named role"),
    "",
    ("Customers off supply for more than 12 hours qualify for a \u00a330 automatic payment under the guaranteed "
     "standards scheme. The company said it would pay every affected property regardless of how long it "
     "was without water.",
     "T: GBP 30 agrees with the wire's 30-pound payment and the tabloid's GBP 30; 12 hours is the eligibility threshold"),
    "",
    ("*Newsdesk: news@unw-weekly.example | +44 113 496 0712*", "T: phone number, not a quantity"),
]

DOCS["watermain/watermain_tabloid.txt"] = [
    ("TAPS RUN DRY AS RIVER OF WATER SWAMPS CITY", "T: headline, no figures"),
    "",
    ("Daily Beacon, Wednesday 11 March 2026", "T: Wednesday 11 March 2026 is correct; 'yesterday' below is Tuesday 10 March"),
    "",
    ("By Gary Tolland", "T: byline"),
    "",
    ("THOUSANDS of families were left without a drop to drink yesterday after a giant water main burst "
     "under one of Harwick's busiest streets.", "T: 'thousands' is vague, not a figure; yesterday = Tuesday 10 March, as in the wire"),
    "",
    ("The 36-inch pipe split at 4.40am, sending a torrent through the Castlegate underpass and turning the "
     "road into a river four feet deep. Two drivers had to abandon their cars.", "D1"),
    "",
    ("Harwick & Dene Water said 12,400 homes had been cut off and about eight million gallons (18 million "
     "litres) of water had gushed out.", "F1,F2"),
    "",
    ("Seventeen schools shut their gates and parents scrambled to find childcare.", "F4"),
    "",
    ("\"It was like a river coming down the street.\"", "U1"),
    "",
    ("Bottled water was handed out at four collection points across the city, with some people waiting "
     "more than an hour in the rain.", "T: four collection points and 'more than an hour' are not stated elsewhere"),
    "",
    ("Caf\u00e9 owner Pauline Riggs, 67, whose business sits yards from the burst, said: \"I've been here "
     "31 years and I've never seen anything like it. We had to throw away a whole day's stock.\"",
     "T: age 67 and 31 years of trading are about a person, not the main's age; quote attributed"),
    "",
    ("Water boss Fiona Marsh promised every customer would be back on by Wednesday evening, and the firm "
     "is handing each household a \u00a330 payout.",
     "T: reported speech matches the wire's quote ('Wednesday evening'); GBP 30 agrees"),
    "",
    ("But the repair bill is expected to reach \u00a32.3 million, and Castlegate will stay shut for a fortnight.", "F3"),
    "",
    ("The cast-iron main was laid in 1931, and bosses admit it was already on a list for replacement.",
     "T: 1931 agrees with the wire and trade; a year, not a quantity"),
    "",
    ("Engineers worked through the night to patch the pipe, which carries water from the Dene reservoirs "
     "into the city centre.", "T: no figures; 'through the night' is not a clock time"),
    "",
    ("Council leader Tobias Ennis said: \"People deserve to know why a pipe this old was still carrying so "
     "much water under a city centre.\"", "T: quote attributed before it"),
    "",
    ("Last night a spokesperson for the water company said the cause of the split was not yet known and "
     "that an investigation had begun.", "T: reported speech, no figures; 'last night' is Tuesday night"),
]

# ---------------------------------------------------------------- cluster 2: women's cup final
DOCS["cupfinal/cupfinal_broadcaster.txt"] = [
    ("Osei-Finch strikes in extra time as Dunmore win Challenge Cup before record crowd", "T: headline"),
    "",
    ("NBS Sport | Published 16 May 2026, 18:42 BST", "T: publication time 18:42 is not the kick-off time"),
    "",
    ("Maya Osei-Finch scored in the 104th minute as Dunmore Athletic beat Carrick Rovers 2-1 after extra "
     "time to win the Women's Challenge Cup in front of a record crowd of 38,614 at Alderbank Stadium.", "F5"),
    "",
    ("The attendance beat the previous record for the final, 33,207, set at the same ground in 2019, by "
     "more than 5,400.", "F6"),
    "",
    ("Carrick led through Jess Harlow's 23rd-minute header before Dunmore captain Ellie Brannock, 31, "
     "equalised with a low drive after 67 minutes.",
     "T: ordinals (23rd minute) and age 31 of the captain, not the scorer; agrees with the feature's words"),
    "",
    ("Osei-Finch, 19, came off the bench in the 81st minute and won it with a curling shot from the edge "
     "of the area, her first senior goal for the club.", "F7"),
    "",
    ("\"We were second best for an hour, but this group never stops believing,\" Dunmore manager Lorna "
     "Keswick said.", "Q2"),
    "",
    ("\"I told [Maya] at half-time she would get her chance, and she took it,\" Keswick added.", "N2"),
    "",
    ("It is Dunmore's first Challenge Cup since 2011, 15 years ago, and earns the club \u00a3250,000 in prize "
     "money, double the \u00a3125,000 paid to Carrick as runners-up.",
     "T: 2026-2011 = 15 is right; 250,000 is exactly double 125,000; winners' and runners-up prizes are two facts"),
    "",
    ("Carrick manager Sam Okafor said his players had \"given everything\" and that the club would be back "
     "next season.", "T: short partial quote inside reported speech, attributed to Okafor"),
    "",
    ("Dunmore goalkeeper Freya Lindqvist made seven saves, including a late stop from Harlow, and was named "
     "player of the match. Carrick had won both league meetings between the sides this season, 3-0 in "
     "October and 2-1 in March.", "T: save count; earlier league scores (2-1 in March) are a different match from the final's 2-1"),
    "",
    ("The 3pm kick-off was shown live on NBS One, where the audience peaked at 2.4 million, the broadcaster "
     "said.", "D3"),
    "",
    ("Adult tickets were priced from \u00a312 and under-16s paid \u00a35. The organisers, the Women's Football "
     "Council, said between 8,000 and 9,000 of those inside the ground were under 16.",
     "T: a range for the under-16 part of the crowd, not the attendance; ticket prices"),
]

DOCS["cupfinal/cupfinal_live.txt"] = [
    ("LIVE: Women's Challenge Cup final - Dunmore Athletic v Carrick Rovers", "T: headline"),
    "",
    ("Wexmoor Evening Post live coverage, Saturday 16 May 2026. All times BST.", "T: Saturday 16 May 2026 is correct"),
    "",
    ("14:10 Gates have been open since 12:30 and Alderbank is filling up quickly. The organisers are "
     "hoping for a record crowd for the final.", "T: timestamps and gate-opening time, not the kick-off; a hope, not a figure"),
    "",
    ("14:48 Team news: Dunmore leave 19-year-old Maya Osei-Finch on the bench. Captain Ellie Brannock "
     "starts in midfield.", "F7"),
    "",
    ("15:00 We're under way at Alderbank!", "D3"),
    "",
    ("15:24 GOAL! Carrick lead. Jess Harlow rises to head in a corner in the 23rd minute. "
     "Dunmore 0-1 Carrick.", "T: post timestamp 15:24 vs 23rd minute is consistent with a 15:00 kick-off; score line"),
    "",
    ("15:48 Half-time: Dunmore 0-1 Carrick. Carrick have had seven shots to Dunmore's two, and Harlow "
     "has hit the bar.", "T: half-time score and shot counts, not compared elsewhere"),
    "",
    ("16:25 GOAL! Brannock levels it after 67 minutes. Dunmore 1-1 Carrick.", "T: 67 minutes agrees with broadcaster"),
    "",
    ("16:32 The official attendance is 38,614, a new record for the final. That fills roughly 85% of "
     "Alderbank's 41,000 seats.", "F5,A2"),
    "",
    ("16:35 For context, the previous record for the final, set here in 2019, was 32,207.", "F6"),
    "",
    ("16:39 Osei-Finch is on for Dunmore in the 81st minute, replacing the tiring Nia Calloway.",
     "T: ordinal minute agrees with broadcaster"),
    "",
    ("16:55 Full time in normal time: 1-1. We are heading for 30 minutes of extra time, two halves of 15.",
     "T: 30 = 2 x 15 is right"),
    "",
    ("17:13 GOAL! Osei-Finch curls one in from the edge of the box in the 104th minute. "
     "Dunmore 2-1 Carrick.", "T: agrees with broadcaster's 104th minute"),
    "",
    ("17:31 FULL TIME after extra time. Dunmore Athletic win the Challenge Cup for the first time since 2011.",
     "T: 2011 agrees with broadcaster and feature"),
    "",
    ("17:44 Keswick to NBS: \"We were the better side for an hour, but this group never stops believing.\"", "Q2"),
    "",
    ("17:52 The winners collect \u00a3250,000 in prize money and Carrick take home \u00a3125,000. Dunmore "
     "were 11/4 with bookmakers before kick-off.", "T: prize figures agree; 11/4 is betting odds, not a fraction of anything"),
    "",
    ("18:03 Correction: an earlier version of the 15:24 post misspelled Jess Harlow's surname. "
     "We apologise for the error.", "T?: correction notice with no figures; the post it refers to is now right"),
    "",
    ("18:10 That's all from us. Full report, reaction and pictures from Alderbank in Monday's paper.",
     "T: sign-off; Monday's paper is 18 May, no event date"),
]

DOCS["cupfinal/cupfinal_feature.txt"] = [
    ("THE AFTERNOON ALDERBANK FOUND ITS VOICE", "T: headline"),
    "",
    ("The Terrace, June 2026 issue. Words by Rosalind Achterberg", "T: issue date and byline"),
    "",
    ("\u201cNobody gave us a chance, and nobody will ever forget this.\u201d", "U2"),
    "",
    ("There is a particular noise a stadium makes when it realises it is watching history. At Alderbank on "
     "the third Saturday in May, some thirty-four thousand people made it, most of them on their feet for "
     "the last half-hour of extra time.", "F5"),
    "",
    ("It was the largest crowd ever to watch the final, comfortably beating the thirty-three thousand or so "
     "who came in 2019, and the organisers now talk openly about moving the showpiece to a bigger ground.", "F6"),
    "",
    ("The match kicked off at 2.30pm in warm sunshine, and for an hour Carrick Rovers were the better side. "
     "Jess Harlow\u2019s header after twenty-three minutes was no more than they deserved.", "D3"),
    "",
    ("Then the captain, Ellie Brannock, thirty-one years old and playing in her fourth final, drove in the "
     "equaliser with twenty-three minutes of normal time left.",
     "T: 90-67 = 23 minutes left is right and is not Harlow's 23rd minute; age 31 in words agrees with broadcaster"),
    "",
    ("The winner belonged to Maya Osei-Finch, a twenty-one-year-old substitute who had never scored a senior "
     "goal before the hundred-and-fourth minute of a cup final.", "F7"),
    "",
    ("Critics say the governing body has been slow to back the women\u2019s cup with proper investment, and the "
     "prize money tells its own story: a quarter of a million pounds for the winners, half that for the "
     "runners-up.", "N3"),
    "",
    ("Lorna Keswick, Dunmore\u2019s manager for six seasons, was careful afterwards not to talk about money. "
     "\u201cThis is for the girls who will be playing here in ten years\u2019 time,\u201d she said.",
     "T: quote attributed (Keswick ... she said); six seasons and ten years are not compared with anything"),
    "",
    ("Dunmore last lifted the trophy fifteen years ago, in 2011, when several of today\u2019s squad were still "
     "at primary school.", "T: fifteen years ago = 2011 in a 2026 issue is right"),
    "",
    ("The television audience peaked at two point four million, a number the sport\u2019s administrators once "
     "thought impossible.", "T: 'two point four million' = broadcaster's 2.4 million"),
    "",
    ("For Carrick, whose squad cost a fraction of Dunmore\u2019s, there was only the long walk to collect "
     "runners-up medals and the promise of another go next May.", "T: 'a fraction' is not a number; no figures"),
]

# ---------------------------------------------------------------- cluster 3: warehouse pay deal
DOCS["warehouse/warehouse_local.txt"] = [
    ("Pennock Park workers accept pay deal, ending Meridale dispute", "T: headline"),
    "",
    ("By Priya Nandakumar | Ashcombe Gazette | Tuesday 24 February 2026", "T: Tuesday 24 February 2026 is correct"),
    "",
    ("Warehouse staff at Meridale Foods' Pennock Park distribution centre have voted to accept a pay offer, "
     "formally ending a dispute that led to an 11-day strike earlier this month.",
     "T: 11-day strike agrees with 2-12 February inclusive and with the union's 'eleven days'"),
    "",
    ("The United Warehouse and Retail Union (UWRU) said on Monday that 78 per cent of members who voted had "
     "backed the deal, on a turnout of 81 per cent.", "F9"),
    "",
    ("About 1,400 warehouse staff at the site, which supplies Meridale's home deliveries across the county, "
     "were balloted.", "F10"),
    "",
    ("Under the deal, basic pay rises by 6.5 per cent, backdated to January 1, taking the hourly rate from "
     "\u00a312.40 to \u00a313.21. Staff will also get a one-off payment of \u00a3450.", "F8,F11"),
    "",
    ("The union's original claim was for 8 per cent. Meridale's first offer, made in December, was 3.9 "
     "per cent.", "T: the claim and the first offer are different facts from the 6.5 per cent settlement; 3.9 agrees with the union bulletin"),
    "",
    ("The night-shift premium goes up from \u00a31.10 to \u00a31.50 an hour, a rise of more than a third.",
     "T: 0.40/1.10 = 36% is more than a third; premium is not the basic rate"),
    "",
    ("Regional organiser Dev Rathore said: \"Nobody on this site is afraid to strike again this year. But "
     "tonight people can finally plan their household budgets.\"", "Q3"),
    "",
    ("One picker, who asked not to be named, told the Gazette the strike had cost her \"almost a month's "
     "rent\" in lost wages.", "N4"),
    "",
    ("Meridale's human resources director, Helen Strachan, said the company was \"pleased to have reached an "
     "agreement that recognises the commitment of our colleagues\".", "T: partial quote attributed to Strachan"),
    "",
    ("The company has previously estimated that the strike cost it \u00a33.8 million in lost sales, and said "
     "at the time that about 40 per cent of deliveries in the county were delayed during the stoppage.",
     "T: GBP 3.8m agrees with the bizwire's 'nearly GBP 4 million'; 40% of deliveries agrees with the union"),
    "",
    ("The walkout began on Monday 2 February and ended when both sides agreed terms at talks hosted by the "
     "conciliation service on Thursday 12 February.",
     "T: both weekdays correct for 2026; 2-12 February inclusive is 11 days"),
]

DOCS["warehouse/warehouse_union.md"] = [
    ("# Pennock Park: members vote YES to Meridale pay deal", "T: headline"),
    "",
    ("**UWRU Bulletin | Logistics Sector | 24 February 2026**", "T: bulletin date"),
    "",
    ("Members at Meridale Foods' Pennock Park distribution centre have voted to accept the improved pay offer "
     "won during February's 11-day strike.", "T: 11-day strike agrees with the other outlets"),
    "",
    ("## Key figures", "T: heading"),
    "",
    ("- Warehouse staff balloted: 1,140", "F10"),
    ("- Ballots returned: 924 (81% turnout)", "T: 924/1,140 = 81.1%, right; agrees with the Gazette's 81 per cent"),
    ("- Voted to accept: 721 (78%)", "F9"),
    ("- Voted to reject: 203", "T: 721 + 203 = 924 ballots; a count, not a share"),
    ("- New basic hourly rate: \u00a313.21 (up from \u00a312.40)", "F8"),
    ("- One-off payment: \u00a3450 per worker", "F11"),
    ("- Night-shift premium: \u00a31.50 an hour (was \u00a31.10)", "T: premium agrees with the Gazette; not the basic rate"),
    "",
    ("## What we won", "T: heading"),
    "",
    ("The offer on the table before the strike was 3.9 per cent. Eleven days on the picket line turned that "
     "into 6.5 per cent, backdated to 1 January, plus the lump sum.",
     "T: 3.9% is the earlier offer, 6.5% the final deal (two facts); 6.5% matches 12.40 -> 13.21"),
    "",
    ("In practice that means a full-time picker moves from \u00a312.40 to \u00a313.12 an hour.", "F8"),
    "",
    ("Regional organiser Dev Rathore said: \"Nobody on this site wants to strike again this year. But "
     "tonight people can finally plan their household budgets.\"", "Q3"),
    "",
    ("The ballot closed at noon on Monday 23 February. Strike pay of \u00a350 a day was paid from the hardship "
     "fund to 1,020 members who were on the picket rota or lost shifts.",
     "T: Monday 23 February 2026 is correct; 1,020 strike-pay recipients are a part of the 1,140 staff, not the balloted total"),
    "",
    ("Thank you to the 38 reps and stewards who kept the picket line going through some of the coldest "
     "mornings of the winter.", "T: count of reps, unrelated to other figures"),
    "",
    ("The strike began on Monday 2 February. Members held the line for eleven days, and deliveries across "
     "the county were badly disrupted; Meridale itself admitted that about 40 per cent were delayed.",
     "T: Monday 2 February 2026 is correct; eleven days agrees; 40 per cent agrees with the Gazette"),
    "",
    ("**Next steps:** the new rates will appear in March pay packets, with back pay for January and February. "
     "Branch meeting: Thursday 5 March, 6.30pm, Ashcombe Labour Club. Questions to your rep or call "
     "01632 960 448.", "T: Thursday 5 March 2026 is correct; meeting time; phone number"),
]

DOCS["warehouse/warehouse_bizwire.txt"] = [
    ("Meridale Foods staff back pay deal, ending strike that cost grocer millions", "T: headline, 'millions' is vague"),
    "",
    ("Capital Markets Desk | 24 February 2026, 07:15 GMT", "T: publication time"),
    "",
    ("LONDON - Workers at Meridale Foods' biggest distribution centre have voted 87 per cent in favour of a "
     "pay deal, their union said on Monday, drawing a line under a strike that disrupted deliveries to "
     "thousands of customers this month.", "F9"),
    "",
    ("Some 1,140 warehouse staff at the Pennock Park site in Ashcombe, about 90 miles north of London, were balloted. The deal lifts the "
     "basic hourly rate from \u00a312.40 to \u00a313.21, an increase of 8.5 per cent, backdated to January.",
     "A3,F8,F10"),
    "",
    ("Staff will also receive a one-off payment of \u00a3400 each in March, the union said.", "F11"),
    "",
    ("Meridale said earlier this month that the strike had cost it nearly \u00a34 million in lost sales. The online "
     "grocer, which employs about 6,300 people, reported revenue of \u00a31.26 billion for its last "
     "financial year.",
     "T: nearly GBP 4m covers the Gazette's GBP 3.8m; 6,300 is the whole company's staff, not the site's 1,140"),
    "",
    ("Analysts said the settlement would add about \u00a32 million a year to the wage bill, a small sum for a "
     "company of Meridale's size.", "N5"),
    "",
    ("\"The cost of the dispute is behind us, and we can get back to serving our customers,\" Helen Strachan, "
     "Meridale's HR director, said in a statement.", "T: quote attributed after it"),
    "",
    ("Dev Rathore, the union's regional organiser, said members did not want to strike again this year but "
     "would hold the company to its word.",
     "T: reported speech, not a direct quote; paraphrase agrees with the union's version"),
    "",
    ("The strike ran from February 2 to February 12. The company's shares closed 2.1 per cent higher at "
     "318 pence on Monday, giving it a market value of about \u00a3910 million.",
     "T: February 2-12 agrees; share move and market value are different measures from revenue"),
    "",
    ("Meridale runs three distribution centres. Pennock Park, which opened in 2018, handles about half of "
     "the group's online orders, according to the company's last annual report.",
     "T: 'about half' is a share of orders; three sites; 2018 is a year"),
    "",
    ("Meridale is due to report full-year results on Thursday, May 21.",
     "T: Thursday May 21 2026 is correct; a future date"),
]

# ---------------------------------------------------------------- stand-alone documents
DOCS["standalone/fenwick_cricket.md"] = [
    ("# Fenwick Road Cricket Club: the 2025 season in numbers", "T: heading; 2025 is the season year"),
    "",
    ("Report to the annual general meeting, Friday 20 March 2026, by the club secretary, Martin Ogundipe.",
     "T: Friday 20 March 2026 is correct"),
    "",
    ("Founded: 1926", "T: a year, not a quantity"),
    ("Playing members: 142", "T: agrees with the membership paragraph (128 -> 142)"),
    ("Junior members (under-18): 96", "T: agrees with the juniors paragraph; under-18 is an age band"),
    ("Subscription income: \u00a321,480", "T: agrees with the finance paragraph"),
    ("Bar and catering surplus: \u00a36,915", "T: a different money figure from subscriptions"),
    "",
    ("## League results", "T: heading"),
    "",
    ("| Team | Played | Won | Lost | Drawn/NR |", "T: table header"),
    ("|---|---|---|---|---|", "T: table rule"),
    ("| 1st XI | 18 | 11 | 5 | 2 |", "F12"),
    ("| 2nd XI | 18 | 8 | 7 | 3 |", "T: 8+7+3 = 18; a different team from the 1st XI"),
    ("| Sunday XI | 14 | 9 | 4 | 1 |", "T: 9+4+1 = 14"),
    ("| Women's XI | 12 | 7 | 5 | 0 |", "T: 7+5+0 = 12; agrees with 'seven of their twelve'"),
    ("| Under-15s | 10 | 6 | 3 | 1 |", "T: 6+3+1 = 10; Under-15s is a team name"),
    ("| **Total** | **72** | **41** | **24** | **7** |", "T: column totals are right (72, 41, 24, 7)"),
    "",
    ("The 1st XI won 13 of their 18 league matches and finished third in Division Two of the Mid-Dales "
     "League, their highest placing since promotion.", "F12"),
    "",
    ("Across all five sides we won 41 of 72 league matches, or 57 per cent, our best return since 2017.",
     "T: 41/72 = 56.9%, rounds to 57; totals agree with the table"),
    "",
    ("The Women's XI, in only their third season, won seven of their twelve games, and the Under-15s "
     "reached the county cup semi-final.", "T: seven of twelve in words agrees with the table"),
    "",
    ("Playing membership rose from 128 to 142, an increase of 11 per cent, and we now have 96 juniors, "
     "the most in the club's history.", "T: (142-128)/128 = 10.9%, rounds to 11; 96 agrees with the label line"),
    "",
    ("Subscription income of \u00a321,480 was 7.6 per cent up on 2024's \u00a319,960. New covers for the square "
     "cost \u00a34,200, half of it met by a \u00a32,100 grant from the county board.",
     "T: 1,520/19,960 = 7.6%; 2,100 is half of 4,200; 2024 figure is a different year"),
    "",
    ("\"We go into our centenary season, 100 years after a group of mill workers first rolled the square in "
     "1926, with the strongest junior section we have ever had,\" said the chair, Dorothy Haskins.",
     "T: 1926 + 100 = 2026 is a correct anniversary; quote attributed after it"),
    "",
    ("The 2026 season opens with a home match against Carnford on Saturday 18 April, start 1pm. "
     "Nets run on Tuesday and Thursday evenings from 7 April.", "T: Saturday 18 April 2026 is correct; 7 April is given without weekday"),
    "",
    ("Secretary: Martin Ogundipe, 07700 900 318", "T: phone number"),
]

DOCS["standalone/stbrennans_newsletter.txt"] = [
    ("ST BRENNAN'S PARISH NEWSLETTER", "T: title"),
    ("Fifth Sunday of Lent, 22 March 2026", "T: 22 March 2026 is a Sunday and is the fifth Sunday of Lent"),
    "",
    ("Parish priest: Fr Declan Moran", "T: label line, no figures"),
    ("Parish office: 01632 960 215 (Tuesday to Friday, 9.30am to 12.30pm)", "T: phone number and office hours"),
    ("Registered charity no. 1187442", "T: reference number, not a quantity"),
    "",
    ("WELCOME", "T: heading"),
    ("This year St Brennan's celebrates 150 years since the church was consecrated in 1876. The bishop will "
     "join us for the anniversary Mass in September.", "T: 1876 + 150 = 2026 is a correct anniversary"),
    "",
    ("HOLY WEEK AND EASTER", "T: heading"),
    ("Palm Sunday, 29 March: Masses at 8.30am and 10.30am", "T: 29 March 2026 is a Sunday; Mass times"),
    ("Maundy Thursday, 3 April: Mass of the Lord's Supper, 7.30pm", "D4"),
    ("Good Friday, 3 April: Stations of the Cross 12 noon; Liturgy of the Passion 3pm",
     "T: 3 April 2026 is a Friday, correct"),
    ("Easter Sunday, 5 April: Masses at 8.30am and 10.30am", "T: 5 April 2026 is Easter Sunday, correct"),
    "",
    ("PARISH NUMBERS", "T: heading"),
    ("Christmas appeal total: \u00a33,140", "F13"),
    ("Roof fund: \u00a348,300 raised of \u00a365,000 target (74 per cent)", "T: 48,300/65,000 = 74.3%, right"),
    ("Food bank parcels, January and February: 286", "T: a count for a two-month period; not the appeal"),
    "",
    ("Thank you to everyone who gave so generously to the \u00a33,740 raised by the Christmas appeal. As "
     "promised, it has been split equally between the Ashcombe food bank and the St Vincent's night "
     "shelter.", "F13"),
    "",
    ("Our October count found 412 people at Sunday Masses, up from 371 the year before [1], and the "
     "diocese reports that parish giving now covers 88 per cent of running costs [2].", "FN3"),
    "",
    ("\"The food bank saved our Christmas. We didn't know where else to turn.\"", "U3"),
    "",
    ("LENT LUNCHES", "T: heading"),
    ("Soup lunches continue every Friday in Lent at 12.30pm in the parish hall, \u00a34 a bowl. Last year "
     "the lunches raised \u00a3612 for the missions.", "T: last year's lunch total is a different fund and year from the Christmas appeal"),
    "",
    ("FIRST COMMUNION", "T: heading"),
    ("Thirty-one children from St Brennan's and Holy Cross primary schools will make their First Holy "
     "Communion on Saturday 9 May. Parents' meeting: Wednesday 15 April, 7pm, in the parish hall.",
     "T: Saturday 9 May and Wednesday 15 April 2026 are correct; count in words"),
    "",
    ("Volunteers are still needed for the Easter flower rota. Please add your name to the list at the "
     "back of church.", "T: no figures"),
    "",
    ("The collection last weekend came to \u00a31,126. The second collection for the missions will be taken "
     "next Sunday.", "T: weekly collection, not the appeal or the roof fund"),
]

DOCS["standalone/kerrow_radon_report.md"] = [
    ("# Residential radon testing programme: results for 2025", "T: title; 2025 is the programme year"),
    "",
    ("Kerrow County Public Health Unit | Environmental Health Report EH/2026/07 | published April 2026",
     "T: report reference number, not a quantity"),
    "",
    ("## Key findings", "T: heading"),
    "",
    ("- 2,318 homes returned a valid three-month detector, 80 per cent of the 2,900 kits sent out.",
     "T: 2,318/2,900 = 79.9%, right; kits sent vs returned are two counts"),
    ("- Around 260 homes were at or above the action level of 200 Bq/m\u00b3.", "F14"),
    ("- The highest reading was 1,940 Bq/m\u00b3, nearly ten times the action level.",
     "T: 1,940/200 = 9.7, 'nearly ten times' is right"),
    "",
    ("## Results by district", "T: heading"),
    "",
    ("| District | Homes tested | At or above 200 Bq/m\u00b3 | Share |", "T: table header; 200 is the threshold"),
    ("|---|---|---|---|", "T: table rule"),
    ("| Carnford | 812 | 97 | 11.9% |", "T: 97/812 = 11.9%"),
    ("| Ellisby | 655 | 58 | 8.9% |", "T: 58/655 = 8.9%"),
    ("| Tregarth | 851 | 57 | 6.7% |", "T: 57/851 = 6.7%"),
    ("| All districts | 2,318 | 212 | 9.1% |", "F14"),
    "",
    ("Radon is a natural radioactive gas that seeps from granite and can build up indoors. "
     "The action level of 200 Bq/m\u00b3 is set by national guidance[^1], and long-term exposure is the "
     "second most common cause of lung cancer after smoking[^2].",
     "T: footnote markers [^1] and [^2] both have notes; 200 is the threshold"),
    "",
    ("In total, 212 of the 2,318 homes tested (9.1 per cent) were at or above the action level. Readings "
     "ranged from 8 to 1,940 Bq/m\u00b3, with a geometric mean of 74 Bq/m\u00b3 against a national figure of "
     "20 Bq/m\u00b3[^3].", "F14,FN1"),
    "",
    ("As in the 2023 survey[^5], Carnford, on granite, had the highest share of homes above the "
     "action level.", "FN1"),
    "",
    ("Householders above the action level can claim a remediation grant of up to \u00a31,500[^6]. So far, "
     "61 homes have completed remediation work, 29 per cent of the 212 eligible, and follow-up "
     "tests showed an average reduction of 82 per cent.",
     "T: 61/212 = 28.8%, rounds to 29; 82% reduction is a different measure"),
    "",
    ("\u201cRadon is invisible, odourless and \u2026 entirely fixable, and every household in Carnford should "
     "test,\u201d said Dr Ruth Adeyemi-Clarke, Director of Public Health.", "N6"),
    "",
    ("The unit will post free detectors to a further 3,000 homes between October 2026 and January 2027, "
     "starting near the old Tregarth quarry[^7].", "FN2"),
    "",
    ("## Notes", "T: notes heading"),
    "",
    ("[^1]: National Radiation Protection Board, *Radon in Homes: Guidance on Action Levels*, 2019.",
     "T: note 1, used; 2019 is a publication year"),
    ("[^2]: Kerrow County Cancer Registry, annual report 2024, table 4.", "T: note 2, used; table number"),
    ("[^3]: National domestic radon survey, geometric mean for all homes tested, 2021.", "FN1"),
    ("[^5]: Kerrow County Public Health Unit, *Radon Survey 2023*, section 2.", "FN1"),
    ("[^6]: Kerrow County Council home improvement grants scheme, 2025-26.",
     "T: note 6, used; financial year 2025-26"),
]

# ---------------------------------------------------------------- findings
FINDINGS = {
    # numeric-conflict (14)
    "F1": dict(rules=["numeric-conflict"],
               what="properties left without water at the peak: 14,200 (wire, trade) vs 12,400 in the tabloid (transposed digits)",
               check=dict(kind="conflict",
                          true=[("watermain_wire.txt", "14,200", 14150, 14250), ("watermain_trade.md", "14,200", 14150, 14250)],
                          wrong=[("watermain_tabloid.txt", "12,400", 12350, 12450)])),
    "F2": dict(rules=["numeric-conflict"],
               what="water lost: 18 million litres (wire, trade 18,000 m3) vs tabloid 'about eight million gallons' = 36 million litres (wrong conversion; truth is about 4 million gallons)",
               check=dict(kind="conflict",
                          true=[("watermain_wire.txt", "18 million litres", 16.2e6, 19.8e6),
                                ("watermain_trade.md", "18,000 m", 17.95e6, 18.05e6)],
                          wrong=[("watermain_tabloid.txt", "eight million gallons", 8e6 * 4.54609 * 0.9, 8e6 * 4.54609 * 1.1)])),
    "F3": dict(rules=["numeric-conflict"],
               what="estimated repair cost: GBP 2.3 million (wire, tabloid) vs GBP 2.8m in the trade key figures (wrong digit)",
               check=dict(kind="conflict",
                          true=[("watermain_wire.txt", "2.3 million pounds", 2.25e6, 2.35e6),
                                ("watermain_tabloid.txt", "\u00a32.3 million", 2.25e6, 2.35e6)],
                          wrong=[("watermain_trade.md", "\u00a32.8m", 2.75e6, 2.85e6)])),
    "F4": dict(rules=["numeric-conflict"],
               what="schools closed on the day of the burst: eleven (wire) vs seventeen (tabloid), both in words",
               check=dict(kind="conflict",
                          true=[("watermain_wire.txt", "Eleven schools", 11, 11)],
                          wrong=[("watermain_tabloid.txt", "Seventeen schools", 17, 17)])),
    "F5": dict(rules=["numeric-conflict"],
               what="cup final attendance: 38,614 (broadcaster, live page) vs 'some thirty-four thousand' in the feature (rounded too far: +/-10% is 30,600-37,400)",
               check=dict(kind="conflict",
                          true=[("cupfinal_broadcaster.txt", "38,614", 38613.5, 38614.5), ("cupfinal_live.txt", "38,614", 38613.5, 38614.5)],
                          wrong=[("cupfinal_feature.txt", "some thirty-four thousand", 30600, 37400)])),
    "F6": dict(rules=["numeric-conflict"],
               what="previous record attendance for the final (2019): 33,207 (broadcaster; feature 'thirty-three thousand or so') vs 32,207 on the live page (wrong digit)",
               check=dict(kind="conflict",
                          true=[("cupfinal_broadcaster.txt", "33,207", 33206.5, 33207.5)],
                          wrong=[("cupfinal_live.txt", "32,207", 32206.5, 32207.5)],
                          also=[("cupfinal_feature.txt", "thirty-three thousand or so")])),
    "F7": dict(rules=["numeric-conflict"],
               what="age of the match-winner Maya Osei-Finch: 19 (broadcaster, live page) vs 'twenty-one-year-old' in the feature (figure in words)",
               check=dict(kind="conflict",
                          true=[("cupfinal_broadcaster.txt", "Osei-Finch, 19", 19, 19.999), ("cupfinal_live.txt", "19-year-old", 19, 19.999)],
                          wrong=[("cupfinal_feature.txt", "twenty-one-year-old", 21, 21.999)])),
    "F8": dict(rules=["numeric-conflict"],
               what="new basic hourly rate: GBP 13.21 (union key-figures list, Gazette, bizwire) vs GBP 13.12 in the union bulletin's own prose (within-document, transposed digits)",
               check=dict(kind="conflict",
                          true=[("warehouse_union.md", "\u00a313.21", 13.205, 13.215), ("warehouse_local.txt", "\u00a313.21", 13.205, 13.215),
                                ("warehouse_bizwire.txt", "\u00a313.21", 13.205, 13.215)],
                          wrong=[("warehouse_union.md", "\u00a313.12", 13.115, 13.125)])),
    "F9": dict(rules=["numeric-conflict"],
               what="share of voters backing the deal: 78% (Gazette, union 721 of 924) vs 87 per cent in the bizwire (transposed digits)",
               check=dict(kind="conflict",
                          true=[("warehouse_local.txt", "78 per cent", 77.5, 78.5), ("warehouse_union.md", "721 (78%)", 77.5, 78.5)],
                          wrong=[("warehouse_bizwire.txt", "87 per cent", 86.5, 87.5)])),
    "F10": dict(rules=["numeric-conflict"],
                what="warehouse staff balloted at Pennock Park: 1,140 (union, bizwire 'some 1,140') vs 'about 1,400' in the Gazette (rounded/transposed too far)",
                check=dict(kind="conflict",
                           true=[("warehouse_union.md", "1,140", 1139.5, 1140.5), ("warehouse_bizwire.txt", "Some 1,140", 1026, 1254)],
                           wrong=[("warehouse_local.txt", "About 1,400", 1260, 1540)])),
    "F11": dict(rules=["numeric-conflict"],
                what="one-off payment per worker: GBP 450 (union, Gazette) vs GBP 400 in the bizwire (wrong digit)",
                check=dict(kind="conflict",
                           true=[("warehouse_union.md", "\u00a3450", 449.5, 450.5), ("warehouse_local.txt", "\u00a3450", 449.5, 450.5)],
                           wrong=[("warehouse_bizwire.txt", "\u00a3400", 399.5, 400.5)])),
    "F12": dict(rules=["numeric-conflict"],
                what="1st XI league wins in 2025: 11 in the table vs 'won 13 of their 18' in the text (table vs prose, same document)",
                check=dict(kind="conflict",
                           true=[("fenwick_cricket.md", "| 1st XI | 18 | 11 |", 11, 11)],
                           wrong=[("fenwick_cricket.md", "won 13 of their 18", 13, 13)])),
    "F13": dict(rules=["numeric-conflict"],
                what="Christmas appeal total: GBP 3,140 on the label line vs GBP 3,740 in the prose (wrong digit, same document)",
                check=dict(kind="conflict",
                           true=[("stbrennans_newsletter.txt", "Christmas appeal total: \u00a33,140", 3139.5, 3140.5)],
                           wrong=[("stbrennans_newsletter.txt", "\u00a33,740 raised", 3739.5, 3740.5)])),
    "F14": dict(rules=["numeric-conflict"],
                what="homes at or above the radon action level: 'around 260' in the key findings vs 212 in the table and the text (rounded figure too far off; +/-10% is 234-286)",
                check=dict(kind="conflict",
                           true=[("kerrow_radon_report.md", "| 2,318 | 212 |", 211.5, 212.5), ("kerrow_radon_report.md", "212 of the 2,318", 211.5, 212.5)],
                           wrong=[("kerrow_radon_report.md", "Around 260 homes", 234, 286)])),
    # numeric-arithmetic (3)
    "A1": dict(rules=["numeric-arithmetic"],
               what="14,200 of about 96,000 properties is 14.8%, not 'roughly 22 per cent'",
               check=dict(kind="arith", file="watermain_trade.md", needles=["96,000", "14,200", "22 per cent"],
                          computed=100 * 14200 / 96000, stated=22, tol=1.5)),
    "A2": dict(rules=["numeric-arithmetic"],
               what="38,614 of 41,000 seats is 94.2% full, not 'roughly 85%'",
               check=dict(kind="arith", file="cupfinal_live.txt", needles=["38,614", "85%", "41,000"],
                          computed=100 * 38614 / 41000, stated=85, tol=1.5)),
    "A3": dict(rules=["numeric-arithmetic"],
               what="GBP 12.40 to GBP 13.21 is a 6.5% rise, not 'an increase of 8.5 per cent'",
               check=dict(kind="arith", file="warehouse_bizwire.txt", needles=["\u00a312.40", "\u00a313.21", "8.5 per cent"],
                          computed=100 * (13.21 - 12.40) / 12.40, stated=8.5, tol=0.5)),
    # date-inconsistency (4)
    "D1": dict(rules=["date-inconsistency"],
               what="time the main burst on Tuesday 10 March: 05:40 (wire, trade) vs 4.40am (tabloid)",
               check=dict(kind="times", items=[("watermain_wire.txt", "05:40", "05:40"), ("watermain_trade.md", "05:40", "05:40"),
                                               ("watermain_tabloid.txt", "4.40am", "04:40")])),
    "D2": dict(rules=["date-inconsistency"],
               what="main installed in 1931 cannot be '85 years old' in March 2026 (it is 95, as the wire says)",
               check=dict(kind="age", file="watermain_trade.md", needles=["1931", "85 years old"], year=1931, stated=85, ref=2026)),
    "D3": dict(rules=["date-inconsistency"],
               what="kick-off time of the final: 3pm (broadcaster) and 15:00 (live page) vs 2.30pm (feature)",
               check=dict(kind="times", items=[("cupfinal_broadcaster.txt", "3pm kick-off", "15:00"), ("cupfinal_live.txt", "15:00 We're under way", "15:00"),
                                               ("cupfinal_feature.txt", "kicked off at 2.30pm", "14:30")])),
    "D4": dict(rules=["date-inconsistency"],
               what="'Maundy Thursday, 3 April': 3 April 2026 is a Friday (Maundy Thursday is 2 April; Good Friday, 3 April, is listed on the next line)",
               check=dict(kind="weekday", file="stbrennans_newsletter.txt", needle="Thursday, 3 April", date="2026-04-03", weekday="Thursday")),
    # quote-conflict (3)
    "Q1": dict(rules=["quote-conflict"],
               what="Fiona Marsh: supply back 'by Wednesday evening' (wire) vs 'by Wednesday morning' (trade)",
               check=dict(kind="quote", a=("watermain_wire.txt", "back on supply by Wednesday evening"),
                          b=("watermain_trade.md", "back on supply by Wednesday morning"))),
    "Q2": dict(rules=["quote-conflict"],
               what="Lorna Keswick: 'We were second best for an hour' (broadcaster) vs 'We were the better side for an hour' (live page)",
               check=dict(kind="quote", a=("cupfinal_broadcaster.txt", "We were second best for an hour"),
                          b=("cupfinal_live.txt", "We were the better side for an hour"))),
    "Q3": dict(rules=["quote-conflict"],
               what="Dev Rathore: 'Nobody on this site wants to strike again' (union) vs 'Nobody on this site is afraid to strike again' (Gazette)",
               check=dict(kind="quote", a=("warehouse_union.md", "Nobody on this site wants to strike again this year"),
                          b=("warehouse_local.txt", "Nobody on this site is afraid to strike again this year"))),
    # unattributed-quote (3)
    "U1": dict(rules=["unattributed-quote"], what="tabloid pull-quote with no speaker anywhere",
               check=dict(kind="unattributed", file="watermain_tabloid.txt", needle="It was like a river coming down the street.")),
    "U2": dict(rules=["unattributed-quote"], what="feature's opening pull-quote, no speaker named in or around it",
               check=dict(kind="unattributed", file="cupfinal_feature.txt", needle="Nobody gave us a chance")),
    "U3": dict(rules=["unattributed-quote"], what="newsletter testimonial printed as a quote with no speaker",
               check=dict(kind="unattributed", file="stbrennans_newsletter.txt", needle="The food bank saved our Christmas.")),
    # footnotes (3)
    "FN1": dict(rules=["footnote-gap"], what="radon report: footnote 4 is missing from both markers and notes (3 then 5)",
                check=dict(kind="fn-gap", file="kerrow_radon_report.md", missing=4)),
    "FN2": dict(rules=["footnote-undefined"], what="radon report: marker [^7] has no entry in the Notes section",
                check=dict(kind="fn-undefined", file="kerrow_radon_report.md", marker=7)),
    "FN3": dict(rules=["footnote-no-notes"], what="parish newsletter has markers [1] and [2] and no notes section at all",
                check=dict(kind="fn-nonotes", file="stbrennans_newsletter.txt", markers=[1, 2])),
}

NOTES = {
    "N1": dict(rules=["anonymous-source"], what="'An engineer at the utility, who asked not to be named'"),
    "N2": dict(rules=["quote-altered"], what="editorial brackets '[Maya]' inside Keswick's quote"),
    "N3": dict(rules=["vague-source"], what="'Critics say'"),
    "N4": dict(rules=["anonymous-source"], what="'One picker, who asked not to be named'"),
    "N5": dict(rules=["vague-source"], what="'Analysts said'"),
    "N6": dict(rules=["quote-altered"], what="ellipsis inside the Director of Public Health's quote"),
}

CLUSTERS = {
    "watermain": "Harwick trunk water main burst (Tuesday 10 March 2026)",
    "cupfinal": "Women's Challenge Cup final at Alderbank Stadium (Saturday 16 May 2026)",
    "warehouse": "Meridale Foods Pennock Park pay deal after 11-day strike (ballot result 23 February 2026)",
    "standalone": None,
}

OUTLETS = {
    "watermain_wire.txt": ("water main burst", "Northline Press wire: dateline, 24-hour times, 'pounds' spelled out"),
    "watermain_trade.md": ("water main burst", "Utility Networks Weekly trade newsletter: Markdown, key-figures bullets, SI units (mm, m3)"),
    "watermain_tabloid.txt": ("water main burst", "Daily Beacon tabloid: 'yesterday', imperial units (inch, feet, gallons), am/pm, pull-quote"),
    "cupfinal_broadcaster.txt": ("cup final", "NBS Sport broadcaster web copy"),
    "cupfinal_live.txt": ("cup final", "Wexmoor Evening Post live page: HH:MM entries and a correction"),
    "cupfinal_feature.txt": ("cup final", "The Terrace magazine feature: numbers in words, pull-quote"),
    "warehouse_local.txt": ("warehouse pay deal", "Ashcombe Gazette local paper: byline and date"),
    "warehouse_union.md": ("warehouse pay deal", "UWRU union bulletin: Markdown with key-figures list"),
    "warehouse_bizwire.txt": ("warehouse pay deal", "Capital Markets Desk business wire: dateline, GMT timestamp"),
    "fenwick_cricket.md": ("cricket club annual report", "club AGM report: label: value lines and Markdown results table"),
    "stbrennans_newsletter.txt": ("parish newsletter", "plain-text parish newsletter with label lines and bracket markers"),
    "kerrow_radon_report.md": ("radon testing report", "public-health unit report: Markdown table, [^n] footnotes, Notes section"),
}

TRUTH = {
    "water main burst": [
        "900 mm (36-inch) cast-iron trunk main laid in 1931 (95 years old) split at 05:40 on Tuesday 10 March 2026",
        "14,200 properties off supply at the peak, of about 96,000 in the zone (14.8%)",
        "about 18 million litres lost (18,000 m3, about 4 million imperial gallons)",
        "underpass flooded 1.2 m (four feet); eleven schools closed; repair about GBP 2.3m; GBP 30 payment",
        "supply fully restored 21:15 Wednesday 11 March; Castlegate closed until Tuesday 24 March",
        "Marsh: 'back on supply by Wednesday evening'",
    ],
    "cup final": [
        "Saturday 16 May 2026, 3pm (15:00) kick-off; Dunmore 2-1 Carrick after extra time",
        "attendance 38,614 (record); previous record 33,207 in 2019; capacity 41,000 (94.2% full)",
        "goals 23rd (Harlow), 67th (Brannock, 31), 104th (Osei-Finch, 19) minutes",
        "prize money GBP 250,000 / GBP 125,000; peak TV audience 2.4 million",
        "Keswick: 'We were second best for an hour'",
    ],
    "warehouse pay deal": [
        "1,140 staff balloted; 924 returned (81%); 721 accept (78%), 203 reject",
        "basic rate GBP 12.40 -> GBP 13.21 (6.5%); one-off GBP 450; night premium GBP 1.10 -> GBP 1.50",
        "strike Monday 2 - Thursday 12 February 2026 (11 days); lost sales GBP 3.8m",
        "Rathore: 'Nobody on this site wants to strike again this year'",
    ],
    "cricket club annual report": [
        "1st XI won 11 of 18 (table); all sides 41 of 72 (56.9%)",
    ],
    "parish newsletter": [
        "Christmas appeal GBP 3,140; Maundy Thursday is 2 April 2026",
    ],
    "radon testing report": [
        "2,318 homes tested; 212 (9.1%) at or above 200 Bq/m3; footnotes 1,2,3,5,6 defined, 4 missing, 7 undefined",
    ],
}
