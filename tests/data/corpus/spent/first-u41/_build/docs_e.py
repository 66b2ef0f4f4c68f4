from lib import doc, E, P, S, R, L

# ---------------------------------------------------------------- u41-13 scraped, Southeast Asia, cut off
doc("u41-13", "https://nusantaradefencepost.example/defence/2023/09/02/super-garuda-shield-opens-east-java",
    "Super Garuda Shield opens in East Java with seven armies in the field", "2023-09-02", "Nusantara Defence Post", """
NUSANTARA DEFENCE POST
Home   National   Defence   Region   Economy   Sport   |   Jakarta 33°C
Login | Register

DEFENCE
Super Garuda Shield opens in East Java with seven armies in the field
Saturday, 2 September 2023 08:15 WIB
Reporter: Dewi Lestari | Editor: Arif Santoso

SITUBONDO — More than 5,000 troops from Indonesia, the United States, Australia, Japan, Singapore, the United Kingdom and France opened the Super Garuda Shield 2023 exercise on Thursday with a ceremony at the Baluran training area in Situbondo, East Java.

The exercise, which runs until 13 September, is led by the Indonesian Armed Forces and US Indo-Pacific Command. Ground forces make up most of the participants this year, with airborne, artillery and amphibious drills planned across East Java and South Sumatra.

In a jungle warfare phase that began on Friday, Indonesian Army instructors are teaching US and Australian soldiers survival, tracking and small-unit patrolling in the forests of Baluran.

"Our soldiers grew up in this kind of terrain. Our partners want to learn from that, and we also learn from their equipment and planning," said Colonel Hendra Wijaya, who leads the Indonesian contingent.

On Wednesday, Indonesian Army Chief of Staff General Agus Wibowo received the commander of US Army Pacific, General Mark Reeves, at Army Headquarters in Jakarta. The two discussed adding a combined artillery live-fire to next year's exercise, the Army's information service said.

Japan's Ground Self-Defense Force has sent about 100 soldiers, its largest contingent so far, while Singapore and France each contributed around 50. Residents of villages near the training area have been warned to expect helicopter traffic and the sound of blank firing at night until the middle of the month.

Garuda Shield began in 2007 as a bilateral exercise between the Indonesian and US armies and was opened to other countries last year.

The Indonesian Army is also due to send an infantry company to
""", [
    E("EXERCISE", "occurred",
      [P("Indonesia", "country", "IDN"), P("Hendra Wijaya", "person", "IDN", title="Colonel, leader of the Indonesian contingent"),
       P("United States", "country", "USA"), P("Australia", "country", "AUS"),
       P("Japan", "country", "JPN"), P("Singapore", "country", "SGP"), P("United Kingdom", "country", "GBR"),
       P("France", "country", "FRA")],
      "2023-08-31", L("Baluran training area, Situbondo", "IDN"), None,
      "SITUBONDO — More than 5,000 troops from Indonesia, the United States, Australia, Japan, Singapore, the United Kingdom and France opened the Super Garuda Shield 2023 exercise on Thursday with a ceremony at the Baluran training area in Situbondo, East Java."),
    E("TRAIN", "occurred",
      [P("Indonesian Army", "organisation", "IDN"), P("United States", "country", "USA")],
      "2023-09-01", L("Baluran, Situbondo", "IDN"), None,
      "In a jungle warfare phase that began on Friday, Indonesian Army instructors are teaching US and Australian soldiers survival, tracking and small-unit patrolling in the forests of Baluran."),
    E("TRAIN", "occurred",
      [P("Indonesian Army", "organisation", "IDN"), P("Australia", "country", "AUS")],
      "2023-09-01", L("Baluran, Situbondo", "IDN"), None,
      "In a jungle warfare phase that began on Friday, Indonesian Army instructors are teaching US and Australian soldiers survival, tracking and small-unit patrolling in the forests of Baluran."),
    E("MEET", "occurred",
      [P("Agus Wibowo", "person", "IDN", title="General, Indonesian Army Chief of Staff"),
       P("Mark Reeves", "person", "USA", title="General, commander of US Army Pacific")],
      "2023-08-30", L("Jakarta", "IDN"), None,
      "On Wednesday, Indonesian Army Chief of Staff General Agus Wibowo received the commander of US Army Pacific, General Mark Reeves, at Army Headquarters in Jakarta."),
])

# ---------------------------------------------------------------- u41-14 clean, Gulf
doc("u41-14", "https://dohagazette.example/qatar/defence/last-leopard-tanks-handed-over-to-land-force",
    "Last Leopard tanks and PzH 2000 howitzers handed over to Land Force", "2018-02-15", "The Doha Gazette", """
Last Leopard tanks and PzH 2000 howitzers handed over to Land Force

DOHA — The Qatari Emiri Land Force has received the last of the 62 Leopard 2A7 main battle tanks and 24 PzH 2000 self-propelled howitzers it ordered from Germany's Krauss-Maffei Wegmann (KMW) in 2013, completing one of the largest land-equipment deals in the Gulf.

The final vehicles were handed over on Tuesday at a ceremony at the Land Force's armoured brigade camp, where the Commander of the Land Force, Major General Saeed Hamad Al-Nuaimi, accepted them from KMW managing director Klaus Brandt. Germany's ambassador to Qatar, Thomas Kessler, attended.

The package also included Dingo 2 protected vehicles, recovery and bridge-laying tanks, ammunition, a simulator centre and logistic support.

KMW instructors have trained about 300 Qatari crew members and maintenance staff since 2015, partly at the company's training centre in Munich and partly in Qatar. A team of German technicians will stay in Doha until 2020 to support the fleet.

"These tanks have transformed the Land Force. We have gone from an old fleet to one of the most modern armoured brigades in the region," Maj Gen Al-Nuaimi said.

Qatar has also been working more closely on land forces with Turkey, which has stationed troops at the Tariq bin Ziyad base in Doha since 2016. Turkish and Qatari soldiers held a joint live-fire drill at the base last month.
""", [
    E("TRANSFER", "occurred",
      [S("Krauss-Maffei Wegmann", "company", "DEU"), S("Klaus Brandt", "person", "DEU", "KMW managing director"),
       R("Qatari Emiri Land Force", "organisation", "QAT"),
       R("Saeed Hamad Al-Nuaimi", "person", "QAT", "Major General, Commander of the Land Force")],
      "2018-02-13", None, "Leopard 2A7 main battle tanks and PzH 2000 self-propelled howitzers",
      "The final vehicles were handed over on Tuesday at a ceremony at the Land Force's armoured brigade camp, where the Commander of the Land Force, Major General Saeed Hamad Al-Nuaimi, accepted them from KMW managing director Klaus Brandt."),
    E("AGREE", "occurred",
      [P("Qatar", "country", "QAT"), P("Krauss-Maffei Wegmann", "company", "DEU")],
      "2013", None, "Leopard 2A7 tanks and PzH 2000 howitzers",
      "DOHA — The Qatari Emiri Land Force has received the last of the 62 Leopard 2A7 main battle tanks and 24 PzH 2000 self-propelled howitzers it ordered from Germany's Krauss-Maffei Wegmann (KMW) in 2013, completing one of the largest land-equipment deals in the Gulf.",
      optional=True),
    E("TRAIN", "occurred",
      [P("Krauss-Maffei Wegmann", "company", "DEU"), P("Qatari Emiri Land Force", "organisation", "QAT")],
      None, None, None,
      "KMW instructors have trained about 300 Qatari crew members and maintenance staff since 2015, partly at the company's training centre in Munich and partly in Qatar."),
    E("COOPERATE", "occurred",
      [P("Turkey", "country", "TUR"), P("Qatar", "country", "QAT")],
      None, L("Tariq bin Ziyad base, Doha", "QAT"), None,
      "Qatar has also been working more closely on land forces with Turkey, which has stationed troops at the Tariq bin Ziyad base in Doha since 2016.",
      optional=True),
    E("EXERCISE", "occurred",
      [P("Turkey", "country", "TUR"), P("Qatar", "country", "QAT")],
      "2018-01", L("Tariq bin Ziyad base, Doha", "QAT"), None,
      "Turkish and Qatari soldiers held a joint live-fire drill at the base last month."),
])

# ---------------------------------------------------------------- u41-15 clean, Central Asia, exhibition
doc("u41-15", "https://steppetimes.example/business/2018/05/24/kadex-2018-paramount-otokar",
    "KADEX 2018: new Arlan variants agreed as Otokar eyes Kazakh assembly", "2018-05-24", "Steppe Times", """
KADEX 2018: new Arlan variants agreed as Otokar eyes Kazakh assembly

ASTANA, 24 May — Kazakhstan Paramount Engineering (KPE), the joint venture between the state holding Kazakhstan Engineering and South Africa's Paramount Group, signed an agreement with its South African parent on Wednesday to build ambulance and command versions of the Arlan armoured vehicle at its plant in Astana.

The deal was one of several signed on the opening day of KADEX 2018, Kazakhstan's biennial defence exhibition, which runs until Saturday at the exhibition centre next to Astana airport.

The Arlan, a licensed version of Paramount's Marauder mine-protected vehicle, has been built in Astana since 2016 and is in service with the Kazakh army and the National Guard. KPE said the new versions would share about 80 per cent of their parts with the existing vehicle and that the first would be delivered next year.

Also on Wednesday, Turkey's Otokar signed a memorandum of understanding with Kazakhstan Engineering to study local assembly of its Cobra II 4x4 and Arma 6x6 armoured vehicles. Otokar said a joint working group would report by the end of the year on which parts could be made in Kazakhstan.

More than 350 companies from 30 countries are exhibiting at the show. Russia has the largest foreign display, followed by Turkey and Belarus.

On the sidelines of the opening day, Defence Minister Serik Omarov met Roman Gurski, chairman of Belarus's State Authority for Military Industry, to discuss the repair and modernisation of Soviet-era armoured vehicles in Kazakh plants.

The government wants local companies to supply at least half of the armed forces' equipment by 2025, and officials at the show made clear that foreign firms hoping to sell to Kazakhstan would be expected to build or assemble some of their products in the country.

"We are not a shop window any more," a Kazakhstan Engineering executive said. "Partners who want to work here have to bring technology and jobs."

KADEX was first held in 2010. This year's edition is the fifth.
""", [
    E("AGREE", "occurred",
      [P("Kazakhstan Paramount Engineering", "company", "KAZ"), P("Paramount Group", "company", "ZAF")],
      "2018-05-23", L("Astana", "KAZ"), "Arlan armoured vehicles (ambulance and command versions)",
      "ASTANA, 24 May — Kazakhstan Paramount Engineering (KPE), the joint venture between the state holding Kazakhstan Engineering and South Africa's Paramount Group, signed an agreement with its South African parent on Wednesday to build ambulance and command versions of the Arlan armoured vehicle at its plant in Astana."),
    E("INDUSTRY", "occurred",
      [P("Kazakhstan Paramount Engineering", "company", "KAZ"), P("Paramount Group", "company", "ZAF")],
      "2018-05-23", L("Astana", "KAZ"), "Arlan armoured vehicles (ambulance and command versions)",
      "ASTANA, 24 May — Kazakhstan Paramount Engineering (KPE), the joint venture between the state holding Kazakhstan Engineering and South Africa's Paramount Group, signed an agreement with its South African parent on Wednesday to build ambulance and command versions of the Arlan armoured vehicle at its plant in Astana."),
    E("INDUSTRY", "occurred",
      [P("Kazakhstan Engineering", "company", "KAZ"), P("Paramount Group", "company", "ZAF")],
      None, L("Astana", "KAZ"), "Arlan (licensed Marauder) mine-protected vehicles",
      "The Arlan, a licensed version of Paramount's Marauder mine-protected vehicle, has been built in Astana since 2016 and is in service with the Kazakh army and the National Guard.",
      optional=True),
    E("AGREE", "occurred",
      [P("Otokar", "company", "TUR"), P("Kazakhstan Engineering", "company", "KAZ")],
      "2018-05-23", L("Astana", "KAZ"), "Cobra II and Arma armoured vehicles",
      "Also on Wednesday, Turkey's Otokar signed a memorandum of understanding with Kazakhstan Engineering to study local assembly of its Cobra II 4x4 and Arma 6x6 armoured vehicles."),
    E("INDUSTRY", "planned",
      [P("Otokar", "company", "TUR"), P("Kazakhstan Engineering", "company", "KAZ")],
      None, None, "Cobra II 4x4 and Arma 6x6 armoured vehicles (local assembly)",
      "Also on Wednesday, Turkey's Otokar signed a memorandum of understanding with Kazakhstan Engineering to study local assembly of its Cobra II 4x4 and Arma 6x6 armoured vehicles."),
] + [
    E("EXHIBIT", "occurred", [P(name, "country", code), P("Kazakhstan", "country", "KAZ")],
      "2018-05", L("Astana", "KAZ"), None,
      "Russia has the largest foreign display, followed by Turkey and Belarus.")
    for name, code in [("Russia", "RUS"), ("Turkey", "TUR"), ("Belarus", "BLR")]
] + [
    E("MEET", "occurred",
      [P("Serik Omarov", "person", "KAZ", title="Defence Minister"),
       P("Roman Gurski", "person", "BLR", title="Chairman of the State Authority for Military Industry")],
      "2018-05-23", L("Astana", "KAZ"), None,
      "On the sidelines of the opening day, Defence Minister Serik Omarov met Roman Gurski, chairman of Belarus's State Authority for Military Industry, to discuss the repair and modernisation of Soviet-era armoured vehicles in Kazakh plants."),
])
