from lib import *
text = """Arturo Villanueva, admiral who reopened Peru's door to Chile, dies at 81

LIMA - Arturo Villanueva Castro, a retired admiral who served as Peru's defence minister during two turbulent years and is remembered for restoring a working relationship with Chile's armed forces, died on Sunday in Lima. He was 81.

His family said he died at the Naval Medical Centre in Bellavista after a long illness. President Dina Boluarte declared a day of official mourning for the armed forces, and his body will lie in state at the Ministry of Defence on Wednesday.

Born in Arequipa in 1942, Villanueva entered the Naval School at 17 and spent most of his career at sea, commanding the cruiser Almirante Grau in the late 1980s. Like many officers of his generation he studied abroad: he graduated from the U.S. Naval War College in Newport, Rhode Island, in 1981, an experience he later said taught him "that allies argue, and argue usefully".

He retired as a vice admiral in 1999 and was a quiet voice on defence matters until President Alan Garcia brought him into the cabinet in July 2009.

A minister in a hurry

His two years at the ministry were crowded. In August 2009 he flew to Brasilia, where he and Brazil's defence minister, Nelson Jobim, signed a memorandum of understanding on the joint surveillance of the Amazon border, allowing Peru to receive data from Brazil's SIVAM radar network. Officials of both countries still cite it as the basis of their cooperation against drug flights.

He inherited a 2008 contract with Russia's RSK MiG for the modernisation of eight of the air force's MiG-29 fighters, and was at Las Palmas air base when the first of them returned to Peru in 2011. He was less lucky with the army's tanks: a plan to buy Chinese MBT-2000s, which were trialled in the desert near Pisco in 2009, collapsed amid criticism of the price, and no contract was ever signed.

After the earthquake of January 2010 in Haiti he sent an engineering company to reinforce the Peruvian contingent serving with MINUSTAH, the UN stabilisation mission there, which he visited twice.

At the Conference of Defence Ministers of the Americas in Santa Cruz de la Sierra, Bolivia, in November 2010, he met U.S. Defense Secretary Robert Gates to discuss counter-narcotics support in the Apurimac and Ene valleys, the country's main coca-growing region.

But he is best remembered for Chile. Relations between the two armed forces had been frozen since Peru took its maritime boundary dispute to the International Court of Justice in 2008. Villanueva broke the ice in March 2010 by leading an official Peruvian delegation to FIDAE, the air and defence exhibition in Santiago, the first for more than a decade, days after a devastating earthquake had struck Chile.

A year later, in March 2011, he received Chile's defence minister, Andres Allamand, in Lima, the first such visit in four years. The two men agreed to publish their countries' military spending using a common methodology drawn up by the UN Economic Commission for Latin America, a measure that came into force in 2012.

"He understood that you do not have to agree with a neighbour to talk to him," Allamand wrote on Monday.

Villanueva left the ministry when President Ollanta Humala took office in July 2011. He spent his last years teaching strategy at the Centre for Higher National Studies and writing a history of the Peruvian submarine service.

He is survived by his wife, Carmen Rosa, three children and seven grandchildren.
"""
doc = dict(id="u40-08", url="https://limasentinel.example/obituaries/2024/03/12/arturo-villanueva-castro-admiral-defence-minister",
           title="Arturo Villanueva, admiral who reopened Peru's door to Chile, dies at 81", published="2024-03-12",
           source="Lima Sentinel", lang="en", text=text)
vill = P("Arturo Villanueva Castro", "person", "PER", title="Defence Minister")
jobim = P("Nelson Jobim", "person", "BRA", title="defence minister")
bra = "In August 2009 he flew to Brasilia, where he and Brazil's defence minister, Nelson Jobim, signed a memorandum of understanding on the joint surveillance of the Amazon border, allowing Peru to receive data from Brazil's SIVAM radar network."
allam = "A year later, in March 2011, he received Chile's defence minister, Andres Allamand, in Lima, the first such visit in four years."
events = [
 E("TRAIN", "occurred", [P("Arturo Villanueva Castro", "person", "PER", title="naval officer"), P("U.S. Naval War College", "organisation", "USA")],
   "1981", L("Newport, Rhode Island", "USA"), None,
   "Like many officers of his generation he studied abroad: he graduated from the U.S. Naval War College in Newport, Rhode Island, in 1981, an experience he later said taught him \"that allies argue, and argue usefully\"."),
 E("MEET", "occurred", [vill, jobim], "2009-08", L("Brasilia", "BRA"), None, bra),
 E("AGREE", "occurred", [vill, jobim, P("Peru", "country", "PER"), P("Brazil", "country", "BRA")], "2009-08", L("Brasilia", "BRA"), None, bra),
 E("COOPERATE", "occurred", [P("Peru", "country", "PER"), P("Brazil", "country", "BRA")], None, None, None,
   "Officials of both countries still cite it as the basis of their cooperation against drug flights.", optional=True),
 E("AGREE", "occurred", [P("Peru", "country", "PER"), P("RSK MiG", "company", "RUS")], "2008", None, None,
   "He inherited a 2008 contract with Russia's RSK MiG for the modernisation of eight of the air force's MiG-29 fighters, and was at Las Palmas air base when the first of them returned to Peru in 2011.", optional=True),
 E("TRANSFER", "occurred", [S("RSK MiG", "company", "RUS"), R("Peruvian air force", "organisation", "PER")], "2011", L("Las Palmas air base", "PER"),
   "modernised MiG-29 fighter",
   "He inherited a 2008 contract with Russia's RSK MiG for the modernisation of eight of the air force's MiG-29 fighters, and was at Las Palmas air base when the first of them returned to Peru in 2011.", optional=True),
 E("DEPLOY", "occurred", [P("Peru", "country", "PER"), P("MINUSTAH", "igo", "UN"), vill], "2010", L("Haiti", "HTI"), None,
   "After the earthquake of January 2010 in Haiti he sent an engineering company to reinforce the Peruvian contingent serving with MINUSTAH, the UN stabilisation mission there, which he visited twice."),
 E("MEET", "occurred", [vill, P("Robert Gates", "person", "USA", title="U.S. Defense Secretary")], "2010-11", L("Santa Cruz de la Sierra", "BOL"), None,
   "At the Conference of Defence Ministers of the Americas in Santa Cruz de la Sierra, Bolivia, in November 2010, he met U.S. Defense Secretary Robert Gates to discuss counter-narcotics support in the Apurimac and Ene valleys, the country's main coca-growing region."),
 E("EXHIBIT", "occurred", [P("Peruvian delegation", "organisation", "PER"), vill, P("Chile", "country", "CHL")], "2010-03", L("Santiago", "CHL"), None,
   "Villanueva broke the ice in March 2010 by leading an official Peruvian delegation to FIDAE, the air and defence exhibition in Santiago, the first for more than a decade, days after a devastating earthquake had struck Chile."),
 E("MEET", "occurred", [vill, P("Andres Allamand", "person", "CHL", title="defence minister")], "2011-03", L("Lima", "PER"), None, allam),
 E("COOPERATE", "occurred", [vill, P("Andres Allamand", "person", "CHL", title="defence minister")], "2011-03", L("Lima", "PER"), None,
   "The two men agreed to publish their countries' military spending using a common methodology drawn up by the UN Economic Commission for Latin America, a measure that came into force in 2012.", optional=True),
]
write(doc, events)
