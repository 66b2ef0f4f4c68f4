from lib import P, L, E

DOC = {
    "id": "u37-20",
    "url": "https://induscourier.example/national/2018/08/25/pakistani-indian-troops-sco-peace-mission-2018",
    "title": "Pakistani, Indian troops train together in SCO's Peace Mission 2018",
    "published": "2018-08-25",
    "source": "Indus Courier",
    "text": """<html>
<head>
<meta charset="utf-8">
<title>Pakistani, Indian troops train together in SCO's Peace Mission 2018 - Indus Courier</title>
<meta name="robots" content="index,follow">
<link rel="stylesheet" href="https://induscourier.example/wp-content/themes/courier/style.css?ver=4.9.8">
<script type='text/javascript' src='https://induscourier.example/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
<script>
  (function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)}})(window,document,'script','//www.google-analytics.com/analytics.js','ga');
  ga('create', 'UA-55410-2', 'auto'); ga('send', 'pageview');
</script>
</head>
<body class="post-template-default single single-post">
<div class="top-strip">
<span>Saturday, August 25, 2018</span>
<span>Islamabad 31&deg;C | Karachi 32&deg;C | Lahore 34&deg;C</span>
<span>KSE-100: 42,446.32</span>
</div>
<div class="masthead"><a href="/"><img src="/logo.png" alt="Indus Courier"></a></div>
<ul class="menu">
<li><a href="/">Home</a></li><li><a href="/national">National</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sports">Sports</a></li><li><a href="/editorial">Editorial</a></li><li><a href="/epaper">E-Paper</a></li>
</ul>
<div class="container">
<div class="post-content">
<h1 class="post-title">Pakistani, Indian troops train together in SCO's Peace Mission 2018</h1>
<p class="post-meta">Our Correspondent &nbsp;|&nbsp; August 25, 2018 &nbsp;|&nbsp; <a href="#comments">0 Comments</a></p>
<p><img src="/wp-content/uploads/2018/08/peace-mission-chebarkul.jpg" alt="Troops at Chebarkul"><br><em>Troops line up at the opening ceremony at Chebarkul. &ndash; Photo courtesy ISPR</em></p>
<p>ISLAMABAD: Troops from Pakistan and India are taking part in the same military exercise for the first time, as the Shanghai Cooperation Organisation's counter-terrorism drill Peace Mission 2018 continues at the Chebarkul training ground in Russia's Chelyabinsk region.</p>
<p>The exercise, which began on Wednesday and will end on August 29, involves about 3,000 troops from Russia, China, Pakistan, India and the Central Asian member states of the SCO, according to the Inter-Services Public Relations (ISPR).</p>
<p>It is being directed by Colonel General Alexander Lapin, commander of Russia's Central Military District, and its scenario involves the planning and conduct of a joint operation to destroy illegal armed groups in a mountainous area.</p>
<p>Pakistan is represented by a contingent of 110 troops from the Pakistan Army and a detachment of the Pakistan Air Force. India sent about 200 soldiers, mainly from the Rajput Regiment, and a detachment of the Indian Air Force.</p>
<p>Uzbekistan, which has not joined the drill, has sent officers to follow it as observers.</p>
<p>The two countries joined the SCO as full members in June last year. Officials said troops of the two contingents had shared meals and played a friendly volleyball match during a break in the training.</p>
<p>SCO defence ministers agreed on the exercise at their meeting in Beijing in April, where Chinese Defence Minister Wei Fenghe said the SCO should deepen cooperation against terrorism.</p>
<p>Pakistan and Russia will also hold their third joint exercise, Druzhba-III, in Pakistan in October, the ISPR said.</p>
<p>The Pakistani contingent will return home after the closing ceremony.</p>
<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">WhatsApp</a></li></ul></div>
</div>
<div class="sidebar">
<h4>Latest News</h4>
<ul>
<li><a href="/national/2018/08/24/pm-imran-khan-chairs-cabinet-meeting">PM Imran Khan chairs second cabinet meeting</a></li>
<li><a href="/national/2018/08/24/navy-commissions-new-fast-attack-craft">Navy commissions new fast attack craft built in China</a></li>
<li><a href="/sports/2018/08/24/asian-games-hockey">Asian Games: Pakistan thrash Thailand in hockey</a></li>
</ul>
</div>
</div>
<div class="footer">Copyright &copy; 2018 Indus Courier. All rights reserved. <a href="/privacy-policy">Privacy Policy</a> | <a href="/contact">Contact Us</a></div>
<script type='text/javascript' src='https://induscourier.example/wp-includes/js/wp-embed.min.js?ver=4.9.8'></script>
</body>
</html>
""",
}

CHEB = L("Chebarkul training ground, Chelyabinsk region", "RUS")

EVENTS = [
    E("EXERCISE", "occurred", [
        P("Shanghai Cooperation Organisation", "igo", "SCO"),
        P("Russia", "country", "RUS"),
        P("China", "country", "CHN"),
        P("Pakistan", "country", "PAK"),
        P("India", "country", "IND"),
        P("Alexander Lapin", "person", "RUS", title="commander of Russia's Central Military District")],
      "2018-08", CHEB, None,
      "The exercise, which began on Wednesday and will end on August 29, involves about 3,000 troops from Russia, China, Pakistan, India and the Central Asian member states of the SCO, according to the Inter-Services Public Relations (ISPR)."),
    E("EXERCISE", "occurred", [
        P("Uzbekistan", "country", "UZB"),
        P("SCO", "igo", "SCO")],
      "2018-08", CHEB, None,
      "Uzbekistan, which has not joined the drill, has sent officers to follow it as observers.",
      optional=True),
    E("MEET", "occurred", [
        P("SCO defence ministers", "igo", "SCO"),
        P("Wei Fenghe", "person", "CHN", title="Chinese Defence Minister")],
      "2018-04", L("Beijing", "CHN"), None,
      "SCO defence ministers agreed on the exercise at their meeting in Beijing in April, where Chinese Defence Minister Wei Fenghe said the SCO should deepen cooperation against terrorism.",
      optional=True),
    E("EXERCISE", "planned", [
        P("Pakistan", "country", "PAK"),
        P("Russia", "country", "RUS")],
      "2018-10", L("Pakistan", "PAK"), None,
      "Pakistan and Russia will also hold their third joint exercise, Druzhba-III, in Pakistan in October, the ISPR said."),
] + [
    E("COOPERATE", "occurred", [P(n, "country", c), P("SCO", "igo", "SCO")], "2017-06", None, None,
      "The two countries joined the SCO as full members in June last year.", optional=True)
    for n, c in [("Pakistan", "PAK"), ("India", "IND")]
]
