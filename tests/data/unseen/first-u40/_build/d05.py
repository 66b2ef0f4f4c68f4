from lib import *
text = """STEPPE HERALD   |   News of Kazakhstan and Central Asia
31.01.2025, 10:45   Astana -14°C   Almaty -3°C   USD 519.50   EUR 540.12   RUB 5.22
Main   Politics   Economy   Society   Defence   Regions   World   Photo   Video   | KZ | RU | EN

Defence

KAZBRIG at 25: from a single battalion to the Golan Heights

ALMATY - Kazakhstan's peacekeeping brigade, KAZBRIG, is marking 25 years since the formation of its first battalion with a week of ceremonies at its base in Kapshagay, where veterans of missions in Iraq and Lebanon were honoured on Friday morning.

The peacekeeping battalion, KAZBAT, was formed by presidential decree on 31 January 2000 and expanded into a brigade in 2006. It now numbers about 1,600 servicemen and women.

Its first taste of an international exercise came early. In 2003 the battalion hosted the first Steppe Eagle, a field exercise with American and British troops that has since grown into the main test of the brigade's readiness to NATO standards. That same year some 27 Kazakh military engineers went to Iraq, where until 2008 they cleared mines and purified water while serving in the Polish-led Multinational Division Centre-South.

The brigade's first deployment under the UN flag came in October 2018, when a company of 120 Kazakh peacekeepers joined the UN Interim Force in Lebanon (UNIFIL), serving inside the Indian battalion in the south of the country. Eight rotations have followed.

In November, a company of 139 KAZBRIG troops deployed to the Golan Heights with the UN Disengagement Observer Force (UNDOF), the brigade's first independent unit in a UN mission.

The brigade has long had help from the Arizona National Guard, Kazakhstan's partner under the US State Partnership Program since 1993. In 2021, instructors from Arizona trained KAZBRIG's first female engagement team, whose members later served in Lebanon.

On Thursday the brigade's commander, Colonel Yerlan Sarsenbayev, received a delegation from US Central Command led by Brigadier General Matthew Crowley. The two discussed this year's Steppe Eagle and preparations for the next UNDOF rotation, the Defence Ministry said.

"Twenty-five years ago we had one battalion and no experience. Today Kazakh blue helmets are asked for by name," Sarsenbayev told reporters.

The anniversary events end on Saturday with an open day for the families of servicemen.

Tags: KAZBRIG, peacekeeping, UN, Defence Ministry
Share: Telegram | WhatsApp | Facebook | VK

MOST READ
- Tokayev signs law on water resources
- Astana airport to open new terminal in March
- Tengiz expansion reaches final phase
- Kazakhstan, Uzbekistan to hold joint border commission session

(c) 2010-2025 Steppe Herald. Any use of materials is allowed only with a hyperlink to steppeherald.example
"""
doc = dict(id="u40-05", url="https://steppeherald.example/en/defence/kazbrig-25-years-golan-heights",
           title="KAZBRIG at 25: from a single battalion to the Golan Heights",
           published=None, source="Steppe Herald", lang="en", text=text)
events = [
 E("EXERCISE", "occurred", [P("Kazakhstan peacekeeping battalion", "organisation", "KAZ"), P("American troops", "organisation", "USA"), P("British troops", "organisation", "GBR")],
   "2003", L("Kazakhstan", "KAZ"), None,
   "In 2003 the battalion hosted the first Steppe Eagle, a field exercise with American and British troops that has since grown into the main test of the brigade's readiness to NATO standards."),
 E("COOPERATE", "occurred", [P("Kazakh military engineers", "organisation", "KAZ"), P("Polish-led Multinational Division Centre-South", "organisation", "POL")],
   "2003", L("Iraq", "IRQ"), None,
   "That same year some 27 Kazakh military engineers went to Iraq, where until 2008 they cleared mines and purified water while serving in the Polish-led Multinational Division Centre-South.", optional=True),
 E("DEPLOY", "occurred", [P("Kazakhstan", "country", "KAZ"), P("UN Interim Force in Lebanon", "igo", "UN")], "2018-10", L("Lebanon", "LBN"), None,
   "The brigade's first deployment under the UN flag came in October 2018, when a company of 120 Kazakh peacekeepers joined the UN Interim Force in Lebanon (UNIFIL), serving inside the Indian battalion in the south of the country."),
 E("COOPERATE", "occurred", [P("Kazakh peacekeepers", "organisation", "KAZ"), P("Indian battalion", "organisation", "IND")], "2018-10", L("Lebanon", "LBN"), None,
   "The brigade's first deployment under the UN flag came in October 2018, when a company of 120 Kazakh peacekeepers joined the UN Interim Force in Lebanon (UNIFIL), serving inside the Indian battalion in the south of the country.", optional=True),
 E("DEPLOY", "occurred", [P("KAZBRIG", "organisation", "KAZ"), P("UN Disengagement Observer Force", "igo", "UN")], "2024-11", L("Golan Heights", None), None,
   "In November, a company of 139 KAZBRIG troops deployed to the Golan Heights with the UN Disengagement Observer Force (UNDOF), the brigade's first independent unit in a UN mission."),
 E("COOPERATE", "occurred", [P("Arizona National Guard", "organisation", "USA"), P("Kazakhstan", "country", "KAZ")], None, None, None,
   "The brigade has long had help from the Arizona National Guard, Kazakhstan's partner under the US State Partnership Program since 1993.", optional=True),
 E("TRAIN", "occurred", [P("instructors from Arizona", "organisation", "USA"), P("KAZBRIG", "organisation", "KAZ")], "2021", None, None,
   "In 2021, instructors from Arizona trained KAZBRIG's first female engagement team, whose members later served in Lebanon."),
 E("MEET", "occurred", [P("Yerlan Sarsenbayev", "person", "KAZ", title="brigade commander, Colonel"),
    P("Matthew Crowley", "person", "USA", title="Brigadier General, US Central Command"), P("US Central Command", "organisation", "USA")],
   "2025-01-30", None, None,
   "On Thursday the brigade's commander, Colonel Yerlan Sarsenbayev, received a delegation from US Central Command led by Brigadier General Matthew Crowley."),
 E("EXERCISE", "planned", [P("Kazakhstan", "country", "KAZ"), P("United States", "country", "USA")], "2025", None, None,
   "The two discussed this year's Steppe Eagle and preparations for the next UNDOF rotation, the Defence Ministry said.", optional=True),
]
write(doc, events)
