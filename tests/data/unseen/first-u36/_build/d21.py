from common import E, P, S, R, L

META = {"url": "https://southerncone.example/argentina/2024/05/16/opposition-demands-f16-details",
        "title": "Opposition demands details of F-16 deal as first pilots prepare for Denmark",
        "published": "2024-05-16", "source": "Southern Cone Monitor"}

s_sign = ("Petri signed the contract with his Danish counterpart, Troels Lund Poulsen, at a ceremony in Copenhagen "
          "on April 16, under which Argentina will pay about US$300 million for 24 F-16 fighters from the Royal "
          "Danish Air Force, along with spare parts and simulators.")
s_deliv = "The first six jets are due to be delivered by the end of 2025."
s_train = ("Eight Argentine Air Force pilots and several dozen technicians will begin training on the aircraft in "
           "Denmark next month, the ministry said.")
s_fmf = ("The United States, which had to approve the transfer of the American-made jets, has offered US$40 "
         "million in Foreign Military Financing to help pay for support equipment.")
s_nato = ("Two days after the Copenhagen ceremony, Petri handed NATO Deputy Secretary General Mircea Geoan\u0103 a "
          "letter in Brussels requesting that Argentina become a global partner of the alliance.")

TEXT = f"""Opposition demands details of F-16 deal as first pilots prepare for Denmark

BUENOS AIRES - Opposition deputies on Wednesday demanded that Defence Minister Luis Petri appear before Congress to explain the cost of Argentina's purchase of second-hand F-16 fighters from Denmark, saying the government had cut pensions and universities while spending on "planes that are forty years old".

{s_sign}

Deputies from Uni\u00f3n por la Patria filed a formal request for information, asking how much the full package would cost once maintenance, weapons and training were included. "The minister talks about three hundred million. The real figure, over the life of these aircraft, is several times that," said deputy Agust\u00edn Rossi, a former defence minister.

{s_deliv} {s_train}

{s_fmf} Petri said the deal would restore Argentina's supersonic capability, which the country lost when it retired its Mirage fleet in 2015.

The request also recalled that Argentina had earlier been unable to buy Swedish Gripens and Korean FA-50s because Britain, which makes components for both, refused to license the exports, and that a Chinese offer of JF-17 fighters made to the previous government had been dropped. "The only plane anyone would sell us was the one Washington allowed," Rossi said.

{s_nato} The opposition said the request had not been discussed with Congress.

Petri's office said the minister would answer "in the appropriate committee" and that the purchase had been approved through the regular budget process.
"""

ARG, DNK, USA, NATO = "ARG", "DNK", "USA", "NATO"
EVENTS = [
    E("AGREE", "occurred",
      [P("Luis Petri", "person", ARG, title="Defence Minister"),
       P("Troels Lund Poulsen", "person", DNK, title="Defence Minister"),
       P("Argentina", "country", ARG), P("Denmark", "country", DNK)],
      "2024-04-16", L("Copenhagen", DNK), "contract for 24 F-16 fighters", s_sign),
    E("MEET", "occurred",
      [P("Luis Petri", "person", ARG, title="Defence Minister"),
       P("Troels Lund Poulsen", "person", DNK, title="Defence Minister")],
      "2024-04-16", L("Copenhagen", DNK), None, s_sign),
    E("TRANSFER", "planned",
      [S("Royal Danish Air Force", "organisation", DNK), S("Denmark", "country", DNK), R("Argentina", "country", ARG)],
      "2025", None, "24 F-16 fighters with spare parts and simulators", s_sign),
    E("TRAIN", "planned",
      [P("Argentine Air Force", "organisation", ARG), P("Denmark", "country", DNK)],
      "2024-06", L("Denmark", DNK), None, s_train),
    E("COOPERATE", "planned",
      [P("United States", "country", USA), P("Argentina", "country", ARG)],
      None, None, "US$40 million Foreign Military Financing", s_fmf, optional=True),
    E("MEET", "occurred",
      [P("Luis Petri", "person", ARG, title="Defence Minister"),
       P("Mircea Geoan\u0103", "person", NATO, title="NATO Deputy Secretary General")],
      "2024-04-18", L("Brussels", "BEL"), None, s_nato),
    E("COOPERATE", "planned",
      [P("Argentina", "country", ARG), P("NATO", "igo", NATO)],
      None, None, "global partner status (requested)", s_nato, optional=True),
]
