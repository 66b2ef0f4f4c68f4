from _lib import *

# ---------------- u20-06 Egypt, FREMM handover (raw html) ----------------
h06 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Egyptian Navy raises flag on second FREMM frigate in Italy - Nile Gazette Online</title>
<meta name="description" content="The Egyptian Navy took delivery of the frigate Bernees at the Fincantieri yard.">
<link rel="stylesheet" href="/static/css/main.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body class="article-page">
<header class="site-header">
  <a class="logo" href="/">Nile Gazette <span>Online</span></a>
  <nav class="main-nav">
    <ul>
      <li><a href="/egypt/">Egypt</a></li>
      <li><a href="/politics/">Politics</a></li>
      <li><a href="/business/">Business</a></li>
      <li><a href="/arts-culture/">Arts &amp; Culture</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/opinion/">Opinion</a></li>
    </ul>
  </nav>
  <div class="ticker">EGP/USD 15.69 &middot; Gold 21k: 790 EGP &middot; Cairo 29&deg;C</div>
</header>
<main>
<div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/egypt/">Egypt</a> &raquo; Politics</div>
<article>
<h1>Egyptian Navy raises flag on second FREMM frigate in Italy</h1>
<div class="byline">Ahmed Morsy, Friday 16 Apr 2021</div>
<figure><img src="/media/2021/04/bernees.jpg" alt="Frigate Bernees"><figcaption>The frigate Bernees at the Muggiano yard. (Photo: Egyptian military spokesman)</figcaption></figure>
<p>The Egyptian Navy on Wednesday took delivery of the multi-mission frigate Bernees from Italian shipbuilder Fincantieri at the Muggiano shipyard near La Spezia, where the Egyptian flag was raised over the ship in the presence of Egypt&#8217;s navy commander Vice Admiral Ahmed Khaled.</p>
<p>The Bernees is the second of two FREMM-class frigates bought from Italy last year in a deal estimated at 1.2 billion euros, after the first unit, the Al-Galala, was handed over in December.</p>
<p>The ship&#8217;s Egyptian crew completed an intensive training programme with the Italian Navy before the handover, the military spokesman said in a statement.</p>
<p>On the sidelines of the ceremony, Vice Admiral Ahmed Khaled met the Chief of Staff of the Italian Navy, Admiral Giuseppe Cavo Dragone, and discussed ways of expanding cooperation between the two navies.</p>
<p>On its way to its home base in Alexandria, the frigate will carry out a passing exercise with Italian navy units in the Mediterranean, the statement added.</p>
<p>Separately, units of the Egyptian Navy and the French Navy conducted a passing exercise in the Mediterranean on Monday, including communications drills and manoeuvres.</p>
<p>At Alexandria Shipyard, Egyptian engineers continue to assemble Gowind corvettes with France&#8217;s Naval Group under a technology transfer arrangement, the last three units of the class having been built locally.</p>
<p>A recent ranking by a US-based website placed the Egyptian Navy sixth in the world by number of vessels, a claim frequently repeated by local media.</p>
</article>
<aside class="most-read">
<h3>Most Read</h3>
<ol>
<li><a href="/egypt/suez-canal-revenues">Suez Canal revenues hit record in March</a></li>
<li><a href="/egypt/ramadan-imsakiya">Ramadan imsakiya: prayer times in Cairo</a></li>
<li><a href="/egypt/sisi-rafale">Egypt and France: the Rafale story</a></li>
</ol>
</aside>
</main>
<footer><p>&copy; 2021 Nile Gazette Online. All rights reserved. | <a href="/privacy">Privacy</a> | <a href="/contact">Contact us</a></p></footer>
</body>
</html>"""

EGN = P("Egyptian Navy", "organisation", "EGY")
doc("u20-06", "Egyptian Navy raises flag on second FREMM frigate in Italy", "Nile Gazette Online",
    "https://nilegazette.example/egypt/politics/egyptian-navy-second-fremm-frigate", "2021-04-16", [
    E("TRANSFER", "occurred", [S("Fincantieri", "company", "ITA"), R("Egyptian Navy", "organisation", "EGY"),
                               R("Ahmed Khaled", "person", "EGY", title="navy commander")], "2021-04-14",
      L("Muggiano shipyard, La Spezia", "ITA"), "multi-mission frigate Bernees",
      "The Egyptian Navy on Wednesday took delivery of the multi-mission frigate Bernees from Italian shipbuilder Fincantieri at the Muggiano shipyard near La Spezia, where the Egyptian flag was raised over the ship in the presence of Egypt’s navy commander Vice Admiral Ahmed Khaled."),
    E("AGREE", "occurred", [P("Egypt", "country", "EGY"), P("Italy", "country", "ITA")], "2020", None, None,
      "The Bernees is the second of two FREMM-class frigates bought from Italy last year in a deal estimated at 1.2 billion euros, after the first unit, the Al-Galala, was handed over in December.", optional=True),
    E("TRANSFER", "occurred", [S("Italy", "country", "ITA"), R("Egypt", "country", "EGY")], "2020-12", None, "FREMM-class frigate Al-Galala",
      "The Bernees is the second of two FREMM-class frigates bought from Italy last year in a deal estimated at 1.2 billion euros, after the first unit, the Al-Galala, was handed over in December.", optional=True),
    E("TRAIN", "occurred", [EGN, P("Italian Navy", "organisation", "ITA")], None, None, None,
      "The ship’s Egyptian crew completed an intensive training programme with the Italian Navy before the handover, the military spokesman said in a statement."),
    E("MEET", "occurred", [P("Ahmed Khaled", "person", "EGY", title="Vice Admiral"),
                           P("Giuseppe Cavo Dragone", "person", "ITA", title="Chief of Staff of the Italian Navy")], "2021-04-14",
      L("Muggiano shipyard, La Spezia", "ITA"), None,
      "On the sidelines of the ceremony, Vice Admiral Ahmed Khaled met the Chief of Staff of the Italian Navy, Admiral Giuseppe Cavo Dragone, and discussed ways of expanding cooperation between the two navies."),
    E("EXERCISE", "planned", [EGN, P("Italian navy", "organisation", "ITA")], None, L("the Mediterranean", None), None,
      "On its way to its home base in Alexandria, the frigate will carry out a passing exercise with Italian navy units in the Mediterranean, the statement added."),
    E("EXERCISE", "occurred", [EGN, P("French Navy", "organisation", "FRA")], "2021-04-12", L("the Mediterranean", None), None,
      "Separately, units of the Egyptian Navy and the French Navy conducted a passing exercise in the Mediterranean on Monday, including communications drills and manoeuvres."),
    E("INDUSTRY", "occurred", [P("Alexandria Shipyard", "company", "EGY"), P("Naval Group", "company", "FRA")], None, L("Alexandria", "EGY"), "Gowind corvettes",
      "At Alexandria Shipyard, Egyptian engineers continue to assemble Gowind corvettes with France’s Naval Group under a technology transfer arrangement, the last three units of the class having been built locally."),
], html=h06)

# ---------------- u20-07 Qatar, training ship from Türkiye (scraped, cut off) ----------------
t07 = """THE DOHA OBSERVER
Qatar | Business | Middle East | International | Sport | Opinion | Life
Wednesday 19 January 2022 | 16 Jumada II 1443
Doha: Fajr 4:58  Dhuhr 11:49  Asr 2:53  Maghrib 5:16  Isha 6:46
QR/$ 3.64

Home > Qatar

QENF receives new training ship in Istanbul

QNA

Doha: The Qatari Emiri Naval Forces (QENF) on Tuesday took delivery of the training ship Al Doha, built by Turkey's Anadolu Shipyard, during a ceremony at the company's yard in Tuzla, Istanbul.

The Qatari flag was raised over the vessel in the presence of the Commander of the QENF, Major General (Sea) Abdullah Hassan Al Sulaiti, and the President of Defence Industries of the Republic of Turkey, Prof. Ismail Demir.

The ship, which can accommodate more than 70 cadets, will be used to train officers of the Qatari naval forces on long-range voyages.

Its first Qatari crew received their training at the shipyard and with the Turkish Naval Forces over the past six months.

Maj. Gen. Al Sulaiti invited Anadolu Shipyard and other Turkish companies to take part in the DIMDEX 2022 exhibition, to be held in Doha in March.

In Ankara, HE Dr. Khalid bin Mohammed Al Attiyah, Deputy Prime Minister and Minister of State for Defence Affairs, met on Monday with Turkish Minister of National Defence Hulusi Akar, where they reviewed the strategic relations between the two countries in the military field.

The meeting also dealt with the activities of the Qatari-Turkish Combined Joint Force Command in Doha, where several hundred Turkish troops are stationed under a 2014 agreement.

HE Dr Al Attiyah also inspected a number of Turkish defence companies, including the production lines of armoured vehicles which the Qatari Armed Forces have operated since 2018, and was briefed on the latest products of the Turkish defence industry, including unmanned aerial systems and naval platforms. HE the Minister then held a further round of talks with the head of the Turkish General Staff, General Yasar Guler, on training programmes for Qatari officers at Turkish military academies and the possibility of expanding the number of places offered to cadets from the Qatari Armed Forces starting from the next academic year, in addition to cooperation in the field of"""

doc("u20-07", "QENF receives new training ship in Istanbul", "The Doha Observer",
    "https://dohaobserver.example/qatar/qenf-receives-new-training-ship-istanbul", "2022-01-19", [
    E("TRANSFER", "occurred", [S("Anadolu Shipyard", "company", "TUR"), S("Ismail Demir", "person", "TUR", title="President of Defence Industries"),
                               R("Qatari Emiri Naval Forces", "organisation", "QAT"),
                               R("Abdullah Hassan Al Sulaiti", "person", "QAT", title="Commander of the QENF")],
      "2022-01-18", L("Tuzla, Istanbul", "TUR"), "training ship Al Doha",
      "Doha: The Qatari Emiri Naval Forces (QENF) on Tuesday took delivery of the training ship Al Doha, built by Turkey's Anadolu Shipyard, during a ceremony at the company's yard in Tuzla, Istanbul."),
    E("TRAIN", "occurred", [P("Qatari Emiri Naval Forces", "organisation", "QAT"), P("Turkish Naval Forces", "organisation", "TUR"),
                            P("Anadolu Shipyard", "company", "TUR")], None, None, None,
      "Its first Qatari crew received their training at the shipyard and with the Turkish Naval Forces over the past six months."),
    E("EXHIBIT", "planned", [P("Anadolu Shipyard", "company", "TUR"), P("Qatar", "country", "QAT")], "2022-03", L("Doha", "QAT"), None,
      "Maj. Gen. Al Sulaiti invited Anadolu Shipyard and other Turkish companies to take part in the DIMDEX 2022 exhibition, to be held in Doha in March."),
    E("MEET", "occurred", [P("Khalid bin Mohammed Al Attiyah", "person", "QAT", title="Deputy Prime Minister and Minister of State for Defence Affairs"),
                           P("Hulusi Akar", "person", "TUR", title="Minister of National Defence")], "2022-01-17", L("Ankara", "TUR"), None,
      "In Ankara, HE Dr. Khalid bin Mohammed Al Attiyah, Deputy Prime Minister and Minister of State for Defence Affairs, met on Monday with Turkish Minister of National Defence Hulusi Akar, where they reviewed the strategic relations between the two countries in the military field."),
    E("COOPERATE", "occurred", [P("Qatar", "country", "QAT"), P("Turkey", "country", "TUR")], None, L("Doha", "QAT"), None,
      "The meeting also dealt with the activities of the Qatari-Turkish Combined Joint Force Command in Doha, where several hundred Turkish troops are stationed under a 2014 agreement.", optional=True),
    E("TRANSFER", "occurred", [S("Turkey", "country", "TUR"), R("Qatari Armed Forces", "organisation", "QAT")], None, None, "armoured vehicles",
      "HE Dr Al Attiyah also inspected a number of Turkish defence companies, including the production lines of armoured vehicles which the Qatari Armed Forces have operated since 2018, and was briefed on the latest products of the Turkish defence industry, including unmanned aerial systems and naval platforms.", optional=True),
    E("MEET", "occurred", [P("Khalid bin Mohammed Al Attiyah", "person", "QAT", title="Minister of State for Defence Affairs"),
                           P("Yasar Guler", "person", "TUR", title="head of the Turkish General Staff")], None, L("Ankara", "TUR"), None,
      "HE the Minister then held a further round of talks with the head of the Turkish General Staff, General Yasar Guler, on training programmes for Qatari officers at Turkish military academies and the possibility of expanding the number of places offered to cadets from the Qatari Armed Forces starting from the next academic year, in addition to cooperation in the field of"),
    E("TRAIN", "occurred", [P("Qatar", "country", "QAT"), P("Turkey", "country", "TUR")], None, None, None,
      "HE the Minister then held a further round of talks with the head of the Turkish General Staff, General Yasar Guler, on training programmes for Qatari officers at Turkish military academies and the possibility of expanding the number of places offered to cadets from the Qatari Armed Forces starting from the next academic year, in addition to cooperation in the field of", optional=True),
], text=t07)

# ---------------- u20-08 Algeria, independence parade (distractor, clean) ----------------
t08 = """Algeria stages grand military parade for 60th independence anniversary

ALGIERS — Algeria on Tuesday held its largest military parade in more than three decades along the bay of Algiers, marking the 60th anniversary of the country's independence from France.

President Abdelmadjid Tebboune, Supreme Commander of the Armed Forces and Minister of National Defence, reviewed the troops from the official stand on the Mohammedia waterfront, accompanied by Army Corps General Said Chengriha, Chief of Staff of the People's National Army (ANP).

Some 3,000 soldiers, cadets from the military schools of Cherchell and Tamentfoust and units of the gendarmerie and the Republican Guard marched past the stand, while combat aircraft and helicopters flew over the bay in formation.

The parade showcased armoured vehicles, air defence systems, ballistic missile launchers and unmanned aerial vehicles. Officials stressed that a number of the vehicles on display, including the Nimr-family armoured trucks, had come off the assembly lines of the Military Industries Directorate at Khenchela and Rouiba.

The navy presented its submarines and frigates to the public in the bay, and an exhibition of military equipment is to remain open to visitors at the Palais des Expositions in Pins Maritimes until Saturday.

The last parade on this scale was held in 1989, before a decade of violence that left tens of thousands dead.

In a speech on Monday evening, General Chengriha said the ANP was "ready to confront any threat" and insisted that Algeria "does not belong to any military bloc and will not allow its territory to host foreign bases."

Algeria has Africa's largest defence budget, estimated by independent researchers at more than $9 billion this year.

President Tebboune, in a message to the nation, pledged to continue building a "modern, professional army" relying on the country's own industries and human resources.

State television said more than a million people followed the parade along the seafront and on screens set up in several cities."""

doc("u20-08", "Algeria stages grand military parade for 60th independence anniversary", "Algiers Tribune",
    "https://algierstribune.example/nation/2022/07/05/grand-military-parade", "2022-07-05", [], text=t08)
