from lib import *
text = """EL AUSTRAL ENGLISH EDITION
Chile news in English since 2009
Home | National | Santiago | Business | Mining | Sport | Travel | Opinion

Friday 17 March 2017 | Santiago 27°C sunny | UF 26,459.81 | Dollar 661.30

NATIONAL

Escuela Militar turns 200 with parade, live-fire display and a cadet's promise

By Daniela Rojas | Published 17/03/2017 - 08:30 | Updated 17/03/2017 - 10:05

Share: [Facebook] [Twitter] [WhatsApp] [Email]

Chile's Army officer academy, the Escuela Militar del Libertador Bernardo O'Higgins, celebrated its 200th anniversary on Thursday with a parade of more than 1,000 cadets in front of President Michelle Bachelet, Defence Minister Jose Antonio Gomez and the Army's Commander-in-Chief, General Humberto Oviedo.

The school was founded on 16 March 1817, a month after the battle of Chacabuco, by decree of Bernardo O'Higgins, who wanted the young republic to train its own officers. It has since produced more than 25,000 officers, among them eleven presidents of the Republic.

In the afternoon, cadets in their final year staged a live-fire demonstration at the school's training field in Las Condes, with mortars, Leopard 2 tanks of the Armoured Cavalry Regiment No. 1 and a helicopter of the Army Aviation Brigade landing a section of cadets to "capture" a hilltop. The Army said it was the first such demonstration inside the capital in more than 30 years.

Unlike at the 150th anniversary in 1967, no foreign academies were invited to the celebrations this year. An Army spokesman said the bicentennial had been planned as "a celebration for Chileans" and that the budget did not allow for delegations.

The Army also denied a report in a Santiago newspaper that the school would begin admitting foreign cadets in 2018. "There is no such plan," the spokesman said.

Bachelet, whose father, Air Force General Alberto Bachelet, died in custody after the 1973 coup, used her speech to call on the cadets to "serve democracy, always and without conditions". She handed the school a new standard and unveiled a plaque listing the female cadets who have graduated since women were first admitted in 1995.

The celebrations end on Saturday with an open day for families and a concert by the Army's symphonic band in the school's central courtyard.

Photo gallery: Bicentennial parade (24 photos)

RELATED NEWS
- Army to receive first batch of new rifles in June
- Navy frigate Almirante Lynch returns from RIMPAC training in Hawaii
- Air Force marks 87 years with flypast over Santiago
- Opinion: Do we still need conscription?

Most commented | Most read | Editor's picks

El Austral English Edition (c) 2017. This website uses cookies. By continuing to browse you accept their use. More information
"""
doc = dict(id="u40-17", url="https://elaustral-english.example/national/2017/03/17/escuela-militar-turns-200",
           title="Escuela Militar turns 200 with parade, live-fire display and a cadet's promise", published="2017-03-17",
           source="El Austral English Edition", lang="en", text=text)
write(doc, [])
