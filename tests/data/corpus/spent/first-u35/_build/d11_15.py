from common import *

# ---------------------------------------------------------------- u35-11 (raw html)
t = """<!DOCTYPE html>
<html lang="en-PH">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PAF pilots begin FA-50 training in Korea &#8211; PhilDefense Monitor</title>
<link rel="canonical" href="https://phildefensemonitor.example/2015/09/04/paf-pilots-begin-fa-50-training-in-korea/">
<script type="text/javascript">var ajaxurl = "/wp-admin/admin-ajax.php";</script>
<style type="text/css">.entry-content p{margin:0 0 1em}</style>
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead"><p class="site-title"><a href="/">PhilDefense Monitor</a></p>
<p class="site-description">Tracking the AFP modernization program</p>
<nav id="site-navigation"><a href="/category/air-force/">Air Force</a> <a href="/category/navy/">Navy</a> <a href="/category/army/">Army</a> <a href="/category/acquisitions/">Acquisitions</a></nav>
</header>
<div id="content">
<article class="post">
<header class="entry-header">
<h1 class="entry-title">PAF pilots begin FA-50 training in Korea</h1>
<div class="entry-meta">Posted on <time class="entry-date published" datetime="2015-09-04T08:12:44+08:00">September 4, 2015</time> by <span class="author">admin</span></div>
</header>
<div class="entry-content">
<p>Six Philippine Air Force (PAF) pilots began training on the FA-50PH light fighter with the Republic of Korea Air Force (ROKAF) at its 16th Fighter Wing in Yecheon on Monday.</p>
<p>The pilots, all experienced on the S-211 jet trainer, were sent off at Villamor Air Base last week by PAF commanding general Lieutenant General Ramon Castillo, who told them they would be "the first of a new generation of Filipino fighter pilots".</p>
<p>The course will last about six months and includes academic, simulator and flying phases on the two-seat FA-50, the armed version of the T-50 Golden Eagle trainer.</p>
<p>The first two of the 12 FA-50s ordered from Korea Aerospace Industries (KAI) are due to arrive at Clark Air Base in November, in time for the APEC summit in Manila.</p>
<p>The P18.9-billion contract, signed in March last year, also covers a full-mission flight simulator, to be delivered in 2017, and maintenance training in Sacheon for 40 PAF technicians.</p>
<p>The remaining ten aircraft are scheduled to be delivered in batches until 2017.</p>
<p>The Philippines has been without supersonic-capable fighters since it retired its last F-5s in 2005.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/air-force/">Air Force</a>, <a href="/category/acquisitions/">Acquisitions</a></span>
<span class="tags-links">Tagged <a href="/tag/fa-50/">FA-50</a>, <a href="/tag/kai/">KAI</a>, <a href="/tag/south-korea/">South Korea</a></span></footer>
</article>
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="#" class="share-facebook">Facebook</a></li><li><a href="#" class="share-twitter">Twitter</a></li></ul></div>
<div id="comments"><h3>3 thoughts on &ldquo;PAF pilots begin FA-50 training in Korea&rdquo;</h3>
<ol class="comment-list"><li>Finally! Hope the Navy gets its frigates soon. <span class="says">&ndash; jojo_ph</span></li>
<li>Good news but we need BVR missiles too. <span class="says">&ndash; skywatcher</span></li>
<li>Congrats to our pilots. <span class="says">&ndash; Tess</span></li></ol></div>
</div>
<footer id="colophon"><p>&copy; 2015 PhilDefense Monitor. Proudly powered by WordPress.</p></footer>
</div>
</body>
</html>
"""
doc("u35-11", "https://phildefensemonitor.example/2015/09/04/paf-pilots-begin-fa-50-training-in-korea/",
    "PAF pilots begin FA-50 training in Korea", "2015-09-04", "PhilDefense Monitor", t, [
    E("TRAIN", "occurred", [P("Philippine Air Force", "organisation", "PHL"), P("Republic of Korea Air Force", "organisation", "KOR"),
        P("Ramon Castillo", "person", "PHL", "PAF commanding general")], "2015-08-31",
      L("16th Fighter Wing, Yecheon", "KOR"), None,
      "Six Philippine Air Force (PAF) pilots began training on the FA-50PH light fighter with the Republic of Korea Air Force (ROKAF) at its 16th Fighter Wing in Yecheon on Monday."),
    E("TRANSFER", "planned", [S("Korea Aerospace Industries", "company", "KOR"), R("Philippines", "country", "PHL")], "2015-11", L("Clark Air Base", "PHL"), "first two FA-50 light fighters",
      "The first two of the 12 FA-50s ordered from Korea Aerospace Industries (KAI) are due to arrive at Clark Air Base in November, in time for the APEC summit in Manila."),
    E("AGREE", "occurred", [P("Philippines", "country", "PHL"), P("Korea Aerospace Industries", "company", "KOR")], "2014-03", None, "12 FA-50 aircraft, simulator, maintenance training",
      "The P18.9-billion contract, signed in March last year, also covers a full-mission flight simulator, to be delivered in 2017, and maintenance training in Sacheon for 40 PAF technicians.", True),
    E("TRANSFER", "planned", [S("Korea Aerospace Industries", "company", "KOR"), R("Philippines", "country", "PHL")], "2017", None, "full-mission flight simulator",
      "The P18.9-billion contract, signed in March last year, also covers a full-mission flight simulator, to be delivered in 2017, and maintenance training in Sacheon for 40 PAF technicians."),
    E("TRAIN", "planned", [P("Korea Aerospace Industries", "company", "KOR"), P("Philippine Air Force", "organisation", "PHL")], None, L("Sacheon", "KOR"), None,
      "The P18.9-billion contract, signed in March last year, also covers a full-mission flight simulator, to be delivered in 2017, and maintenance training in Sacheon for 40 PAF technicians."),
    E("TRANSFER", "planned", [S("Korea Aerospace Industries", "company", "KOR"), R("Philippines", "country", "PHL")], "2017", None, "remaining ten FA-50 aircraft",
      "The remaining ten aircraft are scheduled to be delivered in batches until 2017."),
], html=True)

# ---------------------------------------------------------------- u35-12 (no event)
t = """Wiener Neustadt academy calls off Russian cadets' visit

WIENER NEUSTADT - A visit by 30 cadets and four instructors from a Russian military school to the Theresian Military Academy, planned for the middle of April, has been called off, the academy said on Friday.

The Russian group had been due to spend a week in Wiener Neustadt, attending lectures, touring the academy's grounds and meeting Austrian cadets. It would have been the first visit of its kind.

An academy spokesman, Lieutenant Colonel Markus Hainzl, said the decision had been taken "in view of the current situation" and after consultation with the Defence Ministry in Vienna. He declined to say whether the request had come from Vienna or Moscow.

"The academy remains open to dialogue. This is a postponement of a single event, nothing more," Hainzl said, adding that no new date had been set.

The Defence Ministry said no agreement on regular cadet exchanges with Russia had been signed and none was under negotiation.

Opposition politicians welcomed the decision. A Green defence spokesman said it would have been "the wrong signal at the wrong moment". Others called it an overreaction that would hurt contacts between young officers at a time when they were most needed.

The academy, founded in 1751, trains officers for the Austrian Armed Forces and is among the oldest military academies in the world.

Published 28 March 2014
"""
doc("u35-12", "https://noebote.example/region/wiener-neustadt/academy-calls-off-russian-cadets-visit",
    "Wiener Neustadt academy calls off Russian cadets' visit", "2014-03-28", "Niederösterreich Bote (English service)", t, [])

# ---------------------------------------------------------------- u35-13
t = """DHAKA MORNING POST
Home  National  Politics  Business  World  Sports  Opinion  Photos
Thursday, December 05, 2019 | Agrahayan 20, 1426 BS
Dhaka 24°C | Sunrise 6:29 | Sunset 5:12

National > Defence

DSCSC graduation: 247 officers, 46 from abroad, receive staff course certificates

Staff Correspondent | Published at 12:55 am December 05, 2019

The Prime Minister on Wednesday distributed certificates among 247 officers who completed the Defence Services Command and Staff College (DSCSC) course at Mirpur Cantonment in the capital.

Of the graduates, 46 came from 21 friendly countries, including the United States, China, Saudi Arabia, Sri Lanka and Nigeria, the Inter Services Public Relations directorate said.

The year-long course trains mid-level officers of the army, navy and air force for command and staff appointments. This year's course also included officers of the police and civil administration for the first time.

The Commandant of the DSCSC, Major General Mohammad Rafiqul Islam, said the foreign officers had "enriched every discussion in the syndicate rooms" and that the college's international reputation was growing.

Lieutenant Colonel Ibrahim Musa of the Nigerian Army received the Commandant's Award for the best international student, while the Sword of Excellence went to Lieutenant Colonel Shafiqul Alam of the Bangladesh Army.

Addressing the graduates, the Prime Minister said the government would continue to modernise the armed forces in line with Forces Goal 2030 and that Bangladesh would keep contributing to UN peacekeeping.

Last month the college signed a memorandum of understanding on faculty exchange with the US Army Command and General Staff College at Fort Leavenworth, Kansas.

Under it, one instructor from each college will teach at the other from the 2021 academic year, the ISPR said.

Chiefs of the three services, senior civil and military officials and defence attaches of several countries were present.

RELATED NEWS
Army chief leaves for Saudi Arabia on official visit
Bangladesh Navy gets two corvettes from China
BGB, BSF border conference begins in Delhi

Share on: Facebook | Twitter | LinkedIn | Email
Copyright © 2019 Dhaka Morning Post | All rights reserved
"""
dscsc = P("Defence Services Command and Staff College", "organisation", "BGD")
cmd = P("Mohammad Rafiqul Islam", "person", "BGD", "Commandant of the DSCSC")
loc = L("Mirpur Cantonment, Dhaka", "BGD")
ev = "Of the graduates, 46 came from 21 friendly countries, including the United States, China, Saudi Arabia, Sri Lanka and Nigeria, the Inter Services Public Relations directorate said."
doc("u35-13", "https://dhakamorningpost.example/national/defence/dscsc-graduation-247-officers-46-from-abroad",
    "DSCSC graduation: 247 officers, 46 from abroad, receive staff course certificates", "2019-12-05", "Dhaka Morning Post", t, [
    E("TRAIN", "occurred", [dscsc, cmd, P("United States", "country", "USA")], "2019-12-04", loc, None, ev),
    E("TRAIN", "occurred", [dscsc, cmd, P("China", "country", "CHN")], "2019-12-04", loc, None, ev),
    E("TRAIN", "occurred", [dscsc, cmd, P("Saudi Arabia", "country", "SAU")], "2019-12-04", loc, None, ev),
    E("TRAIN", "occurred", [dscsc, cmd, P("Sri Lanka", "country", "LKA")], "2019-12-04", loc, None, ev),
    E("TRAIN", "occurred", [dscsc, cmd, P("Nigeria", "country", "NGA"), P("Ibrahim Musa", "person", "NGA", "Lieutenant Colonel")], "2019-12-04", loc, None, ev),
    E("DEPLOY", "planned", [P("Bangladesh", "country", "BGD"), P("UN", "igo", "UN")], None, None, None,
      "Addressing the graduates, the Prime Minister said the government would continue to modernise the armed forces in line with Forces Goal 2030 and that Bangladesh would keep contributing to UN peacekeeping.", True),
    E("AGREE", "occurred", [dscsc, P("US Army Command and General Staff College", "organisation", "USA")], "2019-11", None, "memorandum of understanding on faculty exchange",
      "Last month the college signed a memorandum of understanding on faculty exchange with the US Army Command and General Staff College at Fort Leavenworth, Kansas."),
    E("TRAIN", "planned", [dscsc, P("US Army Command and General Staff College", "organisation", "USA")], "2021", None, None,
      "Under it, one instructor from each college will teach at the other from the 2021 academic year, the ISPR said."),
])

# ---------------------------------------------------------------- u35-14
t = """Namibian sailors graduate in Rio

By Selma Amupolo

THIRTY-ONE Namibian Navy sailors graduated last week from the Brazilian Navy's Almirante Alexandrino Instruction Centre in Rio de Janeiro after ten months of training in seamanship, engineering and communications.

The group is the largest the Namibian Navy has sent to Brazil in a single year. The sailors were trained by Brazilian instructors in Portuguese, which they learnt during an intensive three-month language course on arrival.

Namibian Navy commander Rear Admiral Festus Nangolo attended the graduation, where certificates were presented by Vice Admiral Carlos Augusto Menezes, the Brazilian Navy's director of naval education.

"These young men and women will crew the ships that protect our fisheries and our oil and gas fields," Nangolo said after the ceremony.

During his visit, Nangolo also held talks in Brasília with the Commander of the Brazilian Navy, Admiral Rogério Vasconcellos, on training, ship maintenance and the future structure of the Namibian fleet.

Brazil has been Namibia's main naval partner since independence. A Brazilian Naval Mission based in Walvis Bay has advised the Namibian Navy since its founding in 2004, and hundreds of Namibian officers and ratings have been trained in Brazilian schools.

The navy's flagship, the Brazilian-built patrol ship NS Elephant, was commissioned in 2012.

Brazil has also pledged to hand over a second patrol vessel to the Namibian Navy next year, according to the Ministry of Defence in Windhoek.

The graduates are expected back in Walvis Bay next month.
"""
nang = P("Festus Nangolo", "person", "NAM", "Namibian Navy commander")
doc("u35-14", "https://namibcoastcourier.example/news/2014/06/20/namibian-sailors-graduate-in-rio",
    "Namibian sailors graduate in Rio", "2014-06-20", "Namib Coast Courier", t, [
    E("TRAIN", "occurred", [P("Brazilian Navy", "organisation", "BRA"), P("Namibian Navy", "organisation", "NAM"), nang,
        P("Carlos Augusto Menezes", "person", "BRA", "director of naval education")], "2014-06",
      L("Almirante Alexandrino Instruction Centre, Rio de Janeiro", "BRA"), None,
      "THIRTY-ONE Namibian Navy sailors graduated last week from the Brazilian Navy's Almirante Alexandrino Instruction Centre in Rio de Janeiro after ten months of training in seamanship, engineering and communications."),
    E("MEET", "occurred", [nang, P("Rogério Vasconcellos", "person", "BRA", "Commander of the Brazilian Navy")], "2014-06", L("Brasília", "BRA"), None,
      "During his visit, Nangolo also held talks in Brasília with the Commander of the Brazilian Navy, Admiral Rogério Vasconcellos, on training, ship maintenance and the future structure of the Namibian fleet."),
    E("COOPERATE", "occurred", [P("Brazilian Naval Mission", "organisation", "BRA"), P("Namibian Navy", "organisation", "NAM")], None, L("Walvis Bay", "NAM"), None,
      "A Brazilian Naval Mission based in Walvis Bay has advised the Namibian Navy since its founding in 2004, and hundreds of Namibian officers and ratings have been trained in Brazilian schools.", True),
    E("TRAIN", "occurred", [P("Brazil", "country", "BRA"), P("Namibia", "country", "NAM")], None, L("Brazil", "BRA"), None,
      "A Brazilian Naval Mission based in Walvis Bay has advised the Namibian Navy since its founding in 2004, and hundreds of Namibian officers and ratings have been trained in Brazilian schools.", True),
    E("TRANSFER", "occurred", [S("Brazil", "country", "BRA"), R("Namibian Navy", "organisation", "NAM")], None, None, "patrol ship NS Elephant",
      "The navy's flagship, the Brazilian-built patrol ship NS Elephant, was commissioned in 2012.", True),
    E("TRANSFER", "planned", [S("Brazil", "country", "BRA"), R("Namibian Navy", "organisation", "NAM")], "2015", None, "patrol vessel",
      "Brazil has also pledged to hand over a second patrol vessel to the Namibian Navy next year, according to the Ministry of Defence in Windhoek."),
])

# ---------------------------------------------------------------- u35-15 (published null, cut off)
t = """Embassy of the State of Kuwait - London
Home | The Embassy | The Ambassador | Consular Services | Military Office | Health Office | Cultural Office | News | Contact
عربي | English
Follow us: Twitter | Instagram | YouTube
Working hours: Sunday to Thursday, 9:00 am - 3:00 pm

Home > Media Centre > News

Ambassador attends Sovereign's Parade as Kuwaiti cadets are commissioned at Sandhurst

April 12th, 2019

Ambassador Bader Al-Mutairi today attended the Sovereign's Parade at the Royal Military Academy Sandhurst, at which eleven Kuwaiti officer cadets were commissioned after completing the academy's 44-week commissioning course.

The Ambassador was accompanied by the Military Attaché, Brigadier General Nasser Al-Enezi, and by the families of the graduating cadets, several of whom had travelled from Kuwait for the occasion.

The parade was reviewed on behalf of Her Majesty The Queen by General Sir Richard Hallam, Chief of the General Staff, who congratulated the international cadets and their countries on their achievement.

The Overseas Medal, awarded to the best international cadet of the intake, went to Officer Cadet Omar Al-Khalidi of Jordan.

Among the Kuwaiti graduates, Officer Cadet Abdullah Al-Shammari was commended for his performance in the final field exercise in Wales. The new Second Lieutenants will return to Kuwait to join units of the Kuwait Land Forces after a period of leave.

In a statement after the parade, Ambassador Al-Mutairi said the commissioning of the new officers reflected the depth of the historic relations between the State of Kuwait and the United Kingdom. He thanked the Commandant of the Academy and its instructors for their efforts in preparing the cadets.

The Ambassador later hosted a reception for the new officers and their families at the embassy residence, where he praised the long-standing cooperation between the two friendly countries in the field of military educa"""
hallam = P("Richard Hallam", "person", "GBR", "Chief of the General Staff")
sand = P("Royal Military Academy Sandhurst", "organisation", "GBR")
doc("u35-15", "https://kuwait-embassy-london.example/news/ambassador-attends-sovereigns-parade-2019",
    "Ambassador attends Sovereign's Parade as Kuwaiti cadets are commissioned at Sandhurst", None, "Embassy of the State of Kuwait, London", t, [
    E("TRAIN", "occurred", [sand, hallam, P("Kuwait", "country", "KWT"),
        P("Bader Al-Mutairi", "person", "KWT", "Ambassador"), P("Nasser Al-Enezi", "person", "KWT", "Military Attaché"),
        P("Abdullah Al-Shammari", "person", "KWT", "Officer Cadet")], "2019-04-12",
      L("Royal Military Academy Sandhurst", "GBR"), None,
      "Ambassador Bader Al-Mutairi today attended the Sovereign's Parade at the Royal Military Academy Sandhurst, at which eleven Kuwaiti officer cadets were commissioned after completing the academy's 44-week commissioning course."),
    E("TRAIN", "occurred", [sand, hallam, P("Jordan", "country", "JOR"), P("Omar Al-Khalidi", "person", "JOR", "Officer Cadet")], "2019-04-12",
      L("Royal Military Academy Sandhurst", "GBR"), None,
      "The Overseas Medal, awarded to the best international cadet of the intake, went to Officer Cadet Omar Al-Khalidi of Jordan."),
])
