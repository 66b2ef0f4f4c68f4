from common import P, L, E, add

# ---------------------------------------------------------------- u43-04 (raw html, Changwon)
t04 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Changwon-built tanks and howitzers reach Poland; factories gear up for next batch - Gyeongnam Herald</title>
<meta property="og:title" content="Changwon-built tanks and howitzers reach Poland">
<meta property="og:site_name" content="Gyeongnam Herald">
<link rel="stylesheet" href="/css/gh-2022.css?ver=1.8">
<script async src="https://ads.gyeongnamherald.example/show.js"></script>
<script>var ghArticle = {idxno: 48213, section: "S1N3", author: "kimjh"};</script>
</head>
<body>
<div id="top-strip">
  <span class="date">Wednesday, December 7, 2022</span>
  <span class="weather">Changwon 4&deg;C &middot; Clear</span>
  <a href="/member/login">Log in</a> | <a href="/member/join">Sign up</a>
</div>
<header>
  <a class="logo" href="/"><img src="/img/gh_logo_en.png" alt="Gyeongnam Herald"></a>
  <ul class="gnb">
    <li><a href="/news/articleList.html?sc_section_code=S1N1">Changwon</a></li>
    <li><a href="/news/articleList.html?sc_section_code=S1N2">Gimhae &amp; Yangsan</a></li>
    <li><a href="/news/articleList.html?sc_section_code=S1N3">Industry</a></li>
    <li><a href="/news/articleList.html?sc_section_code=S1N4">Politics</a></li>
    <li><a href="/news/articleList.html?sc_section_code=S1N5">Culture</a></li>
    <li><a href="/news/articleList.html?sc_section_code=S1N6">Opinion</a></li>
  </ul>
</header>
<section id="article-view">
  <div class="article-head-title">Changwon-built tanks and howitzers reach Poland; factories gear up for next batch</div>
  <ul class="infomation">
    <li><i class="icon-user"></i> Kim Ji-hoon, reporter</li>
    <li><i class="icon-clock"></i> Published 2022.12.07 14:26</li>
  </ul>
  <figure><img src="/news/photo/202212/48213_61022_1426.jpg" alt="">
    <figcaption>K2 tanks are loaded onto a car carrier at Masan port in late October. (Gyeongnam Herald file photo)</figcaption>
  </figure>
  <article id="article-view-content-div">
    <p>CHANGWON — The first K2 tanks and K9 self-propelled howitzers built in Changwon for the Polish army arrived at the Baltic port of Gdynia on Tuesday, ending a voyage of more than a month that began at Masan port in late October.</p>
    <p>Ten K2 Black Panther tanks made by Hyundai Rotem and 24 K9 Thunder howitzers made by Hanwha Defense were unloaded in a ceremony attended by Polish Defence Minister Mariusz Błaszczak, the Polish defence ministry said.</p>
    <p>In Changwon, where both weapons are assembled, the news was met with relief and some fatigue. Hyundai Rotem's plant in Uichang-gu and Hanwha Defense's plant in Seongsan-gu have been running weekend shifts since the summer, and dozens of small suppliers in the <a href="/news/articleView.html?idxno=47790">Changwon National Industrial Complex</a> have added workers to keep up.</p>
    <p>"Two years ago we were worried about orders drying up. Now we are worried about finding enough welders," said Park Seung-ho, who runs a 40-worker company that machines turret parts for both firms.</p>
    <p>The deliveries are the first under executive contracts signed in Warsaw on Aug. 26, which cover 180 K2 tanks worth about $3.37 billion and 212 K9 howitzers worth about $2.4 billion. They sit under a wider framework agreement under which Poland plans to buy up to 1,000 K2s and 672 K9s over the coming decade.</p>
    <p>Hyundai Rotem says the remaining 170 tanks under the first contract will be shipped by 2025, while Hanwha Defense expects to deliver the rest of its 212 howitzers by 2026.</p>
    <p>The contracts also open the door to production in Poland. From 2026, a Polish version of the tank, the K2PL, is to be built under licence at the Bumar-Łabędy plant in Gliwice, and Hanwha Defense has agreed with the state-owned Polish Armaments Group to fit K9s with Polish-made components at Huta Stalowa Wola.</p>
    <p>Polish soldiers have already spent time in the city. About 30 instructors from the Polish army's armoured units completed a six-week course on operating and maintaining the K2 at Hyundai Rotem's plant in October, and the company says more crews will follow next year.</p>
    <p>Some local business owners worry that moving production to Poland will eventually mean less work in Changwon. Park said he was not yet concerned. "The Polish lines will need parts too, and somebody has to make them," he said.</p>
    <p>Changwon Mayor Seo Jin-ho said the city would ask the central government to designate the area a defence industry special zone next year, which would bring tax breaks and funding for training programmes at local technical high schools.</p>
    <p>The city has also asked police to keep the overnight convoys of transporters moving between the plants and Masan port to the hours between 11 p.m. and 5 a.m., after residents along Bongam-ro complained about noise and blocked junctions.</p>
  </article>
  <div class="byline">Kim Ji-hoon <a href="mailto:kimjh&#64;gyeongnamherald.example">kimjh&#64;gyeongnamherald.example</a></div>
  <div class="copyright">&copy; Gyeongnam Herald. Unauthorized reproduction and redistribution prohibited.</div>
  <div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">KakaoTalk</a> <a href="#">Copy URL</a></div>
</section>
<aside id="most-read">
  <h3>Most Read</h3>
  <ol>
    <li><a href="/news/articleView.html?idxno=48190">Geoje shipyard union votes on wage deal</a></li>
    <li><a href="/news/articleView.html?idxno=48201">Korean firms eye Romanian howitzer tender</a></li>
    <li><a href="/news/articleView.html?idxno=48177">Masan fish market renovation delayed to spring</a></li>
    <li><a href="/news/articleView.html?idxno=48166">Jinhae cherry blossom festival dates set</a></li>
  </ol>
</aside>
<footer>
  <p>Gyeongnam Herald &middot; 12 Jungang-daero, Seongsan-gu, Changwon &middot; Registration No. Gyeongnam-Ah-00123</p>
  <p>Publisher / Editor: Lee Myung-sook &middot; Youth protection officer: Choi Dong-hyun</p>
</footer>
<script src="/js/jquery.min.js"></script>
<script src="/js/gh-article.js?ver=1.8"></script>
</body>
</html>
"""

add("u43-04", "https://gyeongnamherald.example/news/articleView.html?idxno=48213",
    "Changwon-built tanks and howitzers reach Poland; factories gear up for next batch", "2022-12-07",
    "Gyeongnam Herald", t04, [
    E("TRANSFER", "occurred", [
        P("Hyundai Rotem", "company", "KOR", "supplier"),
        P("Polish army", "organisation", "POL", "recipient"),
        P("Mariusz Błaszczak", "person", "POL", "recipient", "Defence Minister")],
      "2022-12-06", L("Gdynia", "POL"), "10 K2 Black Panther tanks",
      "Ten K2 Black Panther tanks made by Hyundai Rotem and 24 K9 Thunder howitzers made by Hanwha Defense were unloaded in a ceremony attended by Polish Defence Minister Mariusz Błaszczak, the Polish defence ministry said."),
    E("TRANSFER", "occurred", [
        P("Hanwha Defense", "company", "KOR", "supplier"),
        P("Polish army", "organisation", "POL", "recipient"),
        P("Mariusz Błaszczak", "person", "POL", "recipient", "Defence Minister")],
      "2022-12-06", L("Gdynia", "POL"), "24 K9 Thunder self-propelled howitzers",
      "Ten K2 Black Panther tanks made by Hyundai Rotem and 24 K9 Thunder howitzers made by Hanwha Defense were unloaded in a ceremony attended by Polish Defence Minister Mariusz Błaszczak, the Polish defence ministry said."),
    E("AGREE", "occurred", [
        P("Poland", "country", "POL"),
        P("Hyundai Rotem", "company", "KOR")],
      "2022-08-26", L("Warsaw", "POL"), "180 K2 tanks",
      "The deliveries are the first under executive contracts signed in Warsaw on Aug. 26, which cover 180 K2 tanks worth about $3.37 billion and 212 K9 howitzers worth about $2.4 billion."),
    E("AGREE", "occurred", [
        P("Poland", "country", "POL"),
        P("Hanwha Defense", "company", "KOR")],
      "2022-08-26", L("Warsaw", "POL"), "212 K9 howitzers",
      "The deliveries are the first under executive contracts signed in Warsaw on Aug. 26, which cover 180 K2 tanks worth about $3.37 billion and 212 K9 howitzers worth about $2.4 billion."),
    E("AGREE", "occurred", [
        P("Poland", "country", "POL"),
        P("South Korea", "country", "KOR")],
      None, None, "up to 1,000 K2 tanks and 672 K9 howitzers (framework)",
      "They sit under a wider framework agreement under which Poland plans to buy up to 1,000 K2s and 672 K9s over the coming decade.", optional=True),
    E("TRANSFER", "planned", [
        P("Hyundai Rotem", "company", "KOR", "supplier"),
        P("Poland", "country", "POL", "recipient")],
      "2025", None, "remaining 170 K2 tanks",
      "Hyundai Rotem says the remaining 170 tanks under the first contract will be shipped by 2025, while Hanwha Defense expects to deliver the rest of its 212 howitzers by 2026."),
    E("TRANSFER", "planned", [
        P("Hanwha Defense", "company", "KOR", "supplier"),
        P("Poland", "country", "POL", "recipient")],
      "2026", None, "remaining K9 howitzers",
      "Hyundai Rotem says the remaining 170 tanks under the first contract will be shipped by 2025, while Hanwha Defense expects to deliver the rest of its 212 howitzers by 2026."),
    E("INDUSTRY", "planned", [
        P("Hyundai Rotem", "company", "KOR"),
        P("Bumar-Łabędy", "company", "POL")],
      "2026", L("Gliwice", "POL"), "K2PL tanks (licensed production)",
      "From 2026, a Polish version of the tank, the K2PL, is to be built under licence at the Bumar-Łabędy plant in Gliwice, and Hanwha Defense has agreed with the state-owned Polish Armaments Group to fit K9s with Polish-made components at Huta Stalowa Wola."),
    E("INDUSTRY", "occurred", [
        P("Hanwha Defense", "company", "KOR"),
        P("Polish Armaments Group", "company", "POL")],
      None, L("Huta Stalowa Wola", "POL"), "K9 howitzers with Polish-made components",
      "From 2026, a Polish version of the tank, the K2PL, is to be built under licence at the Bumar-Łabędy plant in Gliwice, and Hanwha Defense has agreed with the state-owned Polish Armaments Group to fit K9s with Polish-made components at Huta Stalowa Wola."),
    E("TRAIN", "occurred", [
        P("Hyundai Rotem", "company", "KOR"),
        P("Polish army instructors", "organisation", "POL")],
      "2022-10", L("Hyundai Rotem plant, Changwon", "KOR"), None,
      "About 30 instructors from the Polish army's armoured units completed a six-week course on operating and maintaining the K2 at Hyundai Rotem's plant in October, and the company says more crews will follow next year."),
    E("TRAIN", "planned", [
        P("Hyundai Rotem", "company", "KOR"),
        P("Polish crews", "organisation", "POL")],
      "2023", L("Changwon", "KOR"), None,
      "About 30 instructors from the Polish army's armoured units completed a six-week course on operating and maintaining the K2 at Hyundai Rotem's plant in October, and the company says more crews will follow next year."),
], "html")

# ---------------------------------------------------------------- u43-05 (scraped, cut off)
t05 = """Richmondshire Echo
News | Sport | What's On | Property | Jobs | Announcements | Weather
Richmond: 19°C, sunny spells | Catterick: road closure on A6136 tonight

Catterick battalion twinned with Estonian Scouts ahead of autumn deployment

By Helen Garside | Monday 12 June 2023, 6:05 pm
Share: Facebook  X  WhatsApp  Email

SOLDIERS from a Catterick Garrison battalion have formally twinned with an elite Estonian unit, months before they head to the Baltic state to help guard NATO's eastern flank.

The commanding officer of 1st Battalion The Royal Yorkshire Regiment, Lieutenant Colonel Mark Pennock, and the commander of the Estonian Scouts Battalion, Lieutenant Colonel Andres Kask, signed the twinning charter at a parade at Bourlon Barracks on Friday afternoon, watched by families and veterans.

The Estonian commander and six of his officers had spent the week in North Yorkshire, visiting the battalion's training areas on the moors and meeting the garrison's senior officers.

Under the charter, the two battalions will swap officers on each other's courses, hold joint field training every year and keep a standing exchange of NCOs.

About 600 soldiers from the battalion will deploy to Tapa, in northern Estonia, in September as part of the British-led NATO battlegroup there, which forms part of the alliance's Enhanced Forward Presence.

"Our soldiers will be living and working alongside the Scouts for six months, so it makes sense to get to know them now," Lt Col Pennock said.

For families in Colburn, Scotton and Hipswell, the deployment means a winter apart. The garrison's welfare office will run a support group every Tuesday at the community centre on Catterick Road, and the Hipswell primary school is planning video calls so that pupils can speak to their parents in Estonia.

Kirsty Jenkins, whose husband is a corporal in the battalion, said she was proud but anxious. "It's the third time he's gone since we got married. You never really get used to it, but the garrison is good at looking after us," she said, adding that she hoped the army would sort out the problems with the broadband on the patch before the dar
"""

add("u43-05", "https://richmondshire-echo.example/news/23561231.catterick-battalion-twinned-estonian-scouts/",
    "Catterick battalion twinned with Estonian Scouts ahead of autumn deployment", "2023-06-12",
    "Richmondshire Echo", t05.rstrip(), [
    E("AGREE", "occurred", [
        P("1st Battalion The Royal Yorkshire Regiment", "organisation", "GBR"),
        P("Mark Pennock", "person", "GBR", title="Commanding officer of 1st Battalion The Royal Yorkshire Regiment, Lieutenant Colonel"),
        P("Estonian Scouts Battalion", "organisation", "EST"),
        P("Andres Kask", "person", "EST", title="Commander of the Estonian Scouts Battalion, Lieutenant Colonel")],
      "2023-06-09", L("Bourlon Barracks, Catterick Garrison", "GBR"), "twinning charter",
      "The commanding officer of 1st Battalion The Royal Yorkshire Regiment, Lieutenant Colonel Mark Pennock, and the commander of the Estonian Scouts Battalion, Lieutenant Colonel Andres Kask, signed the twinning charter at a parade at Bourlon Barracks on Friday afternoon, watched by families and veterans."),
    E("MEET", "occurred", [
        P("Andres Kask", "person", "EST", title="Commander of the Estonian Scouts Battalion, Lieutenant Colonel"),
        P("Estonian officers", "organisation", "EST"),
        P("Catterick Garrison senior officers", "organisation", "GBR")],
      "2023-06", L("North Yorkshire", "GBR"), None,
      "The Estonian commander and six of his officers had spent the week in North Yorkshire, visiting the battalion's training areas on the moors and meeting the garrison's senior officers."),
    E("TRAIN", "planned", [
        P("1st Battalion The Royal Yorkshire Regiment", "organisation", "GBR"),
        P("Estonian Scouts Battalion", "organisation", "EST")],
      None, None, None,
      "Under the charter, the two battalions will swap officers on each other's courses, hold joint field training every year and keep a standing exchange of NCOs.", optional=True),
    E("EXERCISE", "planned", [
        P("1st Battalion The Royal Yorkshire Regiment", "organisation", "GBR"),
        P("Estonian Scouts Battalion", "organisation", "EST")],
      None, None, None,
      "Under the charter, the two battalions will swap officers on each other's courses, hold joint field training every year and keep a standing exchange of NCOs.", optional=True),
    E("DEPLOY", "planned", [
        P("1st Battalion The Royal Yorkshire Regiment", "organisation", "GBR"),
        P("NATO", "igo", "NATO")],
      "2023-09", L("Tapa", "EST"), None,
      "About 600 soldiers from the battalion will deploy to Tapa, in northern Estonia, in September as part of the British-led NATO battlegroup there, which forms part of the alliance's Enhanced Forward Presence."),
], "scraped")

# ---------------------------------------------------------------- u43-06 (scraped, no event: home-forces open day)
t06 = """Ipswich Ridge Times
Home | News | Sport | Community | Property | Obituaries | Puzzles | Subscribe
Thursday, 5 September 2024 | Ipswich 29°C, fine and sunny | Fire danger: HIGH

NEWS

Amberley opens its gates: what you need to know before Saturday's air show

By Tegan Moloney

Traffic will be heavy around Amberley and Walloon on Saturday as RAAF Base Amberley throws its gates open to the public for the first time in five years.

Base officials expect up to 60,000 people at the open day, which runs from 8am to 4pm. Entry is free, but visitors must register online beforehand and bring photo ID to the main gate.

What's flying

The flying programme includes a formation flypast by F/A-18F Super Hornets and EA-18G Growlers from No. 82 Wing, a display by a KC-30A air-to-air refuelling tanker, and a parachute drop from a C-17A Globemaster by the Army's Red Berets display team.

Organisers said this year's programme features only Australian Defence Force aircraft and units.

On the ground, visitors can climb into a Bushmaster protected vehicle, talk to Army Aviation crews from Oakey, see the RAAF's airfield fire crews at work and visit the No. 23 Squadron museum hangar.

"We want families to see the work that goes on behind the fence, and to meet the people who live and work alongside them," base senior officer Group Captain Rebecca Thorne said.

Getting there

Free shuttle buses will run every 10 minutes from Ipswich and Walloon railway stations from 7am. Parking on site is limited and will close once full, so organisers strongly recommend using the shuttles.

The Cunningham Highway off-ramp at Amberley will be closed to general traffic between 6am and 6pm. Expect delays on the Rosewood-Marburg Road and Old Toowoomba Road.

Be prepared

The forecast is for a top of 31 degrees with little shade on the airfield. Bring water, a hat and sunscreen, and ear protection for young children, as the fast jets are loud. Pets, drones and glass bottles are not allowed on the base.

The base's last open day, in 2019, drew about 45,000 people and left the Cunningham Highway backed up for three hours.

Ipswich City Council Division 4 councillor Jodie Marchetti said local businesses in Rosewood and Walloon had been preparing for the crowds. "The cafes are stocking up and the pubs have put on extra staff. It's a big day for the western suburbs," she said.

RELATED
- Singapore troops wrap up Shoalwater Bay exercise
- Rheinmetall Redbank hiring 120 apprentices
- Hot weekend ahead: fire bans across Somerset region

Comments are closed for this article.
© 2024 Ipswich Ridge Times | Privacy | Terms | Contact | Advertise with us
"""

add("u43-06", "https://ipswichridgetimes.example/news/amberley-open-day-what-you-need-to-know",
    "Amberley opens its gates: what you need to know before Saturday's air show", "2024-09-05",
    "Ipswich Ridge Times", t06, [], "scraped")

# ---------------------------------------------------------------- u43-07 (clean, no event: domestic contract)
t07 = """BIW lands $1.1 billion for two more destroyers; union says hiring will continue

BATH — Bath Iron Works has won a $1.1 billion Navy contract to build two more Arleigh Burke-class destroyers, keeping the shipyard's order book full into the early 2030s, Maine's congressional delegation announced Thursday.

The award, under the Navy's multiyear destroyer program, brings to 11 the number of the guided-missile destroyers on order or under construction at the Washington Street yard, which employs about 6,800 people.

"This is what steady work looks like," said Dave Thibodeau, president of Machinists Union Local S6, the yard's largest union. "We've got people retiring every week, and this tells the young ones there's a career here if they want it."

The company said it plans to hire about 1,000 more workers over the next year, most of them in welding, pipefitting and electrical trades. Its apprentice program with Southern Maine Community College will take in a record class of 180 this fall.

The contract comes as BIW tries to catch up on a delivery schedule that slipped during the pandemic. The Navy has said it expects the yard to deliver two ships a year by 2026.

For Bath residents, more workers means more traffic. City Manager Peter Lindgren said the city was working with the company and the Maine Department of Transportation on staggered shift changes to ease the afternoon backups on Route 1 and High Street, and that BIW had agreed to expand its park-and-ride shuttle from Brunswick.

The destroyers will be built to the Flight III design, which carries a more powerful air and missile defense radar. The first Flight III ship built in Bath is due to be christened next spring.
"""

add("u43-07", "https://kennebectidewater.example/2023/09/22/biw-lands-1-1-billion-two-more-destroyers",
    "BIW lands $1.1 billion for two more destroyers; union says hiring will continue", "2023-09-22",
    "Kennebec Tidewater Gazette", t07, [], "clean")

# ---------------------------------------------------------------- u43-08 (raw html, no event: council noise debate)
t08 = """<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Burlington council asks Guard to cut F-35 noise after four-hour debate | WCVT Channel 6</title>
<meta name="description" content="Non-binding resolution passes 7-5 after public comment stretches past midnight.">
<link rel="canonical" href="https://wcvt6.example/news/local/burlington-council-f35-noise-resolution">
<style>.ad-slot{min-height:250px}.nav a{padding:0 8px}</style>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-12-10T06:12:00-05:00","author":{"name":"Jesse Carrow"}}</script>
</head>
<body>
<div class="nav">
<a href="/">Home</a><a href="/news">News</a><a href="/weather">Weather</a><a href="/sports">Sports</a><a href="/live">Watch Live</a><a href="/tips">Send Us a Tip</a>
</div>
<div class="alert-bar">WINTER WEATHER ADVISORY for Chittenden County until 7 PM &raquo;</div>
<div class="ad-slot"><!-- 300x250 --></div>
<main>
<h1>Burlington council asks Guard to cut F-35 noise after four-hour debate</h1>
<p class="byline">By Jesse Carrow | Published: Dec. 10, 2019 at 6:12 AM EST</p>
<p>BURLINGTON, Vt. (WCVT) — After more than four hours of public comment that ran past midnight, the Burlington City Council voted 7-5 early Tuesday to ask the Vermont Air National Guard to reduce the noise from its new F-35 fighter jets.</p>
<p>The resolution is non-binding. It asks the Guard's 158th Fighter Wing to fly fewer training sorties with afterburners, to avoid takeoffs before 8 a.m. on weekends, and to report to the council twice a year on what it has done to limit noise over the city's New North End and over neighbouring Winooski and South Burlington.</p>
<p>The first two of the wing's 20 F-35As arrived at Burlington International Airport in September, replacing the F-16s the Guard had flown since 1986. Residents say the new jets are noticeably louder on takeoff.</p>
<p>&ldquo;My kids cover their ears and run inside. That&rsquo;s not a quality of life anybody voted for,&rdquo; said Winooski resident Angela Reyes, one of more than 70 people who signed up to speak.</p>
<p>Others defended the Guard. Several speakers wore &ldquo;Proud to Support the 158th&rdquo; stickers, and a retired chief master sergeant told the council that the wing&rsquo;s roughly 1,000 members and its payroll are part of the region&rsquo;s economy.</p>
<p>Councilor Omar Haddad, who opposed the resolution, said the council had no authority over military flight operations and was sending a mixed message to people who serve. Councilor Nina Brooks, who sponsored it, said residents living under the flight path deserved a voice.</p>
<p>In a statement, the Guard said it was already following noise abatement procedures and would &ldquo;continue to be a good neighbor,&rdquo; but that the timing and number of flights are set by the wing&rsquo;s training requirements.</p>
<p>The airport, which is owned by the city, is expected to apply next year for federal money to soundproof more homes near the runway. About 200 homes in South Burlington have been bought and demolished under an earlier noise program.</p>
<p>The council&rsquo;s vote does not require the Guard to take any action. A separate measure asking the Air Force to replace the F-35s with a quieter aircraft failed 5-7.</p>
</main>
<section class="related">
<h2>More from WCVT</h2>
<ul>
<li><a href="/news/local/winooski-bridge-repairs">Winooski bridge repairs to close lane through March</a></li>
<li><a href="/news/local/church-street-holiday-lights">Church Street holiday lights draw record crowds</a></li>
<li><a href="/news/local/guard-airmen-return-home">Guard airmen return home from overseas deployment</a></li>
</ul>
</section>
<footer>
<p>Copyright &copy; 2019 WCVT. All rights reserved. <a href="/privacy">Privacy Policy</a> | <a href="/eeo">EEO</a> | <a href="/fcc">FCC Applications</a></p>
</footer>
<script src="/assets/js/player.min.js"></script>
</body>
</html>
"""

add("u43-08", "https://wcvt6.example/news/local/burlington-council-f35-noise-resolution",
    "Burlington council asks Guard to cut F-35 noise after four-hour debate", "2019-12-10",
    "WCVT Channel 6", t08, [], "html")
