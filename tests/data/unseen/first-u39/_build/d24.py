from lib import *
text = """COUNTER-UAS REPORT
Detection | Defeat | Policy | Contracts | Events | Podcast
Newsletter | Advertise | Log in

Events › Exercises

NATO counter-drone trial at Vredepeel draws record field as Ukraine lessons sink in

27 September 2024 · Jan-Willem Bakker · 5 min read

VREDEPEEL, Netherlands — NATO's annual counter-drone Technical Interoperability Exercise (C-UAS TIE) ended on Friday at the Dutch army's Vredepeel training area, after two weeks in which more than 60 detection and defeat systems were tested against some 1,200 drone flights.

The exercise, organised by the NATO Communications and Information Agency (NCIA) and hosted by the Royal Netherlands Army for the third year running, brought together military teams from 18 allied and partner nations and about 40 companies. Systems were tested against single drones, swarms and fibre-optic-guided drones that cannot be jammed, a type that has appeared on the front line in Ukraine this year.

A Ukrainian delegation observed the trials for the first time, sharing what its units have learned about Russian drone tactics.

On Wednesday, Dutch Defence Minister Ruben Brekelmans and German Parliamentary State Secretary Siemtje Möller signed a letter of intent at Vredepeel for the two countries to jointly develop and buy a mobile counter-drone system for their land forces, to be built by companies from both countries. The first prototypes are expected in 2026.

Brekelmans also said the Netherlands would deliver counter-drone equipment worth 50 million euros to Ukraine this winter, including jammers, detection radars and interceptor drones, as part of its military aid for 2024.

"What we learn here in two weeks, Ukrainian soldiers have learned at great cost over two years," Brekelmans said.

Results from the exercise feed into NATO standards for how counter-drone sensors, effectors and command systems exchange data, so that a radar made by one company can cue a jammer or gun made by another. NCIA officials said the number of systems that passed interoperability tests had roughly doubled since last year.

Share:  LinkedIn · X · Email

Related
• Pentagon awards counter-swarm prototype deals
• Opinion: Europe needs cheaper interceptors, not better radars
• Drone wall? Baltic states weigh border sensor network

© 2024 Counter-UAS Report. All rights reserved.
"""
doc = dict(id='u39-24', url='https://counteruasreport.example/events/exercises/nato-c-uas-tie-vredepeel-2024',
           title='NATO counter-drone trial at Vredepeel draws record field as Ukraine lessons sink in',
           published='2024-09-27', source='Counter-UAS Report', lang='en', text=text)
VRE = L('Vredepeel training area', 'NLD')
sig = [P('Ruben Brekelmans', 'person', 'NLD', title='Defence Minister'), P('Siemtje Möller', 'person', 'DEU', title='Parliamentary State Secretary')]
ev_loi = 'On Wednesday, Dutch Defence Minister Ruben Brekelmans and German Parliamentary State Secretary Siemtje Möller signed a letter of intent at Vredepeel for the two countries to jointly develop and buy a mobile counter-drone system for their land forces, to be built by companies from both countries.'
events = [
 E('EXERCISE', 'occurred', [P('NATO Communications and Information Agency (NCIA)', 'igo', 'NATO'), P('Royal Netherlands Army', 'organisation', 'NLD')], '2024-09', VRE, None,
   'The exercise, organised by the NATO Communications and Information Agency (NCIA) and hosted by the Royal Netherlands Army for the third year running, brought together military teams from 18 allied and partner nations and about 40 companies.'),
 E('EXERCISE', 'occurred', [P('Ukrainian delegation', 'organisation', 'UKR'), P('NATO', 'igo', 'NATO')], '2024-09', VRE, None,
   'A Ukrainian delegation observed the trials for the first time, sharing what its units have learned about Russian drone tactics.', True),
 E('COOPERATE', 'occurred', [P('Ukrainian delegation', 'organisation', 'UKR'), P('NATO', 'igo', 'NATO')], '2024-09', VRE, 'sharing lessons on Russian drone tactics',
   'A Ukrainian delegation observed the trials for the first time, sharing what its units have learned about Russian drone tactics.', True),
 E('AGREE', 'occurred', sig + [P('Netherlands', 'country', 'NLD'), P('Germany', 'country', 'DEU')], '2024-09-25', VRE, 'letter of intent on joint counter-drone system', ev_loi),
 E('MEET', 'occurred', sig, '2024-09-25', VRE, None, ev_loi),
 E('INDUSTRY', 'planned', [P('Netherlands', 'country', 'NLD'), P('Germany', 'country', 'DEU')], None, None, 'joint development of a mobile counter-drone system (first prototypes)', ev_loi),
 E('TRANSFER', 'planned', [S('Netherlands', 'country', 'NLD'), S('Ruben Brekelmans', 'person', 'NLD', title='Defence Minister'), R('Ukraine', 'country', 'UKR')], None, None,
   'counter-drone equipment worth EUR 50 million: jammers, detection radars, interceptor drones',
   'Brekelmans also said the Netherlands would deliver counter-drone equipment worth 50 million euros to Ukraine this winter, including jammers, detection radars and interceptor drones, as part of its military aid for 2024.'),
]
