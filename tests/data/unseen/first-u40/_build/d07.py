from lib import *
text = """TARTU COURIER | Monday, 26 February 2024 | EN | ET | RU
News  Estonia  Baltics  Europe  Defence  Culture  Opinion
Defence

Baltic Defence College turns 25, eyes bigger role for Ukraine

Liis Kask | 26.02.2024 08:02 | Listen to this article (4 min)

Photo: Officers and guests outside the college building on Riia Street. Photo: Marko Saar / Tartu Courier

The Baltic Defence College in Tartu celebrated its 25th anniversary on Sunday, a quarter of a century after its first course of 24 officers opened in the former Soviet officers' club on Riia Street.

The defence ministers of Estonia, Latvia and Lithuania signed the agreement to establish a joint staff college in Parnu in June 1998. Denmark, which led the group of nations supporting the project, sent the first commandant, Brigadier General Michael Clemmesen, and Danish officers made up much of the faculty when the first course began in August 1999.

Since Ukraine and Georgia first sent students in 2004, officers from both countries have attended the college's Joint Command and General Staff Course almost every year. Ukrainian students have been in every class since 2014.

The college, owned jointly by the three Baltic states, now runs four courses a year in English and counts about 2,300 graduates, among them the current army commanders of all three countries. Its budget for 2024 is 6.8 million euros.

Sunday's ceremony was attended by Estonian Defence Minister Hanno Pevkur, Latvian Defence Minister Andris Spruds and Lithuanian Defence Minister Arvydas Anusauskas, who met before the ceremony and agreed to fund an expansion of the college's course for senior civil servants. "This college taught three small armies to think together," Pevkur said.

The commandant, Major General Andris Riekstins, said the college was preparing to take in more students from Ukraine, where the war has created an urgent need for staff officers who can plan at the level of a brigade and above, and that talks were under way with the Ukrainian General Staff on a separate course that could be taught by
"""
doc = dict(id="u40-07", url="https://tartucourier.example/en/defence/baltic-defence-college-turns-25",
           title="Baltic Defence College turns 25, eyes bigger role for Ukraine", published="2024-02-26",
           source="Tartu Courier", lang="en", text=text)
bdc = P("Baltic Defence College", "organisation", "EST")
ukr_geo = "Since Ukraine and Georgia first sent students in 2004, officers from both countries have attended the college's Joint Command and General Staff Course almost every year."
minis = [P("Hanno Pevkur", "person", "EST", title="Defence Minister"), P("Andris Spruds", "person", "LVA", title="Defence Minister"),
         P("Arvydas Anusauskas", "person", "LTU", title="Defence Minister")]
meetev = "Sunday's ceremony was attended by Estonian Defence Minister Hanno Pevkur, Latvian Defence Minister Andris Spruds and Lithuanian Defence Minister Arvydas Anusauskas, who met before the ceremony and agreed to fund an expansion of the college's course for senior civil servants."
events = [
 E("AGREE", "occurred", [P("Estonia", "country", "EST"), P("Latvia", "country", "LVA"), P("Lithuania", "country", "LTU")], "1998-06", L("Parnu", "EST"), None,
   "The defence ministers of Estonia, Latvia and Lithuania signed the agreement to establish a joint staff college in Parnu in June 1998."),
 E("MEET", "occurred", [P("Estonia", "country", "EST"), P("Latvia", "country", "LVA"), P("Lithuania", "country", "LTU")], "1998-06", L("Parnu", "EST"), None,
   "The defence ministers of Estonia, Latvia and Lithuania signed the agreement to establish a joint staff college in Parnu in June 1998.", optional=True),
 E("TRAIN", "occurred", [P("Denmark", "country", "DNK"), P("Michael Clemmesen", "person", "DNK", title="first commandant, Brigadier General"), bdc],
   "1999-08", L("Tartu", "EST"), None,
   "Denmark, which led the group of nations supporting the project, sent the first commandant, Brigadier General Michael Clemmesen, and Danish officers made up much of the faculty when the first course began in August 1999."),
 E("TRAIN", "occurred", [bdc, P("Ukraine", "country", "UKR")], None, L("Tartu", "EST"), None, ukr_geo),
 E("TRAIN", "occurred", [bdc, P("Georgia", "country", "GEO")], None, L("Tartu", "EST"), None, ukr_geo),
 E("MEET", "occurred", minis, "2024-02-25", L("Tartu", "EST"), None, meetev),
 E("AGREE", "occurred", minis, "2024-02-25", L("Tartu", "EST"), None, meetev, optional=True),
 E("TRAIN", "planned", [bdc, P("Ukraine", "country", "UKR")], None, None, None,
   "The commandant, Major General Andris Riekstins, said the college was preparing to take in more students from Ukraine, where the war has created an urgent need for staff officers who can plan at the level of a brigade and above, and that talks were under way with the Ukrainian General Staff on a separate course that could be taught by", optional=True),
]
write(doc, events)
