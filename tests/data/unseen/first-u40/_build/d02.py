from lib import *
text = """Navy retires its oldest warship after 75 years under three flags

MANILA - The Philippine Navy on Thursday decommissioned BRP Rajah Humabon (PF-11), a Second World War destroyer escort that served the navies of the United States and Japan before flying the Philippine flag for almost four decades.

Flag Officer in Command Vice Admiral Robert Empedrad presided over the ceremony at the Naval Operating Base in Subic, where the ship's last crew hauled down her commissioning pennant and handed the ensign to her first Filipino commanding officer, retired Commodore Eduardo Santiago.

"She has outlived almost everyone who built her," Empedrad said. "Today we let her rest."

Built as USS Atherton at the Federal Shipbuilding and Drydock Company in Newark, New Jersey, the ship was commissioned in August 1943 and escorted convoys across the Atlantic. In the last days of the war in Europe she was credited with sinking the German submarine U-853 off Rhode Island.

After the war she was placed in reserve. In June 1955 the United States lent the ship to Japan, and for twenty years she served the Japan Maritime Self-Defense Force as JDS Hatsuhi. Tokyo returned her to the U.S. Navy in 1975.

The Philippines acquired the vessel under the military assistance programme then in force with Washington: she was transferred to the Philippine Navy on December 23, 1978, and after a long refit entered service in 1980 under the name of the 16th-century ruler of Cebu.

For most of her Philippine career Rajah Humabon patrolled the southern seas and carried the flag on ceremonial duties. She sailed several times in the annual Cooperation Afloat Readiness and Training (CARAT) exercise with the U.S. Navy, and her three-inch guns fired the last salute of the 1990s from Manila Bay.

The Japanese Embassy's defence attache, Captain Hiroshi Tanaka, attended Thursday's ceremony and laid a wreath on the quarterdeck in memory of the Japanese sailors who had served aboard.

Her retirement leaves the Navy with one of its last two Cannon-class escorts in mothballs and three Del Pilar-class frigates, former U.S. Coast Guard cutters received between 2011 and 2016, as its largest ships.

Relief is on the way. Under a P16-billion contract signed in October 2016, South Korea's Hyundai Heavy Industries is building two new frigates for the Philippine Navy. The first, to be named BRP Jose Rizal, is due to arrive in 2020, with her sister following a few months later.

Rajah Humabon will be kept at Subic while the Navy decides whether to turn her into a museum ship or sink her as an artificial reef.
"""
doc = dict(id="u40-02", url="https://manilaharbourpost.example/news/2018/03/16/navy-retires-oldest-warship-rajah-humabon",
           title="Navy retires its oldest warship after 75 years under three flags",
           published="2018-03-16", source="Manila Harbour Post", lang="en", text=text)
events = [
 E("TRANSFER", "occurred", [S("United States", "country", "USA"), R("Japan", "country", "JPN")], "1955-06", None,
   "destroyer escort USS Atherton (lease, became JDS Hatsuhi)",
   "In June 1955 the United States lent the ship to Japan, and for twenty years she served the Japan Maritime Self-Defense Force as JDS Hatsuhi."),
 E("TRANSFER", "occurred", [S("Japan", "country", "JPN"), R("U.S. Navy", "organisation", "USA")], "1975", None,
   "destroyer escort JDS Hatsuhi (returned)", "Tokyo returned her to the U.S. Navy in 1975.", optional=True),
 E("TRANSFER", "occurred", [S("United States", "country", "USA"), R("Philippine Navy", "organisation", "PHL")], "1978-12-23", None,
   "destroyer escort ex-USS Atherton (BRP Rajah Humabon)",
   "The Philippines acquired the vessel under the military assistance programme then in force with Washington: she was transferred to the Philippine Navy on December 23, 1978, and after a long refit entered service in 1980 under the name of the 16th-century ruler of Cebu."),
 E("EXERCISE", "occurred", [P("Philippine Navy", "organisation", "PHL"), P("U.S. Navy", "organisation", "USA")], None, None, None,
   "She sailed several times in the annual Cooperation Afloat Readiness and Training (CARAT) exercise with the U.S. Navy, and her three-inch guns fired the last salute of the 1990s from Manila Bay.", optional=True),
 E("MEET", "occurred", [P("Hiroshi Tanaka", "person", "JPN", title="defence attache, Japanese Embassy, Captain"),
    P("Philippine Navy", "organisation", "PHL")], "2018-03-15", L("Naval Operating Base, Subic", "PHL"), None,
   "The Japanese Embassy's defence attache, Captain Hiroshi Tanaka, attended Thursday's ceremony and laid a wreath on the quarterdeck in memory of the Japanese sailors who had served aboard.", optional=True),
 E("TRANSFER", "occurred", [S("U.S. Coast Guard", "organisation", "USA"), R("Philippine Navy", "organisation", "PHL")], None, None,
   "three Del Pilar-class frigates (former U.S. Coast Guard cutters)",
   "Her retirement leaves the Navy with one of its last two Cannon-class escorts in mothballs and three Del Pilar-class frigates, former U.S. Coast Guard cutters received between 2011 and 2016, as its largest ships.", optional=True),
 E("AGREE", "occurred", [P("Philippine Navy", "organisation", "PHL"), P("Hyundai Heavy Industries", "company", "KOR")], "2016-10", None, None,
   "Under a P16-billion contract signed in October 2016, South Korea's Hyundai Heavy Industries is building two new frigates for the Philippine Navy."),
 E("TRANSFER", "planned", [S("Hyundai Heavy Industries", "company", "KOR"), R("Philippine Navy", "organisation", "PHL")], "2020", None,
   "frigate BRP Jose Rizal (first of two)",
   "The first, to be named BRP Jose Rizal, is due to arrive in 2020, with her sister following a few months later."),
]
write(doc, events)
