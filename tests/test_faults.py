"""Fault injection through the console script: the bad-input battery of `tests/faults.py` beside good
documents, and kill-and-resume at random points in both worker modes, each ending in `defcoop check`.

By default 2 kills (one per worker mode) keep this under a minute; DEFCOOP_SLOW_FAULTS=1 runs 20
(10 seeds x `--workers 1` and `2`).
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from defcoop.cli import app
from faults import make_battery
from test_robustness import _committed, make_distinct_corpus, subprocess_env

DEFCOOP = Path(sys.executable).parent / "defcoop"
SLOW = os.environ.get("DEFCOOP_SLOW_FAULTS", "") not in ("", "0")
KILLS = [(seed, workers) for seed in range(1, 11) for workers in (1, 2)] if SLOW else [(1, 1), (2, 2)]
CORPUS_SIZE = 48

pytestmark = pytest.mark.skipif(not DEFCOOP.exists(), reason=f"console script {DEFCOOP} is not installed")


def defcoop(*args, env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(DEFCOOP), *map(str, args)], capture_output=True, text=True, timeout=timeout,
                          env={**env, "COLUMNS": "400"})


def stored(db: Path) -> dict[str, list]:
    """What a run leaves: document ids, source rows and event fingerprints, sorted."""
    with sqlite3.connect(db) as conn:
        return {"documents": sorted(r[0] for r in conn.execute("SELECT id FROM documents")),
                "sources": sorted(conn.execute("SELECT doc_id, url, source, origin, relation FROM document_sources")),
                "events": sorted(r[0] for r in conn.execute("SELECT fingerprint FROM events"))}


def assert_checked(db: Path) -> None:
    result = CliRunner().invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 0, result.output


def test_faults_battery(tmp_path):
    """Every bad input named, every good document stored once, no traceback, a sound database."""
    manifest = make_battery(tmp_path, good=24, seed=5)
    env = subprocess_env(**manifest["settings"])
    db = tmp_path / "battery.db"
    result = defcoop("run", tmp_path / "inputs", "--db", db, env=env)
    output = result.stdout + result.stderr
    assert result.returncode == 3, output
    assert "Traceback" not in output and not any(line.startswith("error:") for line in output.splitlines())
    reported = [line.split(": ", 1)[1] for line in output.splitlines() if line.startswith(("skipped: ", "ignored: "))]
    missing = {kind: path for kind, path in manifest["bad"].items()
               if not any(origin.startswith(path) for origin in reported)}
    assert not missing, f"bad inputs not reported: {missing}"
    first = stored(db)
    # the good documents, once each, and the whole first record of the truncated archive
    assert first["documents"] == sorted([*manifest["good"], "cut-0"])
    assert len(first["sources"]) == len(first["documents"])
    assert_checked(db)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict, dict[str, str]]:
    """A corpus of distinct documents and what one uninterrupted run stores from it."""
    folder = tmp_path_factory.mktemp("kills")
    path = make_distinct_corpus(CORPUS_SIZE, folder)
    env = subprocess_env(DEFCOOP_BATCH_SIZE="4")
    result = defcoop("run", path, "--db", folder / "reference.db", "-q", env=env)
    assert result.returncode == 0, result.stderr
    reference = stored(folder / "reference.db")
    assert len(reference["documents"]) == CORPUS_SIZE and reference["events"]
    return path, reference, env


@pytest.mark.parametrize("seed, workers", KILLS)
def test_faults_kill_and_resume(corpus, tmp_path, seed, workers):
    """SIGKILL at a random point (a random number of committed documents, then a random pause), then the
    same run again: the database equals the uninterrupted run's and `defcoop check` finds nothing."""
    path, reference, env = corpus
    rng = random.Random(seed)
    target, pause = rng.randint(1, CORPUS_SIZE - 12), rng.uniform(0, 0.3)
    db = tmp_path / "killed.db"
    victim = subprocess.Popen([str(DEFCOOP), "run", str(path), "--db", str(db), "-q", "--workers", str(workers)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
                              start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and victim.poll() is None and _committed(db)[0] < target:
            time.sleep(0.02)
        time.sleep(pause)
        killed = victim.poll() is None
        os.killpg(victim.pid, signal.SIGKILL)  # the parent and its workers, as a crash or OOM kill would
        victim.wait(timeout=30)
        stderr = victim.stderr.read()
    finally:
        if victim.poll() is None:
            victim.kill()
            victim.wait()
    assert "Traceback" not in stderr
    before = _committed(db)[0]
    resumed = defcoop("run", path, "--db", db, "-q", "--workers", str(workers), env=env)
    assert resumed.returncode == 0, resumed.stderr
    assert "Traceback" not in resumed.stderr
    assert stored(db) == reference, f"killed after {before} documents (killed mid-run: {killed})"
    print(f"seed {seed}, --workers {workers}: killed after {before} of {CORPUS_SIZE} documents "
          f"(mid-run: {killed}); resumed to the reference")
    assert_checked(db)
