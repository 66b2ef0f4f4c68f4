from lib import *
text = """SAHEL MONITOR
Independent news on the Sahel and West Africa
Mali | Burkina Faso | Niger | Chad | Mauritania | Security | Economy | Analysis | Francais

Monday, May 20, 2024

ANALYSIS

Eleven years, 18,000 soldiers, one coup too many: the EU's Mali mission closes

by Moussa Traore and Claire Dubois
May 20, 2024 - 7 min read

The European Union's training mission in Mali, EUTM Mali, came to an end on Saturday when its mandate expired, closing a chapter that began with high hopes in the weeks after France's 2013 intervention against jihadist groups in the north.

The mission began training its first Malian battalion at Koulikoro, 60 kilometres from Bamako, on 2 April 2013. Over the next eleven years, European instructors put more than 18,000 Malian soldiers through courses in infantry tactics, logistics, engineering and the laws of war.

France provided the mission's first commander, Brigadier General Francois Lecointre, who later became the country's chief of defence staff. In later years Germany sent the largest contingent, with up to 300 soldiers at Koulikoro, while some 20 other European countries rotated smaller teams through the camp.

The mission's fortunes followed Mali's politics. After the coups of August 2020 and May 2021, the military government turned to Moscow for support. Russia delivered four Mi-171 transport helicopters to Bamako at the end of September 2021, and in August 2022 a further batch of aircraft, including L-39 jet trainers and Su-25 ground-attack jets, was handed over at the capital's airport in a ceremony attended by the junta leader, Colonel Assimi Goita.

Russian military instructors arrived in December 2021. Western governments say they belong to the Wagner Group, a claim the Malian authorities have always rejected.

In April 2022 the EU suspended its operational training of Malian combat units, citing the lack of guarantees that soldiers it had trained would not serve alongside Russian forces. A reduced team stayed on to advise on military education until this month.

"We trained soldiers who fought bravely, but you cannot train your way out of a political crisis," a European officer who served three tours at Koulikoro said.

The Koulikoro camp was handed back to the Malian armed forces in March.

SHARE THIS ARTICLE:  [f]  [X]  [in]  [WhatsApp]  [Email]

READ MORE
> Niger junta orders US troops out by September
> Burkina Faso, Mali, Niger sign Alliance of Sahel States charter
> ECOWAS lifts sanctions on Niger

Newsletter: Get the Sahel Monitor briefing every Friday. [Your email] [Sign up]

Sahel Monitor (c) 2024. All rights reserved. Cookies help us deliver our services. By using our site you agree to our use of cookies.
"""
doc = dict(id="u40-11", url="https://sahelmonitor.example/analysis/2024/05/20/eutm-mali-closes-eleven-years",
           title="Eleven years, 18,000 soldiers, one coup too many: the EU's Mali mission closes", published="2024-05-20",
           source="Sahel Monitor", lang="en", text=text)
eutm = P("EUTM Mali", "igo", "EU")
heli = "Russia delivered four Mi-171 transport helicopters to Bamako at the end of September 2021, and in August 2022 a further batch of aircraft, including L-39 jet trainers and Su-25 ground-attack jets, was handed over at the capital's airport in a ceremony attended by the junta leader, Colonel Assimi Goita."
events = [
 E("COOPERATE", "occurred", [P("France", "country", "FRA"), P("Mali", "country", "MLI")], "2013", L("northern Mali", "MLI"), None,
   "The European Union's training mission in Mali, EUTM Mali, came to an end on Saturday when its mandate expired, closing a chapter that began with high hopes in the weeks after France's 2013 intervention against jihadist groups in the north.", optional=True),
 E("TRAIN", "occurred", [eutm, P("Malian army", "organisation", "MLI")], "2013-04-02", L("Koulikoro", "MLI"), None,
   "The mission began training its first Malian battalion at Koulikoro, 60 kilometres from Bamako, on 2 April 2013."),
 E("DEPLOY", "occurred", [P("France", "country", "FRA"), P("Francois Lecointre", "person", "FRA", title="first mission commander, Brigadier General"), eutm],
   "2013", L("Mali", "MLI"), None,
   "France provided the mission's first commander, Brigadier General Francois Lecointre, who later became the country's chief of defence staff."),
 E("DEPLOY", "occurred", [P("Germany", "country", "DEU"), eutm], None, L("Koulikoro", "MLI"), None,
   "In later years Germany sent the largest contingent, with up to 300 soldiers at Koulikoro, while some 20 other European countries rotated smaller teams through the camp."),
 E("TRANSFER", "occurred", [S("Russia", "country", "RUS"), R("Mali", "country", "MLI")], "2021-09", L("Bamako", "MLI"),
   "four Mi-171 transport helicopters", heli),
 E("TRANSFER", "occurred", [S("Russia", "country", "RUS"), R("Mali", "country", "MLI"), R("Assimi Goita", "person", "MLI", title="junta leader, Colonel")],
   "2022-08", L("Bamako airport", "MLI"), "aircraft including L-39 jet trainers and Su-25 ground-attack jets", heli),
 E("TRAIN", "occurred", [P("Russian military instructors", "organisation", "RUS"), P("Mali", "country", "MLI")], "2021-12", L("Mali", "MLI"), None,
   "Russian military instructors arrived in December 2021.", optional=True),
]
write(doc, events)
