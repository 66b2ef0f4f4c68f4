from common import *

# ---------------------------------------------------------------- u35-06 (published null)
t = """QAZAQ TIMES
Currency: USD 377.41 | EUR 426.83 | RUB 5.77
Astana -4°C  Almaty +6°C
РУС | ҚАЗ | ENG
Main > Politics > Defence

Kazakhstan, Turkey sign military education protocol

14.03.2019, 11:26

ASTANA -- Kazakhstan and Turkey on Wednesday signed a protocol on cooperation in military education during a visit to Astana by the Chief of the Turkish General Staff, General Mehmet Arslan, the Kazakh Defence Ministry's press service reported.

General Arslan held talks with Kazakhstan's Defence Minister, Lieutenant General Serik Tokhtarov, on the state of bilateral military cooperation, training of personnel and regional security.

The protocol was signed by the two after the talks. Under the document, Turkey will increase the number of places for Kazakh cadets and officers at its National Defence University in Istanbul to 60 from September, and Turkish instructors will teach Turkish-language and staff courses at the National Defence University of Kazakhstan.

More than 300 Kazakh officers have graduated from Turkish military schools since 1993, and 96 are currently studying there, the ministry said.

"Many of the commanders of our units today studied in Turkey. This is an investment that pays back for decades," Tokhtarov was quoted as saying.

The sides also agreed to expand cooperation in countering terrorism and to exchange information on the situation in Afghanistan, according to the statement.

General Arslan laid a wreath at the Defenders of the Fatherland monument and visited the Military Institute of the Land Forces before leaving for Ankara.

Related news:
- Kazakh peacekeepers return from UNIFIL rotation
- Defence Ministry announces spring conscription
- Kazakh engineers unveil new wheeled armoured vehicle

Share: VK | Facebook | Telegram | WhatsApp
All rights reserved. When using materials a hyperlink to qazaqtimes is required.
"""
arslan = P("Mehmet Arslan", "person", "TUR", "Chief of the Turkish General Staff")
tokh = P("Serik Tokhtarov", "person", "KAZ", "Defence Minister")
doc("u35-06", "https://qazaqtimes.example/en/politics/defence/kazakhstan-turkey-sign-military-education-protocol",
    "Kazakhstan, Turkey sign military education protocol", None, "Qazaq Times", t, [
    E("MEET", "occurred", [arslan, tokh], "2019-03-13", L("Astana", "KAZ"), None,
      "General Arslan held talks with Kazakhstan's Defence Minister, Lieutenant General Serik Tokhtarov, on the state of bilateral military cooperation, training of personnel and regional security."),
    E("AGREE", "occurred", [P("Kazakhstan", "country", "KAZ"), P("Turkey", "country", "TUR"), arslan, tokh], "2019-03-13", L("Astana", "KAZ"), "protocol on cooperation in military education",
      "ASTANA -- Kazakhstan and Turkey on Wednesday signed a protocol on cooperation in military education during a visit to Astana by the Chief of the Turkish General Staff, General Mehmet Arslan, the Kazakh Defence Ministry's press service reported."),
    E("TRAIN", "planned", [P("Turkey", "country", "TUR"), P("National Defence University (Istanbul)", "organisation", "TUR"), P("Kazakhstan", "country", "KAZ")],
      "2019-09", None, None,
      "Under the document, Turkey will increase the number of places for Kazakh cadets and officers at its National Defence University in Istanbul to 60 from September, and Turkish instructors will teach Turkish-language and staff courses at the National Defence University of Kazakhstan."),
    E("TRAIN", "occurred", [P("Kazakhstan", "country", "KAZ"), P("Turkey", "country", "TUR")], None, L("Turkey", "TUR"), None,
      "More than 300 Kazakh officers have graduated from Turkish military schools since 1993, and 96 are currently studying there, the ministry said."),
    E("COOPERATE", "planned", [P("Kazakhstan", "country", "KAZ"), P("Turkey", "country", "TUR")], None, None, "counter-terrorism cooperation, information exchange on Afghanistan",
      "The sides also agreed to expand cooperation in countering terrorism and to exchange information on the situation in Afghanistan, according to the statement."),
])

# ---------------------------------------------------------------- u35-07 (raw html)
t = """<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>Kiwi sappers wrap up Tonga course | Pacific Forces Bulletin</title>
<style>body{font-family:Georgia,serif}.nav a{margin-right:12px}</style>
</head>
<body>
<div class="nav"><a href="/">Home</a><a href="/army">Army</a><a href="/navy">Navy</a><a href="/air">Air Force</a><a href="/pacific">Pacific</a></div>
<div id="content">
<h1>Kiwi sappers wrap up Tonga course</h1>
<div class="meta">Pacific Forces Bulletin &bull; 18 August 2023 &bull; 3 min read</div>
<p>A 12-strong New Zealand Army engineer mobile training team has completed a six-week course for His Majesty's Armed Forces (HMAF) sappers at Taliai Military Camp near Nuku'alofa.</p>
<p>Twenty-two Tongan soldiers learnt to operate and maintain heavy plant, to build culverts and to repair storm-damaged roads, skills the HMAF used after the Hunga Tonga-Hunga Ha&#699;apai eruption last year.</p>
<p>At Thursday's closing ceremony the team handed over two excavators, a tipper truck and a set of engineering tools to the HMAF Land Force, a gift funded by New Zealand's Mutual Assistance Programme.</p>
<p>The equipment was received by Lieutenant Colonel Sione Fifita, commander of the HMAF Land Force, and handed over by the New Zealand Defence Adviser to Tonga, Commander Hayden Marsh.</p>
<p>&ldquo;The course has given our engineers a foundation they will build on for years,&rdquo; Lieutenant Colonel Fifita said.</p>
<p>The team, from 2nd Combat Engineer Regiment in Linton, will travel to Port Vila next month to run a similar course for the Vanuatu Mobile Force.</p>
</div>
<div class="tags">Tags: <a href="/tag/tonga">Tonga</a> <a href="/tag/engineers">Engineers</a> <a href="/tag/map">MAP</a></div>
<div class="footer">&copy; Pacific Forces Bulletin. Images: NZDF.</div>
</body>
</html>
"""
doc("u35-07", "https://pacificforcesbulletin.example/army/kiwi-sappers-wrap-up-tonga-course",
    "Kiwi sappers wrap up Tonga course", "2023-08-18", "Pacific Forces Bulletin", t, [
    E("TRAIN", "occurred", [P("New Zealand Army", "organisation", "NZL"), P("His Majesty's Armed Forces", "organisation", "TON"),
        P("Sione Fifita", "person", "TON", "commander of the HMAF Land Force"),
        P("Hayden Marsh", "person", "NZL", "New Zealand Defence Adviser to Tonga")], "2023-08", L("Taliai Military Camp", "TON"), None,
      "A 12-strong New Zealand Army engineer mobile training team has completed a six-week course for His Majesty's Armed Forces (HMAF) sappers at Taliai Military Camp near Nuku'alofa."),
    E("TRANSFER", "occurred", [S("New Zealand Army engineer mobile training team", "organisation", "NZL"), R("HMAF Land Force", "organisation", "TON"),
        S("Hayden Marsh", "person", "NZL", "New Zealand Defence Adviser to Tonga"),
        R("Sione Fifita", "person", "TON", "commander of the HMAF Land Force")], "2023-08-17", L("Taliai Military Camp", "TON"), "two excavators, a tipper truck and engineering tools",
      "At Thursday's closing ceremony the team handed over two excavators, a tipper truck and a set of engineering tools to the HMAF Land Force, a gift funded by New Zealand's Mutual Assistance Programme."),
    E("TRAIN", "planned", [P("New Zealand Army", "organisation", "NZL"), P("Vanuatu Mobile Force", "organisation", "VUT")], "2023-09", L("Port Vila", "VUT"), None,
      "The team, from 2nd Combat Engineer Regiment in Linton, will travel to Port Vila next month to run a similar course for the Vanuatu Mobile Force."),
], html=True)

# ---------------------------------------------------------------- u35-08 (cut off)
t = """VIET COAST NEWS
Home  |  Khanh Hoa  |  Vietnam  |  World  |  Business  |  Travel
Friday, July 21, 2017  --  Nha Trang 33°C
Search...

India hands over language lab to Nha Trang air force college

21/07/2017 09:15 GMT+7

Nha Trang (VCN) -- India on Thursday handed over an English-language and IT training laboratory to the Air Force Officers' College in Nha Trang, the Indian Embassy in Hanoi said in a statement.

The laboratory, equipped with 40 computer stations and language software, was set up with a grant from the Indian government. Indian Ambassador Rajeev Krishnan handed it over to Major General Nguyen Van Thanh, deputy commander of the Air Defence - Air Force Service, at a ceremony at the college.

The college, founded in 1959, trains pilots, air defence officers and engineers for the Vietnam People's Air Force, and its graduates increasingly take part in international courses and conferences.

Two Indian Air Force instructors will teach a first English course for 40 Vietnamese pilots and engineers there from September, the statement said.

"Language is the foundation on which every other kind of cooperation between our air forces is built," the ambassador told the ceremony.

Major General Thanh thanked India for its support and said the college would use the laboratory to prepare officers for courses abroad and for international search-and-rescue work.

The laboratory is the second such facility India has set up for the Vietnamese military after one at the Telecommunications University in 2015.

Indian training for the Vietnamese forces has expanded in recent years. The Indian Navy has trained Vietnamese submariners at INS Satavahana in Visakhapatnam since 2013, and Indian Air Force instructors began teaching Vietnamese pilots to fly the Sukhoi Su-30 last year.

Defence ties have grown since the two countries upgraded relations to a comprehensive strategic partnership in 2016, and India has offered a $100 million line of credit for Vietnam to buy patrol boa"""
doc("u35-08", "https://vietcoastnews.example/en/vietnam/india-hands-over-language-lab-to-nha-trang-air-force-college-2017072109.html",
    "India hands over language lab to Nha Trang air force college", "2017-07-21", "Viet Coast News", t, [
    E("TRANSFER", "occurred", [S("India", "country", "IND"), S("Rajeev Krishnan", "person", "IND", "Indian Ambassador"),
        R("Air Force Officers' College", "organisation", "VNM"),
        R("Nguyen Van Thanh", "person", "VNM", "deputy commander of the Air Defence - Air Force Service")], "2017-07-20", L("Air Force Officers' College, Nha Trang", "VNM"),
      "English-language and IT training laboratory",
      "Nha Trang (VCN) -- India on Thursday handed over an English-language and IT training laboratory to the Air Force Officers' College in Nha Trang, the Indian Embassy in Hanoi said in a statement.", True),
    E("TRANSFER", "occurred", [S("India", "country", "IND"), R("Telecommunications University", "organisation", "VNM")], "2015", None, "language laboratory",
      "The laboratory is the second such facility India has set up for the Vietnamese military after one at the Telecommunications University in 2015.", True),
    E("TRAIN", "planned", [P("Indian Air Force", "organisation", "IND"), P("Vietnam", "country", "VNM")], "2017-09", L("Air Force Officers' College, Nha Trang", "VNM"), None,
      "Two Indian Air Force instructors will teach a first English course for 40 Vietnamese pilots and engineers there from September, the statement said."),
    E("TRAIN", "occurred", [P("Indian Navy", "organisation", "IND"), P("Vietnam", "country", "VNM")], None, L("INS Satavahana, Visakhapatnam", "IND"), None,
      "The Indian Navy has trained Vietnamese submariners at INS Satavahana in Visakhapatnam since 2013, and Indian Air Force instructors began teaching Vietnamese pilots to fly the Sukhoi Su-30 last year."),
    E("TRANSFER", "planned", [S("India", "country", "IND"), R("Vietnam", "country", "VNM")], None, None, "patrol boats (line of credit)",
      "Defence ties have grown since the two countries upgraded relations to a comprehensive strategic partnership in 2016, and India has offered a $100 million line of credit for Vietnam to buy patrol boa", True),
])

# ---------------------------------------------------------------- u35-09 (long feature)
t = """Across the Gulf of Bothnia, one desk at a time

Since last summer a Swedish major has worked inside Finland's Army Command in Mikkeli, and a Finnish major inside the Swedish Army staff in Enköping. The two armies call it the most practical thing they have done together in years.

By Lena Ekholm

Major Anna Lindqvist keeps two phones on her desk at Army Command Finland: one for the Finnish network, one for calls home. On the wall behind her is a map of the Finnish army's exercise areas, marked up in two languages.

"People ask whether I am here to spy or to be spied on," she says, laughing. "The honest answer is that I am here to be useful, and to understand how my Finnish colleagues think before we have to think together under pressure."

Lindqvist, 41, an armoured officer from the Skaraborg Regiment, arrived in Mikkeli in August last year as the first Swedish officer posted to the Finnish army's headquarters on a full-time exchange. She works in the operations and planning division, where she has a Finnish security clearance and the same working hours, canteen and sauna rota as everyone else.

Her counterpart, Major Juha Koskinen of the Finnish Jaeger Brigade, took up his post at the Swedish Army staff in Enköping in January, after the pandemic delayed his move by several months. He works in the Swedish army's exercise planning section.

The exchange was the idea of the two army commanders, who wanted more than the occasional staff talks and conference visits that had long been the norm between the two neighbours.

Learning the other army

Much of Lindqvist's first year was spent learning how a conscript army of Finland's size is organised and mobilised. Finland's wartime army is many times larger than Sweden's, and its planning assumptions are different.

"In Sweden we rebuilt our total defence thinking after years of running it down. Here it never went away," she says. "You can see it in the way reservists are called up, the way municipalities are part of the plans, the way the staff talk about roads and bridges."

Her days begin with the division's morning briefing at 7.45, followed by planning meetings that can run into the evening when an exercise is approaching. She has a Finnish mentor, a lieutenant colonel who has served in Sweden before, and a standing invitation to the officers' mess on Fridays.

"The Finnish army is very direct. If a plan is bad, someone tells you it is bad, and then everyone goes to the sauna together. I like that," she says.

She says the hardest adjustment was the language. Lindqvist speaks some Finnish, learnt on an intensive course before her posting, but the army's meetings are often in Finnish and she relies on colleagues who switch to Swedish or English for her benefit.

In May she served as a liaison officer during Arrow 21, the mechanised exercise at the Niinisalo training area in which Finnish units trained alongside troops from the United States, Britain, Estonia and Sweden. She coordinated the Swedish armoured company's move onto Finnish soil and its integration into a Finnish battle group.

"Arrow was when I realised how many small things can go wrong," she says. "Radio procedures, map symbols, even the time at which supper is served. Fixing them in peacetime costs nothing."

The view from Enköping

In Enköping, Koskinen has had a similar education in reverse. He says the Swedish army is smaller but growing fast, with new regiments being re-established and a wave of conscripts entering service.

"The Swedes are in a period of building. There is a lot of energy, a lot of new structures. For a Finn that is interesting to watch, because we have been steady for a long time," he says.

He has helped plan Swedish exercises that Finnish units may join in the future, and briefs Swedish staff officers on Finnish procedures.

In September he helped organise a visit to Gotland by the Finnish Army commander, Lieutenant General Jukka Lehtinen, who was shown the island's re-established regiment by his Swedish counterpart, Major General Karl Nyberg.

"Those visits used to take months to arrange. Now I can call the right person in Mikkeli and we have a programme in a week," Koskinen says.

He lives in Enköping with his wife and two children, who attend a Finnish-language class at a local school. His wife, a nurse, has found work at the regional hospital. "The family is the part people forget when they design these exchanges. If the family is unhappy, the officer goes home early," he says. Both officers report to their home armies as well as to their hosts, and both say the arrangement depends on trust.

Brigadier General Mikko Rantala, chief of staff at Army Command Finland, said the first year had shown what the exchange could deliver. "She has become part of the team. When we plan with Sweden now, we ask her first," he said.

Next steps

Both postings run for three years. The armies are considering adding a second pair of officers at brigade level, although no decision has been made, and the navies and air forces run their own, longer-standing exchanges.

Neither army has published a formal evaluation, but both officers have written reports for their commanders after the first year. Lindqvist's report, she says, is mostly about small practical obstacles: security clearances that took months, IT systems that would not talk to each other, and the question of which army pays for what when she travels to an exercise.

Some of those obstacles have already been removed. A Swedish officer posted to Finland can now draw equipment from the Finnish depot in Mikkeli rather than bringing it from home, and the two armies have agreed a common template for exchange officers' job descriptions.

There is also a political dimension that neither officer likes to discuss in detail. Both countries remain outside NATO, and their cooperation is not backed by a mutual defence treaty. The exchange officers are, in a sense, a way of building the habits of an alliance without its formal obligations.

"We are soldiers. The politicians decide what kind of cooperation there is. Our job is to make sure that whatever they decide, it works on the first day," Lindqvist says.

Lindqvist's family stayed in Skövde, and she commutes home about twice a month, a journey of a flight and a long drive. She says it is worth it.

"When I go back, I will know exactly which Finnish officer to call about what. That is something you cannot get from a memorandum," she says.

The exchange grew out of the wider framework for deeper defence cooperation that the two countries' defence ministers signed in 2018, which set out the goal of being able to act together in a crisis.

It was agreed in the autumn of 2019 by the then army commanders, Lieutenant General Pekka Mäkelä of Finland and Major General Johan Ståhl of Sweden, at a meeting in Helsinki.
"""
lind = P("Anna Lindqvist", "person", "SWE", "Major")
kosk = P("Juha Koskinen", "person", "FIN", "Major")
doc("u35-09", "https://nordicdefencereview.example/features/2021/11/across-the-gulf-of-bothnia-one-desk-at-a-time",
    "Across the Gulf of Bothnia, one desk at a time", "2021-11-15", "Nordic Defence Review", t, [
    E("TRAIN", "occurred", [lind, P("Army Command Finland", "organisation", "FIN")], "2020-08", L("Mikkeli", "FIN"), None,
      "Lindqvist, 41, an armoured officer from the Skaraborg Regiment, arrived in Mikkeli in August last year as the first Swedish officer posted to the Finnish army's headquarters on a full-time exchange."),
    E("TRAIN", "occurred", [kosk, P("Swedish Army staff", "organisation", "SWE")], "2021-01", L("Enköping", "SWE"), None,
      "Her counterpart, Major Juha Koskinen of the Finnish Jaeger Brigade, took up his post at the Swedish Army staff in Enköping in January, after the pandemic delayed his move by several months."),
    E("EXERCISE", "occurred", [P("Finland", "country", "FIN"), P("United States", "country", "USA"), P("Britain", "country", "GBR"),
        P("Estonia", "country", "EST"), P("Sweden", "country", "SWE"), lind], "2021-05", L("Niinisalo training area", "FIN"), None,
      "In May she served as a liaison officer during Arrow 21, the mechanised exercise at the Niinisalo training area in which Finnish units trained alongside troops from the United States, Britain, Estonia and Sweden."),
    E("AGREE", "occurred", [P("Finland", "country", "FIN"), P("Sweden", "country", "SWE")], "2018", None, "framework for deeper defence cooperation",
      "The exchange grew out of the wider framework for deeper defence cooperation that the two countries' defence ministers signed in 2018, which set out the goal of being able to act together in a crisis.", True),
    E("AGREE", "occurred", [P("Pekka Mäkelä", "person", "FIN", "army commander"), P("Johan Ståhl", "person", "SWE", "army commander")], "2019", L("Helsinki", "FIN"), "officer exchange between the armies",
      "It was agreed in the autumn of 2019 by the then army commanders, Lieutenant General Pekka Mäkelä of Finland and Major General Johan Ståhl of Sweden, at a meeting in Helsinki."),
    E("MEET", "occurred", [P("Pekka Mäkelä", "person", "FIN", "army commander"), P("Johan Ståhl", "person", "SWE", "army commander")], "2019", L("Helsinki", "FIN"), None,
      "It was agreed in the autumn of 2019 by the then army commanders, Lieutenant General Pekka Mäkelä of Finland and Major General Johan Ståhl of Sweden, at a meeting in Helsinki."),
    E("MEET", "occurred", [P("Jukka Lehtinen", "person", "FIN", "Finnish Army commander"), P("Karl Nyberg", "person", "SWE", "Major General")], "2021-09", L("Gotland", "SWE"), None,
      "In September he helped organise a visit to Gotland by the Finnish Army commander, Lieutenant General Jukka Lehtinen, who was shown the island's re-established regiment by his Swedish counterpart, Major General Karl Nyberg."),
    E("AGREE", "occurred", [P("Finnish army", "organisation", "FIN"), P("Swedish army", "organisation", "SWE")], None, None, "common template for exchange officers' job descriptions",
      "Some of those obstacles have already been removed. A Swedish officer posted to Finland can now draw equipment from the Finnish depot in Mikkeli rather than bringing it from home, and the two armies have agreed a common template for exchange officers' job descriptions.", True),
    E("TRAIN", "occurred", [P("Finland", "country", "FIN"), P("Sweden", "country", "SWE")], None, None, None,
      "The armies are considering adding a second pair of officers at brigade level, although no decision has been made, and the navies and air forces run their own, longer-standing exchanges.", True),
])

# ---------------------------------------------------------------- u35-10
t = """ZAMBEZI DAILY MAIL
Home | National | Politics | Business | Sport | Features | Letters
LUSAKA, FRIDAY SEPTEMBER 27, 2019
Kwacha: K13.10/$ | Copper: $5,720/t

China offers ZDF 50 training places

By CHANDA MULENGA

CHINA has offered 50 places at its military colleges and universities to officers of the Zambia Defence Force (ZDF) for the 2020 academic year.

Chinese Ambassador to Zambia Zhou Minghao announced the offer in Lusaka on Wednesday when he handed over military equipment worth K30 million to the ZDF at Arakan Barracks.

The equipment, which was received by ZDF Commander Lieutenant General Mathews Chileshe, includes 20 trucks, four field kitchens, water purification units and medical supplies for the Defence Force Medical Services.

Mr Zhou said the training places would cover courses from junior staff to defence studies at the People's Liberation Army's National Defence University in Beijing.

He said more than 300 Zambian officers have studied in China since diplomatic relations were established, and Zambia has sent 46 of its officers to Chinese institutions in the past three years alone.

"The officers who return from China are the strongest bridge between our two armies," Mr Zhou said.

Lt Gen Chileshe thanked the Chinese government for the donation and said the trucks would ease the movement of troops on border operations in Northern and Luapula provinces.

Earlier, Mr Zhou paid a courtesy call on Defence Minister Kelvin Mwansa at his office, where the two discussed training, infrastructure at military hospitals and the welfare of soldiers.

The ceremony was attended by members of the Zambia-China Military Alumni Association, formed last year by officers trained in China.

RELATED STORIES
> ZNS officers pass out at Chiwala
> Air Force takes delivery of new trainer aircraft
> Parliament approves defence budget

(c) 2019 Zambezi Daily Mail. Comments are moderated.
"""
zhou = P("Zhou Minghao", "person", "CHN", "Chinese Ambassador to Zambia")
doc("u35-10", "https://zambezidailymail.example/news/national/china-offers-zdf-50-training-places",
    "China offers ZDF 50 training places", "2019-09-27", "Zambezi Daily Mail", t, [
    E("TRAIN", "planned", [P("China", "country", "CHN"), P("Zambia Defence Force", "organisation", "ZMB"), zhou], "2020", None, None,
      "CHINA has offered 50 places at its military colleges and universities to officers of the Zambia Defence Force (ZDF) for the 2020 academic year."),
    E("TRANSFER", "occurred", [S("China", "country", "CHN"), S("Zhou Minghao", "person", "CHN", "Chinese Ambassador to Zambia"),
        R("Zambia Defence Force", "organisation", "ZMB"), R("Mathews Chileshe", "person", "ZMB", "ZDF Commander")], "2019-09-25", L("Arakan Barracks, Lusaka", "ZMB"),
      "20 trucks, four field kitchens, water purification units and medical supplies",
      "Chinese Ambassador to Zambia Zhou Minghao announced the offer in Lusaka on Wednesday when he handed over military equipment worth K30 million to the ZDF at Arakan Barracks."),
    E("TRAIN", "occurred", [P("China", "country", "CHN"), P("Zambia", "country", "ZMB")], None, L("China", "CHN"), None,
      "He said more than 300 Zambian officers have studied in China since diplomatic relations were established, and Zambia has sent 46 of its officers to Chinese institutions in the past three years alone."),
    E("MEET", "occurred", [zhou, P("Kelvin Mwansa", "person", "ZMB", "Defence Minister")], "2019-09-25", L("Lusaka", "ZMB"), None,
      "Earlier, Mr Zhou paid a courtesy call on Defence Minister Kelvin Mwansa at his office, where the two discussed training, infrastructure at military hospitals and the welfare of soldiers."),
    E("COOPERATE", "occurred", [P("Zambia-China Military Alumni Association", "organisation", "ZMB"), P("China", "country", "CHN")], "2018", None, None,
      "The ceremony was attended by members of the Zambia-China Military Alumni Association, formed last year by officers trained in China.", True),
])
