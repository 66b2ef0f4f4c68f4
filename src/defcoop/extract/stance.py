"""Whether a sentence tells an act as one: negated or denied, planned, only the topic of talks or of a
document, an opinion, or a party that only watches.

`StanceReading` is part of `EventBuilder` (events.py), kept apart like `SideReading`: its methods use the
builder's lexicon (`self.lex`), its triggers and its memo of recent sentences (`self._remembered`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from defcoop.extract.lexicon import Trigger
from defcoop.extract.mentions import Mention
from defcoop.extract.syntax import CONTRACT_NOUNS, SAYING_VERBS, VERBAL, ancestors, list_attachment, scope_of

# Acts whose nouns take a topic ("talks on training", "an agreement on military cooperation").
TALK_TYPES = frozenset({"MEET", "AGREE", "COOPERATE"})
HEARSAY_NOUNS = frozenset({"reports", "report", "rumours", "rumors", "rumour", "rumor", "claims", "speculation"})
DENIAL_VERBS = frozenset({"dismissed", "dismisses", "denied", "denies", "deny", "rejected", "rejects", "refuted", "refutes",
                          "declined", "declines"})
BACKGROUND_PREPS = frozenset({"after", "before", "since", "following", "during"})


class StanceReading:
    # -- filters ------------------------------------------------------------------------------
    def _is_topic(self, tok: Token, trig: Trigger) -> bool:
        """A noun trigger that is only the subject matter of talks or of another act."""
        if tok.pos_ in VERBAL or trig.type == "MEET":
            return False
        if trig.type == "AGREE" and tok.dep_ == "pobj" and (
                tok.head.lower_ == "under" or (tok.head.lower_ in BACKGROUND_PREPS
                                               and any(c.lower_ == "the" for c in tok.children))):
            return True  # "keeps a force under a bilateral agreement", "hours after the signing": its frame
        for anc, dep in ancestors(tok, 4):
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
        chain = [tok] + [a for a, _ in ancestors(tok, 4)]
        if any(c.dep_ == "mark" and c.lower_ == "whether" for t in chain[:2] for c in t.children):
            return True  # "asked whether Kazakhstan would buy the drone": a question, not an act
        if any(a.lower_ in HEARSAY_NOUNS for a, _ in ancestors(tok, 6)) and any(
                t.lower_ in DENIAL_VERBS for t in tok.doc):
            return True  # "dismissed as speculation reports that Hanoi was negotiating to acquire F-16s"
        for t in chain:
            if any(c.dep_ == "neg" for c in t.children):
                return True
            if t.lower_ in self.lex.negation_words and t.i != tok.i:
                return True
            if t.lower_ in ("ruled", "rules", "ruling") and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
                return True  # "has ruled out joint drills with the CSTO"
            # on through "a request to use its airspace for an exercise" to what became of the request
            if t.pos_ in VERBAL and t.i != tok.i and t.dep_ not in ("xcomp", "ccomp", "aux", "acl"):
                break
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] if tok.pos_ in VERBAL else []
        # "no deal", and "no contract has been signed"
        return any(c.dep_ == "det" and c.lower_ == "no" for t in (tok, *subjects) for c in t.children)

    def _planned_by_syntax(self, tok: Token, trig: Trigger) -> bool:
        """True when the words around the trigger make the act a plan (modals, control verbs, "ordered")."""
        if trig.type == "TRANSFER" and tok.lower_ in self.lex.words["order_words"]:
            return True
        chain: list[Token] = [tok]
        for anc, dep in ancestors(tok, 5):
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

    # -- whole sentences and parties -----------------------------------------------------------
    def denied(self, doc: Doc, etype: str) -> bool:
        """True when the sentence tells no act of this type as one: an opinion, or every trigger of the
        type negated, denied or hearsay ("has not sent troops", "denied reports that ...")."""
        if self._opinion(doc):
            return True
        found = [tok for t, tok in self.triggers(doc) if t.type == etype]
        return bool(found) and all(self._negated(tok) for tok in found)

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

    def observers(self, doc: Doc, mentions: list[Mention]) -> set[str]:
        """ "Israel sent observers to the exercise, after relations between Morocco and Israel ...": an
        observer country stays one wherever else the sentence names it."""
        return self._remembered(doc, "observers", lambda: {m.country for m in mentions
                                                            if m.country and self._observer(doc, m)})

    def _observer(self, doc: Doc, m: Mention) -> bool:
        """True for a party in a clause about observing ("Spain and Morocco sent officers as observers")."""
        if m.root < 0:
            return False
        observing = self.lex.words["observing"]
        own = range(m.start, m.end)
        attached_by, top = list_attachment(doc, m)
        if any(t.lower_ in observing for t in top.subtree if t.i not in own):
            return True  # "Japan, which sent observers"
        following = [t.lower_ for t in doc[m.end:m.end + 4]]
        for i, word in enumerate(following):  # "with Japan among the observers", "Japan as an observer"
            if word in observing and all(w in ("as", "among", "the", "an", "a", "one", "of") for w in following[:i]):
                return True
        if attached_by in ("from", "of"):
            # "Officers from Argentina and Colombia are following the exercise as observers", "Representatives
            # of the naval forces of Oman and India are attending the drill as observers"
            noun = top.head.head
            for _ in range(3):
                if noun.dep_ in ("nsubj", "nsubjpass"):
                    attached_by = "nsubj"
                    break
                if noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "from"):
                    break
                noun = noun.head.head
        if attached_by not in ("nsubj", "nsubjpass"):
            return False
        # the clause of the subject the list is (not of a list item, whose parse may hang it on its neighbour):
        # its own clause, "..., while Uzbekistan sent observers" being another one
        clause = scope_of(top)
        return any(doc[i].lower_ in observing for i in clause if i not in own)
