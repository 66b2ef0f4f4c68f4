"""Matchers and word sets compiled once per process from the data files.

The same trigger phrases feed the cheap pre-parse filter (`trigger_regex`) and the
token matcher used on parsed sentences, so the two can never disagree.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from lemminflect import getAllInflections, getAllLemmas
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Token

from defcoop.resolve.officials import load_officials
from defcoop.resolve.gazetteer import (CITY, IGO, MISSION, GazetteerEntry, case_sensitive, igo_seats, load_gazetteer,
                                       load_lexicon)


def verb_inflections(phrase: str) -> list[str]:
    """The other tenses of a phrase the data write with a past verb ("spoke by phone": "has spoken by
    phone", "speaking by phone", "speaks by phone"): news tells an act in every tense. Only a past form
    opens such a phrase unambiguously; "working visit" or "arms fair" open with a noun's modifier."""
    words = phrase.split()
    if len(words) < 2:
        return []
    lemmas = getAllLemmas(words[0]).get("VERB", ())
    if not lemmas or lemmas[0] in ("be", "have", "do"):
        return []
    forms = getAllInflections(lemmas[0], upos="VERB")
    if words[0] not in forms.get("VBD", ()) + forms.get("VBN", ()):
        return []
    return [" ".join([form, *words[1:]]) for group in forms.values() for form in group if form != words[0]]


def typeset_spellings(phrase: str) -> list[str]:
    """A name as the data write it and with a typeset apostrophe: "People’s Republic of China" must match
    as a whole, not as Taiwan's "Republic of China" inside it."""
    return list(dict.fromkeys([phrase, phrase.replace("'", "’")]))


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    # strong | weak | give | receive | arrive (what arrives: a transport landing with cargo for TRANSFER, a
    # navy's ship calling at a port for MEET; the place it arrives at is the other side)
    strength: str
    phrase: str


def _phrase_regex(phrases: list[str], plurals: bool = False) -> re.Pattern:
    """Any of `phrases` as a whole word or words, the longest that fits; `plurals` allows -s/-es."""
    ending = "(?:s|es)?" if plurals else ""
    return re.compile(rf"(?<![\w-])(?:{_prefix_tree(set(phrases))}){ending}(?![\w-])")


def _prefix_tree(phrases: set[str]) -> str:
    """A regex for exactly `phrases`, factored by common prefixes ("nato(?: summit)?").

    Python's `re` tries a plain alternation of a thousand names one by one at every position of a
    text; the tree fails at the first letter no name starts with. It matches what the longest-first
    alternation matches: where several phrases fit, going deeper is tried before ending, so the
    longest one wins, then the next longest, as the lookahead allows."""
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _render(tree)


def _render(node: dict) -> str:
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass
class Lexicon:
    nlp: Language
    triggers: dict[str, list[Trigger]] = field(default_factory=dict)  # phrase -> triggers
    aliases: dict[str, list[GazetteerEntry]] = field(default_factory=dict)  # matcher key -> entries

    def __post_init__(self) -> None:
        data = load_lexicon("triggers.json")
        roles = load_lexicon("roles.json")
        vocab = self.nlp.vocab
        make_doc = self.nlp.make_doc
        self.trigger_matcher = PhraseMatcher(vocab, attr="LOWER")
        triggers: dict[str, list[Trigger]] = defaultdict(list)
        for etype, groups in data["types"].items():
            for strength, phrases in groups.items():
                if strength == "items":
                    continue
                for phrase in phrases:
                    triggers[phrase].append(Trigger(etype, strength, phrase))
        self.exhibition_hosts: dict[str, str] = {}
        acronyms: set[str] = set()  # "IDEAS", "MAKS", "DSA": written in lower case, the word ("shared ideas")
        for show in load_lexicon("exhibitions.json")["exhibitions"]:
            for name in _spellings(show["names"]):
                self.exhibition_hosts[name.lower()] = show["country"]
                if " " not in name and name[1:] != name[1:].lower():
                    acronyms.add(name.lower())
                if not any(t.type == "EXHIBIT" for t in triggers[name.lower()]):
                    triggers[name.lower()].append(Trigger("EXHIBIT", "strong", name.lower()))
        self.acronym_shows = frozenset(acronyms)
        for phrase in list(triggers):  # the data's phrase stays the trigger's name in every tense
            for form in verb_inflections(phrase):
                if form not in triggers:
                    triggers[form] = list(triggers[phrase])
        self.triggers = dict(triggers)
        for phrase in self.triggers:
            self.trigger_matcher.add(phrase, [make_doc(phrase)])
        self.trigger_regex = _phrase_regex(list(self.triggers))
        self.weak_deploy_words = frozenset(p for p, ts in self.triggers.items()
                                           if all(t.type == "DEPLOY" and t.strength == "weak" for t in ts))
        self.defence_regex = _phrase_regex(data["defence_cues"], plurals=True)  # "frigates", "air forces"
        self.planned_control_verbs = frozenset(data["planned_control_verbs"])
        self.participation_regex = _phrase_regex(data["participation_cues"])
        # An article about a defence show: its sentences saying who brought what are EXHIBIT events.
        self.show_regex = _phrase_regex([p for p, ts in self.triggers.items()
                                         if any(t.type == "EXHIBIT" and t.strength == "strong" for t in ts)])
        self.exhibit_cue_regex = _phrase_regex(data["exhibit_cues"])
        self.exhibit_cue_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.exhibit_cue_matcher.add("CUE", [make_doc(p) for p in data["exhibit_cues"]])
        self.participation_words = frozenset(w for p in data["participation_cues"] for w in p.split()) - {"have", "has", "also", "part", "take", "takes", "units", "troops"}
        items = data["types"]["TRANSFER"]["items"]  # both numbers of each noun: "patrol boat(s)"
        self.items = frozenset(items) | {w + "s" for w in items} | {w[:-1] for w in items if w.endswith("s")}
        self.planned_words = frozenset(w for w in data["planned_cues"] if " " not in w)
        self.negation_words = frozenset(w for w in data["negation_cues"] if " " not in w)
        self.topic_verbs = frozenset(data["topic_verbs"])
        rivals = data["rival_cues"]
        self.rival_people = frozenset(rivals["people"])
        self.rival_offers = frozenset(rivals["offers"])
        self.rival_qualifiers = frozenset(rivals["qualifiers"])
        self.rival_verbs = frozenset(rivals["verbs"])
        self.rival_choices = {prep: frozenset(verbs) for prep, verbs in rivals["choices"].items()}
        self.threat_nouns = frozenset(rivals["threats"])
        self.pair_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.pair_matcher.add("PAIR", [make_doc(p) for p in data["pair_references"]])
        self.location_preps = frozenset(data["location_prepositions"])
        self.person_titles = frozenset(roles["person_titles"]) | frozenset(roles["portfolio_words"])
        self.title_heads = frozenset(roles["title_heads"])
        self.executive_titles = frozenset(roles["executive_titles"])
        self.igo_seats = igo_seats()
        self.ship_prefixes: dict[str, str] = load_lexicon("ship_prefixes.json")["prefixes"]
        self.honorifics = tuple(sorted((tuple(h.split()) for h in roles["honorifics"]), key=len, reverse=True))
        # "Defence Minister Walter Ayala": a sentence that introduces a titled person is parsed even
        # without a trigger, so that "the minister" or "Ayala" can be found again later.
        titles = "|".join(re.escape(t.capitalize()) for t in sorted(self.title_heads))
        self.titled_name_regex = re.compile(rf"\b(?:{titles})\s+(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][a-z][\w'’-]+")
        self.organisation_heads = frozenset(roles["organisation_heads"])
        self.company_cues = frozenset(roles["company_cues"])
        self.host_triggers = frozenset(roles["host_triggers"])
        self.words = {name: frozenset(words) for name, words in roles["word_lists"].items() if name != "_comment"}
        nouns = "|".join(sorted(self.words["continuation_nouns"]))
        # A sentence opening "It ...", "They ..." or "The drills ..." continues the act of the one before.
        self.continuation_regex = re.compile(rf"(?:It|They|These|This|The (?:{nouns}))\b")
        self.non_party_heads = frozenset(roles["non_party_heads"])
        self.deploy_cues = frozenset(data["deploy_cues"])
        self.opinion_sources = frozenset(w for p in data["opinion_sources"] for w in p.split()) - {"think"}
        self.cargo_words = frozenset(w for p in data["cargo_words"] for w in p.split()) - {"with", "a", "of"}
        self.with_recipient_triggers = frozenset(data["with_recipient_triggers"])
        self.geo_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.geo_matcher.add("GEO", [make_doc(p) for p in data["geo_stop_phrases"]])
        self.host_types = frozenset(roles["host_types"])
        self._build_actor_matchers()
        # officials the text may name bare ("Biden met Erdogan"): full names and distinctive surnames
        self.officials = load_officials()
        self.officials_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.officials_matcher.add("OFFICIAL", [make_doc(s) for n in self.officials.names() for s in typeset_spellings(n)])

    def show_hosts(self, found: list[tuple[Trigger, Token]]) -> list[str]:
        """The host country of each show a sentence's triggers name ("at DSA": Malaysia), in text order."""
        return [self.exhibition_hosts[t.phrase] for t, _ in found
                if t.type == "EXHIBIT" and t.phrase in self.exhibition_hosts]

    def _build_actor_matchers(self) -> None:
        gaz = load_gazetteer()
        self.lower_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.orth_matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        by_key: dict[str, list[GazetteerEntry]] = defaultdict(list)
        for entry in gaz.entries:
            exact = case_sensitive(entry.alias)
            key = ("=" if exact else "~") + (entry.alias if exact else entry.alias.lower())
            by_key[key].append(entry)
        for key in by_key:
            matcher = self.orth_matcher if key[0] == "=" else self.lower_matcher
            matcher.add(key, [self.nlp.make_doc(text) for text in typeset_spellings(key[1:])])
        self.aliases = dict(by_key)
        self.country_names = gaz.names_by_code()
        # any international organisation or operation by name: a document without one cannot tell a
        # deployment, so its sentences with only weak deployment words ("troops", "units") need no parse
        self.organisation_regex = _phrase_regex([e.alias.lower() for e in gaz.entries if e.category in (IGO, MISSION)])
        # any actor by name (not the short, case-sensitive aliases): a sentence naming two countries'
        # actors is parsed even without a trigger word ("KAI agreed with PT Dirgantara Indonesia to ...")
        codes: dict[str, set[str]] = defaultdict(set)
        for entry in gaz.entries:
            if not case_sensitive(entry.alias) and entry.category != CITY:
                for spelling in typeset_spellings(entry.alias.lower()):
                    codes[spelling].add(entry.code)
        self.actor_codes = {alias: frozenset(c) for alias, c in codes.items()}
        self.actor_regex = _phrase_regex(list(codes))
        # an item of a list or a table row that opens with a party ("Denmark — 19 Caesar howitzers.",
        # "Ghana | 876 | Infantry battalion"): it takes the act of the list's lead
        self.list_item_regex = re.compile(rf"[-•*·\s]*(?:the\s+)?(?:{self.actor_regex.pattern})\s*(?:—|–|:|\||-\s)",
                                          re.IGNORECASE)


def _spellings(names: list[str]) -> list[str]:
    """Each name as written and in the other spelling of "defence" ("Defence Services Asia" is also
    written "Defense Services Asia")."""
    out = list(names)
    for name in names:
        for a, b in (("Defence", "Defense"), ("Defense", "Defence")):
            if a in name and name.replace(a, b) not in out:
                out.append(name.replace(a, b))
    return out
