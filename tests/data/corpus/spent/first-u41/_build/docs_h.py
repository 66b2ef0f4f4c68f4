from lib import doc, E, P, S, R, L

# ---------------------------------------------------------------- u41-21 scraped, Latin America, cut off
doc("u41-21", "https://pacificrimlandforces.example/americas/peru-fame-hyundai-rotem-k2-k808-framework",
    "Peru's FAME and Hyundai Rotem sign framework for K2 tanks and K808 vehicles", "2025-05-22", "Pacific Rim Land Forces", """
PACIFIC RIM LAND FORCES
Asia-Pacific | Americas | Programmes | Industry | Opinion | Podcast
Sign in | Subscribe

Americas
Peru's FAME and Hyundai Rotem sign framework for K2 tanks and K808 vehicles
22 May 2025 · 5 min read

LIMA — Peru's state-owned army manufacturer, Fábrica de Armas y Municiones del Ejército (FAME), signed a framework agreement with South Korea's Hyundai Rotem on Tuesday that could see up to 54 K2 main battle tanks and 141 K808 wheeled armoured vehicles built for the Peruvian Army, most of them in Peru.

The agreement was signed in Lima by FAME president General Luis Herrera and Hyundai Rotem executive vice-president Choi Jae-won. Under its terms the two companies will form a joint venture to assemble the vehicles at FAME's complex in Chorrillos, with Korean engineers training local staff.

The first batch of K808s is to be built in South Korea and delivered in 2026, while the tanks would follow once a firm contract and financing are in place.

The Peruvian Army's commander, General Jorge Salazar, who held talks in Seoul in April with the South Korean Army's Chief of Staff, General Park Sung-min, said the vehicles would "change the Army's capabilities for a generation".

The K808, an eight-wheeled armoured personnel carrier, is already in service with the South Korean army. Hyundai Rotem said the Peruvian version would be adapted for operations at high altitude, where thin air saps engine power, and for the Amazon, where the vehicles will have to cross rivers.

Peru's Defence Ministry has not said how the programme will be paid for. Officials have spoken of a government-to-government arrangement with Seoul, but none has been announced.

Analysts in Lima called the framework a first step rather than an order. "Over the past twenty years Peru has signed a lot of memorandums for armoured vehicles, and very few of them turned into contracts," said one.

Peru's army still relies on Soviet-era T-55 tanks, some of which were modernised in the
""", [
    E("AGREE", "occurred",
      [P("Fábrica de Armas y Municiones del Ejército (FAME)", "company", "PER"), P("Hyundai Rotem", "company", "KOR"),
       P("Luis Herrera", "person", "PER", title="General, FAME president"),
       P("Choi Jae-won", "person", "KOR", title="Hyundai Rotem executive vice-president")],
      "2025-05-20", L("Lima", "PER"), "K2 main battle tanks and K808 wheeled armoured vehicles",
      "LIMA — Peru's state-owned army manufacturer, Fábrica de Armas y Municiones del Ejército (FAME), signed a framework agreement with South Korea's Hyundai Rotem on Tuesday that could see up to 54 K2 main battle tanks and 141 K808 wheeled armoured vehicles built for the Peruvian Army, most of them in Peru."),
    E("INDUSTRY", "occurred",
      [P("Fábrica de Armas y Municiones del Ejército (FAME)", "company", "PER"), P("Hyundai Rotem", "company", "KOR")],
      "2025-05-20", L("Chorrillos, Lima", "PER"), "K2 tanks and K808 armoured vehicles (joint-venture assembly)",
      "Under its terms the two companies will form a joint venture to assemble the vehicles at FAME's complex in Chorrillos, with Korean engineers training local staff."),
    E("TRANSFER", "planned",
      [S("Hyundai Rotem", "company", "KOR"), R("Peruvian Army", "organisation", "PER")],
      "2026", None, "K808 wheeled armoured vehicles",
      "The first batch of K808s is to be built in South Korea and delivered in 2026, while the tanks would follow once a firm contract and financing are in place."),
    E("MEET", "occurred",
      [P("Jorge Salazar", "person", "PER", title="General, commander of the Peruvian Army"),
       P("Park Sung-min", "person", "KOR", title="General, Chief of Staff of the South Korean Army")],
      "2025-04", L("Seoul", "KOR"), None,
      "The Peruvian Army's commander, General Jorge Salazar, who held talks in Seoul in April with the South Korean Army's Chief of Staff, General Park Sung-min, said the vehicles would \"change the Army's capabilities for a generation\"."),
])

# ---------------------------------------------------------------- u41-22 scraped, Latin America, no event
doc("u41-22", "https://buenosairestribune.example/politics/2016/05/13/government-shelves-chinese-armoured-vehicle-purchase",
    "Government shelves Chinese armoured vehicle purchase", "2016-05-13", "Buenos Aires Tribune", """
BUENOS AIRES TRIBUNE
Argentina's English-language daily since 1998
Politics · Economy · Business · World · Sport · Culture · Opinion
Friday, May 13, 2016   Buenos Aires 14°C   US$1 = AR$14.13

POLITICS
Government shelves Chinese armoured vehicle purchase
Ministry says no contract was ever signed and no money paid

By Martín Oyarzábal

Argentina has shelved a plan drawn up under the previous government to buy 110 Chinese-built eight-wheeled armoured vehicles for the Army, the Defence Ministry confirmed yesterday.

The plan, announced in 2015, never reached the contract stage, a ministry spokesman said, and no money was paid. He denied press reports that an advance payment had been made to the Chinese manufacturer. "There was no contract, so there was nothing to pay," he said.

Defence Minister Alberto Ferreyra told a congressional committee last week that the ministry would not commit to large purchases "until we know we can maintain what we already have". He said the army's priority was to keep its existing TAM medium tanks and M113 personnel carriers running.

Officials said the Army would instead spend its limited funds this year on overhauling part of its TAM fleet at its own workshops in Boulogne Sur Mer, and on spare parts and fuel for training.

Opposition lawmakers from the Front for Victory accused the government of throwing away an opportunity to modernise the army at favourable prices. "This was a good deal with financing attached. Now we have nothing," said one deputy.

An army officer, speaking on condition of anonymity, said a new wheeled vehicle would still be needed "in a few years", but that no competition was planned.

Argentina's defence budget, at under one per cent of GDP, is among the lowest in South America.

Share   Tweet   Email   Print

MORE IN POLITICS
Senate debates anti-layoffs bill
Macri meets provincial governors on energy subsidies
Court orders release of former official

© 2016 Buenos Aires Tribune. All rights reserved. | Terms | Privacy | Cookies
""", [])

# ---------------------------------------------------------------- u41-23 html, Southeast Asia
doc("u41-23", "https://bangkokstandard.example/news/security/2019/10/10/second-batch-vn1-arrives",
    "Second batch of Chinese VN1 vehicles arrives as Norinco breaks ground in Khon Kaen", "2019-10-10", "Bangkok Standard", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Second batch of Chinese VN1 vehicles arrives as Norinco breaks ground in Khon Kaen | Bangkok Standard</title>
<link rel="canonical" href="https://bangkokstandard.example/news/security/2019/10/10/second-batch-vn1-arrives">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-10-10T07:30:00+07:00","headline":"Second batch of Chinese VN1 vehicles arrives"}</script>
<noscript><img src="/pixel.gif" alt=""></noscript>
</head>
<body>
<header class="site-header">
<a class="brand" href="/">Bangkok Standard</a>
<nav><a href="/news/">News</a> <a href="/news/security/">Security</a> <a href="/business/">Business</a> <a href="/life/">Life</a> <a href="/travel/">Travel</a> <a href="/opinion/">Opinion</a></nav>
<div class="weather">Bangkok 33&deg;C Thunderstorms</div>
</header>
<main>
<article>
<div class="kicker">SECURITY</div>
<h1>Second batch of Chinese VN1 vehicles arrives as Norinco breaks ground in Khon Kaen</h1>
<div class="byline">Wassana Chaiyaporn | Published: 10 Oct 2019 at 07:30</div>
<p>A second batch of 38 VN1 8x8 armoured infantry fighting vehicles from China arrived at Laem Chabang port on Tuesday, bringing the Royal Thai Army's fleet of the Chinese-built vehicles to 72, the army said.</p>
<p>The vehicles, made by China North Industries Group Corporation (Norinco), will equip a mechanised infantry battalion of the 3rd Infantry Division in the northeast.</p>
<p>On Monday, Norinco and the army's Ordnance Department broke ground on a joint maintenance and assembly centre at an army base in Khon Kaen, which will service the VN1 and the army's Chinese-made VT4 main battle tanks and later assemble some vehicles locally.</p>
<p>The army has ordered VT4 tanks in three batches, and the last 14 are due to arrive by the end of next year.</p>
<p>Army commander General Somchai Rattanakul visited Beijing last month and met the commander of the PLA Ground Force, General Zhou Jianhua.</p>
<p>During that visit the two armies agreed to exchange information on drug trafficking and cross-border crime along the Mekong, and to hold their Strike joint special forces exercise in Thailand next year, according to an army spokesman.</p>
<p>Critics say the army is buying Chinese equipment because it is cheap and comes with generous credit, while its doctrine remains largely American. &quot;The money is Chinese, the doctrine is American,&quot; said one retired officer.</p>
<div class="share-bar">Share <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LINE</a></div>
</article>
<section class="related">
<h3>Related</h3>
<ul><li><a href="#">Navy submarine funds held up again</a></li><li><a href="#">Cobra Gold to return to full scale</a></li><li><a href="#">Army to cut number of generals</a></li></ul>
</section>
</main>
<footer>&copy; 2019 Bangkok Standard. All rights reserved. | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookie settings</a></footer>
</body>
</html>
""", [
    E("TRANSFER", "occurred",
      [S("China", "country", "CHN"), S("China North Industries Group Corporation (Norinco)", "company", "CHN"),
       R("Royal Thai Army", "organisation", "THA")],
      "2019-10-08", L("Laem Chabang port", "THA"), "VN1 8x8 armoured infantry fighting vehicles",
      "A second batch of 38 VN1 8x8 armoured infantry fighting vehicles from China arrived at Laem Chabang port on Tuesday, bringing the Royal Thai Army's fleet of the Chinese-built vehicles to 72, the army said."),
    E("INDUSTRY", "occurred",
      [P("Norinco", "company", "CHN"), P("Royal Thai Army Ordnance Department", "organisation", "THA")],
      "2019-10-07", L("Khon Kaen", "THA"), "maintenance and assembly centre for VN1 and VT4",
      "On Monday, Norinco and the army's Ordnance Department broke ground on a joint maintenance and assembly centre at an army base in Khon Kaen, which will service the VN1 and the army's Chinese-made VT4 main battle tanks and later assemble some vehicles locally."),
    E("TRANSFER", "planned",
      [S("China", "country", "CHN"), R("Royal Thai Army", "organisation", "THA")],
      "2020", None, "VT4 main battle tanks",
      "The army has ordered VT4 tanks in three batches, and the last 14 are due to arrive by the end of next year."),
    E("MEET", "occurred",
      [P("Somchai Rattanakul", "person", "THA", title="General, Army commander"),
       P("Zhou Jianhua", "person", "CHN", title="General, commander of the PLA Ground Force")],
      "2019-09", L("Beijing", "CHN"), None,
      "Army commander General Somchai Rattanakul visited Beijing last month and met the commander of the PLA Ground Force, General Zhou Jianhua."),
    E("COOPERATE", "planned",
      [P("Royal Thai Army", "organisation", "THA"), P("PLA Ground Force", "organisation", "CHN")],
      None, None, None,
      "During that visit the two armies agreed to exchange information on drug trafficking and cross-border crime along the Mekong, and to hold their Strike joint special forces exercise in Thailand next year, according to an army spokesman."),
    E("EXERCISE", "planned",
      [P("Royal Thai Army", "organisation", "THA"), P("PLA Ground Force", "organisation", "CHN")],
      "2020", L("Thailand", "THA"), None,
      "During that visit the two armies agreed to exchange information on drug trafficking and cross-border crime along the Mekong, and to hold their Strike joint special forces exercise in Thailand next year, according to an army spokesman."),
])
