from lib import *

# ---------- u45-24 html eFP Latvia
h = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Slovak soldiers join NATO battlegroup in Latvia - Baltic Security Review</title>
<meta property="og:type" content="article">
<script>(function(){var s=document.createElement('script');s.src='/ads.js';document.head.appendChild(s);})();</script>
</head>
<body>
<div class="header"><div class="logo">Baltic Security Review</div>
<ul class="menu"><li>Estonia</li><li>Latvia</li><li>Lithuania</li><li>NATO</li><li>Analysis</li><li>Events</li></ul>
<div class="weather">Riga -4&deg;C</div></div>
<div class="main">
<div class="post">
<h1>Slovak soldiers join NATO battlegroup in Latvia</h1>
<div class="post-meta">16 January 2018 &bull; Riga &bull; 3 comments</div>
<p>The first 150 Slovak soldiers arrived at the &#256;da&zcaron;i military base on Monday, joining the Canadian-led NATO enhanced Forward Presence battlegroup in Latvia.</p>
<p>The Slovak contingent, which includes an engineering unit and a mechanised infantry company, was welcomed at a ceremony attended by Latvia&#39;s Defence Minister, Artis Kalni&#326;&scaron;, and Slovakia&#39;s ambassador in Riga.</p>
<p>The battlegroup, set up last June, already includes troops from six Allies besides Canada, making it the most multinational of the four battlegroups that NATO has placed in the Baltic states and Poland.</p>
<p>The Czech Republic&#39;s government has approved sending a mortar platoon of about 60 soldiers to the battlegroup later this year, the Czech defence ministry said.</p>
<p>In June the battlegroup will take part in the Saber Strike exercise alongside Latvian and US troops.</p>
<p>Canada, which provides some 450 of the battlegroup&#39;s roughly 1,200 soldiers, has said it will lead the unit until at least March 2019.</p>
</div>
<div class="comments">3 comments &middot; <a href="#">Log in to comment</a></div>
<div class="newsletter">Get the Baltic Security Review newsletter: <input type="email"> <button>Subscribe</button></div>
</div>
<div class="footer">&copy; 2018 Baltic Security Review. All rights reserved.</div>
</body>
</html>
"""
evs = [E("DEPLOY","occurred",[C("Slovakia","SVK"),I("NATO enhanced Forward Presence battlegroup","NATO")],"2018-01-15",("Ādaži military base","LVA"),
   "The first 150 Slovak soldiers arrived at the Ādaži military base on Monday, joining the Canadian-led NATO enhanced Forward Presence battlegroup in Latvia."),
 E("DEPLOY","occurred",[C("Canada","CAN"),I("NATO battlegroup","NATO")],None,("Latvia","LVA"),
   "Canada, which provides some 450 of the battlegroup's roughly 1,200 soldiers, has said it will lead the unit until at least March 2019.")]
evs += [
 E("MEET","occurred",[P("Artis Kalniņš","LVA","Defence Minister"),C("Slovakia","SVK")],"2018-01-15",("Ādaži military base","LVA"),
   "The Slovak contingent, which includes an engineering unit and a mechanised infantry company, was welcomed at a ceremony attended by Latvia's Defence Minister, Artis Kalniņš, and Slovakia's ambassador in Riga.",opt=True),
 E("DEPLOY","planned",[C("Czech Republic","CZE"),I("NATO","NATO")],"2018",("Latvia","LVA"),
   "The Czech Republic's government has approved sending a mortar platoon of about 60 soldiers to the battlegroup later this year, the Czech defence ministry said."),
 E("EXERCISE","planned",[I("NATO battlegroup","NATO"),O("Latvian troops","LVA"),O("US troops","USA")],"2018-06",("Latvia","LVA"),
   "In June the battlegroup will take part in the Saber Strike exercise alongside Latvian and US troops."),
]
write("u45-24","https://balticsecurityreview.example/latvia/2018/01/16/slovak-soldiers-join-nato-battlegroup",
      "Slovak soldiers join NATO battlegroup in Latvia","2018-01-16","Baltic Security Review",h,evs,html=True)

# ---------- u45-25 clean, AAD 2016
t = """Vehicle makers court peacekeeping armies at Africa Aerospace and Defence

PRETORIA - Makers of armoured vehicles are pitching hard to the armies that supply Africa's peacekeeping missions at Africa Aerospace and Defence (AAD) 2016, which opened at Air Force Base Waterkloof near Pretoria on Wednesday.

With the UN and the African Union fielding more than 100,000 troops on the continent, contingent-owned equipment is big business: the UN reimburses troop contributors for every serviceable armoured personnel carrier they bring to a mission.

Turkey's Otokar is showing its Cobra II four-wheel-drive vehicle, which it says has been designed with UN mine-protection standards in mind. China's Norinco has brought its VN-series armoured vehicles, and India's Bharat Forge is exhibiting at the show for the first time.

On Thursday, South Africa's Paramount Group and Bharat Forge signed an agreement to form a joint venture that will build Paramount's Mbombe 6 mine-protected infantry fighting vehicle in India, initially for the Indian Army and later for export.

Paramount is already working for peacekeeping contingents. Ghana, which is buying 20 of the company's Maverick internal security vehicles for its battalions on UN duty, took delivery of the first eight last month, and Paramount has leased ten Marauder vehicles to the Nigerian Army for its contingent with the UN mission in Mali.

The South African defence industry's association said 18 African countries had sent official delegations to the show, which runs until Sunday and has drawn more than 400 exhibitors from 30 countries.

The organisers said Brazil's Avibras had been invited to bring its rocket systems to the 2018 edition.

Denel, the state-owned arms group, used the show to announce a new version of its Rooikat armoured car for the South African Army.
"""
ev_x = "Turkey's Otokar is showing its Cobra II four-wheel-drive vehicle, which it says has been designed with UN mine-protection standards in mind."
ev_x2 = "China's Norinco has brought its VN-series armoured vehicles, and India's Bharat Forge is exhibiting at the show for the first time."
ev_j = "On Thursday, South Africa's Paramount Group and Bharat Forge signed an agreement to form a joint venture that will build Paramount's Mbombe 6 mine-protected infantry fighting vehicle in India, initially for the Indian Army and later for export."
ev_g = "Ghana, which is buying 20 of the company's Maverick internal security vehicles for its battalions on UN duty, took delivery of the first eight last month, and Paramount has leased ten Marauder vehicles to the Nigerian Army for its contingent with the UN mission in Mali."
loc = ("Air Force Base Waterkloof","ZAF")
evs = [
 E("EXHIBIT","occurred",[F("Otokar","TUR"),C("South Africa","ZAF")],"2016-09",loc,ev_x),
 E("EXHIBIT","occurred",[F("Norinco","CHN"),C("South Africa","ZAF")],"2016-09",loc,ev_x2),
 E("EXHIBIT","occurred",[F("Bharat Forge","IND"),C("South Africa","ZAF")],"2016-09",loc,ev_x2),
 E("AGREE","occurred",[F("Paramount Group","ZAF"),F("Bharat Forge","IND")],"2016-09-15",loc,ev_j),
 E("INDUSTRY","occurred",[F("Paramount Group","ZAF"),F("Bharat Forge","IND")],"2016-09-15",("India","IND"),ev_j,item="Mbombe 6 mine-protected infantry fighting vehicle"),
 E("TRANSFER","occurred",[F("Paramount Group","ZAF"),C("Ghana","GHA")],"2016-08",None,ev_g,item="eight Maverick internal security vehicles"),
 E("AGREE","occurred",[F("Paramount Group","ZAF"),C("Ghana","GHA")],None,None,ev_g,opt=True),
 E("TRANSFER","planned",[F("Paramount Group","ZAF"),C("Ghana","GHA")],None,None,ev_g,item="remaining 12 Maverick internal security vehicles",opt=True),
 E("TRANSFER","occurred",[F("Paramount Group","ZAF"),O("Nigerian Army","NGA")],None,None,ev_g,item="ten Marauder vehicles (lease)"),
 E("DEPLOY","occurred",[O("Nigerian Army","NGA"),I("UN mission in Mali","UN")],None,("Mali","MLI"),ev_g,opt=True),
 E("DEPLOY","occurred",[C("Ghana","GHA"),I("United Nations","UN")],None,None,ev_g,opt=True),
 E("EXHIBIT","planned",[F("Avibras","BRA"),C("South Africa","ZAF")],"2018",None,
   "The organisers said Brazil's Avibras had been invited to bring its rocket systems to the 2018 edition."),
]
write("u45-25","https://defenceindustry-africa.example/2016/09/16/vehicle-makers-court-peacekeeping-armies-aad",
      "Vehicle makers court peacekeeping armies at Africa Aerospace and Defence","2016-09-16","Defence Industry Africa",t,evs)
