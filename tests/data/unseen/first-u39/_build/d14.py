from lib import *
text = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Poland orders ICEYE radar satellites, with production to move to Poland &#8211; Vistula Defence Post</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="author" content="Marta Zielińska">
<link rel="stylesheet" href="https://vistuladefencepost.example/wp-content/themes/vdp/style.css?ver=5.9.3">
<script type="text/javascript">/* <![CDATA[ */ var vdp_ajax = {"url":"https:\\/\\/vistuladefencepost.example\\/wp-admin\\/admin-ajax.php"}; /* ]]> */</script>
</head>
<body class="post-template-default single single-post">
<div class="site-top">
<div class="container">
<span class="top-date">Friday, 26 May 2023</span>
<span class="top-weather">Warszawa 21&deg;C</span>
<span class="top-lang"><a href="/pl/">PL</a> | <strong>EN</strong></span>
</div>
</div>
<header class="site-header">
<div class="site-branding"><a href="/" rel="home">Vistula Defence Post</a><p class="site-description">Defence, security and industry from Central Europe</p></div>
<nav id="site-navigation" class="main-navigation">
<ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/category/land/">Land</a></li>
<li class="menu-item"><a href="/category/air/">Air</a></li>
<li class="menu-item"><a href="/category/sea/">Sea</a></li>
<li class="menu-item current-menu-item"><a href="/category/space-cyber/">Space &amp; Cyber</a></li>
<li class="menu-item"><a href="/category/industry/">Industry</a></li>
<li class="menu-item"><a href="/category/ukraine/">Ukraine</a></li>
</ul>
</nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-20417" class="post type-post status-publish">
<header class="entry-header">
<span class="cat-links"><a href="/category/space-cyber/" rel="category tag">Space &amp; Cyber</a></span>
<h1 class="entry-title">Poland orders ICEYE radar satellites, with production to move to Poland</h1>
<div class="entry-meta">by <a href="/author/mzielinska/">Marta Zielińska</a> &middot; <time class="entry-date published" datetime="2023-05-26T10:05:00+02:00">26/05/2023</time></div>
</header>
<div class="entry-content">
<p>WARSAW - Poland's Armament Agency on Thursday signed a contract with Finnish satellite maker ICEYE for three synthetic aperture radar microsatellites, the country's first military radar satellites, the Ministry of National Defence said.</p>
<p>The contract, worth about 200 million zloty, was signed at the ministry in Warsaw by the head of the agency, Brigadier General Artur Kuptel, and ICEYE chief executive Rafał Modrzewski, in the presence of Deputy Prime Minister and Defence Minister Mariusz Błaszczak.</p>
<p>The three satellites are to be launched next year and will give the Polish armed forces their own radar imagery regardless of weather or time of day. The contract also includes a ground station and access to images from ICEYE's commercial constellation of more than 20 satellites.</p>
<p>Under a technology transfer clause, ICEYE will move part of its production to its Polish subsidiary, ICEYE Polska, and will work with the state-owned Polish Armaments Group (PGZ) on building further satellites in Poland, Kuptel said.</p>
<p>&ldquo;We are buying not just satellites but competence,&rdquo; Błaszczak told reporters.</p>
<p>In December, the agency signed a 575 million zloty contract with Airbus Defence and Space for two Pleiades Neo high-resolution optical observation satellites, to be built in Toulouse and launched in 2027, together with a ground station and training for Polish personnel.</p>
<p>Until now the Polish military has relied on imagery bought from commercial providers and on intelligence from allies.</p>
<p>ICEYE, founded in 2014 as a spin-off from Aalto University in Espoo, is one of the world's largest operators of radar microsatellites. Last year it agreed to give Ukraine's armed forces full access to one of its satellites, in a deal paid for by a Ukrainian crowdfunding campaign.</p>
<p>The ministry also plans a national constellation of small satellites built by Polish companies and research institutes before the end of the decade.</p>
</div>
<footer class="entry-footer">
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" href="#">Twitter</a></li><li><a class="share-linkedin" href="#">LinkedIn</a></li><li><a class="share-facebook" href="#">Facebook</a></li></ul></div>
<span class="tags-links">Tagged <a href="/tag/iceye/">ICEYE</a>, <a href="/tag/agencja-uzbrojenia/">Armament Agency</a>, <a href="/tag/satellites/">satellites</a></span>
</footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="/2023/05/25/k2-tanks-second-batch/">&larr; Second batch of K2 tanks arrives in Gdynia</a></div><div class="nav-next"><a href="/2023/05/26/borsuk-trials/">Borsuk IFV completes state trials &rarr;</a></div></nav>
</main>
<aside id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">Popular</h2><ul><li><a href="/2023/05/22/homar-k-contract/">Homar-K: what the executive contract covers</a></li><li><a href="/2023/05/19/apache-request/">Warsaw requests 96 Apaches</a></li></ul></section>
<section class="widget"><h2 class="widget-title">Newsletter</h2><form><input type="email" placeholder="Your e-mail"><button>Subscribe</button></form></section>
</aside>
</div>
<footer class="site-footer"><div class="site-info">&copy; 2023 Vistula Defence Post. Proudly powered by WordPress.</div></footer>
<div class="cookie-notice">We use cookies on this website. <a href="/privacy/">Privacy policy</a> <button>Accept</button></div>
</body>
</html>
"""
doc = dict(id='u39-14', url='https://vistuladefencepost.example/2023/05/26/poland-orders-iceye-radar-satellites/',
           title='Poland orders ICEYE radar satellites, with production to move to Poland',
           published='2023-05-26', source='Vistula Defence Post', lang='en', text=text)
WAW = L('Ministry of National Defence, Warsaw', 'POL')
ppl = [P('Artur Kuptel', 'person', 'POL', title='Head of the Armament Agency, Brigadier General'), P('Rafał Modrzewski', 'person', 'FIN', title='Chief Executive, ICEYE'),
       P('Mariusz Błaszczak', 'person', 'POL', title='Deputy Prime Minister and Defence Minister')]
ev_sig = 'The contract, worth about 200 million zloty, was signed at the ministry in Warsaw by the head of the agency, Brigadier General Artur Kuptel, and ICEYE chief executive Rafał Modrzewski, in the presence of Deputy Prime Minister and Defence Minister Mariusz Błaszczak.'
events = [
 E('AGREE', 'occurred', [P("Poland's Armament Agency", 'organisation', 'POL'), P('ICEYE', 'company', 'FIN')] + ppl, '2023-05-25', WAW, 'three SAR microsatellites',
   "WARSAW - Poland's Armament Agency on Thursday signed a contract with Finnish satellite maker ICEYE for three synthetic aperture radar microsatellites, the country's first military radar satellites, the Ministry of National Defence said."),
 E('MEET', 'occurred', ppl, '2023-05-25', WAW, None, ev_sig),
 E('TRANSFER', 'planned', [S('ICEYE', 'company', 'FIN'), R('Polish armed forces', 'organisation', 'POL')], '2024', None, 'three SAR microsatellites, ground station, access to commercial imagery',
   'The three satellites are to be launched next year and will give the Polish armed forces their own radar imagery regardless of weather or time of day.'),
 E('INDUSTRY', 'occurred', [P('ICEYE', 'company', 'FIN'), P('ICEYE Polska', 'company', 'POL'), P('Polish Armaments Group (PGZ)', 'company', 'POL')], '2023-05-25', None, 'transfer of satellite production to Poland; building further satellites with PGZ',
   'Under a technology transfer clause, ICEYE will move part of its production to its Polish subsidiary, ICEYE Polska, and will work with the state-owned Polish Armaments Group (PGZ) on building further satellites in Poland, Kuptel said.'),
 E('AGREE', 'occurred', [P("Poland's Armament Agency", 'organisation', 'POL'), P('Airbus Defence and Space', 'company', 'FRA')], '2022-12', None, 'two Pleiades Neo optical observation satellites',
   'In December, the agency signed a 575 million zloty contract with Airbus Defence and Space for two Pleiades Neo high-resolution optical observation satellites, to be built in Toulouse and launched in 2027, together with a ground station and training for Polish personnel.'),
 E('TRANSFER', 'planned', [S('Airbus Defence and Space', 'company', 'FRA'), R("Poland's Armament Agency", 'organisation', 'POL')], '2027', None, 'two Pleiades Neo optical observation satellites and ground station',
   'In December, the agency signed a 575 million zloty contract with Airbus Defence and Space for two Pleiades Neo high-resolution optical observation satellites, to be built in Toulouse and launched in 2027, together with a ground station and training for Polish personnel.'),
 E('TRAIN', 'planned', [P('Airbus Defence and Space', 'company', 'FRA'), P('Polish personnel', 'organisation', 'POL')], None, None, None,
   'In December, the agency signed a 575 million zloty contract with Airbus Defence and Space for two Pleiades Neo high-resolution optical observation satellites, to be built in Toulouse and launched in 2027, together with a ground station and training for Polish personnel.'),
 E('TRANSFER', 'occurred', [S('ICEYE', 'company', 'FIN'), R("Ukraine's armed forces", 'organisation', 'UKR')], '2022', None, 'full access to one ICEYE SAR satellite',
   "Last year it agreed to give Ukraine's armed forces full access to one of its satellites, in a deal paid for by a Ukrainian crowdfunding campaign.", True),
]
