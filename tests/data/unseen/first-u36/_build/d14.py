from common import E, P, S, R, L

META = {"url": "https://tokyopolicyreview.example/politics/20240312/diet-fighter-export-rules",
        "title": "Diet panel spars over fighter export rules as Kishida seeks coalition deal",
        "published": "2024-03-12", "source": "Tokyo Policy Review"}

s_treaty = ("Defence ministers Minoru Kihara, Grant Shapps and Guido Crosetto signed the treaty in Tokyo in December, "
            "creating the GCAP International Government Organisation (GIGO) that will run the programme from its "
            "headquarters in Britain.")
s_gcap = ("The fighter is being developed jointly by Japan, Britain and Italy, with Mitsubishi Heavy Industries, "
          "BAE Systems and Leonardo leading the industrial work, and is due to enter service in 2035.")
s_patriot = ("The debate follows the Cabinet's decision in December to send Patriot interceptor missiles made in "
             "Japan back to the United States, the holder of the licence, to replenish American stocks depleted by "
             "aid to Ukraine.")
s_licence = ("The PAC-3 missiles are built by Mitsubishi Heavy Industries under licence from Lockheed Martin and "
             "RTX.")
s_dsei = ("Japanese companies, including Mitsubishi Electric and Kawasaki Heavy Industries, also had their largest "
          "presence yet at the DSEI arms fair in London last September, where a Japanese pavilion hosted 15 firms.")

TEXT = f"""TOKYO POLICY REVIEW
Politics  Economy  Security  Society  Asia  Opinion  |  Log in  Register
TRENDING: Upper House budget debate / Spring wage talks / Noto quake recovery

SECURITY

Diet panel spars over fighter export rules as Kishida seeks coalition deal

March 12, 2024 17:20 JST

Opposition lawmakers on Monday accused Prime Minister Fumio Kishida of hollowing out Japan's postwar restraints on arms exports, as the House of Councillors Budget Committee debated the government's plan to allow the next-generation fighter jet being built with Britain and Italy to be sold to third countries.

{s_gcap} Under the Global Combat Air Programme (GCAP) treaty, the three partners share development costs and can each export the aircraft.

{s_treaty}

Kishida told the committee that Japan would become a "less valuable partner" and would pay more for each aircraft if it alone could not export. "If Japan cannot sell, Japan will be asked to pay," he said.

Constitutional Democratic Party lawmaker Renho said the government was "changing the nation's principles by Cabinet decision, without the Diet". Komeito, the junior coalition partner, has asked for limits, including a requirement that any export be approved case by case by the Cabinet and that sales be restricted to countries that have signed defence equipment agreements with Japan.

{s_patriot} Defence Ministry officials declined on Monday to say when the missiles would be shipped or how many would go. {s_licence}

The government has ruled out sending lethal weapons directly to Ukraine, and Kishida repeated on Monday that "there is no change" to that position.

{s_dsei} Industry executives say the GCAP decision will shape whether they return.

Komeito's leader, Natsuo Yamaguchi, said on Monday that talks with the Liberal Democratic Party would continue this week. An agreement is needed before the rules can be changed.

Premium | Newsletter | Share on X | Facebook | LINE
Related articles
- Japan, Philippines to begin talks on reciprocal access pact
- Defence budget passes lower house
- MHI raises profit forecast on defence orders

(c) Tokyo Policy Review. All rights reserved. Reproduction prohibited.
"""

JPN, GBR, ITA, USA = "JPN", "GBR", "ITA", "USA"
EVENTS = [
    E("AGREE", "occurred",
      [P("Minoru Kihara", "person", JPN, title="Defence Minister"),
       P("Grant Shapps", "person", GBR, title="Defence Minister"),
       P("Guido Crosetto", "person", ITA, title="Defence Minister"),
       P("Japan", "country", JPN), P("Britain", "country", GBR), P("Italy", "country", ITA)],
      "2023-12", L("Tokyo", JPN), "GCAP treaty establishing GIGO", s_treaty),
    E("MEET", "occurred",
      [P("Minoru Kihara", "person", JPN, title="Defence Minister"),
       P("Grant Shapps", "person", GBR, title="Defence Minister"),
       P("Guido Crosetto", "person", ITA, title="Defence Minister")],
      "2023-12", L("Tokyo", JPN), None, s_treaty),
    E("INDUSTRY", "occurred",
      [P("Mitsubishi Heavy Industries", "company", JPN), P("BAE Systems", "company", GBR),
       P("Leonardo", "company", ITA)],
      None, None, "next-generation fighter (GCAP) co-development", s_gcap),
    E("TRANSFER", "planned",
      [S("Japan", "country", JPN), R("United States", "country", USA)],
      None, None, "Patriot interceptor missiles", s_patriot),
    E("TRANSFER", "occurred",
      [S("United States", "country", USA), R("Ukraine", "country", "UKR")],
      None, None, "Patriot interceptors (aid to Ukraine)", s_patriot, optional=True),
    E("INDUSTRY", "occurred",
      [P("Mitsubishi Heavy Industries", "company", JPN), P("Lockheed Martin", "company", USA),
       P("RTX", "company", USA)],
      None, None, "PAC-3 missiles built under licence", s_licence),
    E("EXHIBIT", "occurred",
      [P("Japanese pavilion", "organisation", JPN), P("Mitsubishi Electric", "company", JPN),
       P("Kawasaki Heavy Industries", "company", JPN), P("United Kingdom", "country", GBR)],
      "2023-09", L("London", GBR), None, s_dsei),
]
