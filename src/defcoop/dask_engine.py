"""Extraction on a Dask cluster (`defcoop run --engine dask`).

The run's batches of cleaned documents go to the cluster's workers with `client.submit`
(`extract_documents`, a pure function), at most two per worker in flight, and come back in input
order, so storing (in this process, one transaction per batch) is exactly that of a local run.
Each worker process loads the spaCy parser once, on its first batch (the per-process cache of
`defcoop.extract`). A cluster is either one already running (`--scheduler tcp://HOST:8786`) or a
`distributed.LocalCluster` of worker processes started for the run (`--local-workers N`).
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from defcoop.errors import DefcoopError
from defcoop.extract import extract_documents
from defcoop.settings import Settings
from defcoop.types import Document, DocumentResult

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


def extract_on_dask(client, batches: Iterable[list[Document]], settings: Settings) -> Iterator[list[DocumentResult]]:
    """`extract_documents` of each batch on the cluster, results in input order, a bounded number in flight."""
    in_flight = IN_FLIGHT_PER_WORKER * worker_count(client)
    pending: deque = deque()
    try:
        for batch in batches:
            pending.append(client.submit(extract_documents, batch, settings, pure=False))
            if len(pending) >= in_flight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
