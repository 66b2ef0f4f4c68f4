#!/usr/bin/env python3
"""Writes the gold files of first-r22a (evidence = pointer: first <=8 words of the sentence)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

def P(name, kind, country, role="participant", title=None):
    d = {"name": name, "kind": kind, "country": country, "role": role}
    if title:
        d["title"] = title
    return d

def L(name, country):
    return {"name": name, "country": country}

def E(type_, status, parties, date, location, item, evidence, optional=False):
    return dict(type=type_, status=status, parties=parties, date=date, location=location,
                item=item, evidence=evidence, optional=optional)

S, R = "supplier", "recipient"
G = {}

# 001 Japan embassy Manila: patrol vessels and boats to the PCG
G["rl22a-001"] = [
    E("TRANSFER", "occurred",
      [P("Japan", "country", "JPN", S), P("Haneda", "person", "JPN", S, "Ambassador"),
       P("Philippine Coast Guard (PCG)", "organisation", "PHL", R),
       P("Arthur P. Tugade", "person", "PHL", R, "Transportation Secretary"),
       P("Elson E. Hermogino", "person", "PHL", R, "PCG Commandant, Rear Admiral")],
      "2018-03-28", L("Manila", "PHL"),
      "two 44m class patrol vessels (MRRVs) and four 7m class high-speed boats",
      "On March 28, Ambassador Haneda attended the commissioning"),
]

# 002 UNMISS medal parade: Bangladeshi and Indian battalions
G["rl22a-002"] = [
    E("DEPLOY", "occurred",
      [P("Bangladesh Battalion", "organisation", "BGD"), P("UNMISS", "igo", "UN")],
      None, L("South Sudan", "SSD"), None,
      "Among the recipients were three commanding officers, 23"),
    E("DEPLOY", "occurred",
      [P("Indian Battalion", "organisation", "IND"), P("UNMISS", "igo", "UN")],
      None, L("South Sudan", "SSD"), None,
      "Among the recipients were three commanding officers, 23"),
]

# 003 Afghan MoD: US donations
G["rl22a-003"] = [
    E("TRANSFER", "occurred",
      [P("US", "country", "USA", S), P("Afghan National Army (ANA)", "organisation", "AFG", R)],
      None, None,
      "1,383 HUMVEEs, 55 Mobile Strike Force vehicles, 10 helicopters, 4 A-29 aircraft, night vision goggles, uniforms, ammunition",
      "The US donated 1,383 HUMVEEs and 55 Mobile"),
    E("TRANSFER", "planned",
      [P("US", "country", "USA", S), P("Afghan government and security forces", "organisation", "AFG", R)],
      None, None, "$102 million more in equipment",
      "The US will transfer $102 million more in"),
    E("MEET", "occurred",
      [P("Shah Mahmoud Miakhel", "person", "AFG", title="First Deputy Minister of Defense"),
       P("John Deedrick", "person", "USA", title="US Commander, Lt. Gen.")],
      None, None, None,
      "First Deputy Minister of Defense Shah Mahmoud Miakhel", optional=True),
    E("COOPERATE", "occurred",
      [P("U.S.", "country", "USA"), P("NATO", "igo", "NATO"),
       P("Afghan security forces", "organisation", "AFG")],
      None, None, None,
      "First Deputy Minister of Defense Shah Mahmoud Miakhel", optional=True),
]

# 004 Kenya MoD 'World' listing
KDHQ = L("Defence Headquarters", "KEN")
G["rl22a-004"] = [
    E("MEET", "occurred",
      [P("Patrick Mariru", "person", "KEN", title="Principal Secretary (PS) for Defence"),
       P("Nam Sangkyoo", "person", "KOR", title="Counselor General, Korea's Embassy in Kenya")],
      None, KDHQ, None, "The Principal Secretary (PS) for Defence, Dr. Patrick"),
    E("MEET", "occurred",
      [P("Charles Kahariri", "person", "KEN", title="Chief of the Defence Forces (CDF), General"),
       P("Roland Walker", "person", "GBR", title="United Kingdom Army Commander (CGS), General Sir")],
      None, None, None, "The Chief of the Defence Forces (CDF) General"),
    E("MEET", "occurred",
      [P("Charles Kahariri", "person", "KEN", title="Chief of Defence Forces (CDF), General"),
       P("Okaniwa Ken", "person", "JPN", title="Japanese Ambassador to Kenya")],
      None, KDHQ, None, "The Chief of Defence Forces (CDF) General Charles"),
    E("MEET", "occurred",
      [P("Patrick Mariru", "person", "KEN", title="Defence Principal Secretary (PS)"),
       P("Balaji", "person", "IND", title="Adviser on International Cooperation in India's Ministry of Defence, Commodore")],
      None, None, None, "Defence Principal Secretary (PS) Dr. Patrick Mariru held"),
    E("EXERCISE", "occurred",
      [P("Kenya Navy", "organisation", "KEN"),
       P("European Union Naval Force (EUNAVFOR)", "igo", "EU")],
      None, L("Bandari Maritime Academy, Mombasa", "KEN"), None,
      "This week Kenya Navy and other Kenyan maritime"),
    E("MEET", "occurred",
      [P("Shavedra Silva", "person", "LKA", title="Chief of Defence Staff of Sri Lanka Armed Forces (SLAF CDS), General"),
       P("Defence Headquarters", "organisation", "KEN")],
      "2024-03-25", L("Defence Headquarters, Nairobi", "KEN"), None,
      "The Chief of Defence Staff of Sri Lanka"),
    E("MEET", "occurred",
      [P("Patrick Mariru", "person", "KEN", title="Defence Principal Secretary"),
       P("China", "country", "CHN")],
      None, None, None, "Defence Principal Secretary, Mr. Patrick Mariru, and his", optional=True),
]

# 005 JBSA: US Army South - Brazilian army staff talks
G["rl22a-005"] = [
    E("MEET", "occurred",
      [P("U.S. Army South", "organisation", "USA"), P("Brazilian army", "organisation", "BRA"),
       P("Joseph P. DiSalvo", "person", "USA", title="U.S. Army South commanding general, Maj. Gen."),
       P("Joarez Alves Pereira Jr.", "person", "BRA", title="Brazilian army chief of staff for international affairs, head of the Brazilian army delegation, Maj. Gen.")],
      "2014-05", L("Joint Base San Antonio-Fort Sam Houston", "USA"), None,
      "U.S. Army South, as the Army service component"),
    E("AGREE", "occurred",
      [P("U.S. Army South", "organisation", "USA"), P("Brazilian army", "organisation", "BRA")],
      "2014-05", L("Joint Base San Antonio-Fort Sam Houston", "USA"), None,
      "Two signatures, 59 engagements and one year filled", optional=True),
    E("TRAIN", "planned",
      [P("U.S. Army South", "organisation", "USA"), P("Brazilian army", "organisation", "BRA")],
      None, None, None,
      "U.S. Army South, as the Army service component", optional=True),
    E("AGREE", "occurred",
      [P("U.S. Army South", "organisation", "USA"), P("Brazilian army", "organisation", "BRA")],
      "2013", None, None,
      "Last year, the two delegations drafted a list", optional=True),
]

# 006 Serbian MoD: Slovenian minister's visit
G["rl22a-006"] = [
    E("MEET", "occurred",
      [P("Nebojsa Rodic", "person", "SRB", title="Minister of Defence of the Republic of Serbia"),
       P("Roman Jakic", "person", "SVN", title="Minister of Defence of the Republic of Slovenia")],
      None, L("Serbia", "SRB"), None,
      "The Minister of Defence of the Republic of"),
    E("TRAIN", "occurred",
      [P("Serbian armed forces", "organisation", "SRB"), P("Slovenia", "country", "SVN")],
      None, L("Slovenia", "SVN"), "course for staff officers",
      "One member of the Serbian completed the course"),
    E("TRAIN", "occurred",
      [P("armed forces of Slovenia", "organisation", "SVN"), P("Serbia", "country", "SRB")],
      None, L("Serbia", "SRB"), "High Security and Defence Studies",
      "One member of the Serbian completed the course"),
    E("COOPERATE", "occurred",
      [P("Serbia", "country", "SRB"), P("Slovenia", "country", "SVN")],
      None, None, None,
      "This year has been marked by a number", optional=True),
    E("MEET", "occurred",
      [P("Slovenian defence ministry's work group", "organisation", "SVN"), P("Serbia", "country", "SRB")],
      None, None, None,
      "This year has been marked by a number", optional=True),
    E("DEPLOY", "occurred",
      [P("Slovenian armed forces", "organisation", "SVN"), P("KFOR", "igo", "NATO")],
      None, L("Kosovo", "XKX"), None,
      "On this occasion minister expressed his appreciation for", optional=True),
]

# 007 Boeing: first C-17 for the RAF
G["rl22a-007"] = [
    E("TRANSFER", "occurred",
      [P("The Boeing Company", "company", "USA", S),
       P("Jerry Daniels", "person", "USA", S, "president and chief executive officer of Boeing Military Aircraft and Missile Systems"),
       P("Paul Essex", "person", "USA", S, "director of Global Reach Programs, Office of the Assistant Secretary of the Air Force for Acquisition, Maj. Gen."),
       P("United Kingdom Royal Air Force (RAF)", "organisation", "GBR", R),
       P("David Gould", "person", "GBR", R, "deputy chief of Defense Procurement for the United Kingdom"),
       P("Malcolm Brecht", "person", "GBR", R, "commander of the RAF's 99th Squadron, Wing Commander")],
      "2000-05-17", None, "first of four C-17 Globemaster III military cargo aircraft",
      "The Boeing Company delivered the first of four"),
    E("TRANSFER", "planned",
      [P("Boeing", "company", "USA", S), P("United Kingdom", "country", "GBR", R)],
      "2000", None, "remaining C-17 Globemaster III aircraft (four in all)",
      "All four U.K. C-17s will be delivered this"),
    E("AGREE", "occurred",
      [P("U.S. Air Force", "organisation", "USA"), P("Boeing", "company", "USA"),
       P("United Kingdom", "country", "GBR")],
      None, None, "seven-year lease of four C-17s; training and maintenance support contract",
      "They are being acquired on a seven-year lease", optional=True),
]

# 008 EEAS: EUMAM Ukraine and sixth EPF tranche
G["rl22a-008"] = [
    E("TRAIN", "planned",
      [P("EU Military Assistance Mission (EUMAM Ukraine)", "igo", "EU"),
       P("Ukrainian Armed Forces", "organisation", "UKR")],
      None, None, None,
      "The EU objective is to train on EU"),
    E("TRANSFER", "planned",
      [P("European Union (European Peace Facility)", "igo", "EU", S),
       P("Ukrainian Armed Forces", "organisation", "UKR", R)],
      None, None, "military assistance under a sixth EPF tranche of \u20ac500 million",
      "A sixth tranche of support will add \u20ac500"),
]

# 009 China MND press conference
G["rl22a-009"] = [
    E("EXERCISE", "planned",
      [P("PLA Southern Theater Command", "organisation", "CHN"),
       P("Indonesian military", "organisation", "IDN")],
      "2024-11", None, None,
      "Firstly, according to the consensus between the Chinese"),
    E("MEET", "occurred",
      [P("PLA Army Engineering University", "organisation", "CHN"),
       P("Special Military School of St Cyr", "organisation", "FRA")],
      "2024-11", L("Nanjing", "CHN"), None,
      "Thirdly, the PLA Army Engineering University and the"),
    E("TRAIN", "occurred",
      [P("PLA Army Engineering University", "organisation", "CHN"),
       P("Special Military School of St Cyr", "organisation", "FRA")],
      "2024-11", L("Nanjing", "CHN"), None,
      "Thirdly, the PLA Army Engineering University and the", optional=True),
]

G["rl22a-010"] = []

# 011 Pioneer: Singapore-China ministers
G["rl22a-011"] = [
    E("MEET", "occurred",
      [P("Ng Eng Hen", "person", "SGP", title="Minister for Defence, Dr"),
       P("Wei Fenghe", "person", "CHN", title="Chinese counterpart, General (GEN)")],
      "2019-05-29", L("Singapore Ministry of Defence (MINDEF)", "SGP"), None,
      "Minister for Defence Dr Ng Eng Hen and"),
    E("EXERCISE", "planned",
      [P("Singapore", "country", "SGP"), P("China", "country", "CHN")],
      None, None, None,
      "Singapore and China leaders have reaffirmed their commitment", optional=True),
]

G["rl22a-012"] = []

# 013 NATO DSG Vershbow in Jordan
G["rl22a-013"] = [
    E("MEET", "occurred",
      [P("Alexander Vershbow", "person", "NATO", title="NATO Deputy Secretary General, Ambassador"),
       P("Nasser Judeh", "person", "JOR", title="Minister of Foreign Affairs"),
       P("Faisal Bin Al Hussain", "person", "JOR", title="H.R.H. Prince"),
       P("Mashal Mohammad Al-Zaben", "person", "JOR", title="Chairman of the Joint Chiefs of Staff, Lt.Gen.")],
      None, L("Jordan", "JOR"), None,
      "On 21 June, the Deputy Secretary General Ambassador"),
    E("COOPERATE", "occurred",
      [P("NATO", "igo", "NATO"), P("Jordan", "country", "JOR")],
      None, None, "NATO-Jordan Individual Cooperation Programme",
      "Ambassador Vershbow and his Jordanian interlocutors reviewed the", optional=True),
]

# 014 GDF: domestic exercise; sea training with Edison Chouest
G["rl22a-014"] = [
    E("TRAIN", "occurred",
      [P("Guyana Defence Force Coast Guard", "organisation", "GUY"),
       P("Edison Chouest Offshore LLC", "company", "USA"),
       P("Eweart Andrews", "person", "GUY", title="Sub Lieutenant"),
       P("Dornsford Wray", "person", "GUY", title="Petty Officer")],
      None, None, None,
      "This training is a collaborated effort between the", optional=True),
]

# 015 NZDF: French-led exercise
G["rl22a-015"] = [
    E("EXERCISE", "occurred",
      [P("New Zealand Defence Force (NZDF)", "organisation", "NZL"), P("France", "country", "FRA")],
      "2025-05", None, None,
      "The New Zealand Defence Force (NZDF) has joined"),
]

# 016 defence.hu listing
G["rl22a-016"] = [
    E("AGREE", "occurred",
      [P("Ministry of Defence of Hungary", "organisation", "HUN"),
       P("Ministry of Defence of Poland", "organisation", "POL"),
       P("L\u00e1szl\u00f3 Hajnik", "person", "HUN", title="Head of Department for International Cooperation, Ministry of Defence, Colonel"),
       P("Tomasz Trzci\u0144ski", "person", "POL", title="Polish Defence Attach\u00e9, Colonel")],
      "2022-01-19", L("Budapest", "HUN"), "bilateral military cooperation agreement",
      "The ministries of defence of Hungary and Poland"),
    E("MEET", "occurred",
      [P("L\u00e1szl\u00f3 Hajnik", "person", "HUN", title="Head of Department for International Cooperation, Ministry of Defence, Colonel"),
       P("Tomasz Trzci\u0144ski", "person", "POL", title="Polish Defence Attach\u00e9, Colonel")],
      "2022-01-19", L("Budapest", "HUN"), None,
      "The ministries of defence of Hungary and Poland", optional=True),
    E("MEET", "occurred",
      [P("Hungarian defence policy director", "organisation", "HUN"),
       P("French defence policy director", "organisation", "FRA")],
      "2022-01", L("Paris", "FRA"), None,
      "The Hungarian and the French defence policy directors"),
    E("MEET", "occurred",
      [P("NATO Military Committee", "igo", "NATO"),
       P("Romulusz Ruszin-Szendi", "person", "HUN", title="Commander, Hungarian Defence Forces, Lieutenant General")],
      "2022-01", None, None,
      "On 12\u201313 January, the Chiefs of Defence of", optional=True),
    E("MEET", "occurred",
      [P("defence ministers of the European Union", "igo", "EU"), P("France", "country", "FRA")],
      "2022-01", L("Brest", "FRA"), None,
      "On 12\u201313 January, defence ministers of the European", optional=True),
]

# 017 ECOWAS: ECOMIB TCC chiefs meet in Bissau
G["rl22a-017"] = [
    E("MEET", "occurred",
      [P("Committee of ECOWAS Chiefs of Defence Staff (CCDS)", "igo", "ECOWAS"),
       P("Souma\u00efla Bakayoko", "person", "CIV", title="C\u00f4te d'Ivoire's Chief of Defence Staff and Chairman, Committee of ECOWAS Chiefs of Defence Staff (CCDS), Gen."),
       P("Rui Duarte Barros", "person", "GNB", title="Guinea Bissau's Prime Minister"),
       P("Ansumana Ceessay", "person", "ECOWAS", title="ECOWAS Special Representative in Guinea Bissau, Ambassador")],
      "2013-05-28", L("Bissau", "GNB"), None,
      "At their meeting held on 28th May 2013"),
    E("COOPERATE", "occurred",
      [P("ECOWAS", "igo", "ECOWAS"), P("Guinea Bissau", "country", "GNB")],
      None, None, "Defence and Security Sector Reform (DSSR)",
      "The defence and police chiefs also called for", optional=True),
]

# 018 Dialogo: Peru-Chile military chiefs in Tacna
G["rl22a-018"] = [
    E("MEET", "occurred",
      [P("Luis Howell Ballena", "person", "PER", title="head of the Peruvian Armed Forces Joint Command, Gen."),
       P("Hern\u00e1n Mardones R\u00edos", "person", "CHL", title="head of the Chilean Joint General Staff, Gen.")],
      None, L("Tacna", "PER"), None,
      "The heads of the Peruvian and Chilean militaries"),
    E("AGREE", "occurred",
      [P("Peruvian defense ministry", "organisation", "PER"), P("Chilean defense ministry", "organisation", "CHL")],
      "2010-08", L("Lima", "PER"), None,
      "The meeting between the high-ranking officers was held", optional=True),
    E("COOPERATE", "planned",
      [P("Peru", "country", "PER"), P("Chile", "country", "CHL")],
      None, None, "binational peace-keeping unit; disaster assistance",
      "The meeting between the high-ranking officers was held", optional=True),
]

# 019 Sri Lanka Army: Australian defence adviser
G["rl22a-019"] = [
    E("MEET", "occurred",
      [P("Ian Cain", "person", "AUS", title="Defence Adviser for the High Commission of Australia in Colombo, Captain"),
       P("Vikum Liyanage", "person", "LKA", title="Commander of the Army, Lieutenant General")],
      "2022-07-04", L("Army Headquarters", "LKA"), None,
      "Captain Ian Cain, Defence Adviser for the High"),
    E("TRAIN", "occurred",
      [P("Armed Forces in Australia", "organisation", "AUS"), P("Sri Lanka Army", "organisation", "LKA")],
      None, None, None,
      "Lieutenant General Vikum Liyanage thanked the visiting envoy", optional=True),
]

# 020 Qatar MoD: UK Defence Secretary, security guarantee
G["rl22a-020"] = [
    E("MEET", "occurred",
      [P("Saud bin Abdulrahman bin Hassan Al-Thani", "person", "QAT", title="Deputy Prime Minister & Minister of State for Defense Affairs"),
       P("John Healy", "person", "GBR", title="UK Secretary of State for Defense")],
      None, L("State of Qatar", "QAT"), None,
      "H. E. Sheikh Saud bin Abdulrahman bin Hassan"),
    E("AGREE", "occurred",
      [P("Saud bin Abdulrahman bin Hassan Al-Thani", "person", "QAT", title="Deputy Prime Minister & Minister of State for Defense Affairs"),
       P("John Healy", "person", "GBR", title="UK Secretary of State for Defense")],
      None, L("State of Qatar", "QAT"), "defense security guarantee",
      "During the meeting, the defense security guarantee was"),
]

# 021 Armenian MoD: minister in Greece
G["rl22a-021"] = [
    E("MEET", "occurred",
      [P("Vigen Sargsyan", "person", "ARM", title="Minister of Defense of the Republic of Armenia"),
       P("Konstantinos Duzinas", "person", "GRC", title="president of the national defense and external affairs committee of the Greek parliament")],
      "2016-12-19", L("Greece", "GRC"), None,
      "On December 19th, Minister of Defense of the"),
    E("MEET", "occurred",
      [P("Vigen Sargsyan", "person", "ARM", title="Minister of Defense of the Republic of Armenia"),
       P("Greek National Defense College", "organisation", "GRC")],
      "2016-12-19", L("Greece", "GRC"), None,
      "On the same day, the delegation led by"),
]

# 022 kormany.hu MoD listing (Jan-Feb 2013)
G["rl22a-022"] = [
    E("MEET", "occurred",
      [P("Csaba Hende", "person", "HUN", title="Minister of Defence"),
       P("Ehud Barack", "person", "ISR", title="Israeli Minister of Defence")],
      "2013-02-02", L("Munich", "DEU"), None,
      "On Saturday, February 2 at the Munich security"),
    E("MEET", "occurred",
      [P("Csaba Hende", "person", "HUN", title="Minister of Defence"),
       P("Hans Niessl", "person", "AUT", title="governor of Burgerland, Austria")],
      "2013-01-25", L("Szombathely", "HUN"), None,
      "On Friday, January 25 Hans Niessl, the governor", optional=True),
    E("MEET", "occurred",
      [P("Hungary", "country", "HUN"), P("Afghanistan", "country", "AFG")],
      "2013-01-23", L("Pol-e Khomri", "AFG"), "handover of Camp Pannonia",
      "The official negotiations on handing over Camp Pannonia", optional=True),
]

# 023 Uzbek MoD: Commonwealth-2022
G["rl22a-023"] = [
    E("EXERCISE", "occurred",
      [P("Uzbekistan", "country", "UZB"), P("Tajikistan", "country", "TJK"),
       P("Bahadir Kurbanov", "person", "UZB", title="Minister of Defense of the Republic of Uzbekistan, Lieutenant-General"),
       P("Sherali Mirzo", "person", "TJK", title="Minister of Defense of the Republic of Tajikistan, Colonel-General")],
      "2022", L("Surkhandarya Region", "UZB"), None,
      "Today, early in the morning, the Ministers of"),
    E("MEET", "occurred",
      [P("Bahadir Kurbanov", "person", "UZB", title="Minister of Defense of the Republic of Uzbekistan, Lieutenant-General"),
       P("Sherali Mirzo", "person", "TJK", title="Minister of Defense of the Republic of Tajikistan, Colonel-General")],
      "2022", L("Surkhandarya Region", "UZB"), None,
      "Today, early in the morning, the Ministers of", optional=True),
]

KEYS = ["doc_id", "type", "status", "parties", "date", "location", "item", "evidence", "optional"]
for doc_id, evs in G.items():
    out = []
    for e in evs:
        e = dict(e, doc_id=doc_id)
        out.append({k: e[k] for k in KEYS})
    (OUT / f"{doc_id}.gold.json").write_text(
        json.dumps({"doc_id": doc_id, "events": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(G), "gold files")
