"""Rivals and threats: a country or firm named as a losing or competing bidder is no side of the deal,
and one named as what an act is aimed against is no side of the act.

"Chile will buy three frigates from Britain, beating out competing bids from Pakistan and Belgium":
Pakistan and Belgium lost. "Taiwan's war games simulate an invasion by the People's Liberation Army":
the army is the imagined enemy. The words that mark both are data (`rival_cues` in triggers.json).
"""
from __future__ import annotations

from spacy.tokens import Doc

from defcoop.extract.lexicon import Lexicon
from defcoop.extract.syntax import list_head

MAX_CLIMB = 7  # "against the F-18 and the Rafale made by France's Dassault": a list under a rival's offer


def is_rival(doc: Doc, root: int, lex: Lexicon) -> bool:
    """Whether the mention at token `root` is named as a rival: under a rival noun ("bidders such as X",
    "rival Dassault"), an offer called competing or rival ("competing bids from X"), the object of a
    verb of beating ("edged out X") or what a choice passed over ("decided against X", "chose Y over X")."""
    if root < 0:
        return False
    tok = doc[root]
    if any(c.dep_ in ("amod", "compound") and c.lower_ in lex.rival_people for c in tok.children):
        return True
    for _ in range(MAX_CLIMB):
        head = tok.head
        if head.i == tok.i or tok.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return False
        word = head.lower_
        if word in lex.rival_people:
            return True
        if word in lex.rival_offers and any(c.lower_ in lex.rival_qualifiers for c in head.children):
            return True
        if word in lex.rival_verbs and tok.dep_ in ("dobj", "prep", "prt"):
            return True
        if tok.dep_ == "pobj" and (_passed_over(head, lex.rival_choices.get(word, frozenset()))
                                   or (word == "of" and any(c.lower_ == "instead" for c in (*head.children, head.head)))):
            return True  # "after deciding against Boeing's F-18", "chose the Gripen over the Rafale", "instead of"
        tok = head
    return False


def is_threat(doc: Doc, root: int, lex: Lexicon) -> bool:
    """Whether the mention at token `root` is told as the author of a hostile act: it qualifies the act's
    noun ("a Chinese invasion", "Russia's aggression") or is its agent or source ("an invasion by the PLA",
    "the threat posed by North Korea", "incursions from Iran")."""
    if root < 0:
        return False
    tok = list_head(doc[root])  # "an invasion by China and Russia"
    if tok.dep_ in ("amod", "compound", "poss", "nmod"):
        return _hostile(tok.head, lex)
    if tok.dep_ not in ("pobj", "agent") or tok.head.lower_ not in ("by", "from"):
        return False
    head = tok.head.head
    if head.dep_ == "acl" and head.head.i != head.i:
        head = head.head  # "the threat posed by"
    return _hostile(head, lex)


def _hostile(tok, lex: Lexicon) -> bool:
    # "attack helicopters", "attack submarine": a kind of weapon, not an act
    return tok.lower_ in lex.threat_nouns and tok.pos_ == "NOUN" and tok.dep_ != "compound"


def _passed_over(prep, verbs: frozenset[str]) -> bool:
    """A preposition of choice ("against", "over") on a verb of choosing, or on that verb's object ("chose
    the Rafale over the Typhoon": the parser may hang "over" on "Rafale")."""
    cur = prep
    for _ in range(2):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lower_ in verbs:
            return True
    return False
