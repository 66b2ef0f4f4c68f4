from lib import *

# ---------- u45-09 scraped Kenya
t = """Daily Standard Kenya
Home  News  Counties  Business  Sports  Entertainment  Opinion  Videos
Nairobi 19°C | Tuesday, June 21, 2022
Trending: Elections 2022 | Fuel prices | Drought

NEWS > NATIONAL

UK hands KDF mine-proof vehicles for troops in Somalia

By Brian Otieno | June 21st 2022

Britain on Monday handed over 12 mine-protected patrol vehicles to the Kenya Defence Forces for use by the Kenyan contingent serving with the African Union Transition Mission in Somalia (ATMIS).

The vehicles were received at Embakasi Garrison by the Vice Chief of the Defence Forces, Lieutenant General Peter Kiprono, from the British High Commissioner, Helen Brantwood.

"These vehicles will save lives on the roads of Jubaland, where improvised explosive devices remain the biggest threat to our soldiers," Gen Kiprono said.

Kenya has about 3,500 troops in ATMIS, most of them in the Jubaland sector in southern Somalia.

Earlier this month, drivers and mechanics from the contingent were trained to operate and maintain the vehicles by the British Peace Support Team (Africa) at the Humanitarian Peace Support School in Embakasi.

Ms Brantwood said the gift was part of a wider UK package of support to the Kenyan troops that includes counter-IED and medical training.

Separately, some 1,000 British soldiers are in Laikipia for Exercise Askari Storm, training alongside KDF infantry units this month.

The support falls under the Defence Cooperation Agreement that the two countries signed in 2021.

ALSO READ
- Court halts recruitment of KDF soldiers in three counties
- Uhuru commissions new Navy patrol ship in Mombasa
- Teachers' union threatens strike

Share on WhatsApp | Facebook | Twitter
READ MORE  >>
"""
write("u45-09","https://dailystandard-ke.example/national/article/uk-hands-kdf-mine-proof-vehicles-somalia",
      "UK hands KDF mine-proof vehicles for troops in Somalia","2022-06-21","Daily Standard Kenya",t,[
 E("TRANSFER","occurred",[C("Britain","GBR"),P("Helen Brantwood","GBR","British High Commissioner"),O("Kenya Defence Forces","KEN"),P("Peter Kiprono","KEN","Vice Chief of the Defence Forces")],"2022-06-20",("Embakasi Garrison","KEN"),
   "Britain on Monday handed over 12 mine-protected patrol vehicles to the Kenya Defence Forces for use by the Kenyan contingent serving with the African Union Transition Mission in Somalia (ATMIS).",
   item="12 mine-protected patrol vehicles",sup=[0,1]),
 E("DEPLOY","occurred",[C("Kenya","KEN"),I("ATMIS","AU")],None,("Jubaland","SOM"),
   "Kenya has about 3,500 troops in ATMIS, most of them in the Jubaland sector in southern Somalia."),
 E("TRAIN","occurred",[O("British Peace Support Team (Africa)","GBR"),O("Kenyan contingent","KEN")],"2022-06",("Humanitarian Peace Support School, Embakasi","KEN"),
   "Earlier this month, drivers and mechanics from the contingent were trained to operate and maintain the vehicles by the British Peace Support Team (Africa) at the Humanitarian Peace Support School in Embakasi."),
 E("EXERCISE","occurred",[O("British soldiers","GBR"),O("KDF infantry units","KEN")],"2022-06",("Laikipia","KEN"),
   "Separately, some 1,000 British soldiers are in Laikipia for Exercise Askari Storm, training alongside KDF infantry units this month."),
 E("AGREE","occurred",[C("United Kingdom","GBR"),C("Kenya","KEN")],"2021",None,
   "The support falls under the Defence Cooperation Agreement that the two countries signed in 2021.",opt=True),
])

# ---------- u45-10 html AU ATMIS drawdown
h = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ATMIS completes first phase of troop drawdown | Continental Security Bulletin</title>
<style>body{font-family:Arial} .nav li{display:inline}</style>
<script async src="https://stats.example/tag.js"></script>
</head>
<body>
<div id="top"><span>Addis Ababa</span> <span>Saturday, 1 July 2023</span> <a href="/fr/">Français</a> <a href="/ar/">العربية</a> <a href="/pt/">Português</a></div>
<ul class="nav"><li><a href="/">Home</a></li><li><a href="/peace-security/">Peace &amp; Security</a></li><li><a href="/missions/">Missions</a></li><li><a href="/press/">Press releases</a></li></ul>
<div class="content">
<h2>ATMIS completes first phase of troop drawdown</h2>
<div class="meta">Press release &middot; 01 July 2023</div>
<p>Mogadishu, 1 July 2023 &ndash; The African Union Transition Mission in Somalia (ATMIS) on Friday completed the first phase of its drawdown, with the departure of 2,000 soldiers drawn from the contingents of Burundi, Djibouti, Ethiopia, Kenya and Uganda, in line with UN Security Council resolution 2628 (2022).</p>
<p>As part of the phase, the mission handed over six forward operating bases to the Somali National Army and Somali Police Force, among them the bases at Maslah, Biyo Cadde and Sarira.</p>
<p>&ldquo;The Somali Security Forces are ready to assume responsibility for these locations,&rdquo; said Ambassador Hamid Ould Salem, Special Representative of the Chairperson of the AU Commission and Head of ATMIS, who attended the handover at Maslah.</p>
<p>A further 3,000 troops are due to leave Somalia by the end of September under the second phase of the drawdown, which the Somali government has asked to pause.</p>
<p>The European Union, which pays the allowances of ATMIS troops through the European Peace Facility, last month approved an additional &euro;85 million for the mission. The UN Support Office in Somalia continues to provide logistical support.</p>
<p>ATMIS took over from the African Union Mission in Somalia (AMISOM) in April 2022 and is due to hand over all security responsibilities to Somali forces by the end of 2024.</p>
</div>
<div class="footer"><p>Follow us: Facebook | X | YouTube</p><p>&copy; 2023 Continental Security Bulletin</p></div>
</body>
</html>
"""
ev = "Mogadishu, 1 July 2023 – The African Union Transition Mission in Somalia (ATMIS) on Friday completed the first phase of its drawdown, with the departure of 2,000 soldiers drawn from the contingents of Burundi, Djibouti, Ethiopia, Kenya and Uganda, in line with UN Security Council resolution 2628 (2022)."
evs = [E("DEPLOY","occurred",[C(n,c),I("ATMIS","AU")],"2023-06-30",("Somalia","SOM"),ev) for n,c in
       [("Burundi","BDI"),("Djibouti","DJI"),("Ethiopia","ETH"),("Kenya","KEN"),("Uganda","UGA")]]
evs += [
 E("COOPERATE","occurred",[I("ATMIS","AU"),O("Somali National Army","SOM"),O("Somali Police Force","SOM"),P("Hamid Ould Salem","AU","Head of ATMIS")],"2023-06-30",("Maslah","SOM"),
   "As part of the phase, the mission handed over six forward operating bases to the Somali National Army and Somali Police Force, among them the bases at Maslah, Biyo Cadde and Sarira.",opt=True),
 E("COOPERATE","occurred",[I("European Union","EU"),I("ATMIS","AU")],"2023-06",None,
   "The European Union, which pays the allowances of ATMIS troops through the European Peace Facility, last month approved an additional €85 million for the mission."),
 E("COOPERATE","occurred",[I("UN Support Office in Somalia","UN"),I("ATMIS","AU")],None,None,
   "The UN Support Office in Somalia continues to provide logistical support.",opt=True),
]
write("u45-10","https://continental-security.example/press/2023/07/01/atmis-first-phase-drawdown",
      "ATMIS completes first phase of troop drawdown","2023-07-01","Continental Security Bulletin",h,evs,html=True)

# ---------- u45-11 scraped Nepal
t = """Himalayan Gazette
Friday, 8 December 2023 | Kathmandu 17°C | NPR/USD 132.9
News  Politics  Business  World  Opinion  Sports  Lifestyle

Nepal pledges rapid reaction company and field hospital at Accra peacekeeping meeting

Post Report, Kathmandu

Nepal pledged a quick reaction force company, an engineering company and a level-II field hospital to UN peacekeeping at the UN Peacekeeping Ministerial meeting in Accra, the Ministry of Defence said on Thursday.

The two-day ministerial, co-hosted by Ghana, brought together delegations from more than 90 countries on Tuesday and Wednesday to make new commitments to UN peace operations.

Defence Minister Hari Prasad Dhakal, who led the Nepali delegation, met Ghana's Minister for Defence, Kwame Asante-Boadu, on the sidelines of the meeting and discussed training cooperation between the two armies' peacekeeping centres. He also held talks with the UN Under-Secretary-General for Peace Operations, Jean-Pierre Lacroix.

Nepal is the second-largest contributor of uniformed personnel to UN missions, with more than 6,200 in the field, and has offered to increase the share of women among them to 15 percent by 2028.

Among other pledges announced in Accra, Pakistan offered a female engagement team, Japan promised to keep training engineers from African troop contributors under the UN's Triangular Partnership Programme, and South Korea said it would provide two C-130 transport aircraft.

Opposition lawmakers have urged the government to press the UN to reimburse troop costs on time.

Most Read
1. Gold price hits record high
2. Melamchi water supply resumes
3. Tourist arrivals cross 1 million

Share: Facebook  Twitter  Email
"""
ev_p = "Among other pledges announced in Accra, Pakistan offered a female engagement team, Japan promised to keep training engineers from African troop contributors under the UN's Triangular Partnership Programme, and South Korea said it would provide two C-130 transport aircraft."
ev_m = "Defence Minister Hari Prasad Dhakal, who led the Nepali delegation, met Ghana's Minister for Defence, Kwame Asante-Boadu, on the sidelines of the meeting and discussed training cooperation between the two armies' peacekeeping centres."
write("u45-11","https://himalayangazette.example/national/2023/12/08/nepal-pledges-accra-peacekeeping-ministerial",
      "Nepal pledges rapid reaction company and field hospital at Accra peacekeeping meeting","2023-12-08","Himalayan Gazette",t,[
 E("DEPLOY","planned",[C("Nepal","NPL"),I("United Nations","UN")],None,None,
   "Nepal pledged a quick reaction force company, an engineering company and a level-II field hospital to UN peacekeeping at the UN Peacekeeping Ministerial meeting in Accra, the Ministry of Defence said on Thursday."),
 E("MEET","occurred",[P("Hari Prasad Dhakal","NPL","Defence Minister"),P("Kwame Asante-Boadu","GHA","Minister for Defence")],"2023-12",("Accra","GHA"),ev_m),
 E("MEET","occurred",[P("Hari Prasad Dhakal","NPL","Defence Minister"),P("Jean-Pierre Lacroix","UN","Under-Secretary-General for Peace Operations")],"2023-12",("Accra","GHA"),
   "He also held talks with the UN Under-Secretary-General for Peace Operations, Jean-Pierre Lacroix."),
 E("DEPLOY","planned",[C("Pakistan","PAK"),I("United Nations","UN")],None,None,ev_p),
 E("TRAIN","planned",[C("Japan","JPN"),I("United Nations","UN")],None,None,ev_p),
 E("DEPLOY","planned",[C("South Korea","KOR"),I("United Nations","UN")],None,None,ev_p),
 E("MEET","occurred",[C("Ghana","GHA"),I("United Nations","UN"),C("Nepal","NPL"),C("Pakistan","PAK"),C("Japan","JPN"),C("South Korea","KOR")],"2023-12",("Accra","GHA"),
   "The two-day ministerial, co-hosted by Ghana, brought together delegations from more than 90 countries on Tuesday and Wednesday to make new commitments to UN peace operations.",opt=True),
])

# ---------- u45-12 scraped, domestic deployment, no events
t = """PAKISTAN OBSERVER ONLINE
Home | Pakistan | World | Business | Sports | Editorial | E-Paper
Sunday, August 28, 2022 | Islamabad 31°C | Karachi 30°C | Lahore 33°C

Army, FC troops deployed as floods submerge a third of the country

Our Correspondent

ISLAMABAD - The federal government on Saturday called out the army in all four provinces to help civil authorities cope with floods that have killed more than 1,000 people since mid-June.

Under Article 245 of the Constitution, some 6,000 soldiers, along with Frontier Corps and Rangers personnel, have been deployed to the worst-hit districts of Sindh, Balochistan and Khyber Pakhtunkhwa, the Inter-Services Public Relations said.

Army aviation has flown 22 helicopters on rescue sorties since Thursday, evacuating stranded families from rooftops in Swat and Dera Ismail Khan. Navy teams with boats are working in the submerged areas around Sukkur and Dadu.

The Chief of Army Staff visited relief camps in Rajanpur and directed formations to set up field medical camps and distribute rations.

The Prime Minister chaired an emergency meeting in Islamabad and announced that the national flash appeal would be launched with the United Nations next week. He said the scale of the disaster was beyond the capacity of any single province.

The meteorological department forecast more rain over Sindh in the coming days.

RELATED STORIES
- Pakistani peacekeepers in DR Congo awarded UN medals
- Navy inducts new corvette at Karachi
- Heat wave grips southern Punjab

Advertisement

Follow us on Twitter @PakObserverOnline
"""
write("u45-12","https://pakobserver-online.example/2022/08/28/army-fc-troops-deployed-floods",
      "Army, FC troops deployed as floods submerge a third of the country","2022-08-28","Pakistan Observer Online",t,[])
