from lib import P, L, E

DOC = {
    "id": "u37-23",
    "url": "https://planaltoreport.example/en/defense/2022/07/28/americas-defense-ministers-conference-brasilia",
    "title": "Americas' defence ministers meet in Brasilia; Austin holds talks with hosts",
    "published": "2022-07-28",
    "source": "Planalto Report",
    "text": """Americas' defence ministers meet in Brasilia; Austin holds talks with hosts

BRASILIA - Defence ministers and delegations from across the Western Hemisphere wrapped up the 15th Conference of Defense Ministers of the Americas (CDMA) in Brasilia on Thursday, after three days of debates on climate change, cyber security and the role of the armed forces in disaster response.

The conference, hosted by Brazilian Defence Minister General Paulo Sergio Nogueira de Oliveira, was attended by U.S. Secretary of Defense Lloyd Austin, Argentina's Defence Minister Jorge Taiana and Chile's Defence Minister Maya Fernandez, among others.

In their final declaration, the Declaration of Brasilia, the ministers committed to strengthening cooperation on humanitarian assistance and disaster relief and on the protection of critical infrastructure against cyber attacks. The document contains no binding commitments.

Austin met Nogueira on Tuesday, the Pentagon said, and the two discussed Brazil's role in regional security, the war in Ukraine and cooperation in space and defence technology. It was the first visit to Brazil by a U.S. defence secretary since 2018.

In a speech to the conference, Austin said the United States was "not asking any country to choose" between Washington and other powers, but warned that democracies should "stand together" against threats to the rules-based order.

On Wednesday, Austin also met Taiana, the Pentagon said.

Nogueira and Taiana signed a memorandum of understanding on Wednesday under which officers of the two countries' peacekeeping training centres, Brazil's CCOPAB and Argentina's CAECOPAZ, will teach and study at each other's centres from next year.

"Our armies have been side by side in Haiti and Cyprus. Now we will also train our peacekeepers together," Taiana said.

The CDMA, created in 1995, meets every two years. The Inter-American Defense Board provides technical advice to the conference. Chile will take over the secretariat for the next cycle.
""",
}

BSB = L("Brasilia", "BRA")

EVENTS = [
    E("MEET", "occurred", [
        P("Paulo Sergio Nogueira de Oliveira", "person", "BRA", title="Defence Minister"),
        P("Lloyd Austin", "person", "USA", title="Secretary of Defense"),
        P("Jorge Taiana", "person", "ARG", title="Defence Minister"),
        P("Maya Fernandez", "person", "CHL", title="Defence Minister")],
      "2022-07", BSB, None,
      "The conference, hosted by Brazilian Defence Minister General Paulo Sergio Nogueira de Oliveira, was attended by U.S. Secretary of Defense Lloyd Austin, Argentina's Defence Minister Jorge Taiana and Chile's Defence Minister Maya Fernandez, among others."),
    E("MEET", "occurred", [
        P("Lloyd Austin", "person", "USA", title="Secretary of Defense"),
        P("Paulo Sergio Nogueira de Oliveira", "person", "BRA", title="Defence Minister")],
      "2022-07-26", BSB, None,
      "Austin met Nogueira on Tuesday, the Pentagon said, and the two discussed Brazil's role in regional security, the war in Ukraine and cooperation in space and defence technology."),
    E("MEET", "occurred", [
        P("Lloyd Austin", "person", "USA", title="Secretary of Defense"),
        P("Jorge Taiana", "person", "ARG", title="Defence Minister")],
      "2022-07-27", BSB, None,
      "On Wednesday, Austin also met Taiana, the Pentagon said."),
    E("AGREE", "occurred", [
        P("Paulo Sergio Nogueira de Oliveira", "person", "BRA", title="Defence Minister"),
        P("Jorge Taiana", "person", "ARG", title="Defence Minister")],
      "2022-07-27", BSB, None,
      "Nogueira and Taiana signed a memorandum of understanding on Wednesday under which officers of the two countries' peacekeeping training centres, Brazil's CCOPAB and Argentina's CAECOPAZ, will teach and study at each other's centres from next year."),
    E("MEET", "occurred", [
        P("Paulo Sergio Nogueira de Oliveira", "person", "BRA", title="Defence Minister"),
        P("Jorge Taiana", "person", "ARG", title="Defence Minister")],
      "2022-07-27", BSB, None,
      "Nogueira and Taiana signed a memorandum of understanding on Wednesday under which officers of the two countries' peacekeeping training centres, Brazil's CCOPAB and Argentina's CAECOPAZ, will teach and study at each other's centres from next year."),
    E("TRAIN", "planned", [
        P("CCOPAB", "organisation", "BRA"),
        P("CAECOPAZ", "organisation", "ARG")],
      "2023", None, None,
      "Nogueira and Taiana signed a memorandum of understanding on Wednesday under which officers of the two countries' peacekeeping training centres, Brazil's CCOPAB and Argentina's CAECOPAZ, will teach and study at each other's centres from next year."),
]
