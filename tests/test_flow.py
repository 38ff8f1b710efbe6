import pytest
from prefect import flow
from prefect.states import Failed

import flows.pipeline_flow as pipeline_flow
from findings.loading import load_corpus
from findings.passages import split_passages
from findings.pipeline import extract_articles, run_pipeline
from findings.table import FIELDS, read_table


def test_flow_writes_both_tables_and_equals_run_pipeline(prefect_server, tiny_corpus, tmp_path):
    out = tmp_path / "out"
    result = pipeline_flow.findings_pipeline(corpus=[str(tiny_corpus)], out=str(out))
    expected = run_pipeline([tiny_corpus])
    assert result.findings == expected.findings
    assert (result.articles, result.passages, result.rejected) == (2, expected.passages, [])
    assert sorted(p.name for p in out.iterdir()) == ["findings.csv", "findings.parquet", "rejected.csv"]
    csv_rows, parquet_rows = read_table(out / "findings.csv"), read_table(out / "findings.parquet")
    assert csv_rows == parquet_rows and list(csv_rows[0]) == list(FIELDS)
    assert {row["lang"] for row in csv_rows} == {"de", "en"}
    assert {62.0, 40.0} <= {row["value"] for row in csv_rows}


def test_extract_in_batches_keeps_article_order(prefect_server, tiny_corpus, monkeypatch):
    articles, _ = load_corpus([tiny_corpus])
    passages = {article.doc_id: split_passages(article) for article in articles}
    plan = {doc_id: {p.index: (doc_id,) for p in doc_passages} for doc_id, doc_passages in passages.items()}
    monkeypatch.setattr(pipeline_flow, "ARTICLES_PER_BATCH", 1)
    batched = flow(pipeline_flow.extract_in_batches)(articles, passages, plan)
    assert batched == extract_articles(articles, passages, plan) and batched


@pytest.mark.parametrize("error, retried", [(OSError("disk full"), True), (ValueError("bad row 3"), False)])
def test_io_tasks_retry_only_os_errors(error, retried):
    assert pipeline_flow.is_io_failure(None, None, Failed(data=error)) is retried
