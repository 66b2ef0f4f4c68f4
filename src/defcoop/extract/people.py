"""Which of the people an event's sentence names take part in the act: the trained people model.

A minister who signs, a general who hosts, a president who meets are parties; a spokesman who
announces, a leader only invoked ("on the instructions of the President"), an analyst who comments
are not. Candidates are the people the event's sentences name for one of its countries; features say
how the sentence holds them (title, attachment, the verb they depend on) and whether the rules made
them a party.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from defcoop.extract.syntax import SAYING_VERBS
from defcoop.extract.lexicon import Trigger
from defcoop.extract.mentions import Mention
from defcoop.extract.pairs import attachment, stem
from defcoop.types import Actor, Event

PARTY = ("PARTY",)


@dataclass
class PersonCandidate:
    actor: Actor
    features: list[str]


# Sentences around an act's own where its people may be named: before it ("Vice Admiral X is in Colombo to
# hand over a Dornier."), after it ("X and Y were present at the ceremony", "X and Y received the jets").
PRECEDING = 2
FOLLOWING = 4


def window(first: int, last: int, preceding: int = PRECEDING, following: int = FOLLOWING) -> list[tuple[int, int]]:
    """(sentence number, distance) of the sentences an act told in sentences `first`..`last` may take its
    people from: its own at distance 0, those before at negative distances, those after at positive ones."""
    return ([(first - d, -d) for d in range(preceding, 0, -1)] + [(n, 0) for n in range(first, last + 1)]
            + [(last + d, d) for d in range(1, following + 1)])


def person_features(doc: Doc, m: Mention, etype: str, triggers: list[tuple[Trigger, Token]], rule_party: bool,
                    distance: int = 0) -> list[str]:
    """How the sentence holds one person, for an act of type `etype` told `distance` sentences before;
    `triggers` are the sentence's (`EventBuilder.triggers`, computed once per sentence)."""
    out = [f"type={etype}", "rule_party" if rule_party else "rule_absent", f"distance={distance}",
           f"distance={distance}:{etype}"]
    title = (m.actor.title or "").lower().split()
    out += [f"title={w}" for w in title] + [f"title:{etype}={w}" for w in title[-2:]]
    if not title:
        out.append("untitled")
    if m.antecedent is not None:
        out.append("pronoun")
    if m.root < 0:
        return out + ["implied"]
    tok = doc[m.root]
    dep, word = attachment(tok)
    out += [f"dep={dep}", f"head={stem(word)}", f"dep_head={dep}:{stem(word)}", f"{etype}:dep={dep}"]
    if word in SAYING_VERBS or stem(word) in ("said", "say", "told", "add", "announc", "stat"):
        out.append("speaker")
    of_type = [t for trig, t in triggers if trig.type == etype]
    if of_type:
        nearest = min(of_type, key=lambda t: abs(t.i - tok.i))
        out.append(f"trigger_{'before' if nearest.i < tok.i else 'after'}")
        out.append(f"trigger_dist={min(abs(nearest.i - tok.i), 12) // 4}")
    window = doc[max(0, m.start - 3):m.start]
    out += [f"before={t.lower_}" for t in window if not t.is_punct]
    return out


def candidates(doc: Doc, mentions: list[Mention], event: Event, triggers: list[tuple[Trigger, Token]],
               distance: int = 0) -> list[PersonCandidate]:
    """The people a sentence `distance` sentences after the act's names for its countries, each once."""
    parties = {p.actor for p in event.parties}
    seen = set()
    out = []
    for m in mentions:
        if m.actor.kind != "person" or m.actor.country not in event.countries or m.actor in seen:
            continue
        seen.add(m.actor)
        out.append(PersonCandidate(m.actor, person_features(doc, m, event.type, triggers, m.actor in parties, distance)))
    return out
