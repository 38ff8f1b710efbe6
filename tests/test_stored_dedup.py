"""Dedup over the store finds what dedup in memory finds: the same clusters, the same merged claims."""

import json

import pytest

from findings import bench
from findings.dedup import dedupe_passages, passage_key
from findings.passages import split_passages
from findings.pipeline import mining_plan, run_pipeline
from findings.store import active_findings, open_store
from findings.stored_dedup import cluster_stored_passages
from findings.sweep import run_sweep
from findings.sweep.corpus import read_corpus
from findings.table import sort_findings


@pytest.fixture(scope="module")
def syndicated(shared_dir, tmp_path_factory):
    """A synthetic corpus with verbatim and near-duplicate passages across articles, and the shared ones."""
    root = tmp_path_factory.mktemp("syndicated")
    pool = bench.sentence_pool([shared_dir / "corpus", shared_dir / "corpus_en"])
    stats = bench.build_corpus(root / "synthetic", 150, pool)
    assert stats.repeated and stats.near_duplicates
    return [root / "synthetic", shared_dir / "corpus", shared_dir / "corpus_en"]


def test_stored_clusters_mine_what_the_memory_clusters_mine(syndicated, tmp_path):
    articles, _ = read_corpus(syndicated)
    passages = [p for article in articles for p in split_passages(article)]
    conn = open_store(tmp_path)
    conn.execute("CREATE TEMP TABLE sample AS SELECT * FROM passages WHERE 0")
    conn.executemany(
        "INSERT INTO temp.sample VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(p.doc_id, p.index, passage_key(p), p.text, p.char_start, p.lang, p.kind, "[]") for p in passages],
    )
    cluster_stored_passages(conn, "temp.sample")
    stored = {(doc_id, idx): tuple(json.loads(docs)) for doc_id, idx, docs in conn.execute("SELECT * FROM temp.mined")}
    in_memory = {(doc_id, idx): docs for doc_id, mine in mining_plan(dedupe_passages(passages)).items() for idx, docs in mine.items()}
    assert stored == in_memory
    assert sum(len(docs) > 1 for docs in stored.values()) > 10


def test_sweep_merges_claims_as_the_pipeline_in_memory(syndicated, tmp_path):
    run_sweep(tmp_path / "out", syndicated, "run")
    stored = active_findings(open_store(tmp_path / "out"))
    assert stored == sort_findings(run_pipeline(syndicated).findings)
    assert sum(";" in finding.docs for finding in stored) > 10
