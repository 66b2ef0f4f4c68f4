DOC = {
    "id": "u37-02",
    "url": "https://yerevanledger.example/politics/2023/01/10/armenia-will-not-host-csto-drills-this-year",
    "title": "Armenia will not host CSTO drills this year, Pashinyan says",
    "published": "2023-01-10",
    "source": "Yerevan Ledger",
    "text": """YEREVAN LEDGER
News | Politics | Economy | Region | Diaspora | Culture | Sport | Opinion | Photo | Video
EN | ՀԱՅ | РУС
Yerevan -3°C  Gyumri -11°C  Vanadzor -8°C
USD 393.71  EUR 422.10  RUB 5.62

Home > Politics

Armenia will not host CSTO drills this year, Pashinyan says

10 January 2023, 14:52
By Anahit Grigoryan

Armenia considers it inexpedient to hold exercises of the Collective Security Treaty Organization on its territory this year, Prime Minister Nikol Pashinyan told reporters in Yerevan on Tuesday.

"In the current situation, the Armenian Ministry of Defence considers it inexpedient to hold such exercises on the territory of Armenia, at least this year," Pashinyan said, answering a question about the command-staff exercise of the CSTO's Collective Rapid Reaction Forces that had been scheduled to take place in Armenia in 2023.

The prime minister said the decision had been communicated to the organisation's secretariat. He linked it to what he described as the CSTO's failure to respond to the situation on the Armenian-Azerbaijani border and in the Lachin corridor.

"The CSTO is not present in Armenia in the way we would like," he said, adding that the situation "does not correspond to Armenia's security interests".

A spokesman for the CSTO Joint Staff in Moscow later confirmed that the exercise would not be held in Armenia this year and said no alternative venue had been chosen. Decisions on the programme of joint training of the organisation's forces are taken by consensus, he said.

Kremlin spokesman Dmitry Peskov told reporters that Moscow would "continue the dialogue" with Yerevan on the issue and that Armenia remained "our close ally".

Pashinyan also said Armenia had not changed its decision not to appoint its representative to the post of CSTO deputy secretary general, a position it had been allotted under the organisation's quota.

The opposition Hayastan bloc accused the government of weakening the country's security arrangements without offering an alternative. Government officials denied that Armenia was considering leaving the organisation.

Asked whether the government would reconsider next year, Pashinyan said: "We will see. It depends on the situation."

Share: Facebook | Twitter | Telegram | VK | Copy link

Tags: CSTO, Pashinyan, Defence, Security

RELATED NEWS
- Defence minister discusses border situation with parliament committee
- Russian peacekeepers' mandate in focus as Lachin corridor blockade continues
- Kazakhstan to host CSTO 'Interaction' drills in autumn, says Joint Staff
- Armenia, France discuss defence cooperation

MOST READ
1. Dram steady against dollar as year begins
2. Gas price for households unchanged in 2023
3. New metro station project gets government approval
4. National team names squad for Euro 2024 qualifiers

This website uses cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept | More info

© 2023 Yerevan Ledger. All rights reserved. Reproduction of materials is allowed with a hyperlink to the source.
About us | Advertising | Contacts | Privacy policy
""",
}

EVENTS = []
