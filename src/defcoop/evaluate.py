"""Score events against gold annotations as SCHEMA.md defines it (dyad P/R/F1 and friends).

Kept in step with the reference scorer `shared/eval/score.py` by a parity test.
"""
from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from defcoop.errors import InputError
from defcoop.types import EVENT_TYPES


def dyads(event: dict) -> set[tuple[str, str, str]]:
    """(type, A, B): ordered supplier->recipient for TRANSFER, sorted otherwise."""
    etype = str(event.get("type", "")).upper()
    parties = [p for p in event.get("parties") or [] if isinstance(p, dict) and p.get("country")]
    if etype == "TRANSFER":
        sup = {p["country"] for p in parties if p.get("role") == "supplier"}
        rec = {p["country"] for p in parties if p.get("role") == "recipient"}
        return {(etype, s, r) for s, r in itertools.product(sup, rec) if s != r}
    countries = sorted({p["country"] for p in parties})
    return {(etype, a, b) for a, b in itertools.combinations(countries, 2)}


def _countries(event: dict, role: str | None = None) -> frozenset[str]:
    return frozenset(p["country"] for p in event.get("parties") or []
                     if isinstance(p, dict) and p.get("country") and (role is None or p.get("role") == role))


def person_key(name: str) -> frozenset[str]:
    ascii_name = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode() or (name or "")
    return frozenset(t for t in re.split(r"[^\w]+", ascii_name.lower()) if len(t) > 1)


def same_person(a: tuple[frozenset[str], str | None], b: tuple[frozenset[str], str | None]) -> bool:
    """Two (person_key, country) pairs name one person: same country, and one name's words hold the
    other's ("Hasanov" and "Zakir Hasanov")."""
    return a[1] == b[1] and (a[0] <= b[0] or b[0] <= a[0])


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class DocErrors:
    """Missed and spurious dyads of one document, with the events behind them."""

    missed: list[tuple[tuple, list[dict]]] = field(default_factory=list)
    spurious: list[tuple[tuple, list[dict]]] = field(default_factory=list)


def _same_event(gold: dict, pred: dict) -> float:
    if str(pred.get("type", "")).upper() != gold.get("type"):
        return 0.0
    if gold.get("type") == "TRANSFER" and not (_countries(gold, "supplier") & _countries(pred, "supplier")
                                               and _countries(gold, "recipient") & _countries(pred, "recipient")):
        return 0.0
    a, b = _countries(gold), _countries(pred)
    return len(a & b) / len(a | b) if a | b else 0.0


def _match_events(gold: list[dict], pred: list[dict]) -> tuple[int, int, int]:
    pairs = sorted(((_same_event(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
                   reverse=True)
    used_g, used_p, tp = set(), set(), 0
    for overlap, gi, pi in pairs:
        if overlap < 0.5 or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        tp += not gold[gi].get("optional")
    fn = sum(1 for gi, g in enumerate(gold) if gi not in used_g and not g.get("optional"))
    return tp, len(pred) - len(used_p), fn


def load_gold(gold_dir: Path) -> dict[str, list[dict]]:
    """doc_id -> gold events, from every *.gold.json in `gold_dir`."""
    gold = {}
    for path in sorted(Path(gold_dir).glob("*.gold.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            gold[data["doc_id"]] = data.get("events", [])
        except (OSError, ValueError, KeyError) as exc:
            raise InputError(str(path), f"not a gold file: {exc}") from exc
    if not gold:
        raise InputError(str(gold_dir), "no *.gold.json files")
    return gold


def score(gold: dict[str, list[dict]], preds: dict[str, list[dict]]) -> tuple[dict, dict[str, DocErrors]]:
    """The scorer's summary, and per-document missed/spurious dyads for error analysis."""
    total, per_type, persons, events = Tally(), defaultdict(Tally), Tally(), Tally()
    status, date, location = [0, 0], [0, 0], [0, 0]
    per_doc, errors = {}, {}
    for doc_id, gold_events in gold.items():
        required: dict[tuple, list[dict]] = defaultdict(list)
        optional: set[tuple] = set()
        for ev in gold_events:
            for d in dyads(ev):
                (optional.add(d) if ev.get("optional") else required[d].append(ev))
        optional -= set(required)
        predicted: dict[tuple, list[dict]] = defaultdict(list)
        for ev in preds.get(doc_id, []):
            for d in dyads(ev):
                predicted[d].append(ev)
        doc, errs = Tally(), DocErrors()
        for d in sorted(set(predicted) | set(required)):
            if d in required and d in predicted:
                kind = "tp"
                g, p = required[d], predicted[d]
                status[1] += 1
                status[0] += bool({e.get("status", "occurred") for e in g} & {e.get("status", "occurred") for e in p})
                gold_dates = [e["date"] for e in g if e.get("date")]
                if gold_dates:
                    date[1] += 1
                    date[0] += any(bool(e.get("date")) and str(e["date"]).startswith(gd) for gd in gold_dates for e in p)
                gold_locs = {(e.get("location") or {}).get("country") for e in g} - {None}
                if gold_locs:
                    location[1] += 1
                    location[0] += bool(gold_locs & {(e.get("location") or {}).get("country") for e in p})
            elif d in required:
                kind = "fn"
                errs.missed.append((d, required[d]))
            elif d in optional:
                continue
            else:
                kind = "fp"
                errs.spurious.append((d, predicted[d]))
            for tally in (total, per_type[d[0]], doc):
                setattr(tally, kind, getattr(tally, kind) + 1)
        per_doc[doc_id] = doc.prf()
        errors[doc_id] = errs
        scorable = [e for e in gold_events if len(_countries(e)) >= 2]
        tp, fp, fn = _match_events(scorable, [e for e in preds.get(doc_id, []) if len(_countries(e)) >= 2])
        events.tp, events.fp, events.fn = events.tp + tp, events.fp + fp, events.fn + fn
        gold_people = {(person_key(p["name"]), p.get("country")) for e in gold_events if not e.get("optional")
                       for p in e.get("parties", []) if p.get("kind") == "person"}
        pred_people = {(person_key(p.get("name", "")), p.get("country")) for e in preds.get(doc_id, [])
                       for p in e.get("parties") or [] if isinstance(p, dict) and p.get("kind") == "person"}
        unmatched = {p for p in pred_people if p[0]}
        for gname, gcountry in gold_people:
            hit = next((p for p in unmatched if same_person(p, (gname, gcountry))), None)
            if hit:
                unmatched.discard(hit)
                persons.tp += 1
            else:
                persons.fn += 1
        persons.fp += len(unmatched)
    ratio = lambda a: round(a[0] / a[1], 3) if a[1] else None  # noqa: E731
    p, r, f = total.prf()
    summary = {
        "docs": len(gold), "dyad_precision": round(p, 3), "dyad_recall": round(r, 3), "dyad_f1": round(f, 3),
        "tp": total.tp, "fp": total.fp, "fn": total.fn,
        "per_type": {k: dict(zip(("p", "r", "f1"), (round(x, 3) for x in per_type[k].prf())),
                             tp=per_type[k].tp, fp=per_type[k].fp, fn=per_type[k].fn)
                     for k in EVENT_TYPES if k in per_type},
        "status_accuracy": ratio(status), "date_accuracy": ratio(date), "location_accuracy": ratio(location),
        "person_f1": round(persons.prf()[2], 3), "event_f1": round(events.prf()[2], 3),
        "per_doc_f1": {k: round(v[2], 3) for k, v in per_doc.items()},
        "counts": {"persons": [persons.tp, persons.fp, persons.fn], "date": date, "status": status},
    }
    return summary, errors


# -- intervals --------------------------------------------------------------------------------------
def _f1(tp: float, fp: float, fn: float) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def bootstrap(gold: dict[str, list[dict]], preds: dict[str, list[dict]], resamples: int = 1000,
              seed: int = 0) -> dict[str, tuple[float, float]]:
    """95% intervals over documents (percentile bootstrap) of dyad F1 overall and per type, person F1
    and date accuracy: a difference smaller than these is not progress."""
    import numpy as np

    keys = ["ALL", *EVENT_TYPES, "person", "date"]
    ids = sorted(gold)
    # per document: tp, fp, fn for each key (date: right, wrong, 0)
    table = np.zeros((len(ids), len(keys), 3))
    for row, doc_id in enumerate(ids):
        summary, _ = score({doc_id: gold[doc_id]}, {doc_id: preds.get(doc_id, [])})
        table[row, 0] = summary["tp"], summary["fp"], summary["fn"]
        for col, etype in enumerate(EVENT_TYPES, 1):
            t = summary["per_type"].get(etype)
            if t:
                table[row, col] = t["tp"], t["fp"], t["fn"]
        table[row, -2] = summary["counts"]["persons"]
        right, total = summary["counts"]["date"]
        table[row, -1] = right, total - right, 0
    rng = np.random.default_rng(seed)
    draws = table[rng.integers(0, len(ids), size=(resamples, len(ids)))].sum(axis=1)  # (resamples, keys, 3)
    out = {}
    for col, key in enumerate(keys):
        if key == "date":
            totals = draws[:, col, 0] + draws[:, col, 1]
            values = np.divide(draws[:, col, 0], totals, out=np.zeros(resamples), where=totals > 0)
        else:
            values = np.array([_f1(*d) for d in draws[:, col]])
        out[key] = (round(float(np.percentile(values, 2.5)), 3), round(float(np.percentile(values, 97.5)), 3))
    return out


def transfer_swaps(gold: dict[str, list[dict]], preds: dict[str, list[dict]]) -> list[tuple[str, tuple]]:
    """Predicted TRANSFER dyads whose reverse is a gold dyad and which are not gold themselves."""
    out = []
    for doc_id, gold_events in gold.items():
        gold_dyads = {d for e in gold_events for d in dyads(e)}
        for ev in preds.get(doc_id, []):
            for d in dyads(ev):
                if d[0] == "TRANSFER" and (d[0], d[2], d[1]) in gold_dyads and d not in gold_dyads:
                    out.append((doc_id, d))
    return out


# -- error analysis ---------------------------------------------------------------------------------
@dataclass
class ExplainedDyad:
    """One missed or spurious dyad: the sentence behind it and what the extractor said there."""

    dyad: tuple
    evidence: str
    reasons: list[str]


def _overlaps(a: str, b: str) -> bool:
    """True when two evidence strings share a sentence (one contains the other, whitespace ignored)."""
    a, b = " ".join(a.split()), " ".join(b.split())
    return bool(a and b) and (a in b or b in a)


def _describe(event: dict) -> str:
    """A prediction in one line: type, status, parties by country and role, and its reason."""
    parties = ", ".join(f"{p.get('name')} [{p.get('country') or '-'}]" + (f" {p['role']}" if p.get("role") not in
                                                                           (None, "participant") else "")
                        for p in event.get("parties") or [])
    conf = event.get("confidence")
    conf_text = f" conf {conf:.2f}" if isinstance(conf, (int, float)) else ""
    return f"{event.get('type')} {event.get('status')}: {parties}{conf_text} ({event.get('reason') or 'no reason'})"


def explain(errors: dict[str, DocErrors], preds: dict[str, list[dict]]) -> dict[str, dict[str, list[ExplainedDyad]]]:
    """doc_id -> {"missed": [...], "spurious": [...]} with evidence and the extractor's reasons.

    A spurious dyad shows the reason of each prediction behind it (trigger, rules, score).
    A missed dyad shows what the extractor made of the gold evidence sentence instead, or
    says that nothing was extracted from it.
    """
    out: dict[str, dict[str, list[ExplainedDyad]]] = {}
    for doc_id, errs in errors.items():
        if not errs.missed and not errs.spurious:
            continue
        doc_preds = preds.get(doc_id, [])
        missed = []
        for dyad, gold_events in errs.missed:
            evidence = gold_events[0].get("evidence", "")
            there = [_describe(p) for p in doc_preds if _overlaps(p.get("evidence", ""), evidence)]
            missed.append(ExplainedDyad(dyad, evidence, there or ["nothing extracted from this sentence"]))
        spurious = [ExplainedDyad(dyad, events[0].get("evidence", ""), [_describe(e) for e in events])
                    for dyad, events in errs.spurious]
        out[doc_id] = {"missed": missed, "spurious": spurious}
    return out


# -- cross-source merging ---------------------------------------------------------------------------
@dataclass
class MergeScore:
    """Pairwise merge precision/recall: pairs of reports (in different documents) of one event."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    gold_pairs: int = 0
    unextracted_pairs: int = 0
    wrong_merges: list[tuple[tuple[str, str], tuple[str, str]]] = field(default_factory=list)
    missed_merges: list[tuple[tuple[str, str], tuple[str, str]]] = field(default_factory=list)

    def as_dict(self) -> dict:
        p, r, f = Tally(self.tp, self.fp, self.fn).prf()
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "gold_pairs": self.gold_pairs, "gold_pairs_not_extracted": self.unextracted_pairs}


def _gold_event_of(gold_events: list[dict], report: dict) -> int | None:
    """Index of the gold event a report matches best, or None.

    It must have the same type and a country overlap >= 0.5; among those, one whose evidence
    shares a sentence with the report's wins (an article may tell two acts of one pair).
    """
    best, best_rank = None, (False, 0.0)
    for i, gold_event in enumerate(gold_events):
        overlap = _same_event(gold_event, report)
        if overlap < 0.5:
            continue
        rank = (_overlaps(gold_event.get("evidence", ""), report.get("evidence", "")), overlap)
        if rank > best_rank:
            best, best_rank = i, rank
    return best


def score_merging(gold: dict[str, list[dict]], stored: list[list[dict]]) -> MergeScore:
    """Score stored events against gold `story` ids, pairwise.

    `stored` holds one list per stored event: its reports, each a SCHEMA record whose
    `doc_id` is the reporting document. Each report is mapped to a gold event of its
    document; two reports in one stored event are a predicted merge pair, correct when their
    gold events share a story. Gold pairs are pairs of gold events in different documents
    with the same story; recall counts only pairs whose two events were both extracted
    (merging cannot join what extraction missed), and those left out are reported.
    """
    result = MergeScore()
    story = {(doc_id, i): ev.get("story") for doc_id, events in gold.items() for i, ev in enumerate(events)}
    extracted: set[tuple[str, int]] = set()
    predicted: set[frozenset] = set()
    for reports in stored:
        keys = []
        for report in reports:
            doc_id = str(report.get("doc_id"))
            index = _gold_event_of(gold.get(doc_id, []), report)
            if index is not None:
                keys.append((doc_id, index))
        extracted.update(keys)
        for a, b in itertools.combinations(sorted(set(keys)), 2):
            if a[0] != b[0]:
                predicted.add(frozenset((a, b)))
    gold_pairs = {frozenset((a, b)) for a, b in itertools.combinations(sorted(story), 2)
                  if a[0] != b[0] and story[a] and story[a] == story[b]}
    result.gold_pairs = len(gold_pairs)
    for pair in sorted(predicted, key=sorted):
        a, b = sorted(pair)
        if pair in gold_pairs:
            result.tp += 1
        else:
            result.fp += 1
            result.wrong_merges.append(((a[0], str(story[a])), (b[0], str(story[b]))))
    for pair in sorted(gold_pairs - predicted, key=sorted):
        a, b = sorted(pair)
        if a in extracted and b in extracted:
            result.fn += 1
            result.missed_merges.append(((a[0], str(story[a])), (b[0], str(story[b]))))
        else:
            result.unextracted_pairs += 1
    return result


# -- confidence -------------------------------------------------------------------------------------
def event_is_right(gold_events: list[dict], event: dict) -> bool | None:
    """True when at least half of an event's dyads are gold dyads (required or optional) of its
    document; None when it has no dyad (nothing to judge)."""
    found = dyads(event)
    if not found:
        return None
    gold_dyads = {d for e in gold_events for d in dyads(e)}
    return sum(d in gold_dyads for d in found) * 2 >= len(found)
