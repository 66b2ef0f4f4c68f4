from lib import *

# ---------------------------------------------------------------- u4-19 (truncated, Korean wire)
T = """SEOUL, Aug. 2 (SW) -- Hyundai Rotem Co. has won a US$6.5 billion deal to export 180 K2 main battle tanks to Poland, the largest single defense export contract in South Korea's history, the company said Saturday.

The second executive contract was signed Friday in Warsaw between Hyundai Rotem and Poland's Armament Agency, in the presence of Polish Deputy Prime Minister and Defense Minister Wladyslaw Kosiniak-Kamysz and a delegation from Seoul's arms procurement agency.

Of the 180 tanks, 117 will be built in South Korea and delivered from 2026 to 2029, while the remaining 63 will be produced in Poland as the upgraded K2PL variant by state-owned Bumar-Labedy under a technology transfer arrangement with Hyundai Rotem.

The package also includes 81 support vehicles, including armored recovery and bridge-laying vehicles based on the K2 chassis, as well as training and logistics support.

Poland signed a framework agreement with South Korea in 2022 for up to 1,000 K2 tanks, 672 K9 self-propelled howitzers and 48 FA-50 light attack aircraft, and has already received the 180 K2 tanks ordered under the first executive contract.

The K2 has also been in service with the South Korean Army since 2014, and Hyundai Rotem is producing a further batch for domestic use.

Earlier this year, Hanwha Aerospace won its first order from Vietnam, for 20 K9 self-propelled howitzers.

Lee Yong-bae, chief executive of Hyundai Rotem, said the deal would lay the groundwork for a Korea-Poland defense industrial partnership that could extend to"""
HR = com("Hyundai Rotem", "KOR")
doc("u4-19", "https://seoulwire.example/view/AEN20250802000351320",
    "(LEAD) Hyundai Rotem signs $6.5 bln deal for 180 K2 tanks with Poland", "Seoul Wire", "2025-08-02", T, [
        ev("AGREE", "occurred", [HR, org("Armament Agency", "POL")], "2025-08-01", ("Warsaw", "POL"), None,
           "The second executive contract was signed Friday in Warsaw between Hyundai Rotem and Poland's Armament Agency, in the presence of Polish Deputy Prime Minister and Defense Minister Wladyslaw Kosiniak-Kamysz and a delegation from Seoul's arms procurement agency."),
        ev("TRANSFER", "planned", [com("Hyundai Rotem", "KOR", "supplier"), cty("Poland", "POL", "recipient")], "2026", None,
           "180 K2 main battle tanks",
           "Of the 180 tanks, 117 will be built in South Korea and delivered from 2026 to 2029, while the remaining 63 will be produced in Poland as the upgraded K2PL variant by state-owned Bumar-Labedy under a technology transfer arrangement with Hyundai Rotem."),
        ev("INDUSTRY", "occurred", [com("Bumar-Labedy", "POL"), HR], "2025-08-01", ("Poland", "POL"), "63 K2PL tanks",
           "Of the 180 tanks, 117 will be built in South Korea and delivered from 2026 to 2029, while the remaining 63 will be produced in Poland as the upgraded K2PL variant by state-owned Bumar-Labedy under a technology transfer arrangement with Hyundai Rotem."),
        ev("AGREE", "occurred", [cty("Poland", "POL"), cty("South Korea", "KOR")], "2022", None, None,
           "Poland signed a framework agreement with South Korea in 2022 for up to 1,000 K2 tanks, 672 K9 self-propelled howitzers and 48 FA-50 light attack aircraft, and has already received the 180 K2 tanks ordered under the first executive contract.", optional=True),
        ev("TRANSFER", "occurred", [cty("South Korea", "KOR", "supplier"), cty("Poland", "POL", "recipient")], None, None, "180 K2 tanks",
           "Poland signed a framework agreement with South Korea in 2022 for up to 1,000 K2 tanks, 672 K9 self-propelled howitzers and 48 FA-50 light attack aircraft, and has already received the 180 K2 tanks ordered under the first executive contract.", optional=True),
        ev("AGREE", "occurred", [com("Hanwha Aerospace", "KOR"), cty("Vietnam", "VNM")], "2025", None, None,
           "Earlier this year, Hanwha Aerospace won its first order from Vietnam, for 20 K9 self-propelled howitzers.", optional=True),
        ev("TRANSFER", "planned", [com("Hanwha Aerospace", "KOR", "supplier"), cty("Vietnam", "VNM", "recipient")], None, None,
           "20 K9 self-propelled howitzers",
           "Earlier this year, Hanwha Aerospace won its first order from Vietnam, for 20 K9 self-propelled howitzers.", optional=True),
    ])

# ---------------------------------------------------------------- u4-20 (truncated, Sri Lankan newspaper web)
T = """ISLAND TIMES
News | Business | Sports | Features | Editorial | E-Paper
Colombo 31°C   CSE ASPI 8,981.42 ▲   USD/LKR 360.50
Home > News

India gifts Dornier maritime surveillance aircraft to Sri Lanka

Aug 16, 2022 02:15 am

By Dilini Perera

India yesterday handed over a Dornier-228 maritime reconnaissance aircraft to Sri Lanka at a ceremony held at the Sri Lanka Air Force base in Katunayake, in the presence of President Ranil Wickremesinghe.

The aircraft was handed over by Vice Admiral S.N. Ghormade, Vice Chief of the Indian Navy, who flew in for the occasion, which coincided with India's 75th Independence Day.

The Dornier, drawn from the Indian Navy's inventory, will be operated by the SLAF's No. 3 Maritime Squadron until a new aircraft being built by Hindustan Aeronautics Limited (HAL) is delivered in about two years, Indian High Commissioner Gopal Baglay said.

A team of 15 SLAF pilots and technicians had earlier been trained in India to fly and maintain the aircraft.

During his visit, Vice Admiral Ghormade also called on Defence Secretary Gen. (Retd.) Kamal Gunaratne at the Defence Ministry in Colombo.

Share  Tweet  Email  Print

The two navies are also scheduled to hold their annual SLINEX exercise later this year, with Indian warships expected to make a port call in Trincomalee before the drills begin off the

RELATED NEWS
SL Army contingent leaves for UN mission in Mali
China donates fuel to Sri Lanka Navy
Pakistan Navy ship calls at Colombo port
"""
GH_S = per("S.N. Ghormade", "IND", "Vice Chief of the Indian Navy, Vice Admiral", "supplier")
doc("u4-20", "https://islandtimes.example/news/india-gifts-dornier-maritime-surveillance-aircraft-to-sri-lanka/108-243511",
    "India gifts Dornier maritime surveillance aircraft to Sri Lanka", "Island Times", None, T, [
        ev("TRANSFER", "occurred", [cty("India", "IND", "supplier"), GH_S, cty("Sri Lanka", "LKA", "recipient"),
                                    per("Ranil Wickremesinghe", "LKA", "President", "recipient")],
           "2022-08-15", ("Katunayake", "LKA"), "Dornier-228 maritime reconnaissance aircraft",
           "India yesterday handed over a Dornier-228 maritime reconnaissance aircraft to Sri Lanka at a ceremony held at the Sri Lanka Air Force base in Katunayake, in the presence of President Ranil Wickremesinghe."),
        ev("TRANSFER", "planned", [com("Hindustan Aeronautics Limited (HAL)", "IND", "supplier"), org("Sri Lanka Air Force", "LKA", "recipient")],
           "2024", None, "new Dornier aircraft",
           "The Dornier, drawn from the Indian Navy's inventory, will be operated by the SLAF's No. 3 Maritime Squadron until a new aircraft being built by Hindustan Aeronautics Limited (HAL) is delivered in about two years, Indian High Commissioner Gopal Baglay said."),
        ev("TRAIN", "occurred", [cty("India", "IND"), org("Sri Lanka Air Force", "LKA")], None, ("India", "IND"), None,
           "A team of 15 SLAF pilots and technicians had earlier been trained in India to fly and maintain the aircraft."),
        ev("MEET", "occurred", [per("S.N. Ghormade", "IND", "Vice Chief of the Indian Navy, Vice Admiral"),
                                per("Kamal Gunaratne", "LKA", "Defence Secretary, Gen. (Retd.)")], "2022-08", ("Colombo", "LKA"), None,
           "During his visit, Vice Admiral Ghormade also called on Defence Secretary Gen. (Retd.) Kamal Gunaratne at the Defence Ministry in Colombo."),
        ev("EXERCISE", "planned", [cty("India", "IND"), cty("Sri Lanka", "LKA")], "2022", None, None,
           "The two navies are also scheduled to hold their annual SLINEX exercise later this year, with Indian warships expected to make a port call in Trincomalee before the drills begin off the"),
        ev("MEET", "planned", [org("Indian Navy", "IND"), cty("Sri Lanka", "LKA")], "2022", ("Trincomalee", "LKA"), None,
           "The two navies are also scheduled to hold their annual SLINEX exercise later this year, with Indian warships expected to make a port call in Trincomalee before the drills begin off the", optional=True),
    ])

# ---------------------------------------------------------------- u4-21 (truncated, Malaysian wire)
T = """KUALA LUMPUR, May 7 (MNNW) -- The Ministry of Defence (MINDEF) signed 19 contracts and letters of acceptance worth RM2.4 billion yesterday, the first day of the Defence Services Asia (DSA) 2024 exhibition and conference, Defence Minister Datuk Seri Mohamed Khaled Nordin said.

Among them was a letter of acceptance for three Littoral Mission Ships (LMS) Batch 2 from Turkish shipbuilder STM, which will build two of the vessels in Turkiye while the third will be built at a local yard in partnership with Malaysian firm Lumut Naval Shipyard.

He said the remaining contracts, with 12 local companies, covered the maintenance of armoured vehicles and the supply of spare parts and uniforms.

Mohamed Khaled also said the first two of the 18 FA-50 Block 20 light combat aircraft ordered from a Korean manufacturer, Korea Aerospace Industries (KAI), in 2023 were scheduled for delivery in 2026.

DSA 2024, held at the Malaysia International Trade and Exhibition Centre (MITEC) until Thursday, brings together more than 1,200 exhibitors from 60 countries, with national pavilions from Turkiye, South Korea, France, India and China.

On the sidelines of the event yesterday, Mohamed Khaled held a bilateral meeting with Brunei's Minister of Defence II, Pehin Datu Lailaraja Major General (Rtd) Dato Paduka Seri Awang Haji Halbi Haji Mohd Yussof, during which they discussed border security cooperation and joint training.

Mohamed Khaled, who toured the exhibition after the opening, said the ministry would prioritise technology transfer in future procurements, adding that negotiations were currently under way with"""
MK = per("Mohamed Khaled Nordin", "MYS", "Defence Minister, Datuk Seri")
MIN = org("Ministry of Defence (MINDEF)", "MYS")
KL = ("Kuala Lumpur", "MYS")
MY = cty("Malaysia", "MYS")
PAV = "DSA 2024, held at the Malaysia International Trade and Exhibition Centre (MITEC) until Thursday, brings together more than 1,200 exhibitors from 60 countries, with national pavilions from Turkiye, South Korea, France, India and China."
doc("u4-21", "https://mnnw.example/en/news/2024/05/07/mindef-signs-rm2-4-bln-contracts-dsa-2024",
    "MINDEF signs RM2.4 bln in contracts on DSA 2024 opening day", "Malaysian National News Wire", "2024-05-07", T, [
        ev("AGREE", "occurred", [MIN, com("STM", "TUR")], "2024-05-06", KL, None,
           "Among them was a letter of acceptance for three Littoral Mission Ships (LMS) Batch 2 from Turkish shipbuilder STM, which will build two of the vessels in Turkiye while the third will be built at a local yard in partnership with Malaysian firm Lumut Naval Shipyard."),
        ev("TRANSFER", "planned", [com("STM", "TUR", "supplier"), org("Ministry of Defence (MINDEF)", "MYS", "recipient")], None, None,
           "three Littoral Mission Ships (LMS) Batch 2",
           "Among them was a letter of acceptance for three Littoral Mission Ships (LMS) Batch 2 from Turkish shipbuilder STM, which will build two of the vessels in Turkiye while the third will be built at a local yard in partnership with Malaysian firm Lumut Naval Shipyard."),
        ev("INDUSTRY", "planned", [com("STM", "TUR"), com("Lumut Naval Shipyard", "MYS")], None, ("Malaysia", "MYS"), "Littoral Mission Ship",
           "Among them was a letter of acceptance for three Littoral Mission Ships (LMS) Batch 2 from Turkish shipbuilder STM, which will build two of the vessels in Turkiye while the third will be built at a local yard in partnership with Malaysian firm Lumut Naval Shipyard."),
        ev("TRANSFER", "planned", [com("Korea Aerospace Industries (KAI)", "KOR", "supplier"), cty("Malaysia", "MYS", "recipient")], "2026", None,
           "18 FA-50 Block 20 light combat aircraft",
           "Mohamed Khaled also said the first two of the 18 FA-50 Block 20 light combat aircraft ordered from a Korean manufacturer, Korea Aerospace Industries (KAI), in 2023 were scheduled for delivery in 2026."),
        ev("AGREE", "occurred", [com("Korea Aerospace Industries (KAI)", "KOR"), MY], "2023", None, None,
           "Mohamed Khaled also said the first two of the 18 FA-50 Block 20 light combat aircraft ordered from a Korean manufacturer, Korea Aerospace Industries (KAI), in 2023 were scheduled for delivery in 2026.", optional=True),
        ev("EXHIBIT", "occurred", [cty("Turkiye", "TUR"), MY], "2024-05", ("MITEC, Kuala Lumpur", "MYS"), None, PAV),
        ev("EXHIBIT", "occurred", [cty("South Korea", "KOR"), MY], "2024-05", ("MITEC, Kuala Lumpur", "MYS"), None, PAV),
        ev("EXHIBIT", "occurred", [cty("France", "FRA"), MY], "2024-05", ("MITEC, Kuala Lumpur", "MYS"), None, PAV),
        ev("EXHIBIT", "occurred", [cty("India", "IND"), MY], "2024-05", ("MITEC, Kuala Lumpur", "MYS"), None, PAV),
        ev("EXHIBIT", "occurred", [cty("China", "CHN"), MY], "2024-05", ("MITEC, Kuala Lumpur", "MYS"), None, PAV),
        ev("MEET", "occurred", [MK, per("Halbi Haji Mohd Yussof", "BRN", "Minister of Defence II, Pehin Datu Lailaraja Major General (Rtd) Dato Paduka Seri Awang Haji")],
           "2024-05-06", KL, None,
           "On the sidelines of the event yesterday, Mohamed Khaled held a bilateral meeting with Brunei's Minister of Defence II, Pehin Datu Lailaraja Major General (Rtd) Dato Paduka Seri Awang Haji Halbi Haji Mohd Yussof, during which they discussed border security cooperation and joint training."),
    ])

# ---------------------------------------------------------------- u4-22 (truncated, Tajik page, 2014)
T = """DUSHANBE COURIER
Politics · Economy · Society · Region · Sport                  RUS | ENG | TJK
USD 4.9150   EUR 6.8240   RUB 0.1342  (TJS)
Dushanbe +12°C

Wednesday, 12 March 2014

China hands over vehicles and equipment to Tajik border troops

DUSHANBE, March 12 (DC) -- The People's Republic of China has donated a batch of equipment, including 30 off-road vehicles, night-vision devices and communications equipment, to the Border Troops of the State Committee for National Security (SCNS) of Tajikistan, the committee's press centre said.

The equipment was handed over on Tuesday at a ceremony in Dushanbe by Chinese Ambassador Fan Xianrong to the head of the Border Troops, Lieutenant General Nurali Sharifzoda.

Speaking at the ceremony, the ambassador said China would continue to help Tajikistan strengthen security along its border with Afghanistan, especially as international forces prepare to withdraw from Afghanistan by the end of this year.

In February, 25 Tajik border officers completed a course on border management at the OSCE Border Management Staff College in Dushanbe.

Under an agreement reached last year, Russia is to provide Tajikistan with weapons and equipment to modernise its armed forces in exchange for the extension of its military base in the country until 2042.

Meanwhile, the United States and the European Union are preparing sanctions against Moscow over its actions in Crimea.

According to the committee, the Border Troops also expect to receive two patrol boats and thermal-imaging cameras from the United States under a programme run by"""
doc("u4-22", "https://dushanbecourier.example/en/news/20140312/china-hands-over-vehicles-to-tajik-border-troops",
    "China hands over vehicles and equipment to Tajik border troops", "Dushanbe Courier", None, T, [
        ev("TRANSFER", "occurred", [cty("China", "CHN", "supplier"), per("Fan Xianrong", "CHN", "Ambassador", "supplier"),
                                    org("Border Troops of the State Committee for National Security (SCNS) of Tajikistan", "TJK", "recipient"),
                                    per("Nurali Sharifzoda", "TJK", "Head of the Border Troops, Lieutenant General", "recipient")],
           "2014-03-11", ("Dushanbe", "TJK"), "30 off-road vehicles, night-vision devices and communications equipment",
           "The equipment was handed over on Tuesday at a ceremony in Dushanbe by Chinese Ambassador Fan Xianrong to the head of the Border Troops, Lieutenant General Nurali Sharifzoda."),
        ev("COOPERATE", "planned", [per("Fan Xianrong", "CHN", "Ambassador"), cty("Tajikistan", "TJK")], None, None, None,
           "Speaking at the ceremony, the ambassador said China would continue to help Tajikistan strengthen security along its border with Afghanistan, especially as international forces prepare to withdraw from Afghanistan by the end of this year.", optional=True),
        ev("TRAIN", "occurred", [igo("OSCE Border Management Staff College", "OSCE"), cty("Tajikistan", "TJK")], "2014-02", ("Dushanbe", "TJK"), None,
           "In February, 25 Tajik border officers completed a course on border management at the OSCE Border Management Staff College in Dushanbe."),
        ev("AGREE", "occurred", [cty("Russia", "RUS"), cty("Tajikistan", "TJK")], "2013", None, None,
           "Under an agreement reached last year, Russia is to provide Tajikistan with weapons and equipment to modernise its armed forces in exchange for the extension of its military base in the country until 2042.", optional=True),
        ev("TRANSFER", "planned", [cty("Russia", "RUS", "supplier"), cty("Tajikistan", "TJK", "recipient")], None, None, "weapons and equipment",
           "Under an agreement reached last year, Russia is to provide Tajikistan with weapons and equipment to modernise its armed forces in exchange for the extension of its military base in the country until 2042."),
        ev("TRANSFER", "planned", [cty("United States", "USA", "supplier"), org("Border Troops", "TJK", "recipient")], None, None,
           "two patrol boats and thermal-imaging cameras",
           "According to the committee, the Border Troops also expect to receive two patrol boats and thermal-imaging cameras from the United States under a programme run by"),
    ])
