from common import *

DOCS = []

# ---------------------------------------------------------------- u38-24 raw html, cut off, Caribbean / Central America
t = """<!doctype html>
<html><head><meta charset="utf-8"><title>Tradewinds 2022 opens in Belize with 20 nations | Belize Breeze</title>
<link rel="stylesheet" href="/css/site.css"></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a> <a href="/tourism">Tourism</a> <a href="/classifieds">Classifieds</a></nav>
<article>
<h1>Tradewinds 2022 opens in Belize with 20 nations</h1>
<p class="byline">By Marisol Cho | May 9, 2022</p>
<p>More than 800 military, police and coast guard personnel from 20 nations began the annual Tradewinds exercise in Belize on Sunday, with the United States, Canada, the United Kingdom and Jamaica among the participants.</p>
<p>The two-week exercise, co-hosted this year by the Belize Defence Force and the Belize Coast Guard with U.S. Southern Command, will focus on maritime interdiction, border security, disaster response and human rights training, officials said at the opening ceremony at Price Barracks in Ladyville.</p>
<p>U.S. Ambassador Michelle Kwan said the United States would donate two 33-foot SAFE boats to the Belize Coast Guard in July to strengthen patrols against drug trafficking along the coast.</p>
<p>"Tradewinds is about building the capacity of our partners to respond together, whether it is a hurricane or a go-fast boat full of cocaine," she said.</p>
<p>During the exercise, Canadian Armed Forces instructors are running a course in small-boat tactics for Belize Coast Guard crews at the service's base in Belize City.</p>
<p>Belize's Minister of Defence and Border Security, Florencio Marin Jr., told the ceremony that the coast guard had seized more than a tonne of cocaine in the first four months of the year, and that the country needed more boats, more fuel and better radar coverage of its southern waters, where smugglers use the cays to"""
DOCS.append(({"id": "u38-24", "url": "https://belizebreeze.example/news/2022/05/09/tradewinds-2022-opens-in-belize",
    "title": "Tradewinds 2022 opens in Belize with 20 nations", "published": "2022-05-09",
    "source": "Belize Breeze", "text": t}, [
    E("EXERCISE", "occurred", [
        P("Belize", "country", "BLZ"), P("United States", "country", "USA"), P("Canada", "country", "CAN"),
        P("United Kingdom", "country", "GBR"), P("Jamaica", "country", "JAM")],
      "2022-05", L("Belize", "BLZ"), None,
      "More than 800 military, police and coast guard personnel from 20 nations began the annual Tradewinds exercise in Belize on Sunday, with the United States, Canada, the United Kingdom and Jamaica among the participants."),
    E("TRANSFER", "planned", [
        S("United States", "country", "USA"), R("Belize Coast Guard", "organisation", "BLZ")],
      "2022-07", None, "33-foot SAFE boats",
      "U.S. Ambassador Michelle Kwan said the United States would donate two 33-foot SAFE boats to the Belize Coast Guard in July to strengthen patrols against drug trafficking along the coast."),
    E("TRAIN", "occurred", [
        P("Canadian Armed Forces", "organisation", "CAN"), P("Belize Coast Guard", "organisation", "BLZ")],
      "2022-05", L("Belize City", "BLZ"), None,
      "During the exercise, Canadian Armed Forces instructors are running a course in small-boat tactics for Belize Coast Guard crews at the service's base in Belize City."),
]))

# ---------------------------------------------------------------- u38-25 clean long feature, Indo-Pacific
t = """Old partners, new urgency: Japan's and India's coast guards draw closer

By Meera Krishnan

NEW DELHI — When the Japanese-owned tanker Alondra Rainbow was hijacked by pirates off Indonesia in October 1999, it was an Indian Coast Guard ship, backed by an Indian Navy corvette, that tracked the renamed vessel across the Arabian Sea weeks later and forced its crew of pirates to surrender off Goa. A quarter of a century on, the episode is still recalled in Tokyo and New Delhi as the moment the two coast guards discovered how much they needed each other.

This week it was recalled again. The Japan Coast Guard's Commandant, Shohei Ishizaki, and Indian Coast Guard Director General Rakesh Pal held the 22nd High Level Meeting between the two services in New Delhi on Monday, their first in person since before the pandemic.

At the end of the meeting, the two chiefs signed a memorandum of cooperation that formalises the exchange of maritime domain awareness data between the services' operations centres and sets up a hotline between the ICG's Maritime Rescue Coordination Centre in Mumbai and the JCG's operations centre in Tokyo.

"Information is the first line of defence at sea," Pal told reporters after the signing. "What we see in the Bay of Bengal and the Arabian Sea, our Japanese friends should see too, and the other way round."

Ishizaki, a career officer who commanded the JCG's Okinawa region during the tense years that followed Japan's 2012 purchase of three of the Senkaku islands, was more guarded. Asked about China, he said the meeting had "not focused on any particular country" and that both services were committed to "a free and open maritime order based on the rule of law".

The talks were timed to coincide with the visit of the JCG patrol vessel Yashima, which arrived in Chennai on Monday for a four-day port call, the first by a Japanese coast guard ship to India since 2019.

On Wednesday, Yashima joined ICG ships Shaurya and Sujeet and a Dornier aircraft for Sahyog Kaijin, the two coast guards' bilateral exercise, in the Bay of Bengal off Chennai. The drill rehearsed a joint response to a burning tanker, the rescue of crew from a sinking fishing vessel, and the pursuit and boarding of a suspect boat, with Indian and Japanese boarding teams working from each other's ships.

Officers on both sides said the boarding serial was the most demanding part. "Ten years ago we would not have put our people on each other's decks," said an ICG commandant who took part. "Now the procedures are written down, the radio language is agreed, and it works."

People, not hulls

Exchanges of people matter as much as exchanges of ships. Two ICG officers are currently enrolled in the Maritime Safety and Security Policy Programme, a one-year master's course run in Tokyo by the JCG and the National Graduate Institute for Policy Studies, which has taken coast guard officers from across Asia since 2015.

The programme is part of a wider Japanese effort, stretching back two decades, to build up coast guards around Southeast Asia. Japan has supplied patrol vessels to the Philippines and Vietnam, and its officers helped set up Malaysia's maritime enforcement agency in the mid-2000s.

For India, the relationship with Japan is part of a broader effort to present its coast guard as a security provider in the Indian Ocean. Last month New Delhi extended for two more years the lease of a Dornier maritime patrol aircraft to the Mauritius National Coast Guard, and the ICG regularly trains officers from neighbouring island states.

The ICG itself has grown from seven ships in 1978 to more than 150 today, most of them built by Indian yards such as Goa Shipyard and Garden Reach Shipbuilders, and it expects to operate 200 vessels and 100 aircraft by 2030. Its budget for the current financial year rose by about a tenth.

The JCG, with around 14,500 personnel and a record budget of 243 billion yen for the coming fiscal year, is a much larger organisation, but its ships are concentrated around Japan's own islands. It has relied on partners such as India for a picture of what happens along the sea lanes that carry most of Japan's oil imports, through the Strait of Hormuz, the Arabian Sea and the Strait of Malacca.

Both services also feed into the Indo-Pacific Partnership for Maritime Domain Awareness, launched by the leaders of Australia, India, Japan and the United States at their Quad summit in Tokyo in May 2022, which gives partners in the Pacific, Southeast Asia and the Indian Ocean access to satellite data on "dark" vessels that switch off their transponders.

Rougher seas

The sea lanes have rarely looked more exposed. Since November, attacks by Yemen's Houthi movement on merchant ships in the Red Sea have forced many operators to send their vessels around the Cape of Good Hope, and a drone strike on a chemical tanker some 200 nautical miles off the Gujarat coast in December brought the threat closer to India's own waters. The Indian Navy has since sent additional destroyers and frigates to the Arabian Sea, and the ICG has stepped up surveillance flights off the western coast.

For Japan, which imports almost 90 percent of its crude oil from the Middle East, the disruption is a reminder of how far its economic security depends on waters it does not patrol. Japanese officials say that is one reason Tokyo has put more weight on partners' coast guards, whose operations are less politically sensitive at home than those of the Maritime Self-Defense Force.

The JCG was created in 1948, under the American occupation, as a civilian law-enforcement agency, and its founding law still forbids it from functioning as a military force. That status, officials in Tokyo say, makes it easier to work with countries wary of being drawn into great-power rivalry.

India's coast guard, by contrast, is an armed force of the Union under the Ministry of Defence, and in wartime it comes under the operational control of the navy. Officers on both sides said the difference had never been an obstacle at sea.

A quieter agenda

Much of the cooperation is unglamorous: shared manuals for oil-spill response, agreed formats for distress messages, and the slow work of making sure a rescue centre in Mumbai and one in Yokohama can hand over a case at three in the morning without confusion.

Analysts in New Delhi say that is precisely the point. "Coast guards can do things navies cannot, because they are seen as law enforcement rather than as military forces," said a retired ICG officer now at a Delhi think tank. "That gives Tokyo and New Delhi room to cooperate closely without it being read as an alliance."

The two sides did not say when the next High Level Meeting would take place. Officials said it was likely to be held in Japan.
"""
DOCS.append(({"id": "u38-25", "url": "https://ipmaritimereview.example/features/2024/01/12/japan-india-coast-guards-draw-closer",
    "title": "Old partners, new urgency: Japan's and India's coast guards draw closer", "published": "2024-01-12",
    "source": "Indo-Pacific Maritime Review", "text": t}, [
    E("MEET", "occurred", [
        P("Shohei Ishizaki", "person", "JPN", title="Japan Coast Guard Commandant"),
        P("Rakesh Pal", "person", "IND", title="Indian Coast Guard Director General")],
      "2024-01-08", L("New Delhi", "IND"), None,
      "The Japan Coast Guard's Commandant, Shohei Ishizaki, and Indian Coast Guard Director General Rakesh Pal held the 22nd High Level Meeting between the two services in New Delhi on Monday, their first in person since before the pandemic."),
    E("AGREE", "occurred", [
        P("Japan Coast Guard", "organisation", "JPN"), P("Indian Coast Guard", "organisation", "IND"),
        P("Shohei Ishizaki", "person", "JPN", title="Japan Coast Guard Commandant"),
        P("Rakesh Pal", "person", "IND", title="Indian Coast Guard Director General")],
      "2024-01-08", L("New Delhi", "IND"), None,
      "At the end of the meeting, the two chiefs signed a memorandum of cooperation that formalises the exchange of maritime domain awareness data between the services' operations centres and sets up a hotline between the ICG's Maritime Rescue Coordination Centre in Mumbai and the JCG's operations centre in Tokyo."),
    E("COOPERATE", "planned", [
        P("Japan Coast Guard", "organisation", "JPN"), P("Indian Coast Guard", "organisation", "IND")],
      None, None, None,
      "At the end of the meeting, the two chiefs signed a memorandum of cooperation that formalises the exchange of maritime domain awareness data between the services' operations centres and sets up a hotline between the ICG's Maritime Rescue Coordination Centre in Mumbai and the JCG's operations centre in Tokyo.", True),
    E("MEET", "occurred", [
        P("Japan Coast Guard", "organisation", "JPN"), P("India", "country", "IND")],
      "2024-01-08", L("Chennai", "IND"), None,
      "The talks were timed to coincide with the visit of the JCG patrol vessel Yashima, which arrived in Chennai on Monday for a four-day port call, the first by a Japanese coast guard ship to India since 2019."),
    E("EXERCISE", "occurred", [
        P("Japan Coast Guard", "organisation", "JPN"), P("Indian Coast Guard", "organisation", "IND")],
      "2024-01-10", L("Bay of Bengal off Chennai", None), None,
      "On Wednesday, Yashima joined ICG ships Shaurya and Sujeet and a Dornier aircraft for Sahyog Kaijin, the two coast guards' bilateral exercise, in the Bay of Bengal off Chennai."),
    E("TRAIN", "occurred", [
        P("Japan Coast Guard", "organisation", "JPN"), P("Indian Coast Guard", "organisation", "IND")],
      None, L("Tokyo", "JPN"), None,
      "Two ICG officers are currently enrolled in the Maritime Safety and Security Policy Programme, a one-year master's course run in Tokyo by the JCG and the National Graduate Institute for Policy Studies, which has taken coast guard officers from across Asia since 2015."),
    E("TRANSFER", "occurred", [
        S("Japan", "country", "JPN"), R("Philippines", "country", "PHL")],
      None, None, "patrol vessels",
      "Japan has supplied patrol vessels to the Philippines and Vietnam, and its officers helped set up Malaysia's maritime enforcement agency in the mid-2000s.", True),
    E("TRANSFER", "occurred", [
        S("Japan", "country", "JPN"), R("Vietnam", "country", "VNM")],
      None, None, "patrol vessels",
      "Japan has supplied patrol vessels to the Philippines and Vietnam, and its officers helped set up Malaysia's maritime enforcement agency in the mid-2000s.", True),
    E("COOPERATE", "occurred", [
        P("Japan", "country", "JPN"), P("Malaysia", "country", "MYS")],
      None, None, None,
      "Japan has supplied patrol vessels to the Philippines and Vietnam, and its officers helped set up Malaysia's maritime enforcement agency in the mid-2000s.", True),
    E("TRANSFER", "occurred", [
        S("India", "country", "IND"), R("Mauritius National Coast Guard", "organisation", "MUS")],
      "2023-12", None, "Dornier maritime patrol aircraft (lease)",
      "Last month New Delhi extended for two more years the lease of a Dornier maritime patrol aircraft to the Mauritius National Coast Guard, and the ICG regularly trains officers from neighbouring island states."),
    E("COOPERATE", "occurred", [
        P("Australia", "country", "AUS"), P("India", "country", "IND"), P("Japan", "country", "JPN"),
        P("United States", "country", "USA"), P("Quad", "igo", "QUAD")],
      "2022-05", L("Tokyo", "JPN"), None,
      "Both services also feed into the Indo-Pacific Partnership for Maritime Domain Awareness, launched by the leaders of Australia, India, Japan and the United States at their Quad summit in Tokyo in May 2022, which gives partners in the Pacific, Southeast Asia and the Indian Ocean access to satellite data on \"dark\" vessels that switch off their transponders.", True),
    E("MEET", "planned", [
        P("Japan Coast Guard", "organisation", "JPN"), P("Indian Coast Guard", "organisation", "IND")],
      None, L("Japan", "JPN"), None,
      "Officials said it was likely to be held in Japan.", True),
]))
