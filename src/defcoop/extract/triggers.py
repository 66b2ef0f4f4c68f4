"""Trigger words: which words of a sentence tell an act of which type, and how a sentence names its
acts ("Khaan Quest", "another exercise")."""
from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from defcoop.extract.lexicon import Lexicon, Trigger
from defcoop.extract.syntax import VERBAL

# Verbs of receiving whose object is a person or a delegation are visits, not deliveries:
# "the minister received General X", "Nitiwul hosted a Burkinabe delegation".
GREETING_VERBS = frozenset({"received", "receives", "receive", "receiving", "hosted", "hosts", "host", "hosting",
                            "welcomed", "welcomes", "welcome", "welcoming"})


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
        if greets_people(span.root, lex):
            out.append((Trigger("MEET", "strong", span.text.lower()), span.root))
            continue
        for trig in lex.triggers.get(span.text.lower(), []):
            out.append((trig, span.root))
    return out


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
