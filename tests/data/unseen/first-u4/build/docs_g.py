from lib import *

# ---------------------------------------------------------------- u4-01 (plain, no events: sanctions, denial, threat)
T = """ISLAMABAD, Dec 19 (INS-PK) -- Pakistan on Thursday rejected as "unfortunate and biased" a US decision to impose sanctions on the state-owned National Development Complex and three private companies over their alleged role in the country's long-range ballistic missile programme.

Foreign Office spokesperson Mumtaz Zahra Baloch told the weekly press briefing that Pakistan's strategic capabilities were meant to defend its sovereignty and preserve peace in South Asia, and that the sanctions would have "dangerous implications for strategic stability" in the region.

The US State Department said on Wednesday that the four entities had contributed to the development of Pakistan's Shaheen-series missiles. Under the measures, any US-based assets of the entities are frozen and American firms are barred from doing business with them.

The spokesperson also rejected as "baseless and mischievous" media reports that Pakistan had supplied artillery shells to Ukraine through third countries, saying Islamabad maintained a policy of strict neutrality in the conflict.

Asked whether Washington and Islamabad were discussing a resumption of US military training programmes for Pakistani officers, suspended in 2018, she said the matter "has not come up" in recent contacts.

Baloch warned that Pakistan would respond "with full force" to any misadventure by India along the Line of Control, accusing New Delhi of "irresponsible rhetoric".

Separately, the Inter Services Public Relations said on Tuesday the army had conducted a successful training launch of the indigenously developed Fatah-II guided rocket system.

-- INS-PK/AK
"""
doc("u4-01", "https://indusnews.example/pakistan/2024/12/19/pakistan-rejects-us-sanctions-on-missile-programme-entities",
    "Pakistan rejects US sanctions on missile programme entities as 'biased'", "Indus News Service", "2024-12-19", T, [])

# ---------------------------------------------------------------- u4-17 (scraped, no events: domestic output, denial)
T = """NNA  Nusantara News Agency
Home  Politics  Economy  Defence  Regions  Photo  Video  Infographic      Indonesia | English
IDX Composite 6,696.47 ▲ 0.18%   USD/IDR 14,965
Jakarta 31°C

Defence

Pindad delivers 22 Maung tactical vehicles to Army

21/06/2023 14:32 WIB   Reporter: Rangga Wibisono   Editor: Fardah

Bandung, West Java (NNA) - State-owned arms maker PT Pindad on Wednesday handed over 22 Maung 4x4 tactical vehicles to the Indonesian Army, part of an order for 500 units placed by the Defence Ministry last year, the company said.

The vehicles were received by Army Chief of Staff General Dudung Abdurachman at Pindad's plant in Bandung, in a ceremony attended by Defence Minister Prabowo Subianto.

Pindad president director Abraham Mose said the company had raised its annual production capacity for the Maung to 1,000 units and had increased its output of 5.56mm ammunition by 30 percent this year.

"Our target is for the TNI to use domestically produced equipment as much as possible," Prabowo said.

The ministry is still assessing offers from several countries for new submarines and has not yet made a decision, ministry spokesperson Edwin Sumantha said.

He also denied reports that Indonesia had agreed to buy second-hand Eurofighter Typhoon jets from Austria, saying that no negotiations had taken place.

Share:  Facebook  X  WhatsApp  Copy link

Related News
• Indonesia, France sign deal for two Scorpene submarines
• TNI, US Army wrap up Garuda Shield drills in Baturaja
• Turkish shipbuilder to construct frigates for Indonesian Navy
• PT PAL, Naval Group to build submarines in Surabaya
"""
doc("u4-17", "https://nna.example/en/news/281733/pindad-delivers-22-maung-tactical-vehicles-to-army",
    "Pindad delivers 22 Maung tactical vehicles to Army", "Nusantara News Agency", None, T, [])
