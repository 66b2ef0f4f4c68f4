"""CLI commands that measure and fit the extractor: `eval`, `eval-merge`, `calibrate`, `train`.

Registered on the main app by `register(app)` in cli.py, as `cli_sources.py` is.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from defcoop.cli import (
    ConfigOption,
    JsonOption,
    _atomic_write,
    _report_problems,
    _settings,
    _user_errors,
    console,
    out,
)
from defcoop.errors import DefcoopError
from defcoop.settings import Settings


def evaluate(gold_dir: Annotated[Path, typer.Argument(help="Folder with *.doc.json and *.gold.json.")],
             config: ConfigOption = None,
             docs: Annotated[Optional[list[Path]], typer.Option(
                 "--docs", help="Documents to extract (any input format); default: GOLD_DIR/*.doc.json.")] = None,
             predictions: Annotated[Optional[Path], typer.Option(
                 "--predictions", "-p", help="Also write the predicted events here (JSONL).")] = None,
             fail_under: Annotated[Optional[float], typer.Option(help="Exit 1 if dyad F1 is below this.")] = None,
             explain_errors: Annotated[bool, typer.Option(
                 "--explain", help="List each missed and spurious dyad per document, with its sentence and "
                                   "the extractor's reason.")] = False,
             resamples: Annotated[int, typer.Option(
                 "--bootstrap", min=0, help="Resamples of documents for the 95% intervals (0: none).")] = 1000,
             as_json: JsonOption = False) -> None:
    """Extract the *.doc.json in GOLD_DIR (or --docs) and score them against *.gold.json (SCHEMA.md scoring).

    Example: defcoop eval ../shared/eval/dev --explain   or   defcoop eval samples/gold --docs samples/articles
    """
    from defcoop.evaluate import bootstrap, explain, load_gold, score, transfer_swaps
    from defcoop.pipeline import RunReport, extract_paths

    with _user_errors():
        settings = _settings(config)
        gold = load_gold(gold_dir)
        inputs = docs or sorted(gold_dir.glob("*.doc.json"))
        report = RunReport()
        preds: dict[str, list[dict]] = defaultdict(list)
        for result in extract_paths(inputs, settings, report):
            preds[result.document.id].extend(e.to_record() for e in result.events)
        if predictions:
            with _atomic_write(predictions) as fp:
                for records in preds.values():
                    for rec in records:
                        fp.write(json.dumps(rec, ensure_ascii=False) + "\n")
        summary, errors = score(gold, preds)
        swaps = transfer_swaps(gold, preds)
        intervals = bootstrap(gold, preds, resamples) if resamples else {}
    _report_problems(report, as_json)
    summary["transfer_swaps"] = len(swaps)
    summary["intervals"] = intervals
    explained = explain(errors, preds) if explain_errors else {}
    if as_json:
        if explain_errors:
            summary["explain"] = {doc_id: {kind: [{"dyad": list(e.dyad), "evidence": e.evidence, "reasons": e.reasons}
                                                  for e in items] for kind, items in parts.items()}
                                  for doc_id, parts in explained.items()}
        out.print_json(data=summary)
    else:
        _print_explained(explained)
        table = Table(title=f"{gold_dir}: {summary['docs']} documents", show_edge=False)
        for col in ("type", "P", "R", "F1", "95% interval", "tp", "fp", "fn"):
            table.add_column(col, justify="right" if col != "type" else "left")

        def interval(key: str) -> str:
            return "{:.3f}-{:.3f}".format(*intervals[key]) if key in intervals else "-"

        for etype, v in summary["per_type"].items():
            table.add_row(etype, f"{v['p']:.3f}", f"{v['r']:.3f}", f"{v['f1']:.3f}", interval(etype), str(v["tp"]),
                          str(v["fp"]), str(v["fn"]))
        table.add_row("ALL", f"{summary['dyad_precision']:.3f}", f"{summary['dyad_recall']:.3f}",
                      f"{summary['dyad_f1']:.3f}", interval("ALL"), str(summary["tp"]), str(summary["fp"]),
                      str(summary["fn"]), style="bold")
        out.print(table)
        out.print(f"event F1 {summary['event_f1']}  status acc {summary['status_accuracy']}  "
                  f"date acc {summary['date_accuracy']} [{interval('date')}]  location acc "
                  f"{summary['location_accuracy']}  person F1 {summary['person_f1']} [{interval('person')}]  "
                  f"TRANSFER swaps {len(swaps)}")
    if fail_under is not None and summary["dyad_f1"] < fail_under:
        raise typer.Exit(1)


def _print_explained(explained: dict) -> None:
    """The --explain listing: per document, each missed (-) and spurious (+) dyad, why."""
    for doc_id, parts in explained.items():
        out.print(f"[bold]{doc_id}[/bold]", highlight=False)
        for kind, mark in (("missed", "[red]- missed[/red]"), ("spurious", "[yellow]+ spurious[/yellow]")):
            for item in parts[kind]:
                out.print(f"  {mark} {' '.join(item.dyad)}", highlight=False)
                out.print(f"      sentence: {' '.join(item.evidence.split())[:300]}", highlight=False, markup=False)
                for reason in item.reasons:
                    out.print(f"      extractor: {reason}", highlight=False, markup=False)
    if explained:
        out.print()


def evaluate_merging(gold_dir: Annotated[Path, typer.Argument(
                         help="Folder with *.doc.json and *.gold.json whose events carry a 'story' id.")],
                     config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Store GOLD_DIR's documents in a scratch database and score cross-source merging, pairwise.

    Two reports of events in different documents are a gold pair when they share a story
    id; a predicted pair when the database holds them as one event.

    Example: defcoop eval-merge tests/data/merge
    """
    import tempfile

    from defcoop.evaluate import load_gold, score_merging
    from defcoop.pipeline import Runner, RunReport
    from defcoop.store import crud
    from defcoop.store.db import engine_of, open_database

    with _user_errors(), tempfile.TemporaryDirectory(prefix="defcoop-merge-") as scratch:
        settings = _settings(config)
        gold = load_gold(gold_dir)
        factory = open_database(str(Path(scratch) / "merge.db"))
        report = RunReport()
        try:
            Runner(factory, settings).run(sorted(gold_dir.glob("*.doc.json")), report)
            with factory() as session:
                stored = [[{**row.event.to_record(), "doc_id": ev.doc_id, "evidence": ev.text} for ev in row.evidence]
                          for row in crud.iter_events(session)]
        finally:
            engine_of(factory).dispose()
        result = score_merging(gold, stored)
    _report_problems(report, as_json)
    figures = {"documents": report.documents_stored, "events": len(stored),
               "merged_events": sum(1 for reports in stored if len({r["doc_id"] for r in reports}) > 1),
               **result.as_dict()}
    if as_json:
        out.print_json(data={**figures, "wrong_merges": result.wrong_merges, "missed_merges": result.missed_merges})
        return
    out.print(f"{gold_dir}: {figures['documents']} documents -> {figures['events']} events "
              f"({figures['merged_events']} with several sources)")
    out.print(f"merge pairs: precision {figures['precision']:.3f}  recall {figures['recall']:.3f}  "
              f"F1 {figures['f1']:.3f}  (tp {result.tp}, fp {result.fp}, fn {result.fn}; "
              f"{result.gold_pairs} gold pairs, {result.unextracted_pairs} not scorable: an event not extracted)")
    for title, pairs in (("wrong merges", result.wrong_merges), ("missed merges", result.missed_merges)):
        for (doc_a, story_a), (doc_b, story_b) in pairs:
            out.print(f"  {title[:-1]}: {doc_a} ({story_a}) + {doc_b} ({story_b})", highlight=False)


def _labelled_events(gold_dirs: list[Path], settings: Settings) -> tuple[list, list[bool]]:
    """Events extracted from the *.doc.json of `gold_dirs`, and whether each is right (see
    `evaluate.event_is_right`); events with no country pair are left out."""
    from defcoop.evaluate import event_is_right, load_gold
    from defcoop.pipeline import RunReport, extract_paths

    events, labels = [], []
    for gold_dir in gold_dirs:
        gold = load_gold(gold_dir)
        for result in extract_paths(sorted(gold_dir.glob("*.doc.json")), settings, RunReport()):
            for event in result.events:
                right = event_is_right(gold.get(result.document.id, []), event.to_record())
                if right is not None:
                    events.append(event)
                    labels.append(right)
    return events, labels


def _print_reliability(title: str, rows: list[dict], ece: float) -> None:
    table = Table(title=f"{title} (expected calibration error {ece:.3f})", show_edge=False)
    for col in ("confidence bin", "events", "mean confidence", "share right"):
        table.add_column(col, justify="right")
    for row in rows:
        table.add_row(row["bin"], str(row["events"]), "" if row["confidence"] is None else f"{row['confidence']:.3f}",
                      "" if row["accuracy"] is None else f"{row['accuracy']:.3f}")
    out.print(table)


def calibrate(gold_dirs: Annotated[list[Path], typer.Argument(help="Folders of *.doc.json + *.gold.json to fit on.")],
              output: Annotated[Path, typer.Option("--output", "-o", help="Model file to write (JSON).")],
              check: Annotated[Optional[Path], typer.Option(
                  help="A held-out folder of *.doc.json + *.gold.json: print its reliability table.")] = None,
              config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Fit the confidence model on annotated folders; use it with the confidence_model setting.

    An event is right when at least half of its country pairs are gold pairs. The model is a
    logistic regression over how the event was read (trigger strength, rules used, type).

    Example: defcoop calibrate tests/data/corpus/tuning ../shared/eval/dev -o confidence.json --check tests/data/heldout
    """
    import dataclasses
    import tempfile

    from defcoop.extract.confidence import fit, load_model, reliability

    with _user_errors(), tempfile.TemporaryDirectory(prefix="defcoop-calibrate-") as scratch:
        settings = _settings(config)
        template = load_model(settings.confidence_model)
        unfitted = Path(scratch) / "raw.json"
        unfitted.write_text(json.dumps({"features": [f.name for f in template.features]}), encoding="utf-8")
        raw_settings = dataclasses.replace(settings, confidence_model=str(unfitted))
        events, labels = _labelled_events(gold_dirs, raw_settings)
        if not events:
            raise DefcoopError(f"no events with a country pair in {', '.join(map(str, gold_dirs))}: nothing to fit")
        model = fit(template, events, labels)
        model.fitted_on = {"folders": [str(d) for d in gold_dirs], "events": len(events), "right": sum(labels)}
        report = {"fitted_on": model.fitted_on}
        if check is not None:
            held_events, held_labels = _labelled_events([check], raw_settings)
            raw_rows, raw_ece = reliability([e.confidence for e in held_events], held_labels)
            rows, ece = reliability([model.probability(e) for e in held_events], held_labels)
            model.fitted_on["checked_on"] = {"folder": str(check), "events": len(held_events), "ece": ece,
                                             "ece_uncalibrated": raw_ece, "reliability": rows}
            report.update(check=str(check), reliability=rows, ece=ece, uncalibrated=raw_rows, ece_uncalibrated=raw_ece)
        with _atomic_write(output) as fp:
            fp.write(json.dumps(model.to_json(), indent=1) + "\n")
    if as_json:
        out.print_json(data=report)
        return
    out.print(f"fitted on {model.fitted_on['events']} events ({model.fitted_on['right']} right) -> {output}")
    if check is not None:
        _print_reliability(f"{check}: uncalibrated", report["uncalibrated"], report["ece_uncalibrated"])
        _print_reliability(f"{check}: calibrated", report["reliability"], report["ece"])


def train(recipe: Annotated[Path, typer.Argument(help="Training recipe (TOML), e.g. training/pairs.toml.")],
          cv: Annotated[bool, typer.Option("--cv", help="First score the model leaving one writer out at a time, "
                                                         "against the rules alone.")] = False,
          output: Annotated[Optional[Path], typer.Option(
              "--output", "-o", help="Where to write the weights (default: the recipe's output).")] = None,
          config: ConfigOption = None) -> None:
    """Fit the pair model on the recipe's annotated sets and write its weights (needs scikit-learn:
    pip install -e '.[train]').

    Example: defcoop train training/pairs.toml --cv
    """
    from defcoop.extract import get_extractor
    from defcoop.extract.classifier import PEOPLE_FILE
    from defcoop.learn.recipe import read_recipe
    from defcoop.learn.recipe import train as train_model

    with _user_errors():
        plan = read_recipe(recipe)
        settings = _settings(config)
        extractor = get_extractor(Settings(**{**settings.__dict__, "pair_model": "none", "people_model": "none"}))
        with console.status("parsing, labelling and fitting"):
            report = train_model(plan, extractor, cross_validation=cv)
        target = output or plan.output
        target.parent.mkdir(parents=True, exist_ok=True)
        report.model.save(target)
        if report.people is not None:
            report.people.save(target.with_name(PEOPLE_FILE))
    for missing in report.missing_sets:
        console.print(f"[yellow]skipped:[/yellow] {missing}: not present (see its README to fill it)")
    if report.groups:
        table = Table(title="leaving one writer out: dyad P / R / F1", show_edge=False)
        for col in ("writer", "documents", "pair model", "rules alone", "person F1", "date acc"):
            table.add_column(col, justify="left" if col == "writer" else "right")
        for g in report.groups:
            table.add_row(g.group, str(g.documents), *(
                f"{s['dyad_precision']:.3f} / {s['dyad_recall']:.3f} / {s['dyad_f1']:.3f}" for s in (g.model, g.rules)),
                f"{g.model['person_f1']:.3f} ({g.rules['person_f1']:.3f})", str(g.model["date_accuracy"]))
        out.print(table)
    out.print(f"{report.documents} documents, {report.instances} pair instances, "
              f"{report.model.meta['features']} features: {target} ({report.seconds:.0f} s)")


def register(app: typer.Typer) -> None:
    """Add the evaluation and training commands to the main `defcoop` app."""
    app.command("eval")(evaluate)
    app.command("eval-merge")(evaluate_merging)
    app.command()(calibrate)
    app.command()(train)
