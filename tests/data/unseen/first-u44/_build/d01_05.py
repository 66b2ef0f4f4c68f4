from lib import *

# ---------- 01 scraped: US FMF for the Philippines
a = "The United States will provide the Philippines with $500 million in foreign military financing, the largest single allocation of its kind to Manila, officials announced after cabinet-level talks on Tuesday."
b = "US Secretary of State Antony Blinken and Defense Secretary Lloyd Austin met Foreign Secretary Enrique Manalo and Defense Secretary Gilberto Teodoro Jr. in Manila for the fourth ministerial dialogue between the two allies, the first to be held in the Philippine capital."
c = "The funds come from a supplemental appropriation passed by Congress in April. They are grants rather than loans and do not have to be repaid, and budget officials in Manila said the money would be spent chiefly on maritime patrol aircraft, coastal radars and unmanned surface vessels for the navy and coast guard."
d = "A smaller share, roughly $20 million according to a finance department briefing note seen by the Ledger, will pay for American instructors to train Philippine Coast Guard crews in vessel maintenance and drone operations."
e = "Washington has channelled about $1.1 billion in military financing to the Philippines since 2015. Two C-130H transport aircraft bought with earlier grants were handed over at Clark Air Base last year, and a batch of Cessna 208B surveillance planes followed in February."
f = "The two sides also agreed to speed up work on a General Security of Military Information Agreement, which would let the allies share classified data more easily, and said they hoped to conclude it before the end of the year."
text = f"""MANILA LEDGER | Business | Markets | Economy | Banking | Property | Opinion
PSEi 6,612.40 ▲0.8%   USD/PHP 58.42   Brent $80.72
Subscribe  |  Sign in

Home > Business > Economy

US earmarks $500 million in military financing for Manila

By Carmela D. Ybañez
July 31, 2024 | 6:05 AM

Share: Facebook  X  LinkedIn  Email

{a}

{b}

{c}

{d}

Economists said the allocation was modest next to the armed forces' own modernisation budget, which sets aside about 50 billion pesos this year, but noted that grant money eases pressure on a government running a deficit of 5.6 percent of GDP.

"Every dollar of FMF is a dollar we do not have to borrow at 6 percent," said Ruben Carranza-Lim, a fiscal analyst at a Makati brokerage. "The catch is that it has to be spent on American kit."

{e}

{f}

China's foreign ministry said the funding would "escalate tensions" in the South China Sea. The peso was little changed on the news.

ADVERTISEMENT

Related news
- Peso slips as Fed signals September cut
- Navy takes delivery of new fast attack craft
- Ayala unit prices P10-billion bond

Most read | Weather: Manila 31°C, scattered thunderstorms
© 2024 Manila Ledger. All rights reserved.
We use cookies to improve your experience. By continuing you agree to our cookie policy. [Accept]
"""
USA, PHL = "USA", "PHL"
add(1, "https://manilaledger.example/business/2024/07/31/us-earmarks-500m-military-financing",
    "US earmarks $500 million in military financing for Manila", "2024-07-31", "Manila Ledger", text, [
    E("MEET", "occurred", [P("Antony Blinken", "person", USA, title="Secretary of State"),
                           P("Lloyd Austin", "person", USA, title="Defense Secretary"),
                           P("Enrique Manalo", "person", PHL, title="Foreign Secretary"),
                           P("Gilberto Teodoro Jr.", "person", PHL, title="Defense Secretary")],
      "2024-07-30", L("Manila", PHL), None, b),
    E("TRANSFER", "planned", [S("United States", "country", USA), R("Philippines", "country", PHL)],
      None, None, "maritime patrol aircraft, coastal radars and unmanned surface vessels ($500 million FMF)", a),
    E("TRAIN", "planned", [P("United States", "country", USA), P("Philippine Coast Guard", "organisation", PHL)],
      None, None, None, d),
    E("AGREE", "planned", [P("United States", "country", USA), P("Philippines", "country", PHL)],
      "2024", None, None, f),
    E("TRANSFER", "occurred", [S("United States", "country", USA), R("Philippines", "country", PHL)],
      "2023", L("Clark Air Base", PHL), "two C-130H transport aircraft", e, True),
    E("TRANSFER", "occurred", [S("United States", "country", USA), R("Philippines", "country", PHL)],
      "2024-02", None, "Cessna 208B surveillance planes", e, True),
])

# ---------- 02 clean: India credit lines, Vietnam
a = "Indian Defence Minister Rajnath Singh and his Vietnamese counterpart, General Phan Van Giang, held talks in Hanoi on Wednesday and signed a joint vision statement on defence partnership to 2030, together with a memorandum on mutual logistics support that lets each side's ships and aircraft use the other's bases for repairs and resupply."
b = "The ministers also agreed to finalise quickly the $500 million defence line of credit that India announced in 2016, most of which has yet to be committed to any project."
c = "On Thursday Singh travelled to the Hong Ha shipyard in Haiphong to hand over twelve high-speed guard boats to the Border Guard, built under an earlier $100 million credit."
d = "Of the twelve, Larsen & Toubro built five at its Kattupalli yard near Chennai; the other seven were assembled at Hong Ha from kits shipped from India, a split that both governments now present as a template."
e = "Vietnamese officers also study at Indian staff colleges, and Indian instructors run English-language and submarine-rescue courses in Nha Trang, programmes that are paid from India's grant budget rather than from the credit lines."
text = f"""India's credit lines start to show up on Vietnam's coastline

HANOI — Fast patrol boats paid for with Indian government credit are now in service with Vietnam's Border Guard, the clearest return so far on the money New Delhi has offered Hanoi for defence.

{a}

{b}

Credit lines of this kind are cheap by commercial standards. The earlier facility carried a fixed interest rate of 1.75 percent with repayment over 20 years, including a five-year grace period, according to loan documents filed with Vietnam's finance ministry. Under the terms, at least three quarters of the value has to be spent on goods and services from India.

{c}

{d}

Officials at India's Exim Bank, which administers the credits, said disbursement had been slow because Hanoi preferred to wait until each vessel passed acceptance trials before drawing the next tranche. The last boat was accepted in March.

Vietnam's interest in the BrahMos cruise missile has been reported for years, but no contract has been signed, and analysts in Hanoi doubt the $500 million facility would stretch to a full coastal battery.

{e}

"The credit lines are only part of the picture," said a Vietnamese defence economist who asked not to be named. "What matters is that the shipyard in Haiphong learned something."
"""
IND, VNM = "IND", "VNM"
add(2, "https://defencefinancemonitor.example/asia/india-vietnam-credit-lines-patrol-boats",
    "India's credit lines start to show up on Vietnam's coastline", "2022-06-09", "Defence Finance Monitor", text, [
    E("MEET", "occurred", [P("Rajnath Singh", "person", IND, title="Defence Minister"),
                           P("Phan Van Giang", "person", VNM, title="General")],
      "2022-06-08", L("Hanoi", VNM), None, a),
    E("AGREE", "occurred", [P("Rajnath Singh", "person", IND, title="Defence Minister"),
                            P("Phan Van Giang", "person", VNM, title="General")],
      "2022-06-08", L("Hanoi", VNM), None, a),
    E("AGREE", "planned", [P("India", "country", IND), P("Vietnam", "country", VNM)],
      None, None, None, b),
    E("TRANSFER", "occurred", [S("Rajnath Singh", "person", IND, title="Defence Minister"), S("India", "country", IND),
                               R("Border Guard", "organisation", VNM)],
      "2022-06-09", L("Hong Ha shipyard, Haiphong", VNM), "twelve high-speed guard boats", c),
    E("INDUSTRY", "occurred", [P("Larsen & Toubro", "company", IND), P("Hong Ha shipyard", "company", VNM)],
      None, L("Hong Ha shipyard", VNM), "assembly of guard boats from Indian kits", d),
    E("TRAIN", "occurred", [P("India", "country", IND), P("Vietnam", "country", VNM)],
      None, None, None, e),
])

# ---------- 03 raw html: Egypt Rafale loan
a = "Egypt has signed a contract with France for 30 additional Rafale fighter jets, its defence ministry said on Tuesday, in a deal that will be paid for largely with borrowed money."
b = "Dassault Aviation is due to start delivering the aircraft in 2024, Egyptian officials said."
c = "Egypt's finance ministry confirmed on Wednesday that it had signed a loan agreement last month with a pool of French banks, among them BNP Paribas, Credit Agricole and Societe Generale, to cover most of the cost."
d = "About 85 percent of the loan is guaranteed by the French state through its export-credit arm, and it runs for up to ten years."
e = "Cairo took delivery of 24 Rafales under an order signed in 2015, part of which was also financed with French loans."
f = "The contract followed a visit to Cairo in April by a delegation from Dassault and the French armed forces ministry."
g = "Egyptian pilots and technicians will be trained in France before the first of the new jets arrive, the ministry added."
text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Egypt orders 30 more Rafale jets on French-backed credit | Gulf Capital Review</title>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<nav class="top"><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/banking">Banking</a> <a href="/energy">Energy</a> <a href="/defence">Defence &amp; Aerospace</a></nav>
<div class="ticker">Brent 68.88 | Tadawul 10,317 | EGX30 10,402 | USD/EGP 15.67</div>
<article>
<h1>Egypt orders 30 more Rafale jets on French-backed credit</h1>
<p class="byline">By Hany Fathallah &middot; 5 May 2021</p>
<p>{a}</p>
<p>{b}</p>
<p>The contract is worth about 3.75 billion euros including weapons and support, according to people briefed on the terms, making it one of the largest arms purchases by an Arab state this year.</p>
<p>{c} {d}</p>
<p>{e}</p>
<p>{f}</p>
<p>{g}</p>
<p>Rights groups criticised the financing, arguing that Egypt's external debt, which passed $129 billion at the end of 2020, left little room for large military purchases. Cairo says the armed forces' spending is sound and that the loan terms are favourable.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/banking/egypt-eurobond">Egypt returns to eurobond market</a></li><li><a href="/energy/suez-tolls">Suez Canal revenue rises</a></li></ul></aside>
<footer><p>&copy; 2021 Gulf Capital Review</p><p><a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p></footer>
</body>
</html>
"""
EGY, FRA = "EGY", "FRA"
add(3, "https://gulfcapitalreview.example/defence/egypt-orders-30-more-rafale-french-credit",
    "Egypt orders 30 more Rafale jets on French-backed credit", "2021-05-05", "Gulf Capital Review", text, [
    E("AGREE", "occurred", [P("Egypt", "country", EGY), P("France", "country", FRA)],
      "2021-05-04", None, None, a),
    E("TRANSFER", "planned", [S("Dassault Aviation", "company", FRA), R("Egypt", "country", EGY)],
      "2024", None, "30 Rafale fighter jets", b),
    E("AGREE", "occurred", [P("Egypt's finance ministry", "organisation", EGY), P("BNP Paribas", "company", FRA),
                            P("Credit Agricole", "company", FRA), P("Societe Generale", "company", FRA)],
      "2021-04", None, None, c),
    E("MEET", "occurred", [P("Dassault", "company", FRA), P("French armed forces ministry", "organisation", FRA),
                           P("Egypt", "country", EGY)],
      "2021-04", L("Cairo", EGY), None, f),
    E("TRAIN", "planned", [P("France", "country", FRA), P("Egyptian pilots and technicians", "organisation", EGY)],
      None, L("France", FRA), None, g),
    E("TRANSFER", "occurred", [S("France", "country", FRA), R("Egypt", "country", EGY)],
      None, None, "24 Rafales", e, True),
])

# ---------- 04 scraped: Nigeria budget lines
row1 = "NAF-0412 | Final payment, three JF-17 Thunder aircraft delivered 2021 | Pakistan Aeronautical Complex, Kamra | 8,420"
row2 = "NAF-0415 | Part-payment, two Mi-35M attack helicopters | Rosoboronexport (Russia) | 12,600"
row3 = "NAF-0433 | Spares and contractor support, A-29 Super Tucano fleet | US Government (FMS case) | 5,180"
a = "The A-29 line covers spare parts and contractor support that the Air Force will buy through the US Foreign Military Sales system in 2023 for the 12 Super Tucanos delivered in 2021."
b = "The two Mi-35M helicopters, ordered in 2019 after an earlier batch arrived, have yet to reach Nigeria, and the ministry said the balance would be paid only on delivery."
c = "A further N6.2bn services a loan from the Export-Import Bank of China that paid for VT-4 tanks and SH-5 howitzers supplied by Norinco."
text = f"""LAGOS BUSINESS CHRONICLE
Thursday, January 5, 2023 | Lagos 33°C
Home | News | Economy | Budget 2023 | Markets | Opinion | E-paper

BUDGET 2023
What the Defence Ministry will pay foreign arms suppliers this year

By Chinedu Okafor-Bello, Economy Editor

The 2023 Appropriation Act signed by President Muhammadu Buhari on Tuesday gives the Ministry of Defence and the three services N1.07 trillion in capital and recurrent spending. Most of it goes to salaries and pensions, but a handful of capital lines name the foreign companies and governments that will be paid.

The Chronicle compiled the lines that name a supplier:

Selected capital lines, Ministry of Defence and services (N million)
Line | Description | Supplier | 2023 allocation
{row1}
{row2}
{row3}
NA-0120 | Armoured vehicles, locally built | Proforce / DICON | 9,900
NN-0207 | Refit of NNS Aradu | Naval Dockyard Lagos | 3,300

{a}

{b}

{c} That loan, signed before the current administration's debt review, falls due in instalments until 2031.

Budget analysts at the Lagos-based think tank BudgIT said capital releases to defence historically run at about 60 percent of appropriation, meaning some lines may not be funded in full.

"You cannot read a budget line as a delivery," said one analyst. "It is a promise to pay."

Share this: WhatsApp | Facebook | X | Email

MORE FROM BUDGET 2023
- Education gets N1.79trn, lowest share in a decade
- FG to borrow N8.8trn to fund deficit
- Customs revenue target raised to N3.6trn

Naira (official) N461.5/$ | Parallel N745/$
"""
NGA = "NGA"
add(4, "https://lagosbusinesschronicle.example/budget-2023/defence-foreign-suppliers",
    "What the Defence Ministry will pay foreign arms suppliers this year", "2023-01-05", "Lagos Business Chronicle", text, [
    E("TRANSFER", "occurred", [S("Pakistan Aeronautical Complex", "company", "PAK"), R("Ministry of Defence", "organisation", NGA)],
      "2021", None, "three JF-17 Thunder aircraft", row1),
    E("TRANSFER", "planned", [S("Rosoboronexport", "company", "RUS"), R("Nigeria", "country", NGA)],
      None, None, "two Mi-35M attack helicopters", b),
    E("TRANSFER", "planned", [S("US Government", "country", "USA"), R("Air Force", "organisation", NGA)],
      "2023", None, "spare parts and contractor support for A-29 Super Tucano fleet", a),
    E("TRANSFER", "occurred", [S("United States", "country", "USA"), R("Air Force", "organisation", NGA)],
      "2021", None, "12 Super Tucanos", a, True),
    E("TRANSFER", "occurred", [S("Norinco", "company", "CHN"), R("Nigeria", "country", NGA)],
      None, None, "VT-4 tanks and SH-5 howitzers", c, True),
    E("AGREE", "occurred", [P("Export-Import Bank of China", "organisation", "CHN"), P("Nigeria", "country", NGA)],
      None, None, None, c, True),
])

# ---------- 05 clean: Bangladesh Russian state credit
a = "Bangladesh will buy Russian weapons worth about $1 billion on credit under an agreement signed in Moscow on Tuesday during Prime Minister Sheikh Hasina's first official visit to Russia."
b = "Hasina held talks with President Vladimir Putin in the Kremlin, after which Finance Minister Abul Maal Abdul Muhith and Russian Finance Minister Anton Siluanov signed the state credit agreement."
c = "Under the arrangement Dhaka is expected to buy Yak-130 jet trainers, Mi-171Sh transport helicopters, BTR-80 armoured personnel carriers and anti-tank missiles from Russian state exporter Rosoboronexport, with the first deliveries scheduled for 2014."
d = "Russian instructors will train Bangladesh Air Force pilots and technicians to fly and maintain the trainers and helicopters, the foreign ministry in Dhaka said."
e = "Bangladesh has bought most of its heavy weapons from China over the past three decades, including frigates, tanks and fighter aircraft."
text = f"""Dhaka takes $1bn Russian credit for arms

By Staff Correspondent

{a}

{b}

The credit is repayable over ten years after a two-year grace period, at an interest rate of six-month LIBOR plus 2.5 percentage points, according to the Economic Relations Division, which handles foreign loans. Drawdowns will be tied to individual supply contracts, which the armed forces are still negotiating.

{c}

{d}

The two governments also signed an intergovernmental agreement on a separate $500 million loan for the preparatory stage of the Rooppur nuclear power plant, which Russia's Rosatom is to build.

Opposition lawmakers questioned the need for military purchases at a time when the government is struggling to finance power plants and bridges. Officials replied that the terms were softer than any commercial loan available to Bangladesh.

{e} Analysts said the Russian credit would diversify suppliers but tie the country to Moscow for spare parts for decades.
"""
RUS, BGD = "RUS", "BGD"
add(5, "https://dhakafinancialdaily.example/economy/2013/01/16/russian-credit-arms",
    "Dhaka takes $1bn Russian credit for arms", "2013-01-16", "Dhaka Financial Daily", text, [
    E("AGREE", "occurred", [P("Abul Maal Abdul Muhith", "person", BGD, title="Finance Minister"),
                            P("Anton Siluanov", "person", RUS, title="Finance Minister"),
                            P("Bangladesh", "country", BGD), P("Russia", "country", RUS)],
      "2013-01-15", L("Moscow", RUS), None, b),
    E("MEET", "occurred", [P("Sheikh Hasina", "person", BGD, title="Prime Minister"),
                           P("Vladimir Putin", "person", RUS, title="President")],
      "2013-01-15", L("Kremlin, Moscow", RUS), None, b),
    E("TRANSFER", "planned", [S("Rosoboronexport", "company", RUS), R("Bangladesh", "country", BGD)],
      "2014", None, "Yak-130 jet trainers, Mi-171Sh transport helicopters, BTR-80 armoured personnel carriers and anti-tank missiles", c),
    E("TRAIN", "planned", [P("Russia", "country", RUS), P("Bangladesh Air Force", "organisation", BGD)],
      None, None, None, d),
    E("TRANSFER", "occurred", [S("China", "country", "CHN"), R("Bangladesh", "country", BGD)],
      None, None, "frigates, tanks and fighter aircraft", e, True),
])
