from lib import *
text = """Drones, analysts and a new kind of peacekeeping: Europe's intelligence role in Mali

GAO, Mali — Shortly after dawn, a grey drone with a wingspan of more than 16 metres taxis out of a hangar at Camp Castor, on the sandy edge of Gao, and climbs slowly over the Niger river. For the next 20 hours it will fly circles over the desert roads to the north and east, where armed groups plant the roadside bombs that have made the United Nations' mission in Mali the deadliest peacekeeping operation in the world.

The Bundeswehr began flying unarmed Heron 1 reconnaissance drones for the UN Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) in November, from the camp it shares with Dutch troops. The German contingent in Mali has grown to about 550 soldiers, most of them in Gao.

The drones are not Germany's own. The Bundeswehr leases them, together with their ground control stations and maintenance, from state-owned Israel Aerospace Industries, as it has for the Heron 1 aircraft it flew in Afghanistan since 2010. Israeli technicians are not deployed to Mali; German crews fly the aircraft from containers at the edge of the runway.

The pictures they send back go to a part of MINUSMA that did not exist in earlier UN missions: the All Sources Information Fusion Unit, or ASIFU, an intelligence cell of analysts, drone operators and reconnaissance teams that was set up in 2014 and has been staffed mainly by European armies.

"Ten years ago the word intelligence was almost banned in the UN," said a Dutch officer who has served in the unit. "Now we are asking European soldiers to do for the UN what they used to do only for NATO — and to share what they find with soldiers from Chad, Bangladesh and Burkina Faso."

The Netherlands, which led the unit from the start, has about 400 troops in Mali, including special forces reconnaissance teams and, until the end of last year, four of its Apache attack helicopters. Sweden has an intelligence and reconnaissance task force of about 250 soldiers in Timbuktu, and Norway has contributed analysts to the fusion unit as well as a C-130 transport aircraft.

Officers say the European units have changed what the mission can see. Before the drones arrived, convoys from Gao to Kidal depended on what local drivers and informants told them. Now analysts can watch a road for hours before a convoy sets out, and can follow the men who bury the bombs back to where they came from.

They also say it has been a steep learning curve. UN rules on handling sensitive information were written for military observers and small liaison teams, not for an intelligence unit with drones and satellite pictures. Some products still cannot be shared with all contingents because contributing governments have not cleared them. Commanders from African contingents, who take most of the casualties, complain that they do not always get the warnings the Europeans produce.

The unit's home is a cluster of prefabricated offices inside the mission's headquarters compound near Bamako airport. Its analysts work on a routine that would be familiar in any NATO headquarters: a morning briefing, reports from patrols and drone flights through the day, and a written assessment for the force commander each evening. What is unusual is the audience. The assessments go to European staff officers, but also to an African battalion commander who may have no secure computer and no interpreter.

Much of the work is not secret at all. Analysts read local radio transcripts, market prices and reports of which wells are being used by which clans. They map where bombs have been found and where they have gone off, and try to predict where the next ones will be. Drone footage is only one input, and often not the most useful one.

Still, the drones have drawn the most attention at home. In Berlin, opposition lawmakers asked why Germany was flying leased Israeli aircraft over Mali rather than European ones, and the defence ministry had to explain that a European-built drone would not be ready before the middle of the next decade. Until then, leased Heron aircraft are expected to fill the gap.

The mission has lost more than 100 peacekeepers since it was set up in 2013, most of them to roadside bombs, suicide attacks and rocket fire on camps.

On Monday, German Defence Minister Ursula von der Leyen met Malian Defence Minister Tiéna Coulibaly in Bamako and promised continued German support, before flying to Gao to visit the drone crews. She also visited German instructors serving with the European Union's training mission in Koulikoro, where European soldiers have trained several battalions of the Malian army since 2013.

Germany's government is expected to propose next month that parliament raise the ceiling for the Mali deployment to 1,000 troops, in part to send NH90 transport helicopters to replace Dutch aircraft that are due to go home.

Not everyone is convinced. Some officers in Bamako say the mission is being asked to hold a line that the Malian state itself has abandoned in the north, and that no number of drones will change that. Others point out that the groups who attack peacekeepers have grown more skilled at hiding from cameras in the sky.

The French counter-terrorism operation Barkhane, which has about 4,000 troops across the Sahel, runs its own surveillance flights and is not part of MINUSMA.

For the German drone crews, the job is more routine than dramatic. A typical flight, one pilot said, is many hours of watching empty desert, broken by a few minutes when a pickup truck stops in the wrong place. "You are looking for the one thing that is different," he said. "Most days, nothing is different. That is a good day."
"""
doc = dict(id='u39-15', url='https://continentalherald.example/world/africa/drones-analysts-europe-intelligence-mali',
           title="Drones, analysts and a new kind of peacekeeping: Europe's intelligence role in Mali",
           published='2016-12-08', source='Continental Herald', lang='en', text=text)
UN = P('UN Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)', 'igo', 'UN')
evd = 'Sweden has an intelligence and reconnaissance task force of about 250 soldiers in Timbuktu, and Norway has contributed analysts to the fusion unit as well as a C-130 transport aircraft.'
events = [
 E('DEPLOY', 'occurred', [P('Bundeswehr', 'organisation', 'DEU'), UN], '2016-11', L('Camp Castor, Gao', 'MLI'), 'Heron 1 reconnaissance drones',
   'The Bundeswehr began flying unarmed Heron 1 reconnaissance drones for the UN Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) in November, from the camp it shares with Dutch troops.'),
 E('TRANSFER', 'occurred', [S('Israel Aerospace Industries', 'company', 'ISR'), R('Bundeswehr', 'organisation', 'DEU')], None, None, 'Heron 1 drones with ground control stations and maintenance (lease)',
   "The Bundeswehr leases them, together with their ground control stations and maintenance, from state-owned Israel Aerospace Industries, as it has for the Heron 1 aircraft it flew in Afghanistan since 2010."),
 E('DEPLOY', 'occurred', [P('Netherlands', 'country', 'NLD'), P('MINUSMA', 'igo', 'UN')], None, L('Mali', 'MLI'), 'about 400 troops incl. special forces reconnaissance teams, Apache helicopters',
   'The Netherlands, which led the unit from the start, has about 400 troops in Mali, including special forces reconnaissance teams and, until the end of last year, four of its Apache attack helicopters.'),
 E('DEPLOY', 'occurred', [P('Sweden', 'country', 'SWE'), P('MINUSMA', 'igo', 'UN')], None, L('Timbuktu', 'MLI'), 'intelligence and reconnaissance task force of about 250 soldiers', evd),
 E('DEPLOY', 'occurred', [P('Norway', 'country', 'NOR'), P('MINUSMA', 'igo', 'UN')], None, L('Mali', 'MLI'), 'analysts and a C-130 transport aircraft', evd),
 E('MEET', 'occurred', [P('Ursula von der Leyen', 'person', 'DEU', title='Defence Minister'), P('Tiéna Coulibaly', 'person', 'MLI', title='Defence Minister')], '2016-12-05', L('Bamako', 'MLI'), None,
   'On Monday, German Defence Minister Ursula von der Leyen met Malian Defence Minister Tiéna Coulibaly in Bamako and promised continued German support, before flying to Gao to visit the drone crews.'),
 E('DEPLOY', 'occurred', [P('German instructors', 'organisation', 'DEU'), P("European Union's training mission", 'igo', 'EU')], None, L('Koulikoro', 'MLI'), None,
   "She also visited German instructors serving with the European Union's training mission in Koulikoro, where European soldiers have trained several battalions of the Malian army since 2013."),
 E('TRAIN', 'occurred', [P("European Union's training mission", 'igo', 'EU'), P('German instructors', 'organisation', 'DEU'), P('Malian army', 'organisation', 'MLI')], None, L('Koulikoro', 'MLI'), None,
   "She also visited German instructors serving with the European Union's training mission in Koulikoro, where European soldiers have trained several battalions of the Malian army since 2013."),
 E('DEPLOY', 'planned', [P('Germany', 'country', 'DEU'), P('MINUSMA', 'igo', 'UN')], None, L('Mali', 'MLI'), 'up to 1,000 troops incl. NH90 transport helicopters',
   "Germany's government is expected to propose next month that parliament raise the ceiling for the Mali deployment to 1,000 troops, in part to send NH90 transport helicopters to replace Dutch aircraft that are due to go home.", True),
 E('DEPLOY', 'occurred', [P('Chad', 'country', 'TCD'), P('MINUSMA', 'igo', 'UN')], None, L('Mali', 'MLI'), None,
   "Now we are asking European soldiers to do for the UN what they used to do only for NATO — and to share what they find with soldiers from Chad, Bangladesh and Burkina Faso.", True),
 E('DEPLOY', 'occurred', [P('Bangladesh', 'country', 'BGD'), P('MINUSMA', 'igo', 'UN')], None, L('Mali', 'MLI'), None,
   "Now we are asking European soldiers to do for the UN what they used to do only for NATO — and to share what they find with soldiers from Chad, Bangladesh and Burkina Faso.", True),
 E('DEPLOY', 'occurred', [P('Burkina Faso', 'country', 'BFA'), P('MINUSMA', 'igo', 'UN')], None, L('Mali', 'MLI'), None,
   "Now we are asking European soldiers to do for the UN what they used to do only for NATO — and to share what they find with soldiers from Chad, Bangladesh and Burkina Faso.", True),
]
