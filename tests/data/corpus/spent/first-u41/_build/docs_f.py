from lib import doc, E, P, S, R, L

# ---------------------------------------------------------------- u41-16 scraped, Balkans, published null
doc("u41-16", "https://balkansecuritymonitor.example/serbia/defence/last-russian-donated-tanks-reach-serbia",
    "Last Russian-donated tanks reach Serbia", None, "Balkan Security Monitor", """
BALKAN SECURITY MONITOR
Home / Serbia / Bosnia and Herzegovina / Montenegro / North Macedonia / Kosovo / Albania / Croatia
EUR/RSD 117.58 | USD/RSD 96.43

Home > Serbia > Defence

Last Russian-donated tanks reach Serbia

Belgrade | 19.12.2020 | 11:42

The last ten of the 30 T-72B1MS tanks that Russia has donated to Serbia arrived at the Danube port of Smederevo on Friday aboard two barges, together with the final batch of BRDM-2MS reconnaissance vehicles, Serbia's Defence Ministry said.

Before delivery, the second-hand tanks and scout cars were overhauled and upgraded at a Russian army repair plant near St Petersburg, where they received new thermal sights, new radios and additional armour.

At a ceremony at the port, Russian Ambassador Sergei Volkov formally handed the vehicles over to Serbian Defence Minister Milan Jovanović, who thanked Moscow for what he called "a gift that makes our army stronger and our country safer".

With this delivery Serbia has received all 30 tanks and 30 reconnaissance vehicles promised under the donation, which was agreed during talks between the two countries' presidents in 2019.

Thirty-six Serbian crew members and mechanics were trained on the upgraded vehicles in Russia in the autumn, and the tanks will go to the 2nd Army Brigade in Kraljevo.

Serbian paratroopers will also join Russian and Belarusian airborne troops in the next Slavic Brotherhood exercise, scheduled for June in Russia's Krasnodar region, the ministry said.

Serbia, which declared military neutrality in 2007, insists that its ties with Moscow do not come at the expense of its cooperation with the West. A Serbian Army infantry platoon and a medical team serve with the UN Interim Force in Lebanon (UNIFIL), and this year the Serbian Army held more than 20 joint activities with its US partner, the Ohio National Guard.

Opposition parties have criticised the government for accepting Russian equipment while negotiating to join the European Union.

Author: Dragana Milić

Tags: Serbia, Russia, T-72, BRDM-2, donation

Share: Facebook | Twitter | Viber | Email

READ ALSO
- Montenegro to buy 67 JLTV vehicles from the US
- Bosnian army receives new uniforms
- North Macedonia completes NATO integration of its army units
- Kosovo Security Force marks anniversary with parade

POPULAR
1. Winter closes mountain roads in southern Serbia
2. Belgrade metro: timetable slips again
3. Red Star draw in Europa League

This site uses cookies to give you the best experience. OK | More

© Balkan Security Monitor 2020
""", [
    E("TRANSFER", "occurred",
      [S("Russia", "country", "RUS"), S("Sergei Volkov", "person", "RUS", "Russian Ambassador"),
       R("Serbia", "country", "SRB"), R("Milan Jovanović", "person", "SRB", "Defence Minister")],
      "2020-12-18", L("Smederevo", "SRB"), "T-72B1MS tanks and BRDM-2MS reconnaissance vehicles (second-hand, upgraded)",
      "The last ten of the 30 T-72B1MS tanks that Russia has donated to Serbia arrived at the Danube port of Smederevo on Friday aboard two barges, together with the final batch of BRDM-2MS reconnaissance vehicles, Serbia's Defence Ministry said."),
    E("AGREE", "occurred",
      [P("Serbia", "country", "SRB"), P("Russia", "country", "RUS")],
      "2019", None, "donation of tanks and reconnaissance vehicles",
      "With this delivery Serbia has received all 30 tanks and 30 reconnaissance vehicles promised under the donation, which was agreed during talks between the two countries' presidents in 2019.",
      optional=True),
    E("TRAIN", "occurred",
      [P("Russia", "country", "RUS"), P("Serbia", "country", "SRB")],
      "2020", L("Russia", "RUS"), None,
      "Thirty-six Serbian crew members and mechanics were trained on the upgraded vehicles in Russia in the autumn, and the tanks will go to the 2nd Army Brigade in Kraljevo."),
    E("EXERCISE", "planned",
      [P("Serbia", "country", "SRB"), P("Russia", "country", "RUS"), P("Belarus", "country", "BLR")],
      "2021-06", L("Krasnodar region", "RUS"), None,
      "Serbian paratroopers will also join Russian and Belarusian airborne troops in the next Slavic Brotherhood exercise, scheduled for June in Russia's Krasnodar region, the ministry said."),
    E("DEPLOY", "occurred",
      [P("Serbian Army", "organisation", "SRB"), P("UN Interim Force in Lebanon (UNIFIL)", "igo", "UN")],
      None, L("Lebanon", "LBN"), None,
      "A Serbian Army infantry platoon and a medical team serve with the UN Interim Force in Lebanon (UNIFIL), and this year the Serbian Army held more than 20 joint activities with its US partner, the Ohio National Guard."),
    E("COOPERATE", "occurred",
      [P("Serbian Army", "organisation", "SRB"), P("Ohio National Guard", "organisation", "USA")],
      "2020", None, None,
      "A Serbian Army infantry platoon and a medical team serve with the UN Interim Force in Lebanon (UNIFIL), and this year the Serbian Army held more than 20 joint activities with its US partner, the Ohio National Guard.",
      optional=True),
])

# ---------------------------------------------------------------- u41-17 clean, Latin America, no event
doc("u41-17", "https://ejercito-chile-news.example/en/news/armoured-brigade-live-fire-atacama",
    "Armoured brigade completes live-fire exercise in the Atacama", "2019-11-15", "Chilean Army News", """
Armoured brigade completes live-fire exercise in the Atacama

Pozo Almonte, 15 November 2019. The 1st Armoured Brigade "Coraceros" this week completed its annual combined-arms live-fire exercise at the Pampa Chaca training area, in the Tarapacá region.

Some 1,200 soldiers took part, together with Leopard 2A4 tanks, Marder infantry fighting vehicles, M109 self-propelled howitzers and mortar, engineer and logistics units. Over five days the brigade practised a defensive battle followed by a counter-attack, with live firing by day and night.

The exercise was directed by the Commander of the 6th Army Division, Brigadier General Rodrigo Saavedra, and observed by instructors and students of the Army War Academy.

"The brigade has shown that it is ready to carry out its mission in the north of the country," General Saavedra said at the end of the exercise.

The Army thanks the communities of Pozo Almonte and Huara for their cooperation during the exercise. Units will return to their garrisons in Pozo Almonte and Iquique over the coming week.
""", [])

# ---------------------------------------------------------------- u41-18 scraped, Africa
doc("u41-18", "https://atlasdaily.example/en/politics/defence/african-lion-2023-live-fire-grier-labouihi",
    "African Lion 2023: Moroccan Abrams fire alongside US and allied troops at Grier Labouihi", "2023-06-12", "Atlas Daily", """
ATLAS DAILY
Politics | Economy | Society | Sahara | Africa | World | Sport | Culture      FR | AR | EN
Rabat 24°C  Casablanca 22°C  Laayoune 26°C

Politics > Defence

African Lion 2023: Moroccan Abrams fire alongside US and allied troops at Grier Labouihi

By Youssef Bennani - June 12, 2023

[Photo caption: An M1A2 Abrams tank of the Royal Armed Forces during the live-fire demonstration near Tan-Tan. (FAR)]

Moroccan Royal Armed Forces (FAR) and US Army units fired tanks, artillery and rocket launchers at the Grier Labouihi training area near Tan-Tan on Friday, in the main live-fire event of African Lion 2023, alongside troops from the United Kingdom, Italy, Senegal and Ghana.

Some 8,000 troops from 18 countries are taking part in this year's African Lion, the largest US-led exercise in Africa, which is being held in Morocco, Ghana, Senegal and Tunisia until 16 June.

Moroccan Abrams tanks took part in the firing for the first time. The last of the 162 second-hand M1 tanks that Morocco bought from US Army stocks, upgraded to the M1A2 standard by General Dynamics Land Systems at its plant in Lima, Ohio, before delivery, arrived in April, Moroccan officials said.

On Thursday, Major General Kevin Ashby, commander of the US Army's Southern European Task Force, Africa, met General Driss Alaoui, commander of the FAR's Southern Zone, in Agadir. The two discussed the exercise and the planning of next year's edition, according to a FAR statement.

Last week, Moroccan desert instructors ran a three-day survival course for paratroopers of the US Army's 173rd Airborne Brigade in the dunes south of Tan-Tan, covering navigation, water and movement by night.

In March, the US State Department approved the possible sale to Morocco of 18 M142 HIMARS launchers with munitions and support, a package it valued at about $525 million. No contract has yet been announced.

Morocco and the United States signed a ten-year roadmap for defence cooperation in 2020.

Share: f | X | in | WhatsApp

READ MORE
- Parliament adopts water-security bill
- Royal Air Maroc adds new routes to Africa
- Tan-Tan moussem draws record crowds
- Morocco and Spain to reopen customs posts

Comments are closed.

Atlas Daily uses cookies for audience measurement. By continuing, you accept their use.
© 2023 Atlas Daily. All rights reserved.
""", [
    E("EXERCISE", "occurred",
      [P("Moroccan Royal Armed Forces", "organisation", "MAR"), P("US Army", "organisation", "USA"),
       P("United Kingdom", "country", "GBR"), P("Italy", "country", "ITA"), P("Senegal", "country", "SEN"),
       P("Ghana", "country", "GHA")],
      "2023-06-09", L("Grier Labouihi training area, near Tan-Tan", "MAR"), None,
      "Moroccan Royal Armed Forces (FAR) and US Army units fired tanks, artillery and rocket launchers at the Grier Labouihi training area near Tan-Tan on Friday, in the main live-fire event of African Lion 2023, alongside troops from the United Kingdom, Italy, Senegal and Ghana."),
    E("EXERCISE", "occurred",
      [P("Morocco", "country", "MAR"), P("United States", "country", "USA"), P("Ghana", "country", "GHA"),
       P("Senegal", "country", "SEN"), P("Tunisia", "country", "TUN")],
      "2023-06", None, None,
      "Some 8,000 troops from 18 countries are taking part in this year's African Lion, the largest US-led exercise in Africa, which is being held in Morocco, Ghana, Senegal and Tunisia until 16 June.",
      optional=True),
    E("TRANSFER", "occurred",
      [S("United States", "country", "USA"), S("General Dynamics Land Systems", "company", "USA"),
       R("Morocco", "country", "MAR")],
      "2023-04", None, "M1 Abrams tanks (second-hand, upgraded to M1A2)",
      "The last of the 162 second-hand M1 tanks that Morocco bought from US Army stocks, upgraded to the M1A2 standard by General Dynamics Land Systems at its plant in Lima, Ohio, before delivery, arrived in April, Moroccan officials said."),
    E("MEET", "occurred",
      [P("Kevin Ashby", "person", "USA", title="Major General, commander of the US Army's Southern European Task Force, Africa"),
       P("Driss Alaoui", "person", "MAR", title="General, commander of the FAR's Southern Zone")],
      "2023-06-08", L("Agadir", "MAR"), None,
      "On Thursday, Major General Kevin Ashby, commander of the US Army's Southern European Task Force, Africa, met General Driss Alaoui, commander of the FAR's Southern Zone, in Agadir."),
    E("TRAIN", "occurred",
      [P("Morocco", "country", "MAR"), P("US Army 173rd Airborne Brigade", "organisation", "USA")],
      "2023-06", L("south of Tan-Tan", "MAR"), None,
      "Last week, Moroccan desert instructors ran a three-day survival course for paratroopers of the US Army's 173rd Airborne Brigade in the dunes south of Tan-Tan, covering navigation, water and movement by night."),
    E("TRANSFER", "planned",
      [S("United States", "country", "USA"), R("Morocco", "country", "MAR")],
      None, None, "M142 HIMARS launchers with munitions and support",
      "In March, the US State Department approved the possible sale to Morocco of 18 M142 HIMARS launchers with munitions and support, a package it valued at about $525 million."),
    E("AGREE", "occurred",
      [P("Morocco", "country", "MAR"), P("United States", "country", "USA")],
      "2020", None, "ten-year defence cooperation roadmap",
      "Morocco and the United States signed a ten-year roadmap for defence cooperation in 2020.",
      optional=True),
])
