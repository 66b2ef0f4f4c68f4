from _lib import *

# ---------------- u20-15 Ethiopia-Turkey (clean) ----------------
t15 = """Ethiopia, Turkey sign military framework, financial cooperation agreements

Addis Ababa, August 19/2021 — Prime Minister Abiy Ahmed (PhD) held talks with Turkish President Recep Tayyip Erdogan in Ankara on Wednesday, focusing on bilateral relations as well as regional and global issues of common concern.

Following the discussion, Ethiopia and Turkey signed a military framework agreement and a military financial cooperation agreement, in addition to agreements in the areas of water and health.

Speaking at a joint press conference, President Erdogan said Turkey attached great importance to the peace, stability and territorial integrity of Ethiopia and was ready to contribute to a peaceful solution of the conflict in the northern part of the country.

Prime Minister Abiy thanked Turkey for its support and said Ethiopia "will not forget the friends who stood by it in difficult times."

Asked about media reports that Ethiopia was seeking to buy Turkish-made armed drones, officials of both sides declined to comment.

Meanwhile, a delegation from the Ethiopian Defence Industry Corporation is taking part in the International Defence Industry Fair (IDEF 2021) in Istanbul, which opened on Tuesday with more than 1,200 exhibitors, displaying small arms, ammunition and armoured vehicles produced in Ethiopia.

Last month, Ethiopia and the Russian Federation signed an agreement on military cooperation in Moscow. The agreement was signed by State Minister of Defence Martha Luwijji and Russian Deputy Defence Minister Colonel General Alexander Fomin during a visit by an Ethiopian delegation to the Russian capital.

The State Minister said at the time that the agreement covers knowledge and technology transfer, the training of military personnel and the strengthening of the capability of the Ethiopian National Defence Force.

The government has repeatedly rejected claims by the TPLF that foreign drones are being used in the war in the north, describing them as propaganda.

ADW"""

ET = P("Ethiopia", "country", "ETH"); TU = P("Turkey", "country", "TUR")
doc("u20-15", "Ethiopia, Turkey sign military framework, financial cooperation agreements", "Addis Standard Wire",
    "https://addisstandardwire.example/politics/ethiopia-turkey-sign-military-agreements", "2021-08-19", [
    E("MEET", "occurred", [P("Abiy Ahmed", "person", "ETH", title="Prime Minister"), P("Recep Tayyip Erdogan", "person", "TUR", title="President")],
      "2021-08-18", L("Ankara", "TUR"), None,
      "Addis Ababa, August 19/2021 — Prime Minister Abiy Ahmed (PhD) held talks with Turkish President Recep Tayyip Erdogan in Ankara on Wednesday, focusing on bilateral relations as well as regional and global issues of common concern."),
    E("AGREE", "occurred", [ET, TU], "2021-08-18", L("Ankara", "TUR"), None,
      "Following the discussion, Ethiopia and Turkey signed a military framework agreement and a military financial cooperation agreement, in addition to agreements in the areas of water and health."),
    E("TRANSFER", "planned", [S("Turkey", "country", "TUR"), R("Ethiopia", "country", "ETH")], None, None, "armed drones",
      "Asked about media reports that Ethiopia was seeking to buy Turkish-made armed drones, officials of both sides declined to comment.", optional=True),
    E("EXHIBIT", "occurred", [P("Ethiopian Defence Industry Corporation", "organisation", "ETH"), P("Turkey", "country", "TUR")], "2021-08", L("Istanbul", "TUR"), None,
      "Meanwhile, a delegation from the Ethiopian Defence Industry Corporation is taking part in the International Defence Industry Fair (IDEF 2021) in Istanbul, which opened on Tuesday with more than 1,200 exhibitors, displaying small arms, ammunition and armoured vehicles produced in Ethiopia."),
    E("AGREE", "occurred", [P("Martha Luwijji", "person", "ETH", title="State Minister of Defence"),
                            P("Alexander Fomin", "person", "RUS", title="Deputy Defence Minister")], "2021-07", L("Moscow", "RUS"), None,
      "The agreement was signed by State Minister of Defence Martha Luwijji and Russian Deputy Defence Minister Colonel General Alexander Fomin during a visit by an Ethiopian delegation to the Russian capital."),
    E("MEET", "occurred", [P("Martha Luwijji", "person", "ETH", title="State Minister of Defence"),
                           P("Alexander Fomin", "person", "RUS", title="Deputy Defence Minister")], "2021-07", L("Moscow", "RUS"), None,
      "The agreement was signed by State Minister of Defence Martha Luwijji and Russian Deputy Defence Minister Colonel General Alexander Fomin during a visit by an Ethiopian delegation to the Russian capital."),
], text=t15)

# ---------------- u20-16 Jordan, Eager Lion (scraped, published null) ----------------
t16 = """JWA - Jordan Wire Agency
Home | Local | Arab | World | Economy | Culture | Sports | Royal Court | Photos
عربي  |  English
Amman: Fajr 04:26  Sunrise 05:52  Dhuhr 12:28  Asr 15:58  Maghrib 19:04  Isha 20:21
JOD/USD 1.410  |  JOD/EUR 1.418  |  Gold 21K: 38.60 JD
2022-09-05T09:12
Home > Local

Eager Lion 2022 kicks off with participation of 28 countries

Amman, Sept. 4 (JWA) -- The Eager Lion 2022 multinational exercise kicked off on Sunday, organised by the Jordan Armed Forces-Arab Army (JAF) and the US Central Command (CENTCOM), with the participation of some 4,000 troops from 28 countries.

The participating forces include units from the United States, the United Kingdom, Saudi Arabia, Kuwait, Bahrain, Qatar, Egypt and Italy, among others, according to a JAF statement.

The opening ceremony was attended by Chairman of the Joint Chiefs of Staff Maj. Gen. Yousef Ahmed Al-Hnaiti and CENTCOM Commander Gen. Michael Kurilla.

The exercise, which runs until Sept. 15, aims at enhancing military cooperation and interoperability among the participating forces in the fields of border security, counter-terrorism, cyber defence and crisis management.

Eager Lion has been held annually since 2011, except in 2020, when it was cancelled due to the pandemic.

Separately, His Majesty King Abdullah II, Supreme Commander of the Jordan Armed Forces-Arab Army, received at Al Husseiniya Palace on Sunday Gen. Kurilla, in the presence of His Royal Highness Crown Prince Al Hussein bin Abdullah II.

The meeting covered the strong strategic partnership between Jordan and the United States, especially in the military field, and regional developments, including efforts to combat terrorism.

Talks also touched on the F-16 Block 70 aircraft that Washington approved for sale to Jordan earlier this year.

On Saturday, Gen. Kurilla toured the northern border with Syria, where US-funded surveillance systems support Jordanian border guards under a border security programme the two countries have run for more than a decade.

His Majesty stressed the importance of continued coordination among partners to counter the smuggling of drugs and weapons across the border, which the army says has increased sharply.

Read also
» King receives US lawmakers' delegation
» JAF foils infiltration attempt from Syria
» Jordan, Iraq discuss electricity interconnection

JWA 05/09/2022 09:12:36
© Jordan Wire Agency"""

JO = P("Jordan", "country", "JOR")
doc("u20-16", "Eager Lion 2022 kicks off with participation of 28 countries", "Jordan Wire Agency",
    "https://jordanwire.example/en/local/eager-lion-2022-kicks-off", None, [
    E("EXERCISE", "occurred", [P("Jordan Armed Forces-Arab Army", "organisation", "JOR"), P("US Central Command", "organisation", "USA"),
                               P("United Kingdom", "country", "GBR"), P("Saudi Arabia", "country", "SAU"), P("Kuwait", "country", "KWT"),
                               P("Bahrain", "country", "BHR"), P("Qatar", "country", "QAT"), P("Egypt", "country", "EGY"), P("Italy", "country", "ITA"),
                               P("Yousef Ahmed Al-Hnaiti", "person", "JOR", title="Chairman of the Joint Chiefs of Staff"),
                               P("Michael Kurilla", "person", "USA", title="CENTCOM Commander")],
      "2022-09-04", L("Jordan", "JOR"), None,
      "Amman, Sept. 4 (JWA) -- The Eager Lion 2022 multinational exercise kicked off on Sunday, organised by the Jordan Armed Forces-Arab Army (JAF) and the US Central Command (CENTCOM), with the participation of some 4,000 troops from 28 countries."),
    E("MEET", "occurred", [P("King Abdullah II", "person", "JOR", title="Supreme Commander of the Jordan Armed Forces-Arab Army"),
                           P("Michael Kurilla", "person", "USA", title="CENTCOM Commander"),
                           P("Crown Prince Al Hussein bin Abdullah II", "person", "JOR", title="Crown Prince")],
      "2022-09-04", L("Al Husseiniya Palace, Amman", "JOR"), None,
      "Separately, His Majesty King Abdullah II, Supreme Commander of the Jordan Armed Forces-Arab Army, received at Al Husseiniya Palace on Sunday Gen. Kurilla, in the presence of His Royal Highness Crown Prince Al Hussein bin Abdullah II."),
    E("TRANSFER", "planned", [S("United States", "country", "USA"), R("Jordan", "country", "JOR")], None, None, "F-16 Block 70 aircraft",
      "Talks also touched on the F-16 Block 70 aircraft that Washington approved for sale to Jordan earlier this year.", optional=True),
    E("COOPERATE", "occurred", [P("United States", "country", "USA"), JO], None, L("Jordan-Syria border", "JOR"), None,
      "On Saturday, Gen. Kurilla toured the northern border with Syria, where US-funded surveillance systems support Jordanian border guards under a border security programme the two countries have run for more than a decade."),
], text=t16)

# ---------------- u20-17 Iraq-Iran security agreement (raw html) ----------------
h17 = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Iraq, Iran sign security agreement on joint border :: Tigris News Agency</title>
<link rel="alternate" hreflang="ar" href="https://tigrisnews.example/ar/news/48213">
</head>
<body>
<table width="100%" class="header"><tr>
<td><a href="/en/"><img src="/img/logo-en.png" alt="Tigris News Agency"></a></td>
<td class="menu"><a href="/en/cat/politics">Politics</a> | <a href="/en/cat/security">Security</a> | <a href="/en/cat/economy">Economy</a> | <a href="/en/cat/sports">Sports</a> | <a href="/en/cat/reports">Reports</a></td>
<td class="weather">Baghdad 24&deg;C &nbsp; USD = 1,470 IQD</td>
</tr></table>
<div class="news-body">
<span class="news-date">20/03/2023 10:35</span>
<h2>Iraq, Iran sign security agreement on joint border</h2>
<p>Baghdad &ndash; TNA</p>
<p>Iraq and Iran signed on Sunday a security agreement on the protection of their common borders, in the presence of Prime Minister Mohammed Shia' Al-Sudani.</p>
<p>The agreement was signed by National Security Adviser Qasim Al-Araji and the Secretary of Iran's Supreme National Security Council, Ali Shamkhani, at the Government Palace in Baghdad.</p>
<p>Under the agreement, the two sides will form a joint committee to coordinate the protection of the border strip between the two countries and to follow up on security matters of common interest, a statement from Al-Araji's office said.</p>
<p>Earlier, Al-Sudani received Shamkhani and his accompanying delegation, and discussed with him the bilateral relations and means of strengthening security cooperation, according to a statement by the Prime Minister's media office.</p>
<p>Iranian forces have repeatedly shelled positions of Iranian Kurdish opposition groups in the mountains of the Kurdistan Region, which Tehran accuses of smuggling weapons across the border.</p>
<p>In a separate context, Defence Minister Thabet Muhammad Al-Abbasi received on Sunday the Turkish Ambassador to Baghdad, Ali Riza Guney, and discussed with him coordination between the two countries in the field of border security.</p>
<p>The Joint Operations Command said that advisers of the NATO Mission in Iraq completed last week a course for Iraqi officers on planning and logistics at the National Defence College in Baghdad.</p>
<p>The international coalition, whose combat mission ended in late 2021, continues to advise and assist the Iraqi forces in the fight against ISIS remnants.</p>
</div>
<div class="most-read"><b>Most read</b><br>
<a href="#">Al-Sudani directs to speed up work on Grand Faw Port</a><br>
<a href="#">Central Bank announces new measures on dollar sales</a><br>
<a href="#">Security forces arrest terrorist in Kirkuk</a></div>
<div class="copyright">All rights reserved &copy; Tigris News Agency 2023</div>
</body>
</html>"""

IQ = P("Iraq", "country", "IRQ"); IR = P("Iran", "country", "IRN")
doc("u20-17", "Iraq, Iran sign security agreement on joint border", "Tigris News Agency",
    "https://tigrisnews.example/en/news/48213", "2023-03-20", [
    E("AGREE", "occurred", [IQ, IR, P("Qasim Al-Araji", "person", "IRQ", title="National Security Adviser"),
                            P("Ali Shamkhani", "person", "IRN", title="Secretary of Iran's Supreme National Security Council")],
      "2023-03-19", L("Government Palace, Baghdad", "IRQ"), None,
      "The agreement was signed by National Security Adviser Qasim Al-Araji and the Secretary of Iran's Supreme National Security Council, Ali Shamkhani, at the Government Palace in Baghdad."),
    E("MEET", "occurred", [P("Qasim Al-Araji", "person", "IRQ", title="National Security Adviser"),
                           P("Ali Shamkhani", "person", "IRN", title="Secretary of Iran's Supreme National Security Council")],
      "2023-03-19", L("Government Palace, Baghdad", "IRQ"), None,
      "The agreement was signed by National Security Adviser Qasim Al-Araji and the Secretary of Iran's Supreme National Security Council, Ali Shamkhani, at the Government Palace in Baghdad."),
    E("COOPERATE", "planned", [IQ, IR], None, None, None,
      "Under the agreement, the two sides will form a joint committee to coordinate the protection of the border strip between the two countries and to follow up on security matters of common interest, a statement from Al-Araji's office said."),
    E("MEET", "occurred", [P("Mohammed Shia' Al-Sudani", "person", "IRQ", title="Prime Minister"),
                           P("Ali Shamkhani", "person", "IRN", title="Secretary of Iran's Supreme National Security Council")],
      "2023-03-19", L("Baghdad", "IRQ"), None,
      "Earlier, Al-Sudani received Shamkhani and his accompanying delegation, and discussed with him the bilateral relations and means of strengthening security cooperation, according to a statement by the Prime Minister's media office."),
    E("MEET", "occurred", [P("Thabet Muhammad Al-Abbasi", "person", "IRQ", title="Defence Minister"),
                           P("Ali Riza Guney", "person", "TUR", title="Turkish Ambassador to Baghdad")], "2023-03-19", L("Baghdad", "IRQ"), None,
      "In a separate context, Defence Minister Thabet Muhammad Al-Abbasi received on Sunday the Turkish Ambassador to Baghdad, Ali Riza Guney, and discussed with him coordination between the two countries in the field of border security."),
    E("TRAIN", "occurred", [P("NATO Mission in Iraq", "igo", "NATO"), IQ], "2023-03", L("National Defence College, Baghdad", "IRQ"), None,
      "The Joint Operations Command said that advisers of the NATO Mission in Iraq completed last week a course for Iraqi officers on planning and logistics at the National Defence College in Baghdad."),
], html=h17)
