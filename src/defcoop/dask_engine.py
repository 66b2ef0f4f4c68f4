"""Extraction on a Dask cluster (`defcoop run --engine dask`).

The run's tasks go to the cluster's workers with `client.submit`: parts of the input to read, clean
and sign (`prepare.prepare_part`), then batches of new documents to extract (`extract_documents`),
at most two of each per worker in flight. Results come back in input order, so the duplicate checks
and storing (in this process, one transaction per batch) are exactly those of a local run. Each
worker process loads the spaCy parser once, on its first batch (the per-process cache of
`defcoop.extract`). A cluster is either one already running (`--scheduler tcp://HOST:8786`) or a
`distributed.LocalCluster` of worker processes started for the run (`--local-workers N`).
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from defcoop.errors import DefcoopError
from defcoop.pipeline import Engine

LOGGER = logging.getLogger(__name__)
IN_FLIGHT_PER_WORKER = 2


@contextmanager
def dask_client(scheduler: str | None = None, local_workers: int = 2) -> Iterator:
    """A `distributed.Client` of the cluster at `scheduler`, or of a local cluster of `local_workers`
    single-threaded worker processes started here and stopped on exit."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pinned in pyproject.toml; a broken install says so
        raise DefcoopError(f"the Dask engine needs the distributed package: {exc}") from exc
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = LocalCluster(n_workers=local_workers, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.ERROR)
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        raise DefcoopError(f"cannot reach the Dask scheduler {scheduler or 'of a local cluster'}: {exc}") from exc
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def worker_count(client) -> int:
    """How many workers the client's cluster has now (at least 1)."""
    return max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))


def dask_engine(client, files_on_workers: bool = True) -> Engine:
    """The run's engine on the client's cluster: each task with `client.submit`, two per worker in flight.
    `files_on_workers` when the workers see the input files at the same paths (a local cluster, a shared
    file system); otherwise this process reads them and hands their records over."""
    return Engine(lambda fn, *args: client.submit(fn, *args, pure=False),
                  IN_FLIGHT_PER_WORKER * worker_count(client), files_on_workers)
