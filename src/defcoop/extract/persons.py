"""People named in one document: full name, country and title, found again by surname."""
from __future__ import annotations

from dataclasses import dataclass, field

from defcoop.types import Actor


@dataclass
class PersonRegistry:
    by_name: dict[str, Actor] = field(default_factory=dict)
    by_surname: dict[str, str] = field(default_factory=dict)
    recent: list[str] = field(default_factory=list)  # full names, most recently mentioned last

    def register(self, actor: Actor) -> Actor:
        """Remember `actor`; an earlier entry with more detail (country, title) is kept and returned."""
        key = actor.name.lower()
        known = self.lookup(actor.name)
        if known is not None:
            merged = Actor(known.name if len(known.name) >= len(actor.name) else actor.name, "person",
                           known.country or actor.country, known.title or actor.title)
            self.by_name[known.name.lower()] = merged
            self.by_name[merged.name.lower()] = merged
            self._index(merged)
            return merged
        self.by_name[key] = actor
        self._index(actor)
        return actor

    def _index(self, actor: Actor) -> None:
        key = actor.name.lower()
        if key in self.recent:
            self.recent.remove(key)
        self.recent.append(key)
        parts = actor.name.split()
        if len(parts) > 1:
            self.by_surname.setdefault(parts[-1].lower(), actor.name.lower())
            if len(parts) == 2:  # "Dong Jun", "Lee Jong-sup": East Asian names put the family name first
                self.by_surname.setdefault(parts[0].lower(), actor.name.lower())

    def by_role(self, word: str) -> Actor | None:
        """The most recently named person whose title has `word` ("the minister", "the general")."""
        for key in reversed(self.recent):
            actor = self.by_name.get(key)
            if actor is not None and actor.title and word in actor.title.lower().split():
                return actor
        return None

    def lookup(self, name: str) -> Actor | None:
        """The registered person called `name`, by full name or by surname."""
        key = name.lower()
        if key in self.by_name:
            return self.by_name[key]
        parts = key.split()
        if parts and parts[-1] in self.by_surname:
            full = self.by_name.get(self.by_surname[parts[-1]])
            if full is not None and (len(parts) == 1 or full.name.lower().endswith(key)
                                     or full.name.lower().startswith(key)):
                return full
        return None
