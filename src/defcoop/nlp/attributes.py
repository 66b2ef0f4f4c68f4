"""The model's attribute ruler, applied through an index instead of spaCy's Matcher.

en_core_web_sm's `attribute_ruler` maps fine tags to parts of speech and morphology with 179
Matcher patterns. The Matcher tries every pattern at every token, which made it 13% of parsing
time. Its patterns are one or two tokens, each tested with equality, IN, NOT_IN or REGEX on
TAG, LOWER, DEP or IS_SPACE, so an index by tag and by word finds the few patterns that can
apply to a token. The patterns, their order (a later pattern wins) and the attributes they set
are the model's own; a test compares both components on every token of the evaluation corpora.
A model whose patterns use anything else keeps spaCy's component (`compile_patterns` says so).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

__all__ = ["IndexedAttributeRuler", "UnsupportedPattern", "compile_patterns", "use_indexed_attribute_ruler"]

# token features a pattern may test, in the order `__call__` reads them
FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")
# which feature files a rule: the most selective one it tests for equality or membership
INDEX_ORDER = ("LOWER", "DEP", "TAG", "IS_SPACE")

Features = tuple[str, str, str, bool]
Test = Callable[[Features], bool]


class UnsupportedPattern(ValueError):
    """A pattern tests something the index does not handle; keep spaCy's component."""


@dataclass(frozen=True)
class _Rule:
    """One alternative of one attribute-ruler pattern."""

    order: int  # position of the pattern in the ruler: later patterns win
    tests: tuple[tuple[int, Test], ...]  # (token offset, test); the index has already checked one
    length: int  # tokens in the match
    target: int  # offset of the token that receives the attributes
    attrs: dict

    def holds(self, features: list[Features], start: int) -> bool:
        if start + self.length > len(features):
            return False
        return all(test(features[start + k]) for k, test in self.tests)


def _value_test(position: int, spec) -> Test:
    if isinstance(spec, (str, bool)):
        return lambda f: f[position] == spec
    if isinstance(spec, dict) and len(spec) == 1:
        (op, value), = spec.items()
        if op == "IN":
            allowed = frozenset(value)
            return lambda f: f[position] in allowed
        if op == "NOT_IN":
            banned = frozenset(value)
            return lambda f: f[position] not in banned
        if op == "REGEX" and position != FEATURES.index("IS_SPACE"):
            pattern = re.compile(value)  # the Matcher searches, it does not anchor
            return lambda f: bool(pattern.search(f[position]))
    raise UnsupportedPattern(f"unsupported test {spec!r}")


def _token_tests(token_spec: dict, skip: str | None = None) -> tuple[Test, ...]:
    tests = []
    for key, spec in token_spec.items():
        if key not in FEATURES:
            raise UnsupportedPattern(f"unsupported attribute {key!r}")
        if key != skip:
            tests.append(_value_test(FEATURES.index(key), spec))
    return tuple(tests)


def _index_keys(first_token: dict) -> tuple[str, list] | None:
    """(feature, values) under which a rule is filed, the most selective first; None: test it everywhere."""
    for key in INDEX_ORDER:
        spec = first_token.get(key)
        if isinstance(spec, (str, bool)):
            return key, [spec]
        if isinstance(spec, dict) and list(spec) == ["IN"]:
            return key, list(spec["IN"])
    return None


class IndexedAttributeRuler:
    """Sets the attributes spaCy's AttributeRuler would set, finding candidate patterns by index."""

    def __init__(self, rules: Iterable[tuple[_Rule, tuple[str, list] | None]]):
        self.index: dict[str, dict] = {key: {} for key in FEATURES}
        self.anywhere: list[_Rule] = []
        for rule, keys in rules:
            if keys is None:
                self.anywhere.append(rule)
                continue
            for value in keys[1]:
                self.index[keys[0]].setdefault(value, []).append(rule)
        self._by_features: dict[tuple, list[_Rule]] = {}  # a token's candidates in ruler order, built once

    def _candidates(self, features: Features) -> list[_Rule]:
        rules = list(self.anywhere)
        for key, value in zip(FEATURES, features):
            rules += self.index[key].get(value, [])
        return sorted(rules, key=lambda r: r.order)

    def __call__(self, doc: Doc) -> Doc:
        # every pattern is tested on the annotations as they were before this component
        features = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        lowers, deps = self.index["LOWER"], self.index["DEP"]
        cache = self._by_features
        found: list[tuple[int, int, int, dict]] = []  # (order, start, target token, attributes)
        for i, f in enumerate(features):
            # words and relations no rule names share one cache entry
            key = (f[0], f[1] if f[1] in lowers else None, f[2] if f[2] in deps else None, f[3])
            rules = cache.get(key)
            if rules is None:
                rules = cache[key] = self._candidates(f)
            for rule in rules:
                if (rule.tests or rule.length > 1) and not rule.holds(features, i):
                    continue
                found.append((rule.order, i, i + rule.target, rule.attrs))
        found.sort(key=lambda m: (m[0], m[1]))  # the AttributeRuler's order: pattern, then position
        for _, _, target, attrs in found:
            set_token_attrs(doc[target], attrs)
        return doc


def compile_patterns(nlp: Language, patterns: list[dict]) -> IndexedAttributeRuler:
    """The indexed ruler for AttributeRuler `patterns`; UnsupportedPattern if one cannot be indexed."""
    rules = []
    for order, pattern in enumerate(patterns):
        attrs = normalize_token_attrs(nlp.vocab, pattern["attrs"])
        for alternative in pattern["patterns"]:
            if not alternative or not all(isinstance(t, dict) for t in alternative):
                raise UnsupportedPattern(f"unsupported pattern {alternative!r}")
            if any("OP" in t for t in alternative):
                raise UnsupportedPattern("operators change a match's length")
            target = pattern.get("index", 0)
            if not -len(alternative) <= target < len(alternative):
                raise UnsupportedPattern(f"index {target} outside pattern {alternative!r}")
            keys = _index_keys(alternative[0])
            tests = [(0, test) for test in _token_tests(alternative[0], skip=keys[0] if keys else None)]
            tests += [(k, test) for k, token in enumerate(alternative[1:], 1) for test in _token_tests(token)]
            rules.append((_Rule(order, tuple(tests), len(alternative), target % len(alternative), attrs), keys))
    return IndexedAttributeRuler(rules)


def use_indexed_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Swap the pipeline's attribute ruler for the indexed one; False (pipeline unchanged) if it cannot."""
    if name not in nlp.pipe_names:
        return False
    patterns = nlp.get_pipe(name).patterns
    try:
        compile_patterns(nlp, patterns)  # before the swap, so that a failure leaves the pipeline whole
    except UnsupportedPattern:
        return False
    nlp.replace_pipe(name, "defcoop_indexed_attribute_ruler", config={"patterns": patterns})
    return True


@Language.factory("defcoop_indexed_attribute_ruler", default_config={"patterns": []})
def _make_component(nlp: Language, name: str, patterns: list[dict]) -> IndexedAttributeRuler:
    return compile_patterns(nlp, patterns)
