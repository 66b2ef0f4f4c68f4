from lib import *

# ---------------------------------------------------------------- u4-05
T = """13.09.2021 [15:40]

Baku, September 13, CSNA. The "Three Brothers - 2021" joint international exercise of the special forces of Azerbaijan, Turkey and Pakistan started in Baku on Sunday, the Ministry of Defense of the Republic of Azerbaijan reported.

The exercise, which will last until September 20, is aimed at strengthening cooperation and mutual trust between the special forces units, improving interoperability and sharing the combat experience gained in recent years. During the drills, servicemen will practice neutralizing illegal armed groups in mountainous and wooded terrain, as well as reconnaissance and search-and-rescue tasks.

Speaking at the opening ceremony, Defense Minister Colonel General Zakir Hasanov stressed that military cooperation among the three brotherly countries is developing successfully, noting that Azerbaijani servicemen receive training at the military educational institutions of Turkey and Pakistan.

On the same day, Minister Hasanov met with the head of the Pakistani delegation, Lieutenant General Adnan Rafiq, Commander of the Special Service Group of the Pakistan Army. The sides discussed the prospects for cooperation in the fields of military education and the defense industry.

It was noted that the next exercise of the series is planned to be held in Pakistan next year.

The Victory Parade held on Azadlig Square on December 10 last year showcased the weapons and equipment used by the Azerbaijani Army during the 44-day Patriotic War.

The Armenian Defense Ministry, in a statement, described the drills as a "provocation" and warned that it would take "all necessary measures".
"""
ZH = per("Zakir Hasanov", "AZE", "Defense Minister, Colonel General")
AZ, TR, PKc = cty("Azerbaijan", "AZE"), cty("Turkey", "TUR"), cty("Pakistan", "PAK")
doc("u4-05", "https://csna.example/en/news/defense/three-brothers-2021-international-exercise-starts-in-baku",
    "\"Three Brothers - 2021\" international exercise starts in Baku", "Caspian State News Agency", None, T, [
        ev("EXERCISE", "occurred", [AZ, TR, PKc], "2021-09", ("Baku", "AZE"), None,
           "The \"Three Brothers - 2021\" joint international exercise of the special forces of Azerbaijan, Turkey and Pakistan started in Baku on Sunday, the Ministry of Defense of the Republic of Azerbaijan reported."),
        ev("TRAIN", "occurred", [AZ, TR], None, ("Turkey", "TUR"), None,
           "Speaking at the opening ceremony, Defense Minister Colonel General Zakir Hasanov stressed that military cooperation among the three brotherly countries is developing successfully, noting that Azerbaijani servicemen receive training at the military educational institutions of Turkey and Pakistan."),
        ev("TRAIN", "occurred", [AZ, PKc], None, ("Pakistan", "PAK"), None,
           "Speaking at the opening ceremony, Defense Minister Colonel General Zakir Hasanov stressed that military cooperation among the three brotherly countries is developing successfully, noting that Azerbaijani servicemen receive training at the military educational institutions of Turkey and Pakistan."),
        ev("MEET", "occurred", [ZH, per("Adnan Rafiq", "PAK", "Commander of the Special Service Group of the Pakistan Army, Lieutenant General")],
           "2021-09-12", ("Baku", "AZE"), None,
           "On the same day, Minister Hasanov met with the head of the Pakistani delegation, Lieutenant General Adnan Rafiq, Commander of the Special Service Group of the Pakistan Army."),
        ev("EXERCISE", "planned", [AZ, TR, PKc], "2022", ("Pakistan", "PAK"), None,
           "It was noted that the next exercise of the series is planned to be held in Pakistan next year."),
    ])

# ---------------------------------------------------------------- u4-06
T = """ISTANBUL (BNA) - Indonesia on Saturday signed a contract with Turkish Aerospace (TUSAS) for 48 KAAN fifth-generation fighter jets, the largest export deal in the history of the Turkish defense industry, at the 17th International Defense Industry Fair (IDEF) in Istanbul.

The contract was signed by TUSAS General Manager Mehmet Demiroglu and Indonesian Defense Ministry official Air Vice Marshal Yusuf Jauhari in the presence of Indonesian Defense Minister Sjafrie Sjamsoeddin and Haluk Gorgun, president of Turkiye's Defense Industry Agency (SSB).

Under the deal, the aircraft will be delivered over a period of ten years, Gorgun told reporters after the ceremony, adding that part of the production and assembly work would be carried out in Indonesia with the participation of local industry. He did not give details on the value of the contract.

Sjafrie, who also held talks with Turkish Defense Minister Yasar Guler on the sidelines of the fair, said the purchase would "strengthen our air power and open a new chapter in our strategic partnership with Turkiye."

The deal follows contracts Jakarta signed earlier this year for Baykar's TB3 and Akinci drones, and a joint venture set up between Baykar and Indonesian company Republikorp to build drones locally.

Indonesian state-owned companies PT Pindad, PT PAL and PT Dirgantara Indonesia are among more than 1,300 exhibitors from 44 countries at this year's IDEF, which ends on Sunday.

The KAAN, developed by TUSAS as Turkiye's first indigenous fighter jet, made its maiden flight in February last year, and the Turkish Air Force plans to induct the first batch of 20 aircraft from 2028.

Analysts say the Indonesian order, coming before the jet has entered service at home, is a vote of confidence in the program.
"""
IDN_MIN = per("Sjafrie Sjamsoeddin", "IDN", "Defense Minister")
doc("u4-06", "https://bna.example/en/defense/indonesia-signs-deal-for-48-kaan-fighter-jets-at-idef-2025/3637202",
    "Indonesia signs deal for 48 KAAN fighter jets at IDEF 2025", "Bosphorus News Agency", "2025-07-27", T, [
        ev("AGREE", "occurred", [cty("Indonesia", "IDN"), com("Turkish Aerospace (TUSAS)", "TUR"),
                                 per("Mehmet Demiroglu", "TUR", "TUSAS General Manager"),
                                 per("Yusuf Jauhari", "IDN", "Defense Ministry official, Air Vice Marshal")],
           "2025-07-26", ("Istanbul", "TUR"), None,
           "The contract was signed by TUSAS General Manager Mehmet Demiroglu and Indonesian Defense Ministry official Air Vice Marshal Yusuf Jauhari in the presence of Indonesian Defense Minister Sjafrie Sjamsoeddin and Haluk Gorgun, president of Turkiye's Defense Industry Agency (SSB)."),
        ev("TRANSFER", "planned", [com("Turkish Aerospace (TUSAS)", "TUR", "supplier"), cty("Indonesia", "IDN", "recipient")], None, None,
           "48 KAAN fifth-generation fighter jets",
           "Indonesia on Saturday signed a contract with Turkish Aerospace (TUSAS) for 48 KAAN fifth-generation fighter jets, the largest export deal in the history of the Turkish defense industry, at the 17th International Defense Industry Fair (IDEF) in Istanbul."),
        ev("INDUSTRY", "planned", [com("Turkish Aerospace (TUSAS)", "TUR"), cty("Indonesia", "IDN")], None, ("Indonesia", "IDN"),
           "KAAN fighter jets (production and assembly work)",
           "Under the deal, the aircraft will be delivered over a period of ten years, Gorgun told reporters after the ceremony, adding that part of the production and assembly work would be carried out in Indonesia with the participation of local industry."),
        ev("MEET", "occurred", [IDN_MIN, per("Yasar Guler", "TUR", "Defense Minister")], "2025-07", ("Istanbul", "TUR"), None,
           "Sjafrie, who also held talks with Turkish Defense Minister Yasar Guler on the sidelines of the fair, said the purchase would \"strengthen our air power and open a new chapter in our strategic partnership with Turkiye.\""),
        ev("AGREE", "occurred", [com("Baykar", "TUR"), cty("Indonesia", "IDN")], "2025", None, None,
           "The deal follows contracts Jakarta signed earlier this year for Baykar's TB3 and Akinci drones, and a joint venture set up between Baykar and Indonesian company Republikorp to build drones locally.", optional=True),
        ev("TRANSFER", "planned", [com("Baykar", "TUR", "supplier"), cty("Indonesia", "IDN", "recipient")], None, None, "TB3 and Akinci drones",
           "The deal follows contracts Jakarta signed earlier this year for Baykar's TB3 and Akinci drones, and a joint venture set up between Baykar and Indonesian company Republikorp to build drones locally.", optional=True),
        ev("INDUSTRY", "occurred", [com("Baykar", "TUR"), com("Republikorp", "IDN")], "2025", ("Indonesia", "IDN"), "drones",
           "The deal follows contracts Jakarta signed earlier this year for Baykar's TB3 and Akinci drones, and a joint venture set up between Baykar and Indonesian company Republikorp to build drones locally.", optional=True),
        ev("EXHIBIT", "occurred", [com("PT Pindad", "IDN"), com("PT PAL", "IDN"), com("PT Dirgantara Indonesia", "IDN"), cty("Turkiye", "TUR")],
           "2025-07", ("Istanbul", "TUR"), None,
           "Indonesian state-owned companies PT Pindad, PT PAL and PT Dirgantara Indonesia are among more than 1,300 exhibitors from 44 countries at this year's IDEF, which ends on Sunday."),
    ])

# ---------------------------------------------------------------- u4-07
T = """CHATTOGRAM, March 12 (BW) - Prime Minister Sheikh Hasina today commissioned the country's first two submarines, BNS Nabajatra and BNS Joyjatra, into the Bangladesh Navy at a colourful ceremony at the Chattogram naval jetty, taking the force into what officials called a "three-dimensional" era.

The two diesel-electric submarines of the Ming class (Type 035G) were bought from China under a deal signed in 2013 at a cost of about USD 203 million. They reached Chattogram port on board a heavy-lift ship on February 14 after a voyage from Dalian.

"We do not want war with anyone. Our defence policy is for peace, but we must be ready to protect our sovereignty," the Prime Minister said in her address.

Naval officials said about 100 officers and sailors had undergone more than a year of training in China to operate the submarines, while Chinese technicians would stay on in Bangladesh to provide technical support during the warranty period.

Chinese Ambassador Ma Mingqiang and senior officers of the Chinese navy attended the ceremony.

The Navy inducted two Chinese-built corvettes, BNS Shadhinota and BNS Prottasha, last year.

Sheikh Hasina said a dedicated submarine base would be set up at Pekua in Cox's Bazar, and praised the Navy's own Khulna Shipyard, which has so far built five patrol craft for the force, as a sign of the country's growing self-reliance.

Chief of Naval Staff Admiral Mohammad Nizamuddin Ahmed and senior civil and military officials were present. BW/AR/0915 hrs
"""
doc("u4-07", "https://bengalwire.example/national/2017/03/12/pm-commissions-navys-first-two-submarines",
    "PM commissions Bangladesh Navy's first two submarines", "Bengal Wire", "2017-03-12", T, [
        ev("TRANSFER", "occurred", [cty("China", "CHN", "supplier"), org("Bangladesh Navy", "BGD", "recipient")], "2017-03-12",
           ("Chattogram", "BGD"), "two Ming-class (Type 035G) diesel-electric submarines",
           "The two diesel-electric submarines of the Ming class (Type 035G) were bought from China under a deal signed in 2013 at a cost of about USD 203 million."),
        ev("AGREE", "occurred", [cty("China", "CHN"), cty("Bangladesh", "BGD")], "2013", None, None,
           "The two diesel-electric submarines of the Ming class (Type 035G) were bought from China under a deal signed in 2013 at a cost of about USD 203 million.", optional=True),
        ev("TRAIN", "occurred", [cty("China", "CHN"), org("Bangladesh Navy", "BGD")], None, ("China", "CHN"), None,
           "Naval officials said about 100 officers and sailors had undergone more than a year of training in China to operate the submarines, while Chinese technicians would stay on in Bangladesh to provide technical support during the warranty period."),
        ev("COOPERATE", "planned", [cty("China", "CHN"), cty("Bangladesh", "BGD")], None, ("Bangladesh", "BGD"), None,
           "Naval officials said about 100 officers and sailors had undergone more than a year of training in China to operate the submarines, while Chinese technicians would stay on in Bangladesh to provide technical support during the warranty period.", optional=True),
        ev("MEET", "occurred", [per("Ma Mingqiang", "CHN", "Ambassador"), per("Sheikh Hasina", "BGD", "Prime Minister")], "2017-03-12",
           ("Chattogram", "BGD"), None,
           "Chinese Ambassador Ma Mingqiang and senior officers of the Chinese navy attended the ceremony.", optional=True),
        ev("TRANSFER", "occurred", [cty("China", "CHN", "supplier"), org("Bangladesh Navy", "BGD", "recipient")], "2016", None,
           "two corvettes (BNS Shadhinota, BNS Prottasha)",
           "The Navy inducted two Chinese-built corvettes, BNS Shadhinota and BNS Prottasha, last year.", optional=True),
    ])

# ---------------------------------------------------------------- u4-08 (no events)
T = """TEHRAN, April 18 (PGNA) -- Iran's Army displayed a range of domestically built drones, missiles and air defence systems in a parade held on Tuesday to mark National Army Day, with President Ebrahim Raisi in attendance.

Units of the ground force, navy, air force and air defence force marched past the mausoleum of the late founder of the Islamic Revolution in southern Tehran, while fighter jets and helicopters flew overhead.

Among the hardware on show were the Kaman-22 combat drone and the Bavar-373 long-range air defence system, both produced by the Defence Ministry's industries.

In a speech, Raisi said the armed forces would give "a crushing response" to any aggression, warning Israel that even the smallest move against Iran would lead to the destruction of Tel Aviv and Haifa.

He also said Iran was ready to share its defence achievements with friendly and neighbouring countries to help establish regional security without foreign forces.

Army commander Major General Abdolrahim Mousavi said the army's drone units had received more than 200 new aircraft from domestic production over the past year.

Iranian officials have repeatedly rejected Western accusations that Tehran is providing drones to Russia for the war in Ukraine.

The United States and the European Union have imposed several rounds of sanctions on Iranian drone makers and officials over the allegations.

Similar parades were held in other cities, including Mashhad, Isfahan and the port city of Bandar Abbas, where naval vessels staged a display at sea. PGNA/MR
"""
doc("u4-08", "https://pgna.example/en/news/85093211/army-day-parade-showcases-home-made-drones",
    "Army Day parade showcases home-made drones, air defence systems", "Persian Gulf News Agency", "2023-04-18", T, [])

# ---------------------------------------------------------------- u4-09
T = """14 January 2022, 11:05

BISHKEK (ATNA) -- A military transport aircraft carrying the Kyrgyz contingent of the peacekeeping forces of the Collective Security Treaty Organization (CSTO) landed at Manas airport on Thursday, the Ministry of Defence reported.

The 150 servicemen had been deployed to Kazakhstan on January 7 at the request of Kazakh President Kassym-Jomart Tokayev, as part of the CSTO Collective Peacekeeping Forces sent to the neighbouring country after mass unrest. In Almaty, they guarded a thermal power plant and other strategic facilities, the ministry said.

Contingents from Russia, Belarus, Armenia and Tajikistan also took part in the operation, which involved more than 2,000 troops. The withdrawal of all forces is expected to be completed by January 19.

On Wednesday, President Sadyr Japarov held a telephone conversation with Tokayev, who thanked him for the prompt dispatch of Kyrgyz troops and their role in protecting strategic facilities, the presidential press service said.

The returning troops were welcomed at the airport by Defence Minister Baktybek Bekbolotov and relatives.

The decision to send troops had drawn criticism at home: several dozen people rallied outside the parliament building in Bishkek on January 6, the day lawmakers approved the deployment in an extraordinary session.

Author: Nurbek Asanov
"""
doc("u4-09", "https://atna.example/en/news/2022/01/14/kyrgyz-peacekeepers-return-home-from-csto-mission",
    "Kyrgyz peacekeepers return home from CSTO mission in Kazakhstan", "Ala-Too News Agency", None, T, [
        ev("DEPLOY", "occurred", [org("Kyrgyz contingent", "KGZ"), igo("CSTO Collective Peacekeeping Forces", "CSTO")], "2022-01-07",
           ("Kazakhstan", "KAZ"), None,
           "The 150 servicemen had been deployed to Kazakhstan on January 7 at the request of Kazakh President Kassym-Jomart Tokayev, as part of the CSTO Collective Peacekeeping Forces sent to the neighbouring country after mass unrest."),
        ev("DEPLOY", "occurred", [cty("Russia", "RUS"), igo("CSTO", "CSTO")], "2022-01", ("Kazakhstan", "KAZ"), None,
           "Contingents from Russia, Belarus, Armenia and Tajikistan also took part in the operation, which involved more than 2,000 troops."),
        ev("DEPLOY", "occurred", [cty("Belarus", "BLR"), igo("CSTO", "CSTO")], "2022-01", ("Kazakhstan", "KAZ"), None,
           "Contingents from Russia, Belarus, Armenia and Tajikistan also took part in the operation, which involved more than 2,000 troops."),
        ev("DEPLOY", "occurred", [cty("Armenia", "ARM"), igo("CSTO", "CSTO")], "2022-01", ("Kazakhstan", "KAZ"), None,
           "Contingents from Russia, Belarus, Armenia and Tajikistan also took part in the operation, which involved more than 2,000 troops."),
        ev("DEPLOY", "occurred", [cty("Tajikistan", "TJK"), igo("CSTO", "CSTO")], "2022-01", ("Kazakhstan", "KAZ"), None,
           "Contingents from Russia, Belarus, Armenia and Tajikistan also took part in the operation, which involved more than 2,000 troops."),
        ev("MEET", "occurred", [per("Sadyr Japarov", "KGZ", "President"), per("Kassym-Jomart Tokayev", "KAZ", "President")], "2022-01-12", None, None,
           "On Wednesday, President Sadyr Japarov held a telephone conversation with Tokayev, who thanked him for the prompt dispatch of Kyrgyz troops and their role in protecting strategic facilities, the presidential press service said."),
    ])

# ---------------------------------------------------------------- u4-10
T = """ULAANBAATAR, May 23 (MNA) The multinational peacekeeping exercise Khaan Quest 2016 opened on Sunday at the Five Hills Training Area, some 60 kilometres west of Ulaanbaatar, with more than 1,000 military personnel from around 40 countries taking part.

The exercise, co-sponsored by the Mongolian Armed Forces and the US Pacific Command, will run until June 4. Troops from countries including the United States, Japan, the Republic of Korea, India, China, Germany and Canada will practise peace support operations to UN standards, among them checkpoint operations, convoy escort and countering improvised explosive devices.

Addressing the opening ceremony, President Tsakhiagiin Elbegdorj said Mongolia had sent more than 13,000 personnel to UN missions since it dispatched its first peacekeepers in 2002. At present, some 850 Mongolian peacekeepers are serving with the UN Mission in South Sudan (UNMISS).

On the sidelines of the ceremony, the President received US Ambassador Jennifer Zimdahl Galt and the Deputy Commander of US Army Pacific, Major General Todd Harlan, and discussed with them the expansion of defence cooperation between the two countries.

Meanwhile, under a capacity-building programme, a team of engineers from Japan's Ground Self-Defense Force is training Mongolian army engineering units in road construction and heavy equipment operation at a base near the capital.

The Ministry of Defence said a separate Mongolian-Indian exercise, Nomadic Elephant, would be held in the autumn.

Khaan Quest started in 2003 as a bilateral exercise between Mongolia and the United States and became multinational in 2006.

By B.Oyunchimeg
"""
doc("u4-10", "https://mna.example/en/n/19283/khaan-quest-2016-opens-at-five-hills",
    "Khaan Quest 2016 opens at Five Hills", "Mongol News Agency", "2016-05-23", T, [
        ev("EXERCISE", "occurred", [org("Mongolian Armed Forces", "MNG"), org("US Pacific Command", "USA"), cty("United States", "USA"),
                                    cty("Japan", "JPN"), cty("Republic of Korea", "KOR"), cty("India", "IND"), cty("China", "CHN"),
                                    cty("Germany", "DEU"), cty("Canada", "CAN")],
           "2016-05", ("Five Hills Training Area", "MNG"), None,
           "Troops from countries including the United States, Japan, the Republic of Korea, India, China, Germany and Canada will practise peace support operations to UN standards, among them checkpoint operations, convoy escort and countering improvised explosive devices."),
        ev("DEPLOY", "occurred", [cty("Mongolia", "MNG"), igo("UN Mission in South Sudan (UNMISS)", "UN")], None, ("South Sudan", "SSD"), None,
           "At present, some 850 Mongolian peacekeepers are serving with the UN Mission in South Sudan (UNMISS)."),
        ev("MEET", "occurred", [per("Tsakhiagiin Elbegdorj", "MNG", "President"), per("Jennifer Zimdahl Galt", "USA", "Ambassador"),
                                per("Todd Harlan", "USA", "Deputy Commander of US Army Pacific, Major General")],
           "2016-05-22", ("Five Hills Training Area", "MNG"), None,
           "On the sidelines of the ceremony, the President received US Ambassador Jennifer Zimdahl Galt and the Deputy Commander of US Army Pacific, Major General Todd Harlan, and discussed with them the expansion of defence cooperation between the two countries."),
        ev("TRAIN", "occurred", [org("Japan's Ground Self-Defense Force", "JPN"), org("Mongolian army engineering units", "MNG")], None, ("Mongolia", "MNG"), None,
           "Meanwhile, under a capacity-building programme, a team of engineers from Japan's Ground Self-Defense Force is training Mongolian army engineering units in road construction and heavy equipment operation at a base near the capital."),
        ev("EXERCISE", "planned", [cty("Mongolia", "MNG"), cty("India", "IND")], "2016", None, None,
           "The Ministry of Defence said a separate Mongolian-Indian exercise, Nomadic Elephant, would be held in the autumn."),
    ])
