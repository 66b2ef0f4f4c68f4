"""Warships named with their navy's prefix ("INS Vikrant", "USS Ronald Reagan", "PNS Babur"): the prefix
says whose ship it is, so the ship stands for its country's navy, and a name the tagger takes for a
person's ("Ronald Reagan") is the ship's."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from defcoop.resolve.gazetteer import BODY, GazetteerEntry

NAME_WORDS = 3  # a ship's name after its prefix: "Vikrant", "Ronald Reagan", "Carl Vinson"


def ship_hits(doc: Doc, prefixes: dict[str, str], names: dict[str, str],
              skip_before: int) -> list[tuple[Span, list[GazetteerEntry]]]:
    """Each prefixed ship name of the sentence as a gazetteer hit of its navy's country."""
    out = []
    for tok in doc:
        code = prefixes.get(tok.text)
        if code is None or tok.idx < skip_before:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= NAME_WORDS and (doc[end].is_title or doc[end].is_upper) \
                and doc[end].is_alpha and doc[end].text not in prefixes:
            end += 1
        if end > tok.i + 1:
            span = doc[tok.i:end]
            out.append((span, [GazetteerEntry(span.text, BODY, code, names.get(code, code))]))
    return out
