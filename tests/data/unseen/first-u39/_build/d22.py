from lib import *
text = """Chile's FASat-Delta reaches orbit as air force builds national satellite system

SANTIAGO — The Chilean Air Force's (FACh) new Earth observation satellite, FASat-Delta, reached orbit on Monday aboard a SpaceX Falcon 9 rocket launched from Vandenberg Space Force Base in California on the company's Transporter-8 rideshare mission.

The 100-kilogram satellite was built for the air force by Dutch small-satellite maker ISISPACE in Delft, under a contract signed in 2021 as part of the National Satellite System (SNSat). It replaces FASat-Charlie, an optical satellite built by what was then EADS Astrium and launched in 2011, which is near the end of its life.

The air force said FASat-Delta's first images, expected within weeks, would be used for border surveillance, disaster response and mapping, and would also be offered to other ministries and to universities.

Twelve FACh engineers and technicians spent eight months at ISISPACE in Delft working on the satellite's integration and testing, and will now operate it from the air force's Space Operations Centre in Santiago.

Under the SNSat programme, ISISPACE is also helping the air force and two Chilean universities set up a satellite integration laboratory at the former Cerrillos airport in Santiago, where Chilean engineers are to assemble further small satellites from Dutch-supplied kits.

On Tuesday, FACh commander-in-chief General Hugo Rodríguez and the commander of US Space Command, General James Dickinson, signed a space situational awareness agreement in Santiago. Under it, the US command will provide Chile with warnings of possible collisions and re-entries, and Chile will share tracking data from a small optical telescope the air force operates in the Atacama desert.

Rodríguez is due to visit the Netherlands next month to discuss a possible follow-on satellite with the Dutch Ministry of Defence and ISISPACE, the air force said.
"""
doc = dict(id='u39-22', url='https://andestechmonitor.example/space/2023/06/14/fasat-delta-reaches-orbit',
           title="Chile's FASat-Delta reaches orbit as air force builds national satellite system",
           published='2023-06-14', source='Andes Tech Monitor', lang='en', text=text)
FACH = 'Chilean Air Force (FACh)'
sig = [P('Hugo Rodríguez', 'person', 'CHL', title='Commander-in-Chief of the Chilean Air Force, General'), P('James Dickinson', 'person', 'USA', title='Commander of US Space Command, General')]
ev_ssa = 'On Tuesday, FACh commander-in-chief General Hugo Rodríguez and the commander of US Space Command, General James Dickinson, signed a space situational awareness agreement in Santiago.'
events = [
 E('TRANSFER', 'occurred', [S('SpaceX', 'company', 'USA'), R(FACH, 'organisation', 'CHL')], '2023-06-12', L('Vandenberg Space Force Base, California', 'USA'), 'launch of FASat-Delta',
   "SANTIAGO — The Chilean Air Force's (FACh) new Earth observation satellite, FASat-Delta, reached orbit on Monday aboard a SpaceX Falcon 9 rocket launched from Vandenberg Space Force Base in California on the company's Transporter-8 rideshare mission.", True),
 E('TRANSFER', 'occurred', [S('ISISPACE', 'company', 'NLD'), R(FACH, 'organisation', 'CHL')], '2023-06-12', None, 'FASat-Delta Earth observation satellite',
   'The 100-kilogram satellite was built for the air force by Dutch small-satellite maker ISISPACE in Delft, under a contract signed in 2021 as part of the National Satellite System (SNSat).'),
 E('AGREE', 'occurred', [P('ISISPACE', 'company', 'NLD'), P(FACH, 'organisation', 'CHL')], '2021', None, 'FASat-Delta contract',
   'The 100-kilogram satellite was built for the air force by Dutch small-satellite maker ISISPACE in Delft, under a contract signed in 2021 as part of the National Satellite System (SNSat).', True),
 E('TRANSFER', 'occurred', [S('EADS Astrium', 'company', 'FRA'), R('Chile', 'country', 'CHL')], '2011', None, 'FASat-Charlie optical satellite',
   'It replaces FASat-Charlie, an optical satellite built by what was then EADS Astrium and launched in 2011, which is near the end of its life.', True),
 E('TRAIN', 'occurred', [P('ISISPACE', 'company', 'NLD'), P('FACh engineers and technicians', 'organisation', 'CHL')], None, L('Delft', 'NLD'), None,
   "Twelve FACh engineers and technicians spent eight months at ISISPACE in Delft working on the satellite's integration and testing, and will now operate it from the air force's Space Operations Centre in Santiago."),
 E('INDUSTRY', 'occurred', [P('ISISPACE', 'company', 'NLD'), P(FACH, 'organisation', 'CHL'), P('two Chilean universities', 'organisation', 'CHL')], None, L('Cerrillos, Santiago', 'CHL'), 'satellite integration laboratory; assembly of small satellites from Dutch-supplied kits',
   'Under the SNSat programme, ISISPACE is also helping the air force and two Chilean universities set up a satellite integration laboratory at the former Cerrillos airport in Santiago, where Chilean engineers are to assemble further small satellites from Dutch-supplied kits.'),
 E('AGREE', 'occurred', sig + [P(FACH, 'organisation', 'CHL'), P('US Space Command', 'organisation', 'USA')], '2023-06-13', L('Santiago', 'CHL'), 'space situational awareness agreement', ev_ssa),
 E('MEET', 'occurred', sig, '2023-06-13', L('Santiago', 'CHL'), None, ev_ssa),
 E('COOPERATE', 'planned', [P('US Space Command', 'organisation', 'USA'), P('Chile', 'country', 'CHL')], None, None, 'space situational awareness data sharing (collision and re-entry warnings; tracking data)',
   'Under it, the US command will provide Chile with warnings of possible collisions and re-entries, and Chile will share tracking data from a small optical telescope the air force operates in the Atacama desert.'),
 E('MEET', 'planned', [P('Hugo Rodríguez', 'person', 'CHL', title='Commander-in-Chief of the Chilean Air Force, General'), P('Dutch Ministry of Defence', 'organisation', 'NLD'), P('ISISPACE', 'company', 'NLD')], '2023-07', L('Netherlands', 'NLD'), None,
   'Rodríguez is due to visit the Netherlands next month to discuss a possible follow-on satellite with the Dutch Ministry of Defence and ISISPACE, the air force said.'),
]
