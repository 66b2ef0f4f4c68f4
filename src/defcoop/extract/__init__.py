"""Event extraction: cleaned documents in, events out.

`extract_documents` is a pure function of its inputs (the per-process parser and
matchers are a cache, not state), so a distributed engine can map it over partitions.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from defcoop.extract.events import EventBuilder, SentenceContext
from defcoop.extract.lexicon import Lexicon
from defcoop.extract.mentions import Mention, MentionFinder
from defcoop.extract.persons import PersonRegistry
from defcoop.nlp.model import load_model
from defcoop.nlp.sentences import dateline_length, split_sentences
from defcoop.settings import Settings
from defcoop.types import Document, DocumentResult, Event

__all__ = ["Extractor", "extract_documents", "get_extractor"]


@dataclass
class _Plan:
    """The sentences of one document chosen for parsing, with their offsets."""

    document: Document
    spans: list[tuple[int, int]]


class Extractor:
    """Holds the parser and compiled lexicons; `extract` is deterministic for given documents."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.nlp = load_model(settings.spacy_model)
        self.lex = Lexicon(self.nlp)
        self.builder = EventBuilder(self.lex)

    # -- prefilter -------------------------------------------------------------------------------
    def plan(self, document: Document) -> _Plan:
        """Cheap pass: which sentences are worth parsing (trigger word, defence context)."""
        lower = document.text.lower()
        if len(self.lex.defence_regex.findall(lower)) < self.settings.min_defence_cues:
            return _Plan(document, [])
        spans = [(s, e) for s, e in split_sentences(document.text)
                 if self.lex.trigger_regex.search(lower, s, e)]
        return _Plan(document, spans)

    # -- extraction ------------------------------------------------------------------------------
    def extract(self, documents: list[Document]) -> list[DocumentResult]:
        plans = [self.plan(d) for d in documents]
        texts = [p.document.text[s:e] for p in plans for s, e in p.spans]
        parsed = iter(self.nlp.pipe(texts, batch_size=64))
        results = []
        for plan in plans:
            docs = [next(parsed) for _ in plan.spans]
            results.append(DocumentResult(plan.document, self._events(plan, docs)))
        return results

    def _events(self, plan: _Plan, parsed: list[Doc]) -> list[Event]:
        registry = PersonRegistry()
        finder = MentionFinder(self.lex, registry)
        document = plan.document
        sentence_mentions: list[list[Mention]] = []
        counts: Counter[str] = Counter()
        for (start, end), sdoc in zip(plan.spans, parsed):
            mentions = finder.find(sdoc, skip_before=dateline_length(document.text[start:end]))
            sentence_mentions.append(mentions)
            counts.update({m.country for m in mentions if m.country and not m.is_location})
        top = [c for c, _ in counts.most_common(2)]
        doc_pair = (top[0], top[1]) if len(top) == 2 else None
        events: list[Event] = []
        for (start, end), sdoc, mentions in zip(plan.spans, parsed, sentence_mentions):
            pair = doc_pair
            if events and len(events[-1].countries) == 2:
                pair = tuple(sorted(events[-1].countries))
            ctx = SentenceContext(document.id, start, document.text[start:end], document.published, pair)
            _fill_unknown_people(mentions, pair)
            events.extend(self.builder.build(sdoc, mentions, ctx))
        return events


def _fill_unknown_people(mentions: list[Mention], pair: tuple[str, str] | None) -> None:
    """A person with no country meeting someone from one side of the document's pair is on the other side."""
    if not pair:
        return
    known = {m.country for m in mentions if m.country and not m.is_location}
    for m in mentions:
        if m.actor.kind == "person" and m.actor.country is None and len(known) == 1:
            (other,) = known
            if other in pair:
                code = pair[1] if pair[0] == other else pair[0]
                m.actor = type(m.actor)(m.actor.name, "person", code, m.actor.title)


@lru_cache(maxsize=2)
def get_extractor(settings: Settings) -> Extractor:
    """One Extractor per process and settings (loading spaCy is the slow part)."""
    return Extractor(settings)


def extract_documents(documents: list[Document], settings: Settings | None = None) -> list[DocumentResult]:
    """Events for each document, in input order."""
    return get_extractor(settings or Settings()).extract(documents)
