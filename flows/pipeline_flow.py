"""The pipeline as Prefect flows over the store: `findings run` and the scheduled crawl.

Both flows run `findings.ingest.run_sweep` with each stage as tasks: reading and splitting files
as one task per group of files (retried on I/O errors), dedup, extraction as one task per batch
of articles, writing the store, and exporting the tables (retried on I/O errors). Reading and
extraction of a large run go to the task runner; the rest runs in the flow's own thread, which
holds the store's lock and connection.
"""

from __future__ import annotations

import contextlib
import functools
import os
import subprocess
import sys
from collections.abc import Callable, Iterator

from prefect import Task, flow, task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State, TaskRun
from prefect.context import FlowRunContext
from prefect.schedules import Cron
from prefect.server.api.server import SubprocessASGIServer
from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner
from prefect.utilities.annotations import quote
from tqdm import tqdm

from findings.guardian import start_guardian
from findings.ingest import (
    FileEntry,
    ReadFile,
    SweepPlan,
    SweepSteps,
    SweepSummary,
    commit,
    load_groups,
    plan,
    read_files,
    run_sweep,
    scan,
)
from findings.pipeline import (
    ARTICLES_PER_WORKER,
    Batch,
    exit_with_parent,
    extract_batch,
    in_order,
    max_workers,
    worker_count,
)
from findings.records import Finding, Rejected
from findings.store import export

# At most MAX_BATCHES extraction tasks per run: each costs Prefect a few milliseconds here and tens
# of milliseconds of bookkeeping on its server.
MAX_BATCHES = 20
MAX_ARTICLES_PER_BATCH = 1_000
# Files per reading task: 20 tasks for 10,000 files.
FILES_PER_TASK = 500
CRAWL_DEPLOYMENT = "crawl"
# How long a run waits for the Prefect API named by PREFECT_API_URL to answer before it starts.
API_CHECK_SECONDS = 10.0


def is_io_failure(task: Task, task_run: TaskRun, state: State) -> bool:
    """Retry only what may pass on a second try: an OSError, not a bad row or a bug."""
    return isinstance(state.result(raise_on_failure=False), OSError)


_IO_RETRIES = {"retries": 2, "retry_delay_seconds": [1, 5], "retry_condition_fn": is_io_failure}


def inline_task(fn: Callable, name: str, **options) -> Callable:
    """`fn` as a task called in the flow's thread, its arguments passed as they are (quoted:
    Prefect does not walk a whole corpus looking for futures)."""
    step = task(fn, name=name, cache_policy=NO_CACHE, **options)
    return lambda *args, **kwargs: step(*map(quote, args), **{key: quote(value) for key, value in kwargs.items()})


# A batch is passed as it is, not quoted: Prefect's quote is a tuple, which Dask would take apart.
extract_claims = task(extract_batch, name="extract_claims", cache_policy=NO_CACHE)
load_articles = task(read_files, name="load_articles", cache_policy=NO_CACHE, **_IO_RETRIES)


def load_in_tasks(entries: Iterator[FileEntry]) -> Iterator[tuple[list[FileEntry], list[ReadFile | Rejected]]]:
    """Read FILES_PER_TASK files per task: the first in the flow's thread, the rest of a large run
    on the task runner (see `findings.ingest.load_groups`) when its workers see this machine's
    files, as the local process pool's do. A Dask cluster's workers may not: the flow reads there."""
    local_workers = isinstance(FlowRunContext.get().task_runner, ProcessPoolTaskRunner) and max_workers() > 1
    submit = load_articles.submit if local_workers else None
    return load_groups(entries, run=load_articles, submit=submit, files_per_group=FILES_PER_TASK)


def batch_size(articles: int) -> int:
    """Articles per extraction task: at most MAX_BATCHES tasks for a run, at least
    ARTICLES_PER_WORKER articles per task, and never more than MAX_ARTICLES_PER_BATCH (memory)."""
    return min(MAX_ARTICLES_PER_BATCH, max(ARTICLES_PER_WORKER, -(-articles // MAX_BATCHES)))


def extract_in_batches(sweep: SweepPlan) -> Iterator[tuple[Batch, list[Finding]]]:
    """Extract the sweep's articles as tasks on the flow's task runner; yield each batch with its
    findings, in order.

    A run too small to pay for worker processes (see `findings.pipeline.worker_count`) extracts
    in the flow's thread. Otherwise each task gets one batch, as plain data, and at most two tasks
    per worker wait ahead, so that few batches are read from the store at a time.
    """
    submit = extract_claims.submit if worker_count(sweep.articles) > 1 else None
    results = in_order(sweep.read(batch_size(sweep.articles)), extract_claims, submit)
    with tqdm(total=sweep.articles, unit="article", file=sys.stderr, disable=None) as progress:
        for batch, findings in results:
            progress.update(len(batch.articles))
            yield batch, findings


def sweep_steps() -> SweepSteps:
    """The sweep's stages as tasks: load in groups of files, dedupe, extract in batches, write, export."""
    return SweepSteps(
        scan=functools.partial(scan, load=load_in_tasks),
        plan=inline_task(plan, "dedupe_passages"),
        extract=extract_in_batches,
        commit=inline_task(commit, "write_store"),
        export=inline_task(export, "export_tables", **_IO_RETRIES),
    )


# Reading and extraction are CPU-bound Python: worker processes, one per core, each building its
# pipelines once, at its first extraction.
LOCAL_RUNNER = ProcessPoolTaskRunner(max_workers=max_workers(), initializer=exit_with_parent)


@flow(name="findings_pipeline", task_runner=LOCAL_RUNNER)
def findings_pipeline(corpus: list[str], out: str, prune: bool = False) -> SweepSummary:
    """Bring the store in `out` up to date with the corpus folders.

    Args:
        corpus: corpus folders; articles below them that are gone are marked removed.
        out: the output folder for findings.db and its exports.
        prune: the folders are the whole collection: articles found in none of them are marked
            removed too, however many.

    Returns:
        The run's summary.
    """
    return run_sweep(out, corpus, "run", sweep_steps(), whole=prune, prune=prune)


@flow(name="findings_crawl", task_runner=LOCAL_RUNNER)
def crawl_folder(folder: str, out: str, wait: float = 600.0, prune: bool = False) -> SweepSummary:
    """Sweep one folder into the store in `out`: new and changed files by content hash.

    Args:
        folder: the folder to sweep; articles below it that are gone are marked removed.
        out: the output folder for findings.db and its exports.
        wait: seconds to wait for another run that holds the store's lock.
        prune: a sweep may mark most of the store's articles removed (without it, it refuses).

    Returns:
        The run's summary.
    """
    return run_sweep(out, [folder], "crawl", sweep_steps(), wait=wait, prune=prune)


@contextlib.contextmanager
def flow_in_this_process() -> Iterator[None]:
    """Settings for calling a flow in this process (the CLI, the benchmark).

    No heartbeat thread: it only delays the exit (notes/prefect.md §2). One Prefect API for the
    flow and its worker processes: PREFECT_API_URL when set, else a temporary local server started
    here and named to the workers; left to themselves, each would start a server of its own.
    """
    updates = {PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}
    if PREFECT_API_URL.value():
        check_api(PREFECT_API_URL.value())
        with temporary_settings(updates=updates):
            yield
        return
    server = SubprocessASGIServer()  # the process's one temporary server, maybe already running
    started_here = not server.running
    server.start()
    guardian = start_guardian(server.server_process.pid) if started_here and server.server_process else None
    try:
        with temporary_settings(updates=updates | {PREFECT_API_URL: server.api_url}):
            yield
    finally:
        if started_here:
            server.stop()
        if guardian is not None:
            try:
                guardian.wait(timeout=5)  # it exits once the server is gone
            except subprocess.TimeoutExpired:
                guardian.kill()


def print_sweep(flow: object, flow_run: object, state: State) -> None:
    """A served crawl's hook: one line per scheduled sweep, its summary or why it failed."""
    summary = state.result(raise_on_failure=False)
    line = summary.line() if isinstance(summary, SweepSummary) else f"failed: {summary}"
    print(f"{flow_run.name}: {line}", flush=True)


class ApiUnreachable(RuntimeError):
    """The Prefect API named by PREFECT_API_URL does not answer."""


def check_api(url: str) -> None:
    """Ask the Prefect API at `url` whether it is healthy; raise ApiUnreachable when it does not
    answer so within API_CHECK_SECONDS (a server that is down or hangs must not hang the run)."""
    import httpx

    timeout = API_CHECK_SECONDS
    try:
        healthy = httpx.get(f"{url.rstrip('/')}/health", timeout=timeout).json() is True
    except (httpx.HTTPError, ValueError) as error:
        raise ApiUnreachable(
            f"the Prefect API at {url} did not answer within {timeout:g} s ({type(error).__name__}); start it "
            "(`prefect server start`) or unset PREFECT_API_URL for a temporary local server"
        ) from None
    if not healthy:
        raise ApiUnreachable(f"the Prefect API at {url} says it is not healthy")


def crawl_deployment(
    folder: str, out: str, cron: str, timezone: str = "UTC", wait: float = 600.0, prune: bool = False
) -> dict:
    """The deployment settings of a scheduled crawl, for `crawl_folder.serve` or `Runner.aadd_flow`.

    Args:
        folder: the folder to sweep (made absolute: the runner may start elsewhere).
        out: the output folder (made absolute).
        cron: the cron schedule.
        timezone: the schedule's time zone.
        wait: seconds a sweep waits for another run holding the store's lock.
        prune: whether a sweep may mark most of the store's articles removed.
    """
    return {
        "name": CRAWL_DEPLOYMENT,
        "schedules": [Cron(cron, timezone=timezone)],
        "parameters": {"folder": os.path.abspath(folder), "out": os.path.abspath(out), "wait": wait, "prune": prune},
    }
