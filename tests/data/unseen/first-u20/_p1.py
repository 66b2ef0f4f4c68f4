from _lib import *

# ---------------- u20-01 UAE, IDEX day three (scraped agency page) ----------------
t01 = """EWA | Emirates Wire Agency
Home | UAE | Gulf | Arab World | International | Business | Sports | Photos | Videos
عربي | EN | FR | Русский
Abu Dhabi  Fajr 05:28  Shorooq 06:44  Dhuhr 12:33  Asr 15:50  Maghrib 18:17  Isha 19:33
USD/AED 3.6725   EUR/AED 3.9120   GBP/AED 4.4390   SAR/AED 0.9790
Home > UAE > Defence

Tawazun Council announces AED6.3 billion in deals on third day of IDEX, NAVDEX 2023

Wed 22-02-2023 19:41

ABU DHABI, 22nd February, 2023 (EWA) -- The Tawazun Council announced today deals worth AED6.3 billion, signed with local and international companies on the third day of the International Defence Exhibition and Conference (IDEX 2023) and the Naval Defence Exhibition (NAVDEX 2023), which run at the Abu Dhabi National Exhibition Centre (ADNEC) until Friday.

Speaking at a press conference on the sidelines of the two shows, Staff Brigadier Khalfan Saeed Al Mansouri, official spokesperson for IDEX and NAVDEX 2023, said the day's deals brought the total value of contracts announced since the opening on Monday to AED17.9 billion.

He noted that local companies accounted for 61 percent of today's total, while international companies took the remaining 39 percent.

The largest award of the day went to Al Tariq, a subsidiary of EDGE Group, which won a contract worth AED1.84 billion to supply precision-guided munition kits to the UAE Armed Forces.

The Council also concluded a contract worth AED1.12 billion with the French company MBDA for the supply of missiles to the UAE Armed Forces.

A further contract, valued at AED489 million, was signed with Hanwha Aerospace of the Republic of Korea for the supply of artillery ammunition, Brigadier Al Mansouri added.

Other local awards covered the maintenance of military vehicles and the provision of training simulators by Emirati companies.

On the sidelines of the exhibition, EDGE and Indonesian state-owned company PT Pindad signed an agreement to jointly develop and manufacture guided weapons, with part of the production to be carried out in Indonesia.

Asked about reports that the UAE was close to a deal for Chinese-made L-15 jet trainers, Al Mansouri said he had no information to share on the matter.

This year's edition of IDEX and NAVDEX has attracted more than 1,350 exhibitors from 65 countries, including 34 national pavilions.

The Indian pavilion, organised by India's Ministry of Defence, brings together 28 companies, among them Bharat Electronics and Hindustan Aeronautics, while Turkish firms led by Aselsan and Baykar occupy one of the largest foreign halls at ADNEC.

Meanwhile, Mohammed bin Mubarak Al Mazrouei, Minister of State for Defence Affairs, received on the sidelines of the exhibition today Hanena Ould Sidi, Minister of Defence of the Islamic Republic of Mauritania, and his accompanying delegation. The two sides discussed aspects of military cooperation between the two countries and ways of enhancing it.

The meeting was attended by a number of senior officers of the Ministry of Defence.

EWA/Hazem Hussein/Tariq Alfaham

Read also
UAE President receives Indian Defence Minister
EDGE unveils new family of loitering munitions at IDEX
Abu Dhabi Crown Prince visits NAVDEX pavilions

Most read
1. UAE weather: cloudy skies, chance of light rain
2. Dubai Metro extends working hours for weekend
3. UAE announces new visa categories

Share: Facebook  X  WhatsApp  Email
© 2023 Emirates Wire Agency. All rights reserved."""

UAE = P("United Arab Emirates", "country", "ARE")
TAW = P("Tawazun Council", "organisation", "ARE")
AD = L("Abu Dhabi", "ARE")
doc("u20-01", "Tawazun Council announces AED6.3 billion in deals on third day of IDEX, NAVDEX 2023",
    "Emirates Wire Agency", "https://emirateswire.example/en/uae/defence/2023-02-22/tawazun-deals-day-three",
    "2023-02-22", [
    E("AGREE", "occurred", [TAW, P("MBDA", "company", "FRA")], "2023-02-22", AD, None,
      "The Council also concluded a contract worth AED1.12 billion with the French company MBDA for the supply of missiles to the UAE Armed Forces."),
    E("TRANSFER", "planned", [S("MBDA", "company", "FRA"), R("UAE Armed Forces", "organisation", "ARE")], None, None, "missiles",
      "The Council also concluded a contract worth AED1.12 billion with the French company MBDA for the supply of missiles to the UAE Armed Forces."),
    E("AGREE", "occurred", [TAW, P("Hanwha Aerospace", "company", "KOR")], "2023-02-22", AD, None,
      "A further contract, valued at AED489 million, was signed with Hanwha Aerospace of the Republic of Korea for the supply of artillery ammunition, Brigadier Al Mansouri added."),
    E("TRANSFER", "planned", [S("Hanwha Aerospace", "company", "KOR"), R("Tawazun Council", "organisation", "ARE")], None, None, "artillery ammunition",
      "A further contract, valued at AED489 million, was signed with Hanwha Aerospace of the Republic of Korea for the supply of artillery ammunition, Brigadier Al Mansouri added."),
    E("AGREE", "occurred", [P("EDGE", "company", "ARE"), P("PT Pindad", "company", "IDN")], "2023-02-22", AD, None,
      "On the sidelines of the exhibition, EDGE and Indonesian state-owned company PT Pindad signed an agreement to jointly develop and manufacture guided weapons, with part of the production to be carried out in Indonesia."),
    E("INDUSTRY", "occurred", [P("EDGE", "company", "ARE"), P("PT Pindad", "company", "IDN")], "2023-02-22", None, "guided weapons",
      "On the sidelines of the exhibition, EDGE and Indonesian state-owned company PT Pindad signed an agreement to jointly develop and manufacture guided weapons, with part of the production to be carried out in Indonesia."),
    E("TRANSFER", "planned", [S("China", "country", "CHN"), R("United Arab Emirates", "country", "ARE")], None, None, "L-15 jet trainers",
      "Asked about reports that the UAE was close to a deal for Chinese-made L-15 jet trainers, Al Mansouri said he had no information to share on the matter.", optional=True),
    E("EXHIBIT", "occurred", [P("India's Ministry of Defence", "organisation", "IND"), P("Bharat Electronics", "company", "IND"),
                               P("Hindustan Aeronautics", "company", "IND"), UAE], "2023-02", AD, None,
      "The Indian pavilion, organised by India's Ministry of Defence, brings together 28 companies, among them Bharat Electronics and Hindustan Aeronautics, while Turkish firms led by Aselsan and Baykar occupy one of the largest foreign halls at ADNEC."),
    E("EXHIBIT", "occurred", [P("Aselsan", "company", "TUR"), P("Baykar", "company", "TUR"), UAE], "2023-02", AD, None,
      "The Indian pavilion, organised by India's Ministry of Defence, brings together 28 companies, among them Bharat Electronics and Hindustan Aeronautics, while Turkish firms led by Aselsan and Baykar occupy one of the largest foreign halls at ADNEC."),
    E("MEET", "occurred", [P("Mohammed bin Mubarak Al Mazrouei", "person", "ARE", title="Minister of State for Defence Affairs"),
                            P("Hanena Ould Sidi", "person", "MRT", title="Minister of Defence")], "2023-02-22", AD, None,
      "Meanwhile, Mohammed bin Mubarak Al Mazrouei, Minister of State for Defence Affairs, received on the sidelines of the exhibition today Hanena Ould Sidi, Minister of Defence of the Islamic Republic of Mauritania, and his accompanying delegation."),
], text=t01)

# ---------------- u20-02 Saudi Arabia, clean text ----------------
t02 = """Prince Khalid bin Salman receives CENTCOM commander in Riyadh

RIYADH — Minister of Defense Prince Khalid bin Salman received in his office in Riyadh on Monday Gen. Michael Erik Kurilla, Commander of the US Central Command (CENTCOM), and his accompanying delegation.

During the meeting, the two sides reviewed the Saudi-American strategic partnership in the defense field and discussed the latest regional and international developments, in addition to joint efforts to confront threats to the security and stability of the region.

The meeting was attended by Chief of the General Staff Gen. Fayyadh bin Hamed Al-Ruwaili and Assistant Minister of Defense for Executive Affairs Dr. Khaled bin Hussein Al-Bayari, while US Ambassador to the Kingdom Michael Ratney attended on the American side.

Earlier on Monday, Prince Khalid received a phone call from British Defence Secretary Ben Wallace, during which they discussed the defense relations between the Kingdom and the United Kingdom and ways of developing them.

According to a statement from the ministry, the call also touched on the Global Combat Air Programme, in which the Kingdom has expressed an interest in taking part.

Separately, the Ministry of Defense said that units of the Royal Saudi Naval Forces would take part next month in a bilateral naval exercise with the Pakistan Navy in the Arabian Sea.

The exercise is part of a long series of drills between the two navies, the ministry said without giving further details.

Prince Khalid, who was appointed minister of defense in September last year, also chaired on Monday a meeting of the steering committee of the ministry's development program, which reviewed progress on plans to localize more than half of the Kingdom's military spending by 2030."""

KBS = P("Prince Khalid bin Salman", "person", "SAU", title="Minister of Defense")
doc("u20-02", "Prince Khalid bin Salman receives CENTCOM commander in Riyadh", "Riyadh Daily Report",
    "https://riyadhdailyreport.example/saudi-arabia/2023/05/16/khalid-bin-salman-kurilla", "2023-05-16", [
    E("MEET", "occurred", [KBS, P("Michael Erik Kurilla", "person", "USA", title="Commander of the US Central Command"),
                            P("Fayyadh bin Hamed Al-Ruwaili", "person", "SAU", title="Chief of the General Staff"),
                            P("Khaled bin Hussein Al-Bayari", "person", "SAU", title="Assistant Minister of Defense for Executive Affairs"),
                            P("Michael Ratney", "person", "USA", title="US Ambassador to the Kingdom")],
      "2023-05-15", L("Riyadh", "SAU"), None,
      "RIYADH — Minister of Defense Prince Khalid bin Salman received in his office in Riyadh on Monday Gen. Michael Erik Kurilla, Commander of the US Central Command (CENTCOM), and his accompanying delegation."),
    E("MEET", "occurred", [KBS, P("Ben Wallace", "person", "GBR", title="British Defence Secretary")], "2023-05-15", None, None,
      "Earlier on Monday, Prince Khalid received a phone call from British Defence Secretary Ben Wallace, during which they discussed the defense relations between the Kingdom and the United Kingdom and ways of developing them."),
    E("INDUSTRY", "planned", [P("Saudi Arabia", "country", "SAU"), P("United Kingdom", "country", "GBR")], None, None, "combat aircraft",
      "According to a statement from the ministry, the call also touched on the Global Combat Air Programme, in which the Kingdom has expressed an interest in taking part.", optional=True),
    E("EXERCISE", "planned", [P("Royal Saudi Naval Forces", "organisation", "SAU"), P("Pakistan Navy", "organisation", "PAK")], "2023-06",
      L("Arabian Sea", None), None,
      "Separately, the Ministry of Defense said that units of the Royal Saudi Naval Forces would take part next month in a bilateral naval exercise with the Pakistan Navy in the Arabian Sea."),
], text=t02)

# ---------------- u20-03 Kenya, scraped page ----------------
t03 = """THE NAIROBI COURIER
News | Politics | Counties | Business | Opinion | Sports | Lifestyle | ePaper
Thursday, November 9, 2023   |   Forex: USD 151.20  GBP 185.43  EUR 161.75
Subscribe   Log in
Home / News / National

MPs approve Kenya-UK defence pact as fresh KDF contingent leaves for Somalia

By Wanjiru Kamau and Otieno Ochieng

The National Assembly on Tuesday approved the Defence Cooperation Agreement between Kenya and the United Kingdom, clearing the way for British soldiers to continue training in Laikipia and Samburu counties.

The agreement, signed in 2021 by then Defence Cabinet Secretary Monica Juma and Britain's Armed Forces Minister James Heappey, had stalled in Parliament for more than a year amid complaints over the conduct of British troops.

In its report, the Defence, Intelligence and Foreign Relations Committee recommended that members of the British Army Training Unit Kenya (BATUK) be subject to Kenyan courts for offences committed outside their duties.

MPs rejected a motion by a section of opposition legislators seeking to suspend the pact until compensation claims by Laikipia residents are settled.

Read also: Defence ministry dismisses reports of new foreign base in Lamu

Meanwhile, a contingent of about 400 soldiers left Moi Air Base in Eastleigh on Wednesday for Somalia, where they will relieve troops serving under the African Union Transition Mission in Somalia (ATMIS).

Chief of Defence Forces General Francis Ogola flagged off the troops, urging them to uphold discipline and respect for human rights during their tour.

"The KDF remains committed to the stability of our neighbour and of the region," Gen Ogola said.

Last month, some 500 British and Kenyan troops took part in Exercise Simba Shield, a three-week field training exercise held at the Archers Post training area in Samburu.

On Monday, the United States handed over four more Bell UH-1H Huey II helicopters to the Kenya Air Force at Laikipia Air Base, the US Embassy in Nairobi said in a statement.

Kenya is also preparing to lead a multinational police mission to Haiti, although the deployment remains on hold pending a court ruling.

Tags: KDF  BATUK  ATMIS  Parliament

Trending
- Teachers' union issues strike notice over delayed promotions
- Safaricom posts Sh34bn half-year profit
- Harambee Stars name squad for World Cup qualifiers

Comments (14)
Sign in to join the conversation."""

doc("u20-03", "MPs approve Kenya-UK defence pact as fresh KDF contingent leaves for Somalia", "The Nairobi Courier",
    "https://nairobicourier.example/news/national/mps-approve-kenya-uk-defence-pact", "2023-11-09", [
    E("AGREE", "occurred", [P("National Assembly", "organisation", "KEN"), P("United Kingdom", "country", "GBR")], "2023-11-07", None, None,
      "The National Assembly on Tuesday approved the Defence Cooperation Agreement between Kenya and the United Kingdom, clearing the way for British soldiers to continue training in Laikipia and Samburu counties."),
    E("AGREE", "occurred", [P("Monica Juma", "person", "KEN", title="Defence Cabinet Secretary"),
                            P("James Heappey", "person", "GBR", title="Armed Forces Minister")], "2021", None, None,
      "The agreement, signed in 2021 by then Defence Cabinet Secretary Monica Juma and Britain's Armed Forces Minister James Heappey, had stalled in Parliament for more than a year amid complaints over the conduct of British troops.", optional=True),
    E("DEPLOY", "occurred", [P("Kenya", "country", "KEN"), P("Francis Ogola", "person", "KEN", title="Chief of Defence Forces"),
                             P("African Union Transition Mission in Somalia", "igo", "AU")], "2023-11-08", L("Somalia", "SOM"), None,
      "Meanwhile, a contingent of about 400 soldiers left Moi Air Base in Eastleigh on Wednesday for Somalia, where they will relieve troops serving under the African Union Transition Mission in Somalia (ATMIS)."),
    E("EXERCISE", "occurred", [P("United Kingdom", "country", "GBR"), P("Kenya", "country", "KEN")], "2023-10", L("Archers Post, Samburu", "KEN"), None,
      "Last month, some 500 British and Kenyan troops took part in Exercise Simba Shield, a three-week field training exercise held at the Archers Post training area in Samburu."),
    E("TRANSFER", "occurred", [S("United States", "country", "USA"), R("Kenya Air Force", "organisation", "KEN")], "2023-11-06",
      L("Laikipia Air Base", "KEN"), "Bell UH-1H Huey II helicopters",
      "On Monday, the United States handed over four more Bell UH-1H Huey II helicopters to the Kenya Air Force at Laikipia Air Base, the US Embassy in Nairobi said in a statement."),
], text=t03)

# ---------------- u20-04 Morocco, African Lion, published null ----------------
t04 = """MAGHREB WIRE
Home  Politics  Economy  Society  Sahara  Culture  Sport  Africa  World
ar | fr | en | es
Prayer times Rabat: Fajr 04:27 | Dhuhr 13:29 | Asr 17:11 | Maghrib 20:23 | Isha 21:52
EUR/MAD 10.82  USD/MAD 9.96

Monday 20 May 2024 - 15:42

African Lion 2024: largest US-led exercise in Africa kicks off in Agadir

Agadir - The 20th edition of the African Lion exercise kicked off on Monday in Agadir, with some 8,100 troops from 27 countries taking part in its Moroccan, Ghanaian, Senegalese and Tunisian phases.

Organised by the Royal Armed Forces (FAR) and the US Africa Command (AFRICOM) upon the High Instructions of His Majesty King Mohammed VI, Supreme Commander and Chief of General Staff of the FAR, the exercise will run until May 31 in the regions of Agadir, Tan-Tan, Akka, Tifnit, Benguerir, Kénitra and Tata.

Besides Morocco and the United States, units from Ghana, Senegal, Tunisia, Italy, Brazil and the United Kingdom are among the participating forces, a FAR statement said.

The programme includes tactical land, air and naval manoeuvres, airborne operations, a joint exercise in chemical, biological, radiological and nuclear decontamination, and a medical-surgical field hospital in Tata district.

On the margins of the exercise, US instructors will give Moroccan officers a course in countering improvised explosive devices in Benguerir.

Military observers from around 20 countries, including Mauritania and Nigeria, have also been invited to follow the manoeuvres.

On Friday, Lieutenant General Mohammed Berrid, Inspector General of the FAR and Commander of the Southern Zone, received in Rabat General Michael Langley, Commander of AFRICOM, with whom he reviewed the preparations for the exercise.

African Lion is part of the military cooperation roadmap for 2020-2030 signed by Morocco and the United States in October 2020.

READ ALSO
- FAR field hospital in Tata opens to the public
- Morocco, US hold 11th defence consultative committee
- HM the King chairs Throne Day preparations meeting

Tags: African Lion, FAR, AFRICOM
Share  Tweet  WhatsApp
© Maghreb Wire 2024"""

ex04 = [P("Morocco", "country", "MAR"), P("Royal Armed Forces", "organisation", "MAR"), P("United States", "country", "USA"),
        P("US Africa Command", "organisation", "USA"), P("Ghana", "country", "GHA"), P("Senegal", "country", "SEN"),
        P("Tunisia", "country", "TUN"), P("Italy", "country", "ITA"), P("Brazil", "country", "BRA"), P("United Kingdom", "country", "GBR")]
doc("u20-04", "African Lion 2024: largest US-led exercise in Africa kicks off in Agadir", "Maghreb Wire",
    "https://maghrebwire.example/en/politics/african-lion-2024-kicks-off-agadir", None, [
    E("EXERCISE", "occurred", ex04, "2024-05-20", L("Agadir", "MAR"), None,
      "Besides Morocco and the United States, units from Ghana, Senegal, Tunisia, Italy, Brazil and the United Kingdom are among the participating forces, a FAR statement said."),
    E("TRAIN", "planned", [P("United States", "country", "USA"), P("Morocco", "country", "MAR")], "2024-05", L("Benguerir", "MAR"), None,
      "On the margins of the exercise, US instructors will give Moroccan officers a course in countering improvised explosive devices in Benguerir."),
    E("EXERCISE", "planned", [P("Mauritania", "country", "MRT"), P("Nigeria", "country", "NGA"), P("Morocco", "country", "MAR"), P("United States", "country", "USA")],
      "2024-05", L("Morocco", "MAR"), None,
      "Military observers from around 20 countries, including Mauritania and Nigeria, have also been invited to follow the manoeuvres.", optional=True),
    E("MEET", "occurred", [P("Mohammed Berrid", "person", "MAR", title="Inspector General of the FAR"),
                            P("Michael Langley", "person", "USA", title="Commander of AFRICOM")], "2024-05-17", L("Rabat", "MAR"), None,
      "On Friday, Lieutenant General Mohammed Berrid, Inspector General of the FAR and Commander of the Southern Zone, received in Rabat General Michael Langley, Commander of AFRICOM, with whom he reviewed the preparations for the exercise."),
    E("AGREE", "occurred", [P("Morocco", "country", "MAR"), P("United States", "country", "USA")], "2020-10", None, None,
      "African Lion is part of the military cooperation roadmap for 2020-2030 signed by Morocco and the United States in October 2020.", optional=True),
], text=t04)

# ---------------- u20-05 Nigeria, Super Tucano induction ----------------
t05 = """ABUJA LEDGER
Home  News  Politics  Business  Security  Sports  Entertainment  Columns  Videos
Tuesday, August 31, 2021
$1 = N411.50 (official)   |   Abuja 27°C Thunderstorms

Home » Security

Buhari inducts A-29 Super Tucano jets into Air Force fleet

By Chinedu Okafor, Abuja

President Muhammadu Buhari on Tuesday formally inducted 12 A-29 Super Tucano aircraft acquired from the United States into the fleet of the Nigerian Air Force (NAF) at a ceremony at the NAF base in Abuja.

The aircraft, built in Jacksonville, Florida by the Sierra Nevada Corporation, arrived in the country in batches over the past few weeks.

Speaking at the event, the President, represented by the Minister of Defence, Maj.-Gen. Bashir Magashi (rtd), said the aircraft would boost the fight against terrorists and bandits in the North-East and North-West.

The Chief of the Air Staff, Air Marshal Isiaka Oladayo Amao, said the pilots and engineers who would fly and maintain the planes had been trained at Moody Air Force Base in Georgia, United States, since 2019.

He added that the service was expecting two more Mi-35M attack helicopters from Russia before the end of the year.

The NAF had in May also taken delivery of three JF-17 Thunder multi-role fighters from Pakistan, which are now based in Makurdi.

Amao dismissed as "mischievous" reports on social media claiming that Washington had barred Nigeria from deploying the Super Tucano in the North-West.

Also present at the ceremony were service chiefs, members of the National Assembly and diplomats.

RELATED
» NAF, US Air Force hold talks on maintenance support
» Troops neutralise 15 terrorists in Borno
» Senate confirms new service chiefs

Comments are moderated. Keep it civil.
Copyright © 2021 Abuja Ledger. All rights reserved."""

doc("u20-05", "Buhari inducts A-29 Super Tucano jets into Air Force fleet", "Abuja Ledger",
    "https://abujaledger.example/security/buhari-inducts-a-29-super-tucano", "2021-08-31", [
    E("TRANSFER", "occurred", [S("United States", "country", "USA"), S("Sierra Nevada Corporation", "company", "USA"),
                               R("Nigerian Air Force", "organisation", "NGA"), R("Muhammadu Buhari", "person", "NGA", title="President"),
                               R("Bashir Magashi", "person", "NGA", title="Minister of Defence")],
      "2021-08-31", L("Abuja", "NGA"), "A-29 Super Tucano aircraft",
      "President Muhammadu Buhari on Tuesday formally inducted 12 A-29 Super Tucano aircraft acquired from the United States into the fleet of the Nigerian Air Force (NAF) at a ceremony at the NAF base in Abuja."),
    E("TRAIN", "occurred", [P("Nigerian Air Force", "organisation", "NGA"), P("United States", "country", "USA")], None,
      L("Moody Air Force Base, Georgia", "USA"), None,
      "The Chief of the Air Staff, Air Marshal Isiaka Oladayo Amao, said the pilots and engineers who would fly and maintain the planes had been trained at Moody Air Force Base in Georgia, United States, since 2019."),
    E("TRANSFER", "planned", [S("Russia", "country", "RUS"), R("Nigerian Air Force", "organisation", "NGA")], "2021", None, "Mi-35M attack helicopters",
      "He added that the service was expecting two more Mi-35M attack helicopters from Russia before the end of the year."),
    E("TRANSFER", "occurred", [S("Pakistan", "country", "PAK"), R("Nigerian Air Force", "organisation", "NGA")], "2021-05", None, "JF-17 Thunder multi-role fighters",
      "The NAF had in May also taken delivery of three JF-17 Thunder multi-role fighters from Pakistan, which are now based in Makurdi.", optional=True),
], text=t05)
