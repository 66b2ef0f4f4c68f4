from lib import *

# ---------- u45-04 html KFOR
h = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Türkiye takes command of KFOR | Alliance Newsroom</title>
<meta name="description" content="Change of command at Camp Film City">
<link rel="stylesheet" href="/assets/site.css?v=12">
<script>window.__consent={analytics:false};</script>
</head>
<body>
<div class="cookie-banner">This site uses cookies to improve your experience. <button>Accept</button> <button>Manage</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/operations/">Operations</a></li><li><a href="/media/">Media</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<main>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/operations/">Operations</a> &rsaquo; <a href="/operations/kfor/">KFOR</a></nav>
<article>
<h1>T&uuml;rkiye takes command of KFOR as Allies reinforce the mission</h1>
<p class="dateline"><time datetime="2023-10-14">14 Oct. 2023</time> | Last updated: 14 Oct. 2023 11:20</p>
<figure><img src="/img/kfor-coc.jpg" alt=""><figcaption>The KFOR flag is passed at Camp Film City. Photo: KFOR Public Affairs</figcaption></figure>
<p>Major General Mehmet Ali Durmaz of the Turkish Armed Forces took command of the NATO-led Kosovo Force (KFOR) on Friday at a ceremony in Camp Film City, Pristina, becoming the first Turkish officer to lead the mission since it deployed in 1999.</p>
<p>He succeeds Major General Paolo Ferrante of Italy, who led the force for the past year. The ceremony was presided over by Admiral Richard Calloway, Commander of Allied Joint Force Command Naples, which oversees the operation.</p>
<p>&ldquo;KFOR will continue to carry out its mandate in an impartial manner, for the benefit of all communities in Kosovo,&rdquo; General Durmaz said.</p>
<p>The change of command comes as Allies strengthen the mission after the violence in the north of Kosovo in late September. The United Kingdom deployed some 200 soldiers of the 1st Battalion, The Princess of Wales&rsquo;s Royal Regiment, in early October, while Romania sent an additional company of about 100 troops at the end of September.</p>
<p>KFOR and the European Union&rsquo;s rule-of-law mission in Kosovo, EULEX, last week agreed to step up the exchange of information on the security situation in the northern municipalities.</p>
<p>General Durmaz is due to meet Kosovo&rsquo;s Prime Minister and the head of EULEX on Monday.</p>
<p>KFOR currently consists of about 4,500 troops provided by 27 Allies and partners.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="#">NATO Defence Ministers meet in Brussels</a></li><li><a href="#">Allied air policing in the Baltic region</a></li></ul></aside>
</main>
<footer><p>&copy; Alliance Newsroom. Terms | Privacy | Accessibility</p><div class="share">Share: X Facebook LinkedIn</div></footer>
<script src="/assets/analytics.js"></script>
</body>
</html>
"""
write("u45-04","https://alliance-newsroom.example/operations/kfor/2023/10/turkiye-takes-command",
      "Türkiye takes command of KFOR as Allies reinforce the mission","2023-10-14","Alliance Newsroom",h,[
 E("DEPLOY","occurred",[P("Mehmet Ali Durmaz","NATO","Commander of KFOR"),O("Turkish Armed Forces","TUR"),I("Kosovo Force (KFOR)","NATO"),P("Richard Calloway","NATO","Commander of Allied Joint Force Command Naples")],"2023-10-13",("Camp Film City, Pristina","XKX"),
   "Major General Mehmet Ali Durmaz of the Turkish Armed Forces took command of the NATO-led Kosovo Force (KFOR) on Friday at a ceremony in Camp Film City, Pristina, becoming the first Turkish officer to lead the mission since it deployed in 1999."),
 E("DEPLOY","occurred",[P("Paolo Ferrante","NATO","Major General"),C("Italy","ITA"),I("KFOR","NATO")],None,("Kosovo","XKX"),
   "He succeeds Major General Paolo Ferrante of Italy, who led the force for the past year.",opt=True),
 E("DEPLOY","occurred",[C("United Kingdom","GBR"),I("KFOR","NATO")],"2023-10",("Kosovo","XKX"),
   "The United Kingdom deployed some 200 soldiers of the 1st Battalion, The Princess of Wales’s Royal Regiment, in early October, while Romania sent an additional company of about 100 troops at the end of September."),
 E("DEPLOY","occurred",[C("Romania","ROU"),I("KFOR","NATO")],"2023-09",("Kosovo","XKX"),
   "The United Kingdom deployed some 200 soldiers of the 1st Battalion, The Princess of Wales’s Royal Regiment, in early October, while Romania sent an additional company of about 100 troops at the end of September."),
 E("COOPERATE","occurred",[I("KFOR","NATO"),I("EULEX","EU")],"2023-10",("Kosovo","XKX"),
   "KFOR and the European Union’s rule-of-law mission in Kosovo, EULEX, last week agreed to step up the exchange of information on the security situation in the northern municipalities."),
 E("MEET","planned",[P("Mehmet Ali Durmaz","NATO","Commander of KFOR"),C("Kosovo","XKX"),I("EULEX","EU")],"2023-10-16",None,
   "General Durmaz is due to meet Kosovo’s Prime Minister and the head of EULEX on Monday."),
],html=True)

# ---------- u45-05 scraped Bangladesh
t = """The Dhaka Chronicle
ePaper | Archive | Bangla
Monday, March 5, 2018 | Dhaka 28°C
HOME  NATIONAL  POLITICS  BUSINESS  WORLD  SPORTS  OPINION  DEFENCE

DEFENCE

UN medals for 1,000 Bangladeshi peacekeepers in DR Congo

Staff Correspondent

Published: 05 March 2018, 10:15 AM

Members of the Bangladesh Battalion (BANBAT-1) and the Bangladesh Engineer Company serving with the UN Organization Stabilization Mission in the DR Congo (MONUSCO) received UN peace medals at a parade in Bukavu on Saturday.

MONUSCO's Deputy Force Commander, Major General Tomasz Wrona, pinned the medals on the contingent commanders and praised the battalion's patrols in South Kivu, according to a press release from the Inter Services Public Relations Directorate (ISPR).

Last month the Japanese embassy in Kinshasa handed over two water-drilling rigs and a set of heavy engineering tools to the Bangladeshi engineers, a gift from Tokyo under its programme of support for UN peacekeeping.

Dhaka has also offered the UN a utility helicopter unit for its mission in Mali, due to deploy before the end of the year, the ISPR said.

Bangladesh currently has more than 7,000 uniformed personnel in UN missions and regularly ranks first or second among contributors.

RELATED
Bangladesh, India navies to hold coordinated patrol in Bay of Bengal
Army chief opens new cantonment in Sylhet
Three Bangladeshi peacekeepers honoured posthumously

Like  Share  Tweet  Print

Comments (0)
Please log in to comment.
"""
write("u45-05","https://dhakachronicle.example/defence/2018/03/05/un-medals-bangladeshi-peacekeepers-congo",
      "UN medals for 1,000 Bangladeshi peacekeepers in DR Congo","2018-03-05","The Dhaka Chronicle",t,[
 E("DEPLOY","occurred",[O("Bangladesh Battalion (BANBAT-1)","BGD"),O("Bangladesh Engineer Company","BGD"),I("MONUSCO","UN"),P("Tomasz Wrona","UN","Deputy Force Commander of MONUSCO")],None,("Bukavu","COD"),
   "Members of the Bangladesh Battalion (BANBAT-1) and the Bangladesh Engineer Company serving with the UN Organization Stabilization Mission in the DR Congo (MONUSCO) received UN peace medals at a parade in Bukavu on Saturday."),
 E("TRANSFER","occurred",[C("Japan","JPN"),O("Bangladesh Engineer Company","BGD")],"2018-02",("Kinshasa","COD"),
   "Last month the Japanese embassy in Kinshasa handed over two water-drilling rigs and a set of heavy engineering tools to the Bangladeshi engineers, a gift from Tokyo under its programme of support for UN peacekeeping.",
   item="two water-drilling rigs and heavy engineering tools"),
 E("DEPLOY","planned",[C("Bangladesh","BGD"),I("United Nations","UN")],"2018",("Mali","MLI"),
   "Dhaka has also offered the UN a utility helicopter unit for its mission in Mali, due to deploy before the end of the year, the ISPR said."),
])

# ---------- u45-06 clean, casualty report, no events
t = """Three peacekeepers killed by roadside bomb in northern Mali

Three peacekeepers serving with the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) were killed and two others seriously wounded on Thursday when their vehicle struck an improvised explosive device near Aguelhok, in the Kidal region, the mission said.

The convoy was returning from a logistics run to Tessalit when the lead vehicle was hit at about 10:30 local time. A medical evacuation helicopter flew the wounded to the mission's hospital in Gao, where they were reported to be in stable condition.

The nationalities of the victims were not released pending notification of their families.

In a statement issued by his spokesperson, the Secretary-General condemned the attack "in the strongest terms" and recalled that attacks targeting UN peacekeepers may constitute war crimes under international law. He called on the Malian authorities to spare no effort in identifying the perpetrators and bringing them swiftly to justice.

The Head of MINUSMA said the mission would not be deterred from supporting the implementation of the peace agreement and protecting civilians in the north.

No group had claimed responsibility by Friday afternoon. Armed groups linked to al-Qaeda have carried out most of the attacks on the mission around Aguelhok and Kidal over the past four years.

With more than 140 personnel killed by hostile acts since its deployment in 2013, MINUSMA is the deadliest of the current UN peace operations. The mission has about 13,000 troops and 1,700 police officers.

The Security Council is due to review the mission's mandate next June.
"""
write("u45-06","https://un-peace-bulletin.example/news/2017/10/27/three-peacekeepers-killed-northern-mali",
      "Three peacekeepers killed by roadside bomb in northern Mali","2017-10-27","UN Peace Bulletin",t,[])
