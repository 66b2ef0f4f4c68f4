from common import P, L, E, add

# ---------------------------------------------------------------- u43-17 (raw html, published null, Hyakuri)
t17 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Indian fighters leave Hyakuri as first Japan-India air drill wraps up｜Ibaraki Eastern Post</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/common/css/style.css">
<script src="/common/js/gtm.js"></script>
<style>.pr-box{display:none}</style>
</head>
<body id="en-news">
<div id="header">
 <p class="site-name"><a href="/en/">Ibaraki Eastern Post <span>English</span></a></p>
 <ul id="gnav">
  <li><a href="/en/local/">Local</a></li>
  <li><a href="/en/mito/">Mito</a></li>
  <li><a href="/en/kashima/">Kashima &amp; Namegata</a></li>
  <li><a href="/en/business/">Business</a></li>
  <li><a href="/en/sports/">Sports</a></li>
  <li><a href="/">日本語</a></li>
 </ul>
</div>
<div id="contents">
 <div class="article">
  <p class="date">2023.01.27 17:40</p>
  <h1>Indian fighters leave Hyakuri as first Japan-India air drill wraps up</h1>
  <div class="photo"><img src="/en/photo/20230127_su30.jpg" alt=""><p class="caption">An Indian Air Force Su-30MKI lands at Hyakuri Air Base on Jan. 17. (Photo by Eastern Post)</p></div>
  <div class="text">
   <p>OMITAMA — Four Indian Air Force Su-30MKI fighters took off from Hyakuri Air Base on Friday morning for the flight home, after Veer Guardian 2023, the first joint fighter exercise between the Air Self-Defense Force and the Indian Air Force, ended on Thursday.</p>
   <p>The drill, held from Jan. 16 at the base and in the airspace over the Pacific off the Ibaraki coast, paired the Indian jets with ASDF F-2 and F-15 fighters in air combat and interception training.</p>
   <p>On Monday, Omitama Mayor Yoshiharu Shimada welcomed the Indian contingent's commander, Group Captain Rohit Menon, at city hall, where the two exchanged gifts. Shimada gave Menon a set of Kasama ware tea cups, and received a framed photograph of the Su-30 flying over Mount Tsukuba.</p>
   <p>Indian Ambassador to Japan Sibi George visited the base on Jan. 20 to meet the Indian aircrew and ASDF officers.</p>
   <p>The exercise was agreed when the two countries' foreign and defence ministers met in Tokyo in September for their second "2+2" talks.</p>
   <p>Officials of the ASDF said the two air forces hope to hold the next round in India.</p>
   <p>For residents around the base, the two weeks meant more noise than usual. The city's noise hotline received 37 calls during the exercise, most of them about early morning takeoffs, a city official said. Hyakuri shares its runway with Ibaraki Airport, and two civilian flights were delayed on Jan. 18.</p>
   <p>Plane spotters also turned out in large numbers. Police asked photographers to stop parking on the farm roads north of the runway after local farmers complained that their tractors could not get through. A farmer in the Kita-Mukai district said several spotters had walked into his strawberry greenhouse to get a better angle.</p>
   <p>"I don't mind them taking pictures. I mind them stepping on the strawberries," he said.</p>
  </div>
  <ul class="sns"><li><a href="#">Tweet</a></li><li><a href="#">Share</a></li><li><a href="#">LINE</a></li></ul>
 </div>
 <div class="side">
  <h2>Latest</h2>
  <ul>
   <li><a href="/en/local/20230127-02.html">Mito plum festival to open Feb. 11</a></li>
   <li><a href="/en/local/20230126-05.html">Kashima Antlers unveil new season kit</a></li>
   <li><a href="/en/local/20230126-01.html">ASDF to hold Hyakuri air show in December</a></li>
  </ul>
 </div>
</div>
<div id="footer"><p>Copyright &copy; Ibaraki Eastern Post Co., Ltd. All Rights Reserved. No reproduction without permission.</p></div>
</body>
</html>
"""

add("u43-17", "https://ibaraki-eastern-post.example/en/local/20230127-04.html",
    "Indian fighters leave Hyakuri as first Japan-India air drill wraps up", None,
    "Ibaraki Eastern Post", t17, [
    E("EXERCISE", "occurred", [
        P("Air Self-Defense Force", "organisation", "JPN"),
        P("Indian Air Force", "organisation", "IND"),
        P("Rohit Menon", "person", "IND", title="Commander of the Indian contingent, Group Captain")],
      "2023-01", L("Hyakuri Air Base, Omitama", "JPN"), None,
      "OMITAMA — Four Indian Air Force Su-30MKI fighters took off from Hyakuri Air Base on Friday morning for the flight home, after Veer Guardian 2023, the first joint fighter exercise between the Air Self-Defense Force and the Indian Air Force, ended on Thursday."),
    E("MEET", "occurred", [
        P("Yoshiharu Shimada", "person", "JPN", title="Mayor of Omitama"),
        P("Rohit Menon", "person", "IND", title="Commander of the Indian contingent, Group Captain")],
      "2023-01-23", L("Omitama city hall", "JPN"), None,
      "On Monday, Omitama Mayor Yoshiharu Shimada welcomed the Indian contingent's commander, Group Captain Rohit Menon, at city hall, where the two exchanged gifts."),
    E("MEET", "occurred", [
        P("Sibi George", "person", "IND", title="Indian Ambassador to Japan"),
        P("ASDF officers", "organisation", "JPN")],
      "2023-01-20", L("Hyakuri Air Base", "JPN"), None,
      "Indian Ambassador to Japan Sibi George visited the base on Jan. 20 to meet the Indian aircrew and ASDF officers."),
    E("MEET", "occurred", [
        P("India", "country", "IND"),
        P("Japan", "country", "JPN")],
      "2022-09", L("Tokyo", "JPN"), None,
      "The exercise was agreed when the two countries' foreign and defence ministers met in Tokyo in September for their second \"2+2\" talks.", optional=True),
    E("EXERCISE", "planned", [
        P("Air Self-Defense Force", "organisation", "JPN"),
        P("Indian Air Force", "organisation", "IND")],
      None, L("India", "IND"), None,
      "Officials of the ASDF said the two air forces hope to hold the next round in India."),
], "html")

# ---------------------------------------------------------------- u43-18 (clean, long, Barrow)
t18 = """Marles tours Barrow submarine yard as Australian families put down roots in Furness

By Gemma Postlethwaite, Furness Gazette

Australia's Deputy Prime Minister and Defence Minister Richard Marles toured BAE Systems' Devonshire Dock Hall in Barrow on Monday alongside Defence Secretary John Healey, the first visit to the town by an Australian defence minister since the two countries signed a 50-year treaty on the AUKUS submarine programme.

That treaty, signed in Geelong, Victoria, in July, commits Britain and Australia to working together on the design, construction and support of a new class of nuclear-powered attack submarines for the next half-century.

The two ministers spent about three hours at the shipyard, where they were shown the first hull sections of the new SSN-AUKUS boats that will replace the Royal Navy's Astute class, before meeting apprentices at the BAE Academy for Skills and Knowledge on Bridge Road.

For Barrow, the visit was a reminder of how much the town's future is now bound up with a country on the other side of the world.

About 50 Royal Australian Navy submariners and engineers are now working in Barrow, learning how the boats are built alongside BAE's own workforce before Australia starts building its own submarines in Adelaide.

Most of them have brought their families. Barrow Borough Council estimates that about 40 Australian households now live in the town and in nearby Ulverston and Dalton, and local schools have taken in more than 30 Australian children since the start of last year.

"My kids have gone from the beach every weekend to Walney in the rain, and they love it," said Chief Petty Officer Kate Lindqvist, a marine engineer from Perth who arrived with her husband and two sons in January. "The people here have been fantastic. Someone left a casserole on our doorstep the first week."

Shared yards

The partnership stretches well beyond Furness. In March last year, BAE Systems and ASC, Australia's government-owned submarine builder, formed a joint venture to build the SSN-AUKUS boats at Osborne, in South Australia.

Rolls-Royce, which makes the reactors for British submarines in Derby, will also supply the reactors for Australia's SSN-AUKUS boats.

Australia has also agreed to put about £2.4 billion into expanding Rolls-Royce's reactor plant in Derby and the shipbuilding sites that support the programme, including Barrow.

That money is already visible. Cranes are at work on two new construction halls on the Barrow waterfront, and BAE says its workforce in the town will grow from about 14,000 today to more than 17,000 by the end of the decade.

Growing pains

Not everyone is celebrating. Housing charities say rents in Barrow have risen faster than almost anywhere else in the North West as BAE workers, contractors and now Australian families compete for a limited supply of homes.

"We're seeing local families on waiting lists for two years while landlords rent to whoever can pay most," said Tracey Kendall, who runs a tenants' advice service in Hindpool. "Nobody's saying don't build submarines. We're saying build houses too."

The council has approved plans for 1,200 new homes on the edge of the town, and the government's Team Barrow programme has pledged money for roads, schools and health services. The A590, the only main road into the town, remains a bottleneck at shift change, and there are calls for a bypass at Dalton.

Local councillor Jim Hartley said Monday's visit showed the town was "at the centre of the UK's defence relationship with Australia" and called on ministers to make sure the benefits were felt outside the shipyard gates.

Marles told reporters on the dockside that Australia would not be able to deliver its own submarines without the skills being passed on in Barrow.

Local businesses have noticed the newcomers too. The Furness Cricket Club now fields an Australian-heavy second XI, and a café on Dalton Road has started selling flat whites and lamingtons.

"We had to Google lamingtons," said owner Sam Dobson. "Now we can't make enough of them."
"""

add("u43-18", "https://furnessgazette.example/news/2025/10/07/marles-tours-barrow-submarine-yard",
    "Marles tours Barrow submarine yard as Australian families put down roots in Furness", "2025-10-07",
    "Furness Gazette", t18, [
    E("MEET", "occurred", [
        P("Richard Marles", "person", "AUS", title="Deputy Prime Minister and Defence Minister"),
        P("John Healey", "person", "GBR", title="Defence Secretary"),
        P("BAE Systems", "company", "GBR")],
      "2025-10-06", L("Devonshire Dock Hall, Barrow", "GBR"), None,
      "Australia's Deputy Prime Minister and Defence Minister Richard Marles toured BAE Systems' Devonshire Dock Hall in Barrow on Monday alongside Defence Secretary John Healey, the first visit to the town by an Australian defence minister since the two countries signed a 50-year treaty on the AUKUS submarine programme."),
    E("AGREE", "occurred", [
        P("Britain", "country", "GBR"),
        P("Australia", "country", "AUS")],
      "2025-07", L("Geelong, Victoria", "AUS"), "50-year AUKUS submarine treaty",
      "That treaty, signed in Geelong, Victoria, in July, commits Britain and Australia to working together on the design, construction and support of a new class of nuclear-powered attack submarines for the next half-century."),
    E("TRAIN", "occurred", [
        P("Royal Australian Navy", "organisation", "AUS"),
        P("Kate Lindqvist", "person", "AUS", title="Chief Petty Officer, marine engineer"),
        P("BAE Systems", "company", "GBR")],
      None, L("Barrow", "GBR"), None,
      "About 50 Royal Australian Navy submariners and engineers are now working in Barrow, learning how the boats are built alongside BAE's own workforce before Australia starts building its own submarines in Adelaide."),
    E("INDUSTRY", "occurred", [
        P("BAE Systems", "company", "GBR"),
        P("ASC", "company", "AUS")],
      "2024-03", L("Osborne, South Australia", "AUS"), "SSN-AUKUS submarines (joint venture)",
      "In March last year, BAE Systems and ASC, Australia's government-owned submarine builder, formed a joint venture to build the SSN-AUKUS boats at Osborne, in South Australia."),
    E("TRANSFER", "planned", [
        P("Rolls-Royce", "company", "GBR", "supplier"),
        P("Australia", "country", "AUS", "recipient")],
      None, None, "reactors for SSN-AUKUS submarines",
      "Rolls-Royce, which makes the reactors for British submarines in Derby, will also supply the reactors for Australia's SSN-AUKUS boats."),
    E("INDUSTRY", "occurred", [
        P("Australia", "country", "AUS"),
        P("Rolls-Royce", "company", "GBR")],
      None, L("Derby", "GBR"), "investment in reactor plant and shipbuilding sites",
      "Australia has also agreed to put about £2.4 billion into expanding Rolls-Royce's reactor plant in Derby and the shipbuilding sites that support the programme, including Barrow."),
], "clean")

# ---------------------------------------------------------------- u43-19 (scraped TV page, published null, Camp Ripley)
t19 = """LAKES COUNTRY 7 NEWS
Home  News  Weather  Sports  Lakes Life  Closings & Delays (14)  Contact
⚠ WIND CHILL WARNING until noon Monday for Crow Wing, Morrison, Cass counties

Norwegian soldiers trade fjords for Camp Ripley in 46th troop exchange

By Travis Lund | Posted: Sat 7:48 PM, Feb 09, 2019 | Updated: Sun 5:42 PM, Feb 10, 2019

CAMP RIPLEY, Minn. (LC7) — About 100 soldiers from the Norwegian Home Guard landed in Minneapolis on Saturday and were bused north to Camp Ripley, where they are spending the week training alongside Minnesota National Guard soldiers in temperatures that dropped to 24 below zero Saturday night.

At the same time, about 100 Minnesota Guard soldiers flew the other way, to the Værnes garrison near Trondheim, where Norwegian Home Guard instructors are teaching them winter survival and cross-country skiing with rifles.

Maj. Gen. Scott Lindahl, Minnesota's adjutant general, welcomed the Norwegian contingent and its commander, Lt. Col. Ingrid Solberg, at a ceremony at the post's headquarters on Sunday morning.

"Every February somebody asks me why we train with Norwegians in the coldest week of the year," Lindahl said. "Because they're the best in the world at it, and because they're family."

The exchange, known as NOREX, has run every year since 1974, making it the longest-running troop exchange between the U.S. military and a foreign country.

Solberg said her soldiers were looking forward to the ranges and to the Minnesota food. "They have been promised hot dish. Nobody has explained to me what it is," she said.

The Norwegians will spend most of the week on ranges and in the field at Ripley. Wednesday evening they are guests of the Sons of Norway lodge in Brainerd for a lutefisk supper, which organizers say is already sold out.

Little Falls businesses are bracing for a busy Saturday when the soldiers get a day off in town. "Last year they cleaned us out of wool socks," said the owner of an outdoor store on Broadway.

Drivers should expect convoys on Highway 371 and Highway 115 during the week. Snowmobile trails crossing the post's eastern boundary will stay closed until Feb. 17.

LATEST HEADLINES
- Brainerd school board delays vote on new start times
- Crosby-Ironton boys hockey clinches section seed
- Wind chill warning: what you need to know
- Morrison County deputies investigate snowmobile crash

Copyright 2019 Lakes Country 7. All rights reserved.
Terms of Service | Privacy Policy | EEO Statement | Public Inspection File
This site uses cookies. Learn more.
"""

add("u43-19", "https://lakescountry7.example/content/news/norwegian-soldiers-camp-ripley-norex",
    "Norwegian soldiers trade fjords for Camp Ripley in 46th troop exchange", None,
    "Lakes Country 7 News", t19, [
    E("EXERCISE", "occurred", [
        P("Norwegian Home Guard", "organisation", "NOR"),
        P("Minnesota National Guard", "organisation", "USA")],
      "2019-02", L("Camp Ripley", "USA"), None,
      "CAMP RIPLEY, Minn. (LC7) — About 100 soldiers from the Norwegian Home Guard landed in Minneapolis on Saturday and were bused north to Camp Ripley, where they are spending the week training alongside Minnesota National Guard soldiers in temperatures that dropped to 24 below zero Saturday night."),
    E("TRAIN", "occurred", [
        P("Norwegian Home Guard instructors", "organisation", "NOR"),
        P("Minnesota Guard soldiers", "organisation", "USA")],
      "2019-02", L("Værnes garrison, near Trondheim", "NOR"), None,
      "At the same time, about 100 Minnesota Guard soldiers flew the other way, to the Værnes garrison near Trondheim, where Norwegian Home Guard instructors are teaching them winter survival and cross-country skiing with rifles."),
    E("MEET", "occurred", [
        P("Scott Lindahl", "person", "USA", title="Adjutant General of Minnesota, Maj. Gen."),
        P("Ingrid Solberg", "person", "NOR", title="Commander of the Norwegian contingent, Lt. Col."),
        P("Norwegian contingent", "organisation", "NOR")],
      "2019-02-10", L("Camp Ripley", "USA"), None,
      "Maj. Gen. Scott Lindahl, Minnesota's adjutant general, welcomed the Norwegian contingent and its commander, Lt. Col. Ingrid Solberg, at a ceremony at the post's headquarters on Sunday morning."),
    E("COOPERATE", "occurred", [
        P("U.S. military", "organisation", "USA"),
        P("Norway", "country", "NOR")],
      None, None, "NOREX troop exchange",
      "The exchange, known as NOREX, has run every year since 1974, making it the longest-running troop exchange between the U.S. military and a foreign country.", optional=True),
], "scraped")

# ---------------------------------------------------------------- u43-20 (scraped, Mississauga)
t20 = """PEEL REGION LEDGER
Mississauga · Brampton · Caledon
NEWS | BUSINESS | COMMUNITY | SPORTS | OPINION | OBITUARIES | e-EDITION
Thursday, May 16, 2024 | 17°C Mainly sunny

BUSINESS

Mississauga armoured-truck maker ramps up as Ukraine orders keep coming

Roshel plans joint venture in Ukraine and first stand at Paris defence show

By Neil Sandhu | Published May 16, 2024 at 11:30 a.m.

At the Roshel plant off Dixie Road, the line of half-finished Senator armoured vehicles now runs the length of the building, and the company is looking for space next door.

The Mississauga company has delivered more than 1,700 Senators to Ukraine since the full-scale Russian invasion began in February 2022, most of them bought directly by Ukraine's Ministry of Defence or paid for by allied governments, chief operating officer Karen Lisowski said.

Ottawa paid for 200 of them. The federal government bought the vehicles in January 2023 to donate to Ukraine, and the last of the 200 were handed over to the Armed Forces of Ukraine last fall.

"When we started, we were 60 people building trucks for police forces and mining companies," Lisowski said. "Today we have more than 900 people, and about one in ten of them came here from Ukraine."

On Wednesday, the plant hosted Ukraine's consul general in Toronto, Oksana Levytska, and Ward 1 councillor Harjit Bains, who toured the assembly line and met workers.

"Every one of these vehicles has saved lives," Levytska told employees. "When our soldiers see the maple leaf on the door, they know who to thank."

The company also plans to open a joint venture with a Ukrainian manufacturer, Dnipro Armour Works, to assemble Senators in Ukraine, with production expected to start next year.

And next month, Roshel will take the Senator to Eurosatory, the large land-defence show held every two years near Paris, where it will have its own stand for the first time.

Growth has not been painless for the neighbours. Residents of the townhouses east of the plant say test drives of the 10-tonne vehicles on the side streets start as early as 6 a.m. Bains said the company had agreed to move testing to a private track in Milton by the end of the summer.

The company is hiring welders, painters and electricians for a third shift. Lisowski said it was also looking at a second plant in the city, but would not say where.

RELATED
- Brampton transit strike vote set for Monday
- Canadian Army to get new armoured vehicles under $2B contract
- Port Credit marina redevelopment gets green light

Share: f  X  in  ✉
© 2024 Peel Region Ledger. All rights reserved. | Privacy | Accessibility | Terms
We use cookies to personalize content and ads. Manage preferences.
"""

add("u43-20", "https://peelregionledger.example/business/roshel-ramps-up-ukraine-orders",
    "Mississauga armoured-truck maker ramps up as Ukraine orders keep coming", "2024-05-16",
    "Peel Region Ledger", t20, [
    E("TRANSFER", "occurred", [
        P("Roshel", "company", "CAN", "supplier"),
        P("Ukraine's Ministry of Defence", "organisation", "UKR", "recipient")],
      None, None, "more than 1,700 Senator armoured vehicles",
      "The Mississauga company has delivered more than 1,700 Senators to Ukraine since the full-scale Russian invasion began in February 2022, most of them bought directly by Ukraine's Ministry of Defence or paid for by allied governments, chief operating officer Karen Lisowski said."),
    E("TRANSFER", "occurred", [
        P("Ottawa", "country", "CAN", "supplier"),
        P("Armed Forces of Ukraine", "organisation", "UKR", "recipient")],
      "2023", None, "200 Senator armoured vehicles (donation)",
      "The federal government bought the vehicles in January 2023 to donate to Ukraine, and the last of the 200 were handed over to the Armed Forces of Ukraine last fall."),
    E("MEET", "occurred", [
        P("Oksana Levytska", "person", "UKR", title="Ukraine's consul general in Toronto"),
        P("Harjit Bains", "person", "CAN", title="Ward 1 councillor"),
        P("Roshel", "company", "CAN")],
      "2024-05-15", L("Roshel plant, Mississauga", "CAN"), None,
      "On Wednesday, the plant hosted Ukraine's consul general in Toronto, Oksana Levytska, and Ward 1 councillor Harjit Bains, who toured the assembly line and met workers."),
    E("INDUSTRY", "planned", [
        P("Roshel", "company", "CAN"),
        P("Dnipro Armour Works", "company", "UKR")],
      "2025", L("Ukraine", "UKR"), "Senator armoured vehicles (joint venture assembly)",
      "The company also plans to open a joint venture with a Ukrainian manufacturer, Dnipro Armour Works, to assemble Senators in Ukraine, with production expected to start next year."),
    E("EXHIBIT", "planned", [
        P("Roshel", "company", "CAN"),
        P("France", "country", "FRA")],
      "2024-06", L("near Paris", "FRA"), None,
      "And next month, Roshel will take the Senator to Eurosatory, the large land-defence show held every two years near Paris, where it will have its own stand for the first time."),
], "scraped")
