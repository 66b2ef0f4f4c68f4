from lib import *
text = """OCEAN POST
Indian Ocean affairs
Home  |  Maritime  |  Diplomacy  |  Islands  |  Ports & Shipping  |  Podcasts  |  About
Mumbai 33°C  Malé 31°C  Port Louis 26°C

MARITIME

Seychelles, Bangladesh post officers to India's maritime information fusion centre

Ocean Post Bureau
Wednesday, May 3rd, 2023

GURUGRAM — Liaison officers from Seychelles and Bangladesh joined the Indian Navy's Information Fusion Centre – Indian Ocean Region (IFC-IOR) on Tuesday, bringing the number of international liaison officers at the centre to 13, the navy said.

The centre, set up in December 2018 in Gurugram near New Delhi, collects and analyses data on merchant shipping, piracy, smuggling and illegal fishing and passes it to partner navies and to regional maritime security centres. Officers from 11 partner countries were already stationed there.

The navy also said it had handed over a coastal surveillance radar system to the Maldives National Defence Force (MNDF) at a ceremony in Malé last week. The station, on the northern atoll of Haa Alif, is the latest in a chain of radars India has set up in neighbouring island states. India has previously installed coastal radars in Mauritius, Seychelles and Sri Lanka, and their pictures are fed to the IFC-IOR.

At the ceremony, the Chief of Naval Staff, Admiral R. Hari Kumar, held talks with Maldivian Defence Minister Mariya Ahmed Didi and the MNDF chief, Major General Abdulla Shamaal, on maritime domain awareness and training.

The Indian Navy will train 20 MNDF personnel to operate and maintain the radar at its Signal School in Kochi later this year, the navy said.

In a separate statement, the navy said the Dornier 228 maritime patrol aircraft India gifted to Sri Lanka last August had flown more than 500 hours of surveillance over the island's territorial waters.

The Maldives opposition has criticised India's military presence in the archipelago, where Indian personnel operate two helicopters and a Dornier aircraft used for medical evacuation and search and rescue.

Share: WhatsApp | Facebook | X | Copy link

You may also like
» Colombo port city draws first tenants
» Mauritius, UK resume Chagos talks
» Podcast: Who polices the Indian Ocean's fishing grounds?

Ocean Post © 2023 | Editorial policy | Advertise | Contact
"""
doc = dict(id='u39-13', url='https://oceanpost.example/maritime/seychelles-bangladesh-officers-ifc-ior',
           title="Seychelles, Bangladesh post officers to India's maritime information fusion centre",
           published=None, source='Ocean Post', lang='en', text=text)
GU = L('Gurugram', 'IND')
ev1 = "GURUGRAM — Liaison officers from Seychelles and Bangladesh joined the Indian Navy's Information Fusion Centre – Indian Ocean Region (IFC-IOR) on Tuesday, bringing the number of international liaison officers at the centre to 13, the navy said."
ifc = P('Information Fusion Centre – Indian Ocean Region (IFC-IOR), Indian Navy', 'organisation', 'IND')
evr = 'India has previously installed coastal radars in Mauritius, Seychelles and Sri Lanka, and their pictures are fed to the IFC-IOR.'
events = [
 E('COOPERATE', 'occurred', [ifc, P('Seychelles', 'country', 'SYC')], '2023-05-02', GU, 'liaison officer posted to IFC-IOR', ev1),
 E('COOPERATE', 'occurred', [ifc, P('Bangladesh', 'country', 'BGD')], '2023-05-02', GU, 'liaison officer posted to IFC-IOR', ev1),
 E('TRANSFER', 'occurred', [S('Indian Navy', 'organisation', 'IND'), R('Maldives National Defence Force (MNDF)', 'organisation', 'MDV')], '2023-04', L('Malé', 'MDV'), 'coastal surveillance radar system',
   'The navy also said it had handed over a coastal surveillance radar system to the Maldives National Defence Force (MNDF) at a ceremony in Malé last week.'),
 E('TRANSFER', 'occurred', [S('India', 'country', 'IND'), R('Mauritius', 'country', 'MUS')], None, None, 'coastal radars', evr, True),
 E('TRANSFER', 'occurred', [S('India', 'country', 'IND'), R('Seychelles', 'country', 'SYC')], None, None, 'coastal radars', evr, True),
 E('TRANSFER', 'occurred', [S('India', 'country', 'IND'), R('Sri Lanka', 'country', 'LKA')], None, None, 'coastal radars', evr, True),
 E('MEET', 'occurred', [P('R. Hari Kumar', 'person', 'IND', title='Chief of Naval Staff, Admiral'), P('Mariya Ahmed Didi', 'person', 'MDV', title='Defence Minister'),
   P('Abdulla Shamaal', 'person', 'MDV', title='Chief of MNDF, Major General')], '2023-04', L('Malé', 'MDV'), None,
   'At the ceremony, the Chief of Naval Staff, Admiral R. Hari Kumar, held talks with Maldivian Defence Minister Mariya Ahmed Didi and the MNDF chief, Major General Abdulla Shamaal, on maritime domain awareness and training.'),
 E('TRAIN', 'planned', [P('Indian Navy', 'organisation', 'IND'), P('MNDF personnel', 'organisation', 'MDV')], '2023', L('Signal School, Kochi', 'IND'), None,
   'The Indian Navy will train 20 MNDF personnel to operate and maintain the radar at its Signal School in Kochi later this year, the navy said.'),
 E('TRANSFER', 'occurred', [S('India', 'country', 'IND'), R('Sri Lanka', 'country', 'LKA')], '2022-08', None, 'Dornier 228 maritime patrol aircraft',
   'In a separate statement, the navy said the Dornier 228 maritime patrol aircraft India gifted to Sri Lanka last August had flown more than 500 hours of surveillance over the island\'s territorial waters.', True),
 E('COOPERATE', 'occurred', [P('Indian personnel', 'organisation', 'IND'), P('Maldives', 'country', 'MDV')], None, L('Maldives', 'MDV'), 'two helicopters and a Dornier aircraft operated by Indian personnel',
   'The Maldives opposition has criticised India\'s military presence in the archipelago, where Indian personnel operate two helicopters and a Dornier aircraft used for medical evacuation and search and rescue.', True),
]
