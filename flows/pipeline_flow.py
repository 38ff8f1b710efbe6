"""The pipeline as Prefect flows over the store: `findings run` and the scheduled crawl.

Each flow body is the sweep's plan, its stages called as tasks in order:

    scan_sources -> dedupe_passages -> extract_claims (per batch) -> write_store -> export_tables

(`findings.sweep.run_sweep` runs the same stages without Prefect.) Reading and splitting files is
one `load_articles` task per group of files and extraction one task per batch of articles, both on
the task runner for a large run (retried on I/O errors); the rest runs in the flow's own thread,
which holds the store's lock and connection (`findings.sweep.SweepRun`). Exporting is retried on
I/O errors.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator

from prefect import Task, flow, task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State, TaskRun
from prefect.context import FlowRunContext
from prefect.schedules import Cron
from prefect.server.api.server import SubprocessASGIServer
from prefect.settings import (
    PREFECT_API_URL,
    PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
    PREFECT_LOGGING_TO_API_ENABLED,
    temporary_settings,
)
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner
from tqdm import tqdm

from findings import pipeline, store
from findings.guardian import start_guardian
from findings.pipeline import ARTICLES_PER_WORKER, Batch, exit_with_parent, in_order, max_workers, worker_count
from findings.records import Finding, Rejected
from findings.sweep import SweepRun, SweepSummary, commit, plan, scan
from findings.sweep.sources import FileEntry

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


class InThisThread:
    """An argument of a task the flow's thread runs itself (the store's connection, a whole scan),
    passed as it is: Prefect neither walks it looking for futures nor copies it; where Prefect
    pickles a task's parameters (a task that submits tasks of its own sends its context to the
    worker processes), it pickles as nothing."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __reduce__(self) -> tuple:
        return InThisThread, (None,)


def inline_task(fn: Callable, name: str, **options) -> Callable:
    """`fn` as a task called in the flow's thread, its arguments passed as they are (`InThisThread`)."""

    def value(argument: object) -> object:
        return argument.value if isinstance(argument, InThisThread) else argument  # (a default is as it is)

    @functools.wraps(fn)
    def unwrapped(*args, **kwargs):
        return fn(*map(value, args), **{key: value(argument) for key, argument in kwargs.items()})

    step = task(unwrapped, name=name, cache_policy=NO_CACHE, **options)
    return lambda *args, **kwargs: step(*map(InThisThread, args), **{key: InThisThread(value) for key, value in kwargs.items()})


# The stages, each a task named after the function it wraps.
scan_sources = inline_task(scan.scan_sources, "scan_sources")
dedupe_passages = inline_task(plan.dedupe_passages, "dedupe_passages")
# A batch is passed as it is, not quoted: Prefect's quote is a tuple, which Dask would take apart.
extract_claims = task(pipeline.extract_claims, name="extract_claims", cache_policy=NO_CACHE)
write_store = inline_task(commit.write_store, "write_store")
export_tables = inline_task(store.export_tables, "export_tables", **_IO_RETRIES)
load_articles = task(scan.read_files, name="load_articles", cache_policy=NO_CACHE, **_IO_RETRIES)


def load_in_tasks(entries: Iterable[FileEntry]) -> Iterator[tuple[list[FileEntry], list[scan.ReadFile | Rejected]]]:
    """Read FILES_PER_TASK files per `load_articles` task: the first in the flow's thread, the rest
    of a large run on the task runner (see `findings.sweep.scan.load_groups`) when its workers see
    this machine's files, as the local process pool's do. A Dask cluster's workers may not: the
    flow reads there."""
    local_workers = isinstance(FlowRunContext.get().task_runner, ProcessPoolTaskRunner) and max_workers() > 1
    submit = load_articles.submit if local_workers else None
    return scan.load_groups(entries, run=load_articles, submit=submit, files_per_group=FILES_PER_TASK)


def batch_size(articles: int) -> int:
    """Articles per extraction task: at most MAX_BATCHES tasks for a run, at least
    ARTICLES_PER_WORKER articles per task, and never more than MAX_ARTICLES_PER_BATCH (memory)."""
    return min(MAX_ARTICLES_PER_BATCH, max(ARTICLES_PER_WORKER, -(-articles // MAX_BATCHES)))


def on_workers(articles: int) -> Callable[[Batch], object] | None:
    """How to submit `extract_claims` for a run of so many articles: to the task runner, or None
    (in the flow's thread) when the run is too small to pay for worker processes."""
    return extract_claims.submit if worker_count(articles) > 1 else None


def with_progress(extracted: Iterator[tuple[Batch, list[Finding]]], articles: int) -> Iterator[tuple[Batch, list[Finding]]]:
    """The extracted batches, counted on a progress bar (on a terminal)."""
    with tqdm(total=articles, unit="article", file=sys.stderr, disable=None) as progress:
        for batch, findings in extracted:
            progress.update(len(batch.articles))
            yield batch, findings


class LocalProcessPool(ProcessPoolTaskRunner):
    """The worker processes of a local run. In a worker, Prefect enters a copy of the flow's task
    runner for each task run; there the copy is a thread pool, as no task submits tasks from a
    worker: a process pool's queues are named semaphores, which a worker ended at once (Ctrl-C, or
    its parent gone) would leave to the resource tracker ("leaked semaphore objects")."""

    def duplicate(self) -> ProcessPoolTaskRunner | ThreadPoolTaskRunner:
        if multiprocessing.parent_process() is not None:
            return ThreadPoolTaskRunner(max_workers=1)
        return super().duplicate()


# Reading and extraction are CPU-bound Python: worker processes, one per core, each building its
# pipelines once, at its first extraction.
LOCAL_RUNNER = LocalProcessPool(max_workers=max_workers(), initializer=exit_with_parent)


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
    with SweepRun(out, "run") as run:
        found = scan_sources(run.conn, corpus, everything=prune, skip=run.out_dir, load=load_in_tasks)
        if run.nothing_to_do(found, prune):
            return run.unchanged(found)
        sweep = dedupe_passages(run.conn, found)
        extracted = in_order(sweep.read(batch_size(sweep.articles)), extract_claims, on_workers(sweep.articles))
        plan.stage_extractions(run.conn, with_progress(extracted, sweep.articles))
        counters = write_store(run.conn, run.run_id, found, sweep)
        with run.exporting(found, counters):
            export_tables(run.conn, run.out_dir)
        return run.summary(found, counters)


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
    with SweepRun(out, "crawl", wait) as run:
        found = scan_sources(run.conn, [folder], skip=run.out_dir, load=load_in_tasks)
        if run.nothing_to_do(found, prune):
            return run.unchanged(found)
        sweep = dedupe_passages(run.conn, found)
        extracted = in_order(sweep.read(batch_size(sweep.articles)), extract_claims, on_workers(sweep.articles))
        plan.stage_extractions(run.conn, with_progress(extracted, sweep.articles))
        counters = write_store(run.conn, run.run_id, found, sweep)
        with run.exporting(found, counters):
            export_tables(run.conn, run.out_dir)
        return run.summary(found, counters)


@contextlib.contextmanager
def flow_in_this_process() -> Iterator[None]:
    """Settings for calling a flow in this process (the CLI, the benchmark).

    No heartbeat thread: it only delays the exit (notes/prefect.md §2). One Prefect API for the
    flow and its worker processes: PREFECT_API_URL when set, else a temporary local server started
    here and named to the workers; left to themselves, each would start a server of its own. No
    logs are sent to a temporary server: nobody reads them, and those still queued when it stops
    would only fail ("Error logging to API").
    """
    updates = {PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}
    if PREFECT_API_URL.value():
        check_api(PREFECT_API_URL.value())
        with temporary_settings(updates=updates):
            yield
        return
    server = SubprocessASGIServer()  # the process's one temporary server, maybe already running
    started_here = not server.running
    guardian = start_guardian() if started_here else None  # first: a run killed while the server starts takes it along
    try:
        server.start()
        with temporary_settings(updates=updates | {PREFECT_API_URL: server.api_url, PREFECT_LOGGING_TO_API_ENABLED: False}):
            yield
    finally:
        if started_here:
            server.stop()
        if guardian is not None:
            guardian.terminate()
            guardian.wait()


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
