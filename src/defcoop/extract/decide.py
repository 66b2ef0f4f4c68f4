"""Events from the trained pair model: which country pairs of which sentences take part in which act.

The model scores every candidate pair (`pairs.py`); a pair is accepted when its probability
reaches the label's threshold (undirected types average the two orders). Then:
- a rule event keeps the parties of its accepted pairs, and is dropped when none is accepted
  (a TRANSFER whose reverse is accepted is turned round); pairs the model has no opinion on (both
  countries implied) stay as the rules read them;
- accepted pairs no kept rule event covers become new events: one per pair for directed and
  one-per-contributor types, one per sentence when the accepted pairs join every country to every
  other (a multilateral act), else one per pair. Their status, date, location and item are read
  from the sentence as the rules read them.
Every event's confidence is the model's probability of its best pair.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from itertools import combinations
from typing import TYPE_CHECKING

import numpy as np

from defcoop.extract.classifier import PairModel
from defcoop.extract.events import EventBuilder, SentenceContext
from defcoop.extract.lexicon import Lexicon
from defcoop.extract.mentions import Mention
from defcoop.extract.pairs import IGO_CODES, Instance, build_instances
from defcoop.types import Actor, Event, Party

if TYPE_CHECKING:
    from defcoop.extract import DocumentAnalysis

# Types told one event per pair even when several countries share a sentence: a transfer has one
# supplier and one recipient, a contributor serves an organisation, an exhibitor goes to a host's show.
PER_PAIR = frozenset({"TRANSFER", "DEPLOY", "EXHIBIT"})
Key = tuple[int, str, str, str]  # (sentence index, type, country a, country b); sorted a, b unless TRANSFER


def pair_scores(instances: list[Instance], model: PairModel) -> dict[Key, float]:
    """Probability of each (sentence, type, pair): TRANSFER ordered supplier first, others averaged over
    both orders."""
    if not instances:
        return {}
    probs = model.scores([inst.features for inst in instances])
    directed: dict[Key, float] = {}
    undirected: dict[Key, list[float]] = defaultdict(list)
    for inst, p in zip(instances, probs):
        for col, etype in enumerate(model.labels):
            if etype == "TRANSFER":
                directed[(inst.sentence, etype, inst.a.country, inst.b.country)] = float(p[col])
            else:
                a, b = sorted((inst.a.country, inst.b.country))
                undirected[(inst.sentence, etype, a, b)].append(float(p[col]))
    directed.update({k: float(np.mean(v)) for k, v in undirected.items()})
    return directed


def _keys(event: Event, sentence: int) -> list[Key]:
    if event.type == "TRANSFER":
        suppliers = dict.fromkeys(p.actor.country for p in event.parties if p.role == "supplier" and p.actor.country)
        recipients = dict.fromkeys(p.actor.country for p in event.parties if p.role == "recipient" and p.actor.country)
        return [(sentence, "TRANSFER", s, r) for s in suppliers for r in recipients if s != r]
    countries = sorted(event.countries)
    return [(sentence, event.type, a, b) for a, b in combinations(countries, 2)]


class Decider:
    """Applies a pair model to one document's analysis."""

    def __init__(self, model: PairModel, lex: Lexicon, builder: EventBuilder):
        self.model = model
        self.lex = lex
        self.builder = builder
        self.threshold = dict(zip(model.labels, model.thresholds))

    def accepted(self, key: Key, scores: dict[Key, float]) -> bool:
        return scores.get(key, 0.0) >= self.threshold[key[1]]

    def decide(self, analysis: DocumentAnalysis) -> list[Event]:
        scores = pair_scores(build_instances(analysis, self.lex), self.model)
        kept, covered = self._judge_rule_events(analysis, scores)
        events = kept + self._new_events(analysis, scores, covered)
        for event in events:
            at = analysis.sentence_of(event.evidence_start)
            if at is not None:
                _add_sentence_people(event, analysis.sentences[at].mentions)
        return events

    def _judge_rule_events(self, analysis: DocumentAnalysis, scores: dict[Key, float]) -> tuple[list[Event], set[Key]]:
        kept: list[Event] = []
        covered: set[Key] = set()
        for event in analysis.events:
            event = replace(event, parties=list(event.parties))  # the analysis stays as the rules left it
            at = analysis.sentence_of(event.evidence_start)
            keys = _keys(event, at) if at is not None else []
            judged = [k for k in keys if k in scores]
            if not judged:
                kept.append(event)  # nothing the model can say: both sides implied
                continue
            good = [k for k in judged if self.accepted(k, scores)] + [k for k in keys if k not in scores]
            if not good and event.type == "TRANSFER":
                reverse = [(s, t, r, p) for s, t, p, r in judged if self.accepted((s, t, r, p), scores)]
                if reverse:
                    event = _turned_round(event)
                    good = reverse
            if not good:
                continue
            countries = {c for k in good for c in k[2:]}
            event.parties = [p for p in event.parties if p.actor.country is None or p.actor.country in countries]
            event.confidence = max(scores.get(k, event.confidence) for k in good)
            event.reason += f"; pair model p={event.confidence:.2f}"
            covered.update(good)
            kept.append(event)
        return kept, covered

    def _new_events(self, analysis: DocumentAnalysis, scores: dict[Key, float], covered: set[Key]) -> list[Event]:
        groups: dict[tuple[int, str], list[Key]] = defaultdict(list)
        for key, p in scores.items():
            if key not in covered and self.accepted(key, scores):
                groups[key[:2]].append(key)
        out: list[Event] = []
        for (at, etype), keys in sorted(groups.items()):
            countries = sorted({c for k in keys for c in k[2:]})
            whole = etype not in PER_PAIR and len(countries) > 2 and all(
                self.accepted((at, etype, a, b), scores) for a, b in combinations(countries, 2))
            for sides in ([tuple(countries)] if whole else [k[2:] for k in keys]):
                p = max(scores.get((at, etype, a, b), 0.0) for a, b in combinations(sorted(sides), 2)) \
                    if etype != "TRANSFER" else scores[(at, etype, *sides)]
                out.append(self._event(analysis, at, etype, sides, p))
        return out

    def _event(self, analysis: DocumentAnalysis, at: int, etype: str, sides: tuple[str, ...], p: float) -> Event:
        sentence = analysis.sentences[at]
        document = analysis.document
        parties: list[Party] = []
        chosen: list[Mention] = []
        for n, code in enumerate(sides):
            role = ("supplier", "recipient")[n] if etype == "TRANSFER" else "participant"
            named = [m for m in sentence.mentions if m.country == code]
            actors = [m for m in named if not m.is_location] or named[:1]
            chosen += actors
            if actors:
                parties += [Party(m.actor, role) for m in dict((m.actor, m) for m in actors).values()]
            else:
                kind = "igo" if code in IGO_CODES else "country"
                parties.append(Party(Actor(self.lex.country_names.get(code, code), kind, code), role))
        ctx = SentenceContext(document.id, sentence.start, document.text[sentence.start:sentence.end],
                              document.published, analysis.pair, analysis.focus)
        status, date, location, item, reason = self.builder.circumstances(sentence.doc, etype, sentence.mentions,
                                                                          ctx, chosen)
        return Event(doc_id=document.id, type=etype, status=status, parties=parties, evidence=ctx.text,
                     evidence_start=sentence.start, evidence_end=sentence.end, date=date, location=location,
                     item=item, confidence=p, reason=f"pair model p={p:.2f}; {reason}")


def _turned_round(event: Event) -> Event:
    swap = {"supplier": "recipient", "recipient": "supplier"}
    return replace(event, parties=[Party(p.actor, swap.get(p.role, p.role)) for p in event.parties],
                   reason=event.reason + "; direction from the pair model")


def _add_sentence_people(event: Event, mentions: list[Mention]) -> None:
    """Officials the event's sentence names for one of its sides join it ("signed by X and Y during
    talks that also brought together Z and W")."""
    present = {p.actor for p in event.parties}
    roles = {}
    for p in event.parties:
        if p.actor.country:
            roles.setdefault(p.actor.country, p.role)
    for m in mentions:
        if m.actor.kind == "person" and m.actor.country in roles and m.actor not in present:
            event.parties.append(Party(m.actor, roles[m.actor.country]))
            present.add(m.actor)
