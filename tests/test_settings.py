import pytest

from defcoop.errors import ConfigError
from defcoop.settings import SETTINGS_HELP, Settings, load_settings


def test_every_setting_has_help_and_a_default_in_defaults_toml():
    defaults = load_settings()
    for name in Settings.__dataclass_fields__:
        assert SETTINGS_HELP.get(name), f"setting {name} has no help line"
        assert getattr(defaults, name) == getattr(Settings(), name), f"defaults.toml and Settings disagree on {name}"


def test_environment_overrides_and_user_file(tmp_path, monkeypatch):
    monkeypatch.setenv("DEFCOOP_BATCH_SIZE", "8")
    user = tmp_path / "mine.toml"
    user.write_text("near_duplicate_threshold = 0.7\n", encoding="utf-8")
    settings = load_settings(user)
    assert settings.batch_size == 8 and settings.near_duplicate_threshold == 0.7


@pytest.mark.parametrize("text, message", [
    ("colour = 3\n", "unknown setting"),
    ("batch_size = 0\n", "batch_size"),
    ("near_duplicate_threshold = 1.5\n", "near_duplicate_threshold"),
    ("batch_size = [\n", "cannot read settings"),
])
def test_bad_settings_are_clear_errors(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(path)
