from lib import doc, E, P, S, R, L

# ---------------------------------------------------------------- u41-07 clean, Africa, no event
doc("u41-07", "https://highveldpost.example/news/defence/army-to-overhaul-olifant-tanks-in-own-workshops",
    "Army to overhaul Olifant tanks in its own workshops", "2021-08-12", "The Highveld Post", """
Army to overhaul Olifant tanks in its own workshops

PRETORIA — The South African Army will refurbish 26 of its Olifant Mk2 main battle tanks in its own workshops rather than hand the work to a contractor, the Department of Defence said on Wednesday, in a move it says will save money and keep scarce skills inside the force.

The tanks, which equip the School of Armour in Bloemfontein and 1 Special Service Battalion, have suffered for years from a shortage of spares. Army officers told Parliament's defence committee last year that fewer than a third of the fleet could be driven out of the hangar on a given day.

Under the plan, the army's main vehicle workshop in Pretoria will replace power packs, rebuild gearboxes and overhaul the fire-control systems over four years. The department said parts would come from South African suppliers wherever possible and that the R380 million cost would be met from the army's existing allocation.

"We have the people who know these vehicles. What we have not had is the money and the decision to let them do the job," a senior army officer said.

A plan to replace the tanks or to refurbish them through an industry partner was shelved in 2019 after the defence budget was cut for a third year running.

The Olifant, the army's only main battle tank, was last upgraded in the early 2000s and is now expected to remain in service until at least 2035.

Defence analyst Themba Khumalo said doing the work in-house was "the cheapest option and probably the only realistic one", but warned that the army's workshops were themselves short of artisans. "If the engineers leave halfway through, the tanks will sit in pieces," he said.

The first refurbished tanks are due back with their units in 2023.
""", [])

# ---------------------------------------------------------------- u41-08 html, Africa, peacekeeping
doc("u41-08", "https://zambiaarmy-news.example/2019/06/14/british-team-wraps-up-zambatt-6-training",
    "British training team wraps up pre-deployment course for ZAMBATT-6", "2019-06-14", "Zambia Army News", """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>British training team wraps up pre-deployment course for ZAMBATT-6 &#8211; Zambia Army News</title>
<meta name="generator" content="WordPress 5.2.1">
<link rel="stylesheet" id="theme-css" href="/wp-content/themes/army/style.css" type="text/css" media="all">
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.js"></script>
<style>.post-meta{color:#777;font-size:12px}</style>
</head>
<body class="post-template-default single single-post">
<div id="masthead">
<div class="site-title"><a href="/">Zambia Army News</a></div>
<div class="site-description">Official news of the Zambia Army</div>
<ul class="menu">
<li><a href="/">Home</a></li><li><a href="/category/news/">News</a></li><li><a href="/category/peacekeeping/">Peacekeeping</a></li><li><a href="/category/sports/">Sports</a></li><li><a href="/gallery/">Gallery</a></li><li><a href="/contact/">Contact Us</a></li>
</ul>
</div>
<div id="content">
<div class="post">
<h1 class="entry-title">British training team wraps up pre-deployment course for ZAMBATT-6</h1>
<div class="post-meta">Posted on 14/06/2019 by Army Public Relations | <a href="/category/peacekeeping/">Peacekeeping</a></div>
<div class="entry-content">
<p>A 12-member British Army Short Term Training Team today completed a six-week pre-deployment training package for the Zambia Army battalion that is to relieve ZAMBATT-5 in the Central African Republic.</p>
<p>The team, drawn from the British Peace Support Team (Africa), trained more than 750 officers and soldiers of the battalion at Kalewa Barracks in Ndola. The package covered the protection of civilians, convoy escort, counter-improvised explosive device drills, first aid and the conduct of patrols in populated areas.</p>
<p>Speaking at the closing ceremony, Zambia Army Commander Lieutenant General Paul Mwansa thanked the British Government for its continued support to the Zambia Army and urged the troops to uphold discipline throughout their tour of duty.</p>
<p>The British Defence Adviser in Lusaka, Lieutenant Colonel James Whitfield, handed over 40 metal detectors, 60 sets of night-vision goggles and 200 first-aid kits to the battalion.</p>
<p>&#8220;The soldiers we have trained here are as well prepared as any battalion I have seen,&#8221; Lt Col Whitfield said.</p>
<p>ZAMBATT-6, which numbers 750 troops, will deploy to the Central African Republic in July as part of the United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA).</p>
<p>Zambia has contributed troops to MINUSCA since 2015. Earlier rotations were prepared with the help of the United States' Africa Contingency Operations Training and Assistance programme.</p>
<p>After the ceremony, the Army Commander held talks at Army Headquarters in Lusaka with the Commander of the British Peace Support Team (Africa), Colonel Andrew Mallory, on extending the training programme to the Zambia Army's engineer and medical units.</p>
</div>
<div class="sharedaddy"><h3>Share this:</h3><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
<div class="post-nav">&laquo; <a href="#">Army Commander commissions new officers&#8217; mess at Arakan Barracks</a> | <a href="#">Green Buffaloes edge Zesco United in Super League</a> &raquo;</div>
</div>
<div id="sidebar">
<h3>Recent Posts</h3>
<ul><li><a href="#">Recruits pass out at Kohima Barracks</a></li><li><a href="#">Army holds health walk in Lusaka</a></li><li><a href="#">ZAMBATT-5 receives UN medals</a></li></ul>
<h3>Archives</h3><ul><li><a href="#">June 2019</a></li><li><a href="#">May 2019</a></li></ul>
</div>
</div>
<div id="footer">Copyright &copy; 2019 Zambia Army. Powered by WordPress.</div>
</body>
</html>
""", [
    E("TRAIN", "occurred",
      [P("British Army Short Term Training Team", "organisation", "GBR"), P("Zambia Army", "organisation", "ZMB")],
      "2019-06-14", L("Kalewa Barracks, Ndola", "ZMB"), None,
      "A 12-member British Army Short Term Training Team today completed a six-week pre-deployment training package for the Zambia Army battalion that is to relieve ZAMBATT-5 in the Central African Republic."),
    E("TRANSFER", "occurred",
      [S("James Whitfield", "person", "GBR", "Lieutenant Colonel, British Defence Adviser in Lusaka"),
       S("United Kingdom", "country", "GBR"), R("ZAMBATT-6", "organisation", "ZMB")],
      "2019-06-14", L("Kalewa Barracks, Ndola", "ZMB"), "metal detectors, night-vision goggles and first-aid kits",
      "The British Defence Adviser in Lusaka, Lieutenant Colonel James Whitfield, handed over 40 metal detectors, 60 sets of night-vision goggles and 200 first-aid kits to the battalion."),
    E("DEPLOY", "planned",
      [P("ZAMBATT-6", "organisation", "ZMB"), P("MINUSCA", "igo", "UN")],
      "2019-07", L("Central African Republic", "CAF"), None,
      "ZAMBATT-6, which numbers 750 troops, will deploy to the Central African Republic in July as part of the United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA)."),
    E("DEPLOY", "occurred",
      [P("Zambia", "country", "ZMB"), P("MINUSCA", "igo", "UN")],
      None, L("Central African Republic", "CAF"), None,
      "Zambia has contributed troops to MINUSCA since 2015.", optional=True),
    E("TRAIN", "occurred",
      [P("United States", "country", "USA"), P("Zambia", "country", "ZMB")],
      None, None, None,
      "Earlier rotations were prepared with the help of the United States' Africa Contingency Operations Training and Assistance programme.",
      optional=True),
    E("MEET", "occurred",
      [P("Paul Mwansa", "person", "ZMB", title="Lieutenant General, Zambia Army Commander"),
       P("Andrew Mallory", "person", "GBR", title="Colonel, Commander of the British Peace Support Team (Africa)")],
      "2019-06-14", L("Lusaka", "ZMB"), None,
      "After the ceremony, the Army Commander held talks at Army Headquarters in Lusaka with the Commander of the British Peace Support Team (Africa), Colonel Andrew Mallory, on extending the training programme to the Zambia Army's engineer and medical units."),
])

# ---------------------------------------------------------------- u41-09 scraped, Latin America
doc("u41-09", "https://southernconedefence.example/land/2022/12/brazilian-army-signs-for-centauro-ii",
    "Brazilian Army signs for Centauro II, with local assembly at Sete Lagoas", "2022-12-14", "Southern Cone Defence Review", """
Southern Cone Defence Review
HOME   LAND   AIR   NAVAL   INDUSTRY   POLICY   EVENTS   ABOUT
Español | Português | English

LAND / BRAZIL
Brazilian Army signs for Centauro II, with local assembly at Sete Lagoas
Posted 14/12/2022 by Ricardo Fonseca

The Brazilian Army signed a contract in Brasília on Tuesday with the Iveco-Oto Melara consortium (CIO) for 98 Centauro II 8x8 tank destroyers, ending a two-year competition to replace the EE-9 Cascavel armoured cars that have equipped its cavalry since the 1970s.

The contract was signed by the head of the Army's Logistics Command, General Edson Moreira, and CIO's director for Latin America, Marco Bellini. Neither side disclosed its value, though the army's 2023 budget request sets aside about 900 million reais for the first phase.

The first two vehicles, to be built in Italy, are due in Brazil in late 2023 for operational trials with the 9th Mechanised Cavalry Regiment. The remaining 96 will be assembled by Iveco Defence Vehicles at the Iveco plant in Sete Lagoas, Minas Gerais, which already builds the Guarani 6x6 for the army, with Brazilian suppliers expected to provide at least 40 per cent of their content.

Under a separate agreement signed the same day by the two armies, the Italian Army will lease two of its own Centauro IIs to the Brazilian Army from early 2023, so that the Armoured Instruction Centre in Santa Maria, Rio Grande do Sul, can start work on doctrine and crew training before the trial vehicles arrive.

Italian instructors from the cavalry school in Lecce will also travel to Santa Maria in the first half of 2023 to train the first Brazilian instructors on the vehicle.

The Italian Army's Chief of Staff, General Luca Ferrante, flew in for the ceremony and held talks afterwards with the Brazilian Army Commander, General Marcos Tavares, on armoured doctrine, officer exchanges and the Guarani programme.

The Centauro II carries a 120mm gun, giving the Brazilian cavalry a weapon able to fight tanks for the first time. It beat bids from China's Norinco and General Dynamics Land Systems, the army said.

Critics in Congress have questioned whether the army can afford the full programme alongside the Guarani and the planned purchase of new self-propelled howitzers. Army officials say deliveries will be spread over more than a decade.

Share this: [WhatsApp] [Facebook] [Telegram] [Email]

Related
· Lebanese Army shows off its Guaranis
· Argentina and the 8x8 question: Stryker or Guarani?
· Colombia's Indumil opens new small-calibre ammunition line
· Chile upgrades its Leopard 2A4 fleet: what is known so far

Leave a comment
Your email address will not be published. Required fields are marked *

© 2022 Southern Cone Defence Review | Powered by WordPress | Cookie policy
""", [
    E("AGREE", "occurred",
      [P("Brazilian Army", "organisation", "BRA"), P("Iveco-Oto Melara consortium", "company", "ITA"),
       P("Edson Moreira", "person", "BRA", title="General, head of the Army's Logistics Command"),
       P("Marco Bellini", "person", "ITA", title="CIO director for Latin America")],
      "2022-12-13", L("Brasília", "BRA"), "Centauro II 8x8 tank destroyers",
      "The Brazilian Army signed a contract in Brasília on Tuesday with the Iveco-Oto Melara consortium (CIO) for 98 Centauro II 8x8 tank destroyers, ending a two-year competition to replace the EE-9 Cascavel armoured cars that have equipped its cavalry since the 1970s."),
    E("TRANSFER", "planned",
      [S("Iveco-Oto Melara consortium", "company", "ITA"), R("Brazilian Army", "organisation", "BRA")],
      "2023", None, "Centauro II 8x8 tank destroyers",
      "The first two vehicles, to be built in Italy, are due in Brazil in late 2023 for operational trials with the 9th Mechanised Cavalry Regiment."),
    E("INDUSTRY", "occurred",
      [P("Iveco Defence Vehicles", "company", "ITA"), P("Brazilian Army", "organisation", "BRA")],
      "2022-12-13", L("Sete Lagoas, Minas Gerais", "BRA"), "Centauro II 8x8 tank destroyers (local assembly)",
      "The remaining 96 will be assembled by Iveco Defence Vehicles at the Iveco plant in Sete Lagoas, Minas Gerais, which already builds the Guarani 6x6 for the army, with Brazilian suppliers expected to provide at least 40 per cent of their content."),
    E("AGREE", "occurred",
      [P("Italian Army", "organisation", "ITA"), P("Brazilian Army", "organisation", "BRA")],
      "2022-12-13", L("Brasília", "BRA"), "lease of two Centauro II",
      "Under a separate agreement signed the same day by the two armies, the Italian Army will lease two of its own Centauro IIs to the Brazilian Army from early 2023, so that the Armoured Instruction Centre in Santa Maria, Rio Grande do Sul, can start work on doctrine and crew training before the trial vehicles arrive."),
    E("TRANSFER", "planned",
      [S("Italian Army", "organisation", "ITA"), R("Brazilian Army", "organisation", "BRA")],
      "2023", None, "Centauro II 8x8 tank destroyers (lease of two)",
      "Under a separate agreement signed the same day by the two armies, the Italian Army will lease two of its own Centauro IIs to the Brazilian Army from early 2023, so that the Armoured Instruction Centre in Santa Maria, Rio Grande do Sul, can start work on doctrine and crew training before the trial vehicles arrive."),
    E("TRAIN", "planned",
      [P("Italian Army cavalry school", "organisation", "ITA"), P("Brazilian Army", "organisation", "BRA")],
      "2023", L("Santa Maria, Rio Grande do Sul", "BRA"), None,
      "Italian instructors from the cavalry school in Lecce will also travel to Santa Maria in the first half of 2023 to train the first Brazilian instructors on the vehicle."),
    E("MEET", "occurred",
      [P("Luca Ferrante", "person", "ITA", title="General, Italian Army Chief of Staff"),
       P("Marcos Tavares", "person", "BRA", title="General, Brazilian Army Commander")],
      "2022-12-13", L("Brasília", "BRA"), None,
      "The Italian Army's Chief of Staff, General Luca Ferrante, flew in for the ceremony and held talks afterwards with the Brazilian Army Commander, General Marcos Tavares, on armoured doctrine, officer exchanges and the Guarani programme."),
])
