"""One actor's mention in a parsed sentence: the unit every extraction step passes around."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from defcoop.types import Actor


@dataclass
class Mention:
    start: int  # token index in the sentence Doc
    end: int
    actor: Actor
    category: str  # gazetteer category, "person" or "organisation"
    root: int  # index of the syntactic head token
    antecedent: "Mention | None" = None  # for a pronoun: the mention it stands for
    is_location: bool = False
    is_origin: bool = False  # a demonym qualifying a thing ("Russian drones"): the thing's origin
    is_topic: bool = False  # named only as what talks were about ("discussed the situation around Taiwan"), or as
    # a rival bidder ("beating out competing bids from Pakistan")
    is_adversary: bool = False  # told as what an act is aimed against ("simulate an invasion by the PLA"): never a side
    is_rival: bool = False  # a losing or competing bidder ("after a hard competition from Elbit"): never a side either
    is_speaker: bool = False  # "we", "our navy": the speaker's country, a party only in the act's own clause
    is_seat: bool = False  # a place that is the seat of an organisation the sentence names ("in Brussels")

    @property
    def country(self) -> str | None:
        return self.actor.country


def span_text(doc: Doc, start: int, end: int) -> str:
    text = doc[start:end].text
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    return text.strip(" ,")
