from lib import *
text = """India, US sign BECA, opening access to American geospatial intelligence

NEW DELHI: India and the United States on Tuesday signed the Basic Exchange and Cooperation Agreement (BECA), a pact that will give the Indian military access to American geospatial intelligence and satellite data to improve the accuracy of its missiles, armed drones and navigation.

The agreement was signed at Hyderabad House by Jivesh Nandan, additional secretary in the Ministry of Defence, and Donald Heflin, the US chargé d'affaires in New Delhi, shortly after the third India-US 2+2 ministerial dialogue ended there.

Defence Minister Rajnath Singh and External Affairs Minister S. Jaishankar held the 2+2 talks with US Secretary of State Mike Pompeo and Defense Secretary Mark Esper, who arrived in New Delhi on Monday at a time of high tension between India and China along their disputed Himalayan border.

Under BECA, the US will share topographical, nautical and aeronautical charts and data with India, along with geospatial and satellite imagery gathered by the National Geospatial-Intelligence Agency, officials said. The data can be used to guide cruise and ballistic missiles and drones to targets with greater precision.

"Our militaries are working ever more closely together, and this agreement is one more step," Esper told reporters after the talks. Singh said India and the US had agreed to step up cooperation in maritime security and information sharing.

BECA is the last of four "foundational agreements" that Washington signs with close defence partners. India signed the General Security of Military Information Agreement in 2002, the Logistics Exchange Memorandum of Agreement (LEMOA) in 2016 and the Communications Compatibility and Security Agreement (COMCASA) in 2018.

Esper and Singh had held separate talks at South Block on Monday, when they discussed expanding military-to-military ties and defence trade, the Defence Ministry said.

In their joint statement, the two sides said India would post a liaison officer at the headquarters of US Naval Forces Central Command in Bahrain, and welcomed Australia's decision to join India, the US and Japan in next month's Malabar naval exercise in the Bay of Bengal and the Arabian Sea.

The Indian Navy is also due to take two MQ-9B SeaGuardian drones on a one-year lease from US manufacturer General Atomics next month, officials said, as it presses for the purchase of a larger fleet of the long-range surveillance aircraft.

Beijing criticised the meeting. "We urge the US side to stop hyping the so-called China threat," foreign ministry spokesman Wang Wenbin said in Beijing.

Pompeo and Esper also laid wreaths at the National War Memorial in New Delhi to honour Indian soldiers, including the 20 killed in a clash with Chinese troops in the Galwan valley in June.

The 2+2 dialogue, started in 2018, brings together the foreign and defence ministers of the two countries. The last round was held in Washington in December.
"""
doc = dict(id='u39-05', url='https://thenationalledger.example/india/india-us-sign-beca-2-plus-2-geospatial-intelligence',
           title='India, US sign BECA, opening access to American geospatial intelligence',
           published='2020-10-27', source='The National Ledger', lang='en', text=text)
ND = L('New Delhi', 'IND')
events = [
 E('AGREE', 'occurred', [P('India', 'country', 'IND'), P('United States', 'country', 'USA'),
   P('Jivesh Nandan', 'person', 'IND', title='Additional Secretary, Ministry of Defence'), P('Donald Heflin', 'person', 'USA', title="Chargé d'affaires")],
   '2020-10-27', L('Hyderabad House, New Delhi', 'IND'), 'Basic Exchange and Cooperation Agreement (BECA)',
   'India and the United States on Tuesday signed the Basic Exchange and Cooperation Agreement (BECA), a pact that will give the Indian military access to American geospatial intelligence and satellite data to improve the accuracy of its missiles, armed drones and navigation.'),
 E('MEET', 'occurred', [P('Rajnath Singh', 'person', 'IND', title='Defence Minister'), P('S. Jaishankar', 'person', 'IND', title='External Affairs Minister'),
   P('Mike Pompeo', 'person', 'USA', title='Secretary of State'), P('Mark Esper', 'person', 'USA', title='Defense Secretary')], '2020-10-27', ND, None,
   'Defence Minister Rajnath Singh and External Affairs Minister S. Jaishankar held the 2+2 talks with US Secretary of State Mike Pompeo and Defense Secretary Mark Esper, who arrived in New Delhi on Monday at a time of high tension between India and China along their disputed Himalayan border.'),
 E('COOPERATE', 'planned', [P('United States', 'country', 'USA'), P('National Geospatial-Intelligence Agency', 'organisation', 'USA'), P('India', 'country', 'IND')], None, None, 'geospatial data and satellite imagery sharing',
   'Under BECA, the US will share topographical, nautical and aeronautical charts and data with India, along with geospatial and satellite imagery gathered by the National Geospatial-Intelligence Agency, officials said.'),
 E('AGREE', 'occurred', [P('India', 'country', 'IND'), P('United States', 'country', 'USA')], '2002', None, 'General Security of Military Information Agreement',
   'India signed the General Security of Military Information Agreement in 2002, the Logistics Exchange Memorandum of Agreement (LEMOA) in 2016 and the Communications Compatibility and Security Agreement (COMCASA) in 2018.', True),
 E('AGREE', 'occurred', [P('India', 'country', 'IND'), P('United States', 'country', 'USA')], '2016', None, 'Logistics Exchange Memorandum of Agreement (LEMOA)',
   'India signed the General Security of Military Information Agreement in 2002, the Logistics Exchange Memorandum of Agreement (LEMOA) in 2016 and the Communications Compatibility and Security Agreement (COMCASA) in 2018.', True),
 E('AGREE', 'occurred', [P('India', 'country', 'IND'), P('United States', 'country', 'USA')], '2018', None, 'Communications Compatibility and Security Agreement (COMCASA)',
   'India signed the General Security of Military Information Agreement in 2002, the Logistics Exchange Memorandum of Agreement (LEMOA) in 2016 and the Communications Compatibility and Security Agreement (COMCASA) in 2018.', True),
 E('MEET', 'occurred', [P('Mark Esper', 'person', 'USA', title='Defense Secretary'), P('Rajnath Singh', 'person', 'IND', title='Defence Minister')], '2020-10-26', L('South Block, New Delhi', 'IND'), None,
   'Esper and Singh had held separate talks at South Block on Monday, when they discussed expanding military-to-military ties and defence trade, the Defence Ministry said.'),
 E('COOPERATE', 'planned', [P('India', 'country', 'IND'), P('US Naval Forces Central Command', 'organisation', 'USA')], None, L('Bahrain', 'BHR'), 'Indian liaison officer at NAVCENT headquarters',
   "In their joint statement, the two sides said India would post a liaison officer at the headquarters of US Naval Forces Central Command in Bahrain, and welcomed Australia's decision to join India, the US and Japan in next month's Malabar naval exercise in the Bay of Bengal and the Arabian Sea."),
 E('EXERCISE', 'planned', [P('Australia', 'country', 'AUS'), P('India', 'country', 'IND'), P('United States', 'country', 'USA'), P('Japan', 'country', 'JPN')], '2020-11', None, None,
   "In their joint statement, the two sides said India would post a liaison officer at the headquarters of US Naval Forces Central Command in Bahrain, and welcomed Australia's decision to join India, the US and Japan in next month's Malabar naval exercise in the Bay of Bengal and the Arabian Sea."),
 E('TRANSFER', 'planned', [S('General Atomics', 'company', 'USA'), R('Indian Navy', 'organisation', 'IND')], '2020-11', None, 'two MQ-9B SeaGuardian drones (one-year lease)',
   'The Indian Navy is also due to take two MQ-9B SeaGuardian drones on a one-year lease from US manufacturer General Atomics next month, officials said, as it presses for the purchase of a larger fleet of the long-range surveillance aircraft.'),
 E('COOPERATE', 'planned', [P('Rajnath Singh', 'person', 'IND', title='Defence Minister'), P('India', 'country', 'IND'), P('United States', 'country', 'USA')], None, None, 'maritime security and information sharing',
   'Singh said India and the US had agreed to step up cooperation in maritime security and information sharing.', True),
 E('MEET', 'occurred', [P('India', 'country', 'IND'), P('United States', 'country', 'USA')], '2019-12', L('Washington', 'USA'), None,
   'The last round was held in Washington in December.', True),
]
