from lib import *

# ---------------------------------------------------------------- u4-11 (scraped)
T = """QazNews Agency
Currency rates: USD 444.35   EUR 487.10   RUB 5.71   CNY 64.12
Weather: Astana +17   Almaty +21
ҚАЗ   РУС   ENG   中文
Home  >  News  >  Politics  >  Defense
Search

Kazakhstan to produce Turkish ANKA drones under licence

12 May 2023, 14:20

Share:  Facebook  Telegram  WhatsApp  X

ASTANA. QAZNEWS - Kazakhstan Engineering national company and Turkish Aerospace Industries (TUSAS) have signed a contract on the licensed production of ANKA unmanned aerial vehicles in Kazakhstan, the press service of the Ministry of Industry and Infrastructure Development reports.

The document was signed on Thursday in Ankara by the chairman of the board of Kazakhstan Engineering, Yerlan Shamshiyev, and TUSAS General Manager Temel Kotil.

According to the ministry, the drones will be assembled at a facility in Kazakhstan, with the first units to roll off the line in 2024. The project also provides for a maintenance centre and for the training of Kazakh engineers and operators in Türkiye.

The ANKA is a medium-altitude, long-endurance drone capable of carrying out reconnaissance and strike missions.

On the same day, Minister of Industry and Infrastructure Development Marat Karabayev held talks with the President of the Defense Industry Agency of Türkiye, Ismail Demir. The sides discussed cooperation on armoured vehicles and electronic warfare systems.

It should be recalled that the Kazakh-Turkish joint venture Kazakhstan Aselsan Engineering has been producing thermal imaging and night-vision devices in Astana since 2013.

According to the ministry, the country's defence enterprises produced goods worth 330 billion tenge in 2022, 18% more than a year earlier.

Author: Dana Zhaksybekova

Tags:  Defense   Türkiye   UAV   Industry

Also read:
Kazakhstan, Uzbekistan to hold joint military exercise in autumn
Kazakh Defence Minister meets French counterpart in Paris
Kazakh peacekeepers complete pre-deployment training for UNIFIL

Most read
1  Heavy rains expected in northern regions
2  Kazakhstan, China launch new freight train route
3  Astana hosts international chess tournament
© 2023 QazNews. All rights reserved. Reproduction is allowed only with a hyperlink to qaznews.example
"""
KE, TAI = com("Kazakhstan Engineering", "KAZ"), com("Turkish Aerospace Industries (TUSAS)", "TUR")
doc("u4-11", "https://qaznews.example/en/kazakhstan-to-produce-turkish-anka-drones-under-licence_a4071933",
    "Kazakhstan to produce Turkish ANKA drones under licence", "QazNews Agency", None, T, [
        ev("AGREE", "occurred", [KE, TAI, per("Yerlan Shamshiyev", "KAZ", "Chairman of the board of Kazakhstan Engineering"),
                                 per("Temel Kotil", "TUR", "TUSAS General Manager")], "2023-05-11", ("Ankara", "TUR"), None,
           "The document was signed on Thursday in Ankara by the chairman of the board of Kazakhstan Engineering, Yerlan Shamshiyev, and TUSAS General Manager Temel Kotil."),
        ev("INDUSTRY", "occurred", [KE, TAI], "2023-05-11", ("Kazakhstan", "KAZ"), "ANKA unmanned aerial vehicles (licensed production)",
           "Kazakhstan Engineering national company and Turkish Aerospace Industries (TUSAS) have signed a contract on the licensed production of ANKA unmanned aerial vehicles in Kazakhstan, the press service of the Ministry of Industry and Infrastructure Development reports."),
        ev("TRAIN", "planned", [cty("Kazakhstan", "KAZ"), cty("Türkiye", "TUR")], None, ("Türkiye", "TUR"), None,
           "The project also provides for a maintenance centre and for the training of Kazakh engineers and operators in Türkiye."),
        ev("MEET", "occurred", [per("Marat Karabayev", "KAZ", "Minister of Industry and Infrastructure Development"),
                                per("Ismail Demir", "TUR", "President of the Defense Industry Agency of Türkiye")], "2023-05-11", ("Ankara", "TUR"), None,
           "On the same day, Minister of Industry and Infrastructure Development Marat Karabayev held talks with the President of the Defense Industry Agency of Türkiye, Ismail Demir."),
        ev("INDUSTRY", "occurred", [com("Kazakhstan Aselsan Engineering", "KAZ"), cty("Türkiye", "TUR")], None, ("Astana", "KAZ"),
           "thermal imaging and night-vision devices",
           "It should be recalled that the Kazakh-Turkish joint venture Kazakhstan Aselsan Engineering has been producing thermal imaging and night-vision devices in Astana since 2013.", optional=True),
    ])

# ---------------------------------------------------------------- u4-12 (scraped, 2026)
T = """Tashkent Daily Online
Home | Politics | Economy | Society | Sport | Photo | Video        ENG | РУС | O'ZB
USD 12 745.30 ↑   EUR 13 812.04 ↓   RUB 151.20 ↑
Tashkent +14°C

Politics

Uzbek, Chinese guardsmen launch "Cooperation-2026" counter-terrorism drills

24/03/2026 | 16:42 | Views: 1 204

Tashkent, Uzbekistan (TDO) -- A joint counter-terrorism exercise of the National Guard of Uzbekistan and the People's Armed Police of China, "Cooperation-2026", started on Monday at the Chirchik training ground in Tashkent region, the press service of the National Guard reported.

More than 300 servicemen and 60 units of equipment, including armoured vehicles, drones and robotic systems, are involved in the drills, which will continue until March 31. Under the scenario, the units will practise freeing hostages and eliminating a terrorist group that has seized an infrastructure facility.

The opening ceremony was attended by the Commander of the National Guard, Lieutenant General Rustam Djuraev, and the Deputy Commander of the Chinese People's Armed Police, Major General Wang Lixin, who noted that the exercise is the fourth of its kind since 2019.

As part of the event, the Chinese side handed over to the National Guard a batch of special equipment, including bomb disposal robots, body armour and communication devices, as free assistance.

The sides also discussed training Uzbek guardsmen at educational institutions of the People's Armed Police. It was agreed that 20 Uzbek officers will begin courses at the People's Armed Police Engineering University in Xi'an in September.

Earlier this month, the Tashkent Mechanical Plant reported that it had produced the first batch of locally assembled light armoured vehicles for the Ministry of Defence.

Share:   Telegram   Facebook   X   Copy link

Also read:
Uzbekistan and Russia to hold joint mountain drills in Surkhandarya
Pakistani delegation visits Academy of the Armed Forces of Uzbekistan
Uzbekistan receives first batch of Turkish-made armoured vehicles

Latest news
16:30  Fergana Valley prepares for Navruz celebrations
16:05  Uzbekistan, Kazakhstan discuss water use in Syrdarya basin
15:48  Tashkent metro extends Yunusabad line
"""
NG, PAP = org("National Guard of Uzbekistan", "UZB"), org("People's Armed Police of China", "CHN")
doc("u4-12", "https://tashkentdaily.example/en/politics/2026/03/24/cooperation-2026-drills",
    "Uzbek, Chinese guardsmen launch \"Cooperation-2026\" counter-terrorism drills", "Tashkent Daily Online", None, T, [
        ev("EXERCISE", "occurred", [NG, PAP], "2026-03", ("Chirchik training ground, Tashkent region", "UZB"), None,
           "A joint counter-terrorism exercise of the National Guard of Uzbekistan and the People's Armed Police of China, \"Cooperation-2026\", started on Monday at the Chirchik training ground in Tashkent region, the press service of the National Guard reported."),
        ev("TRANSFER", "occurred", [cty("China", "CHN", "supplier"), org("National Guard of Uzbekistan", "UZB", "recipient")], "2026-03",
           ("Tashkent region", "UZB"), "bomb disposal robots, body armour and communication devices",
           "As part of the event, the Chinese side handed over to the National Guard a batch of special equipment, including bomb disposal robots, body armour and communication devices, as free assistance."),
        ev("TRAIN", "planned", [org("National Guard of Uzbekistan", "UZB"), org("People's Armed Police Engineering University", "CHN")], "2026-09",
           ("Xi'an", "CHN"), None,
           "It was agreed that 20 Uzbek officers will begin courses at the People's Armed Police Engineering University in Xi'an in September."),
        ev("MEET", "occurred", [per("Rustam Djuraev", "UZB", "Commander of the National Guard, Lieutenant General"),
                                per("Wang Lixin", "CHN", "Deputy Commander of the Chinese People's Armed Police, Major General")],
           "2026-03-23", ("Chirchik training ground, Tashkent region", "UZB"), None,
           "The opening ceremony was attended by the Commander of the National Guard, Lieutenant General Rustam Djuraev, and the Deputy Commander of the Chinese People's Armed Police, Major General Wang Lixin, who noted that the exercise is the fourth of its kind since 2019.", optional=True),
    ])

# ---------------------------------------------------------------- u4-13 (Gulf newspaper web)
T = """Gulf Herald
Home   Qatar   Region   International   Business   Sport   Opinion   Life
Doha 38°C  |  QE Index 11,982.40 +0.42%  |  Brent $66.81
Tuesday, May 05, 2015

Qatar signs €6.3bn deal for 24 Rafale jets

Staff Reporter | Doha

Share:  Facebook  Twitter  WhatsApp  Email

Qatar yesterday signed a contract with French aircraft maker Dassault Aviation for 24 Rafale multi-role fighter jets worth €6.3bn, in a ceremony attended by HH the Emir Sheikh Tamim bin Hamad al-Thani and visiting French President François Hollande.

The contract was signed at the Emiri Diwan by HE the Minister of State for Defence Affairs Maj-Gen Hamad bin Ali al-Attiyah and Dassault Aviation chairman and CEO Eric Trappier.

HH the Emir and President Hollande earlier held talks at the Emiri Diwan that dealt with bilateral relations, particularly in the defence field, as well as regional developments including the situations in Yemen and Syria.

Under the deal, the French Air Force will train 36 Qatari pilots and around 100 technicians, and the first aircraft are due to be delivered in 2018. Qatar also holds an option for 12 more jets.

Also read: Qatar Armed Forces take part in Gulf Shield 1 exercise in Saudi Arabia

The Qatar Emiri Air Force currently flies Mirage 2000-5 fighters, which were also bought from France.

Egypt became the first foreign buyer of the Rafale when it signed for 24 jets in February.

Hollande, the first Western head of state to be invited to a GCC summit, leaves for Riyadh today to attend the meeting as guest of honour.

Tags: Qatar  France  Rafale  Defence

Related
Qatar, Turkey sign military cooperation accord
Qatari Emiri Naval Forces take delivery of new patrol boats
Coalition warplanes hit Houthi positions in Yemen

Most viewed
Hamad airport passenger numbers up 20%
Ashghal opens new interchange on Doha Expressway
"""
QA, FR = cty("Qatar", "QAT"), cty("France", "FRA")
doc("u4-13", "https://gulfherald.example/qatar/2015/05/05/qatar-signs-deal-for-24-rafale-jets",
    "Qatar signs €6.3bn deal for 24 Rafale jets", "Gulf Herald", "2015-05-05", T, [
        ev("AGREE", "occurred", [per("Hamad bin Ali al-Attiyah", "QAT", "Minister of State for Defence Affairs, Maj-Gen"),
                                 per("Eric Trappier", "FRA", "Dassault Aviation chairman and CEO"), com("Dassault Aviation", "FRA"), QA],
           "2015-05-04", ("Emiri Diwan, Doha", "QAT"), None,
           "The contract was signed at the Emiri Diwan by HE the Minister of State for Defence Affairs Maj-Gen Hamad bin Ali al-Attiyah and Dassault Aviation chairman and CEO Eric Trappier."),
        ev("TRANSFER", "planned", [com("Dassault Aviation", "FRA", "supplier"), cty("Qatar", "QAT", "recipient")], "2018", None,
           "24 Rafale multi-role fighter jets",
           "Qatar yesterday signed a contract with French aircraft maker Dassault Aviation for 24 Rafale multi-role fighter jets worth €6.3bn, in a ceremony attended by HH the Emir Sheikh Tamim bin Hamad al-Thani and visiting French President François Hollande."),
        ev("MEET", "occurred", [per("Sheikh Tamim bin Hamad al-Thani", "QAT", "Emir"), per("François Hollande", "FRA", "President")],
           "2015-05-04", ("Emiri Diwan, Doha", "QAT"), None,
           "HH the Emir and President Hollande earlier held talks at the Emiri Diwan that dealt with bilateral relations, particularly in the defence field, as well as regional developments including the situations in Yemen and Syria."),
        ev("TRAIN", "planned", [org("French Air Force", "FRA"), QA], None, None, None,
           "Under the deal, the French Air Force will train 36 Qatari pilots and around 100 technicians, and the first aircraft are due to be delivered in 2018."),
        ev("TRANSFER", "occurred", [FR | {"role": "supplier"}, org("Qatar Emiri Air Force", "QAT", "recipient")], None, None, "Mirage 2000-5 fighters",
           "The Qatar Emiri Air Force currently flies Mirage 2000-5 fighters, which were also bought from France.", optional=True),
        ev("AGREE", "occurred", [cty("Egypt", "EGY"), FR], "2015-02", None, None,
           "Egypt became the first foreign buyer of the Rafale when it signed for 24 jets in February.", optional=True),
    ])

# ---------------------------------------------------------------- u4-14 (Gulf newspaper web, WDS 2024)
T = """Riyadh Gazette
Saudi Arabia | Middle East | World | Business | Sport | Opinion | Lifestyle
Riyadh 22°C   Fajr 05:21   Dhuhr 12:15   Asr 15:25   Maghrib 17:50   Isha 19:20
USD/SAR 3.75   Brent 78.6   TASI 12,070 ▲

SAUDI ARABIA

WDS 2024: Kingdom signs deal for Korean air defense systems as foreign firms flock to Riyadh show

Updated 07 February 2024

RIYADH: Saudi Arabia's Ministry of Defense on Tuesday signed a contract worth about $3.2 billion with South Korea's LIG Nex1 for ten batteries of Cheongung-II medium-range surface-to-air missile systems, in one of the largest deals announced at the World Defense Show.

It is the first time the Kingdom has ordered a major air defense system from a Korean manufacturer. The systems, developed by Korea's Agency for Defense Development, are designed to intercept aircraft and ballistic missiles.

Earlier, on Sunday, Saudi Arabian Military Industries (SAMI) signed an agreement with US firm Lockheed Martin to localize the manufacturing of components for the THAAD missile defense system in the Kingdom.

More than 770 exhibitors from 75 countries are taking part in the second edition of the show, which runs until Thursday at a purpose-built site north of Riyadh, with the largest pavilions from South Korea, Turkiye and the US.

China's Aviation Industry Corporation displayed its Wing Loong drones at the show, while the Chinese air force's Bayi aerobatic team performed daily flying displays.

Ahmad Al-Ohali, governor of the General Authority for Military Industries, said the localization rate of the Kingdom's military spending had reached 13.6 percent by the end of 2022, up from 2 percent in 2016.

On Monday, Defense Minister Prince Khalid bin Salman received Pakistan's Chief of Army Staff General Asim Munir on the sidelines of the show, and the two reviewed bilateral military relations.

Officials dismissed as "speculation" reports that Riyadh was negotiating to buy Chinese stealth fighters.

Also read: Saudi, US forces conclude Red Sands counter-drone exercise

Share   Post   WhatsApp   Email

Related
Turkish drone maker Baykar to build plant in Saudi Arabia
Saudi Arabia and Egypt hold joint naval drills in the Red Sea
GAMI issues 100 new manufacturing licenses
"""
SAU = cty("Saudi Arabia", "SAU")
RY = ("Riyadh", "SAU")
doc("u4-14", "https://riyadhgazette.example/saudi-arabia/2471833/wds-2024-korean-air-defense-deal",
    "WDS 2024: Kingdom signs deal for Korean air defense systems as foreign firms flock to Riyadh show", "Riyadh Gazette", None, T, [
        ev("AGREE", "occurred", [org("Saudi Arabia's Ministry of Defense", "SAU"), com("LIG Nex1", "KOR")], "2024-02-06", RY, None,
           "Saudi Arabia's Ministry of Defense on Tuesday signed a contract worth about $3.2 billion with South Korea's LIG Nex1 for ten batteries of Cheongung-II medium-range surface-to-air missile systems, in one of the largest deals announced at the World Defense Show."),
        ev("TRANSFER", "planned", [com("LIG Nex1", "KOR", "supplier"), org("Saudi Arabia's Ministry of Defense", "SAU", "recipient")], None, None,
           "ten batteries of Cheongung-II medium-range surface-to-air missile systems",
           "Saudi Arabia's Ministry of Defense on Tuesday signed a contract worth about $3.2 billion with South Korea's LIG Nex1 for ten batteries of Cheongung-II medium-range surface-to-air missile systems, in one of the largest deals announced at the World Defense Show."),
        ev("AGREE", "occurred", [com("Saudi Arabian Military Industries (SAMI)", "SAU"), com("Lockheed Martin", "USA")], "2024-02-04", RY, None,
           "Earlier, on Sunday, Saudi Arabian Military Industries (SAMI) signed an agreement with US firm Lockheed Martin to localize the manufacturing of components for the THAAD missile defense system in the Kingdom."),
        ev("INDUSTRY", "occurred", [com("Saudi Arabian Military Industries (SAMI)", "SAU"), com("Lockheed Martin", "USA")], "2024-02-04",
           ("Saudi Arabia", "SAU"), "components for the THAAD missile defense system",
           "Earlier, on Sunday, Saudi Arabian Military Industries (SAMI) signed an agreement with US firm Lockheed Martin to localize the manufacturing of components for the THAAD missile defense system in the Kingdom."),
        ev("EXHIBIT", "occurred", [cty("South Korea", "KOR"), SAU], "2024-02", RY, None,
           "More than 770 exhibitors from 75 countries are taking part in the second edition of the show, which runs until Thursday at a purpose-built site north of Riyadh, with the largest pavilions from South Korea, Turkiye and the US."),
        ev("EXHIBIT", "occurred", [cty("Turkiye", "TUR"), SAU], "2024-02", RY, None,
           "More than 770 exhibitors from 75 countries are taking part in the second edition of the show, which runs until Thursday at a purpose-built site north of Riyadh, with the largest pavilions from South Korea, Turkiye and the US."),
        ev("EXHIBIT", "occurred", [cty("US", "USA"), SAU], "2024-02", RY, None,
           "More than 770 exhibitors from 75 countries are taking part in the second edition of the show, which runs until Thursday at a purpose-built site north of Riyadh, with the largest pavilions from South Korea, Turkiye and the US."),
        ev("EXHIBIT", "occurred", [com("Aviation Industry Corporation", "CHN"), org("Bayi aerobatic team", "CHN"), SAU], "2024-02", RY, None,
           "China's Aviation Industry Corporation displayed its Wing Loong drones at the show, while the Chinese air force's Bayi aerobatic team performed daily flying displays."),
        ev("MEET", "occurred", [per("Khalid bin Salman", "SAU", "Defense Minister, Prince"),
                                per("Asim Munir", "PAK", "Chief of Army Staff, General")], "2024-02-05", RY, None,
           "On Monday, Defense Minister Prince Khalid bin Salman received Pakistan's Chief of Army Staff General Asim Munir on the sidelines of the show, and the two reviewed bilateral military relations."),
    ])
