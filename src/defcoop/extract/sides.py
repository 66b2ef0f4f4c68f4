"""Who does what in an act a trigger tells: a transfer's supplier and recipient, trainers and
trainees, the contributors to an organisation's operation, and a hub acting with a list of partners.

`SideReading` is part of `EventBuilder` (events.py), kept apart because these judgements are read
and changed on their own; its methods use the builder's lexicon (`self.lex`) and party tests.
"""
from __future__ import annotations

from itertools import product
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from defcoop.extract.circumstances import is_goods, item_of, owned_goods
from defcoop.extract.direction import asks_for
from defcoop.extract.mentions import Mention, span_text
from defcoop.extract.syntax import (RAISING_VERBS, SAYING_VERBS, VERBAL, gives_to, list_attachment, noun_head,
                                    predicate_of, receives_an_order)
from defcoop.types import Actor, Event, Party

if TYPE_CHECKING:
    from defcoop.extract.events import Candidate, SentenceContext

SUPPLIER_PREPS = frozenset({"from", "by", "through", "via"})  # "bought through the US government"
RECIPIENT_PREPS = frozenset({"to", "for"})
BILATERAL_SPLIT_PREPS = frozenset({"with", "to"})


def unique_mentions(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if m.actor not in seen:
            seen.add(m.actor)
            out.append(m)
    return out


def one_per_country(hub: list[Mention], members: list[Mention], common: dict, confidence: float,
                     reason: str) -> list[Event]:
    """One event per member country with the hub: an exhibitor and the show's host, a contributor and
    the organisation (the members are not partners of each other)."""
    return [Event(**common, parties=parties_of(hub + [m for m in members if m.country == country], "participant"),
                  confidence=confidence, reason=reason)
            for country in dict.fromkeys(m.country for m in members)]


def parties_of(mentions: list[Mention], role: str) -> list[Party]:
    return [Party(m.actor, role) for m in unique_mentions(mentions)]


class SideReading:
    """The sides of one candidate act, by syntax and the lexicon's word lists."""

    def _roles(self, doc: Doc, cand: Candidate) -> None:
        """Supplier/recipient for each TRANSFER party from syntax."""
        trig_tok = cand.token
        pred = predicate_of(trig_tok)
        arrive = cand.trigger.strength == "arrive"  # what lands is sent by its owner to the place
        ordered = cand.trigger.strength == "receive" and receives_an_order(trig_tok, self.lex.words["contract_nouns"])
        give = cand.trigger.strength == "give" or arrive or ordered or (
            cand.trigger.strength == "receive" and gives_to(trig_tok))
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
            by_verb = None  # the verb a "by" hangs on, when it is not the trigger's
            for _ in range(8):
                if cur.i in (trig_tok.i, pred.i) or cur.head.i == cur.i:
                    break
                if cur.dep_ in ("pobj", "agent") and prep is None:
                    prep = cur.head.lower_ if cur.dep_ == "pobj" else "by"
                    verb = cur.head.head if cur.dep_ == "pobj" else cur.head
                    by_verb = verb if prep == "by" and verb.i not in (trig_tok.i, pred.i) else None
                attach = cur.dep_
                cur = cur.head
                path.append(cur)
            if attach == "agent":
                prep = prep or "by"
            if attach == "nsubj" and owned_goods(trig_tok) and cur.i == trig_tok.head.head.i:
                attach, prep = "owner", None  # "the Ukrainian army fields Swedish vehicles delivered in May"
            if attach == "nsubjpass" and pred.i != trig_tok.i and pred.lower_ in RAISING_VERBS:
                attach = "nsubj"  # "the navy is set to get two corvettes": the navy gets them
            if prep == "by" and not give and passive:  # "submarines were bought by Thailand": the buyer
                role = "recipient"
            elif by_verb is not None and self._receives(by_verb):
                role = "recipient"  # "handed over the first of six vessels ordered by the Philippine Navy"
            elif asks_for(tok) or (ordered and prep == "from"):
                role = "recipient"  # "a request from Manila for the transfer of a corvette": who asks gets
            elif prep == "with" and cand.trigger.phrase in self.lex.with_recipient_triggers:
                role = "recipient"
            elif (m.is_origin and prep not in RECIPIENT_PREPS) or (prep in SUPPLIER_PREPS):
                role = "supplier"  # a demonym gives the goods' origin, not where they go ("handed over to a Sri Lankan crew")
            elif prep == "of" and give and passive and m.actor.kind == "organisation" and is_goods(path[-2] if len(path) > 2 else tok, self.lex):
                role = "supplier"  # "a Dornier aircraft of the Indian Navy was handed over to Sri Lanka"
            elif prep is None and noun_head(tok).dep_ == "poss" and m.actor.kind == "organisation" and (
                    noun_head(tok).head.lower_ in self.lex.items
                    or noun_head(tok).head.lower_.rstrip("s") in self.lex.items):
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

    def _receives(self, verb) -> bool:
        """A verb of getting goods ("ordered", "bought", "acquired"): its agent is who gets them."""
        return any(t.type == "TRANSFER" and t.strength == "receive" for t in self.lex.triggers.get(verb.lower_, ()))

    def destination(self, doc: Doc, m: Mention) -> bool:
        """A country named as where troops go or serve ("left Accra for southern Lebanon", "stationed
        in Somalia"), not as who sends them."""
        if m.root < 0 or m.actor.kind != "country" or m.is_origin:
            return False
        attached_by, _ = list_attachment(doc, m)
        return attached_by in self.lex.location_preps or attached_by in ("to", "into", "for")

    def school(self, doc: Doc, mentions: list[Mention], teaches: bool) -> Mention | None:
        """The country's place of training a sentence names: a school of a country ("the Indian Military
        Academy", "Egypt's staff college"), else, when the sentence tells of training (`teaches`), the
        country it happens in ("a course at the peacekeeping centre in Accra")."""
        schools = [m for m in mentions if m.actor.kind != "person" and m.country and m.root >= 0
                   and not m.is_adversary and doc[m.root].lower_ in self.lex.words["school_nouns"]]
        places = [m for m in mentions if teaches and m.is_location and m.actor.kind == "country"]
        return (schools or places or [None])[-1]

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
            attached_by, top = list_attachment(doc, m)
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
            elif attached_by == "from" and governor.pos_ in VERBAL and any(
                    c.dep_ == "nsubj" and c.lower_ in words["trainee_nouns"] for c in governor.children):
                trainees.append(m)  # "The foreign cadets ... came from Bhutan, Nepal and Sri Lanka"
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
                        and not self.destination(doc, m) and m.country not in {i.country for i in igos}
                        and m.country not in hosts and self._sends(doc, m)]
        if not igos and ctx.recent_igo is not None:
            igos = [Mention(-1, -1, ctx.recent_igo, "igo", -1)]
            cand.reasons.append(f"organisation {ctx.recent_igo.country} from an earlier sentence")
            # with the organisation out of sight, only who sends ("Armenia was dispatching 100 soldiers")
            contributors = [m for m in contributors if self._sends_by_verb(doc, m)
                            or doc[m.root].head.lower_ in self.lex.words["troop_nouns"]]
        if not igos:
            return []
        return one_per_country(igos[:1], contributors, common, min(confidence + 0.1, 0.95),
                                "; ".join(cand.reasons + ["contributor and organisation"]))

    def _sends_by_verb(self, doc: Doc, m: Mention) -> bool:
        """The subject of a verb of sending or serving ("Armenia was dispatching 100 soldiers")."""
        attached_by, top = list_attachment(doc, m)
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
        attached_by, top = list_attachment(doc, m)
        if attached_by == "with" and top.head.head.lower_ in ("along", "together"):
            return True  # "one of MINUSCA's largest contributors along with Bangladesh and Zambia"
        return attached_by in ("nsubj", "nsubjpass", "poss", "from", "by", "appos", "ROOT")

    def _cargo_arrives(self, doc: Doc) -> bool:
        """ "Two Egyptian aircraft carrying weapons and ammunition landed in Mogadishu": military goods
        carried by what lands."""
        def goods(tok: Token) -> bool:
            return any(is_goods(w, self.lex) for w in tok.subtree if w.i != tok.i or tok.dep_ == "nsubj")
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
        if owned_goods(tok):
            pred = tok.head  # the goods the participle describes
        if pred.dep_ == "relcl" and is_goods(pred.head, self.lex):
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
            if is_goods(t, self.lex):
                return True
            # whatever goes to an army, navy or armed forces is military aid ("tractors for the Army of X")
            if word in self.lex.words["military_recipients"] and any(
                    a.lower_ in ("to", "for") for a in t.ancestors if a.i in {x.i for x in pred.subtree}):
                return True
        return False

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
        item = item_of(doc, cand, self.lex)
        out = []
        for s_country, r_country in product(dict.fromkeys(m.country for m in suppliers),
                                            dict.fromkeys(m.country for m in recipients)):
            if s_country == r_country:
                continue
            ps = [Party(m.actor, "supplier") for m in unique_mentions(suppliers) if m.country == s_country] + \
                 [Party(m.actor, "recipient") for m in unique_mentions(recipients) if m.country == r_country]
            conf = confidence + (0.0 if cand.roles_guessed else 0.15)
            out.append(Event(**common, parties=ps, item=item, confidence=min(conf, 0.95),
                             reason="; ".join(cand.reasons)))
        return out

    def _with_list(self, doc: Doc, cand: Candidate) -> bool:
        return any(list_attachment(doc, m)[0] == "with" for m, _ in cand.parties if m.root >= 0)

    def _split_lists(self, doc: Doc, cand: Candidate) -> tuple[list[Mention], list[Mention]] | None:
        """A hub acting with a list of partners ("contracts with Ukraine and Belarus") -> one event each."""
        mentions = [m for m, _ in cand.parties]
        by_root = {m.root: m for m in mentions if m.root >= 0}
        for m in by_root.values():
            tok = doc[m.root]
            members = [m] + [by_root[c.i] for c in tok.subtree if c.dep_ == "conj" and c.i in by_root]
            if len(members) < 2:
                continue
            attached_by, _ = list_attachment(doc, m)
            if attached_by not in BILATERAL_SPLIT_PREPS and attached_by not in ("dobj", "dative"):
                continue
            hub = [x for x in mentions if x not in members]
            if hub and len({x.country for x in members}) >= 2:
                return hub, members
        # "held separate meetings with the Turkish navy's commander and with a US admiral": one "with"
        # phrase per partner
        partners = [m for m in mentions if m.root >= 0 and list_attachment(doc, m)[0] == "with"]
        withs = {list_attachment(doc, m)[1].head.i for m in partners}
        hub = [x for x in mentions if x not in partners]
        if len(withs) >= 2 and hub and len({x.country for x in partners}) >= 2:
            return hub, partners
        return None
