from lib import *

# ---------------------------------------------------------------- u42-16  Peace Ark in Dar es Salaam, clean, short
T16 = """Chinese hospital ship docks in Dar es Salaam

DAR ES SALAAM – The Chinese navy hospital ship Peace Ark docked at Dar es Salaam port on Sunday for an eight-day visit during which its doctors will treat patients on board and at Lugalo General Military Hospital.

The ship was welcomed by the Chief of Staff of the Tanzania People's Defence Forces, Lieutenant General Yacoub Mkumbo, and the Chinese Ambassador, Li Jianhua. The mission commander, Rear Admiral Sun Wenjie, said 380 medical and support staff were on board.

On Monday, Chinese navy surgeons began a week of training for 40 Tanzanian military doctors and nurses at Lugalo in emergency surgery, burns care and the handling of mass casualties.

At the opening of the course, the ship's team handed over two ultrasound machines, a portable X-ray unit and medicines to the military hospital.

Peace Ark, which called at Maputo earlier this month, will sail on to Timor-Leste after leaving Tanzania.
"""
doc("u42-16", "https://tanzaniaobserver.example/news/chinese-hospital-ship-docks-in-dar-es-salaam",
    "Chinese hospital ship docks in Dar es Salaam", "2017-07-18", "Tanzania Daily Observer", T16, [
    E("MEET", "occurred", [P("Peace Ark", "organisation", "CHN"),
                           P("Yacoub Mkumbo", "person", "TZA", title="Lieutenant General, Chief of Staff, Tanzania People's Defence Forces"),
                           P("Li Jianhua", "person", "CHN", title="Chinese Ambassador"),
                           P("Sun Wenjie", "person", "CHN", title="Rear Admiral, mission commander")],
      "2017-07-16", ("Dar es Salaam", "TZA"), None,
      "The ship was welcomed by the Chief of Staff of the Tanzania People's Defence Forces, Lieutenant General Yacoub Mkumbo, and the Chinese Ambassador, Li Jianhua."),
    E("TRAIN", "occurred", [P("Chinese navy", "organisation", "CHN"), P("Tanzania People's Defence Forces", "organisation", "TZA")],
      "2017-07-17", ("Lugalo General Military Hospital", "TZA"), None,
      "On Monday, Chinese navy surgeons began a week of training for 40 Tanzanian military doctors and nurses at Lugalo in emergency surgery, burns care and the handling of mass casualties."),
    E("TRANSFER", "occurred", [S("Peace Ark", "organisation", "CHN"), R("Lugalo General Military Hospital", "organisation", "TZA")],
      "2017-07-17", ("Lugalo General Military Hospital", "TZA"), "two ultrasound machines, a portable X-ray unit and medicines",
      "At the opening of the course, the ship's team handed over two ultrasound machines, a portable X-ray unit and medicines to the military hospital."),
    E("MEET", "occurred", [P("Peace Ark", "organisation", "CHN"), P("Mozambique", "country", "MOZ")],
      "2017-07", ("Maputo", "MOZ"), None,
      "Peace Ark, which called at Maputo earlier this month, will sail on to Timor-Leste after leaving Tanzania.",
      optional=True),
    E("MEET", "planned", [P("Peace Ark", "organisation", "CHN"), P("Timor-Leste", "country", "TLS")],
      None, None, None,
      "Peace Ark, which called at Maputo earlier this month, will sail on to Timor-Leste after leaving Tanzania."),
])

# ---------------------------------------------------------------- u42-17  Japan/UN engineering training in Kenya, raw html
T17 = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Engineers from three East African armies complete UN heavy-equipment course in Nairobi | Peace Operations Support</title>
<link rel="stylesheet" href="/sites/all/themes/unpos/css/styles.css">
<script src="/misc/drupal.js"></script>
<noscript><img src="/pixel.gif" alt=""></noscript>
</head>
<body class="html not-front page-node node-type-news">
<div id="header">
<div class="un-bar"><a href="#">Welcome to the United Nations</a> | <a href="#">العربية</a> <a href="#">中文</a> <a href="#">English</a> <a href="#">Français</a> <a href="#">Русский</a> <a href="#">Español</a></div>
<div id="logo"><a href="/">Peace Operations Support</a></div>
<ul class="main-menu"><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/capacity-building">Capacity Building</a></li><li><a href="/news">News</a></li><li><a href="/resources">Resources</a></li></ul>
</div>
<div id="main">
<div class="breadcrumb"><a href="/">Home</a> » <a href="/news">News</a></div>
<h1 class="title">Engineers from three East African armies complete UN heavy-equipment course in Nairobi</h1>
<div class="submitted">22 November 2019</div>
<div class="field-body">
<p>NAIROBI – Thirty-six military engineers from Kenya, Uganda and Tanzania graduated on Friday from a ten-week heavy engineering equipment course at the Humanitarian Peace Support School in Embakasi, taught by instructors of the Japan Ground Self-Defense Force.</p>
<p>Kenya sent 14 of its army engineers to the course, Uganda 12 and Tanzania 10. They learned to operate and maintain excavators, graders, bulldozers and wheel loaders of the kind used to build camps, roads and airstrips for UN peacekeeping missions and to clear debris after floods and earthquakes.</p>
<p>The course is part of the United Nations Triangular Partnership Project, under which Japan funds training and provides instructors and equipment, the UN designs the courses and Kenya hosts them at the school.</p>
<p>At the closing ceremony, Japan's Ambassador to Kenya, Takeshi Onoda, handed over ten excavators and graders, which Japan has donated for future courses, to the Commandant of the Humanitarian Peace Support School, Brigadier Joseph Kipkemboi.</p>
<p>"These engineers will build the camps and roads that keep peacekeepers and civilians alive," Brigadier Kipkemboi said.</p>
<p>The next course, for engineers from Rwanda, will begin at the school in January.</p>
<p>Since 2015 the project has trained more than 300 military engineers from African countries that contribute troops to UN operations, as well as medical personnel in field first aid.</p>
</div>
<div class="share-links">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<div class="related"><h3>Related</h3><ul><li><a href="#">Signals academy opens in Entebbe</a></li><li><a href="#">Field medical course held in Addis Ababa</a></li></ul></div>
</div>
<div id="footer"><p>United Nations | Copyright | Terms of Use | Privacy Notice | Fraud Alert</p></div>
</body>
</html>
"""
JGSDF = P("Japan Ground Self-Defense Force", "organisation", "JPN")
EV17 = "NAIROBI – Thirty-six military engineers from Kenya, Uganda and Tanzania graduated on Friday from a ten-week heavy engineering equipment course at the Humanitarian Peace Support School in Embakasi, taught by instructors of the Japan Ground Self-Defense Force."
HPSS = ("Humanitarian Peace Support School, Embakasi", "KEN")
doc("u42-17", "https://peaceops-support.example/news/engineers-three-east-african-armies-complete-un-heavy-equipment-course",
    "Engineers from three East African armies complete UN heavy-equipment course in Nairobi", "2019-11-22",
    "Peace Operations Support", T17, [
    E("TRAIN", "occurred", [JGSDF, P("Kenya", "country", "KEN")], "2019-11", HPSS, None, EV17),
    E("TRAIN", "occurred", [JGSDF, P("Uganda", "country", "UGA")], "2019-11", HPSS, None, EV17),
    E("TRAIN", "occurred", [JGSDF, P("Tanzania", "country", "TZA")], "2019-11", HPSS, None, EV17),
    E("COOPERATE", "occurred", [P("United Nations", "igo", "UN"), P("Japan", "country", "JPN"), P("Kenya", "country", "KEN")],
      None, None, None,
      "The course is part of the United Nations Triangular Partnership Project, under which Japan funds training and provides instructors and equipment, the UN designs the courses and Kenya hosts them at the school."),
    E("TRANSFER", "occurred", [S("Japan", "country", "JPN"), S("Takeshi Onoda", "person", "JPN", "Japan's Ambassador to Kenya"),
                               R("Humanitarian Peace Support School", "organisation", "KEN"),
                               R("Joseph Kipkemboi", "person", "KEN", "Brigadier, Commandant of the Humanitarian Peace Support School")],
      "2019-11-22", HPSS, "ten excavators and graders",
      "At the closing ceremony, Japan's Ambassador to Kenya, Takeshi Onoda, handed over ten excavators and graders, which Japan has donated for future courses, to the Commandant of the Humanitarian Peace Support School, Brigadier Joseph Kipkemboi."),
    E("TRAIN", "planned", [JGSDF, P("Humanitarian Peace Support School", "organisation", "KEN"), P("Rwanda", "country", "RWA")],
      "2020-01", HPSS, None,
      "The next course, for engineers from Rwanda, will begin at the school in January.",
      optional=True),
])

# ---------------------------------------------------------------- u42-18  Germany -> Niger, scraped embassy page, published null
T18 = """Deutsche Botschaft Niamey
Ambassade d'Allemagne à Niamey | German Embassy Niamey
Deutsch | Français | English

Home | Embassy | Bilateral Relations | Visa | Consular Services | Culture & Education | Development Cooperation | Contact

You are here: Home > Bilateral Relations > Security cooperation

Germany hands over mobile medical station and pandemic equipment to Niger's armed forces

23/03/2021 - Press release

Germany has handed over a mobile medical station, protective equipment against COVID-19 and chemical, biological, radiological and nuclear (CBRN) hazards, and two ambulances to the Niger Armed Forces (FAN).

German Ambassador Dr. Herbert Lange handed over the equipment on Monday at the Tondibiah military base near Niamey to the Chief of Defence Staff of the FAN, General Issoufou Garba. The delivery, worth 1.9 million euros, comprises a containerised medical station with 40 beds, 12 ventilators, 20,000 FFP2 masks, 600 CBRN protective suits, two decontamination units and the ambulances. It was financed under the German Government's Enable and Enhance Initiative.

After the ceremony, Ambassador Lange and General Garba discussed the next steps of the cooperation between the Bundeswehr and the Nigerien armed forces.

A team of Bundeswehr medical instructors will come to Niamey in May to train FAN medical personnel in the use of the equipment and in the care of patients with infectious diseases.

Since 2018, German special forces have been training Nigerien special forces units in Tillia under the bilateral "Gazelle" mission. The Bundeswehr also operates an air transport base in Niamey that supports the German contingent of MINUSMA in neighbouring Mali.

Asked about media reports that Germany would supply armed drones to Niger, the Ambassador said that no such request had been made and that no such delivery was planned.

Ambassador Lange: "Niger is an important partner in a difficult region. The health of its soldiers is also a question of security for the people of Niger."

Photo: Handover ceremony at Tondibiah, 22 March 2021 (© Deutsche Botschaft Niamey)

Share: Facebook | X | E-Mail | Print

Related content
- Niger: Travel and safety advice
- Development cooperation with Niger
- Germany supports elections in Niger

Deutsche Botschaft Niamey | Avenue du Général de Gaulle, BP 629, Niamey
Imprint | Data protection | Accessibility
This website uses cookies. By continuing you agree to their use. More information
"""
LANGE = P("Herbert Lange", "person", "DEU", title="German Ambassador")
GARBA = P("Issoufou Garba", "person", "NER", title="General, Chief of Defence Staff of the Niger Armed Forces")
doc("u42-18", "https://niamey.diplo-de.example/ne-en/bilateral/security/mobile-medical-station-fan-2455120",
    "Germany hands over mobile medical station and pandemic equipment to Niger's armed forces", None,
    "German Embassy Niamey", T18, [
    E("TRANSFER", "occurred", [S("Germany", "country", "DEU"), S("Herbert Lange", "person", "DEU", "German Ambassador"),
                               R("Niger Armed Forces", "organisation", "NER"),
                               R("Issoufou Garba", "person", "NER", "General, Chief of Defence Staff of the Niger Armed Forces")],
      "2021-03-22", ("Tondibiah military base", "NER"),
      "containerised 40-bed medical station, 12 ventilators, 20,000 FFP2 masks, 600 CBRN protective suits, two decontamination units, two ambulances",
      "German Ambassador Dr. Herbert Lange handed over the equipment on Monday at the Tondibiah military base near Niamey to the Chief of Defence Staff of the FAN, General Issoufou Garba."),
    E("MEET", "occurred", [LANGE, GARBA],
      "2021-03-22", ("Tondibiah military base", "NER"), None,
      "After the ceremony, Ambassador Lange and General Garba discussed the next steps of the cooperation between the Bundeswehr and the Nigerien armed forces."),
    E("TRAIN", "planned", [P("Bundeswehr", "organisation", "DEU"), P("Niger Armed Forces", "organisation", "NER")],
      "2021-05", ("Niamey", "NER"), None,
      "A team of Bundeswehr medical instructors will come to Niamey in May to train FAN medical personnel in the use of the equipment and in the care of patients with infectious diseases."),
    E("TRAIN", "occurred", [P("German special forces", "organisation", "DEU"), P("Nigerien special forces", "organisation", "NER")],
      None, ("Tillia", "NER"), None,
      "Since 2018, German special forces have been training Nigerien special forces units in Tillia under the bilateral \"Gazelle\" mission.",
      optional=True),
    E("COOPERATE", "occurred", [P("Bundeswehr", "organisation", "DEU"), P("Niger", "country", "NER")],
      None, ("Niamey", "NER"), None,
      "The Bundeswehr also operates an air transport base in Niamey that supports the German contingent of MINUSMA in neighbouring Mali.",
      optional=True),
    E("DEPLOY", "occurred", [P("Germany", "country", "DEU"), P("MINUSMA", "igo", "UN")],
      None, ("Mali", "MLI"), None,
      "The Bundeswehr also operates an air transport base in Niamey that supports the German contingent of MINUSMA in neighbouring Mali.",
      optional=True),
])

# ---------------------------------------------------------------- u42-19  MINUSMA Cambodian EOD, raw html
T19 = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Cambodian deminers begin new rotation in Gao | MINUSMA</title>
<link rel="stylesheet" href="/themes/mission/css/style.css">
<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;})(window,document,'script','//www.google-analytics.com/analytics.js','ga');</script>
</head>
<body>
<div class="top"><a href="/fr">Français</a> | <a href="/en">English</a> | <a href="https://un.example">United Nations</a></div>
<div class="header"><span class="mission-name">United Nations Multidimensional Integrated Stabilization Mission in Mali</span></div>
<ul class="nav"><li><a href="/en">Home</a></li><li><a href="/en/about">About</a></li><li><a href="/en/news">News</a></li><li><a href="/en/multimedia">Multimedia</a></li><li><a href="/en/contact">Contact</a></li></ul>
<div class="content">
<h1>Cambodian deminers begin new rotation in Gao</h1>
<span class="date">20 June 2019</span>
<p>GAO – A new rotation of 300 Cambodian peacekeepers took over from their predecessors at the MINUSMA super-camp in Gao on Monday, continuing a demining and explosive ordnance disposal mission that Cambodia has carried out in northern Mali since 2014.</p>
<p>The Force Commander, Lieutenant General Anders Holm, welcomed the new contingent commander, Colonel Sok Vanna, at a transfer-of-authority ceremony attended by representatives of the Malian Armed Forces.</p>
<p>Over the past year the Cambodian unit cleared 2,600 explosive remnants of war along the main supply routes and destroyed more than 40 improvised explosive devices. Its specialists also trained 120 soldiers of the Malian Armed Forces (FAMa) in the search for and recognition of improvised explosive devices at the Gao camp.</p>
<p>The UN Mine Action Service, UNMAS, which works alongside the mission, this year trained a further 85 FAMa engineers in explosive ordnance disposal at its training facility in Bamako.</p>
<p>In Gao, the Cambodians share the camp with the Level II hospital run by a Chinese medical contingent, which treats injured peacekeepers and, in emergencies, local civilians.</p>
<p>"The roads are safer because of their courage and patience," Lieutenant General Holm said.</p>
<p>IEDs remain the main cause of casualties among MINUSMA peacekeepers. Since the start of the mission in 2013, more than 120 peacekeepers have lost their lives in hostile acts.</p>
<div class="share">Partager / Share: <a href="#">Facebook</a> <a href="#">Twitter</a></div>
</div>
<div class="sidebar"><h3>Latest news</h3><ul><li><a href="#">Quick reaction force patrols in Mopti region</a></li><li><a href="#">Training for Malian police in Timbuktu</a></li></ul></div>
<div class="footer">MINUSMA | Bamako, Mali | Copyright United Nations | Terms of use | Privacy notice</div>
</body>
</html>
"""
doc("u42-19", "https://minusma.unmissions.example/en/cambodian-deminers-begin-new-rotation-gao",
    "Cambodian deminers begin new rotation in Gao", "2019-06-20", "MINUSMA", T19, [
    E("DEPLOY", "occurred", [P("Cambodia", "country", "KHM"), P("MINUSMA", "igo", "UN"),
                             P("Anders Holm", "person", "UN", title="Lieutenant General, MINUSMA Force Commander"),
                             P("Sok Vanna", "person", "KHM", title="Colonel, contingent commander")],
      "2019-06-17", ("Gao", "MLI"), None,
      "GAO – A new rotation of 300 Cambodian peacekeepers took over from their predecessors at the MINUSMA super-camp in Gao on Monday, continuing a demining and explosive ordnance disposal mission that Cambodia has carried out in northern Mali since 2014."),
    E("TRAIN", "occurred", [P("Cambodian unit", "organisation", "KHM"), P("Malian Armed Forces", "organisation", "MLI")],
      None, ("Gao", "MLI"), None,
      "Its specialists also trained 120 soldiers of the Malian Armed Forces (FAMa) in the search for and recognition of improvised explosive devices at the Gao camp."),
    E("TRAIN", "occurred", [P("UN Mine Action Service", "igo", "UN"), P("Malian Armed Forces", "organisation", "MLI")],
      "2019", ("Bamako", "MLI"), None,
      "The UN Mine Action Service, UNMAS, which works alongside the mission, this year trained a further 85 FAMa engineers in explosive ordnance disposal at its training facility in Bamako."),
    E("DEPLOY", "occurred", [P("Chinese medical contingent", "organisation", "CHN"), P("MINUSMA", "igo", "UN")],
      None, ("Gao", "MLI"), None,
      "In Gao, the Cambodians share the camp with the Level II hospital run by a Chinese medical contingent, which treats injured peacekeepers and, in emergencies, local civilians."),
])

# ---------------------------------------------------------------- u42-20  Balkan floods 2014, scraped, cut off
T20 = """SARAJEVO DAILY REVIEW
BiH | Region | World | Economy | Sport | Culture
Monday, 19 May 2014 | Sarajevo 14°C rain | EUR 1.9558 BAM

FLOODS 2014

EUFOR crews and foreign helicopters join flood rescue as Sava keeps rising

Sarajevo Daily Review | 19.05.2014 11:48

Share | Tweet | Print

EUFOR Althea, the European Union force in Bosnia and Herzegovina, has put its helicopters and about 150 of its troops at the disposal of the civil protection authorities, and Austria on Sunday flew in three more Black Hawk helicopters from home to reinforce its contingent in the force for the rescue effort.

The Council of Ministers on Friday asked for international help through NATO's Euro-Atlantic Disaster Response Coordination Centre, which passes requests from member and partner countries to governments able to help. Serbia made a similar request through the centre on Saturday.

A Turkish Air Force C-130 landed in Sarajevo on Sunday with tents, blankets and food, and the Slovenian Army has sent a unit with boats to Obrenovac, the Serbian town worst hit by the floods.

In neighbouring Croatia, soldiers filled sandbags along the Sava in Gunja and Rajevo Selo, where the river broke through an embankment on Saturday night, and the government ordered the evacuation of several villages in eastern Slavonia.

Officials in Doboj, Maglaj and Šamac said whole neighbourhoods were still under water on Monday, and that many people had spent three nights on the upper floors of their houses. In Maglaj, where the water reached the first floor of the health centre, patients were carried out to army trucks by volunteers.

Mine action experts warned that landslides and floodwater may have moved mines left from the 1992-1995 war out of marked minefields and into areas thought to be safe. "The water does not read our maps," said an official of the Mine Action Centre, who asked"""
EU_F = P("EUFOR Althea", "igo", "EU")
doc("u42-20", "https://sarajevodailyreview.example/bih/floods-2014/eufor-crews-and-foreign-helicopters-join-flood-rescue",
    "EUFOR crews and foreign helicopters join flood rescue as Sava keeps rising", "2014-05-19", "Sarajevo Daily Review", T20, [
    E("DEPLOY", "occurred", [P("Austria", "country", "AUT"), EU_F],
      "2014-05-18", ("Bosnia and Herzegovina", "BIH"), None,
      "EUFOR Althea, the European Union force in Bosnia and Herzegovina, has put its helicopters and about 150 of its troops at the disposal of the civil protection authorities, and Austria on Sunday flew in three more Black Hawk helicopters from home to reinforce its contingent in the force for the rescue effort."),
    E("COOPERATE", "occurred", [EU_F, P("Bosnia and Herzegovina", "country", "BIH")],
      "2014-05", ("Bosnia and Herzegovina", "BIH"), None,
      "EUFOR Althea, the European Union force in Bosnia and Herzegovina, has put its helicopters and about 150 of its troops at the disposal of the civil protection authorities, and Austria on Sunday flew in three more Black Hawk helicopters from home to reinforce its contingent in the force for the rescue effort.",
      optional=True),
    E("COOPERATE", "occurred", [P("Council of Ministers of Bosnia and Herzegovina", "organisation", "BIH"),
                                P("NATO Euro-Atlantic Disaster Response Coordination Centre", "igo", "NATO")],
      "2014-05-16", None, None,
      "The Council of Ministers on Friday asked for international help through NATO's Euro-Atlantic Disaster Response Coordination Centre, which passes requests from member and partner countries to governments able to help.",
      optional=True),
    E("COOPERATE", "occurred", [P("Serbia", "country", "SRB"), P("NATO Euro-Atlantic Disaster Response Coordination Centre", "igo", "NATO")],
      "2014-05-17", None, None,
      "Serbia made a similar request through the centre on Saturday.",
      optional=True),
    E("TRANSFER", "occurred", [S("Turkish Air Force", "organisation", "TUR"), R("Bosnia and Herzegovina", "country", "BIH")],
      "2014-05-18", ("Sarajevo", "BIH"), "tents, blankets and food",
      "A Turkish Air Force C-130 landed in Sarajevo on Sunday with tents, blankets and food, and the Slovenian Army has sent a unit with boats to Obrenovac, the Serbian town worst hit by the floods."),
    E("COOPERATE", "occurred", [P("Slovenian Army", "organisation", "SVN"), P("Serbia", "country", "SRB")],
      "2014-05", ("Obrenovac", "SRB"), None,
      "A Turkish Air Force C-130 landed in Sarajevo on Sunday with tents, blankets and food, and the Slovenian Army has sent a unit with boats to Obrenovac, the Serbian town worst hit by the floods.",
      optional=True),
])
