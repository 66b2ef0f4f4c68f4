from lib import *
text = """2018 in review: Vietnam's busiest year of defence diplomacy

HANOI - For a country whose defence white paper still promises "three noes" - no military alliances, no foreign bases on Vietnamese soil, and no siding with one country against another - Vietnam spent 2018 doing a remarkable amount of military business with almost everyone.

Looking back over the year, diplomats in Hanoi point to a pattern: closer practical ties with the United States and Japan, steady engagement with China despite tensions in the South China Sea, the first steps of Vietnamese blue helmets abroad, and a slow search for arms suppliers beyond Russia. Here is how the year unfolded.

January: Mattis comes calling

The year opened with a visit by US Defense Secretary Jim Mattis, who held talks with Defence Minister General Ngo Xuan Lich in Hanoi on January 25. The two men agreed on the details of the first visit by a US aircraft carrier since the end of the war, and discussed maritime security and the search for Americans still missing from the conflict.

March: a carrier in Da Nang

That visit came on March 5, when the aircraft carrier USS Carl Vinson anchored off Da Nang with the cruiser USS Lake Champlain and the destroyer USS Wayne E. Meyer. For four days some 6,000 American sailors played football with local teams, painted a children's shelter and visited the city's Agent Orange victims' centre. It was the largest US military presence in Vietnam since 1975, and a powerful symbol for a city where US Marines had first landed in 1965.

Beijing's reaction was muted. Chinese officials noted only that they hoped "relevant countries" would contribute to regional stability.

February: the budget question

Before any of the visits, the National Assembly had set the tone with the defence budget. Spending is a state secret in Vietnam, but Western estimates put it at about 5.5 billion dollars for 2018, roughly 2.3 per cent of GDP, and most of it goes on salaries, housing and the upkeep of an army that still numbers about 400,000 active troops. Only a small share is left for new equipment, which is one reason the military has leaned on foreign credit lines and gifts rather than big cash purchases.

April: a vision with Japan

In April, Japanese Defence Minister Itsunori Onodera came to Hanoi and signed with General Lich a joint vision statement on defence cooperation, setting out plans for cooperation in maritime security, peacekeeping, cyber security and defence equipment over the next decade. Japanese coast guard and naval ships had already become frequent visitors to Cam Ranh Bay, and Japan has given the Vietnam Coast Guard six used patrol vessels since 2014.

Summer: a first step into RIMPAC

For the first time, Vietnam sent a small group of naval officers to the Rim of the Pacific exercise, hosted by the United States off Hawaii from late June to early August. No Vietnamese ships took part, and officials in Hanoi described the delegation as observers with "some practical roles". Still, the name of Vietnam on the list of 26 participating nations did not go unnoticed in Beijing.

May: missiles in the Spratlys

The year's darkest moment at sea came in May, when US officials and satellite imagery showed that China had placed anti-ship and surface-to-air missiles on three of its artificial islands in the Spratlys, and a Chinese H-6K bomber landed for the first time on Woody Island in the Paracels. Hanoi's foreign ministry demanded that Beijing withdraw the weapons, without effect. Vietnamese fishermen complained through the summer of being rammed and boarded by Chinese maritime militia vessels near the Paracels.

The episode underlined the limits of Vietnam's strategy. Its navy has grown, but it remains far smaller than the Chinese fleet it watches, and its coast guard ships are often outnumbered in the contested waters. Officials privately say that no single partner can change that balance, which is why Hanoi has chosen to spread its bets.

August: Viettel goes to Moscow

Russia remains the source of about 80 per cent of the Vietnamese military's equipment, and the relationship showed in August, when the state telecoms and defence group Viettel exhibited radars, communications gear and a prototype surveillance drone at the Army-2018 international forum at Patriot Park outside Moscow. It was the first time a Vietnamese defence firm had displayed its own products at a major show abroad.

But the big contracts were missing. Analysts in Hanoi and Moscow agree that Vietnam did not sign any major new arms deal with Russia this year, a pause that some attribute to the threat of US sanctions under the CAATSA law and others to the simple fact that the navy is still absorbing the six Kilo-class submarines it has bought from Russia, the last of which arrived at Cam Ranh in January 2017.

September: boats for the border guard

In September, work began on 12 high-speed patrol boats for the Vietnam Border Guard, financed by a $100 million Indian line of credit. Five are being built by India's Larsen and Toubro at its Kattupalli shipyard near Chennai, and the other seven are being assembled by the Hong Ha shipyard in Haiphong with Indian technical support. Delivery of the first boats is expected in 2020.

The programme is the most concrete result so far of the defence partnership that India and Vietnam have been building since 2007, and Indian officials hope it will lead to larger orders.

October: blue helmets and old foes

The most symbolic moment of the year came on October 1, when Vietnam's first level-2 field hospital, a unit of 63 doctors, nurses and support staff, left Hanoi to join the United Nations Mission in South Sudan (UNMISS) at Bentiu.

In the same month, Chinese Defence Minister Wei Fenghe held talks with General Lich in Hanoi on October 18, the two sides promising to "properly manage" their differences at sea.

November: the home front

At home, the year was one of consolidation. In November the National Assembly debated a new law on the people's public security forces and a revised law on officers, and the Ministry of National Defence continued its plan to cut the number of main-force divisions and turn more units into rapid-reaction brigades. The state shipbuilder Z189 launched the first of a new class of logistics ships for the navy's Truong Sa brigade, built entirely in Vietnam.

December: a busy year closes

The year ends with the army medical corps preparing a second rotation for South Sudan next autumn and with a new national defence white paper expected in 2019. If 2018 showed anything, it is that the "three noes" are not the same as "no friends". As one Vietnamese diplomat put it: "We want to be busy with everybody, and dependent on nobody."
"""
doc = dict(id="u40-14", url="https://hanoistrategicreview.example/2018/12/28/year-in-review-vietnam-defence-diplomacy",
           title="2018 in review: Vietnam's busiest year of defence diplomacy", published="2018-12-28",
           source="Hanoi Strategic Review", lang="en", text=text)
lich = P("Ngo Xuan Lich", "person", "VNM", title="Defence Minister, General")
mattis = P("Jim Mattis", "person", "USA", title="US Defense Secretary")
events = [
 E("MEET", "occurred", [mattis, lich], "2018-01-25", L("Hanoi", "VNM"), None,
   "The year opened with a visit by US Defense Secretary Jim Mattis, who held talks with Defence Minister General Ngo Xuan Lich in Hanoi on January 25."),
 E("MEET", "occurred", [P("USS Carl Vinson", "organisation", "USA"), P("Vietnam", "country", "VNM")], "2018-03-05", L("Da Nang", "VNM"), None,
   "That visit came on March 5, when the aircraft carrier USS Carl Vinson anchored off Da Nang with the cruiser USS Lake Champlain and the destroyer USS Wayne E. Meyer."),
 E("AGREE", "occurred", [P("Itsunori Onodera", "person", "JPN", title="Defence Minister"), lich], "2018-04", L("Hanoi", "VNM"), None,
   "In April, Japanese Defence Minister Itsunori Onodera came to Hanoi and signed with General Lich a joint vision statement on defence cooperation, setting out plans for cooperation in maritime security, peacekeeping, cyber security and defence equipment over the next decade."),
 E("MEET", "occurred", [P("Itsunori Onodera", "person", "JPN", title="Defence Minister"), lich], "2018-04", L("Hanoi", "VNM"), None,
   "In April, Japanese Defence Minister Itsunori Onodera came to Hanoi and signed with General Lich a joint vision statement on defence cooperation, setting out plans for cooperation in maritime security, peacekeeping, cyber security and defence equipment over the next decade."),
 E("MEET", "occurred", [P("Japanese coast guard and naval ships", "organisation", "JPN"), P("Vietnam", "country", "VNM")], None, L("Cam Ranh Bay", "VNM"), None,
   "Japanese coast guard and naval ships had already become frequent visitors to Cam Ranh Bay, and Japan has given the Vietnam Coast Guard six used patrol vessels since 2014.", optional=True),
 E("TRANSFER", "occurred", [S("Japan", "country", "JPN"), R("Vietnam Coast Guard", "organisation", "VNM")], None, None, "six used patrol vessels",
   "Japanese coast guard and naval ships had already become frequent visitors to Cam Ranh Bay, and Japan has given the Vietnam Coast Guard six used patrol vessels since 2014.", optional=True),
 E("EXERCISE", "occurred", [P("Vietnam", "country", "VNM"), P("United States", "country", "USA")], "2018", L("off Hawaii", "USA"), None,
   "For the first time, Vietnam sent a small group of naval officers to the Rim of the Pacific exercise, hosted by the United States off Hawaii from late June to early August.", optional=True),
 E("EXHIBIT", "occurred", [P("Viettel", "company", "VNM"), P("Russia", "country", "RUS")], "2018-08", L("Patriot Park, near Moscow", "RUS"), None,
   "Russia remains the source of about 80 per cent of the Vietnamese military's equipment, and the relationship showed in August, when the state telecoms and defence group Viettel exhibited radars, communications gear and a prototype surveillance drone at the Army-2018 international forum at Patriot Park outside Moscow."),
 E("TRANSFER", "occurred", [S("Russia", "country", "RUS"), R("Vietnamese navy", "organisation", "VNM")], "2017-01", L("Cam Ranh", "VNM"),
   "Kilo-class submarine (last of six)",
   "Analysts in Hanoi and Moscow agree that Vietnam did not sign any major new arms deal with Russia this year, a pause that some attribute to the threat of US sanctions under the CAATSA law and others to the simple fact that the navy is still absorbing the six Kilo-class submarines it has bought from Russia, the last of which arrived at Cam Ranh in January 2017.", optional=True),
 E("INDUSTRY", "occurred", [P("Larsen and Toubro", "company", "IND"), P("Hong Ha shipyard", "company", "VNM")], "2018-09", None, "12 high-speed patrol boats for the Vietnam Border Guard",
   "Five are being built by India's Larsen and Toubro at its Kattupalli shipyard near Chennai, and the other seven are being assembled by the Hong Ha shipyard in Haiphong with Indian technical support."),
 E("TRANSFER", "planned", [S("Larsen and Toubro", "company", "IND"), R("Vietnam Border Guard", "organisation", "VNM")], "2020", None, "high-speed patrol boats",
   "Delivery of the first boats is expected in 2020."),
 E("COOPERATE", "occurred", [P("India", "country", "IND"), P("Vietnam", "country", "VNM")], None, None, None,
   "The programme is the most concrete result so far of the defence partnership that India and Vietnam have been building since 2007, and Indian officials hope it will lead to larger orders.", optional=True),
 E("DEPLOY", "occurred", [P("Vietnam", "country", "VNM"), P("United Nations Mission in South Sudan", "igo", "UN")], "2018-10-01", L("Bentiu", "SSD"), None,
   "The most symbolic moment of the year came on October 1, when Vietnam's first level-2 field hospital, a unit of 63 doctors, nurses and support staff, left Hanoi to join the United Nations Mission in South Sudan (UNMISS) at Bentiu."),
 E("MEET", "occurred", [P("Wei Fenghe", "person", "CHN", title="Defence Minister"), lich], "2018-10-18", L("Hanoi", "VNM"), None,
   "Chinese Defence Minister Wei Fenghe held talks with General Lich in Hanoi on October 18, the two sides promising to \"properly manage\" their differences at sea."),
 E("DEPLOY", "planned", [P("Vietnam", "country", "VNM"), P("UN mission in South Sudan", "igo", "UN")], "2019", L("South Sudan", "SSD"), None,
   "The year ends with the army medical corps preparing a second rotation for South Sudan next autumn and with a new national defence white paper expected in 2019.", optional=True),
]
write(doc, events)
