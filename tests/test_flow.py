import pytest
from prefect import flow

import findings.pipeline as pipeline
import findings.sweep.scan as scan
import flows.pipeline_flow as pipeline_flow
from findings.passages import split_passages
from findings.pipeline import extract_articles, run_pipeline
from findings.store import EXPORT_FIELDS, active_findings, open_store
from findings.sweep import ExportsStale
from findings.sweep.corpus import read_corpus
from findings.sweep.plan import SweepPlan
from findings.sweep.scan import read_file
from findings.table import read_table, sort_findings


def test_flow_fills_the_store_and_equals_run_pipeline(prefect_server, tiny_corpus, tmp_path):
    out = tmp_path / "out"
    summary = pipeline_flow.findings_pipeline(corpus=[str(tiny_corpus)], out=str(out))
    expected = run_pipeline([tiny_corpus])
    assert active_findings(open_store(out)) == sort_findings(expected.findings)
    assert (summary.counters["articles_new"], summary.rejected) == (2, [])
    assert {"findings.csv", "findings.parquet", "rejected.csv", "findings.db"} <= {p.name for p in out.iterdir()}
    csv_rows, parquet_rows = read_table(out / "findings.csv"), read_table(out / "findings.parquet")
    assert list(csv_rows[0]) == list(EXPORT_FIELDS) == list(parquet_rows[0])
    assert {row["lang"] for row in csv_rows} == {"de", "en"}
    assert {62.0, 40.0} <= {row["value"] for row in csv_rows}


def test_flow_run_marks_articles_outside_the_corpus_removed(prefect_server, tiny_corpus, tmp_path):
    out = tmp_path / "out"
    pipeline_flow.findings_pipeline(corpus=[str(tiny_corpus)], out=str(out))
    (tiny_corpus / "en" / "survey.txt").unlink()
    summary = pipeline_flow.findings_pipeline(corpus=[str(tiny_corpus)], out=str(out))
    assert summary.counters["articles_removed"] == 1
    assert active_findings(open_store(out)) == sort_findings(run_pipeline([tiny_corpus]).findings)


def test_extraction_tasks_keep_article_order(prefect_server, tiny_corpus, monkeypatch):
    articles, _ = read_corpus([tiny_corpus])
    passages = {article.doc_id: split_passages(article) for article in articles}
    plan = {doc_id: {p.index: (doc_id,) for p in doc_passages} for doc_id, doc_passages in passages.items()}
    monkeypatch.setattr(pipeline_flow, "ARTICLES_PER_WORKER", 1)
    monkeypatch.setattr(pipeline, "ARTICLES_PER_WORKER", 1)
    sweep = SweepPlan(len(articles), lambda size: iter(pipeline.batches(articles, passages, plan, size)))
    batches = sweep.read(pipeline_flow.batch_size(sweep.articles))
    extracted = lambda: list(  # noqa: E731  (the flow body, as the pipeline flow extracts)
        pipeline.in_order(batches, pipeline_flow.extract_claims, pipeline_flow.on_workers(sweep.articles))
    )
    batched = flow(extracted)()
    assert [len(batch.articles) for batch, _ in batched] == [1, 1]
    found = [finding for _, findings in batched for finding in findings]
    assert found == extract_articles(articles, passages, plan) and found


def test_flow_spreads_reading_and_extraction_over_worker_processes(prefect_server, shared_dir, tmp_path, monkeypatch):
    corpus = [shared_dir / "corpus", shared_dir / "corpus_en"]
    monkeypatch.setattr(scan, "FILES_READ_HERE", 3)
    monkeypatch.setattr(pipeline_flow, "FILES_PER_TASK", 4)
    submitted = []
    monkeypatch.setattr(pipeline_flow.load_articles, "submit", spy(pipeline_flow.load_articles.submit, submitted))
    monkeypatch.setattr(pipeline_flow, "ARTICLES_PER_WORKER", 5)
    monkeypatch.setattr(pipeline, "ARTICLES_PER_WORKER", 5)
    summary = pipeline_flow.findings_pipeline(corpus=[str(path) for path in corpus], out=str(tmp_path / "out"))
    assert summary.counters["articles_extracted"] == 19
    assert submitted  # the files after the first group were read by tasks on the runner
    assert active_findings(open_store(tmp_path / "out")) == sort_findings(run_pipeline(corpus).findings)


def spy(submit, calls):
    """`submit`, recording its first argument in `calls`."""

    def recorded(*args, **kwargs):
        calls.append(args[0])
        return submit(*args, **kwargs)

    return recorded


def test_flow_retries_loading_after_an_io_error(prefect_server, tiny_corpus, tmp_path, monkeypatch):
    calls = []

    def flaky_read_file(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise OSError("the network share went away")
        return read_file(*args, **kwargs)

    monkeypatch.setattr(scan, "read_file", flaky_read_file)
    summary = pipeline_flow.findings_pipeline(corpus=[str(tiny_corpus)], out=str(tmp_path / "out"))
    # The group's task failed on its first file and was run again: both files read the second time.
    assert (len(calls), summary.counters["articles_new"]) == (3, 2)


def test_flow_does_not_retry_a_bug(prefect_server, tiny_corpus, tmp_path, monkeypatch):
    calls = []

    def broken_export(*args, **kwargs):
        calls.append(1)
        raise ValueError("a row breaks the contract")

    broken = pipeline_flow.inline_task(broken_export, "export_tables", **pipeline_flow._IO_RETRIES)
    monkeypatch.setattr(pipeline_flow, "export_tables", broken)
    with pytest.raises(ExportsStale) as failed:
        pipeline_flow.findings_pipeline(corpus=[str(tiny_corpus)], out=str(tmp_path / "out"))
    assert isinstance(failed.value.__cause__, ValueError) and len(calls) == 1


def test_a_flow_in_this_process_names_its_temporary_server_to_the_worker_processes():
    import httpx
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        assert not PREFECT_API_URL.value()
        with pipeline_flow.flow_in_this_process():
            # What ProcessPoolTaskRunner hands to its workers.
            url = get_current_settings().to_environment_variables(exclude_unset=True)["PREFECT_API_URL"]
            assert httpx.get(f"{url}/health").json() is True
