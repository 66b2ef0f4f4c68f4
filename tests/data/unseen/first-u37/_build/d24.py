from lib import P, L, E

DOC = {
    "id": "u37-24",
    "url": "https://vltavamonitor.example/en/defence/20160105-visegrad-battlegroup-standby",
    "title": "Visegrad battlegroup goes on EU standby; ministers meet in Krakow",
    "published": "2016-01-05",
    "source": "Vltava Monitor",
    "text": """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Visegrad battlegroup goes on EU standby; ministers meet in Krakow | Vltava Monitor</title>
<meta name="author" content="Vltava Monitor">
<meta name="date" content="2016-01-05">
<link rel="stylesheet" href="/css/vm.min.css">
<script src="/js/modernizr.js"></script>
<script>var pp_gemius_identifier = 'bQ1AXAnc';</script>
</head>
<body>
<div class="header">
<div class="logo"><a href="/en/">Vltava Monitor</a> <small>English edition</small></div>
<div class="langs"><a href="/cz/">CZ</a> | <a href="/en/">EN</a></div>
<div class="today">Tuesday 5 January 2016 &nbsp; Prague -4&nbsp;&deg;C &nbsp; EUR/CZK 27.02</div>
<ul class="nav">
<li><a href="/en/czech">Czech Republic</a></li>
<li><a href="/en/europe">Europe</a></li>
<li class="active"><a href="/en/defence">Defence &amp; Security</a></li>
<li><a href="/en/business">Business</a></li>
<li><a href="/en/culture">Culture</a></li>
</ul>
</div>
<div class="content">
<div class="article">
<h1>Visegrad battlegroup goes on EU standby; ministers meet in Krakow</h1>
<div class="meta">5. 1. 2016 | 10:25 | <span class="author">Tomáš Novotný</span></div>
<div class="perex"><p>The first battlegroup of the Visegrad Four is ready for EU crisis missions for the next six months.</p></div>
<div class="text">
<p>The EU Battlegroup of the Visegrad Group, made up of about 3,700 troops from Poland, the Czech Republic, Hungary and Slovakia with a contribution from Ukraine, went on standby on January 1 and will be ready to deploy to a crisis within ten days of an EU decision until the end of June.</p>
<p>Poland, the lead nation, provides about 1,800 troops as well as the operational headquarters in Krakow. The Czech Republic has assigned some 730 soldiers, including a mechanised company, a medical unit and a chemical defence unit, while Hungary contributes about 800 troops.</p>
<p>Slovakia sent about 450 soldiers, after the Slovak parliament approved the deployment in December, and Ukraine contributes a transport aircraft and its crew.</p>
<p>Polish Defence Minister Antoni Macierewicz hosted his Czech, Slovak and Hungarian counterparts, Martin Stropnický, Martin Glváč and István Simicskó, in Krakow on Monday to mark the start of the standby period.</p>
<p>&bdquo;The battlegroup is the best proof that Visegrad defence cooperation is not just words,&ldquo; Stropnický said.</p>
<p>The battlegroup was certified during the Common Challenge 15 exercise in Poland in November, in which troops from the four countries practised a crisis-response operation in a fictional country.</p>
<p>On the sidelines of the Krakow meeting, Slovakia's Konštrukta-Defence and Poland's Huta Stalowa Wola signed a memorandum on setting up a joint venture to develop a tracked vehicle chassis for both countries' armies.</p>
<p>The ministers also discussed joint procurement, but no decisions were announced. Czech officials said the idea of a jointly purchased 3D radar system had been shelved.</p>
<p>More than 40 Czech companies have registered to exhibit at the IDEB defence fair in Bratislava in May, the Czech Defence and Security Industry Association said.</p>
<p>The Visegrad countries plan to put a second joint battlegroup on standby in 2019.</p>
</div>
<div class="share"><a href="#">Sdílet na Facebooku</a> <a href="#">Tweet</a> <a href="#">E-mail</a></div>
</div>
<div class="sidebar">
<h3>Most read</h3>
<ol>
<li><a href="/en/czech/20160104-koruna-cap">CNB keeps koruna cap in place</a></li>
<li><a href="/en/defence/20160104-gripen-lease-talks">Government to start talks on Gripen lease extension</a></li>
<li><a href="/en/czech/20160104-smog-ostrava">Smog alert declared in Ostrava region</a></li>
</ol>
</div>
</div>
<div class="footer">&copy; 2016 Vltava Monitor s.r.o. | <a href="/en/about">About us</a> | <a href="/en/contact">Contact</a> | <a href="/en/ads">Advertising</a></div>
</body>
</html>
""",
}

KRK = L("Krakow", "POL")
EUBG = P("EU Battlegroup", "igo", "EU")
LEAD = "The EU Battlegroup of the Visegrad Group, made up of about 3,700 troops from Poland, the Czech Republic, Hungary and Slovakia with a contribution from Ukraine, went on standby on January 1 and will be ready to deploy to a crisis within ten days of an EU decision until the end of June."
P2 = "Poland, the lead nation, provides about 1,800 troops as well as the operational headquarters in Krakow. The Czech Republic has assigned some 730 soldiers, including a mechanised company, a medical unit and a chemical defence unit, while Hungary contributes about 800 troops."
P3 = "Slovakia sent about 450 soldiers, after the Slovak parliament approved the deployment in December, and Ukraine contributes a transport aircraft and its crew."

EVENTS = [
    E("DEPLOY", "occurred", [P(n, "country", c), EUBG], "2016-01-01", None, None, ev)
    for n, c, ev in [("Poland", "POL", P2), ("Czech Republic", "CZE", P2), ("Hungary", "HUN", P2),
                     ("Slovakia", "SVK", P3), ("Ukraine", "UKR", P3)]
] + [
    E("MEET", "occurred", [
        P("Antoni Macierewicz", "person", "POL", title="Defence Minister"),
        P("Martin Stropnický", "person", "CZE", title="Defence Minister"),
        P("Martin Glváč", "person", "SVK", title="Defence Minister"),
        P("István Simicskó", "person", "HUN", title="Defence Minister")],
      "2016-01-04", KRK, None,
      "Polish Defence Minister Antoni Macierewicz hosted his Czech, Slovak and Hungarian counterparts, Martin Stropnický, Martin Glváč and István Simicskó, in Krakow on Monday to mark the start of the standby period."),
    E("EXERCISE", "occurred", [
        P("Poland", "country", "POL"),
        P("Czech Republic", "country", "CZE"),
        P("Hungary", "country", "HUN"),
        P("Slovakia", "country", "SVK")],
      "2015-11", L("Poland", "POL"), None,
      "The battlegroup was certified during the Common Challenge 15 exercise in Poland in November, in which troops from the four countries practised a crisis-response operation in a fictional country."),
    E("AGREE", "occurred", [
        P("Konštrukta-Defence", "company", "SVK"),
        P("Huta Stalowa Wola", "company", "POL")],
      "2016-01-04", KRK, None,
      "On the sidelines of the Krakow meeting, Slovakia's Konštrukta-Defence and Poland's Huta Stalowa Wola signed a memorandum on setting up a joint venture to develop a tracked vehicle chassis for both countries' armies."),
    E("INDUSTRY", "occurred", [
        P("Konštrukta-Defence", "company", "SVK"),
        P("Huta Stalowa Wola", "company", "POL")],
      "2016-01-04", KRK, "tracked vehicle chassis",
      "On the sidelines of the Krakow meeting, Slovakia's Konštrukta-Defence and Poland's Huta Stalowa Wola signed a memorandum on setting up a joint venture to develop a tracked vehicle chassis for both countries' armies."),
    E("EXHIBIT", "planned", [
        P("Czech companies", "organisation", "CZE"),
        P("Slovakia", "country", "SVK")],
      "2016-05", L("Bratislava", "SVK"), None,
      "More than 40 Czech companies have registered to exhibit at the IDEB defence fair in Bratislava in May, the Czech Defence and Security Industry Association said."),
]
