from common import *

DOCS = []

# ---------------------------------------------------------------- u38-20 raw html, no event (civilian aid project)
t = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Saint-Louis fishermen receive 30 new boats under EU-funded project - Coast and Sahel News</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="/css/csn.min.css">
<script>var _paq=window._paq||[];_paq.push(['trackPageView']);</script>
</head>
<body>
<div id="top"><a href="/">Coast and Sahel News</a> <span class="tagline">West Africa, from the ocean to the desert</span></div>
<ul class="menu">
<li><a href="/senegal">Senegal</a></li><li><a href="/mauritania">Mauritania</a></li><li><a href="/mali">Mali</a></li><li><a href="/gambia">Gambia</a></li><li><a href="/economy">Economy</a></li><li><a href="/environment">Environment</a></li>
</ul>
<div class="content">
<h1>Saint-Louis fishermen receive 30 new boats under EU-funded project</h1>
<p class="date">Thursday 30 March 2023</p>
<p>Thirty fibreglass pirogues with outboard engines were handed over on Wednesday to four fishing cooperatives in Guet Ndar, the crowded fishing quarter of Saint-Louis, under a project financed by the European Union's Emergency Trust Fund for Africa.</p>
<p>The boats come with cold-storage containers, GPS units, VHF radios and 400 life jackets. The project, which also pays for training in fish processing and small-business management, aims to give young people in the area a living at home rather than on the dangerous Atlantic route to the Canary Islands.</p>
<p>The European Union's ambassador, Laura Bettini, and Fisheries Minister Ousmane Diagne attended the ceremony on the banks of the Senegal river, alongside several hundred fishermen and their families.</p>
<p>"Every young man who finds work here is a young man who does not have to risk his life at sea," the minister said.</p>
<p>Guet Ndar's fishermen have been hit hard by dwindling catches and by a 2016 dispute over licences to fish in Mauritanian waters. Many of the pirogues that left for the Canaries in 2020 and 2021 set off from the quarter, and local associations say more than 100 young men from the area have died or gone missing at sea since then.</p>
<p>The project, run by the Italian NGO Mare Vivo with the Saint-Louis regional fisheries service, has a budget of 6.5 million euros over four years.</p>
<p class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></p>
</div>
<div class="sidebar">
<h3>Latest</h3>
<ul>
<li><a href="/senegal/2023/03/29/dakar-bus-rapid-transit">Dakar's bus rapid transit line enters test phase</a></li>
<li><a href="/mauritania/2023/03/28/gas-field-first-cargo">Offshore gas: first cargo expected by year-end</a></li>
<li><a href="/senegal/2023/03/27/navy-intercepts-pirogue">Navy intercepts pirogue with 180 migrants off Dakar</a></li>
</ul>
</div>
<div id="footer">&copy; 2023 Coast and Sahel News &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy</a></div>
</body>
</html>
"""
DOCS.append(({"id": "u38-20", "url": "https://coastsahel.example/senegal/2023/03/30/saint-louis-fishermen-receive-30-new-boats",
    "title": "Saint-Louis fishermen receive 30 new boats under EU-funded project", "published": "2023-03-30",
    "source": "Coast and Sahel News", "text": t}, []))

# ---------------------------------------------------------------- u38-21 scraped, published null, West Africa / UN
t = """TERANGA DAILY
News from Senegal and West Africa
Home   Politics   Security   Economy   Society   Sport   Culture   Opinion
Posted: 2015-11-09T10:22 GMT | Security | 512 views

Senegalese gendarmes leave for UN mission in Mali

A formed police unit of 140 Senegalese gendarmes left Dakar on Saturday for Mali, where it will replace a contingent that has served with the UN stabilisation mission MINUSMA in Gao since last November.

The unit, commanded by Lieutenant Colonel Ibrahima Sarr, was seen off at Léopold Sédar Senghor airport by senior gendarmerie officers and relatives.

Its members completed a pre-deployment course last month at the gendarmerie training centre in Ouakam, run with French gendarmerie instructors and focused on crowd control, convoy escort and the protection of civilians.

The United States in September donated eight armoured personnel carriers to equip the Senegalese police units serving with the UN, under its Global Peace Operations Initiative.

Senegal has more than 2,000 soldiers, gendarmes and police deployed in UN missions, including MINUSMA, the UN mission in the Central African Republic (MINUSCA) and the UN mission in Côte d'Ivoire (UNOCI), making it one of Africa's largest contributors.

Elsewhere in the region, Togo will deploy a second formed police unit to MINUSMA in January, while a Rwandan police unit arrived in Bangui last week to join MINUSCA.

Gao has seen repeated attacks on UN convoys this year. Four peacekeepers were killed in July when their vehicle struck a mine north of the city.

READ ALSO
- Casamance: army clears mines near Ziguinchor
- Tabaski: sheep prices soar in Dakar
- Opinion: Should Senegal send troops to Yemen?

Share: Facebook Twitter Email
Comments are closed.

© Teranga Daily 2015 | About | Contact | This site uses cookies.
"""
DOCS.append(({"id": "u38-21", "url": "https://terangadaily.example/security/senegalese-gendarmes-leave-for-un-mission-in-mali",
    "title": "Senegalese gendarmes leave for UN mission in Mali", "published": None,
    "source": "Teranga Daily", "text": t}, [
    E("DEPLOY", "occurred", [
        P("Senegal (formed police unit of Senegalese gendarmes)", "organisation", "SEN"),
        P("Ibrahima Sarr", "person", "SEN", title="commander of the formed police unit"),
        P("MINUSMA", "igo", "UN")],
      "2015-11-07", L("Gao", "MLI"), None,
      "A formed police unit of 140 Senegalese gendarmes left Dakar on Saturday for Mali, where it will replace a contingent that has served with the UN stabilisation mission MINUSMA in Gao since last November."),
    E("TRAIN", "occurred", [
        P("French gendarmerie", "organisation", "FRA"), P("Senegalese gendarmerie", "organisation", "SEN")],
      "2015-10", L("Ouakam", "SEN"), None,
      "Its members completed a pre-deployment course last month at the gendarmerie training centre in Ouakam, run with French gendarmerie instructors and focused on crowd control, convoy escort and the protection of civilians."),
    E("TRANSFER", "occurred", [
        S("United States", "country", "USA"), R("Senegalese police units", "organisation", "SEN")],
      "2015-09", None, "armoured personnel carriers",
      "The United States in September donated eight armoured personnel carriers to equip the Senegalese police units serving with the UN, under its Global Peace Operations Initiative."),
    E("DEPLOY", "occurred", [
        P("Senegal", "country", "SEN"), P("United Nations", "igo", "UN")],
      None, None, None,
      "Senegal has more than 2,000 soldiers, gendarmes and police deployed in UN missions, including MINUSMA, the UN mission in the Central African Republic (MINUSCA) and the UN mission in Côte d'Ivoire (UNOCI), making it one of Africa's largest contributors.", True),
    E("DEPLOY", "planned", [
        P("Togo", "country", "TGO"), P("MINUSMA", "igo", "UN")],
      "2016-01", L("Mali", "MLI"), None,
      "Elsewhere in the region, Togo will deploy a second formed police unit to MINUSMA in January, while a Rwandan police unit arrived in Bangui last week to join MINUSCA."),
    E("DEPLOY", "occurred", [
        P("Rwandan police unit", "organisation", "RWA"), P("MINUSCA", "igo", "UN")],
      "2015-11", L("Bangui", "CAF"), None,
      "Elsewhere in the region, Togo will deploy a second formed police unit to MINUSMA in January, while a Rwandan police unit arrived in Bangui last week to join MINUSCA."),
]))

# ---------------------------------------------------------------- u38-22 clean, Horn of Africa
t = """Japan hands patrol boats to Djibouti coast guard as piracy threat recedes

DJIBOUTI, June 2 — Japan on Sunday handed over two 20-metre patrol boats to the Djibouti Coast Guard at the port of Djibouti, the largest vessels yet in the fleet of a service created only in 2011.

Japanese Ambassador Tatsuya Onishi handed the boats to Djibouti's Minister of Equipment and Transport, Ahmed Ali Doualeh, at a ceremony attended by coast guard crews and diplomats.

The boats were financed by a 1.2-billion-yen grant that Tokyo agreed in 2013 as part of its support for maritime security in the Gulf of Aden, where Japan's Maritime Self-Defense Force has kept its only overseas base since 2011.

Forty Djiboutian coast guard personnel spent two months in Japan earlier this year learning to operate and maintain the boats, and two Japan Coast Guard instructors will stay in Djibouti until the end of the year.

Tokyo has also offered a larger, 40-metre patrol vessel, and a Japanese survey team is due in Djibouti in September to assess the coast guard's needs, officials said.

The Djibouti Coast Guard also receives training from EUCAP Nestor, the EU's civilian mission to build maritime capacity in the Horn of Africa, which has run courses on maritime law and boarding procedures in Djibouti since 2013.

At sea, the EU's counter-piracy operation Atalanta currently has two warships on station, a German frigate and an Italian destroyer, down from as many as ten at the height of the piracy crisis.

No merchant ship has been hijacked by Somali pirates since May 2012, a fall attributed to naval patrols, armed guards aboard ships and prosecutions of pirates in regional courts. But officials warn that the networks behind the attacks remain intact, and that illegal fishing by foreign trawlers off Somalia is again fuelling resentment in coastal communities.

Djibouti, which sits on the Bab el-Mandeb strait through which much of the traffic between Europe and Asia passes, also hosts military bases of France and the United States, and China is building its first overseas naval facility nearby.
"""
DOCS.append(({"id": "u38-22", "url": "https://hornmaritimebrief.example/2015/06/02/japan-hands-patrol-boats-to-djibouti-coast-guard",
    "title": "Japan hands patrol boats to Djibouti coast guard as piracy threat recedes", "published": "2015-06-02",
    "source": "Horn Maritime Brief", "text": t}, [
    E("TRANSFER", "occurred", [
        S("Japan", "country", "JPN"),
        S("Tatsuya Onishi", "person", "JPN", "Japanese Ambassador"),
        R("Djibouti Coast Guard", "organisation", "DJI"),
        R("Ahmed Ali Doualeh", "person", "DJI", "Minister of Equipment and Transport")],
      "2015-05-31", L("port of Djibouti", "DJI"), "20-metre patrol boats",
      "DJIBOUTI, June 2 — Japan on Sunday handed over two 20-metre patrol boats to the Djibouti Coast Guard at the port of Djibouti, the largest vessels yet in the fleet of a service created only in 2011."),
    E("AGREE", "occurred", [
        P("Japan", "country", "JPN"), P("Djibouti", "country", "DJI")],
      "2013", None, None,
      "The boats were financed by a 1.2-billion-yen grant that Tokyo agreed in 2013 as part of its support for maritime security in the Gulf of Aden, where Japan's Maritime Self-Defense Force has kept its only overseas base since 2011.", True),
    E("COOPERATE", "occurred", [
        P("Japan's Maritime Self-Defense Force", "organisation", "JPN"), P("Djibouti", "country", "DJI")],
      None, L("Djibouti", "DJI"), None,
      "The boats were financed by a 1.2-billion-yen grant that Tokyo agreed in 2013 as part of its support for maritime security in the Gulf of Aden, where Japan's Maritime Self-Defense Force has kept its only overseas base since 2011.", True),
    E("TRAIN", "occurred", [
        P("Japan Coast Guard", "organisation", "JPN"), P("Djibouti Coast Guard", "organisation", "DJI")],
      "2015", L("Japan", "JPN"), None,
      "Forty Djiboutian coast guard personnel spent two months in Japan earlier this year learning to operate and maintain the boats, and two Japan Coast Guard instructors will stay in Djibouti until the end of the year."),
    E("TRANSFER", "planned", [
        S("Japan", "country", "JPN"), R("Djibouti Coast Guard", "organisation", "DJI")],
      None, None, "40-metre patrol vessel",
      "Tokyo has also offered a larger, 40-metre patrol vessel, and a Japanese survey team is due in Djibouti in September to assess the coast guard's needs, officials said."),
    E("MEET", "planned", [
        P("Japanese survey team", "organisation", "JPN"), P("Djibouti Coast Guard", "organisation", "DJI")],
      "2015-09", L("Djibouti", "DJI"), None,
      "Tokyo has also offered a larger, 40-metre patrol vessel, and a Japanese survey team is due in Djibouti in September to assess the coast guard's needs, officials said.", True),
    E("TRAIN", "occurred", [
        P("EUCAP Nestor", "igo", "EU"), P("Djibouti Coast Guard", "organisation", "DJI")],
      None, L("Djibouti", "DJI"), None,
      "The Djibouti Coast Guard also receives training from EUCAP Nestor, the EU's civilian mission to build maritime capacity in the Horn of Africa, which has run courses on maritime law and boarding procedures in Djibouti since 2013."),
    *[E("DEPLOY", "occurred", [
        P(n, "country", c), P("Operation Atalanta", "igo", "EU")],
      None, None, None,
      "At sea, the EU's counter-piracy operation Atalanta currently has two warships on station, a German frigate and an Italian destroyer, down from as many as ten at the height of the piracy crisis.")
      for n, c in [("Germany", "DEU"), ("Italy", "ITA")]],
    E("COOPERATE", "occurred", [
        P("France", "country", "FRA"), P("Djibouti", "country", "DJI")],
      None, L("Djibouti", "DJI"), None,
      "Djibouti, which sits on the Bab el-Mandeb strait through which much of the traffic between Europe and Asia passes, also hosts military bases of France and the United States, and China is building its first overseas naval facility nearby.", True),
    E("COOPERATE", "occurred", [
        P("United States", "country", "USA"), P("Djibouti", "country", "DJI")],
      None, L("Djibouti", "DJI"), None,
      "Djibouti, which sits on the Bab el-Mandeb strait through which much of the traffic between Europe and Asia passes, also hosts military bases of France and the United States, and China is building its first overseas naval facility nearby.", True),
    E("COOPERATE", "occurred", [
        P("China", "country", "CHN"), P("Djibouti", "country", "DJI")],
      None, L("Djibouti", "DJI"), None,
      "Djibouti, which sits on the Bab el-Mandeb strait through which much of the traffic between Europe and Asia passes, also hosts military bases of France and the United States, and China is building its first overseas naval facility nearby.", True),
]))

# ---------------------------------------------------------------- u38-23 scraped, Southeast Asia, industry
t = """SAIGON MARITIME DAILY
Home | Shipping | Ports | Fisheries | Shipbuilding | Sea & Islands | Law | Video
USD/VND 22,705 | SJC gold 36.55–36.75 million VND/tael | HCMC 34°C
Saturday, 27/05/2017

Sea & Islands

US transfers former cutter Morgenthau to Vietnam Coast Guard

Thanh Hai | 27/05/2017 07:30 GMT+7
Share | Like 214 | Print

The US Coast Guard on Thursday transferred the decommissioned high-endurance cutter Morgenthau to the Vietnam Coast Guard at a ceremony in Honolulu, Hawaii, the largest ship Vietnam has received from the United States.

The 115-metre cutter, which served with the US Coast Guard for 48 years, was handed over under the Excess Defense Articles programme and will be renamed CSB 8020. Vietnam Coast Guard commander Lieutenant General Nguyen Quang Dam received the ship from Rear Admiral Vincent Atkins, commander of the US Coast Guard's 14th District.

A crew of about 90 Vietnamese sailors has been training aboard the ship in Honolulu for two months and will sail it to Vietnam after a period of further instruction with US Coast Guard crews.

Washington delivered six Metal Shark patrol boats to the Vietnam Coast Guard in Da Nang last year.

In Hanoi, Dutch shipbuilder Damen and the Ministry of Defence's Z189 shipyard on Monday signed a licence agreement under which Z189 will build four Damen-designed 42-metre patrol vessels for the Vietnam Coast Guard, with Damen supplying the design, key equipment and technical supervision.

Z189 has already built the DN2000-class offshore patrol vessel for the coast guard under an earlier licence from Damen.

Japan is also financing six new patrol vessels for the Vietnam Coast Guard through a loan of about 38.5 billion yen (about $345 million) pledged by Prime Minister Shinzo Abe during his visit to Hanoi in January.

The new ships are expected to strengthen the coast guard's presence around the Paracel and Spratly islands, where Vietnamese fishermen have repeatedly reported being rammed or chased away by Chinese vessels.

RELATED NEWS
- Quang Ngai fishing boat rammed near Paracels, crew safe
- Cam Ranh international port welcomes 100th foreign warship
- Ba Son shipyard to relocate to Ba Ria-Vung Tau

MOST VIEWED
- Tuna prices fall as catches rise in Binh Dinh
- New container terminal opens in Cai Mep

Saigon Maritime Daily - License No. 123/GP-BTTTT | Editor-in-chief: Tran Van Minh | Contact | Advertising
"""
DOCS.append(({"id": "u38-23", "url": "https://saigonmaritime.example/sea-islands/us-transfers-former-cutter-morgenthau-to-vietnam-coast-guard",
    "title": "US transfers former cutter Morgenthau to Vietnam Coast Guard", "published": "2017-05-27",
    "source": "Saigon Maritime Daily", "text": t}, [
    E("TRANSFER", "occurred", [
        S("US Coast Guard", "organisation", "USA"),
        S("Vincent Atkins", "person", "USA", "commander of the US Coast Guard's 14th District"),
        R("Vietnam Coast Guard", "organisation", "VNM"),
        R("Nguyen Quang Dam", "person", "VNM", "Vietnam Coast Guard commander")],
      "2017-05-25", L("Honolulu, Hawaii", "USA"), "high-endurance cutter",
      "The US Coast Guard on Thursday transferred the decommissioned high-endurance cutter Morgenthau to the Vietnam Coast Guard at a ceremony in Honolulu, Hawaii, the largest ship Vietnam has received from the United States."),
    E("TRAIN", "occurred", [
        P("US Coast Guard", "organisation", "USA"), P("Vietnam Coast Guard", "organisation", "VNM")],
      None, L("Honolulu", "USA"), None,
      "A crew of about 90 Vietnamese sailors has been training aboard the ship in Honolulu for two months and will sail it to Vietnam after a period of further instruction with US Coast Guard crews."),
    E("TRANSFER", "occurred", [
        S("United States", "country", "USA"), R("Vietnam Coast Guard", "organisation", "VNM")],
      "2016", L("Da Nang", "VNM"), "Metal Shark patrol boats",
      "Washington delivered six Metal Shark patrol boats to the Vietnam Coast Guard in Da Nang last year.", True),
    E("AGREE", "occurred", [
        P("Damen", "company", "NLD"), P("Z189 shipyard", "organisation", "VNM")],
      "2017-05-22", L("Hanoi", "VNM"), None,
      "In Hanoi, Dutch shipbuilder Damen and the Ministry of Defence's Z189 shipyard on Monday signed a licence agreement under which Z189 will build four Damen-designed 42-metre patrol vessels for the Vietnam Coast Guard, with Damen supplying the design, key equipment and technical supervision."),
    E("INDUSTRY", "occurred", [
        P("Damen", "company", "NLD"), P("Z189 shipyard", "organisation", "VNM")],
      "2017-05-22", L("Hanoi", "VNM"), "42-metre patrol vessels (licensed production)",
      "In Hanoi, Dutch shipbuilder Damen and the Ministry of Defence's Z189 shipyard on Monday signed a licence agreement under which Z189 will build four Damen-designed 42-metre patrol vessels for the Vietnam Coast Guard, with Damen supplying the design, key equipment and technical supervision."),
    E("TRANSFER", "planned", [
        S("Damen", "company", "NLD"), R("Z189 shipyard", "organisation", "VNM")],
      None, None, "design, key equipment",
      "In Hanoi, Dutch shipbuilder Damen and the Ministry of Defence's Z189 shipyard on Monday signed a licence agreement under which Z189 will build four Damen-designed 42-metre patrol vessels for the Vietnam Coast Guard, with Damen supplying the design, key equipment and technical supervision.", True),
    E("INDUSTRY", "occurred", [
        P("Damen", "company", "NLD"), P("Z189 shipyard", "organisation", "VNM")],
      None, None, "DN2000-class offshore patrol vessel (licensed production)",
      "Z189 has already built the DN2000-class offshore patrol vessel for the coast guard under an earlier licence from Damen.", True),
    E("TRANSFER", "planned", [
        S("Japan", "country", "JPN"), S("Shinzo Abe", "person", "JPN", "Prime Minister"),
        R("Vietnam Coast Guard", "organisation", "VNM")],
      None, None, "patrol vessels",
      "Japan is also financing six new patrol vessels for the Vietnam Coast Guard through a loan of about 38.5 billion yen (about $345 million) pledged by Prime Minister Shinzo Abe during his visit to Hanoi in January."),
    E("MEET", "occurred", [
        P("Shinzo Abe", "person", "JPN", title="Prime Minister"), P("Vietnam", "country", "VNM")],
      "2017-01", L("Hanoi", "VNM"), None,
      "Japan is also financing six new patrol vessels for the Vietnam Coast Guard through a loan of about 38.5 billion yen (about $345 million) pledged by Prime Minister Shinzo Abe during his visit to Hanoi in January.", True),
]))
