from lib import P, L, E

DOC = {
    "id": "u37-11",
    "url": "https://southerncrossherald.example/politics/federal/aukus-submarine-deal-san-diego-20230314",
    "title": "AUKUS leaders unveil $368 billion submarine plan in San Diego",
    "published": "2023-03-14",
    "source": "Southern Cross Herald",
    "text": """Skip to navigation | Skip to content | Accessibility

Southern Cross Herald
Subscribe now: $1 a week for the first 12 weeks
Log in | Register

Sydney 22° - 27° Showers easing
Network | Politics | Business | World | National | Opinion | Property | Sport | Culture | Lifestyle | Puzzles

Politics > Federal > Defence

AUKUS leaders unveil $368 billion submarine plan in San Diego

Australia will buy at least three nuclear-powered submarines from the United States and build a new class of boats with Britain, in the biggest defence project in the nation's history.

By James Whitfield, Washington correspondent
March 14, 2023 - 6.42am

Save | Share | Gift this article

San Diego: Prime Minister Anthony Albanese, US President Joe Biden and British Prime Minister Rishi Sunak met at Naval Base Point Loma in San Diego on Monday (Tuesday AEDT) to announce how Australia will acquire nuclear-powered submarines under the AUKUS pact, standing in front of the Virginia-class submarine USS Missouri.

Under the "optimal pathway" announced by the three leaders, the United States will sell Australia three Virginia-class submarines from 2032, subject to approval by Congress, with an option for two more if needed. The US Navy will give up two of its in-service boats for the sale, and the third will be newly built.

"This is the biggest single investment in Australia's defence capability in all of our history," Albanese said.

Australia and Britain will then build a new class of submarine, to be known as SSN-AUKUS, based on a British design and incorporating American technology. The first British boats are expected to enter service in the late 2030s and the first Australian boat, to be built at Osborne in Adelaide, in the early 2040s.

Before that, from 2027, up to four US Navy submarines and one Royal Navy submarine will rotate through HMAS Stirling, near Perth, as part of a new Submarine Rotational Force-West, giving Australian crews and workers experience in operating and maintaining the boats.

The plan will cost between $268 billion and $368 billion over the next three decades, according to Defence officials, about 0.15 per cent of GDP a year.

The figure includes the cost of the submarines themselves, the expansion of the shipyard at Osborne, new facilities at HMAS Stirling, the disposal of nuclear waste and a workforce that officials expect to reach about 20,000 people over the next 30 years. About $9 billion will be spent over the next four years, most of it on infrastructure in South Australia and Western Australia.

Defence Minister Richard Marles said the money would be found within the existing defence budget over the forward estimates, although he conceded that spending would have to rise later in the decade. "This is a nation-building project on the scale of the Snowy Hydro scheme," he said.

The government will set up a new statutory agency, the Australian Submarine Agency, to manage the program from July 1, and a new regulator to oversee nuclear safety. The Collins-class fleet will have its life extended so that there is no gap in capability before the first nuclear-powered boats arrive.

Workforce and waste

Industry groups welcomed the plan but warned that finding enough engineers, welders and nuclear specialists would be the hardest part. Universities will receive funding for 4,000 additional places in science, technology, engineering and mathematics courses, the government said.

South Australian Premier Peter Malinauskas said the announcement would bring about 4,000 direct jobs to Adelaide's northern suburbs at the peak of construction. "This is the biggest thing to happen to this state's economy in my lifetime," he said.

The government has committed to storing high-level waste from the reactors on Defence land, but has not yet chosen a site. The reactors will be sealed units that do not need refuelling during the life of the boat, officials said, and Australia will not enrich uranium or reprocess spent fuel.

Crews in training

Australian naval officers are already training at the US Navy's Nuclear Power School in South Carolina, and Australian submariners have been embedded in Royal Navy boats since last year, officials said.

Australia will also invest in the American submarine industrial base to speed up production of the Virginia class, and will pay for an expansion of Rolls-Royce's reactor factory in Derby, which will build the reactors for all SSN-AUKUS boats, officials said.

Before the announcement, Albanese held a bilateral meeting with Sunak, their first formal bilateral meeting since the British leader took office in October, and briefly met Biden on the tarmac.

"Not about any one country"

Biden insisted the submarines would be "nuclear-powered, not nuclear-armed" and said the arrangement did not breach nuclear non-proliferation commitments.

Albanese denied that Australia had given the United States any commitment to join a war over Taiwan in exchange for the submarines. "There's been no such commitment asked for or given," he said.

China's foreign ministry said the three countries had "gone further and further down the wrong and dangerous road".

Greens leader Adam Bandt called the deal "the worst deal in human history" and said the money should be spent on housing and health, while some Labor backbenchers privately questioned whether parliament had been given enough say.

Opposition Leader Peter Dutton, whose government signed the original AUKUS agreement in 2021, said the Coalition supported the plan but would scrutinise its costs closely.

Analysts said the biggest risk was in the United States, where shipyards are already struggling to build two Virginia-class boats a year for the US Navy. "The US has to build faster before it can sell anything," said one Canberra-based defence analyst. "Everything depends on the American industrial base delivering."

Former prime minister Paul Keating, a long-time critic of the agreement, is expected to attack the deal at the National Press Club on Wednesday.

Advertisement

MOST VIEWED IN POLITICS
1. Albanese's $368 billion gamble: what we know and what we don't
2. Labor MPs break ranks on super tax changes
3. Dutton backs the deal but warns on costs
4. Housing Australia Future Fund bill stalls in Senate

Read next: Royal Australian Navy farewells its last Collins-class commanding officer trained in Sweden

License this article

Copyright © 2023 Southern Cross Herald. Terms of Use | Privacy Policy | Contact us | Advertise with us
""",
}

SD = L("Naval Base Point Loma, San Diego", "USA")

EVENTS = [
    E("MEET", "occurred", [
        P("AUKUS", "igo", "AUKUS"),
        P("Anthony Albanese", "person", "AUS", title="Prime Minister"),
        P("Joe Biden", "person", "USA", title="President"),
        P("Rishi Sunak", "person", "GBR", title="Prime Minister")],
      "2023-03-13", SD, None,
      "San Diego: Prime Minister Anthony Albanese, US President Joe Biden and British Prime Minister Rishi Sunak met at Naval Base Point Loma in San Diego on Monday (Tuesday AEDT) to announce how Australia will acquire nuclear-powered submarines under the AUKUS pact, standing in front of the Virginia-class submarine USS Missouri."),
    E("TRANSFER", "planned", [
        P("United States", "country", "USA", role="supplier"),
        P("Australia", "country", "AUS", role="recipient")],
      "2032", None, "three Virginia-class submarines",
      "Under the \"optimal pathway\" announced by the three leaders, the United States will sell Australia three Virginia-class submarines from 2032, subject to approval by Congress, with an option for two more if needed."),
    E("INDUSTRY", "planned", [
        P("Australia", "country", "AUS"),
        P("Britain", "country", "GBR"),
        P("United States", "country", "USA")],
      None, None, "SSN-AUKUS submarines",
      "Australia and Britain will then build a new class of submarine, to be known as SSN-AUKUS, based on a British design and incorporating American technology."),
    E("COOPERATE", "planned", [
        P("US Navy", "organisation", "USA"),
        P("Royal Navy", "organisation", "GBR"),
        P("Australia", "country", "AUS")],
      "2027", L("HMAS Stirling, near Perth", "AUS"), None,
      "Before that, from 2027, up to four US Navy submarines and one Royal Navy submarine will rotate through HMAS Stirling, near Perth, as part of a new Submarine Rotational Force-West, giving Australian crews and workers experience in operating and maintaining the boats."),
    E("TRAIN", "occurred", [
        P("Australian naval officers", "organisation", "AUS"),
        P("US Navy's Nuclear Power School", "organisation", "USA")],
      None, L("South Carolina", "USA"), None,
      "Australian naval officers are already training at the US Navy's Nuclear Power School in South Carolina, and Australian submariners have been embedded in Royal Navy boats since last year, officials said."),
    E("TRAIN", "occurred", [
        P("Australian submariners", "organisation", "AUS"),
        P("Royal Navy", "organisation", "GBR")],
      None, None, None,
      "Australian naval officers are already training at the US Navy's Nuclear Power School in South Carolina, and Australian submariners have been embedded in Royal Navy boats since last year, officials said."),
    E("INDUSTRY", "planned", [
        P("Australia", "country", "AUS"),
        P("American submarine industrial base", "organisation", "USA")],
      None, None, "Virginia-class submarines",
      "Australia will also invest in the American submarine industrial base to speed up production of the Virginia class, and will pay for an expansion of Rolls-Royce's reactor factory in Derby, which will build the reactors for all SSN-AUKUS boats, officials said."),
    E("INDUSTRY", "planned", [
        P("Australia", "country", "AUS"),
        P("Rolls-Royce", "company", "GBR")],
      None, L("Derby", "GBR"), "submarine reactors",
      "Australia will also invest in the American submarine industrial base to speed up production of the Virginia class, and will pay for an expansion of Rolls-Royce's reactor factory in Derby, which will build the reactors for all SSN-AUKUS boats, officials said."),
    E("MEET", "occurred", [
        P("Anthony Albanese", "person", "AUS", title="Prime Minister"),
        P("Rishi Sunak", "person", "GBR", title="Prime Minister")],
      "2023-03-13", L("San Diego", "USA"), None,
      "Before the announcement, Albanese held a bilateral meeting with Sunak, their first formal bilateral meeting since the British leader took office in October, and briefly met Biden on the tarmac."),
    E("AGREE", "occurred", [
        P("Australia", "country", "AUS"),
        P("United States", "country", "USA"),
        P("United Kingdom", "country", "GBR")],
      "2021", None, None,
      "Opposition Leader Peter Dutton, whose government signed the original AUKUS agreement in 2021, said the Coalition supported the plan but would scrutinise its costs closely.",
      optional=True),
]
