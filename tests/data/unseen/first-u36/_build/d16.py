from common import E, P, S, R, L

META = {"url": "https://seouldailywire.example/national/defense/20220822-protesters-rally-as-allies-launch-drills",
        "title": "Protesters rally as allies launch largest drills in years",
        "published": "2022-08-22", "source": "Seoul Daily Wire"}

s_ufs = ("South Korea and the United States on Monday began Ulchi Freedom Shield, their summer exercise, restoring "
         "large-scale field training that had been scaled back for four years.")
s_pd = ("Defense Minister Lee Jong-sup told the National Assembly's defense committee last week that South Korean "
        "and US destroyers had also joined Japanese, Australian and Canadian warships in the Pacific Dragon "
        "missile-tracking exercise off Hawaii earlier this month.")
s_thaad = ("Lee also said the THAAD battery that US Forces Korea deployed in Seongju in 2017 would be \"normalised\" "
           "by the end of the month, with the government guaranteeing free access to the base.")

TEXT = f"""SEOUL DAILY WIRE
National | Politics | North Korea | Business | Culture | Opinion
Mon, Aug 22, 2022 | Seoul 29\u00b0C
KOSPI 2,462.50 \u25bc1.21%   USD/KRW 1,339.8

National > Defense

Protesters rally as allies launch largest drills in years

Posted : 2022-08-22 17:03  Updated : 2022-08-22 19:41
By Kim Ha-eun

Hundreds of activists marched near the US Embassy in central Seoul on Sunday to protest against the allies' joint exercise, chanting "Stop war rehearsals" and carrying banners calling for the withdrawal of American troops.

{s_ufs} The drills run until Sept. 1.

The Korean Confederation of Trade Unions and a coalition of civic groups said the exercise "rehearses an invasion" of the North and would only push Pyongyang toward more missile tests. Police said about 700 people took part in Sunday's march, which ended without incident.

North Korea has not commented on the start of the drills, but its state media last week called them "a dangerous provocation" and warned of an unspecified response.

{s_pd} The opposition Democratic Party questioned whether the government was drifting into a trilateral alliance with Japan. Lee said the drill was "about tracking missiles, not about alliances".

{s_thaad} Residents of Soseong-ri, the village next to the base, held a separate protest on Saturday. "For five years we have been told that this is temporary," said a village elder, Lee Seok-ju. "Now they tell us that it is normal. Nobody has ever asked us."

The presidential office said the normalisation concerned living conditions for the soldiers at the base and did not mean any new deployment. Lawmakers from the ruling People Power Party said the opposition had "no business defending the intere
"""

CUT = 2050

KOR, USA, JPN, AUS, CAN = "KOR", "USA", "JPN", "AUS", "CAN"
EVENTS = [
    E("EXERCISE", "occurred",
      [P("South Korea", "country", KOR), P("United States", "country", USA)],
      "2022-08", None, "Ulchi Freedom Shield", s_ufs),
    E("EXERCISE", "occurred",
      [P("South Korea", "country", KOR), P("United States", "country", USA), P("Japan", "country", JPN),
       P("Australia", "country", AUS), P("Canada", "country", CAN)],
      "2022-08", L("off Hawaii", None), "Pacific Dragon", s_pd),
    E("COOPERATE", "occurred",
      [P("US Forces Korea", "organisation", USA), P("South Korea", "country", KOR)],
      "2017", L("Seongju", KOR), "THAAD battery", s_thaad, optional=True),
]
