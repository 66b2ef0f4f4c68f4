from lib import P, L, E

DOC = {
    "id": "u37-09",
    "url": "https://nusantarapost.example/en/national/2023/09/19/asean-solidarity-exercise-natuna-opens-batam",
    "title": "First ASEAN-only military exercise opens in Batam",
    "published": "2023-09-19",
    "source": "Nusantara Post",
    "text": """NUSANTARA POST | English Edition
Home  National  Business  World  Tech  Lifestyle  Sports  Photos  Videos
Selasa, 19 September 2023 | Jakarta 33°C
USD/IDR 15,365  SGD/IDR 11,272  JCI 6,990.2 (+0.3%)

National > Defence

First ASEAN-only military exercise opens in Batam

Editor: Rina Kusuma | Batam, Riau Islands (NP)

The ASEAN Solidarity Exercise Natuna 2023, the first joint exercise involving only the armed forces of ASEAN member states, opened in Batam on Tuesday with a ceremony aboard the Indonesian Navy hospital ship KRI dr. Wahidin Sudirohusodo.

Indonesian Armed Forces (TNI) Commander Admiral Yudo Margono opened the exercise, which will run until September 25 in the waters around Batam and the Natuna islands.

Besides Indonesia, the navies of Malaysia, Singapore, Brunei and the Philippines have sent ships to the exercise, while the remaining member states, apart from Myanmar, are taking part with staff officers and medical teams, according to the TNI information centre.

Myanmar, whose military government has been barred from sending political representatives to ASEAN summits, is not taking part.

Timor-Leste, which is on its way to full ASEAN membership, sent two officers to follow the exercise as observers.

The exercise focuses on maritime security patrols, search and rescue, humanitarian assistance and disaster relief and medical evacuation, and does not include combat training.

"This is not a military alliance and it is not directed against any country," Yudo told reporters. "It is about ASEAN centrality and our ability to help each other when disasters strike."

The drill was agreed by the region's military chiefs at the ASEAN Chiefs of Defence Forces Meeting in Bali in June, after Indonesia, as this year's ASEAN chair, proposed it. It was originally planned to be held near the North Natuna Sea, but the main phase was moved further south.

On Monday, Yudo received Singapore's Chief of Defence Force Vice Admiral Aaron Beng in Batam for talks on the exercise and on cooperation between the two armed forces.

Share:  Facebook  X  WhatsApp  Telegram  Copy link

Tags: ASEAN, TNI, Natuna, Yudo Margono, Exercise

BACA JUGA / READ ALSO
- TNI to receive first Rafale fighters in 2026, says defence ministry
- Prabowo inspects Pindad production line in Bandung
- Jokowi opens ASEAN-Indo-Pacific Forum in Jakarta

MOST POPULAR
1. Rupiah weakens ahead of Fed meeting
2. Rice prices continue to climb in Java markets
3. Jakarta air quality among world's worst again

Copyright (c) 2023 Nusantara Post. All rights reserved.
Pedoman Media Siber | Tentang Kami | Redaksi | Kontak | Karir
"""
}

BATAM = L("Batam", "IDN")

EVENTS = [
    E("EXERCISE", "occurred", [
        P("ASEAN", "igo", "ASEAN"),
        P("Indonesia", "country", "IDN"),
        P("Yudo Margono", "person", "IDN", title="Indonesian Armed Forces (TNI) Commander"),
        P("Malaysia", "country", "MYS"),
        P("Singapore", "country", "SGP"),
        P("Brunei", "country", "BRN"),
        P("Philippines", "country", "PHL")],

      "2023-09", BATAM, None,
      "Besides Indonesia, the navies of Malaysia, Singapore, Brunei and the Philippines have sent ships to the exercise, while the remaining member states, apart from Myanmar, are taking part with staff officers and medical teams, according to the TNI information centre."),
    E("EXERCISE", "occurred", [
        P("Timor-Leste", "country", "TLS"),
        P("ASEAN", "igo", "ASEAN")],
      "2023-09", BATAM, None,
      "Timor-Leste, which is on its way to full ASEAN membership, sent two officers to follow the exercise as observers.",
      optional=True),
    E("MEET", "occurred", [
        P("ASEAN Chiefs of Defence Forces Meeting", "igo", "ASEAN"),
        P("Indonesia", "country", "IDN")],
      "2023-06", L("Bali", "IDN"), None,
      "The drill was agreed by the region's military chiefs at the ASEAN Chiefs of Defence Forces Meeting in Bali in June, after Indonesia, as this year's ASEAN chair, proposed it.",
      optional=True),
    E("MEET", "occurred", [
        P("Yudo Margono", "person", "IDN", title="Indonesian Armed Forces (TNI) Commander"),
        P("Aaron Beng", "person", "SGP", title="Chief of Defence Force")],
      "2023-09-18", BATAM, None,
      "On Monday, Yudo received Singapore's Chief of Defence Force Vice Admiral Aaron Beng in Batam for talks on the exercise and on cooperation between the two armed forces."),
]
