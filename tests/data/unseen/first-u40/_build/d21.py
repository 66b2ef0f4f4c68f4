from lib import *
text = """GREAT LAKES HERALD
Rwanda | Burundi | DRC | Uganda | Tanzania | East Africa | Opinion | Business
2024-08-15T09:12 | Kigali 27°C

HOME > RWANDA > SECURITY

Twenty years of blue helmets: Rwanda marks two decades of peacekeeping

Jean de Dieu Habimana

Rwanda this week marked 20 years since its soldiers first deployed on a peace support mission, with a ceremony at the Rwanda Defence Force (RDF) headquarters in Kimihurura attended by veterans, diplomats and the head of UN peacekeeping.

In August 2004, Rwanda sent about 150 soldiers to Darfur as part of the African Union Mission in Sudan (AMIS), the country's first peacekeeping deployment, barely ten years after the genocide against the Tutsi. When the AU force was folded into the joint African Union-United Nations mission, UNAMID, at the end of 2007, the Rwandan battalions stayed on, and Rwanda became one of the mission's largest contributors until it closed in 2020.

Today Rwanda is among the top five troop contributors to UN peacekeeping, with more than 5,000 personnel deployed. Rwandan infantry battalions, police units and helicopters have served with MINUSCA in the Central African Republic since September 2014.

Rwanda has also deployed outside UN structures. Under bilateral agreements, Rwandan troops were sent to the Central African Republic in December 2020, ahead of disputed elections, and to Mozambique's Cabo Delgado province in July 2021 to fight an Islamist insurgency. In December 2022 the European Union granted 20 million euros from its European Peace Facility to support the Rwandan deployment in Mozambique.

The UN Under-Secretary-General for Peace Operations, Jean-Pierre Lacroix, met Defence Minister Juvenal Marizamunda in Kigali on Tuesday, and the two discussed the future of MINUSCA and the training of Rwandan units for new UN missions, the ministry said. Lacroix later laid a wreath at the Kigali Genocide Memorial.

"Rwanda knows what it means when the world looks away," Marizamunda said at Wednesday's ceremony. "Our soldiers go so that others are not left alone."

Advertisement

MORE FROM SECURITY
- RDF, UPDF hold joint border security meeting in Kabale
- Police graduate 1,200 new officers in Gishari
- Analysis: What next for the EAC force in eastern DRC?

Tags: RDF, peacekeeping, MINUSCA, UNAMID, AU

Share this article:   WhatsApp   X   Facebook

Great Lakes Herald (c) 2024 | About us | Advertise | Privacy | Terms
"""
doc = dict(id="u40-21", url="https://greatlakesherald.example/rwanda/security/twenty-years-blue-helmets-rwanda-peacekeeping",
           title="Twenty years of blue helmets: Rwanda marks two decades of peacekeeping", published=None,
           source="Great Lakes Herald", lang="en", text=text)
bil = "Under bilateral agreements, Rwandan troops were sent to the Central African Republic in December 2020, ahead of disputed elections, and to Mozambique's Cabo Delgado province in July 2021 to fight an Islamist insurgency."
events = [
 E("DEPLOY", "occurred", [P("Rwanda", "country", "RWA"), P("African Union Mission in Sudan", "igo", "AU")], "2004-08", L("Darfur", "SDN"), None,
   "In August 2004, Rwanda sent about 150 soldiers to Darfur as part of the African Union Mission in Sudan (AMIS), the country's first peacekeeping deployment, barely ten years after the genocide against the Tutsi."),
 E("DEPLOY", "occurred", [P("Rwandan battalions", "organisation", "RWA"), P("UNAMID", "igo", "UN")], "2007", L("Darfur", "SDN"), None,
   "When the AU force was folded into the joint African Union-United Nations mission, UNAMID, at the end of 2007, the Rwandan battalions stayed on, and Rwanda became one of the mission's largest contributors until it closed in 2020."),
 E("DEPLOY", "occurred", [P("Rwanda", "country", "RWA"), P("MINUSCA", "igo", "UN")], None, L("Central African Republic", "CAF"), None,
   "Rwandan infantry battalions, police units and helicopters have served with MINUSCA in the Central African Republic since September 2014."),
 E("COOPERATE", "occurred", [P("Rwanda", "country", "RWA"), P("Central African Republic", "country", "CAF")], "2020-12", L("Central African Republic", "CAF"), None, bil, optional=True),
 E("COOPERATE", "occurred", [P("Rwanda", "country", "RWA"), P("Mozambique", "country", "MOZ")], "2021-07", L("Cabo Delgado", "MOZ"), None, bil, optional=True),
 E("AGREE", "occurred", [P("Rwanda", "country", "RWA"), P("Central African Republic", "country", "CAF")], None, None, None, bil, optional=True),
 E("AGREE", "occurred", [P("Rwanda", "country", "RWA"), P("Mozambique", "country", "MOZ")], None, None, None, bil, optional=True),
 E("COOPERATE", "occurred", [P("European Union", "igo", "EU"), P("Rwanda", "country", "RWA")], "2022-12", None, None,
   "In December 2022 the European Union granted 20 million euros from its European Peace Facility to support the Rwandan deployment in Mozambique."),
 E("MEET", "occurred", [P("Jean-Pierre Lacroix", "person", "UN", title="UN Under-Secretary-General for Peace Operations"),
    P("Juvenal Marizamunda", "person", "RWA", title="Defence Minister")], "2024-08-13", L("Kigali", "RWA"), None,
   "The UN Under-Secretary-General for Peace Operations, Jean-Pierre Lacroix, met Defence Minister Juvenal Marizamunda in Kigali on Tuesday, and the two discussed the future of MINUSCA and the training of Rwandan units for new UN missions, the ministry said."),
]
write(doc, events)
