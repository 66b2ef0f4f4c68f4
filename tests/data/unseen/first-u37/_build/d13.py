from lib import P, L, E

DOC = {
    "id": "u37-13",
    "url": "https://borealnews.example/en/defence/nordic-ministers-sign-military-mobility-letter-helsinki",
    "title": "Nordic defence ministers sign military mobility letter in Helsinki",
    "published": None,
    "source": "Boreal News",
    "text": """Boreal News - Nordic & Baltic news in English
Front page | Finland | Sweden | Norway | Denmark | Iceland | Baltics | Business | Culture | Weather
Search...

DEFENCE

Nordic defence ministers sign military mobility letter in Helsinki

14.05.2025 09:12 | updated 14.05.2025 11:40
Mikko Lindqvist

The defence ministers of the five Nordic countries met in Helsinki on Tuesday for the spring ministerial meeting of the Nordic Defence Cooperation (NORDEFCO), the first under Finland's chairmanship this year.

Finland's Defence Minister Antti Häkkänen hosted Sweden's Pål Jonson, Norway's Tore O. Sandvik and Denmark's Troels Lund Poulsen. Iceland, which has no armed forces of its own, was represented by Foreign Minister Þorgerður Katrín Gunnarsdóttir.

Denmark, Finland, Norway and Sweden signed a letter of intent on developing military mobility corridors across the Nordic region, which is meant to make it easier to move troops and equipment by road, rail and sea from Norwegian and Swedish ports to Finland.

"Now that all of us are NATO allies, Nordic defence is one defence," Häkkänen told reporters after the meeting.

CV90 deal

Finland confirmed at the meeting that it will join the joint procurement of CV90 infantry fighting vehicles led by Sweden and will buy the vehicles from BAE Systems Hägglunds in Örnsköldsvik. The number of vehicles has not been disclosed.

Patria and BAE Systems Hägglunds signed an industrial cooperation agreement on the sidelines, under which the Finnish vehicles will be assembled at Patria's plant in Hämeenlinna under licence.

The ministers also discussed the Arctic Challenge Exercise, which Norway, Sweden and Finland will co-host in June with aircraft from more than a dozen countries.

Jonson and Sandvik held a separate bilateral meeting, at which they agreed that Sweden and Norway would start sharing air surveillance data in real time from next year, the Swedish government said.

NORDEFCO was set up in 2009. Its chairmanship rotates annually; Finland took over from Sweden at the start of the year.

Share  |  Print  |  Comments (14)

READ ALSO
» Sweden's Saab wins Finnish order for Carl-Gustaf ammunition
» Norway to buy new submarines' weapons from Germany
» Danish F-35s begin air policing rotation in Iceland
» Helsinki: cold front brings late snow to Lapland

Weather: Helsinki +9°C, Stockholm +11°C, Oslo +10°C, Copenhagen +12°C, Reykjavik +6°C

© Boreal News 2025 | Editorial policy | Contact | Cookies settings
""",
}

HEL = L("Helsinki", "FIN")

EVENTS = [
    E("MEET", "occurred", [
        P("Nordic Defence Cooperation (NORDEFCO)", "igo", None),
        P("Antti Häkkänen", "person", "FIN", title="Defence Minister"),
        P("Pål Jonson", "person", "SWE", title="Defence Minister"),
        P("Tore O. Sandvik", "person", "NOR", title="Defence Minister"),
        P("Troels Lund Poulsen", "person", "DNK", title="Defence Minister"),
        P("Þorgerður Katrín Gunnarsdóttir", "person", "ISL", title="Foreign Minister")],
      "2025-05-13", HEL, None,
      "Finland's Defence Minister Antti Häkkänen hosted Sweden's Pål Jonson, Norway's Tore O. Sandvik and Denmark's Troels Lund Poulsen. Iceland, which has no armed forces of its own, was represented by Foreign Minister Þorgerður Katrín Gunnarsdóttir."),
    E("AGREE", "occurred", [
        P("Denmark", "country", "DNK"),
        P("Finland", "country", "FIN"),
        P("Norway", "country", "NOR"),
        P("Sweden", "country", "SWE")],
      "2025-05-13", HEL, None,
      "Denmark, Finland, Norway and Sweden signed a letter of intent on developing military mobility corridors across the Nordic region, which is meant to make it easier to move troops and equipment by road, rail and sea from Norwegian and Swedish ports to Finland."),
    E("TRANSFER", "planned", [
        P("BAE Systems Hägglunds", "company", "SWE", role="supplier"),
        P("Finland", "country", "FIN", role="recipient")],
      None, None, "CV90 infantry fighting vehicles",
      "Finland confirmed at the meeting that it will join the joint procurement of CV90 infantry fighting vehicles led by Sweden and will buy the vehicles from BAE Systems Hägglunds in Örnsköldsvik."),
    E("AGREE", "occurred", [
        P("Patria", "company", "FIN"),
        P("BAE Systems Hägglunds", "company", "SWE")],
      "2025-05-13", HEL, None,
      "Patria and BAE Systems Hägglunds signed an industrial cooperation agreement on the sidelines, under which the Finnish vehicles will be assembled at Patria's plant in Hämeenlinna under licence."),
    E("INDUSTRY", "occurred", [
        P("Patria", "company", "FIN"),
        P("BAE Systems Hägglunds", "company", "SWE")],
      "2025-05-13", L("Hämeenlinna", "FIN"), "CV90 infantry fighting vehicles (licensed assembly)",
      "Patria and BAE Systems Hägglunds signed an industrial cooperation agreement on the sidelines, under which the Finnish vehicles will be assembled at Patria's plant in Hämeenlinna under licence."),
    E("EXERCISE", "planned", [
        P("Norway", "country", "NOR"),
        P("Sweden", "country", "SWE"),
        P("Finland", "country", "FIN")],
      "2025-06", None, None,
      "The ministers also discussed the Arctic Challenge Exercise, which Norway, Sweden and Finland will co-host in June with aircraft from more than a dozen countries."),
    E("MEET", "occurred", [
        P("Pål Jonson", "person", "SWE", title="Defence Minister"),
        P("Tore O. Sandvik", "person", "NOR", title="Defence Minister")],
      "2025-05-13", HEL, None,
      "Jonson and Sandvik held a separate bilateral meeting, at which they agreed that Sweden and Norway would start sharing air surveillance data in real time from next year, the Swedish government said."),
    E("COOPERATE", "planned", [
        P("Sweden", "country", "SWE"),
        P("Norway", "country", "NOR")],
      "2026", None, None,
      "Jonson and Sandvik held a separate bilateral meeting, at which they agreed that Sweden and Norway would start sharing air surveillance data in real time from next year, the Swedish government said."),
]
