"""From sentence probabilities to events: classifier alone, and combinations with the rule path.

Parties of an event the classifier proposes at sentence i (the rule path did not give it):
  1. a rule event of the same type whose evidence overlaps the sentence: its parties;
  2. else, for an undirected type, the parties of every rule event overlapping the sentence;
  3. else the actors defcoop's MentionFinder sees in the sentence (country known, not a place
     named as a location), one party per country. For TRANSFER the roles come from the
     sentence: an actor under "to"/"for" is the recipient, under "from"/"by" the supplier, a
     demonym of origin ("Russian drones") the supplier; the others by their side of the
     sentence's TRANSFER trigger (give-verbs: before = supplier, after = recipient; receive-verbs
     the other way round); with no such trigger the first actor supplies the rest. DEPLOY gives one
     (contributor, organisation) event per contributing country: the organisation is an IGO named in
     the sentence or in the three before, and a country under "to/in/into/for" is the destination,
     not a contributor; with no organisation, no DEPLOY event.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

from build import Doc
from common import TYPES


@dataclass(frozen=True)
class Combo:
    """Combination settings. t_drop: drop a rule event whose type the classifier gives less than
    this (0 = keep all). t_add: add a classifier event in a sentence without any rule event when the
    type's probability reaches this (None = add nothing). retype: a rule event below t_drop takes the
    classifier's best other type if that reaches t_add, instead of being dropped. `drop_by_type` and
    `add_by_type` override the two thresholds for single types ((type, value) pairs)."""

    t_drop: float = 0.0
    t_add: float | None = None
    retype: bool = False
    top1: bool = False  # add at most one type per sentence (the most probable)
    drop_by_type: tuple = ()
    add_by_type: tuple = ()

    def drop_for(self, etype: str) -> float:
        return dict(self.drop_by_type).get(etype, self.t_drop)

    def add_for(self, etype: str) -> float | None:
        return dict(self.add_by_type).get(etype, self.t_add)

    def with_type(self, etype: str, drop: float | None = None, add: float | None = -1.0) -> "Combo":
        """A copy with one type's thresholds set (add=-1: unchanged)."""
        drops = dict(self.drop_by_type)
        adds = dict(self.add_by_type)
        if drop is not None:
            drops[etype] = drop
        if add != -1.0:
            adds[etype] = add
        return Combo(self.t_drop, self.t_add, self.retype, self.top1, tuple(sorted(drops.items())),
                     tuple(sorted(adds.items(), key=lambda kv: kv[0])))

    def describe(self) -> str:
        drops = {t: self.drop_for(t) for t in TYPES}
        adds = {t: self.add_for(t) for t in TYPES}
        parts = []
        if self.drop_by_type or self.add_by_type:
            d = ", ".join(f"{t} {v:g}" for t, v in drops.items() if v > 0)
            a = ", ".join(f"{t} {v:g}" for t, v in adds.items() if v is not None)
            parts.append(f"per type: drop a rule event below p = [{d or 'never'}]")
            parts.append(f"add {'the top ' if self.top1 else ''}classifier event in sentences without rule events at "
                         f"p >= [{a or 'never'}]")
            if self.retype:
                parts.append("re-type a dropped event to a type reaching its add threshold")
            return "; ".join(parts)
        if self.t_drop > 0:
            parts.append(f"drop rule events with p(type) < {self.t_drop:g}")
        if self.retype and self.t_add is not None:
            parts.append(f"re-type them instead when another type has p >= {self.t_add:g}")
        if self.t_add is not None:
            parts.append(f"add {'the top ' if self.top1 else ''}classifier events with p >= {self.t_add:g} "
                         "in sentences without rule events")
        return "; ".join(parts) or "rule events unchanged"


def _key(doc: Doc, i: int) -> str:
    return f"{doc.doc_id}#{i}"


SUPPLIER_PREPS = frozenset({"from", "by"})
RECIPIENT_PREPS = frozenset({"to", "for"})
DESTINATION_PREPS = frozenset({"to", "in", "into", "for"})
IGO_LOOKBACK = 3  # sentences back to look for the organisation of a deployment


def _distinct(actors) -> list[tuple]:
    seen, out = set(), []
    for a in sorted(actors, key=lambda a: a[3]):
        if a[2] not in seen:
            seen.add(a[2])
            out.append(a)
    return out


def _party(actor, role: str = "participant") -> dict:
    return {"name": actor[0], "kind": actor[1], "country": actor[2], "role": role}


def _deploy_groups(doc: Doc, i: int) -> list[list[dict]]:
    """DEPLOY: one (contributor, organisation) pair per contributing country. The organisation is an IGO
    named in the sentence or, failing that, in the few sentences before; a country under "to/in/into/for"
    is where the troops go, not a contributor. No organisation: nothing (SCHEMA: DEPLOY is under one)."""
    actors = _distinct(doc.sentences[i].actors)
    igos = [a for a in actors if a[1] == "igo"]
    if not igos:
        for j in range(i - 1, max(-1, i - 1 - IGO_LOOKBACK), -1):
            igos = [a for a in _distinct(doc.sentences[j].actors) if a[1] == "igo"]
            if igos:
                igos = igos[-1:]
                break
    if not igos:
        return []
    contributors = [a for a in actors if a[1] != "igo" and a[4] not in DESTINATION_PREPS]
    return [[_party(c), _party(igos[0])] for c in contributors if c[2] != igos[0][2]]


def _parties_from_actors(doc: Doc, i: int, etype: str) -> list[list[dict]]:
    """Party lists (one per event) from the actors the MentionFinder found in sentence i."""
    sent = doc.sentences[i]
    actors = _distinct(sent.actors)
    if etype == "DEPLOY":
        return _deploy_groups(doc, i)
    if etype != "TRANSFER":
        return [[_party(a) for a in actors]]
    parties = []
    for n, (name, kind, country, tok, flag) in enumerate(actors):
        if flag == "origin" or flag in SUPPLIER_PREPS:
            role = "supplier"
        elif flag in RECIPIENT_PREPS:
            role = "recipient"
        elif sent.transfer_cue == "give":
            role = "supplier" if tok < sent.cue_token else "recipient"
        elif sent.transfer_cue == "receive":
            role = "recipient" if tok < sent.cue_token else "supplier"
        else:
            role = "supplier" if n == 0 else "recipient"
        parties.append(_party((name, kind, country), role))
    return [parties]


def classifier_parties(doc: Doc, i: int, etype: str) -> tuple[list[list[dict]], str]:
    over = [ev for ev, cov in zip(doc.rule_events, doc.rule_sentences) if i in cov]
    same = [ev for ev in over if ev["type"] == etype]
    if same:
        return [copy.deepcopy(same[0]["parties"])], "parties of the rule event of this type here"
    if over and etype not in ("TRANSFER", "DEPLOY"):
        parties, seen = [], set()
        for ev in over:
            for p in ev["parties"]:
                if (p.get("country"), p.get("name")) not in seen:
                    seen.add((p.get("country"), p.get("name")))
                    parties.append({**p, "role": "participant"})
        return [parties], "parties of the rule events here"
    return _parties_from_actors(doc, i, etype), "actors found in the sentence"


def classifier_events(doc: Doc, i: int, etype: str, p: float) -> list[dict]:
    sent = doc.sentences[i]
    groups, source = classifier_parties(doc, i, etype)
    return [{"doc_id": doc.doc_id, "type": etype, "status": "occurred", "parties": parties, "date": None,
             "location": None, "item": None, "evidence": sent.text, "evidence_start": sent.start,
             "evidence_end": sent.end, "confidence": round(p, 3),
             "reason": f"sentence classifier p({etype})={p:.2f}; {source}"} for parties in groups]


def fired(p: dict[str, float], threshold: float, top1: bool, by_type: tuple = ()) -> list[tuple[str, float]]:
    """The types the classifier gives a sentence: all with p >= threshold (or the type's own threshold
    in `by_type`, None = never), or only the most probable of those."""
    limits = dict(by_type)
    hits = [(t, x) for t, x in p.items()
            if limits.get(t, threshold) is not None and x >= limits.get(t, threshold)]
    return [max(hits, key=lambda h: h[1])] if top1 and hits else hits


def classifier_only(docs: list[Doc], probs: dict, threshold: float, top1: bool = False,
                    by_type: tuple = ()) -> dict[str, list[dict]]:
    out = {}
    for doc in docs:
        events = []
        for i in range(len(doc.sentences)):
            for t, p in fired(probs[_key(doc, i)], threshold, top1, by_type):
                events.extend(classifier_events(doc, i, t, p))
        out[doc.doc_id] = events
    return out


def rule_only(docs: list[Doc]) -> dict[str, list[dict]]:
    return {doc.doc_id: [copy.deepcopy(e) for e in doc.rule_events] for doc in docs}


def combine(docs: list[Doc], probs: dict, combo: Combo) -> dict[str, list[dict]]:
    out = {}
    adds = {t: combo.add_for(t) for t in TYPES}
    for doc in docs:
        events = []
        for ev, cov in zip(doc.rule_events, doc.rule_sentences):
            if not cov:
                events.append(copy.deepcopy(ev))
                continue
            best = {t: max(probs[_key(doc, i)][t] for i in cov) for t in TYPES}
            if best[ev["type"]] >= combo.drop_for(ev["type"]):
                events.append(copy.deepcopy(ev))
                continue
            if combo.retype:
                ok = [t for t in TYPES if t not in (ev["type"], "TRANSFER") and adds[t] is not None
                      and best[t] >= adds[t]]
                if ok:
                    other = max(ok, key=best.get)
                    new = copy.deepcopy(ev)
                    new["type"] = other
                    new["parties"] = [{**p, "role": "participant"} for p in new["parties"]]
                    new["reason"] = f"{ev.get('reason', '')}; re-typed {ev['type']}->{other} by the classifier"
                    events.append(new)
        if any(v is not None for v in adds.values()):
            covered = {i for cov in doc.rule_sentences for i in cov}
            for i in range(len(doc.sentences)):
                if i in covered:
                    continue
                p = probs[_key(doc, i)]
                hits = [(t, x) for t, x in p.items() if adds[t] is not None and x >= adds[t]]
                if combo.top1 and hits:
                    hits = [max(hits, key=lambda h: h[1])]
                for t, x in hits:
                    events.extend(classifier_events(doc, i, t, x))
        out[doc.doc_id] = events
    return out


def sentence_types(docs: list[Doc], preds: dict[str, list[dict]]) -> list[list[str]]:
    """Per sentence (docs in order): the types of the predicted events whose evidence overlaps it."""
    out = []
    for doc in docs:
        for s in doc.sentences:
            out.append(sorted({e["type"] for e in preds.get(doc.doc_id, [])
                               if e.get("evidence_start", -1) < s.end and s.start < e.get("evidence_end", -1)}))
    return out
