from common import E, P, S, R, L

META = {"url": "https://accrachronicle.example/news/parliament-ratifies-ghana-us-defence-deal-minority-walkout",
        "title": "Parliament ratifies Ghana-US defence deal amid Minority walkout",
        "published": None, "source": "Accra Chronicle Online"}

s_sign = ("The agreement, which Defence Minister Dominic Nitiwul signed with the US Ambassador, Robert Jackson, in "
          "Accra earlier this month, gives American forces access to agreed facilities and allows them to use "
          "radio frequencies free of charge.")
s_aid = ("Mr Nitiwul told the House that the United States would provide more than $20 million in training and "
         "equipment to the Ghana Armed Forces this year, and insisted that \"Ghana has not given, and will not "
         "give, any military base to any country\".")
s_flint = ("He said Ghanaian special forces would also take part next month in Flintlock, the annual US-led "
           "exercise hosted this year by Niger.")
s_un = ("Ghana, he said, was a provider of security to others, with more than 2,700 personnel serving with UN "
        "peacekeeping missions in Lebanon, South Sudan, Mali and elsewhere.")

TEXT = f"""Accra Chronicle Online
HOME | NEWS | POLITICS | BUSINESS | SPORTS | ENTERTAINMENT | REGIONAL | LIVE RADIO
23/03/2018
Accra: 31\u00b0C  |  USD/GHS 4.42

NEWS

Parliament ratifies Ghana-US defence deal amid Minority walkout

By Kwabena Asare

Parliament on Friday ratified the Defence Cooperation Agreement between Ghana and the United States after Minority MPs walked out of the chamber, saying the deal amounted to handing a military base to a foreign power.

{s_sign}

Minority Leader Haruna Iddrisu said the agreement gave the Americans "rights no sovereign country should give away" and that the government had rushed it through without consulting the people. "Today the Americans come in with their equipment, tomorrow they come in with their wars," he said.

{s_aid}

{s_flint} {s_un}

Outside Parliament House, police kept apart two groups of demonstrators, one calling itself the Ghana First Patriotic Front, which plans a larger march in Accra next Wednesday. Some carried placards reading "Ghana is not for sale".

The government has said the agreement updates a 1998 Status of Forces Agreement and does not differ in substance from deals the United States has with other West African countries.

The Majority Leader, Osei Kyei-Mensah-Bonsu, accused the Minority of "politics of fear" and said the previous government had itself negotiated with Washington on similar terms.

ALSO READ:
- Akufo-Addo: We will not be rushed on base claims
- GAF recruitment: Shortlisted applicants to report on Monday
- Black Stars squad named for friendly

Share on: Facebook  Twitter  WhatsApp
Copyright (c) 2018 Accra Chronicle Online. All Rights Reserved.
"""

GHA, USA, NER = "GHA", "USA", "NER"
EVENTS = [
    E("AGREE", "occurred",
      [P("Dominic Nitiwul", "person", GHA, title="Defence Minister"),
       P("Robert Jackson", "person", USA, title="US Ambassador"),
       P("Ghana", "country", GHA), P("United States", "country", USA)],
      "2018-03", L("Accra", GHA), "Defence Cooperation Agreement", s_sign),
    E("MEET", "occurred",
      [P("Dominic Nitiwul", "person", GHA, title="Defence Minister"),
       P("Robert Jackson", "person", USA, title="US Ambassador")],
      "2018-03", L("Accra", GHA), None, s_sign),
    E("AGREE", "occurred",
      [P("Ghana", "country", GHA), P("United States", "country", USA)],
      "1998", None, "Status of Forces Agreement",
      "The government has said the agreement updates a 1998 Status of Forces Agreement and does not differ in substance from deals the United States has with other West African countries.",
      optional=True),
    E("TRAIN", "planned",
      [P("United States", "country", USA), P("Ghana Armed Forces", "organisation", GHA)],
      "2018", None, None, s_aid),
    E("TRANSFER", "planned",
      [S("United States", "country", USA), R("Ghana Armed Forces", "organisation", GHA)],
      "2018", None, "equipment", s_aid),
    E("EXERCISE", "planned",
      [P("Ghanaian special forces", "organisation", GHA), P("United States", "country", USA),
       P("Niger", "country", NER)],
      "2018-04", L("Niger", NER), "Flintlock", s_flint),
    E("DEPLOY", "occurred",
      [P("Ghana", "country", GHA), P("UN", "igo", "UN")],
      None, None, None, s_un),
]
