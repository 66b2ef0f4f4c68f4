from lib import *
text = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Macron and Lula launch third Scorpene at Itaguai, 15 years after submarine pact | Rio Defence Weekly</title>
<meta name="author" content="Rafael Monteiro">
<meta name="date" content="2024-03-28">
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/css/rdw.css">
<script type="text/javascript">
  window.rdwConsent = {necessary: true, analytics: false};
</script>
</head>
<body>
<!-- header -->
<div id="hdr">
  <div class="logo"><a href="/"><img src="/img/rdw-logo.png" alt="Rio Defence Weekly"></a></div>
  <div class="hdr-right">Thursday, March 28, 2024 | <a href="/login">Log in</a> | <a href="/pt/">PT</a></div>
  <ul id="menu">
    <li><a href="/navy/">Navy</a></li>
    <li><a href="/army/">Army</a></li>
    <li><a href="/air-force/">Air Force</a></li>
    <li><a href="/industry/">Industry</a></li>
    <li><a href="/geopolitics/">Geopolitics</a></li>
  </ul>
</div>
<!-- /header -->
<div id="main">
<div class="art">
<h1>Macron and Lula launch third Scorpene at Itaguai, 15 years after submarine pact</h1>
<div class="info">Rafael Monteiro &ndash; 28/03/2024 &ndash; <a href="/navy/">Navy</a></div>
<p>ITAGUAI, Rio de Janeiro - French President Emmanuel Macron and Brazilian President Luiz Inacio Lula da Silva on Wednesday attended the launch of the submarine Tonelero at the Itaguai naval complex, the third of four boats built in Brazil with French technology.</p>
<p>After the ceremony the two presidents held talks at the shipyard and announced that France would help Brazil with the non-nuclear parts of the Alvaro Alberto, the nuclear-powered submarine the Brazilian Navy hopes to launch in the next decade.</p>
<p>The launch closed a circle that began more than fifteen years ago. During a state visit by Nicolas Sarkozy, Lula and the French president signed in Rio de Janeiro on 23 December 2008 the strategic partnership agreement under which France would transfer the technology to build four conventional Scorpene-class submarines and the hull of a nuclear-powered boat. The deal, worth about 6.7 billion euros, was at the time the largest defence contract in Brazil's history.</p>
<p>The following year, the French naval shipbuilder DCNS, now Naval Group, and the Brazilian construction group Odebrecht formed a joint venture, Itaguai Construcoes Navais, to build the boats and the naval base that would house them.</p>
<p>Hundreds of Brazilian engineers and technicians spent time at Naval Group's yard in Cherbourg, where the forward section of the first boat, Riachuelo, was built as a training exercise before the work moved to Brazil.</p>
<p>The programme has suffered delays and cost overruns, and a corruption investigation into Odebrecht in the Lava Jato inquiry briefly threatened the work. Riachuelo was finally commissioned in September 2022 and the second boat, Humaita, in January this year. The fourth, Almirante Karam, is due to be launched in 2025.</p>
<p>&laquo;This is not a purchase, it is a partnership,&raquo; Macron said in his speech, in a veiled reference to Australia's cancellation of its own Scorpene-derived programme with France in 2021.</p>
<div class="tags">Tags: <a href="/tag/prosub">PROSUB</a> <a href="/tag/naval-group">Naval Group</a> <a href="/tag/franca">France</a></div>
<div class="sharebar"><span>Share:</span> <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a></div>
</div>
<div id="side">
<div class="box"><h4>Most read</h4>
<ol>
<li><a href="/air-force/gripen-e-fourth-aircraft-delivered/">Fourth Gripen E delivered to FAB at Anapolis</a></li>
<li><a href="/army/guarani-contract-extension/">Army extends Guarani contract to 2040</a></li>
<li><a href="/navy/tamandare-sea-trials/">Tamandar&eacute; frigate begins sea trials</a></li>
</ol>
</div>
<div class="box weather">Rio de Janeiro 29&deg;C &middot; Bras&iacute;lia 26&deg;C</div>
</div>
</div>
<div id="ftr">Rio Defence Weekly &copy; 2024 &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy policy</a></div>
</body>
</html>
"""
doc = dict(id="u40-16", url="https://riodefenceweekly.example/navy/macron-lula-launch-tonelero-itaguai/",
           title="Macron and Lula launch third Scorpene at Itaguai, 15 years after submarine pact", published="2024-03-28",
           source="Rio Defence Weekly", lang="en", text=text)
macron = P("Emmanuel Macron", "person", "FRA", title="French President")
lula = P("Luiz Inacio Lula da Silva", "person", "BRA", title="Brazilian President")
sark = P("Nicolas Sarkozy", "person", "FRA", title="French president")
ev08 = "During a state visit by Nicolas Sarkozy, Lula and the French president signed in Rio de Janeiro on 23 December 2008 the strategic partnership agreement under which France would transfer the technology to build four conventional Scorpene-class submarines and the hull of a nuclear-powered boat."
events = [
 E("MEET", "occurred", [macron, lula], "2024-03-27", L("Itaguai naval complex", "BRA"), None,
   "After the ceremony the two presidents held talks at the shipyard and announced that France would help Brazil with the non-nuclear parts of the Alvaro Alberto, the nuclear-powered submarine the Brazilian Navy hopes to launch in the next decade."),
 E("INDUSTRY", "planned", [P("France", "country", "FRA"), P("Brazil", "country", "BRA")], None, None,
   "non-nuclear parts of the nuclear-powered submarine Alvaro Alberto",
   "After the ceremony the two presidents held talks at the shipyard and announced that France would help Brazil with the non-nuclear parts of the Alvaro Alberto, the nuclear-powered submarine the Brazilian Navy hopes to launch in the next decade."),
 E("MEET", "occurred", [sark, P("Lula", "person", "BRA", title="President")], "2008-12-23", L("Rio de Janeiro", "BRA"), None, ev08),
 E("AGREE", "occurred", [sark, P("Lula", "person", "BRA", title="President"), P("France", "country", "FRA"), P("Brazil", "country", "BRA")],
   "2008-12-23", L("Rio de Janeiro", "BRA"), None, ev08),
 E("INDUSTRY", "occurred", [P("France", "country", "FRA"), P("Brazil", "country", "BRA")], "2008-12-23", None,
   "four Scorpene-class submarines and the hull of a nuclear-powered submarine (technology transfer)", ev08, optional=True),
 E("INDUSTRY", "occurred", [P("DCNS", "company", "FRA"), P("Odebrecht", "company", "BRA")], "2009", None,
   "Scorpene-class submarines and naval base (joint venture Itaguai Construcoes Navais)",
   "The following year, the French naval shipbuilder DCNS, now Naval Group, and the Brazilian construction group Odebrecht formed a joint venture, Itaguai Construcoes Navais, to build the boats and the naval base that would house them."),
 E("TRAIN", "occurred", [P("Naval Group", "company", "FRA"), P("Brazilian engineers and technicians", "organisation", "BRA")], None, L("Cherbourg", "FRA"), None,
   "Hundreds of Brazilian engineers and technicians spent time at Naval Group's yard in Cherbourg, where the forward section of the first boat, Riachuelo, was built as a training exercise before the work moved to Brazil.", optional=True),
]
write(doc, events)
