from lib import *
text = """BALTIC HARBOUR NEWS
Ports & Shipping | Navies | Offshore | Baltic Sea | Events
01.07.2024

Navies

Estonian Navy at 30: a fleet built from other navies' ships

By Kaarel Tamm | 5 min read | Share: Facebook | LinkedIn | X | Email

Tallinn, 1 July 2024. The Estonian Navy celebrates on Monday the 30th anniversary of its re-establishment, with a flag ceremony at the Miinisadam naval base in Tallinn and an open-ship day for the public.

When the navy was re-established on 1 July 1994, three years after independence, it had a handful of converted fishing boats and almost no trained officers. Nearly every warship it has operated since came second-hand from an allied navy.

The first big step was regional. In 1998 Estonia, Latvia and Lithuania set up BALTRON, a joint Baltic Naval Squadron for mine countermeasures, with Germany's help in training and equipment.

The navy's first real flagship followed two years later: the former Danish fishery protection frigate Beskytteren, which Denmark donated in 2000 and which served as EML Admiral Pitka until 2013. It is now a museum ship.

The minehunters that form today's fleet came from Britain. Three Sandown-class vessels, bought from the Royal Navy in 2006, arrived between 2007 and 2009 as EML Admiral Cowan, EML Sakala and EML Ugandi, and remain the backbone of the service.

Today the navy has about 400 sailors and conscripts, and since 2023 it has also taken over the patrol boats of the Police and Border Guard Board's maritime wing, doubling the number of hulls under its command.

The navy has kept its ships busy in NATO formations. In January, EML Sakala joined NATO's Standing Mine Countermeasures Group 1 for a six-month deployment in the Baltic and North Sea.

Monday's ceremony is expected to be attended by the commanders of the Latvian, Lithuanian and Finnish navies as well as Defence Minister Hanno Pevkur, who is due to announce
"""
doc = dict(id="u40-23", url="https://balticharbournews.example/navies/estonian-navy-at-30",
           title="Estonian Navy at 30: a fleet built from other navies' ships", published="2024-07-01",
           source="Baltic Harbour News", lang="en", text=text)
events = [
 E("COOPERATE", "occurred", [P("Estonia", "country", "EST"), P("Latvia", "country", "LVA"), P("Lithuania", "country", "LTU"), P("Germany", "country", "DEU")],
   "1998", None, None,
   "In 1998 Estonia, Latvia and Lithuania set up BALTRON, a joint Baltic Naval Squadron for mine countermeasures, with Germany's help in training and equipment."),
 E("TRANSFER", "occurred", [S("Denmark", "country", "DNK"), R("Estonian Navy", "organisation", "EST")], "2000", None,
   "fishery protection frigate Beskytteren (EML Admiral Pitka)",
   "The navy's first real flagship followed two years later: the former Danish fishery protection frigate Beskytteren, which Denmark donated in 2000 and which served as EML Admiral Pitka until 2013."),
 E("TRANSFER", "occurred", [S("Royal Navy", "organisation", "GBR"), R("Estonian Navy", "organisation", "EST")], "2006", None,
   "three Sandown-class minehunters",
   "Three Sandown-class vessels, bought from the Royal Navy in 2006, arrived between 2007 and 2009 as EML Admiral Cowan, EML Sakala and EML Ugandi, and remain the backbone of the service."),
 E("DEPLOY", "occurred", [P("EML Sakala", "organisation", "EST"), P("NATO's Standing Mine Countermeasures Group 1", "igo", "NATO")], "2024-01", None, None,
   "In January, EML Sakala joined NATO's Standing Mine Countermeasures Group 1 for a six-month deployment in the Baltic and North Sea."),
 E("MEET", "planned", [P("Estonian Navy", "organisation", "EST"), P("Latvian navy", "organisation", "LVA"), P("Lithuanian navy", "organisation", "LTU"), P("Finnish navy", "organisation", "FIN")],
   "2024-07-01", L("Miinisadam naval base, Tallinn", "EST"), None,
   "Monday's ceremony is expected to be attended by the commanders of the Latvian, Lithuanian and Finnish navies as well as Defence Minister Hanno Pevkur, who is due to announce", optional=True),
]
write(doc, events)
