from lib import doc, E, P, S, R, L

# ---------------------------------------------------------------- u41-04 html, Central/South Asia
doc("u41-04", "https://armynewsdesk.example/press-releases/2023/04/exercise-dustlik-iv-termez",
    "Exercise Dustlik-IV gets under way in Termez", "2023-04-18", "Army News Desk", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Exercise Dustlik-IV gets under way in Termez | Army News Desk</title>
<meta name="description" content="Joint field training exercise between the Indian Army and the Armed Forces of Uzbekistan.">
<link rel="stylesheet" href="/assets/css/main.min.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XXXX');</script>
</head>
<body class="page-press">
<div class="topbar"><span>Screen Reader Access</span> | <a href="#main">Skip to main content</a> | <a href="/hi/">हिन्दी</a> | A- A A+</div>
<header>
<div class="logo"><img src="/assets/img/logo.png" alt="Army News Desk"></div>
<nav><ul>
<li><a href="/">Home</a></li><li><a href="/about/">About Us</a></li><li><a href="/news/">News &amp; Events</a></li>
<li><a href="/careers/">Join the Army</a></li><li><a href="/veterans/">Veterans</a></li><li><a href="/rti/">RTI</a></li><li><a href="/contact/">Contact</a></li>
</ul></nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/news/">News &amp; Events</a> &raquo; Press Releases</div>
<main id="main">
<article>
<h1>Exercise Dustlik-IV gets under way in Termez</h1>
<p class="date">18 Apr 2023</p>
<p>The fourth edition of Exercise Dustlik, the joint field training exercise between the Indian Army and the Armed Forces of Uzbekistan, commenced at Termez in Uzbekistan on Monday and will continue till 30 April.</p>
<p>The Indian contingent of 45 personnel is drawn from a battalion of the Grenadiers Regiment. The Uzbekistan contingent comprises troops of a motor rifle battalion of the Southwestern Military District.</p>
<p>The exercise focuses on counter-terrorism operations in semi-urban and mountainous terrain under a United Nations mandate. Troops of both armies will practise joint planning, cordon and search, raids on hideouts and the use of drones for surveillance, culminating in a 48-hour validation exercise.</p>
<p>The opening ceremony was attended by Major General Rajiv Menon, General Officer Commanding of an Indian Army infantry division, and Major General Akmal Yusupov, Commander of the Southwestern Military District of Uzbekistan.</p>
<p>Later in the day the two officers held talks on army-to-army cooperation, including an exchange of instructors between the Indian Army's Counter Insurgency and Jungle Warfare School at Vairengte and the Academy of the Armed Forces of Uzbekistan, which is to begin later this year. They also agreed that the two armies would share information on terrorist groups operating in the region.</p>
<p>The Indian Army will in addition host Uzbek officers for a mountain warfare course at the High Altitude Warfare School in Gulmarg later this year.</p>
<p>The previous edition of the exercise was conducted at Ranikhet in Uttarakhand in March 2021.</p>
<p>The exercise will enhance defence cooperation and further strengthen the bilateral relations between the two countries.</p>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
</article>
<aside>
<h3>Latest Press Releases</h3>
<ul>
<li><a href="#">Army Commanders' Conference to be held in New Delhi</a></li>
<li><a href="#">Sikh Light Infantry celebrates raising day</a></li>
<li><a href="#">Indian Army team wins gold at Cambrian Patrol</a></li>
</ul>
</aside>
</main>
<footer>
<p>&copy; 2023 Army News Desk. All rights reserved.</p>
<p>Last Updated: 18 Apr 2023 | Visitors: 12,48,903</p>
<p><a href="/privacy/">Privacy Policy</a> | <a href="/hyperlink/">Hyperlink Policy</a> | <a href="/sitemap/">Sitemap</a></p>
</footer>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/main.js"></script>
</body>
</html>
""", [
    E("EXERCISE", "occurred",
      [P("Indian Army", "organisation", "IND"), P("Armed Forces of Uzbekistan", "organisation", "UZB")],
      "2023-04-17", L("Termez", "UZB"), None,
      "The fourth edition of Exercise Dustlik, the joint field training exercise between the Indian Army and the Armed Forces of Uzbekistan, commenced at Termez in Uzbekistan on Monday and will continue till 30 April."),
    E("MEET", "occurred",
      [P("Rajiv Menon", "person", "IND", title="Major General, General Officer Commanding of an Indian Army infantry division"),
       P("Akmal Yusupov", "person", "UZB", title="Major General, Commander of the Southwestern Military District")],
      "2023-04-17", L("Termez", "UZB"), None,
      "Later in the day the two officers held talks on army-to-army cooperation, including an exchange of instructors between the Indian Army's Counter Insurgency and Jungle Warfare School at Vairengte and the Academy of the Armed Forces of Uzbekistan, which is to begin later this year."),
    E("TRAIN", "planned",
      [P("Counter Insurgency and Jungle Warfare School", "organisation", "IND"),
       P("Academy of the Armed Forces of Uzbekistan", "organisation", "UZB")],
      "2023", None, None,
      "Later in the day the two officers held talks on army-to-army cooperation, including an exchange of instructors between the Indian Army's Counter Insurgency and Jungle Warfare School at Vairengte and the Academy of the Armed Forces of Uzbekistan, which is to begin later this year."),
    E("COOPERATE", "planned",
      [P("Indian Army", "organisation", "IND"), P("Armed Forces of Uzbekistan", "organisation", "UZB")],
      None, None, None,
      "They also agreed that the two armies would share information on terrorist groups operating in the region."),
    E("TRAIN", "planned",
      [P("Indian Army", "organisation", "IND"), P("Uzbekistan", "country", "UZB")],
      "2023", L("High Altitude Warfare School, Gulmarg", "IND"), None,
      "The Indian Army will in addition host Uzbek officers for a mountain warfare course at the High Altitude Warfare School in Gulmarg later this year."),
    E("EXERCISE", "occurred",
      [P("India", "country", "IND"), P("Uzbekistan", "country", "UZB")],
      "2021-03", L("Ranikhet", "IND"), None,
      "The previous edition of the exercise was conducted at Ranikhet in Uttarakhand in March 2021.",
      optional=True),
])

# ---------------------------------------------------------------- u41-05 clean, Southeast Asia
doc("u41-05", "https://manilaledger.example/nation/defense/2023/06/10/army-receives-last-sabrah-light-tanks",
    "Army receives last of 18 Sabrah light tanks; Elbit, Arsenal sign shell deal", "2023-06-10", "Manila Ledger", """
Army receives last of 18 Sabrah light tanks; Elbit, Arsenal sign shell deal

By Carmela Reyes

CAPAS, Tarlac — The Philippine Army on Friday formally accepted the last 10 of the 18 Sabrah light tanks it ordered from Israel's Elbit Systems, completing a program that gives the service its first modern tracked and wheeled tanks.

At a ceremony at Camp O'Donnell, Army commander Lieutenant General Romeo Sandoval received a ceremonial key from Elbit's country manager, Yossi Amrani. Israeli Ambassador Daniel Harel and lawmakers from the House defense committee were among the guests.

The fleet comprises tracked and wheeled versions, both armed with a 105mm gun in an Elbit turret. The tanks were bought for about 10 billion pesos under a contract signed with Elbit in 2022 under the second horizon of the military's modernization program.

"For decades our soldiers have had to fight without the protection and firepower of armor. Today that changes," Sandoval said.

Some 90 Filipino crewmen and mechanics were trained by Elbit instructors, first in Israel and then at Camp O'Donnell, before the handover, the Army said.

The tanks will equip the Army's Armor "Pambato" Division, which is also due to receive 12 truck-mounted ATMOS 155mm howitzers from Elbit next year.

On the sidelines of the ceremony, Elbit and the Government Arsenal, the defense department's ammunition maker in Bataan, signed a memorandum of agreement to set up a production line for 155mm artillery shells at the Arsenal's complex in Limay. Under the deal Elbit will supply the machinery and technology and train Arsenal engineers, and the first locally made rounds are expected in 2025.

Defense Undersecretary Carlos Ibañez said the shell line was the kind of project the government wanted from foreign suppliers. "We cannot keep buying everything abroad. Every contract should leave something behind here," he said.

Some lawmakers have questioned whether light tanks are suited to the country's terrain, and whether the Army can afford to maintain them. Sandoval said a maintenance contract with Elbit would run for five years and that Army mechanics would gradually take over.

The Army plans to hold its first large-scale armor exercise with the new tanks in Central Luzon before the end of the year.
""", [
    E("TRANSFER", "occurred",
      [S("Elbit Systems", "company", "ISR"), S("Yossi Amrani", "person", "ISR", "Elbit country manager"),
       R("Philippine Army", "organisation", "PHL"),
       R("Romeo Sandoval", "person", "PHL", "Lieutenant General, Army commander")],
      "2023-06-09", L("Camp O'Donnell, Capas, Tarlac", "PHL"), "Sabrah light tanks",
      "CAPAS, Tarlac — The Philippine Army on Friday formally accepted the last 10 of the 18 Sabrah light tanks it ordered from Israel's Elbit Systems, completing a program that gives the service its first modern tracked and wheeled tanks."),
    E("AGREE", "occurred",
      [P("Philippines", "country", "PHL"), P("Elbit Systems", "company", "ISR")],
      "2022", None, "Sabrah light tanks",
      "The tanks were bought for about 10 billion pesos under a contract signed with Elbit in 2022 under the second horizon of the military's modernization program.",
      optional=True),
    E("TRAIN", "occurred",
      [P("Elbit Systems", "company", "ISR"), P("Philippine Army", "organisation", "PHL")],
      None, None, None,
      "Some 90 Filipino crewmen and mechanics were trained by Elbit instructors, first in Israel and then at Camp O'Donnell, before the handover, the Army said."),
    E("TRANSFER", "planned",
      [S("Elbit Systems", "company", "ISR"), R("Philippine Army", "organisation", "PHL")],
      "2024", None, "ATMOS 155mm truck-mounted howitzers",
      "The tanks will equip the Army's Armor \"Pambato\" Division, which is also due to receive 12 truck-mounted ATMOS 155mm howitzers from Elbit next year."),
    E("AGREE", "occurred",
      [P("Philippine Army", "organisation", "PHL"), P("Elbit Systems", "company", "ISR")],
      None, None, "maintenance of Sabrah light tanks",
      "Sandoval said a maintenance contract with Elbit would run for five years and that Army mechanics would gradually take over.",
      optional=True),
    E("AGREE", "occurred",
      [P("Elbit Systems", "company", "ISR"), P("Government Arsenal", "organisation", "PHL")],
      "2023-06-09", L("Camp O'Donnell, Capas, Tarlac", "PHL"), "155mm artillery shell production line",
      "On the sidelines of the ceremony, Elbit and the Government Arsenal, the defense department's ammunition maker in Bataan, signed a memorandum of agreement to set up a production line for 155mm artillery shells at the Arsenal's complex in Limay."),
    E("INDUSTRY", "occurred",
      [P("Elbit Systems", "company", "ISR"), P("Government Arsenal", "organisation", "PHL")],
      "2023-06-09", L("Limay, Bataan", "PHL"), "155mm artillery shells",
      "On the sidelines of the ceremony, Elbit and the Government Arsenal, the defense department's ammunition maker in Bataan, signed a memorandum of agreement to set up a production line for 155mm artillery shells at the Arsenal's complex in Limay."),
])

# ---------------------------------------------------------------- u41-06 scraped, Gulf
doc("u41-06", "https://gulfdefencewire.example/shows/wds-2022/sami-hanwha-joint-venture-land-deals",
    "World Defense Show: SAMI and Hanwha agree armoured vehicle venture as land deals dominate", "2022-03-09", "Gulf Defence Wire", """
GULF DEFENCE WIRE
Land | Air | Naval | C4ISR | Industry | Shows | Jobs | Newsletter
Riyadh 29°C Sunny   Dubai 31°C   Doha 30°C   Kuwait 27°C
SHOWS › WORLD DEFENSE SHOW 2022

World Defense Show: SAMI and Hanwha agree armoured vehicle venture as land deals dominate

Wednesday 9 March 2022 | Staff reporter, Riyadh

Saudi Arabian Military Industries (SAMI) and South Korea's Hanwha Defense signed a joint venture agreement on Tuesday to build armoured vehicles and components for self-propelled artillery in the Kingdom, the most significant land-systems announcement so far at the first World Defense Show.

The agreement was signed at the show by SAMI chief executive Faisal al-Harbi and Hanwha Defense president Kim Dong-hyun.

The joint venture, 51 per cent of which will be owned by SAMI, will set up a plant near Riyadh to make hulls, turrets and running gear. Hanwha will transfer production technology and train Saudi engineers, the companies said, and work on the site is expected to begin in 2023.

"This is not an off-the-shelf sale. We are building capability in the Kingdom," al-Harbi told reporters after the signing. Neither company would say which vehicles the plant will build first, but Hanwha's K9 howitzer and its Redback infantry fighting vehicle were both on display on the Korean stand.

Saudi Arabia wants half of its military spending to go to local industry by 2030, and almost every foreign firm at the show has been asked what it can build in the Kingdom.

The land hall's busiest corner belonged to the host. SAMI used its stand to show a locally assembled 4x4 armoured vehicle, the first product of its land division, and a mock-up of a wheeled 155mm howitzer that it says its own engineers designed. Officials would not say when either might enter service.

Across the aisle, Chinese state group Norinco brought its VN22 8x8 infantry fighting vehicle and a truck-mounted howitzer, but announced no contracts. Turkish vehicle makers FNSS, Otokar and Nurol Makina each showed armoured vehicles designed for export, with the Turkish stand drawing a steady stream of uniformed visitors.

"Everybody wants to be a partner now. The Kingdom will judge them on what actually gets built here, not on what they sign at a show," said Abdulaziz al-Otaibi, a Riyadh-based defence analyst.

The Saudi Arabian National Guard, meanwhile, signed a follow-on contract on Monday with General Dynamics Land Systems–Canada for an undisclosed number of light armoured vehicles fitted with 120mm mortars. The vehicles are due to be delivered from 2024, a Guard official said.

SAMI's land ambitions build on an earlier venture: the artillery and mortar ammunition plant at Al-Kharj, which Rheinmetall Denel Munition of South Africa built for the state-owned Military Industries Corporation and handed over in 2016. SAMI said on Tuesday that it was in talks with a foreign partner, which it did not name, to double the plant's output of 155mm shells.

More than 600 exhibitors from 42 countries have taken stands at the show, which runs until Thursday at a purpose-built site north of Riyadh. National pavilions from France, South Korea, Turkey and China are among the largest, and the land-systems hall is dominated by armoured vehicles and artillery.

The commander of the Royal Saudi Land Forces, Lieutenant General Fahad al-Mutairi, toured the Turkish and Korean pavilions on Tuesday and met Murat Ekinci, the president of Turkey's Presidency of Defence Industries. Turkish officials said the two discussed armoured vehicles and training, but gave no details.

The show's organisers say they expect around 65,000 trade visitors over four days. The next edition is planned for 2024.

More from World Defense Show 2022:
» Day one: Saudi GAMI signs 'localisation' pledges with 20 firms
» Photo gallery: the land hall
» Video: drones on the static line
» Analysis: can Riyadh build a land-vehicle industry?

Follow us: LinkedIn | X | YouTube

Subscribe to the Gulf Defence Wire daily bulletin

This site uses cookies. Continue browsing to accept.
© 2022 Gulf Defence Wire. All rights reserved.
""", [
    E("AGREE", "occurred",
      [P("Saudi Arabian Military Industries", "company", "SAU"), P("Hanwha Defense", "company", "KOR"),
       P("Faisal al-Harbi", "person", "SAU", title="Chief executive of SAMI"),
       P("Kim Dong-hyun", "person", "KOR", title="President of Hanwha Defense")],
      "2022-03-08", L("Riyadh", "SAU"), "armoured vehicles and self-propelled artillery components",
      "Saudi Arabian Military Industries (SAMI) and South Korea's Hanwha Defense signed a joint venture agreement on Tuesday to build armoured vehicles and components for self-propelled artillery in the Kingdom, the most significant land-systems announcement so far at the first World Defense Show."),
    E("INDUSTRY", "occurred",
      [P("Saudi Arabian Military Industries", "company", "SAU"), P("Hanwha Defense", "company", "KOR")],
      "2022-03-08", L("Riyadh", "SAU"), "armoured vehicles and self-propelled artillery components (hulls, turrets, running gear)",
      "Saudi Arabian Military Industries (SAMI) and South Korea's Hanwha Defense signed a joint venture agreement on Tuesday to build armoured vehicles and components for self-propelled artillery in the Kingdom, the most significant land-systems announcement so far at the first World Defense Show."),
    E("AGREE", "occurred",
      [P("Saudi Arabian National Guard", "organisation", "SAU"), P("General Dynamics Land Systems–Canada", "company", "CAN")],
      "2022-03-07", L("Riyadh", "SAU"), "light armoured vehicles with 120mm mortars",
      "The Saudi Arabian National Guard, meanwhile, signed a follow-on contract on Monday with General Dynamics Land Systems–Canada for an undisclosed number of light armoured vehicles fitted with 120mm mortars."),
    E("TRANSFER", "planned",
      [S("General Dynamics Land Systems–Canada", "company", "CAN"), R("Saudi Arabian National Guard", "organisation", "SAU")],
      "2024", None, "light armoured vehicles with 120mm mortars",
      "The vehicles are due to be delivered from 2024, a Guard official said."),
    E("INDUSTRY", "occurred",
      [P("Rheinmetall Denel Munition", "company", "ZAF"), P("Military Industries Corporation", "organisation", "SAU")],
      "2016", L("Al-Kharj", "SAU"), "artillery and mortar ammunition plant",
      "SAMI's land ambitions build on an earlier venture: the artillery and mortar ammunition plant at Al-Kharj, which Rheinmetall Denel Munition of South Africa built for the state-owned Military Industries Corporation and handed over in 2016.",
      optional=True),
] + [
    E("EXHIBIT", "occurred", [P(name, "country", code), P("Saudi Arabia", "country", "SAU")],
      "2022-03", L("Riyadh", "SAU"), None,
      "National pavilions from France, South Korea, Turkey and China are among the largest, and the land-systems hall is dominated by armoured vehicles and artillery.")
    for name, code in [("France", "FRA"), ("South Korea", "KOR"), ("Turkey", "TUR"), ("China", "CHN")]
] + [
    E("MEET", "occurred",
      [P("Fahad al-Mutairi", "person", "SAU", title="Lieutenant General, commander of the Royal Saudi Land Forces"),
       P("Murat Ekinci", "person", "TUR", title="President of Turkey's Presidency of Defence Industries")],
      "2022-03-08", L("Riyadh", "SAU"), None,
      "The commander of the Royal Saudi Land Forces, Lieutenant General Fahad al-Mutairi, toured the Turkish and Korean pavilions on Tuesday and met Murat Ekinci, the president of Turkey's Presidency of Defence Industries."),
])
