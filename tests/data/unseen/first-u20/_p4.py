from _lib import *

# ---------------- u20-12 Egypt denial (distractor, clean) ----------------
t12 = """Egypt rejects report it planned to send rockets to Russia

CAIRO — Egypt on Tuesday rejected a US newspaper report that it had planned to secretly produce up to 40,000 rockets for Russia, insisting that it remains neutral in the war in Ukraine.

The report, based on a purported classified US document that circulated online among a trove of leaked files, said President Abdel Fattah El-Sisi had instructed officials in February to keep the production and shipment of the rockets secret "to avoid problems with the West".

"Egypt's position from the start has been based on non-involvement in this crisis and a commitment to maintain equal distance from both sides," Foreign Ministry spokesman Ahmed Abu Zeid said in a statement to the press.

An Egyptian official, speaking on condition of anonymity, described the report as "pure fabrication" and said no such order had been given or carried out.

In Washington, a Pentagon spokesperson said the department had "not seen any indication" that Egypt was providing lethal weapons capabilities to Russia, while declining to comment on the authenticity of the leaked document.

The document also claimed that Egypt considered supplying artillery rounds and gunpowder to Moscow, an allegation Cairo also dismissed.

Analysts in Cairo said any such sale would have put at risk the country's relations with Washington, which have endured several crises since the 2013 overthrow of President Mohamed Morsi.

"It makes no sense for Cairo to gamble its most important partnerships for a few thousand rockets," said a retired general who now teaches at a military academy. "Egypt has been careful not to take sides since the first day of the war."

Egypt, the Arab world's most populous country, buys much of its wheat from Russia and Ukraine and has been hit hard by the economic fallout of the conflict.

The leaked files, which US officials say include some altered material, have also raised questions about Washington's intelligence gathering on its allies."""

doc("u20-12", "Egypt rejects report it planned to send rockets to Russia", "Cairo Morning Post",
    "https://cairomorningpost.example/news/egypt-rejects-report-rockets-russia", "2023-04-11", [], text=t12)

# ---------------- u20-13 Rwanda, MINUSCA rotation (scraped) ----------------
t13 = """The Kigali Times
HOME  NEWS  BUSINESS  OPINION  SPORTS  LIFESTYLE  EAST AFRICA  E-PAPER
Thursday, March 16, 2023   |   Kigali 24°C   |   1 USD = 1,093 Rwf
Home » News » National

RDF battalion leaves for Central African Republic peacekeeping tour

A battalion of 750 Rwanda Defence Force (RDF) soldiers left Kigali International Airport on Wednesday for the Central African Republic, where they will replace a unit that has completed its one-year tour with the UN Multidimensional Integrated Stabilization Mission in CAR (MINUSCA).

Before departure, the troops were briefed by the Chief of Defence Staff, Gen Jean Bosco Kazura, who urged them to "remain the ambassadors of Rwanda" in the mission area.

The returning battalion, which was based in Bangui and Bria, is expected home later this week.

Rwanda is among the top contributors of troops and police to UN peacekeeping operations, with the bulk of its personnel deployed in South Sudan and the CAR.

Separately, Rwanda maintains a contingent in the CAR under a bilateral arrangement with the government in Bangui, which protects key supply routes and was credited with helping to secure the 2020 elections.

In Mozambique, the commander of the Rwanda Security Forces deployed in Cabo Delgado province, Maj Gen Innocent Mugabo, met with Mozambique's Minister of National Defence Cristóvão Chume in Mocímboa da Praia on Monday, to review the security situation and plans for the return of displaced residents.

Rwandan troops have operated in Cabo Delgado since July 2021 at the request of the Mozambican government, alongside the Southern African Development Community Mission in Mozambique (SAMIM), to which South Africa, Botswana, Tanzania and Lesotho contribute troops.

In December, the European Union approved €20 million from its European Peace Facility to support the Rwandan deployment in Cabo Delgado.

Meanwhile, the government spokesperson Yolande Makolo dismissed as "baseless" renewed accusations by Kinshasa that RDF units were operating alongside M23 rebels in eastern DR Congo.

RELATED STORIES
› RDF, UPDF chiefs hold talks on border security
› Rwanda Police officers receive UN medals in South Sudan
› Kagame addresses new recruits in Gako

Comments
Log in to comment.
© 2023 The Kigali Times. All rights reserved."""

RWA = P("Rwanda", "country", "RWA")
moz_loc = L("Mozambique", "MOZ")
SAMIM = P("Southern African Development Community Mission in Mozambique", "igo", "SADC")
doc("u20-13", "RDF battalion leaves for Central African Republic peacekeeping tour", "The Kigali Times",
    "https://kigalitimes.example/news/national/rdf-battalion-leaves-for-car", "2023-03-16", [
    E("DEPLOY", "occurred", [P("Rwanda Defence Force", "organisation", "RWA"), P("Jean Bosco Kazura", "person", "RWA", title="Chief of Defence Staff"),
                             P("UN Multidimensional Integrated Stabilization Mission in CAR", "igo", "UN")], "2023-03-15",
      L("Central African Republic", "CAF"), None,
      "A battalion of 750 Rwanda Defence Force (RDF) soldiers left Kigali International Airport on Wednesday for the Central African Republic, where they will replace a unit that has completed its one-year tour with the UN Multidimensional Integrated Stabilization Mission in CAR (MINUSCA)."),
    E("COOPERATE", "occurred", [RWA, P("Central African Republic", "country", "CAF")], None, L("Central African Republic", "CAF"), None,
      "Separately, Rwanda maintains a contingent in the CAR under a bilateral arrangement with the government in Bangui, which protects key supply routes and was credited with helping to secure the 2020 elections.", optional=True),
    E("MEET", "occurred", [P("Innocent Mugabo", "person", "RWA", title="commander of the Rwanda Security Forces deployed in Cabo Delgado province"),
                           P("Cristóvão Chume", "person", "MOZ", title="Minister of National Defence")], "2023-03-13", L("Mocímboa da Praia", "MOZ"), None,
      "In Mozambique, the commander of the Rwanda Security Forces deployed in Cabo Delgado province, Maj Gen Innocent Mugabo, met with Mozambique's Minister of National Defence Cristóvão Chume in Mocímboa da Praia on Monday, to review the security situation and plans for the return of displaced residents."),
    E("COOPERATE", "occurred", [RWA, P("Mozambique", "country", "MOZ")], None, L("Cabo Delgado", "MOZ"), None,
      "Rwandan troops have operated in Cabo Delgado since July 2021 at the request of the Mozambican government, alongside the Southern African Development Community Mission in Mozambique (SAMIM), to which South Africa, Botswana, Tanzania and Lesotho contribute troops.", optional=True),
    E("DEPLOY", "occurred", [P("South Africa", "country", "ZAF"), SAMIM], None, moz_loc, None,
      "Rwandan troops have operated in Cabo Delgado since July 2021 at the request of the Mozambican government, alongside the Southern African Development Community Mission in Mozambique (SAMIM), to which South Africa, Botswana, Tanzania and Lesotho contribute troops."),
    E("DEPLOY", "occurred", [P("Botswana", "country", "BWA"), SAMIM], None, moz_loc, None,
      "Rwandan troops have operated in Cabo Delgado since July 2021 at the request of the Mozambican government, alongside the Southern African Development Community Mission in Mozambique (SAMIM), to which South Africa, Botswana, Tanzania and Lesotho contribute troops."),
    E("DEPLOY", "occurred", [P("Tanzania", "country", "TZA"), SAMIM], None, moz_loc, None,
      "Rwandan troops have operated in Cabo Delgado since July 2021 at the request of the Mozambican government, alongside the Southern African Development Community Mission in Mozambique (SAMIM), to which South Africa, Botswana, Tanzania and Lesotho contribute troops."),
    E("DEPLOY", "occurred", [P("Lesotho", "country", "LSO"), SAMIM], None, moz_loc, None,
      "Rwandan troops have operated in Cabo Delgado since July 2021 at the request of the Mozambican government, alongside the Southern African Development Community Mission in Mozambique (SAMIM), to which South Africa, Botswana, Tanzania and Lesotho contribute troops."),
    E("COOPERATE", "occurred", [P("European Union", "igo", "EU"), RWA], "2022-12", None, None,
      "In December, the European Union approved €20 million from its European Peace Facility to support the Rwandan deployment in Cabo Delgado."),
], text=t13)

# ---------------- u20-14 South Africa, Lady R row (raw html) ----------------
h14 = """<!DOCTYPE html>
<html lang="en-ZA">
<head>
<meta charset="UTF-8">
<title>Government denies arms were sold to Russia as Lady R row escalates | SA Defence Review</title>
<meta property="og:type" content="article">
<script type="text/javascript">var _paq = window._paq || []; _paq.push(['trackPageView']);</script>
</head>
<body>
<div class="topbar">Friday, 12 May 2023 | <a href="/subscribe">Subscribe to our newsletter</a> | <a href="/advertise">Advertise</a></div>
<nav><a href="/">Home</a> | <a href="/c/army">Army</a> | <a href="/c/air">Air</a> | <a href="/c/sea">Sea</a> | <a href="/c/industry">Industry</a> | <a href="/c/peacekeeping">Peacekeeping</a> | <a href="/c/africa">African News</a></nav>
<div class="post">
<h1 class="entry-title">Government denies arms were sold to Russia as Lady R row escalates</h1>
<p class="post-meta">Written by Guy Marais &ndash; 12 May 2023</p>
<p>The South African government has denied that it approved any sale of weapons to Russia, after US Ambassador Reuben Brigety said on Thursday he was confident that arms and ammunition were loaded onto the sanctioned Russian cargo ship Lady R at Simon&#8217;s Town naval base in December.</p>
<p>&ldquo;There is no record of an approved arms sale by the state to Russia relating to the period and incident in question,&rdquo; the chairman of the National Conventional Arms Control Committee (NCACC), Minister in the Presidency Mondli Gungubele, said.</p>
<p>President Cyril Ramaphosa said an independent inquiry, led by a retired judge, would be set up to establish what the ship had loaded and unloaded during its three-day stay at the naval base.</p>
<p>The row comes three months after the South African National Defence Force (SANDF) hosted the navies of Russia and China for Exercise Mosi II off Durban and Richards Bay, a drill that drew criticism from Western governments and opposition parties.</p>
<p>SANDF chief General Rudzani Maphwanya is due in Moscow next week for talks with senior Russian military officials, the Department of Defence confirmed, describing the visit as &ldquo;long planned&rdquo;.</p>
<p>Meanwhile, the SANDF said a fresh infantry battalion arrived in Goma on Wednesday to take over from 2 SA Infantry Battalion in the Force Intervention Brigade of the UN stabilisation mission in the DRC, MONUSCO.</p>
<p>In industry news, Paramount Group and India&#8217;s Bharat Forge said they would jointly produce mine-protected vehicles for African customers, without giving a timeline.</p>
<p>Opposition parties called on the government to explain why the Lady R was allowed to dock at a naval base while under US sanctions.</p>
<div class="tags">Tags: <a href="/tag/lady-r">Lady R</a> <a href="/tag/russia">Russia</a> <a href="/tag/sandf">SANDF</a></div>
</div>
<div class="sidebar"><h3>Related</h3>
<ul><li><a href="#">Rooivalk fleet grounded pending spares contract</a></li>
<li><a href="#">SAAF receives upgraded C-130BZ from overhaul</a></li>
<li><a href="#">Armscor budget cut again</a></li></ul></div>
<footer>&copy; 2023 SA Defence Review &bull; All rights reserved &bull; <a href="/privacy-policy">Privacy Policy</a></footer>
</body>
</html>"""

doc("u20-14", "Government denies arms were sold to Russia as Lady R row escalates", "SA Defence Review",
    "https://sadefencereview.example/government-denies-arms-sale-russia-lady-r", "2023-05-12", [
    E("EXERCISE", "occurred", [P("South African National Defence Force", "organisation", "ZAF"), P("Russia", "country", "RUS"), P("China", "country", "CHN")],
      "2023-02", L("off Durban and Richards Bay", None), None,
      "The row comes three months after the South African National Defence Force (SANDF) hosted the navies of Russia and China for Exercise Mosi II off Durban and Richards Bay, a drill that drew criticism from Western governments and opposition parties."),
    E("MEET", "planned", [P("Rudzani Maphwanya", "person", "ZAF", title="SANDF chief"), P("Russia", "country", "RUS")], "2023-05", L("Moscow", "RUS"), None,
      "SANDF chief General Rudzani Maphwanya is due in Moscow next week for talks with senior Russian military officials, the Department of Defence confirmed, describing the visit as “long planned”."),
    E("DEPLOY", "occurred", [P("South African National Defence Force", "organisation", "ZAF"), P("MONUSCO", "igo", "UN")], "2023-05-10",
      L("Goma", "COD"), None,
      "Meanwhile, the SANDF said a fresh infantry battalion arrived in Goma on Wednesday to take over from 2 SA Infantry Battalion in the Force Intervention Brigade of the UN stabilisation mission in the DRC, MONUSCO."),
    E("INDUSTRY", "planned", [P("Paramount Group", "company", "ZAF"), P("Bharat Forge", "company", "IND")], None, None, "mine-protected vehicles",
      "In industry news, Paramount Group and India’s Bharat Forge said they would jointly produce mine-protected vehicles for African customers, without giving a timeline."),
], html=h14)
