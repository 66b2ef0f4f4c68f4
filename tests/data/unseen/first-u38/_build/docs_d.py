from common import *

DOCS = []

# ---------------------------------------------------------------- u38-14 clean, no event (migration statistics)
t = """Sea arrivals to Italy down 60 percent in first half of 2024

ROME, July 2 — The number of migrants reaching Italy by sea fell by about 60 percent in the first six months of 2024 compared with the same period last year, according to Interior Ministry figures published on Monday.

A total of 25,673 people landed on Italian shores between January and June, against 64,930 in the first half of 2023, the ministry's daily dashboard showed. June alone saw 4,802 arrivals.

Libya overtook Tunisia as the main point of departure, accounting for about 60 percent of those who arrived, while departures from the Tunisian coast around Sfax fell most sharply. Bangladeshis, Syrians and Tunisians made up the largest groups by nationality.

Lampedusa, the small island between Sicily and North Africa, remained the first landing point for more than two-thirds of arrivals, although the reception centre there was far less crowded than last summer, when it held several thousand people at a time.

The ministry recorded 3,310 unaccompanied minors among the arrivals, down from 7,800 a year earlier.

Interior Minister Matteo Piantedosi said the figures showed the government's approach was working, and credited "collaboration with countries of origin and transit" for the fall. Opposition parties said the numbers said little about conditions for migrants held in North Africa.

The International Organization for Migration estimates that more than 900 people died or went missing on the central Mediterranean route in the first half of the year.
"""
DOCS.append(({"id": "u38-14", "url": "https://romeeveningwire.example/2024/07/02/sea-arrivals-italy-down-60-percent",
    "title": "Sea arrivals to Italy down 60 percent in first half of 2024", "published": "2024-07-02",
    "source": "Rome Evening Wire", "text": t}, []))

# ---------------------------------------------------------------- u38-15 scraped, cut off, Latin America
t = """SAN JOSÉ OBSERVER
Costa Rica news in English
News | Pura Vida | Travel | Real Estate | Classifieds | Newsletter
Exchange rate: ₡555.20 | San José 24°C

Costa Rica receives two patrol boats from US Coast Guard
April 21, 2017 | By Alejandro Mora | 0 Comments
Share: f  t  in  ✉

The United States on Wednesday donated two decommissioned 110-foot Island-class patrol boats to Costa Rica's National Coast Guard Service, the largest vessels the service has ever operated.

Public Security Minister Gustavo Mata received the boats from U.S. Ambassador Sharon Day at the port of Caldera, in Puntarenas.

The boats, built in the 1980s and retired by the U.S. Coast Guard last year, were refurbished at the Coast Guard Yard in Baltimore, Maryland. Twelve Costa Rican coast guard sailors spent five weeks aboard them in Baltimore earlier this year learning to operate the vessels.

Under a joint patrol agreement signed with Washington in 1999, U.S. Coast Guard cutters may patrol Costa Rican waters, and Costa Rican officers regularly sail aboard them as ship-riders with the authority to order boardings.

Lawmakers on Tuesday approved the semi-annual permit that allows U.S. Navy and Coast Guard ships to dock in Costa Rican ports between July and December, by 31 votes to 17.

Costa Rica, which abolished its army in 1948, relies on the Public Security Ministry's police and coast guard for national defence. The coast guard has about 400 members and, until now, its largest boats were 65-foot vessels.

"With these boats we can stay at sea for days, not hours, and reach the areas where the traffickers refuel," Mata said.

Drug seizures by Costa Rican authorities reached a record 27 tonnes of cocaine last year, a figure officials attribute to better radar coverage on the Pacific coast and to the"""
DOCS.append(({"id": "u38-15", "url": "https://sanjoseobserver.example/news/2017/04/21/costa-rica-receives-two-patrol-boats-from-us-coast-guard",
    "title": "Costa Rica receives two patrol boats from US Coast Guard", "published": "2017-04-21",
    "source": "San José Observer", "text": t}, [
    E("TRANSFER", "occurred", [
        S("United States", "country", "USA"),
        S("Sharon Day", "person", "USA", "U.S. Ambassador"),
        R("Costa Rica's National Coast Guard Service", "organisation", "CRI"),
        R("Gustavo Mata", "person", "CRI", "Public Security Minister")],
      "2017-04-19", L("port of Caldera, Puntarenas", "CRI"), "110-foot Island-class patrol boats",
      "The United States on Wednesday donated two decommissioned 110-foot Island-class patrol boats to Costa Rica's National Coast Guard Service, the largest vessels the service has ever operated."),
    E("TRAIN", "occurred", [
        P("U.S. Coast Guard", "organisation", "USA"),
        P("Costa Rica's National Coast Guard Service", "organisation", "CRI")],
      "2017", L("Baltimore", "USA"), None,
      "Twelve Costa Rican coast guard sailors spent five weeks aboard them in Baltimore earlier this year learning to operate the vessels."),
    E("AGREE", "occurred", [
        P("Costa Rica", "country", "CRI"), P("United States", "country", "USA")],
      "1999", None, None,
      "Under a joint patrol agreement signed with Washington in 1999, U.S. Coast Guard cutters may patrol Costa Rican waters, and Costa Rican officers regularly sail aboard them as ship-riders with the authority to order boardings.", True),
    E("COOPERATE", "occurred", [
        P("U.S. Coast Guard", "organisation", "USA"), P("Costa Rica", "country", "CRI")],
      None, None, None,
      "Under a joint patrol agreement signed with Washington in 1999, U.S. Coast Guard cutters may patrol Costa Rican waters, and Costa Rican officers regularly sail aboard them as ship-riders with the authority to order boardings."),
]))

# ---------------------------------------------------------------- u38-16 raw html, Gulf, exhibition
t = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>ISNR 2022: coastal security deals dominate Abu Dhabi show | Gulf Security Review</title>
<meta name="keywords" content="ISNR, Abu Dhabi, CICPA, ARES, Leonardo, coastal security">
<link rel="preload" href="/fonts/inter.woff2" as="font" crossorigin>
<link rel="stylesheet" href="/static/app.3f9c1.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"ISNR 2022: coastal security deals dominate Abu Dhabi show","datePublished":"2022-05-19T17:20:00+04:00","author":{"@type":"Person","name":"Rania Haddad"}}</script>
</head>
<body>
<div class="ticker"><span>BREAKING</span> <a href="/news/2022/05/19/gcc-chiefs-of-staff">GCC chiefs of staff meet in Kuwait</a></div>
<header class="hdr">
<a href="/" class="brand">Gulf Security Review</a>
<nav class="primary"><a href="/land">Land</a> <a href="/air">Air</a> <a href="/naval">Naval</a> <a href="/homeland">Homeland Security</a> <a href="/industry">Industry</a> <a href="/shows">Shows</a> <a href="/subscribe" class="btn">Subscribe</a></nav>
</header>
<main class="wrap">
<article>
<p class="kicker">Shows / ISNR 2022</p>
<h1>ISNR 2022: coastal security deals dominate Abu Dhabi show</h1>
<p class="meta">Rania Haddad, Abu Dhabi &middot; 19 May 2022</p>
<p>Coastal and border security took centre stage at ISNR Abu Dhabi 2022, the International Exhibition for National Security and Resilience, which closed on Thursday after three days at the Abu Dhabi National Exhibition Centre (ADNEC).</p>
<p>Turkish shipbuilder ARES Shipyard, which showed a model of its 24-metre interceptor at its stand, signed an agreement with Abu Dhabi-based Emirates Coastal Systems to form a joint venture that will build fast interceptor and patrol boats in the UAE, initially for the Critical Infrastructure and Coastal Protection Authority (CICPA).</p>
<p>The agreement was signed by ARES chief executive Mehmet Demirtas and Emirates Coastal Systems chairman Saeed Al Mazrouei. The joint venture, in which ARES will hold 49 percent, expects to launch its first boats in 2024.</p>
<div class="ad-slot" data-slot="mpu-1"><script>window.ads&&ads.push("mpu-1")</script></div>
<p>On the first day of the show, CICPA signed a contract with Italy's Leonardo for three AW169 helicopters configured for maritime patrol, with deliveries due in 2024.</p>
<p>Among more than 350 exhibitors were national pavilions from France and the United Kingdom, while Estonia's Milrem Robotics showed its THeMIS unmanned ground vehicle fitted with a surveillance mast for border patrols.</p>
<p>Local companies also featured prominently. Abu Dhabi Police displayed its new command vehicles, and several Emirati firms showed drones and counter-drone systems developed for the UAE's critical infrastructure sites.</p>
<p>Organisers said attendance was up by a fifth on the previous edition, held in 2020 shortly before pandemic restrictions closed most trade shows. The next ISNR will take place in May 2024.</p>
</article>
<section class="more">
<h2>More from Shows</h2>
<ul>
<li><a href="/shows/2022/05/17/isnr-opens">ISNR 2022 opens with record number of exhibitors</a></li>
<li><a href="/shows/2022/03/10/dimdex-2022-wrap">DIMDEX 2022: the deals that mattered</a></li>
<li><a href="/shows/2022/02/24/world-defense-show-riyadh">World Defense Show: Saudi localisation push</a></li>
</ul>
</section>
</main>
<footer class="ftr"><p>&copy; 2022 Gulf Security Review. All rights reserved.</p><p><a href="/about">About</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/privacy">Privacy</a></p></footer>
<script src="/static/app.3f9c1.js" defer></script>
</body>
</html>
"""
DOCS.append(({"id": "u38-16", "url": "https://gulfsecurityreview.example/shows/2022/05/19/isnr-2022-coastal-security-deals",
    "title": "ISNR 2022: coastal security deals dominate Abu Dhabi show", "published": "2022-05-19",
    "source": "Gulf Security Review", "text": t}, [
    E("EXHIBIT", "occurred", [
        P("ARES Shipyard", "company", "TUR"), P("United Arab Emirates", "country", "ARE")],
      "2022-05", L("Abu Dhabi National Exhibition Centre (ADNEC)", "ARE"), None,
      "Turkish shipbuilder ARES Shipyard, which showed a model of its 24-metre interceptor at its stand, signed an agreement with Abu Dhabi-based Emirates Coastal Systems to form a joint venture that will build fast interceptor and patrol boats in the UAE, initially for the Critical Infrastructure and Coastal Protection Authority (CICPA)."),
    E("AGREE", "occurred", [
        P("ARES Shipyard", "company", "TUR"), P("Emirates Coastal Systems", "company", "ARE"),
        P("Mehmet Demirtas", "person", "TUR", title="ARES chief executive"),
        P("Saeed Al Mazrouei", "person", "ARE", title="Emirates Coastal Systems chairman")],
      "2022-05", L("Abu Dhabi", "ARE"), None,
      "Turkish shipbuilder ARES Shipyard, which showed a model of its 24-metre interceptor at its stand, signed an agreement with Abu Dhabi-based Emirates Coastal Systems to form a joint venture that will build fast interceptor and patrol boats in the UAE, initially for the Critical Infrastructure and Coastal Protection Authority (CICPA)."),
    E("INDUSTRY", "occurred", [
        P("ARES Shipyard", "company", "TUR"), P("Emirates Coastal Systems", "company", "ARE"),
        P("Mehmet Demirtas", "person", "TUR", title="ARES chief executive"),
        P("Saeed Al Mazrouei", "person", "ARE", title="Emirates Coastal Systems chairman")],
      "2022-05", L("Abu Dhabi", "ARE"), "fast interceptor and patrol boats (joint venture)",
      "Turkish shipbuilder ARES Shipyard, which showed a model of its 24-metre interceptor at its stand, signed an agreement with Abu Dhabi-based Emirates Coastal Systems to form a joint venture that will build fast interceptor and patrol boats in the UAE, initially for the Critical Infrastructure and Coastal Protection Authority (CICPA)."),
    E("AGREE", "occurred", [
        P("Critical Infrastructure and Coastal Protection Authority (CICPA)", "organisation", "ARE"),
        P("Leonardo", "company", "ITA")],
      "2022-05-17", L("Abu Dhabi National Exhibition Centre (ADNEC)", "ARE"), None,
      "On the first day of the show, CICPA signed a contract with Italy's Leonardo for three AW169 helicopters configured for maritime patrol, with deliveries due in 2024."),
    E("TRANSFER", "planned", [
        S("Leonardo", "company", "ITA"),
        R("Critical Infrastructure and Coastal Protection Authority (CICPA)", "organisation", "ARE")],
      "2024", None, "AW169 helicopters",
      "On the first day of the show, CICPA signed a contract with Italy's Leonardo for three AW169 helicopters configured for maritime patrol, with deliveries due in 2024."),
    E("EXHIBIT", "occurred", [
        P("France (national pavilion)", "country", "FRA"), P("United Arab Emirates", "country", "ARE")],
      "2022-05", L("Abu Dhabi National Exhibition Centre (ADNEC)", "ARE"), None,
      "Among more than 350 exhibitors were national pavilions from France and the United Kingdom, while Estonia's Milrem Robotics showed its THeMIS unmanned ground vehicle fitted with a surveillance mast for border patrols."),
    E("EXHIBIT", "occurred", [
        P("United Kingdom (national pavilion)", "country", "GBR"), P("United Arab Emirates", "country", "ARE")],
      "2022-05", L("Abu Dhabi National Exhibition Centre (ADNEC)", "ARE"), None,
      "Among more than 350 exhibitors were national pavilions from France and the United Kingdom, while Estonia's Milrem Robotics showed its THeMIS unmanned ground vehicle fitted with a surveillance mast for border patrols."),
    E("EXHIBIT", "occurred", [
        P("Milrem Robotics", "company", "EST"), P("United Arab Emirates", "country", "ARE")],
      "2022-05", L("Abu Dhabi National Exhibition Centre (ADNEC)", "ARE"), None,
      "Among more than 350 exhibitors were national pavilions from France and the United Kingdom, while Estonia's Milrem Robotics showed its THeMIS unmanned ground vehicle fitted with a surveillance mast for border patrols."),
]))

# ---------------------------------------------------------------- u38-17 scraped, South Asia, border guards
t = """DHAKA FRONTIER NEWS
Friday, 16 June 2023 | 2 Asar 1430 | 27 Zilqad 1444
Home | National | Politics | Border | Economy | International | Sports | Opinion | E-paper
Dhaka 33°C | Sunset 6:49pm

Border

BGB, BSF agree to step up coordinated patrols at DG-level talks

Staff Correspondent | Published: 08:10, 16 June 2023 | Updated: 09:02, 16 June 2023
Facebook  Twitter  LinkedIn  Print

The Director General-level border conference between Border Guard Bangladesh (BGB) and India's Border Security Force (BSF) ended in New Delhi on Thursday with the signing of a joint record of discussions, in which both sides agreed to step up coordinated patrols along vulnerable stretches of the border and to share real-time information on smugglers and human traffickers.

The five-day conference, the 53rd of its kind, began on Sunday. The Bangladesh delegation was led by BGB Director General Major General Shafiqul Alam, while the Indian side was headed by BSF Director General Rakesh Mehra. The two chiefs signed the joint record at the BSF headquarters on Thursday evening.

Alam raised the killing of Bangladeshi nationals by BSF firing along the border, and the BSF side assured that it would use non-lethal weapons as far as possible, the BGB said in a statement.

The two sides also discussed the construction of single-row fencing within 150 yards of the zero line, the smuggling of phensedyl and yaba, and the return of nationals who crossed the border illegally.

The next DG-level conference will be held in Dhaka in November, the statement added.

Meanwhile, Indian Coast Guard ship Sarojini Naidu arrived in Chattogram on Tuesday on a four-day goodwill visit, the Bangladesh Coast Guard said. The ship's commanding officer called on the zonal commander of the Bangladesh Coast Guard (East), Captain Mahbubur Rahman, and the two coast guards will hold a passage exercise with BCGS Tajuddin when the ship departs on Saturday.

Border killings remain a sensitive issue in Bangladesh. Rights group Ain o Salish Kendra says 23 Bangladeshis were killed by BSF firing or torture in 2022.

Also read
- Myanmar border: BGB on alert as fighting intensifies in Rakhine
- Cattle smuggling down ahead of Eid, says BGB
- Teesta water: no breakthrough in sight

Most Read
1. Budget FY24: what gets cheaper, what gets costlier
2. Dengue cases cross 5,000 this year

© Dhaka Frontier News 2023 | Editor: M. Rahman | Privacy | Terms
"""
DOCS.append(({"id": "u38-17", "url": "https://dhakafrontiernews.example/border/2023/06/16/bgb-bsf-agree-to-step-up-coordinated-patrols",
    "title": "BGB, BSF agree to step up coordinated patrols at DG-level talks", "published": "2023-06-16",
    "source": "Dhaka Frontier News", "text": t}, [
    E("MEET", "occurred", [
        P("Border Guard Bangladesh (BGB)", "organisation", "BGD"),
        P("Border Security Force (BSF)", "organisation", "IND"),
        P("Shafiqul Alam", "person", "BGD", title="BGB Director General"),
        P("Rakesh Mehra", "person", "IND", title="BSF Director General")],
      "2023-06", L("New Delhi", "IND"), None,
      "The Director General-level border conference between Border Guard Bangladesh (BGB) and India's Border Security Force (BSF) ended in New Delhi on Thursday with the signing of a joint record of discussions, in which both sides agreed to step up coordinated patrols along vulnerable stretches of the border and to share real-time information on smugglers and human traffickers."),
    E("AGREE", "occurred", [
        P("Border Guard Bangladesh (BGB)", "organisation", "BGD"),
        P("Border Security Force (BSF)", "organisation", "IND"),
        P("Shafiqul Alam", "person", "BGD", title="BGB Director General"),
        P("Rakesh Mehra", "person", "IND", title="BSF Director General")],
      "2023-06-15", L("New Delhi", "IND"), None,
      "The Director General-level border conference between Border Guard Bangladesh (BGB) and India's Border Security Force (BSF) ended in New Delhi on Thursday with the signing of a joint record of discussions, in which both sides agreed to step up coordinated patrols along vulnerable stretches of the border and to share real-time information on smugglers and human traffickers."),
    E("COOPERATE", "planned", [
        P("Border Guard Bangladesh (BGB)", "organisation", "BGD"),
        P("Border Security Force (BSF)", "organisation", "IND")],
      None, None, None,
      "The Director General-level border conference between Border Guard Bangladesh (BGB) and India's Border Security Force (BSF) ended in New Delhi on Thursday with the signing of a joint record of discussions, in which both sides agreed to step up coordinated patrols along vulnerable stretches of the border and to share real-time information on smugglers and human traffickers.", True),
    E("MEET", "planned", [
        P("Border Guard Bangladesh (BGB)", "organisation", "BGD"),
        P("Border Security Force (BSF)", "organisation", "IND")],
      "2023-11", L("Dhaka", "BGD"), None,
      "The next DG-level conference will be held in Dhaka in November, the statement added."),
    E("MEET", "occurred", [
        P("Indian Coast Guard", "organisation", "IND"),
        P("Bangladesh Coast Guard", "organisation", "BGD"),
        P("Mahbubur Rahman", "person", "BGD", title="zonal commander of the Bangladesh Coast Guard (East)")],
      "2023-06-13", L("Chattogram", "BGD"), None,
      "Meanwhile, Indian Coast Guard ship Sarojini Naidu arrived in Chattogram on Tuesday on a four-day goodwill visit, the Bangladesh Coast Guard said."),
    E("EXERCISE", "planned", [
        P("Indian Coast Guard", "organisation", "IND"),
        P("Bangladesh Coast Guard", "organisation", "BGD")],
      "2023-06-17", None, None,
      "The ship's commanding officer called on the zonal commander of the Bangladesh Coast Guard (East), Captain Mahbubur Rahman, and the two coast guards will hold a passage exercise with BCGS Tajuddin when the ship departs on Saturday."),
]))

# ---------------------------------------------------------------- u38-18 clean, no event (domestic procurement, denial, cancellation)
t = """MMEA to build offshore patrol vessels locally after scrapping tender

PUTRAJAYA, Sept 10 — The Malaysian Maritime Enforcement Agency (MMEA) will get three new 83-metre offshore patrol vessels designed and built entirely in Malaysia, Home Minister Hamzah Zainudin told the Dewan Rakyat yesterday.

The contract, worth RM1.2 billion, has been awarded to a Terengganu-based shipyard, with the first vessel due to be handed over in 2023, he said in reply to a question from the Kota Kinabalu MP.

An earlier international tender for the vessels, which had drawn bids from shipyards in several countries, was cancelled in May for budget reasons, Hamzah said.

He also denied a report in a Chinese-language daily that the agency had agreed to buy second-hand patrol ships from China. "There have been no such discussions and no such agreement," he said.

The MMEA, which patrols Malaysia's 614,000 square kilometres of maritime zones, has long complained that its ageing fleet, much of it inherited from the navy and the marine police, cannot cover the waters off Sabah and Sarawak, where Chinese coast guard vessels are regularly spotted near Luconia Shoals.

Opposition lawmakers said the government should have bought proven foreign designs rather than risk delays at a local yard, citing the navy's troubled littoral combat ship programme. Hamzah said the new ships would create 1,000 jobs and support local suppliers.
"""
DOCS.append(({"id": "u38-18", "url": "https://peninsulatribune.example/nation/2020/09/10/mmea-to-build-offshore-patrol-vessels-locally",
    "title": "MMEA to build offshore patrol vessels locally after scrapping tender", "published": "2020-09-10",
    "source": "Peninsula Tribune", "text": t}, []))

# ---------------------------------------------------------------- u38-19 scraped, Pacific
t = """PORT MORESBY TRIBUNE
PNG's independent daily
Home | National | Business | Pacific | Sport | Letters | Weather: POM 32°C
K1 = US$0.28 | Tuesday, May 23, 2023

NATIONAL

PNG, US sign defence and shiprider pacts

By JOYCELIN KAUPA

PAPUA New Guinea and the United States yesterday signed a defence cooperation agreement and a separate shiprider agreement at APEC Haus in Port Moresby, witnessed by Prime Minister James Marape.

Defence Minister Win Bakri Daki signed both agreements for PNG and Secretary of State Antony Blinken for the United States.

Mr Blinken, who stood in for President Joe Biden after the President cancelled his stop in Port Moresby, later held talks with Mr Marape on economic support, climate and security.

The shiprider agreement allows PNG defence and fisheries officers to embark on US Coast Guard and Navy vessels to board and inspect ships suspected of illegal fishing or smuggling in PNG waters. The first joint patrols under the agreement are expected later this year, US officials said.

Under the defence agreement, US forces will be able to access and upgrade facilities at the Lombrum naval base on Manus Island and at Jacksons International Airport, with PNG's consent. The full text has not been released.

Mr Marape said the agreement would not stop PNG from working with other partners. "We are friends to all and enemies to none," he said.

About 100 students at the University of Papua New Guinea marched on Monday to protest against the defence deal, saying it had not been debated in Parliament.

Australia, PNG's largest security partner, has delivered four Guardian-class patrol boats to the PNG Defence Force since 2018.

Indian Prime Minister Narendra Modi was also in Port Moresby on Monday for a summit with Pacific island leaders, where he announced a regional hospital in Fiji and desalination units for island states.

MORE STORIES
• Bougainville referendum talks resume
• Kumuls squad named for Fiji test
• Police commissioner warns over Highlands violence

Comments (22) | Add your comment

© 2023 Port Moresby Tribune Ltd. All rights reserved. | Privacy | Advertise with us
"""
DOCS.append(({"id": "u38-19", "url": "https://pomtribune.example/national/2023/05/23/png-us-sign-defence-and-shiprider-pacts",
    "title": "PNG, US sign defence and shiprider pacts", "published": "2023-05-23",
    "source": "Port Moresby Tribune", "text": t}, [
    E("AGREE", "occurred", [
        P("Papua New Guinea", "country", "PNG"), P("United States", "country", "USA"),
        P("Win Bakri Daki", "person", "PNG", title="Defence Minister"),
        P("Antony Blinken", "person", "USA", title="Secretary of State")],
      "2023-05-22", L("APEC Haus, Port Moresby", "PNG"), None,
      "PAPUA New Guinea and the United States yesterday signed a defence cooperation agreement and a separate shiprider agreement at APEC Haus in Port Moresby, witnessed by Prime Minister James Marape."),
    E("AGREE", "occurred", [
        P("Papua New Guinea", "country", "PNG"), P("United States", "country", "USA"),
        P("Win Bakri Daki", "person", "PNG", title="Defence Minister"),
        P("Antony Blinken", "person", "USA", title="Secretary of State")],
      "2023-05-22", L("APEC Haus, Port Moresby", "PNG"), None,
      "PAPUA New Guinea and the United States yesterday signed a defence cooperation agreement and a separate shiprider agreement at APEC Haus in Port Moresby, witnessed by Prime Minister James Marape."),
    E("MEET", "occurred", [
        P("Antony Blinken", "person", "USA", title="Secretary of State"),
        P("James Marape", "person", "PNG", title="Prime Minister")],
      "2023-05-22", L("Port Moresby", "PNG"), None,
      "Mr Blinken, who stood in for President Joe Biden after the President cancelled his stop in Port Moresby, later held talks with Mr Marape on economic support, climate and security."),
    E("COOPERATE", "planned", [
        P("US Coast Guard and Navy", "organisation", "USA"), P("Papua New Guinea", "country", "PNG")],
      "2023", None, None,
      "The first joint patrols under the agreement are expected later this year, US officials said."),
    E("TRANSFER", "occurred", [
        S("Australia", "country", "AUS"), R("PNG Defence Force", "organisation", "PNG")],
      None, None, "Guardian-class patrol boats",
      "Australia, PNG's largest security partner, has delivered four Guardian-class patrol boats to the PNG Defence Force since 2018.", True),
]))
