"""Planning a sweep's extraction: dedupe the passages of every article active after it, and pick
the articles to extract.

The passages are clustered over the store (`findings.stored_dedup`): the canonical occurrence
(min doc_id, char_start) is a function of the active set, so the result equals a clean run's. An
article is extracted again only when it is new, changed, or the set of passages it mines moved;
its findings are staged batch by batch (`stage_extractions`).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from itertools import groupby

from findings.pipeline import Batch
from findings.records import Finding, Passage
from findings.store import ARTICLE_FIELDS, article_from_row, encode_finding, passage_from_row
from findings.stored_dedup import cluster_stored_passages
from findings.sweep.scan import Scan


@dataclasses.dataclass(frozen=True, slots=True)
class SweepPlan:
    """The articles to extract, in the temporary table `to_extract`: how many, and a reader of
    them in batches of a given size."""

    articles: int
    read: Callable[[int], Iterator[Batch]]


def dedupe_passages(conn: sqlite3.Connection, found: Scan) -> SweepPlan:
    """Cluster the passages of every article active after the sweep and pick the articles to extract.

    An article is extracted when it was staged (new or changed) or when the passage indexes it
    mines differ from those of its stored extraction.
    """
    conn.executemany("INSERT INTO temp.gone VALUES (?)", [(doc_id,) for doc_id in found.removed])
    conn.execute("INSERT OR IGNORE INTO temp.gone SELECT doc_id FROM temp.staged_articles")
    cluster_stored_passages(conn, "temp.sweep_passages")
    conn.execute("INSERT INTO temp.to_extract SELECT doc_id FROM temp.staged_articles")
    conn.executemany("INSERT INTO temp.to_extract VALUES (?)", [(doc_id,) for doc_id in moved_articles(conn)])
    articles = conn.execute("SELECT COUNT(*) FROM temp.to_extract").fetchone()[0]
    return SweepPlan(articles, lambda size: read_batches(conn, size))


def moved_articles(conn: sqlite3.Connection) -> Iterator[str]:
    """The unchanged active articles whose mined passage indexes differ from their stored extraction's."""
    mined_now = groupby(conn.execute("SELECT doc_id, idx FROM temp.mined ORDER BY doc_id, idx"), key=lambda row: row[0])
    current = next(mined_now, None)
    stored = conn.execute(
        "SELECT doc_id, mined FROM articles WHERE status = 'active'"
        " AND doc_id NOT IN (SELECT doc_id FROM temp.gone) ORDER BY doc_id"
    )
    for doc_id, mined in stored:
        while current is not None and current[0] < doc_id:
            current = next(mined_now, None)
        now = [row[1] for row in current[1]] if current is not None and current[0] == doc_id else []
        if json.loads(mined or "[]") != now:
            yield doc_id


def read_batches(conn: sqlite3.Connection, size: int) -> Iterator[Batch]:
    """The articles to extract, by doc_id, in batches of `size` with their passages and plan."""
    pending = conn.execute("SELECT doc_id FROM temp.to_extract ORDER BY doc_id")
    while chunk := [row[0] for row in pending.fetchmany(size)]:
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT {', '.join(ARTICLE_FIELDS)} FROM temp.staged_articles WHERE doc_id IN ({marks})"
            f" UNION ALL SELECT {', '.join(ARTICLE_FIELDS)} FROM main.articles WHERE doc_id IN ({marks})"
            " AND doc_id NOT IN (SELECT doc_id FROM temp.gone) ORDER BY doc_id",
            (*chunk, *chunk),
        )
        articles = [article_from_row(row) for row in rows]
        passages: dict[str, list[Passage]] = {doc_id: [] for doc_id in chunk}
        for row in conn.execute(
            f"SELECT * FROM temp.sweep_passages WHERE doc_id IN ({marks}) ORDER BY doc_id, idx", chunk
        ):
            passages[row["doc_id"]].append(passage_from_row(row))
        plan: dict[str, dict[int, tuple[str, ...]]] = {}
        for doc_id, idx, docs in conn.execute(
            f"SELECT doc_id, idx, docs FROM temp.mined WHERE doc_id IN ({marks}) ORDER BY doc_id, idx", chunk
        ):
            plan.setdefault(doc_id, {})[idx] = tuple(json.loads(docs))
        yield Batch(articles, passages, plan)


def stage_extractions(conn: sqlite3.Connection, extracted: Iterator[tuple[Batch, list[Finding]]]) -> None:
    """Stage each batch's findings as extraction rows (with the passage that holds each) and the
    passage indexes each article was extracted for."""
    for batch, findings in extracted:
        by_doc = {doc_id: list(rows) for doc_id, rows in groupby(findings, key=lambda finding: finding.doc_id)}
        for article in batch.articles:
            mine = batch.plan.get(article.doc_id, {})
            passages = batch.passages[article.doc_id]
            mined = sorted((p for p in passages if p.index in mine), key=lambda p: p.char_start)
            conn.executemany(
                "INSERT INTO temp.staged_extractions VALUES (?, ?, ?, ?)",
                [
                    (article.doc_id, seq, passage_of(finding, mined), encode_finding(finding))
                    for seq, finding in enumerate(by_doc.get(article.doc_id, []))
                ],
            )
            conn.execute("INSERT INTO temp.extracted VALUES (?, ?)", (article.doc_id, json.dumps(sorted(mine))))


def passage_of(finding: Finding, mined: Sequence[Passage]) -> int:
    """The index of the mined passage (sorted by char_start) that holds a finding."""
    holder = next((p for p in reversed(mined) if p.char_start <= finding.char_start), None)
    if holder is None:
        raise ValueError(f"no mined passage of {finding.doc_id} holds the finding at {finding.char_start}")
    return holder.index
