from lib import *
text = """Germany's Arrow 3 shield goes live at Holzdorf

Europe's first defence against long-range ballistic missiles outside the atmosphere is now operational in Brandenburg. What it can do, what it cannot, and what comes next.

HOLZDORF, Germany — Germany on Wednesday declared initial operational capability for the Arrow 3 missile defence system it bought from Israel, becoming the first country other than Israel to field the interceptor, which is designed to destroy ballistic missiles in space before they re-enter the atmosphere.

At a ceremony at Holzdorf air base, on the border between Brandenburg and Saxony-Anhalt, Israel Aerospace Industries (IAI) formally handed over the first Arrow 3 battery to the Luftwaffe. Israeli Defence Ministry director general Amir Baram and IAI chief executive Boaz Levy passed a symbolic key to State Secretary Nils Hilmer and the Luftwaffe's chief of staff, Lieutenant General Holger Neumann, as a launcher was raised behind them.

"Two years ago this was a signature on paper. Today it protects the people of Germany and of our neighbours," Hilmer said.

The battery at Holzdorf consists of launchers with their interceptors, a battle management centre and a long-range Super Green Pine radar. The radar's antenna, about the size of a tennis court turned on its side, sits on a low hill west of the runway, surrounded by a double fence.

Germany signed the €3.6 billion contract for the system in September 2023, in the largest arms export deal in Israel's history. The United States, which financed much of Arrow 3's development and whose industry produces a large share of each interceptor, had to approve the sale first, and did so in August 2023.

How it works

Arrow 3 is built to intercept medium- and long-range ballistic missiles during the middle of their flight, when they coast above the atmosphere. The radar picks up a missile soon after launch and hands its track to the battle management centre, which computes an intercept point and fires an interceptor. The interceptor's kill vehicle separates in space and steers into the warhead; there is no explosive charge.

Israel first used the system in combat in October 2023, against a missile fired from Yemen, and has used it repeatedly since, including against Iranian missile salvos in April and October 2024 and in June this year. Israeli officials say it has intercepted the large majority of the missiles it engaged, although independent assessments are hard to come by.

In Germany the system fills a gap that has existed since the end of the Cold War. The Patriot batteries that the Luftwaffe operates, and the IRIS-T SLM systems that it began receiving in 2024, are designed for aircraft, cruise missiles and shorter-range ballistic missiles inside the atmosphere. Neither can reach a missile at the altitudes where Arrow 3 operates.

About 100 Luftwaffe soldiers were trained on the system in Israel over the past year, the Defence Ministry said, and a small team of Israeli specialists will remain at Holzdorf through 2026 to support the crews.

Industry and maintenance

On Tuesday, IAI signed an agreement with German sensor company Hensoldt to maintain the Super Green Pine radars in Germany and to produce some radar components at Hensoldt's plant in Ulm. IAI said it was the first time parts of the radar would be made outside Israel.

Last month the Bundestag's budget committee approved a €3.1 billion extension of the programme that will add more interceptors and a further fire unit. Deliveries under the extension are expected to start in 2027, the ministry said.

Two more Arrow 3 sites are planned, in Schleswig-Holstein and in Bavaria, though the ministry has not given dates for them.

The system is the centrepiece of Germany's contribution to the European Sky Shield Initiative, a project launched by Chancellor Olaf Scholz in 2022 to buy air and missile defence in common, which now has more than 20 participating countries. France and Italy, which develop their own SAMP/T system, have stayed out of it and have criticised Berlin for buying from outside Europe.

What it cannot do

Arrow 3 will not stop everything. It is not designed to intercept cruise missiles, drones or the kind of manoeuvring hypersonic weapons that Russia says it has deployed. A single battery cannot cover the whole of Germany, let alone its neighbours, despite early claims by some politicians, and an attacker could try to saturate it with more missiles than it has interceptors.

Critics in the Bundestag have also questioned the cost. Each Arrow 3 interceptor is estimated to cost several million euros, far more than many of the weapons it might have to face, and the money spent on the programme is not available for short-range air defence, which the war in Ukraine has shown to be in constant demand.

Supporters answer that Russia's stationing of Iskander missiles in Kaliningrad, and its threats to use them, leave Germany no choice. "We cannot leave the upper layer empty because it is expensive," one Luftwaffe officer at the ceremony said.

A fast purchase

By German standards the purchase was unusually quick. Officials first discussed a missile shield publicly in March 2022, weeks after Russia's full-scale invasion of Ukraine, and the contract was signed a year and a half later. The Holzdorf site, previously home to a helicopter wing, had to be partly rebuilt, with new roads, a hardened command bunker and power lines for the radar, which uses as much electricity as a small town when it is transmitting.

Local reaction has been calmer than some officials feared. A few dozen protesters gathered outside the main gate during Wednesday's ceremony, and residents of nearby villages have asked for information about the radar's emissions, which the ministry says are far below legal limits at the fence line. The mayor of the neighbouring town of Jessen said the base had brought jobs and that most people accepted it.

Procurement officials say the project has also served as a test of whether the Bundeswehr can buy large systems off the shelf without years of German-specific changes. Apart from communications equipment and the link to NATO systems, the battery is essentially identical to those Israel operates.

Russia's embassy in Berlin called the system "a further step in the militarisation of Europe" and said Moscow would take it into account in its planning.

Next steps

The Luftwaffe says full operational capability at Holzdorf will follow once the remaining launchers are in place and crews have been certified for round-the-clock duty. The radar will also be linked to NATO's integrated air and missile defence network, allowing its tracks to be seen by allied commands.
"""
doc = dict(id='u39-20', url='https://berlinsecurityreview.example/analysis/2025/12/04/arrow-3-holzdorf-operational',
           title="Germany's Arrow 3 shield goes live at Holzdorf",
           published='2025-12-04', source='Berlin Security Review', lang='en', text=text)
HOL = L('Holzdorf air base', 'DEU')
events = [
 E('TRANSFER', 'occurred', [S('Israel Aerospace Industries (IAI)', 'company', 'ISR'), S('Amir Baram', 'person', 'ISR', title='Director General, Israeli Defence Ministry'),
   S('Boaz Levy', 'person', 'ISR', title='Chief Executive, IAI'), R('Luftwaffe', 'organisation', 'DEU'), R('Nils Hilmer', 'person', 'DEU', title='State Secretary'),
   R('Holger Neumann', 'person', 'DEU', title="Luftwaffe Chief of Staff, Lieutenant General")], '2025-12-03', HOL, 'first Arrow 3 battery: launchers, interceptors, battle management centre, Super Green Pine radar',
   'At a ceremony at Holzdorf air base, on the border between Brandenburg and Saxony-Anhalt, Israel Aerospace Industries (IAI) formally handed over the first Arrow 3 battery to the Luftwaffe.'),
 E('AGREE', 'occurred', [P('Germany', 'country', 'DEU'), P('Israel', 'country', 'ISR')], '2023-09', None, 'Arrow 3 contract (EUR 3.6 billion)',
   "Germany signed the €3.6 billion contract for the system in September 2023, in the largest arms export deal in Israel's history.", True),
 E('INDUSTRY', 'occurred', [P('United States', 'country', 'USA'), P('Israel', 'country', 'ISR')], None, None, 'Arrow 3 co-financing and production of interceptor components',
   "The United States, which financed much of Arrow 3's development and whose industry produces a large share of each interceptor, had to approve the sale first, and did so in August 2023.", True),
 E('TRAIN', 'occurred', [P('Israel', 'country', 'ISR'), P('Luftwaffe soldiers', 'organisation', 'DEU')], None, L('Israel', 'ISR'), None,
   'About 100 Luftwaffe soldiers were trained on the system in Israel over the past year, the Defence Ministry said, and a small team of Israeli specialists will remain at Holzdorf through 2026 to support the crews.'),
 E('AGREE', 'occurred', [P('Israel Aerospace Industries (IAI)', 'company', 'ISR'), P('Hensoldt', 'company', 'DEU')], '2025-12-02', None, 'maintenance of Super Green Pine radars and production of radar components',
   "On Tuesday, IAI signed an agreement with German sensor company Hensoldt to maintain the Super Green Pine radars in Germany and to produce some radar components at Hensoldt's plant in Ulm."),
 E('INDUSTRY', 'occurred', [P('Israel Aerospace Industries (IAI)', 'company', 'ISR'), P('Hensoldt', 'company', 'DEU')], '2025-12-02', None, 'maintenance of Super Green Pine radars; production of radar components in Ulm',
   "On Tuesday, IAI signed an agreement with German sensor company Hensoldt to maintain the Super Green Pine radars in Germany and to produce some radar components at Hensoldt's plant in Ulm."),
 E('TRANSFER', 'planned', [S('Israel', 'country', 'ISR'), R('Germany', 'country', 'DEU')], '2027', None, 'additional Arrow 3 interceptors and a further fire unit (EUR 3.1 billion extension)',
   "Last month the Bundestag's budget committee approved a €3.1 billion extension of the programme that will add more interceptors and a further fire unit."),
 E('COOPERATE', 'planned', [P('Germany', 'country', 'DEU'), P("NATO's integrated air and missile defence network", 'igo', 'NATO')], None, None, 'sharing Arrow 3 radar tracks with NATO',
   "The radar will also be linked to NATO's integrated air and missile defence network, allowing its tracks to be seen by allied commands."),
]
