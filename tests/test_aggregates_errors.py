"""Honest aggregates and friendly errors (issue 11, items 6 and 7): the timeline accounts for year-only and
undated events; the transfer register reads quantity, designation, category and order vs delivery; unknown
pages get an HTML 404; filter and search-syntax errors name their field."""
from __future__ import annotations

import warnings

import pytest

from api_data import build_database
from defcoop.clean import content_hash
from defcoop.resolve.weapons import describe_transfer, item_category
from defcoop.store import save_result
from defcoop.store.db import engine_of
from defcoop.types import Actor, Document, DocumentResult, Event, Party


@pytest.mark.parametrize("item, status, evidence, expected", [
    ("five UH-60 Black Hawk helicopters", "occurred", "Colombia received them.", (5, "UH-60 Black Hawk", "aircraft", "delivery")),
    ("12 A-29 Super Tucano light attack aircraft", "planned", "Nigeria ordered them.", (12, "A-29 Super Tucano", "aircraft", "order")),
    ("S-400 air defence systems", "planned", "India will get them.", (None, "S-400", "air defence", "planned")),
    ("five Avante 2200 corvettes", "occurred", "The navy signed a contract.", (5, "Avante 2200", "ships", "order")),
    ("twenty-four Rafale jets", "occurred", "They arrived on Monday.", (24, "Rafale", "aircraft", "delivery")),
    ("1,000 Kalashnikov rifles", "occurred", "The rifles were handed over.", (1000, "Kalashnikov", "small arms", "delivery")),
    ("Pinaka rocket launchers and anti-tank rockets", "planned", "A deal was signed.", (None, "Pinaka", "armour", "order")),
    ("155mm artillery shells", "occurred", "Shells came.", (None, "155mm", "ammunition", "delivery")),
    ("armoured patrol vehicles", "occurred", "", (None, None, "armour", "delivery")),
    ("military trucks", "occurred", "", (None, None, "vehicles", "delivery")),
    ("Harpoon anti-ship missiles", "planned", "", (None, "Harpoon", "missiles", "planned")),
    (None, "occurred", "", (None, None, "other", "delivery")),
    ("weapon locating radars", "occurred", "", (None, None, "other", "delivery")),
])
def test_describe_transfer(item, status, evidence, expected):
    facts = describe_transfer(item, status, evidence)
    assert (facts.quantity, facts.designation, facts.category, facts.stage) == expected


def test_categories_are_data_not_code():
    import json
    from importlib import resources

    data = json.loads((resources.files("defcoop") / "data" / "transfer_categories.json").read_text("utf-8"))
    assert set(data["order"]) == set(data["categories"]) == {
        "aircraft", "ships", "armour", "air defence", "missiles", "small arms", "ammunition", "vehicles"}
    assert item_category("Type 054A frigates") == "ships"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """The API tests' database plus one undated event, so every kind of dating is present."""
    from defcoop.api import create_app

    path = tmp_path_factory.mktemp("aggregates") / "api.db"
    factory = build_database(str(path))
    text = "India and Japan agreed to deepen their defence ties."
    doc = Document(id="undated", text=text, raw=text, published=None, content_hash=content_hash(text))
    event = Event("undated", "AGREE", "occurred", [Party(Actor("India", "country", "IND")),
                                                    Party(Actor("Japan", "country", "JPN"))], text, 0, len(text))
    with factory.begin() as session:
        save_result(session, DocumentResult(doc, [event]), None)
    engine_of(factory).dispose()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient
    with TestClient(create_app(str(path))) as c:
        yield c


def test_timeline_accounts_for_every_event(client):
    for params in ({}, {"type": "AGREE"}, {"country": "Japan"}, {"interval": "year"}):
        timeline = client.get("/api/timeline", params=params).json()
        summary = client.get("/api/summary", params={k: v for k, v in params.items() if k != "interval"}).json()
        coarse = sum(c["events"] for c in timeline["coarse"])
        assert timeline["placed"] == sum(map(sum, timeline["series"].values()))
        assert timeline["placed"] + coarse + timeline["undated"] == timeline["total"] == summary["events"], params
    month = client.get("/api/timeline").json()
    assert (month["placed"], month["coarse"], month["undated"]) == (
        5, [{"period": "2019", "type": "EXERCISE", "events": 1}], 1)


def test_transfer_register_columns(client):
    rows = {r["id"]: r for r in client.get("/api/transfers").json()["items"]}
    black_hawks = next(r for r in rows.values() if r["item"] == "five UH-60 Black Hawk helicopters")
    assert (black_hawks["quantity"], black_hawks["designation"], black_hawks["category"]) == (5, "UH-60 Black Hawk",
                                                                                                "aircraft")
    assert black_hawks["stage"] == "delivery" and black_hawks["delivery_year"] == "2022"
    assert black_hawks["order_year"] is None
    su30 = next(r for r in rows.values() if r["item"] == "Su-30SM fighters")
    assert (su30["designation"], su30["category"], su30["stage"], su30["order_year"]) == ("Su-30SM", "aircraft",
                                                                                           "planned", None)


def test_unknown_pages_get_an_html_404_and_the_api_keeps_json(client):
    page = client.get("/no/such/page")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Page not found" in page.text and 'href="/events"' in page.text
    assert "Content-Security-Policy" in page.headers
    api = client.get("/api/no-such-thing")
    assert api.status_code == 404 and api.json() == {"detail": "Not Found", "errors": []}
    assert client.get("/api/events/999").json() == {"detail": "event 999 not found", "errors": []}
    assert client.get("/static/none.js").status_code == 404


@pytest.mark.parametrize("path, params, field, words", [
    ("/api/events", {"since": "2021-13"}, "since", "not a real date"),
    ("/api/events", {"until": "last year"}, "until", "a year or an ISO date"),
    ("/api/summary", {"country": "Japn"}, "country", "did you mean Japan"),
    ("/api/events", {"q": "drones OR tanks"}, "q", "OR is not supported"),
    ("/api/events", {"q": "!!"}, "q", "no words"),
    ("/api/search", {"q": "*copter"}, "q", "end of a word"),
    ("/api/transfers", {"status": "rumoured"}, "status", "occurred or planned"),
])
def test_filter_errors_name_their_field_in_plain_words(client, path, params, field, words):
    response = client.get(path, params=params)
    assert response.status_code == 422
    body = response.json()
    assert words in body["detail"] and "should match pattern" not in body["detail"]
    assert [e["loc"] for e in body["errors"]] == [["query", field]]


def test_every_bad_filter_is_named_at_once(client):
    body = client.get("/api/events", params={"since": "2021-13", "country": "Japn", "q": "a OR b"}).json()
    assert [e["loc"][1] for e in body["errors"]] == ["country", "since", "q"]
    assert "did you mean Japan" in body["errors"][0]["msg"] and "not a real date" in body["errors"][1]["msg"]
    assert body["detail"] == "; ".join(e["msg"] for e in body["errors"])
