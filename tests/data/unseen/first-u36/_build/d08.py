from common import E, P, S, R, L

META = {"url": "https://thepolicywire.example/defence/cag-rafale-offsets-technology-transfer-drdo",
        "title": "CAG: Rafale makers yet to transfer engine technology promised under offsets",
        "published": "2020-09-24", "source": "The Policy Wire"}

s_iga = ("India signed the \u20ac7.87 billion inter-governmental agreement with France for 36 Rafale jets in "
         "September 2016, and the offset obligations - half the value of the contract - were attached to it.")
s_offset = ("According to the report, Dassault Aviation and missile-maker MBDA had offered to discharge 30 per cent "
            "of their offset obligations by transferring high technology to the Defence Research and Development "
            "Organisation (DRDO), which wanted help with the engine for its Kaveri programme. \"Till date, the "
            "vendor has not confirmed transfer of this technology,\" the report said.")
s_arrive = ("The first five Rafales flew in to Ambala air base in July, and the squadron was formally inducted into "
            "the Indian Air Force on September 10 at a ceremony attended by French Armed Forces Minister Florence "
            "Parly, who then held talks with Defence Minister Rajnath Singh.")
s_jv = ("Dassault has counted the work of Dassault Reliance Aerospace Ltd, its joint venture with Anil Ambani's "
        "Reliance group, which makes parts for Falcon business jets in Nagpur, towards its offsets.")
s_scorpene = ("The auditor also flagged delays in the offset linked to the Scorpene submarines being built under "
              "licence from France's Naval Group by Mazagon Dock Shipbuilders in Mumbai, and said penalties had "
              "rarely been imposed on foreign vendors who missed deadlines.")

TEXT = f"""CAG: Rafale makers yet to transfer engine technology promised under offsets

New Delhi, Sept 24 - The Comptroller and Auditor General of India said in a report tabled in Parliament on Wednesday that the makers of the Rafale fighter had not yet honoured a key offset commitment made when India bought the jets from France, reopening a dispute the government had hoped was settled.

{s_offset}

{s_iga} Under India's offset policy, foreign vendors must reinvest part of the value of large contracts in India, either through purchases, investment or technology transfer.

The audit covered 48 offset contracts worth Rs 66,427 crore signed between 2005 and 2018. It found that vendors had discharged only a fraction of the obligations that had fallen due and that the Defence Ministry had "no effective mechanism" to verify the claims they made.

{s_jv} The report did not question that arrangement, but said the ministry had accepted some offset claims "without adequate documentation".

{s_scorpene}

Congress spokesperson Pawan Khera said the report "vindicates every question we asked" about the Rafale deal, which the party had made a campaign issue in 2019. The Supreme Court dismissed petitions seeking a probe into the purchase in 2018 and 2019.

The Defence Ministry said in a statement that the offset obligations under the Rafale contract were due to be discharged from the end of this year, and that "there has been no default". It said a new offset policy, which drops offsets for inter-governmental and single-vendor deals, would address the audit's concerns.

{s_arrive}

Defence analysts said the finding on the Kaveri engine was the most significant. "The whole political argument for this offset was the engine," said a retired air marshal who did not want to be named. "If that does not happen, the offset is mostly spare parts and business jets."
"""

IND, FRA = "IND", "FRA"
EVENTS = [
    E("AGREE", "occurred",
      [P("India", "country", IND), P("France", "country", FRA)],
      "2016-09", None, "inter-governmental agreement for 36 Rafale jets", s_iga),
    E("INDUSTRY", "planned",
      [P("Dassault Aviation", "company", FRA), P("MBDA", "company", FRA),
       P("Defence Research and Development Organisation", "organisation", IND)],
      None, None, "technology transfer for the Kaveri engine (offset)", s_offset, optional=True),
    E("TRANSFER", "occurred",
      [S("France", "country", FRA), R("Indian Air Force", "organisation", IND)],
      "2020-07", L("Ambala air base", IND), "five Rafale fighters", s_arrive),
    E("MEET", "occurred",
      [P("Florence Parly", "person", FRA, title="Armed Forces Minister"),
       P("Rajnath Singh", "person", IND, title="Defence Minister")],
      "2020-09-10", L("Ambala air base", IND), None, s_arrive),
    E("INDUSTRY", "occurred",
      [P("Dassault Aviation", "company", FRA), P("Reliance group", "company", IND)],
      None, L("Nagpur", IND), "Dassault Reliance Aerospace Ltd joint venture (Falcon parts)", s_jv),
    E("INDUSTRY", "occurred",
      [P("Naval Group", "company", FRA), P("Mazagon Dock Shipbuilders", "company", IND)],
      None, L("Mumbai", IND), "Scorpene submarines built under licence", s_scorpene),
]
