"""The trained models at run time: linear models over string features, one for country pairs
(`pairs.py`, `data/models/pairs.npz`) and one for the people an event's sentence names
(`people.py`, `data/models/people.npz`).

Weights are plain arrays (a vocabulary and a weight per feature and label) so extraction needs numpy
only; `defcoop train` fits them with scikit-learn.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from defcoop.errors import ConfigError
from defcoop.types import EVENT_TYPES

MODEL_FILE = "pairs.npz"
PEOPLE_FILE = "people.npz"


@dataclass
class PairModel:
    """Vocabulary, weights (features x labels), biases and per-label decision thresholds: `thresholds`
    to add a pair the rules did not read, `keep` to keep one they did."""

    vocabulary: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray
    thresholds: np.ndarray
    keep: np.ndarray
    labels: tuple[str, ...] = EVENT_TYPES
    meta: dict | None = None

    def scores(self, feature_lists: list[list[str]]) -> np.ndarray:
        """Probabilities (instances x labels)."""
        out = np.zeros((len(feature_lists), len(self.labels)), dtype=np.float64)
        vocab = self.vocabulary
        flat: list[int] = []
        starts: list[int] = []
        rows: list[int] = []
        for row, features in enumerate(feature_lists):
            idx = [vocab[f] for f in set(features) if f in vocab]
            if idx:
                rows.append(row)
                starts.append(len(flat))
                flat.extend(idx)
        if flat:  # one gather and one segmented sum for the whole batch, not one per instance
            out[rows] = np.add.reduceat(self.weights[flat], starts, axis=0)
        out += self.bias
        return 1.0 / (1.0 + np.exp(-out))

    def scores_shared(self, groups: list[tuple[list[str], list[list[str]]]]) -> np.ndarray:
        """Probabilities (instances x labels) of instances that come in groups sharing some features:
        each group is (shared features, [each instance's own features]). The same as `scores` over
        shared + own, with the shared part looked up and summed once per group."""
        rows = sum(len(own) for _, own in groups)
        out = np.zeros((rows, len(self.labels)), dtype=np.float64)
        vocab, row = self.vocabulary, 0
        for shared, owns in groups:
            common = set(shared)
            base = self.weights[[vocab[f] for f in common if f in vocab]].sum(axis=0)
            for own in owns:
                idx = [vocab[f] for f in set(own) - common if f in vocab]
                out[row] = base + self.weights[idx].sum(axis=0) if idx else base
                row += 1
        out += self.bias
        return 1.0 / (1.0 + np.exp(-out))

    def save(self, path: Path) -> None:
        names = sorted(self.vocabulary, key=self.vocabulary.get)
        np.savez_compressed(path, weights=self.weights.astype(np.float32), bias=self.bias,
                            thresholds=self.thresholds, keep=self.keep, names=np.array(names, dtype=object),
                            labels=np.array(self.labels, dtype=object),
                            meta=np.array(json.dumps(self.meta or {}), dtype=object))


def read_model(path: Path | str) -> PairModel:
    try:
        data = np.load(path, allow_pickle=True)
        names = list(data["names"])
        return PairModel({n: i for i, n in enumerate(names)}, data["weights"].astype(np.float64), data["bias"],
                         data["thresholds"], data["keep"], tuple(data["labels"]), json.loads(str(data["meta"])))
    except (OSError, KeyError, ValueError) as exc:
        raise ConfigError(f"{path}: not a pair model: {exc}") from exc


@lru_cache(maxsize=4)
def load_model(path: str = "", shipped_name: str = MODEL_FILE) -> PairModel | None:
    """The model at `path`, else the one shipped with the package; None when neither exists."""
    if path:
        return read_model(path)
    shipped = resources.files("defcoop") / "data" / "models" / shipped_name
    return read_model(str(shipped)) if shipped.is_file() else None
