from common import E, P, S, R, L

META = {"url": "https://planaltoreport.example/en/defense/2023/08/tcu-gripen-delays-currency-losses",
        "title": "TCU flags delays and currency losses in Gripen programme",
        "published": "2023-08-17", "source": "Planalto Report"}

s_contract = ("The audit examined the contract worth 39.3 billion kronor that the Air Force signed with Sweden's "
              "Saab in October 2014 for 36 Gripen E/F fighters, of which only eight have been delivered so far.")
s_line = ("Fifteen of the jets are to be assembled by Embraer at Gavi\u00e3o Peixoto, in S\u00e3o Paulo state, where "
          "Saab and Embraer opened the Gripen production line in May.")
s_train = ("More than 350 Brazilian engineers and technicians have been trained at Saab's facilities in "
           "Link\u00f6ping as part of the technology transfer, the Air Force told the court.")
s_laad = ("Saab showed a full-scale Gripen E at the LAAD defence fair in Rio de Janeiro in April, where it also "
          "pitched the two-seat version to the Navy.")
s_visit = ("A Swedish delegation led by Defence Minister P\u00e5l Jonson is due in Bras\u00edlia next month for talks "
           "on a possible second batch.")

TEXT = f"""Planalto Report | English
Politics  Economy  Defense  Environment  Opinion
Bras\u00edlia 27\u00b0C | USD/BRL 4.97

DEFENSE

TCU flags delays and currency losses in Gripen programme

August 17, 2023 - 10:12 | Updated 11:05

The Federal Court of Accounts (TCU) said on Wednesday that Brazil's F-X2 fighter programme had suffered delays and currency losses, and asked the Air Force to explain within 60 days how it plans to keep the schedule.

{s_contract}

Because payments are made in Swedish currency, the auditors said the real's depreciation since 2015 had raised the cost in reais by about a quarter. They also found that the Air Force had not hedged the exposure.

{s_line} {s_train}

Opposition deputies on the Chamber's Foreign Affairs and National Defence Committee said they would summon the Air Force commander. "This is a good aircraft bought at a bad price and delivered at a snail's pace," said one.

The Air Force said the schedule had been agreed with Saab in 2022 and that the delays reflected the pandemic.

{s_laad}

{s_visit} Officials said no decision had been taken and that the budget for 2024 did not include money for more aircraft. The TCU recommended that any new order be negotiated in a currency that "reduces the risk to the Treasury", and said it would mo
"""

BRA, SWE = "BRA", "SWE"
EVENTS = [
    E("AGREE", "occurred",
      [P("Brazilian Air Force", "organisation", BRA), P("Saab", "company", SWE)],
      "2014-10", None, "contract for 36 Gripen E/F fighters", s_contract),
    E("TRANSFER", "occurred",
      [S("Saab", "company", SWE), R("Brazilian Air Force", "organisation", BRA)],
      None, None, "eight Gripen E/F fighters (of 36)", s_contract),
    E("AGREE", "occurred",
      [P("Brazilian Air Force", "organisation", BRA), P("Saab", "company", SWE)],
      "2022", None, "revised delivery schedule",
      "The Air Force said the schedule had been agreed with Saab in 2022 and that the delays reflected the pandemic.",
      optional=True),
    E("INDUSTRY", "occurred",
      [P("Saab", "company", SWE), P("Embraer", "company", BRA)],
      "2023-05", L("Gavi\u00e3o Peixoto", BRA), "Gripen production line", s_line),
    E("TRAIN", "occurred",
      [P("Saab", "company", SWE), P("Brazilian engineers and technicians", "organisation", BRA)],
      None, L("Link\u00f6ping", SWE), None, s_train),
    E("EXHIBIT", "occurred",
      [P("Saab", "company", SWE), P("Brazil", "country", BRA)],
      "2023-04", L("Rio de Janeiro", BRA), None, s_laad),
    E("MEET", "planned",
      [P("P\u00e5l Jonson", "person", SWE, title="Defence Minister"), P("Brazil", "country", BRA)],
      "2023-09", L("Bras\u00edlia", BRA), None, s_visit),
]
CUT = 2008
