"""The circumstances of an act a trigger tells: its date (the most precise date of its clause, read
against the publication date) and its item (what was delivered, built or produced)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from defcoop.dateforms import DIGIT_DAY, ISO_DAY, STAMP_LABEL
from defcoop.extract.lexicon import Lexicon
from defcoop.extract.syntax import VERBAL, predicate_of
from defcoop.nlp.sentences import dateline_length
from defcoop.resolve.dates import YEAR, resolve_date

if TYPE_CHECKING:
    from defcoop.extract.events import Candidate, SentenceContext

NAMED_BY_YEAR = frozenset({"EXERCISE", "EXHIBIT"})  # "Cobra Gold 2024", "IDEX 2023": the name dates the act
SAME_DAY = re.compile(r"\b(?:the )?same day\b", re.I)
# Weapon designators: "MiG-29s", "T-72", "F-16V", "JF-17", "TB2", "BRDM-2M", "S-400".
DESIGNATOR = re.compile(r"^[A-Z][A-Za-z]{0,5}-?\d{1,4}[A-Za-z]{0,3}s?$")


DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "tonight", "today", "overnight"})
DATES_KEY = "defcoop.dates"
PAGE_STAMP = re.compile(rf"\s*{STAMP_LABEL}\W{{0,3}}\s*(?:{ISO_DAY}|{DIGIT_DAY})\b", re.I)
DIGIT_DATE = re.compile(rf"\b(?:{DIGIT_DAY}|{ISO_DAY})\b")


def date_entities(doc: Doc) -> list:
    """The sentence's dates: the tagger's DATE entities, the TIME ones that name a part of a day
    ("this afternoon", "Monday night": a live blog's and a readout's way of giving the day), and the
    all-digit dates the tagger takes for something else ("05.11.2023" is often a GPE to it)."""
    if DATES_KEY in doc.user_data:  # asked for each trigger and again by the decider: read once
        return list(doc.user_data[DATES_KEY])
    text = doc.text  # joined from the tokens at each access
    # "Buenos Aires, 17/04/2024 – ...", "date 2024-07-29 ULAANBAATAR – ...": the page's date, not the act's
    stamp = PAGE_STAMP.match(text)
    dateline = max(dateline_length(text), stamp.end() if stamp else 0)
    found = [_with_offset_word(e) for e in doc.ents if e.start_char >= dateline and (e.label_ == "DATE"
             or (e.label_ == "TIME" and any(t.lower_ in DAY_PARTS for t in e)))]
    taken = {i for e in found for i in range(e.start, e.end)}
    for match in DIGIT_DATE.finditer(text, dateline):
        span = doc.char_span(match.start(), match.end(), label="DATE", alignment_mode="expand")
        if span is not None and not taken & set(range(span.start, span.end)):
            found.append(span)
    doc.user_data[DATES_KEY] = tuple(sorted(found, key=lambda e: e.start))
    return list(doc.user_data[DATES_KEY])


def _with_offset_word(ent):
    """ "the day before", "a week earlier": the tagger often leaves the word that places the day out."""
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in ("before", "earlier") and ent.text.lower() in (
            "the day", "a day"):
        return Span(ent.doc, ent.start, ent.end + 1, label=ent.label_)
    return ent


def act_date(cand: Candidate, date_ents, ctx: SentenceContext, future: bool, lex: Lexicon) -> str | None:
    """The most precise date in the trigger's clause (else the sentence), nearest first. A year that
    bounds a period ("a plan for 2020") never counts; one that ends a name counts only for acts named
    by their year ("Khaan Quest 2019", "AAD 2024"), never for goods ("Mirage 2000"); the end of a span
    ("until September 5") only when nothing else dates the act. A date without a year is read forward
    or back by the tense of its own verb ("which will conclude on February 14"), else by the act's
    status."""
    named_by_year = cand.trigger.type in NAMED_BY_YEAR
    usable = [e for e in date_ents if year_role(e, lex) != "period"
              and (named_by_year or year_role(e, lex) != "name")]
    in_scope = [e for e in usable if e.root.i in cand.scope] or usable
    resolved = [((not ends_span(e), year_role(e, lex) != "name", len(d), bool(YEAR.search(e.text)),
                  -abs(e.root.i - cand.token.i)), d)
                for e in in_scope if (d := _resolve_entity(e, ctx, future))]
    if resolved:
        return max(resolved)[1]
    return name_year(cand.token) if named_by_year else None


FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'ve", "'d"})
SPAN_ENDS = frozenset({"until", "till", "through", "to"})


def tense_of(ent) -> bool | None:
    """True when the verb a date expression hangs on is in the future ("which will conclude on February
    14"), False when it is in the past ("which ended on", "has arrived on", "signed on March 3" as a
    modifier), None when its clause does not say (a present tense, a noun phrase)."""
    verb = _verb_of(ent)
    if verb is None:
        return None
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & FUTURE_AUXILIARIES:
        return True
    if verb.tag_ == "VBD" or auxiliaries & PERFECT_AUXILIARIES or (
            verb.tag_ == "VBN" and not auxiliaries and verb.dep_ in ("acl", "relcl")):
        return False
    return None


def _verb_of(ent) -> Token | None:
    """The verb a date expression hangs on, a few heads up ("runs" in "which runs until February 8")."""
    verb = ent.root
    for _ in range(4):
        if verb.pos_ in VERBAL and verb.dep_ not in ("aux", "auxpass"):
            return verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "'re", "'s"})


def told_as_current(tok: Token) -> bool:
    """True when the clause of `tok` tells its act as going on or to come ("Italy and Senegal are
    participating", "will join"), so a year another sentence gave its series ("agreed on in 2002")
    is not its date."""
    verb = tok if tok.pos_ in VERBAL else predicate_of(tok)
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(auxiliaries & (FUTURE_AUXILIARIES | PRESENT_AUXILIARIES)) or (
        verb.tag_ in ("VBZ", "VBP") and not auxiliaries & PERFECT_AUXILIARIES)


def _forward(ent, future: bool) -> bool:
    tense = tense_of(ent)
    return future if tense is None else tense


def _resolve_entity(ent, ctx: SentenceContext, future: bool) -> str | None:
    """A date entity read by its verb's tense; in the present tense ("the show, which runs until February
    8") a date without a year is the reading nearer publication, ahead or back."""
    ahead = _forward(ent, future)
    found = resolve_expression(ent.text, ctx, ahead)
    if found is None or not ctx.published or YEAR.search(ent.text) or not _present_tense(ent):
        return found
    other = resolve_expression(ent.text, ctx, not ahead)
    if other is None or len(other) != len(found):
        return found
    return min((found, other), key=lambda d: abs(_months(d) - _months(ctx.published)))


def _months(iso: str) -> int:
    return int(iso[:4]) * 12 + (int(iso[5:7]) if len(iso) >= 7 else 6)


def _present_tense(ent) -> bool:
    verb = _verb_of(ent)
    return verb is not None and verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def ends_span(ent) -> bool:
    """A date that closes a span ("until September 5", "from 1 to 5 March"): the act's end, not its date."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in SPAN_ENDS


def resolve_expression(expression: str, ctx: SentenceContext, future: bool) -> str | None:
    """A date expression against the publication date; "the same day" is the previous event's day."""
    if SAME_DAY.search(expression) and ctx.last_date and len(ctx.last_date) == 10:
        return ctx.last_date
    return resolve_date(expression, ctx.published, future=future)


def year_role(ent, lex: Lexicon) -> str:
    """ "name" for a year that ends a name ("Khaan Quest 2019": a fallback only), "period" for one
    that bounds a span ("a plan for 2020": never the event's date) or opens one ("which have co-hosted
    the exercise since 1982": how long something has gone on), else ""."""
    if ent[0].lower_ == "since" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "since"):
        return "period"
    if not (len(ent) == 1 and ent[0].like_num) or ent.start == 0:
        return ""
    before = ent.doc[ent.start - 1]
    if before.lower_ in lex.words["period_prepositions"] and before.head.pos_ in ("NOUN", "PROPN"):
        return "period"  # "a plan for 2020" (but "planned for 2020" dates the event)
    return "name" if (before.is_title or before.is_upper) and before.pos_ == "PROPN" else ""


def item_of(doc: Doc, cand: Candidate, lex: Lexicon) -> str | None:
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
    if tok.pos_ not in VERBAL and tok.i not in party_tokens and tok.lower_ not in lex.triggers:
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
        if text and any(w.lower_ in lex.items or w.pos_ in ("NOUN", "PROPN") for w in words):
            return text
    return None


def name_year(tok: Token) -> str | None:
    """The year an exercise's or show's name carries right after it ("AAD 2024", "Flintlock 2020")."""
    for nxt in tok.doc[tok.i + 1:tok.i + 3]:
        if nxt.like_num and YEAR.fullmatch(nxt.text):
            return nxt.text
        if not (nxt.text in ("-", "–") or nxt.is_title):
            break
    return None


def is_goods(tok: Token, lex: Lexicon) -> bool:
    return tok.lower_ in lex.items or tok.lower_.rstrip("s") in lex.items or bool(DESIGNATOR.match(tok.text))


def owned_goods(tok: Token) -> bool:
    """A participle describing goods that the clause's subject has: "fields vehicles delivered last month"."""
    return (tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and tok.head.dep_ in ("dobj", "attr")
            and tok.head.head.pos_ in VERBAL)
