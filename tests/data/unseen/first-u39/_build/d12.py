from lib import *
text = """LVM3 puts 36 more OneWeb satellites in orbit, completing first-generation constellation

SRIHARIKOTA — India's heaviest rocket, the LVM3, on Sunday launched 36 broadband satellites for London-based OneWeb from the Satish Dhawan Space Centre, completing the company's first-generation constellation of 618 satellites in low Earth orbit.

It was the second and last launch under a contract between OneWeb and NewSpace India Limited (NSIL), the commercial arm of the Indian Space Research Organisation (ISRO). The first batch of 36 satellites went up on an LVM3 in October.

OneWeb turned to India last year after Russia's space agency Roscosmos halted launches of its satellites from the Baikonur cosmodrome in Kazakhstan. OneWeb later wrote off the six remaining Soyuz launches it had booked.

"With this launch, OneWeb can begin global coverage later this year," said Sunil Bharti Mittal, chairman of Bharti Enterprises, OneWeb's largest shareholder, who watched the lift-off from the mission control centre. The company's other shareholders include the British government, France's Eutelsat and Japan's SoftBank.

ISRO chairman S. Somanath said NSIL was in talks with other foreign satellite operators about launches on the LVM3 and on the smaller PSLV and SSLV rockets. "Commercial launches are now a business line for us," he said.

OneWeb's satellites, built at a factory in Florida, relay internet signals to airlines, ships, mobile operators and remote communities. The company is due to complete a merger with Eutelsat later this year.
"""
doc = dict(id='u39-12', url='https://deccanorbit.example/launches/lvm3-m3-oneweb-india-2-36-satellites',
           title='LVM3 puts 36 more OneWeb satellites in orbit, completing first-generation constellation',
           published='2023-03-27', source='Deccan Orbit', lang='en', text=text)
events = []
