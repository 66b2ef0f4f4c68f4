"""Cheap rule-based sentence splitting over cleaned text, with character offsets.

Run before parsing so that only candidate sentences reach the parser.
"""
from __future__ import annotations

import re

# Abbreviated titles and ranks written with a full stop before a name ("Sgt. Maria Delgado", "Lt. Col.
# X", "Hon. Y"): the tokenizer keeps each whole (nlp/model.py), and no sentence ends at its stop.
TITLE_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt sgt adm brig cmdr cdr gov sen rep hon amb cpl pvt spc pfc cmde cdre
lcdr ltc ssgt msgt sfc cpo sqn ldr flt wg gp cmdt
""".split())
# Words after which a full stop does not end a sentence.
ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset("""
st jr sr inc co corp ltd no nos
jan feb mar apr jun jul aug sep sept oct nov dec vs etc approx est dept fig int'l intl govt mt ft
u.s u.k u.n e.u u.a.e a.s s.a
""".split())

# A stop, closing quotes, then space and a capital; or a stop glued to the next sentence ("security.The").
_BOUNDARY = re.compile(r"[.!?…]+[\"'»”’)\]]*\s+(?=[\"'«“‘(\[]?[A-Z0-9\u0400-\u042F])|(?<=[a-z]{3}\.)(?=[A-Z][a-z]+\s)")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_DATELINE_HEAD = re.compile(r"^[A-Z][A-Z\- ]{1,30}$")


def _ends_with_abbreviation(text: str, end: int) -> bool:
    """True when the full stop at `end` closes an abbreviation or an initial, not a sentence."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:end].strip("(\"'“‘").lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "John F. Kennedy"
        return True
    return word.rstrip(".") in ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of `text`, never crossing a paragraph."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in _PARAGRAPH.split(text):
        start_para = text.find(para, pos) if para else pos
        pos = start_para + len(para)
        sent_start = 0
        for m in _BOUNDARY.finditer(para):
            dot = m.start()
            if para[dot] == "." and _ends_with_abbreviation(para, dot):
                continue
            head = para[sent_start:dot].strip()
            if sent_start == 0 and _DATELINE_HEAD.match(head):  # "ASTANA. KAZINFORM - ..." is one sentence
                continue
            _append(spans, para, start_para, sent_start, m.end())
            sent_start = m.end()
        _append(spans, para, start_para, sent_start, len(para))
    return spans


def _append(spans: list[tuple[int, int]], para: str, offset: int, start: int, end: int) -> None:
    chunk = para[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    if chunk.strip():
        spans.append((offset + start + lead, offset + end - trail))


# Reporting-style datelines at the start of a paragraph: "MOSCOW, August 15 (ITAR-TASS) - ",
# "DUBAI, United Arab Emirates - ", "NUR SULTAN. KAZINFORM - ". Places named there are not parties.
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'\-]{1,40})(?:[.,][^\n]{0,60}?)?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s+"
    # "Buenos Aires, 17/04/2024 – ": a place in title case, then a date with digits
    r"|^[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}, (?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d"
    r"|\d{1,2} [A-Z][a-z]+ (?:19|20)\d\d|[A-Z][a-z]+\.? \d{1,2},? (?:19|20)\d\d)\s*[–—-]+\s+")


def dateline_length(sentence: str) -> int:
    """Length of a leading dateline in `sentence` (0 if none)."""
    m = DATELINE.match(sentence)
    return m.end() if m else 0


# A paragraph that opens a story of its own on a page of several (digests, newsletters, a ministry's
# list of items): a list item, or a dateline ("DOHA (June 15): ...", "NANYUKI, Aug 8 - ...").
_STORY_OPENING = re.compile(r"""(?:[-•*–—▪►]\s|\d{1,2}[.)]\s|"""
                            r"""[A-Z][A-Z .'\-]{2,40}(?:,[^\n:]{1,40}?)?\s*(?:\([^)\n]{1,40}\))?\s*[:\-–—]+\s)""")


def story_numbers(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """For each sentence span of `text`, the number of the story it belongs to (0 for the first): a new
    story begins with a paragraph opened by a list marker or a dateline, after the page's first story,
    unless the paragraph before ends with a colon: then it and the items after it are its story's list."""
    out, story, line_start, previous = [], 0, 0, 0
    listing = False  # inside a list its story's lead introduced ("What was promised, donor by donor:")
    for start, _ in spans:
        newline = text.rfind("\n", previous, start)  # searched since the last sentence only: linear in the text
        lead_end = previous
        previous = start
        if not out or newline >= line_start:  # the sentence opens a paragraph
            line_start = newline + 1
            item = bool(_STORY_OPENING.match(text, start))
            listing = item and (listing or text[lead_end:max(newline, lead_end)].rstrip().endswith(":"))
            if out and item and not listing:
                story += 1
        out.append(story)
    return out
