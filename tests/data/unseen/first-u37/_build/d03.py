from lib import P, L, E

DOC = {
    "id": "u37-03",
    "url": "https://accrachronicle.example/news/2023/08/18/ecowas-defence-chiefs-agree-d-day-standby-force",
    "title": "ECOWAS defence chiefs agree on 'D-Day' for standby force as Accra talks end",
    "published": "2023-08-18",
    "source": "Accra Chronicle",
    "text": """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ECOWAS defence chiefs agree on 'D-Day' for standby force as Accra talks end | Accra Chronicle</title>
<meta property="og:title" content="ECOWAS defence chiefs agree on 'D-Day' for standby force">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2023-08-18T19:40:00+00:00">
<link rel="stylesheet" href="/static/css/main.4f2a.css">
<script async src="https://ads.accrachronicle.example/gpt.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-CHRON22');</script>
</head>
<body class="single-post">
<div class="topbar"><span class="date">Friday, August 18, 2023</span> <span class="weather">Accra 27&deg;C Cloudy</span> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<header class="site-header">
<a class="logo" href="/"><img src="/static/img/logo.svg" alt="Accra Chronicle"></a>
<nav class="main-nav">
<ul>
<li><a href="/">Home</a></li>
<li><a href="/news">News</a></li>
<li><a href="/politics">Politics</a></li>
<li><a href="/business">Business</a></li>
<li><a href="/africa">Africa</a></li>
<li><a href="/sports">Sports</a></li>
<li><a href="/entertainment">Entertainment</a></li>
<li><a href="/opinion">Opinion</a></li>
</ul>
</nav>
</header>
<main>
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/africa">Africa</a> &raquo; ECOWAS</div>
<article class="post">
<h1 class="entry-title">ECOWAS defence chiefs agree on 'D-Day' for standby force as Accra talks end</h1>
<div class="entry-meta">By <a href="/author/kwame-asante">Kwame Asante</a> &middot; <time datetime="2023-08-18T19:40">August 18, 2023</time> &middot; 4 min read</div>
<figure class="wp-caption"><img src="/uploads/2023/08/ecowas-ccds-accra.jpg" alt="Defence chiefs at the Accra meeting"><figcaption>Chiefs of defence staff of ECOWAS member states at the opening session in Accra. Photo: Accra Chronicle</figcaption></figure>
<div class="entry-content">
<p>West African defence chiefs have agreed on a date for a possible military intervention in Niger and on the contributions of troops to the ECOWAS Standby Force, the regional bloc said on Friday, while insisting that the door to dialogue with the military government in Niamey remained open.</p>
<p>The two-day extraordinary meeting of the ECOWAS Committee of Chiefs of Defence Staff, which opened in Accra on Thursday, was hosted by Ghana's Chief of the Defence Staff, Vice Admiral Seth Amoama, and attended by Nigeria's Chief of Defence Staff, General Christopher Musa, who chairs the committee.</p>
<p>&ldquo;We are ready to go any time the order is given. The D-Day is also decided,&rdquo; Abdel-Fatau Musah, the ECOWAS Commissioner for Political Affairs, Peace and Security, told reporters at the closing session. He declined to disclose the date.</p>
<p>Nigeria, Senegal and Cote d'Ivoire have already pledged troops to the standby force, Musah said, adding that all member states except those under military rule and Cape Verde were ready to take part.</p>
<p>Ghana's Defence Minister Dominic Nitiwul told parliament earlier this month that Ghana would contribute a battalion of about 1,000 soldiers to the force.</p>
<p>The meeting also discussed the logistics and financing of the mission. Musah said member states would be asked to pool airlift and medical support, but gave no figures.</p>
<p>Mali and Burkina Faso, both under military rule and suspended from the bloc's decision-making bodies, have warned that they would treat any intervention in Niger as a declaration of war against them. Guinea has also expressed support for the Niamey authorities.</p>
<p>“We are not going to invade Niger. We are going to restore constitutional order,” Musah said, adding that ECOWAS would still send a mediation mission to Niamey.</p>
<p>The bloc last deployed a standby force in The Gambia in 2017, when Senegalese, Nigerian and Ghanaian troops entered the country to force out former president Yahya Jammeh after he refused to accept his election defeat.</p>
<p>ECOWAS heads of state ordered the activation of the standby force at an extraordinary summit in Abuja on August 10, two weeks after soldiers of the presidential guard detained President Mohamed Bazoum.</p>
</div>
<div class="share-buttons"><span>Share this:</span> <a href="#" class="fb">Facebook</a> <a href="#" class="tw">X</a> <a href="#" class="wa">WhatsApp</a> <a href="#" class="li">LinkedIn</a></div>
<div class="tags">Tags: <a href="/tag/ecowas">ECOWAS</a> <a href="/tag/niger">Niger</a> <a href="/tag/gaf">Ghana Armed Forces</a></div>
</article>
<aside class="related">
<h3>Related Stories</h3>
<ul>
<li><a href="/news/2023/08/12/niger-junta-names-new-government">Niger junta names new government</a></li>
<li><a href="/news/2023/08/15/gaf-receives-new-armoured-vehicles">GAF receives new armoured personnel carriers</a></li>
<li><a href="/news/2023/08/16/minority-demands-briefing-on-niger">Minority demands briefing on Niger deployment</a></li>
</ul>
</aside>
</main>
<footer class="site-footer">
<p>&copy; 2023 Accra Chronicle. All Rights Reserved.</p>
<p><a href="/about">About Us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy Policy</a> | <a href="/advertise">Advertise</a></p>
</footer>
<script src="/static/js/app.91c3.js"></script>
</body>
</html>
""",
}

ACCRA = L("Accra", "GHA")
PLEDGE = "Nigeria, Senegal and Cote d'Ivoire have already pledged troops to the standby force, Musah said, adding that all member states except those under military rule and Cape Verde were ready to take part."
GAMBIA = "The bloc last deployed a standby force in The Gambia in 2017, when Senegalese, Nigerian and Ghanaian troops entered the country to force out former president Yahya Jammeh after he refused to accept his election defeat."
SF = P("ECOWAS Standby Force", "igo", "ECOWAS")

EVENTS = [
    E("MEET", "occurred", [
        P("ECOWAS Committee of Chiefs of Defence Staff", "igo", "ECOWAS"),
        P("Seth Amoama", "person", "GHA", title="Chief of the Defence Staff"),
        P("Christopher Musa", "person", "NGA", title="Chief of Defence Staff"),
        P("Abdel-Fatau Musah", "person", "ECOWAS", title="ECOWAS Commissioner for Political Affairs, Peace and Security")],
      "2023-08-17", ACCRA, None,
      "The two-day extraordinary meeting of the ECOWAS Committee of Chiefs of Defence Staff, which opened in Accra on Thursday, was hosted by Ghana's Chief of the Defence Staff, Vice Admiral Seth Amoama, and attended by Nigeria's Chief of Defence Staff, General Christopher Musa, who chairs the committee."),
] + [
    E("DEPLOY", "planned", [P(n, "country", c), SF], None, None, None, PLEDGE)
    for n, c in [("Nigeria", "NGA"), ("Senegal", "SEN"), ("Cote d'Ivoire", "CIV")]
] + [
    E("DEPLOY", "planned", [
        P("Dominic Nitiwul", "person", "GHA", title="Defence Minister"),
        P("Ghana", "country", "GHA"),
        P("ECOWAS", "igo", "ECOWAS")],
      None, None, None,
      "Ghana's Defence Minister Dominic Nitiwul told parliament earlier this month that Ghana would contribute a battalion of about 1,000 soldiers to the force."),
] + [
    E("MEET", "planned", [P("ECOWAS", "igo", "ECOWAS"), P("Niger", "country", "NER")],
      None, L("Niamey", "NER"), None,
      "\u201cWe are not going to invade Niger. We are going to restore constitutional order,\u201d Musah said, adding that ECOWAS would still send a mediation mission to Niamey.",
      optional=True),
]
