"""Event extraction: cleaned documents in, events out.

`extract_documents` is a pure function of its inputs (the per-process parser and
matchers are a cache, not state), so a distributed engine can map it over partitions.
"""
from __future__ import annotations

import gc
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from defcoop.extract.classifier import PEOPLE_FILE, load_model as load_pair_model
from defcoop.extract.confidence import load_model as load_confidence_model
from defcoop.extract.dating import refine_dates
from defcoop.extract.decide import Decider, split_deployments
from defcoop.extract.events import MULTILATERAL, EventBuilder, SentenceContext
from defcoop.extract.lexicon import Lexicon, Trigger
from defcoop.extract.mentions import Mention, MentionFinder
from defcoop.extract.persons import PersonRegistry
from defcoop.extract.placement import fill_unknown_companies, fill_unknown_people, place_home_officials
from defcoop.merge import merge_repeats
from defcoop.nlp.model import load_model
from defcoop.nlp.sentences import dateline_length, split_sentences, story_numbers
from defcoop.resolve.outlets import domain_country, listed_outlet
from defcoop.settings import Settings
from defcoop.types import Actor, Document, DocumentResult, Event

__all__ = ["Extractor", "extract_documents", "get_extractor"]

# How many sentences after an exercise or a deployment a list of participants still belongs to it
# ("Twenty nations are taking part. Among them are ...").
MULTILATERAL_WINDOW = 3
STORY_GAP = 1000  # sentence numbers between two stories of one page: beyond every window
# A defence show named in an article's first sentences makes it an article about the show, whose
# "Turkey brought its largest pavilion" sentences are EXHIBIT events.
SHOW_LEAD = 3


@dataclass
class _Plan:
    """The sentences of one document chosen for parsing, with their offsets."""

    document: Document
    spans: list[tuple[int, int]]
    # index of each chosen sentence among all the document's sentences, plus STORY_GAP per story before it
    numbers: list[int]


@dataclass
class ParsedSentence:
    """One parsed sentence of a document and the actors found in it."""

    number: int  # index among all the document's sentences
    start: int  # character offsets in the cleaned text
    end: int
    doc: Doc
    mentions: list[Mention]


@dataclass
class DocumentAnalysis:
    """What the rule path saw and found in one document: the input of the trained pair model."""

    document: Document
    sentences: list[ParsedSentence]
    events: list[Event]  # the rule path's events, before repeats are merged
    focus: str | None  # the country the document is mostly about
    pair: tuple[str, str] | None  # the two states the document names most

    def sentence_of(self, offset: int) -> int | None:
        """Index into `sentences` of the parsed sentence holding character `offset`."""
        return next((i for i, s in enumerate(self.sentences) if s.start <= offset < s.end), None)


class Extractor:
    """Holds the parser and compiled lexicons; `extract` is deterministic for given documents."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.nlp = load_model(settings.spacy_model)
        self.lex = Lexicon(self.nlp)
        self.builder = EventBuilder(self.lex)
        self.confidence = load_confidence_model(settings.confidence_model)
        pairs = None if settings.pair_model == "none" else load_pair_model(settings.pair_model)
        people = None if settings.people_model == "none" else load_pair_model(settings.people_model, PEOPLE_FILE)
        self.decider = Decider(pairs, self.lex, self.builder, people) if pairs is not None else None

    # -- prefilter -------------------------------------------------------------------------------
    def plan(self, document: Document) -> _Plan:
        """Cheap pass: which sentences are worth parsing (trigger word, defence context)."""
        lower = document.text.lower()
        if len(self.lex.defence_regex.findall(lower)) < self.settings.min_defence_cues:
            return _Plan(document, [], [])
        chosen: list[int] = []
        sentences = split_sentences(document.text)
        show = self.lex.show_regex.search(lower)
        organisations = bool(self.lex.organisation_regex.search(lower))
        for i, (s, e) in enumerate(sentences):
            if self._has_trigger(lower, s, e, organisations) or self.lex.titled_name_regex.search(document.text, s, e) \
                    or self._names_two_countries(lower, s, e):
                chosen.append(i)
            elif show and show.start() < e and self.lex.exhibit_cue_regex.search(lower, s, e):
                chosen.append(i)  # "Turkey has brought its largest pavilion yet", in an article about a show
            elif chosen and chosen[-1] == i - 1 and self.lex.continuation_regex.match(document.text, s):
                chosen.append(i)  # "It brings together troops from ..."
            elif chosen and chosen[-1] >= i - MULTILATERAL_WINDOW and self.lex.participation_regex.search(lower, s, e):
                chosen.append(i)  # "Units from X are taking part", a sentence or two after the exercise
            elif self.lex.list_item_regex.match(lower, s, e) and (
                    (chosen and chosen[-1] >= i - MULTILATERAL_WINDOW) or _opens_list(document.text, sentences, i)):
                chosen.append(i)  # "Denmark — 19 Caesar howitzers.": an item of the list the lead opened
            if chosen and chosen[-1] == i and (len(chosen) < 2 or chosen[-2] < i - 1) \
                    and _opens_list(document.text, sentences, i) and self.lex.list_item_regex.match(lower, s, e):
                chosen.insert(len(chosen) - 1, i - 1)  # the list's lead: "What each ally pledged:"
        # On a page of several stories, a story's sentences are numbered far from the next story's, so that
        # nothing read across nearby sentences (an exercise's participants listed after it, the act "it"
        # continues, the people of the next sentences) crosses into another story.
        stories = story_numbers(document.text, sentences)
        return _Plan(document, [sentences[i] for i in chosen], [i + STORY_GAP * stories[i] for i in chosen])

    def _names_two_countries(self, lower: str, start: int, end: int) -> bool:
        """Actors of at least two countries named in the sentence (by the gazetteer's names)."""
        codes: set[str] = set()
        for match in self.lex.actor_regex.finditer(lower, start, end):
            codes |= self.lex.actor_codes[match.group(0)]
            if len(codes) > 1:
                return True
        return False

    def _has_trigger(self, lower: str, start: int, end: int, organisations: bool) -> bool:
        """A trigger word in the sentence; weak deployment words only count where an organisation is named."""
        for match in self.lex.trigger_regex.finditer(lower, start, end):
            if organisations or match.group(0) not in self.lex.weak_deploy_words:
                return True
        return False

    # -- extraction ------------------------------------------------------------------------------
    def extract(self, documents: list[Document]) -> list[DocumentResult]:
        return [DocumentResult(a.document, self.decide(a)) for a in self.analyse(documents)]

    def decide(self, analysis: DocumentAnalysis, decider: Decider | None = None, rules_only: bool = False) -> list[Event]:
        """The document's events: the trained pair model's decisions over the rules' reading, or the
        rules alone when no model is installed. `decider` stands in for the installed model (models
        fitted without a writer, in cross-validation); `rules_only` sets any model aside."""
        decider = None if rules_only else (decider or self.decider)
        events = self.finish(split_deployments(analysis.events)) if decider is None \
            else merge_repeats(split_deployments(decider.decide(analysis)))
        refine_dates(events, analysis)
        return events

    def analyse(self, documents: list[Document]) -> list[DocumentAnalysis]:
        """Parse the chosen sentences of each document, find their actors and the rule path's events."""
        plans = [self.plan(d) for d in documents]
        texts = [p.document.text[s:e] for p in plans for s, e in p.spans]
        parsed = iter(self.nlp.pipe(texts, batch_size=64))
        return [self._analyse(plan, [next(parsed) for _ in plan.spans]) for plan in plans]

    def _first_person(self, sdoc: Doc, mentions: list[Mention], focus: str | None) -> list[Mention]:
        """ "We signed for 14 P-8As with the Americans", "our troops will train in Kenya": in an interview,
        a speech, a readout or a quote, the first person is the speaker's country: the country of whoever
        the sentence says is speaking ("..., Poland's minister said"), else the country the document is
        about. Only a subject "we"/"I" or an "our" that owns a party ("our navy") counts; a journalist's
        "us" or "we reported" is left alone (it is never in an act's clause)."""
        speakers = [t for t in sdoc if t.dep_ == "nsubj" and t.head.lower_ in self.lex.words["speaking_verbs"] and t.lower_ not in
                    FIRST_PERSON_SUBJECTS]
        # the speaker's own name, or a country or body in the speaker's phrase ("Poland's defence minister")
        phrase = {i for s in speakers for i in _noun_phrase(s)}
        named = [m for m in mentions if m.root >= 0 and (m.root in phrase or any(m.start <= t.i < m.end
                                                                                 for t in speakers))]
        # a speaker whose country the text does not give ("..., said Capt. X, the ship's commanding officer")
        # speaks, in news, for the country the document is about
        speaker = next((m.country for m in named if m.country and not m.is_location), None) or focus
        if speaker is None:
            return []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        out = []
        for tok in sdoc:
            if tok.i in taken:
                continue
            subject = tok.lower_ in FIRST_PERSON_SUBJECTS and tok.dep_ in ("nsubj", "nsubjpass")
            owner = tok.lower_ == "our" and tok.dep_ == "poss" and tok.head.lower_ in self.lex.organisation_heads
            if subject or owner:
                actor = Actor(self.lex.country_names.get(speaker, speaker), "country", speaker)
                out.append(Mention(tok.i, tok.i + 1, actor, "country", tok.i, is_speaker=True))
        for m in named if out else []:  # who says "we" is of the country "we" stands for
            if m.actor.kind == "person" and m.actor.country is None:
                m.actor = Actor(m.actor.name, "person", speaker, m.actor.title)
        return out

    def finish(self, events: list[Event]) -> list[Event]:
        """One event per act told twice, each with its confidence."""
        events = merge_repeats(events)
        for event in events:
            event.confidence = self.confidence.probability(event)
        return events

    def _analyse(self, plan: _Plan, parsed: list[Doc]) -> DocumentAnalysis:
        registry = PersonRegistry()
        finder = MentionFinder(self.lex, registry, _year(plan.document.published))
        document = plan.document
        sentence_mentions: list[list[Mention]] = []
        counts: Counter[str] = Counter()
        for (start, end), number, sdoc in zip(plan.spans, plan.numbers, parsed):
            mentions = finder.find(sdoc, skip_before=dateline_length(document.text[start:end]), sentence_no=number)
            sentence_mentions.append(mentions)
            # states only ("the two countries" is never an organisation), in text order so that ties
            # do not depend on the process's string hashing
            counts.update(dict.fromkeys(m.country for m in mentions
                                        if m.country and not (m.is_location or m.is_adversary)
                                        and m.actor.kind != "igo").keys())
        top = [c for c, _ in counts.most_common(2)]
        doc_pair = (top[0], top[1]) if len(top) == 2 else None
        focus = top[0] if top else None
        # whose paper it is: a country's domain says so; a listed outlet under a generic one (an agency that
        # also tells others' acts: "Saudi and Iraqi forces ...", in an Iranian agency) only where the document
        # names its country
        listed = listed_outlet(document.url) or listed_outlet(document.source)
        home = domain_country(document.url) or domain_country(document.source) or (
            listed if listed in counts else None)
        for mentions in sentence_mentions:
            fill_unknown_companies(mentions, focus)
        for mentions in sentence_mentions:  # pronouns take what their antecedent became
            for m in mentions:
                if m.antecedent is not None:
                    m.actor = m.antecedent.actor
        for sdoc, mentions in zip(parsed, sentence_mentions):
            mentions.extend(self._first_person(sdoc, mentions, focus))
            mentions.sort(key=lambda m: m.start)
        events: list[Event] = []
        previous: tuple[int, list] = (-2, [])
        show_host: str | None = None  # host country of the defence show the article is about
        lone_host: tuple[int, list] | None = None  # (sentence, parties) of an exercise told with one country
        # organisations by sentence; an operation's owner ("ATMIS" -> AU) is preferred to a mere mention
        igos = [(n, m.actor, m.category == "mission") for n, ms in zip(plan.numbers, sentence_mentions)
                for m in ms if m.actor.kind == "igo"]
        recent: list[tuple[int, Trigger, str | None]] = []  # (sentence number, exercise/deployment trigger, its date)
        latest: dict[str, tuple[Event, int]] = {}  # type -> (latest event of that type, its sentence number)
        chain: dict[int, set[str]] = {}  # sentence number -> event types its triggers spoke of
        school: tuple[int, Mention] | None = None  # (sentence, mention) of the latest place of training named
        for (start, end), number, sdoc, mentions in zip(plan.spans, plan.numbers, parsed, sentence_mentions):
            pair = _last_pair(events) or doc_pair
            ctx = SentenceContext(document.id, start, document.text[start:end], document.published, pair, focus,
                                  inherited=previous[1] if previous[0] == number - 1 else [],
                                  show_host=show_host,
                                  recent_igo=_recent_organisation(igos, number),
                                  multilateral=[t for at, t, _ in recent if number - at <= MULTILATERAL_WINDOW],
                                  multilateral_date=next((d for at, _, d in reversed(recent)
                                                          if number - at <= MULTILATERAL_WINDOW and d), None),
                                  last_date=next((e.date for e in reversed(events) if e.date), None),
                                  recent_school=school[1] if school and number - school[0] <= MULTILATERAL_WINDOW
                                  else None)
            place_home_officials(sdoc, mentions, home or focus, registry)  # before a body's country is lent
            fill_unknown_people(sdoc, mentions, pair, registry, self.lex)
            sentence = self.builder.build(sdoc, mentions, ctx)
            chain[number] = {t.type for t in sentence.triggers}
            named_school = self.builder.school(sdoc, mentions, teaches="TRAIN" in chain[number])
            school = (number, named_school) if named_school is not None else school
            for event in sentence.continued:
                if event.type == "EXERCISE" and lone_host and number - lone_host[0] <= MULTILATERAL_WINDOW:
                    known = {p.actor for p in event.parties}  # the host of the exercise told just before
                    event.parties.extend(p for p in lone_host[1] if p.actor not in known)
                if not _merge_continuation(latest, event, number, chain, document.text) and len(event.countries) > 1:
                    events.append(event)
                    latest[event.type] = (event, number)
            for event in sentence.events:
                events.append(event)
                latest[event.type] = (event, number)
            previous = (number, sentence.triggers)
            if sentence.exercise_host:
                lone_host = (number, sentence.exercise_host)
            if number < SHOW_LEAD:  # the article is about the show only if its lead names it
                show_host = sentence.show_host or show_host
            recent += [(number, t, sentence.date) for t in sentence.triggers if t.type in MULTILATERAL]
        sentences = [ParsedSentence(number, start, end, sdoc, mentions) for (start, end), number, sdoc, mentions
                     in zip(plan.spans, plan.numbers, parsed, sentence_mentions)]
        return DocumentAnalysis(document, sentences, events, focus, doc_pair)


FIRST_PERSON_SUBJECTS = frozenset({"we", "i"})


def _noun_phrase(tok: Token) -> set[int]:
    """The tokens of a noun's phrase without its clauses ("the minister, who visited Chile,": the minister)."""
    out = {tok.i}
    for child in tok.children:
        if child.dep_ not in ("relcl", "acl", "advcl"):
            out |= _noun_phrase(child)
    return out


def _year(published: str | None) -> int | None:
    return int(published[:4]) if published and published[:4].isdigit() else None


def _recent_organisation(igos: list[tuple[int, Actor, bool]], number: int) -> Actor | None:
    """The organisation a deployment a few sentences on most likely serves: the latest operation
    named, else the latest organisation."""
    recent = [(actor, mission) for at, actor, mission in igos if 0 <= number - at <= MULTILATERAL_WINDOW]
    return next((a for a, mission in reversed(recent) if mission), recent[-1][0] if recent else None)


# "The two ministers", "the two sides": the pair that last met or signed (not, say, two countries
# whose forces joined their exercise), else the last bilateral event's.
TALKING_TYPES = ("MEET", "AGREE")


def _last_pair(events: list[Event]) -> tuple[str, str] | None:
    def states(event: Event) -> set[str]:  # never an organisation
        return {p.actor.country for p in event.parties if p.actor.kind != "igo" and p.actor.country}

    bilateral = [e for e in reversed(events) if len(states(e)) == 2 and len(e.countries) == 2]
    chosen = next((e for e in bilateral if e.type in TALKING_TYPES), bilateral[0] if bilateral else None)
    return tuple(sorted(states(chosen))) if chosen else None


def _merge_continuation(latest: dict[str, tuple[Event, int]], event: Event, number: int,
                        chain: dict[int, set[str]], text: str) -> bool:
    """Fold an event read from a continuing sentence into the act it continues: the latest event of
    its type, from the sentence before or from the one before that when the sentence between
    spoke of the same act ("The drill, Peace Mission 2018, ... . It brings together troops from ...")."""
    found = latest.get(event.type)
    if found is None:
        return False
    earlier, at = found
    if not (number - at == 1 or (number - at == 2 and event.type in chain.get(number - 1, set()))
            or (event.type in MULTILATERAL and number - at <= MULTILATERAL_WINDOW)):
        return False
    known = {(p.actor, p.role) for p in earlier.parties}
    earlier.parties.extend(p for p in event.parties if (p.actor, p.role) not in known)
    earlier.evidence_end = max(earlier.evidence_end, event.evidence_end)
    earlier.evidence = text[earlier.evidence_start:earlier.evidence_end]
    earlier.reason += "; continued in a following sentence"
    return True


def _opens_list(text: str, sentences: list[tuple[int, int]], i: int) -> bool:
    """The sentence before sentence `i` is a list's lead, ending with a colon ("What each ally pledged:")."""
    return i > 0 and text[sentences[i - 1][0]:sentences[i - 1][1]].rstrip().endswith(":")


@lru_cache(maxsize=2)
def get_extractor(settings: Settings) -> Extractor:
    """One Extractor per process and settings (loading spaCy is the slow part)."""
    extractor = Extractor(settings)
    # The model, lexicons and gazetteer live as long as the process. Moved out of the cyclic
    # collector's reach, they are not scanned again at every collection (3% of extraction).
    gc.freeze()
    return extractor


def extract_documents(documents: list[Document], settings: Settings | None = None) -> list[DocumentResult]:
    """Events for each document, in input order."""
    return get_extractor(settings or Settings()).extract(documents)
