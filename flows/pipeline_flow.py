"""The pipeline as a Prefect flow: the steps of `findings.pipeline.run_pipeline` as verb-named tasks over batches."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from prefect import State, Task, flow, task
from prefect.client.schemas.objects import TaskRun
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.utilities.annotations import quote
from tqdm import tqdm

from findings.dedup import dedupe_passages, merge_duplicate_findings
from findings.loading import load_corpus
from findings.passages import split_passages
from findings.pipeline import extract_articles, mining_plan
from findings.records import Article, Finding, Passage, PassageCluster, Rejected, RunResult
from findings.table import write_rejected, write_table

ARTICLES_PER_BATCH = 50


def is_io_failure(task: Task, task_run: TaskRun, state: State) -> bool:
    """Retry only what may pass on a second try: an OSError, not a bad row or a bug."""
    return isinstance(state.result(raise_on_failure=False), OSError)


# Every run reads the corpus afresh; nothing is cached (hashing large inputs is also costly).
_IO = {"retries": 2, "retry_delay_seconds": [1, 5], "retry_condition_fn": is_io_failure, "cache_policy": NO_CACHE}


@task(**_IO)
def load_articles(corpus: list[str]) -> tuple[list[Article], list[Rejected]]:
    """Read and decode every file of the corpus folders."""
    return load_corpus([Path(root) for root in corpus])


@task(cache_policy=NO_CACHE)
def split_articles(articles: list[Article]) -> dict[str, list[Passage]]:
    """Cut every article into passages."""
    return {article.doc_id: split_passages(article) for article in articles}


@task(cache_policy=NO_CACHE)
def find_repeated_passages(passages_by_doc: dict[str, list[Passage]]) -> list[PassageCluster]:
    """Group the passages into clusters of exact and near repeats."""
    return list(dedupe_passages(p for passages in passages_by_doc.values() for p in passages))


extract_claims = task(extract_articles, name="extract_claims", cache_policy=NO_CACHE)
merge_findings = task(merge_duplicate_findings, name="merge_findings", cache_policy=NO_CACHE)


@task(**_IO)
def write_outputs(findings: list[Finding], rejected: list[Rejected], out: str) -> None:
    """Write findings.csv, findings.parquet and rejected.csv into `out`."""
    write_table(findings, out)
    write_rejected(rejected, out)


def extract_in_batches(
    articles: Sequence[Article],
    passages_by_doc: dict[str, list[Passage]],
    plan: dict[str, dict[int, tuple[str, ...]]],
) -> list[Finding]:
    """Submit one extraction task per batch of articles; return their findings in article order."""
    batches = [articles[i : i + ARTICLES_PER_BATCH] for i in range(0, len(articles), ARTICLES_PER_BATCH)]
    futures = [extract_claims.submit(quote(batch), quote(passages_by_doc), quote(plan)) for batch in batches]
    sizes = {future.task_run_id: len(batch) for future, batch in zip(futures, batches)}
    with tqdm(total=len(articles), unit="article", file=sys.stderr, disable=None) as progress:
        for future in as_completed(futures):
            progress.update(sizes[future.task_run_id])
    return [finding for future in futures for finding in future.result()]


@flow(name="findings_pipeline")
def findings_pipeline(corpus: list[str], out: str) -> RunResult:
    """Load, split, dedupe, extract, merge and write: the findings of corpus folders as tables in `out`.

    Args:
        corpus: corpus folders.
        out: the output folder for findings.csv, findings.parquet and rejected.csv.

    Returns:
        The same RunResult as `findings.pipeline.run_pipeline`.
    """
    articles, rejected = load_articles(corpus)
    passages_by_doc = split_articles(quote(articles))
    clusters = find_repeated_passages(quote(passages_by_doc))
    findings = merge_findings(quote(extract_in_batches(articles, passages_by_doc, mining_plan(clusters))))
    write_outputs(quote(findings), quote(rejected), out)
    return RunResult(
        findings=findings,
        rejected=rejected,
        articles=len(articles),
        passages=sum(len(passages) for passages in passages_by_doc.values()),
        duplicate_passages=sum(len(cluster.occurrences) - 1 for cluster in clusters),
    )
