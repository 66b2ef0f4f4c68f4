"""Calibrated confidence: the probability that an extracted event's country pairs are right.

The extractor's rules leave evidence of how an event was read in `Event.reason` ("trigger
'met' (strong)", "pair reference", "parties from whole sentence", ...) and a raw score.
A logistic model over those signals, fitted on annotated documents by `defcoop calibrate`,
turns them into a probability. The model is data (`data/confidence.json`, or the file the
`confidence_model` setting names): feature definitions, weights and the figures it was fitted on.

An event counts as right when at least half of its country pairs (dyads) are gold pairs of
its document, the unit `defcoop eval` scores.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from defcoop.errors import ConfigError
from defcoop.types import Event

DEFAULT_MODEL = "confidence.json"
RELIABILITY_BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


@dataclass(frozen=True)
class Feature:
    """One signal: `reason:TEXT` (reason contains TEXT), `type:T`, `status:S`, `countries>2`, `person`, `raw`."""

    name: str

    def value(self, event: Event, raw: float) -> float:
        kind, _, arg = self.name.partition(":")
        if kind == "reason":
            return float(arg in (event.reason or ""))
        if kind == "type":
            return float(event.type == arg)
        if kind == "status":
            return float(event.status == arg)
        if self.name == "countries>2":
            return float(len(event.countries) > 2)
        if self.name == "person":
            return float(any(p.actor.kind == "person" for p in event.parties))
        if self.name == "raw":
            return raw
        raise ConfigError(f"unknown confidence feature {self.name!r}")


@dataclass
class ConfidenceModel:
    """Logistic regression over `features`; `weights[0]` is the intercept."""

    features: list[Feature]
    weights: list[float] = field(default_factory=list)
    fitted_on: dict = field(default_factory=dict)

    def vector(self, event: Event, raw: float) -> np.ndarray:
        return np.array([1.0] + [f.value(event, raw) for f in self.features])

    def probability(self, event: Event, raw: float | None = None) -> float:
        """Calibrated confidence of `event` (its current confidence is the raw score unless given)."""
        if not self.weights:
            return event.confidence
        z = float(np.dot(self.vector(event, event.confidence if raw is None else raw), self.weights))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {"_comment": __doc__.strip().splitlines()[0] + " Written by `defcoop calibrate`.",
                "features": [f.name for f in self.features],
                "weights": [round(w, 5) for w in self.weights], "fitted_on": self.fitted_on}


def fit(model: ConfidenceModel, events: list[Event], labels: list[bool], l2: float = 1.0,
        iterations: int = 50) -> ConfidenceModel:
    """Fit the weights by Newton's method (IRLS) with an L2 penalty (not on the intercept)."""
    x = np.array([model.vector(e, e.confidence) for e in events])
    y = np.array(labels, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = (x.T * (p * (1 - p))) @ x + penalty + np.eye(x.shape[1]) * 1e-9
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return ConfidenceModel(model.features, w.tolist(), model.fitted_on)


def reliability(confidences: list[float], labels: list[bool],
                bins: tuple[float, ...] = RELIABILITY_BINS) -> tuple[list[dict], float]:
    """Reliability table (per confidence bin: events, mean confidence, share right) and the expected
    calibration error (bin-size-weighted mean gap between confidence and accuracy)."""
    rows, total, ece = [], len(confidences), 0.0
    for low, high in zip(bins, bins[1:]):
        members = [(c, y) for c, y in zip(confidences, labels) if low <= c < high or (high == bins[-1] and c == high)]
        if not members:
            rows.append({"bin": f"{low:.1f}-{high:.1f}", "events": 0, "confidence": None, "accuracy": None})
            continue
        mean_conf = sum(c for c, _ in members) / len(members)
        accuracy = sum(y for _, y in members) / len(members)
        ece += len(members) / total * abs(mean_conf - accuracy)
        rows.append({"bin": f"{low:.1f}-{high:.1f}", "events": len(members), "confidence": round(mean_conf, 3),
                     "accuracy": round(accuracy, 3)})
    return rows, round(ece, 3)


def parse_model(data: dict, origin: str) -> ConfidenceModel:
    """A ConfidenceModel from its JSON form; ConfigError naming `origin` when malformed."""
    try:
        features = [Feature(str(name)) for name in data["features"]]
        weights = [float(w) for w in data.get("weights") or []]
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{origin}: not a confidence model: {exc}") from exc
    if weights and len(weights) != len(features) + 1:
        raise ConfigError(f"{origin}: {len(weights)} weights for {len(features)} features (need one more)")
    return ConfidenceModel(features, weights, data.get("fitted_on") or {})


@lru_cache(maxsize=8)
def load_model(path: str = "") -> ConfidenceModel:
    """The confidence model at `path`, or the packaged one when `path` is empty."""
    try:
        if path:
            text, origin = Path(path).read_text(encoding="utf-8"), path
        else:
            text = resources.files("defcoop.data").joinpath(DEFAULT_MODEL).read_text(encoding="utf-8")
            origin = f"defcoop/data/{DEFAULT_MODEL}"
        return parse_model(json.loads(text), origin)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the confidence model: {exc}") from exc
    except ValueError as exc:
        raise ConfigError(f"{path or DEFAULT_MODEL}: not JSON: {exc}") from exc
