"""Events from the trained pair model: which country pairs of which sentences take part in which act.

The model scores every candidate pair (`pairs.py`); a pair is accepted when its probability
reaches the label's threshold (undirected types average the two orders). Then:
- a rule event keeps the parties of its accepted pairs, and is dropped when none is accepted
  (a TRANSFER whose reverse is accepted is turned round); pairs the model has no opinion on (both
  countries implied) stay as the rules read them; when its accepted pairs all share one country and
  the model rejects a pair among the others, it is a list of bilateral acts with that country;
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

from defcoop.extract.classifier import PairModel
from defcoop.extract.direction import as_the_document_tells, as_told, directed, told_otherwise, told_roles
from defcoop.extract.events import EventBuilder, SentenceContext
from defcoop.extract.lexicon import Lexicon
from defcoop.extract.mentions import Mention
from defcoop.extract.pairs import IGO_CODES, Instance, build_instances
from defcoop.extract.people import candidates, window
from defcoop.extract.syntax import list_attachment
from defcoop.extract.triggers import act_identity
from defcoop.merge import model_names
from defcoop.resolve.gazetteer import MISSION
from defcoop.types import Actor, Event, Party

if TYPE_CHECKING:
    from defcoop.extract import DocumentAnalysis

# Types told one event per pair even when several countries share a sentence: a transfer has one
# supplier and one recipient, a contributor serves an organisation, an exhibitor goes to a host's show.
PER_PAIR = frozenset({"TRANSFER", "DEPLOY", "EXHIBIT"})
# An exercise's participants may be listed over the sentences after the one that names it ("... took
# part. Canada, Germany and Italy also sent ships."). Meetings are not: countries named together at a
# meeting more often each met the host than met one another.
LISTED_ACROSS = frozenset({"EXERCISE"})
RECENT_SENTENCES = 3
# Talks "bilateral" or "separate" with several partners are one act with each, not one among all.
HUB_TYPES = frozenset({"MEET", "EXERCISE"})
BILATERAL_WORDS = frozenset({"bilateral", "separate", "separately", "one-on-one"})
# a visitor's tour: "the warships are scheduled to visit Caracas, Venezuela, and Corinto in Nicaragua"
VISIT_WORDS = frozenset({"visit", "visits", "visited", "visiting", "tour", "tours", "toured", "touring"})
Key = tuple[int, str, str, str]  # (sentence index, type, country a, country b); sorted a, b unless TRANSFER


def pair_scores(instances: list[Instance], model: PairModel) -> dict[Key, float]:
    """Probability of each (sentence, type, pair): TRANSFER ordered supplier first, others averaged over
    both orders."""
    if not instances:
        return {}
    groups: list[tuple[list[str], list[list[str]]]] = []
    for inst in instances:  # a sentence's instances come together and share its features
        if not groups or groups[-1][2] != inst.sentence:
            groups.append((inst.features[:inst.shared], [], inst.sentence))
        groups[-1][1].append(inst.features[inst.shared:])
    probs = model.scores_shared([(shared, owns) for shared, owns, _ in groups]).tolist()
    directed: dict[Key, float] = {}
    undirected: dict[Key, list[float]] = defaultdict(list)
    labels = list(enumerate(model.labels))
    for inst, p in zip(instances, probs):
        a, b = sorted((inst.a.country, inst.b.country))
        for col, etype in labels:
            if etype == "TRANSFER":
                directed[(inst.sentence, etype, inst.a.country, inst.b.country)] = p[col]
            else:
                undirected[(inst.sentence, etype, a, b)].append(p[col])
    directed.update({k: sum(v) / len(v) for k, v in undirected.items()})
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

    def __init__(self, model: PairModel, lex: Lexicon, builder: EventBuilder, people: PairModel | None = None):
        self.model = model
        self.lex = lex
        self.builder = builder
        self.people = people
        self.add = dict(zip(model.labels, model.thresholds))
        self.keep = dict(zip(model.labels, model.keep))

    def accepted(self, key: Key, scores: dict[Key, float], read_by_rules: bool = False) -> bool:
        """A pair takes part in the act: the model's probability reaches the label's threshold, lower for
        a pair the rules read (they are right more often than not) than for one they did not."""
        return scores.get(key, 0.0) >= (self.keep if read_by_rules else self.add)[key[1]]

    def decide(self, analysis: DocumentAnalysis) -> list[Event]:
        scores = pair_scores(build_instances(analysis, self.lex, self.builder), self.model)
        kept, covered = self._judge_rule_events(analysis, scores)
        events = list(kept)
        for event in self._new_events(analysis, scores, covered, kept):
            if not any(_retold(event, other) for other in events):
                events.append(event)
        for event in events:
            told = [s for s in analysis.sentences if s.start < event.evidence_end and event.evidence_start < s.end]
            if not told:
                continue
            for sentence in told:
                self._settle_people(event, sentence, 0)
            if self.people is None:
                continue
            around = dict(window(told[0].number, told[-1].number))
            for sentence in analysis.sentences:
                distance = around.get(sentence.number, 0)
                if distance:
                    self._settle_people(event, sentence, distance)
        return events

    def _settle_people(self, event: Event, sentence, distance: int) -> None:
        """The people a sentence of the event (or one near it) names who take part in it, by the
        people model (without one, all the officials its own sentences name for its sides)."""
        if self.people is None:
            _add_sentence_people(event, sentence.mentions)
            return
        found = candidates(sentence.doc, sentence.mentions, event, self.builder.triggers(sentence.doc), distance)
        if not found:
            return
        probs = self.people.scores([c.features for c in found])[:, 0]
        taking_part = list(dict.fromkeys(c.actor for c, p in zip(found, probs) if p >= self.people.thresholds[0]))
        # a later sentence only adds people; it does not take away those the act's own sentence gave
        left_out = ({c.actor for c in found} - set(taking_part)) if distance == 0 else set()
        role = {p.actor.country: p.role for p in event.parties if p.actor.country}
        parties = [p for p in event.parties if p.actor not in left_out]
        for code in sorted({p.actor.country for p in event.parties} - {p.actor.country for p in parties}):
            kind = "igo" if code in IGO_CODES else "country"  # a side stays, by its name, without its people
            parties.append(Party(Actor(self.lex.country_names.get(code, code), kind, code), role[code]))
        present = {p.actor for p in parties}
        parties += [Party(a, role[a.country]) for a in taking_part if a not in present]
        event.parties = parties

    def _judge_rule_events(self, analysis: DocumentAnalysis, scores: dict[Key, float]) -> tuple[list[Event], set[Key]]:
        kept: list[Event] = []
        covered: set[Key] = set()
        for event in analysis.events:
            event = replace(event, parties=list(event.parties))  # the analysis stays as the rules left it
            at = analysis.sentence_of(event.evidence_start)
            keys = _keys(event, at) if at is not None else []
            told = bool(keys)
            apart: list[Key] = []  # pairs of two places a visitor goes to: rejected, as the model would
            if at is not None:  # a country the sentence names only as what was talked about is no side
                mentions = analysis.sentences[at].mentions  # a lone pair loses only an adversary
                aside = _named_aside(mentions, places=False) if len(keys) > 1 else _adversaries(mentions)
                keys = [k for k in keys if not aside & set(k[2:])]
                if event.type == "EXERCISE":  # nor one the next sentences name as watching it
                    watching = self._watching_after(analysis, at)
                    keys = [k for k in keys if not watching & set(k[2:])]
                if event.type == "MEET":  # two places a visitor goes to do not meet each other
                    places = _places_only(mentions)
                    apart = [k for k in keys if {k[2], k[3]} <= places]
                    keys = [k for k in keys if k not in apart]
                if told and not keys:
                    continue  # every pair had a side the sentence sets aside: no act among the rest
            if event.type == "TRANSFER" and at is not None:
                sentence = analysis.sentences[at]
                if told_otherwise(keys, sentence.doc, sentence.mentions, self.builder.triggers(sentence.doc),
                                  self.lex):  # "Armenia and France signed an agreement on the supply of Thales radars"
                    event = _turned_round(event, "direction from the sentence")
                    keys = [(s, t, r, p) for s, t, p, r in keys]
            judged = [k for k in keys if k in scores]
            if not judged:
                kept.append(event)  # nothing the model can say: both sides implied
                continue
            good = [k for k in judged if self.accepted(k, scores, True)] + [k for k in keys if k not in scores]
            if not good and event.type == "TRANSFER":
                reverse = [(s, t, r, p) for s, t, p, r in judged if self.accepted((s, t, r, p), scores)]
                if reverse:  # the model reads the act the other way round, unless the sentence says which way
                    good = directed(reverse, self._told(analysis.sentences[at]), scores)
                    if good == reverse:
                        event = _turned_round(event)
            if not good:
                continue
            covered.update(good)
            hub = self._bilateral_hub(analysis.sentences[at], event.type, analysis.focus) \
                if at is not None and event.type in HUB_TYPES else None
            if hub is not None and not any(hub in k[2:] for k in good):
                # "The list included bilateral exercises with the US, Russia and France": each with the
                # document's country, which the sentence leaves unsaid; none among the partners
                for code in sorted({c for k in good for c in k[2:]} - {hub}):
                    p = max(scores.get(k, 0.0) for k in good if code in k[2:])
                    part = self._event(analysis, at, event.type, (hub, code), p)
                    part.reason += "; bilateral acts with the document's country"
                    kept.append(part)
                continue
            for part, keys in _split_at_hub(event, good, judged + apart, hub):
                countries = {c for k in keys for c in k[2:]}
                part.parties = [p for p in part.parties if p.actor.country is None or p.actor.country in countries]
                part.confidence = max(scores.get(k, part.confidence) for k in keys)
                part.reason += f"; pair model p={part.confidence:.2f}"
                kept.append(part)
        return kept, covered

    def _new_events(self, analysis: DocumentAnalysis, scores: dict[Key, float], covered: set[Key],
                    kept: list[Event]) -> list[Event]:
        groups: dict[tuple[int, str], list[Key]] = defaultdict(list)
        for key, p in scores.items():
            if key not in covered and self.accepted(key, scores) and not self._other_way(key, scores, covered):
                groups[key[:2]].append(key)
        # the model adds no act a sentence denies or only comments on, and no observer to an exercise
        groups = {k: v for k, v in groups.items() if not self.builder.denied(analysis.sentences[k[0]].doc, k[1])}
        # what each transfer sentence says of the way its goods go, read once for both uses below
        told_in = {at: self._told(analysis.sentences[at]) for at, etype in groups if etype == "TRANSFER"}
        said = [as_told(k, told_in[at]) for (at, etype), keys in groups.items() if etype == "TRANSFER"
                for k in keys if set(k[2:]) & told_in[at].keys()]  # the keys whose sentence says which way
        ways = _transfer_ways(kept, said)
        spoked: set[tuple[int, str]] = set()  # (sentence, type) of acts told as bilateral with one hub
        for (at, etype), keys in groups.items():
            sentence = analysis.sentences[at]
            if etype == "EXERCISE" and (self._names_another_gathering(sentence) or _staffs_a_mission(sentence)):
                # "Other countries taking part in the defence summit are A, B and C": the summit's;
                # "EUTM Moz has 118 personnel from 12 EU states - A, B, ...": the mission's contributors
                keys[:] = []
                continue
            if etype == "EXERCISE" and not self.builder.joins_in_main_clause(sentence.doc) and not any(
                    trig.type == etype for trig, _ in self.builder.triggers(sentence.doc)):
                keys[:] = []  # "the bloc was formed by A, B and C, which were joined by D": members, not drills
                continue
            if etype == "EXERCISE":
                watching = self.builder.observers(sentence.doc, sentence.mentions)
                # forces take part in exercises; a firm the sentence names (who built the jets) does not
                firms_only = {c for c in {m.country for m in sentence.mentions} if all(
                    m.actor.kind == "company" for m in sentence.mentions if m.country == c)}
                keys[:] = [k for k in keys if not (watching | firms_only) & set(k[2:])]
            if etype == "EXHIBIT":  # exhibitors are not partners of each other: each shows at the host's show
                hosts = set(self.lex.show_hosts(self.builder.triggers(sentence.doc)))
                if hosts:
                    keys[:] = [k for k in keys if hosts & set(k[2:])]
            if etype == "DEPLOY":
                keys[:] = [k for k in keys if self._contribution(sentence, k[2:])]
            if etype == "TRANSFER":
                keys[:] = as_the_document_tells(directed(keys, told_in[at], scores), told_in[at], scores, ways)
            if etype in HUB_TYPES and (hub := self._bilateral_hub(sentence, etype, analysis.focus)):
                keys[:] = [k for k in keys if hub in k[2:]]  # bilateral talks: none among the partners
                spoked.add((at, etype))
            # where a deal is signed is not a side of it (a host of an exercise or training may be, and a
            # host of talks unless two others meet there: "met his Canadian counterpart in Brussels"); what
            # was talked about never is
            aside = _named_aside(sentence.mentions, places=etype not in self.lex.host_types or etype == "MEET")
            keys[:] = [k for k in keys if not aside & set(k[2:])]
            if etype == "MEET":  # "the warships will visit Caracas, Venezuela, and Corinto in Nicaragua"
                places = _places_only(sentence.mentions)
                keys[:] = [k for k in keys if not set(k[2:]) <= places]
        groups = {k: v for k, v in groups.items() if v}
        out = [e for etype in sorted(LISTED_ACROSS) for e in self._listed_acts(
            analysis, etype, {k: v for k, v in groups.items() if k[1] == etype and k not in spoked}, scores, kept)]
        for (at, etype), keys in sorted(groups.items()):
            if etype in LISTED_ACROSS and (at, etype) not in spoked:  # bilateral exercises: one act each
                continue
            countries = sorted({c for k in keys for c in k[2:]})
            whole = etype not in PER_PAIR and len(countries) > 2 and all(
                (at, etype, a, b) in keys for a, b in combinations(countries, 2))  # none set aside above
            for sides in ([tuple(countries)] if whole else [k[2:] for k in keys]):
                p = max(scores.get((at, etype, a, b), 0.0) for a, b in combinations(sorted(sides), 2)) \
                    if etype != "TRANSFER" else scores[(at, etype, *sides)]
                out.append(self._event(analysis, at, etype, sides, p))
        return out

    def _told(self, sentence) -> dict[str, str]:
        """What the sentence says of the way its goods go (`told_roles`)."""
        return told_roles(sentence.doc, sentence.mentions, self.builder.triggers(sentence.doc), self.lex)

    def _names_another_gathering(self, sentence) -> bool:
        """A sentence whose own act is a meeting or summit and not an exercise: those it lists take part in
        that, not in an exercise told nearby."""
        found = self.builder.triggers(sentence.doc)
        return not any(trig.type == "EXERCISE" for trig, _ in found) and any(
            trig.type == "MEET" and trig.strength == "strong" for trig, _ in found)

    def _bilateral_hub(self, sentence, etype: str, focus: str | None = None) -> str | None:
        """The country of whoever holds talks or exercises the sentence calls bilateral or separate with
        several others, or visits several: the subject of the clause ("X held bilateral meetings with A, B
        and C", "X will visit A, B and C"); for exercises without one, the document's country when the
        sentence does not name it ("the list included bilateral exercises with A, B and C")."""
        # ("separate exercises" are held apart, not each with one side)
        words = BILATERAL_WORDS | VISIT_WORDS if etype == "MEET" else {"bilateral"}
        if not any(t.lower_ in words for t in sentence.doc):
            return None
        subjects = {m.country for m in sentence.mentions if m.country and m.root >= 0 and not m.is_location
                    and _clause_role(sentence.doc, m) in ("nsubj", "nsubjpass")}
        if len(subjects) == 1:
            return next(iter(subjects))
        named = {m.country for m in sentence.mentions if m.country}
        return focus if etype == "EXERCISE" and not subjects and focus and focus not in named else None

    def _watching_after(self, analysis: DocumentAnalysis, at: int) -> set[str]:
        """Countries the sentences after an exercise's name only as its observers ("Representatives of the
        navies of Oman and India are attending the drill as observers"), not as actors in its own sentence."""
        number = analysis.sentences[at].number
        later = [s for s in analysis.sentences[at + 1:] if s.number - number <= RECENT_SENTENCES]
        watching = {c for s in later for c in self.builder.observers(s.doc, s.mentions)}
        return watching - {m.country for m in analysis.sentences[at].mentions if m.country and not m.is_location}

    def _contribution(self, sentence, sides: tuple[str, ...]) -> bool:
        """Whether a pair the model adds can be a deployment (docs/annotation.md): a state with the
        organisation it serves under, the state not named only as where the troops are or go ("troops
        stationed in Somalia", "sent to Mali")."""
        organisations = [code for code in sides if code in IGO_CODES]
        if len(organisations) != 1:
            return False
        state = next(code for code in sides if code not in IGO_CODES)
        named = [m for m in sentence.mentions if m.country == state]
        return not named or not all(m.is_location or self.builder.destination(sentence.doc, m) for m in named)

    @staticmethod
    def _other_way(key: Key, scores: dict[Key, float], covered: set[Key]) -> bool:
        """A transfer the sentence tells the other way round, by the rules or with a higher probability:
        one sentence rarely tells goods going both ways between the same two sides."""
        if key[1] != "TRANSFER":
            return False
        reverse = (key[0], key[1], key[3], key[2])
        return reverse in covered or scores.get(reverse, 0.0) > scores[key]

    def _listed_acts(self, analysis: DocumentAnalysis, etype: str, groups: dict[tuple[int, str], list[Key]],
                     scores: dict[Key, float], kept: list[Event]) -> list[Event]:
        """One act per run of nearby sentences that take part in one: the participants of an exercise are
        often listed over several sentences ("... took part. Canada, Germany and
        Italy also sent ships."). A sentence that tells another act of the type (named otherwise, or "a",
        "another", "separate") starts a new run; a run that follows an act the rules read joins it."""
        if not groups:
            return []
        runs: list[list[tuple[int, list[Key]]]] = []
        names: frozenset[str] = frozenset()  # the names the current run's exercise goes by
        previous = -RECENT_SENTENCES - 1
        identities = [act_identity(s.doc, self.lex, etype) for s in analysis.sentences]
        for (at, _), keys in sorted(groups.items()):
            number = analysis.sentences[at].number
            own, indefinite = identities[at]
            other = indefinite or bool(own and names and not own & names)  # a different exercise
            if runs and not other and number - previous <= RECENT_SENTENCES:
                runs[-1].append((at, keys))
                names |= own
            else:
                runs.append([(at, keys)])
                names = own
            previous = number
        ruled = [(analysis.sentence_of(e.evidence_start), e) for e in kept if e.type == etype]
        out = []
        for run in runs:
            first = analysis.sentences[run[0][0]].number
            # participants listed are named there: a side the model only implied (the page's main pair)
            # is no participant ("A spokesman said the drills would end ..." on a page of several stories)
            # and not only as where someone is based or the act is held ("of U.S. Army Africa, based in
            # Vicenza, Italy"): the exercise's host comes from its place where the rules read the act
            named = {(at, m.country) for at, _ in run for m in analysis.sentences[at].mentions
                     if m.country and not m.is_location}
            countries = sorted({c for _, keys in run for k in keys for c in k[2:]})
            listed = [c for c in countries if any((at, c) in named for at, _ in run)]
            p = max(scores[k] for _, keys in run for k in keys)
            own, indefinite = identities[run[0][0]]
            host = next((e for at, e in reversed(ruled) if at is not None
                         and 0 <= first - analysis.sentences[at].number <= RECENT_SENTENCES
                         and not indefinite and not (own and identities[at][0] and not own & identities[at][0])),
                        None)
            if host is not None:
                known = host.countries
                joining = [code for code in listed if code not in known]
                if joining:
                    host.parties += [self._parties(analysis, run[0][0], code, "participant")[0] for code in joining]
                    host.reason += "; participants listed after it (pair model)"
                continue
            # sides the model only implied from the sentence before ("... Armenia and Belarus take part.
            # Besides, a tactical exercise will be held in Kyrgyzstan") belong to that sentence's act
            event = self._event(analysis, run[0][0], etype, tuple(listed if len(listed) > 1 else countries), p)
            if len(run) > 1:
                event.evidence_end = analysis.sentences[run[-1][0]].end
                event.evidence = analysis.document.text[event.evidence_start:event.evidence_end]
            out.append(event)
        return out

    def _parties(self, analysis: DocumentAnalysis, at: int, code: str, role: str) -> list[Party]:
        """A side as the sentence names it (its actors, else its place), or by its name when implied."""
        named = [m for m in analysis.sentences[at].mentions if m.country == code]
        actors = [m for m in named if not m.is_location] or named[:1]
        if actors:
            return [Party(m.actor, role) for m in dict((m.actor, m) for m in actors).values()]
        kind = "igo" if code in IGO_CODES else "country"
        return [Party(Actor(self.lex.country_names.get(code, code), kind, code), role)]

    def _event(self, analysis: DocumentAnalysis, at: int, etype: str, sides: tuple[str, ...], p: float) -> Event:
        sentence = analysis.sentences[at]
        document = analysis.document
        parties: list[Party] = []
        for n, code in enumerate(sides):
            parties += self._parties(analysis, at, code, ("supplier", "recipient")[n] if etype == "TRANSFER" else "participant")
        actors = {p.actor for p in parties}
        chosen = [m for m in sentence.mentions if m.actor in actors]
        ctx = SentenceContext(document.id, sentence.start, document.text[sentence.start:sentence.end],
                              document.published, analysis.pair, analysis.focus)
        status, date, location, item, reason = self.builder.circumstances(sentence.doc, etype, sentence.mentions,
                                                                          ctx, chosen)
        return Event(doc_id=document.id, type=etype, status=status, parties=parties, evidence=ctx.text,
                     evidence_start=sentence.start, evidence_end=sentence.end, date=date, location=location,
                     item=item, confidence=p, reason=f"pair model p={p:.2f}; {reason}")


def _split_at_hub(event: Event, good: list[Key], judged: list[Key], hub: str | None = None
                  ) -> list[tuple[Event, list[Key]]]:
    """A rule event as the accepted pairs tell it. When every accepted pair has one country in common
    and the model rejected a pair among the others ("Colombian instructors will train officers of
    Honduras, Guatemala and El Salvador"), or the sentence calls the talks bilateral and names `hub` as
    the one holding them ("X held bilateral talks with his Armenian, Belarusian and Pakistani
    counterparts"), the act is a list of bilateral acts with that country: one event each. Otherwise the
    event stays whole, with the countries of its accepted pairs."""
    if event.type == "TRANSFER":
        return [(event, good)]
    if hub is not None and any(hub in k[2:] for k in good):
        spokes = [k for k in good if hub in k[2:]]
        if len({c for k in spokes for c in k[2:]}) > 2:
            return [(replace(event, parties=[p for p in event.parties if p.actor.country in (None, *k[2:])],
                             reason=event.reason + "; bilateral acts with " + hub), [k]) for k in sorted(spokes)]
    common = set.intersection(*(set(k[2:]) for k in good))
    others = {c for k in good for c in k[2:]} - common
    rejected_among_others = [k for k in judged if k not in good and set(k[2:]) <= others]
    if len(common) != 1 or len(others) < 2 or not rejected_among_others:
        return [(event, good)]
    hub = next(iter(common))
    return [(replace(event, parties=[p for p in event.parties if p.actor.country in (None, hub, *k[2:])],
                     reason=event.reason + "; split into bilateral acts with " + hub), [k])
            for k in sorted(good)]


def _retold(new: Event, told: Event) -> bool:
    """A new event tells an act the document already told: same type and sides, and neither its date
    nor its goods say otherwise (a lead repeated in the body, a quote retelling the signing)."""
    if new.type != told.type or new.countries != told.countries:
        return False
    if new.type == "TRANSFER" and _sides(new) != _sides(told):
        return False
    if new.date and told.date and not (new.date.startswith(told.date) or told.date.startswith(new.date)):
        return False
    return not (new.item and told.item and model_names(new.item) and model_names(told.item)
                and not model_names(new.item) & model_names(told.item))


def _sides(event: Event) -> tuple[frozenset, frozenset]:
    return (frozenset(p.actor.country for p in event.parties if p.role == "supplier"),
            frozenset(p.actor.country for p in event.parties if p.role == "recipient"))


def _named_aside(mentions: list[Mention], places: bool) -> set[str]:
    """Countries a sentence names only as what was talked about ("... discussed the situation around
    Taiwan") or, with `places`, also only as where something happens ("Rwanda and Zambia signed ... in
    Nairobi"), when it names two others as actors; with one actor named, the place may be the other side
    ("the agreement was signed in Riyadh by the visiting minister"). A country named only as the adversary
    an act is aimed against is aside however many actors are named."""
    actors = _actors(mentions)
    aside = {m.country for m in mentions if m.country and (m.is_topic or m.is_seat or (places and m.is_location))} - actors
    return (aside if len(actors) >= 2 else set()) | _adversaries(mentions, actors)


def _clause_role(doc, m: Mention) -> str:
    """How a mention hangs on its clause, through the noun a nationality qualifies ("the Russian warships")."""
    role, head = list_attachment(doc, m)
    return head.head.dep_ if role in ("amod", "poss") and head.head.i != head.i else role


def _places_only(mentions: list[Mention]) -> set[str]:
    """Countries a sentence names only as places (where someone goes or something happens)."""
    actors = {m.country for m in mentions if m.country and not m.is_location}
    return {m.country for m in mentions if m.country and m.is_location} - actors


def _staffs_a_mission(sentence) -> bool:
    """A sentence whose subject is a mission ("EUTM Moz has 118 personnel from ..."): the countries it lists
    staff the mission; they take part in no exercise told nearby."""
    return any(m.category == MISSION and m.root >= 0 and sentence.doc[m.root].dep_ in ("nsubj", "nsubjpass")
               for m in sentence.mentions)


def _actors(mentions: list[Mention]) -> set[str]:
    """Countries a sentence names as doing something: not only as a place, a topic or an adversary."""
    return {m.country for m in mentions if m.country and not (m.is_location or m.is_topic or m.is_adversary)}


def _adversaries(mentions: list[Mention], actors: set[str] | None = None) -> set[str]:
    """Countries a sentence names only as the adversary an act is aimed against, or only as a losing or
    competing bidder: no side of the act, however few others it names."""
    return {m.country for m in mentions if m.country and (m.is_adversary or m.is_rival)} - (
        _actors(mentions) if actors is None else actors)


def _turned_round(event: Event, why: str = "direction from the pair model") -> Event:
    swap = {"supplier": "recipient", "recipient": "supplier"}
    return replace(event, parties=[Party(p.actor, swap.get(p.role, p.role)) for p in event.parties],
                   reason=f"{event.reason}; {why}")


def _transfer_ways(events: list[Event], told: list[Key]) -> dict[frozenset[str], tuple[str, str]]:
    """Pair of countries -> (supplier, recipient) of the transfers between them the rules read or the
    sentences `told` say the way of, for the pairs all of whose transfers go one way."""
    ways: dict[frozenset[str], set[tuple[str, str]]] = defaultdict(set)
    for key in told:
        ways[frozenset(key[2:])].add((key[2], key[3]))
    for event in events:
        if event.type != "TRANSFER":
            continue
        suppliers = {p.actor.country for p in event.parties if p.role == "supplier" and p.actor.country}
        recipients = {p.actor.country for p in event.parties if p.role == "recipient" and p.actor.country}
        for s in suppliers:
            for r in recipients - {s}:
                ways[frozenset((s, r))].add((s, r))
    return {pair: next(iter(found)) for pair, found in ways.items() if len(found) == 1}


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


def split_deployments(events: list[Event]) -> list[Event]:
    """A deployment is one act per contributing state with the organisation it serves under
    (docs/annotation.md): "Germany leads the group; the Netherlands, Belgium and Norway have also sent
    troops" under NATO is four DEPLOY events, never a pact among the four."""
    out = []
    for event in events:
        organisation = [p for p in event.parties if p.actor.kind == "igo" or p.actor.country in IGO_CODES]
        states = sorted({p.actor.country for p in event.parties if p.actor.country and p not in organisation})
        # two states may be one contingent ("a Kazakh unit attached to the Indian battalion", the shared
        # dev set's seed): only a list of three or more is read as separate contributions
        if event.type != "DEPLOY" or not organisation or len(states) < 3:
            out.append(event)
            continue
        host = event.location.country if event.location is not None else None
        for code in states:
            if code == host:
                continue  # the host of a mission is its place (docs/annotation.md), not a contributor
            mine = [p for p in event.parties if p.actor.country == code and p not in organisation]
            out.append(replace(event, parties=[*organisation, *mine],
                               reason=event.reason + "; one deployment per contributing state"))
    return out
