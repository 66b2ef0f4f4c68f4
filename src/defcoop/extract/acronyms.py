"""Acronyms a text spells out: "the Royal Cambodian Armed Forces (RCAF)" makes "RCAF" Cambodian for the
rest of the document, whatever a gazetteer says it stands for elsewhere (the Royal Canadian Air Force)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from defcoop.extract.lexicon import Lexicon
from defcoop.resolve.gazetteer import BODY, COUNTRY, DEMONYM, GazetteerEntry, preferred

Hits = list[tuple[Span, list[GazetteerEntry]]]  # gazetteer matches of a sentence, as mentions.py finds them
OWNER_CATEGORIES = (COUNTRY, BODY, DEMONYM)  # what an acronym's spelt-out name may belong to


def in_brackets(doc: Doc, i: int) -> bool:
    """ "(RCAF)": an all-capitals word of 2-8 letters alone between brackets."""
    tok = doc[i]
    return (0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")"
            and 2 <= len(tok.text) <= 8 and tok.text.isalpha() and tok.text.isupper())


class AcronymBook:
    """The acronyms one document has defined so far, and their use in each of its sentences."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.defined: dict[str, GazetteerEntry] = {}

    def read(self, doc: Doc, gaz: Hits, skip_before: int) -> Hits:
        """The sentence's gazetteer hits with the acronyms it defines or uses read as the text defined them."""
        self._learn(doc, gaz, skip_before)
        return self._apply(doc, gaz, skip_before) if self.defined else gaz

    def _learn(self, doc: Doc, gaz: Hits, skip_before: int) -> None:
        """ "X (ACR)" where X names a country's body ("the Royal Cambodian Armed Forces", "the Armed Forces of
        the Philippines") defines ACR as that body; X a country ("Central African Republic (CAR)") as that
        country. Acronyms the gazetteer knows as anything but a body ("UAE", "MINUSMA") keep their meaning."""
        by_start = {span.start: entries for span, entries in gaz}
        for tok in doc:
            if tok.idx < skip_before or not in_brackets(doc, tok.i):
                continue
            if any(e.category != BODY for e in by_start.get(tok.i, [])):
                continue
            owners = [(span, e) for span, entries in gaz for e in [preferred(entries)]
                      if e.category in OWNER_CATEGORIES and tok.i - 8 <= span.start and span.end <= tok.i - 1
                      and not any(t.text in (",", ";", "(", ")") for t in doc[span.end:tok.i - 1])
                      and not (span.start > 0 and doc[span.start - 1].lower_ in ("in", "to", "at", "for", "from"))]
            if not owners or any(t.lower_ in self.lex.company_cues for t in doc[max(0, tok.i - 8):tok.i]):
                continue
            span, owner = owners[-1]
            if owner.category == COUNTRY and span.end == tok.i - 1:
                self.defined[tok.text] = GazetteerEntry(tok.text, COUNTRY, owner.code, owner.canonical)
            else:
                self.defined[tok.text] = GazetteerEntry(tok.text, BODY, owner.code, tok.text)

    def _apply(self, doc: Doc, gaz: Hits, skip_before: int) -> Hits:
        by_start = {span.start: span for span, _ in gaz}
        used = [(doc[tok.i:tok.i + 1], [self.defined[tok.text]]) for tok in doc
                if tok.idx >= skip_before and tok.text in self.defined
                and (tok.i not in by_start or by_start[tok.i].end == tok.i + 1)]
        at = {span.start for span, _ in used}
        kept = [(span, entries) for span, entries in gaz if not any(span.start <= i < span.end for i in at)]
        return sorted([*used, *kept], key=lambda hit: hit[0].start)
