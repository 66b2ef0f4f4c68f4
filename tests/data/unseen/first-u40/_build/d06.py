from lib import *
text = """Ten years on, Japan's Type 10 tank settles into a smaller army

TOKYO - When the first production Type 10 tanks rolled out of Mitsubishi Heavy Industries' Sagamihara plant in January 2012, the Ground Self-Defense Force was still organised to fight a Soviet-style invasion of Hokkaido. A decade later, the 44-ton tank has become the symbol of a very different army: lighter, more mobile, and built around the defence of remote islands.

The Type 10 was developed from 2002 by the Ministry of Defense's Technical Research and Development Institute together with Mitsubishi, which had also built the Type 90 and Type 74 before it. Its designers set out to keep the firepower of the 50-ton Type 90 while cutting enough weight for the tank to cross most of Japan's civilian bridges and to be carried on commercial trailers.

The 120mm gun, the automatic loader, the engine and the fire-control system are all Japanese-made, as is the modular armour, which can be removed to save weight for transport. Officers say the tank's networked command system, which links each vehicle to its platoon and company in real time, was its real novelty in 2012.

Procurement has been slow. The ministry ordered 13 tanks in the fiscal 2010 budget and has bought between six and 17 a year since then, at a unit price that has hovered around 1 billion yen. By the end of fiscal 2021, about 120 had been funded. The 2018 National Defense Program Guidelines cut the target for the GSDF's tank fleet to about 300 from some 600 a decade earlier, with most units outside Hokkaido and Kyushu giving up their tanks altogether.

Many of those tanks are being replaced by the wheeled Type 16 maneuver combat vehicle, also built by Mitsubishi, which can be flown on the Air Self-Defense Force's C-2 transports. Critics inside the GSDF argue that the Type 10 is now too few in number to matter, and too heavy for the island campaigns the Type 16 was designed for.

The tank's public showcase remains the annual Fuji Firepower Review at the East Fuji Maneuver Area, where Type 10s fire on the move in front of tens of thousands of spectators. The 2020 and 2021 reviews were held without the public because of the coronavirus pandemic.

No Type 10 has been sold abroad; Japan lifted its ban on arms exports only in 2014, and there has been no buyer for a tank designed around Japanese roads and Japanese budgets.

The GSDF plans to fund a further 12 tanks in fiscal 2022, which would bring the fleet close to its final planned size. An upgrade programme for the fire-control system is under study.
"""
doc = dict(id="u40-06", url="https://tokyodefensequarterly.example/articles/2022/01/type-10-tank-ten-years",
           title="Ten years on, Japan's Type 10 tank settles into a smaller army", published="2022-01-11",
           source="Tokyo Defense Quarterly", lang="en", text=text)
write(doc, [])
