from lib import *
text = """Brazilian Army buys home-grown counter-drone systems, denies talks with Israeli firm

BRASÍLIA — The Brazilian Army's Logistics Command has signed a 94 million reais contract with Sentinela Sistemas, a company based in São José dos Campos, for 12 mobile counter-drone systems that combine a short-range radar, radio-frequency sensors and jammers on a light truck.

The systems were developed with funding from the army's Department of Science and Technology and will first be used to protect the COP30 climate summit in Belém in November, the army said.

The Defence Ministry on Wednesday denied a newspaper report that the army had also negotiated to buy drone jammers from an Israeli company. "There were no negotiations with foreign suppliers in this process," the ministry said.

Last year the government suspended the army's planned purchase of 36 ATMOS self-propelled howitzers from Israel's Elbit Systems, and that contract has not been signed.

Army commander General Tomás Paiva said the choice of a national supplier reflected a policy of "technological autonomy" in areas the army considers strategic.
"""
doc = dict(id='u39-16', url='https://planaltoreport.example/defesa/2025/08/14/exercito-counter-drone-sentinela',
           title='Brazilian Army buys home-grown counter-drone systems, denies talks with Israeli firm',
           published='2025-08-14', source='Planalto Report', lang='en', text=text)
events = []
