from lib import *

# ---------------------------------------------------------------- u4-02
T = """14/11/2019

RAWALPINDI, Nov 14 (PPW): General Umit Dundar, Commander of the Turkish Land Forces, called on Chief of Army Staff General Qamar Javed Bajwa at the General Headquarters here on Thursday, according to the Inter Services Public Relations (ISPR).

Matters of mutual interest, the regional security situation and bilateral defence collaboration, particularly in the field of training, came under discussion during the meeting, the military's media wing said.

The visiting dignitary appreciated the professionalism of the Pakistan Army and acknowledged its achievements in the war against terrorism. He also lauded Pakistan's role in promoting regional peace and stability.

Earlier, on arrival at GHQ, General Dundar laid a floral wreath at the Yadgar-e-Shuhada and was presented a guard of honour by a smartly turned-out contingent of the Pakistan Army.

Later, the Turkish commander visited the National Defence University in Islamabad, where 14 Turkish officers are enrolled in various courses this year, and interacted with faculty and students.

According to the ISPR, the COAS highlighted the close cooperation between the special forces of the two armies, which concluded the joint exercise Ataturk-XI at Tarbela last month, and said more such exercises would be held in 2020.

Progress on the four MILGEM-class corvettes being built for the Pakistan Navy by Turkish state defence firm ASFAT, under a contract concluded last year, was also reviewed, an official familiar with the visit said.

Pakistan and Turkey enjoy brotherly relations rooted in common faith, culture and history, and the two countries have always stood by each other at every forum, the ISPR added.

Meanwhile, the army spokesman rejected as baseless a report in the Indian media claiming that Pakistan had sought armed drones from Ankara. -- PPW
"""
TU = per("Umit Dundar", "TUR", "Commander of the Turkish Land Forces")
PK = per("Qamar Javed Bajwa", "PAK", "Chief of Army Staff")
doc("u4-02", "https://ppw.example/national/2019/11/14/turkish-land-forces-commander-calls-on-coas",
    "Turkish Land Forces Commander calls on COAS at GHQ", "Pakistan Press Wire", None, T, [
        ev("MEET", "occurred", [TU, PK], "2019-11-14", ("General Headquarters, Rawalpindi", "PAK"), None,
           "General Umit Dundar, Commander of the Turkish Land Forces, called on Chief of Army Staff General Qamar Javed Bajwa at the General Headquarters here on Thursday, according to the Inter Services Public Relations (ISPR)."),
        ev("TRAIN", "occurred", [cty("Turkey", "TUR"), org("National Defence University", "PAK")], "2019", ("Islamabad", "PAK"), None,
           "Later, the Turkish commander visited the National Defence University in Islamabad, where 14 Turkish officers are enrolled in various courses this year, and interacted with faculty and students."),
        ev("EXERCISE", "occurred", [org("Pakistan Army", "PAK"), org("Turkish Land Forces", "TUR")], "2019-10", ("Tarbela", "PAK"), None,
           "According to the ISPR, the COAS highlighted the close cooperation between the special forces of the two armies, which concluded the joint exercise Ataturk-XI at Tarbela last month, and said more such exercises would be held in 2020."),
        ev("EXERCISE", "planned", [cty("Pakistan", "PAK"), cty("Turkey", "TUR")], "2020", None, None,
           "According to the ISPR, the COAS highlighted the close cooperation between the special forces of the two armies, which concluded the joint exercise Ataturk-XI at Tarbela last month, and said more such exercises would be held in 2020."),
        ev("TRANSFER", "planned", [com("ASFAT", "TUR", "supplier"), org("Pakistan Navy", "PAK", "recipient")], None, None,
           "four MILGEM-class corvettes",
           "Progress on the four MILGEM-class corvettes being built for the Pakistan Navy by Turkish state defence firm ASFAT, under a contract concluded last year, was also reviewed, an official familiar with the visit said."),
        ev("AGREE", "occurred", [com("ASFAT", "TUR"), org("Pakistan Navy", "PAK")], "2018", None, None,
           "Progress on the four MILGEM-class corvettes being built for the Pakistan Navy by Turkish state defence firm ASFAT, under a contract concluded last year, was also reviewed, an official familiar with the visit said.", optional=True),
    ])

# ---------------------------------------------------------------- u4-03
T = """HANOI, June 8 (INS) Defence Minister Rajnath Singh and his Vietnamese counterpart General Phan Van Giang on Wednesday signed a 'Joint Vision Statement on India-Vietnam Defence Partnership towards 2030', which officials said would significantly widen the scope and scale of bilateral defence ties.

The two ministers also signed a memorandum of understanding on mutual logistics support, the first such major pact Hanoi has concluded with any country, according to a statement issued by the Defence Ministry in New Delhi.

The documents were inked after wide-ranging talks between the two ministers in the Vietnamese capital that focused on defence industrial collaboration, training and maritime security.

The two sides agreed on early finalisation of the USD 500 million defence line of credit extended to Vietnam, the statement said, adding that the projects under it would add to Vietnam's defence capabilities.

Singh, who is on a three-day visit to the country, had on Tuesday handed over 12 high-speed guard boats to the Vietnam Border Guard at a ceremony at the Hong Ha shipyard in Haiphong. The boats were built under an earlier USD 100 million line of credit, five of them in India by Larsen & Toubro and the remaining seven at the Vietnamese yard.

Singh also announced that India would gift two simulators and a monetary grant for setting up a language and IT lab to the Air Force Officers' Training School of the Vietnamese air force.

"Vietnam is an important partner in our Act East Policy and our vision for the Indo-Pacific," Singh said, adding that India stood ready to help build Vietnam's capacities.

The minister is scheduled to call on Prime Minister Pham Minh Chinh before returning to New Delhi on Thursday.

Vietnam, which is locked in territorial disputes with China in the South China Sea, has steadily expanded its defence links with India over the past decade. INS RS KV
"""
RS = per("Rajnath Singh", "IND", "Defence Minister")
PG = per("Phan Van Giang", "VNM", "Defence Minister, General")
doc("u4-03", "https://insnews.example/defence/india-vietnam-sign-vision-statement-logistics-mou-20220608",
    "India, Vietnam sign vision statement on defence partnership, MoU on mutual logistics support",
    "Indian Newswire Service", "2022-06-08", T, [
        ev("MEET", "occurred", [RS, PG], "2022-06-08", ("Hanoi", "VNM"), None,
           "The documents were inked after wide-ranging talks between the two ministers in the Vietnamese capital that focused on defence industrial collaboration, training and maritime security."),
        ev("AGREE", "occurred", [RS, PG], "2022-06-08", ("Hanoi", "VNM"), None,
           "Defence Minister Rajnath Singh and his Vietnamese counterpart General Phan Van Giang on Wednesday signed a 'Joint Vision Statement on India-Vietnam Defence Partnership towards 2030', which officials said would significantly widen the scope and scale of bilateral defence ties."),
        ev("AGREE", "occurred", [RS, PG], "2022-06-08", ("Hanoi", "VNM"), None,
           "The two ministers also signed a memorandum of understanding on mutual logistics support, the first such major pact Hanoi has concluded with any country, according to a statement issued by the Defence Ministry in New Delhi."),
        ev("AGREE", "planned", [cty("India", "IND"), cty("Vietnam", "VNM")], None, None, None,
           "The two sides agreed on early finalisation of the USD 500 million defence line of credit extended to Vietnam, the statement said, adding that the projects under it would add to Vietnam's defence capabilities."),
        ev("TRANSFER", "occurred", [per("Rajnath Singh", "IND", "Defence Minister", "supplier"), org("Vietnam Border Guard", "VNM", "recipient")],
           "2022-06-07", ("Hong Ha shipyard, Haiphong", "VNM"), "12 high-speed guard boats",
           "Singh, who is on a three-day visit to the country, had on Tuesday handed over 12 high-speed guard boats to the Vietnam Border Guard at a ceremony at the Hong Ha shipyard in Haiphong."),
        ev("INDUSTRY", "occurred", [com("Larsen & Toubro", "IND"), org("Hong Ha shipyard", "VNM")], None, None, "high-speed guard boats",
           "The boats were built under an earlier USD 100 million line of credit, five of them in India by Larsen & Toubro and the remaining seven at the Vietnamese yard.", optional=True),
        ev("TRANSFER", "planned", [per("Rajnath Singh", "IND", "Defence Minister", "supplier"), org("Air Force Officers' Training School", "VNM", "recipient")],
           None, None, "two simulators",
           "Singh also announced that India would gift two simulators and a monetary grant for setting up a language and IT lab to the Air Force Officers' Training School of the Vietnamese air force."),
        ev("MEET", "planned", [RS, per("Pham Minh Chinh", "VNM", "Prime Minister")], "2022-06", ("Vietnam", "VNM"), None,
           "The minister is scheduled to call on Prime Minister Pham Minh Chinh before returning to New Delhi on Thursday."),
    ])

# ---------------------------------------------------------------- u4-04
T = """ABU DHABI, 22nd February, 2021 (EWS) -- The Tawazun Economic Council announced deals worth AED5.7 billion with local and international companies on Sunday, the opening day of the International Defence Exhibition and Conference, IDEX 2021.

Brigadier General Staff Pilot Fahad Nasser Al Dhaheri, official spokesman for IDEX and NAVDEX 2021, told a press conference that 18 contracts had been concluded, 12 of them with local companies, which accounted for about 80 percent of the total value.

Among the international deals, the Council signed a contract worth AED1.2 billion with France's MBDA for the supply of missiles to the UAE Armed Forces, and a contract worth AED210 million with Serbian company Yugoimport-SDPR for mortar ammunition.

The largest local contract went to Global Aerospace Logistics, a subsidiary of EDGE, for aircraft maintenance services.

In a separate ceremony on the sidelines of the exhibition, EDGE and Indonesia's state shipbuilder PT PAL signed a memorandum of understanding to jointly design and build a class of fast missile boats, which EDGE said would be offered to navies in the region.

This year's edition has drawn more than 900 exhibitors from 59 countries despite the restrictions imposed by the COVID-19 pandemic. France, Russia and the United States have set up national pavilions, while China's Norinco is showcasing a range of armoured vehicles and guided munitions.

The Turkish pavilion, which brings together 38 companies led by Aselsan, Roketsan and Turkish Aerospace, is the largest foreign presence at the show, the organisers said.

His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, opened the exhibition and toured the stands of a number of national and international companies.

Also on Sunday, Lt. General Hamad Mohammed Thani Al Rumaithi, Chief of Staff of the UAE Armed Forces, received a delegation of the Pakistani Armed Forces led by General Nadeem Raza, Chairman of the Joint Chiefs of Staff Committee, who is attending the exhibition.

IDEX and NAVDEX run until 25th February at the Abu Dhabi National Exhibition Centre, ADNEC.

EWS/MS/AA
"""
TW = org("Tawazun Economic Council", "ARE")
AD = ("Abu Dhabi", "ARE")
UAE = cty("UAE", "ARE")
doc("u4-04", "https://ews.example/en/article/idex-2021-tawazun-council-announces-aed5-7-billion-deals",
    "IDEX 2021: Tawazun Council announces AED5.7 billion deals on opening day", "Emirates Wire Service",
    "2021-02-22", T, [
        ev("AGREE", "occurred", [TW, com("MBDA", "FRA")], "2021-02-21", AD, None,
           "Among the international deals, the Council signed a contract worth AED1.2 billion with France's MBDA for the supply of missiles to the UAE Armed Forces, and a contract worth AED210 million with Serbian company Yugoimport-SDPR for mortar ammunition."),
        ev("TRANSFER", "planned", [com("MBDA", "FRA", "supplier"), org("UAE Armed Forces", "ARE", "recipient")], None, None, "missiles",
           "Among the international deals, the Council signed a contract worth AED1.2 billion with France's MBDA for the supply of missiles to the UAE Armed Forces, and a contract worth AED210 million with Serbian company Yugoimport-SDPR for mortar ammunition."),
        ev("AGREE", "occurred", [TW, com("Yugoimport-SDPR", "SRB")], "2021-02-21", AD, None,
           "Among the international deals, the Council signed a contract worth AED1.2 billion with France's MBDA for the supply of missiles to the UAE Armed Forces, and a contract worth AED210 million with Serbian company Yugoimport-SDPR for mortar ammunition."),
        ev("TRANSFER", "planned", [com("Yugoimport-SDPR", "SRB", "supplier"), org("Tawazun Economic Council", "ARE", "recipient")], None, None, "mortar ammunition",
           "Among the international deals, the Council signed a contract worth AED1.2 billion with France's MBDA for the supply of missiles to the UAE Armed Forces, and a contract worth AED210 million with Serbian company Yugoimport-SDPR for mortar ammunition."),
        ev("AGREE", "occurred", [com("EDGE", "ARE"), com("PT PAL", "IDN")], "2021-02", AD, None,
           "In a separate ceremony on the sidelines of the exhibition, EDGE and Indonesia's state shipbuilder PT PAL signed a memorandum of understanding to jointly design and build a class of fast missile boats, which EDGE said would be offered to navies in the region."),
        ev("INDUSTRY", "occurred", [com("EDGE", "ARE"), com("PT PAL", "IDN")], "2021-02", AD, "fast missile boats",
           "In a separate ceremony on the sidelines of the exhibition, EDGE and Indonesia's state shipbuilder PT PAL signed a memorandum of understanding to jointly design and build a class of fast missile boats, which EDGE said would be offered to navies in the region."),
        ev("EXHIBIT", "occurred", [cty("France", "FRA"), UAE], "2021-02", ("ADNEC, Abu Dhabi", "ARE"), None,
           "France, Russia and the United States have set up national pavilions, while China's Norinco is showcasing a range of armoured vehicles and guided munitions."),
        ev("EXHIBIT", "occurred", [cty("Russia", "RUS"), UAE], "2021-02", ("ADNEC, Abu Dhabi", "ARE"), None,
           "France, Russia and the United States have set up national pavilions, while China's Norinco is showcasing a range of armoured vehicles and guided munitions."),
        ev("EXHIBIT", "occurred", [cty("United States", "USA"), UAE], "2021-02", ("ADNEC, Abu Dhabi", "ARE"), None,
           "France, Russia and the United States have set up national pavilions, while China's Norinco is showcasing a range of armoured vehicles and guided munitions."),
        ev("EXHIBIT", "occurred", [com("Norinco", "CHN"), UAE], "2021-02", ("ADNEC, Abu Dhabi", "ARE"), None,
           "France, Russia and the United States have set up national pavilions, while China's Norinco is showcasing a range of armoured vehicles and guided munitions."),
        ev("EXHIBIT", "occurred", [cty("Turkey", "TUR"), com("Aselsan", "TUR"), com("Roketsan", "TUR"), com("Turkish Aerospace", "TUR"), UAE],
           "2021-02", ("ADNEC, Abu Dhabi", "ARE"), None,
           "The Turkish pavilion, which brings together 38 companies led by Aselsan, Roketsan and Turkish Aerospace, is the largest foreign presence at the show, the organisers said."),
        ev("MEET", "occurred", [per("Hamad Mohammed Thani Al Rumaithi", "ARE", "Chief of Staff of the UAE Armed Forces"),
                                per("Nadeem Raza", "PAK", "Chairman of the Joint Chiefs of Staff Committee")], "2021-02-21", AD, None,
           "Also on Sunday, Lt. General Hamad Mohammed Thani Al Rumaithi, Chief of Staff of the UAE Armed Forces, received a delegation of the Pakistani Armed Forces led by General Nadeem Raza, Chairman of the Joint Chiefs of Staff Committee, who is attending the exhibition."),
        ev("EXHIBIT", "occurred", [per("Nadeem Raza", "PAK", "Chairman of the Joint Chiefs of Staff Committee"), UAE], "2021-02", AD, None,
           "Also on Sunday, Lt. General Hamad Mohammed Thani Al Rumaithi, Chief of Staff of the UAE Armed Forces, received a delegation of the Pakistani Armed Forces led by General Nadeem Raza, Chairman of the Joint Chiefs of Staff Committee, who is attending the exhibition.", optional=True),
    ])
