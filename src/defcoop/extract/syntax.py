"""Where a word stands in a spaCy parse: the verb governing it, its clause, its ancestors, how a
name or a list hangs on its clause. Only the few closed word lists that shape clauses (verbs of saying and raising, nouns that take
an infinitive) live here; the lexicon's words are the callers' business."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from defcoop.extract.mention import Mention

CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis"})
VERBAL = frozenset({"VERB", "AUX"})
# Nouns whose infinitive says what the deal is about ("a contract to buy", "an order to supply").
CONTRACT_NOUNS = frozenset({"contract", "contracts", "deal", "deals", "agreement", "agreements", "order", "orders",
                            "memorandum", "plan", "plans", "decision", "offer", "option"})
# Verbs whose complement clause carries the act: reported speech and raising.
RAISING_VERBS = frozenset({"set", "expected", "scheduled", "due", "slated", "poised", "likely", "supposed",
                           "planned", "required", "allowed", "permitted", "cleared", "authorised", "authorized"})
SAYING_VERBS = frozenset({"say", "says", "said", "believe", "believes", "argue", "argues", "warn", "warns", "warned",
                          "think", "thinks", "suggest", "suggests", "expect", "expects", "note", "noted", "notes"})


def predicate_of(tok: Token) -> Token:
    """The verb governing a trigger: itself if verbal, else the nearest verbal ancestor; then up
    through infinitive complements, whose subject and object live on the governing verb."""
    cur = tok
    for _ in range(5):
        if cur.pos_ in VERBAL or cur.head.i == cur.i:
            break
        cur = cur.head
    while True:
        if cur.dep_ == "xcomp" and cur.head.pos_ in VERBAL and cur.head.i != cur.i:
            cur = cur.head
        elif (cur.dep_ == "acl" and cur.head.lower_ in CONTRACT_NOUNS and cur.head.dep_ in ("dobj", "nsubjpass")
              and cur.head.head.pos_ in VERBAL):
            cur = cur.head.head  # "X signed a contract to buy jets from Y": X buys
        elif (cur.dep_ in ("advcl", "xcomp") and cur.head.pos_ in VERBAL and cur.head.i != cur.i
              and (cur.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children))
              and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)):
            # "X officers spent two months in India learning to fly", "X signed a deal on Tuesday to buy ...":
            # the participle or purpose infinitive has the main clause's subject
            cur = cur.head
        else:
            return cur


def scope_of(tok: Token, keep: frozenset[str] = frozenset(), observing: frozenset[str] = frozenset()) -> set[int]:
    """Tokens of the trigger's clause, without embedded clauses that do not contain it, except
    clauses headed by a verb in `keep` ("..., while France and Italy have also sent units") that
    say nothing of `observing` (observers watch an exercise; they do not take part)."""
    pred = predicate_of(tok)
    scope: set[int] = set()
    stack = [pred]
    while stack:
        cur = stack.pop()
        scope.add(cur.i)
        for child in cur.children:
            inside = child.left_edge.i <= tok.i <= child.right_edge.i
            if not inside and (child.dep_ in CLAUSE_DEPS or (child.dep_ == "conj" and child.pos_ in VERBAL)) and not (
                    child.lower_ in keep and not any(t.lower_ in observing for t in child.subtree)):
                continue
            stack.append(child)
    return scope


def ancestors(tok: Token, limit: int = 5) -> list[tuple[Token, str]]:
    """(ancestor, dep of the child on the path) pairs, nearest first."""
    out, cur = [], tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            break
        out.append((cur.head, cur.dep_))
        cur = cur.head
    return out


def is_anaphoric(tok: Token) -> bool:
    """ "the drills", "these exercises": a definite noun with no name of its own points back to an act
    already told ("Sea Breeze 2024", "the Balikatan drills" and "joint drills" do not)."""
    if tok.pos_ != "NOUN":
        return False
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    named = any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in tok.children)
    return bool(dets) and dets[0] in ("the", "these", "this", "those") and not named


def list_head(tok: Token) -> Token:
    """The first item of the list (or apposition) a token is in: "China" for "Russia" in "by China and
    Russia"."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def item_phrase(tok: Token) -> Token:
    """The head of the phrase a name is in, through its compounds, appositions and the list it is an item of
    ("Turkey" in "bought from Turkey and Pakistan" -> "Turkey"; "Marvin Dames" -> the list's first name)."""
    while tok.dep_ in ("compound", "flat", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def noun_head(tok: Token) -> Token:
    """The head of a compound name: "Bangladesh" -> "Navy" in "the Bangladesh Navy's frigate"."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def is_subject(tok: Token) -> bool:
    """The subject of its clause, or a name or apposition inside one ("the Minister of Defence, General X,
    received"; "the UAE Ministry of Defence will acquire")."""
    return subject_phrase(tok).dep_ == "nsubj"


def subject_phrase(tok: Token) -> Token:
    """The head of the name phrase a word belongs to: up through compounds, flat names and appositions."""
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def gives_to(verb: Token) -> bool:
    """A verb of taking used the other way round, with whom the goods go to ("the US Army will lease
    eight AH-64Ds to Poland", "Germany will lease Lithuania older tanks"): its subject gives."""
    if verb.pos_ not in VERBAL:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # the indirect object: a "to" phrase, or a name before the goods (the parser may call it a direct object)
    return any((c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children))
               or (c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN"))
               or (c.dep_ == "dobj" and c.pos_ == "PROPN" and any(o.i > c.i for o in objects))
               for c in verb.children)


def receives_an_order(verb: Token, contract_nouns: frozenset[str]) -> bool:
    """A verb of receiving whose object is an order or contract ("DSME received an order for six corvettes from
    the Malaysian Navy"): its subject sells, and its "from" names the buyer."""
    return verb.pos_ in VERBAL and any(c.dep_ == "dobj" and c.lower_ in contract_nouns for c in verb.children)


def pronoun_subject(doc: Doc, nouns: frozenset[str]) -> bool:
    """The main clause's subject is "it"/"they"/"this"/"these" or "the drill(s)" and the like."""
    root = next((t for t in doc if t.head.i == t.i), None)
    if root is None:
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and (subjects[0].lower_ in ("it", "they", "this", "these")
                               or subjects[0].lower_ in nouns)


def list_attachment(doc: Doc, m: Mention) -> tuple[str, Token]:
    """How a mention (or the list it is in) hangs on its clause: the preposition governing it
    ("with", "to", "from") or its dependency ("nsubj", "dobj"); through "executives of A, B and C"."""
    head = doc[m.root]
    for _ in range(6):
        if head.dep_ in ("conj", "appos", "compound") and head.head.i != head.i:
            head = head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head.head
        else:
            break
    return (head.head.lower_ if head.dep_ == "pobj" else head.dep_), head
