from lib import *
text = """PACIFIC ISLANDS COURIER
Fiji | Samoa | Tonga | Vanuatu | Solomon Islands | PNG | Region | Business | Sport
Tuesday 26 April 2022   Suva 29°C Showers   FJD/USD 0.4705

Home > Fiji > Defence

Forty years in the desert: Fiji marks its long watch in the Sinai

By Litia Vakaloloma, Suva
Posted 26/04/2022, 6:30 am

Share on Facebook   Share on Twitter   Print

Soldiers of the Republic of Fiji Military Forces (RFMF) paraded at Queen Elizabeth Barracks on Monday to mark 40 years of service with the Multinational Force and Observers (MFO), the peacekeeping mission that watches over the peace treaty between Egypt and Israel in the Sinai.

The first Fijian battalion arrived in the Sinai in March 1982, weeks before the MFO formally took up its duties on April 25 that year. More than 20,000 Fijian soldiers have served with the force since, and Fiji's 2nd Battalion, Fiji Infantry Regiment, remains its largest single unit.

The MFO's Director General, Ambassador Robert Halverson, flew in for the anniversary and met the RFMF commander, Major General Ro Jone Kalouniwai, at the barracks on Monday afternoon to discuss the size of future rotations, the RFMF said in a statement.

"Fiji has never once failed to show up," Halverson told the parade.

The Sinai was not Fiji's first peacekeeping mission. Four years earlier, in 1978, the country had sent a battalion to southern Lebanon with the United Nations Interim Force in Lebanon (UNIFIL), a deployment that cost the lives of 37 Fijian soldiers before the battalion was withdrawn in 2002.

Peacekeeping has also shaped the RFMF's ties with its larger neighbours. The Blackrock Peacekeeping and Humanitarian Assistance and Disaster Relief Camp in Nadi, which Australia paid to redevelop as a regional training hub, opened in 2021. In February, New Zealand Defence Force instructors ran the pre-deployment course at Blackrock for the latest rotation bound for the Sinai.

The Prime Minister, Voreqe Bainimarama, who served in the Sinai as a young officer, said Fijian peacekeepers had "carried our flag into places most Fijians will never see".

ADVERTISEMENT

Related stories
- Fiji Navy receives new patrol boat from Australia
- RFMF engineers head to Tonga for eruption clean-up
- Police, military to review joint operations guidelines

Comments are moderated. Please keep them civil.

(c) Pacific Islands Courier 2022 | Contact | Advertise | Terms | Privacy
"""
doc = dict(id="u40-09", url="https://pacificislandscourier.example/fiji/defence/forty-years-sinai-mfo",
           title="Forty years in the desert: Fiji marks its long watch in the Sinai", published="2022-04-26",
           source="Pacific Islands Courier", lang="en", text=text)
events = [
 E("DEPLOY", "occurred", [P("Fiji", "country", "FJI"), P("Multinational Force and Observers", "igo", "MFO")], "1982-03", L("Sinai", "EGY"), None,
   "The first Fijian battalion arrived in the Sinai in March 1982, weeks before the MFO formally took up its duties on April 25 that year."),
 E("MEET", "occurred", [P("Robert Halverson", "person", "MFO", title="Director General of the MFO, Ambassador"),
    P("Ro Jone Kalouniwai", "person", "FJI", title="RFMF commander, Major General")], "2022-04-25", L("Queen Elizabeth Barracks, Suva", "FJI"), None,
   "The MFO's Director General, Ambassador Robert Halverson, flew in for the anniversary and met the RFMF commander, Major General Ro Jone Kalouniwai, at the barracks on Monday afternoon to discuss the size of future rotations, the RFMF said in a statement."),
 E("DEPLOY", "occurred", [P("Fiji", "country", "FJI"), P("United Nations Interim Force in Lebanon", "igo", "UN")], "1978", L("southern Lebanon", "LBN"), None,
   "Four years earlier, in 1978, the country had sent a battalion to southern Lebanon with the United Nations Interim Force in Lebanon (UNIFIL), a deployment that cost the lives of 37 Fijian soldiers before the battalion was withdrawn in 2002."),
 E("COOPERATE", "occurred", [P("Australia", "country", "AUS"), P("Republic of Fiji Military Forces", "organisation", "FJI")], "2021", L("Nadi", "FJI"), None,
   "The Blackrock Peacekeeping and Humanitarian Assistance and Disaster Relief Camp in Nadi, which Australia paid to redevelop as a regional training hub, opened in 2021."),
 E("TRAIN", "occurred", [P("New Zealand Defence Force", "organisation", "NZL"), P("Republic of Fiji Military Forces", "organisation", "FJI")], "2022-02", L("Blackrock camp, Nadi", "FJI"), None,
   "In February, New Zealand Defence Force instructors ran the pre-deployment course at Blackrock for the latest rotation bound for the Sinai."),
]
write(doc, events)
