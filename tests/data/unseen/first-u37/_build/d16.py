from lib import P, L, E

DOC = {
    "id": "u37-16",
    "url": "https://hornobserver.example/somalia/2025/01/03/aussom-takes-over-egyptian-troops-expected",
    "title": "AU's new Somalia mission takes over as Egyptian troops are expected",
    "published": "2025-01-03",
    "source": "Horn Observer",
    "text": """AU's new Somalia mission takes over as Egyptian troops are expected

MOGADISHU - The African Union Support and Stabilization Mission in Somalia (AUSSOM) formally replaced the AU Transition Mission (ATMIS) on January 1, with Ugandan, Kenyan and Djiboutian troops already on the ground transferring to the new mission and Egypt preparing to send soldiers for the first time.

The UN Security Council endorsed the new mission on December 27 in a resolution that authorises up to 12,626 uniformed personnel, but leaves open how the mission will be paid for. The United States abstained.

The contingents from Uganda, Kenya and Djibouti, which had served under ATMIS, were transferred to AUSSOM on January 1 without a change in their positions, an AU official said.

Egypt, which signed a defence cooperation protocol with Somalia in Cairo in August, is expected to deploy troops under AUSSOM in the coming months. Its participation has angered Ethiopia, which accuses Cairo of using Somalia to put pressure on Addis Ababa in their dispute over the Grand Ethiopian Renaissance Dam.

On Monday an Egyptian navy ship docked in Mogadishu carrying artillery pieces, armoured vehicles and ammunition for the Somali National Army, the third Egyptian weapons shipment since August, Somali port officials said.

Ethiopia's participation in the mission remains under discussion after Somalia and Ethiopia agreed to restore relations in the Ankara Declaration brokered by Turkey in December. Ethiopian officials said talks on the size and location of their contingent were continuing.

Burundi, one of the longest-serving troop contributors in Somalia, is not part of the new mission after it failed to agree with the Somali government on the number of troops it would deploy.

On Thursday, Somali Defence Minister Abdulkadir Mohamed Nur met the AU Special Representative for Somalia, Mohamed El-Amine Souef, in Mogadishu to discuss the handover of responsibilities and the timetable for the arrival of new troops.

"AUSSOM must be the last mission of its kind. Our forces will take over security," Nur said after the meeting.

Under the mission's concept of operations, AUSSOM and the Somali National Army will share intelligence through a joint operations centre in Mogadishu, which is due to open by the end of March.

The funding question remains unresolved. The European Union, ATMIS's main funder for the past decade, has not committed money for the new mission, and a proposal to finance it from UN assessed contributions has yet to be approved.
""",
}

AUSSOM = P("AUSSOM", "igo", "AU")
MOG = L("Mogadishu", "SOM")
TRANSFERRED = "The contingents from Uganda, Kenya and Djibouti, which had served under ATMIS, were transferred to AUSSOM on January 1 without a change in their positions, an AU official said."

EVENTS = [
    E("DEPLOY", "occurred", [P(n, "country", c), AUSSOM], "2025-01-01", L("Somalia", "SOM"), None, TRANSFERRED)
    for n, c in [("Uganda", "UGA"), ("Kenya", "KEN"), ("Djibouti", "DJI")]
] + [
    E("AGREE", "occurred", [
        P("Egypt", "country", "EGY"),
        P("Somalia", "country", "SOM")],
      "2024-08", L("Cairo", "EGY"), None,
      "Egypt, which signed a defence cooperation protocol with Somalia in Cairo in August, is expected to deploy troops under AUSSOM in the coming months.",
      optional=True),
    E("DEPLOY", "planned", [
        P("Egypt", "country", "EGY"), AUSSOM],
      None, L("Somalia", "SOM"), None,
      "Egypt, which signed a defence cooperation protocol with Somalia in Cairo in August, is expected to deploy troops under AUSSOM in the coming months."),
    E("TRANSFER", "occurred", [
        P("Egyptian navy", "organisation", "EGY", role="supplier"),
        P("Somali National Army", "organisation", "SOM", role="recipient")],
      "2024-12-30", MOG, "artillery pieces, armoured vehicles and ammunition",
      "On Monday an Egyptian navy ship docked in Mogadishu carrying artillery pieces, armoured vehicles and ammunition for the Somali National Army, the third Egyptian weapons shipment since August, Somali port officials said."),
    E("DEPLOY", "planned", [
        P("Ethiopia", "country", "ETH"), P("AUSSOM", "igo", "AU")],
      None, L("Somalia", "SOM"), None,
      "Ethiopian officials said talks on the size and location of their contingent were continuing.",
      optional=True),
    E("MEET", "occurred", [
        P("Abdulkadir Mohamed Nur", "person", "SOM", title="Defence Minister"),
        P("Mohamed El-Amine Souef", "person", "AU", title="AU Special Representative for Somalia")],
      "2025-01-02", MOG, None,
      "On Thursday, Somali Defence Minister Abdulkadir Mohamed Nur met the AU Special Representative for Somalia, Mohamed El-Amine Souef, in Mogadishu to discuss the handover of responsibilities and the timetable for the arrival of new troops."),
    E("COOPERATE", "planned", [
        P("AUSSOM", "igo", "AU"),
        P("Somali National Army", "organisation", "SOM")],
      "2025-03", MOG, None,
      "Under the mission's concept of operations, AUSSOM and the Somali National Army will share intelligence through a joint operations centre in Mogadishu, which is due to open by the end of March."),
]
