from lib import *
text = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>DSA 2024: Turkish and Korean firms lead drone and counter-drone deals | Straits Defence Journal</title>
<meta property="og:title" content="DSA 2024: Turkish and Korean firms lead drone and counter-drone deals">
<link rel="stylesheet" href="/assets/sdj.css">
<script>(function(w,d){w.sdjTrack=w.sdjTrack||[];})(window,document);</script>
<noscript><img src="/px.gif?nojs=1" alt=""></noscript>
</head>
<body>
<div class="sdj-strip">Thursday, 9 May 2024 &nbsp;|&nbsp; Kuala Lumpur 33&deg;C, thunderstorms &nbsp;|&nbsp; USD/MYR 4.74 &nbsp;|&nbsp; <a href="/subscribe">Subscribe</a> &nbsp;|&nbsp; <a href="/login">Log in</a></div>
<header class="sdj-header">
<a class="sdj-logo" href="/">Straits Defence Journal</a>
<ul class="sdj-nav">
<li><a href="/land">Land</a></li><li><a href="/air">Air</a></li><li><a href="/naval">Naval</a></li><li><a href="/unmanned">Unmanned</a></li><li><a href="/cyber-space">Cyber &amp; Space</a></li><li><a href="/shows">Shows</a></li>
</ul>
</header>
<div class="sdj-wrap">
<article class="sdj-story">
<p class="sdj-section"><a href="/shows">Shows</a> &raquo; DSA 2024</p>
<h1>DSA 2024: Turkish and Korean firms lead drone and counter-drone deals</h1>
<p class="sdj-byline">By Farah Aziz in Kuala Lumpur &middot; 9 May 2024</p>
<p>KUALA LUMPUR - Turkish and South Korean companies were among the busiest at the Defence Services Asia (DSA) exhibition, which closes on Thursday at the Malaysia International Trade and Exhibition Centre, with unmanned systems and counter-drone technology dominating the deals announced this week.</p>
<p>Turkey brought the largest foreign pavilion, with more than 60 companies including Baykar, Turkish Aerospace, Aselsan and Roketsan. South Korea's 40-company pavilion was organised by the Defense Acquisition Program Administration and the Korea Defense Industry Association.</p>
<p>India was represented by a pavilion of 30 firms led by Bharat Electronics and Bharat Dynamics, its largest presence at DSA so far.</p>
<p>On Tuesday, the Ministry of Defence signed a contract with Turkish Aerospace for three Anka unmanned aircraft for the Royal Malaysian Air Force, with deliveries due to begin in 2026. The aircraft will be used for maritime surveillance over the South China Sea and the Sulu Sea.</p>
<p>Aselsan and Malaysian firm Kembara Teknologi signed a memorandum of understanding on Wednesday to jointly develop and produce a vehicle-mounted counter-drone system for the Malaysian Army, combining an Aselsan jammer with a radar to be built in Malaysia.</p>
<p>Defence Minister Mohamed Khaled Nordin held talks on Wednesday with the Minister of South Korea's Defense Acquisition Program Administration, Seok Jong-gun, on the progress of Malaysia's FA-50 light combat aircraft programme. The first two of the 18 FA-50 Block 20 aircraft Malaysia ordered from Korea Aerospace Industries last year are due in 2026.</p>
<p>Israeli companies were barred from the show under Malaysia's long-standing policy, and the organisers said no Israeli-made products were on display.</p>
<p>Organisers said more than 1,200 exhibitors from 60 countries took part in this year's show. The next DSA is scheduled for April 2026.</p>
<div class="sdj-tags"><a href="/tag/dsa-2024">DSA 2024</a> <a href="/tag/anka">Anka</a> <a href="/tag/fa-50">FA-50</a> <a href="/tag/counter-uas">Counter-UAS</a></div>
<div class="sdj-share"><span>Share</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Telegram</a></div>
</article>
<aside class="sdj-side">
<h3>Latest from DSA 2024</h3>
<ul>
<li><a href="/shows/dsa-2024-day-one-gallery">Gallery: DSA 2024 day one</a></li>
<li><a href="/naval/lms-batch-2-update">LMS Batch 2: where things stand</a></li>
<li><a href="/land/malaysian-army-8x8-mid-life">Malaysian Army 8x8 mid-life upgrade planned</a></li>
</ul>
<div class="sdj-ad">Advertisement</div>
</aside>
</div>
<footer class="sdj-footer">&copy; 2024 Straits Defence Journal Sdn Bhd. All rights reserved. <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></footer>
</body>
</html>
"""
doc = dict(id='u39-23', url='https://straitsdefencejournal.example/shows/dsa-2024-turkish-korean-drone-counter-drone-deals',
           title='DSA 2024: Turkish and Korean firms lead drone and counter-drone deals',
           published='2024-05-09', source='Straits Defence Journal', lang='en', text=text)
MITEC = L('Malaysia International Trade and Exhibition Centre, Kuala Lumpur', 'MYS')
MYS = P('Malaysia', 'country', 'MYS')
ev_tur = 'Turkey brought the largest foreign pavilion, with more than 60 companies including Baykar, Turkish Aerospace, Aselsan and Roketsan.'
ev_anka = 'On Tuesday, the Ministry of Defence signed a contract with Turkish Aerospace for three Anka unmanned aircraft for the Royal Malaysian Air Force, with deliveries due to begin in 2026.'
ev_ase = 'Aselsan and Malaysian firm Kembara Teknologi signed a memorandum of understanding on Wednesday to jointly develop and produce a vehicle-mounted counter-drone system for the Malaysian Army, combining an Aselsan jammer with a radar to be built in Malaysia.'
events = [
 E('EXHIBIT', 'occurred', [P('Turkish pavilion', 'organisation', 'TUR'), MYS], '2024-05', MITEC, None, ev_tur),
 E('EXHIBIT', 'occurred', [P("South Korea's pavilion", 'organisation', 'KOR'), P('Defense Acquisition Program Administration', 'organisation', 'KOR'), MYS], '2024-05', MITEC, None,
   "South Korea's 40-company pavilion was organised by the Defense Acquisition Program Administration and the Korea Defense Industry Association."),
 E('EXHIBIT', 'occurred', [P('Indian pavilion (Bharat Electronics, Bharat Dynamics)', 'organisation', 'IND'), MYS], '2024-05', MITEC, None,
   'India was represented by a pavilion of 30 firms led by Bharat Electronics and Bharat Dynamics, its largest presence at DSA so far.'),
 E('AGREE', 'occurred', [P('Malaysian Ministry of Defence', 'organisation', 'MYS'), P('Turkish Aerospace', 'company', 'TUR')], '2024-05-07', MITEC, 'contract for three Anka unmanned aircraft', ev_anka),
 E('TRANSFER', 'planned', [S('Turkish Aerospace', 'company', 'TUR'), R('Royal Malaysian Air Force', 'organisation', 'MYS')], '2026', None, 'three Anka unmanned aircraft', ev_anka),
 E('AGREE', 'occurred', [P('Aselsan', 'company', 'TUR'), P('Kembara Teknologi', 'company', 'MYS')], '2024-05-08', MITEC, 'MoU on counter-drone system', ev_ase),
 E('INDUSTRY', 'occurred', [P('Aselsan', 'company', 'TUR'), P('Kembara Teknologi', 'company', 'MYS')], '2024-05-08', None, 'joint development and production of vehicle-mounted counter-drone system', ev_ase),
 E('MEET', 'occurred', [P('Mohamed Khaled Nordin', 'person', 'MYS', title='Defence Minister'), P('Seok Jong-gun', 'person', 'KOR', title='Minister of the Defense Acquisition Program Administration')], '2024-05-08', L('Kuala Lumpur', 'MYS'), None,
   "Defence Minister Mohamed Khaled Nordin held talks on Wednesday with the Minister of South Korea's Defense Acquisition Program Administration, Seok Jong-gun, on the progress of Malaysia's FA-50 light combat aircraft programme."),
 E('TRANSFER', 'planned', [S('Korea Aerospace Industries', 'company', 'KOR'), R('Malaysia', 'country', 'MYS')], '2026', None, 'FA-50 Block 20 light combat aircraft (first two of 18)',
   'The first two of the 18 FA-50 Block 20 aircraft Malaysia ordered from Korea Aerospace Industries last year are due in 2026.', True),
 E('AGREE', 'occurred', [P('Malaysia', 'country', 'MYS'), P('Korea Aerospace Industries', 'company', 'KOR')], '2023', None, '18 FA-50 Block 20 aircraft',
   'The first two of the 18 FA-50 Block 20 aircraft Malaysia ordered from Korea Aerospace Industries last year are due in 2026.', True),
]
