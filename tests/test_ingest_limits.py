"""Input limits (settings max_file_bytes, max_decompressed_bytes, max_record_bytes, max_json_depth,
max_lines): each breach is an InputProblem naming its setting, found while reading, and the inputs
beside it are read as before."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from defcoop.cli import app
from defcoop.errors import ConfigError
from defcoop.ingest import InputLimits, read_inputs
from defcoop.ingest.limits import nesting_over
from defcoop.settings import load_settings
from defcoop.types import InputProblem, RawDocument
from faults import Letters, write_warc

SENTENCE = "The coastal radar station was handed over to the navy on Tuesday.\n"


def read(path: Path, **limits) -> tuple[list[str], list[InputProblem]]:
    items = list(read_inputs([path], InputLimits(**limits)))
    return ([i.id for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, InputProblem)])


def breach(problems: list[InputProblem], setting: str) -> InputProblem:
    assert len(problems) == 1, problems
    problem = problems[0]
    assert problem.bad and problem.reason.endswith(f"(limit: {setting})"), problem
    return problem


@pytest.mark.parametrize("name, body", [("big.txt", SENTENCE * 40),
                                        ("big.html", "<p>" + SENTENCE * 40 + "</p>"),
                                        ("big.json", json.dumps({"id": "b", "text": SENTENCE * 40}))])
def test_limits_file_size(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    assert read(path, max_file_bytes=len(body.encode()))[1] == []  # at the limit: read
    docs, problems = read(path, max_file_bytes=1000)
    assert docs == []
    assert "file larger than 1,000 bytes" in breach(problems, "max_file_bytes").reason


def test_limits_line_count(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(SENTENCE * 50, encoding="utf-8")
    assert read(path, max_lines=50) == (["long"], [])
    docs, problems = read(path, max_lines=49)
    assert docs == [] and "more than 49 lines" in breach(problems, "max_lines").reason


def test_limits_line_count_of_jsonl(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps({"id": f"w{i}", "text": SENTENCE}) + "\n" for i in range(20)), encoding="utf-8")
    assert len(read(path, max_lines=20)[0]) == 20
    breach(read(path, max_lines=19)[1], "max_lines")


def nested(depth: int) -> str:
    return json.dumps({"id": "n", "text": SENTENCE, "extra": json.loads("[" * (depth - 1) + "]" * (depth - 1))})


def test_limits_json_depth(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text(nested(6), encoding="utf-8")  # the object is level 1, then 5 arrays
    assert read(path, max_json_depth=6) == (["n"], [])
    docs, problems = read(path, max_json_depth=5)
    assert docs == [] and "nested more than 5 levels" in breach(problems, "max_json_depth").reason


def test_limits_json_depth_per_jsonl_line(tmp_path):
    path = tmp_path / "wire.jsonl"
    good = json.dumps({"id": "ok", "text": SENTENCE})
    path.write_text(good + "\n" + nested(9) + "\n", encoding="utf-8")
    docs, problems = read(path, max_json_depth=8)
    assert docs == ["ok"] and breach(problems, "max_json_depth").origin == f"{path}:2"


def test_limits_json_depth_ignores_brackets_in_strings():
    text = json.dumps({"id": "s", "text": "[[[[{{{{ \" ]] \\\\ [[[[[[[[", "more": [[1]]})
    assert not nesting_over(text, 3)
    assert nesting_over(text, 2)
    assert nesting_over("[" * 100_000 + "]" * 100_000, 100)


def page(words: int) -> bytes:
    return ("<html><body><p>" + " ".join(["harbour"] * words) + "</p></body></html>").encode()


def responses(pages: list[tuple[str, bytes]]) -> list[tuple[str, io.BytesIO, int]]:
    return [(uri, io.BytesIO(body), len(body)) for uri, body in pages]


@pytest.mark.parametrize("name", ["a.warc", "a.warc.gz"])
def test_limits_record_size(tmp_path, name):
    path = tmp_path / name
    write_warc(path, responses([("http://x.test/small.html", page(10)), ("http://x.test/big.html", page(2000)),
                                 ("http://x.test/after.html", page(12))]))
    docs, problems = read(path, max_record_bytes=5000)
    assert docs == ["small", "after"]
    problem = breach(problems, "max_record_bytes")
    assert problem.origin == f"{path}#2" and "record larger than 5,000 bytes" in problem.reason


@pytest.mark.parametrize("name", ["a.warc", "a.warc.gz"])
def test_limits_decompressed_size(tmp_path, name):
    path = tmp_path / name
    write_warc(path, responses([(f"http://x.test/p{i}.html", page(2000)) for i in range(5)]))  # about 16 KB each
    assert len(read(path, max_decompressed_bytes=200_000)[0]) == 5
    docs, problems = read(path, max_decompressed_bytes=40_000)
    assert 1 <= len(docs) < 5  # the records before the limit are kept
    assert "archive inflates past 40,000 bytes" in breach(problems, "max_decompressed_bytes").reason


def test_limits_decompressed_size_stops_a_gzip_bomb_early(tmp_path):
    """A 64 MiB record that compresses to well under 1 MiB is let go once 4 MB are inflated (a block of 16 KiB
    inflates to 16 MB: the first check finds it)."""
    path = tmp_path / "bomb.warc.gz"
    write_warc(path, responses([("http://x.test/bomb.html", b"<p>" + b"a" * (64 << 20) + b"</p>")]))
    assert path.stat().st_size < 1 << 20
    docs, problems = read(path, max_decompressed_bytes=4_000_000, max_record_bytes=100 << 20)
    assert docs == []
    breach(problems, "max_decompressed_bytes")


def test_limits_are_settings(monkeypatch):
    settings = load_settings()
    assert InputLimits.from_settings(settings) == InputLimits()
    monkeypatch.setenv("DEFCOOP_MAX_LINES", "7")
    assert InputLimits.from_settings(load_settings()).max_lines == 7
    monkeypatch.setenv("DEFCOOP_MAX_JSON_DEPTH", "0")
    with pytest.raises(ConfigError, match="max_json_depth"):
        load_settings()


def test_limits_reported_by_run(tmp_path, monkeypatch):
    """`defcoop run` reads the limits from the settings and prints `skipped: PATH: reason (limit: NAME)`."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text(SENTENCE * 30, encoding="utf-8")
    (folder / "short.txt").write_text(SENTENCE * 3, encoding="utf-8")
    monkeypatch.setenv("DEFCOOP_MAX_LINES", "10")
    result = CliRunner().invoke(app, ["run", str(folder), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 3, result.output
    assert f"skipped: {folder / 'long.txt'}: more than 10 lines (limit: max_lines)" in " ".join(result.output.split())


def test_limits_gzip_bomb_memory_stays_bounded(tmp_path):
    """Within a record too: with a record limit above the bomb, inflating stops near max_decompressed_bytes
    (40 MB), where the whole record was read at once before (256 MiB, then decoded)."""
    import resource

    path = tmp_path / "bomb.warc.gz"
    size = 256 << 20
    write_warc(path, [("http://x.test/bomb.html", io.BufferedReader(Letters(size)), size)])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    docs, problems = read(path, max_decompressed_bytes=40_000_000, max_record_bytes=1 << 30)
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert docs == [] and breach(problems, "max_decompressed_bytes")
    assert grown_mib < 160, grown_mib  # about 80 here; reading the record whole took about 560
