from common import E, P, S, R, L

META = {"url": "https://vistulawire.example/en/defence/nik-borsuk-audit-delays",
        "title": "NIK: Borsuk vehicle programme years behind schedule",
        "published": "2024-06-20", "source": "Vistula Wire"}

TEXT = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>NIK: Borsuk vehicle programme years behind schedule - Vistula Wire</title>
<link rel="canonical" href="https://vistulawire.example/en/defence/nik-borsuk-audit-delays">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-20T11:30:00+02:00","headline":"NIK: Borsuk vehicle programme years behind schedule"}</script>
</head>
<body>
<div class="cookie">This website uses cookies. <a href="/en/privacy">Learn more</a> <button>Accept</button></div>
<header><div class="brand">Vistula Wire</div>
<ul class="menu"><li>Poland</li><li>Economy</li><li>Defence</li><li>Europe</li><li>Culture</li><li>PL | EN</li></ul></header>
<section class="article">
<h1>NIK: Borsuk vehicle programme years behind schedule</h1>
<p class="date">20.06.2024, 11:30</p>
<p class="lead">Poland's Supreme Audit Office (NIK) said on Thursday that the programme to replace the army's Soviet-era BMP-1 infantry fighting vehicles with the domestically designed Borsuk had fallen years behind schedule, and that the Armament Agency had not set realistic requirements.</p>
<p>The Borsuk was designed by Huta Stalowa Wola, part of the state-owned Polska Grupa Zbrojeniowa (PGZ), with an unmanned turret developed by Polish firms. The Armament Agency signed a framework agreement for the vehicles in March 2023 and a first executive contract for 111 of them, worth 6.5 billion zlotys, the following year.</p>
<p>NIK found that development work had begun in 2014 but that testing had to be repeated several times after the requirements were changed. &quot;The programme was run without a schedule that anyone could be held to,&quot; the report says. It recommended that the Ministry of National Defence set up a single office responsible for the vehicle's whole life cycle.</p>
<p>Opposition MPs from Law and Justice, which was in government when most of the delays occurred, said the report was being used for political ends. A deputy defence minister told the Sejm's national defence committee that the ministry accepted the findings and that the first serial vehicles would reach the 18th Mechanised Division next year.</p>
<p>Huta Stalowa Wola said production capacity was being expanded and that it would be able to deliver up to 100 vehicles a year from 2026.</p>
</section>
<aside class="related"><h3>Related</h3>
<ul><li><a href="/en/defence/k2-tanks-gdynia">K2 tanks unloaded in Gdynia</a></li>
<li><a href="/en/defence/patriot-battery-wisla">Second Wisla battery declared operational</a></li>
<li><a href="/en/economy/pgz-results">PGZ posts record revenue</a></li></ul></aside>
<footer>&copy; Vistula Wire 2024</footer>
</body>
</html>
"""

EVENTS = []
