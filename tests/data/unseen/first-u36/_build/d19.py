from common import E, P, S, R, L

META = {"url": "https://levantledger.example/lebanon/2019/12/04/us-releases-frozen-army-aid-mps-debate",
        "title": "Washington releases frozen aid to Lebanese army as MPs debate its conditions",
        "published": "2019-12-04", "source": "Levant Ledger"}

s_release = ("The United States has released $105 million in military assistance for the Lebanese Armed Forces "
             "that the White House had held up since the summer, Lebanese and American officials said on Tuesday.")
s_package = ("According to a US embassy statement, the package will pay for border-security equipment, light "
             "tactical vehicles, weapons and ammunition for the army.")
s_history = ("Washington has provided the army with more than $2 billion in aid since 2006, including six A-29 "
             "Super Tucano light attack aircraft delivered in 2017 and 2018 and MD 530G helicopters handed over "
             "this year.")
s_uk_towers = ("Britain has funded and built dozens of watchtowers along the Syrian border for the army's land "
               "border regiments.")
s_uk_train = "British instructors have also trained more than 11,000 Lebanese soldiers since 2010."
s_italy = ("Italy, which commands UNIFIL's western sector with about 1,100 troops, pays for part of the army's "
           "presence south of the Litani river.")
s_russia = ("A draft military cooperation agreement sent to Beirut by Moscow in 2018 has never been signed, and "
            "the army turned down a Russian offer of ammunition the same year.")

TEXT = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Washington releases frozen aid to Lebanese army as MPs debate its conditions | Levant Ledger</title>
<script type="text/javascript">var _paq = window._paq || []; _paq.push(['trackPageView']);</script>
<noscript><p>Please enable JavaScript for the best experience.</p></noscript>
</head>
<body>
<table width="100%" class="masthead"><tr><td><a href="/"><img src="/img/logo.png" alt="Levant Ledger"></a></td>
<td class="date">Wednesday, December 4, 2019</td><td class="wx">Beirut 19&deg;C</td></tr></table>
<div class="menu"><a href="/lebanon">Lebanon</a> | <a href="/syria">Syria</a> | <a href="/region">Region</a> | <a href="/economy">Economy</a> | <a href="/protests">Protests</a> | <a href="/opinion">Opinion</a></div>
<div class="story">
<h2>Washington releases frozen aid to Lebanese army as MPs debate its conditions</h2>
<div class="by">By Rana Haddad | Beirut</div>
<p>{s_release}</p>
<p>{s_package} The money had been frozen without explanation while the administration reviewed aid to Lebanon, prompting two congressional committees to demand an account.</p>
<p>At a session of parliament's defence and interior committee, Hezbollah MP Hassan Fadlallah said American aid was being used &quot;to pressure the army and to set its priorities from outside&quot;, and asked army officers to list any conditions attached. The army's representative told the committee that the aid came &quot;without political conditions&quot; and was used only for the army's own plans.</p>
<p>{s_history} The army is one of the few institutions that has kept broad public trust during the protests that began in October.</p>
<p>Other donors told the committee they were also increasing support. {s_uk_towers} {s_uk_train}</p>
<p>{s_italy} France has pledged to help train a new naval unit, officials said, but gave no details.</p>
<p>{s_russia} A member of the Free Patriotic Movement said at the session that Lebanon should &quot;not put all its eggs in one basket&quot;.</p>
<p>The committee asked the defence ministry to submit a full list of foreign assistance received since 2006.</p>
</div>
<div class="more"><b>More on Lebanon</b><br>
<a href="/lebanon/2019/12/03/banks-limit-withdrawals">Banks tighten dollar withdrawal limits</a><br>
<a href="/lebanon/2019/12/02/hariri-consultations">Consultations on new premier postponed</a><br>
<a href="/lebanon/2019/11/29/unifil-patrol">UNIFIL patrol blocked near border village</a></div>
<div class="foot">&copy; 2019 Levant Ledger. All rights reserved. <a href="/contact">Contact</a> &middot; <a href="/ads">Advertise</a></div>
</body>
</html>
"""

USA, LBN, GBR, ITA, FRA = "USA", "LBN", "GBR", "ITA", "FRA"
EVENTS = [
    E("TRANSFER", "planned",
      [S("United States", "country", USA), R("Lebanese Armed Forces", "organisation", LBN)],
      None, None, "border-security equipment, light tactical vehicles, weapons and ammunition ($105 million)",
      s_package),
    E("TRANSFER", "occurred",
      [S("United States", "country", USA), R("Lebanese army", "organisation", LBN)],
      None, None, "six A-29 Super Tucano aircraft and MD 530G helicopters", s_history),
    E("COOPERATE", "occurred",
      [P("Britain", "country", GBR), P("Lebanese army land border regiments", "organisation", LBN)],
      None, L("Syrian border", LBN), "watchtowers along the Syrian border", s_uk_towers),
    E("TRAIN", "occurred",
      [P("Britain", "country", GBR), P("Lebanese soldiers", "organisation", LBN)],
      None, None, None, s_uk_train),
    E("DEPLOY", "occurred",
      [P("Italy", "country", ITA), P("UNIFIL", "igo", "UN")],
      None, L("UNIFIL western sector", LBN), None, s_italy),
    E("COOPERATE", "occurred",
      [P("Italy", "country", ITA), P("Lebanese army", "organisation", LBN)],
      None, L("south of the Litani river", LBN), "funding for the army's presence", s_italy, optional=True),
    E("TRAIN", "planned",
      [P("France", "country", FRA), P("Lebanese navy unit", "organisation", LBN)],
      None, None, None, "France has pledged to help train a new naval unit, officials said, but gave no details."),
]
