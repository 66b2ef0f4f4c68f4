from lib import *

# ---------- u45-19 scraped, published null, Irish-Polish battalion
t = """WESTERN COURIER
Home | News | Sport | Business | Farming | Opinion | Death notices
Galway 9°C Showers

Friday, 22 November 2019

Irish-Polish battalion takes over in south Lebanon

Ireland and Poland's new joint battalion took over its area of operations in UNIFIL's Sector West on Tuesday, relieving the Finnish-Irish battalion that had held it for more than a year.

About 340 members of the Defence Forces' 114th Infantry Battalion, including some 40 soldiers from the Western Brigade in Athlone, and a mechanised company of 230 Polish troops now man the posts around Camp Shamrock near Tibnin, under the command of Lieutenant Colonel Kieran O'Dowd.

The Finnish contingent, which included a platoon of Estonian soldiers, handed over the camp at a short ceremony before flying home from Beirut.

Ireland and Poland agreed in 2018 to form the battalion under a technical arrangement signed by their chiefs of defence in Warsaw. Hungary is expected to add a platoon next year.

Lt Col O'Dowd said the two contingents had trained together for two weeks in the Glen of Imaal before deploying. "The language of the battalion is English, but the Poles have already taught us a few words," he said.

Irish troops have served with UNIFIL since 1978, and 47 members of the Defence Forces have died on service in Lebanon.

MORE NEWS
Council approves plans for new Salthill promenade
Ballinasloe fair draws record crowds
County final fixed for Pearse Stadium

Share this story:  Facebook  Twitter  Email
"""
ev1 = "Ireland and Poland's new joint battalion took over its area of operations in UNIFIL's Sector West on Tuesday, relieving the Finnish-Irish battalion that had held it for more than a year."
ev2 = "About 340 members of the Defence Forces' 114th Infantry Battalion, including some 40 soldiers from the Western Brigade in Athlone, and a mechanised company of 230 Polish troops now man the posts around Camp Shamrock near Tibnin, under the command of Lieutenant Colonel Kieran O'Dowd."
write("u45-19","https://westerncourier.example/news/irish-polish-battalion-takes-over-south-lebanon",
      "Irish-Polish battalion takes over in south Lebanon",None,"Western Courier",t,[
 E("DEPLOY","occurred",[C("Ireland","IRL"),P("Kieran O'Dowd","IRL","Lieutenant Colonel, commander of the 114th Infantry Battalion"),I("UNIFIL","UN")],"2019-11-19",("Sector West","LBN"),ev1),
 E("DEPLOY","occurred",[C("Poland","POL"),I("UNIFIL","UN")],"2019-11-19",("Sector West","LBN"),ev1),
 E("DEPLOY","occurred",[O("Finnish contingent","FIN"),I("UNIFIL","UN")],"2019-11",("Camp Shamrock","LBN"),
   "The Finnish contingent, which included a platoon of Estonian soldiers, handed over the camp at a short ceremony before flying home from Beirut."),
 E("DEPLOY","occurred",[O("platoon of Estonian soldiers","EST"),I("UNIFIL","UN")],"2019-11",("Camp Shamrock","LBN"),
   "The Finnish contingent, which included a platoon of Estonian soldiers, handed over the camp at a short ceremony before flying home from Beirut."),
 E("AGREE","occurred",[C("Ireland","IRL"),C("Poland","POL")],"2018",("Warsaw","POL"),
   "Ireland and Poland agreed in 2018 to form the battalion under a technical arrangement signed by their chiefs of defence in Warsaw.",opt=True),
 E("DEPLOY","planned",[C("Hungary","HUN"),I("UNIFIL","UN")],"2020",("Lebanon","LBN"),"Hungary is expected to add a platoon next year."),
 E("EXERCISE","occurred",[C("Ireland","IRL"),C("Poland","POL")],None,("Glen of Imaal","IRL"),
   "Lt Col O'Dowd said the two contingents had trained together for two weeks in the Glen of Imaal before deploying."),
])

# ---------- u45-20 html table UNFICYP
h = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Sixty years on the Green Line: who keeps the peace in Cyprus</title>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-04"}</script>
<style>table{border-collapse:collapse} td,th{padding:4px}</style>
</head>
<body>
<div class="topbar">Nicosia 17&deg;C &middot; EUR/USD 1.0843 &middot; <a href="/login">Sign in</a></div>
<nav><a href="/">Front page</a> <a href="/cyprus">Cyprus</a> <a href="/world">World</a> <a href="/defence">Defence</a> <a href="/opinion">Opinion</a></nav>
<article>
<h1>Sixty years on the Green Line: who keeps the peace in Cyprus</h1>
<p class="by">By Eleni Charalambous | 4 March 2024</p>
<p>The UN Peacekeeping Force in Cyprus (UNFICYP) was created by the Security Council sixty years ago today, and its blue-bereted soldiers still patrol the 180-kilometre buffer zone that divides the island.</p>
<p>The first contingents, from Austria, Canada, Denmark, Finland, Ireland, Sweden and the United Kingdom, arrived in the spring of 1964. Most of them left decades ago.</p>
<p>Today the force has about 800 troops. The buffer zone is divided into three sectors: Sector 1 in the west is run by Argentina, whose task force also includes soldiers from Chile, Paraguay and Brazil; Sector 2 around Nicosia by the United Kingdom; and Sector 4 in the east by Slovakia, with Hungarian and Serbian troops.</p>
<table class="tcc">
<caption>Troop contributors to UNFICYP (military personnel, January 2024)</caption>
<thead><tr><th>Country</th><th>Troops</th></tr></thead>
<tbody>
<tr><td>United Kingdom</td><td>255</td></tr>
<tr><td>Argentina</td><td>247</td></tr>
<tr><td>Slovakia</td><td>240</td></tr>
<tr><td>Paraguay</td><td>14</td></tr>
<tr><td>Hungary</td><td>12</td></tr>
<tr><td>Serbia</td><td>8</td></tr>
<tr><td>Chile</td><td>6</td></tr>
<tr><td>Brazil</td><td>2</td></tr>
</tbody>
</table>
<p class="source">Source: UN Department of Peace Operations</p>
<p>The Security Council renewed the mission's mandate in January for another year. Talks on reunifying the island have been stalled since 2017.</p>
<p>&ldquo;Every summer there are incidents over farming or construction in the buffer zone,&rdquo; said a British officer serving in Sector 2. &ldquo;Most of our work is making sure they stay small.&rdquo;</p>
</article>
<div class="share">Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<footer>Cookie settings | Terms of use | &copy; 2024 Island Observer</footer>
</body>
</html>
"""
ev_s = "Today the force has about 800 troops. The buffer zone is divided into three sectors: Sector 1 in the west is run by Argentina, whose task force also includes soldiers from Chile, Paraguay and Brazil; Sector 2 around Nicosia by the United Kingdom; and Sector 4 in the east by Slovakia, with Hungarian and Serbian troops."
rows = [("United Kingdom","GBR","255"),("Argentina","ARG","247"),("Slovakia","SVK","240"),("Paraguay","PRY","14"),("Hungary","HUN","12"),("Serbia","SRB","8"),("Chile","CHL","6"),("Brazil","BRA","2")]
evs = [E("DEPLOY","occurred",[C(n,c),I("UNFICYP","UN")],None,("Cyprus","CYP"),f"{n} {k}") for n,c,k in rows]
write("u45-20","https://islandobserver.example/cyprus/2024/03/04/sixty-years-green-line-unficyp",
      "Sixty years on the Green Line: who keeps the peace in Cyprus","2024-03-04","Island Observer",h,evs,html=True)
