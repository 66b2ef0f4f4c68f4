"""The CLI's traps of issue 11 (item 5), each with a test that failed before the fix: a mistyped --db made a
new empty database; a limit hid the total; tables wrapped evidence at 7 characters below 200 columns; no
--until, --q or --include-rejected; choices case-sensitive; countries by ISO3 code only (item 4)."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from api_data import build_database
from defcoop.cli import app
from defcoop.store.db import engine_of

runner = CliRunner()
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_BOX = re.compile(r"[│╭╮╰╯─━┃]")


def flat(text: str) -> str:
    """A message as one line: no colours, no box around it, whitespace collapsed."""
    return " ".join(_BOX.sub(" ", _ANSI.sub("", text)).split())


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """The API tests' six events (ids 1-6), event 1 rejected by a reviewer."""
    from defcoop.store.review import review_event

    path = tmp_path_factory.mktemp("traps") / "events.db"
    factory = build_database(str(path))
    with factory.begin() as session:
        review_event(session, 1, "reject", "Ann", "old news")
    engine_of(factory).dispose()
    return str(path)


def invoke(*args, **env):
    result = runner.invoke(app, [str(a) for a in args], env={"DEFCOOP_DB": None, **env}, catch_exceptions=False)
    return result


def ids(db: str, *args) -> list[int]:
    result = invoke("events", "--db", db, "--json", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("command", [["events"], ["export", "-f", "csv", "-o", "out.csv"]])
def test_read_commands_refuse_a_database_that_does_not_exist(tmp_path, command):
    missing = tmp_path / "typo.db"
    result = invoke(*command, "--db", missing)
    assert result.exit_code == 2
    assert "does not exist" in result.output and "typo.db" in result.output
    assert list(tmp_path.iterdir()) == []  # no database, no lock file, no output


def test_events_say_how_many_match_beyond_the_limit(db):
    result = invoke("events", "--db", db, "--limit", "2", COLUMNS="120")
    assert result.exit_code == 0, result.output
    assert "2 of 5 events; --limit N or --all for more" in _ANSI.sub("", result.stdout)
    result = invoke("events", "--db", db, "--all", COLUMNS="120")
    assert "5 of 5 events" in result.stdout and "--all for more" not in result.stdout
    assert len(ids(db, "--limit", "1")) == 1 and len(ids(db, "--all")) == 5


def test_events_table_reads_at_80_columns(db):
    result = invoke("events", "--db", db, COLUMNS="80")
    lines = _ANSI.sub("", result.stdout).splitlines()
    assert max(len(line) for line in lines) <= 80
    header = next(line for line in lines if "evidence" in line)
    assert 80 - header.index("evidence") >= 24  # the evidence column keeps room to be read
    assert "Kazakhstan and Uzbekistan signed" in " ".join(" ".join(lines).split())
    wide = _ANSI.sub("", invoke("events", "--db", db, "--wide", COLUMNS="80").stdout)
    assert "item" in wide and "Nurlan Yermekbayev [KAZ]" in " ".join(wide.split())


def test_events_until_q_and_include_rejected(db):
    assert ids(db) == [2, 3, 4, 5, 6]
    assert ids(db, "--until", "2021-02") == [2, 3]
    assert ids(db, "--since", "2021", "--until", "2021") == [2, 4]
    assert ids(db, "--q", "helicopters") == [6]
    assert ids(db, "--include-rejected") == [1, 2, 3, 4, 5, 6]
    assert ids(db, "--include-rejected", "--type", "transfer") == [1, 5, 6]


def test_search_syntax_errors_are_reported_not_silently_empty(db):
    for query, words in (("helicopters OR drones", "OR is not supported"), ("*copter", "end of a word"),
                         ("--", "no words")):
        result = invoke("events", "--db", db, "--q", query)
        assert result.exit_code == 2 and words in flat(result.output), result.output


def test_choices_take_any_case(db, tmp_path):
    assert ids(db, "--status", "Planned") == [5]
    assert ids(db, "--type", "Transfer") == [5, 6]
    out = tmp_path / "x.csv"
    result = invoke("export", "--db", db, "--format", "CSV", "-o", out)
    assert result.exit_code == 0, result.output and out.is_file()


def test_countries_by_name_demonym_or_code(db):
    by_code = ids(db, "--country", "KAZ")
    assert by_code == [2, 3, 4]
    for name in ("Kazakhstan", "kazakhstan", "Kazakh", "kaz"):
        assert ids(db, "--country", name) == by_code, name
    assert ids(db, "--pair", "Uzbekistan,kazakhstan") == [4]
    assert ids(db, "--country", "Türkiye") == ids(db, "--country", "turkey") == [3, 5]
    result = invoke("events", "--db", db, "--country", "Kazakhztan")
    assert result.exit_code == 2
    message = flat(result.output)
    assert "Kazakhztan" in message and "did you mean Kazakhstan" in message and "--country" in message


def test_a_workbook_name_with_a_text_format_is_refused(db, tmp_path):
    out = tmp_path / "events.xlsx"
    result = runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 2 and "names a workbook" in flat(result.output) and not out.exists()


@pytest.mark.parametrize("args, hint", [
    (["--scheduler", "tcp://127.0.0.1:8786"], "--engine dask"),
    (["--engine", "dask", "--workers", "2"], "--workers is for the local engine"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--local-workers", "2"], "not both"),
])
def test_run_refuses_engine_options_that_do_not_go_together(tmp_path, args, hint):
    result = runner.invoke(app, ["run", str(tmp_path), "--db", str(tmp_path / "x.db"), *args])
    assert result.exit_code == 2 and hint in flat(result.output), result.output
    assert not (tmp_path / "x.db").exists()
