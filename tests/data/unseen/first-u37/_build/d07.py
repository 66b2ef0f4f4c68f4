from lib import P, L, E

TEXT = """THE RIFT STANDARD
HOME | NEWS | COUNTIES | BUSINESS | SPORT | OPINION | PODCASTS
Tuesday, November 12, 2024   Nairobi 23°C

NEWS > NATIONAL

Regional standby force opens two-week drill in Isiolo

By Daniel Otieno, Isiolo

More than 1,200 soldiers, police officers and civilian experts on Monday began a two-week field training exercise of the Eastern Africa Standby Force at the Kenya Defence Forces' range at Archers Post in Isiolo County.

The exercise, code-named Mashariki Salam 2024, brings together contingents from Kenya, Ethiopia, Rwanda, Uganda and four other member states of the regional force and will test its ability to deploy within 14 days of a decision by the African Union.

Chief of Defence Forces General Charles Kahariri and EASF Director Brigadier General Paul Kahuria Njema opened the drill in a ceremony attended by county officials and diplomats.

"This is not a show. Our region has to be ready to respond to crises on its own," Gen Kahariri said.

In October, Kenyan instructors trained 60 officers from Comoros and Seychelles in a three-week staff course at the International Peace Support Training Centre in Karen, Nairobi, paid for by the Kenyan government, so that smaller member states could fill posts in the exercise headquarters.

Uganda has pledged to donate two of its field hospitals to the standby force's logistics base in Addis Ababa, Brig Gen Njema said, adding that the equipment would be available to any mission the force is asked to undertake.

The scenario of the exercise is built around a fictional country where armed groups attack civilians and humanitarian convoys, forcing the region to send a multidimensional peace support mission. Police units will practise crowd control and the protection of civilians, while civilian experts run a mock humanitarian coordination cell.

The force, which was declared fully operational in 2014, has never deployed as a single formation, although its member states contrib"""

DOC = {
    "id": "u37-07",
    "url": "https://riftstandard.example/news/national/2024-11-12-regional-standby-force-opens-drill-isiolo",
    "title": "Regional standby force opens two-week drill in Isiolo",
    "published": "2024-11-12",
    "source": "The Rift Standard",
    "text": TEXT,
}

TRAIN_EV = "In October, Kenyan instructors trained 60 officers from Comoros and Seychelles in a three-week staff course at the International Peace Support Training Centre in Karen, Nairobi, paid for by the Kenyan government, so that smaller member states could fill posts in the exercise headquarters."

EVENTS = [
    E("EXERCISE", "occurred", [
        P("Eastern Africa Standby Force", "igo", "AU"),
        P("Kenya", "country", "KEN"),
        P("Ethiopia", "country", "ETH"),
        P("Rwanda", "country", "RWA"),
        P("Uganda", "country", "UGA"),
        P("Charles Kahariri", "person", "KEN", title="Chief of Defence Forces"),
        P("Paul Kahuria Njema", "person", "AU", title="EASF Director")],
      "2024-11", L("Archers Post, Isiolo County", "KEN"), None,
      "The exercise, code-named Mashariki Salam 2024, brings together contingents from Kenya, Ethiopia, Rwanda, Uganda and four other member states of the regional force and will test its ability to deploy within 14 days of a decision by the African Union."),
] + [
    E("TRAIN", "occurred", [P("Kenyan instructors", "organisation", "KEN"), P(n, "country", c)],
      "2024-10", L("International Peace Support Training Centre, Karen, Nairobi", "KEN"), None, TRAIN_EV)
    for n, c in [("Comoros", "COM"), ("Seychelles", "SYC")]
] + [
    E("TRANSFER", "planned", [
        S for S in [P("Uganda", "country", "UGA", role="supplier"),
                    P("Eastern Africa Standby Force", "igo", "AU", role="recipient")]],
      None, L("Addis Ababa", "ETH"), "two field hospitals",
      "Uganda has pledged to donate two of its field hospitals to the standby force's logistics base in Addis Ababa, Brig Gen Njema said, adding that the equipment would be available to any mission the force is asked to undertake."),
]
