from lib import *
text = """Islamabad Aerospace Digest
Air Power | Industry | Space | Civil Aviation | Events
Saturday 26 August 2023

You are here: Home / Air Power / JF-17 Thunder at 20: the fighter that made Kamra an exporter

JF-17 Thunder at 20: the fighter that made Kamra an exporter

Posted by Usman Qureshi on 26/08/2023 | 5 Comments

Twenty years after the first prototype of the JF-17 Thunder took to the air at Chengdu on August 25, 2003, the lightweight fighter is the backbone of the Pakistan Air Force and the country's first combat aircraft to be sold abroad.

The anniversary was marked on Friday at the Pakistan Aeronautical Complex (PAC) in Kamra, where the Chief of the Air Staff, Air Chief Marshal Zaheer Ahmed Babar Sidhu, received a delegation of the Aviation Industry Corporation of China (AVIC) led by its vice-president, Li Wenbo. The two sides discussed the next production batch of the Block III version, PAC said.

The programme's roots go back to the late 1980s, when Pakistan, cut off from new American F-16s by sanctions, began looking for a cheap fighter it could eventually build itself. Pakistan and China signed the co-development agreement for the aircraft, then known as the FC-1, in June 1999, agreeing to share the cost equally.

Final assembly of the first Pakistani-built aircraft began at Kamra in January 2008, with China's Chengdu Aircraft Corporation supplying about 42 per cent of the airframe. Today PAC builds the front fuselage, the vertical tail and a growing share of the avionics. The engine, a version of the Russian RD-93, is supplied through China.

The jet made its Western air show debut at Farnborough in Britain in July 2010, and has since flown in the displays at Dubai, Zhuhai and Istanbul.

Export customers followed. Myanmar took delivery of its first JF-17s from Kamra in December 2018, and Nigeria received three of its JF-17s in May 2021, in a ceremony at Makurdi attended by President Muhammadu Buhari.

An expected order from Argentina has not materialised, and officials at PAC admit that several other prospects have come to nothing.

"This aircraft was built by people who were told it could not be built," Air Chief Marshal Babar Sidhu said at the ceremony.

Share this:  Twitter  Facebook  LinkedIn  WhatsApp

Related posts
- PAF inducts J-10CE fighters in ceremony at Minhas base
- Karakoram Eagle: PAF, PLAAF wrap up joint drills
- Opinion: Pakistan's aerospace industry needs private capital

5 Comments
Leave a reply. Your email address will not be published.

Copyright (c) 2023 Islamabad Aerospace Digest. Powered by WordPress.
"""
doc = dict(id="u40-19", url="https://islamabadaerospacedigest.example/2023/08/26/jf-17-thunder-at-20/",
           title="JF-17 Thunder at 20: the fighter that made Kamra an exporter", published="2023-08-26",
           source="Islamabad Aerospace Digest", lang="en", text=text)
pac = "Pakistan Aeronautical Complex"
show = "The jet made its Western air show debut at Farnborough in Britain in July 2010, and has since flown in the displays at Dubai, Zhuhai and Istanbul."
exp = "Myanmar took delivery of its first JF-17s from Kamra in December 2018, and Nigeria received three of its JF-17s in May 2021, in a ceremony at Makurdi attended by President Muhammadu Buhari."
events = [
 E("MEET", "occurred", [P("Zaheer Ahmed Babar Sidhu", "person", "PAK", title="Chief of the Air Staff, Air Chief Marshal"),
    P("Li Wenbo", "person", "CHN", title="vice-president, Aviation Industry Corporation of China"), P("Aviation Industry Corporation of China", "company", "CHN")],
   "2023-08-25", L("Pakistan Aeronautical Complex, Kamra", "PAK"), None,
   "The anniversary was marked on Friday at the Pakistan Aeronautical Complex (PAC) in Kamra, where the Chief of the Air Staff, Air Chief Marshal Zaheer Ahmed Babar Sidhu, received a delegation of the Aviation Industry Corporation of China (AVIC) led by its vice-president, Li Wenbo."),
 E("AGREE", "occurred", [P("Pakistan", "country", "PAK"), P("China", "country", "CHN")], "1999-06", None, None,
   "Pakistan and China signed the co-development agreement for the aircraft, then known as the FC-1, in June 1999, agreeing to share the cost equally."),
 E("INDUSTRY", "occurred", [P("Pakistan", "country", "PAK"), P("China", "country", "CHN")], "1999-06", None, "FC-1 / JF-17 fighter (co-development)",
   "Pakistan and China signed the co-development agreement for the aircraft, then known as the FC-1, in June 1999, agreeing to share the cost equally.", optional=True),
 E("INDUSTRY", "occurred", [P(pac, "organisation", "PAK"), P("Chengdu Aircraft Corporation", "company", "CHN")], "2008-01", L("Kamra", "PAK"), "JF-17 fighter (final assembly)",
   "Final assembly of the first Pakistani-built aircraft began at Kamra in January 2008, with China's Chengdu Aircraft Corporation supplying about 42 per cent of the airframe."),
 E("TRANSFER", "occurred", [S("Russia", "country", "RUS"), R("Pakistan", "country", "PAK")], None, None, "RD-93 engines (supplied through China)",
   "The engine, a version of the Russian RD-93, is supplied through China.", optional=True),
 E("EXHIBIT", "occurred", [P("JF-17 (Pakistan)", "organisation", "PAK"), P("Britain", "country", "GBR")], "2010-07", L("Farnborough", "GBR"), None, show),
 E("EXHIBIT", "occurred", [P("JF-17 (Pakistan)", "organisation", "PAK"), P("United Arab Emirates", "country", "ARE")], None, L("Dubai", "ARE"), None, show, optional=True),
 E("EXHIBIT", "occurred", [P("JF-17 (Pakistan)", "organisation", "PAK"), P("China", "country", "CHN")], None, L("Zhuhai", "CHN"), None, show, optional=True),
 E("EXHIBIT", "occurred", [P("JF-17 (Pakistan)", "organisation", "PAK"), P("Turkey", "country", "TUR")], None, L("Istanbul", "TUR"), None, show, optional=True),
 E("TRANSFER", "occurred", [S(pac, "organisation", "PAK"), R("Myanmar", "country", "MMR")], "2018-12", None, "JF-17 fighters (first batch)", exp),
 E("TRANSFER", "occurred", [S("Pakistan", "country", "PAK"), R("Nigeria", "country", "NGA"), R("Muhammadu Buhari", "person", "NGA", title="President")],
   "2021-05", L("Makurdi", "NGA"), "three JF-17 fighters", exp),
]
write(doc, events)
