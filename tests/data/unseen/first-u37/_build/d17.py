from lib import P, L, E

TEXT = """VOLGA DISPATCH
Russia | World | Economy | Defence | Science | Sport | Opinion
11 January 2022, Tuesday    Moscow -6°C    USD 74.95  EUR 84.82

Defence

CSTO leaders say peacekeeping mission in Kazakhstan to end soon

Leaders of the Collective Security Treaty Organisation held an extraordinary session of the organisation's Collective Security Council by video link on Monday, chaired by Armenian Prime Minister Nikol Pashinyan, with Kazakh President Kassym-Jomart Tokayev and Russian President Vladimir Putin among the speakers.

Tokayev told his counterparts that constitutional order had been restored in Kazakhstan and that the CSTO's collective peacekeeping force would begin to withdraw in two days, once its mission was completed.

The force of 2,030 troops and 250 pieces of equipment was deployed from January 6 at Tokayev's request, after protests over fuel prices turned into riots in Almaty and other cities. It is guarding strategic facilities, including airports and power stations, while Kazakh security forces restore order.

Russia sent the bulk of the force, mainly airborne troops flown in by military transport aircraft, and Colonel General Andrei Serdyukov, commander of Russia's Airborne Forces, commands the mission. Belarus, Armenia, Tajikistan and Kyrgyzstan sent smaller contingents to the CSTO force.

"We will not allow the situation at home to be destabilised," Putin told the session, describing the unrest as an act of aggression carried out with the help of foreign-trained militants.

It was the first time in its history that the CSTO has deployed its Collective Peacekeeping Forces under Article 4 of the Collective Security Treaty. In 2010 the organisation turned down a request from Kyrgyzstan to intervene in ethnic clashes in the south of the country.

Tokayev thanked the member states and said the decision to invite the force had been "absolutely justified", dismissing criticism that he had handed control of security to Moscow. He said the Kazakh authorities had detained about 8,000 people and rejected calls for an international inve"""

DOC = {
    "id": "u37-17",
    "url": "https://volgadispatch.example/defence/2022/01/11/csto-leaders-kazakhstan-mission-end-soon",
    "title": "CSTO leaders say peacekeeping mission in Kazakhstan to end soon",
    "published": "2022-01-11",
    "source": "Volga Dispatch",
    "text": TEXT,
}

KZ = L("Kazakhstan", "KAZ")
CSTO = P("CSTO collective peacekeeping force", "igo", "CSTO")

EVENTS = [
    E("MEET", "occurred", [
        P("Collective Security Treaty Organisation", "igo", "CSTO"),
        P("Nikol Pashinyan", "person", "ARM", title="Prime Minister"),
        P("Kassym-Jomart Tokayev", "person", "KAZ", title="President"),
        P("Vladimir Putin", "person", "RUS", title="President")],
      "2022-01-10", None, None,
      "Leaders of the Collective Security Treaty Organisation held an extraordinary session of the organisation's Collective Security Council by video link on Monday, chaired by Armenian Prime Minister Nikol Pashinyan, with Kazakh President Kassym-Jomart Tokayev and Russian President Vladimir Putin among the speakers."),
    E("DEPLOY", "occurred", [
        P("Russia", "country", "RUS"),
        P("Andrei Serdyukov", "person", "RUS", title="commander of Russia's Airborne Forces"),
        CSTO],
      "2022-01-06", KZ, None,
      "Russia sent the bulk of the force, mainly airborne troops flown in by military transport aircraft, and Colonel General Andrei Serdyukov, commander of Russia's Airborne Forces, commands the mission."),
] + [
    E("DEPLOY", "occurred", [P(n, "country", c), CSTO], "2022-01-06", KZ, None,
      "Belarus, Armenia, Tajikistan and Kyrgyzstan sent smaller contingents to the CSTO force.")
    for n, c in [("Belarus", "BLR"), ("Armenia", "ARM"), ("Tajikistan", "TJK"), ("Kyrgyzstan", "KGZ")]
]
