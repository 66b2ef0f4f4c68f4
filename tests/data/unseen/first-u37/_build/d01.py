from lib import P, L, E

DOC = {
    "id": "u37-01",
    "url": "https://steppewire.example/en/politics/2024/07/04/belarus-becomes-tenth-sco-member",
    "title": "Belarus becomes tenth SCO member as leaders meet in Astana",
    "published": "2024-07-04",
    "source": "Steppe Wire",
    "text": """Belarus becomes tenth SCO member as leaders meet in Astana

ASTANA, July 4 - Belarus became the tenth full member of the Shanghai Cooperation Organisation on Thursday, after the heads of state of the bloc signed the decision on Minsk's accession at their annual summit in the Kazakh capital.

Chaired by President Kassym-Jomart Tokayev, the meeting of the SCO Council of Heads of State at the Palace of Independence was attended by Chinese President Xi Jinping, Russian President Vladimir Putin, Belarusian President Alexander Lukashenko and Pakistani Prime Minister Shehbaz Sharif, among others. India was represented by External Affairs Minister Subrahmanyam Jaishankar, who read out the address of Prime Minister Narendra Modi.

"From today the SCO family counts ten members," Tokayev said as he welcomed Lukashenko to the table in the full-member format.

Lukashenko called it "a historic day" for his country. Belarus, an observer in the organisation since 2015, signed a memorandum of obligations for full membership at the Samarkand summit in 2022, and its accession was the only decision on enlargement taken this year.

The leaders adopted the Astana Declaration and a development strategy for the organisation until 2035. They also approved a programme of cooperation in countering terrorism, separatism and extremism for 2025-2027, which Tokayev said would give the Tashkent-based Regional Anti-Terrorist Structure "more practical tasks".

In the declaration, member states said they would step up joint work against drug trafficking and cyber threats and called for a "just and equal" world order. Such wording is typical of SCO documents, which rarely commit members to specific measures.

Tokayev used his speech to argue that the organisation should concentrate on what he called "practical security": the fight against terrorism and drug trafficking, the protection of transport routes and the prevention of conflicts over water in Central Asia. He also proposed setting up an SCO investment fund, an idea that has been discussed for more than a decade without result.

"The SCO is not a military alliance and is not directed against anyone," he said. "But our citizens expect us to protect them from very concrete threats."

Putin, in his remarks, praised the organisation as a pillar of a "multipolar world" and criticised what he described as Western attempts to impose their rules on others. Xi called on members to "resist external interference" and to keep the organisation's door open to new partners.

Analysts in Astana said the summit showed both the attraction of the SCO and its limits. "Everyone wants to be in the room, but the members do not agree on much beyond general principles," said a political scientist at a university in the capital. "India and China, or India and Pakistan, are not going to build a common security policy."

Busy sidelines

As at previous summits, much of the diplomacy happened on the margins. Xi held talks with Putin on Wednesday evening, their second meeting in less than two months, and met Sharif the same day to discuss the security of Chinese workers and projects in Pakistan.

Putin, for his part, met Turkish President Recep Tayyip Erdogan, who attended the "SCO Plus" session as a guest of the chairman, and Mongolian President Ukhnaagiin Khurelsukh on Thursday.

Defence officials were also busy. Kazakh Defence Minister Ruslan Zhaksylykov met Pakistan's Defence Minister Khawaja Asif on the margins of the summit, and the two signed a plan of bilateral military cooperation for 2025, the Kazakh defence ministry said. The plan covers staff talks, the exchange of military delegations and places for Kazakh officers at Pakistani staff colleges.

Modi's absence

Modi skipped the summit because of the opening of the new Indian parliament, New Delhi said, the second time in a row that the Indian prime minister has not attended an SCO summit in person. Indian officials denied that the decision reflected any unhappiness with the organisation.

For Kazakhstan, the summit was the largest diplomatic event of the year. Roads in the centre of the capital were closed for two days, and the city's schools, already on summer holiday, were used as press centres and accommodation for security staff.

China took over the rotating chairmanship at the end of the meeting, and the next summit will be held in China in 2025.

The SCO was founded in 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan. India and Pakistan joined in 2017 and Iran in 2023.
""",
}

SUMMIT = "Chaired by President Kassym-Jomart Tokayev, the meeting of the SCO Council of Heads of State at the Palace of Independence was attended by Chinese President Xi Jinping, Russian President Vladimir Putin, Belarusian President Alexander Lukashenko and Pakistani Prime Minister Shehbaz Sharif, among others."
ASTANA = L("Astana", "KAZ")

EVENTS = [
    E("MEET", "occurred", [
        P("Shanghai Cooperation Organisation", "igo", "SCO"),
        P("Kassym-Jomart Tokayev", "person", "KAZ", title="President"),
        P("Xi Jinping", "person", "CHN", title="President"),
        P("Vladimir Putin", "person", "RUS", title="President"),
        P("Alexander Lukashenko", "person", "BLR", title="President"),
        P("Shehbaz Sharif", "person", "PAK", title="Prime Minister"),
        P("Subrahmanyam Jaishankar", "person", "IND", title="External Affairs Minister")],
      "2024-07-04", L("Palace of Independence, Astana", "KAZ"), None, SUMMIT),
    E("COOPERATE", "occurred", [
        P("Belarus", "country", "BLR"),
        P("Shanghai Cooperation Organisation", "igo", "SCO")],
      "2024-07-04", ASTANA, None,
      "ASTANA, July 4 - Belarus became the tenth full member of the Shanghai Cooperation Organisation on Thursday, after the heads of state of the bloc signed the decision on Minsk's accession at their annual summit in the Kazakh capital."),
    E("AGREE", "occurred", [
        P("Belarus", "country", "BLR"),
        P("SCO", "igo", "SCO")],
      "2022", L("Samarkand", "UZB"), None,
      "Belarus, an observer in the organisation since 2015, signed a memorandum of obligations for full membership at the Samarkand summit in 2022, and its accession was the only decision on enlargement taken this year.",
      optional=True),
    E("MEET", "occurred", [
        P("Xi Jinping", "person", "CHN", title="President"),
        P("Vladimir Putin", "person", "RUS", title="President")],
      "2024-07-03", ASTANA, None,
      "Xi held talks with Putin on Wednesday evening, their second meeting in less than two months, and met Sharif the same day to discuss the security of Chinese workers and projects in Pakistan."),
    E("MEET", "occurred", [
        P("Xi Jinping", "person", "CHN", title="President"),
        P("Shehbaz Sharif", "person", "PAK", title="Prime Minister")],
      "2024-07-03", ASTANA, None,
      "Xi held talks with Putin on Wednesday evening, their second meeting in less than two months, and met Sharif the same day to discuss the security of Chinese workers and projects in Pakistan."),
    E("MEET", "occurred", [
        P("Vladimir Putin", "person", "RUS", title="President"),
        P("Recep Tayyip Erdogan", "person", "TUR", title="President")],
      "2024-07-04", ASTANA, None,
      "Putin, for his part, met Turkish President Recep Tayyip Erdogan, who attended the \"SCO Plus\" session as a guest of the chairman, and Mongolian President Ukhnaagiin Khurelsukh on Thursday."),
    E("MEET", "occurred", [
        P("Vladimir Putin", "person", "RUS", title="President"),
        P("Ukhnaagiin Khurelsukh", "person", "MNG", title="President")],
      "2024-07-04", ASTANA, None,
      "Putin, for his part, met Turkish President Recep Tayyip Erdogan, who attended the \"SCO Plus\" session as a guest of the chairman, and Mongolian President Ukhnaagiin Khurelsukh on Thursday."),
    E("MEET", "occurred", [
        P("Ruslan Zhaksylykov", "person", "KAZ", title="Defence Minister"),
        P("Khawaja Asif", "person", "PAK", title="Defence Minister")],
      "2024-07", ASTANA, None,
      "Kazakh Defence Minister Ruslan Zhaksylykov met Pakistan's Defence Minister Khawaja Asif on the margins of the summit, and the two signed a plan of bilateral military cooperation for 2025, the Kazakh defence ministry said."),
    E("AGREE", "occurred", [
        P("Ruslan Zhaksylykov", "person", "KAZ", title="Defence Minister"),
        P("Khawaja Asif", "person", "PAK", title="Defence Minister")],
      "2024-07", ASTANA, None,
      "Kazakh Defence Minister Ruslan Zhaksylykov met Pakistan's Defence Minister Khawaja Asif on the margins of the summit, and the two signed a plan of bilateral military cooperation for 2025, the Kazakh defence ministry said."),
    E("TRAIN", "planned", [
        P("Kazakhstan", "country", "KAZ"),
        P("Pakistan", "country", "PAK")],
      "2025", None, None,
      "The plan covers staff talks, the exchange of military delegations and places for Kazakh officers at Pakistani staff colleges.",
      optional=True),
]+ [
    E("COOPERATE", "occurred", [P(n, "country", c), P("SCO", "igo", "SCO")], y, None, None,
      "India and Pakistan joined in 2017 and Iran in 2023.", optional=True)
    for n, c, y in [("India", "IND", "2017"), ("Pakistan", "PAK", "2017"), ("Iran", "IRN", "2023")]
]
