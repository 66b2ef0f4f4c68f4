from lib import *
text = """PACIFIC ISLANDS HERALD
News | Region | Politics | Business | Climate | Sport | Pasifika Voices | Subscribe
Port Vila 29°C sunny   |   VUV/AUD 80.2   |   Thursday, 17 November 2022
Home › Region › Vanuatu

Australian cyber team in Port Vila as government networks stay down

By Glenda Tari
17 November 2022

PORT VILA — A team of Australian cyber-security specialists has been working in Port Vila since the weekend to help the Vanuatu government restore its computer networks, which have been largely offline for more than two weeks after a ransomware attack.

Australia's Minister for International Development and the Pacific, Pat Conroy, said the team, drawn from the Australian Cyber Security Centre and the Department of Foreign Affairs and Trade, was working with Vanuatu's Office of the Government Chief Information Officer to rebuild servers and check them for malicious software.

Conroy said he had spoken by phone on Tuesday with Prime Minister Ishmael Kalsakau, who took office only days before the attack, and offered further help.

New Zealand's National Cyber Security Centre is also giving technical advice remotely, a spokesperson for the New Zealand High Commission said.

Government email, websites and the online tax and business registration systems have been down since early November, forcing ministries to use personal email accounts and, in some cases, pen and paper. Public servants were paid late.

The government has not said who was behind the attack or whether a ransom was demanded.

Australia has funded cyber-security training for Pacific officials, including ni-Vanuatu police and public servants, for several years under its Cyber and Critical Tech Cooperation Program.

Opposition MPs have criticised the government for failing to act on warnings from its own IT staff about outdated systems, and Kalsakau has promised a review once the networks are restored. The Vanuatu Chamber of Commerce said businesses had been unable to register imports or renew licences, and that some cargo was being held at the wharf in Port Vila while customs officers worked through a backlog that"""
doc = dict(id='u39-17', url='https://pacificislandsherald.example/region/vanuatu/australian-cyber-team-port-vila',
           title='Australian cyber team in Port Vila as government networks stay down',
           published='2022-11-17', source='Pacific Islands Herald', lang='en', text=text)
events = [
 E('COOPERATE', 'occurred', [P('Australian Cyber Security Centre', 'organisation', 'AUS'), P('Vanuatu government', 'country', 'VUT'),
   P("Office of the Government Chief Information Officer", 'organisation', 'VUT')],
   '2022-11', L('Port Vila', 'VUT'), 'cyber incident response after ransomware attack',
   'PORT VILA — A team of Australian cyber-security specialists has been working in Port Vila since the weekend to help the Vanuatu government restore its computer networks, which have been largely offline for more than two weeks after a ransomware attack.'),
 E('MEET', 'occurred', [P('Pat Conroy', 'person', 'AUS', title='Minister for International Development and the Pacific'), P('Ishmael Kalsakau', 'person', 'VUT', title='Prime Minister')], '2022-11-15', None, None,
   'Conroy said he had spoken by phone on Tuesday with Prime Minister Ishmael Kalsakau, who took office only days before the attack, and offered further help.'),
 E('COOPERATE', 'occurred', [P("New Zealand's National Cyber Security Centre", 'organisation', 'NZL'), P('Vanuatu', 'country', 'VUT')], None, None, 'remote technical advice on cyber incident',
   "New Zealand's National Cyber Security Centre is also giving technical advice remotely, a spokesperson for the New Zealand High Commission said."),
 E('TRAIN', 'occurred', [P('Australia', 'country', 'AUS'), P('ni-Vanuatu police and public servants', 'organisation', 'VUT')], None, None, None,
   'Australia has funded cyber-security training for Pacific officials, including ni-Vanuatu police and public servants, for several years under its Cyber and Critical Tech Cooperation Program.', True),
]
