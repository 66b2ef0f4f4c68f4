"""Annotated documents as labelled pair instances.

An instance (sentence, country a, country b) is labelled with the gold events whose evidence is
that sentence: type T is positive when {a, b} is a dyad of a required gold event of type T there
(for TRANSFER, when a supplies b). Where the document's gold has that dyad and type only in
another sentence, or only in an optional event, the label is left out (masked): a lead that
repeats the act, or a borderline event, says nothing either way.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from defcoop.evaluate import dyads, person_key, same_person
from defcoop.extract import DocumentAnalysis, Extractor
from defcoop.extract.pairs import Instance, build_instances
from defcoop.extract.people import person_features, window
from defcoop.learn.corpus import AnnotatedDocument
from defcoop.types import EVENT_TYPES

LABELS = EVENT_TYPES
POSITIVE, NEGATIVE, MASKED = 1, 0, -1
LISTED_LATER = frozenset({"EXERCISE", "DEPLOY"})
LISTED_WITHIN = 3


@dataclass
class LabelledDocument:
    annotated: AnnotatedDocument
    analysis: DocumentAnalysis
    instances: list[Instance]
    labels: np.ndarray  # (instances, labels) of POSITIVE / NEGATIVE / MASKED
    people: list[tuple[list[str], int]]  # (features, POSITIVE / NEGATIVE) of the people named in gold acts

    @property
    def group(self) -> str:
        return self.annotated.group


def _key(etype: str, a: str, b: str) -> tuple[str, str, str]:
    """A dyad key as `evaluate.dyads` writes it: ordered for TRANSFER, sorted otherwise."""
    return (etype, a, b) if etype == "TRANSFER" else (etype, *sorted((a, b)))


def label(annotated: AnnotatedDocument, analysis: DocumentAnalysis, instances: list[Instance]) -> np.ndarray:
    numbers = [s.number for s in analysis.sentences]
    required_here: dict[int, set[tuple]] = {}
    optional_here: dict[int, set[tuple]] = {}
    required_doc: set[tuple] = set()
    optional_doc: set[tuple] = set()
    evidence = annotated.evidence_sentences()
    told = {n for sentences in evidence for n in sentences}
    for event, sentences in zip(annotated.gold, evidence):
        found = dyads(event)
        (optional_doc if event.get("optional") else required_doc).update(found)
        if sentences and event.get("type") in LISTED_LATER:
            # "Troops from X, Y and Z take part": the participants of a multilateral act are often
            # named in the sentences after the one that tells it, where no other act is told
            sentences = sentences + [n for n in range(sentences[-1] + 1, sentences[-1] + 1 + LISTED_WITHIN)
                                     if n not in told]
        for n in sentences:
            (optional_here if event.get("optional") else required_here).setdefault(n, set()).update(found)
    out = np.full((len(instances), len(LABELS)), NEGATIVE, dtype=np.int8)
    for row, inst in enumerate(instances):
        number = numbers[inst.sentence]
        for col, etype in enumerate(LABELS):
            key = _key(etype, inst.a.country, inst.b.country)
            if key in required_here.get(number, ()):
                out[row, col] = POSITIVE
            elif key in required_doc or key in optional_here.get(number, ()) or key in optional_doc:
                out[row, col] = MASKED
    return out


def label_people(annotated: AnnotatedDocument, analysis: DocumentAnalysis, builder) -> list[tuple[list[str], int]]:
    """Each person a gold act's sentence names for one of its countries, labelled by whether the gold
    counts them as a party (of any required act: the unit person F1 scores)."""
    gold = {(person_key(p["name"]), p.get("country")) for e in annotated.gold if not e.get("optional")
            for p in e.get("parties", []) if p.get("kind") == "person"}
    by_number = {s.number: i for i, s in enumerate(analysis.sentences)}
    ruled: dict[int, set] = {}
    for event in analysis.events:
        at = analysis.sentence_of(event.evidence_start)
        if at is not None:
            ruled.setdefault(at, set()).update(p.actor for p in event.parties if p.actor.kind == "person")
    out = []
    for event, sentences in zip(annotated.gold, annotated.evidence_sentences()):
        if event.get("optional"):
            continue
        countries = {p.get("country") for p in event.get("parties", []) if p.get("country")}
        if not sentences:
            continue
        told = set(sentences)
        for n, distance in window(sentences[0], sentences[-1]):
            if distance == 0 and n not in told:
                continue
            if n not in by_number:
                continue
            at = by_number[n]
            sentence = analysis.sentences[at]
            for m in {m.actor: m for m in sentence.mentions if m.actor.kind == "person"
                      and m.actor.country in countries}.values():
                key = person_key(m.actor.name)
                party = bool(key) and any(same_person((key, m.actor.country), known) for known in gold)
                features = person_features(sentence.doc, m, event["type"], builder.triggers(sentence.doc),
                                           m.actor in ruled.get(at, ()), distance)
                out.append((features, POSITIVE if party else NEGATIVE))
    return out


def build(annotated: list[AnnotatedDocument], extractor: Extractor, batch: int = 32) -> list[LabelledDocument]:
    """Parse, find candidates and label every annotated document."""
    out = []
    for i in range(0, len(annotated), batch):
        chunk = annotated[i:i + batch]
        for ad, analysis in zip(chunk, extractor.analyse([a.document for a in chunk])):
            instances = build_instances(analysis, extractor.lex, extractor.builder)
            out.append(LabelledDocument(ad, analysis, instances, label(ad, analysis, instances),
                                        label_people(ad, analysis, extractor.builder)))
    return out
