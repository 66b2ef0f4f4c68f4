from lib import *

# ---------------------------------------------------------------- u4-23 (long sentences, Oman)
S1 = ("Sayyid Shihab bin Tarik Al Said, Deputy Prime Minister for Defence Affairs, who received at his office in Bait Al Falaj on Monday "
      "Admiral R. Hari Kumar, Chief of the Naval Staff of the Indian Navy, and his accompanying delegation, reviewed with the visiting official "
      "the aspects of military cooperation between the Sultanate of Oman and the Republic of India, and the two sides, according to a statement "
      "issued by the Ministry of Defence, explored ways of expanding joint training between the two navies, including the Naseem Al Bahr exercise, "
      "which was held off the coast of Goa last month and which both sides agreed would be hosted by the Sultanate next year.")
S2 = ("Admiral Hari Kumar, who also called on Vice Admiral Abdullah bin Khamis Al Raisi, Chief of Staff of the Sultan's Armed Forces, later toured "
      "Said bin Sultan Naval Base in Wudam, where he was briefed on the courses that the Royal Navy of Oman offers to officers of friendly navies, "
      "including a group of Indian officers who, the statement said, had completed a hydrographic survey course there in September.")
S3 = ("On Tuesday, the two navies signed a memorandum of understanding on the exchange of white shipping information, under which, an Indian "
      "embassy official said, the Indian Navy's Information Fusion Centre in Gurugram and the Maritime Security Centre in Muscat will share data "
      "on commercial vessels transiting the Arabian Sea.")
T = f"""Muscat, Nov 14 (OSNA) --

{S1}

The meeting was attended by a number of senior officers of the Sultan's Armed Forces and by Amit Narang, Ambassador of India to the Sultanate.

{S2}

{S3}

Meanwhile, the Indian Navy's First Training Squadron, comprising INS Tir and INS Sujata, is currently on a port call at Port Sultan Qaboos as part of its long-range training deployment, during which the Indian cadets will sail alongside cadets of the Royal Navy of Oman.

Oman and India have been linked by maritime trade for centuries, and Oman was the first Gulf country with which the Indian armed forces held joint exercises with all three services.

The Royal Navy of Oman marked its anniversary last week with a fleet review off Muscat attended by senior commanders. --OSNA
"""
SH = per("Shihab bin Tarik Al Said", "OMN", "Deputy Prime Minister for Defence Affairs, Sayyid")
HK = per("R. Hari Kumar", "IND", "Chief of the Naval Staff of the Indian Navy, Admiral")
doc("u4-23", "https://osna.example/en/news/2023/11/14/deputy-pm-for-defence-affairs-receives-indian-naval-chief",
    "Deputy PM for Defence Affairs receives Indian naval chief", "Oman State News Agency", "2023-11-14", T, [
        ev("MEET", "occurred", [SH, HK], "2023-11-13", ("Bait Al Falaj, Muscat", "OMN"), None, S1),
        ev("EXERCISE", "occurred", [cty("Oman", "OMN"), cty("India", "IND")], "2023-10", ("off the coast of Goa", None), None, S1),
        ev("EXERCISE", "planned", [cty("Oman", "OMN"), cty("India", "IND")], "2024", ("Oman", "OMN"), None, S1),
        ev("MEET", "occurred", [HK, per("Abdullah bin Khamis Al Raisi", "OMN", "Chief of Staff of the Sultan's Armed Forces, Vice Admiral")],
           "2023-11", ("Oman", "OMN"), None, S2),
        ev("TRAIN", "occurred", [org("Royal Navy of Oman", "OMN"), cty("India", "IND")], "2023-09", ("Said bin Sultan Naval Base, Wudam", "OMN"), None, S2),
        ev("AGREE", "occurred", [org("Indian Navy", "IND"), org("Royal Navy of Oman", "OMN")], "2023-11-14", ("Oman", "OMN"), None, S3),
        ev("COOPERATE", "planned", [org("Indian Navy's Information Fusion Centre", "IND"), org("Maritime Security Centre", "OMN")], None, None, None, S3),
        ev("MEET", "occurred", [org("Indian Navy's First Training Squadron", "IND"), cty("Oman", "OMN")], "2023-11", ("Port Sultan Qaboos", "OMN"), None,
           "Meanwhile, the Indian Navy's First Training Squadron, comprising INS Tir and INS Sujata, is currently on a port call at Port Sultan Qaboos as part of its long-range training deployment, during which the Indian cadets will sail alongside cadets of the Royal Navy of Oman.", optional=True),
        ev("TRAIN", "planned", [org("Indian Navy's First Training Squadron", "IND"), org("Royal Navy of Oman", "OMN")], "2023-11", None, None,
           "Meanwhile, the Indian Navy's First Training Squadron, comprising INS Tir and INS Sujata, is currently on a port call at Port Sultan Qaboos as part of its long-range training deployment, during which the Indian cadets will sail alongside cadets of the Royal Navy of Oman."),
    ])

# ---------------------------------------------------------------- u4-24 (long sentences, Japan-Philippines)
S1 = ("Japan and the Philippines on Monday signed a Reciprocal Access Agreement, which will make it easier for the Self-Defense Forces and the "
      "Philippine military to hold joint exercises on each other's soil, as Tokyo seeks to deepen security ties with Manila amid China's growing "
      "assertiveness in the South China Sea, and Defense Minister Minoru Kihara told reporters after the ceremony that the pact \"marks a new stage\" "
      "in bilateral defense cooperation.")
S2 = ("The agreement was signed in Manila by Kihara and Foreign Minister Yoko Kamikawa, who were visiting for \"two-plus-two\" security talks "
      "with their Philippine counterparts, Defense Secretary Gilberto Teodoro and Foreign Secretary Enrique Manalo, and it will take effect after "
      "it is approved by Japan's parliament and ratified by the Philippine Senate.")
S3 = ("Once the pact is in force, the two countries plan to hold larger drills, including the participation of Japanese troops in the annual "
      "Balikatan exercise of the Philippine and U.S. militaries, the ministers said in a joint statement.")
S4 = ("During the talks, Japan also pledged to provide the Philippines with more coastal surveillance radars under its Official Security "
      "Assistance program, having already agreed last November to supply radars worth 600 million yen, and the two sides agreed to start "
      "negotiations on an acquisition and cross-servicing agreement that would allow their forces to share fuel, food and ammunition.")
T = f"""8 July 2024

MANILA, July 8 (NWS) -

{S1}

{S2}

{S3}

{S4}

Japan has concluded similar access agreements with Australia and Britain, both of which took effect last year. The Manila pact is the first Japan has signed with an Asian country.

China's Foreign Ministry said cooperation between countries "should not target or harm the interests of any third party" and warned against "bringing bloc confrontation into the Asia-Pacific".

Japan occupied the Philippines during World War II, but relations have since grown into what both sides describe as a strategic partnership.

(NWS) - Nippon Wire Service
"""
MKi = per("Minoru Kihara", "JPN", "Defense Minister")
YK = per("Yoko Kamikawa", "JPN", "Foreign Minister")
GT = per("Gilberto Teodoro", "PHL", "Defense Secretary")
EM = per("Enrique Manalo", "PHL", "Foreign Secretary")
MNL = ("Manila", "PHL")
doc("u4-24", "https://nipponwire.example/news/2024/07/a8d02f1c-japan-philippines-sign-reciprocal-access-pact",
    "Japan, Philippines sign reciprocal access pact for troop deployments", "Nippon Wire Service", None, T, [
        ev("AGREE", "occurred", [MKi, YK, GT, EM], "2024-07-08", MNL, None, S2),
        ev("MEET", "occurred", [MKi, YK, GT, EM], "2024-07-08", MNL, None, S2),
        ev("EXERCISE", "planned", [cty("Japan", "JPN"), cty("Philippines", "PHL"), cty("U.S.", "USA")], None, None, None, S3),
        ev("TRANSFER", "planned", [cty("Japan", "JPN", "supplier"), cty("Philippines", "PHL", "recipient")], None, None, "coastal surveillance radars", S4),
        ev("AGREE", "occurred", [cty("Japan", "JPN"), cty("Philippines", "PHL")], "2023-11", None, None, S4, optional=True),
        ev("AGREE", "planned", [cty("Japan", "JPN"), cty("Philippines", "PHL")], None, None, None, S4),
        ev("AGREE", "occurred", [cty("Japan", "JPN"), cty("Australia", "AUS")], None, None, None,
           "Japan has concluded similar access agreements with Australia and Britain, both of which took effect last year.", optional=True),
        ev("AGREE", "occurred", [cty("Japan", "JPN"), cty("Britain", "GBR")], None, None, None,
           "Japan has concluded similar access agreements with Australia and Britain, both of which took effect last year.", optional=True),
    ])

# ---------------------------------------------------------------- u4-25 (long sentences, Georgia)
S1 = ("The multinational exercise Noble Partner 2022, in which some 2,400 servicemen from Georgia, the United States, the United Kingdom, France, "
      "Poland, Latvia and Lithuania are taking part, opened on Monday at the Vaziani training area near Tbilisi, and Defense Minister Juansher "
      "Burchuladze, who attended the ceremony together with U.S. Ambassador Kelly Degnan, said that the drills, which are being held for the "
      "eighth time, would bring the Georgian Defense Forces closer to NATO standards.")
S2 = ("Burchuladze also met on Monday with the Commander of U.S. Army Europe and Africa, General Darryl Williams, with whom he discussed the "
      "Georgia Defense Readiness Program, under which American instructors, who have been working in Georgia since 2018, train Georgian infantry "
      "battalions, and the two, according to the ministry, agreed to extend the program to the Defense Forces' mechanized units next year.")
S3 = ("Separately, an infantry company of the Georgian Defense Forces, which will serve with the European Union's military training mission in "
      "the Central African Republic, left for Bangui on Sunday, the ministry said, adding that Georgian soldiers have served in EU missions in "
      "the country since 2014.")
T = f"""TBILISI, August 30 (GNW) -

{S1}

{S2}

{S3}

Russia's Foreign Ministry called the exercise a "provocation" and warned that Moscow would take "adequate measures" in response to NATO's activities near its borders.

Georgia has sought NATO membership since the alliance's 2008 Bucharest summit promised that it would one day join, a pledge that has not been followed by a timetable.

The Defense Forces held their annual parade in Tbilisi on Independence Day in May, showcasing recently acquired air defense systems.

GNW
"""
JB = per("Juansher Burchuladze", "GEO", "Defense Minister")
doc("u4-25", "https://gnw.example/en/defense/2022/08/30/noble-partner-2022-opens-at-vaziani",
    "Noble Partner 2022 opens at Vaziani", "Georgian National Wire", "2022-08-30", T, [
        ev("EXERCISE", "occurred", [cty("Georgia", "GEO"), cty("United States", "USA"), cty("United Kingdom", "GBR"), cty("France", "FRA"),
                                    cty("Poland", "POL"), cty("Latvia", "LVA"), cty("Lithuania", "LTU")],
           "2022-08", ("Vaziani training area", "GEO"), None, S1),
        ev("MEET", "occurred", [JB, per("Darryl Williams", "USA", "Commander of U.S. Army Europe and Africa, General")], "2022-08-29", ("Georgia", "GEO"), None, S2),
        ev("TRAIN", "occurred", [cty("United States", "USA"), org("Georgian infantry battalions", "GEO")], None, ("Georgia", "GEO"), None, S2),
        ev("TRAIN", "planned", [cty("United States", "USA"), org("Defense Forces' mechanized units", "GEO")], "2023", ("Georgia", "GEO"), None, S2),
        ev("DEPLOY", "occurred", [org("Georgian Defense Forces", "GEO"), igo("European Union's military training mission in the Central African Republic", "EU")],
           "2022-08-28", ("Central African Republic", "CAF"), None, S3),
    ])
