from lib import P, L, E

DOC = {
    "id": "u37-05",
    "url": "https://gulfcourier.example/local/gcc-joint-defence-council-meets-in-kuwait",
    "title": "GCC Joint Defence Council meets in Kuwait, approves 'Arab Gulf Shield 2' drill",
    "published": None,
    "source": "Gulf Courier",
    "text": """GULF COURIER
Kuwait's independent English daily

Wednesday 27 November 2024 | 25 Jumada Al-Awwal 1446

Fajr 04:49  Dhuhr 11:35  Asr 14:30  Maghrib 16:50  Isha 18:08
Kuwait City 24°C, clear
KWD/USD 3.251  KWD/EUR 3.089  KWD/SAR 0.0817

Local | Gulf | Arab World | International | Business | Sports | Health | Opinion | E-Paper

GCC Joint Defence Council meets in Kuwait, approves 'Arab Gulf Shield 2' drill

KUWAIT CITY, Nov 26 (Gulf Courier): The Joint Defence Council of the Gulf Cooperation Council held its 21st session in Kuwait City on Tuesday, chaired by Defence Minister Sheikh Abdullah Ali Al-Abdullah Al-Sabah and attended by Saudi Defence Minister Prince Khalid bin Salman, the defence ministers and heads of delegation of the other member states and GCC Secretary-General Jasem Mohamed Albudaiwi.

In his opening speech, Sheikh Abdullah said the region was going through "exceptional circumstances" that required the council's member states to coordinate their defence efforts more closely than ever. He said the security of the GCC states was "indivisible".

In a final statement read by Albudaiwi, the council reaffirmed its commitment to the Joint Defence Agreement and to "building an integrated Gulf defence system", and directed the Unified Military Command to continue its work to develop joint operational capabilities.

The ministers stressed the importance of strengthening cooperation in maritime security, air and missile defence and cyber security, and called for further steps towards the integration of the member states' military industries. The council was also briefed on the work of the Unified Military Command headquarters in Riyadh and on the progress of the joint military communications network.

The council approved the holding of the joint exercise 'Arab Gulf Shield 2' in the Kingdom of Bahrain in 2025, with the participation of the armed forces of all GCC member states, the statement said. The first edition was held in Saudi Arabia last year.

It also approved a recommendation to hold the next session of the Joint Defence Council in Qatar, the statement said.

On the sidelines of the meeting, Prince Khalid bin Salman met Sheikh Abdullah and reviewed bilateral military cooperation between the two brotherly countries and ways to develop it, the Saudi Press Agency reported. The Saudi minister also invited Kuwait to take part in the World Defense Show in Riyadh in February 2026.

The Kuwaiti minister thanked the Kingdom for its support and said Kuwait's armed forces were keen on expanding joint training with their Saudi counterparts.

Earlier in the day, Sheikh Abdullah received the heads of delegation at Bayan Palace ahead of the session.

Share on: Twitter | Facebook | WhatsApp | Email | Print

MORE FROM LOCAL
- Kuwait Army concludes 'Desert Storm' winter training season opening
- MoI warns motorists of heavy traffic near Sheikh Jaber Causeway
- Cabinet approves draft law on public tenders
- National Guard receives delegation from Jordanian Armed Forces

TRENDING
1. New residency rules: what expats need to know
2. Gold prices slip in local market
3. Rain expected over weekend, says Met Department

Gulf Courier (c) 2024. All rights reserved.
About Us | Advertise | Contact Us | Privacy Policy | Terms of Use
""",
}

KWC = L("Kuwait City", "KWT")

EVENTS = [
    E("MEET", "occurred", [
        P("Joint Defence Council of the Gulf Cooperation Council", "igo", "GCC"),
        P("Sheikh Abdullah Ali Al-Abdullah Al-Sabah", "person", "KWT", title="Defence Minister"),
        P("Prince Khalid bin Salman", "person", "SAU", title="Defence Minister"),
        P("Jasem Mohamed Albudaiwi", "person", "GCC", title="GCC Secretary-General")],
      "2024-11-26", KWC, None,
      "KUWAIT CITY, Nov 26 (Gulf Courier): The Joint Defence Council of the Gulf Cooperation Council held its 21st session in Kuwait City on Tuesday, chaired by Defence Minister Sheikh Abdullah Ali Al-Abdullah Al-Sabah and attended by Saudi Defence Minister Prince Khalid bin Salman, the defence ministers and heads of delegation of the other member states and GCC Secretary-General Jasem Mohamed Albudaiwi."),
    E("EXERCISE", "planned", [
        P("GCC", "igo", "GCC"),
        P("Bahrain", "country", "BHR")],
      "2025", L("Bahrain", "BHR"), None,
      "The council approved the holding of the joint exercise 'Arab Gulf Shield 2' in the Kingdom of Bahrain in 2025, with the participation of the armed forces of all GCC member states, the statement said."),
    E("EXERCISE", "occurred", [
        P("GCC", "igo", "GCC"),
        P("Saudi Arabia", "country", "SAU")],
      "2023", L("Saudi Arabia", "SAU"), None,
      "The first edition was held in Saudi Arabia last year.",
      optional=True),
    E("MEET", "planned", [
        P("Joint Defence Council", "igo", "GCC"),
        P("Qatar", "country", "QAT")],
      None, L("Qatar", "QAT"), None,
      "It also approved a recommendation to hold the next session of the Joint Defence Council in Qatar, the statement said.",
      optional=True),
    E("MEET", "occurred", [
        P("Prince Khalid bin Salman", "person", "SAU", title="Defence Minister"),
        P("Sheikh Abdullah", "person", "KWT", title="Defence Minister")],
      "2024-11-26", KWC, None,
      "On the sidelines of the meeting, Prince Khalid bin Salman met Sheikh Abdullah and reviewed bilateral military cooperation between the two brotherly countries and ways to develop it, the Saudi Press Agency reported."),
    E("EXHIBIT", "planned", [
        P("Kuwait", "country", "KWT"),
        P("Saudi Arabia", "country", "SAU")],
      "2026-02", L("Riyadh", "SAU"), None,
      "The Saudi Minister also invited Kuwait to take part in the World Defense Show in Riyadh in February 2026.".replace("Minister", "minister")),
    E("TRAIN", "planned", [
        P("Kuwait's armed forces", "organisation", "KWT"),
        P("Saudi counterparts", "organisation", "SAU")],
      None, None, None,
      "The Kuwaiti minister thanked the Kingdom for its support and said Kuwait's armed forces were keen on expanding joint training with their Saudi counterparts.",
      optional=True),
]
