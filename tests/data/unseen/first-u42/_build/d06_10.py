from lib import *

# ---------------------------------------------------------------- u42-06  Kenya, domestic only (no event), scraped
T06 = """COAST & COUNTRY DAILY
Kenya's regional voice
Tuesday November 21 2023
Nairobi 19°C | Mombasa 29°C | Garissa 33°C
USD 152.40 KSh | EUR 166.90 KSh

NEWS  COUNTIES  POLITICS  BUSINESS  SPORTS  OPINION  VIDEO  e-PAPER

Counties > Tana River

KDF helicopters pluck 140 from rooftops as Tana River bursts its banks

By Halima Abdi
Published: November 21, 2023, 5:40 pm

[f] [x] [in] [WhatsApp]

Kenya Defence Forces helicopters rescued about 140 people trapped on rooftops and in trees in Tana River County on Monday after the river burst its banks near Garsen, cutting the main road to Lamu and submerging at least a dozen villages.

Two Kenya Air Force Mi-17 helicopters and a smaller AW139 flew from Garissa from first light, a KDF spokesman said, while soldiers of the Kenya Army's Engineers Brigade used boats to reach families in Ozi and Kipini.

The engineers have also begun laying a temporary bridge at Garsen so that food trucks can reach cut-off areas, and a military medical team has set up a treatment tent at the Garsen sub-county hospital, which was flooded on Sunday night.

"Our troops will remain on the ground as long as they are needed. The priority is to get people off the roofs before the next rains," the spokesman said.

The Kenya Red Cross said 38,000 households had been displaced across Garissa, Tana River, Wajir and Mandera counties since the El Niño rains began in October, and that at least 76 people had died nationally.

Interior officials said the national disaster operations centre was coordinating the response with county governments and that the government had not asked for international military assistance. "We have the capacity to handle this, and we will keep it under review," one official said.

Residents of Kipini complained that warnings had come too late. "We heard the helicopters before we heard any message from the county," said fisherman Omar Bwana, 52.

The Kenya Meteorological Department has forecast more heavy rain in the coastal and north-eastern regions until mid-December.

ALSO READ
- Mandera: cholera cases rise in flood camps
- KDF, US troops to hold Justified Accord exercise in Isiolo
- Budget: Treasury releases Sh7bn for flood response
- Opinion: Why our early-warning system keeps failing

Comments (14)
Log in to comment. Community guidelines apply.

Coast & Country Daily | About us | Contact | Advertise | Privacy policy | Terms of use
© 2023 Coast & Country Media Ltd
This website uses cookies. Learn more | Got it
"""
doc("u42-06", "https://coastandcountry.example/counties/tana-river/kdf-helicopters-pluck-140-from-rooftops-4412876",
    "KDF helicopters pluck 140 from rooftops as Tana River bursts its banks", "2023-11-21", "Coast & Country Daily", T06, [])

# ---------------------------------------------------------------- u42-07  Myanmar, raw html (ministry release)
T07 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Operation Brahma: IAF and Navy step up relief to earthquake-hit Myanmar</title>
<link href="/css/style.css" rel="stylesheet">
<script src="/js/jquery.min.js"></script>
<script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script>
</head>
<body>
<div class="top-bar"><a href="#maincontent">Skip to main content</a> | <a href="#">Screen Reader Access</a> | A- A A+ | <a href="/hindi/">हिन्दी</a></div>
<div class="header"><img src="/images/emblem.png" alt="National Emblem"><span class="site-name">Defence News Bureau</span><span class="site-sub">Press releases of the Ministry of Defence</span></div>
<ul class="menu">
<li><a href="/">Home</a></li><li><a href="/releases/">Releases</a></li><li><a href="/photos/">Photos</a></li><li><a href="/archive/">Archive</a></li><li><a href="/contact/">Contact Us</a></li>
</ul>
<div id="maincontent" class="release">
<div class="ministry">Ministry of Defence</div>
<h2>Operation Brahma: IAF and Navy step up relief to earthquake-hit Myanmar</h2>
<div class="date">Posted On: 30 MAR 2025 1:45PM by Defence News Bureau Delhi</div>
<p>In the wake of the earthquake that struck central Myanmar on 28 March 2025, India has launched Operation Brahma to provide humanitarian assistance and disaster relief to the people of Myanmar.</p>
<p>An Indian Air Force C-130J aircraft carrying about 15 tonnes of relief material, including tents, sleeping bags, blankets, ready-to-eat meals, water purifiers, solar lamps, generator sets and essential medicines, landed at Yangon in the early hours of 29 March. The consignment was handed over by India's Ambassador to Myanmar, Shri Rajesh Varma, to the Chief Minister of Yangon Region.</p>
<p>Two more IAF aircraft, a C-17 and a C-130J, landed at Nay Pyi Taw on the night of 29 March carrying an Indian Army field hospital of 118 personnel from the 60 Parachute Field Ambulance, together with its medical stores. The hospital, which has surgical, emergency and intensive care facilities, is being set up in Mandalay.</p>
<p>Indian Naval Ships Satpura and Savitri have sailed with 40 tonnes of humanitarian aid and are expected to reach Yangon port on 1 April.</p>
<p>INS Karmukh and LCU 52, which are being readied at Port Blair, will carry a further 30 tonnes of relief material, including drinking water and hygiene kits.</p>
<p>The Indian Navy also carried relief supplies to Myanmar after Cyclone Mocha in May 2023 under Operation Karuna.</p>
<p>India stands in solidarity with the people of Myanmar and will continue to assist as the situation evolves.</p>
<p class="sign">VK/SAV/Savvy</p>
<div class="share">Share on: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#">LinkedIn</a></div>
<div class="release-id">(Release ID: 2117041) Visitor Counter : 2316</div>
<div class="lang">Read this release in: Hindi , Urdu</div>
</div>
<div class="footer">
<p>Website Policies | Help | Feedback | Sitemap | Copyright Policy</p>
<p>Content on this website is published and managed by the Defence News Bureau. Last updated on 30 March 2025.</p>
</div>
</body>
</html>
"""
doc("u42-07", "https://defencenews-bureau.example/PressReleasePage.aspx?PRID=2117041",
    "Operation Brahma: IAF and Navy step up relief to earthquake-hit Myanmar", "2025-03-30", "Defence News Bureau", T07, [
    E("TRANSFER", "occurred", [S("Indian Air Force", "organisation", "IND"), S("Rajesh Varma", "person", "IND", "India's Ambassador to Myanmar"),
                               R("Myanmar", "country", "MMR")],
      "2025-03-29", ("Yangon", "MMR"), "about 15 tonnes of relief material: tents, sleeping bags, blankets, ready-to-eat meals, water purifiers, solar lamps, generator sets, medicines",
      "An Indian Air Force C-130J aircraft carrying about 15 tonnes of relief material, including tents, sleeping bags, blankets, ready-to-eat meals, water purifiers, solar lamps, generator sets and essential medicines, landed at Yangon in the early hours of 29 March."),
    E("COOPERATE", "occurred", [P("Indian Army", "organisation", "IND"), P("Myanmar", "country", "MMR")],
      "2025-03-29", ("Mandalay", "MMR"), None,
      "Two more IAF aircraft, a C-17 and a C-130J, landed at Nay Pyi Taw on the night of 29 March carrying an Indian Army field hospital of 118 personnel from the 60 Parachute Field Ambulance, together with its medical stores.",
      optional=True),
    E("TRANSFER", "planned", [S("Indian Navy", "organisation", "IND"), R("Myanmar", "country", "MMR")],
      "2025-04-01", ("Yangon", "MMR"), "40 tonnes of humanitarian aid (INS Satpura and INS Savitri)",
      "Indian Naval Ships Satpura and Savitri have sailed with 40 tonnes of humanitarian aid and are expected to reach Yangon port on 1 April."),
    E("TRANSFER", "planned", [S("Indian Navy", "organisation", "IND"), R("Myanmar", "country", "MMR")],
      None, None, "30 tonnes of relief material incl. drinking water and hygiene kits (INS Karmukh and LCU 52)",
      "INS Karmukh and LCU 52, which are being readied at Port Blair, will carry a further 30 tonnes of relief material, including drinking water and hygiene kits."),
    E("TRANSFER", "occurred", [S("Indian Navy", "organisation", "IND"), R("Myanmar", "country", "MMR")],
      "2023-05", None, "relief supplies (Operation Karuna)",
      "The Indian Navy also carried relief supplies to Myanmar after Cyclone Mocha in May 2023 under Operation Karuna.",
      optional=True),
])

# ---------------------------------------------------------------- u42-08  ADMM-Plus exercise, scraped, cut off
T08 = """The Bangkok Sentinel
Home | Thailand | ASEAN | World | Business | Life | Opinion | Multimedia
Saturday, September 3, 2016   SET 1,548.32 (+0.41%)   USD/THB 34.62

ASEAN

Eighteen militaries rehearse quake response at Sattahip

Published: 3 Sep 2016 at 06:10
Writer: Pornthip Suwan

Share | Tweet | LINE

More than 1,500 military personnel from the 18 ADMM-Plus countries are rehearsing the response to a fictional magnitude-7.5 earthquake on the eastern seaboard in a combined humanitarian assistance, disaster relief and military medicine exercise that opened at Sattahip naval base on Thursday.

The exercise, AM-HEx 2016, runs until September 11 and is co-chaired by Thailand and Japan. Field hospitals of the Royal Thai Army, the Japan Self-Defense Forces, China's People's Liberation Army and the Indian Army have been pitched side by side on the base's airfield, and Russian, Australian and South Korean medical teams are taking turns to receive simulated casualties flown in by helicopter.

On Friday, Defence Forces chief General Surapong Intarakul received Japan's Vice-Minister of Defense for International Affairs, Hiroshi Kanda, at the base, where the two discussed a military medicine seminar that Japan will host in Tokyo next year.

A multinational coordination centre set up by the Royal Thai Armed Forces with staff from Singapore's Changi Regional HADR Coordination Centre is assigning incoming foreign aircraft, ships and teams to "affected" provinces, as it would in a real disaster.

"We learned after the tsunami in 2004, and again in Nepal last year, that the hardest part is not sending help but receiving it," said Rear Admiral Chatchai Boonsong, the exercise director. "Dozens of foreign teams arrive at once and nobody knows where to put them."

US Marines from the III Marine Expeditionary Force are flying two MV-22 Ospreys between Sattahip and U-Tapao airport, while the Indonesian navy hospital ship KRI dr Soeharso, which arrived on Wednesday with 120 medical staff, is anch"""
doc("u42-08", "https://bangkoksentinel.example/asean/1083412/eighteen-militaries-rehearse-quake-response-at-sattahip",
    "Eighteen militaries rehearse quake response at Sattahip", "2016-09-03", "The Bangkok Sentinel", T08, [
    E("EXERCISE", "occurred", [P("Thailand", "country", "THA"), P("Japan", "country", "JPN"),
                               P("People's Liberation Army", "organisation", "CHN"), P("Indian Army", "organisation", "IND"),
                               P("Russia", "country", "RUS"), P("Australia", "country", "AUS"), P("South Korea", "country", "KOR"),
                               P("III Marine Expeditionary Force", "organisation", "USA"), P("Indonesian navy", "organisation", "IDN")],
      "2016-09", ("Sattahip naval base", "THA"), None,
      "Field hospitals of the Royal Thai Army, the Japan Self-Defense Forces, China's People's Liberation Army and the Indian Army have been pitched side by side on the base's airfield, and Russian, Australian and South Korean medical teams are taking turns to receive simulated casualties flown in by helicopter."),
    E("MEET", "occurred", [P("Surapong Intarakul", "person", "THA", title="General, Defence Forces chief"),
                           P("Hiroshi Kanda", "person", "JPN", title="Vice-Minister of Defense for International Affairs")],
      "2016-09-02", ("Sattahip naval base", "THA"), None,
      "On Friday, Defence Forces chief General Surapong Intarakul received Japan's Vice-Minister of Defense for International Affairs, Hiroshi Kanda, at the base, where the two discussed a military medicine seminar that Japan will host in Tokyo next year."),
    E("MEET", "planned", [P("Japan", "country", "JPN"), P("Thailand", "country", "THA")],
      "2017", ("Tokyo", "JPN"), None,
      "On Friday, Defence Forces chief General Surapong Intarakul received Japan's Vice-Minister of Defense for International Affairs, Hiroshi Kanda, at the base, where the two discussed a military medicine seminar that Japan will host in Tokyo next year.",
      optional=True),
    E("COOPERATE", "occurred", [P("Royal Thai Armed Forces", "organisation", "THA"), P("Changi Regional HADR Coordination Centre", "organisation", "SGP")],
      "2016-09", ("Sattahip naval base", "THA"), None,
      "A multinational coordination centre set up by the Royal Thai Armed Forces with staff from Singapore's Changi Regional HADR Coordination Centre is assigning incoming foreign aircraft, ships and teams to \"affected\" provinces, as it would in a real disaster."),
])

# ---------------------------------------------------------------- u42-09  Haiyan, scraped
T09 = """Manila Evening Standard
NEWS | NATION | METRO | WORLD | BUSINESS | SPORTS | ENTERTAINMENT | OPINION | YOLANDA UPDATES
Friday, November 15, 2013   Manila 31°C partly cloudy   USD 43.55 PHP

NATION

Foreign troops, ships pour into Eastern Visayas a week after Yolanda

By Ramon de Guzman
November 15, 2013, 8:22pm

Like | Tweet | Email | Print | Comments (37)

TACLOBAN CITY — A week after super typhoon Yolanda (international name: Haiyan) flattened much of Leyte and Samar, foreign military aircraft are landing at the battered Daniel Z. Romualdez Airport at a rate of one every 20 minutes, and the first warships have begun to arrive offshore.

The American aircraft carrier USS George Washington, which was recalled from a port visit in Hong Kong, took up station off eastern Samar on Thursday, and its 21 helicopters began ferrying water and food to isolated towns on Friday morning.

US Marine Corps KC-130J transports and MV-22 Ospreys have flown in more than 250 tonnes of relief goods since Monday, said Brigadier General Michael Hale, commander of the 3rd Marine Expeditionary Brigade, whose Marines also set up portable lights so the airport could take flights after dark.

"The need is enormous, and we will be here for as long as the Philippine government wants us," Hale told reporters on the tarmac.

At Camp Aguinaldo in Quezon City, the Armed Forces of the Philippines has set up a Multinational Coordination Center where liaison officers from the United States, Japan, Australia, Malaysia, Singapore and Indonesia work alongside Filipino planners to assign aircraft and ships to the areas of greatest need.

A Royal Australian Air Force C-17 landed in Tacloban on Wednesday with a 37-member field medical team and 8 tonnes of medical stores, and the amphibious ship HMAS Tobruk is being loaded in Townsville with engineering equipment and relief supplies for the voyage north.

Two Royal Malaysian Air Force C-130s flew in 20 tonnes of rice, canned food and blankets on Tuesday.

Britain's destroyer HMS Daring, diverted from a deployment in Singapore, is due off Leyte on Sunday carrying water purification equipment and a Lynx helicopter.

In Tokyo, the Defense Ministry said it would expand its Self-Defense Forces relief team to about 1,000 personnel, the largest overseas disaster deployment in Japan's history, and would send the helicopter destroyer Ise and two transport ships.

An Israel Defense Forces field hospital with 148 doctors, nurses and support staff opened in Bogo City in northern Cebu on Thursday and treated more than 200 patients on its first day.

Chinese state media said the People's Liberation Army Navy was considering whether to send its hospital ship Peace Ark, after Beijing was criticised at home and abroad for its initial pledge of $100,000.

In Tacloban, however, residents said relief was still not reaching the outlying barangays. "We see the planes every day, but the rice does not come here," said Marites Abad, 41, who was queuing for water outside the ruined city hall.

The NDRRMC on Friday put the confirmed death toll at 3,621, with 1,140 missing.

MORE FROM NATION
- DND eyes more FA-50 jets from South Korea
- Comelec sets barangay polls date
- PAGASA: new low-pressure area east of Mindanao
- Senate probes pork barrel fund transfers

Tags: Yolanda, Haiyan, Tacloban, foreign aid, AFP

Copyright 2013 Manila Evening Standard. All rights reserved.
"""
doc("u42-09", "https://manilaeveningstandard.example/nation/2013/11/15/foreign-troops-ships-pour-into-eastern-visayas",
    "Foreign troops, ships pour into Eastern Visayas a week after Yolanda", "2013-11-15", "Manila Evening Standard", T09, [
    E("COOPERATE", "occurred", [P("USS George Washington", "organisation", "USA"), P("Philippines", "country", "PHL")],
      "2013-11-14", ("off eastern Samar", "PHL"), None,
      "The American aircraft carrier USS George Washington, which was recalled from a port visit in Hong Kong, took up station off eastern Samar on Thursday, and its 21 helicopters began ferrying water and food to isolated towns on Friday morning.",
      optional=True),
    E("MEET", "occurred", [P("USS George Washington", "organisation", "USA"), P("China", "country", "CHN")],
      None, ("Hong Kong", "CHN"), None,
      "The American aircraft carrier USS George Washington, which was recalled from a port visit in Hong Kong, took up station off eastern Samar on Thursday, and its 21 helicopters began ferrying water and food to isolated towns on Friday morning.",
      optional=True),
    E("TRANSFER", "occurred", [S("US Marine Corps", "organisation", "USA"),
                               S("Michael Hale", "person", "USA", "Brigadier General, commander of the 3rd Marine Expeditionary Brigade"),
                               R("Philippines", "country", "PHL")],
      "2013-11", ("Tacloban", "PHL"), "more than 250 tonnes of relief goods",
      "US Marine Corps KC-130J transports and MV-22 Ospreys have flown in more than 250 tonnes of relief goods since Monday, said Brigadier General Michael Hale, commander of the 3rd Marine Expeditionary Brigade, whose Marines also set up portable lights so the airport could take flights after dark."),
    E("COOPERATE", "occurred", [P("Armed Forces of the Philippines", "organisation", "PHL"), P("United States", "country", "USA"),
                                P("Japan", "country", "JPN"), P("Australia", "country", "AUS"), P("Malaysia", "country", "MYS"),
                                P("Singapore", "country", "SGP"), P("Indonesia", "country", "IDN")],
      "2013-11", ("Camp Aguinaldo", "PHL"), None,
      "At Camp Aguinaldo in Quezon City, the Armed Forces of the Philippines has set up a Multinational Coordination Center where liaison officers from the United States, Japan, Australia, Malaysia, Singapore and Indonesia work alongside Filipino planners to assign aircraft and ships to the areas of greatest need."),
    E("TRANSFER", "occurred", [S("Royal Australian Air Force", "organisation", "AUS"), R("Philippines", "country", "PHL")],
      "2013-11-13", ("Tacloban", "PHL"), "8 tonnes of medical stores",
      "A Royal Australian Air Force C-17 landed in Tacloban on Wednesday with a 37-member field medical team and 8 tonnes of medical stores, and the amphibious ship HMAS Tobruk is being loaded in Townsville with engineering equipment and relief supplies for the voyage north."),
    E("COOPERATE", "occurred", [P("Australia", "country", "AUS"), P("Philippines", "country", "PHL")],
      "2013-11-13", ("Tacloban", "PHL"), None,
      "A Royal Australian Air Force C-17 landed in Tacloban on Wednesday with a 37-member field medical team and 8 tonnes of medical stores, and the amphibious ship HMAS Tobruk is being loaded in Townsville with engineering equipment and relief supplies for the voyage north.",
      optional=True),
    E("TRANSFER", "planned", [S("HMAS Tobruk", "organisation", "AUS"), R("Philippines", "country", "PHL")],
      None, None, "engineering equipment and relief supplies",
      "A Royal Australian Air Force C-17 landed in Tacloban on Wednesday with a 37-member field medical team and 8 tonnes of medical stores, and the amphibious ship HMAS Tobruk is being loaded in Townsville with engineering equipment and relief supplies for the voyage north."),
    E("TRANSFER", "occurred", [S("Royal Malaysian Air Force", "organisation", "MYS"), R("Philippines", "country", "PHL")],
      "2013-11-12", None, "20 tonnes of rice, canned food and blankets",
      "Two Royal Malaysian Air Force C-130s flew in 20 tonnes of rice, canned food and blankets on Tuesday."),
    E("TRANSFER", "planned", [S("HMS Daring", "organisation", "GBR"), R("Philippines", "country", "PHL")],
      "2013-11-17", ("off Leyte", "PHL"), "water purification equipment",
      "Britain's destroyer HMS Daring, diverted from a deployment in Singapore, is due off Leyte on Sunday carrying water purification equipment and a Lynx helicopter."),
    E("COOPERATE", "planned", [P("Japan Self-Defense Forces", "organisation", "JPN"), P("Philippines", "country", "PHL")],
      None, None, None,
      "In Tokyo, the Defense Ministry said it would expand its Self-Defense Forces relief team to about 1,000 personnel, the largest overseas disaster deployment in Japan's history, and would send the helicopter destroyer Ise and two transport ships.",
      optional=True),
    E("COOPERATE", "occurred", [P("Israel Defense Forces", "organisation", "ISR"), P("Philippines", "country", "PHL")],
      "2013-11-14", ("Bogo City", "PHL"), None,
      "An Israel Defense Forces field hospital with 148 doctors, nurses and support staff opened in Bogo City in northern Cebu on Thursday and treated more than 200 patients on its first day.",
      optional=True),
])

# ---------------------------------------------------------------- u42-10  Grenada / Beryl, scraped, published null
T10 = """SPICE ISLE CHRONICLE
Grenada • Carriacou • Petite Martinique
HOME   NEWS   BERYL RECOVERY   BUSINESS   SPORTS   CULTURE   CLASSIFIEDS   CONTACT

Saturday, July 6th, 2024

BERYL RECOVERY

Regional soldiers land on Carriacou as aid ships arrive

Chronicle reporter
Posted 2:35 pm

[Share on Facebook]  [Share on WhatsApp]  [Email this story]

Soldiers of the CARICOM Disaster Relief Unit went ashore at Hillsborough on Thursday to help clear roads and hand out food and water on Carriacou, where Hurricane Beryl damaged or destroyed almost every house on Monday.

The unit, which is led by the Jamaica Defence Force and this time includes troops from the Trinidad and Tobago Defence Force and the Barbados Defence Force, was activated by the Caribbean Disaster Emergency Management Agency at the request of the Government of Grenada.

A Trinidad and Tobago Coast Guard vessel, TTS Port of Spain, had already brought 40 tonnes of water, tarpaulins and chainsaws across from Chaguaramas on Wednesday, and the cargo was unloaded at Hillsborough jetty by soldiers and volunteers.

On Friday the British support ship RFA Wave Knight, which has been on patrol in the Caribbean for the hurricane season, anchored off Carriacou and used its Wildcat helicopter to lift emergency shelter kits, water containers and hygiene packs ashore.

Canada said a Royal Canadian Air Force CC-130J Hercules would fly relief supplies to Grenada and St Vincent and the Grenadines on Sunday.

The Prime Minister, who toured Carriacou and Petite Martinique on Friday, said electricity and water could be out for weeks. "I want to thank our CARICOM brothers and sisters and all our friends who came so fast," he said.

The Royal Grenada Police Force said all schools on Carriacou would be used as shelters until further notice. Residents who need to travel to Grenada should register with the National Disaster Management Agency.

PHOTO: Soldiers unload water at Hillsborough jetty. (Chronicle photo)

Most Popular
1. Carriacou: 'Everything is gone'
2. Beryl: full list of shelters
3. Cricket: Windies name squad for England tour

Advertise with the Chronicle | Subscribe | Privacy
© Spice Isle Chronicle 2024
"""
CDRU_LOC = ("Carriacou", "GRD")
CDRU_EV = "The unit, which is led by the Jamaica Defence Force and this time includes troops from the Trinidad and Tobago Defence Force and the Barbados Defence Force, was activated by the Caribbean Disaster Emergency Management Agency at the request of the Government of Grenada."
doc("u42-10", "https://spiceislechronicle.example/beryl-recovery/regional-soldiers-land-on-carriacou",
    "Regional soldiers land on Carriacou as aid ships arrive", None, "Spice Isle Chronicle", T10, [
    E("DEPLOY", "occurred", [P("Jamaica Defence Force", "organisation", "JAM"), P("CARICOM Disaster Relief Unit", "igo", "CARICOM")],
      "2024-07-04", CDRU_LOC, None, CDRU_EV),
    E("DEPLOY", "occurred", [P("Trinidad and Tobago Defence Force", "organisation", "TTO"), P("CARICOM Disaster Relief Unit", "igo", "CARICOM")],
      "2024-07-04", CDRU_LOC, None, CDRU_EV),
    E("DEPLOY", "occurred", [P("Barbados Defence Force", "organisation", "BRB"), P("CARICOM Disaster Relief Unit", "igo", "CARICOM")],
      "2024-07-04", CDRU_LOC, None, CDRU_EV),
    E("TRANSFER", "occurred", [S("Trinidad and Tobago Coast Guard", "organisation", "TTO"), R("Grenada", "country", "GRD")],
      "2024-07-03", ("Hillsborough", "GRD"), "40 tonnes of water, tarpaulins and chainsaws",
      "A Trinidad and Tobago Coast Guard vessel, TTS Port of Spain, had already brought 40 tonnes of water, tarpaulins and chainsaws across from Chaguaramas on Wednesday, and the cargo was unloaded at Hillsborough jetty by soldiers and volunteers."),
    E("TRANSFER", "occurred", [S("RFA Wave Knight", "organisation", "GBR"), R("Grenada", "country", "GRD")],
      "2024-07-05", ("Carriacou", "GRD"), "emergency shelter kits, water containers and hygiene packs",
      "On Friday the British support ship RFA Wave Knight, which has been on patrol in the Caribbean for the hurricane season, anchored off Carriacou and used its Wildcat helicopter to lift emergency shelter kits, water containers and hygiene packs ashore."),
    E("TRANSFER", "planned", [S("Royal Canadian Air Force", "organisation", "CAN"), R("Grenada", "country", "GRD")],
      "2024-07-07", None, "relief supplies (CC-130J Hercules)",
      "Canada said a Royal Canadian Air Force CC-130J Hercules would fly relief supplies to Grenada and St Vincent and the Grenadines on Sunday."),
    E("TRANSFER", "planned", [S("Royal Canadian Air Force", "organisation", "CAN"), R("St Vincent and the Grenadines", "country", "VCT")],
      "2024-07-07", None, "relief supplies (CC-130J Hercules)",
      "Canada said a Royal Canadian Air Force CC-130J Hercules would fly relief supplies to Grenada and St Vincent and the Grenadines on Sunday."),
])
