from lib import P, L, E

DOC = {
    "id": "u37-10",
    "url": "https://mekongtimes.example/national/2022/11/24/admm-plus-siem-reap-ends",
    "title": "ADMM-Plus ends in Siem Reap as rival powers' ministers talk on the sidelines",
    "published": "2022-11-24",
    "source": "Mekong Times",
    "text": """ADMM-Plus ends in Siem Reap as rival powers' ministers talk on the sidelines

SIEM REAP - Defence ministers of the ten ASEAN member states and their eight dialogue partners met in Siem Reap on Wednesday for the 9th ASEAN Defence Ministers' Meeting-Plus (ADMM-Plus), the last major defence gathering of Cambodia's year as ASEAN chair.

The meeting, chaired by Deputy Prime Minister and Minister of National Defence General Tea Banh, was attended by U.S. Secretary of Defense Lloyd Austin, Chinese Defence Minister Wei Fenghe, Japanese Defence Minister Yasukazu Hamada and Australian Deputy Prime Minister and Defence Minister Richard Marles, among others.

In his opening remarks, Tea Banh urged the ministers to keep the forum "a place for dialogue, not confrontation" and to support the practical work of the seven ADMM-Plus experts' working groups, which cover areas from maritime security and counter-terrorism to military medicine and humanitarian mine action.

The ministers adopted a joint declaration on strengthening defence cooperation for a more resilient region, Cambodia's Ministry of National Defence said, and endorsed the work plans of the experts' working groups for the next cycle.

Busy sidelines

The meeting was overshadowed by the encounters on its margins. On Tuesday, on the eve of the ministerial meeting, Austin held talks with Wei for about 90 minutes, their first face-to-face meeting since June. The Pentagon said Austin stressed the need for "responsible" management of competition and raised China's increasingly dangerous intercepts of U.S. and allied aircraft.

Wei also met Marles on the same day, in the first meeting between Chinese and Australian defence ministers since 2019. Marles described the meeting as "a critical first step" in repairing relations.

On Wednesday, Austin, Marles and Hamada held a trilateral meeting in which they agreed to look for ways to expand trilateral exercises and to deepen cooperation on maritime domain awareness.

Austin also met Tea Banh on Tuesday and, according to the Pentagon, raised concerns about China's role in the expansion of the Ream Naval Base on the Gulf of Thailand. Tea Banh repeated that Cambodia's constitution does not allow foreign military bases and denied that Chinese troops would be stationed at Ream.

The expansion of Ream, funded by China, began in June with a groundbreaking ceremony attended by the Chinese ambassador.

Indonesia, which takes over the ASEAN chairmanship in January, will host the next ADMM and ADMM-Plus meetings in 2023.

The ADMM-Plus was established in 2010. Its members are the ten ASEAN states plus Australia, China, India, Japan, New Zealand, South Korea, Russia and the United States.
""",
}

SR = L("Siem Reap", "KHM")

EVENTS = [
    E("MEET", "occurred", [
        P("ADMM-Plus", "igo", "ASEAN"),
        P("Tea Banh", "person", "KHM", title="Deputy Prime Minister and Minister of National Defence"),
        P("Lloyd Austin", "person", "USA", title="Secretary of Defense"),
        P("Wei Fenghe", "person", "CHN", title="Defence Minister"),
        P("Yasukazu Hamada", "person", "JPN", title="Defence Minister"),
        P("Richard Marles", "person", "AUS", title="Deputy Prime Minister and Defence Minister")],
      "2022-11-23", SR, None,
      "The meeting, chaired by Deputy Prime Minister and Minister of National Defence General Tea Banh, was attended by U.S. Secretary of Defense Lloyd Austin, Chinese Defence Minister Wei Fenghe, Japanese Defence Minister Yasukazu Hamada and Australian Deputy Prime Minister and Defence Minister Richard Marles, among others."),
    E("MEET", "occurred", [
        P("Lloyd Austin", "person", "USA", title="Secretary of Defense"),
        P("Wei Fenghe", "person", "CHN", title="Defence Minister")],
      "2022-11-22", SR, None,
      "On Tuesday, on the eve of the ministerial meeting, Austin held talks with Wei for about 90 minutes, their first face-to-face meeting since June."),
    E("MEET", "occurred", [
        P("Wei Fenghe", "person", "CHN", title="Defence Minister"),
        P("Richard Marles", "person", "AUS", title="Defence Minister")],
      "2022-11-22", SR, None,
      "Wei also met Marles on the same day, in the first meeting between Chinese and Australian defence ministers since 2019."),
    E("MEET", "occurred", [
        P("Lloyd Austin", "person", "USA", title="Secretary of Defense"),
        P("Richard Marles", "person", "AUS", title="Defence Minister"),
        P("Yasukazu Hamada", "person", "JPN", title="Defence Minister")],
      "2022-11-23", SR, None,
      "On Wednesday, Austin, Marles and Hamada held a trilateral meeting in which they agreed to look for ways to expand trilateral exercises and to deepen cooperation on maritime domain awareness."),
    E("EXERCISE", "planned", [
        P("United States", "country", "USA"),
        P("Australia", "country", "AUS"),
        P("Japan", "country", "JPN")],
      None, None, None,
      "On Wednesday, Austin, Marles and Hamada held a trilateral meeting in which they agreed to look for ways to expand trilateral exercises and to deepen cooperation on maritime domain awareness.",
      optional=True),
    E("COOPERATE", "planned", [
        P("United States", "country", "USA"),
        P("Australia", "country", "AUS"),
        P("Japan", "country", "JPN")],
      None, None, None,
      "On Wednesday, Austin, Marles and Hamada held a trilateral meeting in which they agreed to look for ways to expand trilateral exercises and to deepen cooperation on maritime domain awareness.",
      optional=True),
    E("MEET", "occurred", [
        P("Lloyd Austin", "person", "USA", title="Secretary of Defense"),
        P("Tea Banh", "person", "KHM", title="Minister of National Defence")],
      "2022-11-22", SR, None,
      "Austin also met Tea Banh on Tuesday and, according to the Pentagon, raised concerns about China's role in the expansion of the Ream Naval Base on the Gulf of Thailand."),
    E("COOPERATE", "occurred", [
        P("China", "country", "CHN"),
        P("Cambodia", "country", "KHM")],
      "2022-06", L("Ream Naval Base", "KHM"), None,
      "The expansion of Ream, funded by China, began in June with a groundbreaking ceremony attended by the Chinese ambassador.",
      optional=True),
    E("MEET", "planned", [
        P("ADMM-Plus", "igo", "ASEAN"),
        P("Indonesia", "country", "IDN")],
      "2023", L("Indonesia", "IDN"), None,
      "Indonesia, which takes over the ASEAN chairmanship in January, will host the next ADMM and ADMM-Plus meetings in 2023.",
      optional=True),
]
