from _lib import *

# ---------------- u20-21 Ghana, Accra Initiative (scraped) ----------------
t21 = """GhanaPulse Online
News | Politics | Business | Sports | Entertainment | Regional | Opinion | Africa
Thursday, 24 November 2022 | Accra 31°C | 1 USD = GH¢ 14.20
Home > News > Politics

Accra Initiative states agree to set up 10,000-strong joint force against terrorism

Member states of the Accra Initiative on Tuesday agreed to establish a multinational joint task force of up to 10,000 troops to stop the spread of jihadist violence from the Sahel to the coastal states of West Africa.

The decision was taken at an international conference in Accra hosted by President Nana Addo Dankwa Akufo-Addo and attended by Togo's President Faure Gnassingbé, Côte d'Ivoire's Vice President Tiémoko Meyliet Koné and ministers from Benin and Burkina Faso.

The task force, whose headquarters will be in Tamale, is to be funded by member states and partners, officials said. Mali and Niger, which hold observer status in the initiative, did not send delegations.

Akufo-Addo told delegates that the threat "is no longer at our doorstep, it is in our house," citing recent attacks in northern Togo and Benin.

Representatives of the European Union and the United Kingdom attended the opening session as observers.

Meanwhile, a contingent of 870 Ghanaian soldiers departed Accra on Monday for southern Lebanon to join the United Nations Interim Force in Lebanon (UNIFIL), where Ghana has served since 1979.

On Wednesday, the Chief of the Defence Staff, Vice Admiral Seth Amoama, received 20 armoured patrol vehicles and a quantity of communications equipment donated by the Government of the People's Republic of China, handed over by Ambassador Lu Kun at Burma Camp.

The Minister for Defence, Dominic Nitiwul, has dismissed claims circulating on social media that Ghana had agreed to host a foreign military base in the north, saying "no such request has been made and none will be granted."

ALSO READ:
» GAF recruits 2022: shortlisted applicants to report on Monday
» Nitiwul commissions new barracks in Bawku
» Black Stars hold final training session ahead of World Cup opener

Share this article: Facebook | Twitter | WhatsApp
Disclaimer: Comments are the views of readers and not of GhanaPulse Online."""

ACCRA = L("Accra", "GHA")
doc("u20-21", "Accra Initiative states agree to set up 10,000-strong joint force against terrorism", "GhanaPulse Online",
    "https://ghanapulse.example/news/politics/accra-initiative-joint-force", "2022-11-24", [
    E("MEET", "occurred", [P("Nana Addo Dankwa Akufo-Addo", "person", "GHA", title="President"),
                           P("Faure Gnassingbé", "person", "TGO", title="President"),
                           P("Tiémoko Meyliet Koné", "person", "CIV", title="Vice President"),
                           P("Benin", "country", "BEN"), P("Burkina Faso", "country", "BFA")], "2022-11-22", ACCRA, None,
      "The decision was taken at an international conference in Accra hosted by President Nana Addo Dankwa Akufo-Addo and attended by Togo's President Faure Gnassingbé, Côte d'Ivoire's Vice President Tiémoko Meyliet Koné and ministers from Benin and Burkina Faso."),
    E("COOPERATE", "planned", [P("Ghana", "country", "GHA"), P("Togo", "country", "TGO"), P("Côte d'Ivoire", "country", "CIV"),
                               P("Benin", "country", "BEN"), P("Burkina Faso", "country", "BFA")], None, None, None,
      "Member states of the Accra Initiative on Tuesday agreed to establish a multinational joint task force of up to 10,000 troops to stop the spread of jihadist violence from the Sahel to the coastal states of West Africa."),
    E("DEPLOY", "occurred", [P("Ghana", "country", "GHA"), P("United Nations Interim Force in Lebanon", "igo", "UN")], "2022-11-21",
      L("southern Lebanon", "LBN"), None,
      "Meanwhile, a contingent of 870 Ghanaian soldiers departed Accra on Monday for southern Lebanon to join the United Nations Interim Force in Lebanon (UNIFIL), where Ghana has served since 1979."),
    E("TRANSFER", "occurred", [S("People's Republic of China", "country", "CHN"), S("Lu Kun", "person", "CHN", title="Ambassador"),
                               R("Seth Amoama", "person", "GHA", title="Chief of the Defence Staff"), R("Ghana", "country", "GHA")],
      "2022-11-23", L("Burma Camp, Accra", "GHA"), "armoured patrol vehicles and communications equipment",
      "On Wednesday, the Chief of the Defence Staff, Vice Admiral Seth Amoama, received 20 armoured patrol vehicles and a quantity of communications equipment donated by the Government of the People's Republic of China, handed over by Ambassador Lu Kun at Burma Camp."),
], text=t21)

# ---------------- u20-22 Tanzania-China-Mozambique (clean) ----------------
t22 = """Tanzania, China, Mozambique launch first joint military drill

DAR ES SALAAM — Troops from Tanzania, China and Mozambique on Saturday began a joint military exercise at the Mapinga training area in Bagamoyo District, Pwani Region, the first such trilateral drill involving the three countries.

The exercise, code-named Peace Unity 2024, brings together more than 1,000 soldiers and will focus on counter-terrorism operations, including the clearing of villages and the rescue of hostages, the Tanzania People's Defence Force (TPDF) said.

It was officially opened by the TPDF Chief of Defence Forces, General Jacob John Mkunda, and the commander of the Chinese contingent, Major General Wang Jianbo.

On Friday, Gen Mkunda received the Chinese delegation at the Defence Forces Headquarters in Dar es Salaam, where the two sides discussed the programme of the exercise and future areas of cooperation.

The drill is scheduled to run until mid-August and will end with a live-fire demonstration.

China has for decades trained Tanzanian officers at its military academies and helped build several TPDF facilities.

A TPDF spokesman rejected suggestions in some foreign media that the exercise was directed against any third party, saying it was "purely about our common fight against terrorism".

For Mozambique, the drill comes as the European Union's military training mission, which has trained 11 quick reaction force companies of the Mozambican armed forces since 2021, prepares to hand over to a smaller assistance mission in September.

The new mission will continue to advise Mozambican commanders fighting the Islamist insurgency in the northern province of Cabo Delgado, diplomats said."""

doc("u20-22", "Tanzania, China, Mozambique launch first joint military drill", "Dar Daily News",
    "https://dardailynews.example/national/tanzania-china-mozambique-joint-drill", "2024-07-29", [
    E("EXERCISE", "occurred", [P("Tanzania", "country", "TZA"), P("China", "country", "CHN"), P("Mozambique", "country", "MOZ"),
                               P("Jacob John Mkunda", "person", "TZA", title="TPDF Chief of Defence Forces"),
                               P("Wang Jianbo", "person", "CHN", title="commander of the Chinese contingent")],
      "2024-07-27", L("Mapinga, Bagamoyo District", "TZA"), None,
      "DAR ES SALAAM — Troops from Tanzania, China and Mozambique on Saturday began a joint military exercise at the Mapinga training area in Bagamoyo District, Pwani Region, the first such trilateral drill involving the three countries."),
    E("MEET", "occurred", [P("Jacob John Mkunda", "person", "TZA", title="TPDF Chief of Defence Forces"), P("China", "country", "CHN")],
      "2024-07-26", L("Dar es Salaam", "TZA"), None,
      "On Friday, Gen Mkunda received the Chinese delegation at the Defence Forces Headquarters in Dar es Salaam, where the two sides discussed the programme of the exercise and future areas of cooperation."),
    E("TRAIN", "occurred", [P("China", "country", "CHN"), P("Tanzania", "country", "TZA")], None, None, None,
      "China has for decades trained Tanzanian officers at its military academies and helped build several TPDF facilities."),
    E("TRAIN", "occurred", [P("European Union", "igo", "EU"), P("Mozambican armed forces", "organisation", "MOZ")], None, L("Mozambique", "MOZ"), None,
      "For Mozambique, the drill comes as the European Union's military training mission, which has trained 11 quick reaction force companies of the Mozambican armed forces since 2021, prepares to hand over to a smaller assistance mission in September."),
    E("COOPERATE", "planned", [P("European Union", "igo", "EU"), P("Mozambique", "country", "MOZ")], "2024-09", L("Mozambique", "MOZ"), None,
      "For Mozambique, the drill comes as the European Union's military training mission, which has trained 11 quick reaction force companies of the Mozambican armed forces since 2021, prepares to hand over to a smaller assistance mission in September."),
], text=t22)

# ---------------- u20-23 Israel-Morocco (scraped) ----------------
t23 = """JERUSALEM CHRONICLE
Israel & the Region | Jewish Times | Opinion | Business | Tech | Live Blog
Search   Subscribe   Log in
Wednesday, November 24, 2021  |  20 Kislev 5782
Jerusalem 17°C   $1 = ₪3.12

Gantz, Moroccan counterpart sign first-ever defense pact between Israel and Arab state

Memorandum of understanding formalizes security ties with Rabat a year after normalization; Algeria condemns visit

By Noa Ben-Ami

Defense Minister Benny Gantz and Morocco's minister in charge of national defense administration, Abdellatif Loudiyi, signed a memorandum of understanding in Rabat on Wednesday that formalizes security cooperation between the two countries.

The MoU will make it easier for Israel to sell defense equipment to Morocco and will give a framework for intelligence cooperation, joint training and industrial collaboration, Israeli officials said.

Gantz, who landed in Rabat on Tuesday evening, is the first Israeli defense minister to make an official visit to Morocco.

Later on Wednesday, Gantz met with Moroccan Foreign Minister Nasser Bourita, and with the inspector general of the Royal Armed Forces, Gen. Belkhir El Farouk, the Defense Ministry said.

"This is a very significant thing that will allow us to undertake joint projects," Gantz said before boarding his plane on Tuesday.

Israeli officials rejected suggestions that the agreement was aimed at Algeria, which cut diplomatic ties with Rabat in August and condemned the visit.

According to a report in a Moroccan outlet earlier this month, which the company did not confirm, the Israeli drone maker BlueBird Aero Systems is planning to open a factory in Morocco.

Gantz is set to visit a synagogue in Rabat and the mausoleum of Mohammed V before returning to Israel on Thursday.

Read more:
• IDF wraps up large-scale drill simulating multi-front war
• Israel, Bahrain said discussing naval cooperation in Red Sea
• Cabinet approves budget for new border fence

Join our WhatsApp group  |  Comments"""

IL = P("Israel", "country", "ISR"); MA = P("Morocco", "country", "MAR")
GANTZ = P("Benny Gantz", "person", "ISR", title="Defense Minister")
doc("u20-23", "Gantz, Moroccan counterpart sign first-ever defense pact between Israel and Arab state", "Jerusalem Chronicle",
    "https://jerusalemchronicle.example/gantz-moroccan-counterpart-sign-defense-pact", "2021-11-24", [
    E("AGREE", "occurred", [GANTZ, P("Abdellatif Loudiyi", "person", "MAR", title="minister in charge of national defense administration")],
      "2021-11-24", L("Rabat", "MAR"), None,
      "Defense Minister Benny Gantz and Morocco's minister in charge of national defense administration, Abdellatif Loudiyi, signed a memorandum of understanding in Rabat on Wednesday that formalizes security cooperation between the two countries."),
    E("MEET", "occurred", [GANTZ, P("Abdellatif Loudiyi", "person", "MAR", title="minister in charge of national defense administration")],
      "2021-11-24", L("Rabat", "MAR"), None,
      "Defense Minister Benny Gantz and Morocco's minister in charge of national defense administration, Abdellatif Loudiyi, signed a memorandum of understanding in Rabat on Wednesday that formalizes security cooperation between the two countries."),
    E("MEET", "occurred", [GANTZ, P("Nasser Bourita", "person", "MAR", title="Foreign Minister")], "2021-11-24", L("Rabat", "MAR"), None,
      "Later on Wednesday, Gantz met with Moroccan Foreign Minister Nasser Bourita, and with the inspector general of the Royal Armed Forces, Gen. Belkhir El Farouk, the Defense Ministry said."),
    E("MEET", "occurred", [GANTZ, P("Belkhir El Farouk", "person", "MAR", title="inspector general of the Royal Armed Forces")], "2021-11-24", L("Rabat", "MAR"), None,
      "Later on Wednesday, Gantz met with Moroccan Foreign Minister Nasser Bourita, and with the inspector general of the Royal Armed Forces, Gen. Belkhir El Farouk, the Defense Ministry said."),
    E("INDUSTRY", "planned", [P("BlueBird Aero Systems", "company", "ISR"), MA], None, L("Morocco", "MAR"), "drones",
      "According to a report in a Moroccan outlet earlier this month, which the company did not confirm, the Israeli drone maker BlueBird Aero Systems is planning to open a factory in Morocco.", optional=True),
], text=t23)

# ---------------- u20-24 Opinion: GCC unified command (distractor, clean) ----------------
t24 = """OPINION | The Gulf needs a real joint command, not another communiqué

By Dr. Faisal Al-Harbi

Every few years, a summit of the Gulf Cooperation Council ends with a paragraph about "integrating defence capabilities". Every few years, that paragraph is quietly forgotten.

The Unified Military Command that GCC leaders approved in 2013 still exists mostly on paper. Its headquarters in Riyadh has a staff and a flag, but it does not command a single brigade in peacetime. The Peninsula Shield Force, set up in the 1980s, has been deployed only rarely, and its most famous mission, in Bahrain in 2011, was more a political gesture than a military operation.

Meanwhile, the threats have multiplied. Drones and cruise missiles launched from hundreds of kilometres away have struck oil facilities, airports and desalination plants. No Gulf state can defend its airspace alone against a saturation attack, and none should try.

Imagine what a shared early-warning network could achieve. If the six states pooled their radar data, a missile fired towards Abu Dhabi could be tracked from Kuwait, and an interceptor launched from Qatar. If Riyadh and Abu Dhabi agreed to buy the same air-defence system, maintenance and training costs would fall by a third.

Instead, each capital shops on its own: a European fighter here, an Asian missile system there, American radars somewhere else. The result is a museum of incompatible equipment, each piece with its own software, spare parts and foreign technicians.

Some will say that sovereignty matters more than efficiency. That is a respectable argument, but it is the argument of the 1980s. A joint command need not mean surrendering control of national armies; NATO has shown for seventy years that allies can plan together, exercise together and still decide for themselves.

Others will argue that Washington will always come to the rescue. Recent years should have taught us otherwise. Partners have their own elections, their own priorities and their own fatigue.

The next GCC summit should not produce another communiqué. It should produce a timetable: a common air picture within two years, a permanent joint staff with real authority, and a procurement office that can say no.

The Gulf has the money, the people and the technology. What it lacks is the decision.

The writer is a retired brigadier general and a researcher in Gulf security affairs. The views expressed are his own."""

doc("u20-24", "OPINION | The Gulf needs a real joint command, not another communiqué", "The Gulf Perspective",
    "https://gulfperspective.example/opinion/gulf-needs-real-joint-command", "2024-03-10", [], text=t24)

# ---------------- u20-25 Kuwait Eurofighter (raw html) ----------------
h25 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Kuwait receives first Eurofighter Typhoon jets - Kuwait Press Wire</title>
<script src="/js/jquery.min.js"></script>
<style type="text/css">.hdr{background:#003366;color:#fff}</style>
</head>
<body>
<div class="hdr">
<span>Kuwait Press Wire</span> |
<a href="/en/local.aspx">Local</a> | <a href="/en/gulf.aspx">Gulf</a> | <a href="/en/arab.aspx">Arab</a> | <a href="/en/intl.aspx">International</a> | <a href="/en/economy.aspx">Economy</a> | <a href="/en/sports.aspx">Sports</a>
</div>
<div class="rates">KD 1 = $3.30 &nbsp;|&nbsp; Kuwait crude $72.41 &nbsp;|&nbsp; Prayer: Fajr 05:00 Dhuhr 11:41 Asr 14:35 Maghrib 16:55 Isha 18:15</div>
<div id="newsbody">
<h1>Kuwait receives first Eurofighter Typhoon jets</h1>
<div class="date">15/12/2021 09:27</div>
<p>KUWAIT, Dec 14 (KPW) -- The first two of 28 Eurofighter Typhoon fighter jets purchased from Italy landed at Ali Al-Salem Air Base on Tuesday, in a ceremony attended by First Deputy Prime Minister and Minister of Defence Sheikh Hamad Jaber Al-Ali Al-Sabah.</p>
<p>The aircraft, built by Italy&#39;s Leonardo, were flown from Italy by Kuwaiti pilots accompanied by Italian Air Force crews.</p>
<p>The deal, worth some EUR 7.9 billion, was signed with Leonardo in 2016 and is considered the largest in the history of the Kuwait Air Force.</p>
<p>Sheikh Hamad said Kuwaiti pilots and technicians had received their training at Italian air bases over the past two years, in cooperation with the Italian Air Force.</p>
<p>The ceremony was also attended by Chief of the General Staff of the Kuwaiti Army, Lieutenant General Sheikh Khaled Saleh Al-Sabah, and the Ambassador of Italy to Kuwait, Carlo Baldocci.</p>
<p>Separately, Lt. Gen. Sheikh Khaled received on Tuesday the Commander of US Army Central, Lieutenant General Ronald Clark, and discussed with him ways of enhancing military cooperation between the two friendly countries.</p>
<p>Also, the Kuwaiti Land Forces concluded on Monday the joint exercise &quot;Brotherhood Shield 4&quot; with units of the Jordanian Armed Forces at Udairi range, north of the country, the army said in a statement. (end) kpw</p>
</div>
<div class="related"><b>Related news</b>
<ul><li>Kuwait Army chief receives French military delegation</li><li>Kuwait Navy receives new patrol boats</li><li>Amir receives congratulations on National Day</li></ul></div>
<div class="footer">&copy; Kuwait Press Wire 2021</div>
</body>
</html>"""

IT = P("Italy", "country", "ITA"); KW = P("Kuwait", "country", "KWT")
doc("u20-25", "Kuwait receives first Eurofighter Typhoon jets", "Kuwait Press Wire",
    "https://kuwaitpresswire.example/en/local/kuwait-receives-first-eurofighter-typhoon", "2021-12-15", [
    E("TRANSFER", "occurred", [S("Italy", "country", "ITA"), S("Leonardo", "company", "ITA"),
                               R("Kuwait Air Force", "organisation", "KWT"),
                               R("Hamad Jaber Al-Ali Al-Sabah", "person", "KWT", title="First Deputy Prime Minister and Minister of Defence")],
      "2021-12-14", L("Ali Al-Salem Air Base", "KWT"), "Eurofighter Typhoon fighter jets",
      "KUWAIT, Dec 14 (KPW) -- The first two of 28 Eurofighter Typhoon fighter jets purchased from Italy landed at Ali Al-Salem Air Base on Tuesday, in a ceremony attended by First Deputy Prime Minister and Minister of Defence Sheikh Hamad Jaber Al-Ali Al-Sabah."),
    E("AGREE", "occurred", [P("Leonardo", "company", "ITA"), KW], "2016", None, None,
      "The deal, worth some EUR 7.9 billion, was signed with Leonardo in 2016 and is considered the largest in the history of the Kuwait Air Force.", optional=True),
    E("TRAIN", "occurred", [P("Italian Air Force", "organisation", "ITA"), KW], None, L("Italy", "ITA"), None,
      "Sheikh Hamad said Kuwaiti pilots and technicians had received their training at Italian air bases over the past two years, in cooperation with the Italian Air Force."),
    E("MEET", "occurred", [P("Khaled Saleh Al-Sabah", "person", "KWT", title="Chief of the General Staff of the Kuwaiti Army"),
                           P("Ronald Clark", "person", "USA", title="Commander of US Army Central")], "2021-12-14", None, None,
      "Separately, Lt. Gen. Sheikh Khaled received on Tuesday the Commander of US Army Central, Lieutenant General Ronald Clark, and discussed with him ways of enhancing military cooperation between the two friendly countries."),
    E("EXERCISE", "occurred", [P("Kuwaiti Land Forces", "organisation", "KWT"), P("Jordanian Armed Forces", "organisation", "JOR")], "2021-12-13",
      L("Udairi range", "KWT"), None,
      "Also, the Kuwaiti Land Forces concluded on Monday the joint exercise \"Brotherhood Shield 4\" with units of the Jordanian Armed Forces at Udairi range, north of the country, the army said in a statement."),
], html=h25)
