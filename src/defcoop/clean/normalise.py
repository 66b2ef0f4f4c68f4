"""Text normalisation for exact-duplicate keys (content_hash), shared with dedup."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_QUOTES = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-",
})
_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Lower-case, NFKC, typographic quotes and dashes made plain, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return _SPACE.sub(" ", text).strip()


def content_hash(text: str) -> str:
    """sha256 hex digest of `normalise_text(text)`: the exact-duplicate key of a cleaned document."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
