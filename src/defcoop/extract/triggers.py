"""Trigger words: which words of a sentence tell an act of which type, and how a sentence names its
acts ("Khaan Quest", "another exercise")."""
from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from defcoop.extract.circumstances import is_goods
from defcoop.extract.lexicon import Lexicon, Trigger
from defcoop.extract.syntax import VERBAL, ancestors

# Verbs of receiving whose object is a person or a delegation are visits, not deliveries:
# "the minister received General X", "Nitiwul hosted a Burkinabe delegation".
GREETING_VERBS = frozenset({"received", "receives", "receive", "receiving", "hosted", "hosts", "host", "hosting",
                            "welcomed", "welcomes", "welcome", "welcoming"})


# "to meet the challenges", "meets NATO standards": meeting a need, not a person
MET_NEEDS = frozenset({"challenge", "challenges", "need", "needs", "requirement", "requirements", "demand", "demands",
                       "standard", "standards", "target", "targets", "goal", "goals", "deadline", "deadlines",
                       "criteria", "criterion", "expectations", "threat", "threats", "obligations", "commitments",
                       "objectives", "specifications", "costs", "shortfall", "shortfalls"})
# "pre-deployment training", "post-exercise review", "non-delivery": a word joined to a prefix names no act
NEGATING_PREFIXES = frozenset({"pre", "post", "non", "anti", "counter"})


def _meets_a_need(tok: Token) -> bool:
    return tok.lower_ in ("meet", "meets", "met", "meeting") and tok.pos_ in VERBAL and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in MET_NEEDS for c in tok.children)


def _after_a_prefix(doc: Doc, start: int) -> bool:
    return start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and \
        not doc[start - 1].whitespace_ and doc[start - 2].lower_ in NEGATING_PREFIXES


def greets_people(tok: Token, lex: Lexicon) -> bool:
    """True when a receiving verb's object is a person, a titled official or a delegation."""
    if tok.lower_ not in GREETING_VERBS or tok.pos_ not in VERBAL:
        return False
    for child in tok.children:
        if child.dep_ in ("dobj", "obj"):
            words = {t.lower_ for t in child.subtree}
            if child.ent_type_ == "PERSON" or words & lex.title_heads or words & {"delegation", "counterpart",
                                                                                 "delegations", "visitors"}:
                return True
    return False


def find_triggers(doc: Doc, lex: Lexicon) -> list[tuple[Trigger, Token]]:
    spans = filter_spans([doc[s:e] for _, s, e in lex.trigger_matcher(doc)])
    out = []
    for span in spans:
        if span.end < len(doc) and doc[span.end].lower_ in lex.words["place_nouns"]:
            continue  # "training ground", "exhibition centre", "a military training school": a place, not an act
        if span.text.islower() and span.text in lex.acronym_shows:
            continue  # "shared ideas", not the IDEAS show
        if _after_a_prefix(doc, span.start) or _meets_a_need(span.root):
            continue
        if greets_people(span.root, lex):
            out.append((Trigger("MEET", "strong", span.text.lower()), span.root))
            continue
        for trig in lex.triggers.get(span.text.lower(), []):
            if trig.type == "TRAIN" and _names_equipment(span.root, lex):
                continue  # "12 Super Tucano training aircraft", "the training ship": a kind of equipment
            if trig.type == "TRAIN" and (joined := _joined_training(doc, span.root, lex)) is not None:
                out.append((Trigger("EXERCISE", trig.strength, trig.phrase), joined))
                continue
            if trig.strength == "port":  # "berthed", "called at": only a navy's ship calls at a port
                if _naval_visit(doc, span.root, lex):
                    out.append((Trigger("MEET", "arrive", "port call"), span.root))
                continue
            if trig.strength == "arrive" and _naval_visit(doc, span.root, lex):
                # "Frigates USS Boone and USS Thach arrived in Punta Arenas": a navy calling at a foreign port
                out.append((Trigger("MEET", "arrive", "port call"), span.root))
                continue
            out.append((trig, span.root))
    return out


def _names_equipment(tok: Token, lex: Lexicon) -> bool:
    """True when a word only qualifies the goods after it ("training aircraft", "training vessel")."""
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i and is_goods(tok.head, lex)


JOIN_VERBS = frozenset({"join", "joins", "joined", "joining", "participate", "participates", "participated",
                        "participating"})
# what makes taking part in training a course rather than an exercise
TEACHING_WORDS = frozenset({"course", "courses", "programme", "program", "programmes", "programs", "curriculum",
                            "lessons", "classes", "seminar", "workshop"})


def _joined_training(doc: Doc, tok: Token, lex: Lexicon) -> Token | None:
    """The verb by which forces join one another's training ("Troops from Fiji, Tonga and France will join
    U.S. Marines and Japanese and Australian soldiers training in Queensland", "will take part in joint
    training activities"): an exercise, told from that verb. A course, a school or instructors make it
    training (None)."""
    if any(t.lower_ in TEACHING_WORDS or t.lower_ in lex.words["trainer_nouns"] for t in doc):
        return None
    if any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in tok.children):
        return None  # "are taking part in the joint training": the exercise told before, read as such
    for anc, _ in ancestors(tok, 4):
        if anc.lower_ in JOIN_VERBS or (anc.lower_ in ("take", "takes", "took", "taking") and any(
                c.lower_ == "part" for c in anc.children)):
            return anc
    return None


def _naval_visit(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """True when what arrives is a navy's own ship or squadron ("a Brazilian Navy vessel", "a Chinese naval
    escort fleet", "Frigates USS Boone and USS Thach") carrying no cargo: a port call, not a delivery ("the
    first F-39E Gripen for the Brazilian Air Force arrived" stays one)."""
    verb = tok if tok.pos_ in VERBAL else tok.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "acl":  # "the frigate INS Tabar berthed ...", parsed as a modifier
        subjects = [verb.head]
    if not subjects or any(t.lower_ in lex.cargo_words for t in doc):
        return False
    naval = lex.words["naval_words"]
    for subject in subjects:
        for t in subject.subtree:
            if t.lower_ in naval or t.text in lex.ship_prefixes:
                path = t
                while path.i != subject.i and path.lower_ not in ("for", "to"):
                    path = path.head
                if path.i == subject.i:  # the ship's own, not whom it is for
                    return True
    return False


INDEFINITE = frozenset({"a", "an", "another", "other", "separate", "second", "several", "two", "three", "four",
                        "five", "six", "many", "numerous"})


def act_identity(doc: Doc, lex: Lexicon, etype: str) -> tuple[frozenset[str], bool]:
    """How a sentence names its acts of this type: the capitalised words of their names ("Khaan Quest",
    "Exercise Obangame Express") and whether one is indefinite ("five drills", "another exercise")."""
    names: set[str] = set()
    indefinite = False
    for trig, tok in find_triggers(doc, lex):
        if trig.type != etype:
            continue
        around = [tok, *tok.children, *(tok.head.children if tok.dep_ in ("compound", "appos") else ())]
        names |= {t.lower_ for t in around if t.pos_ == "PROPN" and t.i != tok.i}
        names |= {t.lower_ for t in doc[max(0, tok.i - 3):tok.i + 4] if t.pos_ == "PROPN" and t.is_title
                  and t.ent_type_ not in ("GPE", "NORP", "DATE")}
        indefinite |= any(c.lower_ in INDEFINITE for c in tok.children)
        # "has also routinely carried out exercises with Singapore and Thailand": bare plural, acts of habit
        indefinite |= tok.tag_ == "NNS" and tok.dep_ == "dobj" and not any(
            c.dep_ in ("det", "poss", "nummod") or c.pos_ == "PROPN" for c in tok.children) and any(
            c.lower_ == "with" for c in (*tok.children, *tok.head.children))
    return frozenset(names), indefinite
