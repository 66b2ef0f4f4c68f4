from lib import *

# ---------- u45-01 scraped
t = """PEACE OPERATIONS WIRE
Home | Missions | Africa | Middle East | Europe | Asia-Pacific | Analysis | Subscribe
Beirut 22°C  Partly cloudy

Middle East > Lebanon

Fresh Indonesian and Malaysian troops arrive in south Lebanon as UNIFIL rotates contingents

By Rania Haddad | 12 November 2019

Share:  Facebook  Twitter  WhatsApp  Email

NAQOURA - Some 850 soldiers of Indonesia's mechanised infantry battalion landed at Beirut airport last week and have taken over the battalion's positions around Adshit al-Qusayr, replacing the previous Indonesian rotation after a year on the Blue Line.

The new rotation, known as Garuda XXIII-N, will serve with the UN Interim Force in Lebanon (UNIFIL) until late 2020, the mission said.

Malaysia also rotated its contingent this month. The 830-strong Malaysian battalion, MALBATT 850-7, took up positions at its base near Marakah on 6 November, according to a statement from the Malaysian Armed Forces.

South Korea's Dongmyeong Unit, based in Tyre, is scheduled to send its 23rd rotation to Lebanon in December, Seoul's Joint Chiefs of Staff said.

UNIFIL has some 10,000 peacekeepers from more than 40 countries. Its mandate was renewed by the Security Council at the end of August.

The mission's spokesman said the rotations had been carried out "without any impact on operational activities" along the Blue Line.

Related news
- Lebanese army recruits complete basic training in Hammana
- Ceasefire holds on Blue Line as tensions rise in Gaza
- Opinion: Is it time to rethink peacekeeping in Lebanon?

Tags: UNIFIL, Indonesia, Malaysia, peacekeeping

© 2019 Peace Operations Wire. All rights reserved.  Privacy | Cookies | Contact
"""
write("u45-01", "https://peaceopswire.example/middle-east/2019/11/12/unifil-rotations-indonesia-malaysia",
      "Fresh Indonesian and Malaysian troops arrive in south Lebanon as UNIFIL rotates contingents",
      "2019-11-12", "Peace Operations Wire", t, [
 E("DEPLOY","occurred",[O("Indonesia's mechanised infantry battalion","IDN"),I("UNIFIL","UN")],"2019-11",("south Lebanon","LBN"),
   "NAQOURA - Some 850 soldiers of Indonesia's mechanised infantry battalion landed at Beirut airport last week and have taken over the battalion's positions around Adshit al-Qusayr, replacing the previous Indonesian rotation after a year on the Blue Line."),
 E("DEPLOY","occurred",[O("Malaysian battalion","MYS"),I("UNIFIL","UN")],"2019-11-06",("Marakah","LBN"),
   "The 830-strong Malaysian battalion, MALBATT 850-7, took up positions at its base near Marakah on 6 November, according to a statement from the Malaysian Armed Forces."),
 E("DEPLOY","planned",[O("Dongmyeong Unit","KOR"),I("UNIFIL","UN")],"2019-12",("Lebanon","LBN"),
   "South Korea's Dongmyeong Unit, based in Tyre, is scheduled to send its 23rd rotation to Lebanon in December, Seoul's Joint Chiefs of Staff said."),
])

# ---------- u45-02 clean wire
t = """BANGUI, Sept 16 (CPA) - The United Nations took over peacekeeping in the Central African Republic on Monday, when some 4,800 African troops and police officers swapped their green African Union berets for the blue ones of the new UN mission, MINUSCA.

At a ceremony at the M'Poko airport base, contingents from Burundi, Cameroon, the Republic of Congo, the Democratic Republic of Congo, Gabon, Rwanda and Equatorial Guinea were formally transferred from the AU-led MISCA force to the UN.

"Today we are not starting from scratch," said Babacar Gaye, the head of MINUSCA. "These soldiers already know the ground."

The UN plans to bring the mission up to nearly 12,000 uniformed personnel by early next year, and diplomats said further infantry battalions from Asia were expected in 2015. A Moroccan company of about 250 soldiers, which arrived in August, already guards UN offices in the capital.

Not every contingent made the switch. Chad pulled its troops out of the African force in April after accusations that its soldiers had fired on civilians in a Bangui market, a charge N'Djamena rejected.

France, whose Sangaris operation was launched in December, will keep about 2,000 soldiers in the country alongside the UN force, the French defence ministry said.

The European Union's separate EUFOR RCA operation, which secures the airport and two districts of Bangui, will stay until early next year. Georgia provides its largest non-EU contingent, about 140 soldiers.

The violence between the mainly Muslim Seleka and Christian anti-balaka militias has killed thousands of people and driven nearly a million from their homes since March last year.

UN officials cautioned that many of the rehatted units would need new equipment and training to meet UN standards, and that some would have to be replaced within months.

A UN assessment carried out in July found that several battalions lacked armoured vehicles, field hospitals and reliable communications, and that a number of soldiers had served for more than a year without rotation. Under the UN's rules, contingents are reimbursed for the troops and equipment they provide, but only once the equipment has passed inspection. Officials said the mission would give the units a grace period of four months to meet the standards before deciding which ones to send home.

Human rights groups have also urged the UN to screen the troops it inherits. Amnesty International and Human Rights Watch have documented abuses by members of the African force, including killings and enforced disappearances, and asked the UN to make sure that no unit implicated in abuses wears a blue helmet.

"The blue beret will not make a difference by itself," said a senior UN official in New York, speaking on condition of anonymity. "What matters is whether these soldiers can patrol outside the capital, protect people in the provinces and stay there."

For many residents of Bangui, the change is hard to notice. In the PK5 district, where most of the capital's remaining Muslims live behind barricades, traders said they would judge the mission by whether they could travel to the market without being attacked.

"We have seen soldiers come with many colours of helmets," said Abdoulaye, a 42-year-old shopkeeper, who declined to give his family name. "We need them to stay at night, not only in the day."

The Security Council authorised MINUSCA in April, giving it a mandate to protect civilians, support the political transition, help extend state authority across the country, and assist with the disarmament of armed groups. The mission is also expected to support the national justice system, including a special criminal court that the transitional government has agreed to set up.

The transitional president, Catherine Samba-Panza, who took office in January, has repeatedly asked for a larger international force. Her government controls little of the country outside Bangui, and the armed forces, which collapsed when the Seleka rebels seized power last year, have not been rebuilt.

Humanitarian agencies say about 2.5 million people, more than half of the population, need assistance. The UN's appeal for the country is less than half funded, and the rainy season has cut off roads to much of the north and east.

The mission's civilian and police components are also still being recruited. Fewer than a quarter of the planned 1,800 police officers are in place, and the UN has warned that the capital's prisons and courts barely function.

The ceremony on Monday was attended by diplomats, officials of the transitional government and representatives of the African Union Commission, which ran the African force from its headquarters in Addis Ababa. The AU's outgoing force commander said his troops had "held the line when nobody else would" and asked the UN to recognise their sacrifice: at least 24 soldiers of the African force were killed between December and September.

Diplomats in New York said the first test of the mission would come in the next few weeks, as the Seleka factions, now split into rival groups, hold talks on a ceasefire signed in Brazzaville in July. The deal has been broken repeatedly, and fighting continued this month around Bambari and Batangafo in the centre of the country.
"""
loc = ("Bangui","CAF")
ev2 = "At a ceremony at the M'Poko airport base, contingents from Burundi, Cameroon, the Republic of Congo, the Democratic Republic of Congo, Gabon, Rwanda and Equatorial Guinea were formally transferred from the AU-led MISCA force to the UN."
evs = [E("DEPLOY","occurred",[C(n,c),I("MINUSCA","UN"),P("Babacar Gaye","UN","head of MINUSCA")],"2014-09-15",loc,ev2) for n,c in
       [("Burundi","BDI"),("Cameroon","CMR"),("Republic of Congo","COG"),("Democratic Republic of Congo","COD"),("Gabon","GAB"),("Rwanda","RWA"),("Equatorial Guinea","GNQ")]]
evs += [
 E("DEPLOY","occurred",[O("Moroccan company","MAR"),I("MINUSCA","UN")],"2014-08",loc,
   "A Moroccan company of about 250 soldiers, which arrived in August, already guards UN offices in the capital."),
 E("COOPERATE","occurred",[I("African Union","AU"),I("United Nations","UN")],"2014-09-15",loc,ev2,opt=True),
 E("DEPLOY","occurred",[C("Georgia","GEO"),I("EUFOR RCA","EU")],None,("Bangui","CAF"),
   "Georgia provides its largest non-EU contingent, about 140 soldiers."),
 E("COOPERATE","planned",[C("France","FRA"),C("Central African Republic","CAF")],None,("Central African Republic","CAF"),
   "France, whose Sangaris operation was launched in December, will keep about 2,000 soldiers in the country alongside the UN force, the French defence ministry said.",opt=True),
 E("DEPLOY","occurred",[C("Chad","TCD"),I("MISCA","AU")],"2014-04",("Central African Republic","CAF"),
   "Chad pulled its troops out of the African force in April after accusations that its soldiers had fired on civilians in a Bangui market, a charge N'Djamena rejected."),
]
write("u45-02","https://continentalpress.example/wire/2014/09/16/car-un-takes-over-peacekeeping",
      "UN takes over Central African peacekeeping as African troops don blue berets","2014-09-16","Continental Press Agency",t,evs)

# ---------- u45-03 scraped, published null
t = """GHANA ARMED FORCES - Official Website
About | News | Peace Support Operations | Careers | Gallery | Contact
Search...

NEWS
21.06.2022

BATTALION 97 ENDS PRE-DEPLOYMENT TRAINING WITH US INSTRUCTORS

Soldiers of Ghana Battalion 97 (GHANBATT 97) on Friday completed six weeks of pre-deployment training conducted by instructors from the United States at the Bundase Training Camp.

The training, funded under the US Global Peace Operations Initiative (GPOI), covered protection of civilians, convoy operations, counter-IED drills, first aid and the rules of engagement of the United Nations Mission in South Sudan (UNMISS).

The 850-strong battalion will deploy to South Sudan next month to relieve GHANBATT 96 at Bor and Malakal.

At the closing ceremony, the US Defense Attaché, Colonel Brent Mattingly, presented certificates to the instructors' Ghanaian counterparts and handed over 18 Toyota Land Cruiser pickups, four ambulances and a set of water purification equipment bought for the battalion's use in the mission area.

The Commander of the Ghana Army Peace Support Training Centre, Brigadier General Samuel Owusu-Ansah, thanked the US government for "a partnership that has prepared more than 20 Ghanaian battalions for UN service".

Ghana is among the ten largest contributors of troops to UN peace operations.

Share this article:  [f] [t] [in]

LATEST NEWS
- CDS visits troops in Bawku
- Military Academy graduates 2022 intake
- Navy receives new fast patrol boats

(c) 2022 Ghana Armed Forces. Designed by Directorate of Public Relations.
"""
write("u45-03","https://gaf-news.example/news/battalion-97-ends-pre-deployment-training",
      "BATTALION 97 ENDS PRE-DEPLOYMENT TRAINING WITH US INSTRUCTORS",None,"Ghana Armed Forces",t,[
 E("TRAIN","occurred",[O("Ghana Battalion 97","GHA"),C("United States","USA"),P("Brent Mattingly","USA","Defense Attaché"),P("Samuel Owusu-Ansah","GHA","Commander of the Ghana Army Peace Support Training Centre")],"2022-06-17",("Bundase Training Camp","GHA"),
   "Soldiers of Ghana Battalion 97 (GHANBATT 97) on Friday completed six weeks of pre-deployment training conducted by instructors from the United States at the Bundase Training Camp."),
 E("DEPLOY","planned",[O("Ghana Battalion 97","GHA"),I("UNMISS","UN")],"2022-07",("South Sudan","SSD"),
   "The 850-strong battalion will deploy to South Sudan next month to relieve GHANBATT 96 at Bor and Malakal."),
 E("DEPLOY","occurred",[O("GHANBATT 96","GHA"),I("UNMISS","UN")],None,("South Sudan","SSD"),
   "The 850-strong battalion will deploy to South Sudan next month to relieve GHANBATT 96 at Bor and Malakal.",opt=True),
 E("TRANSFER","occurred",[P("Brent Mattingly","USA","Defense Attaché"),C("United States","USA"),O("Ghana Battalion 97","GHA")],"2022-06-17",("Bundase Training Camp","GHA"),
   "At the closing ceremony, the US Defense Attaché, Colonel Brent Mattingly, presented certificates to the instructors' Ghanaian counterparts and handed over 18 Toyota Land Cruiser pickups, four ambulances and a set of water purification equipment bought for the battalion's use in the mission area.",
   item="18 Toyota Land Cruiser pickups, four ambulances, water purification equipment",sup=[0,1]),
])
