from lib import *

# ---------- 21 clean: Indonesia-Russia Su-35 counter-trade
a = "Russian state conglomerate Rostec and Indonesian state trading company PT Perusahaan Perdagangan Indonesia (PPI) signed an agreement in Jakarta on Tuesday setting out how Indonesia will pay for half of 11 Sukhoi Su-35 fighter jets with palm oil, coffee, rubber and other commodities."
b = "The signing was witnessed by Trade Minister Enggartiasto Lukita and Russia's ambassador to Indonesia, Lyudmila Vorobieva."
c = "The $1.14 billion purchase itself was agreed in February, when the defence ministry signed the supply contract with Rosoboronexport."
d = "The first two aircraft are scheduled to arrive in August next year, with the rest following within 2020."
e = "A further 35 percent of the price is to be covered by offset, under which Russian firms are obliged to invest in Indonesia's defence industry or buy components made by Indonesian companies, as required by a 2012 law."
f = "Indonesian Air Force pilots and engineers will be trained in Russia before the jets arrive, the defence ministry said."
g = "Indonesia already flies 16 Su-27 and Su-30 jets bought from Russia between 2003 and 2013."
text = f"""Palm oil for fighters: Indonesia sets terms of Su-35 counter-trade

JAKARTA — {a}

{b}

{c} Under Indonesia's rules on arms imports, half of the price will be paid in cash from the state budget and the rest through counter-trade and offset.

{d}

Lukita said commodities worth about $570 million would be shipped to Russia over the life of the contract. "This is not only about planes, it is about opening the Russian market to Indonesian products," he said. Exporters of palm oil, coffee, cocoa, tea, rubber and textiles have been invited to register.

{e}

{f}

Analysts warned that a US law that threatens sanctions against countries buying major weapons from Russia could complicate the deal, although Jakarta has said it will proceed. {g}

Palm oil futures in Kuala Lumpur rose 0.8 percent on Wednesday, though traders said the volumes involved were too small to move the market much.
"""
IDN, RUS = "IDN", "RUS"
add(21, "https://asiacommoditiesdesk.example/softs/palm-oil-for-fighters-su35-countertrade",
    "Palm oil for fighters: Indonesia sets terms of Su-35 counter-trade", "2018-08-08", "Asia Commodities Desk", text, [
    E("AGREE", "occurred", [P("Rostec", "company", RUS), P("PT Perusahaan Perdagangan Indonesia", "company", IDN),
                            P("Enggartiasto Lukita", "person", IDN, title="Trade Minister"),
                            P("Lyudmila Vorobieva", "person", RUS, title="Russia's ambassador to Indonesia")],
      "2018-08-07", L("Jakarta", IDN), None, a),
    E("AGREE", "occurred", [P("Indonesia's defence ministry", "organisation", IDN), P("Rosoboronexport", "company", RUS)],
      "2018-02", None, None, c, True),
    E("TRANSFER", "planned", [S("Russia", "country", RUS), R("Indonesia", "country", IDN)],
      "2019-08", None, "11 Sukhoi Su-35 fighter jets", a),
    E("INDUSTRY", "planned", [P("Russian firms", "company", RUS), P("Indonesia's defence industry", "organisation", IDN)],
      None, L("Indonesia", IDN), "offset investment and component purchases", e),
    E("TRAIN", "planned", [P("Russia", "country", RUS), P("Indonesian Air Force", "organisation", IDN)],
      None, L("Russia", RUS), None, f),
    E("TRANSFER", "occurred", [S("Russia", "country", RUS), R("Indonesia", "country", IDN)],
      None, None, "16 Su-27 and Su-30 jets", g, True),
])

# ---------- 22 raw html: Serbia Rafale
a = "Serbia signed a 2.7 billion euro contract for 12 Rafale fighter jets on Thursday during a two-day visit to Belgrade by French President Emmanuel Macron, the biggest arms purchase in the country's history."
b = "Macron and Serbian President Aleksandar Vucic held talks before attending the signing at the presidency, where Vucic said the deal showed that Serbia 'does not depend on one partner'."
c = "Deliveries from Dassault Aviation are due to begin in 2028."
d = "Dassault and Serbia's state-owned arms trader Yugoimport SDPR also agreed to set up a maintenance centre for the aircraft near Belgrade."
e = "Serbian pilots and ground crews will be trained in France."
f = "Belgrade has also bought Chinese FK-3 air defence systems, delivered in 2022, and CH-92A combat drones."
text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>Serbia signs EUR 2.7bn Rafale deal, to pay from budget | Balkan Finance Wire</title>
<script>(function(w,d){{var s=d.createElement('script');s.src='/a.js';d.head.appendChild(s);}})(window,document);</script>
</head>
<body class="article-page">
<div class="cookie-bar">We use cookies to personalise content. <button>Accept all</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/markets">Markets</a></li><li><a href="/public-finance">Public finance</a></li><li><a href="/region">Region</a></li></ul></nav>
<article>
<header><h1>Serbia signs EUR 2.7bn Rafale deal, to pay from budget</h1>
<div class="byline">Milica Jovanovi&#263; &middot; Belgrade &middot; <time datetime="2024-08-30">30 August 2024</time></div></header>
<p>{a}</p>
<p>{b}</p>
<p>{c} Finance Minister Sini&scaron;a Mali said the aircraft would be paid for in instalments from the state budget over several years and that no foreign loan had been taken for the purchase. The first advance, about a fifth of the price, is due within weeks.</p>
<p>Serbia's public debt stood at about 48 percent of GDP in June, and the government has said defence spending will rise to 2.3 percent of GDP next year. Economists at the Fiscal Council said the contract was affordable but warned it would crowd out investment if growth slowed.</p>
<p>{d}</p>
<p>{e}</p>
<p>The purchase marks a shift for Serbia, which has relied on Russian MiG-29 jets and has refused to join Western sanctions against Moscow. {f}</p>
</article>
<section class="related"><h2>Read more</h2><a href="/markets/belex">BELEX15 at two-year high</a><a href="/region/lithium">Jadar lithium project back on table</a></section>
<footer>&copy; 2024 Balkan Finance Wire</footer>
</body>
</html>
"""
SRB, FRA = "SRB", "FRA"
add(22, "https://balkanfinancewire.example/public-finance/serbia-rafale-deal-budget",
    "Serbia signs EUR 2.7bn Rafale deal, to pay from budget", "2024-08-30", "Balkan Finance Wire", text, [
    E("AGREE", "occurred", [P("Serbia", "country", SRB), P("France", "country", FRA),
                            P("Emmanuel Macron", "person", FRA, title="President"),
                            P("Aleksandar Vucic", "person", SRB, title="President")],
      "2024-08-29", L("Belgrade", SRB), None, a),
    E("MEET", "occurred", [P("Emmanuel Macron", "person", FRA, title="President"),
                           P("Aleksandar Vucic", "person", SRB, title="President")],
      "2024-08-29", L("Belgrade", SRB), None, b),
    E("TRANSFER", "planned", [S("Dassault Aviation", "company", FRA), R("Serbia", "country", SRB)],
      "2028", None, "12 Rafale fighter jets", c),
    E("INDUSTRY", "planned", [P("Dassault", "company", FRA), P("Yugoimport SDPR", "company", SRB)],
      None, L("Belgrade", SRB), "Rafale maintenance centre", d),
    E("TRAIN", "planned", [P("France", "country", FRA), P("Serbian pilots and ground crews", "organisation", SRB)],
      None, L("France", FRA), None, e),
    E("TRANSFER", "occurred", [S("China", "country", "CHN"), R("Serbia", "country", SRB)],
      "2022", None, "FK-3 air defence systems and CH-92A combat drones", f, True),
])

# ---------- 23 scraped, cut off: Iraq US FMF loan, KAI T-50IQ
a = "Iraq's finance ministry has drawn the first $500 million of a $2.7 billion US government loan to pay for American weapons and maintenance, officials said, as low oil prices leave Baghdad short of cash for arms it has already contracted."
b = "The loan, made under the foreign military financing programme and approved by Congress in 2016, was signed by the two governments in Baghdad in December."
c = "The money is earmarked for sustainment of Iraq's F-16IQ fleet and M1A1 Abrams tanks and for ammunition, the ministry said."
d = "Korea Aerospace Industries this month delivered the first T-50IQ light attack jets to Iraq, three years later than planned."
e = "Iraq and KAI agreed in January to defer part of the payments due on the $1.1 billion contract until 2019."
f = "The US-led coalition also shares intelligence with Iraqi forces fighting Islamic State in western Mosul, and US advisers are embedded with Iraqi brigades."
text = f"""BAGHDAD BUSINESS NEWS
Home | Oil & Gas | Banking | Reconstruction | Kurdistan | Security
Brent $50.64 | IQD/USD (CBI) 1,182 | Baghdad 24°C

22 March 2017

Iraq draws first tranche of US arms loan as oil slump bites

By Ahmed Al-Saadi

{a}

{b} Interest is fixed at about 2.4 percent, and repayment runs over ten years after a grace period.

{c}

Iraq's 2017 budget assumes an oil price of $42 per barrel and a deficit of about 21 trillion dinars. Defence and interior ministry spending together take about 18 percent of the total.

{d} {e} Iraqi officials said the deferral was needed because of the cost of the war against Islamic State.

{f}

"Without the loans the air force would be grounding aircraft for lack of parts," said a member of parliament's security and defence committee. The committee has asked the finance ministry to list all foreign credits for military purchases and their repayment dates, and the ministry says it will do so once the battle for Mosul is over and the budget for next year is drafted by the cabinet and sent to par"""
IRQ, USA, KOR = "IRQ", "USA", "KOR"
add(23, "https://baghdadbusinessnews.example/banking/iraq-first-tranche-us-arms-loan",
    "Iraq draws first tranche of US arms loan as oil slump bites", "2017-03-22", "Baghdad Business News", text, [
    E("AGREE", "occurred", [P("United States", "country", USA), P("Iraq", "country", IRQ)],
      "2016-12", L("Baghdad", IRQ), None, b),
    E("TRANSFER", "planned", [S("United States", "country", USA), R("Iraq", "country", IRQ)],
      None, None, "sustainment of F-16IQ fleet and M1A1 Abrams tanks, ammunition", c),
    E("TRANSFER", "occurred", [S("Korea Aerospace Industries", "company", KOR), R("Iraq", "country", IRQ)],
      "2017-03", None, "T-50IQ light attack jets", d),
    E("AGREE", "occurred", [P("Iraq", "country", IRQ), P("KAI", "company", KOR)],
      "2017-01", None, None, e),
    E("COOPERATE", "occurred", [P("US-led coalition", "organisation", USA), P("Iraqi forces", "organisation", IRQ)],
      None, L("western Mosul", IRQ), None, f),
])

# ---------- 24 clean, no event: opinion on offsets
text = """OPINION | The offset mirage

By Teresita Alcantara-Reyes

Every few years a new defence modernisation plan arrives in Manila with a promise attached: this time, the foreign supplier will build something here. Factories will rise, engineers will be trained, and the money that leaves the country for submarines or fighter jets will come back as jobs.

It rarely works out that way, and it is worth asking why before the next big contract is signed.

Offsets, the commitments a foreign arms seller makes to invest in the buyer's economy, are priced in. A supplier that promises to spend 50 percent of a contract's value locally simply adds the cost of doing so to the price. Studies of offset programmes around the world have found that the buyer usually pays a premium of 5 to 15 percent for the privilege. The question is whether what it gets back is worth that.

For a country with a small defence industry, the honest answer is often no. If Manila were to demand local assembly of submarines, it would need a shipyard able to weld pressure hulls, a supply chain for thousands of parts, and a steady stream of orders after the first boats are delivered. Without those, an assembly line built for one contract closes when the contract ends.

There are better uses of the leverage that a large order brings. A government could ask for long warranty periods, guaranteed spare parts at fixed prices, and maintenance done by local companies over the life of the equipment. Those are less glamorous than a factory ribbon-cutting, but they keep ships at sea.

The financing matters even more. An export credit at a low fixed rate can be worth more than any offset promise, and it is easier to check. Congress should insist that every major purchase come with a public account of what it will cost over thirty years, including interest, fuel and people, not just the sticker price.

None of this means the armed forces should not modernise. It means the budget committee should stop treating offset percentages as a measure of a good deal.

The writer teaches public finance at a university in Quezon City.
"""
add(24, "https://manilaledger.example/opinion/the-offset-mirage",
    "OPINION | The offset mirage", "2025-02-03", "Manila Ledger", text, [])

# ---------- 25 scraped, published null: UN peacekeeping reimbursements
a = "Bangladesh, one of the largest contributors of uniformed personnel to UN operations, has about 5,600 troops and police serving on peacekeeping missions, most of them with MINUSCA in the Central African Republic, UNMISS in South Sudan and MONUSCO in the Democratic Republic of Congo."
b = "Bangladesh Army chief General Waker-Uz-Zaman met UN Under-Secretary-General for Peace Operations Jean-Pierre Lacroix in New York last month to press for faster payment."
c = "Nepal, which has about 6,200 personnel deployed with UN missions, is owed some $28 million, according to its finance ministry."
d = "Rwanda, which sent an additional infantry battalion to MINUSCA in March, faces similar delays."
e = "Rwanda also keeps about 4,000 soldiers and police in Mozambique's Cabo Delgado province under a bilateral arrangement with Maputo."
f = "The European Union has financed part of that deployment with a 20 million euro assistance measure for the Rwanda Defence Force under the European Peace Facility."
g = "The army has bought several hundred Cobra armoured vehicles from Turkey's Otokar over the past decade, most of them for use on UN missions, and recovers part of their cost through the monthly rates."
text = f"""DHAKA TRADE & FINANCE
Home › Economy › Remittance & Forex
Dhaka 34°C Humid | DSEX 4,973.6 ▼0.4% | USD/BDT 122.00

UN cash crunch delays peacekeeping reimbursements to Bangladesh

May 14th, 2025
Staff Reporter

The United Nations owes Bangladesh about $140 million for troops and contingent-owned equipment on peacekeeping missions, the foreign ministry said, as a liquidity crisis at the UN delays payments to the countries that supply most of its blue helmets.

{a}

The UN pays contributing countries a flat monthly rate per soldier, currently $1,448, plus fees for equipment such as armoured vehicles and helicopters. For Bangladesh, the reimbursements are a welcome source of dollars at a time when reserves are under pressure, and the armed forces use part of the money to buy equipment. {g}

{b} Officials said Lacroix had promised to prioritise countries with the longest-outstanding claims but warned that the UN itself was waiting for member states to pay their assessments.

{c}

{d} {e} {f}

Finance ministry officials in Dhaka said the arrears would not affect the budget for the fiscal year starting in July but could delay planned equipment purchases.

Share: f  X  in  ✉

Related
- Remittance inflow hits record $3.29bn in March
- IMF releases fourth and fifth tranches
- Taka stable as banks get more dollars

Privacy | Terms | Cookies
"""
BGD = "BGD"
add(25, "https://dhakatradefinance.example/economy/un-cash-crunch-peacekeeping-reimbursements",
    "UN cash crunch delays peacekeeping reimbursements to Bangladesh", None, "Dhaka Trade & Finance", text, [
    E("DEPLOY", "occurred", [P("Bangladesh", "country", BGD), P("United Nations", "igo", "UN")],
      None, None, None, a),
    E("MEET", "occurred", [P("Waker-Uz-Zaman", "person", BGD, title="Bangladesh Army chief"),
                           P("Jean-Pierre Lacroix", "person", "UN", title="Under-Secretary-General for Peace Operations")],
      "2025-04", L("New York", "USA"), None, b),
    E("DEPLOY", "occurred", [P("Nepal", "country", "NPL"), P("UN missions", "igo", "UN")],
      None, None, None, c),
    E("DEPLOY", "occurred", [P("Rwanda", "country", "RWA"), P("MINUSCA", "igo", "UN")],
      "2025-03", L("Central African Republic", "CAF"), None, d),
    E("COOPERATE", "occurred", [P("Rwanda", "country", "RWA"), P("Mozambique", "country", "MOZ")],
      None, L("Cabo Delgado", "MOZ"), None, e, True),
    E("COOPERATE", "occurred", [P("European Union", "igo", "EU"), P("Rwanda Defence Force", "organisation", "RWA")],
      None, None, None, f),
    E("TRANSFER", "occurred", [S("Otokar", "company", "TUR"), R("army", "organisation", BGD)],
      None, None, "Cobra armoured vehicles", g, True),
])
