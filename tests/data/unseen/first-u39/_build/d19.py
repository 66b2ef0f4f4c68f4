from lib import *
text = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>US cyber team hunted Iranian hackers inside Albanian networks | Adriatic Times</title>
<link rel="stylesheet" href="/static/at.css">
<script src="/static/consent.js" defer></script>
</head>
<body>
<header class="at-header">
<div class="at-logo"><a href="/">ADRIATIC TIMES</a></div>
<nav class="at-nav">
<a href="/albania/">Albania</a>
<a href="/kosovo/">Kosovo</a>
<a href="/montenegro/">Montenegro</a>
<a href="/north-macedonia/">North Macedonia</a>
<a href="/region/">Region</a>
<a href="/business/">Business</a>
<a href="/opinion/">Opinion</a>
</nav>
<div class="at-weather">Tirana 17&deg;C</div>
</header>
<section class="at-article">
<div class="at-kicker">CYBER SECURITY</div>
<h1>US cyber team hunted Iranian hackers inside Albanian networks</h1>
<div class="at-meta"><span class="at-author">Erion Hoxha</span> <time datetime="2023-03-23T10:15">23.03.2023 10:15</time></div>
<div class="at-body">
<p>TIRANA - A team of US military cyber operators worked alongside Albanian specialists in Tirana for several weeks earlier this year, searching government networks for signs of the Iranian hackers who crippled Albanian public services last summer, US Cyber Command said on Wednesday.</p>
<p>It was the first such "hunt forward" operation in Albania, a NATO member since 2009. The Cyber National Mission Force, which runs the missions at the invitation of partner governments, has carried them out in more than 20 countries since 2018.</p>
<p>The team worked with Albania's National Authority for Electronic Certification and Cyber Security (AKCESK) and shared the malware samples and other indicators it found so that both countries could defend against them.</p>
<p>Major General William Hartman, commander of the Cyber National Mission Force, met Albanian Defence Minister Niko Peleshi in Tirana on Wednesday. The two sides signed a memorandum of understanding on cyber defence cooperation, which provides for the regular exchange of information on threats and for joint training of Albanian military cyber units.</p>
<p>Albania cut diplomatic ties with Iran in September after concluding that Tehran was behind the July attack, which took down government websites and the e-Albania portal through which citizens obtain most public services. Iran denied involvement.</p>
<p>Microsoft, whose incident response team was called in by the Albanian government after the attack, said last year that the hackers had been inside Albanian networks for about 14 months before they struck.</p>
</div>
<div class="at-share">Share <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Viber</a></div>
</section>
<aside class="at-related">
<h4>Read also</h4>
<ul>
<li><a href="/albania/rama-visit-london">Rama in London for migration talks</a></li>
<li><a href="/albania/budget-2023">Parliament passes 2023 budget</a></li>
<li><a href="/kosovo/license-plates">Kosovo licence plate dispute resolved</a></li>
</ul>
</aside>
<footer class="at-footer">&copy; Adriatic Times 2023 &middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
"""
doc = dict(id='u39-19', url='https://adriatictimes.example/albania/us-cyber-team-hunt-forward-albania',
           title='US cyber team hunted Iranian hackers inside Albanian networks',
           published=None, source='Adriatic Times', lang='en', text=text)
TIR = L('Tirana', 'ALB')
hp = [P('William Hartman', 'person', 'USA', title='Commander, Cyber National Mission Force, Major General'), P('Niko Peleshi', 'person', 'ALB', title='Defence Minister')]
ev_mou = 'The two sides signed a memorandum of understanding on cyber defence cooperation, which provides for the regular exchange of information on threats and for joint training of Albanian military cyber units.'
events = [
 E('COOPERATE', 'occurred', [P('US Cyber Command', 'organisation', 'USA'), P('Cyber National Mission Force', 'organisation', 'USA'),
   P("National Authority for Electronic Certification and Cyber Security (AKCESK)", 'organisation', 'ALB'), P('Albania', 'country', 'ALB')], '2023', TIR, "'hunt forward' cyber-defence operation",
   'TIRANA - A team of US military cyber operators worked alongside Albanian specialists in Tirana for several weeks earlier this year, searching government networks for signs of the Iranian hackers who crippled Albanian public services last summer, US Cyber Command said on Wednesday.'),
 E('MEET', 'occurred', hp, '2023-03-22', TIR, None,
   'Major General William Hartman, commander of the Cyber National Mission Force, met Albanian Defence Minister Niko Peleshi in Tirana on Wednesday.'),
 E('AGREE', 'occurred', hp + [P('United States', 'country', 'USA'), P('Albania', 'country', 'ALB')], '2023-03-22', TIR, 'memorandum of understanding on cyber defence cooperation', ev_mou),
 E('COOPERATE', 'planned', [P('United States', 'country', 'USA'), P('Albania', 'country', 'ALB')], None, None, 'regular exchange of threat information', ev_mou),
 E('TRAIN', 'planned', [P('United States', 'country', 'USA'), P('Albanian military cyber units', 'organisation', 'ALB')], None, None, None, ev_mou),
 E('COOPERATE', 'occurred', [P('Microsoft', 'company', 'USA'), P('Albanian government', 'country', 'ALB')], '2022', None, 'incident response after cyber attack',
   'Microsoft, whose incident response team was called in by the Albanian government after the attack, said last year that the hackers had been inside Albanian networks for about 14 months before they struck.', True),
]
