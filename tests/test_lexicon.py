"""The prefix-tree phrase regexes match what a longest-first alternation of the phrases matches."""
from __future__ import annotations

import re

import pytest

from defcoop.extract.lexicon import _phrase_regex

PHRASES = ["nato", "nato summit", "nato summits", "nat", "un", "united nations", "u.s.", "a-10", "deliver",
           "delivered", "delivers", "sign", "signed a deal", "signed a", "c++", "(un)"]
TEXTS = [
    "At the NATO summit the U.S. delivered A-10 jets; nato summits and natos.",
    "un-led, UN, united nations, unitednations, nato-led forces, nat nato",
    "They signed a deal. They signed a contract. They signed a. sign signs signes",
    "c++ and (un) and deliverer delivers delivered",
]


def _alternation(phrases: list[str], plurals: bool) -> re.Pattern:
    alternation = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation}){'(?:s|es)?' if plurals else ''}(?![\w-])")


@pytest.mark.parametrize("plurals", [False, True])
def test_prefix_tree_matches_the_longest_first_alternation(plurals):
    tree, plain = _phrase_regex(PHRASES, plurals), _alternation(PHRASES, plurals)
    for text in TEXTS:
        text = text.lower()
        assert [(m.span(), m.group(0)) for m in tree.finditer(text)] == \
               [(m.span(), m.group(0)) for m in plain.finditer(text)]
    assert tree.search("the nato summit opened").group(0) == "nato summit"
    assert tree.search("nato-led forces") is None
