from lib import *
text = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Five Power Defence Arrangements at 50: ministers pledge to keep 'quiet' pact relevant | Straits Defence Journal</title>
<meta property="og:site_name" content="Straits Defence Journal">
<meta property="article:section" content="Regional Security">
<link rel="stylesheet" href="https://cdn.straitsdefencejournal.example/css/main.3f9a.css">
<script src="https://cdn.straitsdefencejournal.example/js/vendor.bundle.js" defer></script>
<script>window.__PRELOADED__ = {"articleId": 48213, "paywall": false};</script>
<style>.article-body p{line-height:1.6}</style>
</head>
<body>
<header class="sdj-header">
<nav aria-label="primary">
<a href="/" class="sdj-logo">Straits Defence Journal</a>
<a href="/regional-security/">Regional Security</a>
<a href="/maritime/">Maritime</a>
<a href="/air/">Air</a>
<a href="/land/">Land</a>
<a href="/industry/">Industry</a>
<a href="/events/">Events</a>
<a href="/newsletter/" class="cta">Get our newsletter</a>
</nav>
</header>
<main id="content">
<article>
<header>
<span class="section-label">Regional Security</span>
<h1>Five Power Defence Arrangements at 50: ministers pledge to keep &lsquo;quiet&rsquo; pact relevant</h1>
<div class="byline">Nur Aisyah Rahman &amp; Tom Whitfield &bull; <time datetime="2021-11-02T06:00:00+08:00">2 November 2021</time></div>
</header>
<div class="article-body">
<p>KUALA LUMPUR / SINGAPORE - The defence ministers of Australia, Malaysia, New Zealand, Singapore and the United Kingdom met by video link on Monday to mark the 50th anniversary of the Five Power Defence Arrangements (FPDA), and issued a joint statement calling the grouping "a steady anchor for regional security".</p>
<p>Australia's Peter Dutton, Malaysia's Senior Minister for Defence Hishammuddin Hussein, New Zealand's Peeni Henare, Singapore's Ng Eng Hen and Britain's Ben Wallace took part in the meeting, which replaced a planned gathering in Kuala Lumpur that was called off because of the pandemic.</p>
<p>The arrangements, which came into effect on 1 November 1971 as British forces withdrew from east of Suez, commit the five to consult in the event of an attack on Malaysia or Singapore. They have no standing force and no secretariat, and have often been called the world's quietest defence pact.</p>
<p>Their most visible work is at sea and in the air. Last month's Exercise Bersama Gold, held to mark the anniversary, brought together ships, aircraft and troops from all five members in the South China Sea and around the Malaysian peninsula.</p>
<p>The main annual drill, Bersama Lima, was first held in 2004, when the naval Starfish series and the air defence exercise Flying Fish were merged into one exercise for the armed forces of all five countries.</p>
<p>In their statement, the ministers said that next year's Bersama Lima would for the first time include a humanitarian assistance and disaster relief phase, and that the FPDA would look at cooperation against non-traditional threats such as piracy and terrorism.</p>
<p>The FPDA's only permanent structure, the Headquarters Integrated Area Defence System at the Royal Malaysian Air Force base in Butterworth, is commanded by an Australian air vice marshal.</p>
<figure class="inline-ad"><span>Advertisement</span></figure>
<p>Analysts say the pact has survived because it asks little of its members. &ldquo;Nobody has to choose between the United States and China to be in the FPDA,&rdquo; said a Singapore-based researcher.</p>
</div>
<footer class="article-footer">
<ul class="tags"><li><a href="/tag/fpda/">FPDA</a></li><li><a href="/tag/malaysia/">Malaysia</a></li><li><a href="/tag/singapore/">Singapore</a></li></ul>
<div class="share-tools"><button data-share="whatsapp">WhatsApp</button><button data-share="linkedin">LinkedIn</button><button data-share="copy">Copy link</button></div>
</footer>
</article>
<aside class="latest">
<h2>Latest</h2>
<ol>
<li><a href="/maritime/rmn-littoral-mission-ship-launch/">RMN launches first littoral mission ship in Wuchang</a></li>
<li><a href="/air/rsaf-f35b-decision/">RSAF's F-35B decision: what comes next</a></li>
<li><a href="/industry/dsa-2022-dates/">DSA 2022 dates confirmed for March</a></li>
</ol>
</aside>
</main>
<footer class="site-footer"><p>&copy; 2021 Straits Defence Journal Pte Ltd</p><p><a href="/terms/">Terms</a> &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/cookies/">Cookie preferences</a></p></footer>
</body>
</html>
"""
doc = dict(id="u40-24", url="https://straitsdefencejournal.example/regional-security/fpda-at-50-ministers-pledge/",
           title="Five Power Defence Arrangements at 50: ministers pledge to keep 'quiet' pact relevant", published="2021-11-02",
           source="Straits Defence Journal", lang="en", text=text)
five = [P("Australia", "country", "AUS"), P("Malaysia", "country", "MYS"), P("New Zealand", "country", "NZL"), P("Singapore", "country", "SGP"), P("United Kingdom", "country", "GBR")]
events = [
 E("MEET", "occurred", five + [P("Peter Dutton", "person", "AUS", title="Defence Minister"), P("Hishammuddin Hussein", "person", "MYS", title="Senior Minister for Defence"),
    P("Peeni Henare", "person", "NZL", title="Defence Minister"), P("Ng Eng Hen", "person", "SGP", title="Defence Minister"), P("Ben Wallace", "person", "GBR", title="Defence Minister")],
   "2021-11-01", None, None,
   "The defence ministers of Australia, Malaysia, New Zealand, Singapore and the United Kingdom met by video link on Monday to mark the 50th anniversary of the Five Power Defence Arrangements (FPDA), and issued a joint statement calling the grouping \"a steady anchor for regional security\"."),
 E("AGREE", "occurred", five, "1971-11-01", None, None,
   "The arrangements, which came into effect on 1 November 1971 as British forces withdrew from east of Suez, commit the five to consult in the event of an attack on Malaysia or Singapore.", optional=True),
 E("EXERCISE", "occurred", five, "2021-10", L("South China Sea and the Malaysian peninsula", None), None,
   "Last month's Exercise Bersama Gold, held to mark the anniversary, brought together ships, aircraft and troops from all five members in the South China Sea and around the Malaysian peninsula."),
 E("EXERCISE", "occurred", five, "2004", None, None,
   "The main annual drill, Bersama Lima, was first held in 2004, when the naval Starfish series and the air defence exercise Flying Fish were merged into one exercise for the armed forces of all five countries."),
 E("EXERCISE", "planned", five, "2022", None, None,
   "In their statement, the ministers said that next year's Bersama Lima would for the first time include a humanitarian assistance and disaster relief phase, and that the FPDA would look at cooperation against non-traditional threats such as piracy and terrorism."),
 E("COOPERATE", "planned", five, None, None, None,
   "In their statement, the ministers said that next year's Bersama Lima would for the first time include a humanitarian assistance and disaster relief phase, and that the FPDA would look at cooperation against non-traditional threats such as piracy and terrorism.", optional=True),
 E("COOPERATE", "occurred", [P("Headquarters Integrated Area Defence System", "organisation", "MYS"), P("Australian air vice marshal", "organisation", "AUS")], None, L("Butterworth", "MYS"), None,
   "The FPDA's only permanent structure, the Headquarters Integrated Area Defence System at the Royal Malaysian Air Force base in Butterworth, is commanded by an Australian air vice marshal.", optional=True),
]
write(doc, events)
