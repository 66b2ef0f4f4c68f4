"""Actor mentions in one parsed sentence: gazetteer hits, named organisations, people (the people's
names, titles and countries are read in `names.py`).

A country name or demonym that only qualifies something else ("Turkey's Defence Minister
X", "the naval forces of Kazakhstan", "the Turkish firm Y") is absorbed into that actor,
so each real participant is one mention with the right kind and country.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from defcoop.extract.acronyms import AcronymBook
from defcoop.extract.lexicon import Lexicon
from defcoop.extract.mention import Mention, span_text
from defcoop.extract.names import PeopleNames
from defcoop.extract.ships import ship_hits
from defcoop.extract.subsidiaries import local_arms
from defcoop.extract.syntax import list_head
from defcoop.extract.persons import PersonRegistry
from defcoop.extract.rivals import is_rival, is_threat
from defcoop.resolve.gazetteer import (BODY, CAPITAL, CITY, COMPANY, COUNTRY, DEMONYM, IGO, MISSION,
                                       GazetteerEntry, preferred)
from defcoop.types import Actor

ORG_LABELS = frozenset({"ORG", "NORP", "FAC", "GPE"})
PRONOUNS_ORG = frozenset({"it", "they"})
PRONOUNS_PERSON = frozenset({"he", "she"})
PRONOUNS = PRONOUNS_ORG | PRONOUNS_PERSON
# "the delegation", "the guests": the delegation last named
ROLE_WORDS = frozenset({"delegation", "guest", "guests"})
# "the army", "the navy", "the air force": a service named again without its country stands for the
# service of that kind last named ("the Royal Thai Army ... The army will receive 70 Strykers").
SERVICE_WORDS = frozenset({"army", "navy", "force", "guard", "military", "marines", "gendarmerie"})
SERVICE_LOOKBACK = 5  # sentences
BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary", "boundaries"})
# words that, after a name and a hyphen, make it a kind of thing ("NATO-standard", "Soviet-era")
STANDARD_WORDS = frozenset({"standard", "standards", "compatible", "compliant", "style", "type", "grade", "era",
                            "pattern", "certified", "interoperable", "calibre", "caliber"})
CLIMB_DEPS = frozenset({"poss", "compound", "amod", "nmod", "nummod", "appos", "npadvmod"})
# More capitalised words than this share of a sentence: a headline in title case, whose capitals say nothing
TITLE_CASE_SHARE = 0.6


def _gazetteer_spans(doc: Doc, lex: Lexicon, skip_before: int) -> list[tuple[Span, list[GazetteerEntry]]]:
    found: dict[tuple[int, int], list[GazetteerEntry]] = {}
    for matcher in (lex.orth_matcher, lex.lower_matcher):
        for match_id, start, end in matcher(doc):
            if doc[start].idx < skip_before:
                continue
            key = doc.vocab.strings[match_id]
            found.setdefault((start, end), []).extend(lex.aliases[key])
    geo = [(s, e) for _, s, e in lex.geo_matcher(doc)]  # "Gulf of Oman", "Latin America"
    spans = filter_spans([doc[s:e] for s, e in found])
    out = []
    for span in spans:
        # a name inside a place ("Oman" in "Gulf of Oman"), not a place inside a name ("Papua New Guinea")
        if any(s < span.end and span.start < e and not (span.start <= s and e <= span.end) for s, e in geo):
            continue
        entries = found[(span.start, span.end)]
        nxt = doc[span.end] if span.end < len(doc) else None
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in lex.words["geo_nouns"] and not (
                after is not None and after.lower_ in lex.organisation_heads):
            continue  # "the Vietnamese coast" is a place, "the Vietnamese coast guard" a body
        if nxt is not None and nxt.text in ("-", "–") and after is not None and after.lower_ in STANDARD_WORDS:
            continue  # "NATO-standard academies", "Soviet-era tanks": a kind of thing, no one acting
        entries = [e for e in entries
                   if not e.ambiguous or _has_company_cue(doc, span, lex) or _written_as_named(doc, span, e)]
        if _names_a_language(doc, span, entries):
            continue
        if entries:
            out.append((span, entries))
    return out


def _names_a_language(doc: Doc, span: Span, entries: list[GazetteerEntry]) -> bool:
    """A nationality word standing alone after "in" is a language ("(CMS, in Portuguese)", "'brotherhood'
    in Tagalog"), not a party; "in French waters" and "in British and American hands" qualify a noun."""
    if not entries or any(e.category != DEMONYM for e in entries):
        return False
    if span.start == 0 or doc[span.start - 1].lower_ != "in":
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "CCONJ", "NUM")


def _written_as_named(doc: Doc, span: Span, entry: GazetteerEntry) -> bool:
    """ "Russian Helicopters signed", "Korea Aerospace Industries": a firm's name of several words
    written with the name's own capitals, in a sentence that is not a title-case headline, is the firm
    ("Russian helicopters" is not)."""
    if len(span) < 2 or span.text != entry.alias or not any(c.isupper() for t in span[1:] for c in t.text[:1]):
        return False
    words = [t for t in doc if t.is_alpha]
    return sum(t.text[0].isupper() for t in words) < TITLE_CASE_SHARE * len(words)


def _has_company_cue(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """A firm's name that is also a common word ("HAL", "Rafael", "Paramount") counts next to a word of
    firms ("the company", "Ltd"), or written in full with one ("Hindustan Aeronautics Limited")."""
    if len(span) >= 3 and span[-1].lower_ in lex.company_cues:
        return True
    window = doc[max(0, span.start - 3):min(len(doc), span.end + 2)]
    return any(t.lower_ in lex.company_cues for t in window if not (span.start <= t.i < span.end))


def _join_tokens(tokens: list[Token]) -> str:
    """Tokens as text, with the text's own spacing between neighbours ("Colombia's army")."""
    out = []
    for tok, nxt in zip(tokens, [*tokens[1:], None]):
        out.append(tok.text_with_ws if nxt is not None and nxt.i == tok.i + 1 else tok.text + " ")
    return "".join(out).strip()


def _drop_owners(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop a country word that only says whose a following firm or body is: "Turkey's MKEK",
    "the Chinese company Norinco", "Britain's Royal Navy" (the firm or body is the party)."""
    owned = [m for m in mentions if m.actor.kind in ("company", "organisation") and m.start >= 0]
    out = []
    for m in mentions:
        if m.category in (COUNTRY, DEMONYM) and m.start >= 0 and any(
                o.country == m.country and 0 <= o.start - m.end <= 3 and not any(
                    t.text == "," or t.pos_ == "VERB" for t in doc[m.end:o.start]) for o in owned):
            continue
        out.append(m)
    return out


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Of two overlapping mentions keep the longer ("Kyrgyzstan's Armed Forces" over "Armed Forces")."""
    out = []
    for m in sorted(mentions, key=lambda x: (x.start < 0, -(x.end - x.start))):
        if m.start >= 0 and any(o.start <= m.start and m.end <= o.end and o.start >= 0 for o in out):
            continue
        out.append(m)
    return out


def _entity_kind(text_tokens: list[Token], lex: Lexicon) -> str:
    """"company" for firms; state bodies ("Defence Ministry", "Armed Forces") stay organisations."""
    words = {t.lower_ for t in text_tokens}
    if words & lex.organisation_heads - lex.company_cues:
        return "organisation"
    return "company" if words & lex.company_cues else "organisation"


class MentionFinder(PeopleNames):
    """Finds the actors of one sentence; keeps the document's people in a registry."""

    def __init__(self, lex: Lexicon, registry: PersonRegistry, year: int | None = None):
        self.lex = lex
        self.registry = registry
        self.year = year  # of publication: which holder of an office a bare name stands for
        self.last_subject: dict[str, tuple[Mention, int]] = {}  # "person"/"other" -> (mention, sentence no)
        self._window_hits: dict[int, list[Mention]] = {}
        self.last_delegation: Mention | None = None  # for "the delegation" in later sentences
        self.last_service: dict[str, tuple[Mention, int]] = {}  # "army" -> (its latest named mention, sentence no)
        self.sentence_no = 0
        self.acronyms = AcronymBook(lex)  # defined by the text: "Royal Cambodian Armed Forces (RCAF)"

    def find(self, doc: Doc, skip_before: int = 0, sentence_no: int = 0) -> list[Mention]:
        """Mentions of the sentence `doc`; `sentence_no` (its index in the document) bounds pronoun look-back."""
        self.sentence_no = sentence_no
        self._window_hits = {}
        gaz = local_arms(doc, self.acronyms.read(doc, _gazetteer_spans(doc, self.lex, skip_before), skip_before))
        ships = ship_hits(doc, self.lex.ship_prefixes, self.lex.country_names, skip_before)
        if ships:  # "INS Vikrant", "USS Ronald Reagan": the ship's name is no person's and no place's
            on_ship = {i for span, _ in ships for i in range(span.start, span.end)}
            gaz = sorted([*ships, *((span, entries) for span, entries in gaz
                                    if not on_ship & set(range(span.start, span.end)))], key=lambda hit: hit[0].start)
        mentions: list[Mention] = []
        taken: set[int] = set()
        gaz_tokens = {i for span, _ in gaz for i in range(span.start, span.end)}
        firm_tokens = {i for span, entries in gaz if preferred(entries).category in (COMPANY, IGO, MISSION)
                       for i in range(span.start, span.end)}
        people = self._people(doc, skip_before, gaz_tokens, firm_tokens)
        for span in people:
            taken.update(range(span.start, span.end))
        orgs = self._named_organisations(doc, gaz, taken, skip_before)
        for m in orgs:
            taken.update(range(m.start, m.end))
        for span, entries in gaz:
            if any(i in taken for i in range(span.start, span.end)):
                continue  # inside a person's name or a named organisation
            mentions.append(self._gazetteer_mention(doc, span, preferred(entries)))
        mentions = self._absorb(doc, mentions, people, orgs)
        mentions.extend(self._resolve_pronouns(doc, mentions))
        mentions.extend(self._resolve_roles(doc, mentions))
        mentions.extend(self._resolve_services(doc, mentions))
        for m in mentions:
            m.is_location = self._is_location(doc, m)
            m.is_rival = is_rival(doc, m.root, self.lex)
            m.is_topic = m.is_rival or self._is_topic(doc, m) or _on_a_border(doc, m)
            m.is_adversary = m.actor.kind != "person" and is_threat(doc, m.root, self.lex)
        organisations = {m.country for m in mentions if m.actor.kind == "igo"}
        for m in mentions:  # "at NATO Headquarters in Brussels": the organisation's seat, not Belgium
            m.is_seat = m.is_location and bool(self.lex.igo_seats.get(span_text(doc, m.start, m.end).lower(),
                                                                     frozenset()) & organisations)
        self._remember_subjects(doc, mentions)
        return sorted(mentions, key=lambda m: m.start)

    def _named_organisations(self, doc: Doc, gaz, taken: set[int], skip_before: int) -> list[Mention]:
        """ORG-like entities tied to a country: by a country word inside them, or a possessor/demonym."""
        out = []
        gaz_by_token = {i: (span, entries) for span, entries in gaz for i in range(span.start, span.end)}
        for ent in doc.ents:
            if ent.label_ not in ORG_LABELS or ent.start_char < skip_before or any(i in taken for i in range(ent.start, ent.end)):
                continue
            if any(t.lower_ in self.lex.title_heads or t.text == "," for t in ent) or ent[-1].lower_ in ("'s", "’s") or (
                    ent.end < len(doc) and doc[ent.end].lower_ in self.lex.title_heads):
                continue  # a person's title or a bare possessive the tagger took for an organisation
            inner = {gaz_by_token[i][0].start: gaz_by_token[i] for i in range(ent.start, ent.end) if i in gaz_by_token}
            if inner:
                (span, entries), = list(inner.values())[:1]
                entry = preferred(entries)
                if span.start == ent.start and span.end == ent.end:
                    continue  # the entity is just the gazetteer name: handled as such
                if entry.category == DEMONYM and span.start == ent.start and ent.label_ == "NORP":
                    continue
                if span.start < ent.start or span.end > ent.end:
                    continue  # the gazetteer name is not inside the entity ("French" in "French Armed Forces")
                if entry.category in (COMPANY, IGO, MISSION):
                    continue
                if span.end == ent.end and span.start > ent.start and doc[span.start - 1].text == ",":
                    continue  # "Baranovichi, Belarus": a place and its country
                if ent.label_ == "GPE" or doc[ent.end - 1].lower_ in self.lex.words["geo_nouns"]:
                    continue
                kind = _entity_kind(list(ent), self.lex)
                out.append(Mention(ent.start, ent.end, Actor(span_text(doc, ent.start, ent.end), kind, entry.code),
                                   "organisation", ent.root.i))
                continue
            if ent.label_ != "ORG":
                continue
            owner = self._owner_country(doc, ent.start, gaz_by_token)
            kind = _entity_kind([*ent, *doc[max(0, ent.start - 2):ent.start]], self.lex)
            if owner is not None or kind == "company":  # an unplaced firm is placed later, from the document
                out.append(Mention(ent.start, ent.end, Actor(span_text(doc, ent.start, ent.end), kind, owner),
                                   "organisation", ent.root.i))
        return out

    def _owner_country(self, doc: Doc, start: int, gaz_by_token) -> str | None:
        """Country named just before an organisation: "Turkey's MKEK", "the Chinese company Norinco"."""
        i = start - 1
        steps = 0
        while i >= 0 and steps < 4:
            tok = doc[i]
            if i in gaz_by_token:
                entry = preferred(gaz_by_token[i][1])
                if entry.category in (COUNTRY, DEMONYM, CAPITAL):
                    return entry.code
                return None
            if tok.lower_ in ("'s", "’s", "the") or tok.lower_ in self.lex.company_cues or tok.lower_ in (
                    "state", "national", "state-owned", "leading", "largest", "major", "defence", "defense", "arms"):
                i -= 1
                steps += 1
                continue
            return None
        return None

    # -- gazetteer hits ---------------------------------------------------------------------
    def _gazetteer_mention(self, doc: Doc, span: Span, entry: GazetteerEntry) -> Mention:
        kind = {COMPANY: entry.kind or "company", IGO: "igo", MISSION: "igo", BODY: "organisation"}.get(
            entry.category, "country")
        name = span.text if entry.category in (COMPANY, IGO, MISSION, BODY) else entry.canonical
        return Mention(span.start, span.end, Actor(name, kind, entry.code), entry.category, span.root.i)

    def _absorb(self, doc: Doc, mentions: list[Mention], people: list[Span], orgs: list[Mention]) -> list[Mention]:
        """Fold country words into the person or organisation they qualify."""
        person_at = {i: p for p in people for i in range(p.start, p.end)}
        person_country: dict[int, tuple[str, str | None]] = {}
        out: list[Mention] = list(orgs)
        for m in mentions:
            if m.category not in (COUNTRY, DEMONYM, CAPITAL, BODY):
                out.append(m)
                continue
            target = self._climb(doc, m, person_at)
            if target is None:
                if m.category == DEMONYM:
                    m.is_origin = self._qualifies_thing(doc, m)
                    if not m.is_origin:
                        head = doc[m.root].head
                        while doc[m.root].dep_ == "conj" and head.dep_ in ("amod", "compound") and head.head.i != head.i:
                            head = head.head  # "American and Australian troops": Australian -> troops
                        if head.i != m.root and head.lower_ in self.lex.organisation_heads:
                            m = Mention(m.start, m.end, Actor(f"{doc[m.start:m.end].text} {head.text}",
                                                              "organisation", m.country), "organisation", head.i)
                out.append(m)
                continue
            kind, tok = target
            if kind == "person":
                span = person_at[tok.i]
                title = self._title_before(doc, span)
                person_country.setdefault(span.start, (m.country, title))
            else:
                out.append(Mention(m.start, m.end, Actor(self._organisation_name(doc, m, tok), "organisation",
                                                         m.country), "organisation", m.root))
        gaz_at = {i: m for m in mentions for i in range(m.start, m.end)}
        # "the Commander of the JMSDF's Escort Flotilla 1, Rear Admiral X": a named unit's country is its officers'
        gaz_at.update({i: m for m in orgs if m.country and m.start >= 0
                       for i in range(m.start, m.end) if i not in gaz_at})
        # the services and firms a person may be "of", "from" or "with" ("an engineer with Lockheed Martin")
        bodies_at = {i: m.country for m in out if m.country and m.actor.kind in ("organisation", "company")
                     for i in range(m.start, m.end)}
        for span in people:
            local = self._title_window(doc, span, gaz_at, person_at) or person_country.get(span.start) \
                or self._office_before_comma(doc, span, gaz_at, person_at)
            person = self._person_mention(doc, span, local, bodies_at)
            if person is not None:
                out.append(person)
        # a country in an official's title is that official ("Turkey's Defence Minister X"); a firm stays an
        # actor beside its officer ("BAE Systems chief executive X")
        absorbed = {id(m) for span in people for m in self._window_hits.get(span.start, []) if m.category != COMPANY}
        out = [m for m in out if id(m) not in absorbed]
        self._place_leaders(doc, out)
        return _drop_owners(doc, _drop_nested(out))

    def _organisation_name(self, doc: Doc, m: Mention, head: Token) -> str:
        """ "Kazakhstan's Defence Ministry", "naval forces of Kazakhstan", and for each of "American and
        Australian troops" its own name ("Australian troops"); the mention's span stays the country word,
        so coordinated countries remain separate parties."""
        if head.i < m.start:  # "the naval forces of Kazakhstan"
            lo = head.left_edge.i
            while lo < head.i and doc[lo].lower_ in ("the", "a", "an", "its", "their"):
                lo += 1
            return span_text(doc, lo, m.end)
        between = [t for t in doc[m.end:head.i] if t.dep_ != "cc" and t.dep_ != "conj" and t.text != ","]
        return _join_tokens([*doc[m.start:m.end], *between, head])

    def _climb(self, doc: Doc, m: Mention, person_at: dict) -> tuple[str, Token] | None:
        """Follow the head chain from a country word to a person or an organisation noun it qualifies."""
        tok = doc[m.root]
        org_hit = None
        # "the CEO of Eurofighter", and for a firm "the Managing Director at Leonardo": whose official
        employer = ("of", "at") if m.actor.kind == "company" else ("of",)
        for _ in range(7):
            if tok.dep_ in CLIMB_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ in employer):
                nxt = tok.head.head if tok.dep_ == "pobj" else tok.head
            else:
                break
            if nxt.i == tok.i:
                break
            tok = nxt
            if tok.i in person_at:
                return "person", tok
            for child in tok.children:  # "the Belarusian defence chief, Lieutenant General Andrei Ravkov"
                if child.dep_ == "appos" and child.i in person_at and tok.lower_ in self.lex.title_heads:
                    return "person", child
            if tok.lower_ in self.lex.title_heads:
                continue
            if tok.lower_ in self.lex.organisation_heads and org_hit is None:
                org_hit = tok
                if tok.dep_ not in ("compound", "appos"):
                    break
            elif tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
                break
        return ("org", org_hit) if org_hit is not None else None

    def _qualifies_thing(self, doc: Doc, m: Mention) -> bool:
        """A demonym on a non-actor noun ("Russian drones", "Turkish aid", "Turkish-made")."""
        nxt = doc[m.end] if m.end < len(doc) else None
        if nxt is not None and nxt.text in ("-", "–") and m.end + 1 < len(doc) and doc[m.end + 1].lower_ in (
                "made", "built", "produced", "designed", "supplied"):
            return True
        head = doc[m.root].head
        return doc[m.root].dep_ in ("amod", "compound", "nmod") and head.lower_ not in self.lex.organisation_heads \
            and head.lower_ not in self.lex.title_heads and head.ent_type_ != "PERSON"

    # -- pronouns, locations ------------------------------------------------------------------
    def _resolve_pronouns(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Subject "it"/"he"/"she" at the start of a clause stands for the last subject of its kind."""
        out = []
        for tok in doc:
            if tok.lower_ not in PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if any(m.start <= tok.i < m.end for m in mentions):
                continue
            if tok.lower_ == "it" and any(c.dep_ in ("acomp", "attr", "ccomp", "xcomp") for c in tok.head.children):
                continue  # "It is pleasing to know that ...": expletive
            previous = self.last_subject.get("person" if tok.lower_ in PRONOUNS_PERSON else "other")
            if previous is not None and self.sentence_no - previous[1] <= 1:
                m = previous[0]
                out.append(Mention(tok.i, tok.i + 1, m.actor, m.category, tok.i, antecedent=m))
        return out

    def _resolve_services(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "The army", "the air force": the service of that kind named in the last few sentences. Not when
        it qualifies a noun ("the army chief") or opens a name ("the Army Aviation Corps")."""
        out = []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for tok in doc:
            word = tok.lower_
            if word not in SERVICE_WORDS or tok.i in taken or tok.dep_ in ("compound", "amod", "poss"):
                continue
            start = tok.i - 1 if word == "force" else tok.i
            if word == "force" and (start < 1 or doc[start].lower_ != "air"):
                continue
            if start < 1 or doc[start - 1].lower_ != "the" or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
                continue
            named = self.last_service.get(word)
            if named is not None and 0 < self.sentence_no - named[1] <= SERVICE_LOOKBACK:
                m = named[0]
                out.append(Mention(start, tok.i + 1, m.actor, m.category, tok.i, antecedent=m))
        for m in mentions:
            if m.actor.kind == "organisation" and m.country and m.start >= 0 and m.end > m.start:
                last = doc[m.end - 1].lower_
                if last in SERVICE_WORDS:
                    self.last_service[last] = (m, self.sentence_no)
        return out

    def _resolve_roles(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """ "The minister", "the Kyrgyz general": the person last named with that title; "the delegation":
        the delegation last named. A title followed by a name, by "of" or "for", or with a name in apposition
        is a title, not a reference."""
        out = []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for tok in doc:
            if tok.lower_ not in self.lex.title_heads and tok.lower_ not in ROLE_WORDS:
                continue  # the only words that can refer back (tested first: it is the cheapest test)
            if tok.i in taken or tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.dep_ == "compound":
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ == "of"):
                continue
            if any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("for", "of")) for c in tok.children):
                continue  # "the Minister for Home Affairs and Immigration Pio Tikoduadua": a title, then a name
            word = tok.lower_.rstrip("s") if tok.lower_ != "ministers" else "minister"
            if word in self.lex.title_heads and tok.lower_ == word:
                actor = self.registry.by_role(word)
                category = "person"
            elif tok.lower_ in ROLE_WORDS and self.last_delegation is not None:
                actor, category = self.last_delegation.actor, self.last_delegation.category
            else:
                continue
            if actor is not None and actor.country:
                out.append(Mention(tok.i, tok.i + 1, actor, category, tok.i))
        for m in mentions:
            if "delegation" in m.actor.name.lower() and m.country:
                self.last_delegation = m
        return out

    def _remember_subjects(self, doc: Doc, mentions: list[Mention]) -> None:
        for m in mentions:
            tok = doc[m.root]
            if tok.dep_ in ("nsubj", "nsubjpass") and (m.country or m.actor.kind == "company") and not m.is_location:
                self.last_subject["person" if m.actor.kind == "person" else "other"] = (m, self.sentence_no)

    def _is_topic(self, doc: Doc, m: Mention) -> bool:
        """A country inside the object of a topic verb ("discussed the security situation around Taiwan",
        "talked about Ukraine"), not one its talks were held with ("discussed cooperation with India")."""
        if m.category not in (COUNTRY, CAPITAL, CITY, BODY) or m.actor.kind != "country":
            return False
        tok = doc[m.root]
        for _ in range(8):
            head = tok.head
            if head.i == tok.i or tok.dep_ in ("nsubj", "nsubjpass", "agent") or tok.lower_ in ("with", "between", "by"):
                return False
            if head.lower_ in self.lex.topic_verbs:
                return tok.dep_ == "dobj" or (tok.dep_ == "prep" and tok.lower_ in ("about", "on", "over", "regarding"))
            tok = head
        return False

    def _is_location(self, doc: Doc, m: Mention) -> bool:
        if m.category not in (COUNTRY, CAPITAL, CITY, BODY):
            return False
        tok = list_head(doc[m.root])
        for _ in range(3):
            if tok.dep_ == "pobj":
                prep = tok.head
                if prep.lower_ in self.lex.location_preps and prep.lower_ != "on":
                    return True
                if prep.lower_ == "to" and prep.head.lower_ in ("visit", "arrived", "arrive", "trip", "travelled",
                                                                "traveled", "delegation", "came", "flew", "went"):
                    return True
                return False
            if tok.dep_ in ("poss", "compound", "appos") and tok.head.i != tok.i:
                tok = tok.head
                continue
            break
        return False


def _on_a_border(doc: Doc, m: Mention) -> bool:
    """ "near the nation's borders with Russia and China": a country named as where a border runs is
    neither a side of the act nor its host."""
    if m.root < 0:
        return False
    tok = list_head(doc[m.root])
    return tok.dep_ == "pobj" and tok.head.lower_ in ("with", "between") and tok.head.head.lower_ in BORDER_NOUNS
