from lib import *
text = """Argentina remembers Malvinas dead, forty years after the landing

USHUAIA, Argentina - Thousands of people gathered in the southernmost city in the world on Friday night for a vigil marking 40 years since Argentine forces landed on the Falkland Islands, which Argentina calls the Malvinas, starting a 74-day war with Britain that cost the lives of 649 Argentine and 255 British servicemen and three islanders.

At midnight, veterans in wind-burned anoraks lit torches along the seafront and read aloud the names of the dead, many of them conscripts aged 18 or 19 from the poor provinces of the north. President Alberto Fernandez spoke at the main ceremony in Ushuaia on Saturday morning, the anniversary of the landing on April 2, 1982.

"We do not forget and we will not give up our claim, but we will pursue it only by peaceful means," Fernandez said, standing in front of a wall bearing the names of the 323 sailors who died when the cruiser General Belgrano was torpedoed by a British submarine on May 2, 1982.

The war ended with the Argentine surrender at Port Stanley on June 14, 1982. The defeat brought down the military junta of General Leopoldo Galtieri and opened the way to the return of democracy the following year.

For the veterans, the anniversary is also a reminder of decades of neglect. Many returned to a country that preferred not to talk about the war, and veterans' groups estimate that hundreds have taken their own lives since 1982. Only in the last 20 years have pensions and medical care been guaranteed by law.

"We came back through the back door, at night, so nobody would see us," said Hector Ramirez, 59, who fought at Mount Longdon as a conscript in the 7th Infantry Regiment. "Now at least our grandchildren know what we did."

In Buenos Aires, a march of veterans filled the Plaza de Mayo, and the national football team wore black armbands in a friendly match. Schools across the country held special lessons on the war this week.

In the islands, where about 3,500 people live, residents marked the anniversary with their own ceremonies and will hold Liberation Day celebrations on June 14. The British government, which rejects any negotiation on sovereignty, will send a junior minister to Port Stanley for the June commemorations.

Since 2018 the International Committee of the Red Cross has identified more than 120 Argentine soldiers buried as "known only unto God" at the Darwin cemetery, allowing families to visit graves bearing names for the first time.
"""
doc = dict(id="u40-12", url="https://riodelaplatareport.example/2022/04/02/argentina-remembers-malvinas-forty-years",
           title="Argentina remembers Malvinas dead, forty years after the landing", published="2022-04-02",
           source="Rio de la Plata Report", lang="en", text=text)
write(doc, [])
