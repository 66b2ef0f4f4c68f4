from lib import *

# ---------- u45-07 scraped, cut off
t = """THE NATIONAL HERALD  |  e-Paper  |  Subscribe
India | World | Business | Sports | Defence | Opinion | Videos
New Delhi | Saturday, January 7, 2023 | 12°C Haze

Home / Defence

Indian battalion leaves for South Sudan; women's platoon heads to Abyei this month

By Arjun Mehra, New Delhi | Updated: Jan 07, 2023, 09:45 IST

An Indian Army infantry battalion group of about 1,160 personnel left for South Sudan on Friday to join the United Nations Mission in South Sudan (UNMISS), where it will be based at Malakal in Upper Nile state.

The battalion replaces a unit of the same regiment that has completed its one-year tour, an Army spokesperson said. Its equipment, including armoured personnel carriers and water bowsers, was shipped from Mumbai in December.

A platoon of 27 women peacekeepers will be deployed to Abyei later this month as part of the Indian battalion serving with the UN Interim Security Force for Abyei (UNISFA). It is the largest single unit of Indian women sent on a UN mission since the all-female police unit that went to Liberia in 2007.

The women's platoon will run community engagement and patrol duties and will also help with the protection of women and children in the disputed area between Sudan and South Sudan, officials said.

Before leaving, the officers of both contingents went through courses at the Centre for United Nations Peacekeeping (CUNPK) in Delhi Cantonment, the Army's school for pre-deployment training.

The centre also trains officers from friendly foreign countries. A UN staff officers' course now running there has 32 participants, among them officers from Kenya, Nigeria and Vietnam, according to the Army.

India has contributed more than 275,000 troops to 49 of the 71 UN missions set up since 1948, and some 5,900 Indian personnel are currently deployed in 12 missions. Speaking at the flag-off, the Vice Chief of the Army Staff said the Indian soldier had earned "a reputation for professionalism and compassion wherever"""
ev_tr = "A UN staff officers' course now running there has 32 participants, among them officers from Kenya, Nigeria and Vietnam, according to the Army."
evs = [
 E("DEPLOY","occurred",[O("Indian Army infantry battalion group","IND"),I("UNMISS","UN")],"2023-01-06",("Malakal","SSD"),
   "An Indian Army infantry battalion group of about 1,160 personnel left for South Sudan on Friday to join the United Nations Mission in South Sudan (UNMISS), where it will be based at Malakal in Upper Nile state."),
 E("DEPLOY","planned",[O("Indian women's platoon","IND"),I("UNISFA","UN")],"2023-01",("Abyei",None),
   "A platoon of 27 women peacekeepers will be deployed to Abyei later this month as part of the Indian battalion serving with the UN Interim Security Force for Abyei (UNISFA)."),
]
evs += [E("TRAIN","occurred",[O("Centre for United Nations Peacekeeping (CUNPK)","IND"),C(n,c)],"2023-01",("Delhi Cantonment","IND"),ev_tr) for n,c in [("Kenya","KEN"),("Nigeria","NGA"),("Vietnam","VNM")]]
write("u45-07","https://nationalherald-in.example/defence/indian-battalion-leaves-for-south-sudan-women-platoon-abyei",
      "Indian battalion leaves for South Sudan; women's platoon heads to Abyei this month","2023-01-07","The National Herald",t,evs)

# ---------- u45-08 clean wire, Aspides
t = """EU launches Red Sea naval mission with Greek headquarters, Italian commander at sea

BRUSSELS, Feb 19 (Eurowire) - European Union foreign ministers on Monday launched Operation Aspides, a naval mission to protect merchant ships in the Red Sea and the Gulf of Aden from attacks by Yemen's Houthi movement.

The operation will be run from an operational headquarters in Larissa, Greece, under the command of Greek Commodore Vasilis Kyriakidis, while Italian Rear Admiral Marco Lanzetta will act as force commander at sea.

At least four European warships are expected to take part in the first phase. Germany's frigate Hessen, which left Wilhelmshaven on Feb. 8 with some 240 sailors aboard, is due to reach the area this week and will join Aspides as soon as the Bundestag approves the deployment, expected on Friday. France and Italy have each assigned a frigate already operating in the region.

Belgium said it would send the frigate Louise-Marie at the end of March.

Unlike the US-led Operation Prosperity Guardian, which has struck Houthi targets on land, Aspides has a purely defensive mandate, EU officials said: its ships may shoot down drones and missiles and escort vessels, but will not carry out strikes. Denmark, whose frigate Iver Huitfeldt has been serving with Prosperity Guardian since January, said it would consider how it could contribute.

The mission's first mandate runs for one year.

In a separate development, the Italian destroyer Caio Duilio and the Indian Navy's INS Visakhapatnam carried out a joint boarding and search drill in the Gulf of Aden on Sunday, the Italian navy said. Indian warships have stepped up patrols in the area since December.

Shipping through the Suez Canal has fallen by around 40 percent since the Houthi attacks began in November, according to figures from the UN trade agency UNCTAD.
"""
evs = [
 E("DEPLOY","occurred",[C("Greece","GRC"),P("Vasilis Kyriakidis","EU","Commodore, Operation Commander"),I("Operation Aspides","EU")],"2024-02-19",("Larissa","GRC"),
   "The operation will be run from an operational headquarters in Larissa, Greece, under the command of Greek Commodore Vasilis Kyriakidis, while Italian Rear Admiral Marco Lanzetta will act as force commander at sea."),
 E("DEPLOY","occurred",[C("Italy","ITA"),P("Marco Lanzetta","EU","Rear Admiral, force commander"),I("Operation Aspides","EU")],"2024-02-19",None,
   "The operation will be run from an operational headquarters in Larissa, Greece, under the command of Greek Commodore Vasilis Kyriakidis, while Italian Rear Admiral Marco Lanzetta will act as force commander at sea."),
 E("DEPLOY","planned",[C("Germany","DEU"),I("Operation Aspides","EU")],"2024-02",("Red Sea",None),
   "Germany's frigate Hessen, which left Wilhelmshaven on Feb. 8 with some 240 sailors aboard, is due to reach the area this week and will join Aspides as soon as the Bundestag approves the deployment, expected on Friday."),
 E("DEPLOY","occurred",[C("France","FRA"),I("Operation Aspides","EU")],None,("Red Sea",None),
   "France and Italy have each assigned a frigate already operating in the region."),
 E("DEPLOY","planned",[C("Belgium","BEL"),I("Operation Aspides","EU")],"2024-03",None,
   "Belgium said it would send the frigate Louise-Marie at the end of March."),
 E("COOPERATE","occurred",[C("Denmark","DNK"),C("United States","USA")],None,("Red Sea",None),
   "Denmark, whose frigate Iver Huitfeldt has been serving with Prosperity Guardian since January, said it would consider how it could contribute.",opt=True),
 E("EXERCISE","occurred",[O("Italian navy","ITA"),O("Indian Navy","IND")],"2024-02-18",("Gulf of Aden",None),
   "In a separate development, the Italian destroyer Caio Duilio and the Indian Navy's INS Visakhapatnam carried out a joint boarding and search drill in the Gulf of Aden on Sunday, the Italian navy said."),
]
write("u45-08","https://eurowire.example/2024/02/20/eu-launches-red-sea-naval-mission-aspides",
      "EU launches Red Sea naval mission with Greek headquarters, Italian commander at sea","2024-02-20","Eurowire",t,evs)
