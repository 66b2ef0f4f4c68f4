"""Events of one parsed sentence: triggers, their syntactic scope, parties and roles,
status, date, location, item, list splitting and a confidence score.

The parts are apart: trigger words in `triggers.py`, clause structure in `syntax.py`, who supplies,
trains or contributes in `sides.py` and whether a sentence tells an act at all (negated, planned, a
topic, an opinion, an observer) in `stance.py` (base classes of `EventBuilder`), dates and items in
`circumstances.py`. This module decides which candidate acts a sentence tells and builds their events.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from itertools import product

from spacy.tokens import Doc, Token

from defcoop.extract.circumstances import (act_date, date_entities, is_goods, item_of, owned_goods, resolve_expression,
                                            told_as_current, year_role)
from defcoop.extract.lexicon import Lexicon, Trigger
from defcoop.extract.mentions import Mention, span_text
from defcoop.extract.syntax import (
    CONTRACT_NOUNS,
    VERBAL,
    ancestors,
    is_anaphoric,
    list_attachment,
    predicate_of,
    pronoun_subject,
    scope_of,
)
from defcoop.extract.sides import SideReading, one_per_country, parties_of
from defcoop.extract.stance import StanceReading
from defcoop.extract.triggers import find_triggers, greets_people
from defcoop.types import Actor, Event, Location, Party

MULTILATERAL = frozenset({"EXERCISE", "DEPLOY"})
# Words that say by themselves that troops serve in an operation ("one of MINUSCA's largest contributors").
SELF_EVIDENT_DEPLOY = frozenset({"contributors", "contributor", "troop contributors", "troop contributor",
                                 "contributing countries", "contributing nations", "serves with", "serve with",
                                 "served with", "serving with", "military observers", "military observer",
                                 "staff officers"})
VENUE_WORDS = frozenset({"sidelines", "sideline", "margins", "margin", "summit", "summits"})
MEMO_SENTENCES = 1024  # sentences whose answers are kept: more than a batch of documents has


@dataclass
class SentenceContext:
    """What the event builder needs besides the parse: offsets and document facts."""

    doc_id: str
    offset: int  # character offset of the sentence in the cleaned text
    text: str  # the sentence as in the cleaned text
    published: str | None
    pair: tuple[str, str] | None  # the document's main pair of countries, for "the two sides"
    focus: str | None = None  # the country the document is mostly about, for "was signed with X"
    inherited: list[Trigger] = field(default_factory=list)  # triggers of the previous sentence, for "It ..."
    # exercise/deployment triggers of the last few sentences, for "Germany and Japan are taking part"
    multilateral: list[Trigger] = field(default_factory=list)
    multilateral_date: str | None = None  # the date the sentence of those triggers gave, if any
    show_host: str | None = None  # host country of a defence show named earlier in the document
    recent_igo: Actor | None = None  # an organisation named in the last few sentences, for DEPLOY
    # a country's school or place of training named in the last few sentences, for the trainees listed after it
    recent_school: Mention | None = None
    last_date: str | None = None  # date of the document's latest event so far, for "on the same day"


@dataclass
class SentenceEvents:
    """What one sentence gave: its own events, events that continue the previous sentence's act,
    and the triggers a following sentence may inherit."""

    events: list[Event] = field(default_factory=list)
    continued: list[Event] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    date: str | None = None  # the sentence's own date, for the participants listed after it
    show_host: str | None = None  # host country of a defence show the sentence named
    exercise_host: list[Party] = field(default_factory=list)  # an exercise told with one country only


@dataclass
class Candidate:
    """One trigger in a sentence, with its clause and the parties found there."""

    trigger: Trigger
    token: Token
    scope: set[int]
    parties: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, role)
    reasons: list[str] = field(default_factory=list)
    continuation: bool = False  # read from a sentence that continues the previous one's act
    roles_guessed: bool = False  # TRANSFER roles from word order, not syntax
    extra: list["Candidate"] = field(default_factory=list)  # other TRANSFER triggers of the same act
    host: str | None = None  # EXHIBIT: the country hosting the show
    anaphoric: bool = False  # "the drills": speaks of the exercise told before; adds its own parties only
    planned: bool = False  # a contract for goods: the transfer is still to come
    lone_parties: list[Party] = field(default_factory=list)  # an exercise's only country, for later participants




class EventBuilder(SideReading, StanceReading):
    def __init__(self, lex: Lexicon):
        self.lex = lex
        # answers about recent sentences: the rules, then the decider, ask the same several times
        self._memo: OrderedDict[int, tuple[Doc, dict[str, object]]] = OrderedDict()

    def build(self, doc: Doc, mentions: list[Mention], ctx: SentenceContext) -> "SentenceEvents":
        """Events of one sentence, and the triggers it had (a following "It ..." sentence inherits them)."""
        has_defence_cue = bool(self.lex.defence_regex.search(ctx.text.lower()))
        pair_refs = [doc[s:e] for _, s, e in self.lex.pair_matcher(doc)]
        date_ents = date_entities(doc)
        found = self.triggers(doc) if not self._opinion(doc) else []
        in_exercise = any(t.type == "EXERCISE" for t in ctx.inherited + ctx.multilateral)
        candidates = self._candidates(doc, found, mentions, has_defence_cue, continuation=False,
                                      recent_igo=ctx.recent_igo, exercise=in_exercise)
        if any(c.trigger.type != "MEET" and c.trigger.strength != "weak" for c in candidates):
            # "the exhibition hosted by Indonesia": hosting another act is not a meeting
            candidates = [c for c in candidates if c.trigger.phrase not in self.lex.words["hosting"]]
        participation = bool(self.lex.participation_regex.search(ctx.text.lower())) and self.joins_in_main_clause(doc)
        pronoun = pronoun_subject(doc, self.lex.words["continuation_nouns"]) if not candidates and ctx.inherited else False
        multilateral = [t for t in ctx.inherited + ctx.multilateral if t.type in MULTILATERAL]
        if multilateral and participation:  # "the navies that sent ships": joining the exercise, not a delivery
            candidates = [c for c in candidates if not (
                c.trigger.type == "TRANSFER" and c.token.i + 1 < len(doc)
                and doc[c.token.i + 1].lower_ in self.lex.words["troop_nouns"] | {"ships", "warships", "vessels", "aircraft"})]
        if multilateral and participation and not pronoun and all(c.trigger.strength == "weak" for c in candidates):
            # "Hosted by the RAAF, this year's iteration includes first-time participants Germany, ...":
            # a list of participants after an exercise; its weak words ("hosted", "force") are not acts
            candidates = []
        if not candidates and ((ctx.inherited and pronoun) or (multilateral and participation)):
            root = next((t for t in doc if t.head.i == t.i), doc[0])
            anchor = root if pronoun else next(  # "It brings together ..." / "X are taking part"
                (t for t in doc if t.lower_ in self.lex.participation_words and t.pos_ in VERBAL
                 and not any(w.lower_ in self.lex.words["observing"] for w in t.subtree)), root)
            inherited = [(trig, anchor) for trig in {t.type: t for t in (ctx.inherited if pronoun else multilateral)}.values()]
            candidates = self._candidates(doc, inherited, mentions, has_defence_cue, continuation=True,
                                          recent_igo=ctx.recent_igo, exercise=in_exercise)
        if ctx.show_host and not any(c.trigger.type == "EXHIBIT" or c.trigger.strength != "weak" for c in candidates):
            candidates += self._show_candidates(doc, mentions, ctx.show_host)
        for cand in candidates:
            if cand.trigger.type in MULTILATERAL and not cand.continuation and is_anaphoric(cand.token):
                cand.continuation = cand.anaphoric = True  # "whose Sixth Fleet is running the drills"
                cand.reasons.append("the exercise told before")
                observers = self.observers(doc, mentions)
                cand.parties = [(m, r) for m, r in cand.parties if m.country not in observers]
                if not participation:  # only who runs or joins it, not who criticises or watches it
                    pred = predicate_of(cand.token)
                    cand.parties = [(m, r) for m, r in cand.parties
                                    if pred.lower_ in self.lex.words["conduct_verbs"] and m.root >= 0
                                    and list_attachment(doc, m)[0] in ("nsubj", "poss")]
        candidates += self._purchase_contracts(doc, candidates)
        result = SentenceEvents(triggers=[c.trigger for c in candidates])
        result.show_host = next(iter(self.lex.show_hosts(found)), None)
        if any(c.trigger.type in MULTILATERAL for c in candidates):
            result.date = next((d for e in date_ents if year_role(e, self.lex) != "period"
                                and (d := resolve_expression(e.text, ctx, False))), None)
        for cand in self._merge_same_type(candidates):
            found = self._events_for(doc, cand, mentions, pair_refs, date_ents, ctx)
            (result.continued if cand.continuation else result.events).extend(found)
            result.exercise_host = result.exercise_host or cand.lone_parties
            if cand.trigger.type == "EXHIBIT":
                result.show_host = self._show_host(cand) or result.show_host
        result.events, result.continued = _dedupe(result.events), _dedupe(result.continued)
        return result

    def circumstances(self, doc: Doc, etype: str, mentions: list[Mention], ctx: SentenceContext,
                      parties: list[Mention]) -> tuple[str, str | None, Location | None, str | None, str]:
        """Status, date, location, item and a reason for an act of type `etype` that the sentence tells
        but the rules did not read as one (the trained pair model found it): read around the sentence's
        trigger of that type if it has one, else around its main verb."""
        found = [(t, tok) for t, tok in self.triggers(doc) if t.type == etype]
        trig, tok = found[0] if found else (Trigger(etype, "weak", ""), next((t for t in doc if t.head.i == t.i), doc[0]))
        cand = Candidate(trig, tok, scope_of(tok), parties=[(m, "participant") for m in parties])
        future = self._planned_by_syntax(tok, trig) or any(
            t.lower_ in self.lex.planned_words and t.dep_ in ("aux", "auxpass") for t in doc)
        date_ents = date_entities(doc)
        date = act_date(cand, date_ents, ctx, future, self.lex)
        after_publication = bool(date and ctx.published and date > ctx.published[:len(date)])
        status = "planned" if future or after_publication else "occurred"
        reason = f"trigger '{trig.phrase}'" if trig.phrase else "no trigger word"
        if date is None and status == "occurred" and ctx.published:
            date = ctx.published[:7]
            reason += "; date from publication month"
        elif date is None:
            reason += "; no date: the sentence gives none for a planned act"
        locations = [m for m in mentions if m.is_location and m.root in cand.scope] or \
                    [m for m in mentions if m.is_location]
        location = Location(span_text(doc, locations[0].start, locations[0].end), locations[0].country) \
            if locations else None
        item = item_of(doc, cand, self.lex) if etype in ("TRANSFER", "INDUSTRY") and found else None
        return status, date, location, item, reason

    def joins_in_main_clause(self, doc: Doc) -> bool:
        """A word of taking part that tells the sentence's own news, not one inside a relative clause about
        something else ("the organisation was formed by A, B and C, which were joined by D the following
        year": a history of members, not an exercise's participants). Remembered: the rules and the
        decider both ask."""
        def compute() -> bool:
            spans = [doc.char_span(m.start(), m.end(), alignment_mode="expand")
                     for m in self.lex.participation_regex.finditer(doc.text.lower())]
            words = [span[0] for span in spans if span is not None and len(span)]
            return not words or any(not any(dep == "relcl" for _, dep in ancestors(t, 8)) for t in words)

        return self._remembered(doc, "joins_in_main_clause", compute)

    def _candidates(self, doc: Doc, found: list[tuple[Trigger, Token]], mentions: list[Mention],
                    has_defence_cue: bool, continuation: bool, recent_igo: Actor | None = None,
                    exercise: bool = False) -> list[Candidate]:
        candidates = []
        exercise_here = any(t.type == "EXERCISE" for t, _ in found)
        exercise = exercise or exercise_here
        named = {i for m in mentions if m.actor.kind in ("igo", "company") and m.start >= 0
                 for i in range(m.start, m.end)}
        observers = self.observers(doc, mentions) if exercise else set()
        for trig, tok in found:
            if tok.i in named or (trig.type not in ("EXHIBIT", "EXERCISE") and tok.pos_ == "PROPN" and tok.is_title
                                  and tok.i > 0 and " " not in trig.phrase):
                continue  # "the Collective Security Treaty Organization", "Justified Accord": part of a name
            if trig.type == "MEET" and trig.strength != "arrive" and not self._meeting_of_people(tok):
                continue
            if trig.type == "COOPERATE" and tok.dep_ in ("amod", "compound", "nmod") and any(
                    t.type == "EXERCISE" for t in self.lex.triggers.get(tok.head.lower_, [])):
                continue  # "a joint counter-terrorism exercise" is the exercise
            if trig.type == "COOPERATE" and tok.lower_ in ("base", "bases") and tok.dep_ == "pobj" \
                    and tok.head.lower_ in ("at", "in", "near", "from", "on"):
                continue  # "signed at Skrydstrup air base": where, not basing cooperation
            if not continuation:
                if trig.strength == "weak" and not has_defence_cue:
                    continue
                if trig.type == "TRANSFER" and not (self._cargo_arrives(doc) if trig.strength == "arrive"
                                                    else self._transfer_plausible(doc, tok)):
                    continue
                if self._is_topic(tok, trig) or self._negated(tok):
                    continue
            if trig.type == "DEPLOY" and not self._deployment(doc, mentions, recent_igo, exercise, exercise_here,
                                                               strong=trig.phrase in SELF_EVIDENT_DEPLOY):
                continue
            keep = self.lex.participation_words if trig.type in MULTILATERAL else frozenset()
            scope = scope_of(tok, keep, self.lex.words["observing"])
            if trig.type == "TRANSFER" and owned_goods(tok):
                # "the navy operates a former Korean corvette, handed over by Seoul": who has the goods
                scope |= scope_of(tok.head.head)
            reason = f"trigger '{trig.phrase}' ({trig.strength})" + (" from previous sentence" if continuation else "")
            cand = Candidate(trig, tok, scope, reasons=[reason], continuation=continuation)
            if continuation and trig.type in MULTILATERAL:
                # the sentence is there to list participants: all of them, wherever the parse puts them
                cand.parties = [(m, "participant") for m in mentions
                                if self._is_party(doc, m) and m.country not in observers and not m.is_speaker]
            else:
                cand.parties = [(m, "participant") for m in mentions if m.root in scope and self._is_party(doc, m)
                                and not (trig.type == "EXERCISE" and m.country in observers)]
            if trig.strength == "arrive":  # where the cargo lands is who receives it
                cand.parties += [(m, "participant") for m in mentions if m.is_location and m.country
                                 and m.root in scope and m.actor.kind == "country"]
            candidates.append(cand)
        return candidates

    def _show_candidates(self, doc: Doc, mentions: list[Mention], host: str) -> list[Candidate]:
        """In an article about a defence show, a sentence saying that a foreign country or firm brought,
        showed or was invited to show something ("France and Italy also brought national pavilions")."""
        cues = [doc[s:e] for _, s, e in self.lex.exhibit_cue_matcher(doc)]
        exhibitors = [m for m in mentions if self._is_party(doc, m) and m.country != host and m.actor.kind != "igo"]
        if not cues or not exhibitors or any(self._negated(c.root) for c in cues) or any(
                t.lower_ in self.lex.words["absent_words"] for t in doc):
            return []  # "Russian companies did not take part this year", "were absent"
        trigger = Trigger("EXHIBIT", "strong", cues[0].text.lower())
        # "were invited to send delegations": anchored on the complement, so that the invitation makes it a plan
        anchor = next((c for c in cues[0].root.children if c.dep_ == "xcomp"), cues[0].root)
        return [Candidate(trigger, anchor, set(range(len(doc))), [(m, "participant") for m in exhibitors],
                          reasons=[f"'{cues[0].text}' in an article about a show in {host}"])]

    def _show_host(self, cand: Candidate) -> str | None:
        """The country hosting the show a sentence names: the gazetteer's, else the place it names."""
        return self.lex.exhibition_hosts.get(cand.trigger.phrase) or (
            cand.host if cand.trigger.strength == "strong" else None)

    def _purchase_contracts(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """ "The UAE signed a contract with China's CATIC for 12 L-15 jets": a contract for goods is also
        a planned transfer, to the signer from the side it signed with."""
        if any(c.trigger.type == "TRANSFER" for c in candidates):
            return []
        out = []
        for cand in candidates:
            tok = cand.token
            if cand.trigger.type != "AGREE":
                continue
            if tok.lower_ not in CONTRACT_NOUNS:  # "signed a contract for 180 tanks": the verb was the trigger
                tok = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in CONTRACT_NOUNS),
                           None) if tok.pos_ in VERBAL else None
                if tok is None:
                    continue
            holders = (tok, tok.head) if tok.head.pos_ in VERBAL else (tok,)  # "signed a deal with X for ..."
            # "a contract for 180 tanks", "signed a deal with X for ...", "a contract with Germany's Diehl for ..."
            fors = {c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for"}
            fors |= {t for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "for"}
            goods = [g for c in fors for g in c.subtree if is_goods(g, self.lex)]
            if goods and cand.parties:
                extra = Candidate(Trigger("TRANSFER", "receive", f"{tok.lower_} for"), tok, set(cand.scope),
                                  list(cand.parties), reasons=[f"'{tok.text} for' goods"], planned=True)
                out.append(extra)
        return out

    def _meeting_of_people(self, tok: Token) -> bool:
        """ "Latvian officials welcomed the move", "the two armies will meet again for the exercise",
        "a visiting forces agreement": words of meeting that are not a meeting of people."""
        troops = self.lex.words["troop_nouns"] | {"armies", "navies", "fleets", "ships", "warships"}
        if tok.lower_ in ("welcomed", "welcomes", "welcome", "welcoming") and tok.pos_ in VERBAL:
            objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            if objects and not greets_people(tok, self.lex) and not any(
                    t.pos_ == "PROPN" for o in objects for t in o.subtree):
                return False
        if tok.pos_ in VERBAL and any(c.dep_ == "nsubj" and c.lower_ in troops for c in tok.children):
            return False
        if tok.dep_ in ("amod", "compound") and tok.head.lower_ in troops:
            return False
        return True

    def _implied(self, code: str) -> Mention:
        """A country the text implies without naming it in the sentence (a show's host, "the two sides")."""
        return Mention(-1, -1, Actor(self.lex.country_names.get(code, code), "country", code), "country", -1)

    def _is_party(self, doc: Doc, m: Mention) -> bool:
        """Places, unplaced people and mandate-givers ("under UN Security Council mandates") are not parties."""
        if m.is_location or not m.country:
            return False
        head = doc[m.root].head
        if m.actor.kind == "igo" and any(a.lower_ in VENUE_WORDS for a, _ in ancestors(doc[m.root], 6)):
            return False  # "on the sidelines of a meeting of NATO defence ministers": where, not who
        following = doc[m.end].lower_ if 0 <= m.end < len(doc) else ""  # the parser may tag "mandates" a verb
        return not (m.actor.kind == "igo" and (head.lower_ in self.lex.non_party_heads
                                               or head.head.lower_ in self.lex.non_party_heads
                                               or following in self.lex.non_party_heads))

    def _remembered(self, doc: Doc, key: str, compute):
        """`compute()`'s answer for this sentence, computed once while it is among the last
        `MEMO_SENTENCES` asked of (the entry holds the Doc, so that its id is not reused meanwhile)."""
        entry = self._memo.get(id(doc))
        if entry is None or entry[0] is not doc:
            entry = self._memo[id(doc)] = (doc, {})
            if len(self._memo) > MEMO_SENTENCES:
                self._memo.popitem(last=False)
        answers = entry[1]
        if key not in answers:
            answers[key] = compute()
        return answers[key]

    def triggers(self, doc: Doc) -> list[tuple[Trigger, Token]]:
        """The lexicon's triggers in a parsed sentence (not to be changed: they are remembered)."""
        return self._remembered(doc, "triggers", lambda: find_triggers(doc, self.lex))

    def _merge_same_type(self, candidates: list[Candidate]) -> list[Candidate]:
        """Two triggers of one type whose scopes overlap are one act ("took delivery of ..., which X provided")."""
        merged: list[Candidate] = []
        for cand in candidates:
            for other in merged:
                if other.trigger.type == cand.trigger.type and _overlapping(other, cand):
                    if cand.trigger.type == "TRANSFER":
                        # keep each trigger's own roles; combine later in _transfer_events
                        other.reasons.append(f"+ trigger '{cand.trigger.phrase}'")
                        other.extra.append(cand)
                    else:
                        known = {id(m) for m, _ in other.parties}
                        other.parties += [p for p in cand.parties if id(p[0]) not in known]
                        other.scope |= cand.scope
                    break
            else:
                merged.append(cand)
        return merged

    def _events_for(self, doc: Doc, cand: Candidate, mentions: list[Mention], pair_refs, date_ents,
                    ctx: SentenceContext) -> list[Event]:
        etype = cand.trigger.type
        scope = cand.scope
        locations = [m for m in mentions if m.is_location and m.root in scope] or \
                    [m for m in mentions if m.is_location and not (etype == "MEET" and cand.trigger.strength == "weak")]
        location = locations[0] if locations else None
        confidence = 0.55 + (0.1 if cand.token.pos_ in VERBAL else 0.0)
        # parties
        parties = list(cand.parties)
        if etype == "EXERCISE" and parties:
            # "got under way in four host countries: Morocco, Ghana, Senegal and Tunisia"
            known = {m.country for m, _ in parties}
            for m in locations[1:]:
                if m.actor.kind == "country" and m.country and m.country not in known:
                    parties.append((m, "participant"))
                    known.add(m.country)
        if location is not None and parties and not location.is_seat and (etype in self.lex.host_types
                                                 or cand.trigger.phrase in self.lex.host_triggers):
            sides = {m.country for m, _ in parties if m.country}
            # a course or drill of two other countries' forces in a third ("a course run by US Army instructors
            # at Grafenwöhr in Germany" for Croatian crews): the place is not a side
            apart = etype == "TRAIN" and len(sides) >= 2
            if location.country not in sides and not apart:
                if cand.trigger.phrase in self.lex.host_triggers or etype != "MEET":
                    parties.append((location, "participant"))
                    cand.reasons.append("host country from location")
        host = self.lex.exhibition_hosts.get(cand.trigger.phrase) if etype == "EXHIBIT" else None
        if host and parties and location is None and host not in {m.country for m, _ in parties}:
            parties.append((self._implied(host), "participant"))
            cand.reasons.append(f"host of {cand.trigger.phrase.upper()}")
        if etype == "EXHIBIT" and not host:
            # "the Azerbaijan International Defense Exhibition": a show whose name carries a country is hosted there
            named = next((m.country for m in mentions if m.start <= cand.token.i < m.end and m.country
                          and m.actor.kind != "igo"), None)
            host = named or (location.country if location is not None
                             and location.country in {m.country for m, _ in parties} else ctx.show_host)
            cand.host = host
        if etype == "EXHIBIT" and host and host == ctx.show_host:
            # in an article about the show, every foreign country or firm the sentence names is there:
            # "the US had a national pavilion, and Turkish companies had stands of their own"
            known = {id(m) for m, _ in parties}
            parties += [(m, "participant") for m in mentions if id(m) not in known and self._is_party(doc, m)
                        and not m.is_speaker
                        and m.country != host and m.actor.kind != "igo"]
            if host and parties and host not in {m.country for m, _ in parties}:
                parties.append((self._implied(host), "participant"))
                cand.reasons.append("host of the show the article is about")
        if etype == "EXERCISE":  # forces take part in exercises; a firm named with them (who built the jets) does not
            parties = [(m, r) for m, r in parties if m.actor.kind != "company"]
        countries = {m.country for m, _ in parties if m.country}
        if len(countries) < 2 and any(r.start <= cand.token.i or r.root.i in scope for r in pair_refs) and ctx.pair:
            for code in ctx.pair:
                if code not in countries:
                    parties.append((self._implied(code), "participant"))
            cand.reasons.append("pair reference")
            confidence -= 0.1
            countries = {m.country for m, _ in parties if m.country}
        if len(countries) == 1 and ctx.focus and ctx.focus not in countries and etype != "TRANSFER" and any(
                m.root >= 0 and list_attachment(doc, m)[0] == "with" for m, _ in parties):
            parties.append((self._implied(ctx.focus), "participant"))
            cand.reasons.append("implicit partner: the document's main country")
            confidence -= 0.15
            countries = {m.country for m, _ in parties if m.country}
        if len(countries) < 2 and (not cand.anaphoric or self.lex.participation_regex.search(ctx.text.lower())):
            observers = self.observers(doc, mentions)
            sentence_parties = [(m, "participant") for m in mentions if self._is_party(doc, m) and not m.is_speaker
                                and m.country not in observers
                                and not (etype == "EXERCISE" and m.actor.kind == "company")]
            found = len({m.country for m, _ in sentence_parties})
            # "Among them are Sweden, Finland and Poland, whose fleet is running the drills": the
            # participants of a multilateral act are often listed outside the trigger's clause.
            # A meeting's too, when the sentence says who attended it ("Other countries taking part in the
            # summit are A, B and C", "the meeting was attended by the ministers of A, B and C")
            listed = etype in MULTILATERAL or (etype == "MEET" and self.lex.participation_regex.search(ctx.text.lower()))
            if etype != "TRANSFER" and (found == 2 or (found > 2 and listed)):
                parties = sentence_parties
                cand.reasons.append("parties from whole sentence")
                confidence -= 0.15
                countries = {m.country for m, _ in parties}
        if len(countries) < 2 and not (etype == "DEPLOY" and countries and ctx.recent_igo is not None) \
                and not (cand.anaphoric and countries):  # "Pakistan runs part of the drills": joins the exercise
            if etype == "EXERCISE" and countries and not cand.continuation:
                # "Pakistan's multinational exercise AMAN-25 ended": its host, for the participants listed next
                cand.lone_parties = parties_of([m for m, _ in parties], "participant")
            return []
        cand.parties = parties
        future = cand.planned or self._planned_by_syntax(cand.token, cand.trigger)
        date = act_date(cand, date_ents, ctx, future, self.lex)
        if date is None and cand.continuation and etype in MULTILATERAL and ctx.multilateral_date and not (
                ctx.published and ctx.multilateral_date[:4] < ctx.published[:4] and told_as_current(cand.token)):
            date = ctx.multilateral_date
            cand.reasons.append("date from the exercise's sentence")
        after_publication = bool(date and ctx.published and date > ctx.published[:len(date)])
        if cand.planned and date and not after_publication:
            date = None  # "signed on Thursday a contract for 42 jets": the day is the signing's, not the delivery's
            cand.reasons.append("no date: the contract's day is not the supply's")
        status = "planned" if future or after_publication else "occurred"
        if date is None and status == "occurred" and ctx.published:
            date = ctx.published[:7]
            cand.reasons.append("date from publication month")
        loc = Location(span_text(doc, location.start, location.end), location.country) if location else None
        evidence_start = ctx.offset
        common = dict(doc_id=ctx.doc_id, type=etype, status=status, evidence=ctx.text,
                      evidence_start=evidence_start, evidence_end=evidence_start + len(ctx.text), date=date,
                      location=loc)
        if etype == "TRANSFER":
            return self._transfer_events(doc, cand, common, confidence)
        if etype == "DEPLOY":
            return self._deploy_events(doc, cand, parties, mentions, common, confidence, ctx)
        if etype == "TRAIN":
            trainers, trainees = self._train_sides(doc, cand, parties)
            if trainees and not trainers:  # "pilots trained in Denmark and the United States": the hosts train
                trainers = [m for m in mentions if m.is_location and m.root in scope and m.actor.kind == "country"
                            and m.country not in {t.country for t in trainees}]
            school = self.school(doc, [m for m in mentions if m.root in scope], teaches=False) or ctx.recent_school
            if trainees and not trainers and school is not None and school.country not in {t.country for t in trainees}:
                # "... passed out of the Indian Military Academy. The foreign cadets came from A, B and C."
                trainers = [Mention(-1, -1, school.actor, school.category, -1)]
                cand.reasons.append(f"trainer {school.country}: the school named before")
            if trainers and trainees:
                # "Colombian instructors will train personnel from Honduras, Guatemala and Costa Rica":
                # each trainer with each trainee; trainees are not partners of each other, nor is the place
                out = []
                for a, b in product(dict.fromkeys(m.country for m in trainers), dict.fromkeys(m.country for m in trainees)):
                    if a != b:
                        sides = [m for m in trainers if m.country == a] + [m for m in trainees if m.country == b]
                        others = [m for m, _ in parties if m.country in (a, b) and m not in sides]  # officials
                        ps = parties_of(sides + others, "participant")
                        out.append(Event(**common, parties=ps, confidence=min(confidence + 0.1, 0.95),
                                         reason="; ".join(cand.reasons + ["trainer and trainee"])))
                if out:
                    return out
        # One multilateral act stays one event ("US soldiers trained together with Finnish and Estonian units").
        groups = self._split_lists(doc, cand) if etype not in MULTILATERAL else None
        if etype == "EXHIBIT" and len(countries) > 2:
            # each exhibitor takes part in another country's show: exhibitors are not partners of each other,
            # so a list of them is never read as all pairs; with no host known, the document's main country
            # among them is the likeliest (a show's own report names its host most), else there is no event
            if not host and ctx.focus in countries:
                host = ctx.focus
                cand.reasons.append("host: the document's main country")
            if not host:
                return []
            return one_per_country([m for m, _ in parties if m.country == host],
                                    [m for m, _ in parties if m.country != host], common, min(confidence, 0.95),
                                    "; ".join(cand.reasons + ["one event per exhibitor"]))
        item = item_of(doc, cand, self.lex) if etype == "INDUSTRY" else None
        if groups:
            out = []
            hub, members = groups
            for member in members:
                ps = parties_of(hub + [member], "participant")
                if len({p.actor.country for p in ps if p.actor.country}) >= 2:
                    out.append(Event(**common, parties=ps, item=item, confidence=min(confidence, 0.95),
                                     reason="; ".join(cand.reasons + ["list split"])))
            return out
        return [Event(**common, parties=parties_of([m for m, _ in parties], "participant"), item=item,
                      confidence=min(confidence + 0.1, 0.95), reason="; ".join(cand.reasons))]

def _overlapping(a: Candidate, b: Candidate) -> bool:
    """Two triggers describe one act when their clauses share tokens."""
    return bool(a.scope & b.scope)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (type, parties) in a sentence, keeping the most confident."""
    best: dict[tuple, Event] = {}
    for ev in events:
        key = (ev.type, frozenset((p.role, p.actor.country) for p in ev.parties))
        if key not in best or ev.confidence > best[key].confidence:
            best[key] = ev
    return list(best.values())
