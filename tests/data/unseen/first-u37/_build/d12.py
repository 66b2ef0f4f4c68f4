from lib import P, L, E

DOC = {
    "id": "u37-12",
    "url": "https://deccanledger.example/world/quad-summit-wilmington-coast-guard-mission-2024-09-22",
    "title": "Quad leaders announce joint coast guard mission at Wilmington summit",
    "published": "2024-09-22",
    "source": "Deccan Ledger",
    "text": """<!doctype html>
<html lang="en-IN">
<head>
<meta charset="UTF-8">
<title>Quad leaders announce joint coast guard mission at Wilmington summit | Deccan Ledger</title>
<meta name="description" content="Modi, Biden, Albanese and Kishida met in Delaware for the sixth Quad leaders' summit.">
<link rel="canonical" href="https://deccanledger.example/world/quad-summit-wilmington-coast-guard-mission-2024-09-22">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Quad leaders announce joint coast guard mission at Wilmington summit","datePublished":"2024-09-22T08:15:00+05:30","author":{"@type":"Person","name":"Special Correspondent"}}</script>
<style>.ad-slot{min-height:250px}.story p{line-height:1.6}</style>
</head>
<body>
<div id="cookie-banner">We use cookies to personalise content and ads. <button>Accept all</button> <button>Manage</button></div>
<header>
<div class="brand"><a href="/">Deccan Ledger</a></div>
<div class="edition">Sunday, September 22, 2024 | Updated 08:15 IST</div>
<nav><a href="/india">India</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/cricket">Cricket</a> <a href="/entertainment">Entertainment</a> <a href="/opinion">Opinion</a> <a href="/epaper">E-Paper</a></nav>
<div class="markets">Sensex 84,544 &#9650; 1,359 | Nifty 25,791 &#9650; 375 | USD/INR 83.55</div>
</header>
<main>
<article class="story">
<p class="kicker">QUAD SUMMIT</p>
<h1>Quad leaders announce joint coast guard mission at Wilmington summit</h1>
<p class="standfirst">Modi holds bilateral talks with Biden at his Delaware home; India to host next Quad summit in 2025</p>
<p class="byline">Special Correspondent | Wilmington (Delaware)</p>
<div class="ad-slot" data-slot="story-top"></div>
<p>Prime Minister Narendra Modi, US President Joe Biden, Australian Prime Minister Anthony Albanese and Japanese Prime Minister Fumio Kishida met in Wilmington on Saturday for the sixth Quad leaders’ summit, hosted by Biden at his alma mater, Archmere Academy.</p>
<p>In their joint declaration, the four leaders announced the launch of the first-ever Quad-at-Sea Ship Observer Mission, under which coast guard personnel from India, Japan and Australia will sail aboard a US Coast Guard vessel in the Indo-Pacific in 2025.</p>
<p>They also launched a Maritime Initiative for Training in the Indo-Pacific (MAITRI), to help partners in the region make better use of the maritime surveillance data provided under the Quad. India will host the first MAITRI workshop in 2025, the declaration said.</p>
<p>The leaders also agreed to set up a Quad Indo-Pacific Logistics Network to pool airlift capacity for disaster relief. &ldquo;The Quad is here to stay,&rdquo; Biden said, in what is likely to be his last summit with the group as president.</p>
<p>The declaration expressed &ldquo;serious concern&rdquo; about the situation in the East and South China Seas without naming China.</p>
<h2>Modi-Biden talks</h2>
<p>Before the summit, Modi held bilateral talks with Biden at the president's residence in Greenville, Delaware, on Saturday, the first time Biden has hosted a foreign leader at his home.</p>
<p>The two leaders welcomed progress towards India's purchase of 31 MQ-9B armed drones from General Atomics, a deal cleared by the US State Department in February and estimated at $3.99 billion, according to a joint fact sheet.</p>
<p>They also discussed the co-production of Javelin anti-tank missiles and Stryker infantry combat vehicles in India, the fact sheet said, without giving a timeline.</p>
<p>The Indian Navy has operated two MQ-9B Sea Guardian drones leased from General Atomics since 2020.</p>
<p>Foreign Secretary Vikram Misri told reporters that India would host the next Quad summit in 2025.</p>
<div class="ad-slot" data-slot="story-mid"></div>
<div class="share">Share: <a href="#">WhatsApp</a> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">Copy link</a></div>
<div class="tags">Topics: <a href="/topic/quad">Quad</a> <a href="/topic/narendra-modi">Narendra Modi</a> <a href="/topic/joe-biden">Joe Biden</a></div>
</article>
<aside class="also-read">
<h3>Also Read</h3>
<ul>
<li><a href="/india/iaf-tejas-mk1a-delivery-delay">IAF&rsquo;s Tejas Mk1A deliveries delayed again</a></li>
<li><a href="/world/modi-new-york-diaspora-event">Modi to address diaspora event in New York on Sunday</a></li>
<li><a href="/cricket/ind-vs-ban-chennai-test-day-3">India tighten grip on Chennai Test</a></li>
</ul>
</aside>
</main>
<footer>
<p>&copy; 2024 Deccan Ledger Media Pvt Ltd. All rights reserved.</p>
<p><a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p>
</footer>
<script src="/assets/js/bundle.min.js" defer></script>
</body>
</html>
""",
}

WIL = L("Wilmington", "USA")
GRV = L("Greenville, Delaware", "USA")

EVENTS = [
    E("MEET", "occurred", [
        P("Quad", "igo", "QUAD"),
        P("Narendra Modi", "person", "IND", title="Prime Minister"),
        P("Joe Biden", "person", "USA", title="President"),
        P("Anthony Albanese", "person", "AUS", title="Prime Minister"),
        P("Fumio Kishida", "person", "JPN", title="Prime Minister")],
      "2024-09-21", L("Archmere Academy, Wilmington", "USA"), None,
      "Prime Minister Narendra Modi, US President Joe Biden, Australian Prime Minister Anthony Albanese and Japanese Prime Minister Fumio Kishida met in Wilmington on Saturday for the sixth Quad leaders’ summit, hosted by Biden at his alma mater, Archmere Academy."),
    E("COOPERATE", "planned", [
        P("Quad", "igo", "QUAD"),
        P("India", "country", "IND"),
        P("Japan", "country", "JPN"),
        P("Australia", "country", "AUS"),
        P("US Coast Guard", "organisation", "USA")],
      "2025", None, None,
      "In their joint declaration, the four leaders announced the launch of the first-ever Quad-at-Sea Ship Observer Mission, under which coast guard personnel from India, Japan and Australia will sail aboard a US Coast Guard vessel in the Indo-Pacific in 2025."),
    E("TRAIN", "planned", [
        P("Quad", "igo", "QUAD"),
        P("India", "country", "IND")],
      "2025", L("India", "IND"), None,
      "India will host the first MAITRI workshop in 2025, the declaration said.",
      optional=True),
    E("MEET", "occurred", [
        P("Narendra Modi", "person", "IND", title="Prime Minister"),
        P("Joe Biden", "person", "USA", title="President")],
      "2024-09-21", GRV, None,
      "Before the summit, Modi held bilateral talks with Biden at the president's residence in Greenville, Delaware, on Saturday, the first time Biden has hosted a foreign leader at his home."),
    E("TRANSFER", "planned", [
        P("General Atomics", "company", "USA", role="supplier"),
        P("India", "country", "IND", role="recipient")],
      None, None, "31 MQ-9B armed drones",
      "The two leaders welcomed progress towards India's purchase of 31 MQ-9B armed drones from General Atomics, a deal cleared by the US State Department in February and estimated at $3.99 billion, according to a joint fact sheet."),
    E("INDUSTRY", "planned", [
        P("United States", "country", "USA"),
        P("India", "country", "IND")],
      None, L("India", "IND"), "Javelin anti-tank missiles and Stryker infantry combat vehicles",
      "They also discussed the co-production of Javelin anti-tank missiles and Stryker infantry combat vehicles in India, the fact sheet said, without giving a timeline.",
      optional=True),
]
