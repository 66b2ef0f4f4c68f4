"""Candidate instances for the trained pair model: one per parsed sentence and ordered pair of
countries (or organisations) the sentence names or implies, with the features that describe it.

Features are strings (a linear model learns their weights): the sentence's words, the trigger
words of the lexicon and their type, how each side attaches to the sentence (its dependency,
preposition, head word, kind of actor), the dependency path between the two sides, the words
between them, and what the rule path made of the same sentence. Rules are one voice among many
here: the model learns from annotated text how far to trust them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import permutations
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from defcoop.extract.events import find_triggers, predicate_of
from defcoop.extract.lexicon import Lexicon, Trigger
from defcoop.extract.mentions import Mention
from defcoop.types import Event

if TYPE_CHECKING:
    from defcoop.extract import DocumentAnalysis, ParsedSentence

# How a country can be a candidate without being named in the sentence.
IMPLIED_FOCUS = "focus"  # the country the document is mostly about
IMPLIED_PAIR = "pair"  # the other country of the document's main pair
IMPLIED_PREVIOUS = "previous"  # named in the sentence just before
NEGATION_WORDS = frozenset({"not", "no", "never", "denied", "denies", "deny", "dismissed", "rejected", "ruled",
                            "cancelled", "canceled", "suspended", "halted", "refused", "without", "neither", "nor"})
MODAL_WORDS = frozenset({"will", "would", "shall", "plan", "plans", "planned", "planning", "expected", "intends",
                         "intend", "to", "could", "may", "might", "should", "set", "due", "scheduled", "pledged",
                         "promised", "approved", "proposed", "possible", "potential", "agreed", "invited", "next"})
MAX_PATH = 7


@dataclass
class Side:
    """One side of a candidate pair: a country and how the sentence names it (or that it does not)."""

    country: str
    mentions: list[Mention] = field(default_factory=list)
    implied: str | None = None  # IMPLIED_* when the sentence does not name it


@dataclass
class Instance:
    """One ordered pair of countries in one sentence, with its features."""

    sentence: int  # index into the analysis's parsed sentences
    a: Side
    b: Side
    features: list[str]


def _word(tok: Token) -> str:
    return tok.lower_ if not tok.like_num else "<num>"


def sentence_features(doc: Doc, triggers: list[tuple[Trigger, Token]], number: int) -> list[str]:
    """Features every pair of the sentence shares: words, bigrams, trigger types, cues."""
    words = [_word(t) for t in doc if not t.is_punct and not t.is_space]
    out = [f"w={w}" for w in set(words)]
    out += [f"bi={x}_{y}" for x, y in set(zip(words, words[1:]))]
    for trig, tok in triggers:
        out.append(f"trig={trig.type}")
        out.append(f"trig={trig.type}:{trig.strength}")
        out.append(f"trig={trig.type}:{tok.pos_}")
    if any(t.lower_ in NEGATION_WORDS or t.dep_ == "neg" for t in doc):
        out.append("cue=negation")
    if any(t.lower_ in MODAL_WORDS for t in doc):
        out.append("cue=modal")
    out.append(f"pos={min(number, 5)}")
    return out


def _climb(tok: Token) -> Token:
    """From a word inside a name to the name's syntactic head ("South" in "South Korea")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _attachment(tok: Token) -> tuple[str, str]:
    """(dependency, preposition or governing word) of a mention's head: ("pobj", "from"), ("nsubj", "sign")."""
    tok = _climb(tok)
    dep = tok.dep_
    if dep in ("conj", "appos"):  # "X and Y signed": Y attaches as X does
        first = tok.head
        while first.dep_ in ("conj", "appos") and first.head.i != first.i:
            first = first.head
        tok, dep = first, first.dep_
    if dep == "pobj":
        return "pobj", tok.head.lower_
    if dep == "poss":
        return "poss", tok.head.lower_
    if dep in ("amod", "compound", "nmod"):
        return dep, tok.head.lower_
    return dep, predicate_of(tok).lower_ if tok.head.i != tok.i else "ROOT"


def _path(doc: Doc, i: int, j: int) -> tuple[list[str], Token | None, list[str]]:
    """Dependency labels from token i up to the lowest common ancestor, that ancestor, and labels down to j."""
    up_i, cur = [doc[i]], doc[i]
    while cur.head.i != cur.i and len(up_i) < MAX_PATH:
        cur = cur.head
        up_i.append(cur)
    index = {t.i: n for n, t in enumerate(up_i)}
    down, cur = [], doc[j]
    for _ in range(MAX_PATH):
        if cur.i in index:
            return [t.dep_ for t in up_i[:index[cur.i]]], cur, list(reversed(down))
        down.append(cur.dep_)
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return [], None, []


def _side_features(prefix: str, doc: Doc, side: Side, triggers: list[tuple[Trigger, Token]],
                   focus: str | None) -> list[str]:
    if side.implied:
        out = [f"{prefix}implied={side.implied}"]
    else:
        m = _best(side.mentions)
        out = [f"{prefix}kind={m.actor.kind}", f"{prefix}cat={m.category}"]
        if m.is_location:
            out.append(f"{prefix}location")
        if m.is_origin:
            out.append(f"{prefix}origin")
        if m.antecedent is not None:
            out.append(f"{prefix}pronoun")
        if m.root >= 0:
            dep, word = _attachment(doc[m.root])
            out += [f"{prefix}dep={dep}", f"{prefix}dep={dep}:{word}"]
            for trig, tok in triggers:
                up, lca, down = _path(doc, m.root, tok.i)
                if lca is not None and len(up) + len(down) <= 4:
                    out.append(f"{prefix}to{trig.type}={'>'.join(up)}|{'<'.join(down)}")
                    out.append(f"{prefix}to{trig.type}:{dep}:{word}")
            out.append(f"{prefix}before_trigger" if triggers and m.root < triggers[0][1].i else f"{prefix}after_trigger")
        if len(side.mentions) > 1:
            out.append(f"{prefix}repeated")
    if focus and side.country == focus:
        out.append(f"{prefix}focus")
    if side.country.isalpha() and len(side.country) != 3 or side.country in IGO_CODES:
        out.append(f"{prefix}igo")
    return out


IGO_CODES = frozenset({"NATO", "SCO", "UN", "EU", "CSTO", "CIS", "OSCE", "ASEAN", "AU", "GCC", "ECOWAS", "SADC",
                       "EAC", "OAS", "ECCAS", "IGAD"})


def _best(mentions: list[Mention]) -> Mention:
    """The mention that best stands for a side: an actor before a place, named before a pronoun."""
    return min(mentions, key=lambda m: (m.is_location, m.antecedent is not None, m.root < 0, m.start))


def pair_features(doc: Doc, a: Side, b: Side, triggers: list[tuple[Trigger, Token]], focus: str | None) -> list[str]:
    """Features of the ordered pair (a, b): each side's, then the two together."""
    out = _side_features("A.", doc, a, triggers, focus) + _side_features("B.", doc, b, triggers, focus)
    if a.implied or b.implied:
        return out
    ma, mb = _best(a.mentions), _best(b.mentions)
    if ma.root < 0 or mb.root < 0:
        return out
    up, lca, down = _path(doc, ma.root, mb.root)
    if lca is not None:
        out.append(f"path={'>'.join(up)}|{'<'.join(down)}")
        out.append(f"lca={lca.lower_}")
        out.append(f"lca_pos={lca.pos_}")
        if set(up) | set(down) <= {"conj", "appos", "compound"}:
            out.append("coordinated")
    lo, hi = sorted((ma.end, mb.start)) if ma.start < mb.start else sorted((mb.end, ma.start))
    between = [_word(t) for t in doc[lo:hi] if not t.is_punct]
    out += [f"btw={w}" for w in set(between)]
    out.append(f"dist={min(len(between), 10) // 3}")
    out.append("order=ab" if ma.start < mb.start else "order=ba")
    return out


def rule_features(a: str, b: str, sentence_events: list[Event], document_events: list[Event]) -> list[str]:
    """What the rule path said of this pair: in this sentence, and anywhere in the document."""
    out = []
    for scope, events in (("rule", sentence_events), ("rule_doc", document_events)):
        for event in events:
            countries = event.countries
            if a not in countries or b not in countries:
                continue
            if event.type == "TRANSFER":
                suppliers = {p.actor.country for p in event.parties if p.role == "supplier"}
                recipients = {p.actor.country for p in event.parties if p.role == "recipient"}
                if a in suppliers and b in recipients:
                    out.append(f"{scope}=TRANSFER>")
                elif b in suppliers and a in recipients:
                    out.append(f"{scope}=TRANSFER<")
            else:
                out.append(f"{scope}={event.type}")
                out.append(f"{scope}={event.type}:{event.status}")
    return sorted(set(out))


def sentence_triggers(doc: Doc, lex: Lexicon) -> list[tuple[Trigger, Token]]:
    """The lexicon's triggers in a parsed sentence."""
    return find_triggers(doc, lex)


def _sides(sentence: ParsedSentence) -> dict[str, Side]:
    sides: dict[str, Side] = {}
    for m in sentence.mentions:
        if m.country:
            sides.setdefault(m.country, Side(m.country)).mentions.append(m)
    return sides


def build_instances(analysis: DocumentAnalysis, lex: Lexicon) -> list[Instance]:
    """Every ordered pair of different countries a parsed sentence names, or names one of and
    implies the other (the document's focus or main pair, the sentence before), with features."""
    events_at: dict[int, list[Event]] = {}
    for event in analysis.events:
        at = analysis.sentence_of(event.evidence_start)
        if at is not None:
            events_at.setdefault(at, []).append(event)
    out: list[Instance] = []
    previous: tuple[int, set[str]] = (-2, set())
    for index, sentence in enumerate(analysis.sentences):
        sides = _sides(sentence)
        named = set(sides)
        if not named:
            previous = (sentence.number, named)
            continue
        triggers = sentence_triggers(sentence.doc, lex)
        implied: dict[str, str] = {}
        if triggers or index in events_at:
            if analysis.focus:
                implied.setdefault(analysis.focus, IMPLIED_FOCUS)
            for code in analysis.pair or ():
                implied.setdefault(code, IMPLIED_PAIR)
            if previous[0] == sentence.number - 1:
                for code in previous[1]:
                    implied.setdefault(code, IMPLIED_PREVIOUS)
        for code, how in implied.items():
            if code not in sides:
                sides[code] = Side(code, implied=how)
        shared = sentence_features(sentence.doc, triggers, sentence.number)
        here = events_at.get(index, [])
        for a, b in permutations(sides.values(), 2):
            if a.implied and b.implied:
                continue
            features = shared + pair_features(sentence.doc, a, b, triggers, analysis.focus)
            features += rule_features(a.country, b.country, here, analysis.events)
            out.append(Instance(index, a, b, features))
        previous = (sentence.number, named)
    return out
