from lib import *
text = """ACCRA LEDGER
Saturday, 21 October 2023   |   Accra 31°C Partly cloudy   |   USD/GHS 11.95
NEWS   POLITICS   BUSINESS   SPORTS   ENTERTAINMENT   REGIONS   OPINION   EPAPER
Search...

News / Defence & Security

Staff college marks 60 years with call for deeper regional training ties

Kwame Asante-Darko | 21 October 2023, 08:15 | 4 min read

[Photo: Senior officers and foreign guests at the anniversary durbar, Teshie. Credit: Accra Ledger/Emmanuel Ofori]

The Ghana Armed Forces Command and Staff College (GAFCSC) on Friday celebrated its 60th anniversary at Teshie, with the Chief of the Defence Staff, Vice Admiral Seth Amoama, describing the institution as "West Africa's classroom for command".

The college opened in 1963 with a single junior staff course of 16 students. British Army officers ran that first course and stayed on as directing staff until 1976, when the last of them handed over to Ghanaian instructors, the Commandant, Air Vice Marshal Frederick Asare-Yeboah, recalled in his address.

"We were taught the British way of writing orders, and for a long time we wrote them better than the British," he said to laughter.

The college has since trained more than 1,400 officers from 27 countries. The current senior course has students from Nigeria among its 94 officers, Asare-Yeboah said, and a naval officer from Brazil is expected to join the next intake in January.

Among the guests were the chiefs of defence staff of Sierra Leone and Liberia and the British Defence Senior Adviser for Africa, Major General Alastair Brooke. On the sidelines of the durbar, Vice Admiral Amoama held talks with General Brooke on Britain's support for a new peace support operations wing at the college.

In 2019 the college signed a memorandum of understanding with the U.S. Army Command and General Staff College at Fort Leavenworth, Kansas, providing for faculty exchanges and joint research on peacekeeping doctrine.

The Kofi Annan International Peacekeeping Training Centre, which grew out of the college's peace support department in 1998 with funding from Germany, Canada and the United Kingdom, now runs most of the country's pre-deployment courses.

Vice Admiral Amoama used the occasion to appeal for more places for West African officers. "Our region's security problems do not stop at our borders, and neither should our classrooms," he said.

The celebrations continue on Sunday with a thanksgiving service at the Garrison Church in Burma Camp.

SHARE:  Facebook  |  X  |  WhatsApp  |  LinkedIn

RELATED STORIES
> Ghana, Burkina Faso agree joint patrols along northern border
> Navy takes delivery of two patrol boats from U.S.
> GAF recruitment 2023: shortlist out next week
> Editorial: Our soldiers deserve better housing

MOST READ
1. Cedi falls further against dollar
2. Black Stars squad named for AFCON qualifiers
3. Parliament approves 2024 budget timetable

Comments (3)
Kofi_A: Proud alumni here. Happy 60th!

(c) 2023 Accra Ledger Media Ltd. All rights reserved.
This site uses cookies. Read our Privacy Notice.
"""
doc = dict(id="u40-03", url="https://accraledger.example/news/defence/staff-college-marks-60-years-regional-training-ties",
           title="Staff college marks 60 years with call for deeper regional training ties",
           published="2023-10-21", source="Accra Ledger", lang="en", text=text)
gafcsc = P("Ghana Armed Forces Command and Staff College", "organisation", "GHA")
amoama = P("Seth Amoama", "person", "GHA", title="Chief of the Defence Staff, Vice Admiral")
brooke = P("Alastair Brooke", "person", "GBR", title="British Defence Senior Adviser for Africa, Major General")
cur = "The current senior course has students from Nigeria among its 94 officers, Asare-Yeboah said, and a naval officer from Brazil is expected to join the next intake in January."
guests = "Among the guests were the chiefs of defence staff of Sierra Leone and Liberia and the British Defence Senior Adviser for Africa, Major General Alastair Brooke."
kaiptc = "The Kofi Annan International Peacekeeping Training Centre, which grew out of the college's peace support department in 1998 with funding from Germany, Canada and the United Kingdom, now runs most of the country's pre-deployment courses."
events = [
 E("TRAIN", "occurred", [P("British Army", "organisation", "GBR"), gafcsc], "1963", L("Teshie", "GHA"), None,
   "British Army officers ran that first course and stayed on as directing staff until 1976, when the last of them handed over to Ghanaian instructors, the Commandant, Air Vice Marshal Frederick Asare-Yeboah, recalled in his address."),
 E("TRAIN", "occurred", [gafcsc, P("Nigeria", "country", "NGA")], None, L("Teshie", "GHA"), None, cur),
 E("TRAIN", "planned", [gafcsc, P("Brazil", "country", "BRA")], "2024-01", L("Teshie", "GHA"), None, cur),
 E("MEET", "occurred", [amoama, P("Sierra Leone", "country", "SLE")], "2023-10-20", L("Teshie", "GHA"), None, guests, optional=True),
 E("MEET", "occurred", [amoama, P("Liberia", "country", "LBR")], "2023-10-20", L("Teshie", "GHA"), None, guests, optional=True),
 E("MEET", "occurred", [amoama, brooke], "2023-10-20", L("Teshie", "GHA"), None,
   "On the sidelines of the durbar, Vice Admiral Amoama held talks with General Brooke on Britain's support for a new peace support operations wing at the college."),
 E("COOPERATE", "planned", [P("Britain", "country", "GBR"), gafcsc], None, None, None,
   "On the sidelines of the durbar, Vice Admiral Amoama held talks with General Brooke on Britain's support for a new peace support operations wing at the college.", optional=True),
 E("AGREE", "occurred", [gafcsc, P("U.S. Army Command and General Staff College", "organisation", "USA")], "2019", None, None,
   "In 2019 the college signed a memorandum of understanding with the U.S. Army Command and General Staff College at Fort Leavenworth, Kansas, providing for faculty exchanges and joint research on peacekeeping doctrine."),
 E("COOPERATE", "occurred", [P("Germany", "country", "DEU"), P("Kofi Annan International Peacekeeping Training Centre", "organisation", "GHA")], "1998", None, None, kaiptc, optional=True),
 E("COOPERATE", "occurred", [P("Canada", "country", "CAN"), P("Kofi Annan International Peacekeeping Training Centre", "organisation", "GHA")], "1998", None, None, kaiptc, optional=True),
 E("COOPERATE", "occurred", [P("United Kingdom", "country", "GBR"), P("Kofi Annan International Peacekeeping Training Centre", "organisation", "GHA")], "1998", None, None, kaiptc, optional=True),
]
write(doc, events)
