# -*- coding: utf-8 -*-
"""heldout76 — source of truth for the blind planted set.

Each document is a block of text.  Every non-empty document line is preceded by one
annotation line starting with '@':
    @T <what>        the next line is a trap (must stay silent unless listed in MAY_NOTE)
    @E F1 D2         the next line is a location of the planted finding(s) F1, D2
    @N N3            the next line is a location of the low-severity note N3
Empty lines in a block are empty lines of the document.  build.py resolves line numbers.
"""

SET = "heldout76"

CLUSTERS = {
    "kelmouth_crane": "Ship-to-shore crane collapse at the Port of Kelmouth (Tue 17 March 2026)",
    "hadley_crouch": "Hadley & Crouch department-store chain goes into administration (Wed 4 February 2026)",
    "harrowby_museum": "Harrowby Museum of Science and Industry reopens (Sat 9 May 2026)",
    "standalone": "stand-alone documents",
}

DOCS = {}   # path under docs/ -> dict(event, outlet, text)

def doc(path, event, outlet, text):
    DOCS[path] = {"event": event, "outlet": outlet, "text": text.strip("\n")}

# ---------------------------------------------------------------------------
# Cluster 1: crane collapse
# ---------------------------------------------------------------------------
doc("kelmouth_crane/meridian_wire.txt", "kelmouth_crane",
    "Meridian News Agency: wire copy with dateline, metric with imperial in brackets", r'''
@T headline: 'two workers' agrees with the injured count (2) in every outlet
Crane collapse shuts Kelmouth container terminal, two workers injured

@T byline with the publication date (17 March 2026, the day of the collapse); 07:55 GMT is a filing time, not an event time
By Tomas Reyes | Published 17 March 2026, 07:55 GMT
@T dateline March 17 with 'Tuesday' (17 March 2026 is a Tuesday); 1,450 tonnes agrees with '1,450 t' in the trade newsletter
KELMOUTH, England, March 17 (Meridian) - A 1,450-tonne ship-to-shore crane collapsed at the Port of Kelmouth early on Tuesday, injuring two workers and halting operations at the Brennan Container Terminal, the port's operator said.
@E F1 D2
The 82-metre crane, known as STS-11, buckled at about 6.40am while unloading the container ship Cassia Bay at Quay 7, bringing its boom down across the vessel's deck and knocking nine containers into the dock, Kelmouth Port Holdings said in a statement.
@T ages 47 and 29 agree with the live page; 'About 140' evacuated agrees with 'About 140 staff' (live)
A 47-year-old crane operator was taken to Kelmouth General Hospital with a broken leg and was in a stable condition, the company said. A 29-year-old lashing worker was treated at the scene for cuts. About 140 dock workers were evacuated.
@T full version of Drummond's quote, attributed after the quote; the live page shortens it with an ellipsis (same remark, not a conflict)
"Our first thoughts are with the two colleagues who were hurt this morning and with their families," chief executive Alana Drummond told reporters at the port gates.
@E F2
The port's weather station recorded gusts of up to 58 mph (93 km/h) at 6.30am. Under the terminal's operating rules, crane work must stop when gusts exceed 45 mph, or 72 km/h.
@N N1
A port employee who asked not to be named said crane crews had been told shortly after 6am that the wind was expected to ease.
@E Q1
Martin Kealy, regional officer of the Dock and Harbour Workers' Union, said: "We raised concerns about the brakes on this crane last year and we want to know what was done about them."
@E F3
Drummond said the terminal's other 11 cranes had been stopped for safety checks. Six inbound vessels have been diverted to Harwick and Portlaze, and the terminal is not expected to reopen before Friday.
@E F4
A preliminary estimate by the port's insurer, Calder Marine, puts the cost of the damage at £27 million. A replacement crane would cost about £12 million and take up to 18 months to build and deliver, Drummond said.
@T 1998 is a year (28 years before 2026, no claim of age made); 'about 40%' of traffic matches 'two-fifths' in the newsletter; 1.9 million TEU is annual port throughput for 2025, not a Quay 7 figure
STS-11 was commissioned in 1998. Quay 7 handles about 40% of Kelmouth's container traffic; the port handled 1.9 million twenty-foot equivalent units (TEU) in 2025.
@T attributed statement, no figures
The Health and Safety Executive said it had opened an investigation.
@T credit line with names only
(Reporting by Tomas Reyes; Editing by Helen Marsh)
''')

doc("kelmouth_crane/quayside_weekly.md", "kelmouth_crane",
    "Quayside Intelligence: trade newsletter in Markdown, key-figure bullets, SI units", r'''
@T masthead, no figures
# Quayside Intelligence — weekly briefing

@T issue number 412 is a reference number, not a quantity; Thursday 19 March 2026 is correct
*Issue 412 · Thursday 19 March 2026*

@T 'STS-11' is a numbered name, not a quantity
## Kelmouth: STS-11 collapse closes Brennan terminal

@T label heading
**Key figures**

@E D2
- Time of collapse: 06:40 on Tuesday 17 March
@T 82 m and 1,450 t agree with the wire (82-metre, 1,450-tonne) and with 269ft on the live page (82 m = 269 ft); 1998 is a year
- Crane: STS-11, ship-to-shore, commissioned 1998, height 82 m, mass 1,450 t
@E F2
- Peak gust (06:30): 93 km/h, or about 26 m/s; stop-work limit 72 km/h
@E F1
- Containers knocked into the dock: 9
@E F3
- Vessels diverted: 6
@T injured 2 agrees with every outlet (the live page's 'three' is explicitly corrected)
- Injured: 2 (one in hospital)

@E FN3
Kelmouth Port Holdings has confirmed that STS-11 failed while discharging the 9,600 TEU *Cassia Bay* at Quay 7 of the Brennan Container Terminal. Early indications point to a fault in the boom hoist system, although the operator stresses that no cause has yet been established.[^1]

@E F3
The timing is poor for the port. Quay 7 carries roughly two-fifths of Kelmouth's container volume, and with the remaining eleven cranes stood down for inspection, four vessels have so far been diverted to Harwick and Portlaze.

@E U1
> "Every terminal operator in the country will be checking its hoist brakes this week."

@E F4
Preliminary loss estimates from the insurer, Calder Marine, stand at £72 million, which would make this one of the costliest single-crane incidents at a UK port. A new STS crane of comparable outreach costs around £12 million, with lead times of about 18 months.

@E FN3
The dockers' union has said it raised concerns about the crane with the port last year. Industry figures suggest that roughly one in three STS cranes at UK container ports is more than 25 years old.[^2]

@T 'six of its cranes' in service on reopening is not the six diverted vessels; Friday 20 March 2026 is correct; 28 days is a deadline
The terminal is scheduled to reopen on Friday 20 March, initially with six of its cranes in service. The Health and Safety Executive is leading the investigation, and Kelmouth Port Holdings says it will publish an interim report within 28 days.

@T phone number, not a quantity; 'every Thursday' has no date
*Quayside Intelligence is published every Thursday. Subscriptions: +44 20 7946 0318.*
''')

doc("kelmouth_crane/ktv_live.txt", "kelmouth_crane",
    "KTV News live page: reverse-chronological HH:MM entries, a correction, imperial with metric", r'''
@T headline, no figures
LIVE: Crane collapses at Kelmouth docks
@T page date Tuesday 17 March 2026 (correct); 15:20 is an update stamp, not an event time
KTV News | Tuesday 17 March 2026 | Last updated 15:20

@T correction: the superseded 'three workers' is withdrawn in the same sentence and must not conflict with 2 injured
Correction, 11:05: An earlier version of this page said three workers had been injured. The port has since confirmed that two people were hurt.

@T 'other 11 cranes' agrees with the wire; 0800 640 2217 is a phone number
15:20 The port says the Brennan terminal will stay shut until at least Friday while the other 11 cranes are checked. A family support line has been set up on 0800 640 2217.

@E F4
14:10 Insurers' early estimate of the damage is £27m, according to the port. A replacement crane would cost around £12m.

@E Q1
12:45 Union anger: Martin Kealy of the Dock and Harbour Workers' Union told KTV: "We raised concerns about the cables on this crane last year and we want to know what was done about them."

@E F2
11:30 Data from the port's own weather station show gusts of 58mph (73km/h) at about 6.30am, well above the 45mph limit at which crane work has to stop.

@E F1
10:15 Drone footage shows the boom of the 269ft crane lying across the deck of the Cassia Bay. The port now says 19 containers went into the water, and divers are working to locate them.

@N N6
09:40 Chief executive Alana Drummond said: "Our first thoughts are with the two colleagues who were hurt ... and with their families." She would not speculate on the cause.

@T ages agree with the wire; 08:25 is the post time, not an event time
08:25 The injured are a 47-year-old crane operator, who has a broken leg, and a 29-year-old lashing worker, who was treated at the scene. The operator is in Kelmouth General Hospital.

@E D2
07:50 Kelmouth Port Holdings confirms that a ship-to-shore crane came down at 06:04 at Quay 7. About 140 staff have been evacuated from the terminal.

@T 07:32 is when the first report was posted, not when the crane fell
07:32 We're getting reports of a major incident at Kelmouth docks. Police, fire and ambulance crews are at the scene, and people are being asked to avoid Dock Road.

@T credit line
Live reporting by Sian Carver and Deepak Rao.
''')

# ---------------------------------------------------------------------------
# Cluster 2: department-store chain administration
# ---------------------------------------------------------------------------
doc("hadley_crouch/daily_clarion.txt", "hadley_crouch",
    "Daily Clarion: tabloid, 'yesterday', £million run together, am/pm, imperial floor area", r'''
@T splash headline
END OF THE LINE FOR HADLEY & CROUCH
@T 612 jobs agrees with every outlet
Historic store chain collapses with 612 jobs axed on day one
@T byline date Thursday, February 5, 2026 is correct ('yesterday' = Wed 4 Feb)
By Gemma Pike, Retail Editor | Thursday, February 5, 2026
@T 'yesterday' resolves to 4 February, agreeing with the broadcaster's 'Wednesday'; 'thousands of jobs' is vague, not a count
BELOVED department store chain Hadley & Crouch collapsed into administration yesterday, putting thousands of jobs at risk.
@T 9am is the time administrators were called in (no other outlet gives a different time); 'overnight' is not a clock time
Bosses called in administrators from Garside Lyle Restructuring at 9am after last-ditch talks with lenders broke down overnight.
@E F6
The 137-year-old firm, which opened its first shop in Brinsford in 1889, owes creditors a staggering £148million, including a £38million black hole in its staff pension scheme.
@E F5 F7
Seventeen of its 46 stores will shut within weeks. The other 29 will keep trading while administrators hunt for a buyer.
@E A1
Some 612 workers were told they were being made redundant, roughly 35 per cent of the chain's 2,380-strong workforce.
@E Q2
Joint administrator Ruth Okafor said: "We are confident a buyer can be found for most of the remaining stores, and we will be talking to interested parties from today."
@E F14
Shoppers holding gift cards — worth £4.2million in total — have just 14 days to spend them, until February 18.
@T age 58 and 22 years' service are a person's figures; quote attributed in the same sentence
Sales assistant Maureen Clegg, 58, who has worked at the flagship for 22 years, said: "We found out from the news like everyone else."
@T 180,000sq ft flagship = about 16,700 m2; no other outlet gives its area
The 180,000sq ft Brinsford flagship on Market Street, the chain's biggest store, is among those that will stay open for now.
@T 'five years ago, in 2021' is right for 2026; £31.6million loss and £412million sales agree with the broadcaster's figures for the year to January 2025
Hadley & Crouch was bought by private equity firm Hollin Capital for £95million five years ago, in 2021. It lost £31.6million in its last full year on sales of £412million.
@T 'up to 70 per cent' is a discount, not a share of staff or stores; Monday has no date attached
Closing-down sales at the shops that are shutting begin on Monday, with discounts of up to 70 per cent.
@T online orders: no figures
The chain's website will keep taking orders while the administrators look for a buyer, the company confirmed.
@T 'more than 3,000' is a Facebook group's membership, 'six hours' a duration; neither is a staff or store figure
A Facebook group set up by former staff gained more than 3,000 members in its first six hours.
@T partial quote attributed to Hollin Capital in the same sentence (may draw a note, never a warning)
Hollin Capital said it was "deeply disappointed" by the outcome.
''')

doc("hadley_crouch/nbs_business.txt", "hadley_crouch",
    "NBS News business web copy: broadcaster style, 'about', GMT timestamp", r'''
@T headline, no figures
Hadley & Crouch department store chain falls into administration
@T publication stamp 4 February 2026, 18:42 GMT (no weekday given)
NBS News, Business | 4 February 2026, 18:42 GMT
@E F5 F7
Department store chain Hadley & Crouch has gone into administration, with 612 redundancies announced immediately and 17 of its 46 shops set to close.
@T 'about 2,400' people agrees with 2,380 (tabloid) within rounding; Wednesday morning is 4 February (correct)
The Brinsford-based retailer, which employs about 2,400 people, appointed Garside Lyle Restructuring as administrators on Wednesday morning after failing to agree new borrowing with its lenders.
@E F5 F7
The administrators said 17 stores would close by the end of March and the remaining 31 would continue to trade while a buyer was sought.
@E Q2
Joint administrator Ruth Okafor said: "We are confident a buyer can be found for some of the remaining stores, and we will be talking to interested parties from today."
@E F6
The company owes £143m, according to the administrators, including a pension deficit of £38m. Trade suppliers are owed around £52m.
@N N3
Industry analysts say the chain was hit hard by rising wage and energy costs and by a shift to online shopping that its owners were slow to address.
@T £31.6m loss and £412m revenue are for the year to 31 January 2025; £540m is peak revenue in 2016, a different year
Hadley & Crouch made a pre-tax loss of £31.6m in the year to 31 January 2025, on revenue of £412m, according to its most recent accounts. Its revenue peaked at £540m in 2016.
@T eight stores closed in 2019 is a past event, not the current closures
The retailer last restructured in 2019, when it closed eight stores through a company voluntary arrangement.
@T 14 days agrees with the tabloid; 0330 912 4476 is a phone number
Gift cards will be accepted for the next 14 days, the administrators said, and online orders already placed will be delivered. Customers with questions can call 0330 912 4476.
@T 612 agrees; reported speech, not a quote
The Retail and Distribution Union said it would seek urgent talks with the administrators about redundancy pay for the 612 staff who lost their jobs on Wednesday.
@T £95m purchase in 2021 agrees with the tabloid; 'more than £20m' of later funding is a different sum
Owner Hollin Capital, which bought the chain in 2021 for £95m, said it had put more than £20m of extra funding into the business since then.
''')

doc("hadley_crouch/brinsford_gazette.txt", "hadley_crouch",
    "Brinsford Gazette: local weekly with byline and date, figures spelled out under ten and in words", r'''
@T masthead
Brinsford Gazette
@T issue date Friday 6 February 2026 is correct
Friday 6 February 2026
@T headline, no figures
Hadley & Crouch: what next for the town's oldest store?
@T byline
By Owen Tranter, Business Reporter
@E D1
For 137 years, Hadley & Crouch has been part of life in Brinsford. This week that history was thrown into doubt when the chain went into administration on Tuesday 4 February.
@E F5
Administrators from Garside Lyle Restructuring confirmed that nineteen of the chain's 46 stores will close, and 612 people were made redundant on the first day. The Market Street flagship, which employs 310 people, is not among the closures.
@T 'around 190' head-office redundancies is a part of the 612; 45 is the remaining head-office team
Around 190 of the 612 redundancies were at the company's head office on Kiln Lane, which is being scaled back to a team of 45.
@T reported speech with a short attributed fragment; no competing version of Okafor's quote (may draw a note, never a warning)
Joint administrator Ruth Okafor told the Gazette that the flagship was "trading well" and that several parties had already asked for information.
@N N2
One senior store manager, speaking on condition of anonymity, said staff had been told on the eve of the appointment that the company's lenders had refused to extend its borrowing.
@E F6
The company owes creditors £143 million. That includes a £38 million shortfall in the staff pension scheme, which will now be assessed by the Pension Protection Fund.
@E F14
Customers holding gift cards, thought to be worth about £2.4 million, have until 18 February to use them.
@T short fragment quote attributed to the named MP in the same sentence (may draw a note, never a warning)
Brinsford's MP, Carys Whitlow, said the news was "a hammer blow for hundreds of families" and called on the government to help find a buyer.
@T 8% drop on 2019 levels is footfall, not sales; quote attributed after it ('he said')
Town centre manager Dev Malhotra said footfall on Market Street was already down 8% on 2019 levels. "Nobody wants to see a single shutter come down on this street," he said.
@T 1889 founding agrees with the tabloid and with '137 years' (2026 - 1889); 61 stores is the 1990s peak, not the current 46
The business was founded by draper Samuel Hadley and his partner Edwin Crouch, who opened their first shop on Market Street in 1889. It grew to 61 stores at its peak in the 1990s.
@T phone number
Owen Tranter can be contacted on 01632 960 418.
''')

# ---------------------------------------------------------------------------
# Cluster 3: museum reopening
# ---------------------------------------------------------------------------
doc("harrowby_museum/curio_feature.txt", "harrowby_museum",
    "Curio magazine: long-form feature, numbers in words, pull-quote", r'''
@T issue line June 2026
CURIO | June 2026 | Feature
@T headline
The engine room reawakens
@T 'four and a half years' = November 2021 to May 2026 (correct)
After four and a half years behind hoardings, the Harrowby Museum of Science and Industry has reopened, bigger, brighter and, its director insists, braver. By Nell Ashdown.
@T 'Saturday the ninth of May' is correct for 2026; ten o'clock agrees with 10:00 (newsletter); 'since seven' is the queue, not the opening time
At ten o'clock on the morning of Saturday the ninth of May, the doors of the old Corn Exchange on Wharf Street swung open for the first time since November 2021. Some visitors had been queueing since seven.
@E F9
The refurbishment cost thirty-eight and a half million pounds. Behind the Victorian façade there are now some thirty thousand square feet of new gallery space, much of it carved out of storerooms that had been closed to the public since the museum was founded in 1876.
@E U2
"You walk in and the whole place hums."
@E F10
Of the museum's two hundred and ten thousand objects, nearly four thousand three hundred are now on display, compared with about two thousand one hundred before the closure.
@E Q3
Director Dr Priya Lamont, who has run the museum since 2017, walked me through the new Power Hall, where the 1904 locomotive Harrowby Belle, all thirty-eight tonnes of her, has been restored to working order. "This is a museum that finally looks forward as well as back," she said.
@T 'twelve miles away' is a distance, not a measure of the museum
The new galleries ask what the engines mean now. A climate gallery sets the town's cotton mills beside the wind turbines now made twelve miles away at Skelby.
@T the three sums in words add up: 14 + 9.5 + 15 = 38.5 million; agree with the newsletter's funding bullet
Money came from three sources: fourteen million pounds from the National Heritage Grants Fund, nine and a half million from Harrowby City Council and the remaining fifteen million from trusts and private donors.
@E F8
The museum says more than six thousand people came through the doors on the first day, and it hopes to welcome more than half a million visitors a year within two years.
@T £9.50 is a ticket price, not the council's £9.5m; agrees with the student paper
Admission to the permanent galleries remains free. The first special exhibition, on the history of flight, costs £9.50 for adults.
@T 'a hundred and fifty years ago' fits the 1876 founding (2026 - 150); quotes attributed with 'she said'
Later, by the locomotive, Lamont allowed herself a moment. "A hundred and fifty years ago, people came here to see the future," she said. "I'd like them to do that again."
@T opening hours 10am to 5pm agree with the student paper
Harrowby Museum of Science and Industry, Wharf Street, Harrowby. Open Tuesday to Sunday, 10am to 5pm.
''')

doc("harrowby_museum/harrowby_student.txt", "harrowby_museum",
    "The Harrowby Student: student newspaper with byline and date, digits, conversions in brackets", r'''
@T masthead
THE HARROWBY STUDENT
@T issue date Monday 11 May 2026 is correct
News | Monday 11 May 2026
@T £38.5m agrees with every outlet (magazine gives it in words)
Science museum reopens to crowds after £38.5m makeover
@T byline
By Jess Okonjo, News Editor
@E F8
The Harrowby Museum of Science and Industry reopened on Saturday after a four-and-a-half-year, £38.5m refurbishment, with more than 7,000 visitors passing through its doors on the opening day.
@E D3
The museum, which first opened its doors in 1876, is marking its 140th anniversary this year with a programme of late-night openings, including a silent disco in the Power Hall on Friday 22 May.
@E F9 F10
The revamp has added 2,800 square metres (9,200 sq ft) of gallery space, and the number of objects on display has risen from 2,100 to 3,400.
@E Q3
Museum director Dr Priya Lamont told The Harrowby Student: "This is a museum that finally looks forward instead of back."
@T 14 student placements is not the £14m grant; reported speech
She said the museum had worked with the university's engineering department on several new interactive exhibits, and that 14 students had completed paid placements during the refurbishment.
@N N4
Critics say the £9.50 charge for the museum's first special exhibition will put off the very families the council wants to attract.
@T reported speech by a named councillor; £4 is the under-16 price
Councillor Amir Haddad, the council's cabinet member for culture, defended the price, saying the permanent galleries remain free and that under-16s can see the exhibition for £4.
@T £6.50 vs £9.50 is 31.6% off, consistent with 'nearly a third'
Student tickets cost £6.50 with a valid student card, nearly a third off the adult price, the museum says.
@T 7am is when the queue formed, not the 10am opening; 1,800 is the building's safe capacity, not a visitor count
Visitors queued along Wharf Street from 7am on Saturday, and the museum briefly stopped admitting people at lunchtime when the building reached its safe capacity of 1,800.
@T 1904 and 'Harrowby Belle' agree with the other outlets; no figures compared
The new Power Hall is home to the restored 1904 locomotive Harrowby Belle, the museum's best-known exhibit.
@T Wednesday 27 May 2026 is correct; 2pm is a meeting time
The university's history society is running a free guided visit on Wednesday 27 May, leaving the Students' Union at 2pm.
@T opening hours agree with the magazine
The museum is open Tuesday to Sunday from 10am until 5pm.
''')

doc("harrowby_museum/collections_weekly.md", "harrowby_museum",
    "Collections Weekly: museum-sector newsletter in Markdown, 'At a glance' bullets, SI units", r'''
@T masthead
# Collections Weekly

@T Friday 15 May 2026 is correct; No. 238 is an issue number
**Friday 15 May 2026 · No. 238**

@T £38.5m agrees everywhere
## Harrowby reopens after £38.5m redevelopment

@T 10:00 on Saturday 9 May agrees with 'ten o'clock' (magazine) and the date is a Saturday
The Harrowby Museum of Science and Industry reopened to the public at 10:00 on Saturday 9 May, after closing in November 2021 for a capital project costing £38.5 million.

@T label heading
**At a glance**

@T parts sum to the total: 14 + 9.5 + 15 = 38.5; £9.5m is not the £9.50 ticket
- Funding: National Heritage Grants Fund £14m; Harrowby City Council £9.5m; trusts and donors £15m
@E F9
- New gallery space: 2,800 m² across three floors
@E F10
- Objects on display: 3,400 (previously 2,100), from a collection of 210,000
@E F8
- First-day visitors: 6,350
@T 85 staff and 120 volunteers are separate counts
- Staff: 85 (plus 120 volunteers)

@E A2
Visitor numbers before the closure peaked at 412,000 in 2019. The museum's business plan sets a target of 550,000 visits a year by 2028, an increase of almost 50 per cent.

@N N5
Director Dr Priya Lamont told *Collections Weekly* that the project had "allowed [the museum] to tell the story of industry through the people who worked in it, not just the machines."

@T 38 tonnes is the locomotive's weight (agrees with the magazine); £1.2 million and 19 months are the restoration's own cost and duration, parts of the project
The 1904 locomotive *Harrowby Belle*, which weighs 38 tonnes, was moved into the new Power Hall on a temporary rail track over two nights in March. Its restoration alone cost £1.2 million and took 19 months.

@T original budget £35.9m + overrun 'about £2.6m' = £38.5m outturn (budget vs outcome, not a conflict)
The project came in four months late and about £2.6 million over its original budget of £35.9 million, according to council papers.

@T 11,900 is the whole weekend (Saturday and Sunday), of which the 6,350 first-day visitors are a part; 'about a quarter' is a share of first-day visitors; 'since 2017' agrees with the magazine
Lamont, who has led the museum since 2017, said the reopening weekend had drawn 11,900 visitors across Saturday and Sunday combined, and that about a quarter of first-day visitors were under 16.

@T 1876 agrees with the founding year everywhere; Grade II is a listing grade, not a quantity
The Corn Exchange building, which the museum has occupied since 1876, is Grade II listed.

@T correct anniversary: 1876 + 150 = 2026
The museum was founded in 1876 and celebrates its 150th anniversary this year. Lamont said a programme of anniversary events would run until December.

@T forward-looking line; 'first quarter of 2026' is a period, not a quantity
*Next week: museum admissions across the region in the first quarter of 2026.*

@T reference number and a salary range, not quantities to compare
*Jobs: Harrowby is recruiting a collections manager (ref. HMSI-2026-014), salary £38,200–£41,500.*
''')

# ---------------------------------------------------------------------------
# Stand-alone documents
# ---------------------------------------------------------------------------
doc("standalone/ashcombe_chess_review.md", "standalone",
    "Ashcombe Chess Club season review: Markdown table, label lines, Markdown footnotes", r'''
@T title; 2025–26 is a season, not a range of quantities
# Ashcombe Chess Club — Season Review 2025–26

@T label line with a name
Club secretary: Rhiannon Price
@T 41 + 23 = 64 (part/total consistent)
Members: 64 (41 adults, 23 juniors)
@T club night time 7.30pm, no date
Club nights: Tuesdays, 7.30pm, Ashcombe Methodist Hall
@T two different prices for two groups
Annual subscription: £45 adults, £15 juniors
@T founding year 1951 (used for the correct 75th anniversary below)
Founded: 1951

@T heading
## League results

@T table header
| Team | League | P | W | D | L | Pts | Position |
@T table rule
|---|---|---|---|---|---|---|---|
@T 14+5+3 = 22 played; 2x14 + 5 = 33 points; 'Division 1' is a name
| First team | Vale League Division 1 | 22 | 14 | 5 | 3 | 33 | 1st |
@E F11
| Second team | Vale League Division 3 | 18 | 8 | 4 | 6 | 20 | 4th |
@T 7+1+2 = 10; 2x7 + 1 = 15
| Juniors | County Junior League | 10 | 7 | 1 | 2 | 15 | 2nd |

@E A3
What a season. The first team won 14 of its 22 league matches, a 71 per cent win rate, and took the Division 1 title for the first time since 1998, finishing three points clear of Kingsbrook.

@E F11
The second team's 26 points left them fourth in Division 3, a respectable return for a side that fielded 31 different players over the season.

@T 'two of their ten' matches the juniors' row; 6½ from 7 is a tournament score; age eleven
Our juniors were runners-up in the County Junior League, losing only two of their ten matches. Eleven-year-old Tobias Lin won the under-12 county championship with 6½ points from 7 games.

@T 2,214 - 2,168 = 46 (correct); 16 points from 20 games is an individual score, not the team's 33
Top scorer for the first team was Marek Zielinski, with 16 points from 20 games. His FIDE rating rose from 2,168 to 2,214 over the season, a gain of 46 points.

@T 64 / 57 = +12.3%, consistent with 'about 12 per cent'; 23 juniors agrees with the label line; marker [^1] has a definition
Membership is up from 57 last season to 64, an increase of about 12 per cent, and 23 of our members are now juniors.[^1]

@T quote attributed before and after ('said ... she said'); forty people and twelve boards are capacity figures
Rhiannon Price said the club's biggest challenge was space. "On a busy Tuesday we have forty people and twelve boards' worth of room," she said.

@T correct anniversary: 1951 + 75 = 2026; Saturday 12 September 2026 is correct
The club turns 75 this year, having been founded in 1951, and a celebration rapidplay is planned for Saturday 12 September 2026.

@T Thursday 21 May 2026 is correct
The AGM will be held on Thursday 21 May 2026 at 7.30pm in the Methodist Hall, and all members are welcome to attend.

@T footnote 1 is used (marker on the membership line); 1 September 2025 is a cut-off date
[^1]: Junior figures include members aged under 18 on 1 September 2025.
@N N7
[^2]: Results for the Vale League are as published by the league's results secretary on 30 April 2026.
''')

doc("standalone/fellmoor_governors_bulletin.txt", "standalone",
    "Fellmoor Community College governors' bulletin: plain text, capitalised section heads, label lines", r'''
@T masthead
FELLMOOR COMMUNITY COLLEGE
@T title; 2026 is a year
GOVERNORS' BULLETIN - SPRING TERM 2026
@T Friday 27 March 2026 is correct
Issued: Friday 27 March 2026

@T label line with a name
Chair of governors: Dr Helen Osei
@T label line with a name
Headteacher: Mark Reddaway
@T 214 sixth-formers are a part of the 1,186 on roll
Students on roll: 1,186 (including 214 in the sixth form)
@E F12
Attendance, autumn term 2025: 93.1%
@T 17.8% agrees with the prose below; 20.0% is the national average, a different subject
Persistent absence, autumn term 2025: 17.8% (national average 20.0%)
@E D4
Next full board meeting: Wednesday 16 June 2026, 6pm

@T section head
FROM THE CHAIR
@T Tuesday 10 March 2026 is correct; 81 per cent of £7.84m is a share of the budget; £2.3m is a separate bid; 1970s is a decade
The full governing board met on Tuesday 10 March 2026 and approved the college's budget for 2026-27 of £7.84 million, of which about 81 per cent will be spent on staffing. Governors also agreed to submit a £2.3 million bid to the Department for Education's condition improvement fund to replace the 1970s science block.

@T section head
ATTENDANCE
@E F12
Attendance across the autumn term was 95.1%, up from 92.4% in the same term of 2024. Persistent absence, meaning students who miss 10% or more of sessions, fell from 19.6% to 17.8%. The headteacher told governors that the new morning mentoring scheme had made a clear difference, particularly in Years 9 and 10.

@T section head
EXAMINATIONS
@T 68% vs 64% are two different years; 'four percentage points' is right
Last summer 68% of Year 11 students achieved grade 4 or above in both English and maths, up four percentage points on the 64% recorded the year before.
@T 148 and 163 are different years (2024 and 2025 leavers); no percentage stated
The number of Year 13 leavers securing a university place or apprenticeship rose from 148 to 163.

@T section head
IN THEIR WORDS
@E U3
"The Saturday revision sessions gave my daughter the confidence to walk into her mocks without panicking."

@T section head
BUILDINGS
@T Monday 13 July and Wednesday 2 September 2026 are correct; £400,000 grant is part of the £640,000 cost
Work on the new all-weather sports pitch will begin on Monday 13 July 2026 and is due to finish before the autumn term starts on Wednesday 2 September. The pitch will cost £640,000, of which £400,000 is a grant from the Fellmoor Sports Trust and the rest comes from college reserves.

@T section head
GOLDEN JUBILEE
@T correct anniversary: opened 1976, 50th in 2026; Friday 10 July 2026 is correct
The college opened in September 1976, and our 50th anniversary celebration will take place on Friday 10 July 2026. Former students and staff are welcome; tickets are free but must be booked.

@T contact line with a phone number
Clerk to the governors: Joanna Birch, 01632 960 775, clerk@fellmoor.example.org
''')

doc("standalone/westmarch_food_inspectorate.txt", "standalone",
    "Westmarch Food Standards Inspectorate annual report: key-figure label lines, numbered sections, [n] markers, Notes", r'''
@T masthead
WESTMARCH FOOD STANDARDS INSPECTORATE
@T title; 2025-26 is a reporting year
Annual Report on Food Hygiene Inspections, 2025-26
@T report reference and publication date, not quantities
Report ref. WFSI/AR/2026/03 | Published: 11 June 2026

@T period label: two dates
Key figures (1 April 2025 to 31 March 2026)
@T 6,940 registered businesses is a different measure from 4,815 inspections
Registered food businesses: 6,940
@T 4,815 agrees with the summary prose
Inspections completed: 4,815
@T 4,140 / 4,815 = 86.0% (correct)
Rated 4 or 5 (good or very good): 4,140 (86%)
@E F13
Rated 0 or 1 (urgent or major improvement necessary): 212 (4.4%)
@T 97 notices agrees with section 2
Hygiene improvement notices served: 97
@T 6 prosecutions agrees with 'Six prosecutions' in section 2
Prosecutions concluded: 6

@T section heading; '1.' is a section number, not a note
1. Summary
@T 4,815 / 4,390 = +9.7% (correct); 2024-25 is the previous year; 'five additional inspectors' agrees with note 2
Inspectors completed 4,815 inspections in 2025-26, up from 4,390 in 2024-25, an increase of 9.7%.[1] The rise reflects the recruitment of five additional inspectors in the first half of the year.[2]
@E FN1
Standards remain high overall. Most businesses inspected were rated 4 or 5, and the share rated 5 alone rose to 71%.[3]

@T section heading
2. Poorly performing premises
@E F13
Around 150 premises were rated 0 or 1 at their most recent inspection, most of them takeaways and small restaurants.
@E FN1
Inspectors served 97 hygiene improvement notices and closed 14 premises temporarily under emergency prohibition powers.[5] Six prosecutions were concluded, resulting in fines totalling £186,400.
@T 58 / 620 = 9.4% (correct); allergen checks are a subset, not the 4,815 inspections
Allergen checks were carried out at 620 premises; 58 of them, or 9.4%, could not give accurate allergen information to customers on request.

@T section heading
3. Resources
@E FN2
The inspectorate had 38 full-time equivalent inspectors at 31 March 2026, against an establishment of 42.[6] The average time from registration to first inspection was 11 weeks, against a target of eight weeks.[7]
@T 'four inspectors short' = 42 - 38 (correct); the forecast for 2026-27 is not an outturn
The chief inspector, Alison Treharne, said the inspectorate remained four inspectors short and expected to complete about 5,000 inspections in 2026-27.

@T notes heading
Notes
@T note 1 (used); the cited report reference is not a quantity
1. Figures for 2024-25 are from the inspectorate's annual report for that year (WFSI/AR/2025/02).
@T note 2 (used); May and September 2025 are dates
2. Five inspectors were recruited between May and September 2025.
@E FN1
3. Ratings are those in force on 31 March 2026, including re-visits requested by businesses.
@E FN1
5. Emergency prohibition notices are issued under Regulation 8 of the Food Hygiene Regulations.
@T note 6 (used)
6. The establishment is that set in the 2025-26 workforce plan.
''')

# ---------------------------------------------------------------------------
# Findings (locations come from the @E annotations) and notes
# ---------------------------------------------------------------------------
# checks:
#  conflict:  values = [(file, literal, lo, hi)]  interval of what the text states; >= 2 disjoint needed
#  arith:     literal(s), actual value, stated interval -> actual must lie outside
#  weekday:   (file, literal, 'YYYY-MM-DD', stated weekday) -> must not match
#  anniv:     (file, literal, founded, n, year) -> founded + n != year
#  times:     [(file, literal, 'HH:MM')] -> must differ
#  quote:     [(file, literal)] two literals that differ
#  unattr:    (file, literal) line has no speech verb
#  footnote:  structural check in validate.py
FINDINGS = [
    dict(id="F1", rules=["numeric-conflict"],
         what="containers knocked into the dock by the falling boom: nine (wire) and 9 (newsletter) vs 19 (live page, wrong digit)",
         check=("conflict", [("meridian_wire.txt", "nine containers", 8.5, 9.5),
                             ("quayside_weekly.md", "dock: 9", 8.5, 9.5),
                             ("ktv_live.txt", "19 containers", 18.5, 19.5)])),
    dict(id="F2", rules=["numeric-conflict"],
         what="peak gust at 06:30: 58 mph (93 km/h) in the wire and 93 km/h in the newsletter vs '58mph (73km/h)' on the live page (wrong conversion: 58 mph is 93 km/h)",
         check=("conflict", [("meridian_wire.txt", "(93 km/h)", 92.5, 93.5),
                             ("quayside_weekly.md", "93 km/h", 92.5, 93.5),
                             ("ktv_live.txt", "(73km/h)", 72.5, 73.5)])),
    dict(id="F3", rules=["numeric-conflict"],
         what="vessels diverted: six (wire) and 'Vessels diverted: 6' (newsletter key figures) vs 'four vessels' later in the same newsletter (within-document)",
         check=("conflict", [("meridian_wire.txt", "Six inbound vessels", 5.5, 6.5),
                             ("quayside_weekly.md", "Vessels diverted: 6", 5.5, 6.5),
                             ("quayside_weekly.md", "four vessels", 3.5, 4.5)])),
    dict(id="F4", rules=["numeric-conflict"],
         what="insurer's preliminary damage estimate: £27 million (wire, live page) vs £72 million (newsletter, transposed digits)",
         check=("conflict", [("meridian_wire.txt", "£27 million", 26.5, 27.5),
                             ("ktv_live.txt", "£27m", 26.5, 27.5),
                             ("quayside_weekly.md", "£72 million", 71.5, 72.5)])),
    dict(id="F5", rules=["numeric-conflict"],
         what="stores to close: seventeen/17 (tabloid, broadcaster) vs 'nineteen' (Gazette, figure in words)",
         check=("conflict", [("daily_clarion.txt", "Seventeen of its 46", 16.5, 17.5),
                             ("nbs_business.txt", "17 of its 46", 16.5, 17.5),
                             ("nbs_business.txt", "17 stores would close", 16.5, 17.5),
                             ("brinsford_gazette.txt", "nineteen of the chain's 46", 18.5, 19.5)])),
    dict(id="F6", rules=["numeric-conflict"],
         what="total owed to creditors: £143m (broadcaster, Gazette) vs £148million (tabloid, wrong digit); the £38m pension deficit inside it agrees everywhere",
         check=("conflict", [("nbs_business.txt", "owes £143m", 142.5, 143.5),
                             ("brinsford_gazette.txt", "owes creditors £143 million", 142.5, 143.5),
                             ("daily_clarion.txt", "£148million", 147.5, 148.5)])),
    dict(id="F7", rules=["numeric-conflict", "numeric-arithmetic"],
         what="stores that keep trading: 29 (tabloid; 17 + 29 = 46) vs 'the remaining 31' (broadcaster; 17 + 31 = 48, a wrong total against its own '17 of its 46')",
         check=("conflict", [("daily_clarion.txt", "The other 29", 28.5, 29.5),
                             ("nbs_business.txt", "remaining 31", 30.5, 31.5)])),
    dict(id="F8", rules=["numeric-conflict"],
         what="first-day visitors: 6,350 (newsletter) and 'more than six thousand' (magazine) vs 'more than 7,000' (student paper, rounded too far)",
         check=("conflict", [("collections_weekly.md", "First-day visitors: 6,350", 6349.5, 6350.5),
                             ("curio_feature.txt", "more than six thousand", 6000, 1e12),
                             ("harrowby_student.txt", "more than 7,000", 7000, 1e12)])),
    dict(id="F9", rules=["numeric-conflict"],
         what="new gallery space: 2,800 m² (newsletter) = about 30,100 sq ft ('some thirty thousand square feet', magazine) vs '2,800 square metres (9,200 sq ft)' (student paper, converted with feet instead of square feet)",
         check=("conflict", [("collections_weekly.md", "2,800 m²", 2750 * 10.7639, 2850 * 10.7639),
                             ("curio_feature.txt", "some thirty thousand square feet", 27000, 33000),
                             ("harrowby_student.txt", "(9,200 sq ft)", 9150, 9250)])),
    dict(id="F10", rules=["numeric-conflict"],
         what="objects now on display: 3,400 (newsletter, student paper) vs 'nearly four thousand three hundred' (magazine, in words)",
         check=("conflict", [("collections_weekly.md", "Objects on display: 3,400", 3399.5, 3400.5),
                             ("harrowby_student.txt", "from 2,100 to 3,400", 3399.5, 3400.5),
                             ("curio_feature.txt", "nearly four thousand three hundred", 3870, 4300)])),
    dict(id="F11", rules=["numeric-conflict"],
         what="second team's league points: 20 in the table vs '26 points' in the text (within-document, table vs prose)",
         check=("conflict", [("ashcombe_chess_review.md", "| 6 | 20 |", 19.5, 20.5),
                             ("ashcombe_chess_review.md", "26 points", 25.5, 26.5)])),
    dict(id="F12", rules=["numeric-conflict"],
         what="autumn-term 2025 attendance: 93.1% in the label line vs 95.1% in the Attendance section (within-document, wrong digit)",
         check=("conflict", [("fellmoor_governors_bulletin.txt", "autumn term 2025: 93.1%", 93.05, 93.15),
                             ("fellmoor_governors_bulletin.txt", "was 95.1%", 95.05, 95.15)])),
    dict(id="F13", rules=["numeric-conflict"],
         what="premises rated 0 or 1 in 2025-26: 212 in the key figures vs 'Around 150' in section 2 (within-document, rounded too far: ±10% of 150 is 135-165)",
         check=("conflict", [("westmarch_food_inspectorate.txt", "): 212 (4.4%)", 211.5, 212.5),
                             ("westmarch_food_inspectorate.txt", "Around 150 premises", 135, 165)])),
    dict(id="F14", rules=["numeric-conflict"],
         what="value of outstanding gift cards: £4.2million (tabloid) vs 'about £2.4 million' (Gazette, transposed digits)",
         check=("conflict", [("daily_clarion.txt", "£4.2million", 4.15, 4.25),
                             ("brinsford_gazette.txt", "about £2.4 million", 2.16, 2.64)])),
    dict(id="A1", rules=["numeric-arithmetic"],
         what="612 redundancies of a 2,380 workforce is 25.7%, not 'roughly 35 per cent'",
         check=("arith", ["612 workers", "roughly 35 per cent", "2,380-strong"], 612 / 2380 * 100, (31.5, 38.5))),
    dict(id="A2", rules=["numeric-arithmetic"],
         what="412,000 (2019 peak) to a 550,000 target is an increase of 33.5%, not 'almost 50 per cent'",
         check=("arith", ["412,000", "550,000", "almost 50 per cent"], (550000 / 412000 - 1) * 100, (45, 50))),
    dict(id="A3", rules=["numeric-arithmetic"],
         what="14 wins from 22 matches is a 63.6% win rate, not '71 per cent'",
         check=("arith", ["14 of its 22", "71 per cent"], 14 / 22 * 100, (70.5, 71.5))),
    dict(id="D1", rules=["date-inconsistency"],
         what="'Tuesday 4 February' — 4 February 2026 is a Wednesday (the broadcaster says Wednesday; the tabloid's 'yesterday' on 5 Feb)",
         check=("weekday", "brinsford_gazette.txt", "Tuesday 4 February", "2026-02-04", "Tuesday")),
    dict(id="D2", rules=["date-inconsistency"],
         what="time of the collapse: about 6.40am (wire) and 06:40 (newsletter) vs 06:04 (live page)",
         check=("times", [("meridian_wire.txt", "about 6.40am", "06:40"),
                          ("quayside_weekly.md", "06:40 on Tuesday 17 March", "06:40"),
                          ("ktv_live.txt", "came down at 06:04", "06:04")])),
    dict(id="D3", rules=["date-inconsistency"],
         what="first opened in 1876 but 'marking its 140th anniversary' in 2026 — it is the 150th (the newsletter says so)",
         check=("anniv", "harrowby_student.txt", "1876, is marking its 140th anniversary", 1876, 140, 2026)),
    dict(id="D4", rules=["date-inconsistency"],
         what="'Wednesday 16 June 2026' — 16 June 2026 is a Tuesday",
         check=("weekday", "fellmoor_governors_bulletin.txt", "Wednesday 16 June 2026", "2026-06-16", "Wednesday")),
    dict(id="Q1", rules=["quote-conflict"],
         what="Martin Kealy: 'concerns about the brakes on this crane' (wire) vs 'concerns about the cables on this crane' (live page)",
         check=("quote", [("meridian_wire.txt", "We raised concerns about the brakes on this crane last year"),
                          ("ktv_live.txt", "We raised concerns about the cables on this crane last year")])),
    dict(id="Q2", rules=["quote-conflict"],
         what="Ruth Okafor: a buyer 'for most of the remaining stores' (tabloid) vs 'for some of the remaining stores' (broadcaster)",
         check=("quote", [("daily_clarion.txt", "We are confident a buyer can be found for most of the remaining stores"),
                          ("nbs_business.txt", "We are confident a buyer can be found for some of the remaining stores")])),
    dict(id="Q3", rules=["quote-conflict"],
         what="Priya Lamont: 'looks forward as well as back' (magazine) vs 'looks forward instead of back' (student paper)",
         check=("quote", [("curio_feature.txt", "This is a museum that finally looks forward as well as back"),
                          ("harrowby_student.txt", "This is a museum that finally looks forward instead of back")])),
    dict(id="U1", rules=["unattributed-quote"],
         what="Markdown block-quote pull-quote with no speaker anywhere in the newsletter",
         check=("unattr", "quayside_weekly.md", "Every terminal operator in the country")),
    dict(id="U2", rules=["unattributed-quote"],
         what="pull-quote line in the feature with no speaker (not a line Lamont is quoted saying)",
         check=("unattr", "curio_feature.txt", "You walk in and the whole place hums")),
    dict(id="U3", rules=["unattributed-quote"],
         what="parent testimonial under 'IN THEIR WORDS' with no speaker named anywhere",
         check=("unattr", "fellmoor_governors_bulletin.txt", "The Saturday revision sessions")),
    dict(id="FN1", rules=["footnote-gap"],
         what="markers and notes run 1, 2, 3, 5, 6: number 4 is missing from both (lines of marker/note 3 and 5)",
         check=("footnote", "westmarch_food_inspectorate.txt", "gap", 4)),
    dict(id="FN2", rules=["footnote-undefined"],
         what="marker [7] has no entry in the Notes section (notes end at 6)",
         check=("footnote", "westmarch_food_inspectorate.txt", "undefined", 7)),
    dict(id="FN3", rules=["footnote-no-notes"],
         what="Markdown footnote markers [^1] and [^2] with no footnote definitions or notes section anywhere in the document",
         check=("footnote", "quayside_weekly.md", "no-notes", None)),
]

NOTES = [
    dict(id="N1", rules=["anonymous-source"], what="'A port employee who asked not to be named'"),
    dict(id="N2", rules=["anonymous-source"], what="'One senior store manager, speaking on condition of anonymity'"),
    dict(id="N3", rules=["vague-source"], what="'Industry analysts say'"),
    dict(id="N4", rules=["vague-source"], what="'Critics say'"),
    dict(id="N5", rules=["quote-altered"], what="editorial brackets '[the museum]' inside Lamont's quote"),
    dict(id="N6", rules=["quote-altered"], what="ellipsis '...' inside Drummond's quote (the wire has the full version, so not a quote-conflict)"),
    dict(id="N7", rules=["footnote-unused"], what="note [^2] is defined but no marker uses it"),
]

# traps that may legitimately draw a low-severity note (never a warning): excluded from must_not
MAY_NOTE = [
    ("daily_clarion.txt", "deeply disappointed"),
    ("brinsford_gazette.txt", "trading well"),
    ("brinsford_gazette.txt", "a hammer blow"),
]

# arithmetic / conversion facts that traps rely on: (description, value, lo, hi) -> lo <= value <= hi
TRAP_ARITH = [
    ("82 m = 269 ft", 82 * 3.28084, 268.5, 269.5),
    ("93 km/h = 58 mph", 93 / 1.609344, 57.5, 58.5),
    ("72 km/h = 45 mph", 72 / 1.609344, 44.5, 45.5),
    ("93 km/h = about 26 m/s", 93 / 3.6, 25.5, 26.5),
    ("40% = two-fifths", 2 / 5 * 100, 39.5, 40.5),
    ("17 + 29 stores = 46", 17 + 29, 46, 46),
    ("2,380 staff is 'about 2,400' (±10%)", 2380, 2400 * 0.9, 2400 * 1.1),
    ("2026 - 1889 = 137 years", 2026 - 1889, 137, 137),
    ("2021 is five years before 2026", 2026 - 2021, 5, 5),
    ("4 Feb + 14 days = 18 Feb", 4 + 14, 18, 18),
    ("180,000 sq ft is about 16,700 m2", 180000 * 0.092903, 16650, 16750),
    ("Nov 2021 to May 2026 = 4.5 years", (2026 * 12 + 5 - (2021 * 12 + 11)) / 12, 4.5, 4.5),
    ("14 + 9.5 + 15 = 38.5 (£m)", 14 + 9.5 + 15, 38.5, 38.5),
    ("2,800 m2 is 'some thirty thousand' sq ft (±10%)", 2800 * 10.7639, 27000, 33000),
    ("6,350 is 'more than six thousand'", 6350, 6000.001, 1e12),
    ("550,000 target is 'more than half a million'", 550000, 500000.001, 1e12),
    ("2026 - 150 = 1876", 2026 - 150, 1876, 1876),
    ("1876 + 150 = 2026", 1876 + 150, 2026, 2026),
    ("£6.50 vs £9.50 is 31.6% off ('nearly a third' = 30-33.3%)", (1 - 6.5 / 9.5) * 100, 30, 33.34),
    ("35.9 + about 2.6 = 38.5 (£m)", 35.9 + 2.6, 38.5, 38.5),
    ("41 + 23 members = 64", 41 + 23, 64, 64),
    ("first team 14+5+3 = 22 played", 14 + 5 + 3, 22, 22),
    ("first team 2x14 + 5 = 33 points", 2 * 14 + 5, 33, 33),
    ("second team 8+4+6 = 18 played", 8 + 4 + 6, 18, 18),
    ("second team 2x8 + 4 = 20 points (table)", 2 * 8 + 4, 20, 20),
    ("juniors 7+1+2 = 10 played", 7 + 1 + 2, 10, 10),
    ("juniors 2x7 + 1 = 15 points", 2 * 7 + 1, 15, 15),
    ("2,214 - 2,168 = 46 rating points", 2214 - 2168, 46, 46),
    ("57 to 64 members is about 12% (±10%)", (64 / 57 - 1) * 100, 12 * 0.9, 12 * 1.1),
    ("1951 + 75 = 2026", 1951 + 75, 2026, 2026),
    ("1976 + 50 = 2026", 1976 + 50, 2026, 2026),
    ("68% - 64% = four percentage points", 68 - 64, 4, 4),
    ("4,140 / 4,815 = 86%", 4140 / 4815 * 100, 85.5, 86.5),
    ("212 / 4,815 = 4.4%", 212 / 4815 * 100, 4.35, 4.45),
    ("4,815 / 4,390 = +9.7%", (4815 / 4390 - 1) * 100, 9.65, 9.75),
    ("58 / 620 = 9.4%", 58 / 620 * 100, 9.35, 9.45),
    ("42 - 38 = four inspectors short", 42 - 38, 4, 4),
]

# true figures per event, for the README
FACTS = {
    "kelmouth_crane": [
        "STS-11 ship-to-shore crane at Quay 7, Brennan Container Terminal, collapsed at 06:40 on Tuesday 17 March 2026",
        "crane 82 m (269 ft) tall, 1,450 tonnes, commissioned 1998; 11 other cranes stopped; reopening Friday 20 March with six cranes",
        "nine containers into the dock; two injured (operator, 47, broken leg; lashing worker, 29, treated at scene); about 140 evacuated",
        "peak gust 58 mph = 93 km/h (about 26 m/s) at 06:30; stop-work limit 45 mph = 72 km/h",
        "six vessels diverted; damage estimate £27m; replacement crane about £12m, up to 18 months",
        "Quay 7 about 40% (two-fifths) of traffic; port handled 1.9 million TEU in 2025",
    ],
    "hadley_crouch": [
        "administrators (Garside Lyle Restructuring) appointed Wednesday 4 February 2026",
        "46 stores: 17 close, 29 keep trading; 612 redundancies of 2,380 staff (25.7%); about 190 at head office",
        "debts £143m incl. £38m pension deficit; suppliers owed around £52m; gift cards £4.2m, honoured 14 days to 18 February",
        "founded 1889 (137 years); loss £31.6m on revenue £412m in the year to January 2025; bought by Hollin Capital for £95m in 2021",
    ],
    "harrowby_museum": [
        "reopened 10:00 Saturday 9 May 2026 after closing in November 2021 (four and a half years); founded 1876, 150th anniversary",
        "cost £38.5m = £14m grant + £9.5m council + £15m donors; original budget £35.9m",
        "2,800 m² (about 30,100 sq ft) of new gallery space; 3,400 objects on display (was 2,100) of 210,000",
        "6,350 first-day visitors; 412,000 visits in 2019; target 550,000 by 2028 (+33.5%)",
    ],
    "standalone": [
        "chess club: first team P22 W14 D5 L3 Pts33 (63.6% wins); second team 20 points; members 64 (57 last season)",
        "governors' bulletin: autumn-term attendance 93.1%; next board meeting Tuesday 16 June 2026",
        "food inspectorate: 4,815 inspections; 212 premises rated 0 or 1; notes 1, 2, 3, 5, 6; markers 1-3, 5-7",
    ],
}
