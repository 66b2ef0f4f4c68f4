"""GET /api/map (events per country, transfer flows) and /api/countries (the UI's country picker)."""
from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from api_data import build_database
from defcoop.api import create_app
from defcoop.api.app import static_dir
from defcoop.store.db import engine_of

with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("map") / "map.db"
    engine_of(build_database(str(path))).dispose()
    with TestClient(create_app(str(path))) as c:
        yield c


def test_map_counts_events_per_country_with_iso_numeric_codes(client):
    body = client.get("/api/map").json()
    countries = {c["code"]: c for c in body["countries"]}
    assert countries["KAZ"] == {"code": "KAZ", "name": "Kazakhstan", "kind": "country", "events": 4, "numeric": "398"}
    assert countries["USA"]["numeric"] == "840" and countries["USA"]["events"] == 1  # one event told by two documents
    assert countries["NATO"]["kind"] == "igo" and countries["NATO"]["numeric"] is None
    assert [c["events"] for c in body["countries"]] == sorted((c["events"] for c in body["countries"]), reverse=True)


def test_map_flows_run_supplier_to_recipient_once_per_event(client):
    flows = client.get("/api/map").json()["flows"]
    # Turkey and its firm Baykar both supply Poland in one event: one flow of one event.
    assert sorted((f["source"], f["target"], f["events"]) for f in flows) == [
        ("RUS", "KAZ", 1), ("TUR", "POL", 1), ("USA", "COL", 1)]


def test_map_follows_the_filters(client):
    assert client.get("/api/map", params={"type": "MEET"}).json()["flows"] == []
    body = client.get("/api/map", params={"country": "KAZ", "since": "2021"}).json()
    assert {c["code"] for c in body["countries"]} == {"KAZ", "RUS", "UZB"}
    assert [(f["source"], f["target"]) for f in body["flows"]] == [("RUS", "KAZ")]
    assert client.get("/api/map", params={"type": "TRANSFER,AGREE", "status": "occurred"}).json()["flows"] == [
        {"source": "USA", "target": "COL", "events": 1}]
    assert client.get("/api/map", params={"country": "not a code"}).status_code == 422
    assert client.get("/api/map", params={"since": "2030"}).json() == {"countries": [], "flows": []}
    assert len(client.get("/api/map", params={"max_flows": 2}).json()["flows"]) == 2
    assert client.get("/api/map", params={"max_flows": 0}).status_code == 422


def test_map_numeric_codes_are_the_ids_of_the_shipped_world_atlas(client):
    """Every numeric code the API gives for a country with a shape is an id of the vendored TopoJSON."""
    atlas = json.loads((static_dir() / "vendor" / "world-atlas" / "countries-50m.json").read_text())
    ids = {g.get("id") for g in atlas["objects"]["countries"]["geometries"]}
    for code in ("KAZ", "RUS", "USA", "COL", "POL", "TUR", "GBR", "UZB"):
        numeric = next(c["numeric"] for c in client.get("/api/map").json()["countries"] if c["code"] == code)
        assert numeric in ids, code


def test_vendored_files_are_served_with_their_licences(client):
    vendor = static_dir() / "vendor"
    listed = (vendor / "VENDORED.md").read_text()
    for folder in sorted(p for p in vendor.iterdir() if p.is_dir()):
        assert (folder / "LICENSE").exists(), folder.name
        assert f"`{folder.name}/`" in listed, folder.name
        for file in folder.iterdir():
            if file.suffix in (".js", ".json"):
                assert client.get(f"/static/vendor/{folder.name}/{file.name}").status_code == 200, file.name
    assert client.get("/static/graphics.css").status_code == 200


@pytest.mark.parametrize(("q", "first"), [("KAZ", "KAZ"), ("phil", "PHL"), ("Japanese", "JPN"), ("us", "USA"),
                                          ("nato", "NATO"), ("Türk", "TUR")])
def test_countries_match_names_demonyms_and_codes(client, q, first):
    response = client.get("/api/countries", params={"q": q})
    assert response.status_code == 200
    assert response.json()["items"][0]["code"] == first


def test_countries_need_a_query_and_limit_their_answer(client):
    assert client.get("/api/countries").status_code == 422
    assert client.get("/api/countries", params={"q": "zzzz"}).json()["items"] == []
    assert len(client.get("/api/countries", params={"q": "a", "limit": 3}).json()["items"]) == 3


def test_package_data_ships_the_vendored_files():
    """pyproject's package-data patterns take in every vendored file (else an installed wheel has no map)."""
    import fnmatch
    import tomllib

    root = Path(__file__).parents[1]
    patterns = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["defcoop"]
    package = root / "src" / "defcoop"
    for file in (package / "ui" / "static").rglob("*"):
        if file.is_file() and "__pycache__" not in file.parts:
            rel = file.relative_to(package).as_posix()
            assert any(fnmatch.fnmatch(rel, p) and rel.count("/") == p.count("/") for p in patterns), rel


def test_map_leaves_out_rejected_events_unless_asked(tmp_path):
    path = tmp_path / "review.db"
    engine_of(build_database(str(path))).dispose()
    with TestClient(create_app(str(path), review_token="t")) as c:
        event_id = c.get("/api/events", params={"pair": "USA,COL"}).json()["items"][0]["id"]
        response = c.post(f"/api/events/{event_id}/review", headers={"Authorization": "Bearer t"},
                          json={"action": "reject", "reviewer": "tester"})
        assert response.status_code == 200, response.text
        body = c.get("/api/map").json()
        assert ("USA", "COL") not in {(f["source"], f["target"]) for f in body["flows"]}
        assert "USA" not in {x["code"] for x in body["countries"]}
        shown = c.get("/api/map", params={"include_rejected": "true"}).json()
        assert {"source": "USA", "target": "COL", "events": 1} in shown["flows"]
