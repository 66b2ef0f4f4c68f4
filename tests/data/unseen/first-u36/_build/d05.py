from common import E, P, S, R, L

META = {"url": "https://thedocket-canada.example/2018/01/24/federal-court-dismisses-lav-permit-challenge",
        "title": "Federal Court dismisses challenge to Saudi LAV export permits",
        "published": "2018-01-24", "source": "The Docket (Canada)"}

s_contract = ("The contract was signed in 2014 between the Canadian Commercial Corporation, a Crown agency, and the "
              "government of Saudi Arabia, and covers some 900 vehicles built by General Dynamics Land Systems-Canada "
              "in London, Ontario.")
s_shipped = ("Trade figures filed with the court show that dozens of the vehicles were shipped to the kingdom in "
             "2016 and 2017, and that deliveries are continuing.")
s_train = ("Court documents also show that crews from the Saudi Arabian National Guard were trained on the new "
           "vehicles by General Dynamics instructors at the London plant last year.")

TEXT = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Federal Court dismisses challenge to Saudi LAV export permits | The Docket</title>
<meta name="description" content="Judge rules foreign minister was entitled to weigh benefits of $15-billion deal.">
<link rel="stylesheet" href="/static/css/site.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</head>
<body class="article">
<header class="site-header">
<a class="logo" href="/">The Docket</a>
<nav><ul>
<li><a href="/courts">Courts</a></li>
<li><a href="/federal">Federal</a></li>
<li><a href="/provinces">Provinces</a></li>
<li><a href="/opinion">Opinion</a></li>
<li><a href="/subscribe" class="btn">Subscribe</a></li>
</ul></nav>
</header>
<main>
<article>
<p class="kicker">Arms exports</p>
<h1>Federal Court dismisses challenge to Saudi LAV export permits</h1>
<p class="byline">By <a href="/staff/m-lapointe">Marie Lapointe</a> &middot; <time datetime="2018-01-24T09:40:00-05:00">January 24, 2018</time></p>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<p>A Federal Court judge on Tuesday dismissed a challenge to the export permits for Canada's $15-billion sale of light armoured vehicles to Saudi Arabia, ruling that the foreign minister had been entitled to weigh the deal's economic and strategic benefits against the risk that the vehicles could be misused.</p>
<p>The case was brought by Daniel Turp, a law professor at the Universit&eacute; de Montr&eacute;al, who argued that St&eacute;phane Dion, then minister of foreign affairs, broke the Export and Import Permits Act when he approved the permits in April 2016 despite the kingdom's human rights record.</p>
<p>{s_contract}</p>
<p>{s_shipped}</p>
<p>Justice Richard Bell wrote that the court could not &ldquo;substitute its own assessment&rdquo; for the minister's, and that Mr. Dion had considered the relevant human rights reports before signing. &ldquo;Weighing is what the Act asks the minister to do,&rdquo; he wrote.</p>
<p>Mr. Turp's lawyers had pointed to videos posted in the summer of 2017 that appeared to show Canadian-made armoured vehicles being used by Saudi security forces in the eastern town of Awamiyah. A review by Global Affairs Canada found no conclusive evidence that the vehicles in the videos had been used to commit human rights violations, a finding Mr. Turp called &ldquo;willfully blind&rdquo;.</p>
<p>{s_train} The judge said the training records did not bear on whether the permits were lawful.</p>
<p>Mr. Turp said he would appeal. &ldquo;The law says the minister must deny a permit where there is a reasonable risk. The judge has turned that into a balancing act,&rdquo; he told reporters outside the courthouse in Ottawa.</p>
<p>A spokesperson for Foreign Affairs Minister Chrystia Freeland said the government would study the ruling and that new legislation to join the Arms Trade Treaty was before Parliament.</p>
<p>The NDP's foreign affairs critic, H&eacute;l&egrave;ne Laverdi&egrave;re, said the ruling showed that the law was too weak. &ldquo;If this permit can pass, any permit can pass,&rdquo; she said.</p>
</article>
<aside class="related">
<h2>Related</h2>
<ul>
<li><a href="/2017/08/ottawa-reviews-awamiyah-videos">Ottawa reviews Awamiyah videos</a></li>
<li><a href="/2017/11/arms-trade-treaty-bill">Arms Trade Treaty bill clears second reading</a></li>
<li><a href="/2017/06/london-ontario-plant-jobs">London, Ont., plant adds shift</a></li>
</ul>
</aside>
</main>
<footer>
<p>&copy; 2018 The Docket Media Inc. <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p>
<div id="cookie-banner">We use cookies. <button>OK</button></div>
</footer>
<script src="/static/js/app.js"></script>
</body>
</html>
"""

CAN, SAU = "CAN", "SAU"
EVENTS = [
    E("AGREE", "occurred",
      [P("Canadian Commercial Corporation", "organisation", CAN), P("Saudi Arabia", "country", SAU)],
      "2014", None, None, s_contract),
    E("TRANSFER", "occurred",
      [S("General Dynamics Land Systems-Canada", "company", CAN), S("Canada", "country", CAN),
       R("Saudi Arabia", "country", SAU)],
      None, None, "light armoured vehicles (LAVs)", s_shipped),
    E("TRAIN", "occurred",
      [P("General Dynamics Land Systems-Canada", "company", CAN), P("Saudi Arabian National Guard", "organisation", SAU)],
      "2017", L("London, Ontario", CAN), None, s_train),
]
