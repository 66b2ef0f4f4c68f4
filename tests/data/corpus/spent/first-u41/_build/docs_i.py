from lib import doc, E, P, S, R, L

# ---------------------------------------------------------------- u41-24 scraped, Central Asia, parade, cut off
doc("u41-24", "https://centralasiawire.example/turkmenistan/2021/09/28/ashgabat-parade-30-years-independence",
    "Ashgabat marks 30 years of independence with military parade", "2021-09-28", "Central Asia Wire", """
CENTRAL ASIA WIRE
Kazakhstan | Kyrgyzstan | Tajikistan | Turkmenistan | Uzbekistan | Afghanistan | Region
Tuesday, 28 September 2021
Ashgabat +24 | Tashkent +22 | Almaty +17 | Bishkek +15 | Dushanbe +26

TURKMENISTAN

Ashgabat marks 30 years of independence with military parade

28.09.2021 09:40 | Central Asia Wire

ASHGABAT — Turkmenistan marked the 30th anniversary of its independence on Monday with a military parade through the centre of Ashgabat, showing off armoured vehicles, artillery and rocket launchers, some of them seen in public for the first time.

President Gurbanguly Berdimuhamedov, who is also the supreme commander of the armed forces, took the salute from a stand on Independence Square. Diplomats, including military attachés of foreign embassies, watched from the stands.

Columns of Turkish-built Kirpi and Cobra armoured vehicles, in service with the army and border troops, led the mechanised part of the parade, followed by T-90S tanks and BTR-80 personnel carriers. Among the artillery on show were Belarusian-made Polonez multiple rocket launchers, which the Turkmen army has fielded in recent years, as well as older Soviet-era Grad and Smerch launchers.

Observers noted that the parade included more wheeled armoured vehicles than at any previous event, reflecting the army's shift towards lighter, more mobile units for the border with Afghanistan, where the Taliban took power in August.

In a speech before the parade, the president said Turkmenistan's policy of positive neutrality, recognised by the United Nations in 1995, remained the foundation of the country's foreign policy, and that its armed forces were "strictly defensive". Turkmenistan does not belong to any military alliance.

Independent analysts say the equipment shown reflects a decade of purchases from a small number of suppliers. Turkmenistan does not publish its defence budget, and little is known about the terms on which the equipment was acquired or how much of it is fully oper
""", [
    E("TRANSFER", "occurred",
      [S("Turkey", "country", "TUR"), R("Turkmenistan", "country", "TKM")],
      None, None, "Kirpi and Cobra armoured vehicles",
      "Columns of Turkish-built Kirpi and Cobra armoured vehicles, in service with the army and border troops, led the mechanised part of the parade, followed by T-90S tanks and BTR-80 personnel carriers.",
      optional=True),
    E("TRANSFER", "occurred",
      [S("Belarus", "country", "BLR"), R("Turkmenistan", "country", "TKM")],
      None, None, "Polonez multiple rocket launchers",
      "Among the artillery on show were Belarusian-made Polonez multiple rocket launchers, which the Turkmen army has fielded in recent years, as well as older Soviet-era Grad and Smerch launchers.",
      optional=True),
])

# ---------------------------------------------------------------- u41-25 scraped roundup, world-wide, published null
doc("u41-25", "https://landforcesweekly.example/week-in-brief/2024-24",
    "Week in brief: Pinakas for Armenia, Egypt's first local K9s, Eurosatory line-up", None, "Land Forces Weekly", """
LAND FORCES WEEKLY
News | Week in Brief | Programmes | Industry | Shows | Data | Podcasts | Jobs
Subscribe | Log in

WEEK IN BRIEF

Week in brief: Pinakas for Armenia, Egypt's first local K9s, Eurosatory line-up

June 14th, 2024 | Land Forces Weekly staff

Our round-up of land-forces news from around the world this week.

ARMENIA
Armenia has taken delivery of its first battery of Pinaka multiple rocket launchers from India. The launchers arrived last week, the Armenian Defence Ministry confirmed on Tuesday, without saying how they had been transported. Yerevan ordered the system in 2022 as part of a wider package that also covered anti-tank rockets and ammunition, in a contract reported to be worth about $250 million. Armenia has turned to India and France for weapons since 2022, after complaining that Russia, its traditional supplier, had failed to deliver equipment it had paid for.

INDIA
India's Defence Acquisition Council this week cleared the purchase of 307 ATAGS towed 155mm howitzers from Bharat Forge and Tata Advanced Systems, the army's largest order for artillery designed in the country. The gun was developed by the Defence Research and Development Organisation with the two companies, and the army hopes to field the first regiment within two years of the contract being signed.

EGYPT
The first K9A1EGY self-propelled howitzers built at Egypt's Military Factory 200 under licence from Hanwha Aerospace were handed over to the Egyptian Army at a ceremony near Cairo on Wednesday. Egypt signed for two regiments' worth of K9s in 2022, with most of the guns to be built locally and the share of Egyptian-made parts rising with each batch. Hanwha says the Egyptian line is the first outside South Korea to assemble the complete gun, rather than just kits.

BOSNIA AND HERZEGOVINA
The United States on Monday handed over 32 armoured Humvees and night-vision equipment worth $10 million to the Armed Forces of Bosnia and Herzegovina at the Rajlovac barracks in Sarajevo. US Ambassador Laura Whitman passed the keys to Defence Minister Dragan Kovačević, who said the vehicles would go to units preparing for NATO-led missions.

FINLAND
The Finnish Defence Forces have ordered 91 more Patria 6x6 armoured vehicles from the domestic manufacturer, taking the army's total to 251. Deliveries start next year.

KYRGYZSTAN
Kyrgyzstan's defence ministry has denied reports in Russian media that it was negotiating to buy wheeled armoured vehicles from Turkey. "No such talks are under way, and none are planned," a spokesman said on Tuesday. The ministry added that its priority this year was the repair of Soviet-era BTR-70s and BMP-2s at its own workshop near Bishkek.

NIGERIA
The Nigerian Army showed off the first armoured personnel carriers built by its own Command Engineering Depot in Kaduna, which it says will cut its dependence on imports. The depot plans to turn out about 20 vehicles a year once the production line is fully staffed.

EUROSATORY
Next week's Eurosatory in Paris, the biggest land-defence show of the year, runs from 17 to 21 June. Hanwha Aerospace, Serbia's Yugoimport and Brazil's Avibras are among the foreign companies that have confirmed stands, alongside the usual large French and German presence. The organisers expect about 2,000 exhibitors and more than 100,000 visitors over five days, with artillery, ammunition and counter-drone systems expected to dominate the halls. Land Forces Weekly will be reporting from the show every day; see our show page for the programme of conference sessions.

JUNGLE WARFARE
Brazil's Jungle Warfare Instruction Centre (CIGS) in Manaus graduated its latest jungle operations course on 7 June. Of the 38 officers and sergeants who passed the ten-week course, three were from the Guyana Defence Force. The centre, one of the best-known of its kind, takes foreign students every year.

VIETNAM AND LAOS
Vietnamese and Lao army officers held their annual staff talks in Vientiane on Wednesday, agreeing on a training plan for 2024-2025 under which Vietnamese instructors will run artillery and engineer courses for Lao officers. The two armies have held such talks every year since 2012.

NUMBER OF THE WEEK
155 — calibre, in millimetres, of almost every new howitzer ordered in Europe since 2022.

ANALYSIS: THE WHEELED HOWITZER'S MOMENT
Five years ago, the truck-mounted howitzer was a niche product, bought mostly by armies that could not afford tracked guns. Today it is one of the best-selling items in land-defence catalogues. The reasons are not hard to find. Wheeled guns are cheaper to buy and to run, they can drive long distances on roads without transporters, and they can fire and move away before counter-battery fire arrives, a quality that the fighting in Ukraine has made look essential rather than desirable.

They are not a universal answer. Wheeled guns carry less ammunition than tracked ones, their crews are less well protected, and they struggle in deep mud and snow. Armies that expect to fight alongside tanks in open country still tend to want at least some tracked artillery, which is why several have ordered both kinds.

What has changed most is the supply side. A decade ago only a handful of companies offered a wheeled 155mm gun. Now almost every major artillery maker, and several newcomers, has one on the market, many of them designed to fit on locally made trucks so that buyers can claim a share of the work. For customers, that is good news on price. For manufacturers, it means a crowded field in which the winners will be those who can deliver quickly, and in numbers.

COMING UP
17-21 June: Eurosatory, Paris
25-27 June: Land Warfare Conference, Adelaide
2-4 July: Armoured Vehicles Asia, Bangkok

CORRECTION
Last week's round-up said that the first of the Slovak army's new wheeled howitzers would be delivered in 2025. The correct year is 2026. We apologise for the error.

Share this round-up: LinkedIn | X | Email

MOST READ THIS WEEK
1. Why Europe's shell shortage is not over
2. The quiet comeback of the wheeled howitzer
3. Ten armies, one rifle: the great 6.8mm debate
4. Inside Korea's artillery export machine

Get Land Forces Weekly in your inbox every Friday. [Sign up]

We use cookies to run this site and to understand how it is used. [Accept all] [Settings]

© 2024 Land Forces Weekly. All rights reserved. | About | Advertise | Privacy | Terms
""", [
    E("TRANSFER", "occurred",
      [S("India", "country", "IND"), R("Armenia", "country", "ARM")],
      "2024-06", None, "Pinaka multiple rocket launchers",
      "Armenia has taken delivery of its first battery of Pinaka multiple rocket launchers from India."),
    E("AGREE", "occurred",
      [P("Armenia", "country", "ARM"), P("India", "country", "IND")],
      "2022", None, "Pinaka rocket launchers, anti-tank rockets and ammunition",
      "Yerevan ordered the system in 2022 as part of a wider package that also covered anti-tank rockets and ammunition, in a contract reported to be worth about $250 million.",
      optional=True),
    E("TRANSFER", "occurred",
      [S("France", "country", "FRA"), R("Armenia", "country", "ARM")],
      None, None, "weapons",
      "Armenia has turned to India and France for weapons since 2022, after complaining that Russia, its traditional supplier, had failed to deliver equipment it had paid for.",
      optional=True),
    E("INDUSTRY", "occurred",
      [P("Hanwha Aerospace", "company", "KOR"), P("Military Factory 200", "organisation", "EGY")],
      "2024-06-12", L("near Cairo", "EGY"), "K9A1EGY self-propelled howitzers (licensed production)",
      "The first K9A1EGY self-propelled howitzers built at Egypt's Military Factory 200 under licence from Hanwha Aerospace were handed over to the Egyptian Army at a ceremony near Cairo on Wednesday."),
    E("AGREE", "occurred",
      [P("Egypt", "country", "EGY"), P("Hanwha Aerospace", "company", "KOR")],
      "2022", None, "K9 self-propelled howitzers",
      "Egypt signed for two regiments' worth of K9s in 2022, with most of the guns to be built locally and the share of Egyptian-made parts rising with each batch.",
      optional=True),
    E("TRANSFER", "occurred",
      [S("United States", "country", "USA"), S("Laura Whitman", "person", "USA", "US Ambassador"),
       R("Armed Forces of Bosnia and Herzegovina", "organisation", "BIH"),
       R("Dragan Kovačević", "person", "BIH", "Defence Minister")],
      "2024-06-10", L("Rajlovac barracks, Sarajevo", "BIH"), "armoured Humvees and night-vision equipment",
      "The United States on Monday handed over 32 armoured Humvees and night-vision equipment worth $10 million to the Armed Forces of Bosnia and Herzegovina at the Rajlovac barracks in Sarajevo."),
] + [
    E("EXHIBIT", "planned", [P(name, "company", code), P("France", "country", "FRA")],
      "2024-06", L("Paris", "FRA"), None,
      "Hanwha Aerospace, Serbia's Yugoimport and Brazil's Avibras are among the foreign companies that have confirmed stands, alongside the usual large French and German presence.")
    for name, code in [("Hanwha Aerospace", "KOR"), ("Yugoimport", "SRB"), ("Avibras", "BRA")]
] + [
    E("EXHIBIT", "planned", [P("German companies", "company", "DEU"), P("France", "country", "FRA")],
      "2024-06", L("Paris", "FRA"), None,
      "Hanwha Aerospace, Serbia's Yugoimport and Brazil's Avibras are among the foreign companies that have confirmed stands, alongside the usual large French and German presence.",
      optional=True),
    E("TRAIN", "occurred",
      [P("Jungle Warfare Instruction Centre (CIGS)", "organisation", "BRA"), P("Guyana Defence Force", "organisation", "GUY")],
      "2024-06-07", L("Manaus", "BRA"), None,
      "Of the 38 officers and sergeants who passed the ten-week course, three were from the Guyana Defence Force."),
    E("MEET", "occurred",
      [P("Vietnam People's Army", "organisation", "VNM"), P("Lao People's Army", "organisation", "LAO")],
      "2024-06-12", L("Vientiane", "LAO"), None,
      "Vietnamese and Lao army officers held their annual staff talks in Vientiane on Wednesday, agreeing on a training plan for 2024-2025 under which Vietnamese instructors will run artillery and engineer courses for Lao officers."),
    E("AGREE", "occurred",
      [P("Vietnam", "country", "VNM"), P("Laos", "country", "LAO")],
      "2024-06-12", L("Vientiane", "LAO"), "training plan for 2024-2025",
      "Vietnamese and Lao army officers held their annual staff talks in Vientiane on Wednesday, agreeing on a training plan for 2024-2025 under which Vietnamese instructors will run artillery and engineer courses for Lao officers."),
    E("TRAIN", "planned",
      [P("Vietnam", "country", "VNM"), P("Laos", "country", "LAO")],
      None, None, None,
      "Vietnamese and Lao army officers held their annual staff talks in Vientiane on Wednesday, agreeing on a training plan for 2024-2025 under which Vietnamese instructors will run artillery and engineer courses for Lao officers."),
])
