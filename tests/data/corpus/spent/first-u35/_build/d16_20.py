from common import *

# ---------------------------------------------------------------- u35-16
t = """EU training mission hands first equipment to Mozambican quick reaction force

The European Union's military training mission in Mozambique on Tuesday handed over a first batch of non-lethal equipment to the Mozambican units it has been training, at a ceremony at the Katembe training centre across the bay from Maputo.

The consignment, which includes field ambulances, night-vision goggles, radios, tents and individual protective equipment, was financed with 45 million euros from the European Peace Facility, the EU's off-budget fund for military assistance.

It was handed over by the mission commander, Brigadier General Rui Teixeira Matos, and the EU Ambassador to Mozambique, Chiara Benedetti, to Defence Minister Armando Macuácua.

"Training without equipment is only half a job. Today we begin to close that gap," Matos told the ceremony.

The mission, known as EUTM Mozambique, was launched in November and is training 11 companies of Mozambican army commandos and marines who will form a quick reaction force for the northern province of Cabo Delgado, where an Islamist insurgency has killed thousands and displaced more than 800,000 people since 2017.

Portugal provides about half of the mission's 119 personnel and its commander, with the rest coming mainly from Italy and Spain. Instructors from Portugal had already been training Mozambican special forces under a bilateral programme before the EU mission was set up.

Macuácua said the first trained companies had performed well in operations around Mocímboa da Praia. "The difference is visible. Our men move, communicate and take care of their wounded in a new way," he said.

Matos said the second phase of the training, focusing on company-level operations and logistics, would begin in June. A second batch of equipment, including vehicles, is expected before the end of the year.

The EU mission does not take part in combat. Fighting in Cabo Delgado is done by Mozambican forces alongside foreign troops: the Southern African Development Community's standby force, SAMIM, which includes troops from South Africa and Botswana, and a Rwandan contingent of about 2,000 soldiers and police deployed under a bilateral agreement with Maputo.

Analysts say coordination between the Mozambican army, SAMIM and the Rwandans remains the main weakness of the campaign. The SADC mandate was extended this month for another three months.

The EU has also approved a further 15 million euros under the European Peace Facility for the Mozambican forces, to be spent mainly on equipment for the units trained by the mission.

Diplomats say Brussels is keen to show that its training missions can deliver results after the collapse of the EU's training effort in Mali, where it suspended operational training this month.
"""
matos = P("Rui Teixeira Matos", "person", "EU", "mission commander, EUTM Mozambique")
doc("u35-16", "https://indianoceansecurity.example/analysis/2022/04/eu-training-mission-hands-first-equipment-to-mozambican-qrf",
    "EU training mission hands first equipment to Mozambican quick reaction force", "2022-04-22", "Indian Ocean Security Review", t, [
    E("TRANSFER", "occurred", [S("EUTM Mozambique", "igo", "EU"), S("Rui Teixeira Matos", "person", "EU", "mission commander, EUTM Mozambique"),
        S("Chiara Benedetti", "person", "EU", "EU Ambassador to Mozambique"),
        R("Mozambique", "country", "MOZ"), R("Armando Macuácua", "person", "MOZ", "Defence Minister")], "2022-04-19", L("Katembe training centre", "MOZ"),
      "field ambulances, night-vision goggles, radios, tents and protective equipment",
      "It was handed over by the mission commander, Brigadier General Rui Teixeira Matos, and the EU Ambassador to Mozambique, Chiara Benedetti, to Defence Minister Armando Macuácua."),
    E("TRAIN", "occurred", [P("EUTM Mozambique", "igo", "EU"), P("Mozambique", "country", "MOZ")], None, L("Mozambique", "MOZ"), None,
      "The mission, known as EUTM Mozambique, was launched in November and is training 11 companies of Mozambican army commandos and marines who will form a quick reaction force for the northern province of Cabo Delgado, where an Islamist insurgency has killed thousands and displaced more than 800,000 people since 2017."),
    E("TRAIN", "planned", [matos, P("Mozambique", "country", "MOZ")], "2022-06", L("Mozambique", "MOZ"), None,
      "Matos said the second phase of the training, focusing on company-level operations and logistics, would begin in June."),
    E("TRANSFER", "planned", [S("EU", "igo", "EU"), R("Mozambique", "country", "MOZ")], "2022", None, "second batch of equipment including vehicles",
      "A second batch of equipment, including vehicles, is expected before the end of the year."),
    E("TRANSFER", "planned", [S("EU", "igo", "EU"), R("Mozambican forces", "organisation", "MOZ")], None, None, "equipment (15 million euros, European Peace Facility)",
      "The EU has also approved a further 15 million euros under the European Peace Facility for the Mozambican forces, to be spent mainly on equipment for the units trained by the mission.", True),
    E("DEPLOY", "occurred", [P("Portugal", "country", "PRT"), P("EUTM Mozambique", "igo", "EU")], None, L("Mozambique", "MOZ"), None,
      "Portugal provides about half of the mission's 119 personnel and its commander, with the rest coming mainly from Italy and Spain."),
    E("DEPLOY", "occurred", [P("Italy", "country", "ITA"), P("EUTM Mozambique", "igo", "EU")], None, L("Mozambique", "MOZ"), None,
      "Portugal provides about half of the mission's 119 personnel and its commander, with the rest coming mainly from Italy and Spain."),
    E("DEPLOY", "occurred", [P("Spain", "country", "ESP"), P("EUTM Mozambique", "igo", "EU")], None, L("Mozambique", "MOZ"), None,
      "Portugal provides about half of the mission's 119 personnel and its commander, with the rest coming mainly from Italy and Spain."),
    E("TRAIN", "occurred", [P("Portugal", "country", "PRT"), P("Mozambique", "country", "MOZ")], None, None, None,
      "Instructors from Portugal had already been training Mozambican special forces under a bilateral programme before the EU mission was set up."),
    E("DEPLOY", "occurred", [P("South Africa", "country", "ZAF"), P("SAMIM", "igo", "SADC")], None, L("Cabo Delgado", "MOZ"), None,
      "Fighting in Cabo Delgado is done by Mozambican forces alongside foreign troops: the Southern African Development Community's standby force, SAMIM, which includes troops from South Africa and Botswana, and a Rwandan contingent of about 2,000 soldiers and police deployed under a bilateral agreement with Maputo."),
    E("DEPLOY", "occurred", [P("Botswana", "country", "BWA"), P("SAMIM", "igo", "SADC")], None, L("Cabo Delgado", "MOZ"), None,
      "Fighting in Cabo Delgado is done by Mozambican forces alongside foreign troops: the Southern African Development Community's standby force, SAMIM, which includes troops from South Africa and Botswana, and a Rwandan contingent of about 2,000 soldiers and police deployed under a bilateral agreement with Maputo."),
    E("COOPERATE", "occurred", [P("Rwanda", "country", "RWA"), P("Mozambique", "country", "MOZ")], None, L("Cabo Delgado", "MOZ"), None,
      "Fighting in Cabo Delgado is done by Mozambican forces alongside foreign troops: the Southern African Development Community's standby force, SAMIM, which includes troops from South Africa and Botswana, and a Rwandan contingent of about 2,000 soldiers and police deployed under a bilateral agreement with Maputo.", True),
    E("TRAIN", "occurred", [P("EU", "igo", "EU"), P("Mali", "country", "MLI")], None, L("Mali", "MLI"), None,
      "Diplomats say Brussels is keen to show that its training missions can deliver results after the collapse of the EU's training effort in Mali, where it suspended operational training this month.", True),
])

# ---------------------------------------------------------------- u35-17
t = """UZBEK REVIEW ONLINE
News | Politics | Economy | Society | Regions | Sport
Tashkent +27 | USD 11,385.20 UZS | 12 May 2023, Friday

Politics

Mississippi Guard delegation holds talks at Defence Ministry

12.05.2023 | 10:42 | Views: 1,284

Tashkent, Uzbekistan (UzRO) -- A delegation of the Mississippi National Guard led by its Adjutant General, Major General Thomas Whitfield, held talks with Uzbekistan's Defence Minister, Lieutenant General Abdulla Rashidov, at the Ministry of Defence on Wednesday.

The sides discussed military education, military medicine, English-language training and preparation of units for peacekeeping missions, the ministry's press service said.

Uzbekistan and the US state of Mississippi have been partners under the US National Guard's State Partnership Program since 2012. Since then the two sides have carried out more than 100 joint events, including exchanges of experts, seminars and training courses.

During the week-long visit, Guard medics ran a combat lifesaver course for 30 Uzbek servicemen at the Chirchiq Higher Tank Command and Engineering School.

The two sides agreed that the United States will fund an English-language laboratory at the Academy of the Armed Forces and send two language instructors there next year.

Rashidov thanked the American side for its assistance and said Uzbekistan was interested in continuing practical cooperation "on the basis of mutual respect and in line with the country's defensive military doctrine".

Whitfield invited Uzbek officers to observe the Guard's annual training in Mississippi.

The talks were also attended by US Ambassador Karen Mallory.

Tags: #defence #USA #cooperation

Read also:
- Uzbek and Kazakh border guards hold joint meeting
- Defence Ministry launches new cadet school in Samarkand
- President receives credentials of new ambassadors

© 2023 Uzbek Review Online. Use of materials is allowed only with an active hyperlink.
"""
whit = P("Thomas Whitfield", "person", "USA", "Adjutant General of the Mississippi National Guard")
rash = P("Abdulla Rashidov", "person", "UZB", "Defence Minister")
doc("u35-17", "https://uzbekreview.example/en/politics/mississippi-guard-delegation-holds-talks-at-defence-ministry",
    "Mississippi Guard delegation holds talks at Defence Ministry", "2023-05-12", "Uzbek Review Online", t, [
    E("MEET", "occurred", [P("Mississippi National Guard", "organisation", "USA"), whit, rash,
        P("Karen Mallory", "person", "USA", "US Ambassador")], "2023-05-10", L("Ministry of Defence, Tashkent", "UZB"), None,
      "Tashkent, Uzbekistan (UzRO) -- A delegation of the Mississippi National Guard led by its Adjutant General, Major General Thomas Whitfield, held talks with Uzbekistan's Defence Minister, Lieutenant General Abdulla Rashidov, at the Ministry of Defence on Wednesday."),
    E("COOPERATE", "occurred", [P("Uzbekistan", "country", "UZB"), P("Mississippi", "organisation", "USA")], None, None, "State Partnership Program",
      "Uzbekistan and the US state of Mississippi have been partners under the US National Guard's State Partnership Program since 2012."),
    E("TRAIN", "occurred", [P("Mississippi National Guard", "organisation", "USA"), P("Uzbekistan", "country", "UZB")], "2023-05",
      L("Chirchiq Higher Tank Command and Engineering School", "UZB"), None,
      "During the week-long visit, Guard medics ran a combat lifesaver course for 30 Uzbek servicemen at the Chirchiq Higher Tank Command and Engineering School."),
    E("TRAIN", "planned", [P("United States", "country", "USA"), P("Academy of the Armed Forces", "organisation", "UZB")], "2024", L("Academy of the Armed Forces", "UZB"), None,
      "The two sides agreed that the United States will fund an English-language laboratory at the Academy of the Armed Forces and send two language instructors there next year."),
    E("EXERCISE", "planned", [whit, P("Uzbekistan", "country", "UZB")], None, L("Mississippi", "USA"), None,
      "Whitfield invited Uzbek officers to observe the Guard's annual training in Mississippi.", True),
])

# ---------------------------------------------------------------- u35-18 (raw html)
t = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Mogadishu Monitor | 560 SNA soldiers graduate from Turkish-run camp</title>
<script src="https://cdn.mogadishumonitor.example/js/jquery.min.js"></script>
<script>$(function(){ $('.ticker').marquee(); });</script>
</head>
<body>
<table width="100%" class="top"><tr><td><a href="/"><img src="/img/logo.png" alt="Mogadishu Monitor"></a></td>
<td class="ticker">BREAKING: Parliament to debate election timetable &middot; Dollar trades at 24,500 shillings in Bakara market</td></tr></table>
<div class="menu"><a href="/">Home</a> | <a href="/somalia">Somalia</a> | <a href="/region">Horn of Africa</a> | <a href="/security">Security</a> | <a href="/opinion">Opinion</a></div>
<div class="story">
<h2>560 SNA soldiers graduate from Turkish-run camp</h2>
<span class="date">Friday, 2 July 2021</span>
<p>MOGADISHU (MM) - Some 560 Somali National Army soldiers graduated on Thursday from Camp TURKSOM, the Turkish military training base in Mogadishu, after six months of infantry training.</p>
<p>The graduation ceremony was attended by Defence Minister Ahmed Nur Gedi, army commander Major General Abdirahman Hassan Warsame, Turkish Ambassador Cengiz Aydo&#287;an and the commander of the Turkish training mission, Brigadier General Halil Ertem.</p>
<p>The minister thanked Turkey for what he called its &quot;unwavering support for rebuilding the Somali armed forces&quot; and urged the new soldiers to serve the country with discipline.</p>
<p>Turkey opened the base, its largest overseas military facility, in 2017. It has since trained several thousand Somali soldiers and officers, many of whom serve in the army's Gorgor commando brigade.</p>
<p>In addition, Gorgor commando units have been trained at Turkey's gendarmerie commando school in Isparta.</p>
<p>The new soldiers are expected to help take over security responsibilities from AMISOM, the African Union mission whose largest contingents come from Uganda and Burundi, under a transition plan that foresees Somali forces leading security in the country by the end of 2021.</p>
<p>Officials say the army still lacks equipment and regular pay for many of its units, problems that have fuelled desertions in the past.</p>
</div>
<div class="related"><b>Related:</b>
<ul><li><a href="/security/al-shabaab-attack-checkpoint">Al-Shabaab attack on checkpoint repulsed</a></li>
<li><a href="/region/qatar-vehicles-handover">Qatar donates vehicles to Somali army</a></li></ul></div>
<div class="foot">&copy; Mogadishu Monitor 2021 &middot; All Rights Reserved</div>
</body>
</html>
"""
doc("u35-18", "https://mogadishumonitor.example/security/560-sna-soldiers-graduate-from-turkish-run-camp",
    "560 SNA soldiers graduate from Turkish-run camp", "2021-07-02", "Mogadishu Monitor", t, [
    E("TRAIN", "occurred", [P("Turkey", "country", "TUR"), P("Somali National Army", "organisation", "SOM"),
        P("Ahmed Nur Gedi", "person", "SOM", "Defence Minister"), P("Abdirahman Hassan Warsame", "person", "SOM", "army commander"),
        P("Cengiz Aydoğan", "person", "TUR", "Turkish Ambassador"), P("Halil Ertem", "person", "TUR", "commander of the Turkish training mission")],
      "2021-07-01", L("Camp TURKSOM, Mogadishu", "SOM"), None,
      "MOGADISHU (MM) - Some 560 Somali National Army soldiers graduated on Thursday from Camp TURKSOM, the Turkish military training base in Mogadishu, after six months of infantry training."),
    E("TRAIN", "occurred", [P("Turkey", "country", "TUR"), P("Somali soldiers and officers", "organisation", "SOM")], None, L("Camp TURKSOM, Mogadishu", "SOM"), None,
      "It has since trained several thousand Somali soldiers and officers, many of whom serve in the army's Gorgor commando brigade."),
    E("TRAIN", "occurred", [P("Turkey's gendarmerie commando school", "organisation", "TUR"), P("Gorgor commando units", "organisation", "SOM")], None, L("Isparta", "TUR"), None,
      "In addition, Gorgor commando units have been trained at Turkey's gendarmerie commando school in Isparta."),
    E("DEPLOY", "occurred", [P("Uganda", "country", "UGA"), P("AMISOM", "igo", "AU")], None, L("Somalia", "SOM"), None,
      "The new soldiers are expected to help take over security responsibilities from AMISOM, the African Union mission whose largest contingents come from Uganda and Burundi, under a transition plan that foresees Somali forces leading security in the country by the end of 2021."),
    E("DEPLOY", "occurred", [P("Burundi", "country", "BDI"), P("AMISOM", "igo", "AU")], None, L("Somalia", "SOM"), None,
      "The new soldiers are expected to help take over security responsibilities from AMISOM, the African Union mission whose largest contingents come from Uganda and Burundi, under a transition plan that foresees Somali forces leading security in the country by the end of 2021."),
    E("COOPERATE", "occurred", [P("Turkey", "country", "TUR"), P("Somalia", "country", "SOM")], "2017", L("Mogadishu", "SOM"), "overseas military base (Camp TURKSOM)",
      "Turkey opened the base, its largest overseas military facility, in 2017.", True),
], html=True)

# ---------------------------------------------------------------- u35-19 (opinion, no event)
t = """OPINION: The cheapest influence money can buy is a seat in a classroom

By Col. Aminu Bello (rtd)

Ask a general anywhere in West Africa where he did his staff course and you will learn more about his country's friendships than from any communiqué. The answer may be a college in England, France, the United States, Russia, China, India, Pakistan, Egypt or Turkey, and it will tell you whose manuals he reads, whose jokes he understands and whose telephone calls he returns.

This is not a new observation. Every great power has known it for a century, and the competition for the minds of young officers is now more intense than at any time since the Cold War. What is new is that medium-sized countries have joined the game, and that some of them play it better than the giants.

Nigeria should be one of those countries, and it is not.

We have what it takes. Our Defence Academy in Kaduna is one of the oldest in Africa. Our Armed Forces Command and Staff College in Jaji and the National Defence College in Abuja are respected institutions with experienced faculty. Our officers have served in more peacekeeping missions than most armies on the continent can count. We have English, the working language of half of the continent's militaries, and we have the hard experience of a long counter-insurgency campaign that our neighbours are now living through themselves.

What we lack is a policy. Places for foreign students are handed out from year to year, with no clear idea of which countries matter to us and why. Scholarships depend on what is left in the budget at the end of the year. Foreign graduates go home and are forgotten: there is no alumni network, no follow-up, no invitation to return for a refresher or a reunion.

Compare that with the way serious countries do it. They decide which armies they want to be close to in twenty years' time. They offer places early, pay generously, teach in the students' language where needed, and keep in touch with their graduates for the rest of their careers. Their defence attachés know every former student in the host country by name. When one of those former students becomes chief of defence staff, the relationship is already there.

Imagine what Nigeria could do if it treated education as part of its foreign policy. If Abuja offered, say, fifty fully funded places a year at Kaduna and Jaji to officers from the Sahel and the Gulf of Guinea, the cost would be a rounding error in the defence budget. If we added language courses in French for our own officers and in English for francophone students, we would be building bridges that no summit can build.

Such a programme would need three things. First, a small office at Defence Headquarters whose only job is foreign students: who comes, from where, on what terms, and what happens after they leave. Second, money that does not disappear at the first budget cut. Third, patience, because the return on a cadet comes twenty years later, long after the minister who approved the scholarship has left office.

Critics will say we cannot afford to educate other countries' officers when our own barracks need roofs. They are right that our barracks need roofs. They are wrong that this is a choice. A neighbour whose commanders trust us is a neighbour who shares intelligence, closes its border to our enemies and calls us first in a crisis. That is worth more than a few classrooms.

Others will say that foreign students bring security risks. Every country that trains foreigners manages that risk, and we can too.

The competition will not wait for us. Every year that we do nothing, another batch of young Sahelian and coastal officers goes somewhere else, makes friends somewhere else and learns to see the world through someone else's eyes.

Col. Bello, a retired infantry officer, taught at the Armed Forces Command and Staff College. He writes from Kaduna.
"""
doc("u35-19", "https://savannahledger.example/opinion/the-cheapest-influence-money-can-buy-is-a-seat-in-a-classroom",
    "OPINION: The cheapest influence money can buy is a seat in a classroom", "2020-10-14", "The Savannah Ledger", t, [])

# ---------------------------------------------------------------- u35-20
t = """TOKUSHIMA HARBOUR TIMES  |  English Digest
Top  >  Local  >  Defense & Security
Tuesday, March 28, 2017   Tokushima 14°C / 6°C  Pollen: high

Two TC-90s handed to Philippine Navy at Tokushima base

Reporter: Aya Shimizu
2017/03/28 07:00

Two TC-90 training aircraft of the Maritime Self-Defense Force were handed over to the Philippine Navy at the MSDF's Tokushima Air Base on Monday, the first of five planes Japan is lending to Manila to help it watch over its seas.

The handover ceremony was attended by State Minister of Defense Hiroshi Kaneda and Philippine Defense Secretary Arturo Santiago, who signed the transfer documents before the two twin-engine planes, repainted with Philippine Navy markings, taxied past the guests.

The aircraft are being leased under an agreement signed in Manila last November, with the Philippines paying a nominal fee. The other three TC-90s are to be delivered by the end of March 2018.

Six Philippine Navy pilots have been trained at the base by MSDF instructors since November, and Philippine maintenance crews will receive training in Japan later this year.

Santiago later flew to Tokyo, where he held talks with Defense Minister Keiko Morita on Monday evening. The two ministers agreed to continue cooperation in maritime security and capacity-building, the ministry said.

It is the first time Japan has transferred defense equipment to another country since it relaxed its rules on arms exports in 2014.

The Philippine pilots will fly the aircraft home via Okinawa and Taiwan later this week, weather permitting.

Related articles
- Awa Odori festival organisers seek more foreign dancers
- MSDF base to hold open day in May
- Tokushima-Manila charter flights planned for summer

[Tweet] [Like] [LINE]
Copyright (c) Tokushima Harbour Times. No reproduction without permission.
"""
kaneda = P("Hiroshi Kaneda", "person", "JPN", "State Minister of Defense")
sant = P("Arturo Santiago", "person", "PHL", "Philippine Defense Secretary")
doc("u35-20", "https://tokushimaharbourtimes.example/en/local/defense/20170328-tc90-philippine-navy",
    "Two TC-90s handed to Philippine Navy at Tokushima base", "2017-03-28", "Tokushima Harbour Times", t, [
    E("TRANSFER", "occurred", [S("Maritime Self-Defense Force", "organisation", "JPN"), S("Hiroshi Kaneda", "person", "JPN", "State Minister of Defense"),
        R("Philippine Navy", "organisation", "PHL"), R("Arturo Santiago", "person", "PHL", "Philippine Defense Secretary")], "2017-03-27", L("Tokushima Air Base", "JPN"),
      "two TC-90 training aircraft",
      "Two TC-90 training aircraft of the Maritime Self-Defense Force were handed over to the Philippine Navy at the MSDF's Tokushima Air Base on Monday, the first of five planes Japan is lending to Manila to help it watch over its seas."),
    E("AGREE", "occurred", [P("Japan", "country", "JPN"), P("Philippines", "country", "PHL")], "2016-11", L("Manila", "PHL"), "lease of five TC-90 aircraft",
      "The aircraft are being leased under an agreement signed in Manila last November, with the Philippines paying a nominal fee."),
    E("TRANSFER", "planned", [S("Japan", "country", "JPN"), R("Philippines", "country", "PHL")], "2018-03", None, "three TC-90 aircraft",
      "The other three TC-90s are to be delivered by the end of March 2018."),
    E("TRAIN", "occurred", [P("Maritime Self-Defense Force", "organisation", "JPN"), P("Philippine Navy", "organisation", "PHL")], None, L("Tokushima Air Base", "JPN"), None,
      "Six Philippine Navy pilots have been trained at the base by MSDF instructors since November, and Philippine maintenance crews will receive training in Japan later this year."),
    E("TRAIN", "planned", [P("Japan", "country", "JPN"), P("Philippine maintenance crews", "organisation", "PHL")], "2017", L("Japan", "JPN"), None,
      "Six Philippine Navy pilots have been trained at the base by MSDF instructors since November, and Philippine maintenance crews will receive training in Japan later this year."),
    E("MEET", "occurred", [sant, P("Keiko Morita", "person", "JPN", "Defense Minister")], "2017-03-27", L("Tokyo", "JPN"), None,
      "Santiago later flew to Tokyo, where he held talks with Defense Minister Keiko Morita on Monday evening."),
    E("COOPERATE", "planned", [sant, P("Keiko Morita", "person", "JPN", "Defense Minister")], None, None, "maritime security and capacity-building",
      "The two ministers agreed to continue cooperation in maritime security and capacity-building, the ministry said.", True),
])
