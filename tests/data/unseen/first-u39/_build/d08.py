from lib import *
text = """WEST COAST ADVOCATE
Home   News   Business   Mining   Defence   Sport   Weather   Classifieds   Notices
Exmouth Fine 31°   Carnarvon 28°   Karratha 33°
Subscribe from $1 a week | Sign in

DEFENCE

Work starts on AUKUS deep-space radar at Exmouth

Cathy Morrow
14.05.2024 9.12am

Earthworks have begun at the Harold E. Holt naval communication station north of Exmouth for the first site of the Deep Space Advanced Radar Capability (DARC), a network of ground-based radars that Australia, the United States and the United Kingdom will use to track satellites and other objects as far out as geostationary orbit, about 36,000 kilometres above the Earth.

The three AUKUS partners agreed to build the network when their defence ministers, Richard Marles, Lloyd Austin and Grant Shapps, met at the headquarters of the Pentagon's Defense Innovation Unit in California in December. Each country will host one site. Exmouth's is due to be working in 2026, with the second and third sites to follow in the United Kingdom and the continental United States.

Once complete, the three sites will give round-the-clock coverage of the geostationary belt, where many military communications and early-warning satellites sit, and data will be shared between the three partners.

Northrop Grumman, which holds the US contract for the radar's design, last week signed a subcontract worth about $65 million with Perth-based engineering firm Marra Structures for the site's foundations, roads and buildings, the US company said on Monday. Up to 120 workers are expected on site at the peak of construction next year.

The DARC antennas will share the Harold E. Holt station with a US C-band space surveillance radar, moved to Exmouth from the Caribbean island of Antigua in 2017, and the US Space Surveillance Telescope, which began operating there in 2022. Both are operated jointly by the Royal Australian Air Force and the US Space Force.

On Monday, the commander of US Space Forces – Indo-Pacific, Brigadier General Anthony Mastalir, toured the site with Air Vice-Marshal Cath Roberts, head of Australia's Defence Space Command, and met Exmouth shire councillors.

Shire president Matthew Niikkula said the project would bring work to the town but that housing was already tight. "We want to make sure local families are not squeezed out of rentals by contractors," he said.

Traditional Owners said they had been consulted on the location of the antennas and access roads.

Comments (14)   Share   Print

MORE NEWS
Pilbara port expansion gets green light
Whale shark season off to early start at Ningaloo
Carnarvon growers count cost of cyclone
Exmouth Gulf prawn quota cut

Weather: Exmouth — Tue 31°/19° sunny; Wed 30°/18° sunny; Thu 29°/20° partly cloudy

West Coast Advocate is part of Coastal Regional Media. © 2024. Privacy policy | Terms of use | Contact the newsroom
"""
doc = dict(id='u39-08', url='https://westcoastadvocate.example/defence/work-starts-on-aukus-deep-space-radar-at-exmouth',
           title='Work starts on AUKUS deep-space radar at Exmouth',
           published=None, source='West Coast Advocate', lang='en', text=text)
ms = [P('Richard Marles', 'person', 'AUS', title='Defence Minister'), P('Lloyd Austin', 'person', 'USA', title='Defense Secretary'), P('Grant Shapps', 'person', 'GBR', title='Defence Secretary')]
cs = [P('Australia', 'country', 'AUS'), P('United States', 'country', 'USA'), P('United Kingdom', 'country', 'GBR')]
ev_agree = "The three AUKUS partners agreed to build the network when their defence ministers, Richard Marles, Lloyd Austin and Grant Shapps, met at the headquarters of the Pentagon's Defense Innovation Unit in California in December."
cal = L("Defense Innovation Unit headquarters, California", 'USA')
events = [
 E('AGREE', 'occurred', cs + ms, '2023-12', cal, 'Deep Space Advanced Radar Capability (DARC)', ev_agree),
 E('MEET', 'occurred', ms, '2023-12', cal, None, ev_agree),
 E('COOPERATE', 'planned', cs, '2026', None, 'DARC space-surveillance network and data sharing',
   'Once complete, the three sites will give round-the-clock coverage of the geostationary belt, where many military communications and early-warning satellites sit, and data will be shared between the three partners.', True),
 E('INDUSTRY', 'occurred', [P('Northrop Grumman', 'company', 'USA'), P('Marra Structures', 'company', 'AUS')], '2024-05', None, 'DARC site foundations, roads and buildings (subcontract)',
   "Northrop Grumman, which holds the US contract for the radar's design, last week signed a subcontract worth about $65 million with Perth-based engineering firm Marra Structures for the site's foundations, roads and buildings, the US company said on Monday."),
 E('COOPERATE', 'occurred', [P('Royal Australian Air Force', 'organisation', 'AUS'), P('US Space Force', 'organisation', 'USA')], None, L('Harold E. Holt naval communication station, Exmouth', 'AUS'), 'joint operation of US C-band space surveillance radar and Space Surveillance Telescope',
   'Both are operated jointly by the Royal Australian Air Force and the US Space Force.'),
 E('MEET', 'occurred', [P('Anthony Mastalir', 'person', 'USA', title='Commander, US Space Forces – Indo-Pacific, Brigadier General'), P('Cath Roberts', 'person', 'AUS', title="Head of Defence Space Command, Air Vice-Marshal")], '2024-05-13', L('Exmouth', 'AUS'), None,
   "On Monday, the commander of US Space Forces – Indo-Pacific, Brigadier General Anthony Mastalir, toured the site with Air Vice-Marshal Cath Roberts, head of Australia's Defence Space Command, and met Exmouth shire councillors."),
]
