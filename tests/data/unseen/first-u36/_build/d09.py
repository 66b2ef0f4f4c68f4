from common import E, P, S, R, L

META = {"url": "https://berlinbriefing.example/politik/2023/01/26/scholz-defends-leopard-decision",
        "title": "Scholz defends Leopard decision as opposition splits over tanks for Kyiv",
        "published": "2023-01-26", "source": "Berlin Briefing"}

s_leo = ("Germany will provide 14 Leopard 2A6 tanks from Bundeswehr stocks, and Defence Minister Boris Pistorius "
         "said the first of them should reach Ukraine by the end of March.")
s_pol = ("Poland, which had said it would send 14 of its Leopard 2A4s even without German consent, formally asked "
         "for permission on Tuesday; Berlin said it would approve such requests quickly.")
s_train = ("Ukrainian crews are to be trained on the tanks in Germany, with courses expected to begin within weeks.")
s_abrams = ("In Washington, President Joe Biden announced on Wednesday that the United States would send 31 M1 "
            "Abrams tanks, a step Berlin had pressed for in private.")
s_marder = ("Earlier this month Germany pledged 40 Marder infantry fighting vehicles, after Scholz and Biden agreed "
            "the move in a telephone call on January 5.")
s_ramstein = ("Scholz said the decision had been coordinated with partners at the meeting of the Ukraine Defense "
              "Contact Group that US Defense Secretary Lloyd Austin hosted at Ramstein air base last Friday, "
              "attended by Pistorius and Ukraine's Defence Minister Oleksii Reznikov.")

TEXT = f"""BERLIN BRIEFING
Politik  Wirtschaft  Europa  Welt  Meinung  Podcast  | English edition
Newsletter: Get the Berlin Briefing every morning >

Politics > Bundestag

Scholz defends Leopard decision as opposition splits over tanks for Kyiv

Thursday, 26 January 2023 | Reading time 4 min
By Katrin Vogel

Chancellor Olaf Scholz on Wednesday defended his decision to send Leopard 2 battle tanks to Ukraine in a heated session of the Bundestag, telling MPs that Germany had acted "together with our allies, not alone and not ahead of them".

{s_leo} The aim, the government said, is to assemble two tank battalions together with European partners.

{s_pol}

{s_train}

{s_abrams} Scholz denied that he had made a German delivery conditional on an American one, but told MPs that it had been "right to act together".

The opposition was divided. CDU leader Friedrich Merz said the decision was correct but had come "months too late", and accused the chancellor of having "hidden behind Washington". AfD co-leader Tino Chrupalla said Germany was "drifting into becoming a party to the war" and accused Scholz of breaking his promise to avoid escalation. Sahra Wagenknecht of the Left Party said the tanks would "prolong the dying".

{s_marder}

{s_ramstein}

Asked by Merz whether Germany would also supply fighter jets, Scholz ruled it out. "That question does not arise," he said.

Green members of the coalition welcomed the decision, while several SPD backbenchers said they had doubts about where the escalation would end. A survey published on Wednesday showed voters almost evenly split on the tank deliveries.

Also in Politics
- Pistorius visits troops in Munster on first day in office
- Coalition row over heating law
- Bundesrat approves citizen's income reform

Share: Facebook | Twitter | LinkedIn | Email
(c) Berlin Briefing GmbH 2023 | Imprint | Data protection | Cookie settings
"""

DEU, UKR, POL, USA = "DEU", "UKR", "POL", "USA"
EVENTS = [
    E("TRANSFER", "planned",
      [S("Germany", "country", DEU), S("Bundeswehr", "organisation", DEU), R("Ukraine", "country", UKR)],
      "2023-03", None, "14 Leopard 2A6 tanks", s_leo),
    E("TRANSFER", "planned",
      [S("Poland", "country", POL), R("Ukraine", "country", UKR)],
      None, None, "14 Leopard 2A4 tanks", s_pol),
    E("TRAIN", "planned",
      [P("Germany", "country", DEU), P("Ukrainian crews", "organisation", UKR)],
      None, L("Germany", DEU), None, s_train),
    E("TRANSFER", "planned",
      [S("United States", "country", USA), R("Ukraine", "country", UKR)],
      None, None, "31 M1 Abrams tanks", s_abrams),
    E("TRANSFER", "planned",
      [S("Germany", "country", DEU), R("Ukraine", "country", UKR)],
      None, None, "40 Marder infantry fighting vehicles", s_marder),
    E("MEET", "occurred",
      [P("Olaf Scholz", "person", DEU, title="Chancellor"), P("Joe Biden", "person", USA, title="President")],
      "2023-01-05", None, None, s_marder),
    E("MEET", "occurred",
      [P("Lloyd Austin", "person", USA, title="Defense Secretary"),
       P("Boris Pistorius", "person", DEU, title="Defence Minister"),
       P("Oleksii Reznikov", "person", UKR, title="Defence Minister")],
      "2023-01-20", L("Ramstein air base", DEU), None, s_ramstein),
]
