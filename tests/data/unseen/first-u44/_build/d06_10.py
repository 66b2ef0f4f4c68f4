from lib import *

# ---------- 06 clean, no event: Kenya domestic defence budget
text = """Kenya raises defence allocation to Sh176bn in 2024/25 budget

NAIROBI, June 14 — The Treasury has raised the Ministry of Defence's allocation to Sh176.3 billion for the financial year starting July 1, up from Sh164.5 billion, according to budget estimates tabled in the National Assembly on Thursday.

Recurrent spending, mostly salaries, allowances and pensions for the Kenya Defence Forces, takes Sh139.8 billion. Development spending rises to Sh11.2 billion, with the largest items being housing for soldiers at Lanet and Embakasi barracks, a new medical centre at the Defence Forces Memorial Hospital, and the second phase of a patrol boat programme at Kenya Shipyards Limited in Mombasa.

Kenya Shipyards, a state corporation run by the military, will receive Sh2.4 billion to complete two patrol craft and to upgrade its dry dock, Treasury documents show. The Kenya Ordnance Factories Corporation in Eldoret gets Sh1.1 billion to expand small-arms ammunition output, which officials want to make the country self-sufficient in rifle rounds by 2027.

The estimates do not list individual equipment purchases, which are classified. Budget Committee chairman Samuel Atandi said MPs would scrutinise "every shilling" given the pressure on the exchequer after the withdrawal of the Finance Bill's revenue measures.

Defence remains the fourth-largest line in the budget after education, security and debt service. The Treasury expects total spending of Sh3.99 trillion and a deficit of 3.3 percent of GDP.
"""
add(6, "https://nairobimoneywatch.example/budget/kenya-defence-allocation-2024-25",
    "Kenya raises defence allocation to Sh176bn in 2024/25 budget", "2024-06-14", "Nairobi Money Watch", text, [])

# ---------- 07 scraped: Poland US FMF loan and Korean credit
a = "Poland's finance ministry on Tuesday signed a $2 billion loan agreement with the United States under the foreign military financing programme, money Warsaw will use to pay for American weapons it has already ordered."
b = "The agreement was signed in Warsaw by Deputy Finance Minister Jurand Drop and US Ambassador Mark Brzezinski."
c = "It is the second such loan in less than a year, following a $2 billion facility agreed in September 2023, and brings Poland's borrowing under the programme to $4 billion."
d = "Ministry officials said the money would help fund 96 AH-64E Apache attack helicopters, the first of which are due in 2028."
e = "Part of it will also go to additional HIMARS rocket launchers for the army."
f = "Warsaw also closed a $1.5 billion credit last week with a syndicate of Korean lenders led by the Export-Import Bank of Korea, covering most of the second contract for 72 K239 Chunmoo rocket launchers signed with Hanwha Aerospace in December."
g = "The first 180 K2 tanks under the initial executive contract have been arriving from Hyundai Rotem since December 2022; the last are due next year."
h = "Under a 2022 framework agreement, Poland wants to buy 1,000 K2 tanks in total."
i = "More than 800 of them are to be built under licence in Poland as the K2PL by Bumar-Labedy, part of state defence group PGZ, with Hyundai Rotem supplying technology and key components."
text = f"""VISTULA FINANCE
Markets | Companies | Economy | Defence & Security | Energy | Tech
WIG20 2,487.10 +0.6% | EUR/PLN 4.31 | USD/PLN 4.05 | PL 10Y 5.52%

Log in | Newsletter

Economy › Public finance

Poland lines up US and Korean credit as arms bill swells

Agnieszka Wróblewska
18 April 2024, 07:45

{a}

{b}

{c}

{d} {e}

"We would rather spread the cost over 12 to 15 years than pay up front at today's prices," Drop told reporters after the signing. "The interest is well below what we pay on our own bonds."

The loans are an important part of how Poland is paying for the most ambitious rearmament in Europe. The government has budgeted defence spending of 4.1 percent of GDP this year, and much of the money for imported equipment runs through the Armed Forces Support Fund, which is managed by state development bank BGK and can borrow outside the state budget.

That arrangement has worried the Supreme Audit Office and rating agencies, because the fund's debt does not appear in the headline public-debt figure. Finance ministry figures show the fund raised 50 billion zloty in bonds last year and plans to raise at least as much again in 2024.

Korean financing

{f}

The Korean side had been constrained by a legal cap on how much the Export-Import Bank may lend to a single borrower. Parliament in Seoul voted in February to raise the state bank's capital, and Korean insurer K-Sure has agreed to cover part of the risk.

{g}

{h} {i} Negotiations on the second executive contract for K2 tanks are continuing and officials in Warsaw said they would not sign until the financing was in place.

"The Koreans understood early that selling to Poland means lending to Poland," said Marek Kozłowski, an economist at a Warsaw brokerage. "The Americans have now caught up."

How the bill is paid

Three channels now carry most of the money. The first is the defence ministry's own budget, which covers salaries, fuel, training and smaller purchases and is voted by parliament each year. The second is the Armed Forces Support Fund, created in 2022, which receives transfers from the budget, proceeds of bonds issued by BGK and, in principle, any other revenue the government assigns to it. The third is foreign credit, which is drawn only when a supplier delivers or reaches a milestone and is usually repaid by the fund.

Fund borrowing, PLN billion (BGK data)
2022 | 16.0
2023 | 50.3
2024 (plan) | 60.0

The fund is exempt from the constitutional debt ceiling of 60 percent of GDP because its liabilities are not counted as state debt under the national definition. Under the EU definition they are, which is why the European Commission's forecast of Polish public debt is several points higher than the finance ministry's.

Rating agencies have so far been relaxed. Fitch affirmed Poland's A- rating in March, citing strong growth and a manageable debt level, but said the pace of defence spending was a "key monitoring factor". Moody's said it expected general government debt to rise towards 60 percent of GDP by 2027 under the EU definition.

Economists are split on the wisdom of buying on credit. Some argue that with inflation falling and the zloty strong, locking in long fixed-rate loans from foreign governments is sensible. Others point out that the loans are denominated in dollars, leaving the budget exposed if the currency weakens, and that they commit future governments to payments for equipment chosen today.

"The problem is not this year or next," said Sławomir Dudek, head of a Warsaw fiscal think tank. "It is 2030, when the repayments on everything bought since 2022 arrive at the same time."

The new government, which took office in December, has promised to bring the fund back into the budget over time and has ordered a review of all contracts signed by its predecessor in the last months of its term. Defence officials say the review concerns only some framework agreements that have not yet been turned into binding contracts.

Opposition lawmakers have asked the defence ministry to publish a full schedule of repayments on foreign arms loans. The ministry said it would present one to parliament's defence committee in May.

Share: Facebook | X | LinkedIn | Copy link

Read also
» Hanwha opens regional office in Warsaw
» BGK prices 10-year bond for armed forces fund
» Zloty firmest since 2018 as inflows continue
» Poland's budget deficit to widen to 5.1% of GDP

© Vistula Finance 2024. This site uses cookies for analytics and advertising. Manage settings
"""
POL, USA, KOR = "POL", "USA", "KOR"
add(7, "https://vistulafinance.example/economy/public-finance/poland-us-korean-credit-arms",
    "Poland lines up US and Korean credit as arms bill swells", "2024-04-18", "Vistula Finance", text, [
    E("AGREE", "occurred", [P("Poland's finance ministry", "organisation", POL), P("United States", "country", USA),
                            P("Jurand Drop", "person", POL, title="Deputy Finance Minister"),
                            P("Mark Brzezinski", "person", USA, title="US Ambassador")],
      "2024-04-16", L("Warsaw", POL), None, a),
    E("MEET", "occurred", [P("Jurand Drop", "person", POL, title="Deputy Finance Minister"),
                           P("Mark Brzezinski", "person", USA, title="US Ambassador")],
      "2024-04-16", L("Warsaw", POL), None, b, True),
    E("AGREE", "occurred", [P("Poland", "country", POL), P("United States", "country", USA)],
      "2023-09", None, None, c, True),
    E("TRANSFER", "planned", [S("United States", "country", USA), R("Poland", "country", POL)],
      "2028", None, "96 AH-64E Apache attack helicopters", d),
    E("TRANSFER", "planned", [S("United States", "country", USA), R("army", "organisation", POL)],
      None, None, "HIMARS rocket launchers", e),
    E("AGREE", "occurred", [P("Poland", "country", POL), P("Export-Import Bank of Korea", "organisation", KOR)],
      "2024-04", None, None, f),
    E("TRANSFER", "planned", [S("Hanwha Aerospace", "company", KOR), R("Poland", "country", POL)],
      None, None, "72 K239 Chunmoo rocket launchers", f),
    E("AGREE", "occurred", [P("Poland", "country", POL), P("Hanwha Aerospace", "company", KOR)],
      "2023-12", None, None, f, True),
    E("TRANSFER", "occurred", [S("Hyundai Rotem", "company", KOR), R("Poland", "country", POL)],
      None, None, "180 K2 tanks", g),
    E("TRANSFER", "planned", [S("South Korea", "country", KOR), R("Poland", "country", POL)],
      None, None, "1,000 K2 tanks", h),
    E("INDUSTRY", "planned", [P("Bumar-Labedy", "company", POL), P("PGZ", "company", POL),
                              P("Hyundai Rotem", "company", KOR)],
      None, L("Poland", POL), "licensed production of K2PL tanks", i),
])

# ---------- 08 raw html, published null: Russia-Kyrgyzstan aid
a = "Russia handed over a batch of military equipment worth 1.1 billion roubles to the armed forces of Kyrgyzstan on Thursday at the Kant air base, free of charge under the intergovernmental agreement on military-technical assistance."
b = "The consignment included two Mi-8MTV helicopters, 20 Tigr armoured vehicles, radio stations and small arms."
c = "Defence Minister Baktybek Bekbolotov received the equipment from Russian Ambassador Nikolai Udovichenko at the ceremony."
d = "Kyrgyzstan will host the CSTO exercise Indestructible Brotherhood in October, with troops from Russia, Kazakhstan, Tajikistan and Belarus joining Kyrgyz units at the Edelweiss range."
e = "The ministry also said 40 Kyrgyz cadets had begun studies at Russian military academies this autumn, with Moscow paying tuition and living costs."
f = "Bishkek has also been buying some equipment with its own money: it received Bayraktar TB2 drones from Turkey last year and took delivery of Aksungur drones from Turkish Aerospace in the spring."
text = f"""<html>
<head>
<title>Russia hands over equipment worth 1.1 bln roubles to Kyrgyz army - Bishkek Observer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/js/jquery.min.js"></script>
<script>var _paq=window._paq||[];_paq.push(['trackPageView']);</script>
<style>.date{{color:#888}} .lead{{font-weight:bold}}</style>
</head>
<body>
<div id="header"><a href="/">Bishkek Observer</a> | <a href="/politics">Politics</a> | <a href="/economy">Economy</a> | <a href="/security">Security</a> | <a href="/ru">Рус</a></div>
<div class="rates">USD 80.85 | EUR 80.12 | RUB 1.37 | KZT 0.17</div>
<div class="article">
<h1>Russia hands over equipment worth 1.1 bln roubles to Kyrgyz army</h1>
<span class="date">23.09.2022 10:14</span>
<p class="lead">{a}</p>
<p>{b}</p>
<p>{c} He said the assistance saved the national budget money it could not otherwise spare, since the defence ministry's capital budget this year is only about 3.2 billion soms.</p>
<p>Since the assistance programme started in 2013, Russia has transferred equipment and ammunition worth more than 10 billion roubles to Kyrgyzstan without payment, according to the ministry.</p>
<p>{d}</p>
<p>{e}</p>
<p>{f}</p>
<p>Kyrgyz officials have not disclosed what the Turkish drones cost.</p>
</div>
<div class="tags">Tags: defence, Russia, CSTO</div>
<div class="related"><b>See also:</b> <a href="/economy/gold-output">Kumtor gold output rises</a> <a href="/politics/border">Border talks with Tajikistan resume</a></div>
<div id="footer">Bishkek Observer &copy; 2022. Reproduction only with a link to the source.</div>
</body>
</html>
"""
KGZ, RUS = "KGZ", "RUS"
add(8, "https://bishkekobserver.example/security/russia-hands-over-equipment-kyrgyz-army",
    "Russia hands over equipment worth 1.1 bln roubles to Kyrgyz army", None, "Bishkek Observer", text, [
    E("TRANSFER", "occurred", [S("Russia", "country", RUS), S("Nikolai Udovichenko", "person", RUS, title="Russian Ambassador"),
                               R("armed forces of Kyrgyzstan", "organisation", KGZ),
                               R("Baktybek Bekbolotov", "person", KGZ, title="Defence Minister")],
      "2022-09-22", L("Kant air base", KGZ), "two Mi-8MTV helicopters, 20 Tigr armoured vehicles, radio stations and small arms", a),
    E("EXERCISE", "planned", [P("Kyrgyzstan", "country", KGZ), P("CSTO", "igo", "CSTO"), P("Russia", "country", RUS),
                              P("Kazakhstan", "country", "KAZ"), P("Tajikistan", "country", "TJK"), P("Belarus", "country", "BLR")],
      "2022-10", L("Edelweiss range", KGZ), None, d),
    E("TRAIN", "occurred", [P("Russian military academies", "organisation", RUS), P("Kyrgyz cadets", "organisation", KGZ)],
      "2022", L("Russia", RUS), None, e),
    E("TRANSFER", "occurred", [S("Turkish Aerospace", "company", "TUR"), R("Kyrgyzstan", "country", KGZ)],
      "2022", None, "Aksungur drones", f),
    E("TRANSFER", "occurred", [S("Turkey", "country", "TUR"), R("Kyrgyzstan", "country", KGZ)],
      "2021", None, "Bayraktar TB2 drones", f, True),
])

# ---------- 09 scraped: Saudi World Defense Show, offsets
a = "Lockheed Martin signed an agreement with Saudi Arabian Military Industries (SAMI) to manufacture launcher components and missile canisters for the THAAD air defence system in the kingdom, part of the offset obligations attached to Riyadh's 2017 order for seven THAAD batteries."
b = "Hanwha Aerospace of South Korea and SAMI signed a memorandum of understanding to study local assembly of K9 self-propelled howitzers, which the Saudi army has evaluated in desert trials."
c = "Turkey's Baykar, exhibiting in Riyadh for the second time, displayed its Akinci and Kizilelma drones at the show's largest foreign pavilion."
d = "China's Norinco and AVIC brought full-size models of armoured vehicles and the Wing Loong drone, and officials said the Chinese presence at the show had doubled since 2022."
e = "Britain's defence and security exports minister led a delegation of about 30 British firms to the show."
text = f"""RIYADH MARKETS DAILY
Home  Markets  Companies  Economy  Vision 2030  Energy  Opinion
TASI 12,118.54 (+0.42%)  |  Brent $77.99  |  SAR/USD 3.75
العربية

Local content drives deal-making at World Defense Show

By Faisal Al-Harbi | February 6, 2024

Print | Share

Saudi Arabia's General Authority for Military Industries (GAMI) said on Monday that 60 agreements had been signed on the first day of the World Defense Show outside Riyadh, most of them tied to the kingdom's goal of producing half of its military spending locally by 2030.

{a}

{b}

Under GAMI's industrial participation rules, foreign suppliers on contracts above a set value must reinvest part of the contract in the Saudi economy, through local production, technology transfer or training. Local content in military spending reached 19.35 percent in 2022, up from 2 percent in 2016, GAMI says.

Exhibitors from abroad crowded the halls at Malham, about 80 kilometres north of the capital. {c} {d} {e}

Analysts said the scale of the announcements should be read with care. "A memorandum is not a contract, and a contract is not money in a Saudi factory," said a Gulf-based defence economist. "But the offset rules are now enforced in a way they were not ten years ago."

GAMI did not give a value for the agreements signed on Monday.

Related
- Aramco raises March crude prices for Asia
- PIF unit to build aluminium smelter
- Riyadh Air orders more Boeing jets

Prayer times Riyadh: Fajr 05:19 | Dhuhr 12:14 | Asr 15:26
© Riyadh Markets Daily. Cookies help us deliver our services. OK
"""
SAU = "SAU"
add(9, "https://riyadhmarketsdaily.example/companies/local-content-world-defense-show",
    "Local content drives deal-making at World Defense Show", "2024-02-06", "Riyadh Markets Daily", text, [
    E("AGREE", "occurred", [P("Lockheed Martin", "company", "USA"), P("Saudi Arabian Military Industries", "company", SAU)],
      "2024-02-05", L("World Defense Show, Riyadh", SAU), None, a),
    E("INDUSTRY", "occurred", [P("Lockheed Martin", "company", "USA"), P("Saudi Arabian Military Industries", "company", SAU)],
      "2024-02-05", L("World Defense Show, Riyadh", SAU), "launcher components and missile canisters for THAAD", a),
    E("TRANSFER", "occurred", [S("United States", "country", "USA"), R("Saudi Arabia", "country", SAU)],
      "2017", None, "seven THAAD batteries", a, True),
    E("AGREE", "occurred", [P("Hanwha Aerospace", "company", "KOR"), P("Saudi Arabian Military Industries", "company", SAU)],
      "2024-02-05", L("World Defense Show, Riyadh", SAU), None, b),
    E("INDUSTRY", "planned", [P("Hanwha Aerospace", "company", "KOR"), P("Saudi Arabian Military Industries", "company", SAU)],
      None, None, "local assembly of K9 self-propelled howitzers", b),
    E("EXHIBIT", "occurred", [P("Baykar", "company", "TUR"), P("Saudi Arabia", "country", SAU)],
      "2024-02", L("Malham, Riyadh", SAU), None, c),
    E("EXHIBIT", "occurred", [P("Norinco", "company", "CHN"), P("AVIC", "company", "CHN"), P("Saudi Arabia", "country", SAU)],
      "2024-02", L("Malham, Riyadh", SAU), None, d),
    E("EXHIBIT", "occurred", [P("British firms", "company", "GBR"), P("Saudi Arabia", "country", SAU)],
      "2024-02", L("Malham, Riyadh", SAU), None, e),
    E("EXHIBIT", "occurred", [P("Lockheed Martin", "company", "USA"), P("Saudi Arabia", "country", SAU)],
      "2024-02", L("World Defense Show, Riyadh", SAU), None, a, True),
    E("EXHIBIT", "occurred", [P("Hanwha Aerospace", "company", "KOR"), P("Saudi Arabia", "country", SAU)],
      "2024-02", L("World Defense Show, Riyadh", SAU), None, b, True),
])

# ---------- 10 scraped, cut off: Argentina F-16 from Denmark
a = "Argentina signed a contract on Tuesday to buy 24 used F-16 fighter jets from Denmark for about $300 million, to be paid in instalments over five years, in the country's largest military purchase in four decades."
b = "Defence Minister Luis Petri signed the deal in Copenhagen with his Danish counterpart Troels Lund Poulsen after a meeting at the Danish defence ministry."
c = "The first six jets are expected in Argentina next year, officials said, and the rest in batches through 2028."
d = "Washington will contribute $40 million in foreign military financing to help Argentina pay for spare parts, munitions and pilot training for the jets, the US embassy in Buenos Aires said."
e = "A first group of Argentine pilots and mechanics will begin training at Skrydstrup air base in Denmark in the second half of this year."
text = f"""PAMPA BUSINESS WIRE
Markets · Agro · Energy · Politics · Defence
Merval 1,197,435 ▲1.9% | USD official 867.50 | USD blue 1,010
Wednesday 17 April 2024

Argentina buys Danish F-16s on five-year instalment plan

{a}

{b}

{c}

The treasury will pay $40 million this year, according to a payment schedule published in the Official Bulletin, with the balance spread over four more years:
2024 – US$40.0 million
2025 – US$65.0 million
2026 – US$65.0 million
2027 – US$65.0 million
2028 – US$66.0 million

{d}

{e}

President Javier Milei's government, which has cut public spending sharply to wipe out the fiscal deficit, says the purchase is affordable because payments are spread out and partly covered by US aid. The economy ministry said the instalments would be met from the defence ministry's existing budget ceiling.

Argentina had also weighed an offer of Chinese-Pakistani JF-17 jets, which came with a Chinese financing package, but the previous government never reached a decision and the proposal lapsed when the new administration took office in December. Several Argentine economists said the Danish deal, although cheaper on paper, would leave the air force dependent on US approval for spare parts and upgrades, a concern that had also weighed on an earlier attempt to buy used Mirage jets from Spain, which collapsed after Britain blocked the sale of components made by Martin-Baker, the ejection-s"""
ARG, DNK = "ARG", "DNK"
add(10, "https://pampabusinesswire.example/defence/argentina-buys-danish-f16-instalments",
    "Argentina buys Danish F-16s on five-year instalment plan", "2024-04-17", "Pampa Business Wire", text, [
    E("AGREE", "occurred", [P("Argentina", "country", ARG), P("Denmark", "country", DNK),
                            P("Luis Petri", "person", ARG, title="Defence Minister"),
                            P("Troels Lund Poulsen", "person", DNK, title="Defence Minister")],
      "2024-04-16", L("Copenhagen", DNK), None, a),
    E("MEET", "occurred", [P("Luis Petri", "person", ARG, title="Defence Minister"),
                           P("Troels Lund Poulsen", "person", DNK, title="Defence Minister")],
      "2024-04-16", L("Copenhagen", DNK), None, b),
    E("TRANSFER", "planned", [S("Denmark", "country", DNK), R("Argentina", "country", ARG)],
      "2025", None, "24 used F-16 fighter jets", a),
    E("TRANSFER", "planned", [S("United States", "country", "USA"), R("Argentina", "country", ARG)],
      None, None, "spare parts and munitions for F-16s ($40 million FMF)", d),
    E("TRAIN", "planned", [P("Denmark", "country", DNK), P("Argentine pilots and mechanics", "organisation", ARG)],
      "2024", L("Skrydstrup air base", DNK), None, e),
    E("TRAIN", "planned", [P("United States", "country", "USA"), P("Argentina", "country", ARG)],
      None, None, None, d, True),
])
