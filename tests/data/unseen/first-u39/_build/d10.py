from lib import *
text = """First Japanese-built air surveillance radar enters service with Philippine Air Force

MANILA — The Philippine Air Force (PAF) on Friday formally accepted the first of four air surveillance radars built by Japan's Mitsubishi Electric, the first complete defence system Japan has exported since it relaxed its ban on arms exports in 2014.

The fixed long-range J/FPS-3ME radar at Wallace Air Station in San Fernando, La Union, was turned over at a ceremony attended by Japanese Ambassador Kazuhiko Koshikawa and PAF commanding general Lieutenant General Stephen Parreño. From its hilltop site facing the South China Sea, it can track aircraft several hundred kilometres out over the West Philippine Sea and the Luzon Strait.

"For the first time, we will see much of what flies over our western seaboard in real time," Parreño said.

The radar contract, worth about 10 billion yen ($103.5 million), was signed in August 2020 by the Department of National Defense and Mitsubishi Electric. It covers three fixed long-range radars and one mobile TPS-P14ME radar. The remaining three are due to be handed over by the end of 2025.

Mitsubishi Electric engineers have trained about 60 PAF radar operators and technicians, some of them at the company's Kamakura works south of Tokyo, the PAF said.

The handover came a month after Prime Minister Fumio Kishida, on a two-day visit to Manila, agreed with President Ferdinand Marcos Jr. to provide coastal surveillance radars worth 600 million yen to the Philippine Navy, the first project under Japan's new Official Security Assistance (OSA) programme for the armed forces of like-minded countries. Foreign Secretary Enrique Manalo and Ambassador Koshikawa signed the exchange of notes on Nov. 3.

Kishida and Marcos also agreed to begin negotiations on a Reciprocal Access Agreement that would allow Japanese and Philippine troops to train on each other's territory.

Japan has already transferred to the Philippines several second-hand TC-90 training aircraft, which the Philippine Navy uses for maritime patrol, and spare parts for the air force's UH-1H helicopters.

China's embassy in Manila did not respond to a request for comment. Beijing has repeatedly criticised Japan's growing security role in Southeast Asia.
"""
doc = dict(id='u39-10', url='https://philippinedailydispatch.example/nation/2023/12/02/first-japanese-radar-enters-paf-service',
           title='First Japanese-built air surveillance radar enters service with Philippine Air Force',
           published='2023-12-02', source='Philippine Daily Dispatch', lang='en', text=text)
kosh = lambda role: P('Kazuhiko Koshikawa', 'person', 'JPN', role, 'Ambassador')
events = [
 E('TRANSFER', 'occurred', [S('Mitsubishi Electric', 'company', 'JPN'), kosh('supplier'), R('Philippine Air Force', 'organisation', 'PHL'),
   R('Stephen Parreño', 'person', 'PHL', title='PAF Commanding General, Lieutenant General')], '2023-12-01', L('Wallace Air Station, San Fernando, La Union', 'PHL'),
   'J/FPS-3ME fixed long-range air surveillance radar (first of four)',
   "The Philippine Air Force (PAF) on Friday formally accepted the first of four air surveillance radars built by Japan's Mitsubishi Electric, the first complete defence system Japan has exported since it relaxed its ban on arms exports in 2014."),
 E('AGREE', 'occurred', [P('Department of National Defense', 'organisation', 'PHL'), P('Mitsubishi Electric', 'company', 'JPN')], '2020-08', None, 'radar contract: three fixed long-range radars and one mobile TPS-P14ME radar',
   'The radar contract, worth about 10 billion yen ($103.5 million), was signed in August 2020 by the Department of National Defense and Mitsubishi Electric.', True),
 E('TRANSFER', 'planned', [S('Mitsubishi Electric', 'company', 'JPN'), R('Philippine Air Force', 'organisation', 'PHL')], '2025', None, 'two fixed long-range radars and one mobile TPS-P14ME radar',
   'The remaining three are due to be handed over by the end of 2025.'),
 E('TRAIN', 'occurred', [P('Mitsubishi Electric', 'company', 'JPN'), P('Philippine Air Force', 'organisation', 'PHL')], None, L('Kamakura', 'JPN'), None,
   "Mitsubishi Electric engineers have trained about 60 PAF radar operators and technicians, some of them at the company's Kamakura works south of Tokyo, the PAF said."),
 E('MEET', 'occurred', [P('Fumio Kishida', 'person', 'JPN', title='Prime Minister'), P('Ferdinand Marcos Jr.', 'person', 'PHL', title='President')], '2023-11', L('Manila', 'PHL'), None,
   "The handover came a month after Prime Minister Fumio Kishida, on a two-day visit to Manila, agreed with President Ferdinand Marcos Jr. to provide coastal surveillance radars worth 600 million yen to the Philippine Navy, the first project under Japan's new Official Security Assistance (OSA) programme for the armed forces of like-minded countries."),
 E('TRANSFER', 'planned', [S('Japan', 'country', 'JPN'), R('Philippine Navy', 'organisation', 'PHL')], None, None, 'coastal surveillance radars worth 600 million yen (Official Security Assistance)',
   "The handover came a month after Prime Minister Fumio Kishida, on a two-day visit to Manila, agreed with President Ferdinand Marcos Jr. to provide coastal surveillance radars worth 600 million yen to the Philippine Navy, the first project under Japan's new Official Security Assistance (OSA) programme for the armed forces of like-minded countries."),
 E('AGREE', 'occurred', [P('Enrique Manalo', 'person', 'PHL', title='Foreign Secretary'), kosh('participant'), P('Japan', 'country', 'JPN'), P('Philippines', 'country', 'PHL')], '2023-11-03', L('Manila', 'PHL'), 'exchange of notes on OSA coastal radars',
   'Foreign Secretary Enrique Manalo and Ambassador Koshikawa signed the exchange of notes on Nov. 3.'),
 E('AGREE', 'planned', [P('Fumio Kishida', 'person', 'JPN', title='Prime Minister'), P('Ferdinand Marcos Jr.', 'person', 'PHL', title='President')], None, None, 'Reciprocal Access Agreement (negotiations)',
   "Kishida and Marcos also agreed to begin negotiations on a Reciprocal Access Agreement that would allow Japanese and Philippine troops to train on each other's territory.", True),
 E('TRANSFER', 'occurred', [S('Japan', 'country', 'JPN'), R('Philippines', 'country', 'PHL')], None, None, 'second-hand TC-90 training aircraft; UH-1H helicopter spare parts',
   "Japan has already transferred to the Philippines several second-hand TC-90 training aircraft, which the Philippine Navy uses for maritime patrol, and spare parts for the air force's UH-1H helicopters.", True),
]
