from common import E, P, S, R, L

META = {"url": "https://balticreview.example/estonia/2023/06/14/audit-office-weapons-ukraine-replacement",
        "title": "Audit office: Estonia slow to replace weapons sent to Ukraine",
        "published": "2023-06-14", "source": "Baltic Review"}

s_aid = ("Estonia has given Ukraine military aid worth more than \u20ac400 million since February 2022 - over one per "
         "cent of its GDP - including Javelin anti-tank missiles, all of its 155mm FH70 towed howitzers and its "
         "122mm D-30 howitzers.")
s_d30 = ("The D-30s, which Estonia had bought from Finland in the 1990s, could be sent only after Helsinki and "
         "Berlin approved the re-export in early 2022.")
s_k9 = ("To replace the howitzers, the ministry ordered 12 more K9 self-propelled howitzers from South Korea's "
        "Hanwha Aerospace last October, adding to the 24 delivered between 2020 and 2022, but the new batch is not "
        "due until 2025, the audit said.")
s_himars = ("The US State Department approved the sale of six HIMARS rocket launchers to Estonia in July last year, "
            "and the ministry signed the purchase in December, but the auditors found that ammunition for them had "
            "not yet been ordered.")
s_iris = ("Estonia and Latvia have also agreed to buy IRIS-T medium-range air defence systems together from "
          "Germany's Diehl Defence, and officials told the auditors they expected the contract to be signed by "
          "the end of the year.")

TEXT = f"""Audit office: Estonia slow to replace weapons sent to Ukraine

TALLINN - Estonia's National Audit Office said on Wednesday that the Defence Ministry had been too slow to replace the equipment it donated to Ukraine last year, leaving some units of the Defence Forces with gaps that will not be filled for two or three years.

{s_aid}

The audit does not question the donations themselves, which it calls "a political decision with broad support", but says the ministry had no plan for replacing them when they were made. "Decisions about giving were made in days. Decisions about replacing have taken more than a year," the auditor general, Janar Holm, said in a statement.

{s_d30}

{s_k9} In the meantime, the artillery battalion of the 1st Infantry Brigade has trained with a reduced number of guns.

{s_himars}

{s_iris} Joint purchases have been slowed by the need to align requirements between the two countries, the report found.

The ministry said in its reply that it "broadly agrees" with the findings, and that the Estonian Centre for Defence Investment had been given additional staff this year to speed up procurement.

Kalev Stoicescu, who chairs the Riigikogu's national defence committee, said the committee would hear the ministry next week. "Nobody regrets a single gun we sent to Ukraine," he said. "But we were promised that the holes would be filled, and the auditors say they have not been."

The opposition Conservative People's Party said the findings showed that the government had "emptied the warehouses for applause". The ministry said that the claim was "simply untrue" and that the Defence Forces' readiness had been assessed before every donation.
"""

EST, UKR, FIN, KOR, USA, LVA, DEU = "EST", "UKR", "FIN", "KOR", "USA", "LVA", "DEU"
EVENTS = [
    E("TRANSFER", "occurred",
      [S("Estonia", "country", EST), R("Ukraine", "country", UKR)],
      None, None, "military aid incl. Javelin missiles, FH70 and D-30 howitzers", s_aid),
    E("TRANSFER", "occurred",
      [S("Finland", "country", FIN), R("Estonia", "country", EST)],
      None, None, "D-30 howitzers", s_d30, optional=True),
    E("AGREE", "occurred",
      [P("Estonian Defence Ministry", "organisation", EST), P("Hanwha Aerospace", "company", KOR)],
      "2022-10", None, "order for 12 K9 self-propelled howitzers", s_k9),
    E("TRANSFER", "planned",
      [S("Hanwha Aerospace", "company", KOR), R("Estonia", "country", EST)],
      "2025", None, "12 K9 self-propelled howitzers", s_k9),
    E("TRANSFER", "occurred",
      [S("Hanwha Aerospace", "company", KOR), R("Estonia", "country", EST)],
      None, None, "24 K9 self-propelled howitzers", s_k9, optional=True),
    E("AGREE", "occurred",
      [P("Estonian Defence Ministry", "organisation", EST), P("United States", "country", USA)],
      "2022-12", None, "purchase of six HIMARS launchers", s_himars),
    E("TRANSFER", "planned",
      [S("United States", "country", USA), R("Estonia", "country", EST)],
      None, None, "six HIMARS rocket launchers", s_himars),
    E("AGREE", "occurred",
      [P("Estonia", "country", EST), P("Latvia", "country", LVA)],
      None, None, "joint purchase of IRIS-T air defence", s_iris, optional=True),
    E("AGREE", "planned",
      [P("Estonia", "country", EST), P("Latvia", "country", LVA), P("Diehl Defence", "company", DEU)],
      "2023", None, "IRIS-T contract", s_iris),
    E("TRANSFER", "planned",
      [S("Diehl Defence", "company", DEU), R("Estonia", "country", EST)],
      None, None, "IRIS-T medium-range air defence systems", s_iris),
    E("TRANSFER", "planned",
      [S("Diehl Defence", "company", DEU), R("Latvia", "country", LVA)],
      None, None, "IRIS-T medium-range air defence systems", s_iris),
]
