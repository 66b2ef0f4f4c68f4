from common import P, L, E, add

# ---------------------------------------------------------------- u43-09 (scraped radio page, no event: denial)
t09 = """RADIO DERWENT 96.1 — Hobart's News and Talk
LISTEN LIVE ▶  |  News  |  Sport  |  Breakfast with Jules & Tom  |  Podcasts  |  Win  |  Contact
Hobart 11°C, shower or two | Wind NW 30 km/h | Tides: high 8:41am

LOCAL NEWS  ·  Monday 14 August 2023  ·  1:32pm

Hobart boatbuilder denies Philippine Navy patrol boat deal

A Hobart aluminium boatbuilder says it has not signed any contract to build patrol boats for the Philippine Navy, after a Manila newspaper reported over the weekend that a deal for 12 fast patrol craft was all but done.

Derwent Alloy Marine's managing director, Glenn Priestley, told Radio Derwent this morning the report was "simply wrong".

"We have not signed anything, we have not tendered for anything, and nobody from this company has held talks with the Philippine Navy," Mr Priestley said. "I'd love to know where they got it from."

The Manila report, which quoted an unnamed navy official, said the Tasmanian firm had been chosen to supply the boats and that the first would be delivered next year.

Mr Priestley said the company had never built a military vessel and had no plans to. Its order book is made up of passenger ferries and aquaculture work boats, including two ferries for a Sydney operator due to be launched before Christmas.

The company has not applied for a defence export permit, and the state government said it had not been approached about any such deal.

"It's flattering to be mentioned, but our focus is on ferries and the salmon industry," Mr Priestley said.

The yard in Prince of Wales Bay employs about 140 people. The Philippine embassy in Canberra did not respond to a request for comment.

Listen to the full interview on Breakfast with Jules & Tom, available on our podcast page.

MORE LOCAL NEWS
› Macquarie Point stadium vote delayed again
› Bridgewater Bridge traffic switch this weekend
› Navy frigate to visit Hobart for Remembrance Day
› Salmon farm expansion in Storm Bay approved

Share this story  f  𝕏  ✉
© 2023 Radio Derwent Pty Ltd · ABN 00 000 000 000 · Privacy · Complaints · Terms of use
"""

add("u43-09", "https://radioderwent.example/news/local/hobart-boatbuilder-denies-philippine-navy-deal",
    "Hobart boatbuilder denies Philippine Navy patrol boat deal", "2023-08-14",
    "Radio Derwent 96.1", t09, [], "scraped")

# ---------------------------------------------------------------- u43-10 (scraped, published null: date line)
t10 = """SUTHERLAND & CAITHNESS COURIER
Home > News > Local
News  Sport  Farming  Community  Family Notices  Jobs  Contact
Tuesday, 4 October 2022

Warships back off the north coast as Joint Warrior gets under way

By Calum MacRae

FISHERMEN and ferry passengers along the north and west coasts are being asked to keep an eye on notices to mariners over the next fortnight, as one of Europe's largest military exercises returns to Highland waters.

Joint Warrior, which the UK hosts twice a year, began on Sunday and runs until October 13. More than 30 ships, along with submarines and around 80 aircraft, are taking part, the Ministry of Defence said.

Warships from the Royal Navy, the US Navy, the Royal Norwegian Navy, the German Navy, the Royal Netherlands Navy and the Royal Canadian Navy are among those operating in the Minches and off Cape Wrath, where the range will be used for live naval gunfire and bombing on several days.

Firing at Cape Wrath is scheduled for Thursday and Friday this week and for three days next week. The range will be closed to walkers, and the Kyle of Durness ferry will not run on firing days.

Durness community councillor Ishbel Mackay said residents were used to the exercise but that the low-flying jets had "rattled a few windows and a few nerves" on Monday. "The pipers in the village hall had to stop practice twice," she said.

The Scottish Fishermen's Federation said it had been in touch with the Ministry of Defence about the areas to be closed, and that boats working out of Kinlochbervie and Lochinver had been given the firing times in advance.

The Norwegian frigate HNoMS Thor Heyerdahl is due to berth at Invergordon on Saturday, and Highland Council's depute convener, Councillor Morag Fraser, will welcome its crew at a civic reception in the town that evening.

"We always enjoy having our Norwegian neighbours visit. There is a lot of shared history across the North Sea," Cllr Fraser said.

Residents with concerns about low flying can contact the MoD's low flying complaints line on 0300 123 0000 (opening hours 9am–5pm).

Comments (3)
Donnie R: Been like this every spring and autumn for 20 years. Good for the B&Bs.
HighlandLass: My dog disagrees.
J. Sutherland: Any chance the Norwegians could fix the Kylesku road while they're here?

Also in the news
· Dornoch Academy wins national science prize
· Helmsdale harbour repairs to start in November
· A9 dualling: Tomatin section opens
· Local seafood exporter warns of rising freight costs

© Sutherland & Caithness Courier. Registered in Scotland. | Cookie settings
"""

add("u43-10", "https://sutherlandcourier.example/news/local/warships-back-off-north-coast-joint-warrior",
    "Warships back off the north coast as Joint Warrior gets under way", None,
    "Sutherland & Caithness Courier", t10, [
    E("EXERCISE", "occurred", [
        P("Royal Navy", "organisation", "GBR"),
        P("US Navy", "organisation", "USA"),
        P("Royal Norwegian Navy", "organisation", "NOR"),
        P("German Navy", "organisation", "DEU"),
        P("Royal Netherlands Navy", "organisation", "NLD"),
        P("Royal Canadian Navy", "organisation", "CAN")],
      "2022-10", L("the Minches and off Cape Wrath", "GBR"), None,
      "Warships from the Royal Navy, the US Navy, the Royal Norwegian Navy, the German Navy, the Royal Netherlands Navy and the Royal Canadian Navy are among those operating in the Minches and off Cape Wrath, where the range will be used for live naval gunfire and bombing on several days."),
    E("MEET", "planned", [
        P("HNoMS Thor Heyerdahl", "organisation", "NOR"),
        P("Highland Council", "organisation", "GBR"),
        P("Morag Fraser", "person", "GBR", title="Depute convener of Highland Council, Councillor")],
      "2022-10-08", L("Invergordon", "GBR"), None,
      "The Norwegian frigate HNoMS Thor Heyerdahl is due to berth at Invergordon on Saturday, and Highland Council's depute convener, Councillor Morag Fraser, will welcome its crew at a civic reception in the town that evening."),
], "scraped")

# ---------------------------------------------------------------- u43-11 (scraped, Moose Jaw NFTC)
t11 = """Moose Jaw Prairie Record
Local News · Sports · Agriculture · Obituaries · Classifieds · E-Edition
Mon., May 12, 2014 | Moose Jaw 14°C | Wind gusts to 50 km/h

Wings parade at 15 Wing sends new pilots home to three continents

Posted May 12, 2014 by Dale Kowalchuk

Fourteen new military pilots received their wings at 15 Wing Moose Jaw on Friday, among them two from the Royal Danish Air Force, two from Hungary's air force and one from the Republic of Singapore Air Force.

The graduates finished the advanced stage of NATO Flying Training in Canada, the program the Royal Canadian Air Force runs with contractor CAE at Moose Jaw and at 4 Wing Cold Lake. The other nine are Canadian and will go on to fly helicopters, transports and fighters for the RCAF.

Hungary's defence attaché, Col. Zoltán Várady, who travelled from Washington for the parade, pinned the wings on the two Hungarian graduates.

"For a small air force, this is a very important partnership. Our pilots come home from Moose Jaw ready for the Gripen," Várady said afterward.

Lt. Mikkel Sørensen, one of the Danish graduates, said the hardest part of the course was not the flying but the winter. "In January I learned that there is cold, and then there is Saskatchewan cold," he said.

The program is about to add another country. Austria signed an agreement with Canada last month to send student pilots to Moose Jaw, beginning with a first group of four next year, 15 Wing said.

Wing commander Col. Brent Halvorsen said international students and their families bring about $10 million a year into the local economy through housing, shopping and travel, on top of the roughly 350 local people CAE employs to run and maintain the training aircraft.

Many of the foreign students live with Moose Jaw families through the Chamber of Commerce's host program, which is looking for new families for the fall intake. Call the Chamber at 306-555-0144 for information.

Residents in the Westmount neighbourhood and in Caronport should expect more circuit flying over the next month as a new course starts on the CT-156 Harvard II, the wing said.

Snowbirds schedule: The Snowbirds open their show season on May 24 in Comox, B.C. The Moose Jaw home show is set for July 5 and 6.

Recent Stories
• City council approves Main Street paving plan
• Warriors sign two prospects from Regina
• Crescent Park amphitheatre to get new roof
• Temple Gardens expansion plans move ahead

Comments
Comments are moderated. Please keep it civil.
© 2014 Moose Jaw Prairie Record, a division of Prairie Local Media. All rights reserved.
"""

add("u43-11", "https://moosejawprairierecord.example/local/wings-parade-15-wing-three-continents",
    "Wings parade at 15 Wing sends new pilots home to three continents", "2014-05-12",
    "Moose Jaw Prairie Record", t11, [
    E("TRAIN", "occurred", [
        P("15 Wing Moose Jaw", "organisation", "CAN"),
        P("Royal Danish Air Force", "organisation", "DNK"),
        P("Mikkel Sørensen", "person", "DNK", title="Lt., Danish graduate")],
      "2014-05-09", L("15 Wing Moose Jaw", "CAN"), None,
      "Fourteen new military pilots received their wings at 15 Wing Moose Jaw on Friday, among them two from the Royal Danish Air Force, two from Hungary's air force and one from the Republic of Singapore Air Force."),
    E("TRAIN", "occurred", [
        P("15 Wing Moose Jaw", "organisation", "CAN"),
        P("Hungary's air force", "organisation", "HUN")],
      "2014-05-09", L("15 Wing Moose Jaw", "CAN"), None,
      "Fourteen new military pilots received their wings at 15 Wing Moose Jaw on Friday, among them two from the Royal Danish Air Force, two from Hungary's air force and one from the Republic of Singapore Air Force."),
    E("TRAIN", "occurred", [
        P("15 Wing Moose Jaw", "organisation", "CAN"),
        P("Republic of Singapore Air Force", "organisation", "SGP")],
      "2014-05-09", L("15 Wing Moose Jaw", "CAN"), None,
      "Fourteen new military pilots received their wings at 15 Wing Moose Jaw on Friday, among them two from the Royal Danish Air Force, two from Hungary's air force and one from the Republic of Singapore Air Force."),
    E("MEET", "occurred", [
        P("Zoltán Várady", "person", "HUN", title="Hungary's defence attaché, Col."),
        P("15 Wing Moose Jaw", "organisation", "CAN")],
      "2014-05-09", L("15 Wing Moose Jaw", "CAN"), None,
      "Hungary's defence attaché, Col. Zoltán Várady, who travelled from Washington for the parade, pinned the wings on the two Hungarian graduates.", optional=True),
    E("AGREE", "occurred", [
        P("Austria", "country", "AUT"),
        P("Canada", "country", "CAN")],
      "2014-04", None, None,
      "Austria signed an agreement with Canada last month to send student pilots to Moose Jaw, beginning with a first group of four next year, 15 Wing said."),
    E("TRAIN", "planned", [
        P("Austria", "country", "AUT"),
        P("Canada", "country", "CAN")],
      "2015", L("Moose Jaw", "CAN"), None,
      "Austria signed an agreement with Canada last month to send student pilots to Moose Jaw, beginning with a first group of four next year, 15 Wing said."),
], "scraped")

# ---------------------------------------------------------------- u43-12 (clean, Pohang)
t12 = """Dogu beach to reopen Friday after allied landing drill

POHANG — Dogu beach in Nam-gu will reopen to the public on Friday morning, a week after it was fenced off for the largest amphibious landing drill held on the city's coast in years, city officials said Thursday.

More than 40 ships and some 7,000 troops took part in the landing on Tuesday, the high point of the first phase of Ssangyong 24, an annual exercise of the South Korean and U.S. marine corps that runs through Sept. 13. For the first time, about 40 Royal Marines from Britain's 40 Commando and a company of Australian Army soldiers stormed the beach alongside the South Korean and American marines, coming ashore in amphibious assault vehicles and by helicopter.

Officers from France and New Zealand watched the landing from the beach as observers.

Residents of Donghae-myeon said the exercise had been noisier than in past years, with MV-22 Osprey tiltrotor aircraft flying low over the fishing villages south of the beach through Monday night. The city said it received 23 noise complaints over the week.

Kim Mi-sook, who leads a cooperative of women divers at Dogu, said members had lost five days of work gathering sea urchins and abalone. The Marine Corps' 1st Division has agreed to pay the cooperative compensation, as it has in previous years, the city said.

On Wednesday evening Pohang Mayor Kim Byung-soo hosted a dinner at city hall for commanders of the participating forces, including Maj. Gen. Lee Jae-won, commander of the South Korean Marine Corps' 1st Division, and Brig. Gen. Thomas Reilly of the U.S. 3rd Marine Expeditionary Brigade.

"Pohang is the home of the Marine Corps, and our citizens are proud to host our allies," Kim said at the dinner.

Next year's drill is expected to include troops from the Philippine Marine Corps, according to the South Korean Marine Corps.

Traffic on the coastal road through Donghae-myeon returned to normal on Thursday after a week of checkpoints. Tourism officials hope the reopening of the beach will draw visitors for the last warm weekend of the season; camping sites at Dogu are fully booked through Sunday.
"""

add("u43-12", "https://pohangcoastal.example/en/news/2024/09/05/dogu-beach-reopen-after-ssangyong",
    "Dogu beach to reopen Friday after allied landing drill", "2024-09-05",
    "Pohang Coastal Daily", t12, [
    E("EXERCISE", "occurred", [
        P("South Korean Marine Corps", "organisation", "KOR"),
        P("U.S. Marine Corps", "organisation", "USA"),
        P("40 Commando, Royal Marines", "organisation", "GBR"),
        P("Australian Army", "organisation", "AUS")],
      "2024-09-03", L("Dogu beach, Pohang", "KOR"), None,
      "For the first time, about 40 Royal Marines from Britain's 40 Commando and a company of Australian Army soldiers stormed the beach alongside the South Korean and American marines, coming ashore in amphibious assault vehicles and by helicopter."),
    E("EXERCISE", "occurred", [
        P("France", "country", "FRA"),
        P("New Zealand", "country", "NZL"),
        P("South Korea", "country", "KOR"),
        P("United States", "country", "USA")],
      "2024-09-03", L("Dogu beach, Pohang", "KOR"), None,
      "Officers from France and New Zealand watched the landing from the beach as observers.", optional=True),
    E("MEET", "occurred", [
        P("Kim Byung-soo", "person", "KOR", title="Mayor of Pohang"),
        P("Lee Jae-won", "person", "KOR", title="Commander of the South Korean Marine Corps' 1st Division, Maj. Gen."),
        P("Thomas Reilly", "person", "USA", title="U.S. 3rd Marine Expeditionary Brigade, Brig. Gen.")],
      "2024-09-04", L("Pohang city hall", "KOR"), None,
      "On Wednesday evening Pohang Mayor Kim Byung-soo hosted a dinner at city hall for commanders of the participating forces, including Maj. Gen. Lee Jae-won, commander of the South Korean Marine Corps' 1st Division, and Brig. Gen. Thomas Reilly of the U.S. 3rd Marine Expeditionary Brigade."),
    E("EXERCISE", "planned", [
        P("Philippine Marine Corps", "organisation", "PHL"),
        P("South Korean Marine Corps", "organisation", "KOR"),
        P("U.S. Marine Corps", "organisation", "USA")],
      "2025", None, None,
      "Next year's drill is expected to include troops from the Philippine Marine Corps, according to the South Korean Marine Corps."),
], "clean")
