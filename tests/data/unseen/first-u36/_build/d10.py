from common import E, P, S, R, L

META = {"url": "https://highlandsobserver.example/national/mps-hear-laikipia-residents-batuk-pact",
        "title": "MPs hear Laikipia residents as British troops pact heads for a vote",
        "published": "2023-09-01", "source": "Highlands Observer"}

s_dca = ("The committee is reviewing the Defence Cooperation Agreement that Kenya and the United Kingdom signed in "
         "London in July 2021, which sets the terms under which about 1,100 British soldiers train in central "
         "Kenya each year and which must be ratified by Parliament before it can take effect.")
s_train = ("Committee chairman Nelson Koech said the pact was not only about British soldiers: the British Army "
           "Training Unit Kenya (BATUK) also trained about 1,000 Kenya Defence Forces personnel last year, many of "
           "them before deployment to Somalia.")
s_deploy = ("Kenyan troops have served in Somalia since 2011, first under the African Union Mission in Somalia "
            "(AMISOM) and now under its successor, the African Union Transition Mission in Somalia (ATMIS).")
s_meet = ("Defence Cabinet Secretary Aden Duale told the committee that he had raised the Wanjiru case with the "
          "British Armed Forces Minister, James Heappey, when Heappey visited Nairobi in February, and that London "
          "had promised full cooperation with the Kenyan police investigation.")
s_ex = ("Duale also said the two armies would hold a joint field exercise at Archer's Post in Samburu in November, "
        "the first since the agreement was signed.")

TEXT = f"""MPs hear Laikipia residents as British troops pact heads for a vote

NANYUKI - Residents of Laikipia told the National Assembly's Defence, Intelligence and Foreign Relations Committee on Thursday that British soldiers training in the county had left them with burnt land, unexploded ordnance and unanswered questions about the death of Agnes Wanjiru, a young mother whose body was found in a septic tank near a Nanyuki hotel in 2012.

{s_dca}

At a packed public hearing in Nanyuki, farmers from Lolldaiga said a fire that swept through the conservancy in March 2021 during a British training exercise had destroyed pasture they depended on. Their lawyer, Kelvin Kubai, said more than 7,000 people had filed claims against the British Ministry of Defence in the courts in Nairobi.

{s_train} "We are not only hosts. We are beneficiaries, and we must negotiate as such," he said.

{s_deploy}

{s_meet} A British man was named in 2021 by a UK newspaper as a suspect in the killing; no one has been charged.

Under the agreement, British troops who commit crimes against Kenyans off duty would be tried in Kenyan courts. Critics said the wording was too vague. "If a soldier is 'on duty' when he is driving to a bar, then the clause means nothing," Laikipia East MP Mwangi Kiunjuri told the hearing.

{s_ex}

The committee is expected to table its report in October, and Koech said it would recommend amendments to the implementing arrangements rather than rejection. "Rejecting the agreement would not make the soldiers leave. It would only leave us with the old rules," he said.
"""

KEN, GBR, AU = "KEN", "GBR", "AU"
EVENTS = [
    E("AGREE", "occurred",
      [P("Kenya", "country", KEN), P("United Kingdom", "country", GBR)],
      "2021-07", L("London", GBR), "Defence Cooperation Agreement", s_dca),
    E("COOPERATE", "occurred",
      [P("United Kingdom", "country", GBR), P("Kenya", "country", KEN)],
      None, L("central Kenya", KEN), None, s_dca, optional=True),
    E("TRAIN", "occurred",
      [P("British Army Training Unit Kenya", "organisation", GBR),
       P("Kenya Defence Forces", "organisation", KEN)],
      "2022", None, None, s_train),
    E("DEPLOY", "occurred",
      [P("Kenya", "country", KEN), P("African Union", "igo", AU)],
      None, L("Somalia", "SOM"), None, s_deploy),
    E("MEET", "occurred",
      [P("Aden Duale", "person", KEN, title="Defence Cabinet Secretary"),
       P("James Heappey", "person", GBR, title="Armed Forces Minister")],
      "2023-02", L("Nairobi", KEN), None, s_meet),
    E("EXERCISE", "planned",
      [P("Kenya Defence Forces", "organisation", KEN), P("British Army", "organisation", GBR)],
      "2023-11", L("Archer's Post", KEN), None, s_ex),
]
