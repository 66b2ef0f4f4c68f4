from lib import *

# ---------- u45-13 scraped, published null (date line 09.08.2011)
t = """SUDAN TRIBUNE WEEKLY
Home  |  South Sudan  |  Sudan  |  Darfur  |  Opinion  |  Press releases  |  Contact

09.08.2011  -  Updated 14:05

South Sudan, UN sign status-of-forces agreement for new peacekeeping mission

JUBA - South Sudan and the United Nations on Monday signed a status-of-forces agreement for the new UN Mission in the Republic of South Sudan (UNMISS), after a morning of talks at the Ministry of Foreign Affairs in Juba.

The agreement was signed by Foreign Minister Lual Deng Majok and the Special Representative of the Secretary-General, Ingrid Solheim, one month after the country became independent.

It sets out the legal status of the mission's personnel, their freedom of movement across the country and the use of airports and roads, and it exempts the mission's equipment from customs duties.

Solheim told reporters that the mission would reach its full strength of 7,000 troops "in the coming months". Most of the first units were inherited from the former UN Mission in Sudan, among them the Indian and Kenyan battalions already based in Malakal and Wau.

Mongolia has offered a battalion of about 850 soldiers, which is expected to arrive before the end of the year, a UN official said.

The government hopes the mission will help it extend state authority to remote areas of Jonglei, where clashes between communities have killed hundreds of people since June.

Comments (3)
Posted by Garang: Welcome but they must protect civilians this time
Posted by observer2011: What about Abyei?

Advertise with us | RSS | Copyright 2011
"""
write("u45-13","https://sudantribune-weekly.example/spip.php?article39872",
      "South Sudan, UN sign status-of-forces agreement for new peacekeeping mission",None,"Sudan Tribune Weekly",t,[
 E("AGREE","occurred",[C("South Sudan","SSD"),P("Lual Deng Majok","SSD","Foreign Minister"),I("United Nations","UN"),P("Ingrid Solheim","UN","Special Representative of the Secretary-General")],"2011-08-08",("Juba","SSD"),
   "JUBA - South Sudan and the United Nations on Monday signed a status-of-forces agreement for the new UN Mission in the Republic of South Sudan (UNMISS), after a morning of talks at the Ministry of Foreign Affairs in Juba."),
 E("MEET","occurred",[C("South Sudan","SSD"),P("Lual Deng Majok","SSD","Foreign Minister"),I("United Nations","UN"),P("Ingrid Solheim","UN","Special Representative of the Secretary-General")],"2011-08-08",("Juba","SSD"),
   "JUBA - South Sudan and the United Nations on Monday signed a status-of-forces agreement for the new UN Mission in the Republic of South Sudan (UNMISS), after a morning of talks at the Ministry of Foreign Affairs in Juba."),
 E("DEPLOY","occurred",[O("Indian battalion","IND"),I("UNMISS","UN")],None,("Malakal","SSD"),
   "Most of the first units were inherited from the former UN Mission in Sudan, among them the Indian and Kenyan battalions already based in Malakal and Wau."),
 E("DEPLOY","occurred",[O("Kenyan battalion","KEN"),I("UNMISS","UN")],None,("Wau","SSD"),
   "Most of the first units were inherited from the former UN Mission in Sudan, among them the Indian and Kenyan battalions already based in Malakal and Wau."),
 E("DEPLOY","planned",[C("Mongolia","MNG"),I("UNMISS","UN")],"2011",("South Sudan","SSD"),
   "Mongolia has offered a battalion of about 850 soldiers, which is expected to arrive before the end of the year, a UN official said."),
])

# ---------- u45-14 clean Fiji MFO
t = """Fijian peacekeepers leave for Sinai as Golan tour is extended

SUVA - Eighty-four Fijian soldiers left Nadi International Airport on Tuesday for the Sinai Peninsula, where they will serve for a year with the Multinational Force and Observers (MFO), the independent force that monitors the security provisions of the 1979 peace treaty between Egypt and Israel.

The contingent, drawn mainly from the 2nd Battalion of the Fiji Infantry Regiment, will relieve soldiers who have been at the MFO's South Camp in Sharm el-Sheikh since last November.

Before their departure the troops completed a two-week pre-deployment course in October run by Australian Defence Force instructors at Queen Elizabeth Barracks in Nabua, covering observation and reporting, mine awareness and first aid.

New Zealand last week handed over six Toyota Land Cruisers and a set of radio equipment to the Republic of Fiji Military Forces' peacekeeping unit, paid for under its Mutual Assistance Programme.

Fiji has also extended the tour of its contingent with the UN Disengagement Observer Force (UNDOF) on the Golan Heights by six months, a military spokesman said, after the mission asked it to stay while a replacement unit is found.

Fijian soldiers have served in UN and MFO missions since 1978, and remittances from peacekeepers are an important source of income for many villages. Some of the troops now leaving for Sinai also served with the Australian-led assistance force sent to Honiara in the Solomon Islands late last year.

The spokesman said a further rotation of 170 troops would leave for the Sinai in May.
"""
write("u45-14","https://pacificislandsnews.example/fiji/2022/11/17/fijian-peacekeepers-leave-for-sinai",
      "Fijian peacekeepers leave for Sinai as Golan tour is extended","2022-11-17","Pacific Islands News Service",t,[
 E("DEPLOY","occurred",[O("Fijian soldiers","FJI"),I("Multinational Force and Observers (MFO)","MFO")],"2022-11-15",("Sinai Peninsula","EGY"),
   "SUVA - Eighty-four Fijian soldiers left Nadi International Airport on Tuesday for the Sinai Peninsula, where they will serve for a year with the Multinational Force and Observers (MFO), the independent force that monitors the security provisions of the 1979 peace treaty between Egypt and Israel."),
 E("TRAIN","occurred",[O("Australian Defence Force","AUS"),O("Fijian troops","FJI")],"2022-10",("Queen Elizabeth Barracks, Nabua","FJI"),
   "Before their departure the troops completed a two-week pre-deployment course in October run by Australian Defence Force instructors at Queen Elizabeth Barracks in Nabua, covering observation and reporting, mine awareness and first aid."),
 E("TRANSFER","occurred",[C("New Zealand","NZL"),O("Republic of Fiji Military Forces","FJI")],"2022-11",None,
   "New Zealand last week handed over six Toyota Land Cruisers and a set of radio equipment to the Republic of Fiji Military Forces' peacekeeping unit, paid for under its Mutual Assistance Programme.",
   item="six Toyota Land Cruisers and radio equipment"),
 E("DEPLOY","occurred",[C("Fiji","FJI"),I("UNDOF","UN")],None,("Golan Heights","SYR"),
   "Fiji has also extended the tour of its contingent with the UN Disengagement Observer Force (UNDOF) on the Golan Heights by six months, a military spokesman said, after the mission asked it to stay while a replacement unit is found."),
 E("COOPERATE","occurred",[C("Fiji","FJI"),C("Australia","AUS"),C("Solomon Islands","SLB")],"2021",("Honiara","SLB"),
   "Some of the troops now leaving for Sinai also served with the Australian-led assistance force sent to Honiara in the Solomon Islands late last year.",opt=True),
 E("DEPLOY","planned",[C("Fiji","FJI"),I("MFO","MFO")],"2023-05",("Sinai Peninsula","EGY"),
   "The spokesman said a further rotation of 170 troops would leave for the Sinai in May."),
])

# ---------- u45-15 scraped, cut off, German withdrawal
t = """BERLIN INTERNATIONAL
News | Politics | Economy | Security | Culture | Podcasts
Friday, 15 December 2023

SECURITY

Last German troops leave Mali as UN mission winds down

Posted 15.12.2023, 07:30 | Reading time: 4 min

[Advertisement]

The last German soldiers serving with the UN mission in Mali, MINUSMA, left the camp in Gao on Tuesday, ending the Bundeswehr's largest and most dangerous UN deployment of the past decade.

An A400M transport aircraft carried the final group of about 50 soldiers from Gao to the air transport base in Niamey, Niger, from where they are expected to fly home to Wunstorf on Friday.

At its peak Germany had more than 1,100 soldiers in MINUSMA, mostly providing reconnaissance with Heron drones, helicopters and a field hospital. Three German soldiers were killed in a helicopter crash in 2017.

Some of the equipment that could not be flown out, including field kitchens, generators and shelter containers, was handed over to the Senegalese and Chadian contingents that remain in Gao until the mission closes at the end of the month, a Bundeswehr spokesman said.

The Bundestag ended the mandate for the deployment in May, after Mali's military government asked the UN mission to leave.

Germany intends to keep its air transport base in Niamey running until at least the spring, although talks with the military authorities in Niger over a new basis for the presence have not been concluded.

Opposition defence spokespeople criticised the government for what they called a poorly planned withdrawal that had left "the Sahel to the Russians". Government officials replied that the decision to leave had been forced by Bamako, and that Germany would continue its engagement in West Africa through training programmes in coastal states such as Ghana, Benin and Côte d'Ivoire, with a first course for Ghanaian engineers planned in"""
ev_eq = "Some of the equipment that could not be flown out, including field kitchens, generators and shelter containers, was handed over to the Senegalese and Chadian contingents that remain in Gao until the mission closes at the end of the month, a Bundeswehr spokesman said."
write("u45-15","https://berlin-international.example/security/2023/12/15/last-german-troops-leave-mali",
      "Last German troops leave Mali as UN mission winds down","2023-12-15","Berlin International",t,[
 E("DEPLOY","occurred",[O("Bundeswehr","DEU"),I("MINUSMA","UN")],"2023-12-12",("Gao","MLI"),
   "The last German soldiers serving with the UN mission in Mali, MINUSMA, left the camp in Gao on Tuesday, ending the Bundeswehr's largest and most dangerous UN deployment of the past decade."),
 E("TRANSFER","occurred",[O("Bundeswehr","DEU"),O("Senegalese contingent","SEN")],"2023-12",("Gao","MLI"),ev_eq,item="field kitchens, generators and shelter containers"),
 E("TRANSFER","occurred",[O("Bundeswehr","DEU"),O("Chadian contingent","TCD")],"2023-12",("Gao","MLI"),ev_eq,item="field kitchens, generators and shelter containers"),
 E("DEPLOY","occurred",[O("Senegalese contingent","SEN"),I("MINUSMA","UN")],None,("Gao","MLI"),ev_eq,opt=True),
 E("DEPLOY","occurred",[O("Chadian contingent","TCD"),I("MINUSMA","UN")],None,("Gao","MLI"),ev_eq,opt=True),
 E("COOPERATE","planned",[C("Germany","DEU"),C("Niger","NER")],None,("Niamey","NER"),
   "Germany intends to keep its air transport base in Niamey running until at least the spring, although talks with the military authorities in Niger over a new basis for the presence have not been concluded.",opt=True),
 E("TRAIN","planned",[C("Germany","DEU"),C("Ghana","GHA")],None,None,
   "Government officials replied that the decision to leave had been forced by Bamako, and that Germany would continue its engagement in West Africa through training programmes in coastal states such as Ghana, Benin and Côte d'Ivoire, with a first course for Ghanaian engineers planned in",opt=True),
 E("TRAIN","planned",[C("Germany","DEU"),C("Benin","BEN")],None,None,
   "Government officials replied that the decision to leave had been forced by Bamako, and that Germany would continue its engagement in West Africa through training programmes in coastal states such as Ghana, Benin and Côte d'Ivoire",opt=True),
 E("TRAIN","planned",[C("Germany","DEU"),C("Côte d'Ivoire","CIV")],None,None,
   "Government officials replied that the decision to leave had been forced by Bamako, and that Germany would continue its engagement in West Africa through training programmes in coastal states such as Ghana, Benin and Côte d'Ivoire",opt=True),
])
