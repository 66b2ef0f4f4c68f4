"""Whose official a named person is, read from the words around the name when no title window gave a
country: an apposition ("X, chairman of Kyrgyzstan's State Committee", "Col. X, the Alaska Army National
Guard's state surgeon", "Staff Sgt. X, a medic with the U.S. Army"), a relative clause of office ("X, who
heads the General Staff of ..."), or the service or country the name is "of" or "from" ("Flight Lieutenant
X of the Royal Air Force", "Captain Y from the Indian Navy")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from defcoop.extract.lexicon import Lexicon
from defcoop.resolve.gazetteer import COUNTRY, DEMONYM

AFFILIATION_PREPOSITIONS = frozenset({"of", "from"})
LEADING_VERBS = frozenset({"led", "headed", "chaired", "commanded"})


def affiliated_country(span: Span, lex: Lexicon, bodies_at: dict[int, str]) -> str | None:
    """The country of the person named by `span`, from its apposition, relative clause or "of"/"from" phrase;
    `bodies_at` maps the tokens of the sentence's organisations (armed forces, ministries) to their country."""
    leader_of = _led_body(span.root, lex, bodies_at)
    if leader_of:
        return leader_of
    for child in span.root.children:
        if child.i in range(span.start, span.end):
            continue
        office = (child.dep_ == "appos" and (child.lower_ in lex.title_heads or _names_a_body(child, bodies_at))) or (
            child.dep_ == "relcl" and child.lower_ in lex.words["relative_role_verbs"])
        serves = child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPOSITIONS and any(
            t.i in bodies_at or country_of_token(t, lex) for t in child.subtree)
        if office or serves:
            for tok in child.subtree:
                code = bodies_at.get(tok.i) or country_of_token(tok, lex)
                if code:
                    return code
    return None


def _led_body(root: Token, lex: Lexicon, bodies_at: dict[int, str]) -> str | None:
    """The country of the body a person leads ("the Vietnamese delegation was led by Deputy Minister X",
    "a contingent headed by Colonel Y of ..."): the passive subject of a verb of leading."""
    agent = root.head
    if root.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.lower_ not in LEADING_VERBS:
        return None
    for subject in agent.head.children:
        if subject.dep_ == "nsubjpass":
            for tok in subject.subtree:
                code = bodies_at.get(tok.i) or country_of_token(tok, lex)
                if code:
                    return code
    return None


def _names_a_body(head: Token, bodies_at: dict[int, str]) -> bool:
    """An apposition that places the person in a country's service ("a medic with the U.S. Army")."""
    return any(t.i in bodies_at for t in head.subtree) and not any(t.ent_type_ == "PERSON" for t in head.subtree)


def country_of_token(tok: Token, lex: Lexicon) -> str | None:
    """The country a single word names as a country or demonym ("Kyrgyzstan's", "Indian"), else None."""
    for key in ("=" + tok.text, "~" + tok.text.lower()):
        for entry in lex.aliases.get(key, []):
            if entry.category in (COUNTRY, DEMONYM):
                return entry.code
    return None
