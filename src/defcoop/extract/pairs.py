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

from defcoop.extract.events import EventBuilder
from defcoop.extract.syntax import list_head, predicate_of
from defcoop.extract.lexicon import Lexicon, Trigger
from defcoop.extract.mentions import Mention
from defcoop.merge import sides_of
from defcoop.types import Event

if TYPE_CHECKING:
    from defcoop.extract import DocumentAnalysis, ParsedSentence

# How a country can be a candidate without being named in the sentence.
IMPLIED_FOCUS = "focus"  # the country the document is mostly about
IMPLIED_PAIR = "pair"  # the other country of the document's main pair
IMPLIED_PREVIOUS = "previous"  # named in the sentence just before
IMPLIED_ORGANISATION = "organisation"  # an international organisation named in the last few sentences
IMPLIED_LEAD = "lead"  # a side of the act a list item goes on from ("What was promised, donor by donor:")
RECENT = 3  # how many sentences back an organisation is still "the mission" of a sentence
LIST_LEAD = 6  # how many sentences back a list's first item finds the act it goes on from
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
    shared: int = 0  # how many leading features every instance of the sentence has (scored once)


def _word(tok: Token) -> str:
    return tok.lower_ if not tok.like_num else "<num>"


_SUFFIXES = (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def stem(word: str) -> str:
    """A crude stem, so that "pledged", "pledges" and "pledging" share weights ("pledg")."""
    for suffix, replacement in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[:-len(suffix)] + replacement
    return word


def sentence_features(doc: Doc, triggers: list[tuple[Trigger, Token]], number: int) -> list[str]:
    """Features every pair of the sentence shares: words, bigrams, trigger types, cues."""
    words: list[str] = []
    negation = modal = False
    for t in doc:  # one pass: reading a spaCy token is the costly part
        lower = t.lower_
        negation = negation or lower in NEGATION_WORDS or t.dep_ == "neg"
        modal = modal or lower in MODAL_WORDS
        if not t.is_punct and not t.is_space:
            words.append(lower if not t.like_num else "<num>")
    out = [f"w={w}" for w in set(words)]
    out += [f"s={w}" for w in {stem(w) for w in words}]
    out += [f"bi={x}_{y}" for x, y in set(zip(words, words[1:]))]
    for trig, tok in triggers:
        out.append(f"trig={trig.type}")
        out.append(f"trig={trig.type}:{trig.strength}")
        out.append(f"trig={trig.type}:{tok.pos_}")
    if negation:
        out.append("cue=negation")
    if modal:
        out.append("cue=modal")
    out.append(f"pos={min(number, 5)}")
    return out


def _climb(tok: Token) -> Token:
    """From a word inside a name to the name's syntactic head ("South" in "South Korea")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def attachment(tok: Token) -> tuple[str, str]:
    """(dependency, preposition or governing word) of a mention's head: ("pobj", "from"), ("nsubj", "sign")."""
    tok = _climb(tok)
    dep = tok.dep_
    if dep in ("conj", "appos"):  # "X and Y signed": Y attaches as X does
        tok = list_head(tok)
        dep = tok.dep_
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
        elif any(other.is_origin for other in side.mentions):  # "Turkey ... sale of Turkish-made drones"
            out.append(f"{prefix}also_origin")
        if m.antecedent is not None:
            out.append(f"{prefix}pronoun")
        if m.is_seat:
            out.append(f"{prefix}seat")  # the seat of an organisation the sentence names
        if m.is_speaker:
            out.append(f"{prefix}speaker")  # "we", "our navy": the speaker's country
        if m.root >= 0:
            dep, word = attachment(doc[m.root])
            out += [f"{prefix}dep={dep}", f"{prefix}dep={dep}:{word}", f"{prefix}dep={dep}:{stem(word)}~"]
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


def _role(doc: Doc, side: Side) -> str:
    """A side in one word: how it is implied, or its attachment and whether it is only a place."""
    if side.implied:
        return f"implied:{side.implied}"
    m = _best(side.mentions)
    dep = attachment(doc[m.root])[0] if m.root >= 0 else "none"
    return f"{dep}{':place' if m.is_location else ''}"


SideView = tuple[list[str], str]  # a side's own features (unprefixed) and its role in one word


def side_view(doc: Doc, side: Side, triggers: list[tuple[Trigger, Token]], focus: str | None) -> SideView:
    return _side_features("", doc, side, triggers, focus), _role(doc, side)


def pair_features(doc: Doc, a: Side, b: Side, triggers: list[tuple[Trigger, Token]],
                  views: dict[str, SideView]) -> list[str]:
    """Features of the ordered pair (a, b): each side's, then the two together, and both sides' roles
    with each type of act the sentence tells (a place is a party of a meeting, not of a signing).
    `views` holds each side's view (`side_view`), computed once per sentence rather than once per pair."""
    view_a, view_b = views[a.country], views[b.country]
    out = ["A." + f for f in view_a[0]] + ["B." + f for f in view_b[0]]
    roles = f"{view_a[1]}|{view_b[1]}"
    out += [f"{t}|{roles}" for t in sorted({trig.type for trig, _ in triggers})] or [f"none|{roles}"]
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


RuleReading = dict[tuple[str, str], frozenset[str]]  # ordered pair -> what the rules said of it


def rule_reading(events: list[Event], scope: str) -> RuleReading:
    """What the rule path said of each ordered pair of countries in `events` (read once per document,
    not once per pair): the type and status of each act, and a transfer's direction."""
    out: dict[tuple[str, str], set[str]] = {}
    for event in events:
        countries, suppliers, recipients = sides_of((p.actor.country, p.role) for p in event.parties)
        for a, b in permutations(sorted(countries), 2):
            if event.type != "TRANSFER":
                said = {f"{scope}={event.type}", f"{scope}={event.type}:{event.status}"}
            elif a in suppliers and b in recipients:
                said = {f"{scope}=TRANSFER>"}
            elif b in suppliers and a in recipients:
                said = {f"{scope}=TRANSFER<"}
            else:
                continue
            out.setdefault((a, b), set()).update(said)
    return {pair: frozenset(said) for pair, said in out.items()}


def rule_features(a: str, b: str, sentence: RuleReading, document: RuleReading) -> list[str]:
    """What the rule path said of this pair: in this sentence, and anywhere in the document."""
    return sorted(sentence.get((a, b), frozenset()) | document.get((a, b), frozenset()))


def _sides(sentence: ParsedSentence) -> dict[str, Side]:
    sides: dict[str, Side] = {}
    for m in sentence.mentions:
        if m.country and not m.is_adversary:  # what an act is aimed against is no side of any act
            sides.setdefault(m.country, Side(m.country)).mentions.append(m)
    return sides


def _list_role(side: Side, sentence: ParsedSentence) -> str:
    """A side of a list item: the party it opens with ("Denmark — 19 howitzers"), another it names, or one
    its lead implies."""
    if side.implied:
        return "implied"
    first = min((m.start for m in sentence.mentions if m.country), default=-1)
    return "opens" if any(m.start == first for m in side.mentions) else "named"


def judgement_features(a: Side, b: Side, denied: frozenset[str], observers: set[str]) -> list[str]:
    """What the rules judge of the sentence and pair, kept as features the model always sees (they are
    not the rules' events): acts the sentence denies, observers among the sides."""
    out = [f"denied={t}" for t in sorted(denied)]
    out += [f"{p}observer" for p, side in (("A.", a), ("B.", b)) if side.country in observers]
    return out


def build_instances(analysis: DocumentAnalysis, lex: Lexicon, builder: EventBuilder) -> list[Instance]:
    """Every ordered pair of different countries a parsed sentence names, or names one of and
    implies the other (the document's focus or main pair, the sentence before), and the document's
    main pair where the sentence speaks of "the two sides", with features."""
    events_at: dict[int, list[Event]] = {}
    for event in analysis.events:
        at = analysis.sentence_of(event.evidence_start)
        if at is not None:
            events_at.setdefault(at, []).append(event)
    everywhere = rule_reading(analysis.events, "rule_doc")
    out: list[Instance] = []
    previous: tuple[int, set[str]] = (-2, set())
    organisations: list[tuple[int, str]] = []  # (sentence number, IGO code) in text order
    told: list[tuple[int, str]] = []  # (sentence number, trigger type) in text order
    lead: tuple[int, set[str]] = (-RECENT - 1, set())  # (sentence number, countries) of the acts a list goes on from
    for index, sentence in enumerate(analysis.sentences):
        recent_igo = next((code for at, code in reversed(organisations) if 0 < sentence.number - at <= RECENT), None)
        organisations += [(sentence.number, m.country) for m in sentence.mentions
                          if m.actor.kind == "igo" and m.country]
        sides = _sides(sentence)
        named = set(sides)
        triggers = builder.triggers(sentence.doc)
        # acts told in the last few sentences: "Canada, Germany and Italy are also taking part."
        context = sorted({t for at, t in told if 0 < sentence.number - at <= RECENT})
        told += [(sentence.number, trig.type) for trig, _ in triggers]
        # "the two sides", "both countries", or an act told with nobody named ("The agreement signed
        # today ..."): the document's main pair
        pair_ref = bool(analysis.pair) and (bool(triggers and not named) or any(True for _ in lex.pair_matcher(sentence.doc)))
        # "Denmark — 19 Caesar howitzers." after "Here is what each ally pledged": the lead's act, and
        # its other side, are the list's
        lead_ends_colon = index > 0 and analysis.sentences[index - 1].number == sentence.number - 1 and \
            analysis.sentences[index - 1].doc.text.rstrip().endswith(":")
        list_item = (bool(context) or lead_ends_colon or lead[0] == sentence.number - 1) and not triggers and \
            bool(lex.list_item_regex.match(sentence.doc.text.lower()))
        if list_item:  # the list goes on telling its lead's act, item after item
            told += [(sentence.number, t) for t in context]
            lead = (sentence.number, lead[1] if sentence.number - lead[0] <= LIST_LEAD else set())
        elif index in events_at:
            lead = (sentence.number, {c for e in events_at[index] for c in e.countries})
        if not named and not pair_ref:
            previous = (sentence.number, named)
            continue
        implied: dict[str, str] = {}
        if pair_ref:
            implied.update(dict.fromkeys(analysis.pair, IMPLIED_PAIR))
        if triggers or index in events_at or list_item:
            if analysis.focus:
                implied.setdefault(analysis.focus, IMPLIED_FOCUS)
            for code in analysis.pair or ():
                implied.setdefault(code, IMPLIED_PAIR)
            if previous[0] == sentence.number - 1 and not list_item:  # the item before is another item
                for code in sorted(previous[1]):  # sorted: the same instances, in the same order, on every run
                    implied.setdefault(code, IMPLIED_PREVIOUS)
            if recent_igo:  # "The mission is made up of troops from ...", a sentence after the mission's name
                implied.setdefault(recent_igo, IMPLIED_ORGANISATION)
            if list_item:
                for code in sorted(lead[1]):
                    implied.setdefault(code, IMPLIED_LEAD)
        for code, how in implied.items():
            if code not in sides:
                sides[code] = Side(code, implied=how)
        shared = sentence_features(sentence.doc, triggers, sentence.number) + [f"ctx={t}" for t in context]
        if list_item:
            shared.append("layout=list_item")
        here = rule_reading(events_at.get(index, []), "rule")
        denied = frozenset(t.type for t, _ in triggers if builder.denied(sentence.doc, t.type))
        observers = builder.observers(sentence.doc, sentence.mentions)
        views = {code: side_view(sentence.doc, side, triggers, analysis.focus) for code, side in sides.items()}
        for a, b in permutations(sides.values(), 2):
            if a.implied and b.implied and not (pair_ref and {a.country, b.country} == set(analysis.pair)):
                continue
            features = shared + pair_features(sentence.doc, a, b, triggers, views)
            features += judgement_features(a, b, denied, observers)
            if a.implied or b.implied:  # an implied side is more likely when the sentence names few others
                features.append(f"implied_beside={min(len(named), 3)}")
            if list_item:  # the item's party, first named in it, with the side its lead implies
                features.append(f"list_item:{_list_role(a, sentence)}>{_list_role(b, sentence)}")
            features += rule_features(a.country, b.country, here, everywhere)
            out.append(Instance(index, a, b, features, len(shared)))
        previous = (sentence.number, named)
    return out
