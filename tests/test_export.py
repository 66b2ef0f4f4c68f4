"""Tests of defcoop.export: JSONL, CSV and GraphML writers."""
import csv
import io
import json
import xml.etree.ElementTree as ET

from defcoop.export import EXPORTERS, write_csv, write_graphml, write_jsonl
from defcoop.types import Actor, Event, Location, Party

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def make_events() -> list[tuple[int, Event]]:
    kaz = Actor("Nurlan Yermekbayev", "person", "KAZ", "Defence Minister")
    tur = Actor("Muhsin Dere", "person", "TUR", "Deputy Minister")
    meet = Event("d1", "MEET", "occurred", [Party(tur), Party(kaz)],
                 'Dere said: "We value, deeply, our ties."\nThey met.', 0, 46, date="2021-02-04",
                 location=Location("Nur-Sultan", "KAZ"), confidence=0.8766, reason="met")
    transfer = Event("d2", "TRANSFER", "planned",
                     [Party(Actor("Russia", "country", "RUS"), "supplier"),
                      Party(Actor("Kazakhstan", "country", "KAZ"), "recipient")],
                     "Russia will deliver Su-30SM fighters to Kazakhstan.", 10, 62, date="2022", item="fighters")
    agree = Event("d3", "AGREE", "occurred",
                  [Party(Actor("Kazakhstan", "country", "KAZ")), Party(Actor("Turkey", "country", "TUR")),
                   Party(Actor("Mystery Corp", "company", None))],
                  "Kazakhstan and Turkey signed a plan.", 0, 36)
    return [(1, meet), (2, transfer), (3, agree)]


def test_export_jsonl_round_trip():
    events = make_events()
    buf = io.StringIO()
    assert write_jsonl(events, buf) == 3
    lines = buf.getvalue().splitlines()
    assert len(lines) == 3
    for (event_id, event), line in zip(events, lines):
        rec = json.loads(line)
        assert rec["id"] == event_id
        back = Event.from_record(rec)
        back.reason, back.confidence = event.reason, event.confidence  # not exported / rounded
        assert back == event
    assert json.loads(lines[0])["confidence"] == 0.877


def test_export_accepts_stored_events_and_bare_events():
    class Stored:
        def __init__(self, id, event):
            self.id, self.event, self.sources = id, event, []

    events = make_events()
    buf = io.StringIO()
    write_jsonl([Stored(7, events[0][1]), events[1][1]], buf)
    assert [json.loads(line)["id"] for line in buf.getvalue().splitlines()] == [7, None]


def test_export_csv_quoting():
    buf = io.StringIO(newline="")
    assert write_csv(make_events(), buf) == 3
    rows = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert len(rows) == 3
    meet, transfer, agree = rows
    assert meet["evidence"] == 'Dere said: "We value, deeply, our ties."\nThey met.'
    assert meet["parties"] == ("Muhsin Dere [TUR] participant; Nurlan Yermekbayev [KAZ] participant")
    assert meet["countries"] == "KAZ;TUR"
    assert meet["location"] == "Nur-Sultan" and meet["location_country"] == "KAZ"
    assert meet["id"] == "1" and meet["confidence"] == "0.877"
    assert transfer["supplier_countries"] == "RUS" and transfer["recipient_countries"] == "KAZ"
    assert transfer["item"] == "fighters" and transfer["date"] == "2022"
    assert agree["parties"].endswith("Mystery Corp [-] participant")
    assert agree["location"] == "" and agree["date"] == ""


def test_export_graphml_parses_and_weights():
    events = make_events()
    buf = io.StringIO()
    write_graphml(events, buf)
    root = ET.fromstring(buf.getvalue())
    assert root.tag == "{%s}graphml" % NS["g"]
    keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", NS)}
    graph = root.find("g:graph", NS)
    nodes = {n.get("id") for n in graph.findall("g:node", NS)}
    assert nodes == {"KAZ", "TUR", "RUS"}
    edges = {}
    for edge in graph.findall("g:edge", NS):
        data = {keys[d.get("key")]: d.text for d in edge.findall("g:data", NS)}
        edges[frozenset((edge.get("source"), edge.get("target")))] = data
    assert edges[frozenset(("KAZ", "TUR"))]["weight"] == "2"
    assert edges[frozenset(("KAZ", "TUR"))]["types"] == "AGREE,MEET"
    assert edges[frozenset(("KAZ", "RUS"))]["weight"] == "1"
    assert edges[frozenset(("KAZ", "RUS"))]["transfers"] == "RUS>KAZ:1"
    assert len(edges) == 2


def test_export_graphml_escapes_and_empty():
    buf = io.StringIO()
    write_graphml([], buf)
    assert ET.fromstring(buf.getvalue()).find("g:graph", NS) is not None
    odd = Event("d<&>", "MEET", "occurred", [Party(Actor("A", "igo", "NATO")), Party(Actor("B", "country", "A&B"))],
                "x", 0, 1)
    buf = io.StringIO()
    write_graphml([(1, odd)], buf)
    root = ET.fromstring(buf.getvalue())
    assert {n.get("id") for n in root.iter("{%s}node" % NS["g"])} == {"NATO", "A&B"}


def test_export_registry():
    assert EXPORTERS == {"jsonl": write_jsonl, "csv": write_csv, "graphml": write_graphml}


def test_export_csv_neutralises_formulas():
    """Issue 12, row 12: a cell starting with =, +, - or @ runs as a formula in a spreadsheet."""
    evil = Event("=HYPERLINK(\"http://x\")", "MEET", "occurred",
                 [Party(Actor("@SUM(1+1)", "person", "KAZ")), Party(Actor("Turkey", "country", "TUR"))],
                 "-2+3 troops met.", 0, 16, item="+cmd|' /C calc'!A0")
    buf = io.StringIO(newline="")
    write_csv([(1, evil)], buf)
    row = next(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert row["doc_id"] == "'=HYPERLINK(\"http://x\")" and row["item"].startswith("'+")
    assert row["evidence"] == "'-2+3 troops met." and row["parties"].startswith("'@SUM")
    assert row["id"] == "1" and row["confidence"] == "0.5"  # numbers untouched
