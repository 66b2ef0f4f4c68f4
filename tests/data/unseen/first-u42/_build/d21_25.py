from lib import *

# ---------------------------------------------------------------- u42-21  Croatian demining machine licence in BiH, clean
T21 = """Croatian mine-clearance machine to be built under licence in Bosnia

Adriatic Defence Review | Industry

Croatian demining equipment maker Velebit Demining Systems (VDS) and the Bosnian engineering firm Vogošća Heavy Machinery (VHM) signed a licence agreement in Sarajevo on Tuesday under which VHM will assemble VDS's MV-7 remote-controlled flail machine for customers in Bosnia and Herzegovina and the wider region.

The agreement was signed by VDS chief executive Ivana Horvat and VHM director Emir Hadžić, who also discussed extending the cooperation to armoured excavators used for clearing minefields in forested terrain.

Under the deal, the first machines will be assembled in Vogošća from kits shipped from Croatia from next year, and the Bosnian share of the work is planned to rise to about 60 percent by 2026, including the flail drum, the hull and final testing.

The Armed Forces of Bosnia and Herzegovina, whose Demining Battalion still relies largely on manual clearance and on machines donated in the 2000s, have ordered four MV-7s from VDS. The first two will come from the Croatian company's own production line in Sesvete early next year; the other two will be among the first assembled at VHM.

The two companies are also setting up a joint venture in Sarajevo to service and repair demining machines operated by mine action organisations across the Western Balkans.

Bosnia and Herzegovina remains the most mine-contaminated country in Europe, with about 900 square kilometres of suspected hazardous area, and the government has set a target of clearing it by 2027.

VDS says its machines are in service in 20 countries. They include Ukraine, whose armed forces took delivery of 12 MV-7s last year, paid for by a European Union fund.

The company denied reports in Serbian media that it had offered machines to the Kosovo Security Force. A 2019 plan to build the MV-7 in North Macedonia was abandoned after the partner company went bankrupt.

VDS will show the machine at the IDEB defence exhibition in Bratislava in May.
"""
HORV = P("Ivana Horvat", "person", "HRV", title="chief executive, Velebit Demining Systems")
HADZ = P("Emir Hadžić", "person", "BIH", title="director, Vogošća Heavy Machinery")
VDS = P("Velebit Demining Systems", "company", "HRV")
VHM = P("Vogošća Heavy Machinery", "company", "BIH")
EV21 = "Croatian demining equipment maker Velebit Demining Systems (VDS) and the Bosnian engineering firm Vogošća Heavy Machinery (VHM) signed a licence agreement in Sarajevo on Tuesday under which VHM will assemble VDS's MV-7 remote-controlled flail machine for customers in Bosnia and Herzegovina and the wider region."
doc("u42-21", "https://adriaticdefence.example/industry/2022/10/croatian-mine-clearance-machine-licence-bosnia",
    "Croatian mine-clearance machine to be built under licence in Bosnia", "2022-10-13", "Adriatic Defence Review", T21, [
    E("AGREE", "occurred", [VDS, VHM, HORV, HADZ], "2022-10-11", ("Sarajevo", "BIH"),
      "licence agreement for assembly of the MV-7 remote-controlled flail machine", EV21),
    E("INDUSTRY", "occurred", [VDS, VHM], "2022-10-11", ("Sarajevo", "BIH"),
      "licensed assembly of the MV-7 remote-controlled flail demining machine in Vogošća", EV21),
    E("MEET", "occurred", [HORV, HADZ], "2022-10-11", ("Sarajevo", "BIH"), None,
      "The agreement was signed by VDS chief executive Ivana Horvat and VHM director Emir Hadžić, who also discussed extending the cooperation to armoured excavators used for clearing minefields in forested terrain."),
    E("AGREE", "occurred", [P("Armed Forces of Bosnia and Herzegovina", "organisation", "BIH"), VDS], None, None,
      "order for four MV-7 demining machines",
      "The Armed Forces of Bosnia and Herzegovina, whose Demining Battalion still relies largely on manual clearance and on machines donated in the 2000s, have ordered four MV-7s from VDS."),
    E("TRANSFER", "planned", [S("Velebit Demining Systems", "company", "HRV"), R("Armed Forces of Bosnia and Herzegovina", "organisation", "BIH")],
      "2023", None, "two MV-7 remote-controlled flail demining machines",
      "The first two will come from the Croatian company's own production line in Sesvete early next year; the other two will be among the first assembled at VHM."),
    E("INDUSTRY", "planned", [VDS, VHM], None, ("Sarajevo", "BIH"),
      "joint venture to service and repair demining machines",
      "The two companies are also setting up a joint venture in Sarajevo to service and repair demining machines operated by mine action organisations across the Western Balkans."),
    E("TRANSFER", "occurred", [S("Velebit Demining Systems", "company", "HRV"), R("Ukraine's armed forces", "organisation", "UKR")],
      "2021", None, "12 MV-7 demining machines",
      "They include Ukraine, whose armed forces took delivery of 12 MV-7s last year, paid for by a European Union fund.",
      optional=True),
    E("EXHIBIT", "planned", [VDS, P("Slovakia", "country", "SVK")], "2023-05", ("Bratislava", "SVK"), None,
      "VDS will show the machine at the IDEB defence exhibition in Bratislava in May."),
])

# ---------------------------------------------------------------- u42-22  Beirut blast, scraped, long
T22 = """THE CEDAR POST
Lebanon's independent English daily
Saturday, August 08, 2020
Beirut 31°C humid | USD/LBP (official) 1,507.5 | USD/LBP (market) 7,900

LOCAL | POLITICS | REGION | BUSINESS | OPINION | CULTURE | SPORTS | PORT BLAST

Home / Local / Port blast

Military planes and field hospitals pour in as Army takes charge of aid

By Rana Khoury and Samir Aboud
Aug. 08, 2020 | 12:10 AM

Facebook | Twitter | WhatsApp | Email | Print

BEIRUT: Military transport planes from at least a dozen countries have landed at Rafik Hariri International Airport since Tuesday's explosion at the port, bringing field hospitals, medicines, food and rescue teams to a city where more than 150 people are dead, 5,000 are injured and some 300,000 have lost their homes.

The government has put the Lebanese Army in charge of receiving and distributing foreign aid, and an operations room at the Defense Ministry in Yarze now allocates every incoming consignment to hospitals, shelters and the municipality. Army spokesmen said Friday that 44 aircraft had landed since Wednesday morning and that three ships were on their way.

France, the first country to respond, flew in three military aircraft on Wednesday carrying 55 civil security rescuers, a mobile medical unit and 15 tonnes of medical equipment. The French Armed Forces ministry said Friday that the amphibious helicopter carrier Tonnerre would sail from Toulon next week with some 350 troops, including military engineers and divers, and about 1,000 tonnes of building materials, food and medical supplies.

On Friday, Army commander Gen. Elias Haddad received the head of a French military assessment team, Brig. Gen. Laurent Mercier, at Yarze to discuss how French engineers could help clear the port and the roads around it.

Qatar Emiri Air Force C-17s delivered two field hospitals with a combined 500 beds on Thursday. Qatari officials said the hospitals would be handed over to the Health Ministry once they are fully set up.

Jordan's Armed Forces sent a military field hospital with surgical teams from its Royal Medical Services, which began receiving patients in the southern suburbs on Thursday. "We will stay as long as our Lebanese brothers need us," a Jordanian officer said.

An Egyptian Air Force plane brought medicines and medical supplies on Wednesday, the first of several flights ordered by the Egyptian president, and Egypt said it would also open a field hospital in Beirut.

The Italian Air Force flew a KC-767 tanker to Beirut on Thursday with 8 tonnes of medical supplies, as well as a team of specialists in chemical, biological, radiological and nuclear hazards from the army who will help assess the port area. Rome said an army field hospital would follow next week.

Three U.S. Air Force C-17s carrying food, water and medical supplies landed on Thursday, the U.S. Embassy said, and U.S. Central Command said more flights would follow.

The blast also hit the UN peacekeeping force's maritime component. The Bangladesh Navy corvette BNS Bijoy, which serves with the UNIFIL Maritime Task Force, was moored in the port when the warehouse exploded and 21 of its crew were injured, one of them seriously. The ship sailed for repairs in Turkey on Friday.

Russia's Emergencies Ministry flew in a mobile hospital and a rescue team on five civilian-registered Il-76s, and Iran, Kuwait and Turkey sent aid on civilian aircraft.

An Israeli offer of medical aid passed through UN intermediaries was not taken up, Lebanese officials said, and Hezbollah-affiliated media called it propaganda.

Not everybody is happy with the Army's central role. At the Karantina shelter, volunteers said on Friday that they were still waiting for mattresses and baby formula that had been announced on Wednesday. "We see the planes on television, but here we are buying bread with our own money," said Maya Saleh, 29, who has been organising meals for 200 families.

Army spokesmen say the delays are caused by the sheer volume of donations and by the need to register every item. "Nothing will be sold, nothing will disappear. Every box has a number," one officer said.

Doctors at several private hospitals said they had treated hundreds of patients in corridors and car parks on Tuesday night while their own buildings were damaged. Three of the city's hospitals, including one in Achrafieh, were put out of action by the blast, and the Health Ministry said stocks of vaccines and medicines kept at the port had been lost.

Insurance experts put the damage at between $10 billion and $15 billion, at a time when the economy was already in free fall. The Lebanese pound has lost about 80 percent of its value on the parallel market since October, and many shops and restaurants in Gemmayzeh and Mar Mikhael that had survived the currency crisis were destroyed in seconds.

In Mar Mikhael, volunteers with brooms and shovels have been clearing glass from the streets since Wednesday morning, many of them young people who took part in last year's protest movement. Engineers from the professional order began inspecting damaged buildings on Thursday and said at least 40 old houses were at risk of collapse.

The judge investigating the explosion questioned senior customs and port officials on Friday, and 16 port employees have been detained. Officials said about 2,750 tonnes of ammonium nitrate had been stored in a warehouse at the port since 2014, after being unloaded from a ship.

The Cabinet declared a two-week state of emergency in Beirut that gives the Army broad powers over the capital, a move criticised by rights groups, who said it could be used to restrict protests.

Foreign diplomats have also pushed for part of the aid to be channelled through the United Nations and non-governmental organisations rather than through state institutions, citing years of corruption allegations. French President Emmanuel Macron, who visited the devastated port district on Thursday, said aid would go "directly to the population".

The port's grain silos, which held most of the country's wheat reserve, were destroyed, and the Economy Ministry said stocks would last less than a month. The World Food Programme said it was bringing in 50,000 tonnes of wheat flour by sea.

Search teams, including French, Russian and Qatari rescuers, were still digging at the port on Friday for more than 60 missing people, many of them port workers and firefighters.

Comments (23)
Please log in to comment. Comments are moderated.

MOST READ
1. Who stored the ammonium nitrate? What we know
2. Protesters storm ministries in downtown Beirut
3. Hospitals at breaking point
4. Wheat reserve gone with silos

RELATED ARTICLES
- Army receives French helicopters for maintenance under 2018 deal
- Opinion: The port was a disaster waiting to happen
- UNIFIL mandate renewal debate opens in New York

About us | Advertise | Subscriptions | Contact | Privacy policy | Terms of use
Copyright 2020, The Cedar Post. All rights reserved.
This website uses cookies to improve your experience. Accept | Learn more
"""
LB = R("Lebanon", "country", "LBN")
LAF = R("Lebanese Army", "organisation", "LBN")
doc("u42-22", "https://cedarpost.example/local/port-blast/2020/08/08/military-planes-field-hospitals-pour-in",
    "Military planes and field hospitals pour in as Army takes charge of aid", "2020-08-08", "The Cedar Post", T22, [
    E("TRANSFER", "occurred", [S("France", "country", "FRA"), LB],
      "2020-08-05", ("Rafik Hariri International Airport", "LBN"), "15 tonnes of medical equipment and a mobile medical unit",
      "France, the first country to respond, flew in three military aircraft on Wednesday carrying 55 civil security rescuers, a mobile medical unit and 15 tonnes of medical equipment."),
    E("TRANSFER", "planned", [S("French Armed Forces ministry", "organisation", "FRA"), LB],
      "2020-08", None, "about 1,000 tonnes of building materials, food and medical supplies (helicopter carrier Tonnerre)",
      "The French Armed Forces ministry said Friday that the amphibious helicopter carrier Tonnerre would sail from Toulon next week with some 350 troops, including military engineers and divers, and about 1,000 tonnes of building materials, food and medical supplies."),
    E("COOPERATE", "planned", [P("France", "country", "FRA"), P("Lebanon", "country", "LBN")],
      "2020-08", None, None,
      "The French Armed Forces ministry said Friday that the amphibious helicopter carrier Tonnerre would sail from Toulon next week with some 350 troops, including military engineers and divers, and about 1,000 tonnes of building materials, food and medical supplies.",
      optional=True),
    E("MEET", "occurred", [P("Elias Haddad", "person", "LBN", title="Gen., Army commander"),
                           P("Laurent Mercier", "person", "FRA", title="Brig. Gen., head of a French military assessment team")],
      "2020-08-07", ("Yarze", "LBN"), None,
      "On Friday, Army commander Gen. Elias Haddad received the head of a French military assessment team, Brig. Gen. Laurent Mercier, at Yarze to discuss how French engineers could help clear the port and the roads around it."),
    E("TRANSFER", "occurred", [S("Qatar Emiri Air Force", "organisation", "QAT"), LB],
      "2020-08-06", None, "two field hospitals with a combined 500 beds",
      "Qatar Emiri Air Force C-17s delivered two field hospitals with a combined 500 beds on Thursday."),
    E("COOPERATE", "occurred", [P("Jordan's Armed Forces", "organisation", "JOR"), P("Lebanon", "country", "LBN")],
      "2020-08-06", ("Beirut", "LBN"), None,
      "Jordan's Armed Forces sent a military field hospital with surgical teams from its Royal Medical Services, which began receiving patients in the southern suburbs on Thursday.",
      optional=True),
    E("TRANSFER", "occurred", [S("Egyptian Air Force", "organisation", "EGY"), LB],
      "2020-08-05", None, "medicines and medical supplies",
      "An Egyptian Air Force plane brought medicines and medical supplies on Wednesday, the first of several flights ordered by the Egyptian president, and Egypt said it would also open a field hospital in Beirut."),
    E("COOPERATE", "planned", [P("Egypt", "country", "EGY"), P("Lebanon", "country", "LBN")],
      None, ("Beirut", "LBN"), None,
      "An Egyptian Air Force plane brought medicines and medical supplies on Wednesday, the first of several flights ordered by the Egyptian president, and Egypt said it would also open a field hospital in Beirut.",
      optional=True),
    E("TRANSFER", "occurred", [S("Italian Air Force", "organisation", "ITA"), LB],
      "2020-08-06", ("Beirut", "LBN"), "8 tonnes of medical supplies",
      "The Italian Air Force flew a KC-767 tanker to Beirut on Thursday with 8 tonnes of medical supplies, as well as a team of specialists in chemical, biological, radiological and nuclear hazards from the army who will help assess the port area."),
    E("COOPERATE", "occurred", [P("Italian army", "organisation", "ITA"), P("Lebanon", "country", "LBN")],
      "2020-08-06", ("Beirut", "LBN"), None,
      "The Italian Air Force flew a KC-767 tanker to Beirut on Thursday with 8 tonnes of medical supplies, as well as a team of specialists in chemical, biological, radiological and nuclear hazards from the army who will help assess the port area.",
      optional=True),
    E("COOPERATE", "planned", [P("Italy", "country", "ITA"), P("Lebanon", "country", "LBN")],
      "2020-08", None, None,
      "Rome said an army field hospital would follow next week.",
      optional=True),
    E("TRANSFER", "occurred", [S("U.S. Air Force", "organisation", "USA"), LB],
      "2020-08-06", None, "food, water and medical supplies (three C-17s)",
      "Three U.S. Air Force C-17s carrying food, water and medical supplies landed on Thursday, the U.S. Embassy said, and U.S. Central Command said more flights would follow."),
    E("DEPLOY", "occurred", [P("Bangladesh Navy", "organisation", "BGD"), P("UNIFIL Maritime Task Force", "igo", "UN")],
      None, ("Lebanon", "LBN"), None,
      "The Bangladesh Navy corvette BNS Bijoy, which serves with the UNIFIL Maritime Task Force, was moored in the port when the warehouse exploded and 21 of its crew were injured, one of them seriously."),
])

# ---------------------------------------------------------------- u42-23  DSA 2024 HADR hall, scraped trade page
T23 = """DEFENCE ASIA WEEKLY
Land | Naval | Air | Industry | Shows | Analysis | Subscribe
Log in | Register | Newsletter

Shows > DSA 2024

DSA 2024: disaster relief gets its own hall in Kuala Lumpur

9 May 2024 | Farid Yusof, Kuala Lumpur

Share: LinkedIn | X | Facebook | Email

For the first time in the show's history, the organisers of the Defence Services Asia exhibition, held at the MITEC centre in Kuala Lumpur from 6 to 9 May, set aside a hall for humanitarian assistance and disaster relief equipment, reflecting the growing role of Southeast Asian armed forces in responding to floods, landslides and earthquakes.

Japan used the hall for its largest national pavilion yet at a Malaysian show, organised by the Acquisition, Technology and Logistics Agency (ATLA), where a dozen Japanese firms showed water purification trucks, mobile bathing units and disaster-response drones.

South Korea's Daeyang Medical Shelter displayed its containerised field hospital, a 50-bed system that can be set up by 20 soldiers in six hours.

Turkey's Anadolu CBRN Teknoloji brought its vehicle-mounted decontamination system and a range of protective suits, while Croatia's Velebit Demining Systems exhibited its MV-7 remote-controlled flail machine next to a stand showing the clearance of unexploded ordnance after floods.

The Malaysian Army signed a letter of intent with Daeyang on Tuesday for up to six of the containerised hospitals, with the first two to be delivered in 2025. The army has been leasing two of the company's surgical units since January for deployments in Kelantan and Terengganu during the north-east monsoon.

"The floods of December 2021 taught us that we need a hospital we can put anywhere within a day," said Major General Rosli Hamzah, the army's director of health services, who signed for the army.

On Wednesday Anadolu CBRN and the Malaysian company Perisai Teknik Sdn Bhd signed a memorandum of understanding to assemble and maintain the Turkish firm's decontamination systems in Malaysia, with the aim of offering them to the Malaysian Armed Forces and to the Fire and Rescue Department.

Malaysian officials said the armed forces would also evaluate Japanese water purification trucks later this year, although no purchase has been budgeted. Under Japan's Official Security Assistance programme, Malaysia received rescue boats and related equipment for its armed forces last year.

Velebit's sales director, Marko Jurić, said the company had been invited by Indonesia's defence ministry to exhibit at Indo Defence in Jakarta in November. "Southeast Asia has unexploded ordnance from the Second World War in many places, and every flood brings some of it to the surface," he said.

China's state-owned exporters, usually among the largest exhibitors at DSA, took no space in the new hall.

Attendance figures released on Thursday showed more than 40,000 trade visitors and 1,200 exhibitors from 60 countries over the four days, the organisers said.

The next DSA will be held in 2026.

RELATED
- LIMA 2025 dates confirmed
- Malaysia shortlists two designs for littoral mission ship batch 2
- Indo Defence moves to November slot

Defence Asia Weekly © 2024 | About | Advertise | Contact | Privacy | Cookie settings
"""
MY = P("Malaysia", "country", "MYS")
DAE = P("Daeyang Medical Shelter", "company", "KOR")
ANA = P("Anadolu CBRN Teknoloji", "company", "TUR")
ROSLI = P("Rosli Hamzah", "person", "MYS", title="Major General, director of health services, Malaysian Army")
VEL_EV = "Turkey's Anadolu CBRN Teknoloji brought its vehicle-mounted decontamination system and a range of protective suits, while Croatia's Velebit Demining Systems exhibited its MV-7 remote-controlled flail machine next to a stand showing the clearance of unexploded ordnance after floods."
MITEC = ("MITEC, Kuala Lumpur", "MYS")
doc("u42-23", "https://defenceasiaweekly.example/shows/dsa-2024/disaster-relief-gets-its-own-hall",
    "DSA 2024: disaster relief gets its own hall in Kuala Lumpur", "2024-05-09", "Defence Asia Weekly", T23, [
    E("EXHIBIT", "occurred", [P("Japanese national pavilion (ATLA)", "organisation", "JPN"), MY], "2024-05", MITEC, None,
      "Japan used the hall for its largest national pavilion yet at a Malaysian show, organised by the Acquisition, Technology and Logistics Agency (ATLA), where a dozen Japanese firms showed water purification trucks, mobile bathing units and disaster-response drones."),
    E("EXHIBIT", "occurred", [DAE, MY], "2024-05", MITEC, None,
      "South Korea's Daeyang Medical Shelter displayed its containerised field hospital, a 50-bed system that can be set up by 20 soldiers in six hours."),
    E("EXHIBIT", "occurred", [ANA, MY], "2024-05", MITEC, None, VEL_EV),
    E("EXHIBIT", "occurred", [P("Velebit Demining Systems", "company", "HRV"), MY], "2024-05", MITEC, None, VEL_EV),
    E("AGREE", "occurred", [P("Malaysian Army", "organisation", "MYS"), DAE, ROSLI], "2024-05-07", MITEC,
      "letter of intent for up to six containerised field hospitals",
      "The Malaysian Army signed a letter of intent with Daeyang on Tuesday for up to six of the containerised hospitals, with the first two to be delivered in 2025."),
    E("TRANSFER", "planned", [S("Daeyang Medical Shelter", "company", "KOR"), R("Malaysian Army", "organisation", "MYS")], "2025", None,
      "up to six containerised 50-bed field hospitals",
      "The Malaysian Army signed a letter of intent with Daeyang on Tuesday for up to six of the containerised hospitals, with the first two to be delivered in 2025."),
    E("TRANSFER", "occurred", [S("Daeyang Medical Shelter", "company", "KOR"), R("Malaysian Army", "organisation", "MYS")], None, None,
      "two containerised surgical units (lease)",
      "The army has been leasing two of the company's surgical units since January for deployments in Kelantan and Terengganu during the north-east monsoon."),
    E("AGREE", "occurred", [ANA, P("Perisai Teknik Sdn Bhd", "company", "MYS")], "2024-05-08", MITEC,
      "memorandum of understanding on assembly and maintenance of decontamination systems",
      "On Wednesday Anadolu CBRN and the Malaysian company Perisai Teknik Sdn Bhd signed a memorandum of understanding to assemble and maintain the Turkish firm's decontamination systems in Malaysia, with the aim of offering them to the Malaysian Armed Forces and to the Fire and Rescue Department."),
    E("INDUSTRY", "occurred", [ANA, P("Perisai Teknik Sdn Bhd", "company", "MYS")], "2024-05-08", MITEC,
      "local assembly and maintenance of vehicle-mounted CBRN decontamination systems",
      "On Wednesday Anadolu CBRN and the Malaysian company Perisai Teknik Sdn Bhd signed a memorandum of understanding to assemble and maintain the Turkish firm's decontamination systems in Malaysia, with the aim of offering them to the Malaysian Armed Forces and to the Fire and Rescue Department."),
    E("TRANSFER", "occurred", [S("Japan", "country", "JPN"), R("Malaysian armed forces", "organisation", "MYS")], "2023", None,
      "rescue boats and related equipment (Official Security Assistance)",
      "Under Japan's Official Security Assistance programme, Malaysia received rescue boats and related equipment for its armed forces last year.",
      optional=True),
    E("EXHIBIT", "planned", [P("Velebit Demining Systems", "company", "HRV"), P("Marko Jurić", "person", "HRV", title="sales director, Velebit Demining Systems"),
                             P("Indonesia", "country", "IDN")], "2024-11", ("Jakarta", "IDN"), None,
      "Velebit's sales director, Marko Jurić, said the company had been invited by Indonesia's defence ministry to exhibit at Indo Defence in Jakarta in November."),
])

# ---------------------------------------------------------------- u42-24  Ecuador declines offers (no event), clean
T24 = """Ecuador thanks neighbours but says it needs no foreign troops for flood response

By Andrés Paredes

QUITO, March 24 — Ecuador's government said on Friday that its own armed forces and the national risk management service could cope with the floods and landslides that have hit the coastal provinces of Esmeraldas, Manabí and El Oro, and that it would not accept offers of foreign military help for now.

Neighbouring Peru had offered to send two air force helicopters and a team of army engineers, and Colombia had put a navy ship with a water purification plant on standby for the port of Esmeraldas. Both offers were declined with thanks, the foreign ministry said in a statement.

"We value the gesture of our brother countries enormously, but at this moment the national capacity is sufficient," the statement said. "If the situation changes, we will not hesitate to ask."

A U.S. Southern Command team that had been due to arrive on Monday to assess needs will not travel, a spokesperson at the U.S. Embassy in Quito said, adding that the visit had been cancelled at the request of the Ecuadorian authorities.

Ecuadorian soldiers have evacuated more than 3,000 people since the rains intensified last week, using army trucks and inflatable boats, and air force helicopters have dropped food and water to communities cut off in the hills above Esmeraldas.

The Ecuadorian Navy has sent its logistics ship to carry drinking water, mattresses and food to the coastal towns that can only be reached by sea.

The risk management service said 22 people had died and more than 8,000 homes had been damaged. Schools in the worst-hit cantons will stay closed until at least April 3.

Opposition lawmakers criticised the decision to turn down help. "Pride does not clear a road," said one member of the National Assembly from Esmeraldas. Officials replied that the army had already reopened 14 of the 19 roads that had been blocked by landslides.

The government said it had received 120 tonnes of food from the UN's World Food Programme and from private companies, and that further donations should be made through the risk management service.
"""
doc("u42-24", "https://andesobserver.example/ecuador/2023/03/24/ecuador-declines-foreign-military-help-floods",
    "Ecuador thanks neighbours but says it needs no foreign troops for flood response", "2023-03-24", "Andes Observer", T24, [])

# ---------------------------------------------------------------- u42-25  NGO civilian aid in Malawi (no event), clean
T25 = """Cyclone Freddy: our response in southern Malawi, two weeks on

Horizon Relief International | Emergency update 3

Two weeks after Cyclone Freddy made its second landfall and brought six months' worth of rain to southern Malawi in a few days, our teams are working in Blantyre, Chikwawa, Nsanje and Phalombe districts, where floods and mudslides have killed more than 500 people and forced over 500,000 from their homes.

What we have delivered so far

- 30 tonnes of shelter kits, blankets and kitchen sets, flown from our warehouse in Dubai on a chartered cargo aircraft that landed at Chileka airport in Blantyre on 18 March.
- Water purification units at four camps in Chilobwe and Manja, producing 60,000 litres of safe water a day.
- A cholera treatment centre with 40 beds, run together with the district health office, in a country that was already facing its worst cholera outbreak in two decades before the storm.
- Cash transfers to 2,400 households whose homes were destroyed.

Our logistics hub in Blantyre shares warehouse space with other humanitarian agencies, and our trucks are moving in convoys organised by the national disaster management department. Some areas of Phalombe can still only be reached on foot or by boat; the Malawi Defence Force has been ferrying people and supplies across the flooded rivers, and its helicopters have been rescuing people cut off by mudslides. We are grateful to the soldiers and to local volunteers who have carried our kits on their heads across washed-out roads.

Our field clinic in Chikwawa has treated 1,900 patients so far, most for injuries, diarrhoea and respiratory infections. We are now recruiting additional nurses.

What we still need

The needs are far greater than the funds available. With the UN's flash appeal only 30 percent funded, we urgently need support for shelter materials before the cold season, for water and sanitation in the camps, and for seeds so that families can plant again when the water recedes.

Horizon Relief International is an independent humanitarian organisation. We do not accept funding from governments that are parties to armed conflicts, and we do not travel with armed escorts.

Donate now | Sign up for updates | Read our previous update
"""
doc("u42-25", "https://horizonrelief.example/updates/cyclone-freddy-malawi-update-3",
    "Cyclone Freddy: our response in southern Malawi, two weeks on", "2023-03-27", "Horizon Relief International", T25, [])
