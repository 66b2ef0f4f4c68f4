from lib import *

# ---------- 16 scraped, no event: Zambia denial, civil loan
text = """ZAMBIA BUSINESS TIMES
Home | News | Mining | Agriculture | Finance | Columns | Jobs
LME Copper $8,012/t | ZMW/USD 16.92 | Lusaka 29°C

Finance ministry denies Chinese loan paid for military jets

Lusaka, Wednesday 9 November 2022
By Mutale Chanda

The Ministry of Finance and National Planning on Tuesday dismissed reports on social media that a $320 million loan from the Export-Import Bank of China had been used to buy military aircraft, saying the facility financed only the upgrading of the Lusaka-Ndola dual carriageway.

"No part of this loan has gone or will go to defence," permanent secretary Felix Nkulukusa said in a statement. "The disbursements are paid directly to the contractor for road works and are audited."

The reports, which circulated widely after a photograph of new aircraft at a Lusaka air base was posted online, claimed the road loan had been diverted to pay a Chinese manufacturer. The ministry said the aircraft in the photograph belonged to a private charter company.

The statement added that Zambia has not signed any new defence procurement contract financed by foreign credit since it defaulted on its eurobonds in November 2020, and that all external borrowing is frozen while creditors negotiate a restructuring under the G20 Common Framework.

Opposition legislators have demanded a full list of loans contracted by the previous government, some of which were not disclosed to parliament. The ministry said it would publish an updated debt report by the end of the year.

Tags: debt, China, Exim Bank, roads

Comments (14)
Related
- Copper output up 3% in third quarter
- Kwacha firms on IMF disbursement
- Maize floor price set at K6,000

Subscribe to our newsletter | Privacy | Cookies
"""
add(16, "https://zambiabusinesstimes.example/finance/ministry-denies-chinese-loan-military-jets",
    "Finance ministry denies Chinese loan paid for military jets", "2022-11-09", "Zambia Business Times", text, [])

# ---------- 17 raw html: Turk Eximbank credit for Uzbekistan
a = "Uzbekistan's Ministry of Economy and Finance and Turk Eximbank signed a loan agreement in Tashkent on Monday to finance the purchase of Turkish-made armoured vehicles for the Uzbek armed forces."
b = "The credit, repayable over twelve years after a three-year grace period, will cover 85 percent of the cost of 120 Otokar Arma 6x6 vehicles, with the Uzbek budget paying the rest."
c = "The agreement was signed during a visit by Turkish Defence Minister Hulusi Akar, who held talks on Monday with his Uzbek counterpart, Bakhodir Kurbanov."
d = "Under an industrial-participation clause, the last 80 vehicles are to be assembled at a plant in Chirchiq that Otokar will set up with Uzbekistan's state defence industry agency."
e = "Turkish instructors will train Uzbek crews and mechanics on the vehicles at the Chirchiq higher tank command school."
f = "Uzbek troops took part for the first time in Turkey's EFES-2022 exercise near Izmir last May."
g = "The state defence industry agency also plans to take a stand at the IDEF arms fair in Istanbul in July."
text = f"""<html><head><title>Turk Eximbank to finance Uzbek armoured vehicle purchase - Tashkent Economic Bulletin</title>
<script type="text/javascript">var gaq = gaq || []; gaq.push(['_setAccount', 'UA-000000-1']);</script>
</head>
<body>
<table width="100%"><tr><td><a href="/">Tashkent Economic Bulletin</a></td><td>O'zbekcha | Русский | English</td></tr></table>
<div class="menu"><a href="/finance">Finance</a> &#124; <a href="/trade">Trade</a> &#124; <a href="/industry">Industry</a> &#124; <a href="/banks">Banks</a></div>
<div class="rates">CBU: USD 11,385.21 UZS | EUR 12,103.44 UZS | RUB 149.95 UZS</div>
<div class="news">
<h2>Turk Eximbank to finance Uzbek armoured vehicle purchase</h2>
<div class="date">15 March 2023</div>
<p>{a}</p>
<p>{b} Neither side disclosed the value, but Uzbek officials said the loan was the largest Turkish export credit yet extended to Central Asia for defence.</p>
<p>{c}</p>
<p>{d} {e}</p>
<p>Turkey has become a leading supplier of arms to Central Asia, helped by export credits and by a shared language heritage. Uzbekistan's defence spending is not published, but the government's borrowing plan for 2023 caps new external borrowing at $5.5 billion for all purposes.</p>
<p>{f}</p>
<p>{g}</p>
</div>
<div class="more"><b>Other news:</b> <a href="#">Uzbekistan issues sukuk</a> &#124; <a href="#">Cotton exports fall</a></div>
<div class="foot">&copy; Tashkent Economic Bulletin, 2023</div>
</body></html>
"""
UZB, TUR = "UZB", "TUR"
add(17, "https://tashkenteconomicbulletin.example/finance/turk-eximbank-uzbek-armoured-vehicles",
    "Turk Eximbank to finance Uzbek armoured vehicle purchase", "2023-03-15", "Tashkent Economic Bulletin", text, [
    E("AGREE", "occurred", [P("Uzbekistan's Ministry of Economy and Finance", "organisation", UZB),
                            P("Turk Eximbank", "organisation", TUR)],
      "2023-03-13", L("Tashkent", UZB), None, a),
    E("TRANSFER", "planned", [S("Otokar", "company", TUR), R("Uzbek armed forces", "organisation", UZB)],
      None, None, "120 Otokar Arma 6x6 armoured vehicles", b),
    E("MEET", "occurred", [P("Hulusi Akar", "person", TUR, title="Defence Minister"),
                           P("Bakhodir Kurbanov", "person", UZB, title="Defence Minister")],
      "2023-03-13", L("Tashkent", UZB), None, c),
    E("INDUSTRY", "planned", [P("Otokar", "company", TUR), P("state defence industry agency", "organisation", UZB)],
      None, L("Chirchiq", UZB), "assembly of 80 Arma 6x6 vehicles", d),
    E("TRAIN", "planned", [P("Turkish instructors", "organisation", TUR), P("Uzbek crews and mechanics", "organisation", UZB)],
      None, L("Chirchiq", UZB), None, e),
    E("EXERCISE", "occurred", [P("Uzbek troops", "organisation", UZB), P("Turkey", "country", TUR)],
      "2022-05", L("Izmir", TUR), None, f),
    E("EXHIBIT", "planned", [P("state defence industry agency", "organisation", UZB), P("Turkey", "country", TUR)],
      "2023-07", L("Istanbul", TUR), None, g),
])

# ---------- 18 scraped, cut off: Pakistan Hangor payments
a = "Pakistan has agreed with China to stretch payments for eight Hangor-class submarines over four additional years, a finance ministry official said, easing pressure on foreign-exchange reserves as Islamabad negotiates a new IMF programme."
b = "The revised schedule was agreed last month with China Shipbuilding & Offshore International Co. (CSOC), the state exporter that holds the contract, and with the Chinese state lender financing it, according to the official, who asked not to be named."
c = "The navy expects to commission the first of the submarines next year."
d = "Four of the eight boats are being built at Karachi Shipyard & Engineering Works under a transfer-of-technology arrangement with CSOC, the largest defence-industrial project in Pakistan's history."
e = "The two navies held their Sea Guardian-3 exercise off Shanghai in July last year."
f = "Islamabad is also still paying in instalments for the 25 J-10C fighters it began receiving from China in 2022."
text = f"""KARACHI MARKETS REVIEW
Stocks  Commodities  Economy  Budget 2024-25  Opinion  E-Paper
KSE-100 72,804.33 +0.7% | PKR/USD 278.20 | Gold Rs 244,500/tola

Wednesday, May 08, 2024

Pakistan wins longer payment terms on Chinese submarines

Shahid Qureshi | Islamabad

{a}

{b} Under the new terms, about $640 million that was due between 2024 and 2027 will instead be paid between 2028 and 2031, the official said, adding that the interest rate was unchanged.

The first boat, PNS Hangor, was launched at the Wuchang shipyard in Wuhan last month. {c}

{d}

Defence-related debt to China is not reported separately in Pakistan's public debt bulletins, which makes it hard to gauge, economists said. "These are off the radar for most analysts, but they compete for the same dollars as oil imports," said an Islamabad-based economist.

{e} {f} Finance ministry data show that external debt servicing on defence-related credits rose to about $1.2 billion in the fiscal year to June 2023, up from an average of $700 million in the three prec"""
CHN, PAK = "CHN", "PAK"
add(18, "https://karachimarketsreview.example/economy/pakistan-longer-payment-terms-chinese-submarines",
    "Pakistan wins longer payment terms on Chinese submarines", "2024-05-08", "Karachi Markets Review", text, [
    E("AGREE", "occurred", [P("Pakistan", "country", PAK), P("China Shipbuilding & Offshore International Co.", "company", CHN)],
      "2024-04", None, None, b),
    E("TRANSFER", "planned", [S("China", "country", CHN), R("navy", "organisation", PAK)],
      "2025", None, "eight Hangor-class submarines", a),
    E("INDUSTRY", "occurred", [P("Karachi Shipyard & Engineering Works", "company", PAK), P("CSOC", "company", CHN)],
      None, L("Karachi", PAK), "construction of four Hangor-class submarines under transfer of technology", d),
    E("EXERCISE", "occurred", [P("Pakistan Navy", "organisation", PAK), P("Chinese navy", "organisation", CHN)],
      "2023-07", L("off Shanghai", None), None, e),
    E("TRANSFER", "occurred", [S("China", "country", CHN), R("Pakistan", "country", PAK)],
      "2022", None, "25 J-10C fighters", f, True),
])

# ---------- 19 clean: Morocco Apaches, Stinger approval, Elbit, African Lion
a = "Morocco took delivery of its first six AH-64E Apache attack helicopters from the United States this week, the Royal Armed Forces said, the first batch of 24 ordered in 2020 under a contract Rabat is paying for from its own budget rather than with US financing."
b = "The remaining 18 helicopters are due to arrive in batches by the end of 2026."
c = "In a separate notification to Congress, the State Department approved a possible sale to Morocco of 600 FIM-92K Stinger missiles and related equipment worth an estimated $825 million."
d = "BlueBird Aero Systems, a unit of Israel's Elbit Systems, is building a factory near Benslimane with a Moroccan partner to assemble surveillance drones for the kingdom's armed forces."
e = "US and Moroccan troops will gather again in May for African Lion, the largest US military exercise in Africa, which Morocco has co-hosted since 2004, with units from more than 40 countries taking part."
f = "The United States also pays for Moroccan officers to attend US staff and war colleges through its International Military Education and Training programme, worth about $2 million a year."
text = f"""Morocco's arms bill: Apaches arrive, Stingers approved, budget stretched

RABAT — {a}

{b}

Morocco's 2025 finance law allows the National Defence Administration to commit up to 133 billion dirhams for the purchase and repair of equipment for the Royal Armed Forces, an increase of about 7 percent on last year, and a budget that rivals the country's spending on education. The finance law does not name suppliers.

{c} The notification does not mean a contract has been signed, and Moroccan officials did not comment on how the missiles would be paid for.

Unlike Egypt or Jordan, Morocco receives only small amounts of US military financing, about $10 million a year in recent budgets, and pays for almost all of its American equipment itself. Economists at a Rabat think tank estimate that arms imports account for 3 to 4 percent of the kingdom's annual import bill.

{d} The plant is the first Israeli defence factory in an Arab country.

{e}

{f}

"The money question is not whether Morocco can pay, but what it is not spending on," said a Rabat-based economist. "Every Apache is a hospital."
"""
MAR, USA = "MAR", "USA"
add(19, "https://casablancafinanceweekly.example/economy/morocco-arms-bill-apaches-stingers",
    "Morocco's arms bill: Apaches arrive, Stingers approved, budget stretched", "2025-03-12", "Casablanca Finance Weekly", text, [
    E("TRANSFER", "occurred", [S("United States", "country", USA), R("Royal Armed Forces", "organisation", MAR)],
      "2025-03", None, "six AH-64E Apache attack helicopters", a),
    E("TRANSFER", "planned", [S("United States", "country", USA), R("Morocco", "country", MAR)],
      "2026", None, "18 AH-64E Apache helicopters", b),
    E("TRANSFER", "planned", [S("State Department", "organisation", USA), R("Morocco", "country", MAR)],
      None, None, "600 FIM-92K Stinger missiles and related equipment", c),
    E("INDUSTRY", "occurred", [P("BlueBird Aero Systems", "company", "ISR"), P("Elbit Systems", "company", "ISR"),
                               P("Moroccan partner", "company", MAR)],
      None, L("Benslimane", MAR), "surveillance drone assembly factory", d),
    E("EXERCISE", "planned", [P("US troops", "organisation", USA), P("Moroccan troops", "organisation", MAR)],
      "2025-05", L("Morocco", MAR), None, e),
    E("TRAIN", "occurred", [P("United States", "country", USA), P("Moroccan officers", "organisation", MAR)],
      None, L("United States", USA), None, f),
])

# ---------- 20 scraped, published null: Peru-Korea
a = "Peru's Ministry of Economy and Finance has authorised the defence ministry to borrow up to US$460 million from Korean lenders to fund the first phase of an army modernisation programme built around South Korean armoured vehicles, according to a supreme decree published in the official gazette on Wednesday."
b = "The decree follows a framework agreement signed in Lima on Monday by Hanwha Aerospace and the Peruvian army's manufacturing arm, Fabricaciones Militares del Ejercito (FAME), for the joint production of K2 main battle tanks and K21 infantry fighting vehicles."
c = "Under the plan, the first vehicles would be shipped complete from South Korea, with later batches assembled at a FAME facility in Chorrillos."
d = "South Korean President Yoon Suk Yeol, in Lima for the APEC summit, is due to meet President Dina Boluarte on Saturday, and officials from both sides said the two governments expected to sign a memorandum on defence industry cooperation during the meeting."
e = "HD Hyundai Heavy Industries is already building a frigate, two offshore patrol vessels and a landing ship for the Peruvian Navy with the state shipyard SIMA at Callao under a 2022 contract, with much of the steel work done in Peru."
text = f"""LIMA ECONOMIC JOURNAL
Economía | Mercados | Minería | Política | APEC 2024 | English
BVL S&P/BVL Peru General 29,104 | PEN/USD 3.79 | Cobre US$4.06/lb

14.11.2024 | 08:30

MEF clears Korean loans for army tank programme

{a}

The decree sets a repayment term of up to 15 years and requires the loans to be arranged through the Korean state export-credit system. Economy Minister José Arista told reporters the borrowing was within the fiscal rule and "will be paid from the defence budget over time, not up front".

{b}

{c} Neither side gave a total value, but army officials have previously put the requirement at more than 170 vehicles.

{d}

{e}

Peru's army still operates T-55 tanks bought from the Soviet Union in the 1970s, and officers say spare parts are scarce.

Comparte: Facebook | X | WhatsApp | LinkedIn

Lo más leído
- BCR keeps rate at 5.25%
- Chancay port handles first container ship
- Mining investment to rise 10% in 2025

Utilizamos cookies para mejorar su experiencia. Aceptar
"""
PER, KOR = "PER", "KOR"
add(20, "https://limaeconomicjournal.example/en/economia/mef-korean-loans-army-tanks",
    "MEF clears Korean loans for army tank programme", None, "Lima Economic Journal", text, [
    E("AGREE", "occurred", [P("Hanwha Aerospace", "company", KOR), P("Fabricaciones Militares del Ejercito", "company", PER)],
      "2024-11-11", L("Lima", PER), None, b),
    E("INDUSTRY", "occurred", [P("Hanwha Aerospace", "company", KOR), P("Fabricaciones Militares del Ejercito", "company", PER)],
      "2024-11-11", L("Lima", PER), "joint production of K2 main battle tanks and K21 infantry fighting vehicles", b),
    E("TRANSFER", "planned", [S("South Korea", "country", KOR), R("Peru", "country", PER)],
      None, None, "K2 tanks and K21 infantry fighting vehicles", c),
    E("MEET", "planned", [P("Yoon Suk Yeol", "person", KOR, title="President"),
                          P("Dina Boluarte", "person", PER, title="President")],
      "2024-11-16", L("Lima", PER), None, d),
    E("AGREE", "planned", [P("South Korea", "country", KOR), P("Peru", "country", PER)],
      "2024-11-16", L("Lima", PER), None, d),
    E("INDUSTRY", "occurred", [P("HD Hyundai Heavy Industries", "company", KOR), P("SIMA", "company", PER)],
      None, L("Callao", PER), "frigate, two offshore patrol vessels and a landing ship for the Peruvian Navy", e),
    E("AGREE", "planned", [P("Peru's Ministry of Economy and Finance", "organisation", PER), P("Korean lenders", "organisation", KOR)],
      None, None, None, a, True),
])
