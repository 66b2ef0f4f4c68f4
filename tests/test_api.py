"""Tests of the REST API (defcoop.api) through TestClient: every endpoint and filter, errors, escaping."""
from __future__ import annotations

import csv
import io
import json
import warnings
import xml.etree.ElementTree as ET

import pytest

from api_data import XSS_IMG, XSS_SCRIPT, build_database
from defcoop.api import create_app
from defcoop.store.db import engine_of

with warnings.catch_warnings():  # Starlette 1.x prefers httpx2; the brief's client is httpx
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

TOKEN = "test-token"


@pytest.fixture(scope="module")
def db_path(new_db_url):
    path = new_db_url()
    engine_of(build_database(path)).dispose()
    return path


@pytest.fixture(scope="module")
def client(db_path):
    """A read-only client over the shared test database (reviews go to `review_client`)."""
    with TestClient(create_app(db_path)) as c:
        yield c


@pytest.fixture
def review_client(db_url):
    """A client with a review token over a database of its own."""
    engine_of(build_database(db_url)).dispose()
    with TestClient(create_app(db_url, review_token=TOKEN)) as c:
        yield c


def ids(response) -> set[int]:
    assert response.status_code == 200, response.text
    return {e["id"] for e in response.json()["items"]}


def review(c, event_id, token=TOKEN, **body):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return c.post(f"/api/events/{event_id}/review", json={"reviewer": "Ann", **body}, headers=headers)


# --- events --------------------------------------------------------------------------------------------------


def test_api_events_page_total_and_sort(client):
    body = client.get("/api/events", params={"limit": 2, "sort": "date"}).json()
    assert body["total"] == 6 and body["limit"] == 2 and body["offset"] == 0
    assert [e["id"] for e in body["items"]] == [3, 1]  # "2019" sorts before "2021-02"
    second = client.get("/api/events", params={"limit": 2, "offset": 2, "sort": "date"}).json()
    assert [e["id"] for e in second["items"]] == [2, 4]
    newest = client.get("/api/events", params={"sort": "-date"}).json()["items"]
    assert [e["id"] for e in newest] == [5, 6, 4, 2, 1, 3]
    by_confidence = client.get("/api/events", params={"sort": "confidence"}).json()["items"]
    assert [e["id"] for e in by_confidence] == [4, 3, 1, 5, 6, 2]
    assert [e["id"] for e in client.get("/api/events", params={"sort": "-sources"}).json()["items"]][0] == 6


def test_api_events_item_fields(client):
    event = next(e for e in client.get("/api/events").json()["items"] if e["id"] == 1)
    assert event["type"] == "TRANSFER" and event["status"] == "planned" and event["date"] == "2021-02"
    assert event["item"] == "Su-30SM fighters" and event["review"] is None
    assert [(p["country"], p["role"]) for p in event["parties"]] == [("RUS", "supplier"), ("KAZ", "recipient")]
    assert event["evidence"].startswith("Russia will deliver") and event["evidence_start"] == 0


@pytest.mark.parametrize("params, expected", [
    ({}, {1, 2, 3, 4, 5, 6}),
    ({"type": "TRANSFER"}, {1, 5, 6}),
    ({"type": "meet,AGREE"}, {2, 4}),
    ({"country": "KAZ"}, {1, 2, 3, 4}),
    ({"country": "nato"}, {3}),
    ({"pair": "KAZ,RUS"}, {1, 2}),
    ({"pair": "RUS, KAZ"}, {1, 2}),
    ({"pair": "TUR,POL", "type": "TRANSFER"}, {5}),
    ({"status": "planned"}, {1, 5}),
    ({"since": "2021-03"}, {4, 5, 6}),
    ({"since": "2019-06"}, {1, 2, 3, 4, 5, 6}),  # "2019" contains June 2019
    ({"since": "2020"}, {1, 2, 4, 5, 6}),
    ({"until": "2021-02"}, {1, 2, 3}),
    ({"since": "2021", "until": "2021"}, {1, 2, 4}),
    ({"min_confidence": 0.75}, {2, 5, 6}),
    ({"q": "helicopters"}, {6}),
    ({"q": "helicopter"}, {6}),  # stemmed
    ({"q": "black HAWK"}, {6}),
    ({"q": "Black Hawk Kazakhstan"}, set()),
    ({"q": "deliver*"}, {1}),
    ({"reviewed": "true"}, set()),
    ({"reviewed": "false"}, {1, 2, 3, 4, 5, 6}),
    ({"country": "KAZ", "status": "occurred", "since": "2021"}, {2, 4}),
])
def test_api_events_filters(client, params, expected):
    response = client.get("/api/events", params=params)
    assert ids(response) == expected
    assert response.json()["total"] == len(expected)


@pytest.mark.parametrize("params, words", [
    ({"type": "BOGUS"}, "type must be one of"),
    ({"country": "K"}, "country"),
    ({"pair": "KAZ"}, "pair must be two codes"),
    ({"pair": "KAZ,KAZ"}, "two different codes"),
    ({"since": "2021-13"}, "not a real date"),
    ({"until": "last year"}, "until"),
    ({"since": "2022", "until": "2021"}, "before since"),
    ({"min_confidence": "2"}, "min_confidence"),
    ({"min_confidence": "high"}, "min_confidence"),
    ({"sort": "colour"}, "sort"),
    ({"limit": "0"}, "limit"),
    ({"limit": "501"}, "limit"),
    ({"reviewed": "maybe"}, "reviewed"),
    ({"status": "rumoured"}, "status"),
    ({"decision": "loved"}, "decision"),
])
def test_api_events_bad_filters_give_422_with_a_message(client, params, words):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert words in response.json()["detail"]


def test_api_aggregates_check_filters_too(client):
    for path in ("/api/graph", "/api/timeline", "/api/summary", "/api/transfers", "/api/actors", "/api/export"):
        response = client.get(path, params={"since": "2021-02-30"})
        assert response.status_code == 422, path
        assert "not a real date" in response.json()["detail"]


def test_api_event_detail_has_every_source_with_evidence_offsets(client):
    event = client.get("/api/events/6").json()
    assert event["source_count"] == 2 and event["type"] == "TRANSFER" and event["date"] == "2022-03-10"
    assert {s["doc_id"] for s in event["sources"]} == {"col-usa", "col-usa-2"}
    for source in event["sources"]:
        text = client.get(f"/api/documents/{source['doc_id']}").json()["text"]
        assert source["evidence"] and source["url"].startswith("https://news.example/")
        for ev in source["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
    meet = client.get("/api/events/2").json()
    assert meet["location"] == {"name": "Moscow", "country": "RUS"}
    assert [p["title"] for p in meet["parties"]] == ["Defence Minister", "Defence Minister"]
    assert meet["history"] == [] and meet["reason"] == ""


def test_api_missing_ids_give_404(client):
    assert client.get("/api/events/999").status_code == 404
    assert client.get("/api/events/999").json()["detail"] == "event 999 not found"
    assert client.get("/api/documents/nope").status_code == 404
    assert client.get("/api/actors/XYZ").status_code == 404
    assert client.get("/api/actors/9999").status_code == 404
    assert client.get("/api/events/abc").status_code == 422


def test_api_document_text_and_spans(client):
    doc = client.get("/api/documents/kaz-rus").json()
    assert doc["title"] == "Story kaz-rus" and doc["published"] == "2021-02-05" and doc["source"] == "Example Wire"
    assert [s["event_id"] for s in doc["spans"]] == [1, 2]
    for span in doc["spans"]:
        evidence = client.get(f"/api/events/{span['event_id']}").json()["evidence"]
        assert doc["text"][span["start"]:span["end"]] == evidence
    assert doc["copies"] == [{"url": "https://news.example/kaz-rus", "source": "Example Wire", "relation": "original"}]


# --- actors, graph, timeline, transfers -----------------------------------------------------------------------


def test_api_actors_list_by_kind(client):
    countries = client.get("/api/actors", params={"kind": "country"}).json()
    kaz = next(a for a in countries["items"] if a["code"] == "KAZ")
    assert kaz["events"] == 4 and kaz["partners"] == 5  # RUS, NATO, TUR, GBR, UZB
    assert kaz["first_date"] == "2019" and kaz["last_date"] == "2021-03-15"
    assert countries["items"][0]["code"] == "KAZ"  # most events first
    igos = client.get("/api/actors", params={"kind": "igo"}).json()["items"]
    assert [(a["code"], a["name"]) for a in igos] == [("NATO", "North Atlantic Treaty Organization")]
    persons = client.get("/api/actors", params={"kind": "person"}).json()["items"]
    assert {a["name"] for a in persons} == {"Nurlan Yermekbayev", "Sergei Shoigu"}
    assert all(a["code"] == str(a["actor_id"]) and a["partners"] == 1 for a in persons)
    assert [a["name"] for a in client.get("/api/actors", params={"kind": "company"}).json()["items"]] == ["Baykar"]
    assert client.get("/api/actors", params={"name": "uzbek"}).json()["total"] == 1
    assert client.get("/api/actors", params={"kind": "planet"}).status_code == 422


def test_api_actor_country_page_data(client):
    kaz = client.get("/api/actors/kaz").json()
    assert kaz["name"] == "Kazakhstan" and kaz["events"] == 4
    assert kaz["events_per_type"] == {"MEET": 1, "AGREE": 1, "TRANSFER": 1, "EXERCISE": 1}
    partners = {p["code"]: p for p in kaz["partners"]}
    assert partners["RUS"]["events"] == 2 and partners["RUS"]["per_year"] == {"2021": 2}
    assert partners["NATO"]["per_year"] == {"2019": 1}
    assert [t["id"] for t in kaz["transfers_in"]] == [1] and kaz["transfers_out"] == []
    assert [a["name"] for a in kaz["actors"]] == ["Nurlan Yermekbayev"]
    rus = client.get("/api/actors/RUS").json()
    assert [t["id"] for t in rus["transfers_out"]] == [1]
    assert [s["country"] for s in rus["transfers_out"][0]["recipients"]] == ["KAZ"]
    person = client.get(f"/api/actors/{kaz['actors'][0]['actor_id']}").json()
    assert person["kind"] == "person" and person["events"] == 1
    assert [p["code"] for p in person["partners"]] == ["RUS"] and [e["id"] for e in person["recent_events"]] == [2]


def test_api_graph_nodes_and_weighted_edges(client):
    graph = client.get("/api/graph").json()
    edges = {(e["source"], e["target"]): e["weight"] for e in graph["edges"]}
    assert edges[("KAZ", "RUS")] == 2 and len(edges) == 10
    assert graph["edges"][0] == {"source": "KAZ", "target": "RUS", "weight": 2}  # heaviest first
    nodes = {n["code"]: n for n in graph["nodes"]}
    assert nodes["KAZ"]["events"] == 4 and nodes["NATO"]["kind"] == "igo" and nodes["RUS"]["name"] == "Russia"
    exercise = client.get("/api/graph", params={"type": "EXERCISE"}).json()
    assert len(exercise["edges"]) == 6 and {n["code"] for n in exercise["nodes"]} == {"GBR", "KAZ", "NATO", "TUR"}
    russia = client.get("/api/graph", params={"country": "RUS"}).json()
    assert russia["edges"] == [{"source": "KAZ", "target": "RUS", "weight": 2}]
    assert len(client.get("/api/graph", params={"since": "2021", "until": "2021"}).json()["edges"]) == 2
    assert len(client.get("/api/graph", params={"max_edges": 3}).json()["edges"]) == 3
    assert [e["weight"] for e in client.get("/api/graph", params={"min_weight": 2}).json()["edges"]] == [2]


def test_api_timeline_per_month_and_type(client):
    timeline = client.get("/api/timeline").json()
    assert timeline["periods"][0] == "2021-02" and timeline["periods"][-1] == "2022-05"
    assert len(timeline["periods"]) == 16
    series = {t: dict(zip(timeline["periods"], counts)) for t, counts in timeline["series"].items()}
    assert set(series) == {"MEET", "AGREE", "TRANSFER"}
    assert series["TRANSFER"]["2021-02"] == 1 and series["TRANSFER"]["2022-03"] == 1 and series["MEET"]["2021-02"] == 1
    assert sum(sum(c) for c in timeline["series"].values()) == 5
    assert timeline["coarse"] == [{"period": "2019", "type": "EXERCISE", "events": 1}]
    years = client.get("/api/timeline", params={"interval": "year"}).json()
    assert years["periods"] == ["2019", "2020", "2021", "2022"] and years["series"]["EXERCISE"] == [1, 0, 0, 0]
    only = client.get("/api/timeline", params={"country": "KAZ", "type": "TRANSFER"}).json()
    assert only["periods"] == ["2021-02"] and only["series"] == {"TRANSFER": [1]}
    assert client.get("/api/timeline", params={"pair": "USA,COL"}).json()["series"] == {"TRANSFER": [1]}
    assert client.get("/api/timeline", params={"interval": "week"}).status_code == 422


def test_api_summary_totals(client):
    summary = client.get("/api/summary").json()
    assert summary["events"] == 6 and summary["documents"] == 6 and summary["countries"] == 9
    assert summary["events_per_type"] == {"MEET": 1, "AGREE": 1, "TRANSFER": 3, "EXERCISE": 1}
    assert summary["top_pairs"][0] == {"countries": ["KAZ", "RUS"], "names": ["Kazakhstan", "Russia"], "events": 2}
    assert summary["review_enabled"] is False and summary["first_date"] == "2019"
    assert client.get("/api/summary", params={"type": "TRANSFER"}).json()["events"] == 3


def test_api_transfers_register(client):
    register = client.get("/api/transfers").json()
    assert register["total"] == 3 and [t["id"] for t in register["items"]] == [5, 6, 1]
    tb2 = register["items"][0]
    assert [p["name"] for p in tb2["suppliers"]] == ["Turkey", "Baykar"] and tb2["recipients"][0]["country"] == "POL"
    assert tb2["status"] == "planned" and tb2["sources"][0]["doc_id"] == "xss"
    helicopters = register["items"][1]
    assert helicopters["source_count"] == 2 and {s["doc_id"] for s in helicopters["sources"]} == {"col-usa", "col-usa-2"}
    assert ids(client.get("/api/transfers", params={"supplier": "TUR"})) == {5}
    assert ids(client.get("/api/transfers", params={"recipient": "KAZ"})) == {1}
    assert ids(client.get("/api/transfers", params={"supplier": "KAZ"})) == set()
    assert ids(client.get("/api/transfers", params={"status": "occurred"})) == {6}
    assert ids(client.get("/api/transfers", params={"type": "MEET"})) == {1, 5, 6}  # always TRANSFER
    assert client.get("/api/transfers", params={"supplier": "1"}).status_code == 422


# --- search and export ----------------------------------------------------------------------------------------


def test_api_search_articles(client, db_backend):
    body = client.get("/api/search", params={"q": "helicopter"}).json()
    assert body["engine"] == {"sqlite": "fts5", "postgresql": "tsvector"}[db_backend] and body["total"] == 2
    assert {h["doc_id"] for h in body["items"]} == {"col-usa", "col-usa-2"}
    parts = body["items"][0]["snippet"]
    assert any(p["match"] and p["text"].lower().startswith("helicopter") for p in parts)
    assert "".join(p["text"] for p in parts).replace("…", "").strip() in client.get(
        f"/api/documents/{body['items'][0]['doc_id']}").json()["text"]
    assert client.get("/api/search", params={"q": "Tashkent military"}).json()["items"][0]["doc_id"] == "kaz-uzb"
    assert client.get("/api/search", params={"q": "submarine"}).json()["total"] == 0
    # Ranked: both say Colombia and Black Hawk, one in its title too.
    assert [h["doc_id"] for h in client.get("/api/search", params={"q": "colombia hawks"}).json()["items"]] == [
        "col-usa", "col-usa-2"]
    assert client.get("/api/search", params={"q": "helicop*"}).json()["total"] == 2
    assert client.get("/api/search", params={"q": '"unbalanced AND ('}).status_code == 200  # never FTS syntax
    assert client.get("/api/search", params={"q": "!!!"}).status_code == 422
    assert client.get("/api/search").status_code == 422


def test_search_like_fallback_matches_fts(db_path):
    from defcoop.store.db import open_database
    from defcoop.store.search import search_documents

    factory = open_database(db_path)
    with factory() as session:
        fts = search_documents(session, "Black Hawk")
        session.info["defcoop_search_engine"] = "like"  # as on a database without FTS5 or tsvector
        like = search_documents(session, "Black Hawk")
    engine_of(factory).dispose()
    assert fts[0] == like[0] == 2
    assert {h.doc_id for h in fts[1]} == {h.doc_id for h in like[1]}
    assert any(match and text == "Black" for text, match in like[1][0].snippet)


def test_api_export_formats_follow_the_filters(client):
    response = client.get("/api/export", params={"format": "csv", "type": "TRANSFER"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert 'filename="defcoop-events.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(int(r["id"]) for r in rows) == [1, 5, 6]
    lines = client.get("/api/export", params={"format": "jsonl", "country": "KAZ"}).text.splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == [1, 2, 3, 4]
    graphml = client.get("/api/export", params={"format": "graphml", "pair": "KAZ,RUS"}).text
    root = ET.fromstring(graphml)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert [(e.get("source"), e.get("target")) for e in root.iterfind(".//g:edge", ns)] == [("KAZ", "RUS")]
    assert client.get("/api/export", params={"format": "xml"}).status_code == 422


# --- reviews --------------------------------------------------------------------------------------------------


def test_api_review_needs_the_token(client, review_client):
    # A server started without a token accepts no review at all.
    assert review(client, 1, token=None, action="confirm").status_code == 401
    refused = review(client, 1, token="anything", action="confirm")
    assert refused.status_code == 403 and "--review-token" in refused.json()["detail"]
    missing = review(review_client, 1, token=None, action="confirm")
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert review(review_client, 1, token="wrong", action="confirm").status_code == 403
    assert review_client.post("/api/events/1/review", json={"action": "confirm", "reviewer": "Ann"},
                              headers={"Authorization": f"Basic {TOKEN}"}).status_code == 403
    assert review_client.get("/api/events/1").json()["review"] is None  # nothing was stored
    # Without the token, a bad body is still refused for the token first.
    assert review(review_client, 1, token=None, action="explode").status_code == 401


def test_api_refuses_a_large_body_before_reading_it(review_client):
    """Issue 12, row 9: a 300 MB POST without a token was read whole before the token check."""
    declared = review_client.post("/api/events/1/review", content=b"x" * (1 << 20),
                                  headers={"Content-Type": "application/json"})
    assert declared.status_code == 413 and "over" in declared.json()["detail"]

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(64):
            yield b"y" * 4096

    streamed = review_client.post("/api/events/1/review", content=chunks(),
                                  headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    assert streamed.status_code == 413
    assert review_client.get("/api/events/1").json()["review"] is None  # nothing was stored
    # an ordinary review still goes through
    assert review(review_client, 1, token=TOKEN, action="confirm").status_code == 200


@pytest.mark.parametrize("body, words", [
    ({"action": "explode"}, "action"),
    ({"action": "confirm", "reviewer": ""}, "reviewer"),
    ({"action": "confirm", "reviewer": "   "}, "reviewer"),
    ({"action": "edit"}, "at least one changed field"),
    ({"action": "confirm", "changes": {"type": "AGREE"}}, "changes go with action 'edit'"),
    ({"action": "edit", "changes": {"type": "PICNIC"}}, "type"),
    ({"action": "edit", "changes": {"date": "2021-02-30"}}, "does not exist"),
    ({"action": "edit", "changes": {"date": "soon"}}, "date"),
    ({"action": "edit", "changes": {"colour": "red"}}, "colour"),
    ({"action": "edit", "changes": {"parties": []}}, "parties"),
    ({"action": "edit", "changes": {"parties": [{"name": "X", "kind": "planet"}]}}, "kind"),
    ({"action": "edit", "changes": {"parties": [{"name": "Narnia", "kind": "country"}]}}, "needs its code"),
    ({"action": "edit", "changes": {"parties": [{"name": "X", "kind": "country", "country": "XSS"}]}}, "known"),
    ({"action": "edit", "changes": {"item": "x" * 501}}, "item"),
    ({"action": "confirm", "comment": "x" * 2001}, "comment"),
])
def test_api_review_bad_input_gives_422_with_a_message(review_client, body, words):
    response = review_client.post("/api/events/1/review", json={"reviewer": "Ann", **body},
                                  headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422, response.text
    assert words in response.json()["detail"]
    assert review_client.get("/api/events/1").json()["history"] == []


def test_api_review_of_a_missing_event_is_404(review_client):
    assert review(review_client, 999, action="confirm").status_code == 404


def test_api_review_confirm_is_kept_with_reviewer_and_time(review_client):
    response = review(review_client, 2, action="confirm", comment="Matches the ministry's release.")
    assert response.status_code == 200
    event = review_client.get("/api/events/2").json()
    assert event["review"]["decision"] == "confirmed" and event["review"]["reviewer"] == "Ann"
    assert event["review"]["reviewed_at"].startswith("20")
    [entry] = event["history"]
    assert entry["action"] == "confirm" and entry["comment"] == "Matches the ministry's release." and entry["changes"] == {}
    assert ids(review_client.get("/api/events", params={"reviewed": "true"})) == {2}
    assert ids(review_client.get("/api/events", params={"decision": "confirmed"})) == {2}
    assert 2 not in ids(review_client.get("/api/events", params={"reviewed": "false"}))
    assert review_client.get("/api/summary").json()["reviews"] == {"confirmed": 1, "edited": 0, "rejected": 0}


def test_api_rejected_events_are_hidden_unless_asked_for(review_client):
    assert review(review_client, 1, action="reject", comment="Old news.").status_code == 200
    c = review_client
    assert 1 not in ids(c.get("/api/events"))
    assert ids(c.get("/api/events", params={"include_rejected": "true"})) == {1, 2, 3, 4, 5, 6}
    assert ids(c.get("/api/events", params={"decision": "rejected"})) == {1}
    assert c.get("/api/events").json()["total"] == 5
    edges = {(e["source"], e["target"]): e["weight"] for e in c.get("/api/graph").json()["edges"]}
    assert edges[("KAZ", "RUS")] == 1
    assert c.get("/api/timeline", params={"type": "TRANSFER"}).json()["periods"][0] == "2022-03"  # not 2021-02
    assert c.get("/api/summary").json()["events_per_type"]["TRANSFER"] == 2
    assert ids(c.get("/api/transfers")) == {5, 6}
    assert c.get("/api/actors/KAZ").json()["transfers_in"] == []
    assert [s["event_id"] for s in c.get("/api/documents/kaz-rus").json()["spans"]] == [2]
    assert [s["event_id"] for s in c.get("/api/documents/kaz-rus", params={"include_rejected": "true"}).json()
            ["spans"]] == [1, 2]
    exported = [json.loads(line)["id"] for line in c.get("/api/export", params={"format": "jsonl"}).text.splitlines()]
    assert sorted(exported) == [2, 3, 4, 5, 6]
    # The event itself is still there, with its decision; a later confirm brings it back.
    assert c.get("/api/events/1").json()["review"]["decision"] == "rejected"
    assert review(c, 1, action="confirm").status_code == 200
    assert 1 in ids(c.get("/api/events"))
    assert [h["action"] for h in c.get("/api/events/1").json()["history"]] == ["reject", "confirm"]


def test_api_edit_changes_what_every_view_shows(review_client):
    c = review_client
    changes = {"type": "AGREE", "status": "occurred", "date": "2021-02-04", "item": None,
               "parties": [{"name": "Kazakhstan", "kind": "country", "country": "kaz"},
                           {"name": "China", "kind": "country", "country": "CHN", "role": "participant"}]}
    response = review(c, 1, action="edit", changes=changes, comment="It was an agreement with China.")
    assert response.status_code == 200, response.text
    event = response.json()
    assert (event["type"], event["status"], event["date"], event["item"]) == ("AGREE", "occurred", "2021-02-04", None)
    assert [p["country"] for p in event["parties"]] == ["KAZ", "CHN"]
    assert event["review"]["decision"] == "edited" and event["review"]["edited"] is True
    before_after = event["history"][0]["changes"]
    assert before_after["type"] == ["TRANSFER", "AGREE"] and before_after["item"] == ["Su-30SM fighters", None]
    assert [p["country"] for p in before_after["parties"][0]] == ["RUS", "KAZ"]
    assert ids(c.get("/api/events", params={"pair": "KAZ,CHN"})) == {1}
    assert ids(c.get("/api/events", params={"pair": "KAZ,RUS"})) == {2}
    assert ids(c.get("/api/events", params={"type": "AGREE"})) == {1, 4}
    assert ids(c.get("/api/transfers")) == {5, 6}
    edges = {(e["source"], e["target"]): e["weight"] for e in c.get("/api/graph").json()["edges"]}
    assert edges[("CHN", "KAZ")] == 1 and edges[("KAZ", "RUS")] == 1
    rows = list(csv.DictReader(io.StringIO(c.get("/api/export", params={"format": "csv", "type": "AGREE"}).text)))
    assert {r["id"]: r["countries"] for r in rows} == {"1": "CHN;KAZ", "4": "KAZ;UZB"}
    # A later confirm keeps the edit (and says it was edited).
    state = review(c, 1, action="confirm").json()["review"]
    assert state["decision"] == "confirmed" and state["edited"] is True


def test_api_reviews_survive_a_new_run(tmp_path, db_url):
    """`defcoop run` again over the same and new documents never undoes a reviewer's decision."""
    from defcoop.pipeline import Runner
    from defcoop.settings import Settings
    from defcoop.store.db import open_database

    texts = {
        "a": "Russia will deliver Su-30SM fighters to Kazakhstan next year, the Kazakh defence ministry said on "
             "Tuesday.",
        # signings with no meeting told (ministers signing in person would also be a MEET: docs/annotation.md)
        "b": "Kazakhstan and Uzbekistan signed an agreement on military cooperation on Monday, the defence ministry "
             "said.",
        "d": "Turkish and Azerbaijani troops held a joint military exercise near Baku on Friday, the defence "
             "ministry said.",
        "e": "France delivered two Rafale fighters to Greece on Wednesday, the Greek defence ministry said.",
        "f": "On Monday, Uzbekistan and Kazakhstan signed a military cooperation agreement for the coming year, "
             "according to the Uzbek defence ministry.",
    }
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    for name, text in texts.items():
        (first if name in "abd" else later).joinpath(f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    db = db_url
    factory = open_database(db)
    Runner(factory, Settings()).run([first])
    engine_of(factory).dispose()
    with TestClient(create_app(db, review_token=TOKEN)) as c:
        by_type = {e["type"]: e["id"] for e in c.get("/api/events").json()["items"]}
        assert set(by_type) == {"TRANSFER", "AGREE", "EXERCISE"}
        edit = {"item": "Su-30SM multirole fighters", "date": "2022", "status": "occurred"}
        assert review(c, by_type["TRANSFER"], action="edit", changes=edit).status_code == 200
        assert review(c, by_type["AGREE"], action="reject").status_code == 200
        assert review(c, by_type["EXERCISE"], action="confirm").status_code == 200
    for paths in ([first], [first, later]):  # the same documents again, then with new ones
        factory = open_database(db)
        Runner(factory, Settings()).run(paths)
        engine_of(factory).dispose()
    with TestClient(create_app(db)) as c:
        transfer = c.get(f"/api/events/{by_type['TRANSFER']}").json()
        assert (transfer["item"], transfer["date"], transfer["status"]) == ("Su-30SM multirole fighters", "2022",
                                                                            "occurred")
        assert transfer["review"]["decision"] == "edited"
        listed = c.get("/api/events").json()["items"]
        assert by_type["AGREE"] not in {e["id"] for e in listed}
        assert {e["type"] for e in listed} == {"TRANSFER", "EXERCISE"}
        assert [e["id"] for e in listed if e["type"] == "TRANSFER" and e["id"] != by_type["TRANSFER"]]  # France-Greece
        agree = c.get(f"/api/events/{by_type['AGREE']}").json()
        assert agree["review"]["decision"] == "rejected"
        assert agree["source_count"] == 2  # the new report was attached to the rejected event, still hidden
        assert c.get(f"/api/events/{by_type['EXERCISE']}").json()["review"]["decision"] == "confirmed"
        assert c.get("/api/events", params={"include_rejected": "true"}).json()["total"] == 4


# --- escaping, schema, pages ----------------------------------------------------------------------------------


def test_api_undated_events_sort_last(db_url):
    """Issue 13: on PostgreSQL undated events came first when sorting by date descending (and on SQLite
    when ascending)."""
    from defcoop.store import save_result
    from defcoop.types import Actor, Document, DocumentResult, Event, Party

    text = "Uzbekistan and Poland agreed to train officers together, officials said."
    factory = build_database(db_url)
    with factory.begin() as session:
        event = Event("undated", "TRAIN", "planned", [Party(Actor("Uzbekistan", "country", "UZB")),
                                                      Party(Actor("Poland", "country", "POL"))], text, 0, len(text))
        save_result(session, DocumentResult(Document(id="undated", text=text, raw=text, content_hash="h-undated"),
                                            [event]), None)
    engine_of(factory).dispose()
    with TestClient(create_app(db_url)) as c:
        for sort in ("date", "-date"):
            dates = [e["date"] for e in c.get("/api/events", params={"sort": sort, "limit": 100}).json()["items"]]
            dated = [d for d in dates if d is not None]
            assert dates == dated + [None], sort
            assert dated == sorted(dated, reverse=sort == "-date")


def test_api_untrusted_text_comes_back_literally(client):
    event = client.get("/api/events/5").json()
    assert XSS_SCRIPT in event["evidence"] and event["item"] == f"Bayraktar TB2 {XSS_IMG}"
    doc = client.get("/api/documents/xss").json()
    assert XSS_SCRIPT in doc["text"] and XSS_IMG in doc["text"] and doc["title"].endswith(XSS_IMG)
    response = client.get("/api/events/5")
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    page = client.get("/events/5")
    assert page.status_code == 200 and "alert(1)" not in page.text  # pages carry no data; scripts draw it as text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_api_openapi_lists_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    assert set(schema["paths"]) == {
        "/api/events", "/api/events/{event_id}", "/api/events/{event_id}/review", "/api/documents/{doc_id}",
        "/api/actors", "/api/actors/{code}", "/api/graph", "/api/timeline", "/api/summary", "/api/meta",
        "/api/transfers", "/api/search", "/api/export", "/api/map", "/api/countries"}
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"type", "country", "pair", "status", "since", "until", "min_confidence", "q", "reviewed", "decision",
            "include_rejected", "sort", "limit", "offset"} <= params
    assert client.get("/docs").status_code == 404  # the Swagger page would load scripts from a CDN


def test_api_serves_the_ui_pages_and_assets(client):
    for path in ("/", "/map", "/network", "/events", "/events/1", "/documents/xss", "/actors", "/actors/KAZ", "/transfers",
                 "/search", "/documents/outlet%2F2024%2Fa", "/documents/outlet/2024/a"):  # ids may hold "/"
        response = client.get(path)
        assert response.status_code == 200 and '<main id="app">' in response.text, path
    assert client.get("/static/js/main.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/static/app.css").status_code == 200
    assert client.get("/static/nope.js").status_code == 404


def test_api_index_tables_match_a_rebuild(db_url):
    """The index kept in step at each commit equals one rebuilt from scratch, after saves, merges and reviews."""
    from sqlalchemy import text

    from defcoop.store.facts import INDEX_TABLES, rebuild_index
    from defcoop.store.review import review_event

    factory = build_database(db_url)
    with factory.begin() as session:
        review_event(session, 1, "edit", "Ann", changes={
            "type": "AGREE", "date": "2020", "parties": [{"name": "Kazakhstan", "kind": "country", "country": "KAZ"},
                                                        {"name": "China", "kind": "country", "country": "CHN"}]})
        review_event(session, 3, "reject", "Ann")
        review_event(session, 6, "edit", "Ann", changes={"status": "planned"})

    def snapshot(session):
        return {t: sorted(session.execute(text(f"SELECT * FROM {t}")).all()) for t in INDEX_TABLES}

    with factory() as session:
        before = snapshot(session)
        rebuild_index(session.connection())
        after = snapshot(session)
        session.rollback()
    engine_of(factory).dispose()
    assert before == after
    assert len(before["event_facts"]) == 6 and len(before["event_pairs"]) == 11
    assert ("CHN", "KAZ", 1, "AGREE", "planned", "2020", 0.7, "edited") in before["event_pairs"]
    assert {row[-1] for row in before["event_countries"] if row[1] == 3} == {"rejected"}


def test_store_listing_hides_rejected_events_too(db_url):
    """The CLI's `events` and `export` (crud.query_events / iter_events) leave rejected events out."""
    from defcoop.store import count_events, iter_events, query_events
    from defcoop.store.review import review_event

    factory = build_database(db_url)
    with factory.begin() as session:
        review_event(session, 1, "reject", "Ann")
    with factory() as session:
        assert [e.id for e in query_events(session, type="TRANSFER")] == [5, 6]
        assert [e.id for e in iter_events(session, type="TRANSFER", include_rejected=True)] == [1, 5, 6]
        assert count_events(session) == 5
    engine_of(factory).dispose()


# --- the commands ---------------------------------------------------------------------------------------------


def test_cli_serve_reports_bad_database_and_busy_port(tmp_path):
    import socket

    from typer.testing import CliRunner

    from defcoop.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing" / "x.db")])
    assert result.exit_code == 2 and "does not exist" in result.output  # issue 11: never a new empty database
    assert not (tmp_path / "missing").exists()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "a.db"), "--port", str(port)])
    assert result.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in result.output
    assert "Example:" in CliRunner().invoke(app, ["serve", "--help"]).output


def test_cli_serve_answers_and_stops(db_path):
    """`defcoop serve` in its own process: the UI and API answer; SIGINT stops it cleanly."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "DEFCOOP_REVIEW_TOKEN": "from-env"}
    proc = subprocess.Popen([sys.executable, "-m", "defcoop.cli", "serve", "--db", db_path, "--port", str(port), "-q"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                meta = httpx.get(f"http://127.0.0.1:{port}/api/meta", timeout=2).json()
                break
            except httpx.HTTPError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read().decode()
                time.sleep(0.1)
        assert meta["review_enabled"] is True  # the token came from DEFCOOP_REVIEW_TOKEN
        assert httpx.get(f"http://127.0.0.1:{port}/events").status_code == 200
        assert httpx.post(f"http://127.0.0.1:{port}/api/events/1/review", json={"action": "confirm", "reviewer": "x"},
                          headers={"Authorization": "Bearer wrong"}).status_code == 403
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=20)
    assert proc.returncode == 0, proc.stderr.read().decode()


def test_cli_bench_api_reports_percentiles(db_url):
    from typer.testing import CliRunner

    from defcoop.cli import app

    result = CliRunner().invoke(app, ["bench-api", "--events", "1000", "--repeat", "5", "--json",
                                      "--db", db_url])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["database"]["events"] == 1000
    assert {r["endpoint"] for r in report["rows"]} == {"/api/events", "/api/graph", "/api/timeline"}
    assert all(r["requests"] == 5 and 0 < r["p50_ms"] <= r["p95_ms"] <= r["max_ms"] for r in report["rows"])
    assert set(report["worst_p95_ms"]) == {"/api/events", "/api/graph", "/api/timeline"}
    # Run again on the same file: it is reused, not filled twice.
    again = json.loads(CliRunner().invoke(app, ["bench-api", "--repeat", "5", "--json", "--db",
                                                db_url]).output)
    assert again["database"] == {"events": 1000, "documents": 100, "reused": True}


def test_migration_0003_indexes_a_database_with_events(db_url):
    """A database made before 0003 gets its index, FTS tables and review tables on opening."""
    from alembic import command
    from sqlalchemy import create_engine, inspect, text

    from defcoop.store.db import alembic_config, database_url, open_database
    from defcoop.store.filters import EventFilters
    from defcoop.store.queries import list_events
    from defcoop.store.search import search_documents

    url = database_url(db_url)
    engine = create_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.exec_driver_sql("INSERT INTO documents (id, content_hash, raw, text, origin, ingested_at, title) VALUES "
                             "('d1', 'h1', 'r', 'Russia will deliver Su-30SM fighters to Kazakhstan.', '', "
                             "'2021-01-01', 'Fighters')")
        conn.exec_driver_sql("INSERT INTO actors (id, key, name, kind, country) VALUES "
                             "(1, 'country:RUS:russia', 'Russia', 'country', 'RUS'), "
                             "(2, 'country:KAZ:kazakhstan', 'Kazakhstan', 'country', 'KAZ')")
        conn.exec_driver_sql("INSERT INTO events (id, doc_id, type, status, date, confidence, reason, fingerprint, "
                             "source_count) VALUES (1, 'd1', 'TRANSFER', 'planned', '2021-02', 0.7, '', 'f1', 1)")
        conn.exec_driver_sql("INSERT INTO event_parties (event_id, actor_id, role, position) VALUES "
                             "(1, 1, 'supplier', 0), (1, 2, 'recipient', 1)")
        conn.exec_driver_sql("INSERT INTO evidence (event_id, doc_id, text, start_offset, end_offset) VALUES "
                             "(1, 'd1', 'Russia will deliver Su-30SM fighters to Kazakhstan.', 0, 51)")
    engine.dispose()
    factory = open_database(url)
    with factory() as session:
        pairs = session.execute(text("SELECT a, b, type, review FROM event_pairs")).all()
        assert pairs == [("KAZ", "RUS", "TRANSFER", "")]
        assert session.execute(text("SELECT month FROM event_facts")).scalar() == "2021-02"
        assert search_documents(session, "fighter")[0] == 1
        assert [e["id"] for e in list_events(session, EventFilters(q="deliver"))] == [1]
    engine_of(factory).dispose()
    # And back down: 0003's tables and triggers go away.
    engine = create_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
        names = ({r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
                 if conn.dialect.name == "sqlite" else set(inspect(conn).get_table_names()))
    engine.dispose()
    assert not {n for n in names if n.startswith(("event_facts", "event_pairs", "documents_fts", "evidence_fts",
                                                  "event_reviews", "review_state"))}


def test_api_internal_errors_keep_the_security_headers(db_url, monkeypatch):
    """Issue 12, row 12: a 500 came without CSP and nosniff."""
    from defcoop.store import queries

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(queries, "timeline", broken)
    engine_of(build_database(db_url)).dispose()
    with TestClient(create_app(db_url), raise_server_exceptions=False) as c:
        response = c.get("/api/timeline")
    assert response.status_code == 500 and response.json() == {"detail": "internal error", "errors": []}
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff" and "boom" not in response.text


def test_a_review_waits_for_a_storing_transaction(db_url):
    """A review that adds an actor while a run is storing the same actor waits for the run's transaction
    instead of failing on the actors' unique key (issue 13: many writers)."""
    import threading
    import time

    from sqlalchemy import func, select

    from defcoop.store.db import hold_write_lock
    from defcoop.store.models import ActorRow
    from defcoop.store.review import review_event
    from defcoop.types import Actor

    factory = build_database(db_url)
    mongolia = {"name": "Mongolia", "kind": "country", "country": "MNG"}
    run = factory()
    run.begin()
    hold_write_lock(run)  # as a run storing a batch does
    run.add(ActorRow(key=Actor("Mongolia", "country", "MNG").key, name="Mongolia", kind="country", country="MNG"))
    run.flush()
    errors: list[BaseException] = []

    def reviewer() -> None:
        try:
            with factory.begin() as session:
                review_event(session, 4, "edit", "Ann", changes={"parties": [
                    mongolia, {"name": "Kazakhstan", "kind": "country", "country": "KAZ"}]})
        except BaseException as exc:  # reported to the test
            errors.append(exc)

    thread = threading.Thread(target=reviewer)
    thread.start()
    time.sleep(1.0)
    assert thread.is_alive(), "the review did not wait for the storing transaction"
    run.commit()
    run.close()
    thread.join(30)
    assert not errors, errors
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(ActorRow).where(ActorRow.country == "MNG")) == 1
    engine_of(factory).dispose()
