from common import *

DOCS = []

# ---------------------------------------------------------------- u38-01 scraped page, Caribbean
t = """Skip to main content
TRINIDAD DAILY COURIER
Home | News | Politics | Business | Sport | Entertainment | Opinion | Classifieds | E-paper
Weather: Port of Spain 31°C, scattered showers | TT$6.77 = US$1

NEWS

Coast Guard gets two new interceptors from US

By Kerwin Baptiste
Published: June 14, 2019 | Updated 6:12 pm

Share on Facebook | Share on Twitter | WhatsApp | Email | Print

THE Trinidad and Tobago Coast Guard (TTCG) yesterday took delivery of two 45-foot Defiant-class interceptors donated by the United States under the Caribbean Basin Security Initiative (CBSI).

At a ceremony at TTCG headquarters in Staubles Bay, Chaguaramas, US Ambassador Joseph Mondello handed over the keys of the vessels to National Security Minister Stuart Young, who said they would be based at the Tobago station and used for counter-narcotics and search-and-rescue patrols.

The boats, valued at US$3.2 million together, were built by Metal Shark in Louisiana and arrived in the country last week aboard a cargo ship.

Mondello said the donation included a six-week operator and maintenance course, delivered at Chaguaramas last month by a US Coast Guard mobile training team to 24 Trinidadian crew members.

"These vessels are a symbol of a partnership that keeps both our nations safer, and of our shared determination to stop the flow of drugs and guns through these waters," he said.

Since 2010, CBSI has provided the TTCG with 11 vessels, spare parts and training worth more than US$40 million, according to the US Embassy.

Young told reporters that a US-funded coastal radar station at Galera Point, on the north-eastern tip of Trinidad, would be handed over to the Coast Guard before the end of the year. The radar, he said, would close a gap in coverage on the route used by traffickers coming from the Venezuelan coast, just 11 kilometres away at its nearest point.

He also announced that four TTCG officers will attend the International Maritime Officers' Course at the US Coast Guard Training Center in Yorktown, Virginia, in September.

Chief of Defence Staff Air Vice Marshal Darryl Daniel and Coast Guard commanding officer Captain Don Polo also attended the ceremony.

The Coast Guard has come under pressure after a series of shootings and kidnappings of fishermen off the south-western peninsula this year. The Opposition has called for more vessels to be deployed in the Cedros area, and fishermen in Icacos told the Courier last month that they had not seen a Coast Guard patrol "in weeks".

RELATED
- Guyana, Suriname coast guards to hold talks on joint patrols
- Police seize 400 kg of marijuana in Moruga
- EDITORIAL: Our porous borders
- Venezuelan migrant registration process ends Friday

Comments (14)
Log in to comment

© 2019 Trinidad Daily Courier. All rights reserved. | Privacy Policy | Cookie settings
"""
DOCS.append(({"id": "u38-01", "url": "https://trinidaddailycourier.example/news/2019/06/14/coast-guard-gets-two-new-interceptors-from-us",
    "title": "Coast Guard gets two new interceptors from US", "published": "2019-06-14",
    "source": "Trinidad Daily Courier", "text": t}, [
    E("TRANSFER", "occurred", [
        S("United States", "country", "USA"),
        S("Joseph Mondello", "person", "USA", "US Ambassador"),
        R("Trinidad and Tobago Coast Guard", "organisation", "TTO"),
        R("Stuart Young", "person", "TTO", "National Security Minister")],
      "2019-06-13", L("Staubles Bay, Chaguaramas", "TTO"), "45-foot Defiant-class interceptors",
      "THE Trinidad and Tobago Coast Guard (TTCG) yesterday took delivery of two 45-foot Defiant-class interceptors donated by the United States under the Caribbean Basin Security Initiative (CBSI)."),
    E("TRAIN", "occurred", [
        P("US Coast Guard mobile training team", "organisation", "USA"),
        P("Trinidad and Tobago Coast Guard", "organisation", "TTO")],
      "2019-05", L("Chaguaramas", "TTO"), None,
      "Mondello said the donation included a six-week operator and maintenance course, delivered at Chaguaramas last month by a US Coast Guard mobile training team to 24 Trinidadian crew members."),
    E("TRANSFER", "occurred", [
        S("Caribbean Basin Security Initiative (United States)", "organisation", "USA"),
        R("Trinidad and Tobago Coast Guard", "organisation", "TTO")],
      None, None, "vessels, spare parts and training",
      "Since 2010, CBSI has provided the TTCG with 11 vessels, spare parts and training worth more than US$40 million, according to the US Embassy.", True),
    E("TRANSFER", "planned", [
        S("United States", "country", "USA"),
        R("Trinidad and Tobago Coast Guard", "organisation", "TTO")],
      "2019", L("Galera Point", "TTO"), "coastal radar station",
      "Young told reporters that a US-funded coastal radar station at Galera Point, on the north-eastern tip of Trinidad, would be handed over to the Coast Guard before the end of the year."),
    E("TRAIN", "planned", [
        P("US Coast Guard Training Center", "organisation", "USA"),
        P("Trinidad and Tobago Coast Guard", "organisation", "TTO")],
      "2019-09", L("Yorktown, Virginia", "USA"), None,
      "He also announced that four TTCG officers will attend the International Maritime Officers' Course at the US Coast Guard Training Center in Yorktown, Virginia, in September."),
]))

# ---------------------------------------------------------------- u38-02 clean wire, West Africa
t = """DAKAR, Nov 26 (AWS) - Spain and Senegal on Thursday extended a joint maritime surveillance operation that keeps Spanish Guardia Civil patrol boats and a helicopter working off the Senegalese coast, as the number of migrants attempting the Atlantic crossing to the Canary Islands climbs to its highest level in more than a decade.

Spanish Interior Minister Fernando Grande-Marlaska met his Senegalese counterpart, Interior Minister Antoine Félix Diome, in Dakar, where the two signed an addendum prolonging the operation until the end of 2022.

Under the arrangement, first agreed in 2006, Guardia Civil crews patrol alongside the Senegalese navy and gendarmerie, with a Senegalese officer aboard each Spanish vessel who has the authority to detain boats in national waters.

At the same ceremony, Spain handed over 20 all-terrain vehicles, six thermal cameras and a batch of night-vision goggles to the Senegalese gendarmerie's border units, part of a 10-million-euro package financed by Madrid.

Guardia Civil instructors have trained more than 600 Senegalese gendarmes in document-fraud detection and maritime interception since 2019 at a school in Thiès, the Spanish ministry said.

"Senegal is a reliable partner and the results speak for themselves," Grande-Marlaska told reporters. He said the joint patrols had intercepted 41 boats carrying more than 3,000 people so far this year.

More than 19,000 migrants had reached the Canary Islands by the end of October, according to Spanish government figures, most of them in wooden fishing boats that set off from Senegal, Mauritania and southern Morocco. Hundreds more are believed to have died at sea.

The European Union's border agency Frontex has offered to send officers to Senegal, but Dakar has so far declined, officials on both sides said.

Grande-Marlaska travels on to Nouakchott on Saturday for talks with Mauritanian Interior Minister Mohamed Salem Ould Merzoug on a similar arrangement for the Mauritanian coast, where Spain has kept a Guardia Civil team since 2006.

(Reporting by Mamadou Ndiaye; editing by Clara Ruiz)
"""
DOCS.append(({"id": "u38-02", "url": "https://atlanticwire.example/2021/11/26/spain-senegal-extend-guardia-civil-patrol-mission",
    "title": "Spain extends Guardia Civil patrol mission in Senegal, hands over border vehicles", "published": "2021-11-26",
    "source": "Atlantic Wire Service", "text": t}, [
    E("MEET", "occurred", [
        P("Fernando Grande-Marlaska", "person", "ESP", title="Interior Minister"),
        P("Antoine Félix Diome", "person", "SEN", title="Interior Minister")],
      "2021-11-25", L("Dakar", "SEN"), None,
      "Spanish Interior Minister Fernando Grande-Marlaska met his Senegalese counterpart, Interior Minister Antoine Félix Diome, in Dakar, where the two signed an addendum prolonging the operation until the end of 2022."),
    E("AGREE", "occurred", [
        P("Spain", "country", "ESP"), P("Senegal", "country", "SEN"),
        P("Fernando Grande-Marlaska", "person", "ESP", title="Interior Minister"),
        P("Antoine Félix Diome", "person", "SEN", title="Interior Minister")],
      "2021-11-25", L("Dakar", "SEN"), None,
      "Spanish Interior Minister Fernando Grande-Marlaska met his Senegalese counterpart, Interior Minister Antoine Félix Diome, in Dakar, where the two signed an addendum prolonging the operation until the end of 2022."),
    E("COOPERATE", "occurred", [
        P("Guardia Civil", "organisation", "ESP"),
        P("Senegalese navy and gendarmerie", "organisation", "SEN")],
      None, None, None,
      "Under the arrangement, first agreed in 2006, Guardia Civil crews patrol alongside the Senegalese navy and gendarmerie, with a Senegalese officer aboard each Spanish vessel who has the authority to detain boats in national waters."),
    E("AGREE", "occurred", [
        P("Spain", "country", "ESP"), P("Senegal", "country", "SEN")],
      "2006", None, None,
      "Under the arrangement, first agreed in 2006, Guardia Civil crews patrol alongside the Senegalese navy and gendarmerie, with a Senegalese officer aboard each Spanish vessel who has the authority to detain boats in national waters.", True),
    E("TRANSFER", "occurred", [
        S("Spain", "country", "ESP"),
        R("Senegalese gendarmerie", "organisation", "SEN")],
      "2021-11-25", L("Dakar", "SEN"), "all-terrain vehicles, thermal cameras, night-vision goggles",
      "At the same ceremony, Spain handed over 20 all-terrain vehicles, six thermal cameras and a batch of night-vision goggles to the Senegalese gendarmerie's border units, part of a 10-million-euro package financed by Madrid."),
    E("TRAIN", "occurred", [
        P("Guardia Civil", "organisation", "ESP"),
        P("Senegalese gendarmerie", "organisation", "SEN")],
      None, L("Thiès", "SEN"), None,
      "Guardia Civil instructors have trained more than 600 Senegalese gendarmes in document-fraud detection and maritime interception since 2019 at a school in Thiès, the Spanish ministry said."),
    E("MEET", "planned", [
        P("Fernando Grande-Marlaska", "person", "ESP", title="Interior Minister"),
        P("Mohamed Salem Ould Merzoug", "person", "MRT", title="Interior Minister")],
      "2021-11-27", L("Nouakchott", "MRT"), None,
      "Grande-Marlaska travels on to Nouakchott on Saturday for talks with Mauritanian Interior Minister Mohamed Salem Ould Merzoug on a similar arrangement for the Mauritanian coast, where Spain has kept a Guardia Civil team since 2006."),
    E("COOPERATE", "occurred", [
        P("Guardia Civil", "organisation", "ESP"), P("Mauritania", "country", "MRT")],
      None, L("Mauritania", "MRT"), None,
      "Grande-Marlaska travels on to Nouakchott on Saturday for talks with Mauritanian Interior Minister Mohamed Salem Ould Merzoug on a similar arrangement for the Mauritanian coast, where Spain has kept a Guardia Civil team since 2006.", True),
]))

# ---------------------------------------------------------------- u38-03 scraped, published null, Mediterranean
t = """TIRRENO SERA | English edition
Politics   Economy   Mediterranean   Culture   Sport   Video   Newsletter
Search...

Mediterranean > Migration

Four Italian patrol boats handed to Libyan coast guard
Six more to follow by the end of June, says Minniti

12.05.2017 18:40 | by Giulia Ferraro

[Photo] Libyan crew members salute during the ceremony in Messina. (Tirreno Sera)

Italy on Monday handed four of its Guardia di Finanza patrol boats to the Libyan coast guard at a ceremony in the port of Messina, the first tangible result of the deal struck with Tripoli in February to curb migrant departures across the central Mediterranean.

Interior Minister Marco Minniti handed the vessels over to Commodore Masoud Abdelsamad, commander of the Libyan coast guard's western sector, who said they would be used "from the first day" to patrol the coast between Zuwara and Tripoli.

The boats were originally supplied to Libya in 2010 under the friendship treaty signed by Silvio Berlusconi and Muammar Gaddafi, and were brought back to Italy for repair after they were damaged during the 2011 war.

The remaining six boats are to be delivered by the end of June, Minniti said.

Some 40 Libyan crew members completed a four-week course on the vessels with Guardia di Finanza instructors in Gaeta last month.

The handover follows the memorandum of understanding signed in Rome on 2 February by Prime Minister Paolo Gentiloni and Fayez al-Serraj, head of the UN-backed Government of National Accord, under which Italy pledged training, equipment and funding to stem departures.

Separately, the EU naval operation Sophia has trained 93 Libyan coast guard and navy personnel aboard Italian and Dutch warships since last October, and a second training package is due to start in Malta this summer.

Human rights groups have criticised the deal, saying migrants intercepted by the Libyan coast guard are returned to detention centres where abuse is widespread. Minniti rejected the criticism, saying Italy was "helping Libya to help itself".

More than 43,000 people have reached Italy by sea since January, according to the Interior Ministry, up by about a third on the same period last year.

Tags: Libya, migration, Guardia di Finanza, Minniti

READ ALSO
> Malta and Libya discuss coast guard cooperation
> Sea-Watch rescues 400 off Zuwara
> Messina: protest outside the port during ceremony
> Minniti: "We will not be left alone"

This site uses cookies to improve your experience. By continuing to browse you accept their use. OK | More info
Tirreno Sera S.r.l. - VAT 01234567890
"""
DOCS.append(({"id": "u38-03", "url": "https://tirrenosera.example/en/mediterranean/2017/05/12/four-italian-patrol-boats-handed-to-libyan-coast-guard",
    "title": "Four Italian patrol boats handed to Libyan coast guard", "published": None,
    "source": "Tirreno Sera", "text": t}, [
    E("TRANSFER", "occurred", [
        S("Italy", "country", "ITA"),
        S("Marco Minniti", "person", "ITA", "Interior Minister"),
        R("Libyan coast guard", "organisation", "LBY"),
        R("Masoud Abdelsamad", "person", "LBY", "commander of the Libyan coast guard's western sector")],
      "2017-05-08", L("Messina", "ITA"), "patrol boats",
      "Italy on Monday handed four of its Guardia di Finanza patrol boats to the Libyan coast guard at a ceremony in the port of Messina, the first tangible result of the deal struck with Tripoli in February to curb migrant departures across the central Mediterranean."),
    E("TRANSFER", "occurred", [
        S("Italy", "country", "ITA"), R("Libya", "country", "LBY")],
      "2010", None, "patrol boats",
      "The boats were originally supplied to Libya in 2010 under the friendship treaty signed by Silvio Berlusconi and Muammar Gaddafi, and were brought back to Italy for repair after they were damaged during the 2011 war.", True),
    E("TRANSFER", "planned", [
        S("Italy", "country", "ITA"), R("Libyan coast guard", "organisation", "LBY")],
      "2017-06", None, "patrol boats",
      "The remaining six boats are to be delivered by the end of June, Minniti said."),
    E("TRAIN", "occurred", [
        P("Guardia di Finanza", "organisation", "ITA"),
        P("Libyan coast guard", "organisation", "LBY")],
      "2017-04", L("Gaeta", "ITA"), None,
      "Some 40 Libyan crew members completed a four-week course on the vessels with Guardia di Finanza instructors in Gaeta last month."),
    E("AGREE", "occurred", [
        P("Italy", "country", "ITA"), P("Libya", "country", "LBY"),
        P("Paolo Gentiloni", "person", "ITA", title="Prime Minister"),
        P("Fayez al-Serraj", "person", "LBY", title="head of the UN-backed Government of National Accord")],
      "2017-02-02", L("Rome", "ITA"), None,
      "The handover follows the memorandum of understanding signed in Rome on 2 February by Prime Minister Paolo Gentiloni and Fayez al-Serraj, head of the UN-backed Government of National Accord, under which Italy pledged training, equipment and funding to stem departures.", True),
    E("TRAIN", "occurred", [
        P("EU naval operation Sophia", "igo", "EU"),
        P("Libyan coast guard and navy", "organisation", "LBY")],
      None, None, None,
      "Separately, the EU naval operation Sophia has trained 93 Libyan coast guard and navy personnel aboard Italian and Dutch warships since last October, and a second training package is due to start in Malta this summer."),
    E("TRAIN", "planned", [
        P("EU naval operation Sophia", "igo", "EU"),
        P("Libyan coast guard and navy", "organisation", "LBY")],
      "2017", L("Malta", "MLT"), None,
      "Separately, the EU naval operation Sophia has trained 93 Libyan coast guard and navy personnel aboard Italian and Dutch warships since last October, and a second training package is due to start in Malta this summer."),
]))

# ---------------------------------------------------------------- u38-04 raw html, Gulf
t = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Coast Guard commander receives Saudi Border Guard chief | Gulf Coast Times</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2023-02-21T09:05:00+03:00">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2">
<script async src="https://www.googletagmanager.example/gtag/js?id=G-7Q2XK1"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-7Q2XK1');</script>
</head>
<body class="article-page">
<div class="topbar"><span class="date">Tuesday, 21 February 2023</span> <span class="weather">Manama 22&deg;C</span> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<header class="site-header">
<a class="logo" href="/"><img src="/img/gct-logo.svg" alt="Gulf Coast Times"></a>
<nav><ul>
<li><a href="/local">Local</a></li>
<li><a href="/gulf">Gulf</a></li>
<li><a href="/business">Business</a></li>
<li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li>
<li><a href="/lifestyle">Lifestyle</a></li>
</ul></nav>
</header>
<main>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li>Security</li></ol>
<article class="story">
<h1>Coast Guard commander receives Saudi Border Guard chief</h1>
<div class="byline">By GCT Reporter <time datetime="2023-02-21">21 February 2023</time></div>
<div class="share"><a href="#" class="fb">Share</a> <a href="#" class="tw">Tweet</a> <a href="#" class="wa">WhatsApp</a></div>
<figure><img src="/media/2023/02/cg-saudi.jpg" alt=""><figcaption>The two commanders at the Coast Guard headquarters. Picture: Ministry of Interior</figcaption></figure>
<p>The Commander of the Coast Guard, Brigadier Khalid Rashid Al Mannai, received yesterday at the Coast Guard headquarters in Hidd the Director General of the Saudi Border Guard, Lieutenant General Mohammed bin Abdullah Al Ghamdi, and his accompanying delegation.</p>
<p>During the meeting, the two sides reviewed the joint patrols carried out by the two forces in the waters between the Kingdom of Bahrain and the Kingdom of Saudi Arabia and the daily exchange of information on smuggling and infiltration attempts, and praised the level of coordination achieved.</p>
<p>They also agreed to hold the next round of the joint search and rescue exercise in Bahraini territorial waters in April, with the participation of aircraft and vessels from both sides.</p>
<p>The Saudi official toured the Coast Guard operations room and was briefed on the coastal surveillance system, which links radar stations along the east coast with the command centre.</p>
<p>In a separate meeting, the Commander of the Coast Guard received a delegation from the United States Coast Guard's Patrol Forces Southwest Asia (PATFORSWA), headed by Captain Daniel Whitcomb, and discussed training courses for Bahraini coast guard crews and the maintenance of patrol boats.</p>
<p>The meetings come after the US State Department approved on February 8 a possible sale to Bahrain of four Response Boat-Medium vessels with engines, communications equipment, spare parts and training, at an estimated cost of 48 million dollars.</p>
<p>The Coast Guard currently operates more than 60 vessels, most of them fast patrol boats, and last year recorded 112 cases of smuggling and illegal fishing in Bahraini waters.</p>
<div class="tags">Tags: <a href="/tag/coast-guard">Coast Guard</a> <a href="/tag/saudi-arabia">Saudi Arabia</a></div>
</article>
<aside class="related">
<h3>Related stories</h3>
<ul>
<li><a href="/local/2023/02/19/nationality-passports-residence-new-e-services">New e-services launched for residence permits</a></li>
<li><a href="/gulf/2023/02/18/gcc-interior-ministers-meet-in-riyadh">GCC interior ministers to meet in Riyadh</a></li>
<li><a href="/local/2023/02/17/fishermen-warned-over-shrimp-ban">Fishermen warned over shrimp ban</a></li>
</ul>
</aside>
</main>
<footer><p>&copy; 2023 Gulf Coast Times. All rights reserved.</p><p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact</a></p></footer>
<div id="cookie-banner">We use cookies to personalise content and ads. <button>Accept</button></div>
</body>
</html>
"""
DOCS.append(({"id": "u38-04", "url": "https://gulfcoasttimes.example/local/2023/02/21/coast-guard-commander-receives-saudi-border-guard-chief",
    "title": "Coast Guard commander receives Saudi Border Guard chief", "published": "2023-02-21",
    "source": "Gulf Coast Times", "text": t}, [
    E("MEET", "occurred", [
        P("Khalid Rashid Al Mannai", "person", "BHR", title="Commander of the Coast Guard"),
        P("Mohammed bin Abdullah Al Ghamdi", "person", "SAU", title="Director General of the Saudi Border Guard")],
      "2023-02-20", L("Hidd", "BHR"), None,
      "The Commander of the Coast Guard, Brigadier Khalid Rashid Al Mannai, received yesterday at the Coast Guard headquarters in Hidd the Director General of the Saudi Border Guard, Lieutenant General Mohammed bin Abdullah Al Ghamdi, and his accompanying delegation."),
    E("COOPERATE", "occurred", [
        P("Bahrain Coast Guard", "organisation", "BHR"),
        P("Saudi Border Guard", "organisation", "SAU")],
      None, None, None,
      "During the meeting, the two sides reviewed the joint patrols carried out by the two forces in the waters between the Kingdom of Bahrain and the Kingdom of Saudi Arabia and the daily exchange of information on smuggling and infiltration attempts, and praised the level of coordination achieved."),
    E("EXERCISE", "planned", [
        P("Bahrain Coast Guard", "organisation", "BHR"),
        P("Saudi Border Guard", "organisation", "SAU")],
      "2023-04", L("Bahraini territorial waters", "BHR"), None,
      "They also agreed to hold the next round of the joint search and rescue exercise in Bahraini territorial waters in April, with the participation of aircraft and vessels from both sides."),
    E("MEET", "occurred", [
        P("Khalid Rashid Al Mannai", "person", "BHR", title="Commander of the Coast Guard"),
        P("Daniel Whitcomb", "person", "USA", title="Captain"),
        P("United States Coast Guard's Patrol Forces Southwest Asia (PATFORSWA)", "organisation", "USA")],
      None, None, None,
      "In a separate meeting, the Commander of the Coast Guard received a delegation from the United States Coast Guard's Patrol Forces Southwest Asia (PATFORSWA), headed by Captain Daniel Whitcomb, and discussed training courses for Bahraini coast guard crews and the maintenance of patrol boats."),
    E("TRAIN", "planned", [
        P("United States Coast Guard's Patrol Forces Southwest Asia (PATFORSWA)", "organisation", "USA"),
        P("Bahrain Coast Guard", "organisation", "BHR")],
      None, None, None,
      "In a separate meeting, the Commander of the Coast Guard received a delegation from the United States Coast Guard's Patrol Forces Southwest Asia (PATFORSWA), headed by Captain Daniel Whitcomb, and discussed training courses for Bahraini coast guard crews and the maintenance of patrol boats.", True),
    E("TRANSFER", "planned", [
        S("US State Department", "organisation", "USA"),
        R("Bahrain", "country", "BHR")],
      None, None, "Response Boat-Medium vessels",
      "The meetings come after the US State Department approved on February 8 a possible sale to Bahrain of four Response Boat-Medium vessels with engines, communications equipment, spare parts and training, at an estimated cost of 48 million dollars."),
]))
