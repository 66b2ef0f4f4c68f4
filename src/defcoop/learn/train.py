"""Fit the pair model on labelled documents, and score it by leaving out one writer at a time.

Leaving a whole writer out is the honest internal estimate of how the model does on text by
someone whose phrasings it never saw; it is what the settings are chosen by.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix

from defcoop.extract.classifier import PairModel
from defcoop.extract.people import PARTY
from defcoop.learn.dataset import LABELS, MASKED, POSITIVE, LabelledDocument

RULE_PREFIX = "rule"


@dataclass
class FitSettings:
    min_count: int = 2  # features seen fewer times are dropped
    c: float = 0.5  # inverse regularisation strength of each label's logistic regression
    threshold: float = 0.5  # probability at which a pair the rules did not read is added
    keep_threshold: float = 0.5  # probability at which a pair the rules read is kept
    positive_weight: float = 1.0  # class weight of positives
    # each instance is also learnt from without what the rules said, so that the words and the parse
    # carry their own weight where the rules are silent (text unlike what they were written for)
    rule_dropout: bool = True
    people_c: float = 1.0  # inverse L2 strength of the people model
    people_threshold: float = 0.5  # probability at which a named official takes part in the act


def _vocabulary(docs: list[LabelledDocument], min_count: int) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for d in docs:
        for inst in d.instances:
            counts.update(set(inst.features))
    names = sorted(f for f, n in counts.items() if n >= min_count)
    return {f: i for i, f in enumerate(names)}


def matrix(docs: list[LabelledDocument], vocabulary: dict[str, int],
           rule_dropout: bool = False) -> tuple[csr_matrix, np.ndarray, np.ndarray]:
    """Binary feature matrix, labels and each instance's weight (its set's); with `rule_dropout`, every
    instance the rules spoke of comes twice, the second time without the rules' features."""
    rows, cols = [], []
    labels, weights = [], []
    n = 0
    for d in docs:
        order = []  # the document's instance behind each row
        for i, inst in enumerate(d.instances):
            idx = {vocabulary[f] for f in inst.features if f in vocabulary}
            rows.extend([n] * len(idx))
            cols.extend(idx)
            n += 1
            order.append(i)
            if rule_dropout and any(f.startswith(RULE_PREFIX) for f in inst.features):
                bare = {vocabulary[f] for f in inst.features if f in vocabulary and not f.startswith(RULE_PREFIX)}
                rows.extend([n] * len(bare))
                cols.extend(bare)
                n += 1
                order.append(i)
        labels.append(d.labels[order])
        weights.append(np.full(len(order), d.annotated.weight))
    x = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, len(vocabulary)))
    y = np.concatenate(labels) if labels else np.zeros((0, len(LABELS)), dtype=np.int8)
    return x, y, (np.concatenate(weights) if weights else np.zeros(0))


def fit(docs: list[LabelledDocument], settings: FitSettings) -> PairModel:
    from sklearn.linear_model import LogisticRegression  # training-only dependency

    vocabulary = _vocabulary(docs, settings.min_count)
    x, y, w = matrix(docs, vocabulary, settings.rule_dropout)
    weights = np.zeros((len(vocabulary), len(LABELS)))
    bias = np.full(len(LABELS), -10.0)
    for col in range(len(LABELS)):
        keep = y[:, col] != MASKED
        target = (y[keep, col] == POSITIVE).astype(int)
        if target.sum() < 2:
            continue
        model = LogisticRegression(C=settings.c, max_iter=2000, solver="liblinear",
                                   class_weight={0: 1.0, 1: settings.positive_weight})
        model.fit(x[keep], target, sample_weight=w[keep])
        weights[:, col] = model.coef_[0]
        bias[col] = model.intercept_[0]
    return PairModel(vocabulary, weights, bias, np.full(len(LABELS), settings.threshold),
                     np.full(len(LABELS), settings.keep_threshold), tuple(LABELS),
                     {"min_count": settings.min_count, "c": settings.c, "instances": int(x.shape[0]),
                      "features": len(vocabulary)})


def fit_people(docs: list[LabelledDocument], settings: FitSettings) -> PairModel | None:
    """The people model: one logistic regression over the people named in gold acts' sentences."""
    from sklearn.linear_model import LogisticRegression  # training-only dependency

    rows = [(features, y) for d in docs for features, y in d.people]
    if len({y for _, y in rows}) < 2:
        return None
    names = sorted({f for features, _ in rows for f in features})
    vocabulary = {f: i for i, f in enumerate(names)}
    r, c = [], []
    for n, (features, _) in enumerate(rows):
        idx = {vocabulary[f] for f in features}
        r.extend([n] * len(idx))
        c.extend(idx)
    x = csr_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=(len(rows), len(vocabulary)))
    model = LogisticRegression(C=settings.people_c, max_iter=2000, solver="liblinear")
    model.fit(x, np.array([y for _, y in rows]))
    one = np.array([settings.people_threshold])
    return PairModel(vocabulary, model.coef_[0][:, None], model.intercept_, one, one, PARTY,
                     {"c": settings.people_c, "instances": len(rows), "features": len(vocabulary)})


def cross_validate(docs: list[LabelledDocument], settings: FitSettings, extractor) -> dict[str, list[dict]]:
    """Leave-one-writer-out predictions: doc_id -> SCHEMA records, each document predicted by a model
    fitted without its writer's documents."""
    from defcoop.extract.decide import Decider

    out: dict[str, list[dict]] = {}
    for group in sorted({d.group for d in docs}):
        rest = [d for d in docs if d.group != group]
        decider = Decider(fit(rest, settings), extractor.lex, extractor.builder, fit_people(rest, settings))
        for d in docs:
            if d.group == group:
                out[d.annotated.document.id] = [e.to_record() for e in extractor.decide(d.analysis, decider)]
    return out
