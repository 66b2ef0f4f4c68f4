from common import *

DOCS = []

# ---------------------------------------------------------------- u38-05 scraped, South Asia
t = """THE COASTAL CHRONICLE
Chennai | Sunday, February 25, 2024 | Updated 08:15 IST
E-Paper | Subscribe | Sign in
Chennai   Tamil Nadu   India   World   Business   Sport   Fishing & Ports   Opinion
Chennai 29°C | High tide 11:42, Low tide 17:58 | Sunrise 06:25

World > Indian Ocean

Coast guards of India, Maldives, Sri Lanka conclude 'Dosti-16' in Male

Special Correspondent
CHENNAI, February 25

The 16th edition of the trilateral coast guard exercise 'Dosti' between India, the Maldives and Sri Lanka concluded in Male on Saturday, with Bangladesh taking part as an observer for the first time.

The four-day exercise, which began on Wednesday, was held off Male and involved oil-spill response, search and rescue, and boarding drills. Indian Coast Guard ships Samarth and Abhinav and a Dornier aircraft took part alongside vessels of the Maldives National Defence Force (MNDF) Coast Guard and the Sri Lanka Coast Guard ship Suraksha.

The exercise went ahead despite strains in relations between New Delhi and Male since President Mohamed Muizzu took office in November and asked India to withdraw its military personnel from the Maldives.

On the sidelines, Indian Coast Guard Director General Rakesh Pal called on Maldives Defence Minister Ghassan Maumoon in Male on Friday and discussed maritime security and capacity building, an official statement said.

Pal also handed over a consignment of spare parts for the MNDF Coast Guard ship Huravee, a Trinkat-class patrol vessel that India gifted to the Maldives in 2006.

Sri Lanka Coast Guard Director General Rear Admiral Sanjaya Wijesinghe said Sri Lanka would host the next edition of the exercise in Trincomalee in 2026.

'Dosti', which means friendship in Hindi, began as a bilateral exercise between India and the Maldives in 1991; Sri Lanka joined in 2012.

Officials in Chennai said the ICG's Eastern Region, which covers the Tamil Nadu coast, had sent one of the two ships. The Region has been stretched in recent weeks by the arrest of Tamil Nadu fishermen by the Sri Lankan Navy near Katchatheevu, an issue raised by fishermen's associations in Rameswaram this week.

ALSO READ
- Rameswaram fishermen call off strike after talks with Collector
- Kasimedu harbour: new auction hall opens
- Navy chief reviews Eastern Fleet readiness

TRENDING
1. Chennai Metro phase 2: tunnel boring begins at Porur
2. Heatwave warning for interior districts

Share: WhatsApp | X | Facebook | Copy link

© The Coastal Chronicle 2024. Reproduction without permission prohibited.
"""
DOCS.append(({"id": "u38-05", "url": "https://coastalchronicle.example/world/indian-ocean/dosti-16-concludes-in-male/article68712345.ece",
    "title": "Coast guards of India, Maldives, Sri Lanka conclude 'Dosti-16' in Male", "published": "2024-02-25",
    "source": "The Coastal Chronicle", "text": t}, [
    E("EXERCISE", "occurred", [
        P("Indian Coast Guard", "organisation", "IND"),
        P("Maldives National Defence Force (MNDF) Coast Guard", "organisation", "MDV"),
        P("Sri Lanka Coast Guard", "organisation", "LKA")],
      "2024-02", L("Male", "MDV"), None,
      "The 16th edition of the trilateral coast guard exercise 'Dosti' between India, the Maldives and Sri Lanka concluded in Male on Saturday, with Bangladesh taking part as an observer for the first time."),
    E("EXERCISE", "occurred", [
        P("Bangladesh", "country", "BGD"),
        P("India", "country", "IND"), P("Maldives", "country", "MDV"), P("Sri Lanka", "country", "LKA")],
      "2024-02", L("Male", "MDV"), None,
      "The 16th edition of the trilateral coast guard exercise 'Dosti' between India, the Maldives and Sri Lanka concluded in Male on Saturday, with Bangladesh taking part as an observer for the first time.", True),
    E("COOPERATE", "occurred", [
        P("India", "country", "IND"), P("Maldives", "country", "MDV")],
      None, L("Maldives", "MDV"), None,
      "The exercise went ahead despite strains in relations between New Delhi and Male since President Mohamed Muizzu took office in November and asked India to withdraw its military personnel from the Maldives.", True),
    E("MEET", "occurred", [
        P("Rakesh Pal", "person", "IND", title="Indian Coast Guard Director General"),
        P("Ghassan Maumoon", "person", "MDV", title="Maldives Defence Minister")],
      "2024-02-23", L("Male", "MDV"), None,
      "On the sidelines, Indian Coast Guard Director General Rakesh Pal called on Maldives Defence Minister Ghassan Maumoon in Male on Friday and discussed maritime security and capacity building, an official statement said."),
    E("TRANSFER", "occurred", [
        S("Rakesh Pal", "person", "IND", "Indian Coast Guard Director General"),
        S("Indian Coast Guard", "organisation", "IND"),
        R("MNDF Coast Guard", "organisation", "MDV")],
      "2024-02", L("Male", "MDV"), "spare parts for the patrol vessel Huravee",
      "Pal also handed over a consignment of spare parts for the MNDF Coast Guard ship Huravee, a Trinkat-class patrol vessel that India gifted to the Maldives in 2006."),
    E("TRANSFER", "occurred", [
        S("India", "country", "IND"), R("Maldives", "country", "MDV")],
      "2006", None, "Trinkat-class patrol vessel",
      "Pal also handed over a consignment of spare parts for the MNDF Coast Guard ship Huravee, a Trinkat-class patrol vessel that India gifted to the Maldives in 2006.", True),
    E("EXERCISE", "planned", [
        P("Sri Lanka", "country", "LKA"), P("India", "country", "IND"), P("Maldives", "country", "MDV")],
      "2026", L("Trincomalee", "LKA"), None,
      "Sri Lanka Coast Guard Director General Rear Admiral Sanjaya Wijesinghe said Sri Lanka would host the next edition of the exercise in Trincomalee in 2026."),
]))

# ---------------------------------------------------------------- u38-06 clean, Southeast Asia
t = """PCG to get five more Japan-built ships as Tokyo, Manila sign loan and radar deals

MANILA — The Philippine Coast Guard (PCG) will receive five more 97-metre multi-role response vessels from Japan under a loan agreement signed on Friday during Prime Minister Fumio Kishida's two-day visit to Manila.

Japanese Ambassador Kazuhiko Koshikawa and Foreign Affairs Secretary Enrique Manalo signed the exchange of notes for the 64.3-billion-yen loan in Malacañang, in the presence of Kishida and President Ferdinand Marcos Jr., who held talks earlier in the day on maritime security in the South China Sea.

The ships, to be built by Mitsubishi Shipbuilding in Shimonoseki, will be the largest in the PCG fleet. The first is due for delivery in 2027.

A separate exchange of notes signed the same day grants 600 million yen under Japan's new Official Security Assistance (OSA) programme for coastal radar systems for the Philippine Navy, making the Philippines the first country to receive aid under the scheme.

"These vessels and radars will help us see more and respond faster in our own waters," PCG spokesman Rear Admiral Armand Balilo told reporters.

The PCG already operates ten 44-metre Parola-class vessels built by Japan Marine United and delivered between 2016 and 2018, as well as two 97-metre ships, BRP Teresa Magbanua and BRP Melchora Aquino, commissioned in 2022 and 2023.

Kishida and Marcos also agreed to begin negotiations on a Reciprocal Access Agreement that would allow their forces to train on each other's territory, an arrangement Japan so far has only with Australia and the United Kingdom.

Cooperation between the two coast guards goes beyond hardware. A Japan Coast Guard mobile cooperation team has run courses in Manila on boarding, evidence handling and vessel maintenance since 2017, and 14 PCG officers are enrolled this year in a master's programme for coast-guard officers in Tokyo run by the Japan Coast Guard and the National Graduate Institute for Policy Studies.

In June, the coast guards of Japan, the Philippines and the United States held their first trilateral exercise off Bataan province, practising search and rescue and law-enforcement drills with ships from the three services.

The Chinese embassy in Manila did not comment on the agreements. Beijing has repeatedly accused Manila of "provocations" near Second Thomas Shoal, where Chinese coast guard ships have used water cannon against Philippine supply missions.

Kishida, who addressed a joint session of the Philippine Congress on Saturday, left Manila for Kuala Lumpur later in the day.
"""
DOCS.append(({"id": "u38-06", "url": "https://manilaharborpost.example/news/2023/11/05/pcg-five-more-japan-built-ships",
    "title": "PCG to get five more Japan-built ships as Tokyo, Manila sign loan and radar deals", "published": "2023-11-05",
    "source": "Manila Harbor Post", "text": t}, [
    E("AGREE", "occurred", [
        P("Japan", "country", "JPN"), P("Philippines", "country", "PHL"),
        P("Kazuhiko Koshikawa", "person", "JPN", title="Japanese Ambassador"),
        P("Enrique Manalo", "person", "PHL", title="Foreign Affairs Secretary")],
      "2023-11-03", L("Malacañang", "PHL"), None,
      "Japanese Ambassador Kazuhiko Koshikawa and Foreign Affairs Secretary Enrique Manalo signed the exchange of notes for the 64.3-billion-yen loan in Malacañang, in the presence of Kishida and President Ferdinand Marcos Jr., who held talks earlier in the day on maritime security in the South China Sea."),
    E("TRANSFER", "planned", [
        S("Japan", "country", "JPN"),
        S("Mitsubishi Shipbuilding", "company", "JPN"),
        R("Philippine Coast Guard", "organisation", "PHL")],
      "2027", None, "97-metre multi-role response vessels",
      "MANILA — The Philippine Coast Guard (PCG) will receive five more 97-metre multi-role response vessels from Japan under a loan agreement signed on Friday during Prime Minister Fumio Kishida's two-day visit to Manila."),
    E("MEET", "occurred", [
        P("Fumio Kishida", "person", "JPN", title="Prime Minister"),
        P("Ferdinand Marcos Jr.", "person", "PHL", title="President")],
      "2023-11-03", L("Manila", "PHL"), None,
      "Japanese Ambassador Kazuhiko Koshikawa and Foreign Affairs Secretary Enrique Manalo signed the exchange of notes for the 64.3-billion-yen loan in Malacañang, in the presence of Kishida and President Ferdinand Marcos Jr., who held talks earlier in the day on maritime security in the South China Sea."),
    E("AGREE", "occurred", [
        P("Japan", "country", "JPN"), P("Philippines", "country", "PHL")],
      "2023-11-03", L("Manila", "PHL"), None,
      "A separate exchange of notes signed the same day grants 600 million yen under Japan's new Official Security Assistance (OSA) programme for coastal radar systems for the Philippine Navy, making the Philippines the first country to receive aid under the scheme."),
    E("TRANSFER", "planned", [
        S("Japan", "country", "JPN"), R("Philippine Navy", "organisation", "PHL")],
      None, None, "coastal radar systems",
      "A separate exchange of notes signed the same day grants 600 million yen under Japan's new Official Security Assistance (OSA) programme for coastal radar systems for the Philippine Navy, making the Philippines the first country to receive aid under the scheme."),
    E("TRANSFER", "occurred", [
        S("Japan Marine United", "company", "JPN"), R("Philippine Coast Guard", "organisation", "PHL")],
      None, None, "Parola-class vessels; 97-metre ships",
      "The PCG already operates ten 44-metre Parola-class vessels built by Japan Marine United and delivered between 2016 and 2018, as well as two 97-metre ships, BRP Teresa Magbanua and BRP Melchora Aquino, commissioned in 2022 and 2023.", True),
    E("AGREE", "planned", [
        P("Fumio Kishida", "person", "JPN", title="Prime Minister"),
        P("Ferdinand Marcos Jr.", "person", "PHL", title="President")],
      None, None, None,
      "Kishida and Marcos also agreed to begin negotiations on a Reciprocal Access Agreement that would allow their forces to train on each other's territory, an arrangement Japan so far has only with Australia and the United Kingdom.", True),
    *[E("AGREE", "occurred", [
        P("Japan", "country", "JPN"), P(n, "country", c)],
      None, None, None,
      "Kishida and Marcos also agreed to begin negotiations on a Reciprocal Access Agreement that would allow their forces to train on each other's territory, an arrangement Japan so far has only with Australia and the United Kingdom.", True) for n, c in [("Australia", "AUS"), ("United Kingdom", "GBR")]],
    E("TRAIN", "occurred", [
        P("Japan Coast Guard", "organisation", "JPN"), P("Philippine Coast Guard", "organisation", "PHL")],
      None, None, None,
      "A Japan Coast Guard mobile cooperation team has run courses in Manila on boarding, evidence handling and vessel maintenance since 2017, and 14 PCG officers are enrolled this year in a master's programme for coast-guard officers in Tokyo run by the Japan Coast Guard and the National Graduate Institute for Policy Studies."),
    E("EXERCISE", "occurred", [
        P("Japan Coast Guard", "organisation", "JPN"),
        P("Philippine Coast Guard", "organisation", "PHL"),
        P("United States Coast Guard", "organisation", "USA")],
      "2023-06", L("off Bataan province", None), None,
      "In June, the coast guards of Japan, the Philippines and the United States held their first trilateral exercise off Bataan province, practising search and rescue and law-enforcement drills with ships from the three services."),
]))

# ---------------------------------------------------------------- u38-07 scraped, cut off, Pacific
t = """PACIFIC ISLANDS DAILY
Home   Region   Politics   Business   Climate   Sport   Video   Podcasts
Subscribe from $1 a week

REGION

Kiribati takes delivery of Guardian-class patrol boat in WA

Staff reporter
18 June 2021 · 3 min read
Listen to this article

Australia on Thursday handed over the Guardian-class patrol boat RKS Teanoai II to Kiribati at the Austal shipyard in Henderson, Western Australia, replacing a 27-year-old vessel that has guarded the country's vast fishing zone since 1994.

Australia's Minister for Defence Industry, Melissa Price, handed the boat over to Kiribati's acting Police Commissioner, Tebwaau Tekeraoi, and its new crew at a ceremony attended by officials of both governments.

The 39.5-metre vessel is the 14th of 21 boats being built by Austal under Australia's Pacific Maritime Security Program, which provides patrol boats, training, maintenance and aerial surveillance to 12 Pacific island countries and Timor-Leste.

Its predecessor, the Pacific-class boat RKS Teanoai, was gifted by Australia in 1994 and will be decommissioned in Tarawa.

The 20-strong crew from the Kiribati Police Maritime Unit completed ten weeks of navigation, engineering and boarding training at the Australian Maritime College in Launceston before travelling to Henderson, and will sail the boat home in a voyage of about three weeks.

Two Royal Australian Navy advisers will be posted to Tarawa to support the crew, and Australia will meet the cost of fuel, maintenance and crew allowances for the life of the vessel.

"This is about Kiribati protecting its own resources," Commissioner Tekeraoi said. Kiribati's exclusive economic zone covers 3.5 million square kilometres, one of the largest in the world, and illegal fishing costs Pacific states an estimated US$600 million a year, according to the Pacific Islands Forum Fisheries Agency, which"""
DOCS.append(({"id": "u38-07", "url": "https://pacificislandsdaily.example/region/2021/06/18/kiribati-takes-delivery-of-guardian-class-patrol-boat",
    "title": "Kiribati takes delivery of Guardian-class patrol boat in WA", "published": "2021-06-18",
    "source": "Pacific Islands Daily", "text": t}, [
    E("TRANSFER", "occurred", [
        S("Australia", "country", "AUS"),
        S("Melissa Price", "person", "AUS", "Minister for Defence Industry"),
        R("Kiribati", "country", "KIR"),
        R("Tebwaau Tekeraoi", "person", "KIR", "acting Police Commissioner")],
      "2021-06-17", L("Henderson, Western Australia", "AUS"), "Guardian-class patrol boat",
      "Australia on Thursday handed over the Guardian-class patrol boat RKS Teanoai II to Kiribati at the Austal shipyard in Henderson, Western Australia, replacing a 27-year-old vessel that has guarded the country's vast fishing zone since 1994."),
    E("COOPERATE", "occurred", [
        P("Australia", "country", "AUS"), P("Kiribati", "country", "KIR")],
      None, None, None,
      "The 39.5-metre vessel is the 14th of 21 boats being built by Austal under Australia's Pacific Maritime Security Program, which provides patrol boats, training, maintenance and aerial surveillance to 12 Pacific island countries and Timor-Leste.", True),
    E("COOPERATE", "occurred", [
        P("Australia", "country", "AUS"), P("Timor-Leste", "country", "TLS")],
      None, None, None,
      "The 39.5-metre vessel is the 14th of 21 boats being built by Austal under Australia's Pacific Maritime Security Program, which provides patrol boats, training, maintenance and aerial surveillance to 12 Pacific island countries and Timor-Leste.", True),
    E("TRANSFER", "occurred", [
        S("Australia", "country", "AUS"), R("Kiribati", "country", "KIR")],
      "1994", None, "Pacific-class patrol boat",
      "Its predecessor, the Pacific-class boat RKS Teanoai, was gifted by Australia in 1994 and will be decommissioned in Tarawa.", True),
    E("TRAIN", "occurred", [
        P("Australian Maritime College", "organisation", "AUS"),
        P("Kiribati Police Maritime Unit", "organisation", "KIR")],
      None, L("Launceston", "AUS"), None,
      "The 20-strong crew from the Kiribati Police Maritime Unit completed ten weeks of navigation, engineering and boarding training at the Australian Maritime College in Launceston before travelling to Henderson, and will sail the boat home in a voyage of about three weeks."),
    E("COOPERATE", "planned", [
        P("Royal Australian Navy", "organisation", "AUS"), P("Kiribati", "country", "KIR")],
      None, L("Tarawa", "KIR"), None,
      "Two Royal Australian Navy advisers will be posted to Tarawa to support the crew, and Australia will meet the cost of fuel, maintenance and crew allowances for the life of the vessel."),
]))

# ---------------------------------------------------------------- u38-08 clean wire, Central Asia
t = """U.S. hands Tajik border troops new outpost as Afghan frontier worries grow

DUSHANBE, Oct. 17 (CAW) — The United States on Tuesday handed over a newly built border outpost in the Shamsiddin Shohin district to Tajikistan's Border Troops, together with 12 pickup trucks, thermal imaging cameras and radio equipment worth $3.5 million, the U.S. Embassy in Dushanbe said.

Ambassador John Mark Pommersheim handed the keys of the outpost, which overlooks a stretch of the Panj River regularly used by drug smugglers from Afghanistan, to the commander of the Border Troops, Lieutenant General Rajabali Rahmonali.

Washington has built or renovated more than 40 border posts and training facilities along the 1,344-kilometre frontier since 2005, according to the embassy.

The handover came a week after China delivered 40 off-road vehicles to the Border Troops under a grant agreement signed in 2017, Tajik officials said. Chinese-funded construction of several outposts on the Tajik-Afghan border is also under way.

On Wednesday, 28 officers from Tajikistan and Afghanistan graduated from a six-week course in border risk analysis at the OSCE Border Management Staff College in Dushanbe, which has trained more than 4,000 officials since it opened in 2009.

Russia, which keeps its 201st military base in Tajikistan, plans to hold joint drills with Tajik border units near the Afghan border at the end of October, the Russian Defence Ministry said.

Tajik and Afghan border officials met at the Panji Poyon crossing last month and agreed to exchange information on drug trafficking routes and to hold monthly meetings between local commanders, the Border Troops said.

Tajikistan's 1,344-km border with Afghanistan runs mostly along the Panj and Amu Darya rivers through remote mountains. Officials in Dushanbe say fighting in the northern Afghan provinces of Kunduz and Badakhshan has pushed militants closer to the frontier, and drug seizures by Tajik agencies rose by 18 percent in the first nine months of the year.

(Reporting by Farrukh Saidov; editing by Anna Petrova)
"""
DOCS.append(({"id": "u38-08", "url": "https://centralasiawire.example/2019/10/17/us-hands-tajik-border-troops-new-outpost",
    "title": "U.S. hands Tajik border troops new outpost as Afghan frontier worries grow", "published": "2019-10-17",
    "source": "Central Asia Wire", "text": t}, [
    E("TRANSFER", "occurred", [
        S("United States", "country", "USA"),
        S("John Mark Pommersheim", "person", "USA", "Ambassador"),
        R("Tajikistan's Border Troops", "organisation", "TJK"),
        R("Rajabali Rahmonali", "person", "TJK", "commander of the Border Troops")],
      "2019-10-15", L("Shamsiddin Shohin district", "TJK"), "border outpost, pickup trucks, thermal imaging cameras, radio equipment",
      "DUSHANBE, Oct. 17 (CAW) — The United States on Tuesday handed over a newly built border outpost in the Shamsiddin Shohin district to Tajikistan's Border Troops, together with 12 pickup trucks, thermal imaging cameras and radio equipment worth $3.5 million, the U.S. Embassy in Dushanbe said."),
    E("TRANSFER", "occurred", [
        S("United States", "country", "USA"), R("Tajikistan", "country", "TJK")],
      None, None, "border posts and training facilities",
      "Washington has built or renovated more than 40 border posts and training facilities along the 1,344-kilometre frontier since 2005, according to the embassy.", True),
    E("TRANSFER", "occurred", [
        S("China", "country", "CHN"), R("Tajikistan's Border Troops", "organisation", "TJK")],
      "2019-10", None, "off-road vehicles",
      "The handover came a week after China delivered 40 off-road vehicles to the Border Troops under a grant agreement signed in 2017, Tajik officials said."),
    E("AGREE", "occurred", [
        P("China", "country", "CHN"), P("Tajikistan", "country", "TJK")],
      "2017", None, None,
      "The handover came a week after China delivered 40 off-road vehicles to the Border Troops under a grant agreement signed in 2017, Tajik officials said.", True),
    E("TRANSFER", "occurred", [
        S("China", "country", "CHN"), R("Tajikistan", "country", "TJK")],
      None, L("Tajik-Afghan border", "TJK"), "border outposts",
      "Chinese-funded construction of several outposts on the Tajik-Afghan border is also under way.", True),
    E("TRAIN", "occurred", [
        P("OSCE Border Management Staff College", "igo", "OSCE"), P("Tajikistan", "country", "TJK")],
      "2019-10-16", L("Dushanbe", "TJK"), None,
      "On Wednesday, 28 officers from Tajikistan and Afghanistan graduated from a six-week course in border risk analysis at the OSCE Border Management Staff College in Dushanbe, which has trained more than 4,000 officials since it opened in 2009."),
    E("TRAIN", "occurred", [
        P("OSCE Border Management Staff College", "igo", "OSCE"), P("Afghanistan", "country", "AFG")],
      "2019-10-16", L("Dushanbe", "TJK"), None,
      "On Wednesday, 28 officers from Tajikistan and Afghanistan graduated from a six-week course in border risk analysis at the OSCE Border Management Staff College in Dushanbe, which has trained more than 4,000 officials since it opened in 2009."),
    E("EXERCISE", "planned", [
        P("Russia", "country", "RUS"), P("Tajik border units", "organisation", "TJK")],
      "2019-10", L("near the Afghan border", "TJK"), None,
      "Russia, which keeps its 201st military base in Tajikistan, plans to hold joint drills with Tajik border units near the Afghan border at the end of October, the Russian Defence Ministry said."),
    E("COOPERATE", "occurred", [
        P("Russia", "country", "RUS"), P("Tajikistan", "country", "TJK")],
      None, L("Tajikistan", "TJK"), None,
      "Russia, which keeps its 201st military base in Tajikistan, plans to hold joint drills with Tajik border units near the Afghan border at the end of October, the Russian Defence Ministry said.", True),
    E("MEET", "occurred", [
        P("Tajik border officials", "organisation", "TJK"), P("Afghan border officials", "organisation", "AFG")],
      "2019-09", L("Panji Poyon crossing", "TJK"), None,
      "Tajik and Afghan border officials met at the Panji Poyon crossing last month and agreed to exchange information on drug trafficking routes and to hold monthly meetings between local commanders, the Border Troops said."),
    E("COOPERATE", "planned", [
        P("Tajik border officials", "organisation", "TJK"), P("Afghan border officials", "organisation", "AFG")],
      None, None, None,
      "Tajik and Afghan border officials met at the Panji Poyon crossing last month and agreed to exchange information on drug trafficking routes and to hold monthly meetings between local commanders, the Border Troops said."),
    E("AGREE", "occurred", [
        P("Tajik border officials", "organisation", "TJK"), P("Afghan border officials", "organisation", "AFG")],
      "2019-09", L("Panji Poyon crossing", "TJK"), None,
      "Tajik and Afghan border officials met at the Panji Poyon crossing last month and agreed to exchange information on drug trafficking routes and to hold monthly meetings between local commanders, the Border Troops said.", True),
]))
