"""A training recipe (`training/pairs.toml`): which annotated sets, grouped by writer, and the model's
settings. `defcoop train RECIPE` reads it, optionally scores leaving one writer out at a time, fits on
everything and writes the weights the package ships.
"""
from __future__ import annotations

import time
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from defcoop.errors import InputError
from defcoop.evaluate import score
from defcoop.extract.classifier import PairModel
from defcoop.learn.corpus import SetSpec, load_set, read_specs
from defcoop.learn.dataset import LabelledDocument, build
from defcoop.learn.train import FitSettings, cross_validate, fit, fit_people


@dataclass
class Recipe:
    sets: list[SetSpec]
    settings: FitSettings
    output: Path


@dataclass
class GroupScore:
    """Leave-one-writer-out dyad scores of one writer's documents: the model's and the rules' alone."""

    group: str
    documents: int
    model: dict
    rules: dict


@dataclass
class TrainReport:
    model: PairModel
    people: PairModel | None
    documents: int
    instances: int
    seconds: float
    groups: list[GroupScore] = field(default_factory=list)
    missing_sets: list[str] = field(default_factory=list)


def read_recipe(path: Path) -> Recipe:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(str(path), f"not a training recipe: {exc}") from exc
    known = {f.name for f in fields(FitSettings)}
    model = data.get("model", {})
    unknown = set(model) - known
    if unknown:
        raise InputError(str(path), f"unknown [model] setting(s): {', '.join(sorted(unknown))}")
    output = data.get("output")
    if not output:
        raise InputError(str(path), "needs an 'output' path for the weights")
    return Recipe(read_specs(path), FitSettings(**model), (path.parent / output).resolve())


def train(recipe: Recipe, extractor, cross_validation: bool = False) -> TrainReport:
    """Fit the pair model on every set of the recipe that is present (sets whose texts are kept out of
    the repository may be absent), after scoring it writer by writer if asked."""
    started = time.perf_counter()
    annotated, missing = [], []
    for spec in recipe.sets:
        if not spec.gold.is_dir() or (spec.docs is not None and not spec.docs.is_dir()):
            missing.append(str(spec.docs or spec.gold))
            continue
        annotated += load_set(spec)
    if not annotated:
        raise InputError("recipe", "no annotated documents found in any of its sets")
    docs = build(annotated, extractor)
    groups = _cross_validate(docs, recipe.settings, extractor) if cross_validation else []
    model = fit(docs, recipe.settings)
    return TrainReport(model, fit_people(docs, recipe.settings), len(docs), sum(len(d.instances) for d in docs), time.perf_counter() - started,
                       groups, missing)


def _cross_validate(docs: list[LabelledDocument], settings: FitSettings, extractor) -> list[GroupScore]:
    predicted = cross_validate(docs, settings, extractor)
    out = []
    for group in sorted({d.group for d in docs}):
        members = [d for d in docs if d.group == group]
        gold = {d.annotated.document.id: d.annotated.gold for d in members}
        rules = {d.annotated.document.id: [e.to_record() for e in extractor.decide(d.analysis, rules_only=True)]
                 for d in members}
        model_summary, _ = score(gold, {k: predicted[k] for k in gold})
        rules_summary, _ = score(gold, rules)
        out.append(GroupScore(group, len(members), model_summary, rules_summary))
    return out
