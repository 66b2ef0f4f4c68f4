"""Which way goods go in a transfer, where the sentence itself says so.

The model reads a pair's direction from features, and the rules from the trigger's subject; a few
readings of the sentence are never wrong about it and overrule both: goods go from the country that
made them ("the sale of Turkish-made drones", "Russian jets"), from the one a giving verb's "by"
names ("handed over by Australia's minister"), to the one its "to" names ("handed over to the Fijian
navy") and to the one subject of a taking verb ("under which the UAE will acquire"), from the one
thanked for them ("thanked China for its support in equipment") and from the side that is only a firm
("Armenia and France signed an agreement on the supply of Thales radars": firms sell arms, states buy
them).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from defcoop.extract.circumstances import is_goods
from defcoop.extract.lexicon import Lexicon, Trigger
from defcoop.extract.mentions import Mention
from defcoop.extract.syntax import gives_to, item_phrase, receives_an_order, subject_phrase

Key = tuple[int, str, str, str]  # (sentence index, "TRANSFER", supplier, recipient)
MADE = frozenset({"made", "built", "produced", "designed", "manufactured"})  # "Turkish-made drones"
MAX_CLIMB = 6
# who a request is "from" asks for the goods: "a request from Manila for the transfer of a corvette"
REQUEST_NOUNS = frozenset({"request", "requests", "appeal", "appeals", "plea", "pleas", "application", "demand"})


def directed(keys: list[Key], told: dict[str, str], scores: dict[Key, float]) -> list[Key]:
    """The model's transfer keys, each turned round where the sentence names its recipient as the goods'
    maker or as the giver, or its supplier as the one given to (`told`: the sentence's `told_roles`). A
    turned key takes the model's probability of the act (`scores` is updated)."""
    out: list[Key] = []
    for key in keys:
        turned = as_told(key, told)
        if turned != key:
            scores[turned] = max(scores.get(turned, 0.0), scores[key])
        if turned not in out:
            out.append(turned)
    return out


def as_told(key: Key, told: dict[str, str]) -> Key:
    """The key, turned round if the sentence's `told` roles say its goods go the other way and not this way."""
    supplier, recipient = key[2], key[3]
    if (told.get(recipient) == "supplier" or told.get(supplier) == "recipient") \
            and told.get(supplier) != "supplier" and told.get(recipient) != "recipient":
        return (key[0], key[1], recipient, supplier)
    return key


def as_the_document_tells(keys: list[Key], told: dict[str, str], scores: dict[Key, float],
                          ways: dict[frozenset[str], tuple[str, str]]) -> list[Key]:
    """Transfer keys the model adds, each turned round where its sentence does not say which way the goods
    go and the document's transfers between the same two sides (`ways`: pair -> (supplier, recipient)) go
    the other way ("Before delivery, the tanks were upgraded at a Russian army plant" after "the tanks that
    Russia has donated to Serbia"): a story seldom tells goods going both ways between two sides. `told`
    is the sentence's `told_roles`."""
    out: list[Key] = []
    for key in keys:
        supplier, recipient = key[2], key[3]
        if ways.get(frozenset((supplier, recipient))) == (recipient, supplier) and not {supplier, recipient} & told.keys():
            turned = (key[0], key[1], recipient, supplier)
            scores[turned] = max(scores.get(turned, 0.0), scores[key])
            key = turned
        if key not in out:
            out.append(key)
    return out


def told_otherwise(keys: list[Key], doc: Doc, mentions: list[Mention], triggers: list[tuple[Trigger, Token]],
                   lex: Lexicon) -> bool:
    """True when the sentence says each of a rule event's keys goes the other way, and none of them this
    way (the rules read direction from the trigger's subject, which may be both sides' signatories)."""
    told = told_roles(doc, mentions, triggers, lex)
    return bool(keys) and all(
        (told.get(r) == "supplier" or told.get(s) == "recipient")
        and told.get(s) != "supplier" and told.get(r) != "recipient" for _, _, s, r in keys)


def told_roles(doc: Doc, mentions: list[Mention], triggers: list[tuple[Trigger, Token]],
                lex: Lexicon) -> dict[str, str]:
    """Country -> "supplier" or "recipient", for the countries the sentence names in one of these ways (and
    not in both)."""
    ordered = {tok.i for trig, tok in triggers if trig.type == "TRANSFER" and trig.strength == "receive"
               and receives_an_order(tok, lex.words["contract_nouns"])}
    givers = ordered | {tok.i for trig, tok in triggers if trig.type == "TRANSFER" and (
        trig.strength == "give" or (trig.strength == "receive" and gives_to(tok)))}
    takers = {tok.i for trig, tok in triggers if trig.type == "TRANSFER" and trig.strength == "receive"
              and tok.pos_ in ("VERB", "AUX") and tok.i not in givers}
    seen: dict[str, set[str]] = {}
    for m in mentions:
        if not m.country or m.root < 0:
            continue
        role = "supplier" if (m.is_origin and _names_goods(doc, m, lex)) or _thanked(doc[m.root]) \
            or _taken_from(doc[m.root], takers) \
            else "recipient" if asks_for(doc[m.root]) or _sole_subject_of(doc[m.root], takers) \
            else _by_or_to(doc[m.root], givers, ordered)
        if role:
            seen.setdefault(m.country, set()).add(role)
    told = {code: roles.pop() for code, roles in seen.items() if len(roles) == 1}
    kinds: dict[str, set[str]] = {}
    for m in mentions:
        if m.country and not m.is_location:
            kinds.setdefault(m.country, set()).add(m.actor.kind)
    firms = [code for code, found in kinds.items() if found == {"company"}]
    if len(firms) < len(kinds):  # firms and a state: a firm sells, where nothing else is said of it
        for code in firms:
            told.setdefault(code, "supplier")
    return told


def _sole_subject_of(tok: Token, verbs: set[int]) -> bool:
    """The one subject of a taking verb ("under which the UAE Ministry of Defence will acquire 80 Rafale"):
    who gets the goods. Not one of several subjects ("Turkey and Indonesia ordered"), which the rules read."""
    tok = subject_phrase(tok)
    return tok.dep_ == "nsubj" and tok.head.i in verbs and not any(c.dep_ == "conj" for c in tok.children)


def _taken_from(tok: Token, verbs: set[int]) -> bool:
    """The one a taking verb's "from" names ("TB2 drones bought from Turkey", "received from China"): who
    gave the goods."""
    tok = item_phrase(tok)
    return tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.i in verbs


def asks_for(tok: Token) -> bool:
    """The one a request comes from ("a request from Manila for ..."): who would get the goods."""
    tok = item_phrase(tok)
    return tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lower_ in REQUEST_NOUNS


def _thanked(tok: Token) -> bool:
    """The one thanked ("thanked China for its support"): who gave."""
    tok = item_phrase(tok)
    return tok.dep_ == "dobj" and tok.head.lower_ in ("thanked", "thanks", "thank", "thanking")


def _by_or_to(tok: Token, givers: set[int], ordered: set[int]) -> str | None:
    """"supplier" for the agent of a giving verb ("handed over by X"), "recipient" for what it goes "to",
    for its indirect object ("will sell Poland 32 jets") and for whom a seller's order is "from" (`ordered`)."""
    for _ in range(MAX_CLIMB):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "dative" and head.i in givers:  # "Germany will lease Lithuania older tanks"
            return "recipient"
        if tok.dep_ == "pobj" and head.head.i in givers:
            word = head.lower_
            if word == "from" and head.head.i in ordered:  # "received an order ... from the Malaysian Navy"
                return "recipient"
            return "supplier" if word == "by" and head.dep_ == "agent" else "recipient" if word == "to" else None
        if tok.dep_ not in ("pobj", "poss", "compound", "appos", "conj", "amod", "nmod") and not (
                tok.dep_ == "prep" and tok.lower_ == "of"):  # "to the Border Forces of the State Committee of X"
            return None
        tok = head
    return None


def _names_goods(doc: Doc, m: Mention, lex: Lexicon) -> bool:
    """A demonym on goods ("Russian jets", "Turkish-made combat drones"), not on anything else it may
    qualify ("Georgian media", "the Hungarian state")."""
    after = doc[m.end:m.end + 2]
    if len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in MADE:
        return True
    head = doc[m.root].head
    return head.i != m.root and is_goods(head, lex)
