from lib import doc, E, P, S, R, L

# ---------------------------------------------------------------- u41-10 clean, South Asia
doc("u41-10", "https://dhakachronicle.example/national/defence/army-inducts-turkish-rocket-launchers",
    "Army inducts Turkish-made rocket launchers as Turkish land forces chief visits", "2021-10-17", "Dhaka Chronicle", """
Army inducts Turkish-made rocket launchers as Turkish land forces chief visits

Staff Correspondent

CHATTOGRAM, Oct 16 — The Bangladesh Army on Saturday inducted its first battery of TRG-300 Kaplan multiple rocket launchers, bought from the Turkish state-owned missile maker Roketsan, at a ceremony at Chattogram Cantonment.

Chief of Army Staff General Mahbub Rahman handed the launchers over to the newly raised rocket regiment, which will be based in the Chattogram area. Turkey's Land Forces Commander General Kemal Yıldırım, who is on a four-day visit to Bangladesh, attended as guest of honour.

The Kaplan fires guided 300mm rockets to a range of up to 120 km, more than any artillery system the army has operated before. Officials did not say how many launchers had been bought, but a battery normally has four to six.

A team of 40 Bangladeshi officers and soldiers was trained on the launchers at Roketsan's Elmadağ facility near Ankara in June and July, according to a press release from the Inter Services Public Relations Directorate (ISPR).

On Friday, General Yıldırım held talks with General Rahman at Army Headquarters in Dhaka. According to ISPR, the two chiefs agreed to institutionalise army-to-army staff talks, with the first round to be held in Ankara next year, and to increase the number of Bangladeshi officers attending courses at Turkish military schools.

The visiting general also called on the Prime Minister's military adviser and laid a wreath at the National Memorial in Savar.

Bangladesh has bought a growing amount of Turkish land equipment in recent years. A first batch of Otokar Cobra II light armoured vehicles arrived in August for the army's peacekeeping units, and a further 48 of the vehicles are expected by the middle of next year, officials said.

The army is also evaluating a Turkish-made 155mm self-propelled howitzer, though no decision has been made, an officer at Army Headquarters said.

Security analysts say Dhaka's turn towards Turkish suppliers reflects both price and a wish to rely less on China, which has provided most of the army's tanks and artillery since the 1980s.
""", [
    E("TRANSFER", "occurred",
      [S("Roketsan", "company", "TUR"), R("Bangladesh Army", "organisation", "BGD"),
       R("Mahbub Rahman", "person", "BGD", "General, Chief of Army Staff")],
      "2021-10-16", L("Chattogram Cantonment", "BGD"), "TRG-300 Kaplan multiple rocket launchers",
      "CHATTOGRAM, Oct 16 — The Bangladesh Army on Saturday inducted its first battery of TRG-300 Kaplan multiple rocket launchers, bought from the Turkish state-owned missile maker Roketsan, at a ceremony at Chattogram Cantonment."),
    E("TRAIN", "occurred",
      [P("Roketsan", "company", "TUR"), P("Bangladesh Army", "organisation", "BGD")],
      "2021", L("Elmadağ, near Ankara", "TUR"), None,
      "A team of 40 Bangladeshi officers and soldiers was trained on the launchers at Roketsan's Elmadağ facility near Ankara in June and July, according to a press release from the Inter Services Public Relations Directorate (ISPR)."),
    E("MEET", "occurred",
      [P("Kemal Yıldırım", "person", "TUR", title="General, Land Forces Commander"),
       P("Mahbub Rahman", "person", "BGD", title="General, Chief of Army Staff")],
      "2021-10-15", L("Dhaka", "BGD"), None,
      "On Friday, General Yıldırım held talks with General Rahman at Army Headquarters in Dhaka."),
    E("MEET", "planned",
      [P("Bangladesh Army", "organisation", "BGD"), P("Turkish Land Forces", "organisation", "TUR")],
      "2022", L("Ankara", "TUR"), None,
      "According to ISPR, the two chiefs agreed to institutionalise army-to-army staff talks, with the first round to be held in Ankara next year, and to increase the number of Bangladeshi officers attending courses at Turkish military schools."),
    E("MEET", "occurred",
      [P("Kemal Yıldırım", "person", "TUR", title="General, Land Forces Commander"),
       P("Prime Minister's military adviser", "organisation", "BGD")],
      None, None, None,
      "The visiting general also called on the Prime Minister's military adviser and laid a wreath at the National Memorial in Savar."),
    E("TRAIN", "planned",
      [P("Turkey", "country", "TUR"), P("Bangladesh", "country", "BGD")],
      None, None, None,
      "According to ISPR, the two chiefs agreed to institutionalise army-to-army staff talks, with the first round to be held in Ankara next year, and to increase the number of Bangladeshi officers attending courses at Turkish military schools.",
      optional=True),
    E("TRANSFER", "occurred",
      [S("Otokar", "company", "TUR"), R("Bangladesh Army", "organisation", "BGD")],
      "2021-08", None, "Otokar Cobra II light armoured vehicles",
      "A first batch of Otokar Cobra II light armoured vehicles arrived in August for the army's peacekeeping units, and a further 48 of the vehicles are expected by the middle of next year, officials said."),
    E("TRANSFER", "planned",
      [S("Otokar", "company", "TUR"), R("Bangladesh Army", "organisation", "BGD")],
      "2022", None, "Otokar Cobra II light armoured vehicles",
      "A first batch of Otokar Cobra II light armoured vehicles arrived in August for the army's peacekeeping units, and a further 48 of the vehicles are expected by the middle of next year, officials said."),
    E("TRANSFER", "occurred",
      [S("China", "country", "CHN"), R("Bangladesh Army", "organisation", "BGD")],
      None, None, "tanks and artillery",
      "Security analysts say Dhaka's turn towards Turkish suppliers reflects both price and a wish to rely less on China, which has provided most of the army's tanks and artillery since the 1980s.",
      optional=True),
])

# ---------------------------------------------------------------- u41-11 scraped, Southeast Asia, no event
doc("u41-11", "https://malayadefencewatch.example/2024/02/army-drops-truck-mounted-howitzer-buy",
    "Army drops truck-mounted howitzer buy after trials", "2024-02-20", "Malaya Defence Watch", """
MALAYA DEFENCE WATCH
Home · Army · Navy · Air Force · Industry · Opinion · Contact
Tuesday, February 20, 2024 | Kuala Lumpur 33°C

ARMY
Army drops truck-mounted howitzer buy after trials
By Farid Hashim | 20 February 2024

KUALA LUMPUR — The Malaysian Army will not buy any of the three truck-mounted 155mm howitzers it put through firing trials last year, Defence Minister Datuk Seri Hamzah Yusof told the Dewan Rakyat on Monday.

The guns, put forward by manufacturers from France, Serbia and China, were fired over six weeks in September and October at the army's range in Gemas, Negeri Sembilan, as part of a competition to give the Royal Artillery Regiment its first self-propelled 155mm weapon.

Answering a question from an opposition member, Hamzah said none of the three systems had met all of the army's requirements, and that the ministry's 2024 budget had no room for a purchase of that size in any case. "We will not be signing anything this year," he said.

He also denied a report in a Chinese-language daily that Malaysia had agreed a government-to-government deal with Beijing for the Chinese gun. "There is no such agreement. No letter of intent, no memorandum, nothing," the minister said.

The army will instead extend the life of its existing towed 155mm guns, with the work to be carried out by army workshops and local companies, he said.

Retired artillery officer Colonel (Rtd) Lim Boon Keat said the decision was disappointing but not surprising. "The army has been asking for a self-propelled gun for fifteen years. Every time it gets close, the money goes somewhere else," he said.

The ministry said the requirement would be reviewed again under the next five-year plan, which begins in 2026.

Tags: Artillery · Malaysian Army · Budget 2024 · Parliament

YOU MAY ALSO LIKE
› Navy's LMS Batch 2: contract talks drag on
› RMAF's FA-50s: first photos from the assembly line
› Opinion: our army needs fewer projects and more training
› Sabah security zone: army to add two battalions

3 Comments
hafiz88: Same story every year.
Kamal R: Towed guns in 2024? Seriously?
gunner_rtd: At least they admitted none passed.

Leave a Reply | Login to comment

© 2024 Malaya Defence Watch. All rights reserved. Privacy · Terms · Cookies
""", [])

# ---------------------------------------------------------------- u41-12 html, Caucasus
doc("u41-12", "https://defence-az.example/en/news/2021/08/joint-live-fire-exercises-nakhchivan",
    "Azerbaijani and Turkish troops hold joint live-fire exercises in Nakhchivan", "2021-08-12", "Defence Ministry News (Azerbaijan)", """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Azerbaijani and Turkish troops hold joint live-fire exercises in Nakhchivan</title>
<meta property="og:type" content="article">
<meta property="og:image" content="/uploads/2021/08/nakh-ex-01.jpg">
<script src="/js/vendor.js"></script>
<script>var pageLang = "en";</script>
</head>
<body>
<div class="header">
<div class="lang"><a href="/az/">AZ</a> <a href="/ru/">RU</a> <a href="/en/" class="active">EN</a></div>
<ul class="main-menu">
<li><a href="/en/">Main</a></li>
<li><a href="/en/ministry/">Ministry</a></li>
<li><a href="/en/news/">News</a></li>
<li><a href="/en/service/">Military service</a></li>
<li><a href="/en/media/">Photo &amp; video</a></li>
</ul>
</div>
<div class="container">
<div class="news-item">
<div class="news-date">12.08.2021 | 10:15</div>
<h2>Azerbaijani and Turkish troops hold joint live-fire exercises in Nakhchivan</h2>
<div class="news-text">
<p>In accordance with the 2021 plan of military cooperation between Azerbaijan and Turkey, joint live-fire tactical exercises of the land forces of the two countries began in the Nakhchivan Autonomous Republic on 10 August.</p>
<p>Up to 600 servicemen, tanks, artillery and mortar units, army aviation and unmanned aerial vehicles are involved in the exercises, which are taking place in mountainous terrain.</p>
<p>Defence Minister Colonel General Elchin Mammadli and the Commander of the Turkish Land Forces, General Kemal Yıldırım, watched the active phase of the exercises from the command post on 11 August.</p>
<p>After the exercises, the minister and General Yıldırım met at the headquarters of the Nakhchivan garrison and discussed the prospects of cooperation in military education, joint training and the defence industry.</p>
<p>It was noted at the meeting that since 2020 more than 300 Azerbaijani servicemen have completed commando courses run by Turkish instructors, both in Turkey and at training centres in Azerbaijan.</p>
<p>The sides also agreed to hold a trilateral exercise with the participation of special forces of Pakistan in Baku in September.</p>
<p>The same day in Baku, an agreement was signed between the Ministry of Defence Industry of Azerbaijan and Turkey's Mechanical and Chemical Industry Corporation (MKE) on the licensed production of MKE's MPT-76 assault rifle at an enterprise of the ministry.</p>
<p>It should be noted that the Shusha Declaration on allied relations, signed by the presidents of Azerbaijan and Turkey in June, provides for mutual assistance in the event of a threat or act of aggression against either country.</p>
</div>
<div class="news-gallery"><img src="/uploads/2021/08/nakh-ex-01.jpg" alt=""><img src="/uploads/2021/08/nakh-ex-02.jpg" alt=""></div>
<div class="news-share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Telegram</a></div>
</div>
<div class="other-news">
<h4>Other news</h4>
<ul>
<li><a href="#">Graduation ceremony held at the Military Lyceum named after Jamshid Nakhchivanski</a></li>
<li><a href="#">Minister of Defence meets with servicemen on the occasion of the holiday</a></li>
<li><a href="#">Combat readiness inspection continues in the troops</a></li>
</ul>
</div>
</div>
<div class="footer">&copy; 2021 Ministry of Defence. All rights reserved. When using materials, a reference to the site is required.</div>
</body>
</html>
""", [
    E("EXERCISE", "occurred",
      [P("Land forces of Azerbaijan", "organisation", "AZE"), P("Turkish Land Forces", "organisation", "TUR")],
      "2021-08-10", L("Nakhchivan Autonomous Republic", "AZE"), None,
      "In accordance with the 2021 plan of military cooperation between Azerbaijan and Turkey, joint live-fire tactical exercises of the land forces of the two countries began in the Nakhchivan Autonomous Republic on 10 August."),
    E("MEET", "occurred",
      [P("Elchin Mammadli", "person", "AZE", title="Colonel General, Defence Minister"),
       P("Kemal Yıldırım", "person", "TUR", title="General, Commander of the Turkish Land Forces")],
      "2021-08-11", L("Nakhchivan", "AZE"), None,
      "After the exercises, the minister and General Yıldırım met at the headquarters of the Nakhchivan garrison and discussed the prospects of cooperation in military education, joint training and the defence industry."),
    E("TRAIN", "occurred",
      [P("Turkey", "country", "TUR"), P("Azerbaijan", "country", "AZE")],
      None, None, None,
      "It was noted at the meeting that since 2020 more than 300 Azerbaijani servicemen have completed commando courses run by Turkish instructors, both in Turkey and at training centres in Azerbaijan."),
    E("EXERCISE", "planned",
      [P("Azerbaijan", "country", "AZE"), P("Turkey", "country", "TUR"), P("Pakistan", "country", "PAK")],
      "2021-09", L("Baku", "AZE"), None,
      "The sides also agreed to hold a trilateral exercise with the participation of special forces of Pakistan in Baku in September."),
    E("AGREE", "occurred",
      [P("Ministry of Defence Industry of Azerbaijan", "organisation", "AZE"),
       P("Mechanical and Chemical Industry Corporation (MKE)", "company", "TUR")],
      "2021-08-11", L("Baku", "AZE"), "MPT-76 assault rifle",
      "The same day in Baku, an agreement was signed between the Ministry of Defence Industry of Azerbaijan and Turkey's Mechanical and Chemical Industry Corporation (MKE) on the licensed production of MKE's MPT-76 assault rifle at an enterprise of the ministry."),
    E("INDUSTRY", "occurred",
      [P("Ministry of Defence Industry of Azerbaijan", "organisation", "AZE"),
       P("Mechanical and Chemical Industry Corporation (MKE)", "company", "TUR")],
      "2021-08-11", L("Baku", "AZE"), "MPT-76 assault rifles (licensed production)",
      "The same day in Baku, an agreement was signed between the Ministry of Defence Industry of Azerbaijan and Turkey's Mechanical and Chemical Industry Corporation (MKE) on the licensed production of MKE's MPT-76 assault rifle at an enterprise of the ministry."),
    E("AGREE", "occurred",
      [P("Azerbaijan", "country", "AZE"), P("Turkey", "country", "TUR")],
      "2021-06", None, "Shusha Declaration on allied relations",
      "It should be noted that the Shusha Declaration on allied relations, signed by the presidents of Azerbaijan and Turkey in June, provides for mutual assistance in the event of a threat or act of aggression against either country.",
      optional=True),
    E("COOPERATE", "occurred",
      [P("Azerbaijan", "country", "AZE"), P("Turkey", "country", "TUR")],
      None, None, None,
      "It should be noted that the Shusha Declaration on allied relations, signed by the presidents of Azerbaijan and Turkey in June, provides for mutual assistance in the event of a threat or act of aggression against either country.",
      optional=True),
])
