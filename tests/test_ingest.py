"""Tests for defcoop.ingest: one per format and per kind of bad input."""
from __future__ import annotations

import gzip
import json
import io
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from defcoop.ingest import InputLimits, read_inputs
from defcoop.types import InputProblem, RawDocument
from faults import Letters
from faults import write_warc as write_pages

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def read_all(*paths) -> list[RawDocument | InputProblem]:
    return list(read_inputs(paths))


def only(items: list) -> RawDocument | InputProblem:
    assert len(items) == 1, items
    return items[0]


# --- formats -----------------------------------------------------------------------------

def test_ingest_txt_reads_text_with_stem_id():
    doc = only(read_all(FIXTURES / "plain.txt"))
    assert isinstance(doc, RawDocument)
    assert doc.id == "plain" and doc.html is None
    assert doc.text.startswith("Lakeside officials opened")
    assert doc.origin == str(FIXTURES / "plain.txt")


def test_ingest_html_reads_page_with_stem_id():
    doc = only(read_all(FIXTURES / "page.html"))
    assert isinstance(doc, RawDocument)
    assert doc.id == "page" and doc.text is None
    assert "<h1>Ferry terminal opens</h1>" in doc.html


def test_ingest_htm_extension_is_html(tmp_path):
    (tmp_path / "short.htm").write_text("<p>A short page about a lighthouse keeper.</p>", encoding="utf-8")
    doc = only(read_all(tmp_path / "short.htm"))
    assert isinstance(doc, RawDocument) and doc.html.startswith("<p>")


def test_ingest_html_honours_declared_charset():
    doc = only(read_all(FIXTURES / "cyrillic-1251.html"))
    assert isinstance(doc, RawDocument)
    assert "Новый паромный терминал открыт в понедельник." in doc.html


def test_ingest_json_reads_all_fields():
    doc = only(read_all(FIXTURES / "doc.json"))
    assert isinstance(doc, RawDocument)
    assert (doc.id, doc.url, doc.title, doc.published, doc.source, doc.lang) == (
        "json-001", "https://example.org/ferry", "Ferry terminal opens", "2022-03-07", "Example Post", "en")
    assert doc.text == "Lakeside officials opened a new ferry terminal on Monday."



PAGE_AS_TEXT = ("<!DOCTYPE html><html><head><title>Navy news</title></head><body><nav><ul><li><a href='/'>Home</a>"
                "</li></ul></nav><article><h1>Navy news</h1><p>Kenya received two patrol boats from Germany on Monday, "
                "the navy said.</p></article></body></html>")


@pytest.mark.parametrize("text, markup", [
    (PAGE_AS_TEXT, True),  # a page's source stored as its text
    (PAGE_AS_TEXT.split("<body>")[1], True),  # no head, but an article's closing tags
    ("The ministry wrote <b>urgent</b> in its memo; the </p> tag was left in the press release.", False),
    ("Kenya received two patrol boats from Germany (<2 years old>) on Monday.", False),
])
def test_ingest_json_text_holding_a_page_is_read_as_the_page(tmp_path, text, markup):
    path = tmp_path / "page.json"
    path.write_text(json.dumps({"id": "p-1", "text": text}), encoding="utf-8")
    doc = only(read_all(path))
    assert (doc.html is not None, doc.text is not None) == (markup, not markup)
    assert (doc.html or doc.text) == text  # nothing lost either way

def test_ingest_jsonl_bad_line_does_not_stop_other_lines():
    path = FIXTURES / "docs.jsonl"
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["RawDocument", "InputProblem", "RawDocument", "InputProblem"]
    good1, bad3, good4, bad5 = items
    assert good1.id == "line-1" and good1.origin == f"{path}:1"
    assert bad3.origin == f"{path}:3" and bad3.bad and "not valid JSON" in bad3.reason
    assert good4.id == "line-4" and good4.html.startswith("<html>") and good4.origin == f"{path}:4"
    assert bad5.origin == f"{path}:5" and '"id"' in bad5.reason


def test_ingest_gold_and_unknown_files_are_skipped_not_bad():
    gold = only(read_all(FIXTURES / "sample.gold.json"))
    csv = only(read_all(FIXTURES / "table.csv"))
    assert gold == InputProblem(str(FIXTURES / "sample.gold.json"), "skipped: gold annotation file", bad=False)
    assert csv == InputProblem(str(FIXTURES / "table.csv"), "skipped: unsupported file type .csv", bad=False)


def test_ingest_directory_is_recursive_sorted_and_deterministic():
    items = read_all(FIXTURES)
    origins = [i.origin for i in items]
    assert origins == [i.origin for i in read_all(FIXTURES)]
    docs = [i.id for i in items if isinstance(i, RawDocument)]
    assert docs == ["cyrillic-1251", "json-001", "line-1", "line-4", "inner", "page", "plain"]  # nested/ sorts before page
    skipped = sorted(i.reason for i in items if isinstance(i, InputProblem) and not i.bad)
    assert skipped == ["skipped: gold annotation file", "skipped: unsupported file type .csv"]


# --- bad inputs --------------------------------------------------------------------------

def test_ingest_missing_path_is_a_problem():
    problem = only(read_all(FIXTURES / "does-not-exist.txt"))
    assert isinstance(problem, InputProblem) and problem.bad
    assert "no such file" in problem.reason


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_ingest_unreadable_file_is_a_problem(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("A locked note about the harbour.", encoding="utf-8")
    path.chmod(0)
    try:
        problem = only(read_all(path))
    finally:
        path.chmod(0o644)
    assert isinstance(problem, InputProblem) and problem.bad
    assert "permission denied" in problem.reason


def test_ingest_directory_with_txt_name_is_read_as_directory(tmp_path):
    folder = tmp_path / "looks-like.txt"
    folder.mkdir()
    (folder / "real.txt").write_text("The real document sits inside the folder.", encoding="utf-8")
    doc = only(read_all(folder))
    assert isinstance(doc, RawDocument) and doc.id == "real"


GOOD_TEXT = "Kenya received armoured vehicles from Turkey on Monday, the defence ministry said."


def test_ingest_fifo_is_skipped_not_opened(tmp_path):
    """A FIFO named like a text file would block `open` for ever (issue 12, row 2)."""
    os.mkfifo(tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text(GOOD_TEXT, encoding="utf-8")
    items = read_all(tmp_path)
    problems = [i for i in items if isinstance(i, InputProblem)]
    assert [d.id for d in items if isinstance(d, RawDocument)] == ["b"]
    assert len(problems) == 1 and "a.txt" in problems[0].origin and "FIFO" in problems[0].reason
    only_fifo = only(read_all(tmp_path / "a.txt"))  # named on the command line too
    assert isinstance(only_fifo, InputProblem) and "FIFO" in only_fifo.reason


def test_ingest_link_loops_are_reported_and_reading_goes_on(tmp_path):
    """Two links to each other and a folder linked to itself (issue 12, row 3)."""
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "c.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "self").symlink_to(tmp_path)
    items = read_all(tmp_path)
    assert [d.id for d in items if isinstance(d, RawDocument)] == ["c"]
    reasons = {Path(p.origin).name: p.reason for p in items if isinstance(p, InputProblem)}
    assert "loop" in reasons["a.txt"] and "loop" in reasons["b.txt"]
    assert "dangling" in reasons["gone.txt"]
    assert "already read" in reasons["self"]
    assert len(items) == 5  # the folder linked to itself is not walked again


def test_ingest_binary_file_is_a_problem(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    problem = only(read_all(path))
    assert isinstance(problem, InputProblem) and problem.bad and "binary" in problem.reason


@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.json", "empty.jsonl"])
def test_ingest_empty_file_is_a_problem(tmp_path, name):
    path = tmp_path / name
    path.write_text("  \n\t\n", encoding="utf-8")
    problem = only(read_all(path))
    assert isinstance(problem, InputProblem) and problem.bad and "empty" in problem.reason


def test_ingest_misencoded_txt_names_byte_and_offset(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 owners met the mayor.".encode("latin-1"))
    problem = only(read_all(path))
    assert isinstance(problem, InputProblem) and problem.bad
    assert problem.reason == "not valid UTF-8 (byte 0xe9 at offset 3)"


def test_ingest_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffA note saved with a byte order mark.".encode("utf-8"))
    doc = only(read_all(path))
    assert isinstance(doc, RawDocument) and doc.text.startswith("A note")


def test_ingest_misencoded_html_without_declaration_is_a_problem(tmp_path):
    path = tmp_path / "latin.html"
    path.write_bytes("<p>Caf\u00e9 owners met the mayor.</p>".encode("latin-1"))
    problem = only(read_all(path))
    assert isinstance(problem, InputProblem) and problem.bad and "not valid UTF-8" in problem.reason


def test_ingest_malformed_json_reports_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "id": "x",\n  "text": "unterminated\n}\n', encoding="utf-8")
    problem = only(read_all(path))
    assert isinstance(problem, InputProblem) and problem.bad
    assert problem.reason.startswith("line 3: not valid JSON:")


@pytest.mark.parametrize("payload, fragment", [
    ('{"text": "A document without an id."}', '"id"'),
    ('{"id": "no-body", "title": "Only a title"}', '"text" or "html"'),
    ('["not", "an", "object"]', "JSON object"),
])
def test_ingest_json_missing_required_fields(tmp_path, payload, fragment):
    path = tmp_path / "doc.json"
    path.write_text(payload, encoding="utf-8")
    problem = only(read_all(path))
    assert isinstance(problem, InputProblem) and problem.bad and fragment in problem.reason


def test_ingest_bad_file_does_not_stop_the_run(tmp_path):
    (tmp_path / "a-bad.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "b-good.txt").write_text("A good document follows the bad one.", encoding="utf-8")
    items = read_all(tmp_path)
    assert isinstance(items[0], InputProblem) and isinstance(items[1], RawDocument)


# --- WARC --------------------------------------------------------------------------------

PAGE = b"<html><body><p>The harbour crane was repaired on Monday.</p></body></html>"


def write_warc(path: Path, gz: bool = True) -> None:
    """A tiny WARC: two HTML responses (one with a duplicate slug), a PNG, a 404, a request."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)

        def response(uri: str, body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK"):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))

        response("https://news.example.org/local/crane-repaired.html", PAGE)
        response("https://news.example.org/logo.png", b"\x89PNG....", ctype="image/png")
        response("https://news.example.org/missing", PAGE, status="404 Not Found")
        writer.write_record(writer.create_warc_record("https://news.example.org/x", "request",
                                                      payload=io.BytesIO(b"GET /x HTTP/1.1\r\n\r\n")))
        response("https://other.example.org/archive/crane-repaired.htm", PAGE, ctype="application/xhtml+xml")


@pytest.mark.parametrize("name, gz", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_ingest_warc_reads_html_responses_only(tmp_path, name, gz):
    path = tmp_path / name
    write_warc(path, gz)
    docs = read_all(path)
    assert all(isinstance(d, RawDocument) for d in docs), docs
    assert [d.url for d in docs] == ["https://news.example.org/local/crane-repaired.html",
                                     "https://other.example.org/archive/crane-repaired.htm"]
    first, second = docs
    assert first.id == "crane-repaired"
    assert second.id.startswith("crane-repaired-") and len(second.id) == len("crane-repaired-") + 8
    assert first.html == PAGE.decode() and first.published is None
    assert first.origin.startswith(f"{path}#")
    assert [d.id for d in read_all(path)] == [d.id for d in docs]  # stable


def test_ingest_truncated_warc_is_a_problem_after_good_records(tmp_path):
    good = tmp_path / "good.warc.gz"
    write_warc(good)
    data = good.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 40])
    items = read_all(cut)
    assert isinstance(items[-1], InputProblem) and items[-1].bad
    assert "WARC" in items[-1].reason
    assert any(isinstance(i, RawDocument) for i in items[:-1])


def test_ingest_garbage_warc_is_a_problem(tmp_path):
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a web archive at all\n" * 5))
    problem = only(read_all(path))
    assert isinstance(problem, InputProblem) and problem.bad and "WARC" in problem.reason


def test_ingest_permission_error_is_reported_even_as_root(tmp_path, monkeypatch):
    """Same check as the chmod test, by simulating the error so it also runs as root."""
    path = tmp_path / "locked.html"
    path.write_text("<p>A locked page.</p>", encoding="utf-8")

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", deny)
    problem = only(read_all(path))
    assert problem == InputProblem(str(path), "unreadable: permission denied")


@pytest.mark.parametrize("payload, fragment", [
    ("[" * 100_000 + "]" * 100_000, "(limit: max_json_depth)"),
    ('{"id": ' + "7" * 5000 + ', "text": "Troops arrived."}', "digits"),
    ('{"id": "' + "x" * 300 + '", "text": "Troops arrived."}', "longer than 255"),
])
def test_ingest_hostile_json_is_a_problem_not_a_traceback(tmp_path, caplog, payload, fragment):
    """Issue 12, rows 11-12: deep nesting and huge numbers raised inside the reader."""
    for name in ("doc.json", "docs.jsonl"):
        (tmp_path / name).write_text(payload, encoding="utf-8")
        problem = only(read_all(tmp_path / name))
        assert isinstance(problem, InputProblem) and fragment in problem.reason, problem
    assert not [record for record in caplog.records if record.exc_info]  # no logged traceback


def test_ingest_warc_record_over_the_limit_is_skipped_with_bounded_memory(tmp_path, monkeypatch):
    """Issue 12, row 8: a small .warc.gz whose record inflates to 1 GiB drove memory to 3.3 GiB."""
    import resource


    size = 200 << 20
    path = tmp_path / "bomb.warc.gz"
    write_pages(path, [("http://x.test/bomb.html", io.BufferedReader(Letters(size)), size),  # made as read
                       ("http://x.test/good.html", io.BytesIO(PAGE), len(PAGE))])
    assert path.stat().st_size < 2 << 20
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    items = list(read_inputs([path], InputLimits(max_record_bytes=1 << 20)))
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert [d.id for d in items if isinstance(d, RawDocument)] == ["good"]
    skipped = [p for p in items if isinstance(p, InputProblem)]
    assert len(skipped) == 1 and "(limit: max_record_bytes)" in skipped[0].reason and skipped[0].bad
    assert grown_mib < 100, grown_mib


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_ingest_utf16_and_utf32_with_a_bom_are_decoded(tmp_path, encoding):
    """Issue 12, row 12: UTF-16 text was called binary."""
    text = "Türkiye delivered Bayraktar drones to Kyrgyzstan on Monday."
    data = text.encode(encoding)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        data = {"utf-16-be": b"\xfe\xff", "utf-32-be": b"\x00\x00\xfe\xff"}[encoding] + data
    (tmp_path / "wide.txt").write_bytes(data)
    doc = only(read_all(tmp_path / "wide.txt"))
    assert isinstance(doc, RawDocument) and doc.text == text


def test_ingest_nul_bytes_after_the_first_8_kib_are_a_problem(tmp_path):
    """Issue 12, row 12: NUL bytes past the sniffed part were stored and served."""
    (tmp_path / "late.txt").write_bytes(b"Troops arrived in the port. " * 400 + b"\x00\x00 tail")
    problem = only(read_all(tmp_path / "late.txt"))
    assert isinstance(problem, InputProblem) and "NUL" in problem.reason and problem.bad


def test_jsonl_is_read_a_line_at_a_time(tmp_path):
    """Issue 13: a JSONL corpus was read whole (and split into a list of lines), so the run's memory,
    and that of every worker forked from it, grew with the corpus."""
    import json
    import tracemalloc

    path = tmp_path / "big.jsonl"
    body = "Soldiers of two countries trained together on the coast this week. " * 60
    with path.open("w", encoding="utf-8") as fp:
        for i in range(4000):  # about 16 MB
            fp.write(json.dumps({"id": f"d{i}", "text": body}) + "\n")
    tracemalloc.start()
    count = sum(1 for doc in read_inputs([path]) if isinstance(doc, RawDocument))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 4000
    assert peak < 4 * 2**20, f"peak {peak / 2**20:.1f} MiB while reading a {path.stat().st_size / 2**20:.0f} MiB file"


def test_jsonl_checked_in_chunks_reports_bad_bytes_and_nul_where_they_are(tmp_path):
    """The chunked check gives the whole-file check's answers, also past the first chunk."""
    line = b'{"id": "a", "text": "Two navies met at sea."}\n'
    lines = line * (3 * 2**20 // len(line))
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(lines + b'{"id": "b", "text": "caf\xe9"}\n')
    problems = [p for p in read_inputs([bad]) if isinstance(p, InputProblem)]
    assert [p.reason for p in problems] == [f"not valid UTF-8 (byte 0xe9 at offset {len(lines) + 24})"]
    nul = tmp_path / "nul.jsonl"
    nul.write_bytes(lines + b'{"id": "b", "text": "x\x00"}\n')
    problems = [p for p in read_inputs([nul]) if isinstance(p, InputProblem)]
    assert [p.reason for p in problems] == [f"binary content (a NUL character at offset {len(lines) + 22}), not text"]
    assert not any(isinstance(d, RawDocument) for d in read_inputs([bad])), "a bad file yields no document"
