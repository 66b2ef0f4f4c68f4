from common import *

DOCS = []

# ---------------------------------------------------------------- u38-09 scraped, Latin America
t = """THE BOGOTÁ LEDGER
Colombia's news in English since 2009
Home | Politics | Peace Process | Security | Business | Travel | Opinion | Jobs
USD/COP 2,953.17 ▲0.4% | Bogotá 16°C, rain

SECURITY

Colombian police trained 2,000 Central American officers last year, report says

By Laura Restrepo | May 13, 2016 | 4:05 pm
Tweet | Share | Email | Print

Colombia's National Police trained more than 2,000 officers from Honduras, Guatemala and El Salvador in 2015 in counter-narcotics, anti-kidnapping and jungle operations, according to a report presented to Congress this week by the Defense Ministry.

The courses were held under the U.S.-Colombia Action Plan on Regional Security Cooperation, a scheme launched in 2012 that is largely financed by Washington and delivered by Colombian instructors, both in Colombia and in the partner countries.

Honduras accounted for the largest share, with 780 police officers trained, most of them at the police special operations school in Sibaté, south of Bogotá, the report said.

The ministry said it expected to extend the programme this year to police from the Dominican Republic, which has asked for help in tackling cocaine shipments transiting the Caribbean.

On Wednesday, the director of the National Police, General Jorge Hernando Nieto, was in Tegucigalpa, where he signed a memorandum on the exchange of criminal intelligence with the head of the Honduran National Police, Commissioner General Félix Villanueva, and met President Juan Orlando Hernández.

"Colombia has paid a very high price to learn what it knows about fighting drug trafficking, and we have an obligation to share it," Nieto told reporters in the Honduran capital.

Critics in Congress questioned the cost of the program at a time of budget cuts, and human rights groups have asked for more transparency on which units receive the training. The report did not give a total cost.

Colombian cocaine production rose to an estimated 646 tonnes in 2015, according to U.S. government figures released in March, the highest level in nearly a decade.

RELATED
- Colombia, Panama sign border security pact
- FARC talks: Havana round ends without deal on disarmament
- Navy seizes semi-submersible off Tumaco

MOST READ
1. Bogotá's TransMilenio fare to rise in June
2. Medellín named top destination by travel site

12 comments | Join the discussion

About | Advertise | Contact | Terms of use | Privacy
© 2016 The Bogotá Ledger
"""
DOCS.append(({"id": "u38-09", "url": "https://bogotaledger.example/security/2016/05/13/colombian-police-trained-2000-central-american-officers",
    "title": "Colombian police trained 2,000 Central American officers last year, report says", "published": "2016-05-13",
    "source": "The Bogotá Ledger", "text": t}, [
    *[E("TRAIN", "occurred", [
        P("Colombia's National Police", "organisation", "COL"), P(n, "country", c)],
      "2015", None, None,
      "Colombia's National Police trained more than 2,000 officers from Honduras, Guatemala and El Salvador in 2015 in counter-narcotics, anti-kidnapping and jungle operations, according to a report presented to Congress this week by the Defense Ministry.")
      for n, c in [("Honduras", "HND"), ("Guatemala", "GTM"), ("El Salvador", "SLV")]],
    E("COOPERATE", "occurred", [
        P("United States", "country", "USA"), P("Colombia", "country", "COL")],
      None, None, None,
      "The courses were held under the U.S.-Colombia Action Plan on Regional Security Cooperation, a scheme launched in 2012 that is largely financed by Washington and delivered by Colombian instructors, both in Colombia and in the partner countries.", True),
    E("TRAIN", "planned", [
        P("Colombia's National Police", "organisation", "COL"), P("Dominican Republic", "country", "DOM")],
      "2016", None, None,
      "The ministry said it expected to extend the programme this year to police from the Dominican Republic, which has asked for help in tackling cocaine shipments transiting the Caribbean."),
    E("AGREE", "occurred", [
        P("Jorge Hernando Nieto", "person", "COL", title="director of the National Police"),
        P("Félix Villanueva", "person", "HND", title="head of the Honduran National Police")],
      "2016-05-11", L("Tegucigalpa", "HND"), None,
      "On Wednesday, the director of the National Police, General Jorge Hernando Nieto, was in Tegucigalpa, where he signed a memorandum on the exchange of criminal intelligence with the head of the Honduran National Police, Commissioner General Félix Villanueva, and met President Juan Orlando Hernández."),
    E("MEET", "occurred", [
        P("Jorge Hernando Nieto", "person", "COL", title="director of the National Police"),
        P("Juan Orlando Hernández", "person", "HND", title="President")],
      "2016-05-11", L("Tegucigalpa", "HND"), None,
      "On Wednesday, the director of the National Police, General Jorge Hernando Nieto, was in Tegucigalpa, where he signed a memorandum on the exchange of criminal intelligence with the head of the Honduran National Police, Commissioner General Félix Villanueva, and met President Juan Orlando Hernández."),
    E("COOPERATE", "planned", [
        P("Colombia's National Police", "organisation", "COL"), P("Honduran National Police", "organisation", "HND")],
      None, None, None,
      "On Wednesday, the director of the National Police, General Jorge Hernando Nieto, was in Tegucigalpa, where he signed a memorandum on the exchange of criminal intelligence with the head of the Honduran National Police, Commissioner General Félix Villanueva, and met President Juan Orlando Hernández.", True),
]))

# ---------------------------------------------------------------- u38-10 raw html, West Africa
t = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>Obangame Express 2019 ends; US pledges boats to Ghana Navy - Gulf of Guinea Maritime Monitor</title>
<meta name="description" content="The largest maritime exercise in West and Central Africa ended on Friday.">
<link rel="canonical" href="https://gogmaritime.example/2019/03/25/obangame-express-2019-ends/">
<link rel="stylesheet" id="theme-css" href="https://gogmaritime.example/wp-content/themes/harbour/style.css?ver=5.1.1" type="text/css" media="all">
<script type="text/javascript" src="https://gogmaritime.example/wp-includes/js/jquery/jquery.js?ver=1.12.4"></script>
<style>.entry-content p{margin:0 0 1.2em}.cookie-notice{position:fixed;bottom:0}</style>
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="https://gogmaritime.example/" rel="home">Gulf of Guinea Maritime Monitor</a></p><p class="site-description">Piracy, fisheries and security from Senegal to Angola</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="https://gogmaritime.example/category/piracy/">Piracy</a></li>
<li class="menu-item"><a href="https://gogmaritime.example/category/navies/">Navies</a></li>
<li class="menu-item"><a href="https://gogmaritime.example/category/fisheries/">Fisheries</a></li>
<li class="menu-item"><a href="https://gogmaritime.example/category/ports/">Ports</a></li>
<li class="menu-item"><a href="https://gogmaritime.example/incident-map/">Incident map</a></li>
</ul></nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-4417" class="post-4417 post type-post status-publish">
<header class="entry-header">
<h1 class="entry-title">Obangame Express 2019 ends; US pledges boats to Ghana Navy</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2019-03-25T07:40:12+00:00">25 March 2019</time></span> <span class="byline">by <span class="author vcard">Kwame Asante</span></span></div>
</header>
<div class="entry-content">
<p>Obangame Express 2019, the largest multinational maritime exercise in West and Central Africa, ended in Accra on Friday after ten days of drills across the Gulf of Guinea involving navies and coast guards from 33 countries, among them Ghana, Nigeria, Cameroon and the United States.</p>
<p>The annual exercise, sponsored by U.S. Africa Command and run by U.S. Naval Forces Africa, tested the ability of regional navies to track, board and detain vessels involved in piracy, illegal fishing and fuel smuggling, and to pass information between the maritime operations centres set up under the Yaoundé Code of Conduct.</p>
<p>During the exercise, French navy boarding instructors from the patrol vessel Commandant Blaison trained teams from the Togolese and Beninese navies in the boarding of suspect vessels.</p>
<p>On Wednesday, the commander of U.S. Naval Forces Africa, Admiral James Foggo, met the Chief of the Naval Staff of Ghana, Rear Admiral Seth Amoama, at the Eastern Naval Command in Sekondi.</p>
<p>Foggo said the United States would donate two Defender-class response boats to the Ghana Navy's Special Boat Squadron later this year, to strengthen its response to piracy and oil theft.</p>
<p>On the sidelines of the exercise, the navies of Ghana and Togo signed a memorandum of understanding on information sharing and coordinated patrols along their maritime border, the Ghana Armed Forces said.</p>
<p>Benin and Nigeria have conducted joint maritime patrols under Operation Prosperity since 2011, an arrangement that officials attending the exercise said could serve as a model for the rest of the region.</p>
<p>The Gulf of Guinea accounted for all six hijackings and 78 of the 83 seafarers taken hostage worldwide in 2018, according to the International Maritime Bureau, and attacks have spread further from the coast as pirate gangs use larger mother ships.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="https://gogmaritime.example/category/navies/" rel="category tag">Navies</a></span> <span class="tags-links">Tagged <a href="https://gogmaritime.example/tag/obangame-express/" rel="tag">Obangame Express</a>, <a href="https://gogmaritime.example/tag/ghana/" rel="tag">Ghana</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="https://gogmaritime.example/2019/03/21/nigeria-navy-arrests-tanker/" rel="prev">Nigerian Navy arrests tanker with stolen crude off Bonny</a></div><div class="nav-next"><a href="https://gogmaritime.example/2019/03/27/cameroon-fisheries-patrols/" rel="next">Cameroon launches fisheries patrols</a></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">Leave a Reply</h2><p class="must-log-in">You must be <a href="https://gogmaritime.example/wp-login.php">logged in</a> to post a comment.</p></div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul>
<li><a href="https://gogmaritime.example/2019/03/21/nigeria-navy-arrests-tanker/">Nigerian Navy arrests tanker with stolen crude off Bonny</a></li>
<li><a href="https://gogmaritime.example/2019/03/18/danish-frigate-gulf-of-guinea/">Denmark weighs frigate deployment to the Gulf of Guinea</a></li>
<li><a href="https://gogmaritime.example/2019/03/14/togo-maritime-prefecture/">Togo's maritime prefecture gets new radar</a></li>
</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2019 Gulf of Guinea Maritime Monitor | Powered by WordPress</div></footer>
</div>
<div class="cookie-notice">This website uses cookies. <a href="#" class="cn-accept">Ok</a></div>
<script type="text/javascript" src="https://gogmaritime.example/wp-includes/js/wp-embed.min.js?ver=5.1.1"></script>
</body>
</html>
"""
DOCS.append(({"id": "u38-10", "url": "https://gogmaritime.example/2019/03/25/obangame-express-2019-ends/",
    "title": "Obangame Express 2019 ends; US pledges boats to Ghana Navy", "published": "2019-03-25",
    "source": "Gulf of Guinea Maritime Monitor", "text": t}, [
    E("EXERCISE", "occurred", [
        P("Ghana", "country", "GHA"), P("Nigeria", "country", "NGA"),
        P("Cameroon", "country", "CMR"), P("United States", "country", "USA")],
      "2019-03", L("Gulf of Guinea", None), None,
      "Obangame Express 2019, the largest multinational maritime exercise in West and Central Africa, ended in Accra on Friday after ten days of drills across the Gulf of Guinea involving navies and coast guards from 33 countries, among them Ghana, Nigeria, Cameroon and the United States."),
    E("TRAIN", "occurred", [
        P("French navy", "organisation", "FRA"), P("Togolese navy", "organisation", "TGO")],
      "2019-03", None, None,
      "During the exercise, French navy boarding instructors from the patrol vessel Commandant Blaison trained teams from the Togolese and Beninese navies in the boarding of suspect vessels."),
    E("TRAIN", "occurred", [
        P("French navy", "organisation", "FRA"), P("Beninese navy", "organisation", "BEN")],
      "2019-03", None, None,
      "During the exercise, French navy boarding instructors from the patrol vessel Commandant Blaison trained teams from the Togolese and Beninese navies in the boarding of suspect vessels."),
    E("MEET", "occurred", [
        P("James Foggo", "person", "USA", title="commander of U.S. Naval Forces Africa"),
        P("Seth Amoama", "person", "GHA", title="Chief of the Naval Staff")],
      "2019-03-20", L("Sekondi", "GHA"), None,
      "On Wednesday, the commander of U.S. Naval Forces Africa, Admiral James Foggo, met the Chief of the Naval Staff of Ghana, Rear Admiral Seth Amoama, at the Eastern Naval Command in Sekondi."),
    E("TRANSFER", "planned", [
        S("United States", "country", "USA"), R("Ghana Navy's Special Boat Squadron", "organisation", "GHA")],
      "2019", None, "Defender-class response boats",
      "Foggo said the United States would donate two Defender-class response boats to the Ghana Navy's Special Boat Squadron later this year, to strengthen its response to piracy and oil theft."),
    E("AGREE", "occurred", [
        P("Ghana Navy", "organisation", "GHA"), P("Togolese navy", "organisation", "TGO")],
      "2019-03", None, None,
      "On the sidelines of the exercise, the navies of Ghana and Togo signed a memorandum of understanding on information sharing and coordinated patrols along their maritime border, the Ghana Armed Forces said."),
    E("COOPERATE", "planned", [
        P("Ghana Navy", "organisation", "GHA"), P("Togolese navy", "organisation", "TGO")],
      None, None, None,
      "On the sidelines of the exercise, the navies of Ghana and Togo signed a memorandum of understanding on information sharing and coordinated patrols along their maritime border, the Ghana Armed Forces said.", True),
    E("COOPERATE", "occurred", [
        P("Benin", "country", "BEN"), P("Nigeria", "country", "NGA")],
      None, None, None,
      "Benin and Nigeria have conducted joint maritime patrols under Operation Prosperity since 2011, an arrangement that officials attending the exercise said could serve as a model for the rest of the region."),
]))

# ---------------------------------------------------------------- u38-11 scraped, no event (domestic operation)
t = """BRAZIL WIRE DAILY
News from Brazil in English
Politics | Economy | Amazon | Rio | São Paulo | Culture | Football
US$1 = R$5.17 | Ibovespa 111,496 (-0.8%) | Manaus 33°C

AMAZON

Police and Navy seize two tonnes of cocaine on Solimões river

By Paulo Mendes, Manaus
August 19, 2022 - 11:32

Share: Facebook | Twitter | Telegram | WhatsApp

Brazil's Federal Police and the Brazilian Navy seized more than two tonnes of cocaine paste hidden in a cargo boat on the Solimões river near Tabatinga, in the tri-border area with Colombia and Peru, in one of the largest river seizures of the year, authorities said on Thursday.

Officers stopped the boat, which was carrying timber and frozen fish to Manaus, on Tuesday night after a two-month investigation. Seven crew members, six Brazilians and one Peruvian, were arrested.

The operation, named "Alto Solimões", involved 60 federal agents, two Navy patrol boats from the 9th Naval District and a helicopter of the Amazonas state public security department.

"The river is the highway of organised crime in the Amazon," Federal Police superintendent Alexandre Saraiva Neto told a news conference in Manaus. He said the drugs were bound for the ports of the north-east and, from there, for Europe.

The Navy said the patrol boats used in the operation were among eight river patrol vessels built at its own arsenal in Rio de Janeiro and delivered to the Amazon flotilla since 2019.

Amazonas state has become a key corridor for cocaine produced in the Andes, and rival factions have fought for control of the river routes. The number of homicides in the Alto Solimões region rose by 30 percent last year, according to the state security department.

The Federal Police said investigations would continue to identify the financiers of the shipment.

RELATED NEWS
- Brazil, Colombia agree joint river patrols on Amazon border
- Army receives first Guarani armoured vehicles in Manaus
- Illegal gold mining: IBAMA destroys 40 dredges in Yanomami land

Newsletter: get the day's news from Brazil in your inbox | Sign up

Brazil Wire Daily © 2022 | About us | Contact | Privacy policy | We use cookies. Accept
"""
DOCS.append(({"id": "u38-11", "url": "https://brazilwiredaily.example/amazon/2022/08/19/police-navy-seize-two-tonnes-cocaine-solimoes",
    "title": "Police and Navy seize two tonnes of cocaine on Solimões river", "published": "2022-08-19",
    "source": "Brazil Wire Daily", "text": t}, []))

# ---------------------------------------------------------------- u38-12 clean wire, Mediterranean / Frontex
t = """Frontex launches rapid intervention in Greece as member states send boats, officers

ATHENS, March 13 (Aegean Wire) — The European Union's border agency Frontex on Wednesday launched a rapid border intervention in Greece at the government's request, sending officers, patrol vessels, helicopters and thermal-vision vans to the eastern Aegean islands and the Evros land border with Turkey.

The first reinforcements arrived this week. Portugal sent a patrol boat of its National Republican Guard (GNR) to Samos, Germany deployed a Federal Police vessel and a helicopter to Lesbos, and Romania dispatched a Border Police patrol ship to Chios, the agency said.

Poland will send a team of 15 Border Guard officers with two thermal-vision vans to the Evros region next week.

In all, 22 member states have offered about 100 border guards for the intervention, which will last at least two months, Frontex said.

Greek Coast Guard chief Vice Admiral Theodoros Kliaris spoke by telephone on Thursday with the commander of the Turkish Coast Guard Command, Rear Admiral Ahmet Kendir, the first such contact since Ankara said on Feb. 28 it would no longer stop migrants from leaving for Europe, the Greek Shipping Ministry said. It gave no details.

Greek and Turkish coast guard vessels have been involved in several tense encounters off Lesbos in recent days, with each side accusing the other of endangering migrants' lives.

European Commission President Ursula von der Leyen visited the Evros border last week with Prime Minister Kyriakos Mitsotakis and pledged 700 million euros for Greece, half of it for migration and border management, calling the country Europe's "shield".

Some 1,700 people reached the Greek islands by sea in the first 10 days of March, according to UNHCR figures, while Greek police say they have prevented more than 40,000 attempts to cross the Evros river since Feb. 29.

Rights groups have criticised Greece's decision to suspend asylum applications for a month, which the government says is justified by an "active, serious and unusual threat" to national security.
"""
DOCS.append(({"id": "u38-12", "url": "https://aegeanwire.example/2020/03/13/frontex-rapid-intervention-greece",
    "title": "Frontex launches rapid intervention in Greece as member states send boats, officers", "published": "2020-03-13",
    "source": "Aegean Wire", "text": t}, [
    E("COOPERATE", "occurred", [
        P("Frontex", "igo", "EU"), P("Greece", "country", "GRC")],
      "2020-03-11", L("Greece", "GRC"), None,
      "ATHENS, March 13 (Aegean Wire) — The European Union's border agency Frontex on Wednesday launched a rapid border intervention in Greece at the government's request, sending officers, patrol vessels, helicopters and thermal-vision vans to the eastern Aegean islands and the Evros land border with Turkey."),
    E("DEPLOY", "occurred", [
        P("Portugal's National Republican Guard (GNR)", "organisation", "PRT"), P("Frontex", "igo", "EU")],
      "2020-03", L("Samos", "GRC"), None,
      "Portugal sent a patrol boat of its National Republican Guard (GNR) to Samos, Germany deployed a Federal Police vessel and a helicopter to Lesbos, and Romania dispatched a Border Police patrol ship to Chios, the agency said."),
    E("DEPLOY", "occurred", [
        P("German Federal Police", "organisation", "DEU"), P("Frontex", "igo", "EU")],
      "2020-03", L("Lesbos", "GRC"), None,
      "Portugal sent a patrol boat of its National Republican Guard (GNR) to Samos, Germany deployed a Federal Police vessel and a helicopter to Lesbos, and Romania dispatched a Border Police patrol ship to Chios, the agency said."),
    E("DEPLOY", "occurred", [
        P("Romanian Border Police", "organisation", "ROU"), P("Frontex", "igo", "EU")],
      "2020-03", L("Chios", "GRC"), None,
      "Portugal sent a patrol boat of its National Republican Guard (GNR) to Samos, Germany deployed a Federal Police vessel and a helicopter to Lesbos, and Romania dispatched a Border Police patrol ship to Chios, the agency said."),
    E("DEPLOY", "planned", [
        P("Polish Border Guard", "organisation", "POL"), P("Frontex", "igo", "EU")],
      "2020-03", L("Evros region", "GRC"), None,
      "Poland will send a team of 15 Border Guard officers with two thermal-vision vans to the Evros region next week."),
    E("MEET", "occurred", [
        P("Theodoros Kliaris", "person", "GRC", title="Greek Coast Guard chief"),
        P("Ahmet Kendir", "person", "TUR", title="commander of the Turkish Coast Guard Command")],
      "2020-03-12", None, None,
      "Greek Coast Guard chief Vice Admiral Theodoros Kliaris spoke by telephone on Thursday with the commander of the Turkish Coast Guard Command, Rear Admiral Ahmet Kendir, the first such contact since Ankara said on Feb. 28 it would no longer stop migrants from leaving for Europe, the Greek Shipping Ministry said."),
    E("MEET", "occurred", [
        P("Ursula von der Leyen", "person", "EU", title="European Commission President"),
        P("Kyriakos Mitsotakis", "person", "GRC", title="Prime Minister")],
      "2020-03", L("Evros border", "GRC"), None,
      "European Commission President Ursula von der Leyen visited the Evros border last week with Prime Minister Kyriakos Mitsotakis and pledged 700 million euros for Greece, half of it for migration and border management, calling the country Europe's \"shield\"."),
    E("COOPERATE", "planned", [
        P("European Commission", "igo", "EU"), P("Greece", "country", "GRC")],
      None, None, None,
      "European Commission President Ursula von der Leyen visited the Evros border last week with Prime Minister Kyriakos Mitsotakis and pledged 700 million euros for Greece, half of it for migration and border management, calling the country Europe's \"shield\".", True),
]))

# ---------------------------------------------------------------- u38-13 scraped, published null, Southeast Asia
t = """KALIMANTAN TRIBUNE — English Edition
Home | Regional | National | Business | Sports | Lifestyle | Ramadan 1438H
Imsak 04:21 · Subuh 04:31 · Maghrib 17:59 (Tarakan)
Tuesday, June 20th, 2017

REGIONAL

Three nations launch joint Sulu Sea patrols from Tarakan

Reporter: Andi Mappasessu | Editor: R. Simanjuntak
Share   Tweet   Line   WhatsApp

Tarakan (KT) — The defence ministers of Indonesia, Malaysia and the Philippines yesterday launched coordinated maritime patrols in the Sulu Sea, aimed at stopping the kidnappings of seafarers by Abu Sayyaf militants that have plagued the area since last year.

Indonesian Defence Minister Ryamizard Ryacudu, Malaysian Defence Minister Hishammuddin Hussein and Philippine Defence Secretary Delfin Lorenzana attended the launch ceremony at the Tarakan naval base, where warships from the three navies were lined up in the harbour.

After the ceremony the three ministers held a closed-door meeting to discuss the exchange of intelligence and the threat posed by militants fleeing the fighting in Marawi, in the southern Philippines.

Maritime command centres have been set up in Tarakan, Tawau in Sabah and Bongao in Tawi-Tawi, each staffed with liaison officers from the other two countries, who coordinate the patrols and pass information to the coast guards and maritime police of the three nations.

Under the arrangement, agreed by the three countries last year, a ship of one country may pursue suspects into the waters of another after notifying it, a provision officials call "coordinated hot pursuit".

Joint air patrols over the area will start in October, Ryamizard told reporters.

Singapore and Brunei have been invited to join the patrols as observers.

More than 30 Indonesian and Malaysian sailors have been abducted from tugboats and fishing vessels in the Sulu and Celebes seas since March 2016. Several of them are still being held on the island of Jolo.

Fishermen in Tarakan welcomed the patrols but said they hoped the navy would also act against foreign trawlers. "Our catch has fallen by half in five years," said Haji Mustafa, head of a local fishermen's association.

RELATED
• Mudik 2017: Tarakan port expects 12,000 passengers
• Fuel shortage hits North Kalimantan fishermen
• Navy seizes Vietnamese trawlers off Natuna

Comments (3)
Post a comment

© 2017 Kalimantan Tribune. All rights reserved.
"""
DOCS.append(({"id": "u38-13", "url": "https://kalimantantribune.example/en/regional/three-nations-launch-joint-sulu-sea-patrols-from-tarakan",
    "title": "Three nations launch joint Sulu Sea patrols from Tarakan", "published": None,
    "source": "Kalimantan Tribune", "text": t}, [
    E("COOPERATE", "occurred", [
        P("Indonesia", "country", "IDN"), P("Malaysia", "country", "MYS"), P("Philippines", "country", "PHL"),
        P("Ryamizard Ryacudu", "person", "IDN", title="Indonesian Defence Minister"),
        P("Hishammuddin Hussein", "person", "MYS", title="Malaysian Defence Minister"),
        P("Delfin Lorenzana", "person", "PHL", title="Philippine Defence Secretary")],
      "2017-06-19", L("Tarakan", "IDN"), None,
      "Tarakan (KT) — The defence ministers of Indonesia, Malaysia and the Philippines yesterday launched coordinated maritime patrols in the Sulu Sea, aimed at stopping the kidnappings of seafarers by Abu Sayyaf militants that have plagued the area since last year."),
    E("MEET", "occurred", [
        P("Ryamizard Ryacudu", "person", "IDN", title="Indonesian Defence Minister"),
        P("Hishammuddin Hussein", "person", "MYS", title="Malaysian Defence Minister"),
        P("Delfin Lorenzana", "person", "PHL", title="Philippine Defence Secretary")],
      "2017-06-19", L("Tarakan", "IDN"), None,
      "After the ceremony the three ministers held a closed-door meeting to discuss the exchange of intelligence and the threat posed by militants fleeing the fighting in Marawi, in the southern Philippines."),
    E("COOPERATE", "occurred", [
        P("Indonesia", "country", "IDN"), P("Malaysia", "country", "MYS"), P("Philippines", "country", "PHL")],
      None, None, None,
      "Maritime command centres have been set up in Tarakan, Tawau in Sabah and Bongao in Tawi-Tawi, each staffed with liaison officers from the other two countries, who coordinate the patrols and pass information to the coast guards and maritime police of the three nations."),
    E("AGREE", "occurred", [
        P("Indonesia", "country", "IDN"), P("Malaysia", "country", "MYS"), P("Philippines", "country", "PHL")],
      "2016", None, None,
      "Under the arrangement, agreed by the three countries last year, a ship of one country may pursue suspects into the waters of another after notifying it, a provision officials call \"coordinated hot pursuit\".", True),
    E("COOPERATE", "planned", [
        P("Indonesia", "country", "IDN"), P("Malaysia", "country", "MYS"), P("Philippines", "country", "PHL")],
      "2017-10", None, None,
      "Joint air patrols over the area will start in October, Ryamizard told reporters."),
    E("COOPERATE", "planned", [
        P("Singapore", "country", "SGP"), P("Brunei", "country", "BRN"),
        P("Indonesia", "country", "IDN"), P("Malaysia", "country", "MYS"), P("Philippines", "country", "PHL")],
      None, None, None,
      "Singapore and Brunei have been invited to join the patrols as observers.", True),
]))
