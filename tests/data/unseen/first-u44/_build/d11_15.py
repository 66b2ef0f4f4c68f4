from lib import *

# ---------- 11 clean, no event: financing fell through
text = """Sri Lanka drops patrol ship purchase after financing falls through

COLOMBO — Sri Lanka's cabinet has abandoned a plan to buy two offshore patrol vessels from a foreign shipyard because the government could not arrange financing before the bidders' offers expired, cabinet spokesman Bandula Gunawardena said on Wednesday.

The navy had shortlisted a Chinese and a European yard in a tender launched in 2019, and the Treasury had sought a supplier credit to cover 85 percent of the estimated $160 million cost. No loan was ever approved and no contract was signed, the spokesman said. "In the present situation we cannot add to the country's external obligations," he told reporters.

Sri Lanka defaulted on its foreign debt in April 2022 and agreed to a $2.9 billion programme with the International Monetary Fund in March, which limits new non-concessional borrowing. Finance ministry officials said all pending procurement financed by foreign credit was being reviewed, and that the defence ministry had been told to rely on its domestic budget.

The navy will instead extend the service life of two existing patrol ships through refits at local yards, a navy spokesman said, adding that no decision had been made on a new tender.

Separately, the cabinet approved a $50 million loan from the Asian Development Bank for rural roads in the Uva and Sabaragamuwa provinces, the first new multilateral infrastructure loan since the default.
"""
add(11, "https://lankatreasuryreview.example/news/sri-lanka-drops-patrol-ship-purchase",
    "Sri Lanka drops patrol ship purchase after financing falls through", "2023-05-18", "Lanka Treasury Review", text, [])

# ---------- 12 scraped: Indonesia Rafale tranches
a = "Indonesia's defence ministry said on Monday that the third and final tranche of its contract for 42 Rafale fighters had come into force after Jakarta paid the down payment, completing a purchase first signed with Dassault Aviation in February 2022."
b = "The first three aircraft are due to arrive at Roesmin Nurjadin air base in Pekanbaru in early 2026, the ministry said."
c = "Dassault has also signed offset agreements with state aircraft maker PT Dirgantara Indonesia (PTDI) covering maintenance of the Rafale fleet and the production of some parts in Bandung."
d = "A first group of Indonesian Air Force pilots and technicians began training with the French Air and Space Force at Mont-de-Marsan in November."
e = "Last year the ministry also signed a 733 million euro contract for 12 second-hand Mirage 2000-5 fighters from Qatar, likewise financed with a foreign loan."
text = f"""JAKARTA CAPITAL POST
Ekonomi | Markets | Banking | Politics | Nusantara | English Edition
IDX Composite 7,225.74 −0.31% | USD/IDR 15,548 | Gold Rp1,134,000/g
Jakarta 29°C light rain

Home / Economy / Fiscal

Rafale deal fully in force as third tranche paid

By Dimas Prasetyo
Wednesday, 10 January 2024 | 09:12 WIB

{a}

The contract was split into tranches because Indonesia finances the aircraft with foreign commercial loans, which must be approved one at a time by the finance ministry and the National Development Planning Agency (Bappenas).

Tranche | Aircraft | In force
1 | 6 | September 2022
2 | 18 | August 2023
3 | 18 | January 2024

The finance ministry has not named the lenders. The loans appear in Bappenas's list of approved foreign borrowing for defence, the so-called blue book, alongside credits for radars and transport aircraft.

{b}

{c} A 2012 law on the defence industry requires that foreign arms purchases include local content and offset worth at least 35 percent of the contract value.

{d}

Economists say the defence loans are a small part of Indonesia's external debt of about $400 billion but that interest costs are rising. "Foreign loans for defence are now the largest category of project loans in the blue book," said Bhima Yudhistira, director of a Jakarta research centre.

{e}

Baca juga:
- Bank Indonesia holds rate at 6 percent
- Govt sells Rp22trn in sukuk
- Garuda posts quarterly profit

Share  f  X  in  WhatsApp

This website uses cookies. Read our privacy policy.
"""
IDN, FRA = "IDN", "FRA"
add(12, "https://jakartacapitalpost.example/economy/fiscal/rafale-third-tranche-in-force",
    "Rafale deal fully in force as third tranche paid", "2024-01-10", "Jakarta Capital Post", text, [
    E("AGREE", "occurred", [P("Indonesia's defence ministry", "organisation", IDN), P("Dassault Aviation", "company", FRA)],
      "2024-01-08", None, None, a),
    E("TRANSFER", "planned", [S("Dassault Aviation", "company", FRA), R("Indonesia", "country", IDN)],
      "2026", L("Roesmin Nurjadin air base, Pekanbaru", IDN), "42 Rafale fighters", b),
    E("INDUSTRY", "occurred", [P("Dassault", "company", FRA), P("PT Dirgantara Indonesia", "company", IDN)],
      None, L("Bandung", IDN), "Rafale maintenance and parts production (offset)", c),
    E("TRAIN", "occurred", [P("French Air and Space Force", "organisation", FRA),
                            P("Indonesian Air Force", "organisation", IDN)],
      "2023-11", L("Mont-de-Marsan", FRA), None, d),
    E("AGREE", "occurred", [P("Indonesia's defence ministry", "organisation", IDN), P("Qatar", "country", "QAT")],
      "2023", None, None, e, True),
    E("TRANSFER", "planned", [S("Qatar", "country", "QAT"), R("Indonesia", "country", IDN)],
      None, None, "12 second-hand Mirage 2000-5 fighters", e, True),
])

# ---------- 13 raw html: Angola-Russia arms debt, oil
a = "Angola and Russia signed an agreement in Moscow on Thursday to reschedule Angolan debt for weapons supplied by Russia, with part of the repayments to be made in crude oil, Angola's finance ministry said."
b = "The signing followed talks in the Kremlin between President Joao Lourenco and President Vladimir Putin, the first official visit to Russia by an Angolan head of state in a decade."
c = "The debt relates mainly to a contract for 12 Su-30K fighter jets, which were delivered from 2017, and to spare parts for Soviet-era helicopters."
d = "Russia will also supply Angola with further ammunition and spare parts for its Soviet-built armour, and help set up a maintenance centre for Mi-17 helicopters in Luanda, the two presidents said in a joint statement."
e = "About 300 Angolan officers are currently studying at Russian military academies, and the statement said the programme would continue."
text = f"""<!doctype html>
<html>
<head><meta charset="utf-8"><title>Angola to pay Russian arms debt partly in oil | Luanda Economic Review</title>
<script async src="https://ads.example/tag.js"></script></head>
<body>
<header><div class="logo">Luanda Economic Review</div><ul class="menu"><li>Economia</li><li>Petr&oacute;leo</li><li>Finan&ccedil;as</li><li>Pol&iacute;tica</li><li>English</li></ul></header>
<main>
<p class="kicker">Debt</p>
<h1>Angola to pay Russian arms debt partly in oil</h1>
<p class="meta">5 April 2019 &bull; Lu&iacute;s Bernardo</p>
<p>{a}</p>
<p>{b}</p>
<p>The finance ministry did not give the size of the debt. Economists in Luanda estimate Angola owes Russia between $1.5 billion and $2 billion, much of it for military equipment bought since 2013. Under the new terms repayments are spread over twelve years instead of seven, and up to a third can be settled with cargoes of crude lifted by a Russian trader from Sonangol's share of production.</p>
<p>{c}</p>
<p>{d}</p>
<p>{e}</p>
<p>Jo&atilde;o Louren&ccedil;o has tried to reduce Angola's dependence on oil-backed loans since taking office, and the IMF, which is lending Angola $3.7 billion, has asked the government to disclose such arrangements. A finance ministry official said the Russian deal would be reported to the Fund.</p>
</main>
<aside><h4>Mais lidas</h4><ol><li>Kwanza weakens past 330 per dollar</li><li>Sonangol to sell stakes in 50 companies</li></ol></aside>
<footer>&copy; 2019 Luanda Economic Review &middot; Todos os direitos reservados</footer>
</body></html>
"""
AGO, RUS = "AGO", "RUS"
add(13, "https://luandaeconomicreview.example/en/debt/angola-russian-arms-debt-oil",
    "Angola to pay Russian arms debt partly in oil", "2019-04-05", "Luanda Economic Review", text, [
    E("AGREE", "occurred", [P("Angola", "country", AGO), P("Russia", "country", RUS)],
      "2019-04-04", L("Moscow", RUS), None, a),
    E("MEET", "occurred", [P("Joao Lourenco", "person", AGO, title="President"),
                           P("Vladimir Putin", "person", RUS, title="President")],
      "2019-04-04", L("Kremlin, Moscow", RUS), None, b),
    E("TRANSFER", "occurred", [S("Russia", "country", RUS), R("Angola", "country", AGO)],
      None, None, "12 Su-30K fighter jets", c, True),
    E("TRANSFER", "planned", [S("Russia", "country", RUS), R("Angola", "country", AGO)],
      None, None, "ammunition and spare parts for Soviet-built armour", d),
    E("INDUSTRY", "planned", [P("Russia", "country", RUS), P("Angola", "country", AGO)],
      None, L("Luanda", AGO), "maintenance centre for Mi-17 helicopters", d),
    E("TRAIN", "occurred", [P("Russian military academies", "organisation", RUS), P("Angolan officers", "organisation", AGO)],
      None, L("Russia", RUS), None, e),
])

# ---------- 14 clean: India Dornier to Sri Lanka
a = "India handed over a Dornier 228 maritime reconnaissance aircraft to Sri Lanka on Monday, the first of two planes New Delhi is supplying free of charge while Colombo's foreign-exchange crisis rules out purchases."
b = "Indian Vice Chief of Naval Staff Vice Admiral S.N. Ghormade handed the aircraft over to President Ranil Wickremesinghe at a ceremony at the Sri Lanka Air Force base in Katunayake, on Independence Day in India."
c = "A second aircraft will follow once Hindustan Aeronautics Limited completes it, expected next year."
d = "Fifteen Sri Lankan air force and navy crew members were trained on the aircraft in India before the handover."
e = "Ghormade also called on the Sri Lanka Navy commander, Vice Admiral Nishantha Ulugetenne, at navy headquarters in Colombo."
f = "The handover came a day before the Chinese research and survey vessel Yuan Wang 5 was due to dock at the Chinese-run port of Hambantota, a visit India had objected to."
text = f"""India gives Sri Lanka a surveillance plane as dollar crisis halts purchases

By Our Defence Correspondent

{a}

{b}

{c}

Sri Lanka had planned to buy two Dornier aircraft from India under a defence line of credit, but the purchase was set aside in 2021 as the country's reserves ran out, officials said. The loan was never drawn.

{d}

India has extended about $4 billion in emergency credit lines and currency swaps to Sri Lanka this year, most of it for fuel, food, fertiliser and medicine. Sri Lanka, which suspended payments on its foreign debt in April, is negotiating a bailout with the International Monetary Fund.

{e}

{f}

Sri Lanka's government had at first asked Beijing to defer the ship's call, then allowed it after what the foreign ministry called "extensive consultations".
"""
IND, LKA = "IND", "LKA"
add(14, "https://colomboledger.example/news/2022/08/16/india-dornier-sri-lanka",
    "India gives Sri Lanka a surveillance plane as dollar crisis halts purchases", "2022-08-16", "The Colombo Ledger", text, [
    E("TRANSFER", "occurred", [S("India", "country", IND),
                               S("S.N. Ghormade", "person", IND, title="Vice Chief of Naval Staff"),
                               R("Sri Lanka", "country", LKA),
                               R("Ranil Wickremesinghe", "person", LKA, title="President")],
      "2022-08-15", L("Katunayake", LKA), "Dornier 228 maritime reconnaissance aircraft", b),
    E("TRANSFER", "planned", [S("Hindustan Aeronautics Limited", "company", IND), R("Sri Lanka", "country", LKA)],
      "2023", None, "second Dornier 228 aircraft", c),
    E("TRAIN", "occurred", [P("India", "country", IND), P("Sri Lankan air force and navy crew members", "organisation", LKA)],
      None, L("India", IND), None, d),
    E("MEET", "occurred", [P("S.N. Ghormade", "person", IND, title="Vice Chief of Naval Staff"),
                           P("Nishantha Ulugetenne", "person", LKA, title="Sri Lanka Navy commander")],
      "2022-08-15", L("Colombo", LKA), None, e),
    E("MEET", "planned", [P("Yuan Wang 5", "organisation", "CHN"), P("Sri Lanka", "country", LKA)],
      "2022-08-16", L("Hambantota", LKA), None, f, True),
])

# ---------- 15 scraped: Moldova EPF
a = "The Council of the European Union has adopted a further 40 million euro assistance measure under the European Peace Facility for Moldova's armed forces, bringing EU military aid to the country to 127 million euros since 2021."
b = "Equipment paid for under the first 40 million euro measure, adopted in 2022, has been delivered in full, including an air-surveillance radar, armoured vehicles, cyber-defence systems and logistics equipment, the defence ministry in Chisinau said."
c = "Germany separately handed over 19 Piranha IIIH armoured personnel carriers from Bundeswehr stocks last year, on top of the EU aid."
d = "Moldova, whose constitution declares it neutral, keeps a contingent of 41 soldiers in the NATO-led KFOR peacekeeping force in Kosovo."
e = "The EU also launched a civilian Partnership Mission in Moldova in May to help the government counter hybrid threats, cyber attacks and foreign interference."
f = "The United States has provided Moldova with foreign military financing every year since 2014, the ministry noted."
text = f"""MOLDOVA ECONOMIC REVIEW
Economy | Finance | Energy | EU integration | Regions
MDL/EUR 19.58 | MDL/USD 17.96 | Chisinau 27°C
RO | RU | EN

EU integration

EU adds 40 million euros in military aid for Moldova

05.07.2023 | Ion Ceban-Rusu

{a}

The package, adopted on Friday, will pay for mobility vehicles, electronic-warfare equipment, air-defence components and demining kit, the Council said. It is financed from the off-budget Peace Facility, to which member states contribute according to the size of their economies, and not from the EU's regular budget.

{b}

For Moldova, whose defence budget is about 0.4 percent of GDP and among the lowest in Europe, the grants are larger than its own spending on equipment. The 2023 state budget allots about 1.3 billion lei to defence, mostly for salaries.

{c}

{f}

{d} Officials stressed that the aid did not change its neutral status, which bars it from joining military alliances.

{e}

Share:  Facebook  Telegram  X

Most read
1. Gas tariff to fall from August
2. Moldova's exports to EU rise 12%
3. Pension indexation set at 14%

We use cookies. By continuing to browse the site you agree to their use. OK
"""
MDA = "MDA"
add(15, "https://moldovaeconomicreview.example/en/eu-integration/eu-40m-military-aid-moldova",
    "EU adds 40 million euros in military aid for Moldova", "2023-07-05", "Moldova Economic Review", text, [
    E("TRANSFER", "planned", [S("Council of the European Union", "igo", "EU"), R("Moldova's armed forces", "organisation", MDA)],
      None, None, "mobility vehicles, electronic-warfare equipment, air-defence components and demining kit", a),
    E("TRANSFER", "occurred", [S("European Union", "igo", "EU"), R("Moldova", "country", MDA)],
      None, None, "air-surveillance radar, armoured vehicles, cyber-defence systems and logistics equipment", b),
    E("TRANSFER", "occurred", [S("Germany", "country", "DEU"), R("Moldova", "country", MDA)],
      "2022", None, "19 Piranha IIIH armoured personnel carriers", c),
    E("DEPLOY", "occurred", [P("Moldova", "country", MDA), P("KFOR", "igo", "NATO")],
      None, L("Kosovo", "XKX"), None, d),
    E("COOPERATE", "occurred", [P("EU", "igo", "EU"), P("Moldova", "country", MDA)],
      "2023-05", L("Moldova", MDA), None, e),
    E("TRANSFER", "occurred", [S("United States", "country", "USA"), R("Moldova", "country", MDA)],
      None, None, "foreign military financing", f, True),
])
