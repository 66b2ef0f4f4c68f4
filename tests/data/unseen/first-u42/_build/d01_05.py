from lib import *

# ---------------------------------------------------------------- u42-01  Tonga, scraped page
T01 = """Pacific Tides News
Home | Region | Tonga | Fiji | Samoa | Vanuatu | Business | Sport | Opinion | Contact
Search this site

Nuku'alofa 27°C ash haze | Suva 29°C showers | Apia 30°C cloudy | Port Vila 28°C fine

REGION / TONGA

Relief flights reach Tonga as navy ships sail north

By Losana Vaipulu
21 January 2022 | 6:15 pm

Share | Facebook | Twitter | WhatsApp | Email | Print

The first military relief flights reached Tonga on Thursday afternoon, five days after the Hunga Tonga-Hunga Ha'apai eruption and tsunami, once soldiers and volunteers had swept a thick layer of ash off the runway at Fua'amotu International Airport.

A Royal New Zealand Air Force C-130H Hercules landed first, carrying water containers, generators, hygiene kits and a satellite communications set. It was followed a few hours later by a Royal Australian Air Force C-17A Globemaster with 34 pallets of humanitarian stores, including shelter kits and water purification tablets, that had been requested by the Tongan government.

Because the kingdom had kept COVID-19 out almost entirely, the deliveries were made without contact: the crews left the pallets on the apron, stepped back, and both aircraft were airborne again in under 90 minutes. The cargo was then collected by His Majesty's Armed Forces, whose logistics officer at the airport, Lieutenant Colonel Sione Tu'ipulotu, said the water would go first to Nomuka and Mango, the worst-hit islands of the Ha'apai group.

"We are very grateful to our friends. The ash has spoiled the rain tanks, so water is the need today," he said.

At sea, the New Zealand offshore patrol vessel HMNZS Wellington arrived off Nuku'alofa on Friday morning to survey the harbour approaches and check on outlying islands, and the fleet tanker HMNZS Aotearoa, which is carrying 250,000 litres of water and a desalination plant able to make 70,000 litres a day, was due alongside later on Friday.

Australia's largest warship, the landing helicopter dock HMAS Adelaide, left Brisbane on Friday with helicopters, engineering equipment and what the Australian Defence Force called "a substantial load" of relief stores, and is expected off Tonga next week.

France said its surveillance frigate Vendémiaire would load emergency supplies in Nouméa over the weekend for delivery to Tonga. The three countries coordinate their response to disasters in the South Pacific under the FRANZ arrangement, which dates from 1992.

Fiji's government said a contingent of Republic of Fiji Military Forces engineers would travel to Tonga aboard the Adelaide to help repair water and power systems.

Tonga's undersea internet cable remains cut, and most contact with the outside world still depends on a handful of satellite phones. The government has confirmed three deaths.

Tags: Tonga, volcano, tsunami, disaster relief

RELATED NEWS
- Fiji Navy commissions second Guardian-class patrol boat
- Samoa lifts state of emergency as measles cases fall
- Opinion: The Pacific needs its own disaster airlift
- Vanuatu: counting continues in Port Vila by-election

MOST READ
1. Ash cloud: what we know about the eruption
2. Tonga's cable could take a month to fix
3. Rugby: Ikale Tahi name squad for July tests

© 2022 Pacific Tides News. All rights reserved. | Privacy | Terms | Advertise
We use cookies to improve your experience. By continuing to browse you accept our use of cookies. [OK]
"""
HMAF = R("His Majesty's Armed Forces", "organisation", "TON")
TUIP = R("Sione Tu'ipulotu", "person", "TON", "Lieutenant Colonel, logistics officer, His Majesty's Armed Forces")
doc("u42-01", "https://pacifictides.example/region/tonga/2022/01/21/relief-flights-reach-tonga",
    "Relief flights reach Tonga as navy ships sail north", "2022-01-21", "Pacific Tides News", T01, [
    E("TRANSFER", "occurred", [S("Royal New Zealand Air Force", "organisation", "NZL"), HMAF, TUIP],
      "2022-01-20", ("Fua'amotu International Airport", "TON"),
      "water containers, generators, hygiene kits and a satellite communications set (C-130H Hercules flight)",
      "A Royal New Zealand Air Force C-130H Hercules landed first, carrying water containers, generators, hygiene kits and a satellite communications set."),
    E("TRANSFER", "occurred", [S("Royal Australian Air Force", "organisation", "AUS"), HMAF, TUIP],
      "2022-01-20", ("Fua'amotu International Airport", "TON"),
      "34 pallets of humanitarian stores incl. shelter kits and water purification tablets (C-17A Globemaster flight)",
      "It was followed a few hours later by a Royal Australian Air Force C-17A Globemaster with 34 pallets of humanitarian stores, including shelter kits and water purification tablets, that had been requested by the Tongan government."),
    E("COOPERATE", "occurred", [P("HMNZS Wellington", "organisation", "NZL"), P("Tonga", "country", "TON")],
      "2022-01-21", ("Nuku'alofa", "TON"), None,
      "At sea, the New Zealand offshore patrol vessel HMNZS Wellington arrived off Nuku'alofa on Friday morning to survey the harbour approaches and check on outlying islands, and the fleet tanker HMNZS Aotearoa, which is carrying 250,000 litres of water and a desalination plant able to make 70,000 litres a day, was due alongside later on Friday.",
      optional=True),
    E("TRANSFER", "planned", [S("HMNZS Aotearoa", "organisation", "NZL"), R("Tonga", "country", "TON")],
      "2022-01-21", ("Nuku'alofa", "TON"), "250,000 litres of water and a desalination plant",
      "At sea, the New Zealand offshore patrol vessel HMNZS Wellington arrived off Nuku'alofa on Friday morning to survey the harbour approaches and check on outlying islands, and the fleet tanker HMNZS Aotearoa, which is carrying 250,000 litres of water and a desalination plant able to make 70,000 litres a day, was due alongside later on Friday."),
    E("TRANSFER", "planned", [S("Australian Defence Force", "organisation", "AUS"), R("Tonga", "country", "TON")],
      "2022-01", None, "relief stores, helicopters and engineering equipment aboard HMAS Adelaide",
      "Australia's largest warship, the landing helicopter dock HMAS Adelaide, left Brisbane on Friday with helicopters, engineering equipment and what the Australian Defence Force called \"a substantial load\" of relief stores, and is expected off Tonga next week."),
    E("TRANSFER", "planned", [S("France", "country", "FRA"), R("Tonga", "country", "TON")],
      "2022-01", None, "emergency supplies aboard the frigate Vendémiaire",
      "France said its surveillance frigate Vendémiaire would load emergency supplies in Nouméa over the weekend for delivery to Tonga."),
    E("COOPERATE", "occurred", [P("France", "country", "FRA"), P("Australia", "country", "AUS"), P("New Zealand", "country", "NZL")],
      None, None, None,
      "The three countries coordinate their response to disasters in the South Pacific under the FRANZ arrangement, which dates from 1992.",
      optional=True),
    E("COOPERATE", "planned", [P("Republic of Fiji Military Forces", "organisation", "FJI"), P("Tonga", "country", "TON")],
      None, None, None,
      "Fiji's government said a contingent of Republic of Fiji Military Forces engineers would travel to Tonga aboard the Adelaide to help repair water and power systems.",
      optional=True),
])

# ---------------------------------------------------------------- u42-02  Solomon Islands, raw html
T02 = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hospital ship USNS Mercy arrives in Honiara for Pacific Partnership 2024 - U.S. Embassy in Solomon Islands</title>
<meta name="description" content="USNS Mercy arrived in Honiara for the first stop of Pacific Partnership 2024 in Melanesia.">
<link rel="stylesheet" id="embassy-style-css" href="https://sb.usembassy.example/wp-content/themes/embassy/style.min.css" type="text/css" media="all">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-XXXX');</script>
</head>
<body class="post-template-default single single-post postid-4127">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="alert-banner">An official website of the United States government <a href="#">Here's how you know</a></div>
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/"><img src="/wp-content/uploads/seal.png" alt="U.S. Embassy in Solomon Islands"></a></div>
<nav id="site-navigation" class="main-navigation">
<ul id="primary-menu" class="menu">
<li><a href="/news-events/">News &amp; Events</a></li>
<li><a href="/services/">U.S. Citizen Services</a></li>
<li><a href="/visas/">Visas</a></li>
<li><a href="/education-culture/">Education &amp; Culture</a></li>
<li><a href="/business/">Business</a></li>
<li><a href="/embassy/">Embassy</a></li>
</ul>
</nav>
</header>
<div id="content" class="site-content">
<div class="breadcrumbs"><a href="/">Home</a> | <a href="/category/news/">News</a> | Hospital ship USNS Mercy arrives in Honiara for Pacific Partnership 2024</div>
<article id="post-4127" class="post">
<header class="entry-header">
<h1 class="entry-title">Hospital ship USNS Mercy arrives in Honiara for Pacific Partnership 2024</h1>
<div class="entry-meta"><span class="posted-on">July 22, 2024</span> | <span class="cat-links">Topics: <a href="/category/news/">News</a>, <a href="/category/defense/">Defense</a></span></div>
</header>
<div class="entry-content">
<p>HONIARA – The U.S. Navy hospital ship USNS Mercy (T-AH 19) arrived in Honiara on Saturday for a two-week visit, the first stop of this year's Pacific Partnership mission in Melanesia.</p>
<p>Mission commander Captain Daniel Reyes was welcomed at Point Cruz wharf by the Minister of Police, National Security and Correctional Services, Patteson Rore, and by U.S. Chargé d'Affaires Naomi Whitfield.</p>
<p>Now in its 19th year, Pacific Partnership is the largest annual multinational humanitarian assistance and disaster relief preparedness mission in the Indo-Pacific. Medical, engineering and disaster-response personnel from Australia, Japan, New Zealand, the United Kingdom and Chile are embarked alongside U.S. Navy and Marine Corps teams for the Honiara phase.</p>
<p>Over the coming two weeks, Mercy's teams will see patients in the ship's clinics and at the National Referral Hospital, and local nurses and paramedics will join exchanges on trauma care and the triage of mass casualties.</p>
<p>On July 30 the Royal Solomon Islands Police Force and Mercy's disaster-response team will hold a joint tsunami-response drill in Honiara, practising the evacuation of coastal communities and the landing of relief stores by helicopter.</p>
<p>"Solomon Islands is a valued partner, and this visit is about being ready together before the next cyclone season," Captain Reyes said. Minister Rore said the visit would "leave skills behind that stay in our communities."</p>
<p>After Honiara, Mercy will sail on to Papua New Guinea in August.</p>
<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Email</a></li><li><a href="#">Print</a></li></ul></div>
</div>
</article>
<aside class="related-posts">
<h2>Related Articles</h2>
<ul>
<li><a href="/2024/06/ambassador-visits-western-province/">Ambassador visits Western Province</a></li>
<li><a href="/2024/05/fulbright-applications-open/">Fulbright applications now open</a></li>
<li><a href="/2024/04/coast-guard-cutter-visit/">U.S. Coast Guard cutter calls at Honiara</a></li>
</ul>
</aside>
</div>
<footer id="colophon" class="site-footer">
<p>U.S. Embassy Honiara | Mud Alley, Honiara | Tel: +677 00 000</p>
<p><a href="/privacy/">Privacy Policy</a> | <a href="/accessibility/">Accessibility</a> | <a href="/copyright/">Copyright &amp; Disclaimer</a> | <a href="/foia/">FOIA</a></p>
<p>This site is managed by the U.S. Department of State. External links to other Internet sites should not be construed as an endorsement of the views or privacy policies contained therein.</p>
</footer>
<div id="cookie-notice" role="dialog">We use cookies to understand how you use this site. <button>Accept</button></div>
</body>
</html>
"""
doc("u42-02", "https://sb.usembassy.example/2024/07/hospital-ship-usns-mercy-arrives-in-honiara/",
    "Hospital ship USNS Mercy arrives in Honiara for Pacific Partnership 2024", "2024-07-22",
    "U.S. Embassy in Solomon Islands", T02, [
    E("MEET", "occurred", [P("USNS Mercy", "organisation", "USA"),
                           P("Daniel Reyes", "person", "USA", title="Captain, mission commander, Pacific Partnership"),
                           P("Naomi Whitfield", "person", "USA", title="U.S. Chargé d'Affaires"),
                           P("Patteson Rore", "person", "SLB", title="Minister of Police, National Security and Correctional Services"),
                           P("Solomon Islands", "country", "SLB")],
      "2024-07-20", ("Honiara", "SLB"), None,
      "Mission commander Captain Daniel Reyes was welcomed at Point Cruz wharf by the Minister of Police, National Security and Correctional Services, Patteson Rore, and by U.S. Chargé d'Affaires Naomi Whitfield."),
    E("COOPERATE", "occurred", [P("United States", "country", "USA"), P("Australia", "country", "AUS"),
                                P("Japan", "country", "JPN"), P("New Zealand", "country", "NZL"),
                                P("United Kingdom", "country", "GBR"), P("Chile", "country", "CHL")],
      "2024-07", ("Honiara", "SLB"), None,
      "Medical, engineering and disaster-response personnel from Australia, Japan, New Zealand, the United Kingdom and Chile are embarked alongside U.S. Navy and Marine Corps teams for the Honiara phase."),
    E("EXERCISE", "planned", [P("Royal Solomon Islands Police Force", "organisation", "SLB"),
                              P("USNS Mercy disaster-response team", "organisation", "USA")],
      "2024-07-30", ("Honiara", "SLB"), None,
      "On July 30 the Royal Solomon Islands Police Force and Mercy's disaster-response team will hold a joint tsunami-response drill in Honiara, practising the evacuation of coastal communities and the landing of relief stores by helicopter."),
    E("MEET", "planned", [P("USNS Mercy", "organisation", "USA"), P("Papua New Guinea", "country", "PNG")],
      "2024-08", None, None,
      "After Honiara, Mercy will sail on to Papua New Guinea in August."),
])

# ---------------------------------------------------------------- u42-03  Japan OSA Fiji, scraped embassy page
T03 = """Embassy of Japan in the Republic of Fiji
在フィジー日本国大使館
日本語 | English
Home > Press Releases > 2024

Home | About the Embassy | Japan-Fiji Relations | Visa | Consular Services | Grassroots Grant Assistance | Study in Japan | Access

Press Release

Signing of the Exchange of Notes on Official Security Assistance (OSA) for the Republic of Fiji Military Forces

14 November 2024

1. On Wednesday 13 November, H.E. Mr. Kenji Matsuoka, Ambassador of Japan to the Republic of Fiji, and Hon. Semi Naivalu, Minister for Home Affairs and Immigration of the Republic of Fiji, signed and exchanged notes in Suva concerning Japan's Official Security Assistance (OSA) to the Republic of Fiji Military Forces (RFMF), with a grant of up to 400 million Japanese yen.

2. Under this assistance, Japan will provide the RFMF Engineer Regiment with equipment to strengthen its capacity for humanitarian assistance and disaster relief (HADR), including two hydraulic excavators, four water purification units, six mobile generators, rescue boats with outboard motors, and field communications equipment. Delivery of the equipment is expected to be completed by the end of 2025.

3. After the signing, Ambassador Matsuoka and Minister Naivalu held talks on disaster preparedness in the Pacific region. The Ambassador noted that RFMF engineers had been among the first foreign responders in Tonga after the volcanic eruption of January 2022, and in Vanuatu after Cyclones Judy and Kevin in March 2023.

4. A mobile training team of the Japan Ground Self-Defense Force will visit the RFMF's Engineer Regiment in Nausori next year to train operators and mechanics on the new equipment.

5. OSA was established by the Government of Japan in April 2023 to provide equipment, supplies and infrastructure to the armed forces and related organisations of like-minded countries, in order to strengthen their security and deterrence capabilities. Under the first OSA project for Fiji, whose exchange of notes was signed in December 2023, Japan is supplying patrol boats and related equipment to the RFMF's Maritime Command.

6. Japan will continue to work with Fiji towards a free and open Indo-Pacific.

(Photo) Ambassador Matsuoka and Minister Naivalu at the signing ceremony

Back to Press Releases

Related Links
Ministry of Foreign Affairs of Japan | Japan International Cooperation Agency (JICA) | Japan National Tourism Organization

Embassy of Japan in Fiji
Level 2, BSP Suva Central, Renwick Road, Suva, Fiji | Tel: (679) 330 4633
Legal Matters | Accessibility Policy | Privacy Policy
Copyright © Embassy of Japan in Fiji
Page Top
"""
MATS = P("Kenji Matsuoka", "person", "JPN", title="Ambassador of Japan to the Republic of Fiji")
NAIV = P("Semi Naivalu", "person", "FJI", title="Minister for Home Affairs and Immigration")
doc("u42-03", "https://www.fj.emb-japan.example/itpr_en/11_000001_01284.html",
    "Signing of the Exchange of Notes on Official Security Assistance (OSA) for the Republic of Fiji Military Forces",
    "2024-11-14", "Embassy of Japan in Fiji", T03, [
    E("AGREE", "occurred", [P("Japan", "country", "JPN"), P("Fiji", "country", "FJI"), MATS, NAIV],
      "2024-11-13", ("Suva", "FJI"), "exchange of notes on Official Security Assistance to the RFMF (up to 400 million yen)",
      "1. On Wednesday 13 November, H.E. Mr. Kenji Matsuoka, Ambassador of Japan to the Republic of Fiji, and Hon. Semi Naivalu, Minister for Home Affairs and Immigration of the Republic of Fiji, signed and exchanged notes in Suva concerning Japan's Official Security Assistance (OSA) to the Republic of Fiji Military Forces (RFMF), with a grant of up to 400 million Japanese yen."),
    E("MEET", "occurred", [MATS, NAIV],
      "2024-11-13", ("Suva", "FJI"), None,
      "3. After the signing, Ambassador Matsuoka and Minister Naivalu held talks on disaster preparedness in the Pacific region."),
    E("TRANSFER", "planned", [S("Japan", "country", "JPN"), R("RFMF Engineer Regiment", "organisation", "FJI")],
      "2025", None, "two hydraulic excavators, four water purification units, six mobile generators, rescue boats with outboard motors, field communications equipment",
      "2. Under this assistance, Japan will provide the RFMF Engineer Regiment with equipment to strengthen its capacity for humanitarian assistance and disaster relief (HADR), including two hydraulic excavators, four water purification units, six mobile generators, rescue boats with outboard motors, and field communications equipment."),
    E("TRAIN", "planned", [P("Japan Ground Self-Defense Force", "organisation", "JPN"), P("RFMF Engineer Regiment", "organisation", "FJI")],
      "2025", ("Nausori", "FJI"), None,
      "4. A mobile training team of the Japan Ground Self-Defense Force will visit the RFMF's Engineer Regiment in Nausori next year to train operators and mechanics on the new equipment."),
    E("COOPERATE", "occurred", [P("Republic of Fiji Military Forces", "organisation", "FJI"), P("Tonga", "country", "TON")],
      "2022-01", ("Tonga", "TON"), None,
      "The Ambassador noted that RFMF engineers had been among the first foreign responders in Tonga after the volcanic eruption of January 2022, and in Vanuatu after Cyclones Judy and Kevin in March 2023.",
      optional=True),
    E("COOPERATE", "occurred", [P("Republic of Fiji Military Forces", "organisation", "FJI"), P("Vanuatu", "country", "VUT")],
      "2023-03", ("Vanuatu", "VUT"), None,
      "The Ambassador noted that RFMF engineers had been among the first foreign responders in Tonga after the volcanic eruption of January 2022, and in Vanuatu after Cyclones Judy and Kevin in March 2023.",
      optional=True),
    E("AGREE", "occurred", [P("Japan", "country", "JPN"), P("Fiji", "country", "FJI")],
      "2023-12", None, "first OSA project for Fiji (patrol boats)",
      "Under the first OSA project for Fiji, whose exchange of notes was signed in December 2023, Japan is supplying patrol boats and related equipment to the RFMF's Maritime Command.",
      optional=True),
    E("TRANSFER", "occurred", [S("Japan", "country", "JPN"), R("RFMF Maritime Command", "organisation", "FJI")],
      None, None, "patrol boats and related equipment",
      "Under the first OSA project for Fiji, whose exchange of notes was signed in December 2023, Japan is supplying patrol boats and related equipment to the RFMF's Maritime Command.",
      optional=True),
])

# ---------------------------------------------------------------- u42-04  Nepal, scraped, cut off
T04 = """Valley Herald
e-Paper | Subscribe | Sign in
Tuesday, April 28, 2015
Kathmandu 18°C Showers | Pokhara 21°C
HOME  NATIONAL  EARTHQUAKE 2015  WORLD  BUSINESS  SPORTS  OPINION

EARTHQUAKE 2015

Foreign military planes crowd TIA as relief effort grows

Valley Herald Staff
KATHMANDU, April 28

Military transport aircraft from at least eight countries have landed at Tribhuvan International Airport since Saturday's 7.8-magnitude earthquake, and pilots now circle for up to three hours waiting for a parking slot at the country's only international airport.

India, which began its relief operation within hours of the quake, has flown in more than 520 tonnes of tents, blankets, medicines and drinking water on Indian Air Force C-17, C-130J and Il-76 aircraft since Saturday.

On Monday, Indian Army chief General Ajay Rathore spoke by telephone with Nepal Army chief General Prakash Bahadur Thapa, who thanked him for the 18 Indian Army medical teams and the engineer task force now working in the hardest-hit districts.

China's air force has flown tents, blankets and generators to Kathmandu on four Il-76 flights, and a 170-strong contingent of People's Liberation Army doctors and rescuers has begun work in Sindhupalchowk, the Chinese embassy said.

Four Pakistan Air Force C-130s arrived on Sunday with 2,000 ready meals, a 30-bed army field hospital and an urban search-and-rescue team.

A Nepal Army spokesman said nine in ten of the army's soldiers had been mobilised for search and rescue, many of them digging by hand in collapsed villages that no aircraft can yet reach.

A U.S. Air Force C-17 landed on Monday with a USAID disaster team and 57 search-and-rescue specialists from Los Angeles County, and Marine Corps officials in Okinawa said tiltrotor aircraft could be sent if Nepal asked for them. Airport managers, however, say the single runway and the small apron cannot take many more wide-body aircraft, and on Monday they briefly refused landing permission to"""
doc("u42-04", "https://valleyherald.example/news/2015-04-28/foreign-military-planes-crowd-tia",
    "Foreign military planes crowd TIA as relief effort grows", "2015-04-28", "Valley Herald", T04, [
    E("TRANSFER", "occurred", [S("Indian Air Force", "organisation", "IND"), R("Nepal", "country", "NPL")],
      "2015-04", ("Tribhuvan International Airport", "NPL"), "more than 520 tonnes of tents, blankets, medicines and drinking water",
      "India, which began its relief operation within hours of the quake, has flown in more than 520 tonnes of tents, blankets, medicines and drinking water on Indian Air Force C-17, C-130J and Il-76 aircraft since Saturday."),
    E("MEET", "occurred", [P("Ajay Rathore", "person", "IND", title="Indian Army chief"),
                           P("Prakash Bahadur Thapa", "person", "NPL", title="Nepal Army chief")],
      "2015-04-27", None, None,
      "On Monday, Indian Army chief General Ajay Rathore spoke by telephone with Nepal Army chief General Prakash Bahadur Thapa, who thanked him for the 18 Indian Army medical teams and the engineer task force now working in the hardest-hit districts."),
    E("COOPERATE", "occurred", [P("Indian Army", "organisation", "IND"), P("Nepal", "country", "NPL")],
      None, None, None,
      "On Monday, Indian Army chief General Ajay Rathore spoke by telephone with Nepal Army chief General Prakash Bahadur Thapa, who thanked him for the 18 Indian Army medical teams and the engineer task force now working in the hardest-hit districts.",
      optional=True),
    E("TRANSFER", "occurred", [S("China's air force", "organisation", "CHN"), R("Nepal", "country", "NPL")],
      "2015-04", ("Kathmandu", "NPL"), "tents, blankets and generators (four Il-76 flights)",
      "China's air force has flown tents, blankets and generators to Kathmandu on four Il-76 flights, and a 170-strong contingent of People's Liberation Army doctors and rescuers has begun work in Sindhupalchowk, the Chinese embassy said."),
    E("COOPERATE", "occurred", [P("People's Liberation Army", "organisation", "CHN"), P("Nepal", "country", "NPL")],
      "2015-04", ("Sindhupalchowk", "NPL"), None,
      "China's air force has flown tents, blankets and generators to Kathmandu on four Il-76 flights, and a 170-strong contingent of People's Liberation Army doctors and rescuers has begun work in Sindhupalchowk, the Chinese embassy said.",
      optional=True),
    E("TRANSFER", "occurred", [S("Pakistan Air Force", "organisation", "PAK"), R("Nepal", "country", "NPL")],
      "2015-04-26", None, "2,000 ready meals",
      "Four Pakistan Air Force C-130s arrived on Sunday with 2,000 ready meals, a 30-bed army field hospital and an urban search-and-rescue team."),
    E("COOPERATE", "occurred", [P("Pakistan", "country", "PAK"), P("Nepal", "country", "NPL")],
      "2015-04-26", None, None,
      "Four Pakistan Air Force C-130s arrived on Sunday with 2,000 ready meals, a 30-bed army field hospital and an urban search-and-rescue team.",
      optional=True),
    E("COOPERATE", "occurred", [P("U.S. Air Force", "organisation", "USA"), P("Nepal", "country", "NPL")],
      "2015-04-27", None, None,
      "A U.S. Air Force C-17 landed on Monday with a USAID disaster team and 57 search-and-rescue specialists from Los Angeles County, and Marine Corps officials in Okinawa said tiltrotor aircraft could be sent if Nepal asked for them.",
      optional=True),
])

# ---------------------------------------------------------------- u42-05  Sri Lanka, clean text
T05 = """Indian and Pakistani navy ships bring flood relief to Colombo

By Dinesh Wijeratne

COLOMBO — Two Indian Navy ships and a Pakistan Navy frigate delivered relief supplies to Sri Lanka over the weekend and on Monday, as the death toll from floods and landslides in the south-west of the island rose to 180, with more than 100 people still missing.

INS Kirch, which reached Colombo on Saturday, unloaded rice, dhal, sugar, medicines and tarpaulins, and the tank landing ship INS Shardul followed on Sunday with a further 70 tonnes of relief material, inflatable boats and outboard motors. The consignments were handed over at the port by India's High Commissioner, Vikram Anand, to the State Minister of Defence, Ruwan Senarath.

The Commander of the Sri Lanka Navy, Vice Admiral Nishantha Perera, went on board INS Shardul on Sunday evening to thank the ship's company, and later said eight of its Gemini boats would be sent to Matara district with Indian and Sri Lankan crews.

A third Indian vessel, the survey ship INS Jamuna, is expected in Trincomalee on Wednesday with two mobile medical teams and navy divers.

The Pakistan Navy frigate PNS Zulfiquar, which had arrived in Colombo on Friday for a four-day goodwill visit, handed over dry rations, medicines and tents to the Sri Lanka Navy on Monday, the Pakistan High Commission said. The ship's crew had earlier helped Sri Lankan sailors load boats for the flooded areas.

Bangladesh said a C-130 of its air force would land at Katunayake on Wednesday with 10 tonnes of medicines, dry food and water purification tablets.

The United States announced $2 million through its aid agency for emergency shelter and water, and the UN children's agency said it was sending hygiene kits to 20,000 families.

In Ratnapura, Kalutara and Galle districts, more than 2,000 Sri Lankan troops, with navy boats and air force helicopters, were still rescuing people from rooftops on Monday. The Disaster Management Centre said 600,000 people had been affected and more than 75,000 were in relief camps.

Meteorologists warned that the south-west monsoon would bring more heavy rain through the week.
"""
doc("u42-05", "https://colomboledger.example/news/2017/05/30/indian-pakistani-navy-ships-flood-relief",
    "Indian and Pakistani navy ships bring flood relief to Colombo", "2017-05-30", "Colombo Ledger", T05, [
    E("TRANSFER", "occurred", [S("INS Kirch", "organisation", "IND"), S("Vikram Anand", "person", "IND", "High Commissioner of India"),
                               R("Ruwan Senarath", "person", "LKA", "State Minister of Defence"), R("Sri Lanka", "country", "LKA")],
      "2017-05-27", ("Colombo", "LKA"), "rice, dhal, sugar, medicines and tarpaulins",
      "INS Kirch, which reached Colombo on Saturday, unloaded rice, dhal, sugar, medicines and tarpaulins, and the tank landing ship INS Shardul followed on Sunday with a further 70 tonnes of relief material, inflatable boats and outboard motors."),
    E("TRANSFER", "occurred", [S("INS Shardul", "organisation", "IND"), S("Vikram Anand", "person", "IND", "High Commissioner of India"),
                               R("Ruwan Senarath", "person", "LKA", "State Minister of Defence"), R("Sri Lanka", "country", "LKA")],
      "2017-05-28", ("Colombo", "LKA"), "70 tonnes of relief material, inflatable boats and outboard motors",
      "INS Kirch, which reached Colombo on Saturday, unloaded rice, dhal, sugar, medicines and tarpaulins, and the tank landing ship INS Shardul followed on Sunday with a further 70 tonnes of relief material, inflatable boats and outboard motors."),
    E("MEET", "occurred", [P("Nishantha Perera", "person", "LKA", title="Vice Admiral, Commander of the Sri Lanka Navy"),
                           P("INS Shardul", "organisation", "IND")],
      "2017-05-28", ("Colombo", "LKA"), None,
      "The Commander of the Sri Lanka Navy, Vice Admiral Nishantha Perera, went on board INS Shardul on Sunday evening to thank the ship's company, and later said eight of its Gemini boats would be sent to Matara district with Indian and Sri Lankan crews."),
    E("COOPERATE", "planned", [P("Indian Navy", "organisation", "IND"), P("Sri Lanka", "country", "LKA")],
      "2017-05-31", ("Trincomalee", "LKA"), None,
      "A third Indian vessel, the survey ship INS Jamuna, is expected in Trincomalee on Wednesday with two mobile medical teams and navy divers.",
      optional=True),
    E("MEET", "occurred", [P("PNS Zulfiquar", "organisation", "PAK"), P("Sri Lanka", "country", "LKA")],
      "2017-05-26", ("Colombo", "LKA"), None,
      "The Pakistan Navy frigate PNS Zulfiquar, which had arrived in Colombo on Friday for a four-day goodwill visit, handed over dry rations, medicines and tents to the Sri Lanka Navy on Monday, the Pakistan High Commission said."),
    E("TRANSFER", "occurred", [S("PNS Zulfiquar", "organisation", "PAK"), R("Sri Lanka Navy", "organisation", "LKA")],
      "2017-05-29", ("Colombo", "LKA"), "dry rations, medicines and tents",
      "The Pakistan Navy frigate PNS Zulfiquar, which had arrived in Colombo on Friday for a four-day goodwill visit, handed over dry rations, medicines and tents to the Sri Lanka Navy on Monday, the Pakistan High Commission said."),
    E("TRANSFER", "planned", [S("Bangladesh Air Force", "organisation", "BGD"), R("Sri Lanka", "country", "LKA")],
      "2017-05-31", ("Katunayake", "LKA"), "10 tonnes of medicines, dry food and water purification tablets",
      "Bangladesh said a C-130 of its air force would land at Katunayake on Wednesday with 10 tonnes of medicines, dry food and water purification tablets."),
])

DOCS[-1][6].insert(3, E("COOPERATE", "planned", [P("INS Shardul", "organisation", "IND"), P("Sri Lanka Navy", "organisation", "LKA")],
      None, ("Matara district", "LKA"), None,
      "The Commander of the Sri Lanka Navy, Vice Admiral Nishantha Perera, went on board INS Shardul on Sunday evening to thank the ship's company, and later said eight of its Gemini boats would be sent to Matara district with Indian and Sri Lankan crews.",
      optional=True))
