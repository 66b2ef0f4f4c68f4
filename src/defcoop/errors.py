"""Exceptions raised by defcoop, in one shallow hierarchy."""


class DefcoopError(Exception):
    """Base class for every error defcoop raises on purpose."""


class InputError(DefcoopError):
    """An input file cannot be read as a document: unreadable, binary, empty, mis-encoded or malformed.

    The message names the file and the problem.
    """

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class StoreError(DefcoopError):
    """The database cannot be opened, migrated or written."""


class ConfigError(DefcoopError):
    """A setting is missing or has a bad value."""
