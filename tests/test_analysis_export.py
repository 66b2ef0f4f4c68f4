"""Exports for analysis (issue 11, item 3): events with their sources, dyads, the dyad-year panel, CSV with a
byte-order mark, XLSX, chosen columns; from the library, the CLI and the API."""
from __future__ import annotations

import csv
import io
import warnings
from collections import Counter
from itertools import combinations

import pytest

from api_data import build_database
from defcoop.export import ExportError, ExportOptions, write_export
from defcoop.export.tables import DYAD_YEAR_COLUMNS, EVENT_COLUMNS
from defcoop.store.db import engine_of
from defcoop.store.models import EventRow
from defcoop.store.filters import EventFilters
from defcoop.store.queries import iter_stored
from defcoop.types import EVENT_TYPES, Actor, Event, Party

openpyxl = pytest.importorskip("openpyxl")
networkx = pytest.importorskip("networkx")


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("analysis") / "api.db"
    engine_of(build_database(str(path))).dispose()
    return str(path)


@pytest.fixture(scope="module")
def stored(db_path):
    from defcoop.store.db import open_database

    factory = open_database(db_path)
    with factory() as session:
        events = list(iter_stored(session, EventFilters()))
    engine_of(factory).dispose()
    return events


def export_bytes(events, fmt: str, **options) -> bytes:
    buf = io.BytesIO()
    write_export(events, buf, ExportOptions(fmt, **options))
    return buf.getvalue()


def read_csv(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_event_rows_carry_every_source(stored):
    rows = read_csv(export_bytes(stored, "csv"))
    assert len(rows) == len(stored) and list(rows[0]) == list(EVENT_COLUMNS)
    by_doc = {r["doc_id"]: r for r in rows}
    merged = by_doc["col-usa"]  # reported by two documents
    assert merged["source_count"] == "2"
    assert merged["source_urls"].split(" | ") == ["https://news.example/col-usa", "https://news.example/col-usa-2"]
    assert merged["source_titles"].split(" | ") == ["Colombia receives Black Hawks", "Story col-usa-2"]
    assert merged["source_outlets"] == "Example Wire | Example Wire"
    assert merged["source_published"] == "2022-03-11 | 2022-03-11" and merged["first_published"] == "2022-03-11"
    assert by_doc["kaz-uzb"]["source_count"] == "1" and by_doc["kaz-uzb"]["year"] == "2021"
    assert by_doc["kaz-uzb"]["source_urls"] == "https://news.example/kaz-uzb"
    # a transfer's register columns; other events leave them empty
    assert [merged[c] for c in ("quantity", "designation", "category", "stage")] == ["5", "UH-60 Black Hawk",
                                                                                     "aircraft", "delivery"]
    assert [by_doc["kaz-uzb"][c] for c in ("quantity", "designation", "category", "stage")] == ["", "", "", ""]


def test_excel_csv_has_a_byte_order_mark_and_keeps_accents(stored):
    data = export_bytes(stored, "dyads", excel=True)
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Türkiye".encode() in data  # TUR's name, as Excel will show it with the mark
    assert not export_bytes(stored, "dyads").startswith(b"\xef\xbb\xbf")


def test_dyads_one_row_per_country_pair_per_event(stored):
    rows = read_csv(export_bytes(stored, "dyads"))
    expected = sum(len(list(combinations(sorted({p.actor.country for p in s.event.parties if p.actor.country}), 2)))
                   for s in stored)
    assert len(rows) == expected
    assert all(r["country_a"] < r["country_b"] for r in rows)
    steppe = [r for r in rows if r["type"] == "EXERCISE"]
    assert len(steppe) == 6  # NATO, KAZ, TUR, GBR: 4 choose 2
    assert sum(1 for r in steppe if "igo" in (r["kind_a"], r["kind_b"])) == 3
    transfer = next(r for r in rows if r["type"] == "TRANSFER" and {r["country_a"], r["country_b"]} == {"KAZ", "RUS"})
    assert (transfer["supplier"], transfer["recipient"]) == ("RUS", "KAZ")
    assert transfer["name_a"] == "Kazakhstan" and transfer["name_b"] == "Russia"


def test_dyad_year_panel_sums_back_to_the_events(stored):
    dyads = read_csv(export_bytes(stored, "dyads"))
    panel = read_csv(export_bytes(stored, "dyad-year"))
    assert list(panel[0]) == list(DYAD_YEAR_COLUMNS)
    # every type column sums to that type's dyads, and the events column to all of them
    for etype in EVENT_TYPES:
        assert sum(int(r[etype.lower()]) for r in panel) == sum(1 for d in dyads if d["type"] == etype)
    assert sum(int(r["events"]) for r in panel) == len(dyads)
    for r in panel:
        assert int(r["events"]) == sum(int(r[t.lower()]) for t in EVENT_TYPES)
    # per pair, its events over the years are the events with both countries
    for (a, b), n in Counter((d["country_a"], d["country_b"]) for d in dyads).items():
        assert sum(int(r["events"]) for r in panel if (r["country_a"], r["country_b"]) == (a, b)) == n
        events = sum(1 for s in stored if {a, b} <= {p.actor.country for p in s.event.parties})
        assert n == events
    # a balanced panel: each pair has every year from the first to the last, zeros included
    years = sorted({r["year"] for r in panel})
    assert years == [str(y) for y in range(2019, 2023)]
    kaz_uzb = [r for r in panel if (r["country_a"], r["country_b"]) == ("KAZ", "UZB")]
    assert [r["year"] for r in kaz_uzb] == years and [int(r["events"]) for r in kaz_uzb] == [0, 0, 1, 0]


def test_dyad_year_counts_undated_events_in_a_row_of_their_own():
    undated = Event("u", "AGREE", "occurred", [Party(Actor("India", "country", "IND")),
                                                Party(Actor("Japan", "country", "JPN"))], "x", 0, 1)
    dated = Event("d", "MEET", "occurred", [Party(Actor("India", "country", "IND")),
                                             Party(Actor("Japan", "country", "JPN"))], "y", 0, 1, date="2020-05")
    panel = read_csv(export_bytes([(1, undated), (2, dated)], "dyad-year"))
    assert [(r["year"], r["events"], r["agree"], r["meet"]) for r in panel] == [("2020", "1", "0", "1"),
                                                                                 ("", "1", "1", "0")]


def test_xlsx_opens_in_openpyxl_with_formulas_neutralised(stored):
    evil = Event("=HYPERLINK(\"http://x\")", "MEET", "occurred",
                 [Party(Actor("@SUM(1+1)", "person", "KAZ")), Party(Actor("Turkey", "country", "TUR"))],
                 "-2+3 troops met.\x01", 0, 16, item="+cmd")
    data = export_bytes([*stored, (99, evil)], "xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == EVENT_COLUMNS and len(rows) == len(stored) + 2
    last = dict(zip(EVENT_COLUMNS, rows[-1]))
    assert last["id"] == 99 and last["confidence"] == 0.5  # numbers stay numbers
    assert last["doc_id"] == "'=HYPERLINK(\"http://x\")" and last["item"] == "'+cmd"
    assert last["evidence"] == "'-2+3 troops met."  # a control character XLSX cannot hold is dropped
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_dyad_year_as_a_workbook(stored):
    data = export_bytes(stored, "dyad-year", workbook=True)
    rows = list(openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    assert rows[0] == DYAD_YEAR_COLUMNS
    assert sum(r[DYAD_YEAR_COLUMNS.index("events")] for r in rows[1:]) == len(read_csv(export_bytes(stored, "dyads")))


def test_fields_choose_and_order_the_columns(stored):
    rows = read_csv(export_bytes(stored, "csv", fields=("date", "id", "source_count")))
    assert list(rows[0]) == ["date", "id", "source_count"]
    with pytest.raises(ExportError, match="did you mean source_urls"):
        ExportOptions("csv", fields=("source_url",))
    with pytest.raises(ExportError, match="no columns"):
        ExportOptions("graphml", fields=("id",))
    assert ExportOptions("CSV").format == "csv" and ExportOptions("Dyad-Year").table == "dyad-year"


def test_graphml_loads_in_networkx_with_names(stored):
    graph = networkx.read_graphml(io.BytesIO(export_bytes(stored, "graphml")))
    assert graph.nodes["TUR"]["label"] == "Türkiye" and graph.nodes["NATO"]["kind"] == "igo"
    assert graph.edges["KAZ", "RUS"]["weight"] == 2 and graph.edges["COL", "USA"]["transfers"] == "USA>COL:1"


# --- the API and the CLI ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(db_path):
    from defcoop.api import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient
    with TestClient(create_app(db_path)) as c:
        yield c


def test_api_export_tables_and_workbooks(client):
    response = client.get("/api/export", params={"format": "Dyad-Year", "xlsx": "true", "country": "Kazakhstan"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert 'filename="defcoop-dyad-year.xlsx"' in response.headers["content-disposition"]
    rows = list(openpyxl.load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert {r[0] for r in rows[1:]} | {r[2] for r in rows[1:]} >= {"KAZ"}
    response = client.get("/api/export", params={"format": "csv", "excel": "true", "fields": "id,source_urls"})
    assert response.content.startswith(b"\xef\xbb\xbf")
    assert read_csv(response.content)[0].keys() == {"id", "source_urls"}
    bad = client.get("/api/export", params={"format": "csv", "fields": "id,colour"})
    assert bad.status_code == 422 and "colour" in bad.json()["detail"]
    assert bad.json()["errors"][0]["loc"] == ["query", "fields"]


def test_cli_export_formats(db_path, tmp_path):
    from typer.testing import CliRunner

    from defcoop.cli import app

    runner = CliRunner()
    out = tmp_path / "dyads.xlsx"
    result = runner.invoke(app, ["export", "--db", db_path, "--format", "DYADS", "-o", str(out), "--pair",
                                 "Kazakh,russia"])
    assert result.exit_code == 0, result.output
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 3 and {(r[5], r[8]) for r in rows[1:]} == {("KAZ", "RUS")}
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", "--db", db_path, "-f", "csv", "--excel", "-o", str(out),
                                 "--fields", "id,type,source_count"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and len(read_csv(out.read_bytes())) == 6
    result = runner.invoke(app, ["export", "--db", db_path, "-f", "csv", "-o", str(out), "--fields", "idd"])
    assert result.exit_code == 2 and "--fields" in result.output


def test_a_table_too_long_for_a_workbook_is_an_error(stored, monkeypatch):
    from defcoop.export import sheets

    monkeypatch.setattr(sheets, "XLSX_MAX_ROWS", 4)
    with pytest.raises(ExportError, match="too many for a workbook"):
        export_bytes(stored, "xlsx")
    assert len(read_csv(export_bytes(stored, "csv"))) == 6


def test_bulk_reader_gives_what_the_orm_gives(tmp_path):
    """store.bulk builds the exports' StoredEvents without ORM objects: the same as crud._to_stored, copies
    of a document (its extra sources) and merged reports included."""
    from sqlalchemy import select

    from defcoop.store.bulk import stored_events
    from defcoop.store.crud import _event_select, _to_stored, add_source
    from defcoop.types import Document

    factory = build_database(str(tmp_path / "bulk.db"))
    with factory.begin() as session:
        copy = Document(id="col-usa-copy", text="x", raw="x", url="https://mirror.example/col-usa", source="Mirror")
        add_source(session, "col-usa", copy, "exact")
        add_source(session, "col-usa-2", Document(id="c2", text="y", raw="y", url=None, source="Wire"), "near")
    with factory() as session:
        ids = list(session.scalars(select(EventRow.id).order_by(EventRow.id)))
        orm = [_to_stored(row) for row in session.scalars(_event_select())]
        bulk = stored_events(session, ids)
        assert bulk == orm
        merged = next(e for e in bulk if e.event.doc_id == "col-usa")
        assert [s.url for s in merged.sources] == ["https://news.example/col-usa", "https://mirror.example/col-usa",
                                                   "https://news.example/col-usa-2", None]
        assert [e.id for e in stored_events(session, ids[::-1])] == ids[::-1]
    engine_of(factory).dispose()
