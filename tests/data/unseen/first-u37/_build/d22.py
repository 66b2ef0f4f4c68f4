from lib import P, L, E

TEXT = """THE TOKYO BULLETIN
Japan | Politics | Business | Asia Pacific | Tech | Culture | Sports
Monday, December 18, 2023  Tokyo 9°C  USD/JPY 142.18  Nikkei 32,970.55

POLITICS / DIPLOMACY

Japan to give Malaysia rescue boats in second security aid deal as ASEAN summit ends

Tokyo Bulletin staff writer

Japan and Malaysia signed an agreement on Saturday under which Japan will provide rescue boats and related equipment worth ¥400 million to the Malaysian Armed Forces, the second deal under Tokyo's new Official Security Assistance (OSA) programme for the militaries of like-minded countries.

The exchange of notes was signed in Tokyo by Foreign Minister Yoko Kamikawa and her Malaysian counterpart Zambry Abdul Kadir, after talks between Prime Minister Fumio Kishida and Malaysian Prime Minister Anwar Ibrahim.

Kishida and Anwar agreed to upgrade the relationship to a "comprehensive strategic partnership" and to strengthen maritime security cooperation in the South China Sea and the Strait of Malacca.

Japan signed its first OSA agreement with the Philippines in November, under which Manila will receive coastal surveillance radars for its navy. Japan had earlier leased five TC-90 training aircraft to the Philippine Navy in 2016, before transferring them free of charge.

On Sunday, Kishida co-chaired the ASEAN-Japan Commemorative Summit in Tokyo with Indonesian President Joko Widodo, whose country holds the ASEAN chair this year, to mark 50 years of relations between Japan and the bloc.

The leaders adopted a joint vision statement that calls for cooperation in maritime security, cyber security and the defence field, including capacity-building for ASEAN militaries.

The Defence Ministry also said it would expand its capacity-building programmes for ASEAN militaries in fields such as humanitarian assistance and disaster relief, submarine rescue and aviation safety, and would invite young officers from all ten member states to a ship-rider programme aboard a Maritime Self-Defense Force vessel next y"""

DOC = {
    "id": "u37-22",
    "url": "https://tokyobulletin.example/politics/2023/12/18/japan-malaysia-osa-rescue-boats-asean-summit",
    "title": "Japan to give Malaysia rescue boats in second security aid deal as ASEAN summit ends",
    "published": "2023-12-18",
    "source": "The Tokyo Bulletin",
    "text": TEXT,
}

TYO = L("Tokyo", "JPN")
SIGN = "Japan and Malaysia signed an agreement on Saturday under which Japan will provide rescue boats and related equipment worth ¥400 million to the Malaysian Armed Forces, the second deal under Tokyo's new Official Security Assistance (OSA) programme for the militaries of like-minded countries."

EVENTS = [
    E("AGREE", "occurred", [
        P("Yoko Kamikawa", "person", "JPN", title="Foreign Minister"),
        P("Zambry Abdul Kadir", "person", "MYS", title="Foreign Minister"),
        P("Japan", "country", "JPN"),
        P("Malaysia", "country", "MYS")],
      "2023-12-16", TYO, None,
      "The exchange of notes was signed in Tokyo by Foreign Minister Yoko Kamikawa and her Malaysian counterpart Zambry Abdul Kadir, after talks between Prime Minister Fumio Kishida and Malaysian Prime Minister Anwar Ibrahim."),
    E("TRANSFER", "planned", [
        P("Japan", "country", "JPN", role="supplier"),
        P("Malaysian Armed Forces", "organisation", "MYS", role="recipient")],
      None, None, "rescue boats and related equipment",
      SIGN),
    E("MEET", "occurred", [
        P("Fumio Kishida", "person", "JPN", title="Prime Minister"),
        P("Anwar Ibrahim", "person", "MYS", title="Prime Minister")],
      "2023-12-16", TYO, None,
      "The exchange of notes was signed in Tokyo by Foreign Minister Yoko Kamikawa and her Malaysian counterpart Zambry Abdul Kadir, after talks between Prime Minister Fumio Kishida and Malaysian Prime Minister Anwar Ibrahim."),
    E("AGREE", "occurred", [
        P("Japan", "country", "JPN"),
        P("Philippines", "country", "PHL")],
      "2023-11", None, None,
      "Japan signed its first OSA agreement with the Philippines in November, under which Manila will receive coastal surveillance radars for its navy.",
      optional=True),
    E("TRANSFER", "planned", [
        P("Japan", "country", "JPN", role="supplier"),
        P("Philippine navy", "organisation", "PHL", role="recipient")],
      None, None, "coastal surveillance radars",
      "Japan signed its first OSA agreement with the Philippines in November, under which Manila will receive coastal surveillance radars for its navy.",
      optional=True),
    E("TRANSFER", "occurred", [
        P("Japan", "country", "JPN", role="supplier"),
        P("Philippine Navy", "organisation", "PHL", role="recipient")],
      "2016", None, "five TC-90 training aircraft (leased, later transferred free of charge)",
      "Japan had earlier leased five TC-90 training aircraft to the Philippine Navy in 2016, before transferring them free of charge.",
      optional=True),
    E("MEET", "occurred", [
        P("ASEAN", "igo", "ASEAN"),
        P("Fumio Kishida", "person", "JPN", title="Prime Minister"),
        P("Joko Widodo", "person", "IDN", title="President")],
      "2023-12-17", TYO, None,
      "On Sunday, Kishida co-chaired the ASEAN-Japan Commemorative Summit in Tokyo with Indonesian President Joko Widodo, whose country holds the ASEAN chair this year, to mark 50 years of relations between Japan and the bloc."),
    E("TRAIN", "planned", [
        P("Japan's Defence Ministry", "organisation", "JPN"),
        P("ASEAN", "igo", "ASEAN")],
      None, None, None,
      "The Defence Ministry also said it would expand its capacity-building programmes for ASEAN militaries in fields such as humanitarian assistance and disaster relief, submarine rescue and aviation safety, and would invite young officers from all ten member states to a ship-rider programme aboard a Maritime Self-Defense Force vessel next y"),
    E("COOPERATE", "planned", [
        P("Fumio Kishida", "person", "JPN", title="Prime Minister"),
        P("Anwar Ibrahim", "person", "MYS", title="Prime Minister")],
      None, None, None,
      "Kishida and Anwar agreed to upgrade the relationship to a \"comprehensive strategic partnership\" and to strengthen maritime security cooperation in the South China Sea and the Strait of Malacca.",
      optional=True),
]
