from common import E, P, S, R, L

META = {"url": "https://pacificcurrent.example/png/2023/06/08/marape-tables-us-defence-pact",
        "title": "Marape tables US defence pact as critics question sovereignty",
        "published": "2023-06-08", "source": "Pacific Current"}

s_sign = ("The agreement was signed in Port Moresby on May 22 by Defence Minister Win Bakri Daki and US Secretary "
          "of State Antony Blinken, who held talks with Marape the same day after President Joe Biden called off "
          "his planned stop in the country.")
s_ship = ("A separate shiprider agreement, also signed that day, allows PNG officers to ride aboard US Coast Guard "
          "vessels to enforce the country's fisheries laws.")
s_lombrum = ("The pact gives US forces access to six sites, among them the Lombrum naval base on Manus Island, "
             "which Australia and the United States have been helping to redevelop since 2018.")
s_aid = ("Washington has also promised US$45 million in new security assistance, including equipment and "
         "training for the PNG Defence Force.")
s_aus = ("Marape said the pact did not affect the country's defence partnership with Australia, whose officers "
         "serve alongside the PNG Defence Force under a long-standing arrangement.")

TEXT = f"""Marape tables US defence pact as critics question sovereignty

PORT MORESBY - Prime Minister James Marape on Wednesday tabled the Defence Cooperation Agreement with the United States in Parliament, two weeks after students in Lae boycotted classes to protest against a deal they said had been kept from the public.

{s_sign}

Marape told Parliament that "nothing in this agreement gives away an inch of our sovereignty" and that PNG would "decide who comes, when, and for what". He said the text had been published in full on the government's website.

Opposition MP Allan Bird said the Prime Minister had signed first and consulted later. "We were told that the agreement was not secret, but we read it in a leaked copy," he said. "What does a country of our size get in exchange for the use of its land, its sea and its airspace?"

{s_lombrum} Under the agreement, US personnel will be immune from PNG criminal jurisdiction for acts carried out on duty.

{s_ship} Fisheries officials have welcomed the arrangement, saying illegal fishing costs the country millions of kina a year.

{s_aid}

{s_aus}

Students at the PNG University of Technology said they would resume their boycott if Parliament did not debate the agreement before it is ratified. The university's student representative council said it wanted the agreement reviewed by the Constitutional and Law Reform Commission.

The Speaker referred the agreement to the Parliamentary Committee on Foreign Affairs and Defence, which is to report within three months.
"""

PNG, USA, AUS = "PNG", "USA", "AUS"
EVENTS = [
    E("AGREE", "occurred",
      [P("Win Bakri Daki", "person", PNG, title="Defence Minister"),
       P("Antony Blinken", "person", USA, title="Secretary of State"),
       P("Papua New Guinea", "country", PNG), P("United States", "country", USA)],
      "2023-05-22", L("Port Moresby", PNG), "Defence Cooperation Agreement", s_sign),
    E("MEET", "occurred",
      [P("Antony Blinken", "person", USA, title="Secretary of State"),
       P("James Marape", "person", PNG, title="Prime Minister"),
       P("Win Bakri Daki", "person", PNG, title="Defence Minister")],
      "2023-05-22", L("Port Moresby", PNG), None, s_sign),
    E("AGREE", "occurred",
      [P("Papua New Guinea", "country", PNG), P("United States", "country", USA)],
      "2023-05-22", L("Port Moresby", PNG), "shiprider agreement", s_ship),
    E("COOPERATE", "occurred",
      [P("Australia", "country", AUS), P("United States", "country", USA), P("Papua New Guinea", "country", PNG)],
      None, L("Lombrum naval base, Manus Island", PNG), "redevelopment of Lombrum naval base", s_lombrum,
      optional=True),
    E("TRANSFER", "planned",
      [S("United States", "country", USA), R("PNG Defence Force", "organisation", PNG)],
      None, None, "equipment (US$45 million security assistance)", s_aid),
    E("TRAIN", "planned",
      [P("United States", "country", USA), P("PNG Defence Force", "organisation", PNG)],
      None, None, None, s_aid),
    E("COOPERATE", "occurred",
      [P("Australia", "country", AUS), P("PNG Defence Force", "organisation", PNG)],
      None, None, None, s_aus, optional=True),
]
