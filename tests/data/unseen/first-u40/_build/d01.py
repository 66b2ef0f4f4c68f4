from lib import *
text = """Delhi Defence Chronicle
Home | India | World | Defence | Business | Opinion | Videos | E-Paper
Sign in   Subscribe

Trending: Aero India 2023 | Agniveer | Union Budget 2023 | G20

Defence > Strategic Affairs

BrahMos at 25: how an Indo-Russian handshake became India's first big missile export

By Ritika Menon | New Delhi | Updated: February 13, 2023 07:40 IST

Share   Facebook   Twitter   WhatsApp   Email   Copy link

BrahMos Aerospace marked its silver jubilee on Sunday with a function in New Delhi attended by Indian and Russian officials, 25 years after the two governments agreed to build a supersonic cruise missile together.

The intergovernmental agreement that created the company was signed in Moscow on February 12, 1998, by Dr A.P.J. Abdul Kalam, then Scientific Adviser to the Defence Minister and head of the Defence Research and Development Organisation (DRDO), and Russia's First Deputy Defence Minister Nikolai Mikhailov. It set up BrahMos Aerospace as a joint venture between DRDO and Russia's NPO Mashinostroyeniya, with India holding 50.5 per cent and Russia 49.5 per cent.

The missile took its name from two rivers, the Brahmaputra and the Moskva. Its first test launch came on June 12, 2001, from the Interim Test Range at Chandipur on the Odisha coast. The Indian Navy inducted it on the destroyer INS Rajput in 2005, and the Army raised its first BrahMos regiment two years later. The Indian Air Force has since fitted the air-launched version to its Su-30MKI fighters.

ADVERTISEMENT

Speaking at Sunday's function, Russian Ambassador Denis Alipov called the missile "a symbol of our special and privileged strategic partnership". Alipov later held talks with DRDO chairman Samir V. Kamat on the next stage of the programme, including extended-range and hypersonic versions, officials said.

The range of the missile was originally capped at 290 km to stay within the limits of the Missile Technology Control Regime. India joined the regime in June 2016, and a version with a range of about 450 km was test-fired from INS Chennai in March 2022.

Export breakthrough

The venture's biggest commercial milestone came last year. In January 2022 the Philippines signed a $374.96 million contract for three shore-based anti-ship batteries for its Marine Corps, the first export order for the missile. Deliveries of the batteries are expected to begin before the end of this year.

"Several countries in Southeast Asia and West Asia have shown interest," a BrahMos official said, declining to name them. The company has taken the missile to shows abroad, most recently to the LIMA exhibition in Langkawi, Malaysia, in May 2019, where a model of the air-launched version drew crowds at the India pavilion.

New Delhi has set itself a target of $5 billion in annual defence exports by 2025, and officials privately concede that BrahMos will have to carry much of it.

Also read:
- Aero India 2023: 98 countries confirm participation
- Navy's Project-75I bids pushed to August
- Agnipath: first batch of Agniveers begins training in Nashik
- Russia to deliver remaining S-400 squadrons 'on schedule', says envoy

Tags: BrahMos, DRDO, Russia, Philippines, missiles, defence exports

Comments (14)   Login to comment

Follow us: Facebook | X | Instagram | YouTube | Telegram
(c) 2023 Delhi Defence Chronicle. All rights reserved. | About us | Privacy policy | Terms of use | Cookie settings
We use cookies to improve your experience. By continuing you agree to our cookie policy. [Accept]
"""
doc = dict(id="u40-01", url="https://delhidefencechronicle.example/defence/brahmos-at-25-indo-russian-handshake-missile-export-8842113",
           title="BrahMos at 25: how an Indo-Russian handshake became India's first big missile export",
           published="2023-02-13", source="Delhi Defence Chronicle", lang="en", text=text)
ev1998 = "The intergovernmental agreement that created the company was signed in Moscow on February 12, 1998, by Dr A.P.J. Abdul Kalam, then Scientific Adviser to the Defence Minister and head of the Defence Research and Development Organisation (DRDO), and Russia's First Deputy Defence Minister Nikolai Mikhailov."
kalam = P("A.P.J. Abdul Kalam", "person", "IND", title="Scientific Adviser to the Defence Minister and head of DRDO")
mikh = P("Nikolai Mikhailov", "person", "RUS", title="First Deputy Defence Minister")
events = [
 E("AGREE", "occurred", [P("India", "country", "IND"), P("Russia", "country", "RUS"), kalam, mikh],
   "1998-02-12", L("Moscow", "RUS"), None, ev1998),
 E("MEET", "occurred", [kalam, mikh], "1998-02-12", L("Moscow", "RUS"), None, ev1998),
 E("INDUSTRY", "occurred", [P("Defence Research and Development Organisation", "organisation", "IND"),
    P("NPO Mashinostroyeniya", "company", "RUS")], "1998-02-12", None, "BrahMos supersonic cruise missile (joint venture BrahMos Aerospace)",
   "It set up BrahMos Aerospace as a joint venture between DRDO and Russia's NPO Mashinostroyeniya, with India holding 50.5 per cent and Russia 49.5 per cent."),
 E("MEET", "occurred", [P("Denis Alipov", "person", "RUS", title="Ambassador"), P("Samir V. Kamat", "person", "IND", title="DRDO chairman")],
   "2023-02-12", L("New Delhi", "IND"), None,
   "Alipov later held talks with DRDO chairman Samir V. Kamat on the next stage of the programme, including extended-range and hypersonic versions, officials said."),
 E("AGREE", "occurred", [P("Philippines", "country", "PHL"), P("BrahMos Aerospace", "company", "IND")], "2022-01", None, None,
   "In January 2022 the Philippines signed a $374.96 million contract for three shore-based anti-ship batteries for its Marine Corps, the first export order for the missile."),
 E("TRANSFER", "planned", [S("BrahMos Aerospace", "company", "IND"), R("Philippine Marine Corps", "organisation", "PHL")], "2023", None,
   "three shore-based anti-ship BrahMos missile batteries",
   "Deliveries of the batteries are expected to begin before the end of this year."),
 E("EXHIBIT", "occurred", [P("BrahMos Aerospace", "company", "IND"), P("Malaysia", "country", "MYS")], "2019-05", L("Langkawi", "MYS"), None,
   "The company has taken the missile to shows abroad, most recently to the LIMA exhibition in Langkawi, Malaysia, in May 2019, where a model of the air-launched version drew crowds at the India pavilion."),
]
write(doc, events)
