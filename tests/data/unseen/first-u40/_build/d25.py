from lib import *
text = """CARIBBEAN SECURITY WIRE
Regional | Trinidad & Tobago | Jamaica | Guyana | Barbados | Haiti | Features | Podcasts
Saturday, May 4, 2024

Features > Exercises

Tradewinds at 40: the Caribbean's oldest exercise comes home to Trinidad

By Marcus Baptiste, Port of Spain | May 4, 2024 | 6:15 AM AST

Tweet | Share | Email | Print

Under a hard April sun at Chaguaramas, the soldiers of 21 nations went through the motions this week of a drill that has been running since most of them were born.

Tradewinds 2024, which opened in Trinidad and Tobago on April 28, brings together some 1,300 personnel from 21 countries for two weeks of training in maritime interdiction, disaster response, jungle operations and cyber defence. Alongside the Trinidad and Tobago Defence Force, troops from the United States, Canada, the United Kingdom and France are taking part, as are units from 16 other Caribbean states.

The exercise is sponsored by US Southern Command and is now in its 40th year. In 1984, US forces and troops from Jamaica and Barbados exercised together on Jamaica's north coast in the first Tradewinds, a modest affair of a few hundred men that grew out of the US intervention in Grenada the year before. Last year's edition was hosted by Guyana, where US and Guyanese forces led jungle warfare training near Timehri.

The head of Southern Command, General Laura Richardson, met Trinidad and Tobago's Chief of Defence Staff, Air Vice Marshal Darryl Daniel, in Port of Spain on Thursday. Richardson announced that the United States would donate two interceptor boats to the Trinidad and Tobago Coast Guard by the end of the year to help it counter drug and gun trafficking.

"Forty years of Tradewinds means forty years of people who know each other's phone numbers when the hurricane comes," Daniel said.

The exercise is organised with CARICOM's Implementation Agency for Crime and Security (IMPACS), which coordinates the participating Caribbean forces.

Tradewinds ends on May 9 with a closing ceremony at the Defence Force headquarters in Chaguaramas.

RELATED
- Guyana, Venezuela border tensions: what we know
- Jamaica Defence Force recruits first drone pilots
- Barbados to host regional hurricane drill in June

Subscribe to the Caribbean Security Wire newsletter

(c) 2024 Caribbean Security Wire. All rights reserved. Privacy Policy | Cookie Policy | Contact Us
"""
doc = dict(id="u40-25", url="https://caribbeansecuritywire.example/features/tradewinds-at-40-trinidad",
           title="Tradewinds at 40: the Caribbean's oldest exercise comes home to Trinidad", published="2024-05-04",
           source="Caribbean Security Wire", lang="en", text=text)
events = [
 E("EXERCISE", "occurred", [P("Trinidad and Tobago Defence Force", "organisation", "TTO"), P("United States", "country", "USA"), P("Canada", "country", "CAN"),
    P("United Kingdom", "country", "GBR"), P("France", "country", "FRA")], "2024-04", L("Chaguaramas", "TTO"), None,
   "Alongside the Trinidad and Tobago Defence Force, troops from the United States, Canada, the United Kingdom and France are taking part, as are units from 16 other Caribbean states."),
 E("EXERCISE", "occurred", [P("US forces", "organisation", "USA"), P("Jamaica", "country", "JAM"), P("Barbados", "country", "BRB")], "1984", L("Jamaica's north coast", "JAM"), None,
   "In 1984, US forces and troops from Jamaica and Barbados exercised together on Jamaica's north coast in the first Tradewinds, a modest affair of a few hundred men that grew out of the US intervention in Grenada the year before."),
 E("EXERCISE", "occurred", [P("US forces", "organisation", "USA"), P("Guyanese forces", "organisation", "GUY")], "2023", L("near Timehri", "GUY"), None,
   "Last year's edition was hosted by Guyana, where US and Guyanese forces led jungle warfare training near Timehri."),
 E("MEET", "occurred", [P("Laura Richardson", "person", "USA", title="head of Southern Command, General"),
    P("Darryl Daniel", "person", "TTO", title="Chief of Defence Staff, Air Vice Marshal")], "2024-05-02", L("Port of Spain", "TTO"), None,
   "The head of Southern Command, General Laura Richardson, met Trinidad and Tobago's Chief of Defence Staff, Air Vice Marshal Darryl Daniel, in Port of Spain on Thursday."),
 E("TRANSFER", "planned", [S("United States", "country", "USA"), S("Laura Richardson", "person", "USA", title="head of Southern Command, General"),
    R("Trinidad and Tobago Coast Guard", "organisation", "TTO")], "2024", None, "two interceptor boats",
   "Richardson announced that the United States would donate two interceptor boats to the Trinidad and Tobago Coast Guard by the end of the year to help it counter drug and gun trafficking."),
 E("COOPERATE", "occurred", [P("US Southern Command", "organisation", "USA"), P("CARICOM's Implementation Agency for Crime and Security", "igo", "CARICOM")], None, None, None,
   "The exercise is organised with CARICOM's Implementation Agency for Crime and Security (IMPACS), which coordinates the participating Caribbean forces.", optional=True),
]
write(doc, events)
