from lib import *
full = """THE NAIROBI SENTINEL
News | Counties | Business | Security | Sports | Opinion | ePaper
Thursday, March 14, 2024   Nairobi 27°C   USD/KES 142.10
Home / Security

US hands KDF counter-drone kit for Somalia border
By Sentinel Reporter
Updated 14/03/2024, 06:45 EAT

The United States has donated counter-drone equipment worth Sh1.3 billion ($9 million) to the Kenya Defence Forces to protect troops and bases along the Somalia border from armed drones.

US Ambassador Meg Whitman handed over the systems to the Vice Chief of the Defence Forces, Lieutenant General John Omenda, at a ceremony at Laikipia Air Base on Tuesday.

The package includes four vehicle-mounted radar and jamming systems that can detect small drones up to five kilometres away and force them down, and 20 hand-held drone jammers, Whitman said. It was paid for through the State Department's Foreign Military Financing programme.

"Al-Shabaab has started using commercial drones to watch our positions and to drop small explosives. This equipment closes that gap," Lt Gen Omenda said.

Over three weeks in February, instructors from the US Army's Security Assistance Training Management Organization trained 42 KDF soldiers at Laikipia to operate and maintain the systems, the embassy said.

Whitman said a second batch, including two fixed detection radars for the Manda Bay base in Lamu, would arrive in June. Manda Bay, which also hosts a small contingent of US forces, was attacked by Al-Shabaab in January 2020, when three Americans were killed.

The donation falls under a five-year defence cooperation agreement signed in Nairobi in September by Defence Cabinet Secretary Aden Duale and US Defense Secretary Lloyd Austin.

The equipment will go to KDF units along the border and to the Kenyan contingent serving in the African Union Transition Mission in Somalia (ATMIS), where Kenya has around 3,000 troops in the Gedo and Lower Juba regions. ATMIS is due to hand over responsibility for security to Somali forces by the end of the year, but Kenyan commanders have warned that the drawdown could leave"""
text = full
doc = dict(id='u39-06', url='https://nairobisentinel.example/security/2024/03/14/us-hands-kdf-counter-drone-kit',
           title='US hands KDF counter-drone kit for Somalia border',
           published='2024-03-14', source='The Nairobi Sentinel', lang='en', text=text)
events = [
 E('TRANSFER', 'occurred', [S('United States', 'country', 'USA'), S('Meg Whitman', 'person', 'USA', title='Ambassador'),
   R('Kenya Defence Forces', 'organisation', 'KEN'), R('John Omenda', 'person', 'KEN', title='Vice Chief of the Defence Forces, Lieutenant General')],
   '2024-03-12', L('Laikipia Air Base', 'KEN'), 'counter-drone equipment: four vehicle-mounted radar and jamming systems, 20 hand-held drone jammers',
   'US Ambassador Meg Whitman handed over the systems to the Vice Chief of the Defence Forces, Lieutenant General John Omenda, at a ceremony at Laikipia Air Base on Tuesday.'),
 E('TRAIN', 'occurred', [P("US Army's Security Assistance Training Management Organization", 'organisation', 'USA'), P('KDF soldiers', 'organisation', 'KEN')], '2024-02', L('Laikipia', 'KEN'), None,
   "Over three weeks in February, instructors from the US Army's Security Assistance Training Management Organization trained 42 KDF soldiers at Laikipia to operate and maintain the systems, the embassy said."),
 E('TRANSFER', 'planned', [S('United States', 'country', 'USA'), S('Meg Whitman', 'person', 'USA', title='Ambassador'), R('Kenya Defence Forces', 'organisation', 'KEN')], '2024-06', None, 'second batch of counter-drone equipment incl. two fixed detection radars',
   'Whitman said a second batch, including two fixed detection radars for the Manda Bay base in Lamu, would arrive in June.'),
 E('COOPERATE', 'occurred', [P('US forces', 'organisation', 'USA'), P('Kenya', 'country', 'KEN')], None, L('Manda Bay, Lamu', 'KEN'), 'US contingent hosted at Manda Bay',
   'Manda Bay, which also hosts a small contingent of US forces, was attacked by Al-Shabaab in January 2020, when three Americans were killed.', True),
 E('AGREE', 'occurred', [P('Aden Duale', 'person', 'KEN', title='Defence Cabinet Secretary'), P('Lloyd Austin', 'person', 'USA', title='Defense Secretary')], '2023-09', L('Nairobi', 'KEN'), 'five-year defence cooperation agreement',
   'The donation falls under a five-year defence cooperation agreement signed in Nairobi in September by Defence Cabinet Secretary Aden Duale and US Defense Secretary Lloyd Austin.', True),
 E('DEPLOY', 'occurred', [P('Kenya', 'country', 'KEN'), P('African Union Transition Mission in Somalia (ATMIS)', 'igo', 'AU')], None, L('Gedo and Lower Juba regions', 'SOM'), None,
   'The equipment will go to KDF units along the border and to the Kenyan contingent serving in the African Union Transition Mission in Somalia (ATMIS), where Kenya has around 3,000 troops in the Gedo and Lower Juba regions.', True),
]
