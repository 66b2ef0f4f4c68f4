from lib import *
text = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Morocco buys Israeli spy satellite in $1 billion deal | Maghreb Herald</title>
<meta name="description" content="Rabat orders an Ofek 13 radar satellite from Israel Aerospace Industries">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/assets/css/site.min.css?v=8.2">
<script async src="https://www.googletagmanager.example/gtag/js?id=G-MH2024"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-MH2024');</script>
</head>
<body class="article-page">
<div class="topbar">
  <span class="date">Wednesday 17 July 2024</span>
  <span class="weather">Rabat 29&deg;C &middot; Casablanca 26&deg;C</span>
  <span class="fx">EUR/MAD 10.78 &nbsp; USD/MAD 9.87</span>
  <a href="/fr/">Fran&ccedil;ais</a> | <a href="/ar/">&#1575;&#1604;&#1593;&#1585;&#1576;&#1610;&#1577;</a>
</div>
<header>
  <a class="logo" href="/"><img src="/assets/img/logo.svg" alt="Maghreb Herald"></a>
  <nav>
    <ul>
      <li><a href="/politics/">Politics</a></li>
      <li><a href="/economy/">Economy</a></li>
      <li><a href="/defence/" class="active">Defence</a></li>
      <li><a href="/sahara/">Sahara</a></li>
      <li><a href="/africa/">Africa</a></li>
      <li><a href="/world/">World</a></li>
      <li><a href="/sport/">Sport</a></li>
    </ul>
  </nav>
</header>
<main>
<article>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/defence/">Defence</a></div>
<h1>Morocco buys Israeli spy satellite in $1 billion deal</h1>
<p class="standfirst">Rabat has ordered a radar observation satellite from Israel Aerospace Industries, the largest defence contract between the two countries since they restored relations in 2020.</p>
<div class="byline">By Youssef El Amrani &middot; <time datetime="2024-07-17T08:30:00+01:00">17 July 2024, 08:30</time></div>
<figure><img src="/media/2024/07/ofek-13.jpg" alt=""><figcaption>An Ofek series satellite before launch. Photo: IAI</figcaption></figure>
<div class="article-body">
<p>RABAT - Morocco has signed a contract worth about $1 billion with state-owned Israel Aerospace Industries (IAI) for a military observation satellite, the General Staff of the Royal Armed Forces confirmed on Tuesday, ending weeks of speculation in the Israeli and Moroccan press.</p>
<p>The contract was signed in Rabat earlier this month, a person familiar with the deal told the Maghreb Herald.</p>
<p>The satellite, based on the Ofek 13 synthetic aperture radar model that Israel launched for its own military in 2022, is due to be delivered in orbit within five years. It will complement Morocco's two optical satellites, Mohammed VI-A and Mohammed VI-B, which were built by Airbus and Thales Alenia Space and launched from French Guiana in 2017 and 2018.</p>
<p>Unlike the optical satellites, a radar satellite can see through cloud and at night, giving the Royal Armed Forces round-the-clock coverage of the Sahara and of the Mediterranean and Atlantic coasts.</p>
<p>The deal includes a technology transfer component, the person said. IAI will train Moroccan engineers and imagery analysts in Israel and will help the armed forces build a ground control and image-processing centre near Rabat.</p>
<p>The confirmation came as a delegation from SIBAT, the defence export directorate of the Israeli Ministry of Defence, held talks with Moroccan procurement officials in Rabat this week, according to a Moroccan military source.</p>
<p>Israel and Morocco signed a defence memorandum of understanding in Rabat in November 2021, during a visit by Benny Gantz, then Israel's defence minister, who signed it with Abdellatif Loudiyi, the minister delegate in charge of national defence administration. It was the first such agreement between Israel and an Arab country.</p>
<p>Since then, BlueBird Aero Systems, an IAI subsidiary, has opened a plant in Morocco to assemble its WanderB and ThunderB reconnaissance drones, and the kingdom has bought Israeli Barak MX air defence systems.</p>
<p>The Israeli Ministry of Defence declined to comment. The deal has drawn criticism from Moroccan groups opposed to normalisation with Israel, which have staged protests in Rabat and Casablanca since the start of the war in Gaza.</p>
<p>Moroccan media reported last year that Rabat had also considered a French offer for a new observation satellite, but a defence official said on Tuesday that no negotiations with France had taken place.</p>
</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
<div class="tags">Tags: <a href="/tag/israel">Israel</a> <a href="/tag/far">FAR</a> <a href="/tag/space">Space</a></div>
</article>
<aside class="related">
  <h3>Related news</h3>
  <ul>
    <li><a href="/defence/2024/07/far-recruitment-drive">FAR launches summer recruitment drive</a></li>
    <li><a href="/economy/2024/07/tanger-med-record">Tanger Med posts record half-year traffic</a></li>
    <li><a href="/defence/2024/06/african-lion-2024">African Lion 2024 closes in Tan-Tan</a></li>
  </ul>
  <h3>Most read</h3>
  <ol>
    <li><a href="/sport/2024/07/atlas-lions-olympics">Atlas Lions name Olympic squad</a></li>
    <li><a href="/economy/2024/07/wheat-imports">Wheat imports to rise after drought</a></li>
  </ol>
</aside>
</main>
<footer>
  <p>&copy; 2024 Maghreb Herald. All rights reserved.</p>
  <p><a href="/about/">About us</a> | <a href="/contact/">Contact</a> | <a href="/privacy/">Privacy</a></p>
</footer>
<div id="cookie-banner">This site uses cookies. <button>OK</button></div>
</body>
</html>
"""
doc = dict(id='u39-04', url='https://maghrebherald.example/defence/2024/07/17/morocco-israel-ofek-satellite-deal',
           title='Morocco buys Israeli spy satellite in $1 billion deal',
           published='2024-07-17', source='Maghreb Herald', lang='en', text=text)
MAR_FAR = P('Royal Armed Forces', 'organisation', 'MAR')
IAI = P('Israel Aerospace Industries (IAI)', 'company', 'ISR')
events = [
 E('AGREE', 'occurred', [P('Morocco', 'country', 'MAR'), MAR_FAR, IAI], '2024-07', L('Rabat', 'MAR'), 'military observation satellite',
   'RABAT - Morocco has signed a contract worth about $1 billion with state-owned Israel Aerospace Industries (IAI) for a military observation satellite, the General Staff of the Royal Armed Forces confirmed on Tuesday, ending weeks of speculation in the Israeli and Moroccan press.'),
 E('TRANSFER', 'planned', [S('Israel Aerospace Industries (IAI)', 'company', 'ISR'), R('Royal Armed Forces', 'organisation', 'MAR')], None, None, 'Ofek 13-based radar observation satellite with ground control and image-processing centre',
   'The satellite, based on the Ofek 13 synthetic aperture radar model that Israel launched for its own military in 2022, is due to be delivered in orbit within five years.'),
 E('TRANSFER', 'occurred', [S('Airbus', 'company', 'FRA'), S('Thales Alenia Space', 'company', 'FRA'), R('Morocco', 'country', 'MAR')], None, None, 'Mohammed VI-A and Mohammed VI-B optical observation satellites',
   "It will complement Morocco's two optical satellites, Mohammed VI-A and Mohammed VI-B, which were built by Airbus and Thales Alenia Space and launched from French Guiana in 2017 and 2018.", True),
 E('TRAIN', 'planned', [IAI, P('Moroccan engineers and imagery analysts', 'organisation', 'MAR')], None, L('Israel', 'ISR'), None,
   'IAI will train Moroccan engineers and imagery analysts in Israel and will help the armed forces build a ground control and image-processing centre near Rabat.'),
 E('MEET', 'occurred', [P('SIBAT, Israeli Ministry of Defence', 'organisation', 'ISR'), P('Moroccan procurement officials', 'organisation', 'MAR')], '2024-07', L('Rabat', 'MAR'), None,
   'The confirmation came as a delegation from SIBAT, the defence export directorate of the Israeli Ministry of Defence, held talks with Moroccan procurement officials in Rabat this week, according to a Moroccan military source.'),
 E('AGREE', 'occurred', [P('Benny Gantz', 'person', 'ISR', title='Defence Minister'), P('Abdellatif Loudiyi', 'person', 'MAR', title='Minister Delegate in charge of National Defence Administration'), P('Israel', 'country', 'ISR'), P('Morocco', 'country', 'MAR')], '2021-11', L('Rabat', 'MAR'), None,
   "Israel and Morocco signed a defence memorandum of understanding in Rabat in November 2021, during a visit by Benny Gantz, then Israel's defence minister, who signed it with Abdellatif Loudiyi, the minister delegate in charge of national defence administration.", True),
 E('MEET', 'occurred', [P('Benny Gantz', 'person', 'ISR', title='Defence Minister'), P('Abdellatif Loudiyi', 'person', 'MAR', title='Minister Delegate in charge of National Defence Administration')], '2021-11', L('Rabat', 'MAR'), None,
   "Israel and Morocco signed a defence memorandum of understanding in Rabat in November 2021, during a visit by Benny Gantz, then Israel's defence minister, who signed it with Abdellatif Loudiyi, the minister delegate in charge of national defence administration.", True),
 E('INDUSTRY', 'occurred', [P('BlueBird Aero Systems', 'company', 'ISR'), P('Morocco', 'country', 'MAR')], None, L('Morocco', 'MAR'), 'assembly of WanderB and ThunderB reconnaissance drones',
   'Since then, BlueBird Aero Systems, an IAI subsidiary, has opened a plant in Morocco to assemble its WanderB and ThunderB reconnaissance drones, and the kingdom has bought Israeli Barak MX air defence systems.', True),
 E('TRANSFER', 'occurred', [S('Israel', 'country', 'ISR'), R('Morocco', 'country', 'MAR')], None, None, 'Barak MX air defence systems',
   'Since then, BlueBird Aero Systems, an IAI subsidiary, has opened a plant in Morocco to assemble its WanderB and ThunderB reconnaissance drones, and the kingdom has bought Israeli Barak MX air defence systems.', True),
]
