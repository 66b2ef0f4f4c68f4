from lib import *
text = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>SIMBEX at 25: India, Singapore navies mark silver jubilee in Andaman Sea - The Straits Naval Review</title>
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">var pageType = "article"; var section = "asia";</script>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="100%" class="top"><tr><td class="logo"><a href="/"><img src="/images/snr.gif" alt="The Straits Naval Review"></a></td><td class="date">Friday, November 16, 2018</td></tr></table>
<div class="menu"><a href="/">Home</a> | <a href="/asia/">Asia</a> | <a href="/indian-ocean/">Indian Ocean</a> | <a href="/south-china-sea/">South China Sea</a> | <a href="/ships/">Ships</a> | <a href="/archive/">Archive</a></div>
<div class="story">
<h2>SIMBEX at 25: India, Singapore navies mark silver jubilee in Andaman Sea</h2>
<p class="by">By our correspondent in Port Blair<br>Published: 16 Nov 2018, 14:02 SGT</p>
<p>The navies of India and Singapore began the 25th edition of their annual bilateral exercise, SIMBEX, at Port Blair on Monday, with the harbour phase to be followed by a week of anti-submarine, air defence and gunnery drills in the Andaman Sea.</p>
<p>The Republic of Singapore Navy has sent the frigate RSS Formidable, the missile corvette RSS Valiant, the submarine RSS Swordsman and a Fokker 50 maritime patrol aircraft. India is fielding the destroyer INS Ranvir, the corvette INS Kamorta, a Sindhughosh-class submarine and P-8I long-range patrol aircraft.</p>
<p>SIMBEX is the Indian Navy's longest uninterrupted bilateral exercise with any foreign navy. The series began in 1994 as a basic anti-submarine training exercise, then known as Lion King, when Singaporean ships first came to train with Indian submarines off Mumbai.</p>
<p>Almost a year ago, on November 29, 2017, Indian Defence Minister Nirmala Sitharaman and her Singaporean counterpart Ng Eng Hen signed a bilateral agreement in New Delhi on naval cooperation, giving each navy access to the other's bases for logistics support.</p>
<p>The armies and air forces have also grown close. Singapore's armour has trained in India under the bilateral exercise Bold Kurukshetra since 2005, and Singaporean pilots fly regularly from the Indian air base at Kalaikunda.</p>
<p>The Indian Navy's Eastern Fleet commander, Rear Admiral Dinesh K. Tripathi, told reporters that the two navies planned to hold their first trilateral exercise with the Royal Thai Navy next year.</p>
<p class="note">Additional reporting by the Singapore bureau.</p>
</div>
<div class="more"><b>More stories:</b><br>
<a href="/asia/2018/11/15/">Indonesia commissions new landing platform dock</a><br>
<a href="/asia/2018/11/14/">Japan, India hold JIMEX in Visakhapatnam</a><br>
<a href="/asia/2018/11/13/">Op-ed: The Quad is back. Does it have a plan?</a></div>
<div class="foot">Copyright &copy; 2018 The Straits Naval Review. All rights reserved. Reproduction without permission prohibited.</div>
</body>
</html>
"""
doc = dict(id="u40-20", url="https://straitsnavalreview.example/asia/2018/11/16/simbex-at-25-silver-jubilee.html",
           title="SIMBEX at 25: India, Singapore navies mark silver jubilee in Andaman Sea", published="2018-11-16",
           source="The Straits Naval Review", lang="en", text=text)
sit = P("Nirmala Sitharaman", "person", "IND", title="Indian Defence Minister")
ng = P("Ng Eng Hen", "person", "SGP", title="Defence Minister")
ag = "Almost a year ago, on November 29, 2017, Indian Defence Minister Nirmala Sitharaman and her Singaporean counterpart Ng Eng Hen signed a bilateral agreement in New Delhi on naval cooperation, giving each navy access to the other's bases for logistics support."
events = [
 E("EXERCISE", "occurred", [P("Indian Navy", "organisation", "IND"), P("Republic of Singapore Navy", "organisation", "SGP")], "2018-11", L("Port Blair", "IND"), None,
   "The navies of India and Singapore began the 25th edition of their annual bilateral exercise, SIMBEX, at Port Blair on Monday, with the harbour phase to be followed by a week of anti-submarine, air defence and gunnery drills in the Andaman Sea."),
 E("EXERCISE", "occurred", [P("Singaporean ships", "organisation", "SGP"), P("Indian submarines", "organisation", "IND")], "1994", L("off Mumbai", "IND"), None,
   "The series began in 1994 as a basic anti-submarine training exercise, then known as Lion King, when Singaporean ships first came to train with Indian submarines off Mumbai."),
 E("AGREE", "occurred", [sit, ng, P("India", "country", "IND"), P("Singapore", "country", "SGP")], "2017-11-29", L("New Delhi", "IND"), None, ag),
 E("MEET", "occurred", [sit, ng], "2017-11-29", L("New Delhi", "IND"), None, ag),
 E("EXERCISE", "occurred", [P("Singapore's armour", "organisation", "SGP"), P("India", "country", "IND")], None, L("India", "IND"), None,
   "Singapore's armour has trained in India under the bilateral exercise Bold Kurukshetra since 2005, and Singaporean pilots fly regularly from the Indian air base at Kalaikunda.", optional=True),
 E("COOPERATE", "occurred", [P("Singaporean pilots", "organisation", "SGP"), P("India", "country", "IND")], None, L("Kalaikunda air base", "IND"), None,
   "Singapore's armour has trained in India under the bilateral exercise Bold Kurukshetra since 2005, and Singaporean pilots fly regularly from the Indian air base at Kalaikunda.", optional=True),
 E("EXERCISE", "planned", [P("Indian Navy", "organisation", "IND"), P("Singapore navy", "organisation", "SGP"), P("Royal Thai Navy", "organisation", "THA")], "2019", None, None,
   "The Indian Navy's Eastern Fleet commander, Rear Admiral Dinesh K. Tripathi, told reporters that the two navies planned to hold their first trilateral exercise with the Royal Thai Navy next year."),
]
write(doc, events)
