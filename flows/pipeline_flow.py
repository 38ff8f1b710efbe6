"""The pipeline as Prefect flows over the store: `findings run` and the scheduled crawl.

Both flows run `findings.ingest.run_sweep` with each stage as a task: loading (retried on I/O
errors), splitting and dedup, extraction as one task per batch of articles, writing the store, and
exporting the tables (retried on I/O errors). All but extraction run in the flow's own thread,
which holds the store's lock and connection; extraction tasks go to the task runner.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from prefect import Task, flow, task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State, TaskRun
from prefect.futures import as_completed
from prefect.schedules import Cron
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote
from tqdm import tqdm

from findings.ingest import Plan, SweepSteps, SweepSummary, commit, plan, run_sweep, scan
from findings.pipeline import extract_articles
from findings.records import Article, Finding, Passage
from findings.store import export

# Batches of at least this many articles, and at most MAX_BATCHES of them per run: each task costs
# Prefect a few milliseconds here and tens of milliseconds of bookkeeping on its server.
ARTICLES_PER_BATCH = 50
MAX_BATCHES = 20
CRAWL_DEPLOYMENT = "crawl"


def is_io_failure(task: Task, task_run: TaskRun, state: State) -> bool:
    """Retry only what may pass on a second try: an OSError, not a bad row or a bug."""
    return isinstance(state.result(raise_on_failure=False), OSError)


_IO_RETRIES = {"retries": 2, "retry_delay_seconds": [1, 5], "retry_condition_fn": is_io_failure}


def inline_task(fn: Callable, name: str, **options) -> Callable:
    """`fn` as a task called in the flow's thread, its arguments passed as they are (quoted:
    Prefect does not walk a whole corpus looking for futures)."""
    step = task(fn, name=name, cache_policy=NO_CACHE, **options)
    return lambda *args, **kwargs: step(*map(quote, args), **{key: quote(value) for key, value in kwargs.items()})


extract_claims = task(extract_articles, name="extract_claims", cache_policy=NO_CACHE)


def extract_in_batches(
    articles: Sequence[Article], passages_by_doc: dict[str, list[Passage]], plan: Plan
) -> list[Finding]:
    """Submit one extraction task per batch of articles; return their findings in article order.

    Each task gets only its own batch's passages and plan, as plain data: that is all a worker of
    another process (a Dask cluster) needs, and what Prefect walks for futures stays small.
    """
    size = max(ARTICLES_PER_BATCH, -(-len(articles) // MAX_BATCHES))
    batches = [articles[i : i + size] for i in range(0, len(articles), size)]
    futures = [
        extract_claims.submit(
            list(batch),
            {article.doc_id: passages_by_doc[article.doc_id] for article in batch},
            {article.doc_id: plan[article.doc_id] for article in batch if article.doc_id in plan},
        )
        for batch in batches
    ]
    sizes = {future.task_run_id: len(batch) for future, batch in zip(futures, batches)}
    with tqdm(total=len(articles), unit="article", file=sys.stderr, disable=None) as progress:
        for future in as_completed(futures):
            progress.update(sizes[future.task_run_id])
    return [finding for future in futures for finding in future.result()]


def sweep_steps() -> SweepSteps:
    """The sweep's stages as tasks: load, split and dedupe, extract in batches, write, export."""
    return SweepSteps(
        scan=inline_task(scan, "load_articles", **_IO_RETRIES),
        plan=inline_task(plan, "dedupe_passages"),
        extract=extract_in_batches,
        commit=inline_task(commit, "write_store"),
        export=inline_task(export, "export_tables", **_IO_RETRIES),
    )


# Extraction is CPU-bound Python: one worker thread avoids GIL contention; Dask is the way to more cores.
LOCAL_RUNNER = ThreadPoolTaskRunner(max_workers=1)


@flow(name="findings_pipeline", task_runner=LOCAL_RUNNER)
def findings_pipeline(corpus: list[str], out: str) -> SweepSummary:
    """Bring the store in `out` up to date with the corpus folders (they are the whole collection).

    Args:
        corpus: corpus folders; articles of the store found in none of them are marked removed.
        out: the output folder for findings.db and its exports.

    Returns:
        The run's summary.
    """
    return run_sweep(out, corpus, "run", sweep_steps())


@flow(name="findings_crawl", task_runner=LOCAL_RUNNER)
def crawl_folder(folder: str, out: str, wait: float = 600.0) -> SweepSummary:
    """Sweep one folder into the store in `out`: new and changed files by content hash.

    Args:
        folder: the folder to sweep; articles below it that are gone are marked removed.
        out: the output folder for findings.db and its exports.
        wait: seconds to wait for another run that holds the store's lock.

    Returns:
        The run's summary.
    """
    return run_sweep(out, [folder], "crawl", sweep_steps(), wait=wait)


def crawl_deployment(folder: str, out: str, cron: str, timezone: str = "UTC", wait: float = 600.0) -> dict:
    """The deployment settings of a scheduled crawl, for `crawl_folder.serve` or `Runner.aadd_flow`.

    Args:
        folder: the folder to sweep (made absolute: the runner may start elsewhere).
        out: the output folder (made absolute).
        cron: the cron schedule.
        timezone: the schedule's time zone.
        wait: seconds a sweep waits for another run holding the store's lock.
    """
    return {
        "name": CRAWL_DEPLOYMENT,
        "schedules": [Cron(cron, timezone=timezone)],
        "parameters": {"folder": os.path.abspath(folder), "out": os.path.abspath(out), "wait": wait},
    }
