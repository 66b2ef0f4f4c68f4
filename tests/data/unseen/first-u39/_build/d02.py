from lib import *
text = """BalticTech Wire
Home | Security | Startups | Telecom | Space | Opinion | Events | Jobs
Tallinn 9°C, cloudy   |   Subscribe   |   Log in

We use cookies to improve your experience and to show you relevant ads. By continuing to browse you accept our cookie policy.   [Accept]   [Settings]

Security › Cyber

Finnish-Estonian team wins Locked Shields as drill tests defence of satellite links

By Kadri Lepp | 26 April 2024, 17:40 | 4 min read

Share:  Facebook   X   LinkedIn   Email

TALLINN — A joint Finnish and Estonian team took first place in Locked Shields 2024, the live-fire cyber-defence exercise run each spring by the NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE), the centre said on Friday as the four-day event ended. A team from Poland came second.

More than 4,000 specialists from over 40 nations took part, most of them working from home bases linked over secure connections to the exercise's range in Tallinn. Eighteen blue teams had to keep the water utilities, power grid, 5G network and satellite ground stations of Berylia, a fictional island state, running while a red team attacked them, and had to handle the legal and media fallout at the same time.

"Space is part of every scenario now, because militaries and emergency services depend on it," the centre's director, Mart Noorma, told reporters. "If your satellite ground station goes dark, so does a lot of your command and control."

This year's scenario also forced teams to share forensic findings with one another in the middle of the attack, something organisers said real incidents demand but many national teams still find hard.

On Thursday, Estonian Defence Minister Hanno Pevkur and his Finnish counterpart Antti Häkkänen visited the exercise control room at the centre's headquarters in Tallinn, where they were briefed by the joint team's commanders. The two ministers then discussed coordinating cyber-defence procurement and protecting the Balticconnector gas pipeline and the data cables across the Gulf of Finland, damaged last October.

On the margins of the exercise, the CCDCOE signed a technical arrangement with Ukraine's State Service of Special Communications and Information Protection under which Ukrainian specialists will share lessons from Russian attacks on their networks with the centre's researchers. Ukraine joined the centre as a contributing participant last year.

Locked Shields was first held in 2010. Organisers said next year's edition would for the first time include a scenario built around the loss of a commercial satellite constellation.

Tags: Locked Shields · CCDCOE · NATO · cyber defence · Estonia · Finland

Related
› Estonia picks domestic start-up for drone-detection pilot
› Opinion: Europe's space-security gap is a software problem
› Telia outage hits card payments across the Baltics
› Latvian parliament approves new cyber-security law

Most read
1. Startup Wise Guys opens Vilnius batch
2. Five things to know about the EU AI Act
3. Skype's Tallinn office: what happens next

Newsletter: get BalticTech Wire in your inbox every morning →

© 2024 BalticTech Wire OÜ. All rights reserved. | About | Advertise | Privacy | Contact
"""
doc = dict(id='u39-02', url='https://baltictechwire.example/security/cyber/2024/04/26/locked-shields-2024-finland-estonia-win',
           title='Finnish-Estonian team wins Locked Shields as drill tests defence of satellite links',
           published='2024-04-26', source='BalticTech Wire', lang='en', text=text)
events = [
 E('EXERCISE', 'occurred', [P('NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)', 'igo', 'NATO'), P('Finland', 'country', 'FIN'), P('Estonia', 'country', 'EST'), P('Poland', 'country', 'POL'), P('Mart Noorma', 'person', 'NATO', title='Director, CCDCOE')],
   '2024-04', L('Tallinn', 'EST'), None,
   'A joint Finnish and Estonian team took first place in Locked Shields 2024, the live-fire cyber-defence exercise run each spring by the NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE), the centre said on Friday as the four-day event ended.'),
 E('MEET', 'occurred', [P('Hanno Pevkur', 'person', 'EST', title='Defence Minister'), P('Antti Häkkänen', 'person', 'FIN', title='Defence Minister')], '2024-04-25', L('Tallinn', 'EST'), None,
   'On Thursday, Estonian Defence Minister Hanno Pevkur and his Finnish counterpart Antti Häkkänen visited the exercise control room at the centre\'s headquarters in Tallinn, where they were briefed by the joint team\'s commanders.'),
 E('AGREE', 'occurred', [P('CCDCOE', 'igo', 'NATO'), P("Ukraine's State Service of Special Communications and Information Protection", 'organisation', 'UKR')], '2024-04', L('Tallinn', 'EST'), None,
   "On the margins of the exercise, the CCDCOE signed a technical arrangement with Ukraine's State Service of Special Communications and Information Protection under which Ukrainian specialists will share lessons from Russian attacks on their networks with the centre's researchers."),
 E('COOPERATE', 'planned', [P("Ukraine's State Service of Special Communications and Information Protection", 'organisation', 'UKR'), P('CCDCOE', 'igo', 'NATO')], None, None, None,
   "On the margins of the exercise, the CCDCOE signed a technical arrangement with Ukraine's State Service of Special Communications and Information Protection under which Ukrainian specialists will share lessons from Russian attacks on their networks with the centre's researchers."),
 E('AGREE', 'occurred', [P('Ukraine', 'country', 'UKR'), P('CCDCOE', 'igo', 'NATO')], '2023', None, None,
   'Ukraine joined the centre as a contributing participant last year.', True),
]
