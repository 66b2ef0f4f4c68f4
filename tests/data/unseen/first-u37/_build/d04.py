from lib import P, L, E

DOC = {
    "id": "u37-04",
    "url": "https://southernreview.example/region/2021/08/10/sadc-formally-launches-cabo-delgado-mission",
    "title": "SADC formally launches Cabo Delgado mission as more troops head to Mozambique",
    "published": "2021-08-10",
    "source": "Southern Review",
    "text": """SADC formally launches Cabo Delgado mission as more troops head to Mozambique

PEMBA - The Southern African Development Community on Monday formally launched its standby force mission in Mozambique's Cabo Delgado province, with soldiers from Botswana and South Africa already on the ground and more contingents expected in the coming weeks.

The ceremony at the mission's headquarters in Pemba was attended by SADC Executive Secretary Elias Magosi and Mozambique's Defence Minister Jaime Neto, who held talks afterwards on the deployment schedule and on coordination with Mozambican forces.

"SADC is here because an attack on one member state is an attack on all of us," Magosi said.

The SADC Mission in Mozambique (SAMIM) was approved by an extraordinary summit of the bloc's heads of state in Maputo on June 23, more than three years after Islamist insurgents linked to the Islamic State group began attacking villages in the gas-rich province.

Botswana's contingent of 296 soldiers arrived in Pemba on July 26, the first to deploy under the SAMIM banner.

President Cyril Ramaphosa informed Parliament last month that he had authorised the employment of up to 1,495 members of the South African National Defence Force in Mozambique for three months. The first South African troops crossed into Mozambique at the end of July, the SANDF said, and special forces and a naval vessel are already operating under the mission's command.

Angola is contributing 20 officers and an Ilyushin Il-76 transport aircraft to the mission, while Tanzania is expected to send personnel in the coming weeks, the SADC secretariat said in a statement.

The mission is commanded by South African Major General Xolani Mankayi. Its initial mandate runs for three months.

In a separate arrangement agreed between the two governments, Zimbabwe will send 304 instructors to train Mozambican special forces at a training centre in Katembe, near Maputo.

The European Union has also decided to set up a military training mission for Mozambique, which is expected to begin training Mozambican marines and commandos before the end of the year.

Rwandan successes

SADC's launch comes as Rwandan forces report rapid progress further north. Rwanda, which is not a member of SADC, deployed 1,000 soldiers and police officers to Cabo Delgado in July under a bilateral agreement with Maputo, and its troops, together with Mozambican forces, recaptured the port town of Mocimboa da Praia on Sunday.

Neto said Mozambique welcomed the coordination between the Rwandan contingent and SADC forces and denied that there was any rivalry between them.

Analysts said the real test for SAMIM would be whether it could hold territory once the Rwandans withdrew. "The money question has not been answered," said a researcher at a Johannesburg think tank. SADC has so far approved a budget of about $12 million for the first three months, a fraction of what the operation is likely to cost.

More than 800,000 people have been displaced by the conflict, according to the United Nations.
""",
}

PEMBA = L("Pemba", "MOZ")
SAMIM = P("SADC Mission in Mozambique", "igo", "SADC")
MOZ_LOC = L("Cabo Delgado", "MOZ")
OTHERS = "Angola is contributing 20 officers and an Ilyushin Il-76 transport aircraft to the mission, while Tanzania is expected to send personnel in the coming weeks, the SADC secretariat said in a statement."

EVENTS = [
    E("MEET", "occurred", [
        P("Elias Magosi", "person", "SADC", title="SADC Executive Secretary"),
        P("Jaime Neto", "person", "MOZ", title="Defence Minister")],
      "2021-08-09", PEMBA, None,
      "The ceremony at the mission's headquarters in Pemba was attended by SADC Executive Secretary Elias Magosi and Mozambique's Defence Minister Jaime Neto, who held talks afterwards on the deployment schedule and on coordination with Mozambican forces."),
    E("DEPLOY", "occurred", [P("Botswana", "country", "BWA"), SAMIM],
      "2021-07-26", PEMBA, None,
      "Botswana's contingent of 296 soldiers arrived in Pemba on July 26, the first to deploy under the SAMIM banner."),
    E("DEPLOY", "occurred", [
        P("South African National Defence Force", "organisation", "ZAF"),
        P("Xolani Mankayi", "person", "ZAF", title="mission commander"), SAMIM],
      "2021-07", L("Mozambique", "MOZ"), None,
      "The first South African troops crossed into Mozambique at the end of July, the SANDF said, and special forces and a naval vessel are already operating under the mission's command."),
    E("DEPLOY", "occurred", [P("Angola", "country", "AGO"), SAMIM],
      None, MOZ_LOC, None, OTHERS),
] + [
    E("DEPLOY", "planned", [P(n, "country", c), SAMIM], None, MOZ_LOC, None, OTHERS)
    for n, c in [("Tanzania", "TZA")]
] + [
    E("TRAIN", "planned", [
        P("Zimbabwe", "country", "ZWE"),
        P("Mozambican special forces", "organisation", "MOZ")],
      None, L("Katembe", "MOZ"), None,
      "In a separate arrangement agreed between the two governments, Zimbabwe will send 304 instructors to train Mozambican special forces at a training centre in Katembe, near Maputo."),
    E("TRAIN", "planned", [
        P("European Union", "igo", "EU"),
        P("Mozambique", "country", "MOZ")],
      "2021", L("Mozambique", "MOZ"), None,
      "The European Union has also decided to set up a military training mission for Mozambique, which is expected to begin training Mozambican marines and commandos before the end of the year."),
    E("COOPERATE", "occurred", [
        P("Rwanda", "country", "RWA"),
        P("Mozambique", "country", "MOZ")],
      "2021-07", MOZ_LOC, None,
      "Rwanda, which is not a member of SADC, deployed 1,000 soldiers and police officers to Cabo Delgado in July under a bilateral agreement with Maputo, and its troops, together with Mozambican forces, recaptured the port town of Mocimboa da Praia on Sunday.",
      optional=True),
    E("COOPERATE", "occurred", [
        P("Rwandan contingent", "organisation", "RWA"),
        P("SADC forces", "igo", "SADC")],
      None, MOZ_LOC, None,
      "Neto said Mozambique welcomed the coordination between the Rwandan contingent and SADC forces and denied that there was any rivalry between them.",
      optional=True),
]
