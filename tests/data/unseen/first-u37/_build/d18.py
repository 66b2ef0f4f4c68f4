from lib import P, L, E

DOC = {
    "id": "u37-18",
    "url": "https://smilingcoast.example/news/fresh-senegalese-contingent-arrives-for-ecomig-rotation",
    "title": "Fresh Senegalese contingent arrives for ECOMIG rotation",
    "published": None,
    "source": "Smiling Coast Daily",
    "text": """Smiling Coast Daily
"The truth, the whole truth"
Home | News | Politics | Business | Sports | Features | Letters | Obituaries | Contact

Fresh Senegalese contingent arrives for ECOMIG rotation

Thursday, 22 September 2022
Written by Lamin Jatta

A fresh contingent of 250 Senegalese soldiers arrived in Banjul on Tuesday to relieve the outgoing Senegalese battalion of the ECOWAS Mission in The Gambia (ECOMIG), which completed its one-year tour of duty.

The soldiers, who travelled by road through the Amdallai border post, were welcomed at the ECOMIG headquarters by the mission's force commander and officers of the Gambia Armed Forces (GAF).

ECOMIG was deployed in January 2017 to secure the transition after former president Yahya Jammeh refused to step down. Besides the Senegalese battalion, the mission currently includes a Nigerian contingent and a Ghanaian formed police unit. ECOWAS leaders extended the mission's mandate by another year in July.

On Wednesday, the ECOWAS Special Representative in The Gambia, Ambassador Vabah Gayflor, paid a courtesy call on the Chief of Defence Staff, Lieutenant General Mamat O.A. Cham, at the GAF headquarters in Banjul.

During the visit, ECOWAS handed over twelve pickup trucks and a set of communications equipment to the Gambia Armed Forces. The equipment was financed by the ECOWAS Commission under its support programme for the security sector reform process.

Receiving the donation, Gen Cham thanked ECOWAS and said the vehicles would improve the mobility of the army's units in the provinces. "ECOMIG and GAF are one family," he said.

Amb Gayflor said the Commission would continue to support the reform of the security sector, which she described as "the backbone of the democratic transition".

Under a separate capacity-building programme funded by the Nigerian government, 30 GAF officers will attend courses at Nigerian Army training schools in Kaduna and Jaji next year, the GAF public relations office said.

The Gambia's security sector reform process, which began in 2017, is supported by ECOWAS, the United Nations and the European Union.

Comments (3)
Kebba S. - 22 September 2022 at 10:14
ECOMIG should hand over to our own army now. Five years is enough.
Fatou J. - 22 September 2022 at 11:02
Thank you Senegal and Nigeria for your support.
Reply

Related Articles
- NAMs query Interior Minister over police recruitment
- GAF begins recruitment exercise in all regions
- Scorpions coach names squad for AFCON qualifier

Copyright 2022 Smiling Coast Daily | Kanifing Industrial Estate | All Rights Reserved
""",
}

ECOMIG = P("ECOWAS Mission in The Gambia (ECOMIG)", "igo", "ECOWAS")
BJL = L("Banjul", "GMB")

EVENTS = [
    E("DEPLOY", "occurred", [P("Senegal", "country", "SEN"), ECOMIG], "2022-09-20", BJL, None,
      "A fresh contingent of 250 Senegalese soldiers arrived in Banjul on Tuesday to relieve the outgoing Senegalese battalion of the ECOWAS Mission in The Gambia (ECOMIG), which completed its one-year tour of duty."),
] + [
    E("DEPLOY", "occurred", [P(n, "organisation", c), P("ECOMIG", "igo", "ECOWAS")], None, L("The Gambia", "GMB"), None,
      "Besides the Senegalese battalion, the mission currently includes a Nigerian contingent and a Ghanaian formed police unit.")
    for n, c in [("Nigerian contingent", "NGA"), ("Ghanaian formed police unit", "GHA")]
] + [
    E("MEET", "occurred", [
        P("Vabah Gayflor", "person", "ECOWAS", title="ECOWAS Special Representative in The Gambia"),
        P("Mamat O.A. Cham", "person", "GMB", title="Chief of Defence Staff")],
      "2022-09-21", L("GAF headquarters, Banjul", "GMB"), None,
      "On Wednesday, the ECOWAS Special Representative in The Gambia, Ambassador Vabah Gayflor, paid a courtesy call on the Chief of Defence Staff, Lieutenant General Mamat O.A. Cham, at the GAF headquarters in Banjul."),
    E("TRANSFER", "occurred", [
        P("ECOWAS", "igo", "ECOWAS", role="supplier"),
        P("Gambia Armed Forces", "organisation", "GMB", role="recipient")],
      "2022-09-21", BJL, "twelve pickup trucks and communications equipment",
      "During the visit, ECOWAS handed over twelve pickup trucks and a set of communications equipment to the Gambia Armed Forces."),
    E("TRAIN", "planned", [
        P("Nigerian Army training schools", "organisation", "NGA"),
        P("GAF officers", "organisation", "GMB")],
      "2023", L("Kaduna and Jaji", "NGA"), None,
      "Under a separate capacity-building programme funded by the Nigerian government, 30 GAF officers will attend courses at Nigerian Army training schools in Kaduna and Jaji next year, the GAF public relations office said."),
] + [
    E("COOPERATE", "occurred", [P(n, "igo", c), P("The Gambia", "country", "GMB")], None, L("The Gambia", "GMB"), None,
      "The Gambia's security sector reform process, which began in 2017, is supported by ECOWAS, the United Nations and the European Union.",
      optional=True)
    for n, c in [("ECOWAS", "ECOWAS"), ("United Nations", "UN"), ("European Union", "EU")]
]
