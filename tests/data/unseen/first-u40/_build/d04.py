from lib import *
text = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Two decades of British frigates in Chile&#39;s fleet | Southern Cone Defence Monitor</title>
<meta property="og:title" content="Two decades of British frigates in Chile's fleet">
<meta property="article:published_time" content="2024-09-06T11:20:00-04:00">
<link rel="stylesheet" href="/assets/css/site.min.css?v=2024.8">
<script async src="/assets/js/analytics.js"></script>
<script>var _ads = _ads || []; _ads.push({slot: "top-leaderboard", size: [728, 90]});</script>
</head>
<body class="single-post">
<div id="cookie-bar" class="cookie">We use cookies to analyse traffic and personalise ads. <a href="/privacy">Learn more</a> <button>OK</button></div>
<header class="masthead">
  <a class="logo" href="/">Southern Cone <span>Defence Monitor</span></a>
  <nav>
    <ul class="menu">
      <li><a href="/category/argentina">Argentina</a></li>
      <li><a href="/category/brazil">Brazil</a></li>
      <li><a href="/category/chile">Chile</a></li>
      <li><a href="/category/naval">Naval</a></li>
      <li><a href="/category/air">Air</a></li>
      <li><a href="/category/land">Land</a></li>
      <li><a href="/subscribe" class="btn">Subscribe</a></li>
    </ul>
  </nav>
</header>
<main>
<article class="post">
  <p class="kicker"><a href="/category/naval">Naval</a> &raquo; <a href="/category/chile">Chile</a></p>
  <h1>Two decades of British frigates in Chile&rsquo;s fleet</h1>
  <p class="byline">By <a href="/author/m-fuentes">Marcela Fuentes</a> &middot; <time datetime="2024-09-06">September 6, 2024</time></p>
  <figure><img src="/uploads/2024/09/almirante-lynch-valparaiso.jpg" alt="Frigate Almirante Lynch in Valparaiso"><figcaption>The frigate Almirante Lynch leaves Valparaiso on Tuesday. Photo: Armada de Chile</figcaption></figure>
  <div class="entry-content">
    <p>SANTIAGO - Twenty years ago this month, Chile signed the deal that would rebuild its surface fleet around second-hand European warships, and the ships it bought are still the backbone of the navy.</p>
    <p>The contract for three Type 23 frigates was signed in London on 7 September 2004 by Chile's Ministry of National Defence and the UK Ministry of Defence, at a price of about 134 million pounds including refits and training.</p>
    <p>Almirante Cochrane, the former HMS Norfolk, was handed over at Portsmouth on 22 November 2006, the first of the three to change flags; the former Grafton and Marlborough became Almirante Lynch and Almirante Condell.</p>
    <p>The same plan brought four frigates from the Netherlands, two of the L class and two of the M class, which the Dutch navy delivered between 2005 and 2007. Together with the British ships they replaced a fleet of old destroyers, several of which had themselves come from Britain in the 1960s and 1970s.</p>
    <p>The anniversary coincided with the visit of the Royal Navy patrol ship HMS Medway to Valparaiso this week. Her commanding officer called on Chile's navy commander, Admiral Juan Andres De La Maza, and the ship hosted a reception for Chilean officers on Wednesday evening.</p>
    <p>On Tuesday Medway and Almirante Lynch sailed together off the central coast for a day of communications drills, boarding practice and helicopter cross-deck landings.</p>
    <p>&ldquo;These ships were built to hunt submarines in the North Atlantic, and they have found a second life in the South Pacific,&rdquo; said the British defence attache in Santiago, Captain James Holloway.</p>
    <p>The frigates are now being modernised with a new combat management system from Lockheed Martin Canada, and the navy has begun studying how to replace them in the 2030s, possibly with ships built in Chile at the ASMAR yard in Talcahuano.</p>
    <div class="ad-slot" data-slot="in-article"></div>
    <p>Chile is not alone in the region in relying on second-hand ships. Peru, Colombia and Uruguay have all bought used European or Asian vessels over the past decade, though none has matched the scale of the Chilean purchases.</p>
  </div>
  <div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
  <div class="tags">Tags: <a href="/tag/type-23">Type 23</a>, <a href="/tag/royal-navy">Royal Navy</a>, <a href="/tag/armada-de-chile">Armada de Chile</a></div>
</article>
<aside class="related">
  <h3>Related</h3>
  <ul>
    <li><a href="/2024/08/argentina-f16-first-jets">Argentina&rsquo;s first F-16s to arrive before year-end</a></li>
    <li><a href="/2024/08/brazil-tamandare-launch">Brazil launches second Tamandar&eacute;-class frigate</a></li>
    <li><a href="/2024/07/peru-sima-patrol-vessel">SIMA Per&uacute; lays keel of new patrol vessel</a></li>
  </ul>
</aside>
</main>
<footer><p>&copy; 2024 Southern Cone Defence Monitor. All rights reserved.</p><p><a href="/about">About</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a></p></footer>
<script src="/assets/js/site.js"></script>
</body>
</html>
"""
doc = dict(id="u40-04", url="https://southernconedefence.example/2024/09/06/two-decades-british-frigates-chile",
           title="Two decades of British frigates in Chile's fleet", published="2024-09-06",
           source="Southern Cone Defence Monitor", lang="en", text=text)
chl_mod = P("Chile's Ministry of National Defence", "organisation", "CHL")
events = [
 E("AGREE", "occurred", [chl_mod, P("UK Ministry of Defence", "organisation", "GBR")], "2004-09-07", L("London", "GBR"), None,
   "The contract for three Type 23 frigates was signed in London on 7 September 2004 by Chile's Ministry of National Defence and the UK Ministry of Defence, at a price of about 134 million pounds including refits and training."),
 E("TRANSFER", "occurred", [S("United Kingdom", "country", "GBR"), R("Chilean Navy", "organisation", "CHL")], "2006-11-22", L("Portsmouth", "GBR"),
   "Type 23 frigate Almirante Cochrane (ex-HMS Norfolk)",
   "Almirante Cochrane, the former HMS Norfolk, was handed over at Portsmouth on 22 November 2006, the first of the three to change flags; the former Grafton and Marlborough became Almirante Lynch and Almirante Condell."),
 E("TRANSFER", "occurred", [S("Dutch navy", "organisation", "NLD"), R("Chile", "country", "CHL")], None, None,
   "four frigates (two L class, two M class)",
   "The same plan brought four frigates from the Netherlands, two of the L class and two of the M class, which the Dutch navy delivered between 2005 and 2007."),
 E("TRANSFER", "occurred", [S("Britain", "country", "GBR"), R("Chile", "country", "CHL")], None, None, "old destroyers",
   "Together with the British ships they replaced a fleet of old destroyers, several of which had themselves come from Britain in the 1960s and 1970s.", optional=True),
 E("MEET", "occurred", [P("HMS Medway", "organisation", "GBR"), P("Juan Andres De La Maza", "person", "CHL", title="navy commander, Admiral")],
   "2024-09", L("Valparaiso", "CHL"), None,
   "Her commanding officer called on Chile's navy commander, Admiral Juan Andres De La Maza, and the ship hosted a reception for Chilean officers on Wednesday evening."),
 E("EXERCISE", "occurred", [P("HMS Medway", "organisation", "GBR"), P("Almirante Lynch", "organisation", "CHL")], "2024-09-03", None, None,
   "On Tuesday Medway and Almirante Lynch sailed together off the central coast for a day of communications drills, boarding practice and helicopter cross-deck landings."),
 E("TRANSFER", "occurred", [S("Lockheed Martin Canada", "company", "CAN"), R("Chilean Navy", "organisation", "CHL")], None, None,
   "combat management system",
   "The frigates are now being modernised with a new combat management system from Lockheed Martin Canada, and the navy has begun studying how to replace them in the 2030s, possibly with ships built in Chile at the ASMAR yard in Talcahuano.", optional=True),
]
write(doc, events)
