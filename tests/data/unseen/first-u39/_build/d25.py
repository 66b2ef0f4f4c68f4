from lib import *
text = """Seoul, Tokyo and Washington switch on real-time North Korean missile data sharing

SEOUL — South Korea, Japan and the United States on Tuesday began sharing warning data on North Korean missile launches in real time, fulfilling a pledge their leaders made at Camp David in August, the three countries' defence ministries said.

Until now, Seoul and Tokyo each passed their radar data to Washington but not directly to each other. Under the new mechanism, detection and tracking data collected by each side on a North Korean launch passes within seconds through a link run by US Indo-Pacific Command, which connects US Forces Korea and US Forces Japan, to the other two.

South Korea's Deputy Minister for National Defense Policy Heo Tae-keun, Japan's Director General for Defense Policy Kazuo Masuda and US Assistant Secretary of Defense for Indo-Pacific Security Affairs Ely Ratner confirmed in a video conference on Tuesday that the system was fully operational.

They also said they had jointly drawn up a multi-year trilateral exercise plan under which the three countries will hold exercises on a more regular and predictable basis from next year.

The three navies held a joint maritime exercise involving the US aircraft carrier Carl Vinson in international waters south of Jeju Island late last month.

The launch of the data-sharing system came a day after North Korea fired a Hwasong-18 solid-fuel intercontinental ballistic missile that landed in the sea west of Japan's Hokkaido island.

Relations between Seoul and Tokyo have warmed since President Yoon Suk Yeol took office last year. In March, South Korea formally normalised its General Security of Military Information Agreement (GSOMIA) with Japan, which it had threatened to end in 2019 during a trade dispute.

China's foreign ministry said the three countries should "stop creating tension" on the Korean peninsula.
"""
doc = dict(id='u39-25', url='https://hanbandodaily.example/defense/20231220/trilateral-missile-warning-data-sharing',
           title='Seoul, Tokyo and Washington switch on real-time North Korean missile data sharing',
           published='2023-12-20', source='Hanbando Daily', lang='en', text=text)
cs = [P('South Korea', 'country', 'KOR'), P('Japan', 'country', 'JPN'), P('United States', 'country', 'USA')]
ppl = [P('Heo Tae-keun', 'person', 'KOR', title='Deputy Minister for National Defense Policy'), P('Kazuo Masuda', 'person', 'JPN', title='Director General for Defense Policy'),
       P('Ely Ratner', 'person', 'USA', title='Assistant Secretary of Defense for Indo-Pacific Security Affairs')]
events = [
 E('COOPERATE', 'occurred', cs, '2023-12-19', None, 'real-time sharing of North Korean missile warning data',
   "SEOUL — South Korea, Japan and the United States on Tuesday began sharing warning data on North Korean missile launches in real time, fulfilling a pledge their leaders made at Camp David in August, the three countries' defence ministries said."),
 E('AGREE', 'occurred', cs, '2023-08', L('Camp David', 'USA'), 'pledge on real-time missile warning data sharing',
   "SEOUL — South Korea, Japan and the United States on Tuesday began sharing warning data on North Korean missile launches in real time, fulfilling a pledge their leaders made at Camp David in August, the three countries' defence ministries said.", True),
 E('MEET', 'occurred', ppl, '2023-12-19', None, None,
   "South Korea's Deputy Minister for National Defense Policy Heo Tae-keun, Japan's Director General for Defense Policy Kazuo Masuda and US Assistant Secretary of Defense for Indo-Pacific Security Affairs Ely Ratner confirmed in a video conference on Tuesday that the system was fully operational."),
 E('AGREE', 'occurred', ppl, '2023-12-19', None, 'multi-year trilateral exercise plan',
   'They also said they had jointly drawn up a multi-year trilateral exercise plan under which the three countries will hold exercises on a more regular and predictable basis from next year.'),
 E('EXERCISE', 'planned', cs, '2024', None, None,
   'They also said they had jointly drawn up a multi-year trilateral exercise plan under which the three countries will hold exercises on a more regular and predictable basis from next year.'),
 E('EXERCISE', 'occurred', [P('South Korean navy', 'organisation', 'KOR'), P('Japanese navy', 'organisation', 'JPN'), P('US Navy', 'organisation', 'USA')], '2023-11', L('international waters south of Jeju Island', None), None,
   'The three navies held a joint maritime exercise involving the US aircraft carrier Carl Vinson in international waters south of Jeju Island late last month.'),
 E('AGREE', 'occurred', [P('South Korea', 'country', 'KOR'), P('Japan', 'country', 'JPN')], '2023-03', None, 'General Security of Military Information Agreement (GSOMIA) normalised',
   'In March, South Korea formally normalised its General Security of Military Information Agreement (GSOMIA) with Japan, which it had threatened to end in 2019 during a trade dispute.', True),
]
