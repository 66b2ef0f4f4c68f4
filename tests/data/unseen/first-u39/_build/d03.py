from lib import *
text = """Vietnam's first radar observation satellite clears final tests in Japan

HANOI — LOTUSat-1, Vietnam's first radar Earth-observation satellite, has passed its final environmental tests at NEC Corporation's plant in Fuchu, west of Tokyo, the Vietnam National Space Center (VNSC) said on Monday, clearing the way for a launch later this year.

The 570-kilogram satellite carries an X-band synthetic aperture radar that can image the ground at night and through the thick cloud that covers much of northern Vietnam for months each year. It was built by NEC under a contract financed by an official development assistance loan from the Japan International Cooperation Agency (JICA), the centrepiece of the Vietnam Space Center project at the Hoa Lac Hi-Tech Park outside Hanoi.

The VNSC, an institute of the Vietnam Academy of Science and Technology, said data from the satellite would go first to the ministries of agriculture and environment, to track rice crops, flooding in the Mekong Delta, coastal erosion and landslides in the northern mountains.

Under the project, 36 Vietnamese engineers and researchers have spent between one and three years at Japanese universities and at NEC learning to design, test and operate satellites. Several of them took part in the Fuchu tests.

Asked by reporters whether the armed forces would use the images, the centre's deputy director said LOTUSat-1 was "a civilian scientific tool" and that its data policy had been set by the Ministry of Science and Technology.

The satellite will be shipped to the Uchinoura Space Center in southern Japan for launch on an Epsilon rocket, JAXA said. Vietnam has previously launched several small research satellites built by its own engineers, including MicroDragon in 2019.
"""
doc = dict(id='u39-03', url='https://hanoisciencetimes.example/space/lotusat-1-clears-final-tests-in-japan',
           title="Vietnam's first radar observation satellite clears final tests in Japan",
           published='2025-06-10', source='Hanoi Science Times', lang='en', text=text)
events = []
