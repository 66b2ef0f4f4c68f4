from lib import *
text = """LAGOS MARITIME WATCH
Shipping | Ports | Navy | Oil & Gas | Fisheries | Jobs
Monday, February 21, 2022

NAVY

At 40, NNS Aradu is still the 'thunder' of the Nigerian fleet

By Chinedu Okafor
Share: Facebook | Twitter | LinkedIn | WhatsApp

[Photo: NNS Aradu alongside the Western Naval Command jetty, Lagos, 20.02.2022. Credit: Nigerian Navy]

Nigeria's largest warship, the frigate NNS Aradu, marked 40 years in service on Sunday with a thanksgiving ceremony on her flight deck at the Western Naval Command in Lagos, where her current crew was joined by more than 200 of the officers and ratings who have served aboard since 1982.

The frigate was ordered from West Germany's Blohm + Voss shipyard in November 1977, as the first of the MEKO 360 design, and was commissioned into the Nigerian Navy in Hamburg on 20 February 1982. Her name means 'thunder' in Hausa.

The Chief of the Naval Staff, Vice Admiral Awwal Gambo, who served aboard as a young sub-lieutenant, held talks on board with the German Ambassador to Nigeria, Annett Gunther, on the Navy's plans to refit the ship, officials said.

For much of the 1990s Aradu sat alongside in Lagos, unable to sail for lack of spare parts, and many in the service had given her up for lost. A refit at the Naval Dockyard in Lagos brought her back to sea in 2005, and she has since patrolled the Gulf of Guinea against pirates and oil thieves. In 2008 she made a 'lost' voyage that became a navy legend, drifting for days off Sao Tome with engine failure before being towed home.

"Every time somebody writes her obituary, she sails again," Gambo said.

The Navy says it wants to give the ship a mid-life upgrade of her sensors and weapons, though it has not said which firms it has approached. A team from the German shipbuilder visited Lagos last year, and the Ministry of Defence is expected to present a proposal to the Federal Executive Council before the end of the year, with the aim of keeping Aradu in service until at least
"""
doc = dict(id="u40-15", url="https://lagosmaritimewatch.example/navy/at-40-nns-aradu-still-thunder-nigerian-fleet",
           title="At 40, NNS Aradu is still the 'thunder' of the Nigerian fleet", published="2022-02-21",
           source="Lagos Maritime Watch", lang="en", text=text)
ordered = "The frigate was ordered from West Germany's Blohm + Voss shipyard in November 1977, as the first of the MEKO 360 design, and was commissioned into the Nigerian Navy in Hamburg on 20 February 1982."
events = [
 E("AGREE", "occurred", [P("Nigerian Navy", "organisation", "NGA"), P("Blohm + Voss", "company", "DEU")], "1977-11", None, None, ordered),
 E("TRANSFER", "occurred", [S("Blohm + Voss", "company", "DEU"), R("Nigerian Navy", "organisation", "NGA")], "1982-02-20", L("Hamburg", "DEU"),
   "MEKO 360 frigate NNS Aradu", ordered),
 E("MEET", "occurred", [P("Awwal Gambo", "person", "NGA", title="Chief of the Naval Staff, Vice Admiral"),
    P("Annett Gunther", "person", "DEU", title="German Ambassador to Nigeria")], "2022-02-20", L("Western Naval Command, Lagos", "NGA"), None,
   "The Chief of the Naval Staff, Vice Admiral Awwal Gambo, who served aboard as a young sub-lieutenant, held talks on board with the German Ambassador to Nigeria, Annett Gunther, on the Navy's plans to refit the ship, officials said."),
 E("MEET", "occurred", [P("German shipbuilder", "company", "DEU"), P("Nigerian Navy", "organisation", "NGA")], "2021", L("Lagos", "NGA"), None,
   "A team from the German shipbuilder visited Lagos last year, and the Ministry of Defence is expected to present a proposal to the Federal Executive Council before the end of the year, with the aim of keeping Aradu in service until at least", optional=True),
]
write(doc, events)
