"""People named in a sentence: the names (the tagger's, titled names it missed, known officials), the
titles before them and whose official each is (a title window, an apposition, a service, a firm, the
document's registry and the gazetteer of officials).

`PeopleNames` is the part of `MentionFinder` that reads people; it expects the finder's `lex`,
`registry`, `year` and `_window_hits`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from defcoop.extract.affiliation import affiliated_country
from defcoop.extract.mention import Mention
from defcoop.resolve.gazetteer import BODY, CAPITAL, COMPANY, COUNTRY, DEMONYM, IGO, MISSION
from defcoop.types import Actor


def _names_a_thing(doc: Doc, span: Span) -> bool:
    """ "Selenga 2014", "KADEX-2016": a tagged PERSON followed by a year or number names an event or product."""
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.like_num or (nxt.text in ("-", "–") and span.end + 1 < len(doc)
                                             and doc[span.end + 1].like_num)):
        return True
    return any(t.like_num for t in span)


def _name_head(tok: Token) -> Token:
    """The head of a multi-word name ("Selim" -> "Aydın")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok


class PeopleNames:
    """Finds and places the people of a sentence (mixed into `MentionFinder`)."""

    def _people(self, doc: Doc, skip_before: int, gaz_tokens: set[int], firm_tokens: set[int]) -> list[Span]:
        """PERSON entities, less names of places, firms and things ("Bishkek", "Aselsan Engineering",
        "Selenga 2014"); a name containing a city ("Florence Parly") is still a person."""
        spans = [e for e in doc.ents if e.label_ == "PERSON" and e.start_char >= skip_before
                 and not all(i in gaz_tokens for i in range(e.start, e.end)) and not _names_a_thing(doc, e)
                 and not any(t.i in firm_tokens or t.lower_ in self.lex.company_cues for t in e)]
        spans += self._titled_names(doc, skip_before, gaz_tokens, {i for s in spans for i in range(s.start, s.end)})
        # officials the tagger missed ("Erdogan", "Marles"): capitalised, not a place or a firm
        named_after = [(e.start, e.end) for e in doc.ents if e.label_ in ("ORG", "FAC", "GPE", "LOC")]
        spans += [doc[s:e] for _, s, e in self.lex.officials_matcher(doc)
                  if doc[s].idx >= skip_before and doc[s].is_title
                  and not any(i in gaz_tokens or i in firm_tokens for i in range(s, e))
                  # "Nursultan Nazarbayev National Defense University": a name inside an institution's
                  and not any(a <= s and e <= b and b - a > e - s for a, b in named_after)]
        # a known surname the tagger missed ("Dere said ...")
        covered = {i for s in spans for i in range(s.start, s.end)}
        for tok in doc:
            if tok.i not in covered and tok.is_title and self.registry.lookup(tok.text) is not None:
                spans.append(doc[tok.i:tok.i + 1])
        out = []
        for span in filter_spans(spans):
            if span[-1].lower_ in self.lex.organisation_heads:
                continue  # "Commander Pakistan Fleet", "the JMSDF's Escort Flotilla": a unit, not a name
            # strip title words and honorifics the tagger glued on ("Minister Chang Wanquan", "Raksha Mantri
            # Shri Rajnath Singh"); a span of nothing else ("Dato Seri") is no name, nor is a handle
            start = span.start
            while start < span.end:
                if doc[start].lower_ in self.lex.person_titles:
                    start += 1
                elif honorific := self._honorific_at(doc, start, span.end):
                    start += honorific
                else:
                    break
            # nor what the tagger ran on into ("Marco Zoff - the Managing Director"): a name ends on a name word
            end = span.end
            while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_lower) and doc[end - 2].whitespace_:
                end -= 1  # (a word joined on stays: "Shin Won-sik")
            if all(t.i in gaz_tokens or t.lower_ in self.lex.person_titles for t in doc[start:end]):
                continue  # "Bolivian Midshipman" before a name: its title, not another person
            if start < end and not doc[start].text.startswith("@"):
                out.append(doc[start:end])
        return out

    def _honorific_at(self, doc: Doc, start: int, end: int) -> int:
        """Length of the honorific ("Shri", "Tan Sri", "Dato' Seri") opening doc[start:end], else 0."""
        for words in self.lex.honorifics:
            if start + len(words) <= end and tuple(t.lower_ for t in doc[start:start + len(words)]) == words:
                return len(words)
        return 0

    def _place_leaders(self, doc: Doc, mentions: list[Mention]) -> None:
        """ "Defence Minister X led a Serbian delegation", "a Turkish delegation led by X": X is from the
        delegation's country, whatever a title window said."""
        by_head: dict[int, Mention] = {}
        for m in mentions:  # a mention counts for its own token and for the noun it qualifies
            by_head.setdefault(m.root, m)
            by_head.setdefault(doc[m.root].head.i, m)
        lead_verbs = self.lex.words["lead_verbs"]
        for m in mentions:
            if m.actor.kind != "person" or m.root < 0:
                continue
            tok = doc[_name_head(doc[m.root]).i]
            if tok.dep_ == "appos" and tok.head.lower_ in self.lex.title_heads:
                tok = tok.head  # "led by the Deputy Chief of Naval Staff, Vice Admiral X": the title is the object
            head = self._title_head_before(doc, m.start)
            if head is not None and not (tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.lower_ == "by")):
                tok = head  # "led by Assistant Secretary of State for African Affairs X": the title is the object
            led = None
            if tok.dep_ == "nsubj" and tok.head.lower_ in lead_verbs and not m.country:
                led = next((by_head[c.i] for c in tok.head.children if c.dep_ == "dobj" and c.i in by_head), None)
            elif tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lower_ in lead_verbs \
                    and tok.head.head.dep_ == "acl":
                led = by_head.get(tok.head.head.head.i)  # "a Turkish delegation led by X"
            if led is not None and led.country and led.actor.kind != "person" and led.country != m.country:
                m.actor = self.registry.register(Actor(m.actor.name, "person", led.country, m.actor.title))

    def _title_head_before(self, doc: Doc, start: int) -> Token | None:
        """The head word of the title just before a name ("Secretary" in "Assistant Secretary of State for X
        Affairs Y"), if any."""
        i = start - 1
        while i >= 0 and start - i <= 10 and (doc[i].lower_ in self.lex.person_titles or doc[i].is_title):
            if doc[i].lower_ in self.lex.title_heads:
                return doc[i]
            i -= 1
        return None

    def _titled_names(self, doc: Doc, skip_before: int, gaz_tokens: set[int], covered: set[int]) -> list[Span]:
        """Names the tagger missed right after a title: "the Minister of Defense of Kazakhstan Imangali
        Tasmagambetov". The title may name its country ("of X", "X's"); the name is 2-4 capitalised words."""
        found = []
        for tok in doc:
            if tok.idx < skip_before or tok.lower_ not in self.lex.title_heads or tok.i in covered:
                continue
            i, commas = tok.i + 1, 0
            while i < len(doc) and (doc[i].lower_ in self.lex.person_titles or doc[i].lower_ in ("of", "the", "'s", "’s")
                                    or (i in gaz_tokens and not commas)
                                    or (doc[i].text == "," and commas == 0 and i > tok.i + 1)):
                commas += doc[i].text == ","  # "the French Minister of the Armed Forces, Florence Parly,"
                i += 1
            end = i  # after an apposition's comma a name may hold a place's ("Florence Parly")
            while end < len(doc) and end - i < 4 and doc[end].is_title and doc[end].pos_ == "PROPN" \
                    and (end not in gaz_tokens or (commas and end + 1 < len(doc) and doc[end + 1].is_title
                                                   and end + 1 not in gaz_tokens)) \
                    and end not in covered and doc[end].lower_ not in self.lex.person_titles:
                end += 1
            if end - i >= 2 and not (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
                found.append(doc[i:end])
        return found

    def _title_window(self, doc: Doc, span: Span, gaz_at: dict[int, Mention],
                      person_at: dict[int, Span]) -> tuple[str, str | None] | None:
        """Country named in the title before a name: "Turkey's Deputy Defence Minister X", "the Chief of the
        Turkish General Staff, Army General X", "Azerbaijan's Consul General in Dubai, X" (Dubai is skipped)."""
        i, commas, executive = span.start - 1, 0, False
        self._window_hits.setdefault(span.start, [])
        while i >= 0 and span.start - i <= 14:
            tok = doc[i]
            if i in person_at:  # "... Minister Ng Eng Hen, Dong said": another person's title, not this one's
                return None
            hit = gaz_at.get(i)
            if hit is not None and (hit.category in (COUNTRY, DEMONYM, BODY, CAPITAL, IGO, MISSION, "organisation")
                                    or (hit.category == COMPANY and executive)):  # "BAE Systems chief executive X"
                # an organisation's officials carry its code ("NATO Secretary General X": NATO; "UNIFIL Force
                # Commander X": UN)
                j = hit.start - 1
                while j > 0 and doc[j].lower_ == "the":  # "of the Arab Republic of Egypt": "of" governs it
                    j -= 1
                before = doc[j].lower_ if j >= 0 else ""
                if before in ("in", "to", "at", "for"):  # "Ambassador to Kazakhstan X": not X's country
                    i = hit.start - 1
                    continue
                if commas and hit.category in (COUNTRY, CAPITAL) and doc[hit.end].text == "," and before != "of":
                    return None  # "jets from France, Defence Minister X said": France ends another phrase
                if commas and self._apposition_of_someone(doc, hit.start, person_at):
                    return None  # "Alexander Fomin, Russian Deputy Minister, Dong said": Fomin's title
                self._window_hits[span.start].append(hit)
                return hit.country, self._title_before(doc, span)
            if tok.lower_ in ("to", "at", "in") and i + 1 < span.start and (
                    doc[i + 1].lower_ in self.lex.title_heads or (doc[i + 1].lower_ == "the" and i + 2 not in gaz_at)):
                return None  # "handed over by X's minister to the Minister for Y, Z": another's title ends there
            if tok.lower_ in self.lex.executive_titles:
                executive = True
            elif tok.text in (",",) and commas == 0:
                commas += 1
            elif tok.text == "." and i > 0 and doc[i - 1].lower_ + "." in self.lex.person_titles:
                pass  # "U.S. Army Capt. X": the tokenizer split the abbreviation's point off
            elif not (tok.lower_ in self.lex.person_titles or tok.lower_ in ("'s", "’s", "-", "in", "to", "at")
                      or tok.lower_ in self.lex.organisation_heads  # "Iranian flotilla admiral X"
                      or (tok.is_title and tok.pos_ == "PROPN") or (tok.like_num and i > 0 and doc[i - 1].is_title)):
                return None  # (a number only as a unit's: "the Commander of Escort Flotilla 1, Rear Admiral X")
            i -= 1
        return None

    def _office_before_comma(self, doc: Doc, span: Span, gaz_at: dict[int, Mention],
                             person_at: dict[int, Span]) -> tuple[str, str | None] | None:
        """Country of the office a comma puts before a name: "the Commanding Officer of the visiting
        Bangladesh ship, Commander X", "the commander of the Chadian troops, Captain Y", "Head of the Jordanian
        delegation, Col. Z". The office's phrase may hold common nouns, which the title window stops at; it
        must have a title word, and a country after "to", "in", "at" or "for" is where the office serves."""
        i = span.start - 1
        while i >= 0 and (doc[i].lower_ in self.lex.person_titles or doc[i].text == "."):
            i -= 1  # the rank: "Commander", "Rear Admiral", "Col."
        if i < 1 or doc[i].text != ",":
            return None
        comma, found, office = i, None, None
        i -= 1
        while i >= 0 and comma - i <= 10:
            tok = doc[i]
            if i in person_at or tok.is_punct or tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or tok.pos_ == "AUX" \
                    or tok.lower_ in ("and", "or", "said", "says") or tok.ent_type_ in ("DATE", "TIME"):
                break
            if office is not None and tok.pos_ == "ADP" and not (
                    tok.lower_ == "by" and i > 0 and doc[i - 1].lower_ in self.lex.words["lead_verbs"]):
                # "handed over by the US Coast Guard to the Chief of the Naval Staff, Vice Admiral X"; but "the
                # Indian team led by the Deputy Chief of Naval Staff, Vice Admiral Y" is the team's
                break
            if office is None and tok.lower_ in self.lex.title_heads:
                office = i  # the office's head word, the last one before the comma
            hit = gaz_at.get(i)
            if hit is not None and hit.category in (COUNTRY, DEMONYM, BODY, IGO, MISSION, "organisation"):
                j = hit.start - 1
                while j > 0 and doc[j].lower_ == "the":
                    j -= 1
                if doc[j].lower_ not in ("to", "in", "at", "for"):
                    found = hit
                i = hit.start - 1
                continue
            i -= 1
        # the phrase is the office's own: it ends with its head word or an "of"/"from" phrase after it, not
        # with another noun ("its Australian counterpart SAS next month, Kopassus Commander X said")
        if found is None or office is None or (office + 1 < comma and doc[office + 1].lower_ not in ("of", "from")) \
                or (i >= 0 and i in person_at):
            return None
        if i > 0 and doc[i].text == "," and (i - 1) in person_at:
            return None  # "A, head of the Russian delegation, B said": A's office
        return found.country, self._title_before(doc, span)

    def _apposition_of_someone(self, doc: Doc, start: int, person_at: dict[int, Span]) -> bool:
        """True when the title phrase around doc[start] follows another person's name and a comma."""
        i = start - 1
        while i >= 0 and (doc[i].lower_ in self.lex.person_titles or doc[i].is_title or doc[i].lower_ == "the"):
            if i in person_at or doc[i].lower_ in ("and", "or"):  # "X, and the commander of Y, Z": a new item
                return False
            i -= 1
        return i > 0 and doc[i].text == "," and (i - 1) in person_at

    def _title_before(self, doc: Doc, span: Span) -> str | None:
        i = span.start - 1
        words = []
        while i >= 0 and (doc[i].lower_ in self.lex.person_titles or (doc[i].is_title and doc[i].ent_type_ != "PERSON"
                                                                       and doc[i].lower_ not in ("'s", "’s"))):
            words.append(doc[i])
            i -= 1
        words = [w for w in reversed(words) if w.lower_ not in ("the", "of", "and", "his", "her", "(", ")")
                 and not w.lower_.startswith(("retd", "rtd", "retired"))]
        while words and words[0].ent_type_ in ("GPE", "NORP"):
            words = words[1:]
        title = " ".join(w.text for w in words).strip()
        return title or None

    def _person_mention(self, doc: Doc, span: Span, local: tuple[str, str | None] | None,
                        bodies_at: dict[int, str]) -> Mention | None:
        name = span.text.replace("’s", "").replace("'s", "").strip()
        if any(ch.isdigit() for ch in name):
            return None  # "H-6K", "Su-35": a designator the tagger took for a name
        known = self.registry.lookup(name)
        country, title = (local or (None, None))
        if country is None:
            country = affiliated_country(span, self.lex, bodies_at)
        if title is None:
            title = self._title_before(doc, span)
        official = self.lex.officials.lookup(name, self.year) if country is None or title is None else None
        if official is not None:
            country = country or official.country
            title = title or official.title
        actor = Actor(name, "person", country, title)
        if known is None and len(name.split()) == 1 and country is None:
            return None
        if known is not None and (country is None or country == known.country):
            actor = known if country is None else self.registry.register(actor)
        elif country is not None or len(name.split()) > 1:
            actor = self.registry.register(actor)
        return Mention(span.start, span.end, actor, "person", span.root.i)
