"""Load the spaCy pipeline offline, with only the components extraction needs."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from defcoop.errors import ConfigError

# Lemmas are not used (the lexicon lists inflected forms), so the lemmatizer is left out.
EXCLUDED = ("lemmatizer",)


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """The installed spaCy pipeline `name`; a clear error if it is not installed."""
    try:
        return spacy.load(name, exclude=list(EXCLUDED))
    except OSError as exc:
        raise ConfigError(f"spaCy model '{name}' is not installed (pip install the package that ships it): {exc}") from exc
