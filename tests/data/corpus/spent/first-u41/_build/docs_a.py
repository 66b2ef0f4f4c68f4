from lib import doc, E, P, S, R, L

# ---------------------------------------------------------------- u41-01 clean, Baltic
doc("u41-01", "https://tallinncourier.example/defence/2020/10/23/first-refurbished-k9-howitzers-arrive",
    "First refurbished K9 howitzers arrive in Estonia", "2020-10-23", "Tallinn Courier", """
First refurbished K9 howitzers arrive in Estonia

The first six of the 18 second-hand K9 self-propelled howitzers that Estonia bought from South Korea were unloaded at Paldiski harbour on Wednesday, the Estonian Centre for Defence Investment (ECDI) said.

The tracked 155mm guns served with the Republic of Korea Army for well over a decade before they were sold. Ahead of shipment their maker, Hanwha Defense, stripped them down at its plant in Changwon, rebuilt the engines and transmissions, fitted new radios and a new fire-control computer, and repainted them in Estonian camouflage.

At a short ceremony on the quayside, South Korea's ambassador to Estonia, Park Joon-ho, handed the vehicle logbooks to Lieutenant Colonel Rein Mägi, who commands the artillery battalion of the 1st Infantry Brigade.

"From today our gunners can shoot further and faster than ever before," Mägi told reporters. "It is the biggest jump in firepower this battalion has made since it was formed."

The contract, signed with Hanwha in December 2018, originally covered 12 guns; Tallinn took up an option for six more last year. Together with spare parts, a training package and an initial stock of ammunition, the deal is worth about 66 million euros.

The remaining 12 howitzers are to be shipped in two lots and should all be in Estonia by the end of next year, according to the ECDI.

A team of eight South Korean instructors from Hanwha and the Republic of Korea Army's artillery school spent September at Tapa, where they trained the first Estonian crews and maintenance staff on the guns.

Estonia bought its K9s through a joint procurement with Finland, which signed for 48 of the same second-hand howitzers in 2017 and has since put them into service with its own army. Officials in both capitals say that sharing spares, training and maintenance arrangements should cut costs for both countries.

The two armies plan to go further. Estonian gunners are due to join Finnish batteries next summer for a joint live-fire exercise at the Rovajärvi range in Lapland, the first time the two countries' K9s will fire side by side.

Estonia's artillery today consists mainly of towed 155mm and 122mm howitzers. The K9s will go to a new self-propelled battalion, which the Defence Forces expect to reach full operational capability in 2023.

The guns have been given the Estonian name Kõu, meaning thunder.

Mari-Liis Tamm
""", [
    E("TRANSFER", "occurred",
      [S("South Korea", "country", "KOR"), S("Park Joon-ho", "person", "KOR", "Ambassador to Estonia"),
       R("Estonia", "country", "EST"), R("Estonian Centre for Defence Investment", "organisation", "EST"),
       R("Rein Mägi", "person", "EST", "Lieutenant Colonel, commander of the artillery battalion of the 1st Infantry Brigade")],
      "2020-10-21", L("Paldiski", "EST"), "K9 self-propelled howitzers (second-hand, refurbished)",
      "The first six of the 18 second-hand K9 self-propelled howitzers that Estonia bought from South Korea were unloaded at Paldiski harbour on Wednesday, the Estonian Centre for Defence Investment (ECDI) said."),
    E("AGREE", "occurred",
      [P("Estonia", "country", "EST"), P("Hanwha", "company", "KOR")],
      "2018-12", None, "K9 self-propelled howitzers",
      "The contract, signed with Hanwha in December 2018, originally covered 12 guns; Tallinn took up an option for six more last year.",
      optional=True),
    E("TRANSFER", "planned",
      [S("South Korea", "country", "KOR"), R("Estonia", "country", "EST")],
      "2021", None, "K9 self-propelled howitzers",
      "The remaining 12 howitzers are to be shipped in two lots and should all be in Estonia by the end of next year, according to the ECDI."),
    E("TRAIN", "occurred",
      [P("Hanwha", "company", "KOR"), P("Republic of Korea Army artillery school", "organisation", "KOR"),
       P("Estonia", "country", "EST")],
      "2020-09", L("Tapa", "EST"), None,
      "A team of eight South Korean instructors from Hanwha and the Republic of Korea Army's artillery school spent September at Tapa, where they trained the first Estonian crews and maintenance staff on the guns."),
    E("COOPERATE", "occurred",
      [P("Estonia", "country", "EST"), P("Finland", "country", "FIN")],
      None, None, None,
      "Estonia bought its K9s through a joint procurement with Finland, which signed for 48 of the same second-hand howitzers in 2017 and has since put them into service with its own army.",
      optional=True),
    E("TRANSFER", "occurred",
      [S("South Korea", "country", "KOR"), R("Finland", "country", "FIN")],
      "2017", None, "K9 self-propelled howitzers (second-hand)",
      "Estonia bought its K9s through a joint procurement with Finland, which signed for 48 of the same second-hand howitzers in 2017 and has since put them into service with its own army.",
      optional=True),
    E("EXERCISE", "planned",
      [P("Estonia", "country", "EST"), P("Finland", "country", "FIN")],
      "2021", L("Rovajärvi range, Lapland", "FIN"), None,
      "Estonian gunners are due to join Finnish batteries next summer for a joint live-fire exercise at the Rovajärvi range in Lapland, the first time the two countries' K9s will fire side by side."),
])

# ---------------------------------------------------------------- u41-02 scraped, Balkans
doc("u41-02", "https://landsystemsmonitor.example/armour/europe/croatia-takes-first-bradleys",
    "Croatia takes first Bradleys as US-refurbished fleet starts to arrive", "2023-05-19", "Land Systems Monitor", """
LAND SYSTEMS MONITOR
Home | Armour | Artillery | Small Arms | Industry | Budgets | Events | Subscribe
Search...
You are here: Home > Armour > Europe

Croatia takes first Bradleys as US-refurbished fleet starts to arrive

19 May 2023 | By Tomislav Brkić, Zagreb | 4 min read

[Photo: Bradley infantry fighting vehicles being driven off a ro-ro ship at Rijeka. Credit: Croatian MoD]

The first 24 of the M2A2 ODS Bradley infantry fighting vehicles that the United States is supplying to Croatia were driven off a roll-on/roll-off ship in the port of Rijeka on Thursday, the Croatian Ministry of Defence said.

Defence Minister Ivan Perković and US Ambassador Nathaniel Brooks attended a handover ceremony on the quay, where the vehicles were formally signed over to the Guards Mechanised Brigade.

The vehicles come from US Army stocks and were overhauled at the Red River Army Depot in Texas before shipment, with new power packs, improved thermal sights and a reworked suspension. Croatia is receiving 89 Bradleys in all: 84 are being brought up to the same standard for front-line service and five will be stripped for spare parts.

A further 60 of the vehicles will follow in three shipments by the end of 2024, the ministry said.

Under the arrangement agreed in 2021, Washington is giving the vehicles to Croatia through its Excess Defense Articles programme, while Zagreb pays for the refurbishment, about $180 million, part of which is covered by a US Foreign Military Financing grant.

Perković called the Bradley "the biggest single step in modernising the Croatian Army since the 1990s". The vehicles will replace the M-80A infantry fighting vehicles the army inherited from the Yugoslav People's Army, most of which are more than 35 years old.

Crews are already in training. Some 40 Croatian drivers, gunners and mechanics completed a ten-week Bradley course run by US Army instructors at Grafenwöhr in Germany over the winter, and a US mobile training team is to spend the summer at the Eugen Kvaternik training area near Slunj preparing the first Croatian platoons.

The first Croatian Bradley platoon is scheduled to fire alongside US Army troops at Slunj in September, in a bilateral live-fire drill that the ministry described as the vehicle's "graduation test" in Croatian service.

On Thursday evening Perković also received the commander of US Army Europe and Africa, General Darnell Cole, in Zagreb. The two discussed the Bradley programme and Croatia's plans to buy Caesar self-propelled howitzers from France, according to a ministry statement.

Croatia's land forces have been re-equipping since 2022, when the country gave part of its older equipment to Ukraine. The ministry has not said whether any of the M-80As will follow.

Tags: Croatia, Bradley, IFV, United States, FMS

Share: Facebook | X | LinkedIn | Email | Print

RELATED ARTICLES
- Slovenia narrows medium battalion vehicle choice to two
- Hungarian Lynx production reaches 50 hulls
- Romania's artillery plan: what we know
- Analysis: why the Balkans are buying American again

MOST READ
1. Tracked vs wheeled: the debate that will not go away
2. Inside the new 155mm shell plants
3. Interview: the man in charge of Europe's howitzer boom

Newsletter: Get the Land Systems Monitor briefing every Friday. [Sign up]

We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. [Accept] [Manage]

© 2023 Land Systems Monitor. All rights reserved. | Privacy | Terms | Advertise
""", [
    E("TRANSFER", "occurred",
      [S("United States", "country", "USA"), S("Nathaniel Brooks", "person", "USA", "US Ambassador"),
       R("Croatia", "country", "HRV"), R("Ivan Perković", "person", "HRV", "Defence Minister"),
       R("Guards Mechanised Brigade", "organisation", "HRV")],
      "2023-05-18", L("Rijeka", "HRV"), "M2A2 ODS Bradley infantry fighting vehicles (ex-US Army, refurbished)",
      "The first 24 of the M2A2 ODS Bradley infantry fighting vehicles that the United States is supplying to Croatia were driven off a roll-on/roll-off ship in the port of Rijeka on Thursday, the Croatian Ministry of Defence said."),
    E("TRANSFER", "planned",
      [S("United States", "country", "USA"), R("Croatia", "country", "HRV")],
      "2024", None, "M2A2 ODS Bradley infantry fighting vehicles",
      "A further 60 of the vehicles will follow in three shipments by the end of 2024, the ministry said."),
    E("AGREE", "occurred",
      [P("United States", "country", "USA"), P("Croatia", "country", "HRV")],
      "2021", None, "Bradley infantry fighting vehicles (Excess Defense Articles)",
      "Under the arrangement agreed in 2021, Washington is giving the vehicles to Croatia through its Excess Defense Articles programme, while Zagreb pays for the refurbishment, about $180 million, part of which is covered by a US Foreign Military Financing grant.",
      optional=True),
    E("TRAIN", "occurred",
      [P("US Army", "organisation", "USA"), P("Croatia", "country", "HRV")],
      None, L("Grafenwöhr", "DEU"), None,
      "Some 40 Croatian drivers, gunners and mechanics completed a ten-week Bradley course run by US Army instructors at Grafenwöhr in Germany over the winter, and a US mobile training team is to spend the summer at the Eugen Kvaternik training area near Slunj preparing the first Croatian platoons."),
    E("TRAIN", "planned",
      [P("United States", "country", "USA"), P("Croatia", "country", "HRV")],
      "2023", L("Eugen Kvaternik training area, Slunj", "HRV"), None,
      "Some 40 Croatian drivers, gunners and mechanics completed a ten-week Bradley course run by US Army instructors at Grafenwöhr in Germany over the winter, and a US mobile training team is to spend the summer at the Eugen Kvaternik training area near Slunj preparing the first Croatian platoons."),
    E("EXERCISE", "planned",
      [P("Croatia", "country", "HRV"), P("US Army", "organisation", "USA")],
      "2023-09", L("Slunj", "HRV"), None,
      "The first Croatian Bradley platoon is scheduled to fire alongside US Army troops at Slunj in September, in a bilateral live-fire drill that the ministry described as the vehicle's \"graduation test\" in Croatian service."),
    E("MEET", "occurred",
      [P("Ivan Perković", "person", "HRV", title="Defence Minister"),
       P("Darnell Cole", "person", "USA", title="General, commander of US Army Europe and Africa")],
      "2023-05-18", L("Zagreb", "HRV"), None,
      "On Thursday evening Perković also received the commander of US Army Europe and Africa, General Darnell Cole, in Zagreb."),
    E("TRANSFER", "planned",
      [S("France", "country", "FRA"), R("Croatia", "country", "HRV")],
      None, None, "Caesar self-propelled howitzers",
      "The two discussed the Bradley programme and Croatia's plans to buy Caesar self-propelled howitzers from France, according to a ministry statement.",
      optional=True),
    E("TRANSFER", "occurred",
      [S("Croatia", "country", "HRV"), R("Ukraine", "country", "UKR")],
      "2022", None, "older military equipment",
      "Croatia's land forces have been re-equipping since 2022, when the country gave part of its older equipment to Ukraine.",
      optional=True),
])

# ---------------------------------------------------------------- u41-03 scraped, Caucasus, published null
doc("u41-03", "https://caucasusdaybook.example/security/noble-partner-2022-opens-vaziani",
    "Noble Partner drills open at Vaziani with troops from 13 countries", None, "Caucasus Daybook", """
CAUCASUS DAYBOOK
News   Politics   Security   Economy   Culture   Opinion   | ქართ | Рус
Tbilisi 27°C   Yerevan 31°C   Baku 29°C
USD/GEL 2.87   EUR/GEL 2.88

Security

Noble Partner drills open at Vaziani with troops from 13 countries

Thursday, 1 September 2022, 14:05

Some 2,400 soldiers from Georgia, the United States and 11 other countries began the Noble Partner 2022 multinational exercise on Monday at the Vaziani training area east of Tbilisi, Georgia's Defence Ministry said.

The two-week exercise, run jointly by the Georgian Defence Forces and US Army Europe and Africa, is meant to certify Georgian units for work alongside NATO forces and will end with a combined live-fire drill on 9 September.

Alongside Georgian and American units, the exercise brings together troops from Poland, the United Kingdom, France, Lithuania and Turkey, as well as smaller groups from six other NATO and partner countries.

Officers from Armenia and Azerbaijan have been invited to watch the final live-fire phase as observers.

"Noble Partner shows that Georgia is not alone," Defence Minister Levan Tsereteli said at the opening ceremony. "Every year our soldiers come out of it better prepared to defend our country and to serve alongside our partners."

On Tuesday, the commander of US Army Europe and Africa, General Darnell Cole, held talks in Tbilisi with the Chief of Georgia's Defence Forces, Major General Zurab Gelashvili. They discussed the Georgia Defense Readiness Program, under which US instructors have been training Georgian light infantry battalions since 2018, and ways to extend it to the Georgian artillery and engineers.

Georgia is one of NATO's closest partners outside the alliance. The Substantial NATO-Georgia Package, agreed in 2014, pays for a joint training and evaluation centre at Krtsanisi, where Georgian and allied units train together.

Georgian soldiers also continue to serve abroad. A Georgian light infantry company is deployed with the European Union's military training mission in the Central African Republic.

Author: Nino Beridze

Comments (3)   Share   Print

Related
• Parliament passes 2023 budget in first reading
• Kakheti grape harvest starts early
• Batumi port volumes up 12 percent
• Foreign ministers of Armenia and Azerbaijan to meet in Brussels

Caucasus Daybook uses cookies. Read our policy.
© 2012-2022 Caucasus Daybook
""", [
    E("EXERCISE", "occurred",
      [P("Georgia", "country", "GEO"), P("Georgian Defence Forces", "organisation", "GEO"),
       P("Levan Tsereteli", "person", "GEO", title="Defence Minister"),
       P("United States", "country", "USA"), P("US Army Europe and Africa", "organisation", "USA"),
       P("Poland", "country", "POL"), P("United Kingdom", "country", "GBR"), P("France", "country", "FRA"),
       P("Lithuania", "country", "LTU"), P("Turkey", "country", "TUR")],
      "2022-08-29", L("Vaziani training area", "GEO"), None,
      "Alongside Georgian and American units, the exercise brings together troops from Poland, the United Kingdom, France, Lithuania and Turkey, as well as smaller groups from six other NATO and partner countries."),
    E("EXERCISE", "planned",
      [P("Georgia", "country", "GEO"), P("Armenia", "country", "ARM")],
      "2022-09-09", L("Vaziani training area", "GEO"), None,
      "Officers from Armenia and Azerbaijan have been invited to watch the final live-fire phase as observers.",
      optional=True),
    E("EXERCISE", "planned",
      [P("Georgia", "country", "GEO"), P("Azerbaijan", "country", "AZE")],
      "2022-09-09", L("Vaziani training area", "GEO"), None,
      "Officers from Armenia and Azerbaijan have been invited to watch the final live-fire phase as observers.",
      optional=True),
    E("MEET", "occurred",
      [P("Darnell Cole", "person", "USA", title="General, commander of US Army Europe and Africa"),
       P("Zurab Gelashvili", "person", "GEO", title="Major General, Chief of Georgia's Defence Forces")],
      "2022-08-30", L("Tbilisi", "GEO"), None,
      "On Tuesday, the commander of US Army Europe and Africa, General Darnell Cole, held talks in Tbilisi with the Chief of Georgia's Defence Forces, Major General Zurab Gelashvili."),
    E("TRAIN", "occurred",
      [P("United States", "country", "USA"), P("Georgia", "country", "GEO")],
      None, None, None,
      "They discussed the Georgia Defense Readiness Program, under which US instructors have been training Georgian light infantry battalions since 2018, and ways to extend it to the Georgian artillery and engineers."),
    E("COOPERATE", "occurred",
      [P("NATO", "igo", "NATO"), P("Georgia", "country", "GEO")],
      "2014", None, None,
      "The Substantial NATO-Georgia Package, agreed in 2014, pays for a joint training and evaluation centre at Krtsanisi, where Georgian and allied units train together.",
      optional=True),
    E("DEPLOY", "occurred",
      [P("Georgia", "country", "GEO"), P("European Union military training mission in the Central African Republic", "igo", "EU")],
      None, L("Central African Republic", "CAF"), None,
      "A Georgian light infantry company is deployed with the European Union's military training mission in the Central African Republic."),
])
