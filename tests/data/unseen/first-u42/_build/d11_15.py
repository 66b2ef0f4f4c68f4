from lib import *

# ---------------------------------------------------------------- u42-11  Tradewinds, clean text (command press release)
T11 = """Tradewinds 2023 opens in Trinidad and Tobago with disaster-response phase

By Southern Command Public Affairs

CHAGUARAMAS, Trinidad and Tobago – More than 1,500 personnel from 21 nations opened exercise Tradewinds 2023 on Sunday at the Chaguaramas Heliport, beginning two weeks of training co-hosted by U.S. Southern Command and the Trinidad and Tobago Defence Force.

Alongside U.S. and Trinidad and Tobago forces, this year's exercise brings together contingents from Jamaica, Guyana, Barbados, Belize, the Dominican Republic, Canada, the United Kingdom, France and the Netherlands, among others.

The first phase, which runs until May 14, is built around a simulated Category 4 hurricane striking the southern Caribbean. Participants will practise opening a damaged airport, receiving and distributing international relief, running a field hospital and coordinating with civilian disaster agencies.

Before the opening ceremony, Southern Command's deputy commander, Lt. Gen. Karen Doyle, met Trinidad and Tobago's Minister of National Security, Marlon Gopaul, and the Chief of Defence Staff, Brig. Gen. Kirk Alleyne, to review preparations and discuss regional disaster readiness.

During the meeting, the two sides signed a memorandum of understanding under which Southern Command will fund and equip a regional relief-supply warehouse at Chaguaramas, to be managed by the Trinidad and Tobago Defence Force.

In the field, U.S. Army engineers are instructing Trinidad and Tobago Defence Force soldiers in collapsed-structure search and rescue at a training site in Cumuto, and a Royal Canadian Medical Service team will run a combat casualty care course for medics from the Jamaica Defence Force next week.

"No single nation in this region can face a major hurricane alone," Doyle said at the ceremony. "What we build here in two weeks is what we will rely on when the real storm comes."

Last month the State Department approved a possible Foreign Military Sale to Trinidad and Tobago of two search-and-rescue helicopters with hoists, night-vision equipment and training, at an estimated cost of $96 million.

The second phase of Tradewinds, from May 15 to 21, moves to security and maritime interdiction training. Officials said next year's exercise would be hosted by Barbados.

Tradewinds began in 1984 as a small training event in Puerto Rico and has grown into one of the largest annual exercises in the Caribbean.
"""
DOYLE = P("Karen Doyle", "person", "USA", title="Lt. Gen., deputy commander, U.S. Southern Command")
GOPAUL = P("Marlon Gopaul", "person", "TTO", title="Minister of National Security")
ALLEYNE = P("Kirk Alleyne", "person", "TTO", title="Brig. Gen., Chief of Defence Staff")
doc("u42-11", "https://southcom.example/news/article/tradewinds-2023-opens-in-trinidad-and-tobago",
    "Tradewinds 2023 opens in Trinidad and Tobago with disaster-response phase", "2023-05-08",
    "U.S. Southern Command Public Affairs", T11, [
    E("EXERCISE", "occurred", [P("U.S. Southern Command", "organisation", "USA"), P("Trinidad and Tobago Defence Force", "organisation", "TTO"),
                               P("Jamaica", "country", "JAM"), P("Guyana", "country", "GUY"), P("Barbados", "country", "BRB"),
                               P("Belize", "country", "BLZ"), P("Dominican Republic", "country", "DOM"), P("Canada", "country", "CAN"),
                               P("United Kingdom", "country", "GBR"), P("France", "country", "FRA"), P("Netherlands", "country", "NLD")],
      "2023-05", ("Chaguaramas", "TTO"), None,
      "Alongside U.S. and Trinidad and Tobago forces, this year's exercise brings together contingents from Jamaica, Guyana, Barbados, Belize, the Dominican Republic, Canada, the United Kingdom, France and the Netherlands, among others."),
    E("MEET", "occurred", [DOYLE, GOPAUL, ALLEYNE],
      "2023-05-07", ("Chaguaramas", "TTO"), None,
      "Before the opening ceremony, Southern Command's deputy commander, Lt. Gen. Karen Doyle, met Trinidad and Tobago's Minister of National Security, Marlon Gopaul, and the Chief of Defence Staff, Brig. Gen. Kirk Alleyne, to review preparations and discuss regional disaster readiness."),
    E("AGREE", "occurred", [P("U.S. Southern Command", "organisation", "USA"), P("Trinidad and Tobago", "country", "TTO"), DOYLE, GOPAUL, ALLEYNE],
      "2023-05-07", ("Chaguaramas", "TTO"), "memorandum of understanding on a regional relief-supply warehouse",
      "During the meeting, the two sides signed a memorandum of understanding under which Southern Command will fund and equip a regional relief-supply warehouse at Chaguaramas, to be managed by the Trinidad and Tobago Defence Force."),
    E("TRANSFER", "planned", [S("U.S. Southern Command", "organisation", "USA"), R("Trinidad and Tobago Defence Force", "organisation", "TTO")],
      None, ("Chaguaramas", "TTO"), "equipment for a regional relief-supply warehouse",
      "During the meeting, the two sides signed a memorandum of understanding under which Southern Command will fund and equip a regional relief-supply warehouse at Chaguaramas, to be managed by the Trinidad and Tobago Defence Force.",
      optional=True),
    E("TRAIN", "occurred", [P("U.S. Army engineers", "organisation", "USA"), P("Trinidad and Tobago Defence Force", "organisation", "TTO")],
      "2023-05", ("Cumuto", "TTO"), None,
      "In the field, U.S. Army engineers are instructing Trinidad and Tobago Defence Force soldiers in collapsed-structure search and rescue at a training site in Cumuto, and a Royal Canadian Medical Service team will run a combat casualty care course for medics from the Jamaica Defence Force next week."),
    E("TRAIN", "planned", [P("Royal Canadian Medical Service", "organisation", "CAN"), P("Jamaica Defence Force", "organisation", "JAM")],
      "2023-05", None, None,
      "In the field, U.S. Army engineers are instructing Trinidad and Tobago Defence Force soldiers in collapsed-structure search and rescue at a training site in Cumuto, and a Royal Canadian Medical Service team will run a combat casualty care course for medics from the Jamaica Defence Force next week."),
    E("TRANSFER", "planned", [S("United States", "country", "USA"), R("Trinidad and Tobago", "country", "TTO")],
      None, None, "two search-and-rescue helicopters with hoists, night-vision equipment and training (possible FMS, est. $96 million)",
      "Last month the State Department approved a possible Foreign Military Sale to Trinidad and Tobago of two search-and-rescue helicopters with hoists, night-vision equipment and training, at an estimated cost of $96 million."),
    E("EXERCISE", "planned", [P("United States", "country", "USA"), P("Barbados", "country", "BRB")],
      "2024", ("Barbados", "BRB"), None,
      "Officials said next year's exercise would be hosted by Barbados."),
])

# ---------------------------------------------------------------- u42-12  Comfort in Honduras, raw html
T12 = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>USNS Comfort arrives in Trujillo, Honduras for Continuing Promise 2022 &gt; U.S. 4th Fleet &gt; News</title>
<meta name="keywords" content="Continuing Promise, USNS Comfort, Honduras, 4th Fleet">
<link rel="stylesheet" href="/Portals/_default/skins/fleet/css/main.css">
<script type="text/javascript" src="/Portals/_default/skins/fleet/js/site.js"></script>
<style>.hidden-print{display:none}</style>
</head>
<body id="Body">
<div class="gov-banner">An official website of the United States government</div>
<header>
<div class="logo"><a href="/">U.S. 4th Fleet</a></div>
<nav class="navbar"><ul><li><a href="/">Home</a></li><li><a href="/About/">About</a></li><li><a href="/Leadership/">Leadership</a></li><li><a href="/News/">News</a></li><li><a href="/Media/Photos/">Photos</a></li><li><a href="/Continuing-Promise/">Continuing Promise</a></li></ul></nav>
</header>
<main>
<div class="breadcrumb"><a href="/">Home</a> : <a href="/News/">News</a> : News Stories</div>
<article class="article-view">
<h1 class="maintitle">USNS Comfort arrives in Trujillo, Honduras for Continuing Promise 2022</h1>
<p class="info">By Mass Communication Specialist 2nd Class Jordan Ellis | Nov. 16, 2022</p>
<div class="body">
<p>TRUJILLO, Honduras – The Military Sealift Command hospital ship USNS Comfort (T-AH 20) arrived in Trujillo, Honduras, Nov. 14, for the fourth mission stop of Continuing Promise 2022.</p>
<p>The ship was welcomed by the commander of the Honduran Navy, Rear Adm. Oscar Banegas, who met Continuing Promise mission commander Capt. Lisa Morgan aboard Comfort to discuss the plan for the 10-day visit.</p>
<p>Medical professionals from the Canadian Armed Forces, the Colombian Navy and the Peruvian Navy are embarked with U.S. Navy and Army personnel for this year's deployment, which is also visiting Guatemala, Colombia and the Dominican Republic.</p>
<p>Honduran military medics are taking part in a five-day course in trauma care and tactical combat casualty care led by Comfort's Navy corpsmen at the Fourth Infantry Battalion base in Trujillo.</p>
<p>On Nov. 18 the ship's crew and the Honduran Navy will conduct a mass-casualty drill, flying simulated patients from the shore to Comfort's flight deck in Honduran Air Force and U.S. Navy helicopters.</p>
<p>"Every time we do this together, we get faster and we get better," Morgan said. "That is what matters when a hurricane hits."</p>
<p>Continuing Promise is a humanitarian assistance and goodwill mission conducted by U.S. 4th Fleet. Comfort last visited Honduras in 2019.</p>
<p>U.S. 4th Fleet employs maritime forces in cooperative maritime security operations in order to maintain access, enhance interoperability and build enduring partnerships in the Caribbean, Central and South American region.</p>
</div>
<div class="tags">Tags: <a href="#">Continuing Promise</a>, <a href="#">Comfort</a>, <a href="#">Honduras</a></div>
</article>
<aside><h3>More News</h3><ul><li><a href="#">USS Milwaukee arrives in Mayport after Caribbean deployment</a></li><li><a href="#">4th Fleet hosts Southern Seas 2022 conference</a></li></ul></aside>
</main>
<footer><p>U.S. 4th Fleet | Naval Station Mayport, Florida</p><p><a href="#">Privacy &amp; Security</a> | <a href="#">Accessibility</a> | <a href="#">No FEAR Act</a> | <a href="#">USA.gov</a></p></footer>
</body>
</html>
"""
doc("u42-12", "https://www.c4f.navy.example/News/Article/3218475/usns-comfort-arrives-in-trujillo-honduras-for-continuing-promise-2022/",
    "USNS Comfort arrives in Trujillo, Honduras for Continuing Promise 2022", "2022-11-16", "U.S. 4th Fleet", T12, [
    E("MEET", "occurred", [P("USNS Comfort", "organisation", "USA"),
                           P("Oscar Banegas", "person", "HND", title="Rear Adm., commander of the Honduran Navy"),
                           P("Lisa Morgan", "person", "USA", title="Capt., Continuing Promise mission commander")],
      "2022-11-14", ("Trujillo", "HND"), None,
      "The ship was welcomed by the commander of the Honduran Navy, Rear Adm. Oscar Banegas, who met Continuing Promise mission commander Capt. Lisa Morgan aboard Comfort to discuss the plan for the 10-day visit."),
    E("COOPERATE", "occurred", [P("United States", "country", "USA"), P("Canadian Armed Forces", "organisation", "CAN"),
                                P("Colombian Navy", "organisation", "COL"), P("Peruvian Navy", "organisation", "PER")],
      "2022", None, None,
      "Medical professionals from the Canadian Armed Forces, the Colombian Navy and the Peruvian Navy are embarked with U.S. Navy and Army personnel for this year's deployment, which is also visiting Guatemala, Colombia and the Dominican Republic."),
    E("TRAIN", "occurred", [P("USNS Comfort", "organisation", "USA"), P("Honduran military", "organisation", "HND")],
      "2022-11", ("Trujillo", "HND"), None,
      "Honduran military medics are taking part in a five-day course in trauma care and tactical combat casualty care led by Comfort's Navy corpsmen at the Fourth Infantry Battalion base in Trujillo."),
    E("EXERCISE", "planned", [P("USNS Comfort", "organisation", "USA"), P("Honduran Navy", "organisation", "HND")],
      "2022-11-18", ("Trujillo", "HND"), None,
      "On Nov. 18 the ship's crew and the Honduran Navy will conduct a mass-casualty drill, flying simulated patients from the shore to Comfort's flight deck in Honduran Air Force and U.S. Navy helicopters."),
    E("MEET", "occurred", [P("USNS Comfort", "organisation", "USA"), P("Guatemala", "country", "GTM")],
      "2022", None, None,
      "Medical professionals from the Canadian Armed Forces, the Colombian Navy and the Peruvian Navy are embarked with U.S. Navy and Army personnel for this year's deployment, which is also visiting Guatemala, Colombia and the Dominican Republic.",
      optional=True),
    E("MEET", "occurred", [P("USNS Comfort", "organisation", "USA"), P("Colombia", "country", "COL")],
      "2022", None, None,
      "Medical professionals from the Canadian Armed Forces, the Colombian Navy and the Peruvian Navy are embarked with U.S. Navy and Army personnel for this year's deployment, which is also visiting Guatemala, Colombia and the Dominican Republic.",
      optional=True),
    E("MEET", "occurred", [P("USNS Comfort", "organisation", "USA"), P("Dominican Republic", "country", "DOM")],
      "2022", None, None,
      "Medical professionals from the Canadian Armed Forces, the Colombian Navy and the Peruvian Navy are embarked with U.S. Navy and Army personnel for this year's deployment, which is also visiting Guatemala, Colombia and the Dominican Republic.",
      optional=True),
    E("MEET", "occurred", [P("USNS Comfort", "organisation", "USA"), P("Honduras", "country", "HND")],
      "2019", None, None,
      "Comfort last visited Honduras in 2019.",
      optional=True),
])

# ---------------------------------------------------------------- u42-13  Colombia demining school, scraped, published null
T13 = """EJÉRCITO NACIONAL DE COLOMBIA
Patria, Honor, Lealtad
Inicio | Noticias | Misión y Visión | Transparencia | Atención al Ciudadano | English

Línea gratuita nacional 01 8000 ...   |   Buscar

Home > News > International

14.06.2024 | 09:30 | Ejército Nacional

Deminers from five countries graduate from the Army's international humanitarian demining course

TOLEMAIDA, Tolima – Thirty-two soldiers and police officers from Guatemala, Honduras, El Salvador, Ecuador and Peru graduated on Thursday from the International Humanitarian Demining Course taught by instructors of the Colombian Army's Military Engineering School at the Tolemaida training centre.

The eight-week course, the fifteenth that the school has run for foreign students since 2016, covered manual demining under the International Mine Action Standards, non-technical survey, the marking of hazardous areas, mine risk education and quality management. It was funded by the United States Department of State's Office of Weapons Removal and Abatement.

The commander of the Military Engineering School, Colonel Andrés Felipe Rozo, presented the diplomas together with the defence attachés of Guatemala and Honduras. "Colombia learned humanitarian demining the hard way, on its own land. Now we share that experience with our brother countries," he said.

Next year the school will for the first time train Ukrainian sappers, under a memorandum of understanding that Colombia signed with Ukraine's Ministry of Defence in Kyiv in March.

The Colombian Army's Humanitarian Demining Brigade has declared more than 400 municipalities free of suspected mined areas since 2012. The Organization of American States' mine action programme certifies the land that the Brigade has cleared before it is handed back to communities.

Colombia still ranks among the countries with the highest number of landmine victims in the world. So far this year, 38 people, most of them civilians, have been killed or injured by mines and improvised explosive devices.

Compartir: Facebook | X | WhatsApp | Correo

Noticias relacionadas
- Army delivers 12 new bridges to rural communities in Cauca
- Colombian contingent prepares for rotation to the Multinational Force and Observers in Sinai
- Engineers' day celebrated in Bogotá

Ejército Nacional de Colombia – Carrera 54 No. 26-25 CAN, Bogotá D.C.
Política de privacidad | Política de cookies | Mapa del sitio
© 2024 Ejército Nacional de Colombia. Todos los derechos reservados.
Este sitio utiliza cookies para mejorar la experiencia del usuario. [Aceptar]
"""
ROZO = P("Andrés Felipe Rozo", "person", "COL", title="Colonel, commander of the Military Engineering School")
EV13 = "TOLEMAIDA, Tolima – Thirty-two soldiers and police officers from Guatemala, Honduras, El Salvador, Ecuador and Peru graduated on Thursday from the International Humanitarian Demining Course taught by instructors of the Colombian Army's Military Engineering School at the Tolemaida training centre."
SCH = P("Colombian Army's Military Engineering School", "organisation", "COL")
ev13 = []
for name, code in [("Guatemala", "GTM"), ("Honduras", "HND"), ("El Salvador", "SLV"), ("Ecuador", "ECU"), ("Peru", "PER")]:
    ev13.append(E("TRAIN", "occurred", [SCH, ROZO, P(name, "country", code)], "2024-06", ("Tolemaida", "COL"), None, EV13))
ev13 += [
    E("COOPERATE", "occurred", [P("United States Department of State", "organisation", "USA"), P("Colombia", "country", "COL")],
      None, None, None,
      "It was funded by the United States Department of State's Office of Weapons Removal and Abatement.",
      optional=True),
    E("TRAIN", "planned", [SCH, P("Ukraine", "country", "UKR")],
      "2025", ("Tolemaida", "COL"), None,
      "Next year the school will for the first time train Ukrainian sappers, under a memorandum of understanding that Colombia signed with Ukraine's Ministry of Defence in Kyiv in March."),
    E("AGREE", "occurred", [P("Colombia", "country", "COL"), P("Ukraine's Ministry of Defence", "organisation", "UKR")],
      "2024-03", ("Kyiv", "UKR"), "memorandum of understanding on demining training",
      "Next year the school will for the first time train Ukrainian sappers, under a memorandum of understanding that Colombia signed with Ukraine's Ministry of Defence in Kyiv in March.",
      optional=True),
    E("COOPERATE", "occurred", [P("Organization of American States", "igo", "OAS"), P("Colombian Army's Humanitarian Demining Brigade", "organisation", "COL")],
      None, None, None,
      "The Organization of American States' mine action programme certifies the land that the Brigade has cleared before it is handed back to communities.",
      optional=True),
]
doc("u42-13", "https://ejercito-colombia.example/en/news/international/deminers-five-countries-graduate",
    "Deminers from five countries graduate from the Army's international humanitarian demining course", None,
    "Ejército Nacional de Colombia", T13, ev13)

# ---------------------------------------------------------------- u42-14  Haiti 2010, clean text (agency)
T14 = """Latin American armies rush troops, hospitals and food to Haiti

By Carolina Méndez, Hemisferio News Agency

BUENOS AIRES/BRASILIA, Jan 19 – Latin American governments have turned to their armed forces to get help into Haiti since last Tuesday's earthquake, flying food, water and medical teams into the crowded airport at Port-au-Prince and sending ships from as far away as the Gulf of Mexico.

Brazil, which commands the military component of the United Nations stabilisation mission, MINUSTAH, and has about 1,300 soldiers in the country, said on Monday it would send another 900 troops to the mission. Eighteen Brazilian soldiers were killed when the quake brought down buildings in the capital.

"Our soldiers are already there, they know the streets, and they have lost comrades. We will not leave Haiti now," a Defence Ministry spokesman told reporters in Brasilia.

Brazilian Air Force KC-137 and C-130 aircraft have made 14 flights since Wednesday, delivering about 180 tonnes of food, drinking water and medicines as well as rescue teams with dogs, the air force said.

The Argentine Air Force mobile field hospital, which has served Argentina's MINUSTAH contingent in Port-au-Prince since 2004, treated more than 3,000 people in the first five days after the quake, many of them for fractures and crush injuries. An Argentine Air Force Hercules landed on Thursday with 10 tonnes of food and medicines and a team of civilian volunteers from the White Helmets commission.

The Mexican Navy's transport ship Papaloapan left Tuxpan on Sunday with 500 tonnes of food, drinking water and medicines and is due in Port-au-Prince on Thursday. Mexico has already flown in rescue teams and doctors on eight air force and civilian flights.

Chile, Uruguay and Peru, which also have troops serving with MINUSTAH, have used their contingents' engineers and trucks to clear roads and carry water to camps in the capital.

Haiti's government has agreed to let the US military run the airport, and a US Air Force special tactics team has been directing air traffic from a card table at the side of the runway since Friday. Brazilian and French officials complained at the weekend that relief flights had been turned away while US military flights were given landing slots, a charge Washington rejected.

On Monday the UN Security Council approved 2,000 more troops and 1,500 more police officers for MINUSTAH, raising its authorised strength to about 12,650 military and police personnel.

The Haitian government says at least 70,000 people have been buried, and aid officials fear the final toll could be well above 100,000.
"""
MINUSTAH = P("MINUSTAH", "igo", "UN")
HTI = ("Haiti", "HTI")
doc("u42-14", "https://hemisferionews.example/en/2010/01/19/latin-american-armies-rush-aid-to-haiti",
    "Latin American armies rush troops, hospitals and food to Haiti", "2010-01-19", "Hemisferio News Agency", T14, [
    E("DEPLOY", "occurred", [P("Brazil", "country", "BRA"), MINUSTAH],
      None, HTI, None,
      "Brazil, which commands the military component of the United Nations stabilisation mission, MINUSTAH, and has about 1,300 soldiers in the country, said on Monday it would send another 900 troops to the mission."),
    E("DEPLOY", "planned", [P("Brazil", "country", "BRA"), MINUSTAH],
      None, HTI, None,
      "Brazil, which commands the military component of the United Nations stabilisation mission, MINUSTAH, and has about 1,300 soldiers in the country, said on Monday it would send another 900 troops to the mission."),
    E("TRANSFER", "occurred", [S("Brazilian Air Force", "organisation", "BRA"), R("Haiti", "country", "HTI")],
      "2010-01", ("Port-au-Prince", "HTI"), "about 180 tonnes of food, drinking water and medicines",
      "Brazilian Air Force KC-137 and C-130 aircraft have made 14 flights since Wednesday, delivering about 180 tonnes of food, drinking water and medicines as well as rescue teams with dogs, the air force said."),
    E("DEPLOY", "occurred", [P("Argentine Air Force mobile field hospital", "organisation", "ARG"), MINUSTAH],
      None, ("Port-au-Prince", "HTI"), None,
      "The Argentine Air Force mobile field hospital, which has served Argentina's MINUSTAH contingent in Port-au-Prince since 2004, treated more than 3,000 people in the first five days after the quake, many of them for fractures and crush injuries."),
    E("TRANSFER", "occurred", [S("Argentine Air Force", "organisation", "ARG"), R("Haiti", "country", "HTI")],
      "2010-01-14", None, "10 tonnes of food and medicines",
      "An Argentine Air Force Hercules landed on Thursday with 10 tonnes of food and medicines and a team of civilian volunteers from the White Helmets commission."),
    E("TRANSFER", "planned", [S("Mexican Navy", "organisation", "MEX"), R("Haiti", "country", "HTI")],
      "2010-01-21", ("Port-au-Prince", "HTI"), "500 tonnes of food, drinking water and medicines (transport ship Papaloapan)",
      "The Mexican Navy's transport ship Papaloapan left Tuxpan on Sunday with 500 tonnes of food, drinking water and medicines and is due in Port-au-Prince on Thursday."),
    E("COOPERATE", "occurred", [P("Mexico", "country", "MEX"), P("Haiti", "country", "HTI")],
      "2010-01", None, None,
      "Mexico has already flown in rescue teams and doctors on eight air force and civilian flights.",
      optional=True),
    E("DEPLOY", "occurred", [P("Chile", "country", "CHL"), MINUSTAH], None, HTI, None,
      "Chile, Uruguay and Peru, which also have troops serving with MINUSTAH, have used their contingents' engineers and trucks to clear roads and carry water to camps in the capital."),
    E("DEPLOY", "occurred", [P("Uruguay", "country", "URY"), MINUSTAH], None, HTI, None,
      "Chile, Uruguay and Peru, which also have troops serving with MINUSTAH, have used their contingents' engineers and trucks to clear roads and carry water to camps in the capital."),
    E("DEPLOY", "occurred", [P("Peru", "country", "PER"), MINUSTAH], None, HTI, None,
      "Chile, Uruguay and Peru, which also have troops serving with MINUSTAH, have used their contingents' engineers and trucks to clear roads and carry water to camps in the capital."),
    E("COOPERATE", "occurred", [P("US Air Force", "organisation", "USA"), P("Haiti", "country", "HTI")],
      "2010-01-15", ("Port-au-Prince airport", "HTI"), None,
      "Haiti's government has agreed to let the US military run the airport, and a US Air Force special tactics team has been directing air traffic from a card table at the side of the runway since Friday.",
      optional=True),
])

# ---------------------------------------------------------------- u42-15  Mozambique / Idai, scraped
T15 = """SOUTHERN AFRICA TODAY
Regional news from Cape Town to Dar es Salaam
Friday 22 March 2019 | Johannesburg 24°C | Maputo 29°C | Beira 27°C rain
ZAR/USD 14.38 | MZN/USD 63.90

Home > Mozambique > Cyclone Idai

Indian warships, British airlift join Beira rescue as death toll passes 240

Staff reporter, Beira
22 March 2019 – 16:05

Share this article: Facebook | Twitter | WhatsApp | LinkedIn

Three Indian ships that were on a training deployment in the southern Indian Ocean have become the first foreign naval vessels to reach Beira since Cyclone Idai wrecked the port city a week ago.

The Indian Navy's INS Sujata and INS Shardul and the Indian Coast Guard ship Sarathi were diverted from Port Louis and arrived on Monday with rice, pulses, drinking water, medicines and clothing, which were handed over to the provincial authorities at the port.

Navy doctors from the ships have set up a medical camp at the port, where they have treated more than 1,300 people, and Indian navy divers have helped to clear debris from the approaches to the harbour.

On Wednesday, Mozambique's defence minister, Jaime Nhantumbo, went aboard INS Shardul, where he was received by the ship's commanding officer, Captain Rohit Sood, and thanked the Indian crews for "arriving when we had almost nothing".

South African Air Force Oryx helicopters and a C-130 transport, which crossed the border on Sunday, have so far lifted more than 300 people from rooftops and trees in the flooded Buzi district, according to the South African National Defence Force.

A Royal Air Force A400M landed at Beira airport on Thursday with shelter kits, solar lanterns and water purification units paid for by the British aid ministry, the first of three planned flights.

Portugal's armed forces said a team of 35 army engineers and military doctors would fly to Beira at the weekend.

Neighbouring Zimbabwe, where the cyclone killed more than 100 people in Chimanimani district, has not sent troops across the border; its army is fully committed to rescue work at home.

The government in Maputo said on Thursday that 242 people had died in Mozambique and that up to 400,000 had lost their homes. Aid agencies warned that cholera could follow.

RELATED STORIES
- Malawi counts cost of floods ahead of Idai
- SADC ministers to meet on regional standby force
- Zimbabwe declares national disaster

Sign up for our newsletter | Advertise | Contact | Terms
© 2019 Southern Africa Today. All rights reserved.
"""
doc("u42-15", "https://southernafricatoday.example/mozambique/cyclone-idai/indian-warships-british-airlift-join-beira-rescue",
    "Indian warships, British airlift join Beira rescue as death toll passes 240", "2019-03-22", "Southern Africa Today", T15, [
    E("TRANSFER", "occurred", [S("Indian Navy", "organisation", "IND"), S("Indian Coast Guard", "organisation", "IND"), R("Mozambique", "country", "MOZ")],
      "2019-03-18", ("Beira", "MOZ"), "rice, pulses, drinking water, medicines and clothing",
      "The Indian Navy's INS Sujata and INS Shardul and the Indian Coast Guard ship Sarathi were diverted from Port Louis and arrived on Monday with rice, pulses, drinking water, medicines and clothing, which were handed over to the provincial authorities at the port."),
    E("COOPERATE", "occurred", [P("Indian Navy", "organisation", "IND"), P("Mozambique", "country", "MOZ")],
      None, ("Beira", "MOZ"), None,
      "Navy doctors from the ships have set up a medical camp at the port, where they have treated more than 1,300 people, and Indian navy divers have helped to clear debris from the approaches to the harbour.",
      optional=True),
    E("MEET", "occurred", [P("Jaime Nhantumbo", "person", "MOZ", title="Defence Minister"),
                           P("Rohit Sood", "person", "IND", title="Captain, commanding officer of INS Shardul")],
      "2019-03-20", ("Beira", "MOZ"), None,
      "On Wednesday, Mozambique's defence minister, Jaime Nhantumbo, went aboard INS Shardul, where he was received by the ship's commanding officer, Captain Rohit Sood, and thanked the Indian crews for \"arriving when we had almost nothing\"."),
    E("COOPERATE", "occurred", [P("South African National Defence Force", "organisation", "ZAF"), P("Mozambique", "country", "MOZ")],
      "2019-03", ("Buzi district", "MOZ"), None,
      "South African Air Force Oryx helicopters and a C-130 transport, which crossed the border on Sunday, have so far lifted more than 300 people from rooftops and trees in the flooded Buzi district, according to the South African National Defence Force.",
      optional=True),
    E("TRANSFER", "occurred", [S("Royal Air Force", "organisation", "GBR"), R("Mozambique", "country", "MOZ")],
      "2019-03-21", ("Beira airport", "MOZ"), "shelter kits, solar lanterns and water purification units",
      "A Royal Air Force A400M landed at Beira airport on Thursday with shelter kits, solar lanterns and water purification units paid for by the British aid ministry, the first of three planned flights."),
    E("COOPERATE", "planned", [P("Portugal's armed forces", "organisation", "PRT"), P("Mozambique", "country", "MOZ")],
      "2019-03", ("Beira", "MOZ"), None,
      "Portugal's armed forces said a team of 35 army engineers and military doctors would fly to Beira at the weekend.",
      optional=True),
])
