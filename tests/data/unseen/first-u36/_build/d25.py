from common import E, P, S, R, L

META = {"url": "https://balkaninsightwire.example/en/serbia/2024/09/11/assembly-rafale-debate-ammunition-row",
        "title": "Assembly debate on Rafale deal turns into row over ammunition claims",
        "published": "2024-09-11", "source": "Balkan Insight Wire"}

s_contract = ("The contract with Dassault Aviation was signed in Belgrade on August 29 during a state visit by "
              "French President Emmanuel Macron, who held talks with President Aleksandar Vu\u010di\u0107 the "
              "same day.")
s_deliv = "Deliveries of the 12 jets are due to begin in 2028."
s_fk3 = ("Pro-Russian deputies pointed out that Serbia had also bought the Chinese FK-3 air defence system, "
         "which was flown to Belgrade by six Chinese Air Force Y-20 transport planes in April 2022.")
s_drones = "Serbia also operates CH-92A combat drones bought from China."
s_ex_hist = ("Before the moratorium, Serbia regularly drilled with both NATO members and Russia, including the "
             "annual Slavic Brotherhood exercise with Russian and Belarusian paratroopers.")

TEXT = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Assembly debate on Rafale deal turns into row over ammunition claims | Balkan Insight Wire</title>
<meta name="robots" content="index,follow">
<script>
  (function(){{var s=document.createElement('script');s.src='/js/consent.js';document.head.appendChild(s);}})();
</script>
</head>
<body>
<nav class="top"><a href="/en">Home</a> <a href="/en/serbia">Serbia</a> <a href="/en/bosnia">Bosnia</a> <a href="/en/kosovo">Kosovo</a> <a href="/en/montenegro">Montenegro</a> <a href="/en/north-macedonia">North Macedonia</a> <a href="/en/investigations">Investigations</a> <a href="/sr">SR</a></nav>
<div class="page">
<article>
<header>
<h1>Assembly debate on Rafale deal turns into row over ammunition claims</h1>
<p class="meta">Belgrade | 11 September 2024 | Jelena Nikoli&#263;</p>
</header>
<p>Opposition deputies in Serbia's National Assembly on Tuesday demanded a full accounting of the 2.7 billion euro purchase of 12 Rafale fighter jets from France, saying parliament had been asked to approve the money without seeing the contract.</p>
<p>{s_contract} {s_deliv}</p>
<p>Deputies of the Green-Left Front said the government had committed more than a year's defence budget &quot;by a press conference&quot;. Defence Minister Bratislav Ga&scaron;i&#263; replied that the terms were confidential under the agreement with France, as they were in every country that had bought the aircraft.</p>
<p>The opposition also demanded an inquiry into a British newspaper's report that Serbian-made ammunition worth some 800 million euros had reached Ukraine through third countries. Ga&scaron;i&#263; told deputies that Serbia had &quot;never sold a single bullet to Ukraine or Russia&quot; and that the report's figures were &quot;invented&quot;. He said that what buyers did with legally exported goods was not Serbia's responsibility, and that no Serbian agency had been able to confirm the claims.</p>
<p>{s_fk3} {s_drones} They said the Rafale purchase showed the government was &quot;turning West without telling the voters&quot;.</p>
<p>Serbia has held no military exercises with foreign armies since the government imposed a moratorium in 2022, and Ga&scaron;i&#263; said it would remain in place. {s_ex_hist}</p>
<p>The assembly is due to vote on the budget revision on Friday.</p>
</article>
<aside><h4>Most read</h4><ol><li>Lithium protest draws thousands in Belgrade</li><li>Kosovo closes Serb-run offices</li><li>EXPO 2027 contracts questioned</li></ol></aside>
</div>
<footer><small>&copy; 2024 Balkan Insight Wire. Cookies help us deliver our services.</small></footer>
</body>
</html>
"""

SRB, FRA, CHN, RUS, BLR = "SRB", "FRA", "CHN", "RUS", "BLR"
EVENTS = [
    E("AGREE", "occurred",
      [P("Serbia", "country", SRB), P("Dassault Aviation", "company", FRA)],
      "2024-08-29", L("Belgrade", SRB), "contract for 12 Rafale fighters", s_contract),
    E("MEET", "occurred",
      [P("Emmanuel Macron", "person", FRA, title="President"),
       P("Aleksandar Vu\u010di\u0107", "person", SRB, title="President")],
      "2024-08-29", L("Belgrade", SRB), None, s_contract),
    E("TRANSFER", "planned",
      [S("France", "country", FRA), S("Dassault Aviation", "company", FRA), R("Serbia", "country", SRB)],
      "2028", None, "12 Rafale fighter jets", s_deliv),
    E("TRANSFER", "occurred",
      [S("Chinese Air Force", "organisation", CHN), S("China", "country", CHN), R("Serbia", "country", SRB)],
      "2022-04", L("Belgrade", SRB), "FK-3 air defence system", s_fk3),
    E("TRANSFER", "occurred",
      [S("China", "country", CHN), R("Serbia", "country", SRB)],
      None, None, "CH-92A combat drones", s_drones, optional=True),
    E("EXERCISE", "occurred",
      [P("Serbia", "country", SRB), P("Russia", "country", RUS), P("Belarus", "country", BLR)],
      None, None, "Slavic Brotherhood", s_ex_hist, optional=True),
]
