"""One sentence per way of telling an act, for every event type: the pairs the extractor must read;
and sentences that tell no act at all.

Each sentence is written for this test; a short closing sentence gives every document the defence
vocabulary the document prefilter asks for.
"""
from __future__ import annotations

import pytest

# (text, type, dyads: (supplier, recipient) for TRANSFER, else frozensets of two codes)
CASES = [
 ("The United States will transfer three decommissioned coast guard cutters to the Philippine Navy.", "TRANSFER", {("USA","PHL")}),
 ("Greece has leased two Israeli Heron drones for border surveillance, the defence ministry said.", "TRANSFER", {("ISR","GRC")}),
 ("Under the deal, Italy's Fincantieri will build six frigates for the Indonesian Navy.", "TRANSFER", {("ITA","IDN")}),
 ("The helicopters, supplied by Russia under a 2019 contract, were handed over to the Malian air force at Bamako airport.", "TRANSFER", {("RUS","MLI")}),
 ("Kenya's defence forces have taken over 12 armoured vehicles gifted by the United Arab Emirates.", "TRANSFER", {("ARE","KEN")}),
 ("A batch of 20 Turkish-made Kirpi mine-resistant vehicles was delivered to the Tunisian army this week.", "TRANSFER", {("TUR","TUN")}),
 ("The Czech Republic sent 40 T-72 tanks to Ukraine, the defence ministry in Prague confirmed.", "TRANSFER", {("CZE","UKR")}),
 ("Washington has approved a 2.5 billion dollar arms package for Taiwan that includes Harpoon coastal defence missiles.", "TRANSFER", {("USA","TWN")}),
 ("Nigeria's air force inducted two Chinese Wing Loong II combat drones on Tuesday.", "TRANSFER", {("CHN","NGA")}),
 ("Cadets from Mongolia study at the Russian military academy in Ryazan under an agreement, the army said.", "TRAIN", {frozenset({"MNG","RUS"})}),
 ("A British Army training team will spend six weeks in Kenya training Kenyan soldiers in counter-IED techniques.", "TRAIN", {frozenset({"GBR","KEN"})}),
 ("Twenty Zambian pilots completed a helicopter course in Italy last month, the air force said.", "TRAIN", {frozenset({"ZMB","ITA"})}),
 ("French special forces instructors trained Nigerien commandos at a base near Niamey, the army said.", "TRAIN", {frozenset({"FRA","NER"})}),
 ("The Indian Army will train Maldivian officers at its Infantry School in Mhow next year, the defence ministry said.", "TRAIN", {frozenset({"IND","MDV"})}),
 ("Argentine pilots and technicians will be trained in Denmark and the United States before the first jets arrive.", "TRAIN", {frozenset({"ARG","DNK"}), frozenset({"ARG","USA"})}),
 ("The frigate's Egyptian crew spent five months in Germany, taught by instructors from the German navy.", "TRAIN", {frozenset({"EGY","DEU"})}),
 ("Kenya's defence minister said he had spoken by phone with his Ugandan counterpart about border security.", "MEET", {frozenset({"KEN","UGA"})}),
 ("Morocco is buying a batch of armed drones from Turkey, the defence ministry said.", "TRANSFER", {("TUR","MAR")}),
 ("Pakistan's naval chief held separate meetings with the commander of the Turkish navy and with a US admiral.", "MEET", {frozenset({"PAK","TUR"}), frozenset({"PAK","USA"})}),
 ("Argentina's defence minister and his Danish counterpart signed the letter of intent at Skrydstrup air base.", "COOPERATE", set()),
 ("In July, South Korean marines joined Australian and US forces in the Talisman Sabre exercise in Queensland.", "EXERCISE", {frozenset({"KOR","AUS"}), frozenset({"KOR","USA"}), frozenset({"AUS","USA"})}),
 ("Colombian and Panamanian military commanders agreed to coordinate patrols on both sides of their jungle border.", "COOPERATE", {frozenset({"COL","PAN"})}),
 ("Ghana's defence minister hosted a Burkinabè military delegation in Accra for security talks.", "MEET", {frozenset({"GHA","BFA"})}),
 ("Soldiers from Uzbekistan and India completed a two-week joint counter-terrorism exercise near the Afghan border.", "COOPERATE", set()),
 ("Soldiers from Uzbekistan and India completed a two-week joint counter-terrorism exercise near the Afghan border.", "EXERCISE", {frozenset({"UZB","IND"})}),
 ("Russia said it would host the next Peace Mission exercise for the armed forces of the SCO next year.", "DEPLOY", set()),
 ("Justified Accord, the annual US-led exercise for East African forces, was held in Kenya with troops from Kenya, the United States and Djibouti.", "EXERCISE", {frozenset({"KEN","USA"}), frozenset({"KEN","DJI"}), frozenset({"USA","DJI"})}),
 ("Kenya and Somalia agreed to share intelligence on al-Shabaab movements along their border, the defence ministry said.", "COOPERATE", {frozenset({"KEN","SOM"})}),
 ("Morocco and Spain will step up counter-terrorism cooperation, the interior ministers said after talks in Rabat on military matters.", "COOPERATE", {frozenset({"MAR","ESP"})}),
 ("Brazilian and Paraguayan troops began coordinated patrols along the border to curb arms smuggling.", "COOPERATE", {frozenset({"BRA","PRY"})}),
 ("Japan and Australia agreed to exchange defence intelligence under a new security arrangement, the military said.", "COOPERATE", {frozenset({"JPN","AUS"})}),
 ("Bangladesh sent 800 peacekeepers to the UN mission in South Sudan this week, the army said.", "DEPLOY", {frozenset({"BGD","UN"})}),
 ("A Serbian army medical team also serves with the UN Interim Force in Lebanon, the ministry said.", "DEPLOY", {frozenset({"SRB","UN"})}),
 ("New Zealand has eight military observers with the UN Truce Supervision Organization in the Middle East.", "DEPLOY", {frozenset({"NZL","UN"})}),
 ("Rwanda is one of MINUSCA's largest troop contributors along with Bangladesh and Zambia, the military said.", "DEPLOY", {frozenset({"RWA","UN"}), frozenset({"BGD","UN"}), frozenset({"ZMB","UN"})}),
 ("Justified Accord, the annual US-led military exercise, was held in Kenya with troops from Kenya, the United States and Djibouti.", "AGREE", set()),
 ("Rwanda contributes about 5,000 troops to UN peacekeeping operations, the military said.", "DEPLOY", {frozenset({"RWA","UN"})}),
 ("Estonia will send 100 soldiers to the EU training mission in Mozambique, the defence ministry said.", "DEPLOY", {frozenset({"EST","EU"})}),
 ("Senegalese troops joined the ECOWAS standby force in the Gambia, the army said.", "DEPLOY", {frozenset({"SEN","ECOWAS"})}),
 ("Polish and Czech firms showed drones and radars at the Eurosatory defence exhibition in Paris.", "EXHIBIT", {frozenset({"POL","FRA"}), frozenset({"CZE","FRA"})}),
 ("South Korea's Hanwha displayed its K9 howitzer at the Australian International Airshow in Avalon, the defence firm said.", "EXHIBIT", {frozenset({"KOR","AUS"})}),
 ("Pakistan has been invited to take part in the Zhuhai Airshow in China, the military said.", "EXHIBIT", {frozenset({"PAK","CHN"})}),
 ("Brazil's Embraer and India's Mahindra agreed to jointly produce C-390 transport aircraft in India.", "INDUSTRY", {frozenset({"BRA","IND"})}),
 ("Turkey's Baykar will build a drone factory in Ukraine, the defence company said.", "INDUSTRY", {frozenset({"TUR","UKR"})}),
 ("Rheinmetall and Hungary's state arms company opened a joint factory for Lynx armoured vehicles in Zalaegerszeg.", "INDUSTRY", {frozenset({"DEU","HUN"})}),
 ("The Egyptian defence minister met his Greek counterpart in Athens to discuss military cooperation.", "MEET", {frozenset({"EGY","GRC"})}),
 ("Chinese Defence Minister Dong Jun held a video call with US Defense Secretary Lloyd Austin.", "MEET", {frozenset({"CHN","USA"})}),
 ("A Saudi military delegation arrived in Islamabad for defence talks, the Pakistani army said.", "MEET", {frozenset({"SAU","PAK"})}),
 ("Thailand and Cambodia signed a memorandum on border security cooperation, the defence ministries said.", "AGREE", {frozenset({"THA","KHM"})}),
 ("Troops from Egypt and Saudi Arabia launched joint naval drills in the Red Sea on Sunday.", "EXERCISE", {frozenset({"EGY","SAU"})}),
 ("Indian and Thai navies conducted a coordinated patrol and a passage exercise in the Andaman Sea.", "EXERCISE", {frozenset({"IND","THA"})}),
]


def _dyads(events, etype):
    got = set()
    for e in events:
        if e.type != etype:
            continue
        if etype == "TRANSFER":
            suppliers = {p.actor.country for p in e.parties if p.role == "supplier"}
            recipients = {p.actor.country for p in e.parties if p.role == "recipient"}
            got |= {(a, b) for a in suppliers for b in recipients if a != b}
        else:
            codes = sorted(e.countries)
            got |= {frozenset({a, b}) for i, a in enumerate(codes) for b in codes[i + 1:]}
    return got


@pytest.mark.parametrize("text, etype, expected", CASES, ids=[f"{t}-{i}" for i, (_, t, _) in enumerate(CASES)])
def test_each_phrasing_gives_its_pairs(extractor, make_doc, text, etype, expected):
    doc = make_doc(text + " Military officials welcomed it.", doc_id="p-1", published="2023-03-10")
    events = extractor.extract([doc])[0].events
    assert _dyads(events, etype) == expected


# Sentences about defence that tell no act of cooperation: denials, rumours, opinions, history,
# domestic procurement, own drills and parades, stalled talks.
NOT_EVENTS = [
 "Turkey denied reports that it plans to buy Russian Su-35 fighter jets, the defence ministry said.",
 "The Indian Army received 100 locally built K9 Vajra howitzers from Larsen & Toubro, the defence ministry said.",
 "Analysts say closer military cooperation between Egypt and Russia would unsettle Washington.",
 "During the Second World War, Soviet troops fought German forces near Kursk, the military museum recalls.",
 "Poland's defence budget will rise to 4 percent of GDP next year, the defence ministry said.",
 "Negotiations on the sale of F-16 fighters to Turkey have stalled, US officials said, and no contract has been signed.",
 "Nigeria held a military parade in Abuja to mark Armed Forces Day, with new helicopters flying overhead.",
 "The Kazakh army conducted a snap combat readiness drill in the Almaty region, the defence ministry said.",
 "Iran has not received any Russian Su-35 jets so far, an Iranian military official said.",
 "Rumours that Serbia would buy Chinese drones were dismissed by the defence minister as speculation.",
 "The Chilean navy launched its new domestically built icebreaker at the Asmar shipyard, the military said.",
 "A former US army officer was sentenced for selling military secrets to China, court documents show.",
 "Greece cancelled plans to buy Israeli artillery rockets, the defence ministry said.",
 "The talks between Armenia and Azerbaijan on a peace treaty collapsed, the military said, and no agreement was reached.",
 "Japan's defence white paper calls China's military build-up the greatest strategic challenge.",
 "The Philippine army captured weapons from rebels, including Chinese-made rifles, the military said.",
 "The spokeswoman dismissed as speculation reports that Hanoi was negotiating to acquire F-16 fighters from the United States.",
 "Sweden's Saab reported higher profits on strong demand for its Gripen fighters and anti-tank weapons.",
 "Pakistan test-fired a Chinese-designed anti-ship missile from a navy frigate in the Arabian Sea.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_event_in_a_sentence_that_tells_no_act(extractor, make_doc, text):
    doc = make_doc(text + " Defence officials and the military commented.", doc_id="n-1", published="2023-03-10")
    events = extractor.extract([doc])[0].events
    assert [(e.type, sorted(e.countries)) for e in events if len(e.countries) > 1] == []
