"""Events of one parsed sentence: triggers, their syntactic scope, parties and roles,
status, date, location, item, list splitting and a confidence score.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field
from itertools import product

from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from defcoop.extract.lexicon import Lexicon, Trigger
from defcoop.extract.mentions import Mention, span_text
from defcoop.resolve.dates import YEAR, resolve_date
from defcoop.types import Actor, Event, Location, Party

CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis"})
VERBAL = frozenset({"VERB", "AUX"})
SUPPLIER_PREPS = frozenset({"from", "by", "through", "via"})  # "bought through the US government"
RECIPIENT_PREPS = frozenset({"to", "for"})
BILATERAL_SPLIT_PREPS = frozenset({"with", "to"})
MULTILATERAL = frozenset({"EXERCISE", "DEPLOY"})
NAMED_BY_YEAR = frozenset({"EXERCISE", "EXHIBIT"})  # "Cobra Gold 2024", "IDEX 2023": the name dates the act
# Nouns whose infinitive says what the deal is about ("a contract to buy", "an order to supply").
CONTRACT_NOUNS = frozenset({"contract", "contracts", "deal", "deals", "agreement", "agreements", "order", "orders",
                            "memorandum", "plan", "plans", "decision", "offer", "option"})
# "X is set / expected / due to receive": X is the subject of the receiving, not a passive patient.
RAISING_VERBS = frozenset({"set", "expected", "scheduled", "due", "slated", "poised", "likely", "supposed",
                           "planned", "required", "allowed", "permitted", "cleared", "authorised", "authorized"})
SAYING_VERBS = frozenset({"say", "says", "said", "believe", "believes", "argue", "argues", "warn", "warns", "warned",
                          "think", "thinks", "suggest", "suggests", "expect", "expects", "note", "noted", "notes"})
# Words that say by themselves that troops serve in an operation ("one of MINUSCA's largest contributors").
SELF_EVIDENT_DEPLOY = frozenset({"contributors", "contributor", "troop contributors", "troop contributor",
                                 "contributing countries", "contributing nations", "serves with", "serve with",
                                 "served with", "serving with", "military observers", "military observer",
                                 "staff officers"})
# Acts whose nouns take a topic ("talks on training", "an agreement on military cooperation").
TALK_TYPES = frozenset({"MEET", "AGREE", "COOPERATE"})
HEARSAY_NOUNS = frozenset({"reports", "report", "rumours", "rumors", "rumour", "rumor", "claims", "speculation"})
DENIAL_VERBS = frozenset({"dismissed", "dismisses", "denied", "denies", "rejected", "rejects", "refuted", "refutes"})
VENUE_WORDS = frozenset({"sidelines", "sideline", "margins", "margin", "summit", "summits"})
BACKGROUND_PREPS = frozenset({"after", "before", "since", "following", "during"})
MEMO_SENTENCES = 1024  # sentences whose answers are kept: more than a batch of documents has
SAME_DAY = re.compile(r"\b(?:the )?same day\b", re.I)
# Weapon designators: "MiG-29s", "T-72", "F-16V", "JF-17", "TB2", "BRDM-2M", "S-400".
DESIGNATOR = re.compile(r"^[A-Z][A-Za-z]{0,5}-?\d{1,4}[A-Za-z]{0,3}s?$")


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


# Verbs of receiving whose object is a person or a delegation are visits, not deliveries:
# "the minister received General X", "Nitiwul hosted a Burkinabe delegation".
GREETING_VERBS = frozenset({"received", "receives", "receive", "receiving", "hosted", "hosts", "host", "hosting",
                            "welcomed", "welcomes", "welcome", "welcoming"})


def _greets_people(tok: Token, lex: Lexicon) -> bool:
    """True when a receiving verb's object is a person, a titled official or a delegation."""
    if tok.lower_ not in GREETING_VERBS or tok.pos_ not in VERBAL:
        return False
    for child in tok.children:
        if child.dep_ in ("dobj", "obj"):
            words = {t.lower_ for t in child.subtree}
            if child.ent_type_ == "PERSON" or words & lex.title_heads or words & {"delegation", "counterpart",
                                                                                 "delegations", "visitors"}:
                return True
    return False


def find_triggers(doc: Doc, lex: Lexicon) -> list[tuple[Trigger, Token]]:
    spans = filter_spans([doc[s:e] for _, s, e in lex.trigger_matcher(doc)])
    out = []
    for span in spans:
        if _greets_people(span.root, lex):
            out.append((Trigger("MEET", "strong", span.text.lower()), span.root))
            continue
        for trig in lex.triggers.get(span.text.lower(), []):
            out.append((trig, span.root))
    return out


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


def _ancestors(tok: Token, limit: int = 5) -> list[tuple[Token, str]]:
    """(ancestor, dep of the child on the path) pairs, nearest first."""
    out, cur = [], tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            break
        out.append((cur.head, cur.dep_))
        cur = cur.head
    return out


class EventBuilder:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        # answers about recent sentences: the rules, then the decider, ask the same several times
        self._memo: OrderedDict[int, tuple[Doc, dict[str, object]]] = OrderedDict()

    # -- filters ------------------------------------------------------------------------------
    def _is_topic(self, tok: Token, trig: Trigger) -> bool:
        """A noun trigger that is only the subject matter of talks or of another act."""
        if tok.pos_ in VERBAL or trig.type == "MEET":
            return False
        if trig.type == "AGREE" and tok.dep_ == "pobj" and (
                tok.head.lower_ == "under" or (tok.head.lower_ in BACKGROUND_PREPS
                                               and any(c.lower_ == "the" for c in tok.children))):
            return True  # "keeps a force under a bilateral agreement", "hours after the signing": its frame
        for anc, dep in _ancestors(tok, 4):
            if anc.lower_ in self.lex.topic_verbs:
                return True
            if trig.type != "TRANSFER" and anc.pos_ in ("NOUN", "PROPN") and anc.lower_ in self.lex.words["document_nouns"] \
                    and not (trig.type == "EXERCISE" and anc.pos_ == "PROPN" and anc.is_title):  # "Justified Accord, the exercise"
                return True  # "a plan of military cooperation": what an agreement covers, not a separate act
            if anc.pos_ in VERBAL and anc.lower_ not in self.lex.topic_verbs:
                return False
            if dep == "pobj" and anc.lower_ in ("on", "about", "in", "for", "of") and trig.type != "TRANSFER":
                head = anc.head  # "agreement on military cooperation", "talks on training"
                if head.pos_ in ("NOUN", "PROPN") and head.i != tok.i and any(  # not "US forces in the exercise"
                        t.type in TALK_TYPES for t in self.lex.triggers.get(head.lower_, [])):
                    return True
        return False

    def _negated(self, tok: Token) -> bool:
        chain = [tok] + [a for a, _ in _ancestors(tok, 3)]
        if any(c.dep_ == "mark" and c.lower_ == "whether" for t in chain[:2] for c in t.children):
            return True  # "asked whether Kazakhstan would buy the drone": a question, not an act
        if any(a.lower_ in HEARSAY_NOUNS for a, _ in _ancestors(tok, 6)) and any(
                t.lower_ in DENIAL_VERBS for t in tok.doc):
            return True  # "dismissed as speculation reports that Hanoi was negotiating to acquire F-16s"
        for t in chain:
            if any(c.dep_ == "neg" for c in t.children):
                return True
            if t.lower_ in self.lex.negation_words and t.i != tok.i:
                return True
            if t.lower_ in ("ruled", "rules", "ruling") and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
                return True  # "has ruled out joint drills with the CSTO"
            if t.pos_ in VERBAL and t.i != tok.i and t.dep_ not in ("xcomp", "ccomp", "aux"):
                break
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] if tok.pos_ in VERBAL else []
        # "no deal", and "no contract has been signed"
        return any(c.dep_ == "det" and c.lower_ == "no" for t in (tok, *subjects) for c in t.children)

    def _planned_by_syntax(self, tok: Token, trig: Trigger) -> bool:
        """True when the words around the trigger make the act a plan (modals, control verbs, "ordered")."""
        if trig.type == "TRANSFER" and tok.lower_ in self.lex.words["order_words"]:
            return True
        chain: list[Token] = [tok]
        for anc, dep in _ancestors(tok, 5):
            if dep in ("advcl", "conj", "relcl", "parataxis"):
                break
            if dep == "acl" and anc.lower_ in CONTRACT_NOUNS and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in chain[-1].children):
                return True  # "signed a contract to buy": the buying is still to come
            if dep == "xcomp" and anc.lower_ in self.lex.planned_control_verbs:
                return True  # "agreed to supply", "decided to buy", "invited X to take part"
            chain.append(anc)
        for t in chain:
            if t.lower_ in self.lex.planned_words and t.i != tok.i:
                return True
            for c in t.children:
                if c.dep_ in ("aux", "auxpass", "advmod", "amod") and c.lower_ in self.lex.planned_words:
                    return True
                if c.dep_ == "aux" and c.lower_ == "to" and t.head.lower_ in ("is", "are", "was", "were", "be"):
                    return True
        return False

    # -- parties -------------------------------------------------------------------------------
    def _roles(self, doc: Doc, cand: Candidate) -> None:
        """Supplier/recipient for each TRANSFER party from syntax."""
        trig_tok = cand.token
        pred = predicate_of(trig_tok)
        arrive = cand.trigger.strength == "arrive"  # what lands is sent by its owner to the place
        give = cand.trigger.strength == "give" or arrive
        has_with = any(c.lower_ == "with" for c in pred.children)
        passive = any(c.dep_ == "auxpass" for c in (*pred.children, *trig_tok.children))
        assigned = []
        for m, _ in cand.parties:
            role = None
            if m.root < 0:  # implied by "the two countries" or the document: no syntax to read
                assigned.append((m, None))
                continue
            tok = doc[m.root]
            prep = None
            attach = None
            path = [tok]
            cur = tok
            for _ in range(8):
                if cur.i in (trig_tok.i, pred.i) or cur.head.i == cur.i:
                    break
                if cur.dep_ in ("pobj", "agent") and prep is None:
                    prep = cur.head.lower_ if cur.dep_ == "pobj" else "by"
                attach = cur.dep_
                cur = cur.head
                path.append(cur)
            if attach == "agent":
                prep = prep or "by"
            if attach == "nsubj" and _owned_goods(trig_tok) and cur.i == trig_tok.head.head.i:
                attach, prep = "owner", None  # "the Ukrainian army fields Swedish vehicles delivered in May"
            if attach == "nsubjpass" and pred.i != trig_tok.i and pred.lower_ in RAISING_VERBS:
                attach = "nsubj"  # "the navy is set to get two corvettes": the navy gets them
            if prep == "by" and not give and passive:  # "submarines were bought by Thailand": the buyer
                role = "recipient"
            elif prep == "with" and cand.trigger.phrase in self.lex.with_recipient_triggers:
                role = "recipient"
            elif m.is_origin or (prep in SUPPLIER_PREPS):
                role = "supplier"
            elif prep == "of" and give and passive and m.actor.kind == "organisation" and _is_goods(path[-2] if len(path) > 2 else tok, self.lex):
                role = "supplier"  # "a Dornier aircraft of the Indian Navy was handed over to Sri Lanka"
            elif prep is None and _noun_head(tok).dep_ == "poss" and m.actor.kind == "organisation" and (
                    _noun_head(tok).head.lower_ in self.lex.items
                    or _noun_head(tok).head.lower_.rstrip("s") in self.lex.items):
                role = "recipient"  # "the Pakistan Navy's newest frigate was commissioned": the navy's own
            elif prep in RECIPIENT_PREPS or (arrive and prep in ("in", "at")) or attach == "owner":
                role = "recipient"
            elif attach in ("nsubj", "csubj"):
                role = "supplier" if give else "recipient"
            elif attach == "nsubjpass":
                role = "recipient" if give else "supplier"
            elif attach in ("dative", "iobj"):
                role = "recipient" if give else "supplier"
            elif attach == "dobj" and give and (has_with or pred.lower_.startswith("equip")):
                role = "recipient"
            elif attach == "poss" and cur.i == trig_tok.i:
                role = "supplier" if give else "recipient"
            assigned.append((m, role))
        roles = {r for _, r in assigned if r}
        unassigned = [m for m, r in assigned if r is None]
        if not roles and len(unassigned) > 2:
            cand.parties = []  # nothing in the syntax says who gives and who gets
            return
        filled = []
        for m, role in assigned:
            if role is None:
                if roles == {"supplier"}:
                    role = "recipient"
                elif roles == {"recipient"}:
                    role = "supplier"
                else:
                    role = "supplier" if (give and not filled) or (not give and filled) else "recipient"
                    cand.roles_guessed = True
                    cand.reasons.append("roles by word order")
            filled.append((m, role))
        if cand.planned and any(m.actor.kind == "company" for m, r in filled if r == "recipient") and not any(
                m.actor.kind == "company" for m, r in filled if r == "supplier"):
            # "Rosoboronexport signed a contract with Egypt for jets": the firm sells
            filled = [(m, "supplier" if r == "recipient" else "recipient") for m, r in filled]
        cand.parties = filled

    # -- main -------------------------------------------------------------------------------
    def build(self, doc: Doc, mentions: list[Mention], ctx: SentenceContext) -> "SentenceEvents":
        """Events of one sentence, and the triggers it had (a following "It ..." sentence inherits them)."""
        has_defence_cue = bool(self.lex.defence_regex.search(ctx.text.lower()))
        pair_refs = [doc[s:e] for _, s, e in self.lex.pair_matcher(doc)]
        date_ents = [e for e in doc.ents if e.label_ == "DATE"]
        found = self.triggers(doc) if not self._opinion(doc) else []
        in_exercise = any(t.type == "EXERCISE" for t in ctx.inherited + ctx.multilateral)
        candidates = self._candidates(doc, found, mentions, has_defence_cue, continuation=False,
                                      recent_igo=ctx.recent_igo, exercise=in_exercise)
        if any(c.trigger.type != "MEET" and c.trigger.strength != "weak" for c in candidates):
            # "the exhibition hosted by Indonesia": hosting another act is not a meeting
            candidates = [c for c in candidates if c.trigger.phrase not in self.lex.words["hosting"]]
        participation = bool(self.lex.participation_regex.search(ctx.text.lower()))
        pronoun = _pronoun_subject(doc, self.lex.words["continuation_nouns"]) if not candidates and ctx.inherited else False
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
            if cand.trigger.type in MULTILATERAL and not cand.continuation and _anaphoric(cand.token):
                cand.continuation = cand.anaphoric = True  # "whose Sixth Fleet is running the drills"
                cand.reasons.append("the exercise told before")
                observers = self.observers(doc, mentions)
                cand.parties = [(m, r) for m, r in cand.parties if m.country not in observers]
                if not participation:  # only who runs or joins it, not who criticises or watches it
                    pred = predicate_of(cand.token)
                    cand.parties = [(m, r) for m, r in cand.parties
                                    if pred.lower_ in self.lex.words["conduct_verbs"] and m.root >= 0
                                    and _attachment(doc, m)[0] in ("nsubj", "poss")]
        candidates += self._purchase_contracts(doc, candidates)
        result = SentenceEvents(triggers=[c.trigger for c in candidates])
        result.show_host = next((self.lex.exhibition_hosts[t.phrase] for t, _ in found
                                 if t.type == "EXHIBIT" and t.phrase in self.lex.exhibition_hosts), None)
        if any(c.trigger.type in MULTILATERAL for c in candidates):
            result.date = next((d for e in date_ents if self._year_role(e) != "period"
                                and (d := self._resolve(e.text, ctx, False))), None)
        for cand in self._merge_same_type(candidates):
            found = self._events_for(doc, cand, mentions, pair_refs, date_ents, ctx)
            (result.continued if cand.continuation else result.events).extend(found)
            result.exercise_host = result.exercise_host or cand.lone_parties
            if cand.trigger.type == "EXHIBIT":
                result.show_host = self._show_host(cand) or result.show_host
        result.events, result.continued = _dedupe(result.events), _dedupe(result.continued)
        return result

    def denied(self, doc: Doc, etype: str) -> bool:
        """True when the sentence tells no act of this type as one: an opinion, or every trigger of the
        type negated, denied or hearsay ("has not sent troops", "denied reports that ...")."""
        if self._opinion(doc):
            return True
        found = [tok for t, tok in self.triggers(doc) if t.type == etype]
        return bool(found) and all(self._negated(tok) for tok in found)

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
        date_ents = [e for e in doc.ents if e.label_ == "DATE"]
        date = self._date(cand, date_ents, ctx, future)
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
        item = self._item(doc, cand) if etype in ("TRANSFER", "INDUSTRY") and found else None
        return status, date, location, item, reason

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
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in self.lex.words["place_nouns"]:
                continue  # "training ground", "exhibition centre": a place, not an act
            if tok.i in named or (trig.type not in ("EXHIBIT", "EXERCISE") and tok.pos_ == "PROPN" and tok.is_title
                                  and tok.i > 0 and " " not in trig.phrase):
                continue  # "the Collective Security Treaty Organization", "Justified Accord": part of a name
            if trig.type == "MEET" and not self._meeting_of_people(tok):
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
            if trig.type == "TRANSFER" and _owned_goods(tok):
                # "the navy operates a former Korean corvette, handed over by Seoul": who has the goods
                scope |= scope_of(tok.head.head)
            reason = f"trigger '{trig.phrase}' ({trig.strength})" + (" from previous sentence" if continuation else "")
            cand = Candidate(trig, tok, scope, reasons=[reason], continuation=continuation)
            if continuation and trig.type in MULTILATERAL:
                # the sentence is there to list participants: all of them, wherever the parse puts them
                cand.parties = [(m, "participant") for m in mentions
                                if self._is_party(doc, m) and m.country not in observers]
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
            if cand.trigger.type != "AGREE" or tok.lower_ not in CONTRACT_NOUNS:
                continue
            holders = (tok, tok.head) if tok.head.pos_ in VERBAL else (tok,)  # "signed a deal with X for ..."
            goods = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.subtree
                     if _is_goods(g, self.lex)]
            if goods and cand.parties:
                extra = Candidate(Trigger("TRANSFER", "receive", f"{tok.lower_} for"), tok, set(cand.scope),
                                  list(cand.parties), reasons=[f"'{tok.text} for' goods"], planned=True)
                out.append(extra)
        return out

    def _opinion(self, doc: Doc) -> bool:
        """ "Analysts say closer cooperation between Egypt and Russia would unsettle Washington": what
        commentators think, not an act."""
        return self._remembered(doc, "opinion", lambda: self._is_opinion(doc))

    def _is_opinion(self, doc: Doc) -> bool:
        text = doc.text.lower()  # the words in the text at all? Cheaper than reading the tokens
        if not any(word in text for word in self.lex.opinion_sources):
            return False
        root = next((t for t in doc if t.head.i == t.i), None)
        return root is not None and root.lower_ in SAYING_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ in self.lex.opinion_sources for c in root.children)

    def _meeting_of_people(self, tok: Token) -> bool:
        """ "Latvian officials welcomed the move", "the two armies will meet again for the exercise",
        "a visiting forces agreement": words of meeting that are not a meeting of people."""
        troops = self.lex.words["troop_nouns"] | {"armies", "navies", "fleets", "ships", "warships"}
        if tok.lower_ in ("welcomed", "welcomes", "welcome", "welcoming") and tok.pos_ in VERBAL:
            objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            if objects and not _greets_people(tok, self.lex) and not any(
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
        if m.actor.kind == "igo" and any(a.lower_ in VENUE_WORDS for a, _ in _ancestors(doc[m.root], 6)):
            return False  # "on the sidelines of a meeting of NATO defence ministers": where, not who
        following = doc[m.end].lower_ if 0 <= m.end < len(doc) else ""  # the parser may tag "mandates" a verb
        return not (m.actor.kind == "igo" and (head.lower_ in self.lex.non_party_heads
                                               or head.head.lower_ in self.lex.non_party_heads
                                               or following in self.lex.non_party_heads))

    def observers(self, doc: Doc, mentions: list[Mention]) -> set[str]:
        """ "Israel sent observers to the exercise, after relations between Morocco and Israel ...": an
        observer country stays one wherever else the sentence names it."""
        return self._remembered(doc, "observers", lambda: {m.country for m in mentions
                                                            if m.country and self._observer(doc, m)})

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

    def _observer(self, doc: Doc, m: Mention) -> bool:
        """True for a party in a clause about observing ("Spain and Morocco sent officers as observers")."""
        if m.root < 0:
            return False
        observing = self.lex.words["observing"]
        own = range(m.start, m.end)
        attached_by, top = _attachment(doc, m)
        if any(t.lower_ in observing for t in top.subtree if t.i not in own):
            return True  # "Japan, which sent observers"
        following = [t.lower_ for t in doc[m.end:m.end + 4]]
        for i, word in enumerate(following):  # "with Japan among the observers", "Japan as an observer"
            if word in observing and all(w in ("as", "among", "the", "an", "a", "one", "of") for w in following[:i]):
                return True
        if attached_by not in ("nsubj", "nsubjpass"):
            return False
        clause = scope_of(doc[m.root])  # its own clause: "..., while Uzbekistan sent observers" is another one
        return any(doc[i].lower_ in observing for i in clause if i not in own)

    def _deployment(self, doc: Doc, mentions: list[Mention], recent_igo: Actor | None, exercise: bool,
                    exercise_here: bool = False, strong: bool = False) -> bool:
        """DEPLOY is a contribution to an organisation's operation: it needs one (in the sentence or
        the few before: "... the CSTO force. Armenia was dispatching 100 soldiers") and a verb of
        sending or serving."""
        if exercise_here and not strong:
            return False  # "the exercise for the SCO's armed forces": troops in a drill, not an operation
        if any(m.actor.kind == "igo" for m in mentions):  # "troop contributors" says it by itself
            return strong or any(t.lower_ in self.lex.deploy_cues for t in doc)
        # the organisation only from earlier sentences: a verb of sending must say so, outside an exercise
        # ("... drills of the CSTO. Russian and Tajik units practised ..." is the exercise, not a deployment)
        return recent_igo is not None and not exercise and any(t.lower_ in self.lex.words["deploy_verbs"] for t in doc)

    def _destination(self, doc: Doc, m: Mention) -> bool:
        """A country named as where troops go or serve ("left Accra for southern Lebanon", "stationed
        in Somalia"), not as who sends them."""
        if m.root < 0 or m.actor.kind != "country" or m.is_origin:
            return False
        attached_by, _ = _attachment(doc, m)
        return attached_by in self.lex.location_preps or attached_by in ("to", "into", "for")

    def _train_sides(self, doc: Doc, cand: Candidate, parties: list[tuple[Mention, str]]
                     ) -> tuple[list[Mention], list[Mention]]:
        """Who trains and who is trained, from the syntax around a verb of training and from the nouns
        the countries qualify ("Canadian instructors", "Ukrainian soldiers", "trained by BlueBird staff")."""
        words = self.lex.words
        trainers, trainees = [], []
        for m, _ in parties:
            if m.root < 0 or m.is_location or not m.country:
                continue
            head = doc[m.root]
            if head.dep_ in ("amod", "compound", "nmod", "poss") and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head  # "Colombian instructors", "Ukraine's soldiers": what the country qualifies
            attached_by, top = _attachment(doc, m)
            governor = top.head.head if top.dep_ == "pobj" else top.head
            verb = governor.lower_ in words["train_verbs"] and governor.pos_ in VERBAL
            if head.lower_ in words["trainer_nouns"] and head.lower_ not in words["trainee_nouns"]:
                trainers.append(m)
            elif head.lower_ in words["trainee_nouns"] and head.lower_ not in words["trainer_nouns"]:
                trainees.append(m)
            elif verb and attached_by == "nsubj":
                trainers.append(m)
            elif verb and attached_by in ("dobj", "nsubjpass"):
                trainees.append(m)
            elif attached_by in ("by", "agent") and verb:
                trainers.append(m)
            elif attached_by == "from" and (verb or governor.lower_ in words["trainee_nouns"]):
                trainees.append(m)  # "personnel from Honduras, Guatemala and Costa Rica"
            elif attached_by == "poss" and governor.lower_ in words["trainer_nouns"]:
                trainers.append(m)  # "at HD Hyundai's yard", "at the Swedish air force's wing"
        return trainers, trainees

    def _deploy_events(self, doc: Doc, cand: Candidate, parties: list[tuple[Mention, str]], mentions: list[Mention],
                       common: dict, confidence: float, ctx: SentenceContext) -> list[Event]:
        """One event per contributing state and the organisation whose operation it joins."""
        igos = [m for m, _ in parties if m.actor.kind == "igo"] or [  # "..., where they will serve with UNIFIL"
            m for m in mentions if m.actor.kind == "igo" and self._is_party(doc, m)]
        names = [span_text(doc, i.start, i.end) for i in igos if i.start >= 0]
        hosts = {code for text in names for code, name in self.lex.country_names.items()
                 if name in text}  # "UN Interim Force in Lebanon": Lebanon hosts it
        contributors = [m for m, _ in parties if m.actor.kind != "igo" and m.country and m.root >= 0
                        and not self._destination(doc, m) and m.country not in {i.country for i in igos}
                        and m.country not in hosts and self._sends(doc, m)]
        if not igos and ctx.recent_igo is not None:
            igos = [Mention(-1, -1, ctx.recent_igo, "igo", -1)]
            cand.reasons.append(f"organisation {ctx.recent_igo.country} from an earlier sentence")
            # with the organisation out of sight, only who sends ("Armenia was dispatching 100 soldiers")
            contributors = [m for m in contributors if self._sends_by_verb(doc, m)
                            or doc[m.root].head.lower_ in self.lex.words["troop_nouns"]]
        if not igos:
            return []
        return _one_per_country(igos[:1], contributors, common, min(confidence + 0.1, 0.95),
                                "; ".join(cand.reasons + ["contributor and organisation"]))

    def _sends_by_verb(self, doc: Doc, m: Mention) -> bool:
        """The subject of a verb of sending or serving ("Armenia was dispatching 100 soldiers")."""
        attached_by, top = _attachment(doc, m)
        if attached_by not in ("nsubj", "nsubjpass"):
            return False
        verb = top.head
        if verb.lower_ in SAYING_VERBS | {"announced", "confirmed", "stated"}:  # "X said they were sending ..."
            verb = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
        return verb.lower_ in self.lex.words["deploy_verbs"]

    def _sends(self, doc: Doc, m: Mention) -> bool:
        """Whether a country is told as sending troops: the subject ("Nepal sent a battalion"), the
        owner or nationality of the troops ("Ghanaian soldiers", "Italy's contingent"), or where they
        come from ("troops from Fiji"); not whom they help ("advising Iraqi security institutions")."""
        head = doc[m.root]
        while head.dep_ in ("amod", "compound", "nmod", "poss") and head.head.pos_ in ("NOUN", "PROPN") \
                and head.head.i != head.i:
            if head.head.lower_ in self.lex.words["troop_nouns"]:
                return True  # "a Serbian army medical team", "Italy's contingent"
            head = head.head
        if head.lower_ in self.lex.words["troop_nouns"]:
            return True
        if head.dep_ in ("nsubj", "nsubjpass"):
            return True
        attached_by, top = _attachment(doc, m)
        if attached_by == "with" and top.head.head.lower_ in ("along", "together"):
            return True  # "one of MINUSCA's largest contributors along with Bangladesh and Zambia"
        return attached_by in ("nsubj", "nsubjpass", "poss", "from", "by", "appos", "ROOT")

    def _cargo_arrives(self, doc: Doc) -> bool:
        """ "Two Egyptian aircraft carrying weapons and ammunition landed in Mogadishu": military goods
        carried by what lands."""
        def goods(tok: Token) -> bool:
            return any(_is_goods(w, self.lex) for w in tok.subtree if w.i != tok.i or tok.dep_ == "nsubj")
        # the cargo ("carrying weapons") or what arrives ("the first two FA-50 jets arrived in Malaysia")
        return any((t.lower_ in self.lex.cargo_words and goods(t)) or
                   (t.dep_ == "nsubj" and t.head.lower_ in ("arrived", "landed") and goods(t)) for t in doc)

    def _transfer_plausible(self, doc: Doc, tok: Token) -> bool:
        """A transfer needs military goods in the trigger's clause, not people or words ("sent a delegation")."""
        if tok.lower_ in self.lex.words["order_words"] and tok.i > 0 and doc[tok.i - 1].lower_ == "in":
            return False
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lower_ in self.lex.words["deal_modifiers"]:
            return False  # "the export arm of the group", "export controls"
        if any(t.type == "EXERCISE" for w in tok.subtree for t in self.lex.triggers.get(w.lower_, [])):
            return False  # "send the frigate to RIMPAC, the US-led exercise": joining a drill, not a sale
        pred = predicate_of(tok)
        if _owned_goods(tok):
            pred = tok.head  # the goods the participle describes
        if pred.dep_ == "relcl" and _is_goods(pred.head, self.lex):
            return True  # "the 108 Abrams tanks that Taiwan is buying from the United States"
        built = [c for c in (*tok.children, *pred.children) if c.dep_ in ("dobj", "nsubjpass")]
        if tok.lower_ in self.lex.words["build_verbs"] and not any(
                c.dep_ == "prep" and c.lower_ == "for"
                for c in (*tok.children, *pred.children, *(g for b in built for g in b.children))):
            return False  # building is a transfer only when it is for someone ("corvettes for the Saudi navy")
        objects = [c for c in (*pred.children, *tok.children) if c.dep_ in ("dobj", "nsubjpass")]
        if objects and all(o.lower_ in self.lex.words["not_goods"] for o in objects):
            return False
        for t in (*pred.subtree, *tok.subtree):
            word = t.lower_
            if _is_goods(t, self.lex):
                return True
            # whatever goes to an army, navy or armed forces is military aid ("tractors for the Army of X")
            if word in self.lex.words["military_recipients"] and any(
                    a.lower_ in ("to", "for") for a in t.ancestors if a.i in {x.i for x in pred.subtree}):
                return True
        return False

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
        if location is not None and parties and (etype in self.lex.host_types
                                                 or cand.trigger.phrase in self.lex.host_triggers):
            if location.country not in {m.country for m, _ in parties}:
                if cand.trigger.phrase in self.lex.host_triggers or etype != "MEET":
                    parties.append((location, "participant"))
                    cand.reasons.append("host country from location")
        host = self.lex.exhibition_hosts.get(cand.trigger.phrase) if etype == "EXHIBIT" else None
        if host and parties and location is None and host not in {m.country for m, _ in parties}:
            parties.append((self._implied(host), "participant"))
            cand.reasons.append(f"host of {cand.trigger.phrase.upper()}")
        if etype == "EXHIBIT" and not host:
            host = location.country if location is not None and location.country in {m.country for m, _ in parties} \
                else ctx.show_host
            cand.host = host
        if etype == "EXHIBIT" and host and host == ctx.show_host:
            # in an article about the show, every foreign country or firm the sentence names is there:
            # "the US had a national pavilion, and Turkish companies had stands of their own"
            known = {id(m) for m, _ in parties}
            parties += [(m, "participant") for m in mentions if id(m) not in known and self._is_party(doc, m)
                        and m.country != host and m.actor.kind != "igo"]
            if host and parties and host not in {m.country for m, _ in parties}:
                parties.append((self._implied(host), "participant"))
                cand.reasons.append("host of the show the article is about")
        countries = {m.country for m, _ in parties if m.country}
        if len(countries) < 2 and any(r.start <= cand.token.i or r.root.i in scope for r in pair_refs) and ctx.pair:
            for code in ctx.pair:
                if code not in countries:
                    parties.append((self._implied(code), "participant"))
            cand.reasons.append("pair reference")
            confidence -= 0.1
            countries = {m.country for m, _ in parties if m.country}
        if len(countries) == 1 and ctx.focus and ctx.focus not in countries and etype != "TRANSFER" and any(
                m.root >= 0 and _attachment(doc, m)[0] == "with" for m, _ in parties):
            parties.append((self._implied(ctx.focus), "participant"))
            cand.reasons.append("implicit partner: the document's main country")
            confidence -= 0.15
            countries = {m.country for m, _ in parties if m.country}
        if len(countries) < 2 and (not cand.anaphoric or self.lex.participation_regex.search(ctx.text.lower())):
            observers = self.observers(doc, mentions)
            sentence_parties = [(m, "participant") for m in mentions if self._is_party(doc, m)
                                and m.country not in observers]
            found = len({m.country for m, _ in sentence_parties})
            # "Among them are Sweden, Finland and Poland, whose fleet is running the drills": the
            # participants of a multilateral act are often listed outside the trigger's clause.
            if etype != "TRANSFER" and (found == 2 or (found > 2 and etype in MULTILATERAL)):
                parties = sentence_parties
                cand.reasons.append("parties from whole sentence")
                confidence -= 0.15
                countries = {m.country for m, _ in parties}
        if len(countries) < 2 and not (etype == "DEPLOY" and countries and ctx.recent_igo is not None) \
                and not (cand.anaphoric and countries):  # "Pakistan runs part of the drills": joins the exercise
            if etype == "EXERCISE" and countries and not cand.continuation:
                # "Pakistan's multinational exercise AMAN-25 ended": its host, for the participants listed next
                cand.lone_parties = _parties([m for m, _ in parties], "participant")
            return []
        cand.parties = parties
        future = cand.planned or self._planned_by_syntax(cand.token, cand.trigger)
        date = self._date(cand, date_ents, ctx, future)
        if date is None and cand.continuation and etype in MULTILATERAL and ctx.multilateral_date:
            date = ctx.multilateral_date
            cand.reasons.append("date from the exercise's sentence")
        after_publication = bool(date and ctx.published and date > ctx.published[:len(date)])
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
            if trainers and trainees:
                # "Colombian instructors will train personnel from Honduras, Guatemala and Costa Rica":
                # each trainer with each trainee; trainees are not partners of each other, nor is the place
                out = []
                for a, b in product(dict.fromkeys(m.country for m in trainers), dict.fromkeys(m.country for m in trainees)):
                    if a != b:
                        sides = [m for m in trainers if m.country == a] + [m for m in trainees if m.country == b]
                        others = [m for m, _ in parties if m.country in (a, b) and m not in sides]  # officials
                        ps = _parties(sides + others, "participant")
                        out.append(Event(**common, parties=ps, confidence=min(confidence + 0.1, 0.95),
                                         reason="; ".join(cand.reasons + ["trainer and trainee"])))
                if out:
                    return out
        # One multilateral act stays one event ("US soldiers trained together with Finnish and Estonian units").
        groups = self._split_lists(doc, cand) if etype not in MULTILATERAL else None
        if etype == "EXHIBIT" and host and len(countries) > 2:
            # each exhibitor takes part in another country's show: exhibitors are not partners of each other
            return _one_per_country([m for m, _ in parties if m.country == host],
                                    [m for m, _ in parties if m.country != host], common, min(confidence, 0.95),
                                    "; ".join(cand.reasons + ["one event per exhibitor"]))
        item = self._item(doc, cand) if etype == "INDUSTRY" else None
        if groups:
            out = []
            hub, members = groups
            for member in members:
                ps = _parties(hub + [member], "participant")
                if len({p.actor.country for p in ps if p.actor.country}) >= 2:
                    out.append(Event(**common, parties=ps, item=item, confidence=min(confidence, 0.95),
                                     reason="; ".join(cand.reasons + ["list split"])))
            return out
        return [Event(**common, parties=_parties([m for m, _ in parties], "participant"), item=item,
                      confidence=min(confidence + 0.1, 0.95), reason="; ".join(cand.reasons))]

    def _transfer_events(self, doc: Doc, cand: Candidate, common: dict, confidence: float) -> list[Event]:
        self._roles(doc, cand)
        role_of: dict[int, tuple[Mention, str]] = {id(m): (m, r) for m, r in cand.parties}
        for extra in cand.extra:
            extra.parties = [(m, "participant") for m, _ in extra.parties]
            if extra.parties:
                self._roles(doc, extra)
                for m, r in extra.parties:
                    if id(m) not in role_of or cand.roles_guessed:
                        role_of[id(m)] = (m, r)
        suppliers = [m for m, r in role_of.values() if r == "supplier" and m.country]
        recipients = [m for m, r in role_of.values() if r == "recipient" and m.country]
        item = self._item(doc, cand)
        out = []
        for s_country, r_country in product(dict.fromkeys(m.country for m in suppliers),
                                            dict.fromkeys(m.country for m in recipients)):
            if s_country == r_country:
                continue
            ps = [Party(m.actor, "supplier") for m in _unique(suppliers) if m.country == s_country] + \
                 [Party(m.actor, "recipient") for m in _unique(recipients) if m.country == r_country]
            conf = confidence + (0.0 if cand.roles_guessed else 0.15)
            out.append(Event(**common, parties=ps, item=item, confidence=min(conf, 0.95),
                             reason="; ".join(cand.reasons)))
        return out

    def _with_list(self, doc: Doc, cand: Candidate) -> bool:
        return any(_attachment(doc, m)[0] == "with" for m, _ in cand.parties if m.root >= 0)

    def _split_lists(self, doc: Doc, cand: Candidate) -> tuple[list[Mention], list[Mention]] | None:
        """A hub acting with a list of partners ("contracts with Ukraine and Belarus") -> one event each."""
        mentions = [m for m, _ in cand.parties]
        by_root = {m.root: m for m in mentions if m.root >= 0}
        for m in by_root.values():
            tok = doc[m.root]
            members = [m] + [by_root[c.i] for c in tok.subtree if c.dep_ == "conj" and c.i in by_root]
            if len(members) < 2:
                continue
            attached_by, _ = _attachment(doc, m)
            if attached_by not in BILATERAL_SPLIT_PREPS and attached_by not in ("dobj", "dative"):
                continue
            hub = [x for x in mentions if x not in members]
            if hub and len({x.country for x in members}) >= 2:
                return hub, members
        # "held separate meetings with the Turkish navy's commander and with a US admiral": one "with"
        # phrase per partner
        partners = [m for m in mentions if m.root >= 0 and _attachment(doc, m)[0] == "with"]
        withs = {_attachment(doc, m)[1].head.i for m in partners}
        hub = [x for x in mentions if x not in partners]
        if len(withs) >= 2 and hub and len({x.country for x in partners}) >= 2:
            return hub, partners
        return None

    def _date(self, cand: Candidate, date_ents, ctx: SentenceContext, future: bool) -> str | None:
        """The most precise date in the trigger's clause (else the sentence), nearest first. A year that
        bounds a period ("a plan for 2020") never counts; one that ends a name counts only for acts named
        by their year ("Khaan Quest 2019", "AAD 2024"), never for goods ("Mirage 2000")."""
        named_by_year = cand.trigger.type in NAMED_BY_YEAR
        usable = [e for e in date_ents if self._year_role(e) != "period"
                  and (named_by_year or self._year_role(e) != "name")]
        in_scope = [e for e in usable if e.root.i in cand.scope] or usable
        resolved = [((self._year_role(e) != "name", len(d), bool(YEAR.search(e.text)), -abs(e.root.i - cand.token.i)), d)
                    for e in in_scope if (d := self._resolve(e.text, ctx, future))]
        if resolved:
            return max(resolved)[1]
        return _name_year(cand.token) if named_by_year else None

    def _resolve(self, expression: str, ctx: SentenceContext, future: bool) -> str | None:
        """A date expression against the publication date; "the same day" is the previous event's day."""
        if SAME_DAY.search(expression) and ctx.last_date and len(ctx.last_date) == 10:
            return ctx.last_date
        return resolve_date(expression, ctx.published, future=future)

    def _year_role(self, ent) -> str:
        """ "name" for a year that ends a name ("Khaan Quest 2019": a fallback only), "period" for one
        that bounds a span ("a plan for 2020": never the event's date), else ""."""
        if not (len(ent) == 1 and ent[0].like_num) or ent.start == 0:
            return ""
        before = ent.doc[ent.start - 1]
        if before.lower_ in self.lex.words["period_prepositions"] and before.head.pos_ in ("NOUN", "PROPN"):
            return "period"  # "a plan for 2020" (but "planned for 2020" dates the event)
        return "name" if (before.is_title or before.is_upper) and before.pos_ == "PROPN" else ""

    def _item(self, doc: Doc, cand: Candidate) -> str | None:
        tok = cand.token
        pred = predicate_of(tok)
        party_tokens = {i for m, _ in cand.parties if m.start >= 0 for i in range(m.start, m.end)}
        heads = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "with"):
                heads += [g for g in c.children if g.dep_ == "pobj"]
        heads += [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
        for c in pred.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "of"):
                heads += [g for g in c.children if g.dep_ == "pobj"]
        if tok.pos_ not in VERBAL and tok.i not in party_tokens and tok.lower_ not in self.lex.triggers:
            heads.append(tok)
        for head in heads:
            if head.i in party_tokens or head.lower_ in ("delegation", "it", "them", "which", "that"):
                continue
            words = []
            for t in head.subtree:
                if t.dep_ in ("relcl", "acl") or (t.dep_ == "prep" and t.lower_ in ("to", "from", "by", "for", "worth", "at", "in", "under")):
                    skip = set(x.i for x in t.subtree)
                    words = [w for w in words if w.i not in skip]
                    break
                words.append(t)
            words = [w for w in words if w.i not in party_tokens and w.dep_ != "det" and not w.is_punct]
            text = " ".join(w.text for w in words[:14]).strip()
            if text and any(w.lower_ in self.lex.items or w.pos_ in ("NOUN", "PROPN") for w in words):
                return text
        return None


def _name_year(tok: Token) -> str | None:
    """The year an exercise's or show's name carries right after it ("AAD 2024", "Flintlock 2020")."""
    for nxt in tok.doc[tok.i + 1:tok.i + 3]:
        if nxt.like_num and YEAR.fullmatch(nxt.text):
            return nxt.text
        if not (nxt.text in ("-", "–") or nxt.is_title):
            break
    return None


def _is_goods(tok: Token, lex: Lexicon) -> bool:
    return tok.lower_ in lex.items or tok.lower_.rstrip("s") in lex.items or bool(DESIGNATOR.match(tok.text))


def _owned_goods(tok: Token) -> bool:
    """A participle describing goods that the clause's subject has: "fields vehicles delivered last month"."""
    return (tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and tok.head.dep_ in ("dobj", "attr")
            and tok.head.head.pos_ in VERBAL)


INDEFINITE = frozenset({"a", "an", "another", "other", "separate", "second", "several", "two", "three", "four",
                        "five", "six", "many", "numerous"})


def act_identity(doc: Doc, lex: Lexicon, etype: str) -> tuple[frozenset[str], bool]:
    """How a sentence names its acts of this type: the capitalised words of their names ("Khaan Quest",
    "Exercise Obangame Express") and whether one is indefinite ("five drills", "another exercise")."""
    names: set[str] = set()
    indefinite = False
    for trig, tok in find_triggers(doc, lex):
        if trig.type != etype:
            continue
        around = [tok, *tok.children, *(tok.head.children if tok.dep_ in ("compound", "appos") else ())]
        names |= {t.lower_ for t in around if t.pos_ == "PROPN" and t.i != tok.i}
        names |= {t.lower_ for t in doc[max(0, tok.i - 3):tok.i + 4] if t.pos_ == "PROPN" and t.is_title
                  and t.ent_type_ not in ("GPE", "NORP", "DATE")}
        indefinite |= any(c.lower_ in INDEFINITE for c in tok.children)
    return frozenset(names), indefinite


def _anaphoric(tok: Token) -> bool:
    """ "the drills", "these exercises": a definite noun with no name of its own points back to an act
    already told ("Sea Breeze 2024", "the Balikatan drills" and "joint drills" do not)."""
    if tok.pos_ != "NOUN":
        return False
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    named = any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in tok.children)
    return bool(dets) and dets[0] in ("the", "these", "this", "those") and not named


def _noun_head(tok: Token) -> Token:
    """The head of a compound name: "Bangladesh" -> "Navy" in "the Bangladesh Navy's frigate"."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _overlapping(a: Candidate, b: Candidate) -> bool:
    """Two triggers describe one act when their clauses share tokens."""
    return bool(a.scope & b.scope)


def _pronoun_subject(doc: Doc, nouns: frozenset[str]) -> bool:
    """The main clause's subject is "it"/"they"/"this"/"these" or "the drill(s)" and the like."""
    root = next((t for t in doc if t.head.i == t.i), None)
    if root is None:
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and (subjects[0].lower_ in ("it", "they", "this", "these")
                               or subjects[0].lower_ in nouns)


def _attachment(doc: Doc, m: Mention) -> tuple[str, Token]:
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


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if m.actor not in seen:
            seen.add(m.actor)
            out.append(m)
    return out


def _one_per_country(hub: list[Mention], members: list[Mention], common: dict, confidence: float,
                     reason: str) -> list[Event]:
    """One event per member country with the hub: an exhibitor and the show's host, a contributor and
    the organisation (the members are not partners of each other)."""
    return [Event(**common, parties=_parties(hub + [m for m in members if m.country == country], "participant"),
                  confidence=confidence, reason=reason)
            for country in dict.fromkeys(m.country for m in members)]


def _parties(mentions: list[Mention], role: str) -> list[Party]:
    return [Party(m.actor, role) for m in _unique(mentions)]


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (type, parties) in a sentence, keeping the most confident."""
    best: dict[tuple, Event] = {}
    for ev in events:
        key = (ev.type, frozenset((p.role, p.actor.country) for p in ev.parties))
        if key not in best or ev.confidence > best[key].confidence:
            best[key] = ev
    return list(best.values())
