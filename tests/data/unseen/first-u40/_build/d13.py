from lib import *
text = """NILE GAZETTE ONLINE
Friday, September 3rd, 2021 | Cairo 34°C
Home  Egypt  Arab World  Business  Culture  Sports  Opinion  Multimedia

EGYPT

Bright Star returns at 40 with 21 nations in the Western Desert

Staff writer
Last updated: 11:08 AM

Egyptian and US forces on Thursday opened the 2021 edition of Bright Star, the exercise that has tied the two militaries together for four decades, with about 600 US troops and forces from 21 countries gathering at the Mohamed Naguib Military Base west of Alexandria.

Troops from Saudi Arabia, Greece and Jordan are among the participants in this year's drills, which will run for two weeks and include air defence, naval and special operations phases, the Egyptian military spokesman said.

At the opening ceremony, Egypt's Chief of Staff of the Armed Forces, Lieutenant General Mohamed Farid, met the commander of US Central Command, General Kenneth McKenzie, and the two reviewed cooperation between the two armies, the spokesman added.

The first Bright Star was held in November 1980, when units of the newly formed US Rapid Deployment Force flew into Egypt and trained with Egyptian troops in the desert near Cairo, a year after the signing of the peace treaty with Israel. The exercise grew through the 1990s into one of the largest multinational drills in the world, with more than 70,000 troops taking part in 1999.

The series was interrupted twice: the 2011 edition was called off during the upheaval that followed the January revolution, and Washington cancelled the 2013 exercise after the army's removal of President Mohamed Morsi. Bright Star resumed in September 2017, with about 200 US soldiers training alongside Egyptian forces at Mohamed Naguib.

Bright Star is only one strand of the relationship. Since 1992 Egypt has co-produced the US M1A1 Abrams tank under licence at its Tank Factory 200 near Cairo, and the army now fields more than 1,000 of the tanks. In February, the US State Department approved the possible sale of 168 RIM-116C Rolling Airframe Missiles to Egypt, for an estimated $197 million.

US military aid to Egypt, worth $1.3 billion a year since the late 1970s, remains under scrutiny in Congress over human rights concerns.

Tags: Bright Star, Egyptian Armed Forces, United States, CENTCOM

More on Egypt
- Suez Canal revenues hit record in August
- Egypt, Sudan conclude 'Guardians of the Nile' drill
- New administrative capital: ministries to move in December

Share  |  Print  |  Email
(c) Nile Gazette Online 2021
"""
doc = dict(id="u40-13", url="https://nilegazette.example/egypt/bright-star-returns-at-40-21-nations",
           title="Bright Star returns at 40 with 21 nations in the Western Desert", published=None,
           source="Nile Gazette Online", lang="en", text=text)
events = [
 E("EXERCISE", "occurred", [P("Egyptian forces", "organisation", "EGY"), P("US forces", "organisation", "USA"), P("Saudi Arabia", "country", "SAU"),
    P("Greece", "country", "GRC"), P("Jordan", "country", "JOR")],
   "2021-09", L("Mohamed Naguib Military Base", "EGY"), None,
   "Troops from Saudi Arabia, Greece and Jordan are among the participants in this year's drills, which will run for two weeks and include air defence, naval and special operations phases, the Egyptian military spokesman said."),
 E("MEET", "occurred", [P("Mohamed Farid", "person", "EGY", title="Chief of Staff of the Armed Forces, Lieutenant General"),
    P("Kenneth McKenzie", "person", "USA", title="commander of US Central Command, General")], "2021-09-02", L("Mohamed Naguib Military Base", "EGY"), None,
   "At the opening ceremony, Egypt's Chief of Staff of the Armed Forces, Lieutenant General Mohamed Farid, met the commander of US Central Command, General Kenneth McKenzie, and the two reviewed cooperation between the two armies, the spokesman added."),
 E("EXERCISE", "occurred", [P("US Rapid Deployment Force", "organisation", "USA"), P("Egyptian troops", "organisation", "EGY")], "1980-11", L("near Cairo", "EGY"), None,
   "The first Bright Star was held in November 1980, when units of the newly formed US Rapid Deployment Force flew into Egypt and trained with Egyptian troops in the desert near Cairo, a year after the signing of the peace treaty with Israel."),
 E("EXERCISE", "occurred", [P("United States", "country", "USA"), P("Egypt", "country", "EGY")], "1999", L("Egypt", "EGY"), None,
   "The exercise grew through the 1990s into one of the largest multinational drills in the world, with more than 70,000 troops taking part in 1999.", optional=True),
 E("EXERCISE", "occurred", [P("US soldiers", "organisation", "USA"), P("Egyptian forces", "organisation", "EGY")], "2017-09", L("Mohamed Naguib Military Base", "EGY"), None,
   "Bright Star resumed in September 2017, with about 200 US soldiers training alongside Egyptian forces at Mohamed Naguib."),
 E("INDUSTRY", "occurred", [P("Egypt", "country", "EGY"), P("United States", "country", "USA")], None, L("Tank Factory 200, near Cairo", "EGY"),
   "M1A1 Abrams tanks (licensed co-production)",
   "Since 1992 Egypt has co-produced the US M1A1 Abrams tank under licence at its Tank Factory 200 near Cairo, and the army now fields more than 1,000 of the tanks."),
 E("TRANSFER", "planned", [S("US State Department", "organisation", "USA"), R("Egypt", "country", "EGY")], None, None,
   "168 RIM-116C Rolling Airframe Missiles",
   "In February, the US State Department approved the possible sale of 168 RIM-116C Rolling Airframe Missiles to Egypt, for an estimated $197 million."),
 E("COOPERATE", "occurred", [P("United States", "country", "USA"), P("Egypt", "country", "EGY")], None, None, None,
   "US military aid to Egypt, worth $1.3 billion a year since the late 1970s, remains under scrutiny in Congress over human rights concerns.", optional=True),
]
write(doc, events)
