from lib import *
text = """Brazil's defence and communications satellite SGDC lifts off from Kourou

Brazil's Geostationary Defence and Strategic Communications Satellite (SGDC) was launched on Thursday evening from the Guiana Space Centre in Kourou, French Guiana, aboard an Ariane 5 rocket that also carried South Korea's Koreasat-7.

The 5.8-tonne satellite was built by Thales Alenia Space in Cannes, France, under a contract signed in 2013 with Visiona Tecnologia Espacial, a joint venture of Embraer and the state telecoms company Telebras that managed the programme for the Brazilian government.

The satellite, which cost about 2.7 billion reais including launch and ground segment, carries a Ka-band payload that Telebras will use to bring broadband to schools, clinics and towns in the Amazon and the north-east, and an X-band payload reserved for the armed forces. The Ministry of Defence will use the X-band for secure communications between Brasília, military units on the borders and ships at sea, replacing capacity it has leased from commercial operators.

Defence Minister Raul Jungmann watched the launch from the Jupiter control room in Kourou with Thales Alenia Space chief executive Jean-Loïc Galliot. "For the first time Brazil's military communications will travel over a satellite that Brazil controls," Jungmann said.

Under a technology absorption programme included in the contract, 51 engineers and technicians from Visiona, the Brazilian Space Agency (AEB), the National Institute for Space Research (INPE) and the Air Force's Department of Aerospace Science and Technology spent up to 18 months at Thales Alenia Space sites in Cannes and Toulouse, following the design, integration and testing of the satellite.

As part of the offset package, Thales Alenia Space also signed technology transfer agreements with five Brazilian companies, which are developing components such as solar array drive mechanisms and onboard computers for future satellites.

The launch was delayed by more than a month by a general strike that paralysed French Guiana in March and April.

The satellite will be controlled from centres in Brasília and Rio de Janeiro, both operated jointly by Telebras and the military. The government says it plans a second satellite, SGDC-2, but has not yet set aside money for it.
"""
doc = dict(id='u39-18', url='https://brasilspacedefence.example/2017/05/05/sgdc-lifts-off-from-kourou',
           title="Brazil's defence and communications satellite SGDC lifts off from Kourou",
           published='2017-05-05', source='Brasil Space & Defence Review', lang='en', text=text)
events = [
 E('TRANSFER', 'occurred', [S('Thales Alenia Space', 'company', 'FRA'), R('Visiona Tecnologia Espacial', 'company', 'BRA'), R('Brazilian government', 'country', 'BRA')],
   '2017-05-04', L('Guiana Space Centre, Kourou', 'FRA'), 'Geostationary Defence and Strategic Communications Satellite (SGDC)',
   'The 5.8-tonne satellite was built by Thales Alenia Space in Cannes, France, under a contract signed in 2013 with Visiona Tecnologia Espacial, a joint venture of Embraer and the state telecoms company Telebras that managed the programme for the Brazilian government.'),
 E('AGREE', 'occurred', [P('Thales Alenia Space', 'company', 'FRA'), P('Visiona Tecnologia Espacial', 'company', 'BRA')], '2013', None, 'SGDC satellite contract',
   'The 5.8-tonne satellite was built by Thales Alenia Space in Cannes, France, under a contract signed in 2013 with Visiona Tecnologia Espacial, a joint venture of Embraer and the state telecoms company Telebras that managed the programme for the Brazilian government.', True),
 E('MEET', 'occurred', [P('Raul Jungmann', 'person', 'BRA', title='Defence Minister'), P('Jean-Loïc Galliot', 'person', 'FRA', title='Chief Executive, Thales Alenia Space')], '2017-05-04', L('Jupiter control room, Kourou', 'FRA'), None,
   'Defence Minister Raul Jungmann watched the launch from the Jupiter control room in Kourou with Thales Alenia Space chief executive Jean-Loïc Galliot.', True),
 E('TRAIN', 'occurred', [P('Thales Alenia Space', 'company', 'FRA'), P('Visiona Tecnologia Espacial', 'company', 'BRA'), P('Brazilian Space Agency (AEB)', 'organisation', 'BRA'),
   P('National Institute for Space Research (INPE)', 'organisation', 'BRA'), P("Air Force's Department of Aerospace Science and Technology", 'organisation', 'BRA')], None, L('Cannes and Toulouse', 'FRA'), None,
   'Under a technology absorption programme included in the contract, 51 engineers and technicians from Visiona, the Brazilian Space Agency (AEB), the National Institute for Space Research (INPE) and the Air Force\'s Department of Aerospace Science and Technology spent up to 18 months at Thales Alenia Space sites in Cannes and Toulouse, following the design, integration and testing of the satellite.'),
 E('INDUSTRY', 'occurred', [P('Thales Alenia Space', 'company', 'FRA'), P('five Brazilian companies', 'company', 'BRA')], None, None, 'technology transfer: solar array drive mechanisms, onboard computers for future satellites',
   'As part of the offset package, Thales Alenia Space also signed technology transfer agreements with five Brazilian companies, which are developing components such as solar array drive mechanisms and onboard computers for future satellites.'),
]
