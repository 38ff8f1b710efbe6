"""The pipeline as Prefect flows over the store: `findings run` and the scheduled crawl.

Both flows run `findings.ingest.run_sweep` (scan, plan, commit and export hold the store's lock
and connection, so they stay in the flow's thread) and hand it extraction as one task per batch
of articles.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.schedules import Cron
from tqdm import tqdm

from findings.ingest import Plan, SweepSummary, run_sweep
from findings.pipeline import extract_articles
from findings.records import Article, Finding, Passage

ARTICLES_PER_BATCH = 50
CRAWL_DEPLOYMENT = "crawl"

extract_claims = task(extract_articles, name="extract_claims", cache_policy=NO_CACHE)


def extract_in_batches(
    articles: Sequence[Article], passages_by_doc: dict[str, list[Passage]], plan: Plan
) -> list[Finding]:
    """Submit one extraction task per batch of articles; return their findings in article order.

    Each task gets only its own batch's passages and plan, as plain data: that is all a worker of
    another process (a Dask cluster) needs, and what Prefect walks for futures stays small.
    """
    batches = [articles[i : i + ARTICLES_PER_BATCH] for i in range(0, len(articles), ARTICLES_PER_BATCH)]
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


@flow(name="findings_pipeline")
def findings_pipeline(corpus: list[str], out: str) -> SweepSummary:
    """Bring the store in `out` up to date with the corpus folders (they are the whole collection).

    Args:
        corpus: corpus folders; articles of the store found in none of them are marked removed.
        out: the output folder for findings.db and its exports.

    Returns:
        The run's summary.
    """
    return run_sweep(out, corpus, "run", extract=extract_in_batches)


@flow(name="findings_crawl")
def crawl_folder(folder: str, out: str, wait: float = 600.0) -> SweepSummary:
    """Sweep one folder into the store in `out`: new and changed files by content hash.

    Args:
        folder: the folder to sweep; articles below it that are gone are marked removed.
        out: the output folder for findings.db and its exports.
        wait: seconds to wait for another run that holds the store's lock.

    Returns:
        The run's summary.
    """
    return run_sweep(out, [folder], "crawl", extract=extract_in_batches, wait=wait)


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
