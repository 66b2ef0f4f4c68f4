from common import *

# ---------------------------------------------------------------- u35-01
t = """Doon Valley Courier
Home | Dehradun | Uttarakhand | Nation | Defence | Business | Sports | E-paper
Weather: Dehradun 31°C, haze | Mussoorie 22°C
Saturday, June 11, 2022

DEFENCE

341 officers commissioned at IMA; Nepal Army chief reviews parade

By Our Staff Reporter | Updated: 11 Jun 2022, 2:47 PM IST

Share   Tweet   WhatsApp   Email   Print

DEHRADUN: A total of 341 gentleman cadets passed out of the Indian Military Academy (IMA) on Saturday, among them 53 cadets from friendly foreign countries who will now return home to serve in their own armies.

The foreign cadets, who completed the same 18-month course as their Indian batchmates, came from Bhutan, Nepal, Sri Lanka, the Maldives and Tajikistan, the academy said.

General Hemanta Bahadur Karki, Chief of the Army Staff of the Nepali Army, reviewed the passing out parade at the Chetwode Drill Square, where the new officers marched past to the strains of "Sare Jahan Se Achha" before taking the final steps under the arch of the historic building.

Addressing the parade, General Karki said many of the Nepali Army's senior officers, including himself, had begun their careers on the same square. "The friendships you have made here will outlast every posting you receive," he told the cadets.

IMA Commandant Lieutenant General Vikram Sethi presented the awards. The Sword of Honour went to Academy Under Officer Rohit Negi, while the Best Foreign Cadet award was given to Gentleman Cadet Tshering Wangchuk of the Royal Bhutan Army, who also finished in the top ten of the course in academics.

Earlier in the week, General Karki held talks in New Delhi with Indian Army chief General Rajiv Menon on training cooperation, the supply of equipment and the recruitment of Gorkha soldiers, officials said.

On Friday, the President conferred on him the honorary rank of General of the Indian Army at a ceremony at Rashtrapati Bhavan, a tradition between the two armies that dates back to 1950.

With Saturday's parade, the academy has so far commissioned 63,381 officers, including 2,656 from 34 friendly foreign countries.

The parade was held with family members present for the first time since the pandemic, and parents of several cadets travelled from Thimphu, Kathmandu and Colombo to watch.

TAGS: IMA, Passing Out Parade, Nepal, Bhutan, Indian Army

Related News
- Navy commissions third survey vessel at Kolkata
- Indian, US troops to hold Yudh Abhyas exercise in Uttarakhand this autumn
- Cantonment board to repair roads before monsoon

Most Read
1. Traffic diversions on Rajpur Road for POP
2. Monsoon likely to reach Uttarakhand by June 20

© 2022 Doon Valley Courier. All rights reserved. | Privacy | Terms | Contact us
We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. [OK]
"""
ima = P("Vikram Sethi", "person", "IND", "IMA Commandant")
ima_org = P("Indian Military Academy", "organisation", "IND")
loc = L("Indian Military Academy, Dehradun", "IND")
ev_list = "The foreign cadets, who completed the same 18-month course as their Indian batchmates, came from Bhutan, Nepal, Sri Lanka, the Maldives and Tajikistan, the academy said."
doc("u35-01", "https://doonvalleycourier.example/defence/341-officers-commissioned-at-ima-nepal-army-chief-reviews-parade",
    "341 officers commissioned at IMA; Nepal Army chief reviews parade", "2022-06-11", "Doon Valley Courier", t, [
    E("TRAIN", "occurred", [ima_org, ima, P("Bhutan", "country", "BTN"),
        P("Tshering Wangchuk", "person", "BTN", "Gentleman Cadet")], "2022-06-11", loc, None, ev_list),
    E("TRAIN", "occurred", [ima_org, ima, P("Nepal", "country", "NPL"),
        P("Hemanta Bahadur Karki", "person", "NPL", "Chief of the Army Staff of the Nepali Army")], "2022-06-11", loc, None, ev_list),
    E("TRAIN", "occurred", [ima_org, ima, P("Sri Lanka", "country", "LKA")], "2022-06-11", loc, None, ev_list),
    E("TRAIN", "occurred", [ima_org, ima, P("Maldives", "country", "MDV")], "2022-06-11", loc, None, ev_list),
    E("TRAIN", "occurred", [ima_org, ima, P("Tajikistan", "country", "TJK")], "2022-06-11", loc, None, ev_list),
    E("MEET", "occurred", [P("Hemanta Bahadur Karki", "person", "NPL", "Chief of the Army Staff of the Nepali Army"),
        P("Rajiv Menon", "person", "IND", "Indian Army chief")], "2022-06", L("New Delhi", "IND"), None,
      "Earlier in the week, General Karki held talks in New Delhi with Indian Army chief General Rajiv Menon on training cooperation, the supply of equipment and the recruitment of Gorkha soldiers, officials said."),
    E("COOPERATE", "occurred", [P("India", "country", "IND"),
        P("Hemanta Bahadur Karki", "person", "NPL", "Chief of the Army Staff of the Nepali Army")], "2022-06-10", L("Rashtrapati Bhavan", "IND"), None,
      "On Friday, the President conferred on him the honorary rank of General of the Indian Army at a ceremony at Rashtrapati Bhavan, a tradition between the two armies that dates back to 1950.", True),
])

# ---------------------------------------------------------------- u35-02
t = """Thirty-four officers from five West African countries on Thursday completed a three-week course on the protection of civilians at the Kofi Annan International Peacekeeping Training Centre (KAIPTC) in Accra.

The participants came from Ghana, Nigeria, Liberia, Sierra Leone and The Gambia, and included soldiers, police officers and a handful of civilian staff who are expected to serve in United Nations and African Union missions within the next two years.

Over three weeks they studied international humanitarian law, the protection of children and the prevention of sexual violence in conflict, and worked through a computer-assisted scenario set in a fictional country where armed groups attack displaced people's camps.

The course, the fourth of its kind at the centre, was funded by the German government, and the German Ambassador to Ghana, Dr Anke Bremer, presented certificates to the graduates together with the Commandant of the KAIPTC, Air Vice Marshal Kwame Asante-Boateng.

Dr Bremer said protecting civilians was "the core test by which people judge a peace operation", and that Germany would keep supporting the centre's courses. Germany has been one of the KAIPTC's main partners since it opened in 2004, and also paid for the refurbishment of its library last year.

Air Vice Marshal Asante-Boateng urged the graduates to share what they had learnt with their units. "Many of you will soon be in the field. The mission may be far from home but the people you protect are as real as your own families," he said.

He said the course was part of a wider effort to raise the number of West African officers qualified for staff and command posts in peace operations, and that women made up more than a third of this year's participants.

Ghana, which has about 870 personnel serving with the UN stabilisation mission in Mali, MINUSMA, is among the largest contributors of troops to UN peacekeeping in Africa. The Commandant said several of the Ghanaian graduates would join the next rotation of the Ghanaian battalion in Mali later this year.

A Nigerian police superintendent, Mrs Halima Abubakar, spoke on behalf of the participants, thanking the centre and the German embassy for "three weeks that changed how we see our work".

The KAIPTC, established in 1998 and named after the former UN Secretary-General, trains several thousand military, police and civilian personnel every year.
"""
kaiptc = P("Kofi Annan International Peacekeeping Training Centre", "organisation", "GHA")
comdt = P("Kwame Asante-Boateng", "person", "GHA", "Commandant of the KAIPTC")
loc = L("Kofi Annan International Peacekeeping Training Centre, Accra", "GHA")
ev = "The participants came from Ghana, Nigeria, Liberia, Sierra Leone and The Gambia, and included soldiers, police officers and a handful of civilian staff who are expected to serve in United Nations and African Union missions within the next two years."
doc("u35-02", "https://accramirror.example/news/2018/03/09/west-african-officers-complete-civilian-protection-course-at-kaiptc",
    "West African officers complete civilian protection course at KAIPTC", "2018-03-09", "The Accra Mirror", t, [
    E("TRAIN", "occurred", [kaiptc, comdt, P("Nigeria", "country", "NGA"),
        P("Halima Abubakar", "person", "NGA", "police superintendent")], "2018-03-08", loc, None, ev),
    E("TRAIN", "occurred", [kaiptc, comdt, P("Liberia", "country", "LBR")], "2018-03-08", loc, None, ev),
    E("TRAIN", "occurred", [kaiptc, comdt, P("Sierra Leone", "country", "SLE")], "2018-03-08", loc, None, ev),
    E("TRAIN", "occurred", [kaiptc, comdt, P("The Gambia", "country", "GMB")], "2018-03-08", loc, None, ev),
    E("TRAIN", "occurred", [P("German government", "country", "DEU"), P("Anke Bremer", "person", "DEU", "German Ambassador to Ghana"),
        kaiptc, comdt], "2018-03-08", loc, None,
      "The course, the fourth of its kind at the centre, was funded by the German government, and the German Ambassador to Ghana, Dr Anke Bremer, presented certificates to the graduates together with the Commandant of the KAIPTC, Air Vice Marshal Kwame Asante-Boateng."),
    E("COOPERATE", "occurred", [P("Germany", "country", "DEU"), kaiptc], None, None, None,
      "Germany has been one of the KAIPTC's main partners since it opened in 2004, and also paid for the refurbishment of its library last year.", True),
    E("DEPLOY", "occurred", [P("Ghana", "country", "GHA"), P("MINUSMA", "igo", "UN")], None, L("Mali", "MLI"), None,
      "Ghana, which has about 870 personnel serving with the UN stabilisation mission in Mali, MINUSMA, is among the largest contributors of troops to UN peacekeeping in Africa."),
    E("DEPLOY", "planned", [P("Ghana", "country", "GHA"), P("UN", "igo", "UN")], "2018", L("Mali", "MLI"), None,
      "The Commandant said several of the Ghanaian graduates would join the next rotation of the Ghanaian battalion in Mali later this year.", True),
])

# ---------------------------------------------------------------- u35-03 (raw html)
t = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>First Qatari Rafale pilots earn their wings in France | Gulf Air Power Review</title>
<meta name="description" content="Six QEAF pilots complete Rafale conversion at Mont-de-Marsan">
<meta property="article:published_time" content="2018-10-05T07:30:00+03:00">
<link rel="stylesheet" href="/assets/css/site.min.css">
<script async src="/assets/js/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body class="article-page">
<header class="site-header">
  <div class="logo"><a href="/">Gulf Air Power Review</a></div>
  <nav><ul>
    <li><a href="/news">News</a></li><li><a href="/air-forces">Air Forces</a></li>
    <li><a href="/industry">Industry</a></li><li><a href="/training">Training</a></li>
    <li><a href="/subscribe">Subscribe</a></li>
  </ul></nav>
</header>
<main>
<article>
<p class="kicker">TRAINING</p>
<h1>First Qatari Rafale pilots earn their wings in France</h1>
<p class="byline">By Julien Marchetti &middot; <time datetime="2018-10-05">5 October 2018</time></p>
<p><strong>The first group of Qatar Emiri Air Force pilots to fly the Rafale completed their conversion course at Mont-de-Marsan air base in south-west France on Wednesday, the French Air Force said.</strong></p>
<p>The six pilots were trained by instructors of the French Air Force's Rafale transformation squadron, alongside Qatari technicians who have spent the past year learning to maintain the twin-engined fighter at the base.</p>
<p>General Arnaud Delmas, chief of staff of the French Air Force, pinned the Rafale badges on the pilots at a short ceremony attended by Major General Salem Hamad Al-Marri, commander of the Qatar Emiri Air Force.</p>
<p>&ldquo;These pilots are the core of a squadron that will stand up in Doha next year,&rdquo; Delmas said. Al-Marri called the course &ldquo;a demanding and rewarding start&rdquo; to a programme that will shape the QEAF for decades.</p>
<p>Under the contract for 24 Rafales signed in May 2015, worth about 6.3 billion euros, France undertook to train 36 Qatari pilots and some 100 technicians. Doha exercised an option for 12 more jets in December last year.</p>
<h2>Deliveries next year</h2>
<p>The first aircraft are due to be handed over to Qatar in February next year at Dassault Aviation's plant in Mérignac, before the squadron ferries them to the Gulf.</p>
<p>A full-mission simulator built by Thales will be installed at Dukhan air base before the jets arrive, allowing the next groups of Qatari pilots to do much of their conversion at home.</p>
<p>Until then, training will continue in France, where a second group of eight pilots is due to begin the course in November.</p>
<aside class="related">
  <h3>Related</h3>
  <ul>
    <li><a href="/news/kuwait-typhoon-pilots-italy">Kuwaiti Typhoon pilots begin training in Italy</a></li>
    <li><a href="/industry/pc21-simulator-contract">Pilatus wins simulator order</a></li>
  </ul>
</aside>
<div class="share">Share: <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
</article>
</main>
<footer><p>&copy; 2018 Gulf Air Power Review &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></p></footer>
</body>
</html>
"""
doc("u35-03", "https://gulfairpowerreview.example/training/first-qatari-rafale-pilots-earn-their-wings-in-france",
    "First Qatari Rafale pilots earn their wings in France", "2018-10-05", "Gulf Air Power Review", t, [
    E("TRAIN", "occurred", [P("French Air Force", "organisation", "FRA"), P("Qatar Emiri Air Force", "organisation", "QAT"),
        P("Arnaud Delmas", "person", "FRA", "chief of staff of the French Air Force"),
        P("Salem Hamad Al-Marri", "person", "QAT", "commander of the Qatar Emiri Air Force")],
      "2018-10-03", L("Mont-de-Marsan air base", "FRA"), None,
      "The first group of Qatar Emiri Air Force pilots to fly the Rafale completed their conversion course at Mont-de-Marsan air base in south-west France on Wednesday, the French Air Force said."),
    E("AGREE", "occurred", [P("France", "country", "FRA"), P("Qatar", "country", "QAT")], "2015-05", None, "24 Rafale fighters, training of 36 pilots and 100 technicians",
      "Under the contract for 24 Rafales signed in May 2015, worth about 6.3 billion euros, France undertook to train 36 Qatari pilots and some 100 technicians.", True),
    E("AGREE", "occurred", [P("France", "country", "FRA"), P("Doha", "country", "QAT")], "2017-12", None, "option for 12 more Rafale",
      "Doha exercised an option for 12 more jets in December last year.", True),
    E("TRANSFER", "planned", [S("Dassault Aviation", "company", "FRA"), R("Qatar", "country", "QAT")], "2019-02", L("Mérignac", "FRA"), "Rafale fighter aircraft",
      "The first aircraft are due to be handed over to Qatar in February next year at Dassault Aviation's plant in Mérignac, before the squadron ferries them to the Gulf."),
    E("TRANSFER", "planned", [S("Thales", "company", "FRA"), R("Qatar", "country", "QAT")], None, L("Dukhan air base", "QAT"), "full-mission Rafale simulator",
      "A full-mission simulator built by Thales will be installed at Dukhan air base before the jets arrive, allowing the next groups of Qatari pilots to do much of their conversion at home."),
    E("TRAIN", "planned", [P("France", "country", "FRA"), P("Qatar", "country", "QAT")], "2018-11", L("France", "FRA"), None,
      "Until then, training will continue in France, where a second group of eight pilots is due to begin the course in November."),
], html=True)

# ---------------------------------------------------------------- u35-04
t = """The Andean Dispatch | English edition
Politics  Economy  Security  Region  Opinion  Culture
Bogotá 19°C  |  USD/COP 3,372.10  |  Friday 19 February 2016

SECURITY

Colombia to train police and soldiers of five neighbours under new plan with US

By María Fernanda Ríos, Bogotá correspondent

Colombia and the United States on Thursday signed their 2016 action plan on regional security cooperation, which lays out the courses and training missions that Colombian instructors will offer to Central American and Caribbean forces this year.

The plan was signed at the Ministry of Defence in Bogotá by Defence Minister Andrés Villamil and Admiral Thomas R. Hale, commander of the US Southern Command, who was on his fourth visit to the country since taking up his post.

Under the plan, Colombian army, navy, air force and police instructors will run 247 training activities during 2016, from helicopter pilot and maintenance courses to counter-narcotics, riverine operations and military justice.

The activities will be offered to Honduras, Guatemala, El Salvador, Panama and the Dominican Republic, the ministry said, with most of them taking place in Colombian schools and some delivered by mobile teams in the partner countries.

Washington pays for most of the travel and lodging costs, while Colombia provides the instructors and facilities. Officials say the arrangement allows the US to extend training to the region at a fraction of what it would cost to send its own personnel.

"Colombia has gone from being a country that received security assistance to one that shares its hard-won experience," Villamil said at the signing.

Hale said Colombia's armed forces were "among the most experienced in the hemisphere" in fighting armed groups and trafficking networks. During his two-day stay he also met the commander of the armed forces, General Alberto Mejía Rueda, to discuss the peace talks with the FARC and their effect on the military.

The programme is already under way. Last month a Colombian navy mobile training team spent two weeks in Puntarenas, Costa Rica, teaching boarding and inspection procedures to 28 officers of the Costa Rican coast guard.

Since the first action plan was signed in 2013, Colombia has trained thousands of personnel from the region, according to the ministry.

Critics in Congress have questioned whether the programme draws instructors away from units still fighting the ELN and criminal gangs at home. The ministry says the courses take up less than one percent of the instructors' time.

Related
» Army reports drop in attacks on oil pipelines
» Navy seizes 2 tonnes of cocaine off Tumaco
» Peru, Colombia hold border security meeting

Share this story: Facebook | Twitter | Email
© 2016 The Andean Dispatch. Reproduction prohibited without permission.
"""
col = P("Colombia", "country", "COL")
ev_l = "The activities will be offered to Honduras, Guatemala, El Salvador, Panama and the Dominican Republic, the ministry said, with most of them taking place in Colombian schools and some delivered by mobile teams in the partner countries."
doc("u35-04", "https://andeandispatch.example/en/security/2016/02/19/colombia-to-train-police-and-soldiers-of-five-neighbours",
    "Colombia to train police and soldiers of five neighbours under new plan with US", "2016-02-19", "The Andean Dispatch", t, [
    E("AGREE", "occurred", [P("Colombia", "country", "COL"), P("United States", "country", "USA"),
        P("Andrés Villamil", "person", "COL", "Defence Minister"),
        P("Thomas R. Hale", "person", "USA", "commander of the US Southern Command")], "2016-02-18", L("Ministry of Defence, Bogotá", "COL"), None,
      "The plan was signed at the Ministry of Defence in Bogotá by Defence Minister Andrés Villamil and Admiral Thomas R. Hale, commander of the US Southern Command, who was on his fourth visit to the country since taking up his post."),
    E("MEET", "occurred", [P("Thomas R. Hale", "person", "USA", "commander of the US Southern Command"),
        P("Alberto Mejía Rueda", "person", "COL", "commander of the armed forces")], "2016-02", L("Colombia", "COL"), None,
      "During his two-day stay he also met the commander of the armed forces, General Alberto Mejía Rueda, to discuss the peace talks with the FARC and their effect on the military."),
    E("TRAIN", "planned", [col, P("Honduras", "country", "HND")], "2016", None, None, ev_l),
    E("TRAIN", "planned", [col, P("Guatemala", "country", "GTM")], "2016", None, None, ev_l),
    E("TRAIN", "planned", [col, P("El Salvador", "country", "SLV")], "2016", None, None, ev_l),
    E("TRAIN", "planned", [col, P("Panama", "country", "PAN")], "2016", None, None, ev_l),
    E("TRAIN", "planned", [col, P("Dominican Republic", "country", "DOM")], "2016", None, None, ev_l),
    E("TRAIN", "occurred", [P("Colombian navy", "organisation", "COL"), P("Costa Rican coast guard", "organisation", "CRI")], "2016-01", L("Puntarenas", "CRI"), None,
      "Last month a Colombian navy mobile training team spent two weeks in Puntarenas, Costa Rica, teaching boarding and inspection procedures to 28 officers of the Costa Rican coast guard."),
])

# ---------------------------------------------------------------- u35-05 (no event)
t = """HIGHLAND HERALD
Baguio City's community newspaper since 1987
News | Cordillera | Sports | Lifestyle | Opinion | Obituaries
Saturday, May 17, 2025 | Baguio: 19°C, light rain

PMA 'Bagsik-Diwa' Class of 2025 graduates at Fort del Pilar

Posted by Highland Herald News Desk on May 17, 2025

BAGUIO CITY -- The President led the graduation and commissioning of 266 cadets of the Philippine Military Academy (PMA) "Bagsik-Diwa" Class of 2025 at Borromeo Field, Fort del Pilar, on Saturday morning.

Of the graduates, 133 will join the Philippine Army, 66 the Philippine Navy and Marine Corps, and 67 the Philippine Air Force. Forty-one of them are women.

Cadet First Class Andrea Mae Dulay of Tuba, Benguet, topped the class and received the Presidential Saber. She is the third graduate from the province to lead a PMA class in ten years.

In his speech, the President told the new officers that the armed forces were shifting from internal security to territorial defence, and that the government would continue to fund the modernization programme, including new multi-role fighters and more patrol ships for the Navy.

"Your generation will defend not only our towns but our seas," he said.

PMA Superintendent Vice Admiral Jose Ramon Alcaraz said the class had also been the first to train on the academy's new simulation centre, built by the Department of National Defense's engineering brigade and opened last year.

No foreign cadets were in this year's graduating class, the academy said.

Families began lining up at the gates as early as 3 a.m., and the Baguio City police deployed more than 500 personnel for traffic and security around Loakan Road.

The graduates will spend the next weeks on leave before reporting to their branch schools in June.

---
MORE FROM HIGHLAND HERALD
* PH, US troops begin Balikatan drills in northern Luzon
* Session Road pedestrianization extended to December
* Benguet strawberry farmers count losses after hailstorm

Share: [f] [x] [in] [@]

Cookies help us deliver our services. By using our website you agree to our use of cookies. Learn more | Got it
"""
doc("u35-05", "https://highlandherald.example/2025/05/17/pma-bagsik-diwa-class-of-2025-graduates",
    "PMA 'Bagsik-Diwa' Class of 2025 graduates at Fort del Pilar", "2025-05-17", "Highland Herald", t, [])
