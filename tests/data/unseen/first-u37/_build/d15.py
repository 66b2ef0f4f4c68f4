from lib import P, L, E

DOC = {
    "id": "u37-15",
    "url": "https://hemispheredefense.example/2016/06/10/inter-american-defense-college-graduates-class-55",
    "title": "Inter-American Defense College graduates Class 55",
    "published": "2016-06-10",
    "source": "Hemisphere Defense Review",
    "text": """Inter-American Defense College graduates Class 55

WASHINGTON - Sixty-two military officers, police officers and civilian officials received their diplomas from the Inter-American Defense College at Fort Lesley J. McNair on Thursday, completing the college's eleven-month Advanced Course in Hemispheric Defense and Security.

The graduates of Class 55 came from 14 countries of the Americas. Among them were officers from Brazil, Chile and Mexico, whose armed forces sent the largest groups this year.

The college, which belongs to the Inter-American Defense Board, the Organization of American States' body for defence matters, has trained more than 2,800 graduates since it opened in 1962. This year's course included a field study trip to Panama and Colombia, where students visited border posts and met officials working on the peace process.

Mexico's Secretary of National Defense, General Salvador Cienfuegos Zepeda, was the guest speaker at the ceremony. During his visit he held talks with the leadership of the Inter-American Defense Board on Mexico's participation in the Board's humanitarian assistance and disaster relief working group, a Board spokesman said.

"The threats we face, from organised crime to natural disasters, do not respect borders," Cienfuegos told the graduates.

Earlier in the week, the Board's Director General signed a memorandum of understanding with Peru's Ministry of Defense under which the Board will continue to provide technical advice and monitors for Peru's humanitarian demining programme along the border with Ecuador.

The Board also welcomed a proposal by the OAS Secretary General to review the relationship between the two bodies, a debate that has continued since the Board became an OAS entity in 2006.

The next class will begin its course in August, with students expected from 16 countries.
""",
}

IADC = P("Inter-American Defense College", "igo", "OAS")
FTM = L("Fort Lesley J. McNair, Washington", "USA")

EVENTS = [
    E("TRAIN", "occurred", [IADC, P(n, "country", c)],
      "2016-06-09", FTM, None,
      "Among them were officers from Brazil, Chile and Mexico, whose armed forces sent the largest groups this year.")
    for n, c in [("Brazil", "BRA"), ("Chile", "CHL"), ("Mexico", "MEX")]
] + [
    E("MEET", "occurred", [
        P("Salvador Cienfuegos Zepeda", "person", "MEX", title="Secretary of National Defense"),
        P("Inter-American Defense Board", "igo", "OAS")],
      "2016-06-09", FTM, None,
      "During his visit he held talks with the leadership of the Inter-American Defense Board on Mexico's participation in the Board's humanitarian assistance and disaster relief working group, a Board spokesman said."),
    E("AGREE", "occurred", [
        P("Inter-American Defense Board", "igo", "OAS"),
        P("Peru's Ministry of Defense", "organisation", "PER")],
      "2016-06", None, None,
      "Earlier in the week, the Board's Director General signed a memorandum of understanding with Peru's Ministry of Defense under which the Board will continue to provide technical advice and monitors for Peru's humanitarian demining programme along the border with Ecuador."),
    E("COOPERATE", "planned", [
        P("Inter-American Defense Board", "igo", "OAS"),
        P("Peru", "country", "PER")],
      None, L("Peru", "PER"), None,
      "Earlier in the week, the Board's Director General signed a memorandum of understanding with Peru's Ministry of Defense under which the Board will continue to provide technical advice and monitors for Peru's humanitarian demining programme along the border with Ecuador.",
      optional=True),
] + [
    E("MEET", "occurred", [IADC, P(n, "country", c)], None, L(n, c), None,
      "This year's course included a field study trip to Panama and Colombia, where students visited border posts and met officials working on the peace process.",
      optional=True)
    for n, c in [("Panama", "PAN"), ("Colombia", "COL")]
]
