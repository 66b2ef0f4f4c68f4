"""Countries for actors a sentence names without one: officials known only by title or name, and firms.
Each rule reads where the actor stands in the sentence (subject, object, list item) against the actors
whose country is known, the places named, and what the document is about."""
from __future__ import annotations

from spacy.tokens import Doc

from defcoop.extract.lexicon import Lexicon
from defcoop.extract.mentions import Mention
from defcoop.extract.persons import PersonRegistry
from defcoop.extract.syntax import is_subject, item_phrase


def fill_unknown_companies(mentions: list[Mention], focus: str | None) -> None:
    """A firm no gazetteer knows and the text does not place is taken to be from the country the
    document is about (regional outlets name their own firms without saying where they are from)."""
    for m in mentions:
        if m.actor.kind == "company" and m.actor.country is None and focus:
            m.actor = type(m.actor)(m.actor.name, "company", focus, m.actor.title)


def fill_unknown_people(sdoc: Doc, mentions: list[Mention], pair: tuple[str, str] | None,
                        registry: PersonRegistry, lex: Lexicon) -> None:
    """Give a country to people the text names without one.

    With one country in the sentence: if only other people carry it, or the unknown person faces
    its carrier across a verb ("Minister Y received a Turkish delegation"), the unknown person is
    the other side: of the place where they meet, else of the document's pair ("X met Kazakh
    minister Y in Astana"); if a country, body or company carries it otherwise, the person belongs
    to it ("Azerbaijan is represented by a delegation led by Defence Minister X").
    """
    # a speaker's "we" is not someone the sentence places ("we can do more," he said ahead of hosting X)
    placed = [m for m in mentions if m.country and not m.is_location and not m.is_speaker]
    known = {m.country for m in placed}
    for m in mentions:
        if m.actor.kind == "person" and m.actor.country is None:
            listed = {p.country for p in placed if p.actor.kind == "person" and _listed_together(sdoc, m, p, mentions)}
            if len(listed) == 1:
                # "received by the Army chief, General A (Nigerian); the Air chief, Air Marshal B, and the
                # Minister, C (Nigerian)": a list of officials of one country is one side, whatever the order
                m.actor = registry.register(type(m.actor)(m.actor.name, "person", listed.pop(), m.actor.title))
    place_codes = [m.country for m in mentions if m.is_location and m.country and m.actor.kind == "country"]
    places = set(place_codes)
    if not known and len(places) == 1:
        # "In Colombia, the minister met the Head of the Army, General X": the officials someone meets
        # where the sentence sets it are that place's
        for m in mentions:
            if m.actor.kind == "person" and m.actor.country is None and m.root >= 0 and not is_subject(sdoc[m.root]):
                m.actor = registry.register(type(m.actor)(m.actor.name, "person", next(iter(places)), m.actor.title))
        return
    if len(known) == 2:
        _place_hosts(sdoc, mentions, registry, lex)
    if len(known) != 1:
        return
    (only,) = known
    by_people_only = all(m.actor.kind == "person" for m in placed)
    # where people of one side meet someone unplaced, the meeting's place is usually the other side's
    hosts = [code for code in place_codes if code != only]
    for m in mentions:
        if m.actor.kind != "person" or m.actor.country is not None:
            continue
        if by_people_only or (m.root >= 0 and any(_facing(sdoc, m, c) for c in placed)):
            # "X met Kazakh minister Y", "Minister Y received a Turkish delegation": the other side
            if hosts:
                code = hosts[0]
            elif pair and only in pair:
                code = pair[1] if pair[0] == only else pair[0]
            else:
                continue
        elif serves_abroad(m.actor.title):
            continue  # an ambassador in a story of one country is not of it
        else:
            code = only
        m.actor = registry.register(type(m.actor)(m.actor.name, "person", code, m.actor.title))


def _place_hosts(sdoc: Doc, mentions: list[Mention], registry: PersonRegistry, lex: Lexicon) -> None:
    """ "Austin visited Djibouti and had discussions with President X and Minister of Defense Y": where an
    official of one country, the subject, visits the other country named, the officials named without a
    country whom the visitor meets (talks "with", calls "on", meets, is received by) are the host's; those
    who go along ("accompanied by Defence Secretary Z") are not."""
    visitors = {m.country for m in mentions if m.actor.kind == "person" and m.country and m.root >= 0
                and is_subject(sdoc[m.root])}
    visited = {m.country for m in mentions if m.actor.kind == "country" and m.root >= 0
               and _visited(sdoc[m.root], lex.words["visiting_verbs"])}
    if len(visitors) != 1 or len(visited) != 1 or visitors == visited:
        return
    (host,) = visited
    for m in mentions:
        if m.actor.kind == "person" and m.actor.country is None and m.actor.title and m.root >= 0 \
                and _met(sdoc[m.root], lex.words["meeting_verbs"]) and not serves_abroad(m.actor.title):
            m.actor = registry.register(type(m.actor)(m.actor.name, "person", host, m.actor.title))


def _met(tok, meeting_verbs: frozenset[str]) -> bool:
    """Someone a visitor meets: the object of "with" or "on" ("talks with X", "called on X"), of a verb of
    meeting ("met X") or the agent of one ("was received by X")."""
    tok = item_phrase(tok)
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("with", "on"):
        return head.head.lower_ not in ("along", "together")
    if tok.dep_ == "dobj":
        return head.lower_ in meeting_verbs
    return tok.dep_ == "pobj" and head.lower_ == "by" and head.head.lower_ in meeting_verbs


def _visited(tok, visiting_verbs: frozenset[str]) -> bool:
    """The place a verb of visiting has as its object ("visited Djibouti") or its "to" ("travelled to Fiji")."""
    if tok.dep_ == "dobj":
        return tok.head.lower_ in visiting_verbs
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ in visiting_verbs


def _listed_together(sdoc: Doc, person: Mention, other: Mention, mentions: list[Mention]) -> bool:
    """True when two people are items of one list of three or more people ("A; the Chief of Air Staff, B,
    and the Minister, C"). The parser joins such items by conjunction or apposition, in any nesting;
    two people joined by "and" are often the two sides ("Minister A and his counterpart B")."""
    if person.root < 0 or other.root < 0 or person.root == other.root:
        return False
    anchor = _list_anchor(sdoc[person.root])
    if anchor != _list_anchor(sdoc[other.root]):
        return False
    return sum(1 for m in mentions if m.actor.kind == "person" and m.root >= 0
               and _list_anchor(sdoc[m.root]) == anchor) >= 3


def _list_anchor(tok) -> int:
    for _ in range(8):  # "nmod": the parser often hangs a list's middle name on the next item's title
        if tok.dep_ not in ("conj", "appos", "compound", "nmod") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok.i


def _facing(sdoc: Doc, person: Mention, other: Mention) -> bool:
    """True when a person and another actor are subject and object of one verb ("Y received a Turkish
    delegation"): they are the two sides of the act, not one."""
    if other.root < 0:
        return False
    a, b = _verb_role(sdoc[person.root]), _verb_role(sdoc[other.root])
    return a[0] is not None and a[0] == b[0] and {a[1], b[1]} == {"subject", "object"}


def _verb_role(tok) -> tuple[int | None, str]:
    """(verb index, "subject"/"object"/"") of the noun phrase a name heads."""
    while tok.dep_ in ("compound", "flat", "appos", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return tok.head.i, "subject"
    if tok.dep_ in ("dobj", "obj", "dative"):
        return tok.head.i, "object"
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head.i, "object"
    return None, ""


# An ambassador or attaché named without a country serves abroad: never the home side of the story
FOREIGN_POSTS = frozenset({"ambassador", "envoy", "attaché", "attache", "chargé"})


def serves_abroad(title: str | None) -> bool:
    words = (title or "").lower()
    return bool(FOREIGN_POSTS & set(words.split())) or "high commissioner" in words


def place_home_officials(sdoc: Doc, mentions: list[Mention], focus: str | None, registry: PersonRegistry) -> None:
    """ "Defence Minister Bill Blair met Ukraine's defence minister": an official who acts (the
    subject) and whom the text gives a title but no country is, in news, from the outlet's own
    country (a national paper's own minister), else from the country the article is about, when
    someone else in the sentence is from another one."""
    others = {m.country for m in mentions if m.country and not m.is_location}
    if not focus or not others - {focus}:
        return
    for m in mentions:
        if m.actor.kind == "person" and m.actor.country is None and m.actor.title and m.root >= 0 \
                and is_subject(sdoc[m.root]) and not serves_abroad(m.actor.title):
            m.actor = registry.register(type(m.actor)(m.actor.name, "person", focus, m.actor.title))
