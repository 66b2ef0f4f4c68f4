"""Rivals: a country or firm named as a losing or competing bidder is no side of the deal.

"Chile will buy three frigates from Britain, beating out competing bids from Pakistan and Belgium":
Pakistan and Belgium lost. The words that mark a rival are data (`rival_cues` in triggers.json).
"""
from __future__ import annotations

from spacy.tokens import Doc

from defcoop.extract.lexicon import Lexicon

MAX_CLIMB = 5  # "bids" -> "from" -> "Pakistan" -> "and" -> "Belgium": a list under one rival's offer


def is_rival(doc: Doc, root: int, lex: Lexicon) -> bool:
    """Whether the mention at token `root` is named as a rival: under a rival noun ("bidders such as X",
    "rival Dassault"), an offer called competing or rival ("competing bids from X"), or the object of a
    verb of beating ("edged out X")."""
    if root < 0:
        return False
    tok = doc[root]
    if any(c.dep_ in ("amod", "compound") and c.lower_ in lex.rival_people for c in tok.children):
        return True
    for _ in range(MAX_CLIMB):
        head = tok.head
        if head.i == tok.i or tok.dep_ in ("nsubj", "nsubjpass", "agent", "csubj"):
            return False
        word = head.lower_
        if word in lex.rival_people:
            return True
        if word in lex.rival_offers and any(c.lower_ in lex.rival_qualifiers for c in head.children):
            return True
        if word in lex.rival_verbs and tok.dep_ in ("dobj", "prep", "prt"):
            return True
        tok = head
    return False
