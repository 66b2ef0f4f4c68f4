from lib import doc, E, P, S, R, L

# ---------------------------------------------------------------- u41-19 html, South Asia
doc("u41-19", "https://himalayancourier.example/news/2019/08/21/nepal-army-battalion-leaves-for-lebanon",
    "Nepal Army battalion leaves for Lebanon; China pledges new aid package", "2019-08-21", "The Himalayan Courier", """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Nepal Army battalion leaves for Lebanon; China pledges new aid package - The Himalayan Courier</title>
<meta name="keywords" content="Nepal Army, UNIFIL, China, India, Surya Kiran">
<script async src="https://ads.example/adsbygoogle.js"></script>
<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>
<style>#nav li{display:inline;margin:0 6px}.byline{font-size:11px}</style>
</head>
<body>
<table width="100%"><tr><td class="logo"><a href="/"><img src="/img/masthead.gif" alt="The Himalayan Courier"></a></td>
<td class="date-weather">Wednesday, August 21, 2019 | Kathmandu 27&deg;C | NRs/USD 113.40</td></tr></table>
<ul id="nav"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/sports/">Sports</a></li><li><a href="/epaper/">E-paper</a></li></ul>
<div id="story">
<h1>Nepal Army battalion leaves for Lebanon; China pledges new aid package</h1>
<p class="byline">HIMALAYAN COURIER REPORT | Published: 06:00 am, Aug 21, 2019</p>
<p>KATHMANDU, Aug 20: A battalion of 850 Nepal Army peacekeepers left Kathmandu for southern Lebanon on Tuesday to join the United Nations Interim Force in Lebanon (UNIFIL), the army said.</p>
<p>The battalion will relieve the contingent that has served in the UNIFIL area of operations since last year. Nepal is among the largest troop contributors to UN peacekeeping, with more than 5,000 personnel currently serving in missions around the world.</p>
<p>Separately, China has pledged military assistance worth 150 million yuan to the Nepal Army, to be provided over the next three years in the form of engineering equipment, medical supplies and other non-lethal items, the army's Directorate of Public Relations said.</p>
<p>The pledge was made during a week-long visit to China by Chief of the Army Staff General Ram Prasad Shrestha, who returned home on Monday. During the visit, General Shrestha held talks in Beijing with the commander of the PLA Ground Force, General Zhou Jianhua.</p>
<p>The two sides also agreed to resume the Sagarmatha Friendship joint exercise, which focuses on counter-terrorism and disaster relief, with the next edition to be held in Chengdu next year.</p>
<p>Meanwhile, the Nepal Army and the Indian Army will hold the 14th edition of their annual Surya Kiran battalion-level exercise at Salijhandi in Rupandehi district in December.</p>
<p>Earlier this month, the Indian Embassy handed over 30 light utility vehicles and two field ambulances to the Nepal Army at a ceremony at the Army Headquarters in Bhadrakali.</p>
<p>Analysts say Kathmandu is trying to keep a balance between its two large neighbours. &quot;The army does not want to be seen leaning towards either side,&quot; said a retired general who asked not to be named.</p>
</div>
<div class="tags">Tags: <a href="#">Nepal Army</a> <a href="#">Peacekeeping</a> <a href="#">China</a> <a href="#">India</a></div>
<div class="related"><b>Related News</b>
<ul><li><a href="#">Army to build Kathmandu-Terai expressway section on time</a></li><li><a href="#">Landslides block Araniko highway</a></li><li><a href="#">Nepal, Bangladesh hold talks on power trade</a></li></ul></div>
<div id="footer">Copyright &copy; 2019 The Himalayan Courier. All rights reserved. | <a href="/about/">About us</a> | <a href="/advertise/">Advertise</a></div>
</body>
</html>
""", [
    E("DEPLOY", "occurred",
      [P("Nepal Army", "organisation", "NPL"), P("United Nations Interim Force in Lebanon (UNIFIL)", "igo", "UN")],
      "2019-08-20", L("southern Lebanon", "LBN"), None,
      "KATHMANDU, Aug 20: A battalion of 850 Nepal Army peacekeepers left Kathmandu for southern Lebanon on Tuesday to join the United Nations Interim Force in Lebanon (UNIFIL), the army said."),
    E("TRANSFER", "planned",
      [S("China", "country", "CHN"), R("Nepal Army", "organisation", "NPL")],
      None, None, "military assistance worth 150 million yuan (engineering equipment, medical supplies, non-lethal items)",
      "Separately, China has pledged military assistance worth 150 million yuan to the Nepal Army, to be provided over the next three years in the form of engineering equipment, medical supplies and other non-lethal items, the army's Directorate of Public Relations said."),
    E("MEET", "occurred",
      [P("Ram Prasad Shrestha", "person", "NPL", title="General, Chief of the Army Staff"),
       P("Zhou Jianhua", "person", "CHN", title="General, commander of the PLA Ground Force")],
      "2019-08", L("Beijing", "CHN"), None,
      "During the visit, General Shrestha held talks in Beijing with the commander of the PLA Ground Force, General Zhou Jianhua."),
    E("EXERCISE", "planned",
      [P("Nepal", "country", "NPL"), P("China", "country", "CHN")],
      "2020", L("Chengdu", "CHN"), None,
      "The two sides also agreed to resume the Sagarmatha Friendship joint exercise, which focuses on counter-terrorism and disaster relief, with the next edition to be held in Chengdu next year."),
    E("EXERCISE", "planned",
      [P("Nepal Army", "organisation", "NPL"), P("Indian Army", "organisation", "IND")],
      "2019-12", L("Salijhandi, Rupandehi district", "NPL"), None,
      "Meanwhile, the Nepal Army and the Indian Army will hold the 14th edition of their annual Surya Kiran battalion-level exercise at Salijhandi in Rupandehi district in December."),
    E("TRANSFER", "occurred",
      [S("Indian Embassy", "organisation", "IND"), R("Nepal Army", "organisation", "NPL")],
      "2019-08", L("Army Headquarters, Bhadrakali, Kathmandu", "NPL"), "light utility vehicles and field ambulances",
      "Earlier this month, the Indian Embassy handed over 30 light utility vehicles and two field ambulances to the Nepal Army at a ceremony at the Army Headquarters in Bhadrakali."),
])

# ---------------------------------------------------------------- u41-20 clean, Baltic
doc("u41-20", "https://balticradionews.example/en/news/lithuania-signs-for-leopard-2a8-tanks",
    "Lithuania signs for Leopard 2A8 tanks; Germany to lease older models for training", "2024-12-18", "Baltic Radio News", """
Lithuania signs for Leopard 2A8 tanks; Germany to lease older models for training

Vilnius, 18 December — Lithuania on Tuesday signed a contract worth nearly 950 million euros with Germany's KNDS Deutschland for 44 Leopard 2A8 main battle tanks, the first tanks the country will own since it restored its independence.

The contract was signed in Vilnius by the director of Lithuania's Defence Materiel Agency, Tomas Vaitkus, and KNDS Deutschland board member Ralf Heinemann.

Deliveries are to begin in 2027 and be completed by 2030. The tanks, together with support vehicles, spare parts and training equipment, will equip a tank battalion of the Lithuanian Division that the army is forming.

Because the new tanks will not arrive for several years, Germany will lease Lithuania a company's worth of older Leopard 2A6 tanks from Bundeswehr stocks from next year, so that crews can begin training, Defence Minister Rūta Kairienė told reporters after the signing.

Lithuanian tank crews and instructors will be trained at the Bundeswehr's armour school in Munster and on the leased tanks at the Pabradė training area, she said.

Kairienė also held talks on Tuesday with Germany's Parliamentary State Secretary for Defence, Markus Albrecht, who attended the signing. According to the ministry, they discussed the timetable for the new tank battalion and the infrastructure being built for the German brigade in Lithuania.

Germany's 45th Panzer Brigade, which is being formed in Lithuania and is due to be fully operational by 2027, will be the first German brigade permanently stationed abroad since the Second World War.

The tank purchase is the largest single contract in Lithuania's history. The government has raised defence spending to more than three per cent of economic output and has said it wants to reach five to six per cent from 2026.

Earlier this year, Lithuania also chose the Swedish CV90 infantry fighting vehicle, and a contract is expected to be signed in the first half of next year.

Not everyone is convinced. Some opposition politicians have argued that the money would be better spent on artillery and air defence, and that a small country cannot afford to run a tank battalion.

The army's commander, Lieutenant General Andrius Paulauskas, rejected that argument on Tuesday. "We are not buying tanks to show them on parade. A division without tanks cannot counter-attack, and a division that cannot counter-attack can only wait to be destroyed," he said.

The hardest part, officers admit, will be people rather than machines. A tank battalion needs about 500 soldiers, including crews, mechanics, recovery teams and logisticians, and the army already struggles to fill the posts it has. The ministry plans to draw part of the battalion from conscripts who sign on for longer contracts, and to pay a bonus to soldiers who qualify as tank commanders and gunners.

Infrastructure is the other problem. The tank battalion will need heated hangars, workshops, a range long enough for 120mm guns and roads and bridges strong enough to carry vehicles weighing more than 60 tonnes. The ministry has set aside about 120 million euros for construction over the next five years and says the first hangars will be ready before the first tanks arrive.

Ieva Kazlauskaitė, a defence researcher at Vilnius University, said the decision reflected lessons drawn from the fighting in Ukraine. "Three years ago many people in Vilnius said tanks were finished, that drones and anti-tank missiles had made them obsolete. What we have actually seen is that armies still need protected firepower to take and hold ground, and that tanks survive when they are used with infantry, engineers and air defence," she said.

She added that the real test would be whether Lithuania could keep the battalion manned and trained year after year. "Buying the tanks is the easy part. Keeping 44 tanks ready to fight, with trained crews, spare parts and ammunition, for thirty years is the expensive part," she said.

The Lithuanian Division, which the army began forming this year, is meant to bring together the country's existing brigades under one headquarters, with its own artillery, air defence and engineer units. Officials expect it to be fully formed by 2030.

A survey published by the ministry in November found that 62 per cent of Lithuanians supported buying tanks, up from 41 per cent three years ago. Support was highest among people over 60.

Parliament's National Security and Defence Committee is due to review the programme's progress every six months, its chairman said after the signing.
""", [
    E("AGREE", "occurred",
      [P("Defence Materiel Agency", "organisation", "LTU"), P("KNDS Deutschland", "company", "DEU"),
       P("Tomas Vaitkus", "person", "LTU", title="Director of the Defence Materiel Agency"),
       P("Ralf Heinemann", "person", "DEU", title="KNDS Deutschland board member")],
      "2024-12-17", L("Vilnius", "LTU"), "Leopard 2A8 main battle tanks",
      "Vilnius, 18 December — Lithuania on Tuesday signed a contract worth nearly 950 million euros with Germany's KNDS Deutschland for 44 Leopard 2A8 main battle tanks, the first tanks the country will own since it restored its independence."),
    E("TRANSFER", "planned",
      [S("KNDS Deutschland", "company", "DEU"), R("Lithuania", "country", "LTU")],
      "2027", None, "Leopard 2A8 main battle tanks",
      "Deliveries are to begin in 2027 and be completed by 2030."),
    E("TRANSFER", "planned",
      [S("Germany", "country", "DEU"), R("Lithuania", "country", "LTU")],
      "2025", None, "Leopard 2A6 tanks (lease)",
      "Because the new tanks will not arrive for several years, Germany will lease Lithuania a company's worth of older Leopard 2A6 tanks from Bundeswehr stocks from next year, so that crews can begin training, Defence Minister Rūta Kairienė told reporters after the signing."),
    E("TRAIN", "planned",
      [P("Bundeswehr armour school", "organisation", "DEU"), P("Lithuania", "country", "LTU")],
      None, None, None,
      "Lithuanian tank crews and instructors will be trained at the Bundeswehr's armour school in Munster and on the leased tanks at the Pabradė training area, she said."),
    E("MEET", "occurred",
      [P("Rūta Kairienė", "person", "LTU", title="Defence Minister"),
       P("Markus Albrecht", "person", "DEU", title="Parliamentary State Secretary for Defence")],
      "2024-12-17", L("Vilnius", "LTU"), None,
      "Kairienė also held talks on Tuesday with Germany's Parliamentary State Secretary for Defence, Markus Albrecht, who attended the signing."),
    E("COOPERATE", "occurred",
      [P("Germany", "country", "DEU"), P("Lithuania", "country", "LTU")],
      None, L("Lithuania", "LTU"), None,
      "Germany's 45th Panzer Brigade, which is being formed in Lithuania and is due to be fully operational by 2027, will be the first German brigade permanently stationed abroad since the Second World War.",
      optional=True),
    E("AGREE", "planned",
      [P("Lithuania", "country", "LTU"), P("Sweden", "country", "SWE")],
      "2025", None, "CV90 infantry fighting vehicles",
      "Earlier this year, Lithuania also chose the Swedish CV90 infantry fighting vehicle, and a contract is expected to be signed in the first half of next year.",
      optional=True),
    E("TRANSFER", "planned",
      [S("Sweden", "country", "SWE"), R("Lithuania", "country", "LTU")],
      None, None, "CV90 infantry fighting vehicles",
      "Earlier this year, Lithuania also chose the Swedish CV90 infantry fighting vehicle, and a contract is expected to be signed in the first half of next year.",
      optional=True),
])
