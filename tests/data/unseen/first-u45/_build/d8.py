from lib import *

# ---------- u45-21 scraped, cut off, Mozambique
t = """KIGALI TODAY EXPRESS
Home  News  Politics  Business  Regional  Sports  Op-Ed  Advertise
Tuesday, August 10, 2021

REGIONAL

Rwandan, Mozambican forces retake Mocímboa da Praia as SADC troops arrive

By Jean-Paul Nkurunziza

Rwandan and Mozambican troops on Sunday took control of the port town of Mocímboa da Praia in Cabo Delgado province, which insurgents had held for a year, Rwanda Defence Force spokesperson said.

About 1,000 Rwandan soldiers and police officers were deployed to Cabo Delgado in July at the request of the Mozambican government, under bilateral arrangements between Kigali and Maputo.

The Rwandan deployment is separate from the Southern African Development Community Mission in Mozambique (SAMIM), whose first troops, from Botswana, arrived in Pemba last week.

South Africa's President has authorised the employment of 1,495 soldiers of the South African National Defence Force for SAMIM for three months, while Tanzania, Angola and Lesotho are expected to send contingents in the coming weeks, according to SADC officials.

Rwanda and Mozambique also agreed last week to share intelligence on the insurgents' movements and to set up a joint command post in Mueda, the RDF said.

The insurgency, which began in October 2017, has killed more than 3,000 people and forced some 800,000 from their homes, according to aid agencies. It halted work on a $20 billion natural gas project led by TotalEnergies near Palma in March.

Rwanda's government has not said how long its forces will stay in Mozambique or who is paying for the operation, and Maputo has released few details of the arrangement.

Analysts say the quick gains of the Rwandan troops have raised questions about how the two forces will share responsibilities once SAMIM is fully deployed. "There will need to be a clear division of sectors, otherwise the risk of friction between the Rwandans and the regional"""
ev_s = "South Africa's President has authorised the employment of 1,495 soldiers of the South African National Defence Force for SAMIM for three months, while Tanzania, Angola and Lesotho are expected to send contingents in the coming weeks, according to SADC officials."
evs = [
 E("COOPERATE","occurred",[C("Rwanda","RWA"),C("Mozambique","MOZ")],"2021-07",("Cabo Delgado","MOZ"),
   "About 1,000 Rwandan soldiers and police officers were deployed to Cabo Delgado in July at the request of the Mozambican government, under bilateral arrangements between Kigali and Maputo.",opt=True),
 E("COOPERATE","occurred",[O("Rwandan troops","RWA"),O("Mozambican troops","MOZ")],"2021-08-08",("Mocímboa da Praia","MOZ"),
   "Rwandan and Mozambican troops on Sunday took control of the port town of Mocímboa da Praia in Cabo Delgado province, which insurgents had held for a year, Rwanda Defence Force spokesperson said.",opt=True),
 E("DEPLOY","occurred",[C("Botswana","BWA"),I("SAMIM","SADC")],"2021-08",("Pemba","MOZ"),
   "The Rwandan deployment is separate from the Southern African Development Community Mission in Mozambique (SAMIM), whose first troops, from Botswana, arrived in Pemba last week."),
 E("DEPLOY","planned",[O("South African National Defence Force","ZAF"),I("SAMIM","SADC")],None,("Mozambique","MOZ"),ev_s),
]
evs += [E("DEPLOY","planned",[C(n,c),I("SAMIM","SADC")],None,("Mozambique","MOZ"),ev_s) for n,c in [("Tanzania","TZA"),("Angola","AGO"),("Lesotho","LSO")]]
evs.append(E("COOPERATE","occurred",[C("Rwanda","RWA"),C("Mozambique","MOZ")],"2021-08",None,
   "Rwanda and Mozambique also agreed last week to share intelligence on the insurgents' movements and to set up a joint command post in Mueda, the RDF said."))
write("u45-21","https://kigalitoday-express.example/regional/rwandan-mozambican-forces-retake-mocimboa",
      "Rwandan, Mozambican forces retake Mocímboa da Praia as SADC troops arrive","2021-08-10","Kigali Today Express",t,evs)

# ---------- u45-22 clean, denial, no events
t = """Senegal has no plans to send troops to Haiti, army says

DAKAR - Senegal's armed forces have no plans to contribute soldiers to the multinational security support mission for Haiti that the UN Security Council authorised last month, an army spokesman said on Wednesday, denying reports in two local newspapers.

The reports had claimed that 200 Senegalese soldiers were already being trained for the mission at a camp near Thiès by foreign instructors. "No unit has been designated, no training is under way and no request has been received," Colonel Ibrahima Ndour told journalists.

He said Senegal's priority remained the security of its borders with Mali and its existing commitments at home.

Several opposition figures had criticised the idea of a Haiti deployment, arguing that the country's forces were already stretched. An editorial in one Dakar daily this week described the mission as "a gamble with other people's soldiers".

The Haiti mission, which is not a UN peacekeeping operation, is to be funded by voluntary contributions. Its organisers have said they hope to have the first personnel on the ground early next year.

Gang violence has killed nearly 3,000 people in Haiti since January, according to UN figures.
"""
write("u45-22","https://sahel-dispatch.example/2023/11/02/senegal-no-plans-haiti-troops",
      "Senegal has no plans to send troops to Haiti, army says","2023-11-02","Sahel Dispatch",t,[])

# ---------- u45-23 scraped Vietnam
t = """VIETNAM DEFENCE NEWS
Tiếng Việt | English | 中文
Home > Military diplomacy > UN peacekeeping
Friday, 15/04/2022 | Hanoi 29°C

Vietnam's fourth field hospital leaves for South Sudan

VDN - Level-2 Field Hospital No. 4, made up of 63 medical and support staff, departed Hanoi's Noi Bai airport on Wednesday for Bentiu, where it will join the United Nations Mission in South Sudan (UNMISS).

The hospital replaces Level-2 Field Hospital No. 3, which has served in Bentiu since 2021 and will return home next month.

The hospital's staff completed English-language and clinical training run by British military instructors in Hanoi earlier this year, under a memorandum of understanding on peacekeeping cooperation that the two defence ministries signed in 2018.

Last week the United States handed over medical equipment worth $1.5 million for the hospital to the Vietnam Department of Peacekeeping Operations, under the Global Peace Operations Initiative. Major General Pham Van Long, Director of the department, received the equipment from the US Ambassador.

Vietnam will also deploy an engineering company of 184 personnel to the Abyei area under the UN Interim Security Force for Abyei (UNISFA) later this year, Major General Long said.

Since 2014 Vietnam has sent more than 500 officers and soldiers on UN missions in South Sudan and the Central African Republic and to UN headquarters.

Related articles
- Vietnam, Laos step up border defence cooperation
- Navy receives two new patrol vessels
- Photo gallery: Flag-raising ceremony at Bentiu camp

Print | Email | Share
"""
evs = [
 E("DEPLOY","occurred",[O("Level-2 Field Hospital No. 4","VNM"),I("UNMISS","UN")],"2022-04-13",("Bentiu","SSD"),
   "VDN - Level-2 Field Hospital No. 4, made up of 63 medical and support staff, departed Hanoi's Noi Bai airport on Wednesday for Bentiu, where it will join the United Nations Mission in South Sudan (UNMISS)."),
 E("TRAIN","occurred",[O("British military instructors","GBR"),O("Level-2 Field Hospital No. 4","VNM")],"2022",("Hanoi","VNM"),
   "The hospital's staff completed English-language and clinical training run by British military instructors in Hanoi earlier this year, under a memorandum of understanding on peacekeeping cooperation that the two defence ministries signed in 2018."),
 E("AGREE","occurred",[O("Vietnam's Ministry of National Defence","VNM"),O("UK Ministry of Defence","GBR")],"2018",None,
   "The hospital's staff completed English-language and clinical training run by British military instructors in Hanoi earlier this year, under a memorandum of understanding on peacekeeping cooperation that the two defence ministries signed in 2018.",opt=True),
 E("TRANSFER","occurred",[C("United States","USA"),O("Vietnam Department of Peacekeeping Operations","VNM"),P("Pham Van Long","VNM","Director of the Vietnam Department of Peacekeeping Operations")],"2022-04",None,
   "Last week the United States handed over medical equipment worth $1.5 million for the hospital to the Vietnam Department of Peacekeeping Operations, under the Global Peace Operations Initiative.",
   item="medical equipment"),
 E("DEPLOY","planned",[C("Vietnam","VNM"),I("UNISFA","UN")],"2022",("Abyei",None),
   "Vietnam will also deploy an engineering company of 184 personnel to the Abyei area under the UN Interim Security Force for Abyei (UNISFA) later this year, Major General Long said."),
]
write("u45-23","https://vietnamdefence-news.example/en/military-diplomacy/fourth-field-hospital-south-sudan",
      "Vietnam's fourth field hospital leaves for South Sudan","2022-04-15","Vietnam Defence News",t,evs)
