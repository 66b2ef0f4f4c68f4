"""A firm's local arm, named with the country it is incorporated in ("Raytheon UK", "Saab Australia",
"Lockheed Martin Canada", "Kongsberg Defence Australia", "American Eurocopter"): docs/annotation.md counts
a local subsidiary for its own country, so the hit of the parent firm and the country's name after it (or
another country's demonym just before it) become one firm of that country."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from defcoop.resolve.gazetteer import COMPANY, COUNTRY, DEMONYM, GazetteerEntry, preferred

Hit = tuple[Span, list[GazetteerEntry]]
BETWEEN = 2  # capitalised words between the firm and the country: "Kongsberg Defence Australia"


def local_arms(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """`hits` (in text order) with each firm followed by a country's name joined into that country's firm."""
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        span, entries = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if nxt is not None and preferred(entries).category == COMPANY and _names_its_arm(doc, span, nxt[0]) \
                and any(e.category == COUNTRY for e in nxt[1]):
            country = next(e for e in nxt[1] if e.category == COUNTRY)
            firm = preferred(entries)
            if firm.code != country.code:
                joined = doc[span.start:nxt[0].end]
                out.append((joined, [replace(firm, alias=joined.text, code=country.code)]))
                i += 2
                continue
        if nxt is not None and _demonym_of_another(doc, span, entries, nxt):
            # "delivered to the US Army by American Eurocopter": the maker's arm in that country
            demonym = next(e for e in entries if e.category == DEMONYM)
            joined = doc[span.start:nxt[0].end]
            out.append((joined, [replace(preferred(nxt[1]), alias=joined.text, code=demonym.code)]))
            i += 2
            continue
        out.append((span, entries))
        i += 1
    return out


def _demonym_of_another(doc: Doc, span: Span, entries: list[GazetteerEntry], nxt: Hit) -> bool:
    """A country's adjective written as the first word of a foreign firm's name: next to it, capitalised,
    and the firm's home is another country ("American Eurocopter"; not "French Dassault")."""
    firm = preferred(nxt[1])
    return (nxt[0].start == span.end and firm.category == COMPANY and firm.kind != "organisation"
            and preferred(entries).category == DEMONYM and span[0].is_title
            and all(e.code != firm.code for e in entries))


def _names_its_arm(doc: Doc, firm: Span, country: Span) -> bool:
    """The country's name closes the firm's name: next to it, or after a few capitalised words, and the
    country's name is not the start of something else ("Saab Australia's" yes; "Saab, Australia" no)."""
    between = doc[firm.end:country.start]
    if len(between) > BETWEEN or not all(t.is_title and t.is_alpha for t in between):
        return False
    after = doc[country.end] if country.end < len(doc) else None
    return not (after is not None and after.is_title and after.is_alpha
                and after.lower_ not in ("ltd", "limited", "pty", "inc"))
