from common import P, L, E, add

# ---------------------------------------------------------------- u43-21 (scraped, cut off, Sacheon)
t21 = """SACHEON-JINJU TODAY | English
Home  Local  Aerospace  Economy  Culture  People
Fri, May 26, 2023  Sacheon 22°C

KAI's Malaysia FA-50 deal brings cheers in Sacheon

Reporter Jung Da-eun | Posted 2023-05-26 10:14

Korea Aerospace Industries (KAI) signed a contract on Wednesday to supply 18 FA-50 light combat aircraft to the Royal Malaysian Air Force, a deal worth about 1.2 trillion won that will keep the Sacheon assembly line busy well into the second half of the decade.

The contract was signed at the Langkawi International Maritime and Aerospace Exhibition (LIMA) in Malaysia, where KAI has an FA-50 and its KUH-1 Surion helicopter on display this week.

The first of the 18 jets is due to be delivered to Malaysia in 2026.

The deal comes as KAI finishes the first 12 FA-50GF jets for Poland, which are due to be handed over between July and December under a contract signed last year for 48 aircraft.

In Sacheon, where KAI is by far the largest employer, the news was greeted as a sign that the city's bet on aerospace is paying off. Sacheon Mayor Kang Min-seok said the city would expand its aerospace training centre and build 500 rental homes for young workers near the industrial complex.

"Three years ago, during the pandemic, small suppliers here were laying people off. Now they cannot find enough machinists," said Oh Jae-hyun, who runs a parts company in the Sacheon Aerospace Industrial Complex with 85 employees.

KAI's two export deals mean the company will need to build more than 60 FA-50s over the next four years, on top of the T-50 trainers and KF-21 fighters being made for the Korean air force. The city estimates that about 2,000 people work for KAI's local suppliers, and many of them say the shortage of skilled workers is now the biggest problem facing the cluster, with some firms offering signing bonuses of up to 3 million won to experienced wel
"""

add("u43-21", "https://sacheonjinjutoday.example/en/news/articleView.html?idxno=20544",
    "KAI's Malaysia FA-50 deal brings cheers in Sacheon", "2023-05-26",
    "Sacheon-Jinju Today", t21.rstrip(), [
    E("AGREE", "occurred", [
        P("Korea Aerospace Industries", "company", "KOR"),
        P("Royal Malaysian Air Force", "organisation", "MYS")],
      "2023-05-24", L("Langkawi", "MYS"), "18 FA-50 light combat aircraft",
      "Korea Aerospace Industries (KAI) signed a contract on Wednesday to supply 18 FA-50 light combat aircraft to the Royal Malaysian Air Force, a deal worth about 1.2 trillion won that will keep the Sacheon assembly line busy well into the second half of the decade."),
    E("EXHIBIT", "occurred", [
        P("Korea Aerospace Industries", "company", "KOR"),
        P("Malaysia", "country", "MYS")],
      "2023-05", L("Langkawi", "MYS"), None,
      "The contract was signed at the Langkawi International Maritime and Aerospace Exhibition (LIMA) in Malaysia, where KAI has an FA-50 and its KUH-1 Surion helicopter on display this week."),
    E("TRANSFER", "planned", [
        P("Korea Aerospace Industries", "company", "KOR", "supplier"),
        P("Malaysia", "country", "MYS", "recipient")],
      "2026", None, "18 FA-50 light combat aircraft",
      "The first of the 18 jets is due to be delivered to Malaysia in 2026."),
    E("TRANSFER", "planned", [
        P("Korea Aerospace Industries", "company", "KOR", "supplier"),
        P("Poland", "country", "POL", "recipient")],
      "2023", None, "12 FA-50GF jets",
      "The deal comes as KAI finishes the first 12 FA-50GF jets for Poland, which are due to be handed over between July and December under a contract signed last year for 48 aircraft."),
    E("AGREE", "occurred", [
        P("Korea Aerospace Industries", "company", "KOR"),
        P("Poland", "country", "POL")],
      "2022", None, "48 FA-50 aircraft",
      "The deal comes as KAI finishes the first 12 FA-50GF jets for Poland, which are due to be handed over between July and December under a contract signed last year for 48 aircraft.", optional=True),
], "scraped")

# ---------------------------------------------------------------- u43-22 (clean, Georgia and Georgia)
t22 = """Two Georgias: Guard's ties to former Soviet republic keep growing

By Wes Trammell | Peach State Ledger

ATLANTA — It is the kind of meeting that leads to a lot of explaining at the front desk.

Georgia's Deputy Defense Minister Levan Gelashvili spent Tuesday at the State Capitol and at the Georgia National Guard's headquarters in Marietta, meeting the state's adjutant general, Maj. Gen. Harold Barlow, before calling on Gov. Nathan Deal in the governor's office.

"We get a lot of mail meant for Tbilisi, and I'm sure they get some meant for us," Barlow joked afterward.

The country of Georgia, on the Black Sea, has been paired with the state of Georgia since 1994 under the National Guard's State Partnership Program, one of the oldest such pairings in the program.

The relationship has grown far beyond office visits. Since 2009, Georgia Guard trainers have helped prepare Georgian army battalions for combat tours in Afghanistan, working alongside U.S. Marines at the Krtsanisi training area outside Tbilisi.

The latest of those battalions, the 32nd Light Infantry Battalion, deployed to Helmand province in April as part of the NATO-led International Security Assistance Force. Georgia is now the largest contributor of troops to the Afghan mission among countries that are not members of NATO.

Several Georgian officers are also studying this year at the Maneuver Captains Career Course at Fort Benning, outside Columbus.

Next month, about 60 Georgia Guard soldiers will take part in Agile Spirit, an exercise with Georgian troops at the Vaziani training area near Tbilisi.

Closer to home, about 140 soldiers from the Guard's 1st Battalion, 121st Infantry Regiment, will deploy to Kosovo in the fall to serve with KFOR, the NATO-led peacekeeping force there. The soldiers, most of them from units in Macon, Forsyth and Milledgeville, have been told to expect a nine-month tour.

For families in Middle Georgia, the Kosovo deployment will be the battalion's third overseas tour in eight years. The Guard will hold family readiness briefings at armories in Macon and Forsyth over the next two months, and employers with questions about their workers' job protections can contact the Guard's employer support office in Marietta.

"It's a calmer mission than Iraq or Afghanistan, and we're grateful for that," said Sgt. 1st Class Monica Pryor of Forsyth, whose husband is going with the battalion. "But nine months is nine months."
"""

add("u43-22", "https://peachstateledger.example/news/2012/06/14/two-georgias-guard-ties-grow",
    "Two Georgias: Guard's ties to former Soviet republic keep growing", "2012-06-14",
    "Peach State Ledger", t22, [
    E("MEET", "occurred", [
        P("Levan Gelashvili", "person", "GEO", title="Deputy Defense Minister"),
        P("Harold Barlow", "person", "USA", title="Adjutant General of Georgia, Maj. Gen."),
        P("Nathan Deal", "person", "USA", title="Governor of Georgia")],
      "2012-06-12", L("Atlanta", "USA"), None,
      "Georgia's Deputy Defense Minister Levan Gelashvili spent Tuesday at the State Capitol and at the Georgia National Guard's headquarters in Marietta, meeting the state's adjutant general, Maj. Gen. Harold Barlow, before calling on Gov. Nathan Deal in the governor's office."),
    E("COOPERATE", "occurred", [
        P("Georgia", "country", "GEO"),
        P("Georgia National Guard", "organisation", "USA")],
      "1994", None, "State Partnership Program",
      "The country of Georgia, on the Black Sea, has been paired with the state of Georgia since 1994 under the National Guard's State Partnership Program, one of the oldest such pairings in the program.", optional=True),
    E("TRAIN", "occurred", [
        P("Georgia Guard trainers", "organisation", "USA"),
        P("U.S. Marines", "organisation", "USA"),
        P("Georgian army battalions", "organisation", "GEO")],
      None, L("Krtsanisi training area, outside Tbilisi", "GEO"), None,
      "Since 2009, Georgia Guard trainers have helped prepare Georgian army battalions for combat tours in Afghanistan, working alongside U.S. Marines at the Krtsanisi training area outside Tbilisi."),
    E("DEPLOY", "occurred", [
        P("32nd Light Infantry Battalion", "organisation", "GEO"),
        P("International Security Assistance Force", "igo", "NATO")],
      "2012-04", L("Helmand province", "AFG"), None,
      "The latest of those battalions, the 32nd Light Infantry Battalion, deployed to Helmand province in April as part of the NATO-led International Security Assistance Force."),
    E("TRAIN", "occurred", [
        P("Georgian officers", "organisation", "GEO"),
        P("Maneuver Captains Career Course, Fort Benning", "organisation", "USA")],
      "2012", L("Fort Benning", "USA"), None,
      "Several Georgian officers are also studying this year at the Maneuver Captains Career Course at Fort Benning, outside Columbus."),
    E("EXERCISE", "planned", [
        P("Georgia Guard soldiers", "organisation", "USA"),
        P("Georgian troops", "organisation", "GEO")],
      "2012-07", L("Vaziani training area, near Tbilisi", "GEO"), None,
      "Next month, about 60 Georgia Guard soldiers will take part in Agile Spirit, an exercise with Georgian troops at the Vaziani training area near Tbilisi."),
    E("DEPLOY", "planned", [
        P("1st Battalion, 121st Infantry Regiment", "organisation", "USA"),
        P("KFOR", "igo", "NATO")],
      "2012", L("Kosovo", "XKX"), None,
      "Closer to home, about 140 soldiers from the Guard's 1st Battalion, 121st Infantry Regiment, will deploy to Kosovo in the fall to serve with KFOR, the NATO-led peacekeeping force there."),
], "clean")

# ---------------------------------------------------------------- u43-23 (clean, short, Kamakura)
t23 = """Kamakura-made radar handed to Philippines in Japan's first finished-equipment export

KAMAKURA — An air surveillance radar built at Mitsubishi Electric's Kamakura Works has been handed over to the Philippine Air Force, the first complete piece of defence equipment Japan has exported since it relaxed its rules on arms exports in 2014.

The radar was formally delivered at a ceremony at a Philippine Air Force radar site in northern Luzon last week, the Defense Ministry in Tokyo said. It is the first of four radars that Manila ordered from the company in 2020 for about $100 million, and the other three are due to be delivered by the end of 2025.

Earlier this year, 12 Philippine Air Force technicians spent three months at the Kamakura plant learning to operate and maintain the system.

It is not the first Japanese military hardware to go to the Philippines. In 2017 the Maritime Self-Defense Force leased five TC-90 training aircraft to the Philippine Navy, and Tokyo later waived the fees and handed them over for free.

The Kamakura Works, in the Kamimachiya district, employs about 4,000 people and also builds satellites and missile guidance systems. A company spokesperson said the export would not lead to new hiring at the plant.

A local citizens' group that opposes arms exports held a small rally outside Ofuna Station on Sunday. "Kamakura should be known for temples, not radars," one of its organisers said.
"""

add("u43-23", "https://shonancoastweekly.example/news/2023/11/15/kamakura-radar-philippines",
    "Kamakura-made radar handed to Philippines in Japan's first finished-equipment export", "2023-11-15",
    "Shonan Coast Weekly", t23, [
    E("TRANSFER", "occurred", [
        P("Mitsubishi Electric", "company", "JPN", "supplier"),
        P("Philippine Air Force", "organisation", "PHL", "recipient")],
      "2023-11", L("northern Luzon", "PHL"), "air surveillance radar",
      "The radar was formally delivered at a ceremony at a Philippine Air Force radar site in northern Luzon last week, the Defense Ministry in Tokyo said."),
    E("AGREE", "occurred", [
        P("Manila", "country", "PHL"),
        P("Mitsubishi Electric", "company", "JPN")],
      "2020", None, "four air surveillance radars",
      "It is the first of four radars that Manila ordered from the company in 2020 for about $100 million, and the other three are due to be delivered by the end of 2025.", optional=True),
    E("TRANSFER", "planned", [
        P("Mitsubishi Electric", "company", "JPN", "supplier"),
        P("Manila", "country", "PHL", "recipient")],
      "2025", None, "three air surveillance radars",
      "It is the first of four radars that Manila ordered from the company in 2020 for about $100 million, and the other three are due to be delivered by the end of 2025."),
    E("TRAIN", "occurred", [
        P("Philippine Air Force technicians", "organisation", "PHL"),
        P("Mitsubishi Electric", "company", "JPN")],
      "2023", L("Kamakura Works", "JPN"), None,
      "Earlier this year, 12 Philippine Air Force technicians spent three months at the Kamakura plant learning to operate and maintain the system."),
    E("TRANSFER", "occurred", [
        P("Maritime Self-Defense Force", "organisation", "JPN", "supplier"),
        P("Philippine Navy", "organisation", "PHL", "recipient")],
      "2017", None, "five TC-90 training aircraft (lease)",
      "In 2017 the Maritime Self-Defense Force leased five TC-90 training aircraft to the Philippine Navy, and Tokyo later waived the fees and handed them over for free."),
], "clean")

# ---------------------------------------------------------------- u43-24 (raw html, Cork)
t24 = """<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="utf-8">
<title>Collins Barracks troops fly out to Lebanon, with Polish comrades waiting - Cork Harbour Herald</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="keywords" content="Defence Forces, UNIFIL, Lebanon, Collins Barracks, Cork">
<link rel="stylesheet" href="/wp-content/themes/chh/style.css?ver=5.1.1">
<script type="text/javascript">var chh_vars = {"ajaxurl":"\\/wp-admin\\/admin-ajax.php","post_id":"88412"};</script>
</head>
<body class="post-template-default single single-post postid-88412">
<div id="cookie-notice" role="banner">We use cookies to ensure that we give you the best experience on our website. <a href="#" class="cn-accept">Ok</a> <a href="/privacy/">Privacy policy</a></div>
<div class="topbar">Tuesday 21 May 2019 &nbsp;|&nbsp; Cork 15&deg;C light rain &nbsp;|&nbsp; <a href="/e-paper/">E-Paper</a> &nbsp;|&nbsp; <a href="/subscribe/">Subscribe</a></div>
<header id="masthead"><a href="/" class="logo">Cork Harbour Herald</a>
<nav><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/gaa/">GAA</a></li><li><a href="/business/">Business</a></li><li><a href="/whats-on/">What&#039;s On</a></li><li><a href="/deaths/">Deaths</a></li></ul></nav>
</header>
<div id="primary">
<article id="post-88412">
<h1 class="entry-title">Collins Barracks troops fly out to Lebanon, with Polish comrades waiting</h1>
<div class="entry-meta">by <span class="author">Siobhán Twomey</span> &middot; <time class="entry-date" datetime="2019-05-21T07:00:00+00:00">May 21, 2019</time></div>
<div class="entry-content">
<p>The first 150 soldiers of the Defence Forces' 114th Infantry Battalion, led by Lt Col Declan Moriarty from Glanmire, flew out of Dublin Airport on Monday for a six-month tour with the United Nations Interim Force in Lebanon.</p>
<p>The rest of the 340-strong battalion, drawn mainly from Collins Barracks in Cork and from units across the south, will follow by the end of the month.</p>
<p>For the second time, the Irish will serve in a joint battalion with Polish troops. About 230 Polish soldiers are already in place at Camp Shamrock, near the village of At Tiri, and a platoon from Hungary's armed forces will join the battalion in July.</p>
<p>Before leaving, the battalion carried out its final mission-readiness exercise in the Glen of Imaal in April, with a 20-strong Polish advance party taking part.</p>
<p>At a review at Collins Barracks on Saturday, the battalion was inspected by the Minister of State with responsibility for Defence, Paul Kehoe, with the Polish ambassador to Ireland also in attendance.</p>
<p>Among the families saying goodbye at the barracks on Saturday was Mary O&rsquo;Keeffe from Mayfield, whose son Darren is going on his first overseas trip. &ldquo;He&rsquo;s 21 and he thinks he&rsquo;s going on holidays. I&rsquo;ll be counting the days,&rdquo; she said.</p>
<p>Several GAA clubs in the city will be missing players for the summer. Glen Rovers and St Finbarr&rsquo;s both have two members travelling, and Nemo Rangers one. &ldquo;We&rsquo;ll have them back for the county final, please God,&rdquo; said one club official.</p>
<p>The Defence Forces said soldiers will have regular internet access at Camp Shamrock, and that families can contact the Personnel Support Service at Collins Barracks for help while their loved ones are away.</p>
<p>Irish troops have served with UNIFIL since 1978. Forty-seven members of the Defence Forces have died while serving in Lebanon.</p>
</div>
<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
</article>
<section class="related-posts"><h3>You might also like</h3>
<ul>
<li><a href="/news/naval-service-ship-patrols-west-coast/">Naval Service ship on fishery patrol off the west coast</a></li>
<li><a href="/news/ballincollig-bypass-roadworks/">Ballincollig roadworks to continue into June</a></li>
<li><a href="/news/haulbowline-open-day/">Haulbowline to host Naval Service open day</a></li>
</ul></section>
</div>
<footer id="colophon"><p>&copy; 2019 Cork Harbour Herald. All rights reserved. Registered in Ireland.</p></footer>
<script src="/wp-includes/js/wp-embed.min.js?ver=5.1.1"></script>
</body>
</html>
"""

add("u43-24", "https://corkharbourherald.example/news/collins-barracks-troops-fly-out-to-lebanon/",
    "Collins Barracks troops fly out to Lebanon, with Polish comrades waiting", "2019-05-21",
    "Cork Harbour Herald", t24, [
    E("DEPLOY", "occurred", [
        P("114th Infantry Battalion", "organisation", "IRL"),
        P("Declan Moriarty", "person", "IRL", title="Lt Col, commander of the 114th Infantry Battalion"),
        P("United Nations Interim Force in Lebanon", "igo", "UN")],
      "2019-05-20", L("Lebanon", "LBN"), None,
      "The first 150 soldiers of the Defence Forces' 114th Infantry Battalion, led by Lt Col Declan Moriarty from Glanmire, flew out of Dublin Airport on Monday for a six-month tour with the United Nations Interim Force in Lebanon."),
    E("DEPLOY", "occurred", [
        P("Polish soldiers", "organisation", "POL"),
        P("United Nations Interim Force in Lebanon", "igo", "UN")],
      None, L("Camp Shamrock, near At Tiri", "LBN"), None,
      "About 230 Polish soldiers are already in place at Camp Shamrock, near the village of At Tiri, and a platoon from Hungary's armed forces will join the battalion in July."),
    E("DEPLOY", "planned", [
        P("Hungary's armed forces", "organisation", "HUN"),
        P("United Nations Interim Force in Lebanon", "igo", "UN")],
      "2019-07", L("Camp Shamrock, near At Tiri", "LBN"), None,
      "About 230 Polish soldiers are already in place at Camp Shamrock, near the village of At Tiri, and a platoon from Hungary's armed forces will join the battalion in July."),
    E("EXERCISE", "occurred", [
        P("114th Infantry Battalion", "organisation", "IRL"),
        P("Polish advance party", "organisation", "POL")],
      "2019-04", L("Glen of Imaal", "IRL"), None,
      "Before leaving, the battalion carried out its final mission-readiness exercise in the Glen of Imaal in April, with a 20-strong Polish advance party taking part."),
    E("MEET", "occurred", [
        P("Paul Kehoe", "person", "IRL", title="Minister of State with responsibility for Defence"),
        P("Poland", "country", "POL")],
      "2019-05-18", L("Collins Barracks, Cork", "IRL"), None,
      "At a review at Collins Barracks on Saturday, the battalion was inspected by the Minister of State with responsibility for Defence, Paul Kehoe, with the Polish ambassador to Ireland also in attendance.", optional=True),
    E("DEPLOY", "occurred", [
        P("Irish troops", "organisation", "IRL"),
        P("UNIFIL", "igo", "UN")],
      "1978", L("Lebanon", "LBN"), None,
      "Irish troops have served with UNIFIL since 1978.", optional=True),
], "html")

# ---------------------------------------------------------------- u43-25 (scraped, cut off, Marinette)
t25 = """TWIN CITIES RIVERSIDE RECORD
Marinette · Menominee · Peshtigo
News  Sports  Obituaries  Business  Opinion  Classifieds  Subscribe
Mon., May 19, 2025  •  Marinette 58°F

First Saudi warship built in Marinette handed over; crew to sail this summer

By Dana Kowalski, Staff Writer

MARINETTE — The first of four warships built at Fincantieri Marinette Marine for the Royal Saudi Naval Forces was handed over to Saudi Arabia on Friday in a ceremony at the shipyard, nearly eight years after the Navy placed the order on the kingdom's behalf.

Rear Adm. Saad Al-Harbi of the Royal Saudi Naval Forces accepted the 387-foot multi-mission surface combatant, named HMS Jazan, from Capt. Laura Whitcomb, the U.S. Navy's program manager for the Saudi ships, as about 600 shipyard workers looked on.

About 90 Saudi sailors, who have spent the past year in Marinette training with U.S. Navy instructors and shipyard crews, will take the ship through sea trials on Lake Michigan before sailing for the kingdom in August.

"For many of our sailors this is their first time in a cold country," Al-Harbi said. "The people of Marinette and Menominee have made them feel at home."

For the two cities, the Saudi program has brought a small but visible community. About 40 Saudi families rent homes in Marinette and Menominee, and more than 30 Saudi children are enrolled in local schools. Mosques are a long drive away, so local churches and the YMCA have lent rooms for Friday prayers, and a Menominee grocery on 10th Avenue now stocks halal meat and Arabic flatbread.

Shipyard employment has climbed to about 2,700, its highest level in a decade, and the yard is also building frigates for the U.S. Navy. Union officials say the extra work has meant overtime but also long waits at the Interstate Bridge during shift changes, and the cities have asked the state for money to add a traffic signal at Ogden Street and to ret
"""

add("u43-25", "https://twincitiesriverside.example/news/first-saudi-warship-handed-over-marinette",
    "First Saudi warship built in Marinette handed over; crew to sail this summer", "2025-05-19",
    "Twin Cities Riverside Record", t25.rstrip(), [
    E("TRANSFER", "occurred", [
        P("Fincantieri Marinette Marine", "company", "USA", "supplier"),
        P("U.S. Navy", "organisation", "USA", "supplier"),
        P("Laura Whitcomb", "person", "USA", "supplier", "U.S. Navy program manager for the Saudi ships, Capt."),
        P("Royal Saudi Naval Forces", "organisation", "SAU", "recipient"),
        P("Saad Al-Harbi", "person", "SAU", "recipient", "Rear Adm., Royal Saudi Naval Forces")],
      "2025-05-16", L("Fincantieri Marinette Marine shipyard, Marinette", "USA"), "multi-mission surface combatant HMS Jazan",
      "MARINETTE — The first of four warships built at Fincantieri Marinette Marine for the Royal Saudi Naval Forces was handed over to Saudi Arabia on Friday in a ceremony at the shipyard, nearly eight years after the Navy placed the order on the kingdom's behalf."),
    E("AGREE", "occurred", [
        P("U.S. Navy", "organisation", "USA"),
        P("Saudi Arabia", "country", "SAU")],
      None, None, "four multi-mission surface combatants",
      "MARINETTE — The first of four warships built at Fincantieri Marinette Marine for the Royal Saudi Naval Forces was handed over to Saudi Arabia on Friday in a ceremony at the shipyard, nearly eight years after the Navy placed the order on the kingdom's behalf.", optional=True),
    E("TRAIN", "occurred", [
        P("Saudi sailors", "organisation", "SAU"),
        P("U.S. Navy instructors", "organisation", "USA")],
      None, L("Marinette", "USA"), None,
      "About 90 Saudi sailors, who have spent the past year in Marinette training with U.S. Navy instructors and shipyard crews, will take the ship through sea trials on Lake Michigan before sailing for the kingdom in August."),
], "scraped")
