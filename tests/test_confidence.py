"""Calibrated confidence (defcoop.extract.confidence) and its use by the CLI."""
from __future__ import annotations

import pytest

from defcoop.errors import ConfigError
from defcoop.extract.confidence import ConfidenceModel, Feature, fit, load_model, parse_model, reliability
from defcoop.types import Actor, Event, Party


def _event(reason: str, type_: str = "MEET", raw: float = 0.6) -> Event:
    parties = [Party(Actor("Kazakhstan", "country", "KAZ")), Party(Actor("Turkey", "country", "TUR"))]
    return Event("d", type_, "occurred", parties, "s", 0, 1, confidence=raw, reason=reason)


def test_fit_learns_which_signals_mean_right():
    model = ConfidenceModel([Feature("reason:pair reference"), Feature("type:TRANSFER")])
    events = [_event("trigger 'met' (strong)") for _ in range(40)] + \
             [_event("trigger 'met' (strong); pair reference") for _ in range(40)]
    labels = [i % 10 != 0 for i in range(40)] + [i % 2 == 0 for i in range(40)]  # 90% vs 50% right
    fitted = fit(model, events, labels, l2=0.01)
    assert fitted.probability(_event("x")) == pytest.approx(0.9, abs=0.02)
    assert fitted.probability(_event("x; pair reference")) == pytest.approx(0.5, abs=0.02)


def test_reliability_table_and_calibration_error():
    rows, ece = reliability([0.1, 0.1, 0.9, 0.9], [False, False, True, False])
    by_bin = {r["bin"]: r for r in rows}
    assert by_bin["0.0-0.2"]["events"] == 2 and by_bin["0.0-0.2"]["accuracy"] == 0.0
    assert by_bin["0.8-1.0"]["accuracy"] == 0.5
    assert by_bin["0.4-0.6"]["events"] == 0
    assert ece == pytest.approx(0.5 * 0.1 + 0.5 * 0.4)


def test_packaged_model_is_fitted_and_gives_probabilities():
    model = load_model("")
    assert model.weights and len(model.weights) == len(model.features) + 1
    assert model.fitted_on["events"] > 100
    value = model.probability(_event("trigger 'met' (strong)"))
    assert 0.0 < value < 1.0


def test_unfitted_model_leaves_the_raw_score():
    model = parse_model({"features": ["raw"]}, "x")
    assert model.probability(_event("x", raw=0.42)) == 0.42


@pytest.mark.parametrize("data, message", [
    ({"weights": [1.0]}, "not a confidence model"),
    ({"features": ["raw"], "weights": [1.0]}, "1 weights for 1 features"),
])
def test_malformed_model_is_a_clear_error(data, message):
    with pytest.raises(ConfigError, match=message):
        parse_model(data, "my.json")


def test_unknown_feature_is_a_clear_error():
    model = parse_model({"features": ["colour:red"], "weights": [0.0, 1.0]}, "my.json")
    with pytest.raises(ConfigError, match="unknown confidence feature"):
        model.probability(_event("x"))


def test_missing_model_file_names_it(tmp_path):
    with pytest.raises(ConfigError, match="nope.json"):
        load_model(str(tmp_path / "nope.json"))
