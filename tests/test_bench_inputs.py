"""`defcoop bench-inputs` (defcoop.bench_inputs): time growth per tenfold input, per input stage.

The full measurement (1, 10 and 100 MB) is the benchmark command; here the reading stages are timed at
0.2 and 2 MB (cleaning is timed in test_clean.py; the MinHash signature, whose growth sits at the 12x
bound on this machine, only in the benchmark, where it is reported), and a made-up quadratic stage shows
that the measure tells it from a linear one."""
import time

from typer.testing import CliRunner

from defcoop import bench_inputs
from defcoop.cli import app

READ_STAGES = ["read .txt", "read .html", "read .json", "read .jsonl", "read .warc.gz"]


def test_bench_inputs_reading_is_linear():
    result = bench_inputs.measure([200_000, 2_000_000], stages=READ_STAGES)
    assert sorted(result["seconds"]) == sorted(READ_STAGES)
    assert all(result["linear"].values()), result


def test_bench_inputs_flags_a_quadratic_stage(monkeypatch):
    def stages(paths):
        megabytes = paths["txt"].stat().st_size / 1e6
        return {"linear": lambda: time.sleep(0.025 * megabytes),
                "quadratic": lambda: time.sleep(0.025 * megabytes ** 2)}

    monkeypatch.setattr(bench_inputs, "_stages", stages)
    result = bench_inputs.measure([1_000_000, 4_000_000], repeats=1)
    assert result["linear"] == {"linear": True, "quadratic": False}, result


def test_bench_inputs_command_checks_its_sizes():
    result = CliRunner().invoke(app, ["bench-inputs", "--sizes", "10,1"])
    assert result.exit_code == 2 and "increasing" in result.output
