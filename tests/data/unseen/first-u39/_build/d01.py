from lib import *
text = """Armenia completes delivery of Indian Swathi radars as defence-tech ties deepen

YEREVAN, Nov 14 — Armenia has taken delivery of the last of four Swathi weapon-locating radars ordered from India, Armenian defence officials said on Wednesday, completing a contract that was New Delhi's first significant arms sale to the South Caucasus.

The final two units were flown from Bengaluru to Yerevan aboard a chartered Ilyushin Il-76 freighter earlier this month, the Armenian Defence Ministry said in a statement. The first two arrived in 2021.

Developed by India's Defence Research and Development Organisation (DRDO) and built by state-owned Bharat Electronics Limited (BEL), the Swathi is a phased-array radar that tracks incoming artillery shells, mortar bombs and rockets and works back to the position of the guns that fired them. Armenia's artillery lost much of its counter-battery capability during the 2020 war over Nagorno-Karabakh, when Azerbaijani drones and guns found Armenian batteries faster than they could relocate.

The contract, worth about $40 million, was signed in 2020 after Armenian officers trialled the Indian radar against a Russian and a Polish competitor.

Fourteen Armenian officers completed a six-week operator and maintenance course at BEL's radar plant in Bengaluru in September, the ministry said, and a team of BEL engineers will stay in Armenia until January to help the army's artillery reconnaissance units bring the radars into service.

The radars are the most visible sign of a defence-technology relationship that has grown quickly. Yerevan signed for Pinaka multiple rocket launchers in 2022 and last year became the first foreign customer for the Akash surface-to-air missile system, in a contract reported to be worth around $720 million.

In October, Armenian Defence Minister Suren Papikyan held talks in New Delhi with India's Chief of Defence Staff, General Anil Chauhan. The two sides signed a protocol creating a joint working group on military-technical cooperation that will meet twice a year, alternating between the two capitals.

Industry is following. A delegation from BEL, led by its chairman and managing director Manoj Jain, was in Yerevan on Monday for talks with Armenia's Ministry of High-Tech Industry on a service centre that would maintain Indian-supplied radars and electronics in Armenia, the company said in a filing to the National Stock Exchange. No agreement was announced.

"We are not looking for a single supplier any more," an Armenian defence official told reporters, speaking on condition of anonymity. "India offers systems that work, and it delivers on time."

Azerbaijan, which recaptured Nagorno-Karabakh in a lightning offensive in September 2023, has criticised India's sales to its neighbour. Baku's own arsenal relies heavily on Turkish and Israeli equipment, including the drones and loitering munitions that proved decisive in 2020.

India's defence exports reached a record 211 billion rupees in the financial year to March, according to the Ministry of Defence in New Delhi.
"""
doc = dict(id='u39-01', url='https://caucasusdefencemonitor.example/2024/11/14/armenia-completes-swathi-radar-deliveries',
           title='Armenia completes delivery of Indian Swathi radars as defence-tech ties deepen',
           published='2024-11-14', source='Caucasus Defence Monitor', lang='en', text=text)
IND = S('India', 'country', 'IND'); BEL_S = S('Bharat Electronics Limited (BEL)', 'company', 'IND')
ARM = R('Armenia', 'country', 'ARM')
events = [
 E('TRANSFER', 'occurred', [IND, BEL_S, R('Armenian Defence Ministry', 'organisation', 'ARM'), ARM], '2024-11', L('Yerevan', 'ARM'),
   'Swathi weapon-locating radars (final two of four)',
   "Armenia has taken delivery of the last of four Swathi weapon-locating radars ordered from India, Armenian defence officials said on Wednesday, completing a contract that was New Delhi's first significant arms sale to the South Caucasus."),
 E('TRANSFER', 'occurred', [IND, ARM], '2021', None, 'Swathi weapon-locating radars (first two)',
   'The first two arrived in 2021.', True),
 E('AGREE', 'occurred', [P('Armenia', 'country', 'ARM'), P('India', 'country', 'IND')], '2020', None, None,
   'The contract, worth about $40 million, was signed in 2020 after Armenian officers trialled the Indian radar against a Russian and a Polish competitor.', True),
 E('TRAIN', 'occurred', [P('Bharat Electronics Limited (BEL)', 'company', 'IND'), P('Armenian officers', 'organisation', 'ARM')], '2024-09', L('Bengaluru', 'IND'), None,
   "Fourteen Armenian officers completed a six-week operator and maintenance course at BEL's radar plant in Bengaluru in September, the ministry said, and a team of BEL engineers will stay in Armenia until January to help the army's artillery reconnaissance units bring the radars into service."),
 E('TRAIN', 'occurred', [P('BEL engineers', 'company', 'IND'), P("Armenian army's artillery reconnaissance units", 'organisation', 'ARM')], None, L('Armenia', 'ARM'), None,
   "Fourteen Armenian officers completed a six-week operator and maintenance course at BEL's radar plant in Bengaluru in September, the ministry said, and a team of BEL engineers will stay in Armenia until January to help the army's artillery reconnaissance units bring the radars into service.", True),
 E('AGREE', 'occurred', [P('Armenia', 'country', 'ARM'), P('India', 'country', 'IND')], '2022', None, 'Pinaka multiple rocket launchers',
   'Yerevan signed for Pinaka multiple rocket launchers in 2022 and last year became the first foreign customer for the Akash surface-to-air missile system, in a contract reported to be worth around $720 million.', True),
 E('AGREE', 'occurred', [P('Armenia', 'country', 'ARM'), P('India', 'country', 'IND')], '2023', None, 'Akash surface-to-air missile system',
   'Yerevan signed for Pinaka multiple rocket launchers in 2022 and last year became the first foreign customer for the Akash surface-to-air missile system, in a contract reported to be worth around $720 million.', True),
 E('MEET', 'occurred', [P('Suren Papikyan', 'person', 'ARM', title='Defence Minister'), P('Anil Chauhan', 'person', 'IND', title='Chief of Defence Staff, General')], '2024-10', L('New Delhi', 'IND'), None,
   "In October, Armenian Defence Minister Suren Papikyan held talks in New Delhi with India's Chief of Defence Staff, General Anil Chauhan."),
 E('AGREE', 'occurred', [P('Armenia', 'country', 'ARM'), P('India', 'country', 'IND')], '2024-10', L('New Delhi', 'IND'), None,
   'The two sides signed a protocol creating a joint working group on military-technical cooperation that will meet twice a year, alternating between the two capitals.'),
 E('MEET', 'occurred', [P('Bharat Electronics Limited (BEL)', 'company', 'IND'), P('Manoj Jain', 'person', 'IND', title='Chairman and Managing Director, BEL'), P("Armenia's Ministry of High-Tech Industry", 'organisation', 'ARM')], '2024-11-11', L('Yerevan', 'ARM'), None,
   "A delegation from BEL, led by its chairman and managing director Manoj Jain, was in Yerevan on Monday for talks with Armenia's Ministry of High-Tech Industry on a service centre that would maintain Indian-supplied radars and electronics in Armenia, the company said in a filing to the National Stock Exchange."),
 E('INDUSTRY', 'planned', [P('Bharat Electronics Limited (BEL)', 'company', 'IND'), P("Armenia's Ministry of High-Tech Industry", 'organisation', 'ARM')], None, L('Armenia', 'ARM'), 'service centre for Indian-supplied radars and electronics',
   "A delegation from BEL, led by its chairman and managing director Manoj Jain, was in Yerevan on Monday for talks with Armenia's Ministry of High-Tech Industry on a service centre that would maintain Indian-supplied radars and electronics in Armenia, the company said in a filing to the National Stock Exchange.", True),
 E('TRANSFER', 'occurred', [S('Turkey', 'country', 'TUR'), R('Azerbaijan', 'country', 'AZE')], None, None, 'drones and loitering munitions',
   "Baku's own arsenal relies heavily on Turkish and Israeli equipment, including the drones and loitering munitions that proved decisive in 2020.", True),
 E('TRANSFER', 'occurred', [S('Israel', 'country', 'ISR'), R('Azerbaijan', 'country', 'AZE')], None, None, 'drones and loitering munitions',
   "Baku's own arsenal relies heavily on Turkish and Israeli equipment, including the drones and loitering munitions that proved decisive in 2020.", True),
]
