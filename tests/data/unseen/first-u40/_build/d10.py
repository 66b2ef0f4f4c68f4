from lib import *
text = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>New Huravee joins coast guard as India hands over two vessels &ndash; Indian Ocean Ledger</title>
<meta name="description" content="India's Defence Minister Rajnath Singh hands over a fast interceptor craft and a landing craft to the Maldives">
<link rel="canonical" href="https://indianoceanledger.example/2023/05/03/new-huravee-joins-coast-guard/">
<style>.nav li{display:inline;margin-right:12px}.meta{color:#777}.wx{float:right}</style>
<script>(function(w,d){w.ga=w.ga||function(){(w.ga.q=w.ga.q||[]).push(arguments)}})(window,document);</script>
</head>
<body>
<div class="topbar"><span class="date">Wednesday, 3 May 2023</span> <span class="wx">Mal&eacute; 31&deg;C &middot; Humidity 74%</span></div>
<header>
<div class="brand"><a href="/">INDIAN OCEAN LEDGER</a></div>
<ul class="nav">
<li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li><a href="/business/">Business</a></li><li><a href="/tourism/">Tourism</a></li><li><a href="/environment/">Environment</a></li><li><a href="/sports/">Sports</a></li><li><a href="/dhivehi/">&#1931;&#1960;&#1928;&#1964;&#1920;&#1960;</a></li>
</ul>
</header>
<div id="content">
<div class="post">
<div class="crumbs"><a href="/">Home</a> / <a href="/news/">News</a> / Defence</div>
<h1 class="title">New Huravee joins coast guard as India hands over two vessels</h1>
<div class="meta">by Aishath Shaheema &bull; 3 May 2023 &bull; 09:41</div>
<div class="entry">
<p>India on Tuesday handed over a fast interceptor craft and a landing craft to the Maldives National Defence Force in a ceremony at the MNDF Coast Guard headquarters in Male, attended by India's Defence Minister Rajnath Singh and Maldivian Defence Minister Mariya Ahmed Didi.</p>
<p>The interceptor craft, the former INS Tarmugli, was commissioned into the coast guard as CGS Huravee. It takes the name of its predecessor, the former INS Tillanchang, which India gifted to the Maldives in April 2006 and which was decommissioned last year after 16 years of patrols.</p>
<p>The landing craft will be based in the south of the country and will be used to move troops and supplies between islands, the MNDF said.</p>
<p>After the ceremony the two ministers held talks on maritime security, training and the capacity of the coast guard, according to a statement from the Ministry of Defence. Singh is on a three-day visit, his first to the Maldives as defence minister.</p>
<p>India's earlier gifts to the MNDF include two Dhruv helicopters and a Dornier maritime patrol aircraft, all flown and maintained with Indian help.</p>
<p>The visit comes two years after the countries signed an agreement in February 2021 under which India will help develop, support and maintain a coast guard harbour at Uthuru Thila Falhu, near Male. The project has been attacked by opposition parties, who claim it will host Indian troops, a charge both governments deny.</p>
<p>The armies first exercised together in 2009, under the name Ekuverin. At sea, the coast guards of India and the Maldives were joined by Sri Lanka's in 2012 for the first trilateral Dosti drill.</p>
<p>&ldquo;The Maldives is central to our vision of security and growth for all in the region,&rdquo; Singh said in a post on Twitter.</p>
</div>
<div class="share"><a href="#" class="fb">Share</a> <a href="#" class="tw">Tweet</a> <a href="#" class="wa">WhatsApp</a></div>
</div>
<div class="sidebar">
<h4>Latest</h4>
<ul>
<li><a href="/2023/05/02/tourist-arrivals-pass-600000/">Tourist arrivals pass 600,000 for the year</a></li>
<li><a href="/2023/05/02/mdp-primary-results/">MDP primary: final results announced</a></li>
<li><a href="/2023/05/01/china-funded-housing-handed-over/">Hulhumal&eacute; flats handed over to applicants</a></li>
</ul>
</div>
</div>
<footer>&copy; 2023 Indian Ocean Ledger &middot; <a href="/about/">About</a> &middot; <a href="/contact/">Contact</a></footer>
</body>
</html>
"""
doc = dict(id="u40-10", url="https://indianoceanledger.example/2023/05/03/new-huravee-joins-coast-guard/",
           title="New Huravee joins coast guard as India hands over two vessels", published="2023-05-03",
           source="Indian Ocean Ledger", lang="en", text=text)
rs_s = S("Rajnath Singh", "person", "IND", title="Defence Minister")
md_r = R("Mariya Ahmed Didi", "person", "MDV", title="Defence Minister")
events = [
 E("TRANSFER", "occurred", [S("India", "country", "IND"), rs_s, R("Maldives National Defence Force", "organisation", "MDV"), md_r],
   "2023-05-02", L("MNDF Coast Guard headquarters, Male", "MDV"), "fast interceptor craft (CGS Huravee, ex-INS Tarmugli) and a landing craft",
   "India on Tuesday handed over a fast interceptor craft and a landing craft to the Maldives National Defence Force in a ceremony at the MNDF Coast Guard headquarters in Male, attended by India's Defence Minister Rajnath Singh and Maldivian Defence Minister Mariya Ahmed Didi."),
 E("MEET", "occurred", [P("Rajnath Singh", "person", "IND", title="Defence Minister"), P("Mariya Ahmed Didi", "person", "MDV", title="Defence Minister")],
   "2023-05-02", L("Male", "MDV"), None,
   "After the ceremony the two ministers held talks on maritime security, training and the capacity of the coast guard, according to a statement from the Ministry of Defence."),
 E("TRANSFER", "occurred", [S("India", "country", "IND"), R("Maldives", "country", "MDV")], "2006-04", None,
   "patrol vessel Huravee (ex-INS Tillanchang)",
   "It takes the name of its predecessor, the former INS Tillanchang, which India gifted to the Maldives in April 2006 and which was decommissioned last year after 16 years of patrols."),
 E("TRANSFER", "occurred", [S("India", "country", "IND"), R("MNDF", "organisation", "MDV")], None, None,
   "two Dhruv helicopters and a Dornier maritime patrol aircraft",
   "India's earlier gifts to the MNDF include two Dhruv helicopters and a Dornier maritime patrol aircraft, all flown and maintained with Indian help.", optional=True),
 E("AGREE", "occurred", [P("India", "country", "IND"), P("Maldives", "country", "MDV")], "2021-02", None, None,
   "The visit comes two years after the countries signed an agreement in February 2021 under which India will help develop, support and maintain a coast guard harbour at Uthuru Thila Falhu, near Male."),
 E("EXERCISE", "occurred", [P("Indian army", "organisation", "IND"), P("Maldivian army", "organisation", "MDV")], "2009", None, None,
   "The armies first exercised together in 2009, under the name Ekuverin."),
 E("EXERCISE", "occurred", [P("Indian coast guard", "organisation", "IND"), P("Maldivian coast guard", "organisation", "MDV"), P("Sri Lanka", "country", "LKA")], "2012", None, None,
   "At sea, the coast guards of India and the Maldives were joined by Sri Lanka's in 2012 for the first trilateral Dosti drill."),
]
write(doc, events)
