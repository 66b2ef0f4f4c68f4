from lib import P, L, E

DOC = {
    "id": "u37-14",
    "url": "https://pacificwaves.example/news/2024-08-30/forum-leaders-endorse-pacific-policing-initiative",
    "title": "Forum leaders endorse Pacific Policing Initiative in Tonga",
    "published": "2024-08-30",
    "source": "Pacific Waves",
    "text": """PACIFIC WAVES
News | Pacific | Politics | Climate | Business | Sport | Culture | Listen live
Friday 30 August 2024
Nuku'alofa 24°C fine | Suva 26°C showers | Port Moresby 31°C
TOP 1.00 = AUD 0.63 | FJD 0.95 | NZD 0.69

Pacific > Regional

Forum leaders endorse Pacific Policing Initiative in Tonga

By Mele Taufa in Nuku'alofa

Pacific Islands Forum leaders have backed an Australian-funded plan to train and deploy Pacific police officers across the region, as their annual meeting in Tonga drew to a close.

The leaders of the 18 Forum members gathered in Nuku'alofa this week for the 53rd Pacific Islands Forum Leaders Meeting, hosted by Tonga's Prime Minister Hu'akavameiliku Siaosi Sovaleni and attended by Australia's Anthony Albanese, New Zealand's Christopher Luxon and Fiji's Sitiveni Rabuka, among others.

Forum leaders, meeting at a retreat in Vava'u on Thursday chaired by Mr Sovaleni, endorsed the Pacific Policing Initiative, under which Australia will provide A$400 million over five years for regional police training centres and a Pacific Support Group of officers that can be deployed to member states in a crisis.

Mr Albanese said the initiative was "Pacific-led" and would "ensure that the Pacific family is the first responder of choice".

The initiative has been seen as a way to limit China's growing role in policing in the region. Chinese police liaison teams have trained Solomon Islands police officers since 2022, and several Forum members have signed policing agreements with Beijing.

Fiji's Prime Minister Rabuka, who proposed the Pacific as an "ocean of peace", said the initiative respected the sovereignty of each member. Mr Albanese held talks with Mr Rabuka on Wednesday on the margins of the meeting, with the two leaders discussing policing and maritime security.

Security for the meeting was provided by Tongan police and His Majesty's Armed Forces, with personnel from the Australian Defence Force and the New Zealand Defence Force supporting them at Tonga's request.

The Australian navy ship HMAS Choules arrived in Nuku'alofa last week carrying vehicles, radios and other equipment that Australia has donated to His Majesty's Armed Forces for the summit's security operation and for later use.

Leaders also discussed climate change, the region's top security priority under the 2018 Boe Declaration, and the situation in New Caledonia, where the Forum plans to send a leaders' mission.

The Solomon Islands will host next year's leaders meeting.

Share this story: Facebook | X | WhatsApp | Email

RELATED STORIES
- Fiji military takes delivery of new patrol boat from Australia
- PNG and Australia start talks on security treaty
- Vanuatu's parliament passes police reform bill
- Samoa's national rugby team names squad for Pacific Nations Cup

Listen: Pacific Beat, weekdays at 6pm
(c) 2024 Pacific Waves. All rights reserved. Privacy | Terms | Contact
""",
}

EVENTS = [
    E("MEET", "occurred", [
        P("Pacific Islands Forum", "igo", None),
        P("Hu'akavameiliku Siaosi Sovaleni", "person", "TON", title="Prime Minister"),
        P("Anthony Albanese", "person", "AUS", title="Prime Minister"),
        P("Christopher Luxon", "person", "NZL", title="Prime Minister"),
        P("Sitiveni Rabuka", "person", "FJI", title="Prime Minister")],
      "2024-08", L("Nuku'alofa", "TON"), None,
      "The leaders of the 18 Forum members gathered in Nuku'alofa this week for the 53rd Pacific Islands Forum Leaders Meeting, hosted by Tonga's Prime Minister Hu'akavameiliku Siaosi Sovaleni and attended by Australia's Anthony Albanese, New Zealand's Christopher Luxon and Fiji's Sitiveni Rabuka, among others."),
    E("AGREE", "occurred", [
        P("Pacific Islands Forum", "igo", None),
        P("Hu'akavameiliku Siaosi Sovaleni", "person", "TON", title="Prime Minister"),
        P("Australia", "country", "AUS")],
      "2024-08-29", L("Vava'u", "TON"), None,
      "Forum leaders, meeting at a retreat in Vava'u on Thursday chaired by Mr Sovaleni, endorsed the Pacific Policing Initiative, under which Australia will provide A$400 million over five years for regional police training centres and a Pacific Support Group of officers that can be deployed to member states in a crisis."),
    E("TRAIN", "occurred", [
        P("Chinese police liaison teams", "organisation", "CHN"),
        P("Solomon Islands police", "organisation", "SLB")],
      None, None, None,
      "Chinese police liaison teams have trained Solomon Islands police officers since 2022, and several Forum members have signed policing agreements with Beijing.",
      optional=True),
    E("MEET", "occurred", [
        P("Anthony Albanese", "person", "AUS", title="Prime Minister"),
        P("Sitiveni Rabuka", "person", "FJI", title="Prime Minister")],
      "2024-08-28", L("Nuku'alofa", "TON"), None,
      "Mr Albanese held talks with Mr Rabuka on Wednesday on the margins of the meeting, with the two leaders discussing policing and maritime security."),
    E("COOPERATE", "occurred", [
        P("Australian Defence Force", "organisation", "AUS"),
        P("New Zealand Defence Force", "organisation", "NZL"),
        P("His Majesty's Armed Forces", "organisation", "TON")],
      "2024-08", L("Tonga", "TON"), None,
      "Security for the meeting was provided by Tongan police and His Majesty's Armed Forces, with personnel from the Australian Defence Force and the New Zealand Defence Force supporting them at Tonga's request.",
      optional=True),
    E("TRANSFER", "occurred", [
        P("Australia", "country", "AUS", role="supplier"),
        P("His Majesty's Armed Forces", "organisation", "TON", role="recipient")],
      "2024-08", L("Nuku'alofa", "TON"), "vehicles, radios and other equipment",
      "The Australian navy ship HMAS Choules arrived in Nuku'alofa last week carrying vehicles, radios and other equipment that Australia has donated to His Majesty's Armed Forces for the summit's security operation and for later use."),
]
