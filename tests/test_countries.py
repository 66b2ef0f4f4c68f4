"""Countries by name everywhere (issue 11, item 4): one resolver for the CLI, the API and the UI's filters."""
from __future__ import annotations

import warnings

import pytest

from api_data import build_database
from defcoop.resolve.countries import UnknownCountry, country_name, resolve_country, search_countries
from defcoop.store.db import engine_of


@pytest.mark.parametrize("text, code", [
    ("India", "IND"), ("india", "IND"), ("INDIAN", "IND"), ("ind", "IND"), ("Japan", "JPN"), ("Japanese", "JPN"),
    ("Philippines", "PHL"), ("Filipino", "PHL"), ("Türkiye", "TUR"), ("turkiye", "TUR"), ("Turkey", "TUR"),
    ("nato", "NATO"), ("North Atlantic Treaty Organization", "NATO"), ("  Kazakhstan ", "KAZ"), ("XKX", "XKX"),
])
def test_resolve_country_by_name_demonym_or_code(text, code):
    assert resolve_country(text) == code


def test_unknown_codes_are_refused_unless_asked_for():
    with pytest.raises(UnknownCountry, match=r"did you mean KAZ \(Kazakhstan\)"):
        resolve_country("KAX")
    assert resolve_country("ZZZ", unknown_codes=True) == "ZZZ"


@pytest.mark.parametrize("text, suggestion", [("Inda", "India"), ("japn", "Japan"), ("Phillipines", "Philippines")])
def test_resolve_country_suggests_on_a_miss(text, suggestion):
    with pytest.raises(UnknownCountry) as caught:
        resolve_country(text)
    assert suggestion in caught.value.suggestions and f"did you mean {suggestion}" in str(caught.value)


def test_search_countries_ranks_codes_and_prefixes_first():
    assert [m.code for m in search_countries("ind")][:2] == ["IND", "IDN"]
    assert search_countries("phil")[0].code == "PHL"
    assert search_countries("kazakh")[0].code == "KAZ"
    assert search_countries("nato")[0].kind == "igo"
    assert search_countries("") == [] and len(search_countries("a", limit=5)) == 5
    assert country_name("TUR") == "Türkiye" and country_name("ZZZ") == "ZZZ"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from defcoop.api import create_app

    path = tmp_path_factory.mktemp("countries") / "api.db"
    engine_of(build_database(str(path))).dispose()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient
    with TestClient(create_app(str(path))) as c:
        yield c


def test_api_countries_endpoint(client):
    body = client.get("/api/countries", params={"q": "phil"}).json()
    assert body["query"] == "phil" and body["items"][0] == {"code": "PHL", "name": "Philippines", "kind": "country"}
    assert client.get("/api/countries", params={"q": ""}).status_code == 422


def test_api_filters_take_country_names(client):
    ids = lambda **p: sorted(e["id"] for e in client.get("/api/events", params=p).json()["items"])  # noqa: E731
    assert ids(country="Kazakhstan") == ids(country="kazakh") == ids(country="KAZ") == [1, 2, 3, 4]
    assert ids(pair="Russia,kazakhstan") == [1, 2]
    assert client.get("/api/transfers", params={"supplier": "American"}).json()["total"] == 1
    assert client.get("/api/actors/Kazakhstan").json()["code"] == "KAZ"
    assert client.get("/api/graph", params={"country": "Philippines"}).json()["nodes"] == []
    bad = client.get("/api/events", params={"country": "Kazakhztan"})
    assert bad.status_code == 422 and "did you mean Kazakhstan" in bad.json()["detail"]
    assert bad.json()["errors"] == [{"loc": ["query", "country"], "msg": bad.json()["detail"], "type": "value_error"}]
