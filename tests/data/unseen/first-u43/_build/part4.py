from common import P, L, E, add

# ---------------------------------------------------------------- u43-13 (clean, long, Rockhampton)
t13 = """Singapore troops roll in for Wallaby, and this year the Aussies are joining in

By Shaun Kerrigan

ROCKHAMPTON — If you have driven the Bruce Highway north of the city this week, you will have met them: long convoys of sand-coloured trucks, Bionix armoured vehicles on low-loaders and the occasional self-propelled gun, all heading for the Shoalwater Bay Training Area.

The Singapore Armed Forces are back for Exercise Wallaby, their largest overseas exercise, and for the next six weeks about 6,000 Singaporean soldiers and airmen will be living, training and, in their time off, shopping in Central Queensland.

It is the 29th year the exercise has been held at Shoalwater Bay. For most of that time Wallaby has been a Singaporean affair, with the Australian Defence Force providing the land, the range control and the logistics.

This year is different. For the first time, soldiers from the Australian Army's 3rd Brigade in Townsville will fight alongside the Singaporeans in a combined live-fire phase in the last week of October, with Australian joint terminal attack controllers calling in strikes from Singapore's Apache helicopters and F-16 fighters.

"It's a big step," said Lieutenant Colonel James Corrigan, the Australian Army's liaison officer for the exercise. "We've hosted them for nearly 30 years. Now we're going to do the hard part together."

Locals will also see a bigger air presence. Singapore's Chinook and Apache helicopters are operating from the Rockhampton Airport apron, and the F-16s are flying from RAAF Base Townsville.

Ministerial visit

Singapore's Defence Minister Ng Eng Hen is expected to visit the troops at Shoalwater Bay later this month, and will meet Australia's Defence Minister Linda Reynolds and Rockhampton Mayor Carol Whitfield during his stay, the Singaporean High Commission in Canberra said.

Cr Whitfield said she would use the meeting to press the case for more of the exercise's spending to stay in the region. "We've had them here every year since 1990. They're good neighbours and good customers, and we'd like them to be even better customers," she said.

The region will have a lot more to gain in coming years. The two governments are finalising a treaty, expected to be signed early next year, under which Singapore will pay for new and expanded training areas near Shoalwater Bay and at Greenvale, west of Townsville, in return for longer access for its troops.

Under the deal, which grew out of the Comprehensive Strategic Partnership the two countries signed in 2016, up to 14,000 Singaporean personnel a year would be able to train in Queensland for up to 18 weeks.

The investment, reported to be worth more than $2 billion over 25 years, has been welcomed by councils and business groups but has worried some landholders. Several cattle properties near Marlborough and Stanage have already been bought for the expansion, and graziers say the compulsory acquisition process was rushed.

"Nobody's against the army, but some of these families have been on that land for four generations," said Tom Hartigan, who runs cattle near Marlborough and chairs a local landholders' group. "They were given a price and a date and told that's it."

The Department of Defence said all acquisitions had followed the law and that landholders had been offered independent valuations.

Money in the till

Whatever the politics, the exercise is good for business. A study for the Capricornia Chamber of Commerce estimated that Wallaby pumps about $20 million into the Central Queensland economy each year, from fuel and fresh food contracts to hotel rooms, hire cars and restaurant meals.

Motels in Yeppoon and on Gladstone Road have been booked out for weeks by contractors and Singaporean support staff. At the Stockland shopping centre, staff at an electronics store said Singaporean soldiers on weekend leave had been buying up camera gear and outdoor equipment.

"They're polite, they pay cash and they always buy the good stuff," one shop assistant said.

Rockhampton's Chinese restaurants, several of which have a long-running arrangement with the SAF catering section, say they are putting on extra staff for the weekends.

Keep your distance

Police are asking motorists to take care around the convoys, which are travelling mostly at night and on weekends between the Port of Gladstone, where much of the equipment was unloaded last week, and Shoalwater Bay. The Department of Transport and Main Roads says some sections of the Shoalwater Road will be closed to the public until the end of the exercise in mid-November.

Residents of Byfield and the Capricorn Coast may hear artillery and helicopters at night during the live-fire phases. A community hotline has been set up for noise complaints and for anyone whose stock is disturbed by low-flying aircraft.

Byfield resident Anne Lowry said the noise did not bother her. "It's six weeks a year. You get used to it. The helicopter pilots even wave at the kids," she said.

Thirty years of convoys

Long-time residents remember the first Wallaby convoys in 1990, when a few hundred Singaporean soldiers arrived with a handful of armoured personnel carriers. The exercise has grown every decade since, and the SAF now keeps a permanent logistics detachment in the region between exercises to look after stored vehicles and equipment.

Former Livingstone Shire councillor Bill Maddern, who ran a service station at The Caves for 25 years, said the early years were a novelty. "People would pull over to watch the tanks go past. Now nobody blinks," he said. "But I'll tell you what, they always paid their fuel bill on time."

For the businesses that supply the exercise, the hard part is the timing. Much of the work lands in a few weeks in October and November, and several suppliers said they would like to see training spread across more of the year, which the proposed treaty is expected to allow.

"If they're here for 18 weeks instead of six, I can put on permanent staff instead of casuals," said Yeppoon caterer Lisa Borg, whose company supplies fresh bread and salads to the Singaporean camps. "That's the difference between a job and a gig."

Country and coast

Shoalwater Bay covers about 4,500 square kilometres of coastal heath, forest and wetlands between Rockhampton and Marlborough, and much of its shoreline sits inside the Great Barrier Reef Marine Park. Conservation groups have long kept an eye on the military's use of the area.

The Capricorn Conservation Council said it had asked Defence for details of how the expanded training areas would protect dugong habitat and the area's wetlands, and had not yet had an answer. "We're not trying to stop the exercise. We want to see the environmental plans before the bulldozers go in, not after," spokeswoman Leanne Fitzgerald said.

Darumbal traditional owners, whose country includes parts of the training area, have a cultural heritage agreement with Defence that requires their rangers to survey sites before any new construction. A Darumbal elder, who asked not to be named, said the group wanted a say in the new agreement and more work for its rangers.

Back in town, the Singaporean soldiers have become a familiar sight in their off hours. Groups of them in matching polo shirts can be seen walking the riverfront on Quay Street on Sunday afternoons, and the Rockhampton Botanic Gardens and zoo are a popular stop.

Several schools have visits planned. Soldiers from a Singaporean artillery battalion will visit Yeppoon State School next week to talk to students about life in Singapore, and the school's choir has been practising a Malay folk song for the occasion.

"The kids are beside themselves," said teacher Rachel Dunn. "They've been looking up Singapore on the map all week."

Local bus company Capricorn Coach Lines has six coaches and drivers on contract for the exercise, moving troops between the airport, the training area and their rest-and-recreation base in Yeppoon. Owner Gary Petersen said the contract had helped him keep drivers on through what would otherwise have been a quiet stretch before the Christmas holidays.

"Six weeks of work at this time of year is gold," he said. "Some of my drivers have been doing Wallaby for 15 years. They know the soldiers by name."

The Singaporean troops are due to leave in the third week of November.
"""

add("u43-13", "https://capricorncoastsentinel.example/news/2019/10/10/singapore-troops-roll-in-for-wallaby",
    "Singapore troops roll in for Wallaby, and this year the Aussies are joining in", "2019-10-10",
    "Capricorn Coast Sentinel", t13, [
    E("COOPERATE", "occurred", [
        P("Singapore Armed Forces", "organisation", "SGP"),
        P("Australian Defence Force", "organisation", "AUS")],
      "2019-10", L("Shoalwater Bay Training Area", "AUS"), None,
      "It is the 29th year the exercise has been held at Shoalwater Bay. For most of that time Wallaby has been a Singaporean affair, with the Australian Defence Force providing the land, the range control and the logistics.", optional=True),
    E("EXERCISE", "planned", [
        P("Australian Army's 3rd Brigade", "organisation", "AUS"),
        P("Singapore Armed Forces", "organisation", "SGP")],
      "2019-10", L("Shoalwater Bay Training Area", "AUS"), None,
      "For the first time, soldiers from the Australian Army's 3rd Brigade in Townsville will fight alongside the Singaporeans in a combined live-fire phase in the last week of October, with Australian joint terminal attack controllers calling in strikes from Singapore's Apache helicopters and F-16 fighters."),
    E("MEET", "planned", [
        P("Ng Eng Hen", "person", "SGP", title="Defence Minister"),
        P("Linda Reynolds", "person", "AUS", title="Defence Minister"),
        P("Carol Whitfield", "person", "AUS", title="Mayor of Rockhampton")],
      "2019-10", L("Shoalwater Bay", "AUS"), None,
      "Singapore's Defence Minister Ng Eng Hen is expected to visit the troops at Shoalwater Bay later this month, and will meet Australia's Defence Minister Linda Reynolds and Rockhampton Mayor Carol Whitfield during his stay, the Singaporean High Commission in Canberra said."),
    E("AGREE", "planned", [
        P("Singapore", "country", "SGP"),
        P("Australia", "country", "AUS")],
      "2020", None, "treaty on training areas and troop access",
      "The two governments are finalising a treaty, expected to be signed early next year, under which Singapore will pay for new and expanded training areas near Shoalwater Bay and at Greenvale, west of Townsville, in return for longer access for its troops."),
    E("AGREE", "occurred", [
        P("Singapore", "country", "SGP"),
        P("Australia", "country", "AUS")],
      "2016", None, "Comprehensive Strategic Partnership",
      "Under the deal, which grew out of the Comprehensive Strategic Partnership the two countries signed in 2016, up to 14,000 Singaporean personnel a year would be able to train in Queensland for up to 18 weeks.", optional=True),
], "clean")

# ---------------------------------------------------------------- u43-14 (raw html, Ipswich / Redbank)
t14 = """<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Redbank to build 100 Boxers for Germany in state's biggest defence export | West Moreton Advocate</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="author" content="Priya Raman">
<link rel="stylesheet" href="https://cdn.westmoretonadvocate.example/assets/site.css">
<script>window.__ADV = {section:"local-news", paywall:"metered", free:3};</script>
<noscript><img src="https://px.westmoretonadvocate.example/p.gif" alt=""></noscript>
</head>
<body class="story">
<div class="paywall-banner">You have 2 free articles left this month. <a href="/subscribe">Subscribe from $1 a week</a></div>
<header class="masthead">
<div class="brand">West Moreton Advocate</div>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/lifestyle">Lifestyle</a> <a href="/notices">Notices</a></nav>
<div class="wx">Ipswich 27&deg; | Fine</div>
</header>
<article>
<p class="kicker">DEFENCE INDUSTRY</p>
<h1>Redbank to build 100 Boxers for Germany in state&rsquo;s biggest defence export</h1>
<p class="meta">Priya Raman &middot; March 15, 2024 &middot; 5 min read</p>
<figure><img src="/img/2024/03/boxer-redbank.jpg" alt="Boxer vehicles at the Redbank factory"><figcaption>Boxer combat reconnaissance vehicles on the line at Redbank. Picture: Supplied</figcaption></figure>
<div class="story-body">
<p>Ipswich's Rheinmetall factory at Redbank will build 100 armoured vehicles for the German army, in what the state government is calling the biggest defence export contract ever won by a Queensland manufacturer.</p>
<p>Germany's federal defence procurement office, the BAAINBw, signed the contract with Rheinmetall Defence Australia in Koblenz on Thursday for 100 Boxer heavy weapon carriers, a version of the eight-wheeled Boxer fitted with a remotely operated turret and a 30mm cannon.</p>
<p>Deliveries to Germany are due to start in 2025 and run through 2028, with the vehicles to be shipped from the Port of Brisbane.</p>
<p>The contract follows an agreement signed in Berlin last October by Australia's Defence Industry Minister Pat Conroy and German State Secretary Benedikt Zimmer after talks between the two, which cleared the way for the German order.</p>
<p>Rheinmetall Defence Australia managing director Ross Kilgour said the order would secure about 450 jobs at the Military Vehicle Centre of Excellence and keep work flowing to more than 100 Australian suppliers. &ldquo;This is a Queensland-built vehicle going back to the country that designed it. That says a lot about the people in this building,&rdquo; he said.</p>
<p>The Redbank facility, which opened in 2020, is already building 211 Boxer combat reconnaissance vehicles for the Australian Army. The first 25 of those were built in Germany and shipped to Australia before production started in Ipswich.</p>
<p>Ipswich Mayor Glen Whitby said the deal showed the city was no longer just &ldquo;a coal and rail town&rdquo;. He said the council would push the state government to fix congestion on Redbank Plains Road, where staff say the morning shift change now backs traffic up to the motorway.</p>
<p>The factory plans to take on 120 apprentices over the next two years, most of them through TAFE Queensland&rsquo;s Bundamba campus. Applications open next month.</p>
</div>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
</article>
<aside class="read-next">
<h3>Read next</h3>
<ul>
<li><a href="/news/amberley-open-day-traffic">Amberley open day: road closures announced</a></li>
<li><a href="/news/brassall-flood-levee">Brassall flood levee plan goes to council</a></li>
<li><a href="/business/springfield-hospital-stage-two">Springfield hospital stage two approved</a></li>
</ul>
</aside>
<footer><small>&copy; 2024 West Moreton Advocate Pty Ltd. <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/cookies">Cookie policy</a></small></footer>
</body>
</html>
"""

add("u43-14", "https://westmoretonadvocate.example/news/redbank-boxers-germany-export-contract",
    "Redbank to build 100 Boxers for Germany in state's biggest defence export", "2024-03-15",
    "West Moreton Advocate", t14, [
    E("AGREE", "occurred", [
        P("BAAINBw", "organisation", "DEU"),
        P("Rheinmetall Defence Australia", "company", "AUS")],
      "2024-03-14", L("Koblenz", "DEU"), "100 Boxer heavy weapon carriers",
      "Germany's federal defence procurement office, the BAAINBw, signed the contract with Rheinmetall Defence Australia in Koblenz on Thursday for 100 Boxer heavy weapon carriers, a version of the eight-wheeled Boxer fitted with a remotely operated turret and a 30mm cannon."),
    E("TRANSFER", "planned", [
        P("Rheinmetall Defence Australia", "company", "AUS", "supplier"),
        P("German army", "organisation", "DEU", "recipient")],
      "2025", None, "100 Boxer heavy weapon carriers",
      "Deliveries to Germany are due to start in 2025 and run through 2028, with the vehicles to be shipped from the Port of Brisbane."),
    E("AGREE", "occurred", [
        P("Pat Conroy", "person", "AUS", title="Defence Industry Minister"),
        P("Benedikt Zimmer", "person", "DEU", title="State Secretary"),
        P("Australia", "country", "AUS"),
        P("Germany", "country", "DEU")],
      "2023-10", L("Berlin", "DEU"), None,
      "The contract follows an agreement signed in Berlin last October by Australia's Defence Industry Minister Pat Conroy and German State Secretary Benedikt Zimmer after talks between the two, which cleared the way for the German order."),
    E("MEET", "occurred", [
        P("Pat Conroy", "person", "AUS", title="Defence Industry Minister"),
        P("Benedikt Zimmer", "person", "DEU", title="State Secretary")],
      "2023-10", L("Berlin", "DEU"), None,
      "The contract follows an agreement signed in Berlin last October by Australia's Defence Industry Minister Pat Conroy and German State Secretary Benedikt Zimmer after talks between the two, which cleared the way for the German order."),
    E("TRANSFER", "occurred", [
        P("Germany", "country", "DEU", "supplier"),
        P("Australian Army", "organisation", "AUS", "recipient")],
      None, None, "25 Boxer combat reconnaissance vehicles",
      "The first 25 of those were built in Germany and shipped to Australia before production started in Ipswich.", optional=True),
], "html")

# ---------------------------------------------------------------- u43-15 (clean, Lima)
t15 = """Lima-built Abrams reach Poland as tank plant eyes more foreign orders

By Derek Stahl | Allen County Ledger

LIMA — The first 28 of Poland's 250 new M1A2 SEPv3 Abrams tanks, all of them rebuilt and upgraded at Lima's Joint Systems Manufacturing Center, were unloaded at the Baltic port of Szczecin last week, the Polish defence ministry said.

For the roughly 1,100 people who work at the plant on Buckeye Road, it was a chance to see their work on the news on the other side of the world.

"My wife sent me a video of it from her phone at 6 in the morning. I recognized the paint booth tags on one of them," said Rick Ostrander, a welder who has worked at the plant for 19 years.

Poland signed the $4.75 billion deal for 250 tanks in April 2022, weeks after Russia's full-scale invasion of Ukraine. The rest are scheduled to arrive over the next two years.

On Tuesday, a Polish delegation led by Deputy Defence Minister Tomasz Wrona toured the plant, which is owned by the Army and run by General Dynamics Land Systems. Wrona met plant managers, Army program officials and Lima Mayor Darnell Hughes, and thanked workers on the assembly floor.

"These tanks are going to the front line of NATO. The people who built them should know how much they matter," Wrona told a group of employees, speaking through an interpreter.

Hughes said the plant's foreign work was a big reason it was hiring again. General Dynamics has added about 300 jobs at the site over the past two years and is advertising for machinists, electricians and quality inspectors.

The plant also shipped its first tanks for Taiwan last month. The first 38 of Taiwan's 108 M1A2T tanks left Lima by rail in December and reached the island before Christmas, according to Taiwan's defence ministry.

More work could follow. In late 2023 the State Department approved a possible sale to Romania of 54 M1A2 Abrams tanks, and Romanian officials have said they want a contract signed this year. Any tanks for Romania would also be built in Lima.

Allen County commissioners say they are working with the state on a rail spur upgrade that would let the plant ship more tanks by rail instead of by truck. Residents along Buckeye Road have complained about the heavy transporters that carry finished tanks to the rail yard, and the city has limited them to overnight hours.

The plant has survived several attempts to close it over the past 15 years. Ohio's congressional delegation has fought each time to keep Army money flowing to Lima, and local officials say the foreign orders have given the plant a cushion it did not have a decade ago.

"Ten years ago we were fighting for our lives every budget cycle," Hughes said. "Now the question is whether we can hire fast enough."
"""

add("u43-15", "https://allencountyledger.example/news/2025/01/17/lima-built-abrams-reach-poland",
    "Lima-built Abrams reach Poland as tank plant eyes more foreign orders", "2025-01-17",
    "Allen County Ledger", t15, [
    E("TRANSFER", "occurred", [
        P("Joint Systems Manufacturing Center", "organisation", "USA", "supplier"),
        P("Poland", "country", "POL", "recipient")],
      "2025-01", L("Szczecin", "POL"), "28 M1A2 SEPv3 Abrams tanks",
      "The first 28 of Poland's 250 new M1A2 SEPv3 Abrams tanks, all of them rebuilt and upgraded at Lima's Joint Systems Manufacturing Center, were unloaded at the Baltic port of Szczecin last week, the Polish defence ministry said."),
    E("AGREE", "occurred", [
        P("Poland", "country", "POL"),
        P("United States", "country", "USA")],
      "2022-04", None, "250 M1A2 SEPv3 Abrams tanks",
      "Poland signed the $4.75 billion deal for 250 tanks in April 2022, weeks after Russia's full-scale invasion of Ukraine."),
    E("TRANSFER", "planned", [
        P("United States", "country", "USA", "supplier"),
        P("Poland", "country", "POL", "recipient")],
      None, None, "remaining 222 Abrams tanks",
      "The rest are scheduled to arrive over the next two years.", optional=True),
    E("MEET", "occurred", [
        P("Tomasz Wrona", "person", "POL", title="Deputy Defence Minister"),
        P("Polish delegation", "organisation", "POL"),
        P("Darnell Hughes", "person", "USA", title="Mayor of Lima"),
        P("General Dynamics Land Systems", "company", "USA"),
        P("Army program officials", "organisation", "USA")],
      "2025-01-14", L("Joint Systems Manufacturing Center, Lima", "USA"), None,
      "Wrona met plant managers, Army program officials and Lima Mayor Darnell Hughes, and thanked workers on the assembly floor."),
    E("TRANSFER", "occurred", [
        P("Joint Systems Manufacturing Center", "organisation", "USA", "supplier"),
        P("Taiwan", "country", "TWN", "recipient")],
      "2024-12", None, "38 M1A2T tanks",
      "The first 38 of Taiwan's 108 M1A2T tanks left Lima by rail in December and reached the island before Christmas, according to Taiwan's defence ministry."),
    E("TRANSFER", "planned", [
        P("State Department", "organisation", "USA", "supplier"),
        P("Romania", "country", "ROU", "recipient")],
      None, None, "54 M1A2 Abrams tanks",
      "In late 2023 the State Department approved a possible sale to Romania of 54 M1A2 Abrams tanks, and Romanian officials have said they want a contract signed this year."),
    E("AGREE", "planned", [
        P("Romania", "country", "ROU"),
        P("United States", "country", "USA")],
      "2025", None, "54 M1A2 Abrams tanks",
      "In late 2023 the State Department approved a possible sale to Romania of 54 M1A2 Abrams tanks, and Romanian officials have said they want a contract signed this year.", optional=True),
], "clean")

# ---------------------------------------------------------------- u43-16 (scraped radio page, Manawatū)
t16 = """CENTRAL FM 99.4 Manawatū
▶ Listen Live | News | Sport | Shows | Community Noticeboard | Contact
Palmerston North 14° | Rain clearing | Fri 22 Sep 2023

NEWS > LOCAL

Linton soldiers off to UK to train Ukrainian recruits

22 September 2023, 4:10 pm — Central FM Newsroom

About 90 soldiers from Linton Military Camp will leave for the United Kingdom next month, where they will spend four months helping the British Army train Ukrainian recruits, the New Zealand Defence Force said today.

The group, mostly drawn from the 1st Battalion, Royal New Zealand Infantry Regiment, will teach weapons handling, first aid and basic infantry skills to Ukrainian volunteers who have just joined their country's armed forces.

It is the fifth rotation from Linton since New Zealand began sending trainers to the UK last year.

Separately, 12 NZDF personnel, three of them from Linton, flew to Egypt on Monday to join the Multinational Force and Observers, which monitors the peace treaty between Egypt and Israel in the Sinai Peninsula.

Two Linton officers are also serving with the United Nations Mission in South Sudan.

Camp commander Lieutenant Colonel Hemi Walker said the deployments meant a busy few months for families. "We've got partners and kids across Palmerston North, Feilding and Ashhurst who are going to be doing a lot of the heavy lifting at home," he said.

The camp's welfare team will run a family day on October 7, with a barbecue and bouncy castle at the Linton sports ground. Whānau can also get help with childcare and home maintenance through the Defence Community Facilitator.

One Feilding rugby club says it will be short three senior players for the start of the summer sevens season. "We'll survive. We're proud of them," club president Steve Tuhoro said.

MORE LOCAL NEWS
• Manawatū River pathway to close for bridge repairs
• Massey University confirms job cuts
• Ohakea airmen help with Tairāwhiti clean-up
• Feilding saleyards to host national dog trials

Got a story? Text 4994 or email news@centralfm.example
© Central FM Manawatū 2023. All rights reserved. | Privacy | Terms
"""

add("u43-16", "https://centralfm.example/news/local/linton-soldiers-uk-ukrainian-recruits",
    "Linton soldiers off to UK to train Ukrainian recruits", "2023-09-22",
    "Central FM 99.4 Manawatū", t16, [
    E("TRAIN", "planned", [
        P("Linton Military Camp soldiers", "organisation", "NZL"),
        P("New Zealand Defence Force", "organisation", "NZL"),
        P("British Army", "organisation", "GBR"),
        P("Ukrainian recruits", "organisation", "UKR")],
      "2023-10", L("United Kingdom", "GBR"), None,
      "About 90 soldiers from Linton Military Camp will leave for the United Kingdom next month, where they will spend four months helping the British Army train Ukrainian recruits, the New Zealand Defence Force said today."),
    E("TRAIN", "occurred", [
        P("New Zealand", "country", "NZL"),
        P("United Kingdom", "country", "GBR"),
        P("Ukrainian recruits", "organisation", "UKR")],
      "2022", L("United Kingdom", "GBR"), None,
      "It is the fifth rotation from Linton since New Zealand began sending trainers to the UK last year.", optional=True),
    E("DEPLOY", "occurred", [
        P("NZDF personnel", "organisation", "NZL"),
        P("Multinational Force and Observers", "igo", "MFO")],
      "2023-09-18", L("Sinai Peninsula", "EGY"), None,
      "Separately, 12 NZDF personnel, three of them from Linton, flew to Egypt on Monday to join the Multinational Force and Observers, which monitors the peace treaty between Egypt and Israel in the Sinai Peninsula."),
    E("DEPLOY", "occurred", [
        P("Linton officers", "organisation", "NZL"),
        P("United Nations Mission in South Sudan", "igo", "UN")],
      None, L("South Sudan", "SSD"), None,
      "Two Linton officers are also serving with the United Nations Mission in South Sudan."),
], "scraped")
