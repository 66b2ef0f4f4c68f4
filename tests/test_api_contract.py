"""The OpenAPI schema as a contract: schemathesis generates requests for every operation, in process (ASGI).

Every built-in check of schemathesis runs on every response (server errors, status codes, content types,
headers, response schemas, valid requests accepted, invalid ones rejected, ...), for valid (positive) and
invalid (negative) requests. Examples per operation and mode: DEFCOOP_SCHEMATHESIS_EXAMPLES (default 25,
small enough for CI); `DEFCOOP_SCHEMATHESIS_EXAMPLES=100 pytest tests/test_api_contract.py` is the
thorough run; examples are the same on every run unless DEFCOOP_SCHEMATHESIS_RANDOM=1 (a random
search with 1,500 examples found a name of control characters that the schema allowed and the review refused).
schemathesis' own pytest loader is not used: its lazy schema does not run under this pytest.

The schema's custom string formats (`country`, `partial-date`, ...) get generators here that make the
values the server knows; constraints between parameters (until not before since, fields only for a table)
are kept by `valid_together` for the positive cases.
"""
from __future__ import annotations

import os
from datetime import date

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.hooks import HookDispatcher, HookScope

from api_data import build_database
from defcoop.api import create_app
from defcoop.api.routers import ROUTERS
from defcoop.export.formats import FORMATS, TABLE_FORMATS
from defcoop.export.tables import TABLES
from defcoop.store.db import engine_of
from defcoop.types import EVENT_TYPES

TOKEN = "contract-token"
EXAMPLES = int(os.environ.get("DEFCOOP_SCHEMATHESIS_EXAMPLES", "25"))
# The same examples on every run (a CI result does not depend on luck); DEFCOOP_SCHEMATHESIS_RANDOM=1 explores.
DERANDOMIZE = os.environ.get("DEFCOOP_SCHEMATHESIS_RANDOM", "") != "1"
OPERATIONS = sorted({(method, route.path) for router in ROUTERS for route in router.routes
                     for method in route.methods})
COUNTRIES = ["KAZ", "Russia", "uzbek", "Turkish", "United Kingdom", "pol", "USA", "Colombia", "NATO", "India"]


def _any_case(words: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(words, st.sampled_from([str.lower, str.upper, str.title])).map(lambda wc: wc[1](wc[0]))


def _partial_date(day: date) -> st.SearchStrategy[str]:
    text = day.isoformat()
    return st.sampled_from([text[:4], text[:7], text])


schemathesis.openapi.format("country", _any_case(st.sampled_from(COUNTRIES)))
schemathesis.openapi.format("country-pair", st.lists(st.sampled_from(COUNTRIES), min_size=2, max_size=2, unique=True)
                            .map(",".join))
schemathesis.openapi.format("event-types", st.lists(_any_case(st.sampled_from(EVENT_TYPES)), min_size=1, max_size=3)
                            .map(",".join))
schemathesis.openapi.format("event-status", _any_case(st.sampled_from(["occurred", "planned"])))
schemathesis.openapi.format("country-code", _any_case(st.sampled_from(["KAZ", "RUS", "TUR", "NATO", "UZB"])))
schemathesis.openapi.format("partial-date", st.dates().flatmap(_partial_date))
schemathesis.openapi.format("date-bound", st.one_of(st.just("0000"), st.dates().flatmap(_partial_date)))
schemathesis.openapi.format("search-words", st.lists(st.sampled_from(["drones", "Kazakhstan", "heli*", "army", "2019"]),
                                                     min_size=1, max_size=4).map(" ".join))
schemathesis.openapi.format("export-format", _any_case(st.sampled_from(FORMATS)))
schemathesis.openapi.format("export-fields", st.just("id,date"))  # made to fit the format by valid_together


def valid_together(_context, query):
    """Positive cases: until not before since; export fields and xlsx only for a table format."""
    if not query:
        return query
    since, until = query.get("since"), query.get("until")
    if isinstance(since, str) and isinstance(until, str):
        a, b = since.strip(), until.strip()
        if b[:len(a)] < a[:len(b)]:
            query["since"], query["until"] = until, since
    fmt = query.get("format")
    if fmt is None and query.get("xlsx") not in (None, False, "false"):
        fmt = query["format"] = "csv"  # the default format jsonl is not a table
    if isinstance(fmt, str):
        table = TABLE_FORMATS.get(fmt.strip().lower())
        if table is None:
            query.pop("fields", None)
            query.pop("xlsx", None)
        elif "fields" in query:
            columns = TABLES[table][0]
            query["fields"] = ",".join(columns[: 1 + len(str(query["fields"])) % len(columns)])
    elif "fields" in query:
        query.pop("xlsx", None)
        query["fields"] = "id,date"  # the default format jsonl has no columns: ask for the csv table
        query["format"] = "csv"
    return query


POSITIVE_HOOKS = HookDispatcher(scope=HookScope.TEST)
POSITIVE_HOOKS.register_hook_with_name(valid_together, "map_query")


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("contract") / "contract.db")
    engine_of(build_database(path)).dispose()
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(path, review_token=TOKEN))


def all_checks() -> list:
    load_all_checks()
    return CHECKS.get_all()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda m: m.value)
@pytest.mark.parametrize("method,path", OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_every_operation_keeps_its_contract(api_schema, method, path, mode):
    operation = api_schema[path.replace("{doc_id:path}", "{doc_id}")][method]
    if mode is GenerationMode.NEGATIVE and not operation.definition.raw.get("parameters") \
            and "requestBody" not in operation.definition.raw:
        pytest.skip(f"{method} {path} takes no input: there is no invalid request to make")
    checks = all_checks()
    headers = {"Authorization": f"Bearer {TOKEN}"} if method == "POST" else None
    hooks = POSITIVE_HOOKS if mode is GenerationMode.POSITIVE else None

    @given(case=operation.as_strategy(generation_mode=mode, hooks=hooks))
    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=DERANDOMIZE,
              suppress_health_check=list(HealthCheck))
    def keeps_contract(case):
        case.call_and_validate(headers=headers, checks=checks)

    keeps_contract()


def test_the_contract_covers_every_api_operation(api_schema):
    documented = {(method.upper(), path) for path, item in api_schema.raw_schema["paths"].items() for method in item}
    assert documented == {(m, p.replace("{doc_id:path}", "{doc_id}")) for m, p in OPERATIONS}
