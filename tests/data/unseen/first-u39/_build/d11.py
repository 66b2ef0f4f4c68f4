from lib import *
text = """AFRICAN DEFENCE DESK
Air | Land | Sea | Industry | Space | Events | Jobs | Subscribe
Sign up for our weekly industry briefing >>

Home > Industry > Exhibitions

IDEX 2023: Milkor and EDGE form drone joint venture as South African pavilion grows

Thabo Nkosi, Abu Dhabi | Thursday, 23 February 2023

South Africa's Milkor and the UAE's EDGE Group on Tuesday signed an agreement to form a joint venture that will build Milkor's 380 medium-altitude long-endurance drone in the Emirates, on the second day of the International Defence Exhibition and Conference (IDEX) in Abu Dhabi.

The agreement was signed at the EDGE stand by Milkor chief executive Pieter Coetzee and EDGE managing director and CEO Faisal Al Bannai. EDGE will hold 51% of the venture, which is to begin assembling the aircraft at a plant in Al Ain next year. Milkor will transfer airframe and flight-control technology and keep design authority for the type.

"This is the first time an African-designed unmanned aircraft of this class will be produced abroad," Coetzee said.

The Milkor 380, which flew for the first time last year, is the largest drone built in Africa. The company says it can carry up to 210 kg of sensors and weapons and stay airborne for 35 hours.

More than 25 South African companies are exhibiting at IDEX this year in a national pavilion organised by the Department of Trade, Industry and Competition and the South African Aerospace, Maritime and Defence Industries Association (AMD), the country's largest presence at the show since 2015.

Deputy Defence Minister Thabang Makwetla toured the pavilion on Monday with the UAE's Minister of State for Defence Affairs, Mohammed bin Mubarak Al Mazrouei, and the two later discussed defence industrial cooperation at a meeting on the show's sidelines.

Nigeria's Defence Industries Corporation (DICON) is exhibiting at IDEX for the first time, showing rifles, ammunition and armoured vehicle hulls made in Kaduna. Its director general, Major General Babatunde Alaya, said DICON was looking for foreign partners to help it build small arms and drones.

State-owned Denel did not take part this year, a company spokesperson said, citing its continuing financial difficulties.

IDEX and the naval show NAVDEX run until Friday. Organisers expect more than 130,000 visitors.

Share this article:  Facebook | LinkedIn | X | Email

ADVERTISEMENT

Related articles
- Denel posts another loss as turnaround drags on
- SANDF budget cut again in medium-term framework
- Paramount unveils new Mbombe variant
- AAD 2022: the numbers

Comments are closed.

© 2023 African Defence Desk. All rights reserved.
"""
doc = dict(id='u39-11', url='https://africandefencedesk.example/industry/exhibitions/idex-2023-milkor-edge-joint-venture',
           title='IDEX 2023: Milkor and EDGE form drone joint venture as South African pavilion grows',
           published='2023-02-23', source='African Defence Desk', lang='en', text=text)
AD = L('Abu Dhabi', 'ARE')
sig = [P('Milkor', 'company', 'ZAF'), P('EDGE Group', 'company', 'ARE'), P('Pieter Coetzee', 'person', 'ZAF', title='Chief Executive, Milkor'),
       P('Faisal Al Bannai', 'person', 'ARE', title='Managing Director and CEO, EDGE')]
ev1 = "South Africa's Milkor and the UAE's EDGE Group on Tuesday signed an agreement to form a joint venture that will build Milkor's 380 medium-altitude long-endurance drone in the Emirates, on the second day of the International Defence Exhibition and Conference (IDEX) in Abu Dhabi."
events = [
 E('AGREE', 'occurred', sig, '2023-02-21', AD, 'joint venture agreement for Milkor 380 drone', ev1),
 E('INDUSTRY', 'occurred', [P('Milkor', 'company', 'ZAF'), P('EDGE Group', 'company', 'ARE')], '2023-02-21', AD, 'joint venture to build Milkor 380 MALE drone in Al Ain; technology transfer', ev1),
 E('MEET', 'occurred', [P('Pieter Coetzee', 'person', 'ZAF', title='Chief Executive, Milkor'), P('Faisal Al Bannai', 'person', 'ARE', title='Managing Director and CEO, EDGE')], '2023-02-21', AD, None,
   'The agreement was signed at the EDGE stand by Milkor chief executive Pieter Coetzee and EDGE managing director and CEO Faisal Al Bannai.'),
 E('EXHIBIT', 'occurred', [P('South African national pavilion (AMD)', 'organisation', 'ZAF'), P('United Arab Emirates', 'country', 'ARE')], '2023-02', AD, None,
   "More than 25 South African companies are exhibiting at IDEX this year in a national pavilion organised by the Department of Trade, Industry and Competition and the South African Aerospace, Maritime and Defence Industries Association (AMD), the country's largest presence at the show since 2015."),
 E('MEET', 'occurred', [P('Thabang Makwetla', 'person', 'ZAF', title='Deputy Defence Minister'), P('Mohammed bin Mubarak Al Mazrouei', 'person', 'ARE', title='Minister of State for Defence Affairs')], '2023-02-20', AD, None,
   "Deputy Defence Minister Thabang Makwetla toured the pavilion on Monday with the UAE's Minister of State for Defence Affairs, Mohammed bin Mubarak Al Mazrouei, and the two later discussed defence industrial cooperation at a meeting on the show's sidelines."),
 E('EXHIBIT', 'occurred', [P("Nigeria's Defence Industries Corporation (DICON)", 'organisation', 'NGA'), P('Babatunde Alaya', 'person', 'NGA', title='Director General, DICON, Major General'), P('United Arab Emirates', 'country', 'ARE')], '2023-02', AD, None,
   "Nigeria's Defence Industries Corporation (DICON) is exhibiting at IDEX for the first time, showing rifles, ammunition and armoured vehicle hulls made in Kaduna."),
]
