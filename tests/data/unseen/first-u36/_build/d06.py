from common import E, P, S, R, L

META = {"url": "https://manilaledger.example/nation/2023/05/09/senators-question-edca-sites",
        "title": "Senators question 'blank check' EDCA sites as Galvez defends pact",
        "published": "2023-05-09", "source": "Manila Ledger"}

s_sites = ("Manila and Washington announced the four new sites on April 3 - three in northern Luzon and one on "
           "Balabac island in Palawan - adding to the five agreed on in 2016.")
s_edca = "EDCA itself was signed in 2014 and upheld by the Supreme Court two years later."
s_funds = ("Galvez said the United States had so far spent $82 million on runways, warehouses and barracks at the "
           "original five sites, and that no American troops would be stationed permanently at any of them.")
s_balikatan = ("The hearing came less than two weeks after the end of the largest Balikatan exercise yet, in which "
               "some 17,600 Filipino, American and Australian troops held live-fire drills between April 11 and 28, "
               "including the sinking of a decommissioned navy ship off Zambales.")
s_meet = ("Galvez also told the panel that the United States would transfer three more C-130H transport aircraft and "
          "two Cyclone-class patrol ships to the Philippines, a package confirmed when President Ferdinand Marcos Jr. "
          "met President Joe Biden at the White House on May 1.")
s_japan = ("Senator Risa Hontiveros urged the government to speed up talks on a Reciprocal Access Agreement with "
           "Japan, which has supplied five TC-90 patrol aircraft to the Philippine Navy - first under a lease in "
           "2017 and later free of charge.")

TEXT = f"""MANILA LEDGER
Nation | Metro | Regions | Business | World | Opinion | Sports | Lifestyle
Manila 33\u00b0C Partly cloudy    USD/PHP 55.42
ADVERTISEMENT

NATION

Senators question 'blank check' EDCA sites as Galvez defends pact

By Paolo Reyes
May 09, 2023 - 5:12 AM
Facebook  Twitter  Messenger  Viber  Copy link

Senators on Monday pressed defense officials to disclose what the United States intends to build at four new military sites opened to American forces under the Enhanced Defense Cooperation Agreement (EDCA), as Defense Officer-in-Charge Carlito Galvez Jr. insisted the locations had been chosen "for the defense of the Philippines, and of no one else."

{s_sites} {s_edca}

Senator Imee Marcos, who chairs the Senate foreign relations committee, said the sites in Cagayan and Isabela, facing Taiwan across the Luzon Strait, could turn the provinces into "magnets" in a conflict that was not the Philippines' own. Cagayan Governor Manuel Mamba, who attended the hearing, repeated his objection to the sites in his province.

{s_funds} "These are Philippine bases. The Americans are guests," he said.

READ: Cagayan governor says he was not consulted on EDCA sites

{s_balikatan}

{s_meet} Galvez said the aircraft would be used mainly for disaster relief.

{s_japan} Japan and the Philippines started talks on the pact last year. "If we are going to have visiting forces, let us at least have more than one partner," Hontiveros said.

Senator Marcos said the committee would visit the Cagayan sites before submitting its report.

ADVERTISEMENT

Read Next
- PCG spots Chinese vessels near Ayungin Shoal
- DND eyes new frigate acquisition
- Marcos: PH won't be used as staging post

Comments are moderated. Please read our community guidelines.
(c) 2023 Manila Ledger. All rights reserved. | Privacy Policy | About Us
"""

PHL, USA, AUS, JPN = "PHL", "USA", "AUS", "JPN"
EVENTS = [
    E("AGREE", "occurred",
      [P("Philippines", "country", PHL), P("United States", "country", USA)],
      "2023-04-03", None, None, s_sites),
    E("AGREE", "occurred",
      [P("Philippines", "country", PHL), P("United States", "country", USA)],
      "2014", None, None, s_edca, optional=True),
    E("COOPERATE", "occurred",
      [P("United States", "country", USA), P("Philippines", "country", PHL)],
      None, None, None, s_funds, optional=True),
    E("EXERCISE", "occurred",
      [P("Philippines", "country", PHL), P("United States", "country", USA), P("Australia", "country", AUS)],
      "2023-04", L("Zambales", PHL), None, s_balikatan),
    E("TRANSFER", "planned",
      [S("United States", "country", USA), R("Philippines", "country", PHL)],
      None, None, "three C-130H transport aircraft and two Cyclone-class patrol ships", s_meet),
    E("MEET", "occurred",
      [P("Ferdinand Marcos Jr.", "person", PHL, title="President"),
       P("Joe Biden", "person", USA, title="President")],
      "2023-05-01", L("White House", USA), None, s_meet),
    E("TRANSFER", "occurred",
      [S("Japan", "country", JPN), R("Philippine Navy", "organisation", PHL)],
      "2017", None, "five TC-90 patrol aircraft (lease, later free of charge)", s_japan),
    E("AGREE", "planned",
      [P("Philippines", "country", PHL), P("Japan", "country", JPN)],
      None, None, "Reciprocal Access Agreement", s_japan, optional=True),
]
