from lib import P, L, E

DOC = {
    "id": "u37-21",
    "url": "https://bayofbengaltimes.example/defence/malabar-2023-begins-sydney-first-time-australia-hosts",
    "title": "Malabar 2023 begins off Sydney as Australia hosts Quad navies for the first time",
    "published": "2023-08-11",
    "source": "Bay of Bengal Times",
    "text": """Bay of Bengal Times
Home  India  World  Defence  Business  Tech  Cities  Sports  Videos  Web Stories
Friday, Aug 11, 2023 | New Delhi 33°C Humid | Sign In

Defence

Malabar 2023 begins off Sydney as Australia hosts Quad navies for the first time

INS Sahyadri and INS Kolkata join warships from the US, Japan and Australia for the 11-day drill

By Rahul Menon | New Delhi | Updated: Aug 11, 2023 07:30 IST

Listen to this article  |  A A A

The navies of India, Australia, Japan and the United States began the Malabar 2023 exercise in Sydney on Thursday, the first time Australia has hosted the four-nation naval drill since it began as a bilateral India-US exercise in 1992.

The Indian Navy is represented by the indigenously built stealth frigate INS Sahyadri and destroyer INS Kolkata, together with a P-8I maritime patrol aircraft, the Navy said in a statement. The Japan Maritime Self-Defense Force has sent the destroyer JS Shiranui, while the US Navy is taking part with the destroyer USS Rafael Peralta, a submarine and a P-8A aircraft. The Royal Australian Navy has fielded several ships, a submarine and F-35A fighters of the Royal Australian Air Force.

The harbour phase in Sydney will be followed by a sea phase off the east coast of Australia, with anti-submarine and air defence drills and live weapon firings. The exercise will end on August 21.

Rear Admiral Rajesh Dhankhar, the Flag Officer Commanding Eastern Fleet, called on Australia's Chief of Navy, Vice Admiral Mark Hammond, at Fleet Base East on Thursday.

On their way to Australia, the two Indian ships called at Jakarta earlier this month, where their commanding officers met senior officers of the Indonesian Navy.

On the way home, INS Sahyadri and INS Kolkata will conduct a passage exercise with the Indonesian Navy in the Java Sea, officials said.

China has in the past viewed the Malabar exercise with suspicion, describing the Quad as an attempt to contain it. Australia last took part in 2007 before rejoining in 2020, and the drill has since been held with all four Quad navies.

Also Read
Indian Navy to commission its fourth Project 15B destroyer next year
Rajnath Singh to inaugurate defence expo in Gandhinagar
Monsoon session: Opposition walks out over Manipur

Trending Topics: Chandrayaan-3 | Asia Cup 2023 | Jawan box office | Independence Day 2023

Follow us on: Facebook  X  Instagram  YouTube  Telegram
Copyright © 2023 Bay of Bengal Times. All Rights Reserved.
""",
}

EVENTS = [
    E("EXERCISE", "occurred", [
        P("Indian Navy", "organisation", "IND"),
        P("Royal Australian Navy", "organisation", "AUS"),
        P("Japan Maritime Self-Defense Force", "organisation", "JPN"),
        P("US Navy", "organisation", "USA")],
      "2023-08", L("Sydney", "AUS"), None,
      "The navies of India, Australia, Japan and the United States began the Malabar 2023 exercise in Sydney on Thursday, the first time Australia has hosted the four-nation naval drill since it began as a bilateral India-US exercise in 1992."),
    E("MEET", "occurred", [
        P("Rajesh Dhankhar", "person", "IND", title="Flag Officer Commanding Eastern Fleet"),
        P("Mark Hammond", "person", "AUS", title="Chief of Navy")],
      "2023-08-10", L("Fleet Base East, Sydney", "AUS"), None,
      "Rear Admiral Rajesh Dhankhar, the Flag Officer Commanding Eastern Fleet, called on Australia's Chief of Navy, Vice Admiral Mark Hammond, at Fleet Base East on Thursday."),
    E("MEET", "occurred", [
        P("INS Sahyadri and INS Kolkata", "organisation", "IND"),
        P("Indonesian Navy", "organisation", "IDN")],
      "2023-08", L("Jakarta", "IDN"), None,
      "On their way to Australia, the two Indian ships called at Jakarta earlier this month, where their commanding officers met senior officers of the Indonesian Navy."),
    E("EXERCISE", "planned", [
        P("INS Sahyadri and INS Kolkata", "organisation", "IND"),
        P("Indonesian Navy", "organisation", "IDN")],
      None, L("Java Sea", None), None,
      "On the way home, INS Sahyadri and INS Kolkata will conduct a passage exercise with the Indonesian Navy in the Java Sea, officials said."),
]
