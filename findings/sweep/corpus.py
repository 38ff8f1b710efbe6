"""A whole corpus read in memory, walked as a sweep walks it (`sources.corpus_files`): for the
in-memory oracle (`findings.pipeline.run_pipeline`) and the benchmark, which need no store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from findings.loading import read_article
from findings.records import Article, Rejected
from findings.sweep.sources import Skipped, corpus_files


def read_corpus(roots: Sequence[Path | str]) -> tuple[list[Article], list[Rejected]]:
    """Read every article below the corpus folders, with the doc_ids and rejections a sweep gives
    them; one bad file never stops the read.

    Returns:
        Articles sorted by doc_id, and the rejected files sorted by path (doc_id).
    """
    articles: list[Article] = []
    rejected: list[Rejected] = []
    for item in corpus_files(roots):
        if isinstance(item, Skipped):
            continue
        if isinstance(item, Rejected):
            rejected.append(item)
            continue
        path, doc_id = item
        read = read_article(path, doc_id)
        if isinstance(read, Rejected):
            rejected.append(Rejected(doc_id, read.reason, read.detail))
        else:
            articles.append(read)
    return sorted(articles, key=lambda article: article.doc_id), sorted(rejected, key=lambda item: item.path)
