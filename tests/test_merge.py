"""Cross-source merging (defcoop.merge) and its use by the store."""
from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.merge import ReportView, best_match, item_kinds, merge_repeats, same_event, time_span, view_of
from defcoop.store import open_database, query_events, save_result
from defcoop.types import Actor, Document, DocumentResult, Event, Party


def view(type_="MEET", countries=("KAZ", "TUR"), date=None, published="2021-02-05", item=None,
         suppliers=(), recipients=()) -> ReportView:
    return ReportView(type_, frozenset(countries), frozenset(suppliers), frozenset(recipients), date, published, item)


def transfer(date=None, item=None, published="2021-02-05", sup="TUR", rec="KGZ") -> ReportView:
    return view("TRANSFER", (sup, rec), date, published, item, (sup,), (rec,))


# -- time -------------------------------------------------------------------------------------------
def test_time_span_follows_the_dates_precision():
    assert str(time_span(view(date="2021-02-04"))) == "(datetime.date(2021, 2, 4), datetime.date(2021, 2, 4))"
    start, end = time_span(view(date="2020-02"))
    assert (start.isoformat(), end.isoformat()) == ("2020-02-01", "2020-02-29")
    start, end = time_span(view(date=None, published="2021-03-10"))
    assert (start.isoformat(), end.isoformat()) == ("2021-02-07", "2021-03-10")
    assert time_span(view(date=None, published=None)) is None


@pytest.mark.parametrize("a, b, same", [
    ("2021-02-04", "2021-02-04", True),
    ("2021-02-04", "2021-02-06", True),     # outlets disagree by a couple of days
    ("2021-02-04", "2021-02-12", False),
    ("2021-02", "2021-02-20", True),        # a month contains the day
    ("2021", "2021-11-02", True),
    ("2020", "2021-02-04", False),          # last year's drill is another drill
    ("2021-01", "2021-10", False),          # January's delivery is not October's
])
def test_dates_decide_whether_two_reports_can_be_one_event(a, b, same):
    assert (same_event(view(date=a), view(date=b)) > 0) is same


@pytest.mark.parametrize("a, b, same", [
    ("2023-02-27", "2023-03-10", True),     # the start of a two-week drill and its end
    ("2023-02-27", "2023-03-25", False),    # a month later: another drill
])
def test_an_exercise_may_be_dated_anywhere_in_its_weeks(a, b, same):
    assert (same_event(view("EXERCISE", date=a), view("EXERCISE", date=b)) > 0) is same
    assert same_event(view(date=a), view(date=b)) == 0  # a meeting is not dated two weeks apart


def test_undated_report_is_placed_in_the_month_before_publication():
    assert same_event(view(date=None, published="2021-02-10"), view(date="2021-02-04")) > 0
    assert same_event(view(date=None, published="2021-06-10"), view(date="2021-02-04")) == 0


# -- parties and goods -------------------------------------------------------------------------------
@pytest.mark.parametrize("a, b, same", [
    ("36 F-15ID fighters", "F-15s", True),          # a variant and its family
    ("Su-30MKI jets", "Su-30 fighters", True),
    ("F-16 fighters", "F-15 fighters", False),
    ("Su-30 fighters", "Su-35 fighters", False),
    ("K9 howitzers", "K9A1 howitzers", True),
])
def test_model_variants_can_be_one_sale(a, b, same):
    assert (same_event(transfer(item=a), transfer(item=b)) > 0) is same



def test_bilateral_events_need_the_same_pair():
    assert same_event(view(countries=("KAZ", "TUR")), view(countries=("KAZ", "TUR"))) == 1.0
    assert same_event(view(countries=("KAZ", "TUR")), view(countries=("KAZ", "CHN"))) == 0
    assert same_event(view(countries=("KAZ", "TUR")), view(countries=("KAZ", "TUR", "AZE"))) == 0


def test_multilateral_events_may_list_different_subsets():
    a = view("EXERCISE", ("RUS", "TJK", "KGZ", "KAZ", "CSTO"))
    b = view("EXERCISE", ("RUS", "TJK", "KGZ", "CSTO"))
    assert same_event(a, b) == pytest.approx(0.8)
    assert same_event(a, view("EXERCISE", ("RUS", "CHN", "IRN"))) == 0


def test_transfer_direction_must_agree():
    assert same_event(transfer(), transfer()) == 1.0
    assert same_event(transfer(), transfer(sup="KGZ", rec="TUR")) == 0


def test_item_kinds_group_names_of_the_same_goods():
    assert item_kinds("Bayraktar TB2 armed drones") & item_kinds("unmanned aerial vehicles")
    assert item_kinds("12 F-16 fighter jets") & item_kinds("a dozen aircraft")
    assert not item_kinds("military equipment")  # generic: says nothing
    assert not item_kinds("patrol boats") & item_kinds("armoured vehicles")


def test_different_goods_keep_transfers_apart():
    assert same_event(transfer(item="armoured vehicles"), transfer(item="Kirpi MRAP vehicles")) > 0
    assert same_event(transfer(item="patrol boats"), transfer(item="armoured vehicles")) == 0
    assert same_event(transfer(item="patrol boats"), transfer(item=None)) > 0


def test_best_match_prefers_the_closest_date():
    candidates = [(1, view(date="2021-02")), (2, view(date="2021-02-04")), (3, view(date="2019-05-01"))]
    assert best_match(view(date="2021-02-05"), candidates) == 2
    assert best_match(view(date="2018-01-01"), candidates) is None


# -- repeats inside one article ----------------------------------------------------------------------
def _event(type_="MEET", countries=("KAZ", "TUR"), date=None, item=None, status="occurred", start=0):
    roles = ("supplier", "recipient") if type_ == "TRANSFER" else ("participant",) * len(countries)
    parties = [Party(Actor(c, "country", c), role) for c, role in zip(countries, roles)]
    return Event("d1", type_, status, parties, f"sentence {start}", start, start + 10, date=date, item=item,
                 confidence=0.6, reason="trigger")


def test_a_repeat_folds_into_the_first_telling():
    first, again = _event(date="2021-02"), _event(date="2021-02-04", start=50)
    again.parties.append(Party(Actor("Nurlan Yermekbayev", "person", "KAZ"), "participant"))
    kept = merge_repeats([first, again])
    assert kept == [first]
    assert first.date == "2021-02-04"
    assert first.evidence_start == 0
    assert "Nurlan Yermekbayev" in {p.actor.name for p in first.parties}


def test_planned_and_occurred_acts_stay_apart():
    assert len(merge_repeats([_event(), _event(status="planned", start=50)])) == 2


def test_an_exercise_told_with_some_participants_then_all_is_one_act():
    """A lead names some of a many-country exercise's participants, the body all of them."""
    lead = _event("EXERCISE", ("THA", "USA", "CHN"), date="2023-02-28")
    body = _event("EXERCISE", ("THA", "USA", "CHN", "JPN", "SGP"), date="2023", start=50)
    kept = merge_repeats([lead, body])
    assert kept == [lead] and lead.countries == {"THA", "USA", "CHN", "JPN", "SGP"} and lead.date == "2023-02-28"
    # two countries are a pair, not a list: a bilateral drill is its own act
    assert len(merge_repeats([_event("EXERCISE", ("THA", "USA")), body])) == 2


def test_a_named_delivery_and_an_unnamed_one_stay_apart():
    assert len(merge_repeats([_event("TRANSFER", ("TUR", "KGZ"), item="drones"),
                              _event("TRANSFER", ("TUR", "KGZ"), start=50)])) == 2


# -- the store merges reports from different documents ----------------------------------------------
def _result(doc_id: str, text: str, published: str, date: str | None, item: str | None = None,
            type_: str = "TRANSFER") -> DocumentResult:
    doc = Document(id=doc_id, text=text, raw=text, published=published, url=f"https://{doc_id}.example/a",
                   source=doc_id)
    roles = ("supplier", "recipient") if type_ == "TRANSFER" else ("participant", "participant")
    parties = [Party(Actor("Turkey", "country", "TUR"), roles[0]), Party(Actor("Kyrgyzstan", "country", "KGZ"), roles[1])]
    ev = Event(doc_id, type_, "occurred", parties, text, 0, len(text), date=date, item=item, confidence=0.6,
               reason="trigger")
    return DocumentResult(doc, [ev])


def test_store_merges_reports_of_one_event_and_keeps_every_source(db_url):
    factory = open_database(db_url)
    with factory.begin() as session:
        assert save_result(session, _result("a", "Turkey delivered drones to Kyrgyzstan.", "2021-10-20",
                                            "2021-10-19", "Bayraktar TB2 drones"), None) == 1
        assert save_result(session, _result("b", "Kyrgyzstan received Turkish UAVs on Tuesday.", "2021-10-21",
                                            "2021-10-19", "UAVs"), None) == 0
        assert save_result(session, _result("c", "Turkey sent Kyrgyzstan patrol boats.", "2021-10-21",
                                            "2021-10-18", "patrol boats"), None) == 1
        assert save_result(session, _result("d", "Turkey and Kyrgyzstan held talks.", "2021-10-21",
                                            "2021-10-19", type_="MEET"), None) == 1
    with factory() as session:
        events = query_events(session)
    drones = next(e for e in events if e.event.item == "Bayraktar TB2 drones")
    assert drones.source_count == 2
    assert {s.url for s in drones.sources} == {"https://a.example/a", "https://b.example/a"}
    assert [e.doc_id for e in drones.evidence] == ["a", "b"]
    assert len(events) == 3


def test_a_further_report_leaves_the_events_fields_and_raises_only_its_confidence(db_url):
    """The decision of issue 12: a merge never changes what the event is (type, status, date, item, parties)
    but its source count and confidence follow its reports: the confidence is the highest report's."""
    factory = open_database(db_url)
    first = _result("a", "Turkey delivered drones to Kyrgyzstan.", "2021-10-20", "2021-10-19", "Bayraktar TB2 drones")
    second = _result("b", "Kyrgyzstan received Turkish UAVs on Tuesday.", "2021-10-21", "2021-10-19", "UAVs")
    second.events[0].confidence = 0.9
    with factory.begin() as session:
        save_result(session, first, None)
        save_result(session, second, None)
    with factory() as session:
        (stored,) = query_events(session)
    assert (stored.event.item, stored.event.date, stored.event.status) == ("Bayraktar TB2 drones", "2021-10-19",
                                                                           "occurred")
    assert stored.source_count == 2 and stored.event.confidence == 0.9


def test_saving_a_merged_report_again_adds_nothing(db_url):
    factory = open_database(db_url)
    results = [_result("a", "Turkey delivered drones to Kyrgyzstan.", "2021-10-20", "2021-10-19"),
               _result("b", "Kyrgyzstan received Turkish drones.", "2021-10-21", "2021-10-19")]
    for _ in range(2):
        with factory.begin() as session:
            for result in results:
                save_result(session, result, None)
    with factory() as session:
        events = query_events(session)
    assert len(events) == 1 and events[0].source_count == 2 and len(events[0].evidence) == 2


def test_merging_can_be_switched_off(db_url):
    factory = open_database(db_url)
    with factory.begin() as session:
        save_result(session, _result("a", "Turkey delivered drones to Kyrgyzstan.", "2021-10-20", "2021-10-19"), None)
        assert save_result(session, _result("b", "Kyrgyzstan got Turkish drones.", "2021-10-21", "2021-10-19"),
                           None, merge=False) == 1


def test_view_of_reads_sides_from_roles():
    v = view_of(_event("TRANSFER", ("TUR", "KGZ")), "2021-01-01")
    assert v.suppliers == {"TUR"} and v.recipients == {"KGZ"} and v.published == "2021-01-01"


def test_reports_placed_in_different_countries_are_different_deployments():
    a = view("DEPLOY", ("BGD", "UN"), date="2021-06")
    b = view("DEPLOY", ("BGD", "UN"), date="2021-06")
    assert same_event(a, b) > 0
    assert same_event(ReportView(**{**_asdict(a), "place": "CAF"}), ReportView(**{**_asdict(b), "place": "SSD"})) == 0


def test_an_exercise_told_with_fewer_participants_is_the_same_exercise():
    full = view("EXERCISE", ("THA", "USA", "JPN", "KOR", "SGP", "IDN", "MYS"), date="2023-02-28")
    assert same_event(full, view("EXERCISE", ("THA", "USA"), date="2023-02-27")) > 0
    assert same_event(view("MEET", ("THA", "USA", "JPN")), view("MEET", ("THA", "USA"))) == 0


def test_an_undated_plan_reaches_two_months_ahead():
    plan = ReportView("TRANSFER", frozenset({"TUR", "TUN"}), frozenset({"TUR"}), frozenset({"TUN"}), None,
                      "2023-01-13", None, status="planned")
    assert same_event(plan, transfer(date="2023-02", sup="TUR", rec="TUN")) > 0
    assert same_event(plan, transfer(date="2023-10-19", sup="TUR", rec="TUN")) == 0


def _asdict(v: ReportView) -> dict:
    return {name: getattr(v, name) for name in ReportView.__slots__}


def test_reports_naming_different_models_are_different_deliveries():
    a = ReportView("TRANSFER", frozenset({"TUR", "TUN"}), frozenset({"TUR"}), frozenset({"TUN"}), "2023", None,
                   "a batch of Kirpi armoured vehicles", "planned")
    b = ReportView("TRANSFER", frozenset({"TUR", "TUN"}), frozenset({"TUR"}), frozenset({"TUN"}), "2023-10-19", None,
                   "a batch of Ejder Yalçın armoured vehicles")
    c = ReportView("TRANSFER", frozenset({"TUR", "TUN"}), frozenset({"TUR"}), frozenset({"TUN"}), "2023-04", None,
                   "Turkish Kirpi vehicles")
    assert same_event(a, b) == 0
    assert same_event(a, c) > 0  # a country word is not a model name


def test_bench_merge_prints_lookups_per_ms(tmp_path):
    """`defcoop bench-merge` fills databases of each size and reports new events looked up per ms."""
    import json

    from typer.testing import CliRunner

    from defcoop.cli import app

    result = CliRunner().invoke(app, ["bench-merge", "--scale", "200,400", "--lookups", "50", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [r["stored_events"] for r in report["rows"]] == [200, 400]
    assert all(r["lookups_per_ms"] > 0 for r in report["rows"]) and report["ratio_last_to_first"] > 0
    assert CliRunner().invoke(app, ["bench-merge", "--scale", "many"]).exit_code == 2


def test_candidate_dates_cover_every_precision():
    """The merge lookup's date window, written so the (type, date) index answers it, keeps the stored
    dates of year, month and day precision that meet the span, and only those."""
    from datetime import date

    from defcoop.store.merge_lookup import _coarse_dates

    assert _coarse_dates(date(2020, 11, 20), date(2021, 2, 3)) == ["2020", "2021", "2020-11", "2020-12", "2021-01",
                                                                   "2021-02"]
    assert _coarse_dates(date(2021, 5, 1), date(2021, 5, 9)) == ["2021", "2021-05"]


def test_bench_merge_never_wipes_a_database_it_did_not_fill(tmp_path):
    """`--db` is the option `run` and `serve` take: pointed at a real database, bench-merge refuses."""
    from typer.testing import CliRunner

    from defcoop.cli import app

    real = tmp_path / "real.db"
    samples = Path(__file__).resolve().parents[1] / "samples" / "articles" / "text" / "col-usa-blackhawks-2022.txt"
    assert CliRunner().invoke(app, ["run", str(samples), "--db", str(real), "--quiet"]).exit_code == 0
    result = CliRunner().invoke(app, ["bench-merge", "--scale", "100", "--lookups", "10", "--db", str(real)])
    assert result.exit_code != 0 and "did not make" in result.output, result.output
    from defcoop.store import open_database
    from defcoop.store.db import engine_of
    from defcoop.store.models import DocumentRow
    factory = open_database(str(real))
    with factory() as session:
        assert session.query(DocumentRow).count() == 1
    engine_of(factory).dispose()
