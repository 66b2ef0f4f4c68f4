from _lib import *

# ---------------- u20-09 Türkiye-Somalia pact (clean) ----------------
t09 = """Somali parliament approves 10-year defense pact with Türkiye

Somalia's parliament on Wednesday approved a defense and economic cooperation framework agreement with Türkiye, under which Ankara will help protect the Horn of Africa country's territorial waters for a decade.

Lawmakers in both chambers endorsed the deal a few hours after President Hassan Sheikh Mohamud's Cabinet gave its approval, Somali state media reported.

The agreement was signed in Ankara on Feb. 8 by National Defense Minister Yaşar Güler and his Somali counterpart, Abdulkadir Mohamed Nur, following talks between the two delegations at the ministry.

Under the 10-year framework, Türkiye will train and equip the Somali navy, which was largely dismantled during the civil war that followed the collapse of the central government in 1991.

Turkish naval units will also support Somali forces in fighting piracy, illegal fishing, smuggling and "all forms of foreign interference" in Somalia's waters, according to details released by Mogadishu.

"Somalia will have a real navy within ten years," Hassan Sheikh Mahmoud told lawmakers before the vote. "Türkiye is not taking our sea. It is protecting it."

Türkiye has trained thousands of Somali soldiers and police officers at its TURKSOM military base in Mogadishu, its largest overseas training facility, since it opened in 2017.

The deal comes weeks after Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland that would give the landlocked country access to the sea and a naval base, an agreement Mogadishu says is null and void.

Turkish officials said the framework was not directed against any third country, and Ankara has called on Somalia and Ethiopia to resolve their dispute through dialogue.

The agreement still needs to be ratified by the Turkish Grand National Assembly (TBMM) before it can enter into force, and no date has yet been set for the debate."""

TR = P("Türkiye", "country", "TUR"); SO = P("Somalia", "country", "SOM")
doc("u20-09", "Somali parliament approves 10-year defense pact with Türkiye", "Anatolia Herald",
    "https://anatoliaherald.example/politics/somali-parliament-approves-defense-pact-with-turkiye", "2024-02-22", [
    E("AGREE", "occurred", [P("Somalia's parliament", "organisation", "SOM"), TR], "2024-02-21", None, None,
      "Somalia's parliament on Wednesday approved a defense and economic cooperation framework agreement with Türkiye, under which Ankara will help protect the Horn of Africa country's territorial waters for a decade."),
    E("COOPERATE", "planned", [TR, SO], None, None, None,
      "Somalia's parliament on Wednesday approved a defense and economic cooperation framework agreement with Türkiye, under which Ankara will help protect the Horn of Africa country's territorial waters for a decade."),
    E("AGREE", "occurred", [P("Yaşar Güler", "person", "TUR", title="National Defense Minister"),
                            P("Abdulkadir Mohamed Nur", "person", "SOM", title="Somali counterpart")], "2024-02-08", L("Ankara", "TUR"), None,
      "The agreement was signed in Ankara on Feb. 8 by National Defense Minister Yaşar Güler and his Somali counterpart, Abdulkadir Mohamed Nur, following talks between the two delegations at the ministry."),
    E("MEET", "occurred", [P("Yaşar Güler", "person", "TUR", title="National Defense Minister"),
                           P("Abdulkadir Mohamed Nur", "person", "SOM", title="Somali counterpart")], "2024-02-08", L("Ankara", "TUR"), None,
      "The agreement was signed in Ankara on Feb. 8 by National Defense Minister Yaşar Güler and his Somali counterpart, Abdulkadir Mohamed Nur, following talks between the two delegations at the ministry."),
    E("TRAIN", "planned", [TR, P("Somali navy", "organisation", "SOM")], None, None, None,
      "Under the 10-year framework, Türkiye will train and equip the Somali navy, which was largely dismantled during the civil war that followed the collapse of the central government in 1991."),
    E("TRANSFER", "planned", [S("Türkiye", "country", "TUR"), R("Somali navy", "organisation", "SOM")], None, None, "naval equipment",
      "Under the 10-year framework, Türkiye will train and equip the Somali navy, which was largely dismantled during the civil war that followed the collapse of the central government in 1991."),
    E("COOPERATE", "planned", [P("Turkish naval units", "organisation", "TUR"), P("Somali forces", "organisation", "SOM")], None, None, None,
      "Turkish naval units will also support Somali forces in fighting piracy, illegal fishing, smuggling and \"all forms of foreign interference\" in Somalia's waters, according to details released by Mogadishu."),
    E("TRAIN", "occurred", [TR, SO], None, L("Mogadishu", "SOM"), None,
      "Türkiye has trained thousands of Somali soldiers and police officers at its TURKSOM military base in Mogadishu, its largest overseas training facility, since it opened in 2017.", optional=True),
], text=t09)

# ---------------- u20-10 Mali, aircraft from Russia (raw html) ----------------
h10 = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mali: new aircraft and helicopters from Russia handed over to the Air Force | Sahel Dispatch</title>
<style>body{font-family:Georgia,serif} .nav a{margin:0 6px}</style></head>
<body>
<div id="top"><div class="nav"><a href="/">Home</a><a href="/mali">Mali</a><a href="/sahel">Sahel</a><a href="/security">Security</a><a href="/economy">Economy</a><a href="/fr">Version fran&ccedil;aise</a></div>
<div class="date">Wednesday, August 10, 2022</div></div>
<div id="content">
<h1>Mali: new aircraft and helicopters from Russia handed over to the Air Force</h1>
<p class="meta">By Moussa Traor&eacute; | Bamako | 10/08/2022</p>
<p>The President of the Transition, Colonel Assimi Go&iuml;ta, presided on Tuesday over the handover ceremony of new military aircraft and helicopters acquired from the Russian Federation, at Air Base 101 in Senou, Bamako.</p>
<p>The new equipment includes L-39 Albatros jets, a Sukhoi Su-25 ground-attack aircraft and Mi-24P combat helicopters, which join the Mi-171 and Mi-35 helicopters delivered by Russia last year and in March.</p>
<p>The ceremony took place in the presence of members of the government, the Chief of General Staff of the Armed Forces and the Ambassador of Russia to Mali, Igor Gromyko.</p>
<p>Speaking at the ceremony, the Minister of Defence and Veterans Affairs, Colonel Sadio Camara, said Malian pilots and technicians had been trained in Russia to operate the new aircraft.</p>
<p>Colonel Camara again rejected accusations that fighters of the Russian private military company Wagner were operating in Mali, insisting that only Russian instructors were present in the country under a state-to-state agreement.</p>
<p>Last week, the Malian Armed Forces (FAMa) also received a batch of armoured personnel carriers donated by the People&#8217;s Republic of China, which were handed over in Bamako by Ambassador Wang Qixin to the Chief of General Staff.</p>
<p>The ceremony comes a few weeks after the government suspended all rotations of the contingents of the UN mission, MINUSMA, including those already scheduled.</p>
<p>France, whose Barkhane force has been withdrawing from Mali since February, is expected to complete the departure of its last soldiers in the coming weeks.</p>
<p>&laquo; Our skies are now better protected &raquo;, Colonel Goita told the crowd, according to the presidency.</p>
</div>
<div id="sidebar"><h4>Latest</h4><ul><li>Burkina: attack on a convoy in the Sahel region</li><li>Niger: ECOWAS summit postponed</li><li>Senegal: legislative results confirmed</li></ul></div>
<div id="footer">&copy; Sahel Dispatch 2022 &mdash; All rights reserved</div>
</body></html>"""

doc("u20-10", "Mali: new aircraft and helicopters from Russia handed over to the Air Force", "Sahel Dispatch",
    "https://saheldispatch.example/mali/2022/08/10/new-aircraft-helicopters-russia", "2022-08-10", [
    E("TRANSFER", "occurred", [S("Russian Federation", "country", "RUS"), R("Assimi Goïta", "person", "MLI", title="President of the Transition"),
                               R("Mali", "country", "MLI")], "2022-08-09", L("Air Base 101, Senou, Bamako", "MLI"), "military aircraft and helicopters",
      "The President of the Transition, Colonel Assimi Goïta, presided on Tuesday over the handover ceremony of new military aircraft and helicopters acquired from the Russian Federation, at Air Base 101 in Senou, Bamako."),
    E("TRANSFER", "occurred", [S("Russia", "country", "RUS"), R("Mali", "country", "MLI")], "2022-03", None, "Mi-171 and Mi-35 helicopters",
      "The new equipment includes L-39 Albatros jets, a Sukhoi Su-25 ground-attack aircraft and Mi-24P combat helicopters, which join the Mi-171 and Mi-35 helicopters delivered by Russia last year and in March.", optional=True),
    E("TRAIN", "occurred", [P("Russia", "country", "RUS"), P("Mali", "country", "MLI")], None, L("Russia", "RUS"), None,
      "Speaking at the ceremony, the Minister of Defence and Veterans Affairs, Colonel Sadio Camara, said Malian pilots and technicians had been trained in Russia to operate the new aircraft."),
    E("TRAIN", "occurred", [P("Russia", "country", "RUS"), P("Mali", "country", "MLI")], None, L("Mali", "MLI"), None,
      "Colonel Camara again rejected accusations that fighters of the Russian private military company Wagner were operating in Mali, insisting that only Russian instructors were present in the country under a state-to-state agreement.", optional=True),
    E("TRANSFER", "occurred", [S("People's Republic of China", "country", "CHN"), S("Wang Qixin", "person", "CHN", title="Ambassador"),
                               R("Malian Armed Forces", "organisation", "MLI")], "2022-08", L("Bamako", "MLI"), "armoured personnel carriers",
      "Last week, the Malian Armed Forces (FAMa) also received a batch of armoured personnel carriers donated by the People’s Republic of China, which were handed over in Bamako by Ambassador Wang Qixin to the Chief of General Staff."),
], html=h10)

# ---------------- u20-11 Niger, Russian instructors (scraped, cut off) ----------------
t11 = """NIAMEY POST  |  Actualité  Politique  Sécurité  Économie  Sport  |  English edition
Friday 12 April 2024  |  Niamey 41°C  |  1 EUR = 655.96 FCFA
Home > Security

Russian military instructors arrive in Niamey with air defence system

Russian military instructors arrived in Niamey on Wednesday aboard an Ilyushin transport plane carrying an air defence system and other military equipment, state television RTN reported.

The instructors are to train Nigerien soldiers in the use of the system, a member of the Russian team said in footage aired by the broadcaster.

A few hundred supporters of the military government, some waving Russian and Nigerien flags, gathered at the airport to welcome the aircraft.

Their arrival follows talks in Moscow in January between Prime Minister Ali Mahamane Lamine Zeine and Russian Deputy Defence Minister Yunus-Bek Yevkurov, and a telephone conversation last month between General Abdourahamane Tiani, head of the ruling CNSP, and President Vladimir Putin.

Niamey also revoked last month, "with immediate effect", the agreement that allowed about 1,000 American military personnel and civilian contractors to operate in the country.

Niger, Mali and Burkina Faso, which formed the Alliance of Sahel States (AES) in September, announced in March that they would set up a joint force to fight the jihadist groups active in the three countries.

Read also: AES ministers meet in Ouagadougou

The juntas in Niamey, Bamako and Ouagadougou have all turned away from former colonial power France, whose troops left Niger at the end of last year, and have sought closer ties with Moscow.

According to security sources, the new contingent of instructors numbers several dozen men and could be reinforced in the coming weeks. The army chief of staff, General Moussa Salaou Barmou, told local media that the "partnership with our Russian friends" would help the country regain control of its"""

RU = P("Russia", "country", "RUS")
doc("u20-11", "Russian military instructors arrive in Niamey with air defence system", "Niamey Post",
    "https://niameypost.example/en/security/russian-instructors-arrive-niamey", "2024-04-12", [
    E("TRANSFER", "occurred", [S("Russia", "country", "RUS"), R("Niger", "country", "NER")], "2024-04-10", L("Niamey", "NER"), "air defence system",
      "Russian military instructors arrived in Niamey on Wednesday aboard an Ilyushin transport plane carrying an air defence system and other military equipment, state television RTN reported."),
    E("TRAIN", "planned", [RU, P("Niger", "country", "NER")], None, L("Niamey", "NER"), None,
      "The instructors are to train Nigerien soldiers in the use of the system, a member of the Russian team said in footage aired by the broadcaster."),
    E("MEET", "occurred", [P("Ali Mahamane Lamine Zeine", "person", "NER", title="Prime Minister"),
                           P("Yunus-Bek Yevkurov", "person", "RUS", title="Deputy Defence Minister")], "2024-01", L("Moscow", "RUS"), None,
      "Their arrival follows talks in Moscow in January between Prime Minister Ali Mahamane Lamine Zeine and Russian Deputy Defence Minister Yunus-Bek Yevkurov, and a telephone conversation last month between General Abdourahamane Tiani, head of the ruling CNSP, and President Vladimir Putin."),
    E("MEET", "occurred", [P("Abdourahamane Tiani", "person", "NER", title="head of the ruling CNSP"),
                           P("Vladimir Putin", "person", "RUS", title="President")], "2024-03", None, None,
      "Their arrival follows talks in Moscow in January between Prime Minister Ali Mahamane Lamine Zeine and Russian Deputy Defence Minister Yunus-Bek Yevkurov, and a telephone conversation last month between General Abdourahamane Tiani, head of the ruling CNSP, and President Vladimir Putin."),
    E("COOPERATE", "planned", [P("Niger", "country", "NER"), P("Mali", "country", "MLI"), P("Burkina Faso", "country", "BFA")], None, None, None,
      "Niger, Mali and Burkina Faso, which formed the Alliance of Sahel States (AES) in September, announced in March that they would set up a joint force to fight the jihadist groups active in the three countries."),
    E("AGREE", "occurred", [P("Niger", "country", "NER"), P("Mali", "country", "MLI"), P("Burkina Faso", "country", "BFA")], "2023-09", None, None,
      "Niger, Mali and Burkina Faso, which formed the Alliance of Sahel States (AES) in September, announced in March that they would set up a joint force to fight the jihadist groups active in the three countries.", optional=True),
], text=t11)
