DOC = {
    "id": "u37-25",
    "url": "https://lankasentinel.example/news/2026/02/11/cabinet-nod-to-seek-sco-observer-status",
    "title": "Cabinet nod to seek observer status in Shanghai Cooperation Organisation",
    "published": "2026-02-11",
    "source": "Lanka Sentinel",
    "text": """Cabinet nod to seek observer status in Shanghai Cooperation Organisation

COLOMBO - The Cabinet of Ministers has approved a proposal by the Minister of Foreign Affairs to apply for observer status in the Shanghai Cooperation Organisation (SCO), Cabinet spokesman and Minister of Health Nalinda Jayatissa told the weekly post-Cabinet media briefing on Tuesday.

The application will be sent to the SCO Secretariat in Beijing through diplomatic channels in the coming weeks, the spokesman said.

"This does not mean that Sri Lanka is joining any military bloc. The SCO is a forum for dialogue on regional security, connectivity and trade, and our foreign policy remains non-aligned," Jayatissa said, responding to a question from a journalist.

Under the organisation's rules, decisions on granting observer status are taken by consensus of the member states, usually at the annual meeting of the heads of state. Officials said it was not clear whether the application would be considered this year.

The Cabinet paper noted that several countries of the region had expressed interest in closer ties with the organisation, and said observer status would give Sri Lanka access to the SCO's meetings on counter-terrorism and drug trafficking.

Opposition parliamentarians questioned the timing of the move, with one MP saying it could be seen by India and Western partners as a tilt towards China and Russia. The Foreign Ministry rejected that view and said the application had been discussed with "all friendly countries".

Among other decisions, the Cabinet approved the procurement of uniforms for the tri-forces from local manufacturers and a proposal to amend the Immigrants and Emigrants Act.
""",
}

EVENTS = []
