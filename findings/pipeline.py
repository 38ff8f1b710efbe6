"""The pipeline as plain functions: load, split, dedupe, extract. Flows only orchestrate these.

Reading and extraction are CPU-bound Python, so a large run spreads them over worker processes,
one per core (`WorkerPool`, `worker_count`); each batch carries only its own articles, passages
and plan.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import signal
import threading
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import TypeVar

from findings.dedup import dedupe_passages, merge_duplicate_findings
from findings.passages import split_passages
from findings.records import Article, Finding, Passage, PassageCluster, RunResult
from findings.rows import article_rows
from findings.sweep.corpus import read_corpus

Plan = dict[str, dict[int, tuple[str, ...]]]
T = TypeVar("T")
R = TypeVar("R")

# A worker process costs about two seconds to start (Python, spaCy, the pipelines): it pays for
# itself from about this many articles on. FINDINGS_WORKERS sets the number of processes.
ARTICLES_PER_WORKER = 250
ARTICLES_PER_BATCH = 100
WORKERS_SETTING = "FINDINGS_WORKERS"


class Batch:
    """The articles of one extraction task with their passages and plan: all a worker needs.

    A plain class, not a dataclass: task runners (Prefect, Dask) pass it on as it is, where they
    would walk every article and passage of a dataclass looking for futures.
    """

    __slots__ = ("articles", "passages", "plan")

    def __init__(self, articles: list[Article], passages: dict[str, list[Passage]], plan: Plan) -> None:
        self.articles, self.passages, self.plan = articles, passages, plan


def mining_plan(clusters: Iterable[PassageCluster]) -> Plan:
    """For each article, the passages it mines (it holds their canonical occurrence) and their docs.

    Returns:
        {doc_id: {passage index: docs of the passage's cluster}}.
    """
    plan: Plan = defaultdict(dict)
    for cluster in clusters:
        if cluster.canonical.kind == "boilerplate":
            continue
        plan[cluster.canonical.doc_id][cluster.canonical.index] = cluster.docs
    return plan


def extract_articles(articles: Sequence[Article], passages_by_doc: dict[str, list[Passage]], plan: Plan) -> list[Finding]:
    """Extract the claims of every article's mined passages, in article order."""
    findings: list[Finding] = []
    for article in articles:
        mine = plan.get(article.doc_id)
        if mine:
            findings.extend(article_rows(article, passages_by_doc[article.doc_id], mine))
    return findings


def batches(articles: Sequence[Article], passages_by_doc: dict[str, list[Passage]], plan: Plan, size: int) -> list[Batch]:
    """The articles in order, cut into batches of `size`."""
    return [
        Batch(
            list(chunk),
            {article.doc_id: passages_by_doc[article.doc_id] for article in chunk},
            {article.doc_id: plan[article.doc_id] for article in chunk if article.doc_id in plan},
        )
        for chunk in (articles[start : start + size] for start in range(0, len(articles), size))
    ]


def extract_claims(batch: Batch) -> list[Finding]:
    """The findings of one batch's articles (`extract_articles`): the sweep's extraction stage."""
    return extract_articles(batch.articles, batch.passages, batch.plan)


_watching_parent = threading.Event()


def exit_with_parent() -> None:
    """A worker process's initializer: end the worker as soon as the process that started it is
    gone, so that a `findings run` killed with SIGKILL leaves no workers behind, even busy ones.
    A Ctrl-C in the terminal reaches the whole process group: the worker ends at once, quietly,
    and the parent reports it. (Once per process; nothing in the main process.)"""
    parent = multiprocessing.parent_process()
    if parent is None or _watching_parent.is_set():
        return
    _watching_parent.set()
    signal.signal(signal.SIGINT, lambda signum, frame: os._exit(128 + signum))

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def max_workers() -> int:
    """The most extraction processes a run starts: FINDINGS_WORKERS when set, else one per core."""
    setting = os.environ.get(WORKERS_SETTING, "").strip()
    return max(1, int(setting)) if setting else len(os.sched_getaffinity(0))


def worker_count(articles: int) -> int:
    """Processes worth starting for `articles` articles: at most `max_workers`, and one per
    ARTICLES_PER_WORKER articles (1 means: extract in this process)."""
    return max(1, min(max_workers(), articles // ARTICLES_PER_WORKER))


def in_order(
    items: Iterable[T], run: Callable[[T], R], submit: Callable[[T], Future] | None = None
) -> Iterator[tuple[T, R]]:
    """Each item with its result, in item order: `run(item)` in this process without `submit`, else
    the result of the future `submit(item)` returns (of `concurrent.futures` or Prefect: anything
    with `result()`), with at most two items per worker pending, so that memory stays bounded."""
    if submit is None:
        yield from ((item, run(item)) for item in items)
        return
    ahead = 2 * max_workers()
    pending: deque[tuple[T, Future]] = deque()
    for item in items:
        pending.append((item, submit(item)))
        if len(pending) > ahead:
            done, future = pending.popleft()
            yield done, future.result()
    for done, future in pending:
        yield done, future.result()


class WorkerPool:
    """`max_workers` worker processes, started on first use, shared by a sweep's reading and
    extraction, and stopped when the `with` block ends. A worker builds its spaCy pipelines at
    its first extraction (`extractors.pipeline.load_pipeline` keeps them): reading starts at once."""

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, fn: Callable[[T], R], item: T) -> Future:
        """Run `fn(item)` on a worker."""
        if self._executor is None:
            self._executor = ProcessPoolExecutor(max_workers(), mp_context=get_context("spawn"), initializer=exit_with_parent)
        return self._executor.submit(fn, item)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)


def extract_in_processes(articles: Sequence[Article], passages_by_doc: dict[str, list[Passage]], plan: Plan) -> list[Finding]:
    """`extract_articles`, spread over `worker_count` processes in batches; same findings, same order."""
    work = batches(articles, passages_by_doc, plan, ARTICLES_PER_BATCH)
    with WorkerPool() as pool:
        submit = functools.partial(pool.submit, extract_claims) if worker_count(len(articles)) > 1 else None
        return [finding for _, found in in_order(work, extract_claims, submit) for finding in found]


def article_findings(article: Article) -> list[Finding]:
    """The rows the pipeline writes for one article on its own: its passages deduped among
    themselves, extracted, and a claim repeated in it (a headline and the body) merged."""
    passages = split_passages(article)
    plan = mining_plan(dedupe_passages(passages))
    return merge_duplicate_findings(extract_articles([article], {article.doc_id: passages}, plan))


def run_pipeline(roots: Sequence[Path]) -> RunResult:
    """Load, split, dedupe and extract corpus folders in memory: the oracle the tests hold the
    store route (`findings.sweep.run_sweep`, which every command takes) against. Not for
    collections larger than memory."""
    articles, rejected = read_corpus(roots)
    passages_by_doc = {article.doc_id: split_passages(article) for article in articles}
    clusters = dedupe_passages(p for passages in passages_by_doc.values() for p in passages)
    findings = extract_in_processes(articles, passages_by_doc, mining_plan(clusters))
    return RunResult(
        findings=merge_duplicate_findings(findings),
        rejected=rejected,
        articles=len(articles),
        passages=sum(len(passages) for passages in passages_by_doc.values()),
        duplicate_passages=sum(len(c.occurrences) - 1 for c in clusters),
    )
