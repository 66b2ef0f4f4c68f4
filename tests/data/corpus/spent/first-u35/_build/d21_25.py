from common import *

# ---------------------------------------------------------------- u35-21 (raw html, published null)
t = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Meknes academy graduates 412 officers, 68 from partner countries - Atlas Defence News</title>
<meta name="keywords" content="ARM Meknes, FAR, Morocco, military academy, Africa">
<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);</script>
<style>.lang a{padding:0 4px}.date{color:#777}</style>
</head>
<body>
<div class="lang"><a href="/fr/">FR</a><a href="/ar/">AR</a><a href="/en/" class="on">EN</a></div>
<div id="header"><a href="/en/"><img src="/logo.svg" alt="Atlas Defence News"></a>
<ul id="menu"><li><a href="/en/far/">Royal Armed Forces</a></li><li><a href="/en/africa/">Africa</a></li><li><a href="/en/industry/">Industry</a></li><li><a href="/en/video/">Video</a></li></ul></div>
<div id="main">
<div class="breadcrumb"><a href="/en/">Home</a> &raquo; <a href="/en/far/">Royal Armed Forces</a></div>
<h1>Meknes academy graduates 412 officers, 68 from partner countries</h1>
<p class="date">Posted: 27/07/2018 - 18:40</p>
<div class="body">
<p>MEKNES - The Royal Military Academy in Meknes held its graduation ceremony on Thursday for 412 officer cadets, 68 of them from 16 friendly countries, in a ceremony presided over by the Inspector General of the Royal Armed Forces, General Karim Ait Taleb.</p>
<p>The foreign cadets, who followed the academy's three-year programme alongside their Moroccan classmates, came mainly from Senegal, Gabon, Côte d'Ivoire and Guinea, the academy said.</p>
<p>The graduating class was named after a Moroccan officer killed in a UN peacekeeping operation in 1993, and the new officers took the oath before a large crowd of families and guests.</p>
<p>General Ait Taleb handed the prize for best foreign cadet to Officer Cadet Mamadou Diallo of Guinea, and the Commandant of the Academy, Brigadier General Youssef Tazi, presented the major of the promotion with his sword.</p>
<p>The ceremony was attended by ambassadors and defence attach&eacute;s of the partner countries, as well as senior officers of the Royal Armed Forces.</p>
<p>Since its founding in 1918, the academy has trained several thousand officers from African and Arab countries, many of whom now hold senior command posts in their armies.</p>
<p>The academy's international alumni association held its first congress in Dakar last October, bringing together former cadets from 14 African countries.</p>
</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
<div class="more"><h3>Also in Royal Armed Forces</h3>
<ul><li><a href="/en/far/african-lion-2018-concludes">African Lion 2018 concludes in Tan-Tan</a></li>
<li><a href="/en/far/field-hospital-gaza">FAR field hospital treats patients</a></li></ul></div>
</div>
<div id="footer">&copy; 2018 Atlas Defence News - All rights reserved | <a href="/en/cookies">Cookie policy</a></div>
</body>
</html>
"""
arm = P("Royal Military Academy (Meknes)", "organisation", "MAR")
gen = P("Karim Ait Taleb", "person", "MAR", "Inspector General of the Royal Armed Forces")
loc = L("Royal Military Academy, Meknes", "MAR")
ev = "The foreign cadets, who followed the academy's three-year programme alongside their Moroccan classmates, came mainly from Senegal, Gabon, Côte d'Ivoire and Guinea, the academy said."
doc("u35-21", "https://atlasdefencenews.example/en/far/meknes-academy-graduates-412-officers-68-from-partner-countries",
    "Meknes academy graduates 412 officers, 68 from partner countries", None, "Atlas Defence News", t, [
    E("TRAIN", "occurred", [arm, gen, P("Senegal", "country", "SEN")], "2018-07-26", loc, None, ev),
    E("TRAIN", "occurred", [arm, gen, P("Gabon", "country", "GAB")], "2018-07-26", loc, None, ev),
    E("TRAIN", "occurred", [arm, gen, P("Côte d'Ivoire", "country", "CIV")], "2018-07-26", loc, None, ev),
    E("TRAIN", "occurred", [arm, gen, P("Guinea", "country", "GIN"), P("Mamadou Diallo", "person", "GIN", "Officer Cadet")], "2018-07-26", loc, None, ev),
    E("COOPERATE", "occurred", [P("Royal Military Academy international alumni association", "organisation", "MAR"), P("Senegal", "country", "SEN")], "2017-10", L("Dakar", "SEN"), None,
      "The academy's international alumni association held its first congress in Dakar last October, bringing together former cadets from 14 African countries.", True),
], html=True)

# ---------------------------------------------------------------- u35-22
t = """Pakistan to send troops to Saudi Arabia on training mission

RAWALPINDI: Pakistan will send a contingent of troops to Saudi Arabia on a training and advice mission, the military's media wing said on Thursday.

The decision was announced after Army Chief General Tariq Mehmood met Saudi Ambassador Fahad Al-Otaibi at General Headquarters in Rawalpindi on Thursday, where the two discussed bilateral military ties and the regional security situation, according to the Inter-Services Public Relations (ISPR).

"Pakistan Army troops are being sent to KSA under the ongoing bilateral security cooperation," the ISPR statement said, adding that the troops would not be employed outside the Kingdom.

The military did not say how many soldiers would go, but officials speaking on condition of anonymity put the figure at around 1,000, joining about 1,600 Pakistani personnel already stationed in the kingdom under a bilateral agreement.

The announcement drew questions in the Senate, where several members recalled the 2015 parliamentary resolution calling for Pakistan to remain neutral in the conflict in Yemen. The Senate chairman asked the defence minister to brief the house on the deployment next week.

Officials said the contingent would train Saudi units and would not take part in combat. Pakistan has long provided instructors to the Saudi armed forces, and dozens of Saudi cadets train at the Pakistan Military Academy in Kakul each year.

The two armies held their sixth Al-Samsam joint exercise near Jhelum in November, focusing on counter-terrorism operations.

Former Pakistan Army chief General Raheel Sharif heads the Saudi-led Islamic Military Counter Terrorism Coalition, based in Riyadh.
"""
doc("u35-22", "https://frontiergazette.example/national/pakistan-to-send-troops-to-saudi-arabia-on-training-mission",
    "Pakistan to send troops to Saudi Arabia on training mission", "2018-02-16", "The Frontier Gazette", t, [
    E("TRAIN", "planned", [P("Pakistan", "country", "PAK"), P("Saudi Arabia", "country", "SAU")], None, L("Saudi Arabia", "SAU"), None,
      "RAWALPINDI: Pakistan will send a contingent of troops to Saudi Arabia on a training and advice mission, the military's media wing said on Thursday."),
    E("MEET", "occurred", [P("Tariq Mehmood", "person", "PAK", "Army Chief"), P("Fahad Al-Otaibi", "person", "SAU", "Saudi Ambassador")], "2018-02-15",
      L("General Headquarters, Rawalpindi", "PAK"), None,
      "The decision was announced after Army Chief General Tariq Mehmood met Saudi Ambassador Fahad Al-Otaibi at General Headquarters in Rawalpindi on Thursday, where the two discussed bilateral military ties and the regional security situation, according to the Inter-Services Public Relations (ISPR)."),
    E("COOPERATE", "occurred", [P("Pakistan", "country", "PAK"), P("Saudi Arabia", "country", "SAU")], None, L("Saudi Arabia", "SAU"), "about 1,600 Pakistani personnel stationed in the kingdom",
      "The military did not say how many soldiers would go, but officials speaking on condition of anonymity put the figure at around 1,000, joining about 1,600 Pakistani personnel already stationed in the kingdom under a bilateral agreement.", True),
    E("TRAIN", "occurred", [P("Pakistan Military Academy", "organisation", "PAK"), P("Saudi Arabia", "country", "SAU")], None, L("Pakistan Military Academy, Kakul", "PAK"), None,
      "Pakistan has long provided instructors to the Saudi armed forces, and dozens of Saudi cadets train at the Pakistan Military Academy in Kakul each year."),
    E("EXERCISE", "occurred", [P("Pakistan Army", "organisation", "PAK"), P("Saudi army", "organisation", "SAU")], "2017-11", L("Jhelum", "PAK"), None,
      "The two armies held their sixth Al-Samsam joint exercise near Jhelum in November, focusing on counter-terrorism operations."),
    E("COOPERATE", "occurred", [P("Raheel Sharif", "person", "PAK", "Former Pakistan Army chief"), P("Islamic Military Counter Terrorism Coalition", "organisation", "SAU")], None, L("Riyadh", "SAU"), None,
      "Former Pakistan Army chief General Raheel Sharif heads the Saudi-led Islamic Military Counter Terrorism Coalition, based in Riyadh.", True),
])

# ---------------------------------------------------------------- u35-23
t = """GULF DEFENCE INDUSTRY DAILY
DIMDEX 2022 SHOW NEWS | Day 3
Home | Show News | Land | Sea | Air | Training & Simulation | Events | Newsletter
Doha, Wednesday 23 March 2022 | 26°C, sunny

Training & Simulation

Havelsan and Barzan form simulator joint venture in Doha

By Rami Haddad

Turkish defence software house Havelsan and Qatar's Barzan Holdings signed an agreement on Tuesday to set up a joint venture in Doha that will design and build training simulators for the Qatari armed forces.

The agreement was signed at DIMDEX 2022 by Havelsan General Manager Ercan Tunç and Barzan Holdings Chief Executive Khalid Al-Sulaiti. Barzan will hold 51 percent of the new company and Havelsan 49 percent.

The joint venture will start with bridge and combat-systems simulators for the Qatari Emiri Naval Forces and later move into land and air systems, the companies said. The first simulators are due to be installed at the Qatar Naval Academy next year, and Havelsan instructors will train Qatari naval officers to operate and maintain them.

The two companies also signed a licence agreement under which Barzan will assemble Havelsan's naval combat management consoles in Doha from 2023.

"Simulation is where a navy spends its training money most efficiently. Doing that work in Qatar, with Qatari engineers, is the logical next step," Tunç said.

Havelsan is exhibiting at DIMDEX for the fourth time, as part of a Turkish pavilion of 38 companies organised by the Presidency of Defence Industries.

Qatar's Minister of State for Defence Affairs toured the Turkish pavilion on Monday with Turkey's Deputy Defence Minister Selim Kaya, and the two held talks on training and industrial cooperation, according to the Turkish delegation.

Elsewhere in the hall, Italy's Leonardo showed a full-mission simulator of the M-346 jet trainer, which it hopes to sell to Gulf air forces with a training package.

The exhibition, held every two years at the Doha Exhibition and Convention Center, closes on Wednesday. Organisers say more than 180 exhibitors from 25 countries are taking part.

MORE FROM DIMDEX
- Qatar signs for additional patrol vessels
- Photo gallery: Day 2 in pictures
- Exhibitor list and hall map

Sign up for our newsletter | Privacy policy | Cookie settings
(c) 2022 Gulf Defence Industry Daily
"""
hav = P("Havelsan", "company", "TUR")
bar = P("Barzan Holdings", "company", "QAT")
tunc = P("Ercan Tunç", "person", "TUR", "Havelsan General Manager")
sul = P("Khalid Al-Sulaiti", "person", "QAT", "Barzan Holdings Chief Executive")
doha = L("Doha", "QAT")
doc("u35-23", "https://gulfdefenceindustrydaily.example/dimdex-2022/havelsan-and-barzan-form-simulator-joint-venture-in-doha",
    "Havelsan and Barzan form simulator joint venture in Doha", "2022-03-23", "Gulf Defence Industry Daily", t, [
    E("AGREE", "occurred", [hav, bar, tunc, sul], "2022-03-22", doha, "joint venture agreement for training simulators",
      "The agreement was signed at DIMDEX 2022 by Havelsan General Manager Ercan Tunç and Barzan Holdings Chief Executive Khalid Al-Sulaiti."),
    E("INDUSTRY", "occurred", [hav, bar], "2022-03-22", doha, "training simulators (joint venture)",
      "Turkish defence software house Havelsan and Qatar's Barzan Holdings signed an agreement on Tuesday to set up a joint venture in Doha that will design and build training simulators for the Qatari armed forces."),
    E("TRAIN", "planned", [P("Havelsan", "company", "TUR"), P("Qatari Emiri Naval Forces", "organisation", "QAT")], None, L("Qatar Naval Academy", "QAT"), None,
      "The first simulators are due to be installed at the Qatar Naval Academy next year, and Havelsan instructors will train Qatari naval officers to operate and maintain them."),
    E("AGREE", "occurred", [hav, bar], "2022-03-22", doha, "licence agreement for naval combat management consoles",
      "The two companies also signed a licence agreement under which Barzan will assemble Havelsan's naval combat management consoles in Doha from 2023."),
    E("INDUSTRY", "occurred", [hav, bar], "2022-03-22", doha, "naval combat management consoles (licensed assembly)",
      "The two companies also signed a licence agreement under which Barzan will assemble Havelsan's naval combat management consoles in Doha from 2023."),
    E("EXHIBIT", "occurred", [hav, P("Turkish pavilion", "organisation", "TUR"), P("Qatar", "country", "QAT")], "2022-03", L("Doha Exhibition and Convention Center", "QAT"), None,
      "Havelsan is exhibiting at DIMDEX for the fourth time, as part of a Turkish pavilion of 38 companies organised by the Presidency of Defence Industries."),
    E("MEET", "occurred", [P("Qatar's Minister of State for Defence Affairs", "organisation", "QAT"), P("Selim Kaya", "person", "TUR", "Deputy Defence Minister")], "2022-03-21", doha, None,
      "Qatar's Minister of State for Defence Affairs toured the Turkish pavilion on Monday with Turkey's Deputy Defence Minister Selim Kaya, and the two held talks on training and industrial cooperation, according to the Turkish delegation."),
    E("EXHIBIT", "occurred", [P("Leonardo", "company", "ITA"), P("Qatar", "country", "QAT")], "2022-03", L("Doha Exhibition and Convention Center", "QAT"), "M-346 full-mission simulator",
      "Elsewhere in the hall, Italy's Leonardo showed a full-mission simulator of the M-346 jet trainer, which it hopes to sell to Gulf air forces with a training package."),
])

# ---------------------------------------------------------------- u35-24 (no event)
t = """Cambodia denies foreign instructors at Ream naval base

PHNOM PENH - Cambodia's Ministry of National Defence on Thursday denied reports that foreign military instructors were training Cambodian sailors at Ream Naval Base, calling them "baseless accusations meant to damage the country's reputation".

Ministry spokesman General Sok Vanna said only Cambodian personnel were stationed at the base on the Gulf of Thailand and that all training there was carried out by the Royal Cambodian Navy's own instructors.

"There are no foreign troops and no foreign trainers at Ream. Anyone is welcome to visit and see for themselves," he told reporters.

He said the ongoing renovation of the base's pier and training school was paid for from the national budget, and that Cambodia had not signed any agreement granting a foreign country use of the base. The constitution forbids foreign military bases on Cambodian soil, he added.

The navy will hold its annual sea-rescue and boarding drill at the base later this month with about 400 sailors and 12 vessels, the spokesman said.

Reports of a foreign military presence at Ream have circulated for several years, and satellite images of new buildings at the base drew renewed attention this week.
"""
doc("u35-24", "https://mekongcurrent.example/cambodia/2021/06/10/cambodia-denies-foreign-instructors-at-ream",
    "Cambodia denies foreign instructors at Ream naval base", "2021-06-10", "Mekong Current", t, [])

# ---------------------------------------------------------------- u35-25 (cut off)
t = """BANGKOK EVENING COURIER
Thailand | Asean | World | Business | Life | Sport | Opinion | Property
Friday, August 23, 2019    SET 1,626.58 (+4.12)   Bangkok 33°C thunderstorms
Subscribe | e-Newspaper | Log in
Home > Thailand > Security

Thai, US armies agree on 52 engagements at staff talks

by Nattapong Suwan, staff writer

The Royal Thai Army and US Army Pacific concluded their annual staff talks in Bangkok on Thursday, agreeing on 52 exchanges, courses and exercises for the coming fiscal year.

Lieutenant General Somchai Rattanakul, the Royal Thai Army's deputy chief of staff, and Major General Daniel R. Price, deputy commanding general of US Army Pacific, signed the agreed minutes at the end of the three-day meeting.

The engagements include additional places for Thai officers at the US Army War College and the Command and General Staff College, and a US mobile training team that will teach helicopter maintenance to Thai army aviators at Lop Buri.

The two armies will also hold Hanuman Guardian, their annual bilateral field exercise, in Thailand next year, on a larger scale than this year's edition.

"Our soldiers learn from each other in both directions. The Americans come to Thailand for jungle and amphibious skills, and our officers go to their schools," General Somchai told reporters after the signing.

The meeting also discussed cooperation on disaster relief, military medicine and cyber defence, areas the two sides said they would look at more closely before next year's talks.

The talks came weeks after the US State Department approved a possible sale to Thailand of eight AH-6i light attack helicopters, in a package that includes pilot training in the United States.

Thai army spokesman Colonel Pakorn Sriwong said the army also hoped to send more officers to language courses at the Defense Language Institute in Texas, but that the number of places depe"""
som = P("Somchai Rattanakul", "person", "THA", "Royal Thai Army deputy chief of staff")
pri = P("Daniel R. Price", "person", "USA", "deputy commanding general of US Army Pacific")
doc("u35-25", "https://bangkokeveningcourier.example/thailand/2019/08/23/thai-us-armies-agree-on-52-engagements-at-staff-talks",
    "Thai, US armies agree on 52 engagements at staff talks", "2019-08-23", "Bangkok Evening Courier", t, [
    E("MEET", "occurred", [P("Royal Thai Army", "organisation", "THA"), P("US Army Pacific", "organisation", "USA"), som, pri], "2019-08-22", L("Bangkok", "THA"), None,
      "The Royal Thai Army and US Army Pacific concluded their annual staff talks in Bangkok on Thursday, agreeing on 52 exchanges, courses and exercises for the coming fiscal year."),
    E("AGREE", "occurred", [som, pri], "2019-08-22", L("Bangkok", "THA"), "agreed minutes of army staff talks",
      "Lieutenant General Somchai Rattanakul, the Royal Thai Army's deputy chief of staff, and Major General Daniel R. Price, deputy commanding general of US Army Pacific, signed the agreed minutes at the end of the three-day meeting."),
    E("TRAIN", "planned", [P("US Army War College", "organisation", "USA"), P("Royal Thai Army", "organisation", "THA")], None, None, None,
      "The engagements include additional places for Thai officers at the US Army War College and the Command and General Staff College, and a US mobile training team that will teach helicopter maintenance to Thai army aviators at Lop Buri."),
    E("EXERCISE", "planned", [P("Royal Thai Army", "organisation", "THA"), P("US Army Pacific", "organisation", "USA")], "2020", L("Thailand", "THA"), None,
      "The two armies will also hold Hanuman Guardian, their annual bilateral field exercise, in Thailand next year, on a larger scale than this year's edition."),
    E("TRANSFER", "planned", [S("United States", "country", "USA"), R("Thailand", "country", "THA")], None, None, "eight AH-6i light attack helicopters",
      "The talks came weeks after the US State Department approved a possible sale to Thailand of eight AH-6i light attack helicopters, in a package that includes pilot training in the United States."),
    E("TRAIN", "planned", [P("United States", "country", "USA"), P("Thailand", "country", "THA")], None, L("United States", "USA"), None,
      "The talks came weeks after the US State Department approved a possible sale to Thailand of eight AH-6i light attack helicopters, in a package that includes pilot training in the United States."),
    E("EXERCISE", "occurred", [P("Royal Thai Army", "organisation", "THA"), P("US Army Pacific", "organisation", "USA")], "2019", L("Thailand", "THA"), None,
      "The two armies will also hold Hanuman Guardian, their annual bilateral field exercise, in Thailand next year, on a larger scale than this year's edition.", True),
])
