from lib import *

# ---------------------------------------------------------------- u4-15 (Pakistani newspaper web)
T = """THE KARACHI LEDGER
E-Paper | Latest | Pakistan | World | Business | Sport | Opinion | Magazine | Videos
KSE-100  41,220.43 ▲ 0.61%    USD/PKR 268.40    Gold (tola) Rs196,700
Karachi 27°C Haze

Pakistan

AMAN-23 multinational naval exercise gets under way in Karachi

Our Correspondent
February 11, 2023

Share   Tweet   WhatsApp   Email

KARACHI: The eighth edition of the Pakistan Navy's biennial multinational exercise AMAN-23 got under way in Karachi on Friday, with ships, aircraft, special operations forces and observers from more than 50 countries taking part under the theme "Together for Peace".

According to the ISPR, warships from China, Turkiye, the United States, Italy, Malaysia, Indonesia, Sri Lanka and Bangladesh have arrived in Karachi to take part in the harbour and sea phases of the exercise, which will conclude on February 14 with an International Fleet Review.

The Pakistan Navy's flagship for the exercise is PNS Tippu Sultan, a Type 054A/P frigate acquired from China last year.

Chief of the Naval Staff Admiral Muhammad Amjad Khan Niazi later held separate meetings with the Chief of the Royal Malaysian Navy and the Chief of Naval Staff of the Bangladesh Navy, Admiral M Shaheen Iqbal, at the Naval Headquarters' Karachi office, the ISPR said.

Also on Friday, the commanding officer of the Turkish frigate TCG Kemalreis, Captain Serkan Aydin, called on Commander Karachi, Vice Admiral Faisal Amin, at his office.

On the sidelines of the exercise, the Pakistan Navy and the Sri Lanka Navy signed a memorandum of understanding on training exchanges on Friday, under which Sri Lankan naval officers will attend courses at the Pakistan Navy War College in Lahore.

The Indian Navy, which has never taken part in the AMAN series, was again absent this year.

Separately, a fast attack craft built at the Karachi Shipyard and Engineering Works was shown to visiting delegations as an example of indigenous shipbuilding.

RELATED
Pakistan, China navies conclude Sea Guardian drills in Arabian Sea
PNS Tughril arrives in Karachi from Shanghai
Turkiye hands over third MILGEM corvette to Pakistan Navy

MOST READ
1  Fuel prices raised by Rs22 per litre
2  PSL 8: Karachi Kings beat Multan Sultans
3  Gas shortage hits industrial units
"""
PN = org("Pakistan Navy", "PAK")
NZ = per("Muhammad Amjad Khan Niazi", "PAK", "Chief of the Naval Staff, Admiral")
KHI = ("Karachi", "PAK")
doc("u4-15", "https://karachiledger.example/pakistan/2023/02/11/aman-23-multinational-naval-exercise-gets-under-way",
    "AMAN-23 multinational naval exercise gets under way in Karachi", "The Karachi Ledger", "2023-02-11", T, [
        ev("EXERCISE", "occurred", [PN, cty("China", "CHN"), cty("Turkiye", "TUR"), cty("United States", "USA"), cty("Italy", "ITA"),
                                    cty("Malaysia", "MYS"), cty("Indonesia", "IDN"), cty("Sri Lanka", "LKA"), cty("Bangladesh", "BGD")],
           "2023-02", KHI, None,
           "According to the ISPR, warships from China, Turkiye, the United States, Italy, Malaysia, Indonesia, Sri Lanka and Bangladesh have arrived in Karachi to take part in the harbour and sea phases of the exercise, which will conclude on February 14 with an International Fleet Review."),
        ev("TRANSFER", "occurred", [cty("China", "CHN", "supplier"), PN | {"role": "recipient"}], "2022", None, "Type 054A/P frigate PNS Tippu Sultan",
           "The Pakistan Navy's flagship for the exercise is PNS Tippu Sultan, a Type 054A/P frigate acquired from China last year.", optional=True),
        ev("MEET", "occurred", [NZ, org("Royal Malaysian Navy", "MYS")], "2023-02-10", KHI, None,
           "Chief of the Naval Staff Admiral Muhammad Amjad Khan Niazi later held separate meetings with the Chief of the Royal Malaysian Navy and the Chief of Naval Staff of the Bangladesh Navy, Admiral M Shaheen Iqbal, at the Naval Headquarters' Karachi office, the ISPR said."),
        ev("MEET", "occurred", [NZ, per("M Shaheen Iqbal", "BGD", "Chief of Naval Staff of the Bangladesh Navy, Admiral")], "2023-02-10", KHI, None,
           "Chief of the Naval Staff Admiral Muhammad Amjad Khan Niazi later held separate meetings with the Chief of the Royal Malaysian Navy and the Chief of Naval Staff of the Bangladesh Navy, Admiral M Shaheen Iqbal, at the Naval Headquarters' Karachi office, the ISPR said."),
        ev("MEET", "occurred", [per("Serkan Aydin", "TUR", "Commanding officer of TCG Kemalreis, Captain"),
                                per("Faisal Amin", "PAK", "Commander Karachi, Vice Admiral")], "2023-02-10", KHI, None,
           "Also on Friday, the commanding officer of the Turkish frigate TCG Kemalreis, Captain Serkan Aydin, called on Commander Karachi, Vice Admiral Faisal Amin, at his office."),
        ev("AGREE", "occurred", [PN, org("Sri Lanka Navy", "LKA")], "2023-02-10", KHI, None,
           "On the sidelines of the exercise, the Pakistan Navy and the Sri Lanka Navy signed a memorandum of understanding on training exchanges on Friday, under which Sri Lankan naval officers will attend courses at the Pakistan Navy War College in Lahore."),
        ev("TRAIN", "planned", [org("Pakistan Navy War College", "PAK"), org("Sri Lanka Navy", "LKA")], None, ("Lahore", "PAK"), None,
           "On the sidelines of the exercise, the Pakistan Navy and the Sri Lanka Navy signed a memorandum of understanding on training exchanges on Friday, under which Sri Lankan naval officers will attend courses at the Pakistan Navy War College in Lahore."),
    ])

# ---------------------------------------------------------------- u4-16 (Armenian agency page)
T = """YEREVAN WIRE
Politics   Economy   Society   Culture   Sport   Region   World        ՀԱՅ | РУС | ENG
USD 401.35   EUR 426.92   RUB 4.10   GEL 149.20
Yerevan +12°C

Armenia, France sign contract on supply of air defence radars

24 October 2023, 10:15

YEREVAN, OCTOBER 24, YW. Defence Minister of Armenia Suren Papikyan and Minister of the Armed Forces of France Sébastien Lecornu signed on October 23 in Paris a contract on the supply of three Ground Master 200 air defence radars to Armenia, the press service of the Ministry of Defence reports.

The ministers also signed a letter of intent on the future acquisition of Mistral short-range air defence systems by the Armed Forces of Armenia.

Prior to the signing ceremony, Papikyan and Lecornu held a meeting, during which they discussed regional security, the humanitarian situation following the displacement of the population of Nagorno-Karabakh, and the prospects of bilateral defence cooperation, including the training of Armenian servicemen in France.

"Armenia has the right to defend itself and its borders, and France will stand by it," Lecornu said at a joint press conference.

The Foreign Ministry of Azerbaijan condemned the agreement, warning that French arms supplies to Armenia would "fuel tension in the South Caucasus" and "have consequences".

Earlier this year, Armenia received Pinaka multiple launch rocket systems from India, ordered under a contract signed in 2022.

Asked whether the United States could also supply weapons to Armenia, a source in the ministry said the issue "is not on the agenda at the moment".

Share:  Facebook  X  Telegram  Email

Also read:
Armenian, US troops conclude Eagle Partner 2023 exercise near Yerevan
Indian defence company to open representative office in Yerevan
Papikyan receives newly appointed Greek ambassador

Latest
10:02  Government approves draft budget for 2024
09:48  Exchange rates for 24-10-2023
09:30  Yerevan metro to extend working hours on weekends
"""
SP = per("Suren Papikyan", "ARM", "Defence Minister")
SL = per("Sébastien Lecornu", "FRA", "Minister of the Armed Forces")
PAR = ("Paris", "FRA")
doc("u4-16", "https://yerevanwire.example/en/politics/1103512.html",
    "Armenia, France sign contract on supply of air defence radars", "Yerevan Wire", None, T, [
        ev("AGREE", "occurred", [SP, SL], "2023-10-23", PAR, None,
           "Defence Minister of Armenia Suren Papikyan and Minister of the Armed Forces of France Sébastien Lecornu signed on October 23 in Paris a contract on the supply of three Ground Master 200 air defence radars to Armenia, the press service of the Ministry of Defence reports."),
        ev("TRANSFER", "planned", [cty("France", "FRA", "supplier"), cty("Armenia", "ARM", "recipient")], None, None,
           "three Ground Master 200 air defence radars",
           "Defence Minister of Armenia Suren Papikyan and Minister of the Armed Forces of France Sébastien Lecornu signed on October 23 in Paris a contract on the supply of three Ground Master 200 air defence radars to Armenia, the press service of the Ministry of Defence reports."),
        ev("AGREE", "occurred", [SP, SL], "2023-10-23", PAR, None,
           "The ministers also signed a letter of intent on the future acquisition of Mistral short-range air defence systems by the Armed Forces of Armenia."),
        ev("TRANSFER", "planned", [cty("France", "FRA", "supplier"), org("Armed Forces of Armenia", "ARM", "recipient")], None, None,
           "Mistral short-range air defence systems",
           "The ministers also signed a letter of intent on the future acquisition of Mistral short-range air defence systems by the Armed Forces of Armenia."),
        ev("MEET", "occurred", [SP, SL], "2023-10-23", PAR, None,
           "Prior to the signing ceremony, Papikyan and Lecornu held a meeting, during which they discussed regional security, the humanitarian situation following the displacement of the population of Nagorno-Karabakh, and the prospects of bilateral defence cooperation, including the training of Armenian servicemen in France."),
        ev("TRAIN", "planned", [cty("France", "FRA"), cty("Armenia", "ARM")], None, ("France", "FRA"), None,
           "Prior to the signing ceremony, Papikyan and Lecornu held a meeting, during which they discussed regional security, the humanitarian situation following the displacement of the population of Nagorno-Karabakh, and the prospects of bilateral defence cooperation, including the training of Armenian servicemen in France.", optional=True),
        ev("TRANSFER", "occurred", [cty("India", "IND", "supplier"), cty("Armenia", "ARM", "recipient")], "2023", None,
           "Pinaka multiple launch rocket systems",
           "Earlier this year, Armenia received Pinaka multiple launch rocket systems from India, ordered under a contract signed in 2022.", optional=True),
        ev("AGREE", "occurred", [cty("India", "IND"), cty("Armenia", "ARM")], "2022", None, None,
           "Earlier this year, Armenia received Pinaka multiple launch rocket systems from India, ordered under a contract signed in 2022.", optional=True),
    ])

# ---------------------------------------------------------------- u4-18 (Philippine agency page)
T = """PIW  Philippine Information Wire
Home | Nation | Regions | Business | Sports | Defense | Opinion | Photos
PSEi 6,443.60 ▼ 0.92%   PHP/USD 57.43
Saturday, April 20, 2024

First batch of BrahMos missile systems arrives in PH

By Marlon Cruz

MANILA - The first batch of BrahMos supersonic cruise missile systems that the Philippines bought from India arrived at Clark Air Base in Pampanga on Friday, the Armed Forces of the Philippines (AFP) said.

Two Indian Air Force C-17 Globemaster III transport aircraft flew in the missile batteries, which will be operated by the Philippine Marine Corps' Coastal Defense Regiment.

The Philippines signed a USD374.96-million contract with BrahMos Aerospace, an Indian-Russian joint venture, in January 2022 for three batteries of the shore-based anti-ship missile system.

Twenty-one Filipino marines and sailors completed training on the operation and maintenance of the system in India in February, AFP spokesperson Col. Francel Margareth Padilla said.

"This is a major step in our efforts to build a credible deterrent in the West Philippine Sea," Padilla said.

Defense Secretary Gilberto Teodoro Jr. is expected to lead a formal turnover ceremony with Indian officials in the coming weeks.

Meanwhile, Japan is set to provide coastal radar systems to the Philippine Navy under its Official Security Assistance (OSA) framework, following an exchange of notes signed in November last year.

Asked about the delivery, China's Foreign Ministry said defense cooperation between countries "should not target any third party".

Share on Facebook   Share on X   Share on Viber

Related stories:
PH, US troops begin Balikatan drills in northern Luzon
Japan, PH to start talks on reciprocal access pact
Indonesia eyes BrahMos purchase
"""
PMC = org("Philippine Marine Corps' Coastal Defense Regiment", "PHL", "recipient")
doc("u4-18", "https://piw.example/articles/1222871",
    "First batch of BrahMos missile systems arrives in PH", "Philippine Information Wire", "2024-04-20", T, [
        ev("TRANSFER", "occurred", [cty("India", "IND", "supplier"), org("Indian Air Force", "IND", "supplier"), cty("Philippines", "PHL", "recipient"), PMC],
           "2024-04-19", ("Clark Air Base, Pampanga", "PHL"), "BrahMos supersonic cruise missile systems",
           "The first batch of BrahMos supersonic cruise missile systems that the Philippines bought from India arrived at Clark Air Base in Pampanga on Friday, the Armed Forces of the Philippines (AFP) said."),
        ev("AGREE", "occurred", [cty("Philippines", "PHL"), com("BrahMos Aerospace", "IND")], "2022-01", None, None,
           "The Philippines signed a USD374.96-million contract with BrahMos Aerospace, an Indian-Russian joint venture, in January 2022 for three batteries of the shore-based anti-ship missile system.", optional=True),
        ev("INDUSTRY", "occurred", [cty("India", "IND"), cty("Russia", "RUS")], None, None, "BrahMos missile system",
           "The Philippines signed a USD374.96-million contract with BrahMos Aerospace, an Indian-Russian joint venture, in January 2022 for three batteries of the shore-based anti-ship missile system.", optional=True),
        ev("TRAIN", "occurred", [cty("India", "IND"), org("Filipino marines and sailors", "PHL")], "2024-02", ("India", "IND"), None,
           "Twenty-one Filipino marines and sailors completed training on the operation and maintenance of the system in India in February, AFP spokesperson Col. Francel Margareth Padilla said."),
        ev("MEET", "planned", [per("Gilberto Teodoro Jr.", "PHL", "Defense Secretary"), cty("India", "IND")], None, None, None,
           "Defense Secretary Gilberto Teodoro Jr. is expected to lead a formal turnover ceremony with Indian officials in the coming weeks.", optional=True),
        ev("TRANSFER", "planned", [cty("Japan", "JPN", "supplier"), org("Philippine Navy", "PHL", "recipient")], None, None, "coastal radar systems",
           "Meanwhile, Japan is set to provide coastal radar systems to the Philippine Navy under its Official Security Assistance (OSA) framework, following an exchange of notes signed in November last year."),
        ev("AGREE", "occurred", [cty("Japan", "JPN"), cty("Philippines", "PHL")], "2023-11", None, None,
           "Meanwhile, Japan is set to provide coastal radar systems to the Philippine Navy under its Official Security Assistance (OSA) framework, following an exchange of notes signed in November last year.", optional=True),
    ])
