from lib import *
text = """DAKAR MATIN — English edition
À la une | Politics | Economy | Security | Africa | Sport | Culture
18/11/2021 · Dakar 29°C · EUR/XOF 655.96
Security

Senegal and France open regional cyber-security school in Dakar

DAKAR — Senegal and France on Tuesday inaugurated a regional cyber-security school in Dakar that will train military officers, police investigators and civil servants from across West and Central Africa to defend government networks and fight cybercrime.

The National School with Regional Vocation in cyber-security was opened by Senegal's Armed Forces Minister Sidiki Kaba and the French ambassador, Philippe Lalliot, who then signed a financing agreement under which France will pay for equipment and instructors for the school's first five years.

The first course, a three-week programme on network defence for 24 officers from Senegal and eleven other African countries, began on Wednesday. It is taught by instructors from the French armed forces' cyber defence command and from France's national cyber-security agency, ANSSI, alongside Senegalese trainers.

"Cyber threats do not stop at borders, and neither should our answer," Kaba said. Officials said the school would eventually train about 300 people a year, and that courses would be taught in French and English.

The school is part of a network of regional schools that France supports in Africa, including a demining school in Ouidah in Benin and an international counter-terrorism academy in Jacqueville in Côte d'Ivoire.

Senegal adopted a national cyber-security strategy in 2017 and has since set up a cybercrime unit in the national police and a computer emergency response team, but officials say the country still lacks specialists. Banks and telecom operators have been hit by several attacks this year, and the government's own websites were taken down for a day in September, when a group of hackers claiming to act in support of the opposition"""
doc = dict(id='u39-21', url='https://dakarmatin.example/en/security/senegal-france-regional-cyber-security-school',
           title='Senegal and France open regional cyber-security school in Dakar',
           published='2021-11-18', source='Dakar Matin', lang='en', text=text)
DK = L('Dakar', 'SEN')
kl = [P('Sidiki Kaba', 'person', 'SEN', title='Armed Forces Minister'), P('Philippe Lalliot', 'person', 'FRA', title='Ambassador')]
ev_sig = "The National School with Regional Vocation in cyber-security was opened by Senegal's Armed Forces Minister Sidiki Kaba and the French ambassador, Philippe Lalliot, who then signed a financing agreement under which France will pay for equipment and instructors for the school's first five years."
events = [
 E('MEET', 'occurred', kl, '2021-11-16', DK, None, ev_sig),
 E('AGREE', 'occurred', kl + [P('Senegal', 'country', 'SEN'), P('France', 'country', 'FRA')], '2021-11-16', DK, 'financing agreement for the regional cyber-security school', ev_sig),
 E('TRAIN', 'occurred', [P("French armed forces' cyber defence command", 'organisation', 'FRA'), P('ANSSI', 'organisation', 'FRA'), P('Senegal', 'country', 'SEN')], '2021-11-17', DK, None,
   'The first course, a three-week programme on network defence for 24 officers from Senegal and eleven other African countries, began on Wednesday.'),
 E('TRAIN', 'occurred', [P('France', 'country', 'FRA'), P('Benin', 'country', 'BEN')], None, L('Ouidah', 'BEN'), 'demining school',
   "The school is part of a network of regional schools that France supports in Africa, including a demining school in Ouidah in Benin and an international counter-terrorism academy in Jacqueville in Côte d'Ivoire.", True),
 E('TRAIN', 'occurred', [P('France', 'country', 'FRA'), P("Côte d'Ivoire", 'country', 'CIV')], None, L('Jacqueville', 'CIV'), 'international counter-terrorism academy',
   "The school is part of a network of regional schools that France supports in Africa, including a demining school in Ouidah in Benin and an international counter-terrorism academy in Jacqueville in Côte d'Ivoire.", True),
 E('TRAIN', 'planned', [P('France', 'country', 'FRA'), P('Senegal', 'country', 'SEN')], None, DK, 'training of officers, police investigators and civil servants from West and Central Africa',
   'DAKAR — Senegal and France on Tuesday inaugurated a regional cyber-security school in Dakar that will train military officers, police investigators and civil servants from across West and Central Africa to defend government networks and fight cybercrime.', True),
]
