from lib import *

# ---------- u45-16 html ECOWAS
h = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>ECOWAS summit approves stabilisation force for Guinea-Bissau, extends ECOMIG</title>
<link rel="stylesheet" href="/css/theme.min.css">
<script>var _paq=_paq||[];_paq.push(['trackPageView']);</script>
</head>
<body>
<header class="masthead"><a href="/" class="logo">West Africa Monitor</a>
<nav><a href="/politics">Politics</a> | <a href="/security">Security</a> | <a href="/economy">Economy</a> | <a href="/regional-bodies">Regional bodies</a> | <a href="/fr">FR</a></nav>
<div class="ticker">Breaking: Fuel queues return in Lagos &bull; Cedi slips against the dollar &bull; CAN 2021: Senegal into quarter-finals</div>
</header>
<section class="article">
<h1>ECOWAS summit approves stabilisation force for Guinea-Bissau, extends ECOMIG</h1>
<div class="byline">By Kofi Mensah-Bonsu &middot; 4 February 2022</div>
<div class="social">Share <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
<p>ACCRA &ndash; West African leaders meeting in Accra on Thursday decided to send a stabilisation support mission to Guinea-Bissau, two days after gunmen attacked the Government Palace in Bissau in what President Umaro Sissoco Embal&oacute; described as a failed coup.</p>
<p>The extraordinary summit of the ECOWAS Authority of Heads of State and Government also reviewed the transitions in Mali, Guinea and Burkina Faso, and maintained the sanctions imposed on Bamako last month.</p>
<p>According to the final communiqu&eacute;, the Guinea-Bissau mission will have 631 troops and police officers. Officials said Nigeria, Senegal, C&ocirc;te d&rsquo;Ivoire and Ghana would provide the contingents, with the first elements expected in Bissau within weeks.</p>
<p>The ECOWAS Commission was asked to conclude a status-of-forces agreement with the Government of Guinea-Bissau before the troops arrive.</p>
<p>The summit also extended the mandate of the ECOWAS Mission in The Gambia (ECOMIG) for another year, to December 2022, at the request of the Gambian government. ECOMIG, deployed in January 2017 after former President Yahya Jammeh refused to accept his election defeat, is made up of troops from Senegal, Nigeria and Ghana.</p>
<p>The bloc's previous mission in Guinea-Bissau, ECOMIB, withdrew in 2020 after eight years in the country.</p>
<p>The Commission president said the new force would &ldquo;protect state institutions and support the reform of the security sector&rdquo;, but gave no timetable for its departure.</p>
</section>
<aside><h4>Most read</h4><ol><li>Mali junta expels French ambassador</li><li>Nigeria, Niger armies hold joint border patrol</li><li>Burkina Faso: what next after the coup?</li></ol></aside>
<footer>&copy; 2022 West Africa Monitor &middot; About &middot; Advertise &middot; Cookie policy</footer>
</body>
</html>
"""
ev = "Officials said Nigeria, Senegal, Côte d’Ivoire and Ghana would provide the contingents, with the first elements expected in Bissau within weeks."
evs = [E("DEPLOY","planned",[C(n,c),I("ECOWAS","ECOWAS")],None,("Guinea-Bissau","GNB"),ev) for n,c in
       [("Nigeria","NGA"),("Senegal","SEN"),("Côte d’Ivoire","CIV"),("Ghana","GHA")]]
evs.append(E("AGREE","planned",[I("ECOWAS Commission","ECOWAS"),O("Government of Guinea-Bissau","GNB")],None,None,
   "The ECOWAS Commission was asked to conclude a status-of-forces agreement with the Government of Guinea-Bissau before the troops arrive."))
ev2 = "ECOMIG, deployed in January 2017 after former President Yahya Jammeh refused to accept his election defeat, is made up of troops from Senegal, Nigeria and Ghana."
evs += [E("DEPLOY","occurred",[C(n,c),I("ECOMIG","ECOWAS")],None,("The Gambia","GMB"),ev2) for n,c in
       [("Senegal","SEN"),("Nigeria","NGA"),("Ghana","GHA")]]
evs.append(E("COOPERATE","occurred",[I("ECOWAS","ECOWAS"),C("The Gambia","GMB")],"2022-02-03",("Accra","GHA"),
   "The summit also extended the mandate of the ECOWAS Mission in The Gambia (ECOMIG) for another year, to December 2022, at the request of the Gambian government.",opt=True))
write("u45-16","https://westafricamonitor.example/regional-bodies/ecowas-summit-guinea-bissau-force-ecomig",
      "ECOWAS summit approves stabilisation force for Guinea-Bissau, extends ECOMIG","2022-02-04","West Africa Monitor",h,evs,html=True)

# ---------- u45-17 scraped, commander appointed
t = """GLOBAL DEFENCE DIGEST
Menu  Search  Newsletter  Log in

Home > Peacekeeping > Africa

Brazilian general to command UN force in DR Congo

07 Nov 2018 | Staff writer | 2 min read

UN Secretary-General António Guterres on Tuesday appointed Lieutenant General Ricardo Augusto Nogueira of Brazil as Force Commander of the UN Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO).

Nogueira succeeds Lieutenant General Thabo Mokoena of South Africa, who completes his assignment at the end of the month.

He takes charge of some 16,000 troops, including the Force Intervention Brigade, whose battalions come from South Africa, Tanzania and Malawi and which is mandated to carry out offensive operations against armed groups in the east.

Brazil led the military component of the UN Stabilization Mission in Haiti (MINUSTAH) from 2004 until the mission closed in 2017.

Before his appointment, Nogueira headed the Brazilian Army's Joint Peace Operations Training Centre in Rio de Janeiro.

Tags: MONUSCO, Brazil, UN appointments
Share  |  Print  |  Comments (0)

You may also like:
> Tanzanian peacekeepers killed in Beni attack laid to rest
> India, France sign logistics support pact
"""
ev_f = "He takes charge of some 16,000 troops, including the Force Intervention Brigade, whose battalions come from South Africa, Tanzania and Malawi and which is mandated to carry out offensive operations against armed groups in the east."
evs = [
 E("DEPLOY","occurred",[P("António Guterres","UN","UN Secretary-General"),P("Ricardo Augusto Nogueira","UN","Force Commander of MONUSCO"),C("Brazil","BRA"),I("MONUSCO","UN")],"2018-11-06",None,
   "UN Secretary-General António Guterres on Tuesday appointed Lieutenant General Ricardo Augusto Nogueira of Brazil as Force Commander of the UN Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO)."),
 E("DEPLOY","occurred",[P("Thabo Mokoena","UN","Force Commander of MONUSCO"),C("South Africa","ZAF"),I("MONUSCO","UN")],None,None,
   "Nogueira succeeds Lieutenant General Thabo Mokoena of South Africa, who completes his assignment at the end of the month.",opt=True),
]
evs += [E("DEPLOY","occurred",[C(n,c),I("MONUSCO","UN")],None,("Democratic Republic of the Congo","COD"),ev_f) for n,c in
        [("South Africa","ZAF"),("Tanzania","TZA"),("Malawi","MWI")]]
evs.append(E("DEPLOY","occurred",[C("Brazil","BRA"),I("MINUSTAH","UN")],"2004",("Haiti","HTI"),
   "Brazil led the military component of the UN Stabilization Mission in Haiti (MINUSTAH) from 2004 until the mission closed in 2017.",opt=True))
write("u45-17","https://globaldefencedigest.example/peacekeeping/africa/brazilian-general-to-command-monusco",
      "Brazilian general to command UN force in DR Congo","2018-11-07","Global Defence Digest",t,evs)

# ---------- u45-18 clean, mandate debated not renewed, no events
t = """UN Council splits over Abyei force as mandate deadline nears

NEW YORK, Oct 29 (Eurowire) - The UN Security Council failed on Wednesday to agree on the future of the peacekeeping force in the disputed Abyei area, postponing a vote on a draft resolution that would have cut the mission's troop ceiling by a third.

The penholder's draft, circulated last week, proposed reducing the authorised strength of the UN Interim Security Force for Abyei (UNISFA) from about 3,250 to 2,200 troops and asking the Secretary-General to prepare options for a phased drawdown. Several members objected that a cut would leave civilians exposed while fighting between the army and the Rapid Support Forces continues across the border in Sudan.

"This is not the moment to send a signal of retreat," one African diplomat said after closed consultations. Another Council diplomat said the text "does not have nine votes as it stands".

The current mandate expires on 15 November. Diplomats said a short technical rollover was being discussed but that no text had been agreed, and the mission's planners have been told to prepare for every scenario.

Neither Sudan nor South Sudan, which both claim Abyei, has asked the mission to leave. Local leaders in the area have warned that a reduction would be "a gift to the militias".

The Council will resume its consultations next week.
"""
write("u45-18","https://eurowire.example/2025/10/30/un-council-splits-over-abyei-force",
      "UN Council splits over Abyei force as mandate deadline nears","2025-10-30","Eurowire",t,[])
