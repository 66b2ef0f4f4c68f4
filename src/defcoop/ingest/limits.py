"""Input limits: the most a file may make the readers read, inflate, nest or split into lines.

Each limit is a setting (`defaults.toml`; `InputLimits.from_settings`) and is enforced while
reading, before the input is held whole: a breach ends that file (or WARC record, or JSONL
line) with an InputProblem whose reason names the setting, e.g. `file larger than
200,000,000 bytes (limit: max_file_bytes)`, and reading goes on with the next.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields

from defcoop.settings import Settings

__all__ = ["InputLimits", "LimitExceeded", "DEFAULT_LIMITS", "nesting_over"]


@dataclass(frozen=True, slots=True)
class InputLimits:
    """The limits the readers enforce (the field names are the settings' names)."""

    max_file_bytes: int = Settings.max_file_bytes
    max_decompressed_bytes: int = Settings.max_decompressed_bytes
    max_record_bytes: int = Settings.max_record_bytes
    max_json_depth: int = Settings.max_json_depth
    max_lines: int = Settings.max_lines

    @classmethod
    def from_settings(cls, settings: Settings) -> InputLimits:
        return cls(**{f.name: getattr(settings, f.name) for f in fields(cls)})

    def file_too_large(self) -> LimitExceeded:
        return LimitExceeded("max_file_bytes", f"file larger than {self.max_file_bytes:,} bytes")

    def too_many_lines(self) -> LimitExceeded:
        return LimitExceeded("max_lines", f"more than {self.max_lines:,} lines")


DEFAULT_LIMITS = InputLimits()


class LimitExceeded(Exception):
    """Raised inside a reader when an input passes a limit; `reason` names the setting."""

    def __init__(self, setting: str, what: str):
        self.setting = setting
        self.reason = f"{what} (limit: {setting})"
        super().__init__(self.reason)


# A JSON string (escapes included) or one bracket: strings are skipped whole, so brackets inside
# them do not count; one pass of a compiled pattern, linear in the text.
_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def nesting_over(text: str, limit: int) -> bool:
    """True when JSON `text` nests arrays/objects more than `limit` deep (read before parsing, so a
    hostile file never reaches the recursive parser)."""
    if text.count("[") + text.count("{") <= limit:  # the common case: too few brackets to matter
        return False
    depth = 0
    for match in _JSON_TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return True
        elif token in "]}":
            depth -= 1
    return False
