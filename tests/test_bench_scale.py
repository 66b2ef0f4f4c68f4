"""`defcoop bench --scale`: the varied corpus it builds and the rates it reports (the run itself is measured by
the command, not timed here)."""
from __future__ import annotations

import json

import random

from defcoop.bench_scale import Variation, _rates, make_varied_corpus
from defcoop.clean import clean_document
from defcoop.dedup import DuplicateIndex
from defcoop.ingest import read_inputs


def test_copies_of_a_sample_are_not_near_duplicates(tmp_path):
    """Copies that near-duplicate detection folds together would make a corpus of N documents store far fewer."""
    corpus = make_varied_corpus(120, tmp_path)
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 120 and len({r["id"] for r in records}) == 120
    index = DuplicateIndex(0.5)
    near = 0
    for raw in read_inputs([corpus]):
        text = clean_document(raw).text
        if index.find(text) is not None:
            near += 1
        index.add(raw.id, text)
    assert near <= 2, f"{near} of 120 copies are near duplicates of an earlier one"


def test_variation_swaps_countries_numbers_and_years_consistently():
    variation = Variation()
    text = "France will deliver 12 Rafale jets to India in 2024; French officials and France's navy agreed."
    out = variation.rewrite(text, random.Random(3), year_shift=-2)
    assert "France" not in out and "French" not in out and "India" not in out
    assert "2022" in out and "2024" not in out
    numbers = {variation.rewrite(text, random.Random(seed), 0).split("deliver ")[1].split()[0] for seed in range(6)}
    assert len(numbers) > 1, numbers
    first = out.split(" will")[0]
    assert f"{first}'s navy" in out  # the same country each time it is named in one copy


def test_rates_leave_out_the_start_up_and_compare_first_and_last_tenth():
    marks = [(10.0, 32)] + [(10.0 + i, 32 + 32 * i) for i in range(1, 21)]  # 32 docs/s after a 10 s start
    rates = _rates(marks)
    assert rates["steady_docs_per_s"] == 32
    assert rates["first_tenth_docs_per_s"] == 32 and rates["last_tenth_docs_per_s"] == 32
    slowing = [(0.0, 0)] + [(float(i * i), 10 * i) for i in range(1, 21)]
    rates = _rates(slowing)
    assert rates["last_tenth_docs_per_s"] < rates["first_tenth_docs_per_s"] / 5


def test_cli_rejects_a_bad_scale_before_building_anything():
    from typer.testing import CliRunner

    from defcoop.cli import app

    for scale in ("1000,lots", "5"):
        result = CliRunner().invoke(app, ["bench", "--scale", scale])
        assert result.exit_code == 2, result.output
        assert "--scale" in result.output
