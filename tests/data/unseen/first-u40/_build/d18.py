from lib import *
text = """General who took the army into NATO hands over command

SKOPJE - Lieutenant General Zoran Mitevski, who led North Macedonia's armed forces through the country's entry into NATO, handed over as Chief of the General Staff on Thursday after five years in the post, telling troops at the Ilinden barracks that the army he leaves "is smaller, better and no longer alone".

Mitevski, 58, will be succeeded by Major General Dragan Stojkovski, until now commander of the Operational Command, in a ceremony attended by President Gordana Siljanovska-Davkova and Defence Minister Vlado Misajlovski.

A career infantry officer who began his service in the Yugoslav People's Army, Mitevski belonged to the first generation of Macedonian officers shaped by Western schooling. He graduated from the US Army War College in Carlisle, Pennsylvania, in 2004 and commanded the country's contingent in Afghanistan twice.

The NATO years

He was deputy chief of the General Staff on February 6, 2019, when NATO's 29 members and North Macedonia signed the accession protocol at the alliance's headquarters in Brussels, days after the Prespa agreement with Greece had cleared the way, and he became chief a few months later. On March 27, 2020, North Macedonia became NATO's 30th member, in the middle of the first wave of the coronavirus pandemic, with a flag-raising in Brussels that almost nobody could attend.

Under his command, Macedonian troops served with NATO's Resolute Support mission in Afghanistan until the withdrawal in 2021, and the army still keeps a small unit with the European Union's EUFOR Althea force in Bosnia and Herzegovina.

The biggest test of his tenure at home came in May 2021, when North Macedonia hosted Decisive Strike, part of the US-led DEFENDER-Europe exercise series. Some 1,300 US soldiers, with units from Albania and Montenegro, trained alongside Macedonian troops at the Krivolak training range, the largest exercise ever held on the country's soil.

Since 2020, Greek and Italian fighter jets have policed North Macedonia's airspace, which has no combat aircraft of its own, under a NATO arrangement that Mitevski helped to negotiate.

"We were for decades a country that asked for security," he said in his farewell speech. "Now we also provide it."

Farewells

In recent weeks Mitevski has made a round of farewell visits to neighbouring armies. Last week he travelled to Tirana, where he was received by Albania's Chief of the General Staff, Major General Arben Kingji, who awarded him a medal for his contribution to cooperation between the two armies. A planned farewell call in Sofia did not take place after the Bulgarian side cited scheduling problems, a reminder of the tensions that continue to hold up North Macedonia's EU accession talks.

His critics say the army's modernisation has been slow. The ministry's long-promised purchase of new infantry fighting vehicles has been delayed again, and the air force's ageing Mi-24 and Mi-8 helicopters still await replacement. Mitevski acknowledged in an interview last month that "the money came later than the membership".

Stojkovski, 52, is a graduate of the Bundeswehr Command and Staff College in Hamburg. He takes over as the government prepares a defence review promised for the autumn.
"""
doc = dict(id="u40-18", url="https://balkanledger.example/north-macedonia/2024/06/28/general-who-took-army-into-nato-hands-over",
           title="General who took the army into NATO hands over command", published="2024-06-28",
           source="Balkan Ledger", lang="en", text=text)
mit = P("Zoran Mitevski", "person", "MKD", title="Chief of the General Staff, Lieutenant General")
events = [
 E("TRAIN", "occurred", [P("Zoran Mitevski", "person", "MKD", title="Lieutenant General"), P("US Army War College", "organisation", "USA")], "2004",
   L("Carlisle, Pennsylvania", "USA"), None,
   "He graduated from the US Army War College in Carlisle, Pennsylvania, in 2004 and commanded the country's contingent in Afghanistan twice."),
 E("AGREE", "occurred", [P("NATO", "igo", "NATO"), P("North Macedonia", "country", "MKD")], "2019-02-06", L("Brussels", "BEL"), None,
   "He was deputy chief of the General Staff on February 6, 2019, when NATO's 29 members and North Macedonia signed the accession protocol at the alliance's headquarters in Brussels, days after the Prespa agreement with Greece had cleared the way, and he became chief a few months later."),
 E("COOPERATE", "occurred", [P("North Macedonia", "country", "MKD"), P("NATO", "igo", "NATO")], "2020-03-27", L("Brussels", "BEL"), None,
   "On March 27, 2020, North Macedonia became NATO's 30th member, in the middle of the first wave of the coronavirus pandemic, with a flag-raising in Brussels that almost nobody could attend.", optional=True),
 E("DEPLOY", "occurred", [P("Macedonian troops", "organisation", "MKD"), P("NATO's Resolute Support mission", "igo", "NATO")], None, L("Afghanistan", "AFG"), None,
   "Under his command, Macedonian troops served with NATO's Resolute Support mission in Afghanistan until the withdrawal in 2021, and the army still keeps a small unit with the European Union's EUFOR Althea force in Bosnia and Herzegovina."),
 E("DEPLOY", "occurred", [P("Macedonian army", "organisation", "MKD"), P("EUFOR Althea", "igo", "EU")], None, L("Bosnia and Herzegovina", "BIH"), None,
   "Under his command, Macedonian troops served with NATO's Resolute Support mission in Afghanistan until the withdrawal in 2021, and the army still keeps a small unit with the European Union's EUFOR Althea force in Bosnia and Herzegovina."),
 E("EXERCISE", "occurred", [P("North Macedonia", "country", "MKD"), P("US soldiers", "organisation", "USA"), P("Albania", "country", "ALB"), P("Montenegro", "country", "MNE")],
   "2021-05", L("Krivolak training range", "MKD"), None,
   "Some 1,300 US soldiers, with units from Albania and Montenegro, trained alongside Macedonian troops at the Krivolak training range, the largest exercise ever held on the country's soil."),
 E("COOPERATE", "occurred", [P("Greece", "country", "GRC"), P("Italy", "country", "ITA"), P("North Macedonia", "country", "MKD")], None, None, None,
   "Since 2020, Greek and Italian fighter jets have policed North Macedonia's airspace, which has no combat aircraft of its own, under a NATO arrangement that Mitevski helped to negotiate."),
 E("MEET", "occurred", [mit, P("Arben Kingji", "person", "ALB", title="Chief of the General Staff, Major General")], "2024-06", L("Tirana", "ALB"), None,
   "Last week he travelled to Tirana, where he was received by Albania's Chief of the General Staff, Major General Arben Kingji, who awarded him a medal for his contribution to cooperation between the two armies."),
 E("TRAIN", "occurred", [P("Dragan Stojkovski", "person", "MKD", title="Major General"), P("Bundeswehr Command and Staff College", "organisation", "DEU")], None,
   L("Hamburg", "DEU"), None, "Stojkovski, 52, is a graduate of the Bundeswehr Command and Staff College in Hamburg.", optional=True),
]
write(doc, events)
