from common import P, L, E, add

# ---------------------------------------------------------------- u43-01 (scraped TV page)
t01 = """WMST News 8 - Middle Tennessee's News Leader
Watch Live | News | Weather | Traffic | Sports | Good Morning Mid-State | Contests | Contact Us
Murfreesboro 71°F Partly Cloudy
ADVERTISEMENT

News > Local

Bulgarian generals tour Smyrna as Guard partnership turns 26

by Kayla Dunaway | Thursday, May 16th 2019
Share: Facebook | Twitter | Email | Print

SMYRNA, Tenn. (WMST) — If you spotted a line of black SUVs with state trooper escorts on Sam Ridley Parkway this week, here is the explanation: a delegation of senior officers from Bulgaria, the Balkan country that has been paired with the Tennessee National Guard for more than a quarter of a century.

Eight Bulgarian officers, led by the commander of the Bulgarian Land Forces, Maj. Gen. Todor Stanchev, landed in Nashville on Monday for a four-day visit. On Tuesday they sat down with Tennessee's adjutant general, Maj. Gen. Warren Tillery, at the Guard's Joint Force Headquarters on Sidco Drive to work through training plans for the next two years.

"These aren't visitors anymore, they're family," said Lt. Col. Dana Pruitt, who runs the Guard's state partnership office. "Some of the officers in that room were lieutenants the first time they came to Smyrna."

The two generals agreed that about 150 Tennessee soldiers will travel to Bulgaria next summer for a combined field exercise with the Bulgarian army's 61st Mechanized Brigade at the Novo Selo training area.

They also signed off on adding cyber defense to the relationship. Starting next year, cyber specialists from the Tennessee Guard will work with Bulgaria's Cyber Defence Command on protecting military networks, Pruitt said.

Last year, airmen from the 118th Wing flew to Graf Ignatievo Air Base, near Plovdiv, for Thracian Star, an air exercise hosted by the Bulgarian Air Force.

On Wednesday the group toured the Volunteer Training Site in Smyrna, where helicopter crews practice on Black Hawk and Apache simulators, before Smyrna Mayor Ron Ledbetter welcomed them to lunch at Town Hall. Ledbetter presented General Stanchev with a key to the town and a framed aerial photo of the airport.

"We've got a lot of veterans in this town, and a lot of folks who've been over to Bulgaria on Guard trips," Ledbetter said. "It's nice to return the hospitality."

Two Bulgarian sergeants are in Smyrna this month, taking a six-week aviation maintenance course at the Guard's 117th Regiment Regional Training Institute.

The state partnership began in 1993, when the National Guard Bureau paired Tennessee with Bulgaria as the former Warsaw Pact country rebuilt its armed forces. Pruitt said Tennessee soldiers and airmen have made more than 200 trips to Bulgaria since then, and Bulgarian troops have trained at Fort Campbell and at the Catoosa County range across the Georgia line.

The delegation's motorcade leaves for Fort Campbell early Friday, so drivers should expect short delays on I-24 westbound around 7 a.m., the Tennessee Highway Patrol said.

TRAFFIC ALERT: Lane closures on I-840 near Almaville Road begin Monday night.

Related Stories
- Guard Black Hawks to fly low over Rutherford County during night training
- Smyrna airport runway project wraps up ahead of schedule
- Bulgarian folk dancers to perform at Linebaugh Library Saturday

Trending Now
- Murfreesboro police searching for missing teen
- Storms possible Friday afternoon: what to expect
- New Costco opens its doors in Smyrna? Not so fast

Copyright 2019 WMST-TV. All Rights Reserved. | EEO Report | FCC Public File | Privacy Policy | Terms of Use
We use cookies to improve your experience on our site. By continuing you agree to our use of cookies. [Accept]
"""

add("u43-01", "https://wmst8.example/news/local/bulgarian-generals-tour-smyrna-guard-partnership",
    "Bulgarian generals tour Smyrna as Guard partnership turns 26", "2019-05-16", "WMST News 8", t01, [
    E("MEET", "occurred", [
        P("Todor Stanchev", "person", "BGR", title="Commander of the Bulgarian Land Forces, Maj. Gen."),
        P("Bulgarian officers", "organisation", "BGR"),
        P("Warren Tillery", "person", "USA", title="Adjutant General of Tennessee, Maj. Gen."),
        P("Tennessee National Guard", "organisation", "USA")],
      "2019-05-14", L("Joint Force Headquarters, Nashville", "USA"), None,
      "Eight Bulgarian officers, led by the commander of the Bulgarian Land Forces, Maj. Gen. Todor Stanchev, landed in Nashville on Monday for a four-day visit. On Tuesday they sat down with Tennessee's adjutant general, Maj. Gen. Warren Tillery, at the Guard's Joint Force Headquarters on Sidco Drive to work through training plans for the next two years."),
    E("EXERCISE", "planned", [
        P("Tennessee soldiers", "organisation", "USA"),
        P("61st Mechanized Brigade", "organisation", "BGR")],
      "2020", L("Novo Selo training area", "BGR"), None,
      "The two generals agreed that about 150 Tennessee soldiers will travel to Bulgaria next summer for a combined field exercise with the Bulgarian army's 61st Mechanized Brigade at the Novo Selo training area."),
    E("COOPERATE", "planned", [
        P("Tennessee Guard", "organisation", "USA"),
        P("Cyber Defence Command", "organisation", "BGR")],
      "2020", None, None,
      "Starting next year, cyber specialists from the Tennessee Guard will work with Bulgaria's Cyber Defence Command on protecting military networks, Pruitt said."),
    E("EXERCISE", "occurred", [
        P("118th Wing", "organisation", "USA"),
        P("Bulgarian Air Force", "organisation", "BGR")],
      "2018", L("Graf Ignatievo Air Base, near Plovdiv", "BGR"), None,
      "Last year, airmen from the 118th Wing flew to Graf Ignatievo Air Base, near Plovdiv, for Thracian Star, an air exercise hosted by the Bulgarian Air Force."),
    E("MEET", "occurred", [
        P("Ron Ledbetter", "person", "USA", title="Mayor of Smyrna"),
        P("Todor Stanchev", "person", "BGR", title="Commander of the Bulgarian Land Forces, Maj. Gen."),
        P("Bulgarian delegation", "organisation", "BGR")],
      "2019-05-15", L("Smyrna Town Hall", "USA"), None,
      "On Wednesday the group toured the Volunteer Training Site in Smyrna, where helicopter crews practice on Black Hawk and Apache simulators, before Smyrna Mayor Ron Ledbetter welcomed them to lunch at Town Hall."),
    E("TRAIN", "occurred", [
        P("Bulgarian sergeants", "organisation", "BGR"),
        P("117th Regiment Regional Training Institute", "organisation", "USA")],
      "2019-05", L("Smyrna", "USA"), None,
      "Two Bulgarian sergeants are in Smyrna this month, taking a six-week aviation maintenance course at the Guard's 117th Regiment Regional Training Institute."),
    E("COOPERATE", "occurred", [
        P("Tennessee", "organisation", "USA"),
        P("Bulgaria", "country", "BGR")],
      "1993", None, None,
      "The state partnership began in 1993, when the National Guard Bureau paired Tennessee with Bulgaria as the former Warsaw Pact country rebuilt its armed forces.", optional=True),
    E("TRAIN", "occurred", [
        P("Bulgarian troops", "organisation", "BGR"),
        P("United States", "country", "USA")],
      None, None, None,
      "Pruitt said Tennessee soldiers and airmen have made more than 200 trips to Bulgaria since then, and Bulgarian troops have trained at Fort Campbell and at the Catoosa County range across the Georgia line.", optional=True),
], "scraped")

# ---------------------------------------------------------------- u43-02 (clean, long)
t02 = """Polish F-35s touch down at Ebbing as Fort Smith braces for its international flight school

By Marcy Holloway, Staff Writer

FORT SMITH — Jim Tackett has lived on the same street off Phoenix Avenue for 31 years, long enough to sleep through the Air National Guard's old F-16s and the A-10s that followed them. He is not sure he will sleep through what comes next.

"I'm told they're louder. I'm told it's good for the town. Both of those can be true," Tackett said Wednesday from his front porch, about two miles from the end of the main runway at Fort Smith Regional Airport.

What comes next arrived Tuesday afternoon. Two F-35A Lightning II fighters wearing the red-and-white checkerboard of the Polish Air Force landed at Ebbing Air National Guard Base after a short ferry flight from Lockheed Martin's plant in Fort Worth, Texas, becoming the first foreign jets to be based at the F-35 training center the Air Force is building here.

The two jets were formally handed over to Poland at the Fort Worth factory in August. They belong to an order for 32 F-35As that Warsaw signed in 2020, and they will stay in Arkansas for several years so that Polish pilots can learn to fly them before most of the fleet heads to Łask Air Base in central Poland.

The first Polish pilots are due to start their conversion course this fall, taught by a squadron of active-duty Air Force instructor pilots that is being stood up at the base, said Col. Brad Whitlock, commander of the 188th Wing, the Arkansas Air National Guard unit that has called Ebbing home since 1953.

"We're essentially opening a flight school for our allies," Whitlock said. "The 188th is the landlord and the host. The active-duty schoolhouse does the teaching."

Singapore, which has ordered 12 short-takeoff F-35Bs and eight F-35As, is next in line. Its pilots are expected at Ebbing in 2026, once their own jets come off the line, according to the Air Force. Switzerland and Germany, which have also picked the F-35, are scheduled to start sending pilots to Fort Smith from 2027.

In all, the Air Force expects as many as 36 foreign fighters and about 400 foreign personnel, counting pilots, maintainers and their families, to be in Fort Smith at the busiest point of the program.

That is the part the city has been planning for since the Air Force picked Ebbing over bases in Idaho and Michigan in 2023.

Housing first

On Monday, Col. Piotr Lewandowski, the senior Polish Air Force officer at Ebbing, met Mayor Doyle Ashcraft and members of the city's board of directors at City Hall to talk about housing and school places for the Polish families who are starting to arrive.

"They asked good, practical questions. Where do the kids go to school, how long is the wait for a pediatrician, which neighborhoods flood," Ashcraft said afterward. "Those are the same questions any family moving here asks."

Lewandowski, who has flown MiG-29s and F-16s in Poland, said about 20 Polish families are already in the area and more will come over the winter. "Our people are very happy with the welcome. Some of them have already been to a Razorbacks game," he said. "They are still learning about the barbecue."

Local real estate agents say the effect is already visible. Rentals of three- and four-bedroom houses in the Chaffee Crossing area, a short drive from the base, have become hard to find, and asking rents are up about 12 percent from a year ago, according to the Fort Smith Board of Realtors.

"A lot of these families want to rent for two or three years and then go home, and that's exactly the kind of tenant landlords like," said agent Brenda Sallis.

Fort Smith Public Schools has hired two Polish-speaking classroom aides for the fall semester and is looking for a third, a district spokesperson said. Sixteen Polish children are enrolled so far, most of them in elementary schools on the east side.

The noise question

Not everyone is thrilled. An Air Force environmental study released last year found that the number of homes exposed to average noise levels of 65 decibels or more would rise substantially once the foreign squadrons reach full strength, most of them in neighborhoods north and east of the airport.

The city board voted in July to ask the Air Force to pay for noise insulation in the worst-affected homes, as it has done near other fighter bases. The Air Force has said it is reviewing the request.

"Nobody here is against the military. My dad was at Chaffee," said Linda Ortega, who lives near Jenny Lind Road and helped organize a neighborhood meeting on the issue in June. "We just want someone to pay for the windows."

Whitlock said pilots will avoid the most densely populated areas where they can and that most flying will take place on weekdays between 8 a.m. and 5 p.m. The jets will use ranges in the Ozarks and in Oklahoma for weapons training.

Money and jobs

The base's expansion is expected to bring about $800 million in military construction over the next decade, including new hangars, a simulator building and dormitories, and the Fort Smith Regional Chamber of Commerce estimates the foreign training mission will add about $200 million a year to the local economy once it is fully up and running.

Several local contractors have already won work on the first phase of construction, and the University of Arkansas-Fort Smith has started a short course in aircraft maintenance aimed at the civilian jobs the base will need.

Back on his porch, Tackett said he had decided to wait and see. "If it's as loud as they say, I'll be the first one down at City Hall," he said. "But if the Polish fellows want to come by for a burger, they're welcome."
"""

add("u43-02", "https://rivervalleycourier.example/news/2024/09/12/polish-f35s-touch-down-at-ebbing",
    "Polish F-35s touch down at Ebbing as Fort Smith braces for its international flight school",
    "2024-09-12", "River Valley Courier", t02, [
    E("TRANSFER", "occurred", [
        P("Lockheed Martin", "company", "USA", "supplier"),
        P("Poland", "country", "POL", "recipient")],
      "2024-08", L("Fort Worth", "USA"), "two F-35A fighters",
      "The two jets were formally handed over to Poland at the Fort Worth factory in August."),
    E("AGREE", "occurred", [
        P("Warsaw", "country", "POL"),
        P("Lockheed Martin", "company", "USA")],
      "2020", None, "32 F-35As",
      "They belong to an order for 32 F-35As that Warsaw signed in 2020, and they will stay in Arkansas for several years so that Polish pilots can learn to fly them before most of the fleet heads to Łask Air Base in central Poland.", optional=True),
    E("TRAIN", "planned", [
        P("Polish pilots", "organisation", "POL"),
        P("Air Force instructor pilots", "organisation", "USA")],
      "2024", L("Ebbing Air National Guard Base, Fort Smith", "USA"), None,
      "The first Polish pilots are due to start their conversion course this fall, taught by a squadron of active-duty Air Force instructor pilots that is being stood up at the base, said Col. Brad Whitlock, commander of the 188th Wing, the Arkansas Air National Guard unit that has called Ebbing home since 1953."),
    E("TRAIN", "planned", [
        P("Singapore", "country", "SGP"),
        P("U.S. Air Force", "organisation", "USA")],
      "2026", L("Ebbing Air National Guard Base, Fort Smith", "USA"), None,
      "Its pilots are expected at Ebbing in 2026, once their own jets come off the line, according to the Air Force."),
    E("TRAIN", "planned", [
        P("Switzerland", "country", "CHE"),
        P("U.S. Air Force", "organisation", "USA")],
      "2027", L("Fort Smith", "USA"), None,
      "Switzerland and Germany, which have also picked the F-35, are scheduled to start sending pilots to Fort Smith from 2027."),
    E("TRAIN", "planned", [
        P("Germany", "country", "DEU"),
        P("U.S. Air Force", "organisation", "USA")],
      "2027", L("Fort Smith", "USA"), None,
      "Switzerland and Germany, which have also picked the F-35, are scheduled to start sending pilots to Fort Smith from 2027."),
    E("TRANSFER", "planned", [
        P("Lockheed Martin", "company", "USA", "supplier"),
        P("Singapore", "country", "SGP", "recipient")],
      None, None, "12 F-35Bs and eight F-35As",
      "Singapore, which has ordered 12 short-takeoff F-35Bs and eight F-35As, is next in line.", optional=True),
    E("TRANSFER", "planned", [
        P("Lockheed Martin", "company", "USA", "supplier"),
        P("Switzerland", "country", "CHE", "recipient")],
      None, None, "F-35 fighters",
      "Switzerland and Germany, which have also picked the F-35, are scheduled to start sending pilots to Fort Smith from 2027.", optional=True),
    E("TRANSFER", "planned", [
        P("Lockheed Martin", "company", "USA", "supplier"),
        P("Germany", "country", "DEU", "recipient")],
      None, None, "F-35 fighters",
      "Switzerland and Germany, which have also picked the F-35, are scheduled to start sending pilots to Fort Smith from 2027.", optional=True),
    E("MEET", "occurred", [
        P("Piotr Lewandowski", "person", "POL", title="Col., senior Polish Air Force officer at Ebbing"),
        P("Doyle Ashcraft", "person", "USA", title="Mayor of Fort Smith")],
      "2024-09-09", L("City Hall, Fort Smith", "USA"), None,
      "On Monday, Col. Piotr Lewandowski, the senior Polish Air Force officer at Ebbing, met Mayor Doyle Ashcraft and members of the city's board of directors at City Hall to talk about housing and school places for the Polish families who are starting to arrive."),
], "clean")

# ---------------------------------------------------------------- u43-03 (scraped, Otaru)
t03 = """Shiribeshi Shimbun | English Edition
Home  Otaru  Yoichi  Niseko  Business  Tourism  Events  Weather  日本語
Tue, Oct 17, 2023 | Otaru 12°C, showers | Sunset 16:52

Royal Navy patrol ship draws weekend crowds at Otaru's No. 3 Pier

Posted Oct 17, 2023 | By Aya Nakamura, staff writer
[Photo: HMS Tamar at No. 3 Pier on Saturday morning. (Shiribeshi Shimbun)]

More than 2,400 people lined up on the waterfront over the weekend to walk the decks of HMS Tamar, a British Royal Navy offshore patrol vessel that tied up at Otaru's No. 3 Pier on Saturday for a four-day port call, the city's port and harbour department said.

The 90-metre ship, which has a crew of about 50, is the first Royal Navy vessel to visit Otaru in eleven years. Mayor Shinji Morikawa welcomed the ship's commanding officer, Cmdr. Rachel Hollis, at a short ceremony on the pier on Saturday, where the Otaru Choryo High School brass band played the national anthems of both countries.

"Otaru has been a port open to the world for 150 years, and it is a pleasure to welcome our British friends," Morikawa said.

On her way into Otaru, Tamar carried out a communications and manoeuvring drill with the Maritime Self-Defense Force missile boat Wakataka off the Shakotan Peninsula on Friday.

Since arriving in Japanese waters in September, the ship has been helping the Japan Coast Guard and the Maritime Self-Defense Force watch for illegal ship-to-ship transfers of fuel and goods bound for North Korea, which are banned under UN Security Council sanctions.

Hollis also paid a courtesy call on Capt. Kenji Arakawa, commander of the Maritime Self-Defense Force's Yoichi base, on Monday.

"The Japanese have been extremely generous hosts, and the crew have loved the seafood," Hollis told reporters. "A few of them have been asking whether they can stay."

After leaving Otaru on Wednesday morning, Tamar is due to join a Maritime Self-Defense Force destroyer and a US Navy destroyer for a three-day exercise in the Sea of Japan later this month, according to the British Embassy in Tokyo.

The visit has been a small boost for businesses around the Otaru Canal. Staff at two sushi restaurants on Sushiya-dori said groups of British sailors had come in every evening, and a glassware shop near Sakaimachi street said it had sold out of its sea-glass beer mugs.

On Sunday afternoon a team from the ship played a futsal match against the Otaru city fire department at the Otaru general gymnasium. The firefighters won 6-4.

Public tours end on Tuesday at 4 p.m. The city has asked visitors not to park on the Rinko Line and to use the Otaru Station car parks instead, as the pier area will be closed to cars from 5 a.m. on Wednesday.

Related news
- JMSDF open day at Yoichi base set for Nov. 5
- Cruise ship season closes with record 48 calls
- Otaru snow light path festival looking for volunteers
- Niseko lift ticket prices to rise again this winter

Tags: Port of Otaru, Royal Navy, United Kingdom, Maritime Self-Defense Force
Share: X | Facebook | LINE

© 2023 Shiribeshi Shimbun Co. All rights reserved. Reproduction without permission is prohibited.
This site uses cookies for analytics. [OK]
"""

add("u43-03", "https://shiribeshi-shimbun.example/en/news/2023/10/17/hms-tamar-otaru",
    "Royal Navy patrol ship draws weekend crowds at Otaru's No. 3 Pier", "2023-10-17",
    "Shiribeshi Shimbun (English Edition)", t03, [
    E("MEET", "occurred", [
        P("HMS Tamar", "organisation", "GBR"),
        P("Rachel Hollis", "person", "GBR", title="Commanding officer of HMS Tamar, Cmdr."),
        P("Shinji Morikawa", "person", "JPN", title="Mayor of Otaru")],
      "2023-10-14", L("No. 3 Pier, Otaru", "JPN"), None,
      "Mayor Shinji Morikawa welcomed the ship's commanding officer, Cmdr. Rachel Hollis, at a short ceremony on the pier on Saturday, where the Otaru Choryo High School brass band played the national anthems of both countries."),
    E("EXERCISE", "occurred", [
        P("HMS Tamar", "organisation", "GBR"),
        P("Wakataka", "organisation", "JPN"),
        P("Maritime Self-Defense Force", "organisation", "JPN")],
      "2023-10-13", L("off the Shakotan Peninsula", None), None,
      "On her way into Otaru, Tamar carried out a communications and manoeuvring drill with the Maritime Self-Defense Force missile boat Wakataka off the Shakotan Peninsula on Friday."),
    E("COOPERATE", "occurred", [
        P("HMS Tamar", "organisation", "GBR"),
        P("Japan Coast Guard", "organisation", "JPN"),
        P("Maritime Self-Defense Force", "organisation", "JPN")],
      None, None, None,
      "Since arriving in Japanese waters in September, the ship has been helping the Japan Coast Guard and the Maritime Self-Defense Force watch for illegal ship-to-ship transfers of fuel and goods bound for North Korea, which are banned under UN Security Council sanctions."),
    E("MEET", "occurred", [
        P("Rachel Hollis", "person", "GBR", title="Commanding officer of HMS Tamar, Cmdr."),
        P("Kenji Arakawa", "person", "JPN", title="Commander of the Maritime Self-Defense Force's Yoichi base, Capt.")],
      "2023-10-16", None, None,
      "Hollis also paid a courtesy call on Capt. Kenji Arakawa, commander of the Maritime Self-Defense Force's Yoichi base, on Monday."),
    E("EXERCISE", "planned", [
        P("HMS Tamar", "organisation", "GBR"),
        P("Maritime Self-Defense Force", "organisation", "JPN"),
        P("US Navy", "organisation", "USA")],
      "2023-10", L("Sea of Japan", None), None,
      "After leaving Otaru on Wednesday morning, Tamar is due to join a Maritime Self-Defense Force destroyer and a US Navy destroyer for a three-day exercise in the Sea of Japan later this month, according to the British Embassy in Tokyo."),
], "scraped")
