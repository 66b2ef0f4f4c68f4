"""Load the spaCy pipeline offline, with only the components extraction needs."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

from defcoop.errors import ConfigError
from defcoop.nlp.attributes import use_indexed_attribute_ruler
from defcoop.nlp.sentences import TITLE_ABBREVIATIONS

# Lemmas are not used (the lexicon lists inflected forms), so the lemmatizer is left out.
EXCLUDED = ("lemmatizer",)
# Event and show names carry their year: "IDEX-2019", "Peace Mission-2018". Splitting the year
# off lets the name match the lexicon; model names like "MiG-29" or "F-16" are left whole.
YEAR_SUFFIX_INFIX = r"(?<=[A-Za-z]{2})-(?=(?:19|20)\d\d(?![\w-]))"


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """The installed spaCy pipeline `name`; a clear error if it is not installed."""
    try:
        nlp = spacy.load(name, exclude=list(EXCLUDED))
    except OSError as exc:
        raise ConfigError(f"spaCy model '{name}' is not installed (pip install the package that ships it): {exc}") from exc
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + [YEAR_SUFFIX_INFIX]).finditer
    keep_title_abbreviations(nlp)
    use_indexed_attribute_ruler(nlp)  # same annotations in a fifth of the time (nlp/attributes.py)
    return nlp


def keep_title_abbreviations(nlp: Language) -> None:
    """ "Sgt. Maria Delgado", "Lt. Col. X": the English tokenizer splits the stop off most abbreviated ranks
    ("Sgt", "."), which cuts the title from the name; each stays one token, as "Gen." and "Dr." already do."""
    for word in TITLE_ABBREVIATIONS:
        for form in {word, word.capitalize(), word.upper()}:
            nlp.tokenizer.add_special_case(f"{form}.", [{ORTH: f"{form}."}])
