from common import E, P, S, R, L

META = {"url": "https://aucklandharbourpost.example/news/protesters-greet-first-us-warship-in-33-years",
        "title": "Protesters greet first US warship in 33 years",
        "published": None, "source": "Auckland Harbour Post"}

s_berth = ("About 200 protesters gathered on Auckland's waterfront on Saturday as the American destroyer USS "
           "Sampson berthed at the Devonport naval base, the first US Navy ship to visit New Zealand since the "
           "nuclear-free dispute of the 1980s.")
s_review = ("The Sampson is one of more than 20 foreign warships in the Hauraki Gulf for the Royal New Zealand Navy's "
            "75th anniversary International Naval Review, alongside vessels from Australia, Canada, China, India "
            "and Japan.")
s_biden = ("The visit was settled when US Vice President Joe Biden came to Auckland in July and held talks with Prime "
           "Minister John Key, who later confirmed that he had invited the United States to send a ship.")
s_passex = ("When the review ends, the Sampson and the Australian frigate HMAS Darwin are due to sail with the New "
            "Zealand frigate Te Kaha for a passage exercise in the Hauraki Gulf, the Defence Force said.")

TEXT = f"""Auckland Harbour Post
Home  News  Business  Sport  Entertainment  Travel  Weather
Saturday, 12 November 2016
Auckland: 19\u00b0 Showers clearing   Wellington: 15\u00b0 Windy

NEWS / AUCKLAND

Protesters greet first US warship in 33 years

Staff reporter

{s_berth}

Holding banners reading "Nuclear Free Means Nuclear Free" and "No to warships", protesters lined Queens Wharf before walking to the Devonport ferry terminal, where police kept them back from the base gates. There were no arrests.

{s_review}

Under the 1987 nuclear-free law, Prime Minister John Key had to be satisfied that the Sampson was neither nuclear-armed nor nuclear-powered. He said he could give that assurance "with confidence" on the advice of officials, without the United States having to abandon its policy of neither confirming nor denying which ships carry nuclear weapons.

{s_biden}

Green Party co-leader Metiria Turei said the government had "quietly rewritten the spirit" of the nuclear-free policy. "We are told to trust the officials. New Zealanders fought for thirty years to not have to trust anyone's word on this," she said.

Peace Action Auckland organiser Valerie Morse said protests would continue throughout the naval review, including a flotilla of kayaks planned for Thursday.

{s_passex}

Related
- Navy's 75th: what to see and where to watch the fleet
- Editorial: Why this visit matters
- Photos: Warships arrive in the Hauraki Gulf

Share  Tweet  Email
Most popular
1. Traffic chaos expected for weekend parade
2. House prices: Auckland cools, regions heat up
3. All Blacks name squad for Dublin test

(c) Auckland Harbour Post 2016
"""

USA, NZL, AUS, CAN, CHN, IND, JPN = "USA", "NZL", "AUS", "CAN", "CHN", "IND", "JPN"
EVENTS = [
    E("MEET", "occurred",
      [P("US Navy", "organisation", USA), P("New Zealand", "country", NZL)],
      "2016-11-12", L("Devonport naval base, Auckland", NZL), None, s_berth),
    E("MEET", "occurred",
      [P("Royal New Zealand Navy", "organisation", NZL), P("United States", "country", USA),
       P("Australia", "country", AUS), P("Canada", "country", CAN), P("China", "country", CHN),
       P("India", "country", IND), P("Japan", "country", JPN)],
      "2016-11", L("Hauraki Gulf", NZL), None, s_review, optional=True),
    E("MEET", "occurred",
      [P("Joe Biden", "person", USA, title="Vice President"), P("John Key", "person", NZL, title="Prime Minister")],
      "2016-07", L("Auckland", NZL), None, s_biden),
    E("EXERCISE", "planned",
      [P("USS Sampson", "organisation", USA), P("HMAS Darwin", "organisation", AUS),
       P("Te Kaha", "organisation", NZL)],
      None, L("Hauraki Gulf", NZL), None, s_passex),
]
