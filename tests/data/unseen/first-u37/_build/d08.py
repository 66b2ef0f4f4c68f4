from lib import P, L, E

DOC = {
    "id": "u37-08",
    "url": "https://nileherald.example/egypt/2015/05/25/arab-army-chiefs-meet-cairo-joint-force",
    "title": "Arab army chiefs meet in Cairo to finalise joint force protocol",
    "published": "2015-05-25",
    "source": "Nile Herald",
    "text": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Arab army chiefs meet in Cairo to finalise joint force protocol - Nile Herald</title>
<meta name="keywords" content="Arab League, joint Arab force, Hegazy, Elaraby, Yemen" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.2.min.js"></script>
<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1188234-1']); _gaq.push(['_trackPageview']);
</script>
</head>
<body>
<div id="wrapper">
<div id="header">
<div id="logo"><a href="/"><img src="/images/logo.png" alt="Nile Herald" /></a></div>
<div id="date">Monday, 25 May 2015 - 07 Sha'ban 1436</div>
<div id="search"><form action="/search"><input type="text" name="q" value="Search..." /></form></div>
</div>
<div id="menu">
<a href="/">Home</a> | <a href="/egypt">Egypt</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/opinion">Opinion</a> | <a href="/arts">Arts &amp; Culture</a> | <a href="/sports">Sports</a>
</div>
<div id="ticker"><marquee>EGX30 closes at 8,915 points &bull; Dollar at 7.63 pounds &bull; Cairo: 36&deg;C</marquee></div>
<div id="content">
<div id="main-col">
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/egypt">Egypt</a> &gt; Politics</div>
<h1>Arab army chiefs meet in Cairo to finalise joint force protocol</h1>
<div class="byline">Ahmed Fouad | Monday 25 May 2015 | 11:02</div>
<div class="article-body">
<p>Chiefs of staff of Arab armies met at the headquarters of the Arab League in Cairo on Sunday to finalise the protocol for a joint Arab military force, two months after Arab leaders agreed in principle to create it at their summit in Sharm El-Sheikh.</p>
<p>The meeting was opened by Arab League Secretary-General Nabil Elaraby and attended by Egypt's Chief of Staff Lieutenant General Mahmoud Hegazy, Saudi Chief of General Staff General Abdulrahman Al-Bunyan and Jordan's Chairman of the Joint Chiefs of Staff General Mashal Al-Zaben, among others.</p>
<p>Elaraby told the chiefs that the region faced "unprecedented threats" from terrorist organisations and that the force would be "a tool of deterrence, not aggression".</p>
<p>The draft protocol, which sets out the force's missions, command structure and financing, is to be submitted for signing to a joint meeting of Arab defence and foreign ministers next month, a League official said.</p>
<p>According to a draft seen by the Nile Herald, Egypt, Saudi Arabia, Jordan, Kuwait, the UAE and Sudan would provide the bulk of the force, which could number up to 40,000 elite troops backed by aircraft and warships. Participation would be voluntary, and Iraq and Algeria have voiced reservations.</p>
<p>On the sidelines of the meeting, Hegazy met Al-Bunyan to discuss the military situation in Yemen and coordination between the two armies.</p>
<p>Egypt has sent four warships to the Gulf of Aden and the Bab el-Mandeb strait as part of the Saudi-led coalition fighting the Houthi rebels in Yemen, but has denied that it plans to send ground troops.</p>
<p>The Egyptian and Saudi navies are also due to hold their annual joint exercise Morgan-15 in the Red Sea next month, an Egyptian military source said.</p>
<p>A previous attempt to create a joint Arab force under the 1950 Joint Defence and Economic Cooperation Treaty never got off the ground.</p>
</div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Google+</a> <a href="#">Email</a> <a href="#">Print</a></div>
</div>
<div id="side-col">
<h3>Most Read</h3>
<ol>
<li><a href="/egypt/2015/05/24/sisi-inaugurates-new-road-projects">Sisi inaugurates new road projects in Upper Egypt</a></li>
<li><a href="/egypt/2015/05/24/egypt-receives-rafale-jets">Egypt to receive remaining Rafale jets by year end</a></li>
<li><a href="/sports/2015/05/24/ahly-zamalek">Ahly held by Zamalek in derby</a></li>
</ol>
<h3>Weather</h3>
<p>Cairo 36&deg;C / 22&deg;C<br />Alexandria 29&deg;C / 21&deg;C<br />Aswan 42&deg;C / 26&deg;C</p>
</div>
</div>
<div id="footer">&copy; 2015 Nile Herald. All rights reserved. | <a href="/about">About</a> | <a href="/contact">Contact</a> | <a href="/advertise">Advertise</a></div>
</div>
</body>
</html>
""",
}

CAIRO = L("Cairo", "EGY")

EVENTS = [
    E("MEET", "occurred", [
        P("Arab League", "igo", None),
        P("Nabil Elaraby", "person", None, title="Arab League Secretary-General"),
        P("Mahmoud Hegazy", "person", "EGY", title="Chief of Staff"),
        P("Abdulrahman Al-Bunyan", "person", "SAU", title="Chief of General Staff"),
        P("Mashal Al-Zaben", "person", "JOR", title="Chairman of the Joint Chiefs of Staff")],
      "2015-05-24", CAIRO, None,
      "The meeting was opened by Arab League Secretary-General Nabil Elaraby and attended by Egypt's Chief of Staff Lieutenant General Mahmoud Hegazy, Saudi Chief of General Staff General Abdulrahman Al-Bunyan and Jordan's Chairman of the Joint Chiefs of Staff General Mashal Al-Zaben, among others."),
    E("COOPERATE", "planned", [
        P("Egypt", "country", "EGY"), P("Saudi Arabia", "country", "SAU"), P("Jordan", "country", "JOR"),
        P("Kuwait", "country", "KWT"), P("UAE", "country", "ARE"), P("Sudan", "country", "SDN")],
      None, None, None,
      "According to a draft seen by the Nile Herald, Egypt, Saudi Arabia, Jordan, Kuwait, the UAE and Sudan would provide the bulk of the force, which could number up to 40,000 elite troops backed by aircraft and warships.",
      optional=True),
    E("MEET", "occurred", [
        P("Mahmoud Hegazy", "person", "EGY", title="Chief of Staff"),
        P("Abdulrahman Al-Bunyan", "person", "SAU", title="Chief of General Staff")],
      "2015-05-24", CAIRO, None,
      "On the sidelines of the meeting, Hegazy met Al-Bunyan to discuss the military situation in Yemen and coordination between the two armies."),
    E("COOPERATE", "occurred", [
        P("Egypt", "country", "EGY"),
        P("Saudi-led coalition", "organisation", "SAU")],
      None, L("Gulf of Aden", None), None,
      "Egypt has sent four warships to the Gulf of Aden and the Bab el-Mandeb strait as part of the Saudi-led coalition fighting the Houthi rebels in Yemen, but has denied that it plans to send ground troops.",
      optional=True),
    E("EXERCISE", "planned", [
        P("Egyptian navy", "organisation", "EGY"),
        P("Saudi navy", "organisation", "SAU")],
      "2015-06", L("Red Sea", None), None,
      "The Egyptian and Saudi navies are also due to hold their annual joint exercise Morgan-15 in the Red Sea next month, an Egyptian military source said."),
]
