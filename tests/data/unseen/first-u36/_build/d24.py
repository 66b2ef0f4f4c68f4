from common import E, P, S, R, L

META = {"url": "https://lankaledger.example/news/2022/08/17/chinese-tracking-ship-docks-hambantota",
        "title": "Chinese tracking ship docks at Hambantota after week of diplomatic wrangling",
        "published": "2022-08-17", "source": "Lanka Ledger"}

s_dock = ("The Chinese vessel Yuan Wang 5 docked at Hambantota port on Tuesday morning, six days later than "
          "planned, after the government had asked Beijing to defer the visit following objections from India "
          "and the United States.")
s_pla = ("India says the ship is a satellite- and missile-tracking vessel operated by the People's Liberation "
         "Army; the Chinese embassy describes it as a scientific research ship on a replenishment stop.")
s_dornier = ("The docking came a day after India handed over a Dornier 228 maritime surveillance aircraft to the "
             "Sri Lanka Navy at a ceremony in Katunayake, where the Indian Vice Chief of Naval Staff, Vice Admiral "
             "S.N. Ghormade, gave the aircraft's documents to President Ranil Wickremesinghe.")
s_taimur = ("The Pakistan Navy frigate PNS Taimur, which called at Colombo port last week, held a passage exercise "
            "with the Sri Lanka Navy off the western coast before leaving on Monday.")

TEXT = f"""LANKA LEDGER
Home  News  Business  Opinion  Sports  Features  E-Paper
Wednesday, 17 August 2022
Colombo 30\u00b0C   USD/LKR 360.85

NEWS

Chinese tracking ship docks at Hambantota after week of diplomatic wrangling

By Dinesh Perera

{s_dock}

{s_pla} Foreign Minister Ali Sabry told Parliament that the ship had been cleared on condition that it did not switch on its identification system while in Sri Lankan waters and carried out no research. "We are a neutral country. We will not be used against anyone," he said.

Opposition MPs accused the government of mishandling the affair. "First we invite, then we cancel, then we allow. Every friend we have is now unhappy," said SJB MP Harsha de Silva.

{s_dornier} The aircraft is on loan while a second one is being built for Sri Lanka.

{s_taimur} The frigate had been refused entry to a Bangladeshi port earlier in its voyage.

Tamil National Alliance MPs said they feared that the northern and eastern coasts could become the stage for rivalry between larger powers. Government MPs said that Sri Lanka had never given any country a military base, and that Hambantota port's security remained in Sri Lankan hands under the 2017 lease to China Merchants Port Holdings. The opposition called for the agreement to be tabled in full, but Sabry said that the terms were commercial and not a matter for Parliament, and that the Cabinet would consider a standard operating procedure for foreign research ships so that future visits would not provoke the same dispute wi
"""

CHN, LKA, IND, PAK = "CHN", "LKA", "IND", "PAK"
EVENTS = [
    E("MEET", "occurred",
      [P("Yuan Wang 5", "organisation", CHN), P("Sri Lanka", "country", LKA)],
      "2022-08-16", L("Hambantota port", LKA), None, s_dock, optional=True),
    E("TRANSFER", "occurred",
      [S("India", "country", IND), S("S.N. Ghormade", "person", IND, title="Vice Chief of Naval Staff"),
       R("Sri Lanka Navy", "organisation", LKA),
       R("Ranil Wickremesinghe", "person", LKA, title="President")],
      "2022-08-15", L("Katunayake", LKA), "Dornier 228 maritime surveillance aircraft (on loan)", s_dornier),
    E("TRANSFER", "planned",
      [S("India", "country", IND), R("Sri Lanka", "country", LKA)],
      None, None, "second Dornier 228 aircraft",
      "The aircraft is on loan while a second one is being built for Sri Lanka.", optional=True),
    E("MEET", "occurred",
      [P("Pakistan Navy", "organisation", PAK), P("Sri Lanka", "country", LKA)],
      "2022-08", L("Colombo port", LKA), "port call of PNS Taimur", s_taimur),
    E("EXERCISE", "occurred",
      [P("Pakistan Navy", "organisation", PAK), P("Sri Lanka Navy", "organisation", LKA)],
      "2022-08", L("off the western coast", None), "passage exercise", s_taimur),
]
CUT = 2062
