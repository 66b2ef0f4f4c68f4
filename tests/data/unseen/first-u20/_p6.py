from _lib import *

# ---------------- u20-18 Oman (scraped, prayer times) ----------------
t18 = """Oman Daily Observer Online
Local | Business | World | Sports | Opinion | Lifestyle | Epaper
Thursday, 26 October 2023 / 11 Rabi Al Akhir 1445
Muscat: Fajr 4:44  Shurooq 5:59  Dhuhr 11:50  Asr 15:12  Maghrib 17:38  Isha 18:52
OMR 1 = USD 2.60 | INR 216.30 | EUR 2.46
Weather: Muscat 33°C, clear
Home / Oman

Sayyid Shihab receives Indian Chief of Naval Staff

MUSCAT, Oct 26 - HH Sayyid Shihab bin Tarik Al Said, Deputy Prime Minister for Defence Affairs, received in his office at Bait Al Falaj today Admiral R Hari Kumar, Chief of the Naval Staff of the Republic of India, who is currently on an official visit to the Sultanate of Oman.

During the audience, cordial greetings were exchanged, and aspects of the existing military cooperation between the Sultanate of Oman and the Republic of India were reviewed, in addition to a number of issues of common concern.

The audience was attended by Rear Admiral Saif bin Nasser Al Rahbi, Commander of the Royal Navy of Oman, and Amit Narang, Ambassador of the Republic of India to the Sultanate of Oman.

Admiral Kumar also held talks at the Headquarters of the Chief of Staff of the Sultan's Armed Forces with Vice Admiral Abdullah bin Khamis Al Raisi, Chief of Staff of the SAF.

The visit coincides with the Naseem Al Bahr exercise between the Royal Navy of Oman and the Indian Navy, which began on Monday in Omani waters off Muscat with the participation of frigates, patrol vessels and maritime patrol aircraft from both sides.

The Indian side offered additional places for officers of the Royal Navy of Oman at Indian naval training institutions during the coming academic year, according to a statement from the Indian embassy.

Meanwhile, units of the Sultan's Armed Forces and the British Armed Forces will take part in the joint exercise "Khanjar Oman" scheduled for November in the Al Wusta Governorate.

Read also:
- SAF celebrates graduation of new batch of recruits
- Royal Air Force of Oman receives new tactical transport aircraft
- National Day preparations under way

ONA
Share on: Facebook | X | WhatsApp"""

IN = P("India", "country", "IND"); OM = P("Oman", "country", "OMN")
doc("u20-18", "Sayyid Shihab receives Indian Chief of Naval Staff", "Oman Daily Observer Online",
    "https://omandailyobserver.example/oman/sayyid-shihab-receives-indian-chief-of-naval-staff", "2023-10-26", [
    E("MEET", "occurred", [P("Sayyid Shihab bin Tarik Al Said", "person", "OMN", title="Deputy Prime Minister for Defence Affairs"),
                           P("R Hari Kumar", "person", "IND", title="Chief of the Naval Staff"),
                           P("Saif bin Nasser Al Rahbi", "person", "OMN", title="Commander of the Royal Navy of Oman"),
                           P("Amit Narang", "person", "IND", title="Ambassador of the Republic of India to the Sultanate of Oman")],
      "2023-10-26", L("Bait Al Falaj, Muscat", "OMN"), None,
      "MUSCAT, Oct 26 - HH Sayyid Shihab bin Tarik Al Said, Deputy Prime Minister for Defence Affairs, received in his office at Bait Al Falaj today Admiral R Hari Kumar, Chief of the Naval Staff of the Republic of India, who is currently on an official visit to the Sultanate of Oman."),
    E("MEET", "occurred", [P("R Hari Kumar", "person", "IND", title="Chief of the Naval Staff"),
                           P("Abdullah bin Khamis Al Raisi", "person", "OMN", title="Chief of Staff of the SAF")], "2023-10-26", L("Muscat", "OMN"), None,
      "Admiral Kumar also held talks at the Headquarters of the Chief of Staff of the Sultan's Armed Forces with Vice Admiral Abdullah bin Khamis Al Raisi, Chief of Staff of the SAF."),
    E("EXERCISE", "occurred", [P("Royal Navy of Oman", "organisation", "OMN"), P("Indian Navy", "organisation", "IND")], "2023-10-23",
      L("Omani waters off Muscat", "OMN"), None,
      "The visit coincides with the Naseem Al Bahr exercise between the Royal Navy of Oman and the Indian Navy, which began on Monday in Omani waters off Muscat with the participation of frigates, patrol vessels and maritime patrol aircraft from both sides."),
    E("TRAIN", "planned", [IN, P("Royal Navy of Oman", "organisation", "OMN")], None, L("India", "IND"), None,
      "The Indian side offered additional places for officers of the Royal Navy of Oman at Indian naval training institutions during the coming academic year, according to a statement from the Indian embassy."),
    E("EXERCISE", "planned", [P("Sultan's Armed Forces", "organisation", "OMN"), P("British Armed Forces", "organisation", "GBR")], "2023-11",
      L("Al Wusta Governorate", "OMN"), None,
      "Meanwhile, units of the Sultan's Armed Forces and the British Armed Forces will take part in the joint exercise \"Khanjar Oman\" scheduled for November in the Al Wusta Governorate."),
], text=t18)

# ---------------- u20-19 Bahrain, C-SIPA (clean) ----------------
t19 = """HRH the Crown Prince and Prime Minister, US Secretary of State sign Comprehensive Security Integration and Prosperity Agreement

Washington, Sept. 13 — His Royal Highness Prince Salman bin Hamad Al Khalifa, the Crown Prince and Prime Minister, and US Secretary of State Antony J. Blinken today signed at the State Department the Comprehensive Security Integration and Prosperity Agreement (C-SIPA) between the Kingdom of Bahrain and the United States of America.

The agreement, the first of its kind, commits the two countries to deepen cooperation across a range of areas, including defence, security, emerging technology, trade and investment.

Under the agreement, the two sides will consult on appropriate measures in the event of external aggression against the Kingdom, and work to improve the interoperability of their armed forces.

HRH the Crown Prince and Prime Minister said the agreement "builds on decades of partnership" and opens a new chapter in relations between the two friendly countries.

Secretary Blinken said the agreement was open to other countries in the region wishing to join it in the future.

On Tuesday, HRH the Crown Prince and Prime Minister met with US Secretary of Defense Lloyd J. Austin III at the Pentagon, where they discussed ways of strengthening defence cooperation and the latest regional developments.

The meetings were attended by HE the Minister of Foreign Affairs Dr Abdullatif bin Rashid Al Zayani and HE the Ambassador of the Kingdom of Bahrain to the United States Shaikh Abdullah bin Rashid Al Khalifa.

The Kingdom of Bahrain has hosted the headquarters of the US Naval Forces Central Command and the US Fifth Fleet since 1995.

Last week, the Royal Bahraini Naval Force and the US Navy concluded the joint exercise "Neon Defender" in the Kingdom's territorial waters, the Bahrain Defence Force said.

BNA"""

SBH = P("Salman bin Hamad Al Khalifa", "person", "BHR", title="Crown Prince and Prime Minister")
BH = P("Bahrain", "country", "BHR"); US = P("United States", "country", "USA")
doc("u20-19", "HRH the Crown Prince and Prime Minister, US Secretary of State sign Comprehensive Security Integration and Prosperity Agreement",
    "Manama Gazette", "https://manamagazette.example/local/2023/09/14/c-sipa-signed-washington", "2023-09-14", [
    E("AGREE", "occurred", [SBH, P("Antony J. Blinken", "person", "USA", title="US Secretary of State"), BH, US], "2023-09-13",
      L("State Department, Washington", "USA"), None,
      "Washington, Sept. 13 — His Royal Highness Prince Salman bin Hamad Al Khalifa, the Crown Prince and Prime Minister, and US Secretary of State Antony J. Blinken today signed at the State Department the Comprehensive Security Integration and Prosperity Agreement (C-SIPA) between the Kingdom of Bahrain and the United States of America."),
    E("MEET", "occurred", [SBH, P("Antony J. Blinken", "person", "USA", title="US Secretary of State")], "2023-09-13",
      L("State Department, Washington", "USA"), None,
      "Washington, Sept. 13 — His Royal Highness Prince Salman bin Hamad Al Khalifa, the Crown Prince and Prime Minister, and US Secretary of State Antony J. Blinken today signed at the State Department the Comprehensive Security Integration and Prosperity Agreement (C-SIPA) between the Kingdom of Bahrain and the United States of America."),
    E("COOPERATE", "planned", [BH, US], None, None, None,
      "Under the agreement, the two sides will consult on appropriate measures in the event of external aggression against the Kingdom, and work to improve the interoperability of their armed forces.", optional=True),
    E("MEET", "occurred", [SBH, P("Lloyd J. Austin III", "person", "USA", title="US Secretary of Defense"),
                           P("Abdullatif bin Rashid Al Zayani", "person", "BHR", title="Minister of Foreign Affairs"),
                           P("Abdullah bin Rashid Al Khalifa", "person", "BHR", title="Ambassador of the Kingdom of Bahrain to the United States")],
      "2023-09-12", L("Pentagon", "USA"), None,
      "On Tuesday, HRH the Crown Prince and Prime Minister met with US Secretary of Defense Lloyd J. Austin III at the Pentagon, where they discussed ways of strengthening defence cooperation and the latest regional developments."),
    E("COOPERATE", "occurred", [BH, P("US Naval Forces Central Command", "organisation", "USA")], None, L("Bahrain", "BHR"), None,
      "The Kingdom of Bahrain has hosted the headquarters of the US Naval Forces Central Command and the US Fifth Fleet since 1995.", optional=True),
    E("EXERCISE", "occurred", [P("Royal Bahraini Naval Force", "organisation", "BHR"), P("US Navy", "organisation", "USA")], "2023-09",
      L("Bahrain territorial waters", "BHR"), None,
      "Last week, the Royal Bahraini Naval Force and the US Navy concluded the joint exercise \"Neon Defender\" in the Kingdom's territorial waters, the Bahrain Defence Force said."),
], text=t19)

# ---------------- u20-20 Algeria-Russia naval exercise (scraped, published null) ----------------
t20 = """ALGERIE EXPRESS - English
Accueil | National | Monde | Economie | Sport | Culture | Contributions
Alger 19°C | Oran 21°C | Constantine 14°C
1 EUR = 142.10 DZD | 1 USD = 137.45 DZD
Posted on 17/11/2022 at 11:05 | National

Algerian and Russian navies hold joint exercise off Algiers

ALGIERS- Units of the National Navy and a detachment of warships of the Russian Navy conducted on Wednesday a joint naval exercise off the coast of Algiers, the Ministry of National Defence (MDN) said in a statement.

The exercise, supervised by Army Corps General Saïd Chanegriha, Chief of Staff of the People's National Army (ANP), included search and rescue, communications and anti-submarine warfare drills, as well as a live firing phase against surface targets.

The Russian detachment, made up of a frigate, a corvette and a support tanker, had arrived at the port of Algiers on Sunday for a four-day call.

On Monday, General Chengriha received at the headquarters of the ANP General Staff the commander of the Russian detachment, Captain First Rank Andrei Volkov, in the presence of the Russian Ambassador to Algeria.

Meanwhile, the MDN denied reports circulated by foreign media according to which a joint Russian-Algerian ground exercise, dubbed "Desert Shield", would take place this month near the western border, describing them as "baseless".

The two countries are linked by a strategic partnership declaration signed in 2001, and Russia has long been the main supplier of weapons to the ANP.

General Chanegriha is expected to visit Moscow early next year at the invitation of the Chief of the General Staff of the Russian Armed Forces, General Valery Gerasimov, sources at the MDN said.

APS

TAGS: ANP, MDN, National Navy, Russia
Read also
- The army neutralises terrorist in Jijel
- Tebboune receives credentials of new ambassadors
- Algeria-Italy: gas deliveries to rise in 2023
© Algerie Express 2022"""

DZ = P("Algeria", "country", "DZA")
doc("u20-20", "Algerian and Russian navies hold joint exercise off Algiers", "Algerie Express",
    "https://algerieexpress.example/en/national/algerian-russian-navies-joint-exercise", None, [
    E("EXERCISE", "occurred", [P("National Navy", "organisation", "DZA"), P("Russian Navy", "organisation", "RUS"),
                               P("Saïd Chanegriha", "person", "DZA", title="Chief of Staff of the People's National Army")],
      "2022-11-16", L("off the coast of Algiers", None), None,
      "ALGIERS- Units of the National Navy and a detachment of warships of the Russian Navy conducted on Wednesday a joint naval exercise off the coast of Algiers, the Ministry of National Defence (MDN) said in a statement."),
    E("MEET", "occurred", [P("Russian Navy", "organisation", "RUS"), DZ], "2022-11-13", L("port of Algiers", "DZA"), None,
      "The Russian detachment, made up of a frigate, a corvette and a support tanker, had arrived at the port of Algiers on Sunday for a four-day call.", optional=True),
    E("MEET", "occurred", [P("Saïd Chanegriha", "person", "DZA", title="Chief of Staff of the People's National Army"),
                           P("Andrei Volkov", "person", "RUS", title="commander of the Russian detachment")], "2022-11-14",
      L("ANP General Staff headquarters, Algiers", "DZA"), None,
      "On Monday, General Chengriha received at the headquarters of the ANP General Staff the commander of the Russian detachment, Captain First Rank Andrei Volkov, in the presence of the Russian Ambassador to Algeria."),
    E("MEET", "planned", [P("Saïd Chanegriha", "person", "DZA", title="Chief of Staff of the People's National Army"),
                          P("Valery Gerasimov", "person", "RUS", title="Chief of the General Staff of the Russian Armed Forces")], "2023",
      L("Moscow", "RUS"), None,
      "General Chanegriha is expected to visit Moscow early next year at the invitation of the Chief of the General Staff of the Russian Armed Forces, General Valery Gerasimov, sources at the MDN said."),
    E("TRANSFER", "occurred", [S("Russia", "country", "RUS"), R("People's National Army", "organisation", "DZA")], None, None, "weapons",
      "The two countries are linked by a strategic partnership declaration signed in 2001, and Russia has long been the main supplier of weapons to the ANP.", optional=True),
], text=t20)
