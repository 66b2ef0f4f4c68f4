"""A small database for the API and browser tests, written through `crud.save_result`.

Six documents and six events (the last reported by two documents), so that every filter
has something to keep and something to drop; one document carries script and onerror
payloads in its title, text and item (the escaping tests).
"""
from __future__ import annotations

from defcoop.clean import content_hash
from defcoop.store import open_database, save_result
from defcoop.types import Actor, Document, DocumentResult, Event, Location, Party

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"

RUS, KAZ, UZB, TUR, GBR, POL, USA, COL = (
    Actor("Russia", "country", "RUS"), Actor("Kazakhstan", "country", "KAZ"), Actor("Uzbekistan", "country", "UZB"),
    Actor("Turkey", "country", "TUR"), Actor("United Kingdom", "country", "GBR"), Actor("Poland", "country", "POL"),
    Actor("United States", "country", "USA"), Actor("Colombia", "country", "COL"))
NATO = Actor("NATO", "igo", "NATO")
KAZ_MIN = Actor("Nurlan Yermekbayev", "person", "KAZ", "Defence Minister")
RUS_MIN = Actor("Sergei Shoigu", "person", "RUS", "Defence Minister")
BAYKAR = Actor("Baykar", "company", "TUR")

TEXTS = {
    "kaz-rus": ("Russia will deliver Su-30SM fighters to Kazakhstan, the ministry said. Kazakh Defence Minister "
                "Nurlan Yermekbayev met Russian Defence Minister Sergei Shoigu in Moscow on Thursday."),
    "steppe-eagle": "NATO and Kazakhstan held the Steppe Eagle exercise with Turkish and British troops in 2019.",
    "kaz-uzb": "Kazakhstan and Uzbekistan signed a plan of military cooperation for 2021 in Tashkent.",
    "xss": (f"Turkey will supply Bayraktar TB2 drones {XSS_SCRIPT} to Poland, officials said. {XSS_IMG} "
            "The contract was signed in Ankara."),
    "col-usa": ("Colombia's army received five UH-60 Black Hawk helicopters from the United States on Thursday. "
                "The aircraft will serve in the south."),
    "col-usa-2": ("Five Black Hawk helicopters from the United States arrived in Colombia on Thursday, the army said. "
                  "They were flown to Tolemaida."),
}
TITLES = {"xss": f"Drones for Poland {XSS_IMG}", "col-usa": "Colombia receives Black Hawks"}
URLS = {"xss": "javascript:alert(1)"}  # a link the UI must never make clickable
PUBLISHED = {"kaz-rus": "2021-02-05", "steppe-eagle": "2019-06-20", "kaz-uzb": "2021-03-16", "xss": "2022-05-02",
             "col-usa": "2022-03-11", "col-usa-2": "2022-03-11"}


def _span(doc: str, sentence: str) -> tuple[str, int, int]:
    start = TEXTS[doc].index(sentence)
    return sentence, start, start + len(sentence)


def _event(doc, type_, status, parties, sentence, **kw) -> Event:
    text, start, end = _span(doc, sentence)
    return Event(doc, type_, status, parties, text, start, end, **kw)


def results() -> list[DocumentResult]:
    """The documents and events, in the order they are saved."""
    t = TEXTS
    events = {
        "kaz-rus": [
            _event("kaz-rus", "TRANSFER", "planned", [Party(RUS, "supplier"), Party(KAZ, "recipient")],
                   t["kaz-rus"].split(". ")[0] + ".", date="2021-02", item="Su-30SM fighters", confidence=0.7),
            _event("kaz-rus", "MEET", "occurred", [Party(KAZ_MIN), Party(RUS_MIN)],
                   "Kazakh Defence Minister Nurlan Yermekbayev met Russian Defence Minister Sergei Shoigu in Moscow "
                   "on Thursday.", date="2021-02-04", location=Location("Moscow", "RUS"), confidence=0.9),
        ],
        "steppe-eagle": [_event("steppe-eagle", "EXERCISE", "occurred", [Party(NATO), Party(KAZ), Party(TUR), Party(GBR)],
                                t["steppe-eagle"], date="2019", confidence=0.6)],
        "kaz-uzb": [_event("kaz-uzb", "AGREE", "occurred", [Party(KAZ), Party(UZB)], t["kaz-uzb"], date="2021-03-15",
                           location=Location("Tashkent", "UZB"), confidence=0.4)],
        "xss": [_event("xss", "TRANSFER", "planned", [Party(TUR, "supplier"), Party(BAYKAR, "supplier"),
                                                      Party(POL, "recipient")],
                       f"Turkey will supply Bayraktar TB2 drones {XSS_SCRIPT} to Poland, officials said.",
                       date="2022-05", item=f"Bayraktar TB2 {XSS_IMG}", confidence=0.8)],
        "col-usa": [_event("col-usa", "TRANSFER", "occurred", [Party(USA, "supplier"), Party(COL, "recipient")],
                           "Colombia's army received five UH-60 Black Hawk helicopters from the United States on "
                           "Thursday.", date="2022-03-10", item="five UH-60 Black Hawk helicopters", confidence=0.8)],
        "col-usa-2": [_event("col-usa-2", "TRANSFER", "occurred", [Party(USA, "supplier"), Party(COL, "recipient")],
                             "Five Black Hawk helicopters from the United States arrived in Colombia on Thursday, "
                             "the army said.", date="2022-03-10", item="five Black Hawk helicopters", confidence=0.75)],
    }
    out = []
    for doc_id, text in TEXTS.items():
        doc = Document(id=doc_id, text=text, raw=f"<p>{text}</p>", origin=f"tests/{doc_id}.txt",
                       url=URLS.get(doc_id, f"https://news.example/{doc_id}"),
                       title=TITLES.get(doc_id, f"Story {doc_id}"),
                       published=PUBLISHED[doc_id], source="Example Wire", lang="en", content_hash=content_hash(text))
        out.append(DocumentResult(doc, events[doc_id]))
    return out


def build_database(url: str):
    """Create the database at `url`, save every result and return the sessionmaker."""
    factory = open_database(url)
    with factory.begin() as session:
        for result in results():
            save_result(session, result, None)
    return factory
