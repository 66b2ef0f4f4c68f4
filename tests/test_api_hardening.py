"""Issue 12, item 4 (the API as a contract): one error shape, documented; security headers on every
response whatever its status; the Host check of `defcoop serve --allowed-hosts`; valid filters accepted."""
from __future__ import annotations

import socket
import warnings
from dataclasses import fields

import pytest
from typer.testing import CliRunner

from api_data import build_database
from defcoop.api import create_app
from defcoop.api.middleware import SECURITY_HEADERS, parse_allowed_hosts
from defcoop.cli import app as cli_app
from defcoop.settings import Settings
from defcoop.store.db import engine_of

with warnings.catch_warnings():  # Starlette 1.x prefers httpx2; the brief's client is httpx
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

TOKEN = "hardening-token"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("hardening") / "api.db")
    engine_of(build_database(path)).dispose()
    return path


@pytest.fixture(scope="module")
def client(db_path):
    with TestClient(create_app(db_path, review_token=TOKEN), raise_server_exceptions=False) as c:
        yield c


def assert_security_headers(response) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, (response.status_code, name, dict(response.headers))


def test_every_status_carries_the_security_headers(client, db_path, monkeypatch):
    """The 413 of the body limit came without CSP and X-Frame-Options (it answers before the app)."""
    from defcoop.store import queries

    answers = {
        200: client.get("/api/meta"),
        401: client.post("/api/events/1/review", json={"action": "confirm", "reviewer": "Ann"}),
        403: client.post("/api/events/1/review", json={"action": "confirm", "reviewer": "Ann"},
                         headers={"Authorization": "Bearer wrong"}),
        404: client.get("/api/events/999"),
        413: client.post("/api/events/1/review", content=b"x" * 70_000,
                         headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}),
        422: client.get("/api/events", params={"since": "soon"}),
    }
    answers[404.1] = client.get("/no/such/page")  # the HTML 404 page
    monkeypatch.setattr(queries, "timeline", lambda *a, **k: 1 / 0)
    answers[500] = client.get("/api/timeline")
    with TestClient(create_app(db_path, allowed_hosts=["example.org"])) as guarded:
        answers[400] = guarded.get("/api/meta", headers={"Host": "evil.test"})
    for status, response in answers.items():
        assert response.status_code == int(status), (status, response.text)
        assert_security_headers(response)
        if response.url.path.startswith("/api/"):
            assert response.headers["cache-control"] == "no-store"


def test_every_api_error_has_one_shape(client):
    """Custom errors sent `detail` as a string where the schema promised FastAPI's list; 404s had no `errors`."""
    for response in (client.get("/api/events/999"), client.get("/api/events", params={"country": "Narnia"}),
                     client.get("/api/events", params={"limit": 0}), client.get("/api/no-such-thing"),
                     client.post("/api/events/1/review", json={"action": "confirm", "reviewer": "Ann"}),
                     client.post("/api/events/1/review", content=b"x" * 70_000,
                                 headers={"Authorization": f"Bearer {TOKEN}"})):
        body = response.json()
        assert set(body) == {"detail", "errors"} and isinstance(body["detail"], str), body
        assert all(set(e) == {"loc", "msg", "type"} for e in body["errors"]), body
    named = client.get("/api/events", params={"country": "Narnia"}).json()["errors"]
    assert [e["loc"] for e in named] == [["query", "country"]]


def test_the_schema_documents_the_error_shape_404s_and_413(client):
    """The schema described 422 as FastAPI's list of errors and left 404 and 413 out."""
    spec = client.get("/openapi.json").json()
    error = {"$ref": "#/components/schemas/ErrorOut"}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            responses = operation["responses"]
            assert responses["422"]["content"]["application/json"]["schema"] == error, (method, path)
            if "{" in path:
                assert responses["404"]["content"]["application/json"]["schema"] == error, (method, path)
    review = spec["paths"]["/api/events/{event_id}/review"]["post"]["responses"]
    assert {"400", "401", "403", "404", "413", "422"} <= set(review)
    assert "HTTPValidationError" not in spec["components"]["schemas"]


@pytest.mark.parametrize("params", [{"since": "0000"}, {"until": "0000"}, {"since": " 2015-06 "}])
def test_date_bounds_the_schema_allows_are_accepted(client, params):
    """since=0000 matched the schema's pattern but was refused as 'not a real date'."""
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    if params.get("since") == "0000":
        assert response.json()["total"] == client.get("/api/events").json()["total"]


def test_an_unknown_actor_code_is_not_found(client):
    """/api/actors/{code} answered 422 for a code that names nothing; it is a missing resource."""
    response = client.get("/api/actors/0.1.0")
    assert response.status_code == 404 and "not found" in response.json()["detail"]


def test_an_edit_must_change_something_and_the_schema_says_so(client):
    spec = client.get("/openapi.json").json()["components"]["schemas"]
    assert spec["ReviewIn"]["then"]["required"] == ["changes"]
    assert spec["ReviewChanges"]["minProperties"] == 1
    assert "null" not in str(spec["ReviewChanges"]["properties"]["type"])
    response = client.post("/api/events/1/review", json={"action": "edit", "reviewer": "Ann", "changes": {}},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422 and "at least one changed field" in response.json()["detail"]


# --- the Host check -------------------------------------------------------------------------------------------


def test_allowed_hosts_refuse_other_host_headers(db_path):
    with TestClient(create_app(db_path, allowed_hosts=["example.org", "*.defcoop.test"])) as c:
        assert c.get("/api/meta", headers={"Host": "example.org"}).status_code == 200
        assert c.get("/api/meta", headers={"Host": "ui.defcoop.test:8000"}).status_code == 200
        assert c.get("/api/meta", headers={"Host": "rebound.attacker.test"}).status_code == 400
    with TestClient(create_app(db_path)) as c:  # no list: every host
        assert c.get("/api/meta", headers={"Host": "anything.test"}).status_code == 200


@pytest.mark.parametrize("text, hosts", [("", ()), (" a.org, *.b.org ,", ("a.org", "*.b.org")), ("*", ("*",)),
                                         ("LOCALHOST", ("localhost",))])
def test_allowed_hosts_are_parsed(text, hosts):
    assert parse_allowed_hosts(text) == hosts


@pytest.mark.parametrize("text", ["http://a.org", "a.org:8000", "a b.org", "a.*.org", "*."])
def test_a_bad_allowed_host_is_named(text):
    with pytest.raises(ValueError, match="not a host name"):
        parse_allowed_hosts(text)


def _serve(db_path, monkeypatch, *args, **env):
    """`defcoop serve` up to uvicorn.run; the app it would serve (None if it exited first) and the result."""
    import uvicorn

    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **_kwargs: served.setdefault("app", application))
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    clean = {f"DEFCOOP_{f.name.upper()}": None for f in fields(Settings)}
    result = CliRunner().invoke(cli_app, ["serve", "--db", db_path, "--port", str(port), "--quiet", *args],
                                env={**clean, **env}, catch_exceptions=False)
    return served.get("app"), result


@pytest.mark.parametrize("args, env", [(["--allowed-hosts", "a.test,b.test"], {}),
                                       ([], {"DEFCOOP_ALLOWED_HOSTS": "a.test, b.test"})])
def test_serve_checks_the_host_from_the_option_or_the_setting(db_path, monkeypatch, args, env):
    application, result = _serve(db_path, monkeypatch, *args, **env)
    assert result.exit_code == 0, result.output
    with TestClient(application) as c:
        assert c.get("/api/meta", headers={"Host": "b.test"}).status_code == 200
        refused = c.get("/api/meta", headers={"Host": "c.test"})
        assert refused.status_code == 400
        assert_security_headers(refused)


def test_serve_without_allowed_hosts_answers_every_host(db_path, monkeypatch):
    application, result = _serve(db_path, monkeypatch)
    assert result.exit_code == 0, result.output
    with TestClient(application) as c:
        assert c.get("/api/meta", headers={"Host": "c.test"}).status_code == 200


def test_serve_names_a_bad_allowed_host(db_path, monkeypatch):
    application, result = _serve(db_path, monkeypatch, "--allowed-hosts", "http://a.test")
    assert application is None and result.exit_code == 2
    assert "--allowed-hosts" in result.output and "http://a.test" in result.output


# --- under load -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_bench_api_with_concurrent_clients_reports_tails_and_errors(tmp_path, workers):
    """Issue 12, row 14: `bench-api --concurrency 8` against a live server (a `defcoop serve` process)."""
    import json

    result = CliRunner().invoke(cli_app, ["bench-api", "--events", "300", "--repeat", "5", "--concurrency", "3",
                                          "--workers", str(workers), "--json", "--db", str(tmp_path / "b.db")])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["concurrency"] == 3 and report["workers"] == workers
    rows = {r["endpoint"]: r for r in report["rows"]}
    assert set(rows) == {"/api/events", "/api/graph", "/api/timeline"}
    # 3 clients x ceil(5 / 3) rounds x the filter sets of each endpoint (7 for events, 4 for the others)
    assert rows["/api/events"]["requests"] == 3 * 2 * 7 and rows["/api/graph"]["requests"] == 3 * 2 * 4
    for row in rows.values():
        assert row["errors"] == 0 and 0 < row["p50_ms"] <= row["p95_ms"] <= row["p99_ms"] <= row["max_ms"], row
    totals = report["totals"]
    assert totals["requests"] == sum(r["requests"] for r in rows.values()) and totals["errors"] == 0
    assert totals["requests_per_s"] > 0 and any("3 clients" in v for v in report["verdicts"])


def test_the_workers_app_takes_its_settings_from_the_environment(db_path, monkeypatch):
    from defcoop.api.app import app_from_environment

    monkeypatch.setenv("DEFCOOP_DB", db_path)
    monkeypatch.setenv("DEFCOOP_REVIEW_TOKEN", TOKEN)
    monkeypatch.setenv("DEFCOOP_ALLOWED_HOSTS", "a.test")
    with TestClient(app_from_environment()) as c:
        assert c.get("/api/meta", headers={"Host": "a.test"}).json()["review_enabled"] is True
        assert c.get("/api/meta", headers={"Host": "b.test"}).status_code == 400
