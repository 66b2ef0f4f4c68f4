from lib import *
text = """Prague blames China-linked APT31 for years-long hack of foreign ministry network

PRAGUE — The Czech government on Wednesday publicly attributed a cyber campaign against the Ministry of Foreign Affairs to APT31, a hacking group it said is run by China's Ministry of State Security, and summoned the Chinese ambassador to protest.

The campaign targeted one of the ministry's unclassified communication networks from 2022 and was discovered by the National Cyber and Information Security Agency (NÚKIB), Foreign Minister Jan Lipavský said. The ministry has since moved its staff to a new email system with stronger protection.

"We have identified the People's Republic of China as responsible for this malicious cyber campaign," Lipavský said at a news conference. "I have demanded that China stop such activities, which are at odds with its public statements."

NÚKIB said the investigation had been carried out by its own analysts together with the ministry's IT department and the Military Intelligence service, and that no classified information had been compromised. The agency did not say how the intruders first got in.

The Chinese embassy in Prague rejected the accusation as "groundless smears" and said China opposes and fights all forms of cyber-attacks.

The European Union's foreign policy chief, Kaja Kallas, said in a statement that the EU stood in solidarity with Czechia, and NATO allies issued a statement condemning "malicious cyber activities" against the country.

APT31 has previously been accused by the United States and Britain of targeting politicians, journalists and companies critical of Beijing. In March last year the two countries charged or sanctioned several people they said worked for the group.

The attribution is the most direct public accusation Prague has levelled at Beijing. Relations have cooled since 2023, when NÚKIB warned operators of critical infrastructure against using equipment from Chinese suppliers that must share data with Chinese state authorities.

Czechia's parliament is meanwhile debating a new cyber-security law that would implement the EU's NIS2 directive and give NÚKIB powers to restrict high-risk suppliers.
"""
doc = dict(id='u39-07', url='https://centraleuropeancourier.example/czechia/2025/05/28/prague-blames-apt31-foreign-ministry-hack',
           title='Prague blames China-linked APT31 for years-long hack of foreign ministry network',
           published='2025-05-28', source='Central European Courier', lang='en', text=text)
events = []
