from common import E, P, S, R, L

META = {"url": "https://caucasusmonitor.example/2021/03/17/report-traces-weapons-karabakh-war",
        "title": "Report traces Israeli and Turkish weapons used in Karabakh war",
        "published": "2021-03-17", "source": "Caucasus Monitor"}

s_lead = ("A report published on Tuesday by the research group Arms Transparency Watch says that Azerbaijan's "
          "victory in last autumn's 44-day war was built on drones and munitions bought from Israel and Turkey "
          "over the previous decade, and calls on both suppliers to publish their export data.")
s_harop = ("Its researchers identified Harop loitering munitions made by Israel Aerospace Industries, which "
           "Azerbaijan first bought in 2016, and Bayraktar TB2 drones supplied by the Turkish firm Baykar, which "
           "Baku acquired in mid-2020.")
s_cluster = ("The report also documents the use of M095 cluster munitions made by Israel Military Industries, "
             "which, it says, were delivered to Azerbaijan in 2008 and 2009.")
s_wescam = ("Targeting sensors found on downed TB2s were made by L3Harris Wescam in Ontario and had been exported "
            "to Turkey for Baykar's drones; Canada suspended the export permits in October and cancelled them "
            "this month.")
s_arm = ("On the Armenian side, the authors found remains of Smerch rockets and of an Iskander missile, systems "
         "that Armenia received from Russia, which delivered the Iskanders in 2016 under a state loan.")
s_ex = ("The report says Turkish F-16 fighter jets that had taken part in the large joint Turkish-Azerbaijani "
        "exercises held in Azerbaijan last summer remained at Ganja airport during the war.")
s_flights = ("The authors also examined Armenian claims that Israel kept up deliveries during the fighting. "
             "Flight-tracking data show at least six cargo flights by Azerbaijani Il-76 aircraft between Israel's "
             "Ovda air base and Baku in October, but the report says their cargo \"could not be established\".")

TEXT = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Report traces Israeli and Turkish weapons used in Karabakh war - Caucasus Monitor</title>
<meta property="og:title" content="Report traces Israeli and Turkish weapons used in Karabakh war">
<meta property="article:published_time" content="2021-03-17T08:05:00+04:00">
<style>body{{font-family:Georgia,serif}} .nav li{{display:inline}}</style>
<script async src="https://ads.caucasusmonitor.example/loader.js"></script>
</head>
<body>
<div id="top"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/armenia">Armenia</a></li><li><a href="/azerbaijan">Azerbaijan</a></li><li><a href="/georgia">Georgia</a></li><li><a href="/analysis">Analysis</a></li><li><a href="/donate">Support us</a></li></ul></div>
<div class="container">
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/security">Security</a></div>
<h1 class="headline">Report traces Israeli and Turkish weapons used in Karabakh war</h1>
<div class="meta">17 March 2021, 08:05 &middot; by Anna Grigoryan and Rauf Mammadov</div>
<div class="body">
<p>{s_lead}</p>
<p>The authors examined debris, photographs and video from more than 300 strikes in and around Nagorno-Karabakh between September 27 and November 10. {s_harop}</p>
<p>&ldquo;The drones decided the war, and they came from two countries,&rdquo; said the report's lead author, Hannah Lehtinen.</p>
<p>The researchers say they matched fragments to specific weapons by their markings, by the shape of fins, warheads and motors, and by comparing video of strikes with manufacturers' own promotional footage. Where a weapon could not be identified with confidence, the report lists it as &ldquo;unattributed&rdquo;; about a third of the strikes examined fall into that category. The authors did not visit the front line and relied on material collected by journalists, local officials and open-source investigators on both sides.</p>
<p>&ldquo;We are not in a position to say who fired every round,&rdquo; Lehtinen said in an interview. &ldquo;What we can say is which systems were used, and where they were made. Once you know that, you can ask the suppliers what they knew about how they would be used.&rdquo;</p>
<p>{s_cluster} Human rights groups had earlier documented the use of cluster munitions by both sides, including in the Armenian-held town of Stepanakert and the Azerbaijani city of Barda. Israel's defence ministry did not respond to the findings.</p>
<p>{s_wescam}</p>
<p>{s_arm} The report found no evidence that the Iskanders had been used against military targets, as Yerevan claimed, and the Armenian prime minister has since faced criticism over the missiles' performance.</p>
<p>{s_ex} Armenia accused Turkey of using the jets in combat, including in the downing of an Armenian Su-25 on September 29. Ankara and Baku denied it, and the report says it found no evidence that the F-16s flew combat missions.</p>
<p>{s_flights}</p>
<p>Baykar did not respond to questions. The Turkish foreign ministry has previously said that its defence cooperation with Azerbaijan is &ldquo;in full conformity with international law&rdquo; and that Armenian claims of Turkish involvement in the fighting were &ldquo;propaganda&rdquo;. Israel's foreign ministry said it did not comment on defence exports.</p>
<p>The report ends with recommendations: that both Israel and Turkey join the Arms Trade Treaty and publish annual reports on their exports, that the companies carry out human rights due diligence, and that countries supplying components for drones review their licences. It also calls on the Armenian and Azerbaijani governments to hand over maps of areas contaminated by cluster munitions.</p>
<p>In Baku, a presidential adviser called the report &ldquo;one-sided&rdquo;, saying it ignored the origin of weapons used by Armenia. In Yerevan, the opposition said it showed how far the army had fallen behind, and demanded a parliamentary inquiry into arms purchases since 2016.</p>
</div>
<div class="tags">Tags: <a href="/tag/arms">arms trade</a> <a href="/tag/karabakh">Karabakh</a> <a href="/tag/drones">drones</a></div>
<div class="related"><h3>Read also</h3>
<ul><li><a href="/2021/02/ceasefire-monitoring-centre">Russian-Turkish monitoring centre opens in Aghdam</a></li>
<li><a href="/2021/01/armenia-defence-budget">Armenia plans to raise defence spending</a></li></ul></div>
</div>
<footer><p>Caucasus Monitor is an independent, reader-funded outlet. &copy; 2021</p><p><a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""

AZE, ISR, TUR, RUS, ARM, CAN = "AZE", "ISR", "TUR", "RUS", "ARM", "CAN"
EVENTS = [
    E("TRANSFER", "occurred",
      [S("Israel Aerospace Industries", "company", ISR), R("Azerbaijan", "country", AZE)],
      "2016", None, "Harop loitering munitions", s_harop),
    E("TRANSFER", "occurred",
      [S("Baykar", "company", TUR), R("Azerbaijan", "country", AZE)],
      "2020", None, "Bayraktar TB2 drones", s_harop),
    E("TRANSFER", "occurred",
      [S("Israel Military Industries", "company", ISR), R("Azerbaijan", "country", AZE)],
      None, None, "M095 cluster munitions", s_cluster),
    E("TRANSFER", "occurred",
      [S("L3Harris Wescam", "company", CAN), R("Turkey", "country", TUR)],
      None, None, "targeting sensors for Baykar drones", s_wescam),
    E("TRANSFER", "occurred",
      [S("Russia", "country", RUS), R("Armenia", "country", ARM)],
      "2016", None, "Smerch rockets and Iskander missiles", s_arm),
    E("EXERCISE", "occurred",
      [P("Turkey", "country", TUR), P("Azerbaijan", "country", AZE)],
      "2020", L("Azerbaijan", AZE), None, s_ex),
    E("COOPERATE", "occurred",
      [P("Turkey", "country", TUR), P("Azerbaijan", "country", AZE)],
      "2020", L("Ganja airport", AZE), "Turkish F-16s stationed at Ganja", s_ex, optional=True),
]
