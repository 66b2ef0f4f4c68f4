"""What a transfer register reader looks for first, read from a TRANSFER event's item and evidence:
how many (quantity), which model (designation), what kind (category, from
`data/transfer_categories.json`) and whether the report is of an order or a delivery.

    describe_transfer("12 A-29 Super Tucano light attack aircraft", "planned", "Nigeria ordered ...")
    -> TransferFacts(quantity=12, designation="A-29 Super Tucano", category="aircraft", stage="order")

Pure functions over strings; the stored event is not changed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from defcoop.resolve.gazetteer import load_lexicon

OTHER = "other"
STAGES = ("order", "delivery", "planned")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "pair": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12,
                "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90, "hundred": 100}
_QUANTITY_RE = re.compile(r"^\s*(?:(?:up to|about|around|some|nearly|over|more than|another|an additional)\s+)?"
                          r"(\d{1,3}(?:,\d{3})+|\d+|[a-z]+)(?:[\s-]+([a-z]+))?\b", re.IGNORECASE)
_SPLIT_RE = re.compile(r",(?!\d{3})|;|\band\b|\bas well as\b|\bplus\b", re.IGNORECASE)
_MODEL_TOKEN_RE = re.compile(r"^[\"'(]?([A-Z0-9][\w./-]*|[a-z]+-\d[\w-]*)[\"')]?$")


@dataclass(frozen=True, slots=True)
class TransferFacts:
    """Register columns of one transfer (None when the text does not say)."""

    quantity: int | None
    designation: str | None
    category: str
    stage: str  # order | delivery | planned


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern, dict[str, str], dict[str, re.Pattern]]:
    """(one pattern of every keyword, longest first; keyword -> category; stage -> pattern of its cues)."""
    data = load_lexicon("transfer_categories.json")
    category_of = {kw.lower(): cat for cat in reversed(data["order"]) for kw in data["categories"][cat]}
    keywords = sorted(category_of, key=lambda kw: (-len(kw), kw))
    # at each position the longest keyword wins, and a match hides the shorter keywords inside it
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, keywords)) + r")(?:e?s)?(?![\w-])")
    stages = {stage: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                                + r")\b", re.IGNORECASE)
              for stage, words in data["stages"].items()}
    return pattern, category_of, stages


def first_item(item: str) -> str:
    """The first of the goods an item text lists ("Typhoon jets and Hawk trainers" -> "Typhoon jets")."""
    return _SPLIT_RE.split(item, maxsplit=1)[0].strip()


def item_category(item: str | None) -> str:
    """The category of the first kind of goods the first item names; "other" when no keyword matches."""
    if not item:
        return OTHER
    pattern, category_of, _ = _lexicon()
    # the first named kind of goods leads ("Pinaka rocket launchers ... rockets": armour)
    found = pattern.search(first_item(item).lower())
    return category_of[found.group(1)] if found else OTHER


def item_quantity(item: str | None) -> tuple[int | None, str]:
    """(number of pieces the item starts with, the rest): "five UH-60s" -> (5, "UH-60s")."""
    if not item:
        return None, ""
    m = _QUANTITY_RE.match(item)
    if not m:
        return None, item
    word, following = m.group(1).lower(), (m.group(2) or "").lower()
    if word.replace(",", "").isdigit():
        value = int(word.replace(",", ""))
        # "2200" in "Avante 2200" is a model number, but a leading year-like number is not a count either
        return (value, item[m.end(1):].strip()) if value < 1000 or "," in word else (None, item)
    if word in NUMBER_WORDS and word not in ("a", "an"):
        value = NUMBER_WORDS[word]
        if following in NUMBER_WORDS and NUMBER_WORDS[following] < 10 and value >= 20:  # "twenty-four"
            return value + NUMBER_WORDS[following], item[m.end(2):].strip()
        rest = item[m.end(1):].strip()
        return value, re.sub(r"^of\s+", "", rest)
    return None, item


def item_designation(item: str | None) -> str | None:
    """The model named in the first item: the run of capitalised or numbered words ("UH-60 Black Hawk")."""
    if not item:
        return None
    _, rest = item_quantity(first_item(item))
    run: list[str] = []
    for token in rest.split():
        if _MODEL_TOKEN_RE.match(token):
            run.append(token.strip("\"'()"))
        elif run:
            break
    return " ".join(run) or None


def transfer_stage(status: str, evidence: str = "", item: str | None = None) -> str:
    """"delivery" (the goods arrived or were handed over), "order" (a contract or purchase, goods to come)
    or "planned" (announced, nothing signed), from the event's status and its sentence's wording."""
    _, _, stages = _lexicon()
    text = f"{evidence} {item or ''}"
    if status == "occurred" and stages["delivery"].search(text):
        return "delivery"
    if stages["order"].search(text):
        return "order"
    return "delivery" if status == "occurred" else "planned"


def describe_transfer(item: str | None, status: str, evidence: str = "") -> TransferFacts:
    """Quantity, designation, category and stage of one transfer."""
    quantity, _ = item_quantity(first_item(item)) if item else (None, "")
    return TransferFacts(quantity, item_designation(item), item_category(item), transfer_stage(status, evidence, item))


__all__ = ["STAGES", "TransferFacts", "describe_transfer", "first_item", "item_category", "item_designation",
           "item_quantity", "transfer_stage"]
