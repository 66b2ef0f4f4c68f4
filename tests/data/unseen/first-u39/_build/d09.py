from lib import *
text = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>US clears $15bn THAAD sale to Saudi Arabia a day after Riyadh's Russian arms deals - Gulf Standard</title>
<meta name="keywords" content="THAAD, Saudi Arabia, S-400, Russia, arms">
<link rel="canonical" href="https://gulfstandard.example/region/saudi/us-clears-thaad-sale-saudi-arabia">
<link rel="stylesheet" href="/css/gs.css">
<style>.ad-slot{min-height:90px}</style>
<script>var _gs={section:"region",page:"article",id:"88213"};</script>
</head>
<body>
<div id="masthead">
<div class="ticker">Brent $55.62 &#9650; | Gold $1,273 &#9660; | USD/SAR 3.75 | Riyadh 35&deg;C Jeddah 33&deg;C Dubai 34&deg;C</div>
<a href="/" class="brand">GULF STANDARD</a>
<ul class="menu">
<li><a href="/region/">Region</a></li>
<li><a href="/business/">Business</a></li>
<li><a href="/energy/">Energy</a></li>
<li><a href="/world/">World</a></li>
<li><a href="/opinion/">Opinion</a></li>
<li><a href="/lifestyle/">Lifestyle</a></li>
</ul>
</div>
<div class="ad-slot" id="leaderboard"><!-- ad --></div>
<div id="content">
<div class="crumbs"><a href="/region/">Region</a> / <a href="/region/saudi/">Saudi Arabia</a></div>
<h1>US clears $15bn THAAD sale to Saudi Arabia a day after Riyadh's Russian arms deals</h1>
<div class="meta">Gulf Standard staff and agencies | Published: Sat 07 Oct 2017 | Updated: 07 Oct 2017 11:02 GST</div>
<div class="story">
<p>WASHINGTON / RIYADH - The US State Department on Friday approved the possible sale to Saudi Arabia of the Terminal High Altitude Area Defense (THAAD) anti-missile system, in a package worth an estimated $15 billion that includes 44 launchers, 360 interceptor missiles, 16 fire control and communications stations and seven AN/TPY-2 radars.</p>
<p>The Defense Security Cooperation Agency, which notified Congress, said the sale would help the kingdom defend itself against ballistic missiles fired by Houthi fighters in Yemen. Lockheed Martin, which builds THAAD, and Raytheon, maker of the AN/TPY-2 radar, would be the main contractors.</p>
<p>The approval came a day after Saudi Arabia signed a series of arms agreements with Russia during the first visit to Moscow by a reigning Saudi king. King Salman held talks with President Vladimir Putin in the Kremlin on Thursday.</p>
<p>Saudi Arabia's state-owned Military Industries Corporation said it had signed a memorandum of understanding with Rosoboronexport, Russia's arms export agency, for the purchase of the S-400 Triumf air defence system, as well as Kornet-EM anti-tank missile systems, TOS-1A multiple rocket launchers and AGS-30 grenade launchers.</p>
<p>Under separate agreements, Russia will transfer technology for the local production of the Kornet-EM, TOS-1A and AGS-30 systems, and the kingdom will manufacture Kalashnikov AK-103 rifles and their ammunition under licence, the corporation said.</p>
<p>Analysts cautioned that arms deals announced by Moscow and Riyadh in the past had not always been completed. Saudi Arabia, one of the world's largest arms importers, buys most of its weapons from the United States and Britain.</p>
<p>The THAAD package is part of the roughly $110 billion in arms sales that the Trump administration announced during the president's visit to Riyadh in May.</p>
<p>In May, Lockheed Martin also signed a letter of intent with the kingdom to assemble 150 S-70 Black Hawk helicopters in Saudi Arabia, a step the company described as a long-term commitment to the Saudi defence industry.</p>
<p>Saudi officials are expected to press for part of the THAAD work to be carried out in the kingdom under the Vision 2030 plan, which aims to produce half of the country's military spending locally by 2030.</p>
<p>The United Arab Emirates became the first foreign buyer of THAAD in 2011 and has operated two batteries since 2016.</p>
</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">WhatsApp</a></div>
<div class="ad-slot" id="mpu"><!-- ad --></div>
<div class="more">
<h4>More from Region</h4>
<ul>
<li><a href="/region/kuwait/">Kuwait emir hosts Gulf mediation talks</a></li>
<li><a href="/region/oman/">Oman opens new Duqm dry dock</a></li>
<li><a href="/region/saudi/women-driving">Saudi driving schools prepare for women learners</a></li>
</ul>
</div>
</div>
<div id="footer">Copyright &copy; 2017 Gulf Standard Media. <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a></div>
<script src="/js/vendor.js"></script>
</body>
</html>
"""
doc = dict(id='u39-09', url='https://gulfstandard.example/region/saudi/us-clears-thaad-sale-saudi-arabia',
           title="US clears $15bn THAAD sale to Saudi Arabia a day after Riyadh's Russian arms deals",
           published='2017-10-07', source='Gulf Standard', lang='en', text=text)
MOS = L('Moscow', 'RUS')
events = [
 E('TRANSFER', 'planned', [S('US State Department', 'organisation', 'USA'), S('Defense Security Cooperation Agency', 'organisation', 'USA'), S('Lockheed Martin', 'company', 'USA'), S('Raytheon', 'company', 'USA'), R('Saudi Arabia', 'country', 'SAU')], None, None,
   'THAAD anti-missile system: 44 launchers, 360 interceptor missiles, 16 fire control and communications stations, seven AN/TPY-2 radars',
   'WASHINGTON / RIYADH - The US State Department on Friday approved the possible sale to Saudi Arabia of the Terminal High Altitude Area Defense (THAAD) anti-missile system, in a package worth an estimated $15 billion that includes 44 launchers, 360 interceptor missiles, 16 fire control and communications stations and seven AN/TPY-2 radars.'),
 E('MEET', 'occurred', [P('King Salman', 'person', 'SAU', title='King'), P('Vladimir Putin', 'person', 'RUS', title='President')], '2017-10-05', L('Kremlin, Moscow', 'RUS'), None,
   'King Salman held talks with President Vladimir Putin in the Kremlin on Thursday.'),
 E('AGREE', 'occurred', [P('Military Industries Corporation', 'organisation', 'SAU'), P('Rosoboronexport', 'organisation', 'RUS')], '2017-10-05', MOS, 'memorandum of understanding on S-400 Triumf, Kornet-EM, TOS-1A, AGS-30',
   "Saudi Arabia's state-owned Military Industries Corporation said it had signed a memorandum of understanding with Rosoboronexport, Russia's arms export agency, for the purchase of the S-400 Triumf air defence system, as well as Kornet-EM anti-tank missile systems, TOS-1A multiple rocket launchers and AGS-30 grenade launchers."),
 E('TRANSFER', 'planned', [S('Rosoboronexport', 'organisation', 'RUS'), R('Military Industries Corporation', 'organisation', 'SAU')], None, None,
   'S-400 Triumf air defence system, Kornet-EM anti-tank missile systems, TOS-1A multiple rocket launchers, AGS-30 grenade launchers',
   "Saudi Arabia's state-owned Military Industries Corporation said it had signed a memorandum of understanding with Rosoboronexport, Russia's arms export agency, for the purchase of the S-400 Triumf air defence system, as well as Kornet-EM anti-tank missile systems, TOS-1A multiple rocket launchers and AGS-30 grenade launchers."),
 E('INDUSTRY', 'occurred', [P('Russia', 'country', 'RUS'), P('Saudi Arabia', 'country', 'SAU')], '2017-10-05', MOS,
   'technology transfer for local production of Kornet-EM, TOS-1A, AGS-30; licensed production of AK-103 rifles and ammunition',
   'Under separate agreements, Russia will transfer technology for the local production of the Kornet-EM, TOS-1A and AGS-30 systems, and the kingdom will manufacture Kalashnikov AK-103 rifles and their ammunition under licence, the corporation said.'),
 E('TRANSFER', 'occurred', [S('Britain', 'country', 'GBR'), R('Saudi Arabia', 'country', 'SAU')], None, None, 'weapons (general)',
   "Saudi Arabia, one of the world's largest arms importers, buys most of its weapons from the United States and Britain.", True),
 E('TRANSFER', 'occurred', [S('United States', 'country', 'USA'), R('Saudi Arabia', 'country', 'SAU')], None, None, 'weapons (general)',
   "Saudi Arabia, one of the world's largest arms importers, buys most of its weapons from the United States and Britain.", True),
 E('AGREE', 'occurred', [P('Trump administration', 'organisation', 'USA'), P('Saudi Arabia', 'country', 'SAU')], '2017-05', L('Riyadh', 'SAU'), 'about $110 billion in arms sales',
   "The THAAD package is part of the roughly $110 billion in arms sales that the Trump administration announced during the president's visit to Riyadh in May.", True),
 E('AGREE', 'occurred', [P('Lockheed Martin', 'company', 'USA'), P('Saudi Arabia', 'country', 'SAU')], '2017-05', None, 'letter of intent: assembly of 150 S-70 Black Hawk helicopters',
   'In May, Lockheed Martin also signed a letter of intent with the kingdom to assemble 150 S-70 Black Hawk helicopters in Saudi Arabia, a step the company described as a long-term commitment to the Saudi defence industry.', True),
 E('INDUSTRY', 'planned', [P('Lockheed Martin', 'company', 'USA'), P('Saudi Arabia', 'country', 'SAU')], None, L('Saudi Arabia', 'SAU'), 'assembly of 150 S-70 Black Hawk helicopters',
   'In May, Lockheed Martin also signed a letter of intent with the kingdom to assemble 150 S-70 Black Hawk helicopters in Saudi Arabia, a step the company described as a long-term commitment to the Saudi defence industry.', True),
 E('TRANSFER', 'occurred', [S('United States', 'country', 'USA'), R('United Arab Emirates', 'country', 'ARE')], None, None, 'THAAD (two batteries)',
   'The United Arab Emirates became the first foreign buyer of THAAD in 2011 and has operated two batteries since 2016.', True),
]
