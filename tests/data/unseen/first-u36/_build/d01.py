from common import E, P, S, R, L

META = {"url": "https://westminsterledger.example/committees/2016/03/18/mps-press-fallon-over-bombs-sold-to-riyadh",
        "title": "MPs press Fallon over bombs sold to Riyadh",
        "published": "2016-03-18", "source": "Westminster Ledger"}

s_paveway = ("Licensing records placed before the committee show that Paveway IV bombs were delivered to the Royal "
             "Saudi Air Force throughout 2015, and that a further batch was diverted from RAF stocks last July to "
             "speed up supply after the kingdom ran short.")
s_paveway2 = ("At the heart of the session was the Paveway IV guided bomb, which is made by Raytheon UK at its "
              "plant in Glenrothes, Fife.")
s_meet = ("Mr Fallon said he had raised the committee's concerns in person with Saudi Arabia's defence minister, "
          "Deputy Crown Prince Mohammed bin Salman, when the two men met in Riyadh in January, and had been "
          "assured that the coalition was investigating specific incidents.")
s_liaison = ("Mr Fallon replied that a small number of RAF liaison officers had been posted to the centre since the "
             "start of the campaign, but that they were \"not involved in selecting targets\" and were there to help "
             "Saudi planners comply with the law.")
s_train = ("The committee also heard that more than 200 Saudi officers have passed through RAF training courses in "
           "the last five years, and that BAE Systems still employs several thousand people in the kingdom "
           "supporting the Typhoon and Tornado fleets it supplied.")
s_caat = ("Campaign Against Arms Trade, which is seeking a judicial review of the licences, said ministers had "
          "approved \u00a32.8 billion worth of sales to Riyadh since the bombing began in March 2015.")
s_jiat = ("He also confirmed that a British team would travel to Riyadh next month to train the coalition officers "
          "who will staff its Joint Incidents Assessment Team, the body meant to investigate allegations of "
          "unlawful strikes.")

TEXT = f"""Westminster Ledger
Home | Parliament | Committees | Lobbying | Data | Podcasts | Subscribe
We use cookies to make this site work and to understand how it is used. Accept all | Manage settings

Committees > Arms Export Controls

MPs press Fallon over bombs sold to Riyadh

By Helen Marsh, Political Correspondent
Friday 18 March 2016 14:05 GMT
Share: Facebook | Twitter | Email | Print

Ministers faced a second day of sharp questioning from MPs on Thursday over British weapons supplied to Saudi Arabia, as the Committees on Arms Export Controls pressed for an answer to a single question: have British-made bombs been used against civilians in Yemen?

The Defence Secretary, Michael Fallon, told the joint committee that the government had "seen no evidence" that international humanitarian law had been breached by the Saudi-led coalition, but he conceded that the UK had no way of tracking every munition once it had left the country.

{s_paveway2} {s_paveway}

The Labour MP Stephen Twigg, who chairs the International Development Committee, said the diversion showed that Britain was "not a bystander" in the air campaign. "We are not simply selling these bombs. We are topping up the shelves," he said.

{s_meet}

He refused to say which incidents those were, telling MPs that the details had been given to him "in confidence".

The committees' chairman, the Conservative MP Chris White, said members had asked the Ministry of Defence for its own assessment of the incidents and had received "a summary of a summary". Officials said that the ministry kept a record of alleged violations reported in the media and by non-governmental organisations, which it described as a "tracker", but that it had not reached a conclusion on most of them because it did not have access to the coalition's targeting data.

Under the Consolidated EU and National Arms Export Licensing Criteria, ministers must not grant a licence where there is a "clear risk" that the items might be used in a serious violation of international humanitarian law. Mr Fallon said the test was forward-looking. "It is not a question of whether a mistake has ever been made. It is whether there is a clear risk that one will be made with the item we are licensing," he said. "We judge that there is not."

That answer drew a sharp response from Ann Clwyd, the Labour MP for Cynon Valley, who reminded the Defence Secretary that a UN panel of experts monitoring the sanctions on Yemen had reported in January that it had documented 119 coalition sorties in breach of international humanitarian law, including strikes on camps for displaced people, on weddings and on hospitals. Ministers have noted that the panel did not visit Yemen and relied partly on satellite imagery. "How many more panels does the government need?" Mrs Clwyd asked.

Mr Fallon said the government took the UN findings "very seriously" and had raised them with Riyadh. He was also asked about Amnesty International's report last week that its researchers had found the remains of a BL-755 cluster bomb, a weapon made in Britain in the 1970s, near a village in Hajjah governorate. Mr Fallon said there was "no evidence" that any British cluster munition had been used in the conflict, that the UK had not sold such weapons to the kingdom "for a quarter of a century", and that he had asked the Saudi authorities for an explanation. Amnesty said the photographs were "unambiguous".

Several members asked why British personnel were present in the coalition's air operations centre in Riyadh. {s_liaison}

Asked whether any British serviceman had helped to load or arm aircraft for strikes in Yemen, Mr Fallon said: "No."

The Conservative MP Crispin Blunt, who chairs the Foreign Affairs Committee, asked what would follow if Britain suspended its licences. Mr Fallon replied that other suppliers would "fill the gap within weeks", and that they would "not be offering anything in the way of advice on the laws of war". Several Labour members objected that this was an argument that could justify any sale to anyone.

{s_train}

Opposition members seized on the figures. "Every part of this relationship is British: the jets, the bombs, the training and the maintenance," said Brendan O'Hara, the SNP's defence spokesman. "And the government wants us to believe it knows nothing about where the bombs fall."

{s_caat} "These figures are the government's own," said Andrew Smith, a CAAT spokesman. "The question is not whether we arm Saudi Arabia, but whether we are prepared to stop."

The Foreign Office minister Tobias Ellwood told MPs the UK would continue to "keep the licences under careful review". {s_jiat}

Mr O'Hara said the session had "raised more questions than it answered", and called for licences to be suspended pending an independent inquiry. Last month the European Parliament voted for an EU-wide arms embargo on Saudi Arabia, a resolution that is not binding on member states.

BAE Systems, whose business in the kingdom accounted for a large share of its sales last year, declined to comment on the hearing. Raytheon UK said it complied "fully with all UK export controls".

The committees are expected to publish their report before the summer recess.

Share this article: Facebook | Twitter | Email

Related
- Typhoon order talks with Qatar stall, say industry sources (12 March)
- Court date set in CAAT challenge to Saudi licences (9 March)
- Sketch: a long afternoon in the Grimond Room (17 March)

Most read
1. Budget: what it means for your pension
2. Whips count heads ahead of Sunday trading vote
3. Lords reform back on the agenda

Westminster Ledger | About us | Contact | Terms | Privacy | Cookies
(c) 2016 Westminster Ledger Ltd
"""

GBR, SAU = "GBR", "SAU"
EVENTS = [
    E("TRANSFER", "occurred",
      [S("Raytheon UK", "company", GBR),
       R("Royal Saudi Air Force", "organisation", SAU)],
      "2015", None, "Paveway IV guided bombs", s_paveway),
    E("TRANSFER", "occurred",
      [S("RAF", "organisation", GBR), R("Saudi Arabia", "country", SAU)],
      "2015-07", None, "batch of Paveway IV bombs diverted from RAF stocks", s_paveway),
    E("MEET", "occurred",
      [P("Michael Fallon", "person", GBR, title="Defence Secretary"),
       P("Mohammed bin Salman", "person", SAU, title="Deputy Crown Prince and defence minister")],
      "2016-01", L("Riyadh", SAU), None, s_meet),
    E("COOPERATE", "occurred",
      [P("RAF", "organisation", GBR), P("Saudi-led coalition air operations centre", "organisation", SAU)],
      None, L("Riyadh", SAU), None, s_liaison),
    E("TRAIN", "occurred",
      [P("RAF", "organisation", GBR), P("Saudi officers", "organisation", SAU)],
      None, None, None, s_train),
    E("TRANSFER", "occurred",
      [S("BAE Systems", "company", GBR), R("Saudi Arabia", "country", SAU)],
      None, None, "Typhoon and Tornado fleets", s_train, optional=True),
    E("TRANSFER", "occurred",
      [S("United Kingdom", "country", GBR), R("Riyadh", "country", SAU)],
      None, None, "arms sales worth \u00a32.8 billion approved since March 2015", s_caat, optional=True),
    E("TRAIN", "planned",
      [P("United Kingdom", "country", GBR), P("Saudi-led coalition officers", "organisation", SAU)],
      "2016-04", L("Riyadh", SAU), None, s_jiat),
]
