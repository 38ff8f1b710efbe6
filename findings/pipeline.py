"""The pipeline as plain functions: load, split, dedupe, extract. Flows only orchestrate these."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from extractors import extract_article
from findings.dedup import dedupe_passages, merge_duplicate_findings
from findings.loading import load_corpus
from findings.passages import split_passages
from findings.records import Article, Finding, Passage, PassageCluster, RunResult


def mining_plan(clusters: Iterable[PassageCluster]) -> dict[str, dict[int, tuple[str, ...]]]:
    """For each article, the passages it mines (it holds their canonical occurrence) and their docs.

    Returns:
        {doc_id: {passage index: docs of the passage's cluster}}.
    """
    plan: dict[str, dict[int, tuple[str, ...]]] = defaultdict(dict)
    for cluster in clusters:
        if cluster.canonical.kind == "boilerplate":
            continue
        plan[cluster.canonical.doc_id][cluster.canonical.index] = cluster.docs
    return plan


def extract_articles(
    articles: Sequence[Article],
    passages_by_doc: dict[str, list[Passage]],
    plan: dict[str, dict[int, tuple[str, ...]]],
) -> list[Finding]:
    """Extract the claims of every article's mined passages, in article order."""
    findings: list[Finding] = []
    for article in articles:
        mine = plan.get(article.doc_id)
        if mine:
            findings.extend(extract_article(article, passages_by_doc[article.doc_id], mine))
    return findings


def run_pipeline(roots: Sequence[Path]) -> RunResult:
    """Run load, split, dedupe and extract over corpus folders, without Prefect."""
    articles, rejected = load_corpus(roots)
    passages_by_doc = {article.doc_id: split_passages(article) for article in articles}
    clusters = dedupe_passages(p for passages in passages_by_doc.values() for p in passages)
    findings = extract_articles(articles, passages_by_doc, mining_plan(clusters))
    return RunResult(
        findings=merge_duplicate_findings(findings),
        rejected=rejected,
        articles=len(articles),
        passages=sum(len(passages) for passages in passages_by_doc.values()),
        duplicate_passages=sum(len(c.occurrences) - 1 for c in clusters),
    )
