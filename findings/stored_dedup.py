"""Deduplication over the store: the clusters of `findings.dedup`, with the index on disk.

A sweep over a large collection cannot hold every passage or claim in memory. Here the distinct
passage texts come out of SQLite in canonical order, one at a time, and the MinHash LSH index of
the cluster leaders lives in temporary tables of the connection; claims come claim by claim, and
only one claim's sentences are indexed in memory at a time. Memory stays bounded by the caches, by
one article's claims and by the sentences of one claim, whatever the size of the collection; the
clusters are those `dedupe_passages` and `merge_duplicate_findings` find in memory (the tests
compare both).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import groupby

from rensa import RMinHash

from findings.dedup import (
    BANDS,
    LEADER_CACHE,
    MIN_NEAR_DUP_CHARS,
    PASSAGE_JACCARD,
    PERMUTATIONS,
    SEED,
    SENTENCE_WORD_OVERLAP,
    claim_keys,
    jaccard,
    merged_claim,
    near_duplicate_leaders,
    normalize_for_key,
    percent_signature,
    shingles,
    words,
)
from findings.records import Finding
from findings.store import decode_finding
from findings.table import FIELDS

WRITE_CHUNK = 10_000
ROWS_PER_BAND = PERMUTATIONS // BANDS


def lsh_buckets(tokens: list[str], kind: str) -> list[int]:
    """One 64-bit bucket per band of the tokens' MinHash, salted with the band's number and the
    kind: two texts of a kind share a bucket when one band of theirs is equal, as in rensa's LSH.
    (Python's hash of a string differs between processes: buckets live for one run.)"""
    minhash = RMinHash(PERMUTATIONS, SEED)
    minhash.update(tokens)
    digest = minhash.digest()
    return [hash((kind, band, *digest[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND])) for band in range(BANDS)]


class StoredLeaderIndex:
    """Leader clustering with the leaders' texts and MinHash LSH buckets in temporary tables."""

    def __init__(self, conn: sqlite3.Connection, name: str, tokenize: Callable[[str], list[str]], threshold: float):
        self.conn, self.tokenize, self.threshold = conn, tokenize, threshold
        self.leaders, self.buckets = f"{name}_leaders", f"{name}_buckets"
        run_script(
            conn,
            f"""DROP TABLE IF EXISTS temp.{self.leaders}; DROP TABLE IF EXISTS temp.{self.buckets};
            CREATE TEMP TABLE {self.leaders} (ordinal INTEGER PRIMARY KEY, kind TEXT, text TEXT);
            CREATE TEMP TABLE {self.buckets} (bucket INTEGER, ordinal INTEGER, PRIMARY KEY (bucket, ordinal))
                WITHOUT ROWID""",
        )
        self.leader_of_kind = lru_cache(maxsize=LEADER_CACHE)(self._leader_tokens)

    def leader(self, ordinal: int, text: str, kind: str) -> int:
        """The first earlier leader of `kind` sharing an LSH bucket with `text` whose exact Jaccard
        index of tokens is at least the threshold; else `ordinal`, which leads from now on."""
        tokens = self.tokenize(text)
        buckets = lsh_buckets(tokens, kind)
        candidates = self.conn.execute(
            f"SELECT DISTINCT ordinal FROM {self.buckets} WHERE bucket IN ({', '.join('?' * len(buckets))})"
            " ORDER BY ordinal",
            buckets,
        ).fetchall()
        token_set = set(tokens) if candidates else set()
        for (candidate,) in candidates:
            leader_kind, leader_tokens = self.leader_of_kind(candidate)
            if leader_kind == kind and jaccard(leader_tokens, token_set) >= self.threshold:
                return candidate
        self.conn.execute(f"INSERT INTO {self.leaders} VALUES (?, ?, ?)", (ordinal, kind, text))
        self.conn.executemany(f"INSERT INTO {self.buckets} VALUES (?, ?)", [(bucket, ordinal) for bucket in buckets])
        return ordinal

    def _leader_tokens(self, ordinal: int) -> tuple[str, set[str]]:
        kind, text = self.conn.execute(f"SELECT kind, text FROM {self.leaders} WHERE ordinal = ?", (ordinal,)).fetchone()
        return kind, set(self.tokenize(text))


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run `;`-separated statements one by one (unlike `executescript`, inside the open transaction)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _insert_chunked(conn: sqlite3.Connection, sql: str, rows: Iterable[tuple]) -> None:
    """Insert rows as they come, WRITE_CHUNK at a time."""
    chunk: list[tuple] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == WRITE_CHUNK:
            conn.executemany(sql, chunk)
            chunk.clear()
    conn.executemany(sql, chunk)


def cluster_stored_passages(conn: sqlite3.Connection, passages: str) -> None:
    """Cluster the passages of the table or view `passages` (the store's columns) as
    `findings.dedup.dedupe_passages` does, and fill temp.mined (doc_id, idx, docs): the canonical
    occurrence of every cluster that is not boilerplate, with the sorted doc_ids it occurs in (JSON).
    """
    run_script(
        conn,
        """DROP TABLE IF EXISTS temp.passage_groups; DROP TABLE IF EXISTS temp.mined;
        CREATE TEMP TABLE passage_groups (
            ordinal INTEGER PRIMARY KEY, key TEXT UNIQUE, doc_id TEXT, idx INTEGER, kind TEXT, cluster INTEGER
        );
        CREATE TEMP TABLE mined (doc_id TEXT, idx INTEGER, docs TEXT, PRIMARY KEY (doc_id, idx));""",
    )
    index = StoredLeaderIndex(conn, "passage", shingles, PASSAGE_JACCARD)
    # Each distinct text once, at its first occurrence, in canonical order.
    firsts = conn.execute(
        f"""SELECT key, text, doc_id, idx, kind FROM (
                SELECT key, text, doc_id, idx, kind, char_start,
                       ROW_NUMBER() OVER (PARTITION BY key ORDER BY doc_id, char_start, idx) AS nth
                FROM {passages})
            WHERE nth = 1 ORDER BY doc_id, char_start, idx"""
    )

    def groups() -> Iterator[tuple]:
        for ordinal, (key, text, doc_id, idx, kind) in enumerate(firsts):
            normalized = normalize_for_key(text)
            cluster = ordinal
            if len(normalized) >= MIN_NEAR_DUP_CHARS:
                cluster = index.leader(ordinal, normalized, "\x1f".join(percent_signature(normalized)))
            yield ordinal, key, doc_id, idx, kind, cluster

    _insert_chunked(conn, "INSERT INTO temp.passage_groups VALUES (?, ?, ?, ?, ?, ?)", groups())
    occurrences = conn.execute(
        f"""SELECT c.doc_id, c.idx, p.doc_id FROM {passages} p
            JOIN temp.passage_groups g ON g.key = p.key
            JOIN temp.passage_groups c ON c.ordinal = g.cluster
            WHERE c.kind != 'boilerplate'
            GROUP BY g.cluster, p.doc_id ORDER BY g.cluster, p.doc_id"""
    )
    _insert_chunked(
        conn,
        "INSERT INTO temp.mined VALUES (?, ?, ?)",
        (
            (doc_id, idx, json.dumps([row[2] for row in rows]))
            for (doc_id, idx), rows in groupby(occurrences, key=lambda row: (row[0], row[1]))
        ),
    )


def merge_stored_findings(conn: sqlite3.Connection) -> None:
    """Merge the stored extractions, with their passages' docs from temp.mined, into
    temp.current_findings (the findings table's columns), as `merge_duplicate_findings` does."""
    run_script(
        conn,
        f"""DROP TABLE IF EXISTS temp.claim_rows; DROP TABLE IF EXISTS temp.claim_items;
        DROP TABLE IF EXISTS temp.current_findings;
        CREATE TEMP TABLE claim_rows (
            row INTEGER PRIMARY KEY, item TEXT, claim TEXT, sentence TEXT, finding TEXT, docs TEXT
        );
        CREATE INDEX temp.claim_rows_by_item ON claim_rows (item);
        CREATE TEMP TABLE claim_items (item TEXT PRIMARY KEY, cluster INTEGER);
        CREATE TEMP TABLE current_findings ({', '.join(FIELDS)});""",
    )
    extractions = conn.execute(
        """SELECT e.doc_id, e.finding, m.docs FROM extractions e
           JOIN temp.mined m ON m.doc_id = e.doc_id AND m.idx = e.passage ORDER BY e.doc_id, e.seq"""
    )

    def rows() -> Iterator[tuple]:
        number = 0
        for _, article_rows in groupby(extractions, key=lambda row: row[0]):
            encoded = [(finding, ";".join(json.loads(docs))) for _, finding, docs in article_rows]
            findings = [decode_finding(finding) for finding, _ in encoded]
            keys = claim_keys(findings)
            for i in sorted(range(len(findings)), key=lambda i: findings[i].char_start):
                claim, sentence = keys[i]
                claim_text = json.dumps(claim)
                yield number, f"{claim_text}\x1e{sentence}", claim_text, sentence, *encoded[i]
                number += 1

    _insert_chunked(conn, "INSERT INTO temp.claim_rows VALUES (?, ?, ?, ?, ?, ?)", rows())
    # Each distinct claim and sentence once, at its first row, claim by claim: near-duplicate
    # sentences are looked for among the items of one claim only, so one claim's index is in memory.
    items = conn.execute(
        """SELECT item, MIN(row) AS first, claim, sentence FROM temp.claim_rows GROUP BY item
           ORDER BY claim, first"""
    )

    def clusters() -> Iterator[tuple[str, int]]:
        for claim, group in groupby(items, key=lambda row: row[2]):
            group = list(group)
            sentences = [sentence for _, _, _, sentence in group]
            leaders = near_duplicate_leaders(sentences, [claim] * len(group), words, SENTENCE_WORD_OVERLAP)
            for (item, _, _, _), leader in zip(group, leaders):
                yield item, group[leader][1]

    _insert_chunked(conn, "INSERT INTO temp.claim_items VALUES (?, ?)", clusters())
    merged = conn.execute(
        """SELECT i.cluster, r.finding, r.docs FROM temp.claim_rows r JOIN temp.claim_items i ON i.item = r.item
           ORDER BY i.cluster, r.row"""
    )
    clusters_of_rows = groupby(merged, key=lambda row: row[0])
    _insert_chunked(
        conn,
        f"INSERT INTO temp.current_findings VALUES ({', '.join('?' * len(FIELDS))})",
        (
            _row(merged_claim([decode_finding(finding, docs=docs) for _, finding, docs in rows]))
            for _, rows in clusters_of_rows
        ),
    )


def _row(finding: Finding) -> tuple:
    """The finding as a findings-table row (`derived` as 0 or 1)."""
    values = (getattr(finding, name) for name in FIELDS)
    return tuple(int(value) if isinstance(value, bool) else value for value in values)
